"""Actors: the named people, organisations, countries and places of an article.

Mentions come from spaCy's entities, the gazetteer (models/<lang>/gazetteer.tsv) and
acronyms; each is trimmed of determiners and titles (a title becomes a role), typed,
then mentions of one real-world entity are merged: same name, a person's surname, an
acronym given in parentheses or matching the initials, a gazetteer alias.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from spacy.tokens import Span, Token

from ..lexicon import GazetteerEntry, _lines, fold, models_dir
from ..records import Actor
from .context import Context
from .stages import Entities, Entity, Mention

LABELS = {"PER": "person", "PERSON": "person", "ORG": "organization", "LOC": "place", "GPE": "place",
          "NORP": None, "FAC": "place", "MISC": None}
_ACRONYM = re.compile(r"^[A-ZÀ-Ý][A-Z0-9À-Ý&]{1,9}$")
_ROMAN = re.compile(r"^[IVXLCDM]+$")
_GLUE = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý][a-zà-ÿ])|(?<=[A-ZÀ-Ý]{2})(?=[A-ZÀ-Ý][a-zà-ÿ])|[.•]\s*(?=[A-ZÀ-Ý])")
_MAX_GAZ_TOKENS = 7


# --- collecting mentions -------------------------------------------------------------------


def _gazetteer_spans(ctx: Context) -> list[tuple[int, int, GazetteerEntry]]:
    """Longest gazetteer matches starting on a capitalised token (or on a lower-case word that opens a
    name of several words: "présidence de la République")."""
    doc, gaz, prefixes = ctx.doc, ctx.lex.gazetteer, ctx.lex.gazetteer_prefixes
    texts, folds, spaces = ctx.texts, ctx.folds, ctx.spaces
    found = []
    i = 0
    while i < len(doc):
        lower_start = not texts[i][:1].isupper()
        if lower_start and folds[i] not in prefixes:
            i += 1
            continue
        best = None
        key = ""
        for j in range(i, min(len(doc), i + _MAX_GAZ_TOKENS)):
            if texts[j].isspace() or (j > i and doc[j].is_sent_start):
                break
            key += folds[j]
            if key not in prefixes:
                break  # no form goes on this way
            entry = gaz.get(key)
            # lower case at the start only for a name of several words with capitals further on:
            # "la présidence de la République", "le ministère de l'Intérieur"
            if entry is not None and lower_start and (j == i or not any(t[:1].isupper() for t in texts[i + 1:j + 1])):
                entry = None
            if entry is not None and _same_case(doc[i:j + 1].text, ctx.lex.gazetteer_forms.get(key, ())):
                best = (i, j + 1, entry)
            key += spaces[j]
        if best:
            found.append(best)
            i = best[1]
        else:
            i += 1
    return found


def _same_case(surface: str, forms) -> bool:
    """Written as the gazetteer writes it, but for the first letter ("Le Temps" is the paper, "Le
    temps" is not; "ONU" and "Onu" are both the UN when both are listed)."""
    surface = surface.replace("’", "'")
    return any(surface[1:] == form[1:] for form in forms) or surface.isupper()


def _trim(ctx: Context, start: int, end: int, whole: bool = False) -> tuple[int, int, list[str]]:
    """Drop determiners, honorifics and titles at the front; return the titles seen.

    A capitalised determiner inside a sentence belongs to the name ("Le Figaro", "Les
    Républicains"); `whole` keeps a gazetteer form as it is."""
    doc = ctx.doc
    titles: list[str] = []
    if whole:
        return start, end, titles
    while start < end:
        tok = doc[start]
        if ctx.is_word("determiner", tok.text) and tok.text[:1].isupper() and not tok.is_sent_start \
                and start + 1 < end and doc[start + 1].text[:1].isupper():
            break
        if ctx.is_word("determiner", tok.text) or ctx.is_word("honorific", tok.text) or tok.is_punct:
            start += 1
            continue
        n = _role_at(ctx, start, end - 1)
        if n:
            k = start + n
            while k < end and not doc[k].text[:1].isupper():  # "président russe Vladimir…"
                k += 1
            if k < end:  # a name follows the title
                titles.append(doc[start:k].text)
                start = k
                continue
        break
    inner = ctx.lex.words.get("name_inner_word")  # languages whose names are capitalised word by word
    for k in range(start + 1, end):  # "Gérard Depardieu - exilé…": a spaced dash or comma ends the name
        if (doc[k].is_punct and doc[k - 1].whitespace_ and doc[k].text not in ".'’&") or doc[k].is_space \
                or (doc[k].like_num and not doc[k].is_alpha and k > start) \
                or ctx.is_word("possessive_clitic", doc[k].text) \
                or (inner and doc[k].is_alpha and doc[k].text[:1].islower() and fold(doc[k].text) not in inner
                    and not _hyphen_joined(doc, k)):
            end = k  # "Comptes publics 250 emplois", "ISO's", "Associated Press news agency"
            break
    # a name's last word joined by hyphens goes on in lower case: "Park Won-soon", "Prayuth Chan-o-cha"
    while end + 1 < len(doc) and doc[end].text in _HYPHENS and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and doc[end + 1].is_alpha and doc[end + 1].text.islower() and end - 1 >= start and doc[end - 1].text[:1].isupper():
        end += 2
        while end + 1 < len(doc) and doc[end].text in _HYPHENS and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_alpha and doc[end + 1].text.islower():
            end += 2
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text not in ".)":
        end -= 1
    while inner and end - 1 > start and fold(doc[end - 1].text) in inner and doc[end - 1].text.islower():
        end -= 1  # "Patrice Talon of Benin" cut before the place: no name ends with "of"
    # "Durham Hall QC", "Jo Cox MP": letters after the name say what the person is
    while end - 1 > start and ctx.is_word("postnominal", doc[end - 1].text) and doc[end - 1].text.isupper():
        titles.append(doc[end - 1].text)
        end -= 1
    if end > start and doc[end - 1].text == "." and end - start == 1:
        end -= 1
    return start, end, titles


_HYPHENS = ("-", "‐", "‑")


def _hyphen_joined(doc, k: int) -> bool:
    """Is token k joined to the word before or after it by a hyphen, with no space ("Hoi-kwan", "el-Sisi")?"""
    return (k >= 2 and doc[k - 1].text in _HYPHENS and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_) \
        or (k + 2 < len(doc) and doc[k + 1].text in _HYPHENS and not doc[k].whitespace_ and not doc[k + 1].whitespace_
            and doc[k + 2].is_alpha)


def _role_at(ctx: Context, i: int, limit: int) -> int:
    """Number of tokens of the longest role title starting at token i (0 if none): a title of
    roles.tsv, or an occupation of occupations.txt ("kayakiste", "médecin généraliste") that the
    tagger takes for a noun."""
    doc, roles = ctx.doc, ctx.lex.roles
    occupations = _occupations(ctx.lex.lang)
    best = 0
    for n in range(1, min(ctx.lex.max_role_words, limit - i + 1) + 1):
        key = _unprefixed(ctx, ctx.folded(i, i + n))
        if key in roles or key in occupations and _heads_noun_group(ctx, i):
            best = n
    return best


def _unprefixed(ctx: Context, key: str) -> str:
    """A folded title less a prefix joined by a hyphen ("ex-président", "co-fondateur" → the title)."""
    dash = key.find("-")
    return key[dash + 1:] if 0 < dash < len(key) - 1 and ctx.is_word("role_prefix", key[:dash]) else key


def _heads_noun_group(ctx: Context, i: int) -> bool:
    """Is the lower-case word at i a noun: tagged so, or tagged an adjective right after a
    determiner or a comma (the tagger reads "kayakiste", "médecin" as adjectives)?"""
    tok = ctx.doc[i]
    if not tok.text[:1].islower():
        return False
    if tok.pos_ == "NOUN":
        return True
    before = ctx.doc[i - 1] if i > 0 else None
    return tok.pos_ == "ADJ" and before is not None and (before.pos_ == "DET" or before.text in (",", "("))


@lru_cache(maxsize=None)
def _occupations(lang: str) -> frozenset[str]:
    """Folded occupations and person nouns of models/<lang>/occupations.txt."""
    return frozenset(fold(w) for w in _lines(models_dir() / lang / "occupations.txt"))


def _collect(ctx: Context) -> list[Mention]:
    doc, lex = ctx.doc, ctx.lex
    candidates: list[Mention] = []
    taken = [False] * len(doc)

    def add(start: int, end: int, kind: str | None, from_ner: bool, entry: GazetteerEntry | None = None):
        from_gazetteer = entry is not None  # a gazetteer form as written: "présidence de la République"
        start, end, titles = _trim(ctx, start, end, whole=entry is not None)
        if any(ctx.is_word("postnominal", t) for t in titles):
            kind = "person"  # "Durham Hall QC", read by the NER as a building
        if end <= start or any(taken[start:end]):
            return
        entry = entry or lex.gazetteer.get(fold(doc[start:end].text))
        if entry is None and kind != "person":
            head = _governing_noun(ctx, start)
            if head is not None and fold(head.text) in lex.roles:
                return  # "le ministre des Sports": a portfolio, part of a title
            if head is not None and fold(head.text) in lex.words.get("org_word", ()) and not any(taken[head.i:start]):
                start, kind = head.i, "organization"  # "ministère des Affaires étrangères", "tribunal de commerce d'Évry"
        text = doc[start:end].text.strip()
        if len(text) < 2 or not any(c.isalpha() for c in text) or fold(text) in lex.stop_entities:
            return
        if not text[:1].isupper() and not text[:1].isdigit() and not from_gazetteer:
            return
        entry = entry or lex.gazetteer.get(fold(text))
        if entry is None and _shouting(doc[start:end]):
            return  # "TRUMP N'EST PAS UN ABRUTI": a heading in capitals, not a name
        if entry is None and (fold(text) in lex.demonyms or fold(text) in lex.roles):
            return  # "les Français", "le PDG": a nationality or a title, not an actor
        if entry is None and _fills_quotes(ctx, doc[start:end]):
            return  # l'acteur des "Valseuses": a quoted title
        if start > 1 and ctx.is_word("complement_link", doc[start - 1].text) and ctx.is_word("eponym_noun", doc[start - 2].text):
            return  # "le syndrome d'Asperger", "la maladie de Parkinson": a disease, not a person
        if entry is None and not _ACRONYM.match(text) and not any(t.pos_ == "PROPN" for t in doc[start:end]) \
                and doc[start].is_sent_start:
            return  # "Raté", "Réponse de": a capitalised word opening a sentence
        if kind is None and entry is None and not _ACRONYM.match(text):
            return
        for k in range(start, end):
            taken[k] = True
        candidates.append(Mention(start, end, text, kind, entry, titles, from_ner))

    # gazetteer matches first where they are longer than (or equal to) the entity they overlap
    gaz = _gazetteer_spans(ctx)
    ents = list(doc.ents)
    ent_ends = [e.end for e in ents]  # entities are sorted and disjoint: their ends increase
    for start, end, entry in gaz:
        first = bisect_right(ent_ends, start)  # the first entity ending after `start`
        overlapping = [e for e in ents[first:first + end - start + 1] if e.start < end and start < e.end]
        if all((e.end - e.start) <= (end - start) + _determiners_in(ctx, e) for e in overlapping):
            add(start, end, entry.kind, False, entry)
    gaz_at = {start: (end, entry) for start, end, entry in gaz}
    honorifics = lex.words.get("name_honorific", set())
    for ent in ents:
        kind = LABELS.get(ent.label_)
        if ent.start > 0 and fold(doc[ent.start - 1].text) in honorifics:
            kind = "person"  # "M. Pocquet du Haut-Jussé", tagged a place: the title says a person
        for start, end, kind_i in _split(ctx, ent.start, ent.end, kind, gaz_at):
            add(start, end, kind_i, True)
    # "Bruno Le Maire" after a title, missed by the NER: a known first name and capitalised words
    first_names = lex.words.get("first_name", set())
    if first_names:
        for i in ctx.indices(first_names):
            tok = doc[i]
            if not taken[tok.i] and tok.i + 1 < len(doc) \
                    and _name_word(ctx, doc[tok.i + 1]) and not taken[tok.i + 1]:
                end = tok.i + 2
                while end < len(doc) and end < tok.i + 4 and _name_word(ctx, doc[end]) and not taken[end]:
                    end += 1
                add(tok.i, end, "person", False)
    # "M. Griffiths", "Mrs Smith": a surname after a title that only ever precedes a person's name
    for i in ctx.indices(honorifics):
        end = i + 1
        while end < len(doc) and end < i + 4 and _name_word(ctx, doc[end]) and not taken[end]:
            end += 1
        if end > i + 1 and not taken[i]:
            add(i, end, "person", False)
    # acronyms spaCy missed (CNPC…): when the article repeats them or defines them in parentheses
    counts: dict[str, int] = {}
    for text in ctx.texts:
        counts[text] = counts.get(text, 0) + 1
    for i in [i for i, text in enumerate(ctx.texts) if _ACRONYM.match(text)]:
        tok = doc[i]
        if not taken[tok.i] and not _ROMAN.match(tok.text) and \
                len(tok.text) >= 2 and not _all_caps_sentence(tok) and not _in_caps_run(doc, tok) and \
                (counts[tok.text] > 1 or (tok.i > 0 and doc[tok.i - 1].text == "(")):
            add(tok.i, tok.i + 1, "organization", False)
    candidates.sort(key=lambda m: m.start)
    return _without_inhabitants(ctx, candidates)


def _without_inhabitants(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """Drop the names of inhabitants made from a place the text names (not a person: "Bastien" after
    "Bastia"): a place's name, less at most
    its last two letters, and an inhabitant suffix ("Rouen" → "Rouennais", "Hong Kong" → "Hong
    Konger"; words.tsv list inhabitant_suffix)."""
    suffixes = ctx.lex.words.get("inhabitant_suffix", set())
    if not suffixes:
        return mentions
    places = {fold(m.text) for m in mentions if (m.entry is not None and m.entry.kind in ("place", "country"))
              or m.kind == "place"}

    def inhabitants(m: Mention) -> bool:
        key = fold(m.text)
        if m.entry is not None or m.kind == "person" or len(key) < 5:
            return False
        for cut in range(len(key) - 2, 2, -1):
            stem = key[:cut]
            if key[cut:] in suffixes and any(p != key and (p.startswith(stem) and len(p) - cut <= 2
                                                           or stem.startswith(p) and cut - len(p) <= 1) for p in places):
                return True
        return False

    return [m for m in mentions if not inhabitants(m)]


def _governing_noun(ctx: Context, start: int) -> Token | None:
    """The lowercase noun whose complement a name is: 'ministre [des] Sports', 'tribunal de commerce [d'] Évry'."""
    doc = ctx.doc
    k = start - 1
    if k < 0 or not ctx.is_word("complement_link", doc[k].text):
        return None
    steps = 0
    while k >= 0 and steps < 6:
        tok = doc[k]
        low = fold(tok.text)
        if ctx.is_word("complement_link", tok.text):
            k -= 1
            steps += 1
            continue
        if tok.is_alpha and tok.text[:1].islower() and tok.pos_ in ("NOUN", "ADJ", "PROPN"):
            if low in ctx.lex.roles or low in ctx.lex.words.get("org_word", ()):
                return tok
            k -= 1
            steps += 1
            continue
        return None
    return None


def _name_word(ctx: Context, tok: Token) -> bool:
    """A word that can continue a person's name: capitalised, or a particle before one ("Le Maire", "de Romanet")."""
    return (tok.text[:1].isupper() and tok.is_alpha and not tok.is_sent_start) or \
        (ctx.is_word("name_particle", tok.text) and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text[:1].isupper())


def _split(ctx: Context, start: int, end: int, kind: str | None, gaz_at) -> list[tuple[int, int, str | None]]:
    """An entity that runs two names together: "Rassemblement national Jordan Bardella",
    "Cholet Gilles Bourdouleix", "AFP Tsitsi Dangarembga" → the organisation or place, then the person."""
    doc = ctx.doc
    first_names = ctx.lex.words.get("first_name", set())
    k = start
    while k < end and ctx.is_word("determiner", doc[k].text):
        k += 1
    people = _people_named(ctx)
    if k in gaz_at and gaz_at[k][0] < end - 1 and (fold(doc[gaz_at[k][0]].text) in first_names
                                                   or fold(doc[gaz_at[k][0]:end].text) in people):
        # "l'AFP Tsitsi Dangarembga": a first name, or a person the text names elsewhere, after the known name
        cut = gaz_at[k][0]
        rest = doc[cut:end]
        rest_kind = "person" if 2 <= len(rest) <= 3 and all(t.text[:1].isupper() for t in rest) else kind
        return [(start, cut, gaz_at[k][1].kind), *_split(ctx, cut, end, rest_kind, gaz_at)]
    for j in range(start + 2, end - 1):  # "Macky Sall of Senegal": a person, then the country they stand for
        if ctx.is_word("complement_link", doc[j].text) and doc[j].text.islower() and j + 1 in gaz_at \
                and gaz_at[j + 1][0] == end and gaz_at[j + 1][1].kind in ("place", "country") \
                and (kind == "person" or _personal_name(ctx, doc[start:j].text)):
            return [(start, j, "person"), (j + 1, end, gaz_at[j + 1][1].kind)]
    for k in range(start + 1, end - 1):
        if fold(doc[k].text) in first_names and doc[k + 1].text[:1].isupper() and doc[k - 1].text[:1].isupper() \
                and fold(doc[k - 1].text) not in first_names and (kind != "person" or fold(doc[start:k].text) in ctx.lex.gazetteer) \
                and _personal_name(ctx, doc[k:end].text):  # not "San Diego Gas & Electric"
            return [(start, k, kind if kind != "person" else None), (k, end, "person")]
    return [(start, end, kind)]


def _people_named(ctx: Context) -> set[str]:
    """The folded names of the NER's people, once per document (asked for every entity)."""
    memo = ctx.memo("ner_people")
    if "people" not in memo:
        memo["people"] = {fold(e.text) for e in ctx.doc.ents if LABELS.get(e.label_) == "person"}
    return memo["people"]


def _shouting(span: Span) -> bool:
    words = [t for t in span if t.is_alpha]
    return len(words) >= 2 and all(t.is_upper for t in words)


def _fills_quotes(ctx: Context, span: Span) -> bool:
    """Is the span exactly the content of a pair of quotation marks?"""
    doc = ctx.doc
    before = doc[span.start - 1].text if span.start > 0 else ""
    after = doc[span.end].text if span.end < len(doc) else ""
    return before in ('"', "«", "“") and after in ('"', "»", "”")


def _determiners_in(ctx: Context, ent: Span) -> int:
    return sum(1 for t in ent if ctx.is_word("determiner", t.text) or fold(t.text) in ctx.lex.roles)


def _in_caps_run(doc, tok: Token) -> bool:
    """An all-capitals word next to another one is part of a heading ("PAS UN ABRUTI")."""
    for k in (tok.i - 1, tok.i + 1):
        if 0 <= k < len(doc) and doc[k].is_alpha and doc[k].is_upper and len(doc[k].text) > 1:
            return True
    return False


def _all_caps_sentence(tok: Token) -> bool:
    """An acronym inside an all-capitals heading is no acronym."""
    words = [t for t in tok.sent if t.is_alpha]
    return len(words) > 3 and sum(1 for t in words if t.is_upper) > len(words) / 2


# --- kinds ---------------------------------------------------------------------------------


def _kind(ctx: Context, m: Mention) -> str:
    if m.entry is not None:
        return m.entry.kind
    words = [fold(t.text) for t in ctx.doc[m.start:m.end]]
    if m.kind in ("place", "person") and any(w in ctx.lex.words.get("org_word", ()) for w in words[:1] + words[-1:]):
        return "organization"
    return m.kind or "organization"


def _locative(ctx: Context, m: Mention) -> bool:
    """Is the mention introduced by a locative preposition (à Pékin, en Chine, dans le Var)?"""
    i = m.start - 1
    while i >= 0 and ctx.is_word("determiner", ctx.doc[i].text) and not ctx.is_word("locative", ctx.doc[i].text):
        i -= 1
    return i >= 0 and ctx.is_word("locative", ctx.doc[i].text)


def _coordinated_with_org(ctx: Context, m: Mention, orgs: set[int]) -> bool:
    """Is the mention coordinated with (or a partner of) an organisation mention?"""
    doc = ctx.doc
    root = doc[m.start:m.end].root
    for other in [root.head, *root.children, *root.conjuncts]:
        if other.i in orgs and other.i not in range(m.start, m.end):
            return True
    # "entre Rosatom et l'Agence…": look at the next content words
    j = m.end
    if j < len(doc) and ctx.is_word("coordination", doc[j].text):
        j += 1
        while j < len(doc) and ctx.is_word("determiner", doc[j].text):
            j += 1
        return j in orgs
    return False


def _fix_places(ctx: Context, mentions: list[Mention], kinds: dict[int, str]) -> None:
    """A LOC that is never 'à/en X' and is coordinated with an organisation is an organisation."""
    org_tokens = {k for m in mentions if kinds[id(m)] == "organization" for k in range(m.start, m.end)}
    by_key: dict[str, list[Mention]] = {}
    for m in mentions:
        by_key.setdefault(m.key, []).append(m)
    for group in by_key.values():
        if any(kinds[id(m)] != "place" or m.entry is not None for m in group):
            continue
        if any(_locative(ctx, m) for m in group):
            continue
        if any(_coordinated_with_org(ctx, m, org_tokens) for m in group):
            for m in group:
                kinds[id(m)] = "organization"
        elif all(m.end - m.start == 1 and fold(m.text) in ctx.lex.words.get("first_name", ()) for m in group):
            for m in group:  # "Bernadette et Fabienne témoignent": a given name alone, never 'à X', is a person
                kinds[id(m)] = "person"


def _fix_titled_people(ctx: Context, mentions: list[Mention], kinds: dict[int, str]) -> None:
    """A name the NER took for an organisation that a person's title stands in apposition to ("le
    directeur général de l'OMS, Tedros Adhanom Ghebreyesus") is a person, wherever it is mentioned."""
    titled = {m.key for m in mentions if kinds[id(m)] == "organization" and m.entry is None
              and not _ACRONYM.match(m.text) and all(w[:1].isupper() for w in m.text.split())
              and (m.start > 0 and ctx.doc[m.start - 1].text == "," and _role_phrase_left(ctx, m) is not None
                   or _closed_apposition(ctx, _role_phrase_right(ctx, m)))}  # not "le pilote Ferrari"
    for m in mentions:
        if m.key in titled and m.entry is None:
            kinds[id(m)] = "person"


def _closed_apposition(ctx: Context, phrase: Span | None) -> bool:
    """Is the title after a name closed like an apposition ("X, directeur de Y, a dit"), not the
    subject of what follows ("relaye France Bleu, le prince Albert II a…")?"""
    if phrase is None:
        return False
    return phrase.end >= len(ctx.doc) or ctx.doc[phrase.end].text in (",", ")", ".", ";")


# --- roles ---------------------------------------------------------------------------------


def _is_participle(tok: Token) -> bool:
    return "Part" in tok.morph.get("VerbForm") and tok.text[:1].islower()


def _role_start(ctx: Context, i: int, limit: int) -> tuple[int, int]:
    """(first token, tokens) of a title at token i, with its modifiers ("ancien Premier ministre"), or (i, 0)."""
    doc = ctx.doc
    j = i
    while j <= limit and ctx.is_word("role_modifier", doc[j].text):
        j += 1
    if j > limit or doc[j].pos_ in ("VERB", "AUX") and not doc[j].text[:1].isupper():
        return i, 0
    n = _role_at(ctx, j, limit) or _plural_role(ctx, j)
    return (i, j - i + n) if n else (i, 0)


def _plural_role(ctx: Context, j: int) -> int:
    """'l'un des avocats de…': a title in the plural."""
    text = fold(ctx.doc[j].text)
    return 1 if len(text) > 3 and text[-1] in "sx" and text[:-1] in ctx.lex.roles else 0


def _role_text(ctx: Context, phrase: Span) -> str:
    """The title as a role: a plural title head in the singular ('avocats de la famille' → 'avocat …')."""
    words = [t.text + t.whitespace_ for t in phrase]
    for k, t in enumerate(phrase):
        if ctx.is_word("role_modifier", t.text):
            continue
        if fold(t.text) not in ctx.lex.roles and _plural_role(ctx, t.i):
            words[k] = t.text[:-1] + t.whitespace_
        break
    return _clean_role("".join(words))


def _role_phrase_left(ctx: Context, m: Mention) -> Span | None:
    """'du président russe Vladimir Poutine' → 'président russe'."""
    doc = ctx.doc
    i = m.start - 1
    while i >= 0 and ctx.is_word("name_honorific", doc[i].text):
        i -= 1  # "l'avocat de la famille, Me Eric Morain"; "le porte-parole de M. Ghani" is not Ghani's title
    named = i  # the token before the name and its honorific
    comma = i >= 0 and doc[i].text == ","
    if comma:
        i -= 1
    window: list[Token] = []
    while i >= 0 and len(window) < 9:
        tok = doc[i]
        # an adjective the tagger took for a verb, between a title and the name: "ministre sunnite Saad Hariri"
        mistagged = i == named and tok.text[:1].islower() and i > 0 and fold(doc[i - 1].text) in ctx.lex.roles \
            and tok.dep_ != "ROOT"  # not the sentence's verb: "L'édile appelle Emmanuel Macron"
        stop = tok.is_space or (tok.is_punct and tok.text not in "-'’") or tok.pos_ in ("CCONJ", "SCONJ", "PRON", "NUM") \
            or (tok.pos_ in ("VERB", "AUX") and not _is_participle(tok) and not mistagged)
        if stop:
            break
        window.insert(0, tok)
        if tok.is_sent_start:
            break
        i -= 1
    if not window:
        return None
    # the title nearest the name: "le ministre … du président Erdogan" → "président"
    for k, tok in reversed(list(enumerate(window))):
        first, n = _role_start(ctx, tok.i, window[-1].i)
        if n and not _incise_verb(ctx, doc[first + n - 1]):
            phrase = doc[first:window[-1].i + 1]
            if ctx.is_word("determiner", phrase[-1].text) or ctx.is_word("preposition", phrase[-1].text):
                continue
            after = first + n
            if after <= window[-1].i and doc[after].pos_ == "NOUN" and doc[after].text[:1].islower() and not comma:
                return None  # "L'édile appelle Emmanuel Macron": a verb the tagger took for a noun, no title of his
            # a longer title that holds this one: "ancien Premier ministre", not "ministre"
            for earlier in reversed(window[:k]):
                first_e, n_e = _role_start(ctx, earlier.i, window[-1].i)
                if not n_e or first_e + n_e < first + n:
                    break
                phrase = doc[first_e:window[-1].i + 1]
            # in apposition, the title heads the whole group before the comma: "l'avocat de la fille de
            # l'octogénaire, Yacine Bouzrou", "la sœur du président, Marie Dupont"; without the comma the
            # name goes with the nearest title ("le ministre … du président Erdogan")
            # so does a title whose complement holds a title in the plural: "le porte-parole des députés
            # socialistes X" (no one is "députés"), "président du groupe des députés LREM, X"
            plural = fold(doc[first + n - 1].text) not in ctx.lex.roles and _plural_role(ctx, first + n - 1)
            if comma or plural:
                head = _governing_title(ctx, phrase.start, window[0].i, nouns=plural)
                if head is not None:
                    phrase = doc[_role_start(ctx, head, window[-1].i)[0]:window[-1].i + 1]
            if comma:
                j = phrase.start - 1
                while j >= window[0].i and ctx.is_word("determiner", doc[j].text):
                    j -= 1
                if j >= window[0].i and doc[j].pos_ == "ADP" and m.end < len(doc) and not doc[m.end].is_punct:
                    return None  # "Par l'intermédiaire de son livre, X a…": a fronted adverbial, not "selon l'avocat, X."
            return phrase
    return None


def _governing_title(ctx: Context, start: int, lo: int, nouns: bool) -> int | None:
    """The title whose complement the words from `start` are: back over complement prepositions and
    determiners ("l'avocat de la fille de…"), and with `nouns` over the nouns and adjectives between them
    too ("président du groupe des députés"); None when no title governs them."""
    doc = ctx.doc
    j = start - 1
    linked = False  # a preposition was crossed since the last noun
    while j >= lo:
        tok = doc[j]
        if ctx.is_word("complement_preposition", tok.text) or ctx.is_word("determiner", tok.text):
            linked = linked or ctx.is_word("complement_preposition", tok.text)
        elif not linked:
            return None
        elif fold(tok.text) in ctx.lex.roles and tok.pos_ != "VERB":
            return j
        elif nouns and tok.is_alpha and tok.text[:1].islower() and tok.pos_ in ("NOUN", "ADJ"):
            linked = tok.pos_ == "ADJ"
        else:
            return None
        j -= 1
    return None


def _incise_verb(ctx: Context, tok: Token) -> bool:
    """'…», juge Gérard Depardieu': a speech verb after a quote, not a title."""
    doc = ctx.doc
    k = tok.i - 1
    while k >= 0 and doc[k].text == ",":
        k -= 1
    after_quote = k >= 0 and doc[k].text in ("»", "”", '"')
    return after_quote and any(fold(form) in ctx.lex.speech_verbs for form in (tok.lemma_, *ctx.lex.base_forms(tok.text.lower())))


def _role_phrase_right(ctx: Context, m: Mention) -> Span | None:
    """'Jean Dupont, maire de Lyon, a…' or 'Jean Dupont, l'ancien maire de Lyon' → 'maire de Lyon'.

    An apposition is closed (a comma, a bracket, the end of the sentence): 'X, le Premier ministre a
    dénoncé…' makes the title the next clause's subject; and it is no item of a list ('son cousin X, sa
    femme, ses enfants et…'). An age in between is skipped: 'Jean Dupont, 25 ans, étudiant'."""
    doc = ctx.doc
    j = m.end
    if j >= len(doc) or doc[j].text not in (",", "(", "-", "–"):
        return None
    j += 1
    if j < len(doc) and doc[j].like_num:  # "X, 25 ans, étudiant", "X, 25, a student"
        k = j + 1
        while k < len(doc) and k < j + 4 and not doc[k].is_punct:
            k += 1
        if k < len(doc) and doc[k].text == ",":
            j = k + 1
    return _role_phrase_from(ctx, j, apposition=True)


def _role_phrase_copula(ctx: Context, m: Mention) -> Span | None:
    """'Jean Dupont est médecin généraliste', 'X was the CEO of Acme', 'X a été l'acteur le mieux
    payé': the attribute of a copula whose subject is the name. Not under a negation."""
    doc = ctx.doc
    j = m.end
    while j < len(doc) and j < m.end + 3 and doc[j].pos_ == "AUX" and not ctx.is_word("copula", doc[j].lemma_):
        j += 1  # "a été", "has been"
    if j >= len(doc) or not ctx.is_word("copula", doc[j].lemma_) or doc[j].pos_ not in ("AUX", "VERB") \
            or any(t.dep_ == "advmod" and "Neg" in t.morph.get("Polarity") or ctx.is_word("negation", t.text)
                   for t in doc[m.end:min(len(doc), j + 3)]):
        return None
    j += 1
    while j < len(doc) and doc[j].pos_ == "ADV" and j < m.end + 6:
        j += 1
    phrase = _role_phrase_from(ctx, j, apposition=False)
    if phrase is None:
        return None
    # no comma ends an attribute: the title with its adjectives and complements only ("prime minister", not "… in July")
    first, n = _role_start(ctx, phrase.start, phrase.end - 1)
    if not n:
        return phrase
    names = {k for k in range(phrase.start, phrase.end) if doc[k].text[:1].isupper()}
    return doc[phrase.start:max(phrase.start + n, _title_complement(ctx, phrase.start + n, phrase.end, set(), names))]


def _role_phrase_from(ctx: Context, j: int, apposition: bool = False) -> Span | None:
    """The title that starts at token j, past its determiners, with its complement, or None."""
    doc = ctx.doc
    while j < len(doc) and (ctx.is_word("determiner", doc[j].text) and not ctx.is_word("complement_preposition", doc[j].text)
                            or ctx.is_word("role_modifier", doc[j].text) and j + 1 < len(doc)
                            and ctx.is_word("determiner", doc[j + 1].text)):  # "X, then the Prime Minister"
        j += 1
    owner = j
    k = j
    while k < len(doc) and k < j + 4 and doc[k].text[:1].isupper() and doc[k].is_alpha:
        k += 1
    if k > j and k < len(doc) and ctx.is_word("possessive_clitic", doc[k].text):
        j = k + 1  # "Tesco's CEO for Central Europe": the owner's name, then the title
    first, n = _role_start(ctx, j, min(len(doc) - 1, j + 8)) if j < len(doc) else (j, 0)
    if not n and k > j and k < len(doc) and not _role_start(ctx, owner, min(len(doc) - 1, owner + 8))[1]:
        first, n = _role_start(ctx, k, min(len(doc) - 1, k + 8))  # "the United States special envoy": a name
        j = k                                                        # before the title qualifies it
    if n and owner < j:
        first, n = owner, n + (first - owner)
    a = j
    while not n and a < min(len(doc) - 1, j + 2) and doc[a].text[:1].islower() and (
            doc[a].pos_ == "ADJ" or doc[a].pos_ == "VERB" and {"Part", "Ger"} & set(doc[a].morph.get("VerbForm"))):
        a += 1  # adjectives before the title: "a pioneering oceanographer", "un célèbre chanteur"
        first, n = _role_start(ctx, a, min(len(doc) - 1, a + 8))
        first, n = (j, a - j + n) if n else (first, 0)
    if not n:
        return None
    k = first + n
    while k < len(doc) and k < j + 12:
        tok = doc[k]
        if tok.is_space or (tok.is_punct and tok.text not in "-'’") or (tok.pos_ in ("VERB", "AUX") and not _is_participle(tok)) \
                or ctx.is_word("relative_word", tok.text):
            break
        k += 1
    if apposition and k < len(doc) and k < j + 12 and doc[k].pos_ in ("VERB", "AUX") and not doc[k].is_punct:
        return None  # "X, le Premier ministre a dénoncé": the title is the next clause's subject
    if apposition and k + 1 < len(doc) and doc[k].text == "," and ctx.is_word("determiner", doc[k + 1].text):
        rest = doc[k + 1:min(k + 6, doc[k].sent.end)]
        if any(ctx.is_word("coordination", t.text) for t in rest[:next((n for n, t in enumerate(rest)
                                                                       if t.pos_ in ("VERB", "AUX")), len(rest))]):
            return None  # "son cousin X, sa femme, ses deux enfants et…": an item of a list
    phrase = doc[first:k]
    while len(phrase) > 1 and (ctx.is_word("preposition", phrase[-1].text) or ctx.is_word("determiner", phrase[-1].text)):
        phrase = phrase[:-1]
    return phrase


def _coordinated_titles(ctx: Context, phrase: Span, attribute: bool = False) -> list[Span]:
    """The titles joined to a title by a coordination: 'ancien député du Nord et ex-conseiller municipal
    de Lille', 'professor at Geneva and director of…' (each its own role). An `attribute` of a copula
    keeps only the title and its complements, as _role_phrase_copula does."""
    doc, found = ctx.doc, []
    while phrase.end + 1 < len(doc) and ctx.is_word("coordination", doc[phrase.end].text):
        nxt = _role_phrase_from(ctx, phrase.end + 1)
        if nxt is None or nxt.start > phrase.end + 3:
            break
        first, n = _role_start(ctx, nxt.start, nxt.end - 1)
        if attribute and n:
            names = {k for k in range(nxt.start, nxt.end) if doc[k].text[:1].isupper()}
            nxt = doc[nxt.start:max(nxt.start + n, _title_complement(ctx, nxt.start + n, nxt.end, set(), names))]
        found.append(nxt)
        phrase = nxt
    return found


def _clean_role(text: str) -> str:
    return " ".join(text.split()).strip(" ,-–").replace("’", "'")


# --- merging -------------------------------------------------------------------------------


def _initials(name: str, ctx: Context) -> str:
    words = [w for w in re.split(r"[\s\-']+", name) if w]
    return "".join(w[0] for w in words if w[:1].isupper() or not ctx.is_word("preposition", w)
                   and not ctx.is_word("determiner", w)).upper()


def _acronym_pairs(ctx: Context, mentions: list[Mention]) -> dict[int, int]:
    """Mention index of an acronym → index of the mention it abbreviates ('CNPC' → 'China National…')."""
    doc = ctx.doc
    pairs: dict[int, int] = {}
    by_initials: dict[str, list[int]] | None = None
    for a, m in enumerate(mentions):
        if not _ACRONYM.match(m.text):
            continue
        # "China National Petroleum Corporation (CNPC)"
        if m.start >= 2 and doc[m.start - 1].text == "(":
            for b in range(a - 1, -1, -1):
                if mentions[b].end == m.start - 1 and mentions[b].kind != "person" and \
                        _initials(mentions[b].text, ctx)[:1] == m.text[:1].upper():
                    pairs[a] = b
                    break
            if a in pairs:
                continue
        if by_initials is None:  # the first mention of several words with those initials, by initials
            by_initials = {}
            for b, other in enumerate(mentions):
                if len(other.text.split()) > 1:
                    by_initials.setdefault(_initials(other.text, ctx), []).append(b)
        b = next((b for b in by_initials.get(m.text.upper(), ()) if b != a), None)
        if b is not None:
            pairs[a] = b
    return pairs


def _merge(ctx: Context, mentions: list[Mention], kinds: dict[int, str]) -> list[Entity]:
    parent = list(range(len(mentions)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    first_by_key: dict[str, int] = {}
    for i, m in enumerate(mentions):
        key = fold(m.entry.name) if m.entry is not None else m.key
        if key in first_by_key:
            union(first_by_key[key], i)
        else:
            first_by_key[key] = i
    for a, b in _acronym_pairs(ctx, mentions).items():
        union(a, b)
    # "BFMTVRichard Ferrand", "Marine Le PenSoulignant": a name glued to a word by a missing space
    # belongs to the mention of that name
    glued = set()
    for i, m in enumerate(mentions):
        parts = [p.strip(" .•") for p in _GLUE.split(m.text)]
        if len(parts) < 2:
            continue
        for part in parts:
            j = first_by_key.get(fold(part))
            if j is not None and j != i and fold(mentions[j].text) == fold(part):
                union(i, j)
                glued.add(id(m))
                break
    # a person's surname (or the end of the name) alone: "Poutine" → "Vladimir Poutine"
    people = [i for i, m in enumerate(mentions) if kinds[id(m)] == "person" and len(m.text.split()) > 1]
    # _short_form needs the same last word, or (a person's first name alone) the same first word:
    # only those people are tried, in the same order as all of them would be
    full_of = {p: [fold(w) for w in mentions[p].text.split()] for p in people}
    by_last: dict[str, list[int]] = {}
    by_first: dict[str, list[int]] = {}
    for p in people:
        by_last.setdefault(full_of[p][-1], []).append(p)
        by_first.setdefault(full_of[p][0], []).append(p)
    for i, m in enumerate(mentions):
        if kinds[id(m)] not in ("person", "organization", "place") or m.entry is not None:
            continue
        words = [fold(w) for w in m.text.split()]
        if not words:
            continue
        candidates = by_last.get(words[-1], [])
        if kinds[id(m)] == "person" and len(words) == 1:
            candidates = sorted(set(candidates) | set(by_first.get(words[0], [])))
        for p in candidates:
            if p != i and _short_form(words, full_of[p], kinds[id(m)] == "person"):
                union(p, i)
                break
    groups: dict[int, list[int]] = {}
    for i in range(len(mentions)):
        groups.setdefault(find(i), []).append(i)
    entities = []
    for members in groups.values():
        ms = [mentions[i] for i in members]
        entities.append(_entity(ctx, ms, [kinds[id(m)] for m in ms], glued))
    return entities


def _personal_name(ctx: Context, text: str) -> bool:
    """Two or three capitalised words, the first a given name (first_names.txt, or a name of one sex
    only), none an organisation word: "Stormy Daniels", "Ulf Danielsson"."""
    words = text.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha() for w in words):
        return False
    if any(fold(w) in ctx.lex.words.get("org_word", ()) or fold(w) in ctx.lex.gazetteer for w in words):
        return False
    first = fold(words[0])
    if ctx.is_word("honorific", first):
        return False  # "Saint John"
    return first in ctx.lex.words.get("first_name", ()) or first in _given_names(ctx.lex.lang)


def _short_form(words: list[str], full: list[str], person: bool) -> bool:
    """Is `words` a shorter form of the person name `full`? "Poutine", "Le Maire" (the end of
    the name), "Recep Erdogan" (a middle name left out), "Vincent" (the first name alone)."""
    if len(words) >= len(full) and not (person and len(words) == len(full) - 1):
        return False
    if len(words) < len(full) and full[-len(words):] == words:
        return True
    if person and len(words) >= 2 and words[0] == full[0] and words[-1] == full[-1]:
        return True
    return person and len(words) == 1 and words[0] == full[0]


def _entity(ctx: Context, ms: list[Mention], kinds: list[str], glued: set[int] = frozenset()) -> Entity:
    forms: list[str] = []
    for m in ms:
        if id(m) in glued:
            continue  # "BFMTVRichard Ferrand" is no form of Richard Ferrand's name
        if fold(m.text) not in {fold(f) for f in forms}:
            forms.append(m.text)
    entry = next((m.entry for m in ms if m.entry is not None), None)
    # the fullest form the text gives; an acronym never wins over the words it stands for
    name = max(forms, key=lambda f: (not _ACRONYM.match(f), len(f.split()), len(f)))
    votes: dict[str, int] = {}
    for k in kinds:
        votes[k] = votes.get(k, 0) + 1
    kind = entry.kind if entry is not None else max(votes, key=lambda k: (votes[k], k == "person"))
    if entry is None and kind != "person" and any(_personal_name(ctx, m.text) for m in ms):
        # "Kurt Volker" once, "Volker" tagged an organisation thrice: the surname alone is the person's;
        # "Stormy Daniels" tagged an organisation: a given name and a capitalised word make a person's name
        kind = "person"
    roles: list[str] = []
    for m in ms:
        for r in m.roles:
            if fold(r) not in {fold(x) for x in roles}:
                roles.append(r)
    if kind == "person":
        roles = [r for r in roles if not any(r != o and fold(o).startswith(fold(r) + " ") for o in roles)]
    else:
        roles = []
    return Entity(name, kind, ms, forms, roles, entry)


REFERENCE_SENTENCES = 4  # how far back a bare title may refer to a person it gives no other title


def _definite_titles(ctx: Context, in_roles: set[int], person_tokens: set[int], org_tokens: set[int]) -> list[tuple[int, Span]]:
    """Definite noun phrases headed by a title that stand apart from any name ("le Premier ministre a
    dénoncé", "a déclaré le chef de l'État", "the sheriff said"), as (determiner token, title)."""
    doc = ctx.doc
    found = []
    k = 0
    while k < len(doc) - 1:
        det = doc[k]
        if not ("Def" in det.morph.get("Definite") and "Art" in det.morph.get("PronType")) \
                or k in in_roles or k + 1 in in_roles or k + 1 in person_tokens:
            k += 1
            continue
        end_limit = min(len(doc) - 1, det.sent.end - 1, k + 9)
        first, n = _role_start(ctx, k + 1, end_limit)
        if not n or "Plur" in doc[first + n - 1].morph.get("Number") or _plural_role(ctx, first + n - 1) \
                and fold(doc[first + n - 1].text) not in ctx.lex.roles:
            k += 1
            continue
        phrase = doc[first:_title_complement(ctx, first + n, min(det.sent.end, first + n + 8), person_tokens, org_tokens)]
        nxt = phrase.end
        named = nxt < len(doc) and (nxt in person_tokens or doc[nxt].text[:1].isupper() and doc[nxt].is_alpha
                                    or doc[nxt].text in (",", "(") and any(i in person_tokens for i in range(nxt + 1, min(len(doc), nxt + 3))))
        head = doc[first + n - 1]
        bare = first  # the title past its modifiers: "ancien chef d'État" is listed as "chef d'État"
        while bare < first + n - 1 and ctx.is_word("role_modifier", doc[bare].text):
            bare += 1
        lexical = _unprefixed(ctx, ctx.folded(bare, first + n)) in ctx.lex.roles or fold(head.text) in ctx.lex.roles
        if not lexical and not head.dep_.startswith("nsubj"):
            pass  # an occupation noun refers back only as a subject ("le chanteur était…"), not "par l'intermédiaire de"
        elif not named and not any(i in person_tokens for i in range(phrase.start, phrase.end)):
            found.append((k, phrase))  # else the title comes with a name: _role_phrase_left/right has it
        k = max(k + 1, phrase.end)
    return found


def _title_complement(ctx: Context, k: int, limit: int, person_tokens: set[int], org_tokens: set[int]) -> int:
    """End of a title's complement from token k: adjectives ("chanteur français"), then up to two
    complements "de (det) Noun…" ("chef de la diplomatie américaine", "président de la République",
    "of the United States"). Unlike an apposition, a title standing alone has no comma to end it."""
    doc = ctx.doc
    while k < limit and doc[k].pos_ == "ADJ" and doc[k].text[:1].islower():
        k += 1
    while k < limit and k in org_tokens:  # "le député LR", "la sénatrice EELV"
        k += 1
    for _ in range(2):
        if k >= limit or not ctx.is_word("complement_preposition", doc[k].text):
            break
        j = k + 1
        while j < limit and ctx.is_word("determiner", doc[j].text) and not ctx.is_word("complement_preposition", doc[j].text):
            j += 1
        if j >= limit or j in person_tokens or not (doc[j].pos_ in ("NOUN", "PROPN") or doc[j].text[:1].isupper()):
            break
        j += 1
        while j < limit and j not in person_tokens and (doc[j].pos_ == "PROPN" or doc[j].text[:1].isupper() and doc[j].is_alpha
                                                        or doc[j].pos_ == "ADJ" and doc[j].text[:1].islower()):
            j += 1
        k = j
    return k


def _quoted_tokens(ctx: Context) -> set[int]:
    memo = ctx.memo("quoted_tokens")  # asked by two coreference steps
    if "tokens" not in memo:
        memo["tokens"] = _find_quoted_tokens(ctx)
    return memo["tokens"]


def _find_quoted_tokens(ctx: Context) -> set[int]:
    """Tokens that start between quotation marks (« », “ ”, or straight quotes: one glued to the end of
    a word or of its punctuation closes, 'brutalité".', 'cruciale,"', 'ABRUTI"L'élection'; else it
    opens), within a paragraph."""
    text, inside, ranges, start = ctx.text, False, [], 0
    for i, c in enumerate(text):
        before, after = text[i - 1:i], text[i + 1:i + 2]
        if c == "\n":
            if inside:
                ranges.append((start, i))
            inside = False
        elif c in "«“" or c == '"' and not (before.isalnum() or before and before in ",;!?…)»"
                                            or before == "." and not after.isalnum()):
            if not inside:
                inside, start = True, i + 1
        elif c in "»”\"" and inside:
            ranges.append((start, i))
            inside = False
    quoted = set()
    for a, b in ranges:
        quoted.update(ctx.tokens_in(a, b))
    return quoted


@lru_cache(maxsize=None)
def _given_names(lang: str) -> dict[str, str]:
    """Folded given name → "Fem" or "Masc", from models/<lang>/female_names.txt and male_names.txt
    (a name in both tells nothing)."""
    sex: dict[str, str] = {}
    for gender, filename in (("Fem", "female_names.txt"), ("Masc", "male_names.txt")):
        for name in _lines(models_dir() / lang / filename):
            key = fold(name)
            sex[key] = "both" if sex.get(key, gender) != gender else gender
    return {k: v for k, v in sex.items() if v != "both"}


def _person_sex(ctx: Context, e: Entity) -> str | None:
    """A person's sex as the text tells it: the words before a mention ("M.", "Mme", "la ministre X")
    or a given name of one sex only; None when unknown or told both ways."""
    doc, seen = ctx.doc, set()
    for m in e.mentions:
        for k in (m.start - 1, m.start - 2):
            if k < 0 or (k == m.start - 2 and fold(doc[m.start - 1].text) not in ctx.lex.roles):
                continue
            if ctx.is_word("male_marker", doc[k].text):
                seen.add("Masc")
            elif ctx.is_word("female_marker", doc[k].text):
                seen.add("Fem")
    words = e.name.split()
    if len(words) > 1 or not seen:
        given = _given_names(ctx.lex.lang).get(fold(words[0])) if words else None
        if given:
            seen.add(given)
    return seen.pop() if len(seen) == 1 else None


def _title_sex(det: Token, phrase: Span) -> str | None:
    """The grammatical gender of a title ("la ministre", "l'enseignante"), where the language marks it."""
    for tok in (det, phrase.root):
        gender = tok.morph.get("Gender")
        if len(gender) == 1:
            return gender[0]
    return None


def _category(ctx: Context, role: str) -> str | None:
    """The field of a title (roles.tsv category: politics, justice…) from its longest listed start, past
    its modifiers and a hyphenated prefix ("ancien député du Nord", "ex-président"); None when unlisted,
    or listed as "other"."""
    words = fold(role).split()
    while words and ctx.is_word("role_modifier", words[0]):
        words = words[1:]
    for n in range(min(len(words), ctx.lex.max_role_words), 0, -1):
        category = ctx.lex.roles.get(_unprefixed(ctx, " ".join(words[:n])))
        if category is not None:
            return None if category == "other" else category
    return None


def _roles_by_reference(ctx: Context, entities: list[Entity], in_roles: set[int]) -> None:
    """A coreference step: a definite title standing apart from any name ("… a déclaré Augustin de
    Romanet. Le PDG d'ADP souligne que…", "a affirmé le chef de l'État", "the sheriff said") refers
    back to a person named before; the title becomes one of that person's roles. The person is
    chosen by a score: someone already given a title for the same function (or the same title word)
    wins wherever they were named ("le président Aoun … Le chef de l'Etat a renvoyé…"); else the most
    recent person given no title yet, within REFERENCE_SENTENCES sentences. Someone given other titles
    only, and anyone named in the title's own sentence, is not meant."""
    doc = ctx.doc
    person_at: dict[int, Entity] = {}
    for e in entities:
        if e.kind == "person":
            for m in e.mentions:
                for t in range(m.start, m.end):
                    person_at[t] = e
    if not person_at:
        return
    org_tokens = {t for e in entities if e.kind != "person" for m in e.mentions for t in range(m.start, m.end)}
    sentence_of = {}
    for n_sent, sent in enumerate(ctx.sentences):
        for t in range(sent.start, sent.end):
            sentence_of[t] = n_sent
    quoted = _quoted_tokens(ctx)
    mentions = sorted((m.start, e) for e in entities if e.kind == "person" for m in e.mentions)
    sexes: dict[int, str | None] = {}
    for k, phrase in _definite_titles(ctx, in_roles, set(person_at), org_tokens):
        if k in quoted:
            continue  # a title in someone's words ("l'employeur ne fera que…") is seldom a person of the narrative
        role = _role_text(ctx, phrase)
        function = ctx.lex.function_of(role)
        first, n = _role_start(ctx, phrase.start, phrase.end - 1)
        # a title for a whole field ("l'élu", "the researcher") may mean someone titled otherwise in it
        field = _category(ctx, role) if n and ctx.is_word("generic_title", _unprefixed(ctx, ctx.folded(
            next((t for t in range(first, first + n) if not ctx.is_word("role_modifier", doc[t].text)), first),
            first + n))) else None
        head = fold(doc[phrase.start + _role_start(ctx, phrase.start, phrase.end - 1)[1] - 1].text) \
            if _role_start(ctx, phrase.start, phrase.end - 1)[1] else fold(phrase[-1].text)
        sex = _title_sex(doc[k], phrase)
        here = sentence_of.get(k, 0)
        best, best_score = None, None
        seen = set()
        for start, e in reversed(mentions):
            if start >= k or id(e) in seen or (start in quoted and k not in quoted):
                continue  # someone a quote names is not whom the narrative's title means
            seen.add(id(e))
            back = here - sentence_of.get(start, here)
            if back <= 0:
                continue  # named in the title's own sentence: "X a reçu le Premier ministre" is someone else
            if sex is not None and id(e) not in sexes:
                sexes[id(e)] = _person_sex(ctx, e)
            if sex is not None and sexes[id(e)] not in (None, sex):
                continue  # "l'enseignante" is not Aman, "le président" not Mme X
            same = any((function is not None and ctx.lex.function_of(r) == function)
                       or head in fold(r).split() for r in e.roles)
            if same:
                score = 100 - back
            elif back <= REFERENCE_SENTENCES and (not e.roles or field is not None and any(
                    _category(ctx, r) == field for r in e.roles)):
                score = 50 - back  # untitled yet, or a title for the field of theirs ("l'eurodéputé" … "l'élu")
            else:
                continue
            if best_score is None or score > best_score:
                best, best_score = e, score
        if best is not None:
            if best_score >= 50 + REFERENCE_SENTENCES + 1:
                # a title the person already holds joins their chain: the extractors after this one
                # see whom it means ("L'acteur confirme…" after "déclare l'acteur")
                best.mentions.append(Mention(phrase.start, phrase.end, phrase.text, "person", None, [role], False, True))
            if fold(role) not in {fold(r) for r in best.roles}:
                best.roles.append(role)


PRONOUN_SENTENCES = 2  # a subject pronoun means a person named at most this many sentences before


def _roles_by_pronoun(ctx: Context, entities: list[Entity]) -> None:
    """A coreference step for subject pronouns: "Il était ministre de la Culture", "Avocate, elle a plaidé…",
    "She is a professor of law": the title the sentence gives the pronoun is a role of the person it
    stands for — the one person named in that sentence or in the PRONOUN_SENTENCES before it whose sex
    (given name, "M."/"Mme", a gendered title) does not contradict the pronoun's. When two people fit,
    the pronoun is left unresolved."""
    doc = ctx.doc
    people = [e for e in entities if e.kind == "person"]
    if not people:
        return
    mentions = sorted((m.start, e) for e in people for m in e.mentions)
    starts = [s for s, _e in mentions]
    quoted = _quoted_tokens(ctx)
    sexes: dict[int, str | None] = {}
    for k in ctx.indices(ctx.lex.words.get("subject_pronoun", set())):
        tok = doc[k]
        if k in quoted or not tok.dep_.startswith("nsubj") or not ctx.is_word("pronoun_singular", tok.text):
            continue
        sex = "Masc" if ctx.is_word("male_pronoun", tok.text) else "Fem" if ctx.is_word("female_pronoun", tok.text) else None
        phrase = _role_phrase_copula(ctx, Mention(k, k + 1, tok.text, "person"))
        if phrase is None:
            phrase = _fronted_role(ctx, tok)
        if phrase is None:
            continue
        first_sentence = ctx.sent_starts_before(k, PRONOUN_SENTENCES + 1)[0]
        fitting = {}
        for start, e in mentions[bisect_right(starts, first_sentence - 1):bisect_right(starts, k - 1)]:
            if start in quoted:
                continue
            if sex is not None and id(e) not in sexes:
                sexes[id(e)] = _person_sex(ctx, e)
            if sex is not None and sexes[id(e)] not in (None, sex):
                continue
            fitting[id(e)] = e
        if len(fitting) != 1:
            continue
        person = next(iter(fitting.values()))
        role = _clean_role(_role_text(ctx, phrase))
        if fold(role) not in {fold(r) for r in person.roles}:
            person.roles.append(role)


def _fronted_role(ctx: Context, pronoun: Token) -> Span | None:
    """"Avocate, elle a plaidé…", "Directeur de l'usine à l'époque, il a…": a title opening the sentence,
    set apart by a comma before its subject pronoun."""
    doc = ctx.doc
    start = pronoun.sent.start
    while start < pronoun.i and (doc[start].is_space or doc[start].is_punct):
        start += 1
    if pronoun.i - start < 2 or doc[pronoun.i - 1].text != ",":
        return None
    phrase = _role_phrase_from(ctx, start, apposition=True)
    if phrase is None or phrase.start != start or phrase.end > pronoun.i - 1 or pronoun.i - 1 - phrase.end > 4 \
            or any(t.pos_ in ("VERB", "AUX") for t in doc[phrase.end:pronoun.i - 1]):
        return None
    return phrase


# --- the extractor -------------------------------------------------------------------------


def extract(ctx: Context) -> list[Actor]:
    mentions = _collect(ctx)
    kinds = {id(m): _kind(ctx, m) for m in mentions}
    _fix_places(ctx, mentions, kinds)
    _fix_titled_people(ctx, mentions, kinds)
    in_roles: set[int] = set()  # tokens of role phrases: "secrétaire d'Etat aux Transports"
    shared: tuple[int, str] | None = None  # (end token, role) of a title in the plural, for the next name
    for m in mentions:
        if kinds[id(m)] == "person":
            right, copula = _role_phrase_right(ctx, m), _role_phrase_copula(ctx, m)
            for phrase in (_role_phrase_left(ctx, m), right, copula,
                           *(c for p in (right, copula) if p is not None for c in _coordinated_titles(ctx, p, p is copula))):
                if phrase is None:
                    continue
                in_roles.update(range(phrase.start, phrase.end))
                role = _role_text(ctx, phrase)
                if fold(role) not in {fold(r) for r in m.roles}:
                    m.roles.append(role)
                if any(fold(t.text) not in ctx.lex.roles and _plural_role(ctx, t.i) for t in phrase):
                    shared = (m.end, role)  # "les députés des Républicains Eric Ciotti et …"
            # "… Eric Ciotti et Guillaume Larrivé": the title in the plural is the next name's too
            if not m.roles and shared is not None and m.start == shared[0] + 1 \
                    and ctx.is_word("coordination", ctx.doc[m.start - 1].text):
                m.roles.append(shared[1])
            m.roles = [_clean_role(r) for r in m.roles]
    # a name inside a title: "Transports" in "secrétaire d'Etat aux Transports" is no actor; a person
    # ("cadre du parti de Marine Le Pen") is, but no one the later extractors should take for a speaker
    inside = {id(m) for m in mentions if m.entry is None and not _ACRONYM.match(m.text)
              and any(k in in_roles for k in range(m.start, m.end))}
    mentions = [m for m in mentions if id(m) not in inside or kinds[id(m)] == "person"]
    entities = _merge(ctx, mentions, kinds)
    only_inside = {id(e) for e in entities if all(id(m) in inside for m in e.mentions)}
    for e in entities:
        if id(e) not in only_inside:
            e.mentions = [m for m in e.mentions if id(m) not in inside]
    _roles_by_reference(ctx, [e for e in entities if id(e) not in only_inside], in_roles)
    _roles_by_pronoun(ctx, [e for e in entities if id(e) not in only_inside])
    n_tokens = max(1, len(ctx.doc))
    title = fold(ctx.title or "")
    scores = []
    named = [sum(1 for m in e.mentions if not m.reference) for e in entities]
    for e, n in zip(entities, named):
        first = min(m.start for m in e.mentions) / n_tokens
        score = n + (1.0 - first) + (1.5 if title and any(fold(f) in title for f in e.forms) else 0)
        scores.append(score)
    top = max(scores, default=1.0)
    actors = []
    for e, s, n in zip(entities, scores, named):
        aliases = [f for f in e.forms if f != e.name]
        actors.append(Actor(e.name, e.kind, aliases, e.roles, n, round(s / top, 3)))
    order = sorted(range(len(actors)), key=lambda i: (-actors[i].salience, min(m.start for m in entities[i].mentions)))
    ctx.entities = Entities([entities[i] for i in order if id(entities[i]) not in only_inside])
    return [actors[i] for i in order]
