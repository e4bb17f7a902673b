"""Actors: the named people, organisations, countries and places of an article.

Mentions come from spaCy's entities, the gazetteer (models/<lang>/gazetteer.tsv) and
acronyms; each is trimmed of determiners and titles (a title becomes a role), typed,
then mentions of one real-world entity are merged: same name, a person's surname, an
acronym given in parentheses or matching the initials, a gazetteer alias.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Span, Token

from functools import lru_cache

from ..lexicon import GazetteerEntry, _lines, fold, models_dir
from ..records import Actor
from .context import Context, name_number
from .coreference import given_names, roles_by_pronoun, roles_by_reference
from .roles import (clean_role, closed_apposition, coordinated_titles, coordinated_titles_left, plural_role, role_at,
                    role_phrase_copula, role_phrase_left, group_title, role_phrase_right, role_text, unprefixed)
from .stages import Entities, Entity, Mention

LABELS = {"PER": "person", "PERSON": "person", "ORG": "organization", "LOC": "place", "GPE": "place",
          "NORP": None, "FAC": "place", "MISC": None}
_ACRONYM = re.compile(r"^[A-ZÀ-Ý][A-Z0-9À-Ý&]{1,9}$")
_ROMAN = re.compile(r"^[IVXLCDM]+$")
_GLUE = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý][a-zà-ÿ])|(?<=[A-ZÀ-Ý]{2})(?=[A-ZÀ-Ý][a-zà-ÿ])|[.•]\s*(?=[A-ZÀ-Ý])")
_MAX_GAZ_TOKENS = 7
_NAME_WORDS = re.compile(r"[\w\-'’ ]+")
_OPENERS = ('"', "«", "“", "-", "–", "—", "•", ":", "...", "…")  # marks after which a sentence or a quote opens


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
                if j > i and texts[i][:1].isupper() and ctx.is_word("determiner", texts[i]) \
                        and all(form[:1].islower() for form in ctx.lex.gazetteer_forms.get(key, ())):
                    best = (i + 1, j + 1, entry)  # "The Kremlin said…" opening a sentence: "the Kremlin" is listed
                    # with its article in lower case, no part of the name
            key += spaces[j]
        if best:
            if _name_article(ctx, best[0]):
                best = (best[0] - 1, best[1], best[2])  # "reported by The Associated Press": the name's own article
            found.append(best)
            i = best[1]
        else:
            i += 1
    return found


def _name_article(ctx: Context, i: int) -> bool:
    """Is the word before token i an article written with a capital inside a sentence ("reported by The Associated
    Press", "selon Le Parisien")? Then it belongs to the name as the text writes it, as _trim keeps it."""
    if i == 0 or ctx.doc[i].is_sent_start:
        return False
    k = i - 1
    tok = ctx.doc[k]
    return tok.text[:1].isupper() and not tok.is_sent_start and ctx.is_word("determiner", tok.text) \
        and k > 0 and ctx.doc[k - 1].text not in _OPENERS


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
    if whole:  # a gazetteer form as written, less a determiner in lower case ("the Philippines" → "Philippines")
        if end - start > 1 and doc[start].text.islower() and ctx.is_word("determiner", doc[start].text):
            start += 1
        return start, end, titles
    while start < end:
        tok = doc[start]
        if ctx.is_word("determiner", tok.text) and tok.text[:1].isupper() and not tok.is_sent_start \
                and start + 1 < end and doc[start + 1].text[:1].isupper():
            break
        if ctx.is_word("determiner", tok.text) or ctx.is_word("honorific", tok.text) or tok.is_punct:
            start += 1
            continue
        n = role_at(ctx, start, end - 1)
        if n:
            k = start + n
            while k < end and not doc[k].text[:1].isupper():  # "président russe Vladimir…"
                k += 1
            if k < end and not _organisation_words(ctx, doc[k:end]):  # a name follows the title (not an organisation's)
                titles.append(doc[start:k].text)
                start = k
                continue
        break
    inner = ctx.lex.words.get("name_inner_word")  # languages whose names are capitalised word by word
    for k in range(start + 1, end):  # "Gérard Depardieu - exilé…": a spaced dash or comma ends the name
        if (doc[k].is_punct and doc[k - 1].whitespace_ and doc[k].text not in ".'’&") or doc[k].is_space \
                or doc[k].text in ("[", "]") \
                or (doc[k].like_num and not doc[k].is_alpha and k > start and not _numbered_name(ctx, start, k)
                    and not name_number(ctx, start, k)) \
                or (ctx.is_word("possessive_clitic", doc[k].text) and not _common_possessor(ctx, doc, k, end)
                    and not (k + 1 < end and _possessor_in_name(ctx, k))) \
                or (inner and doc[k].is_alpha and doc[k].text[:1].islower() and fold(doc[k].text) not in inner
                    and not _hyphen_joined(doc, k)):
            end = k  # "Comptes publics 250 emplois", "ISO's", "Associated Press news agency", "[Bashir al] Assad"
            break
    # a name's last word joined by a hyphen to a capitalised word goes on: "Marion Maréchal-Le Pen" (the NER, or a
    # given name and the name words after it, stopped at the hyphen)
    while end + 1 < len(doc) and _glued_hyphen(doc, end) and doc[end + 1].is_alpha and doc[end + 1].text[:1].isupper() \
            and end - 1 >= start and doc[end - 1].is_alpha and doc[end - 1].text[:1].isupper():
        end += 2
        if end < len(doc) and doc[end - 1].whitespace_ and ctx.is_word("determiner", doc[end - 1].text) \
                and doc[end].is_alpha and doc[end].text[:1].isupper() and not doc[end].is_sent_start:
            end += 1  # "Maréchal-Le Pen": a particle after the hyphen opens a name of two words
    # a name's last word joined by hyphens goes on in lower case: "Park Won-soon", "Prayuth Chan-o-cha"
    while end + 1 < len(doc) and doc[end].text in _HYPHENS and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and doc[end + 1].is_alpha and doc[end + 1].text.islower() and end - 1 >= start and doc[end - 1].text[:1].isupper():
        end += 2
        while end + 1 < len(doc) and doc[end].text in _HYPHENS and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_alpha and doc[end + 1].text.islower():
            end += 2
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text not in ".)":
        end -= 1
    while end - start >= 2 and _absorbed_last_word(ctx, start, end):
        end -= 1
    while inner and end - 1 > start and fold(doc[end - 1].text) in inner and doc[end - 1].text.islower():
        end -= 1  # "Patrice Talon of Benin" cut before the place: no name ends with "of"
    # "Durham Hall QC", "Jo Cox MP": letters after the name say what the person is
    while end - 1 > start and ctx.is_word("postnominal", doc[end - 1].text) and doc[end - 1].text.isupper():
        titles.append(doc[end - 1].text)
        end -= 1
    if end > start and doc[end - 1].text == "." and end - start == 1:
        end -= 1
    if end < len(doc) and end > start and doc[end].text.isdigit() and len(doc[end].text) <= 3 \
            and doc[end - 1].whitespace_ and ctx.is_word("place_class_head", doc[end - 1].text) \
            and doc[end - 1].text[:1].isupper():
        end += 1  # "U.S. Route 2", "Interstate 80": a road's number belongs to its name
    return start, end, titles


_HYPHENS = ("-", "‐", "‑")


def _absorbed_last_word(ctx: Context, start: int, end: int) -> bool:
    """Is the span's last word one the name took from the text after it: a weekday or a month in lower case
    ("Mediapart mercredi"), or a word that opens sentences, in capitals, after a name of two words or more that the
    text also gives without it ("avec Edouard Philippe Pourtant, …", its full stop lost)?"""
    doc = ctx.doc
    last = doc[end - 1]
    if last.text.islower():
        return ctx.is_word("weekday", last.text) or ctx.is_word("month", last.text)
    if end - start < 3 or not last.text[:1].isupper() or last.is_upper or not ctx.is_word("sentence_opener", last.text) \
            or ctx.is_word("determiner", last.text):
        return False
    text = doc.text
    shorter, longer = doc[start:end - 1].text, doc[start:end].text
    return text.count(shorter) > text.count(longer)


def _glued_hyphen(doc, k: int) -> bool:
    """Is token k a hyphen with no space on either side ("Maréchal-Le", "Marie-Noëlle")?"""
    return doc[k].text in _HYPHENS and k > 0 and not doc[k - 1].whitespace_ and not doc[k].whitespace_


def _numbered_name(ctx: Context, start: int, k: int) -> bool:
    """Is the number at k part of a name the gazetteer knows with it ("France 3", "France 24"), which may go on
    ("France 3 Occitanie")? Elsewhere a number ends a name ("Comptes publics 250 emplois")."""
    return fold(ctx.doc[start:k + 1].text) in ctx.lex.gazetteer


def _common_possessor(ctx: Context, doc, k: int, end: int) -> bool:
    """Is the possessive clitic at k that of a common word of the language capitalised as a name's first word,
    before the rest of the name ("People's Party of Canada", "Children's Hospital")? Then it belongs to the
    name; after a name ("Tesco's", "ISO's") it ends it."""
    before = doc[k - 1] if k > 0 else None
    return before is not None and before.text[:1].isupper() and fold(before.text) in common_words(ctx.lex.lang) \
        and k + 1 < end and doc[k + 1].text[:1].isupper()


def _class_noun(ctx: Context, text: str) -> bool:
    """A noun that closes the name of a body or a place: "Office", "Hospital", "Theatre", "Bay"."""
    return any(ctx.is_word(name, text) for name in ("org_word", "place_class_head", "place_noun"))


def _possessed_name_end(ctx: Context, k: int) -> int | None:
    """The end of the capitalised name after the possessive clitic at k, when its last word is a class noun
    ("Grauman's [Egyptian Theatre]", "Army's [Research and Referral Hospital]"); None otherwise."""
    doc = ctx.doc
    links = ctx.lex.words.get("name_link", ())
    end, best = k + 1, None
    while end < len(doc) and end < k + 7:
        tok = doc[end]
        if tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start and not ctx.is_word("determiner", tok.text):
            end += 1
            if _class_noun(ctx, tok.text):
                best = end
        elif tok.text in links and end > k + 1 and end + 1 < len(doc) and doc[end + 1].text[:1].isupper():
            end += 1
        else:
            break
    return best


def _possessor_in_name(ctx: Context, k: int) -> bool:
    """Is the possessive clitic at k inside one name ("Grauman's Egyptian Theatre", "Hawke's Bay", "the Alachua
    Sheriff's Office", "St Mary's Hospital")? The clitic is glued to a capitalised word that the text gives nowhere
    else and that no gazetteer row names ("Britain's Royal Navy", "Tesco's chairman": two names, or a name and a
    common noun), and a capitalised name ending in a class noun follows it."""
    doc = ctx.doc
    if k < 1 or k + 1 >= len(doc) or doc[k - 1].whitespace_ or not doc[k - 1].is_alpha \
            or not doc[k - 1].text[:1].isupper() or doc[k - 1].is_sent_start or doc[k - 1].text.isupper():
        return False
    word = doc[k - 1].text
    if fold(word) in ctx.lex.gazetteer:
        return False
    start = k - 1
    while start > 0 and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper() \
            and not ctx.is_word("determiner", doc[start - 1].text) and not doc[start].is_sent_start:
        start -= 1
    if fold(doc[start:k].text) in ctx.lex.gazetteer \
            or (k - start > 1 and fold(doc[start].text) in ctx.lex.words.get("first_name", ())):
        return False  # "New York's", "Donald Trump's": a name of its own
    if sum(1 for i, t in enumerate(ctx.texts) if t == word and i != k - 1) > 0:
        return False  # "Trump's Justice Department" where Trump is named elsewhere
    return _possessed_name_end(ctx, k) is not None


def _possessive_names(ctx: Context, ents: list[Span]) -> list[Span]:
    """Names that hold a possessive clitic (_possessor_in_name), which the NER cut in two ("[Grauman]'s [Egyptian
    Theatre]", "[Hawke]'s [Bay]") or missed: one entity, an organisation's when an organisation word closes it,
    else a place's. Only for languages that list the clitic (words.tsv possessive_clitic)."""
    doc = ctx.doc
    clitics = ctx.lex.words.get("possessive_clitic")
    if not clitics:
        return ents
    spans = []
    for k, text in enumerate(ctx.texts):
        if fold(text) in clitics and _possessor_in_name(ctx, k):
            start = k - 1
            while start > 0 and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper() \
                    and not ctx.is_word("determiner", doc[start - 1].text) and not doc[start].is_sent_start:
                start -= 1
            end = _possessed_name_end(ctx, k)
            label = "ORG" if ctx.is_word("org_word", doc[end - 1].text) else "FAC"
            spans.append(Span(doc, start, end, label=label))
    if not spans:
        return ents
    out = [e for e in ents if not any(e.start < s.end and s.start < e.end for s in spans)]
    return sorted(out + spans, key=lambda e: e.start)


def _organisation_words(ctx: Context, span: Span) -> bool:
    """Does a capitalised organisation word stand in the span ("Saudi Air Force", "Pharmaceutical Society")?
    Then the role word before it opens the organisation's name ("Royal Saudi Air Force"), no title."""
    return any(t.text[:1].isupper() and ctx.is_word("org_word", t.text) and not _hyphen_joined(span.doc, t.i) for t in span)


def _hyphen_joined(doc, k: int) -> bool:
    """Is token k joined to the word before or after it by a hyphen, with no space ("Hoi-kwan", "el-Sisi")?"""
    return (k >= 2 and doc[k - 1].text in _HYPHENS and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_) \
        or (k + 2 < len(doc) and doc[k + 1].text in _HYPHENS and not doc[k].whitespace_ and not doc[k + 1].whitespace_
            and doc[k + 2].is_alpha)


_CODED = re.compile(r"^[A-ZÀ-Ý]{1,6}[-‐‑][A-Za-z]*\d[\w\-‐‑]*$")  # "COVID-19", "F-16", "MH-17" as one token


def _code(tok: Token) -> bool:
    """A token that reads as a code: it has a digit ("EB3", "16", "CoV-2") or is one capital letter ("E", "E.")."""
    letters = tok.text.rstrip(".")
    return any(c.isdigit() for c in letters) or (len(letters) == 1 and letters.isupper())


def _sum_of_money(ctx: Context, text: str) -> bool:
    """A currency code glued to a number ("USD910", "GBP738", "SEK9"; words.tsv currency_prefix): a sum."""
    m = re.match(r"^([A-Z]{2,3}\$?)\d[\d.,]*$", text)
    return m is not None and ctx.is_word("currency_prefix", m.group(1))


def _coded_capitals(doc, start: int, end: int) -> bool:
    """Are the span's capitals joined by a hyphen, with no space, to a code or a number ("COVID-19", "F-16",
    "A-380", "REGN-EB3", "ESBL-E", "SARS-CoV-2"), or the code joined to capitals? A model, a product, a virus,
    a drug: no organisation acronym."""
    if end - start != 1 or not doc[start].text[:1].isupper():
        return False
    if _CODED.match(doc[start].text):
        return True
    parts = [doc[start]]  # the words joined to the span by hyphens, without spaces
    k = start
    while k >= 2 and doc[k - 1].text in _HYPHENS and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_:
        k -= 2
        parts.insert(0, doc[k])
    k = start
    while k + 2 < len(doc) and doc[k + 1].text in _HYPHENS and not doc[k].whitespace_ and not doc[k + 1].whitespace_:
        k += 2
        parts.append(doc[k])
    return len(parts) > 1 and any(t.text.isupper() and len(t.text) > 1 for t in parts) \
        and any(_code(t) for t in parts)


def _collect(ctx: Context) -> list[Mention]:
    doc, lex = ctx.doc, ctx.lex
    candidates: list[Mention] = []
    taken = [False] * len(doc)

    def add(start: int, end: int, kind: str | None, from_ner: bool, entry: GazetteerEntry | None = None):
        from_gazetteer = entry is not None  # a gazetteer form as written: "présidence de la République"
        start, end, titles = _trim(ctx, start, end, whole=entry is not None)
        if 0 < end - start <= 3 and end < len(doc) and name_number(ctx, start, end):
            end += 1  # "Century 21", "News 12": the NER stops the name before the number that ends it
        if any(ctx.is_word("postnominal", t) for t in titles):
            kind = "person"  # "Durham Hall QC", read by the NER as a building
        if end <= start or any(taken[start:end]):
            return
        entry = entry or lex.gazetteer.get(fold(doc[start:end].text))
        contracted = _contracted_name(ctx, start, end) if entry is None else None  # "du Point": "Le Point"'s
        entry = entry or (lex.gazetteer[fold(contracted)] if contracted else None)
        if entry is None and kind != "person":
            head = _governing_noun(ctx, start)
            if head is not None and fold(head.text) not in lex.words.get("org_word", ()) \
                    and not (kind == "place" and _proper_words(ctx, doc[start:end])) \
                    and not (end - start > 1 and ctx.is_word("determiner", doc[start].text)):
                return  # "le ministre des Sports", "les ministres du Travail et de la Santé": a portfolio, part of a
                # title; not a place the NER found named by a word of no common use ("the mayor of South Bend"):
                # the title's jurisdiction; not a name that keeps its capitalised article ("spokesperson for The
                # Greens", _trim)
            if head is not None and fold(head.text) in lex.words.get("org_word", ()) and not any(taken[head.i:start]) \
                    and kind != "organization" and _names_institution(ctx, head, start):
                start, kind = head.i, "organization"  # "ministère des Affaires étrangères", "tribunal de commerce d'Évry"
                from_gazetteer = True  # a name headed by a common noun, in lower case as written
        if kind != "person" and (entry is not None and entry.kind in ("place", "country")
                                 or entry is None and kind in ("place", None) and not from_gazetteer):
            head = _institution_head(ctx, start)
            if head is not None and not any(taken[head.i:start]) and _names_institution(ctx, head, start):
                start, kind, entry = head.i, "organization", None  # "parquet de Niort", "université de Leicester"
                from_gazetteer = True
        if kind != "person" and (entry is None or entry.kind in ("place", "country")):
            head = _governing_noun(ctx, start, "place_noun")
            if head is not None and not any(taken[head.i:start]):
                start, kind, entry = head.i, "place", None  # "golfe de Policastro", "zoo de Thoiry", "place de la Concorde"
                from_gazetteer = True  # a name headed by a common noun, in lower case as written
        if kind != "person" and entry is None and not from_gazetteer:
            longer = _lower_complement(ctx, start, end)  # "la Délégation [à la sécurité routière]"
            end = end if any(taken[end:longer]) else longer
        text = _without_quote_marks(doc[start:end].text)
        if len(text) < 2 or not any(c.isalpha() for c in text) or _stop_entity(ctx, text):
            return
        if not text[:1].isupper() and not text[:1].isdigit() and not from_gazetteer and not _place_headed(ctx, doc[start:end]):
            if not _institution_headed(ctx, doc[start:end]):
                return
            kind = "organization"  # "préfecture des Deux-Sèvres", found whole by the NER
        entry = entry or lex.gazetteer.get(fold(text))
        if entry is None and _sum_of_money(ctx, text):
            return  # "USD910 thousand", "GBP738": a currency code glued to a number is a sum
        if entry is None and _coded_capitals(doc, start, end):
            return  # "F-16", "REGN-EB3": a model, a product or a drug named by its code, no acronym
        if entry is None and _shouting(doc[start:end]):
            return  # "TRUMP N'EST PAS UN ABRUTI": a heading in capitals, not a name
        if entry is None and _common_word_in_capitals(ctx, doc[start:end]):
            return  # "DEVANT", "POMPIERS": a word of the language shouted in a heading, not an acronym
        if entry is None and (fold(text) in lex.demonyms or fold(text) in lex.roles
                              or (end - start == 1 and plural_role(ctx, start))):
            return  # "les Français", "le PDG", "one of the Representatives": a nationality or a title, not an actor
        if start > 0 and doc[start - 1].text == "#" and not doc[start - 1].whitespace_:
            return  # "#DemDebate": a hashtag, not a name
        if entry is None and _fills_quotes(ctx, doc[start:end]):
            return  # l'acteur des "Valseuses": a quoted title
        if start > 1 and ctx.is_word("complement_link", doc[start - 1].text) and ctx.is_word("eponym_noun", doc[start - 2].text):
            return  # "le syndrome d'Asperger", "la maladie de Parkinson": a disease, not a person
        if entry is None and not _ACRONYM.match(text) and not any(t.pos_ == "PROPN" for t in doc[start:end]) \
                and doc[start].is_sent_start:
            return  # "Raté", "Réponse de": a capitalised word opening a sentence
        if kind is None and entry is None and not _ACRONYM.match(text):
            kind = _class_kind(ctx, Mention(start, end, text, None)) if doc[end - 1].pos_ == "PROPN" else None
            if kind not in ("organization", "place"):
                return  # a nationality, a product, a work…, unless a class noun types the name ("the chain HomePlus")
        if entry is None and _common_opening_word(ctx, doc[start:end]):
            start += 1  # "Regardez", "Inconnu des Libanais": a word of the language that opens a sentence
            while start < end and ctx.is_word("determiner", doc[start].text):
                start += 1
            if start >= end or not doc[start].text[:1].isupper() or fold(doc[start:end].text) in lex.demonyms:
                return
            text = doc[start:end].text.strip()
        for k in range(start, end):
            taken[k] = True
        candidates.append(Mention(start, end, text, kind, entry, titles, from_ner))

    # gazetteer matches first where they are longer than (or equal to) the entity they overlap
    gaz = _gazetteer_spans(ctx)
    ents = _name_chains(ctx, _possessive_names(ctx, list(doc.ents)))
    ent_ends = [e.end for e in ents]  # entities are sorted and disjoint: their ends increase
    for start, end, entry in gaz:
        first = bisect_right(ent_ends, start)  # the first entity ending after `start`
        overlapping = [e for e in ents[first:first + end - start + 1] if e.start < end and start < e.end]
        if all(_gazetteer_wins(ctx, doc[start:end], e) or _entity_runs_on(ctx, doc[start:end], e) for e in overlapping):
            add(start, end, entry.kind, False, entry)
    gaz_at = {start: (end, entry) for start, end, entry in gaz}
    for start, end in _short_forms_in_parentheses(ctx, ents):
        add(start, end, "organization", True)
    for start, end in _titled_names(ctx, taken):
        add(start, end, "person", False)
    honorifics = lex.words.get("name_honorific", set())
    glued = _given_name_before_surname(ctx, ents)
    day_names = _day_name_parts(ctx, ents)
    for n, ent in enumerate(ents):
        if n in glued or n in day_names:
            continue  # "Greta" read as a place before "Thunberg": the person's given name, taken with it below
        kind = LABELS.get(ent.label_)
        if ent.start > 0 and fold(doc[ent.start - 1].text) in honorifics:
            kind = "person"  # "M. Pocquet du Haut-Jussé", tagged a place: the title says a person
        start, end = _widen_person(ctx, ent.start, ent.end, taken) if kind == "person" else (ent.start, ent.end)
        if kind is None and _name_article(ctx, start) and fold(ent.text) not in lex.demonyms:
            kind, start = "organization", start - 1  # "spokesperson for The Greens": a group the NER reads as a
            # nationality or a creed, named with a capitalised article inside the sentence: a party, a band, a body
        if n - 1 in glued:
            start = ents[n - 1].start
        for start, end, kind_i in (p for piece in _split(ctx, start, end, kind, gaz_at) for p in _split_at_article(ctx, *piece)):
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
    # "Coldplay frontman Chris Martin", "former Playboy model Karen McDougal": the name before a person's title
    for m in [m for m in candidates if m.kind == "person"]:
        span = _employer_before_title(ctx, m.start, taken)
        if span is not None:
            add(*span, "organization", False)
    # acronyms spaCy missed (CNPC…): when the article repeats them, defines them in parentheses or gives their
    # class noun ("the news network RTHK", "UOKiK, the Polish anti-monopoly agency")
    counts: dict[str, int] = {}
    for text in ctx.texts:
        counts[text] = counts.get(text, 0) + 1
    for i in [i for i, text in enumerate(ctx.texts) if _ACRONYM.match(text)]:
        tok = doc[i]
        if not taken[tok.i] and not _ROMAN.match(tok.text) and not ctx.is_word("postnominal", tok.text) and \
                len(tok.text) >= 2 and not _all_caps_sentence(tok) and not _in_caps_run(doc, tok) and \
                (counts[tok.text] > 1 or (tok.i > 0 and doc[tok.i - 1].text == "(") or _proper_acronym(ctx, tok)
                 or _class_kind(ctx, Mention(tok.i, tok.i + 1, tok.text, None)) == "organization"):
            add(tok.i, tok.i + 1, "organization", False)
    candidates.sort(key=lambda m: m.start)
    return _without_inhabitants(ctx, candidates)


_NAMED_LABELS = ("", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "FAC")


def _employer_before_title(ctx: Context, start: int, taken: list[bool]) -> tuple[int, int] | None:
    """The name right before the title that a person's name follows ("Coldplay frontman Chris Martin", "Aslef general
    secretary Mick Whelan", "former Playboy model Karen McDougal"), which the NER missed or read as a nationality or a
    work: the body the person works for or belongs to. Proper nouns, no word of the language (no "Republican
    senator"), no nationality, title, given name or name of another kind; the title (roles.tsv, occupations) runs
    from right after the name to the person's name."""
    doc = ctx.doc
    words = common_words(ctx.lex.lang)
    first_names = ctx.lex.words.get("first_name", ())
    for j in range(max(0, start - ctx.lex.max_role_words), start):
        if role_at(ctx, j, start - 1) != start - j or not doc[j].text[:1].islower() \
                or ctx.is_word("honour_title", doc[start - 1].text):
            continue  # "Grammy winner Adele", "Wimbledon champion …": a prize's or a contest's, no body's
        end = j
        begin = end
        while begin > 0 and end - begin < 3:
            tok = doc[begin - 1]
            key = fold(tok.text)
            if taken[tok.i] or not tok.is_alpha or not tok.text[:1].isupper() or tok.pos_ != "PROPN" \
                    or tok.ent_type_ not in _NAMED_LABELS or key in words or key in ctx.lex.demonyms \
                    or key in ctx.lex.roles or key in first_names or ctx.is_word("determiner", tok.text) \
                    or ctx.is_word("month", tok.text) or ctx.is_word("weekday", tok.text):
                break
            begin -= 1
            if tok.is_sent_start:
                break
        if begin < end:
            return begin, end
        return None
    return None


def _chain_word(ctx: Context, tok: Token, stops: set[int]) -> bool:
    """A word that can stand inside an organisation's name of capitalised words: capitalised, inside its
    sentence, no title ("Judge"), no part of a person's name or a date."""
    return tok.text[:1].isupper() and tok.is_alpha and not tok.is_sent_start and tok.i not in stops \
        and fold(tok.text) not in ctx.lex.roles and not ctx.is_word("determiner", tok.text)


def _chain_right(ctx: Context, start: int, end: int, stops: set[int]) -> int:
    """The end of an organisation's name run on past where the NER cut it: capitalised words, a complement
    ("name_link": of, for, to, optionally with "the") once the name holds a capitalised organisation word
    ("Center for Astrophysics", "District Court for Northern District of California", "Committee to Protect
    Journalists"), and, inside such a complement, a coordination or a list of capitalised words ("Union of
    Rail, Maritime and Transport Workers", "State of Iraq and the Levant") that holds no name of its own."""
    doc = ctx.doc
    links = ctx.lex.words.get("name_link", ())

    def has_org_word(a: int, b: int) -> bool:
        return any(doc[k].text[:1].isupper() and ctx.is_word("org_word", doc[k].text) for k in range(a, b))

    def after_article(k: int) -> int:
        return k + 1 if k < len(doc) and doc[k].text == "the" else k

    def conjunct_end(k: int) -> int:
        j = k
        while j < len(doc) and _chain_word(ctx, doc[j], stops):
            j += 1
        return j

    anchor_end = end
    while end < len(doc):
        tok = doc[end]
        complemented = any(doc[k].text in links for k in range(start, end))
        if _chain_word(ctx, tok, stops):
            end += 1
        elif tok.text in _HYPHENS + ("–",) and not doc[end - 1].whitespace_ and not tok.whitespace_ \
                and end + 1 < len(doc) and _chain_word(ctx, doc[end + 1], stops):
            end += 2  # "Harvard–Smithsonian"
        elif tok.text in links and has_org_word(start, end) and after_article(end + 1) < len(doc) \
                and _chain_word(ctx, doc[after_article(end + 1)], stops) \
                and not (ctx.is_word("coordination", tok.text) and ctx.is_word("org_word", doc[end - 1].text)):
            # not a name its organisation word closes, and another after it ("London Ambulance Service and
            # London Fire Brigade", "the Royal Air Force and the US Air Force")
            end = after_article(end + 1)
        elif complemented and ctx.is_word("campus_link", tok.text) and end + 1 < len(doc) \
                and any(ctx.is_word("campus_head", doc[k].text) and doc[k].text[:1].isupper() for k in range(start, end)) \
                and _chain_word(ctx, doc[end + 1], stops) \
                and not (conjunct_end(end + 1) < len(doc) and ctx.is_word("possessive_clitic", doc[conjunct_end(end + 1)].text)):
            end = conjunct_end(end + 1)  # "University of Texas at Austin": a campus of a university named by its place
            # (not "at London's Royal Society": the place owns the next name)
        elif complemented and ((ctx.is_word("coordination", tok.text) and tok.text.islower()) or tok.text == "&"):
            k = after_article(end + 1)
            j = conjunct_end(k)
            if j == k or has_org_word(k, j) or fold(doc[k:j].text) in ctx.lex.gazetteer:
                break
            end = j
        elif complemented and tok.text == "," and end + 1 < len(doc):
            j = conjunct_end(end + 1)  # "Rail, Maritime and Transport": a list that a coordination closes
            if j == end + 1 or j >= len(doc) or not ctx.is_word("coordination", doc[j].text) \
                    or fold(doc[end + 1:j].text) in ctx.lex.gazetteer:
                break
            end = j
        else:
            break
    # capitalised words after the last organisation word or complement are another name's ("NBA Finals MVP")
    return next((k + 1 for k in range(end - 1, anchor_end - 1, -1)
                 if ctx.is_word("org_word", doc[k].text) or any(doc[j].text in links for j in range(start, k))), anchor_end)


def _chain_left(ctx: Context, start: int, end: int, ents_at_end: dict[int, Span], named: set[int], stops: set[int],
                plain: bool) -> int:
    """The start of an organisation's name run back past where the NER cut it: a word joined by a hyphen or a
    dash ("Co-operative Commonwealth Federation", "Harvard–Smithsonian"), a country or place right before it
    ("U.S. District Court"), a given name coordinated before a name that ends with an organisation word (a
    listed given name or one word the NER reads as a person's: "Bill and Melinda Gates Foundation"); from an organisation word outside the
    NER's entities (`plain`), the capitalised words before it ("United States District Court"); `named` holds the
    tokens of the entities."""
    doc = ctx.doc
    first_names = ctx.lex.words.get("first_name", set())
    while plain and start >= 1 and _chain_word(ctx, doc[start - 1], stops) and start - 1 not in named:
        start -= 1  # "United States District [Court]": the capitalised words before an organisation word
    while start >= 2:
        if doc[start - 1].text in _HYPHENS + ("–",) and not doc[start - 1].whitespace_ \
                and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha:
            k = start - 2
            while k >= 2 and doc[k - 1].text in _HYPHENS and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_:
                k -= 2  # "Co-operative": the hyphenated word's first part
            if not doc[k].text[:1].isupper():
                break
            start = k
        elif start in ents_at_end and LABELS.get(ents_at_end[start].label_) == "place" \
                and doc[start - 1].text[:1].isupper():
            start = ents_at_end[start].start
        elif ctx.is_word("coordination", doc[start - 1].text) and doc[start - 1].text.islower() \
                and ctx.is_word("org_word", doc[end - 1].text) and doc[start - 2].text[:1].isupper() and doc[start - 2].is_alpha \
                and (start - 2 not in named and fold(doc[start - 2].text) in first_names
                     or start - 1 in ents_at_end and len(ents_at_end[start - 1]) == 1
                     and LABELS.get(ents_at_end[start - 1].label_) == "person"):
            start -= 2
        else:
            break
    return start


def _name_chains(ctx: Context, ents: list[Span]) -> list[Span]:
    """Organisations' names the NER cut in pieces, made whole ("[U.S.] [District Court] for [Northern District]
    of [California]", "[Bill] and [Melinda Gates Foundation]", "[National Union of Rail], Maritime and
    [Transport Workers]"): from an organisation entity, or a capitalised organisation word, the name runs on
    over the words and links of names (_chain_left, _chain_right); a run that goes beyond one entity replaces
    the entities it covers. Only for languages that list the links inside names (words.tsv name_link)."""
    doc = ctx.doc
    if not ctx.lex.words.get("name_link"):
        return ents
    stops = {k for e in ents if e.label_ in ("PERSON", "PER", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY",
                                             "PERCENT", "QUANTITY") for k in range(e.start, e.end)}
    ents_at_end = {e.end: e for e in ents}
    in_ents = {k for e in ents for k in range(e.start, e.end)}
    anchors = [(e.start, e.end) for e in ents if LABELS.get(e.label_) == "organization"]
    anchors += [(t.i, t.i + 1) for t in doc if t.text[:1].isupper() and t.is_alpha and t.i not in in_ents
                and ctx.is_word("org_word", t.text)]
    chains: list[tuple[int, int]] = []
    for a, b in sorted(anchors):
        if chains and a < chains[-1][1]:
            continue
        end = _chain_right(ctx, a, b, stops)
        start = _chain_left(ctx, a, end, ents_at_end, in_ents, stops, a not in in_ents)
        covered = [e for e in ents if e.start < end and start < e.end]
        if not covered or not all(start <= e.start and e.end <= end for e in covered):
            continue
        if len(covered) == 1 and (covered[0].start, covered[0].end) == (start, end):
            continue
        chains.append((start, end))
    if not chains:
        return ents
    out = [e for e in ents if not any(e.start < c_end and c_start < e.end for c_start, c_end in chains)]
    out += [Span(doc, c_start, c_end, label="ORG") for c_start, c_end in chains]
    return sorted(out, key=lambda e: e.start)


def _day_name_parts(ctx: Context, ents: list[Span]) -> set[int]:
    """Indices of entities glued to a date entity that opens with a capitalised word right after them ("[Super]
    [Tuesday]", "[Black] [Friday]"): the NER cut the name of a day in two; its first word is no actor. Not a
    person ("Trump Tuesday") nor a name the gazetteer knows ("in Ohio Tuesday")."""
    dates = {e.start for e in ents if e.label_ == "DATE" and e[0].text[:1].isupper() and not e[0].is_sent_start}
    return {n for n, e in enumerate(ents) if e.end in dates and e.label_ != "DATE" and LABELS.get(e.label_) != "person"
            and e[-1].whitespace_ and fold(e.text) not in ctx.lex.gazetteer}


def _without_quote_marks(text: str) -> str:
    """The name without the quotation marks a token glued to it ('COVID-19"', "Assemblée nationale\"")."""
    return text.strip().strip('"«»“”').strip()


def _stop_entity(ctx: Context, text: str) -> bool:
    """Is the span a word that is never an actor by itself (stop_entities.txt: "République", "Sud", "CO2"), unless
    the gazetteer writes it so ("SUD", the union, is no "Sud")? An entry written with its article matches the
    words without it ("the administration": "Administration"), and the reverse."""
    key = fold(text)
    if text.replace("’", "'") in ctx.lex.gazetteer_forms.get(key, ()):
        return False
    return key in ctx.lex.stop_entities or _without_article(ctx.lex, key) in _bare_stop_entities(ctx.lex.lang)


def _without_article(lex, key: str) -> str:
    """A folded name less a definite article in front ("the administration" → "administration", "l'etat" → "etat")."""
    articles = lex.words.get("definite", ())
    first, _, rest = key.partition(" ")
    if rest and first in articles:
        return rest
    for article in articles:
        if article.endswith("'") and key.startswith(article) and len(key) > len(article):
            return key[len(article):]
    return key


@lru_cache(maxsize=None)
def _bare_stop_entities(lang: str) -> frozenset[str]:
    """stop_entities.txt's entries less their article."""
    from ..lexicon import load

    lex = load(lang)
    return frozenset(_without_article(lex, e) for e in lex.stop_entities)


def _contracted_name(ctx: Context, start: int, end: int) -> str | None:
    """The gazetteer form of a name whose article the preposition before it has fused with ("du Point", "au
    Parisien": the papers "Le Point", "Le Parisien"), written as the gazetteer writes it."""
    doc = ctx.doc
    if start == 0 or not ctx.is_word("article_contraction", doc[start - 1].text):
        return None
    for article in ctx.lex.words.get("contracted_article", ()):
        form = f"{article.capitalize()} {doc[start:end].text}"
        if form in ctx.lex.gazetteer_forms.get(fold(form), ()):
            return form
    return None


def _given_name_before_surname(ctx: Context, ents: list[Span]) -> set[int]:
    """Indices of one-word entities of another kind written right before a person's one-word name in the
    same sentence ("la jeune activiste du climat [Greta]LOC [Thunberg]PER"): the NER cut a person's name
    in two; the first word is the given name. Not a name the gazetteer knows ("Renault Ghosn") nor a
    nationality ("les Français Fillon")."""
    glued = set()
    for n in range(len(ents) - 1):
        ent, nxt = ents[n], ents[n + 1]
        if LABELS.get(ent.label_) != "person" and LABELS.get(nxt.label_) == "person" and len(ent) == 1 and len(nxt) == 1 \
                and nxt.start == ent.end and ent[0].whitespace_ and not nxt[0].is_sent_start \
                and ent[0].is_alpha and ent[0].is_title and fold(ent.text) not in ctx.lex.gazetteer \
                and fold(ent.text) not in ctx.lex.demonyms:
            glued.add(n)
    return glued


def _titled_names(ctx: Context, taken: list[bool]) -> list[tuple[int, int]]:
    """Names of two or three capitalised words right after a person's title, or its adjectives ("Princess Ubolratana Mahidol", "la députée évangélique Nidia Céspedes",
    "an attendee Om Prakash", "the chancellor, Pradeep Khosla", "Presidents Muhammadu Buhari"): a person,
    though the NER missed the name or took part of it for something else; not a name it reads as a person's
    (left to the NER), nor one with a name the gazetteer knows or an organisation or place word."""
    doc = ctx.doc
    in_person = {k for e in doc.ents if LABELS.get(e.label_) == "person" for k in range(e.start, e.end)}
    found = []
    for j in range(1, len(doc) - 1):
        if taken[j] or j in in_person or not _plain_name_word(ctx, doc[j]):
            continue
        title_end = j - 2 if doc[j - 1].text == "," else j - 1
        while title_end > 0 and title_end > j - 3 and doc[title_end].pos_ == "ADJ" and doc[title_end].text.islower() \
                and doc[title_end].is_alpha:
            title_end -= 1  # "la députée évangélique Nidia Céspedes": an adjective after the title
        if title_end < 0 or not (plural_role(ctx, title_end) or any(
                role_at(ctx, title_end - n + 1, title_end) == n for n in range(1, ctx.lex.max_role_words + 1)
                if title_end - n + 1 >= 0)):
            continue
        end = j + 1
        while end < len(doc) and end < j + 3 and _plain_name_word(ctx, doc[end]) and not taken[end]:
            end += 1
        if end - j >= 2 and not (end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha) \
                and not any(k in in_person for k in range(j, end)):
            found.append((j, end))
    return found


def _plain_name_word(ctx: Context, tok: Token) -> bool:
    """A capitalised word inside a sentence that may be a person's: no name the gazetteer knows, no
    organisation or place word, no title."""
    return tok.text[:1].isupper() and tok.is_alpha and not tok.is_sent_start and not tok.is_upper \
        and fold(tok.text) not in ctx.lex.gazetteer and fold(tok.text) not in ctx.lex.roles \
        and not any(ctx.is_word(w, tok.text) for w in ("org_word", "place_class_head", "determiner"))


def _unknown_name_word(ctx: Context, tok: Token) -> bool:
    """A proper noun outside every entity, inside its sentence, that is no word of the language, no acronym, no
    title and no name the gazetteer knows: before a surname the NER found alone, the person's given name ("Ethiopians [Dejene]
    Debela")."""
    key = fold(tok.text)
    return tok.pos_ == "PROPN" and tok.ent_iob_ == "O" and not tok.is_sent_start and not tok.text.isupper() \
        and key not in common_words(ctx.lex.lang) \
        and key not in ctx.lex.roles and key not in ctx.lex.gazetteer and key not in ctx.lex.demonyms \
        and not any(ctx.is_word(w, tok.text) for w in ("honorific", "org_word", "determiner", "month", "weekday"))


def _name_syllable(ctx: Context, tok: Token) -> bool:
    """A lower-case word after a glued hyphen that is no word of the language and no title: the second syllable of
    a given name ("Man-kei", "Hoi-kwan"), not "Co-developer", "Ex-president"."""
    return tok.is_alpha and tok.is_lower and len(tok.text) <= NAME_SYLLABLE_LETTERS \
        and ctx.folds[tok.i] not in common_words(ctx.lex.lang) and ctx.folds[tok.i] not in ctx.lex.roles


NAME_SYLLABLE_LETTERS = 5  # the longest syllable after a given name's hyphen ("kwan", "yeon"); a longer word is a word


def _widen_person(ctx: Context, start: int, end: int, taken: list[bool]) -> tuple[int, int]:
    """A person's name the NER cut short takes the name words next to it: a given name before it ("Yolanda
    [Yu Hoi-kwan]"; before a surname alone, any proper noun of no other use: "[Dejene] Debela"), a proper noun after it inside the sentence ("[Amy Berman] Jackson", "[Michel] Mayor"),
    but no name the gazetteer knows and no organisation or place word ("Trump Tower")."""
    doc = ctx.doc
    first_names = ctx.lex.words.get("first_name", set())
    while start > 0 and not taken[start - 1] and not doc[start].is_sent_start and doc[start - 1].text[:1].isupper() \
            and doc[start - 1].is_alpha and (fold(doc[start - 1].text) in first_names
                                             or end - start == 1 and _unknown_name_word(ctx, doc[start - 1])):
        start -= 1
    low = start if doc[start].is_lower else start - 1  # the lower-case half, already taken in or just before
    if low >= 2 and not any(taken[low - 2:start]) and _glued_hyphen(doc, low - 1) \
            and _name_syllable(ctx, doc[low]) and doc[low].whitespace_ and doc[low - 2].is_alpha \
            and doc[low - 2].text[:1].isupper() and not doc[low - 2].is_upper \
            and fold(doc[low - 2:low + 1].text) not in common_words(ctx.lex.lang) | set(ctx.lex.roles):
        start = low - 2  # "[Man-kei] Tam": a given name of two syllables joined by a hyphen, the second in lower case
    while end < len(doc) and end < start + 4 and not taken[end] and doc[end].pos_ == "PROPN" and doc[end].is_alpha \
            and doc[end].text[:1].isupper() and not doc[end].is_sent_start and doc[end - 1].is_alpha \
            and not doc[end - 1].whitespace_ == "" and fold(doc[end].text) not in ctx.lex.gazetteer \
            and not any(ctx.is_word(w, doc[end].text) for w in ("org_word", "place_class_head", "determiner")):
        end += 1
    return start, end


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


def _governing_noun(ctx: Context, start: int, nouns: str | None = None) -> Token | None:
    """The lowercase noun whose complement a name is: 'ministre [des] Sports', 'tribunal de commerce [d'] Évry';
    with `nouns`, a noun of that words.tsv list right before the name or its complement ('océan Arctique',
    'golfe de Policastro')."""
    if nouns is not None:
        k = start - 1
        if k >= 1 and (ctx.is_word("complement_preposition", ctx.doc[k].text) or ctx.is_word("determiner", ctx.doc[k].text)):
            k -= 1
            while k >= 1 and ctx.is_word("complement_preposition", ctx.doc[k].text):
                k -= 1  # "place de la Concorde"
        tok = ctx.doc[k] if k >= 0 else None
        return tok if tok is not None and tok.text.islower() and tok.pos_ == "NOUN" and ctx.is_word(nouns, tok.text) else None
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
        if ctx.is_word("coordination", tok.text) and k > 0 and doc[k - 1].text[:1].isupper():
            k -= 1  # "ministres du Travail et de la Santé": back over the first complement
            while k > 0 and doc[k].text[:1].isupper() and doc[k].is_alpha:
                k -= 1
            steps += 1
            continue
        if tok.text.replace("-", "").isalpha() and tok.text[:1].islower() and tok.pos_ in ("NOUN", "ADJ", "PROPN"):
            if unprefixed(ctx, low) in ctx.lex.roles or plural_role(ctx, tok.i) or low in ctx.lex.words.get("org_word", ()):
                return tok  # "ex-ministre des Armées", "les ministres de la Justice et de la Défense"
            k -= 1
            steps += 1
            continue
        return None
    return None


def _institution_head(ctx: Context, start: int) -> Token | None:
    """The institution noun (words.tsv place_institution) whose place complement a name is: right before it ("parquet
    de Niort"), or before the adjectives and inner complements of the institution's name ("tribunal administratif de
    Lyon", "cour d'assises spéciale de Paris", "brigade de recherches de Bressuire")."""
    head = _governing_noun(ctx, start, "place_institution")
    if head is not None:
        return head
    doc = ctx.doc
    k = start - 1
    while k >= 0 and ctx.is_word("determiner", doc[k].text) and not ctx.is_word("complement_preposition", doc[k].text):
        k -= 1
    if k < 1 or not ctx.is_word("complement_preposition", doc[k].text):
        return None
    k -= 1
    for _ in range(5):  # back over lower-case adjectives and nouns of the name, and their links
        tok = doc[k] if k >= 0 else None
        if tok is None or not tok.text.islower():
            return None
        if tok.pos_ == "NOUN" and ctx.is_word("place_institution", tok.text):
            return tok
        if tok.pos_ not in ("ADJ", "NOUN") and not ctx.is_word("complement_link", tok.text):
            return None
        k -= 1
    return None


def _names_institution(ctx: Context, head: Token, start: int) -> bool:
    """Do an institution noun and the words up to a name make that institution's name ("tribunal administratif de
    Lyon", "brigade de recherches de Bressuire"), not a description of it ("cette université de Baltimore", "une
    école de la ville") nor a noun with a complement of another kind ("les questions au gouvernement à
    l'Assemblée")? Only "de" links the words, and no demonstrative or indefinite determiner opens them."""
    doc = ctx.doc
    if head.i > 0 and (ctx.is_word("demonstrative", doc[head.i - 1].text) or ctx.is_word("indefinite", doc[head.i - 1].text)):
        return False
    return not any(ctx.is_word("complement_link", t.text) and not ctx.is_word("complement_preposition", t.text)
                   and not ctx.is_word("determiner", t.text) for t in doc[head.i + 1:start])


def _institution_headed(ctx: Context, span: Span) -> bool:
    """A name the NER found that opens with an institution noun and its place complement ("préfecture des
    Deux-Sèvres", "parquet de Nanterre")."""
    return len(span) >= 3 and span[0].pos_ == "NOUN" and ctx.is_word("place_institution", span[0].text) \
        and ctx.is_word("complement_preposition", span[1].text) and span[-1].text[:1].isupper()


def _name_word(ctx: Context, tok: Token) -> bool:
    """A word that can continue a person's name: capitalised, or a particle before one ("Le Maire", "de Romanet")."""
    return (tok.text[:1].isupper() and tok.is_alpha and not tok.is_sent_start) or \
        (ctx.is_word("name_particle", tok.text) and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text[:1].isupper())


def _split(ctx: Context, start: int, end: int, kind: str | None, gaz_at) -> list[tuple[int, int, str | None]]:
    """An entity that runs two names together: "Rassemblement national Jordan Bardella",
    "Cholet Gilles Bourdouleix", "AFP Tsitsi Dangarembga", "Prime Minister of India Narendra Modi" → the
    organisation or place, then the person; "Crete and Cyprus" → the two names the gazetteer knows."""
    doc = ctx.doc
    first_names = ctx.lex.words.get("first_name", set())
    k = start
    while k < end and ctx.is_word("determiner", doc[k].text):
        k += 1
    people = _people_named(ctx)
    if k in gaz_at and gaz_at[k][0] < end - 1 and (fold(doc[gaz_at[k][0]].text) in first_names
                                                   or fold(doc[gaz_at[k][0]:end].text) in people
                                                   or _title_jurisdiction(ctx, start, gaz_at[k], end)
                                                   or _person_after_organisation(ctx, gaz_at[k], end, kind)):
        # "l'AFP Tsitsi Dangarembga": a first name, or a person the text names elsewhere, after the known name
        cut = gaz_at[k][0]
        rest = doc[cut:end]
        words = rest.text.split()  # "Marion Maréchal-Le Pen": words joined by a hyphen are one word of the name
        rest_kind = "person" if 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) else kind
        return [(start, cut, gaz_at[k][1].kind), *_split(ctx, cut, end, rest_kind, gaz_at)]
    gaz = ctx.lex.gazetteer
    if fold(doc[start:end].text) not in gaz:  # "Crete and Cyprus": two names the gazetteer knows, coordinated
        for j in range(start + 1, end - 1):
            left, right = gaz.get(fold(doc[start:j].text)), gaz.get(fold(doc[j + 1:end].text))
            if ctx.is_word("coordination", doc[j].text) and doc[j].text.islower() and left and right:
                return [(start, j, left.kind), (j + 1, end, right.kind)]
    for j in range(start + 1, end - 1):  # "London Ambulance Service and London Fire Brigade": two bodies
        if _coordinated_bodies(ctx, start, j, end):
            right = j + 2 if ctx.is_word("determiner", doc[j + 1].text) and doc[j + 1].text.islower() else j + 1
            return [(start, j, kind), *_split(ctx, right, end, kind, gaz_at)]
    if k + 2 < end and ctx.is_word("complement_link", doc[k + 1].text) and doc[k + 1].text.islower() \
            and k + 2 in gaz_at and gaz_at[k + 2][0] == end and gaz_at[k + 2][1].kind in ("place", "country") \
            and _common_head_of_place(ctx, doc[k]) and k > 0 and ctx.is_word("determiner", doc[k - 1].text):
        return [(k + 2, end, gaz_at[k + 2][1].kind)]  # "the Economy of Turkey", "the EEZ of Cyprus": the place only
    for j in range(start + 2, end - 1):  # "Macky Sall of Senegal": a person, then the country they stand for
        if ctx.is_word("complement_link", doc[j].text) and doc[j].text.islower() and j + 1 in gaz_at \
                and gaz_at[j + 1][0] == end and gaz_at[j + 1][1].kind in ("place", "country") \
                and (kind == "person" or _personal_name(ctx, doc[start:j].text)):
            return [(start, j, "person"), (j + 1, end, gaz_at[j + 1][1].kind)]
    for k in range(start + 1, end - 1):
        if _given_name(ctx, doc[k].text, governed=start > 0 and ctx.is_word("complement_preposition", doc[start - 1].text)) \
                and doc[k + 1].text[:1].isupper() and doc[k - 1].text[:1].isupper() \
                and fold(doc[k - 1].text) not in first_names and _personal_name(ctx, doc[k:end].text):
            body = "organization" if _organisation_words(ctx, doc[start:k]) else None  # "Wellcome Trust Jeremy Farrar"
            if kind != "person" or fold(doc[start:k].text) in ctx.lex.gazetteer or body \
                    or _after_lower_article(ctx, start):  # not "San Diego Gas & Electric"
                return [(start, k, body or (kind if kind != "person" else None)), (k, end, "person")]
            if _personal_name(ctx, doc[start:k].text):  # "Melinda Gates Mark Suzman": two people of a list
                return [(start, k, "person"), (k, end, "person")]
    return [(start, end, kind)]


def _lower_complement(ctx: Context, start: int, end: int) -> int:
    """The end of an organisation's name written in lower case after its capitalised organisation word, which the
    NER cut after that word: one complement ("la Délégation [à la sécurité routière]", "la Direction [des finances
    publiques]"), maybe a second one coordinated ("l'Agence de service [et de paiement]"), and a place the
    gazetteer knows ("l'Association des enseignants [de Californie]"). `end` when the span's last capitalised word
    is no organisation word (words.tsv org_word) or no such complement follows."""
    doc = ctx.doc
    capitals = [t for t in doc[start:end] if t.text[:1].isupper() and t.is_alpha]
    if not capitals or not ctx.is_word("org_word", capitals[-1].text) or capitals[-1].is_sent_start:
        return end
    has_complement = any(ctx.is_word("complement_link", t.text) for t in doc[capitals[-1].i + 1:end])

    def complement(k: int) -> int:  # links, then a noun in lower case and its adjectives: the end, or k
        if k >= len(doc) or not (ctx.is_word("complement_preposition", doc[k].text)
                                 or not ctx.is_word("determiner", doc[k].text)):
            return k  # a complement opens with a preposition ("de", "à"), not an article ("la Cour suprême le …")
        j = k
        while j < len(doc) and j - k < 3 and doc[j].text.islower() and ctx.is_word("complement_link", doc[j].text):
            j += 1
        if j == k or j >= len(doc) or not (doc[j].is_alpha and doc[j].text.islower() and doc[j].pos_ == "NOUN") \
                or ctx.is_word("weekday", doc[j].text) or ctx.is_word("month", doc[j].text):
            return k
        j += 1
        while j < len(doc) and doc[j].is_alpha and doc[j].text.islower() and doc[j].pos_ == "ADJ":
            j += 1
        return j

    k = end if has_complement else complement(end)
    if k == end and not has_complement:
        return end
    if k + 1 < len(doc) and ctx.is_word("coordination", doc[k].text) and doc[k].text.islower():
        k = max(k, complement(k + 1) if complement(k + 1) > k + 1 else k)
    if k + 1 < len(doc) and doc[k].text.islower() and ctx.is_word("complement_link", doc[k].text):
        j = k + 1
        while j < len(doc) and doc[j].text.islower() and ctx.is_word("complement_link", doc[j].text):
            j += 1
        entry = ctx.lex.gazetteer.get(fold(doc[j].text)) if j < len(doc) else None
        if entry is not None and entry.kind in ("place", "country") and doc[j].text[:1].isupper():
            k = j + 1
    return k


def _coordinated_bodies(ctx: Context, start: int, j: int, end: int) -> bool:
    """Is the coordination at j, in lower case, between an organisation's name that ends with its organisation word
    ("London Ambulance Service", "American Airlines") and a capitalised name after it, maybe after an article
    ("and JetBlue", "and the Federal Security Service")? Then the entity names two bodies; a coordination before
    the organisation word is inside one name ("Research and Referral Hospital", "Marine and Atmospheric Science")."""
    doc = ctx.doc
    tok, last = doc[j], doc[j - 1]
    if not (ctx.is_word("coordination", tok.text) and tok.text.islower()) or j - start < 2:
        return False
    if not (last.text[:1].isupper() and ctx.is_word("org_word", last.text)) or _hyphen_joined(doc, last.i):
        return False
    right = j + 2 if ctx.is_word("determiner", doc[j + 1].text) and doc[j + 1].text.islower() else j + 1
    return right < end and doc[right].text[:1].isupper() and doc[right].is_alpha


def _after_lower_article(ctx: Context, start: int) -> bool:
    """Does an article in lower case, no personal name's word, come right before the entity ("a expliqué [au] Berry
    Didier Lefresne")? Then the words before a given name inside it name a paper, a place or a body, not the person."""
    return start > 0 and ctx.doc[start - 1].text.islower() and ctx.is_word("determiner", ctx.doc[start - 1].text) \
        and not ctx.is_word("name_particle", ctx.doc[start - 1].text)


def _person_after_organisation(ctx: Context, gaz: tuple[int, GazetteerEntry], end: int, kind: str | None) -> bool:
    """Does a person's name follow the organisation the gazetteer knows at the entity's start, the two run
    together by an inverted subject after the medium a verb names ("a déclaré à l'AFP M. Benlarbi", "a
    commenté sur Twitter Zalmay Khalilzad")? The rest opens with a title only ever put before a person's name
    (words.tsv name_honorific), or the NER read the whole as a person while it opens with an organisation's
    name, which no personal name does (nor one a person's title stands in apposition to: "…, l'envoyé spécial
    américain"): one to three capitalised words, none an organisation's."""
    doc = ctx.doc
    cut, entry = gaz
    rest = doc[cut:end]
    if entry.kind != "organization" or not 1 <= len(rest) <= 3:
        return False
    if ctx.is_word("name_honorific", rest[0].text) and len(rest) > 1:
        return True
    if not all(t.is_alpha and t.text[:1].isupper() for t in rest) \
            or any(fold(t.text) in ctx.lex.gazetteer or ctx.is_word("org_word", t.text) for t in rest):
        return False
    return kind == "person" or closed_apposition(ctx, role_phrase_right(ctx, Mention(cut, end, rest.text, None)))


def _common_head_of_place(ctx: Context, tok: Token) -> bool:
    """Is the capitalised word that a known place or country completes ("the Economy of Turkey", "the State of
    Virginia", "the EEZ of Cyprus") a common noun of something of that place, not the name of a body ("the Bank
    of England": an organisation word; "the Times of Zambia": a newspaper's), of a kind of place ("the City of
    London") or a title ("the President of France"), nor a given name ("Charlène de Monaco")? Then the place is the actor, and the word before it none.
    The noun comes after an article: a proper name does not."""
    key = fold(tok.text)
    return tok.text[:1].isupper() and key not in ctx.lex.gazetteer and key not in ctx.lex.roles \
        and key not in ctx.lex.words.get("first_name", ()) \
        and not any(ctx.is_word(name, tok.text)
                    for name in ("org_word", "masthead_word", "place_class", "place_class_head", "place_noun"))


def _title_jurisdiction(ctx: Context, start: int, gaz: tuple[int, GazetteerEntry], end: int) -> bool:
    """Does the entity open with the country, place or organisation that completes a title before it, then go on
    with two or three capitalised words, no organisation's ("Prime Minister of [India Narendra Modi]", "la PDG de
    [Radio France Sibyle Veil]")? Those words are the title holder's name."""
    doc = ctx.doc
    cut, entry = gaz
    rest = doc[cut:end]
    if entry.kind not in ("country", "place", "organization") or not 2 <= len(rest) <= 3 \
            or not all(t.is_alpha and t.text[:1].isupper() for t in rest) or _organisation_words(ctx, rest):
        return False
    return start >= 2 and ctx.is_word("complement_link", doc[start - 1].text) and doc[start - 1].text.islower() \
        and (fold(doc[start - 2].text) in ctx.lex.roles or fold(doc[start - 2].lemma_) in ctx.lex.roles)


def _split_at_article(ctx: Context, start: int, end: int, kind: str | None) -> list[tuple[int, int, str | None]]:
    """An entity that runs two names together across an article in lower case right after a name's word, not
    after a link inside a name ("announced on Twitter the Federal Aviation Administration…", "making Ferraro the
    Democratic Party's…"): the article opens the second name (words.tsv name_article; "State of Iraq and the
    Levant" stays whole)."""
    doc = ctx.doc
    for k in range(start + 1, end - 1):
        if ctx.is_word("name_article", doc[k].text) and doc[k].text.islower() and doc[k - 1].text[:1].isupper() \
                and doc[k - 1].is_alpha and doc[k + 1].text[:1].isupper():
            return [(start, k, kind), *_split_at_article(ctx, k + 1, end, kind)]
    return [(start, end, kind)]


def _given_name(ctx: Context, word: str, governed: bool) -> bool:
    """A given name: in first_names (words.tsv), or, in a name governed by a preposition ("les responsables
    d'[Unitaid Marisol Touraine]"), a name of one sex only (female_names, male_names: "Marisol"; not in "the
    Los Angeles Lakers", "the Junior Championship")."""
    key = fold(word)
    return key in ctx.lex.words.get("first_name", ()) or (governed and key in given_names(ctx.lex.lang))


def _people_named(ctx: Context) -> set[str]:
    """The folded names of the NER's people, once per document (asked for every entity)."""
    memo = ctx.memo("ner_people")
    if "people" not in memo:
        memo["people"] = {fold(e.text) for e in ctx.doc.ents if LABELS.get(e.label_) == "person"}
    return memo["people"]


def _shouting(span: Span) -> bool:
    words = [t for t in span if t.is_alpha]
    return len(words) >= 2 and all(t.is_upper for t in words)


@lru_cache(maxsize=None)
def common_words(lang: str) -> frozenset[str]:
    """Folded words the language writes in lower case (models/<lang>/common_words.txt)."""
    return frozenset(fold(w) for w in _lines(models_dir() / lang / "common_words.txt"))


def _common_word_in_capitals(ctx: Context, span: Span) -> bool:
    """One word in capitals that the language writes in lower case ("DEVANT", "MIGRANTS"): a heading's word."""
    return len(span) == 1 and span[0].is_upper and len(span[0].text) > 3 and fold(span[0].text) in common_words(ctx.lex.lang)


def _common_word_opening(ctx: Context, tok: Token) -> bool:
    """Is the token a word of the language, capitalised only because it opens a sentence (or a quote), and
    nowhere else in the text: not a given name, not written capitalised inside a sentence?"""
    key = fold(tok.text)
    if key not in common_words(ctx.lex.lang) or key in ctx.lex.words.get("first_name", ()) or tok.is_upper:
        return False
    doc = ctx.doc
    if not (tok.is_sent_start or tok.i > 0 and doc[tok.i - 1].text in _OPENERS):
        return False
    inside = ctx.memo("written_inside")  # text → the tokens neither at a sentence's start nor after a mark (made once)
    if not inside:
        for k in range(1, len(doc)):
            if not doc[k].is_sent_start and not doc[k - 1].is_punct:
                inside.setdefault(doc[k].text, []).append(k)
        inside.setdefault("", [])  # filled, even for a text with no such token
    return not any(k != tok.i for k in inside.get(tok.text, ()))


def _common_opening_word(ctx: Context, span: Span) -> bool:
    """Does the mention start with a sentence-opening word of the language ("Regardez", "Soudain", "Inconnu
    des Libanais")? The NER takes such capitalised words for names."""
    return _common_word_opening(ctx, span[0]) and (len(span) == 1 or not span[1].text[:1].isupper()) \
        and not (len(span) > 3 and _glued_hyphen(span.doc, span[1].i) and span[3].text[:1].isupper()
                 and _name_syllable(ctx, span[2]))  # "Man-kei Tam", not "Co-developer Jing Wang"


def _proper_words(ctx: Context, span: Span) -> bool:
    """Is the name made of words only (letters, hyphens, apostrophes), one of them capitalised and of no
    common use in the language ("South Bend", "Crépy-en-Valois"; not "Transports", "Justice")?"""
    return any(t.text[:1].isupper() and fold(t.text) not in common_words(ctx.lex.lang) for t in span) \
        and _NAME_WORDS.fullmatch(span.text) is not None


def _place_headed(ctx: Context, span: Span) -> bool:
    """A name the NER found that opens with a common noun of places and goes on with its complement or a
    capitalised name ("place de la Concorde", "palais Bourbon", "col de Montgenèvre")."""
    head = span[0]
    if len(span) < 2 or head.pos_ != "NOUN" or not ctx.is_word("place_noun", head.text) \
            or not any(t.text[:1].isupper() for t in span[1:]):
        return False
    nxt = span[1]  # the head's complement: "de…", an adjective or the name, not "à …"
    return nxt.text[:1].isupper() or nxt.pos_ == "ADJ" or ctx.is_word("complement_preposition", nxt.text)


def _fills_quotes(ctx: Context, span: Span) -> bool:
    """Is the span exactly the content of a pair of quotation marks?"""
    doc = ctx.doc
    before = doc[span.start - 1].text if span.start > 0 else ""
    after = doc[span.end].text if span.end < len(doc) else ""
    return before in ('"', "«", "“") and after in ('"', "»", "”")


def _gazetteer_wins(ctx: Context, gaz: Span, ent: Span) -> bool:
    """Does a gazetteer form cover as many words of the name as the entity it overlaps, its leading article and
    the entity's determiners and titles left out? "the Atlantic" loses to "the Atlantic Council"."""
    return len(ent) - _determiners_in(ctx, ent) <= len(gaz) - (len(gaz) > 1 and ctx.is_word("determiner", gaz[0].text))


def _entity_runs_on(ctx: Context, gaz: Span, ent: Span) -> bool:
    """Does the entity run past a gazetteer form into words of the sentence, a lower-case verb or preposition that
    links no name ("Ifop pour le Journal du Dimanche", "Journal du dimanche daté du 22 avril")? Then the NER ran
    a name into the text around it, and the gazetteer's form is the name (an adjective may be the name's own:
    "Parti communiste chinois")."""
    return any(t.is_alpha and t.text.islower() and t.pos_ in ("VERB", "AUX", "ADP", "ADV", "SCONJ")
               and not ctx.is_word("complement_link", t.text) and not ctx.is_word("determiner", t.text)
               and not ctx.is_word("name_particle", t.text) and not ctx.is_word("name_inner_word", t.text)
               for t in ent if not gaz.start <= t.i < gaz.end)


def _determiners_in(ctx: Context, ent: Span) -> int:
    return sum(1 for t in ent if ctx.is_word("determiner", t.text) or fold(t.text) in ctx.lex.roles)


def _proper_acronym(ctx: Context, tok: Token) -> bool:
    """A word of three capitals or more the tagger reads as a proper noun, standing alone ("the IAAF said", "KGB
    officers"): an organisation's acronym, though the text gives it once. Not joined by a hyphen to another word
    ("CFDT-Cheminots", "RMC-BFMTV") nor beside a capitalised word ("BFM TV"), but a nationality ("the Belarusian
    KGB"): part of a longer name."""
    doc = tok.doc
    if tok.pos_ != "PROPN" or len(tok.text) < 3 or not tok.text.isalpha() or not tok.text.isupper():
        return False
    if (tok.i > 0 and doc[tok.i - 1].text in _HYPHENS and not doc[tok.i - 1].whitespace_) \
            or (tok.i + 1 < len(doc) and doc[tok.i + 1].text in _HYPHENS and not tok.whitespace_):
        return False
    return not any(0 <= k < len(doc) and doc[k].text[:1].isupper() and not doc[k].is_sent_start
                   and fold(doc[k].text) not in ctx.lex.demonyms for k in (tok.i - 1, tok.i + 1))


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


def _without_families(ctx: Context, mentions: list[Mention], kinds: dict[int, str]) -> list[Mention]:
    """Less the plural of a surname of a person the text names ("the Turpins", "the Bidens" beside "Joe Biden"):
    the family, a group, no actor (words.tsv family_plural: the endings of such a plural)."""
    endings = ctx.lex.words.get("family_plural")
    if not endings:
        return mentions
    surnames = {fold(m.text.split()[-1]) for m in mentions if kinds[id(m)] == "person" and len(m.text.split()) > 1}

    def family(m: Mention) -> bool:
        key = fold(m.text)
        return m.entry is None and m.end - m.start == 1 \
            and any(key.endswith(e) and key[:-len(e)] in surnames for e in endings)
    return [m for m in mentions if not family(m)]


def _common_word_written_lower(ctx: Context, m: Mention, kind: str) -> bool:
    """Is the mention one capitalised word the text also writes in lower case ("the attacker exited the Hall" …
    "died inside of the hall", "Corona is not a virus" … "challenged corona")? Then it is a common word of the
    language capitalised at a sentence's start, in a heading or for emphasis, not a name; a name the gazetteer
    knows, an acronym, a person's name (Rose, Cook) and an organisation word ("la Délégation", the body the text
    names in full) stay."""
    if kind == "person" or m.entry is not None or m.end - m.start != 1:
        return False
    word = ctx.texts[m.start]
    if not word[:1].isupper() or word.isupper() or not word.isalpha() or ctx.is_word("org_word", word):
        return False  # "la Délégation" … "la délégation": an organisation word alone stands for the body
    positions = ctx.fold_positions.get(ctx.folds[m.start], ())
    return any(ctx.texts[p].islower() for p in positions) \
        and not any(_names_an_institution(ctx, p) for p in positions)


def _names_an_institution(ctx: Context, i: int) -> bool:
    """Is the capitalised word at i a class noun that names an institution with its complement, after a definite
    article ("la Délégation à la sécurité routière", "the Department of Justice")? Capitalised so, the common noun
    is the institution's name, and the same word alone ("poursuit la Délégation") is its short form, even when no
    list knows the noun as an organisation word."""
    return 0 < i < len(ctx.texts) - 1 and ctx.texts[i][:1].isupper() \
        and ctx.is_word("definite", ctx.texts[i - 1]) and ctx.is_word("complement_link", ctx.texts[i + 1])


def _opens_title(ctx: Context, m: Mention) -> bool:
    """Does the mention begin a title of roles.tsv that goes on past it ("Commerce Secretary Wilbur Ross",
    "Energy Minister …": the portfolio word, read by the NER as an organisation)? Then it is part of the
    title, no actor. A name the gazetteer knows ("White House Press Secretary") and an acronym stay."""
    if m.entry is not None or _ACRONYM.match(m.text):
        return False
    return role_at(ctx, m.start, min(len(ctx.doc), m.start + ctx.lex.max_role_words) - 1) > m.end - m.start


def _fix_located_names(ctx: Context, mentions: list[Mention], kinds: dict[int, str]) -> None:
    """A one-word name the NER calls an organisation, right after a preposition of place ("an assault in Ghazni",
    "the plant at Abqaiq"; words.tsv place_preposition), with no article between, is a place: an organisation
    is in such a phrase by an article, an organisation word or an acronym ("at the Cinema", "in NASA"), a place
    by its bare name. Names the gazetteer knows, acronyms and names with an organisation word keep their kind."""
    doc = ctx.doc
    by_key: dict[str, list[Mention]] = {}
    for m in mentions:
        by_key.setdefault(m.key, []).append(m)
    org_words = ctx.lex.words.get("org_word", ())
    places = {m.start: m for m in mentions if kinds[id(m)] in ("place", "country")}
    for group in by_key.values():
        if any(kinds[id(m)] != "organization" or m.entry is not None or not m.from_ner or m.end - m.start != 1
               for m in group):
            continue
        word = doc[group[0].start].text
        if _ACRONYM.match(word) or fold(word) in org_words or not word[:1].isupper():
            continue
        if any(m.start > 0 and ctx.is_word("place_preposition", doc[m.start - 1].text) for m in group) \
                or any(_route_start(ctx, m, places) for m in group):
            for m in group:
                kinds[id(m)] = "place"


def _fix_located_people(ctx: Context, mentions: list[Mention], kinds: dict[int, str]) -> None:
    """A name the NER calls a person's that the text only ever gives right after a preposition of place ("in
    Saqqara", "a base in Maidan Shahr"; words.tsv place_preposition) or coordinated after a place so given ("in
    Saqqara and Tuna el-Gebel") is a place: people are met "with", seen "by", not found "in" someone. Not a name
    with a given name, a title, or one the gazetteer knows."""
    doc = ctx.doc
    first_names = ctx.lex.words.get("first_name", ())
    by_key: dict[str, list[Mention]] = {}
    for m in mentions:
        by_key.setdefault(m.key, []).append(m)
    ends = {m.end: m for m in mentions}

    def located(m: Mention) -> bool:
        if m.start > 0 and ctx.is_word("place_preposition", doc[m.start - 1].text):
            return True
        before = ends.get(m.start - 1)
        return m.start > 1 and ctx.is_word("coordination", doc[m.start - 1].text) and before is not None \
            and before is not m and kinds[id(before)] in ("place", "country") and located(before)

    for group in by_key.values():
        if any(kinds[id(m)] != "person" or m.entry is not None or not m.from_ner or m.roles for m in group):
            continue
        if any(fold(t.text) in first_names for t in doc[group[0].start:group[0].end]):
            continue
        if all(located(m) for m in group):
            for m in group:
                kinds[id(m)] = "place"


def _route_start(ctx: Context, m: Mention, places: dict[int, Mention]) -> bool:
    """Is the mention where a route starts, its end a place ("airlifted from Omsk to Berlin", "flying from Tomsk to
    Moscow"; words.tsv route_from, route_to)? Where one goes from and to are places."""
    doc = ctx.doc
    return m.start > 0 and ctx.is_word("route_from", doc[m.start - 1].text) and m.end + 1 < len(doc) \
        and ctx.is_word("route_to", doc[m.end].text) and m.end + 1 in places


def _fix_coordinated_with_places(ctx: Context, mentions: list[Mention], kinds: dict[int, str]) -> None:
    """A name the gazetteer does not know, coordinated with a place or country it knows ("the towns damaged were
    Carrascal, Cantilan, Madrid, Carmen, Lanuza, and Cortes"), is a place: a list of three names or more
    names things of one class (two, "Iran and Assad", may pair a country with its ruler). Not a name with an
    organisation word, an acronym, one after an article ("Iran and the Afghan Taliban"), a
    titled person or one opening with a given name, nor a list that also holds a name of another kind the
    gazetteer knows ("Russia and Gazprom"); a name read as a person's must be in such a list wherever the text
    writes it ("align with Assad" … "a big win for Iran and Assad")."""
    doc = ctx.doc
    at = {m.start: m for m in mentions}
    org_words = ctx.lex.words.get("org_word", ())
    first_names = ctx.lex.words.get("first_name", ())
    listed: dict[str, bool] = {}  # key → every mention so far stands in a list with a known place
    for m in mentions:
        if m.entry is not None or kinds[id(m)] not in ("organization", "person"):
            continue
        root = doc[m.start:m.end].root
        others = [at.get(c.left_edge.i) or at.get(c.i) for c in root.conjuncts]
        known = [o for o in others if o is not None and o.entry is not None]
        ok = len(others) >= 2 and not m.roles and not _ACRONYM.match(m.text) \
            and not any(fold(t.text) in org_words for t in doc[m.start:m.end]) \
            and not (m.start > 0 and ctx.is_word("determiner", doc[m.start - 1].text)) \
            and not (kinds[id(m)] == "person" and fold(doc[m.start].text) in first_names) \
            and any(o.entry.kind in ("place", "country") for o in known) \
            and all(o.entry.kind in ("place", "country") for o in known)
        if ok:
            listed.setdefault(m.key, True)
        elif kinds[id(m)] == "person" or m.key in listed and not listed[m.key]:
            listed[m.key] = False
    for m in mentions:
        if m.entry is None and listed.get(m.key):
            kinds[id(m)] = "place"


_CLASS_LISTS = (("place_class", "place"), ("organization_class", "organization"), ("thing_class", "thing"))
THING = "thing"  # the kind of a name of a work, product, vehicle, event, law or drug: no actor


def _class_of(ctx: Context, tok: Token | None) -> str | None:
    """The kind a common noun of a class of things gives the name it stands beside: "district" → place,
    "company" → organization, "film", "rocket", "trial" → a thing, no actor (words.tsv lists place_class,
    organization_class, thing_class; singular or plural). A listed noun the tagger reads as an adjective
    ("mockumentary Mister America") still counts: the lists hold nouns."""
    if tok is None or tok.pos_ not in ("NOUN", "ADJ") or not tok.text.islower():
        return None
    for listname, kind in _CLASS_LISTS:
        if ctx.is_word(listname, tok.text) or ctx.is_word(listname, tok.lemma_):
            return kind
    return None


def _noun_run_head(doc, k: int) -> Token | None:
    """The last noun of the run of lower-case adjectives and nouns starting at token k ("oil field",
    "major movie studio"): the head of that noun compound."""
    head = None
    while k < len(doc) and doc[k].text.islower() and doc[k].pos_ in ("NOUN", "ADJ"):
        if doc[k].pos_ == "NOUN":
            head = doc[k]
        k += 1
    return head


def _class_kind(ctx: Context, m: Mention) -> str | None:
    """The kind the text gives a name by a common noun of its class: the name's own last word ("Karl Marx
    Avenue", "Maidan Wardak province") or a capitalised one before its proper part ("Hurricane Humberto"), the noun it modifies ("the Tsuen Wan district", "the Kaufland
    chain", past a number: "the Falcon 9 rocket"), the noun before it ("the Florida company Ridgeback Biotherapeutics", "the city of Cahors"),
    or the noun of its apposition ("Loki Torrent, a site that…", "Columbia Pictures – a movie studio"); an acronym
    in parentheses, the noun it abbreviates ("Ebola virus disease (EVD)"); a thing's class noun the name stands in
    apposition to between commas ("one antibody cocktail, ZMapp, showed…")."""
    doc = ctx.doc
    heads = _name_heads(ctx, m)
    for listname, kind in _CLASS_LISTS:
        if m.end - m.start > 1 and any(ctx.is_word(listname + "_head", t.text) for t in heads):
            return kind
    if any(t.text[:1].isupper() and ctx.is_word("thing_class_opening", t.text) for t in doc[m.start:m.end - 1]):
        return THING  # "Tropical Storm Humberto", "Operation Fast (and Furious)": a class noun opens the name
    if m.start >= 2 and doc[m.start - 1].text == "(" and _ACRONYM.match(m.text) \
            and _class_of(ctx, doc[m.start - 2]) == THING:
        return THING  # "Ebola virus disease (EVD)": the acronym of the thing named in lower case before it
    example = _example_class(ctx, m)
    if example:
        return example
    nxt = m.end + 1 if m.end < len(doc) and doc[m.end].text.isdigit() else m.end  # "the Falcon 9 rocket"
    after = _class_of(ctx, _noun_run_head(doc, nxt))
    if after and not (after == THING and "Plur" in _noun_run_head(doc, nxt).morph.get("Number")):
        return after  # not "the largest Houthi operations": a name before things in the plural is their owner
    k = m.start - 1
    linked = k >= 1 and ctx.is_word("complement_link", doc[k].text) \
        and (doc[k].pos_ == "ADP" or not ctx.is_word("determiner", doc[k].text))  # French "de" is both
    if linked:
        k -= 1  # "the towns of Beni, Butembo…"
        while k >= 1 and doc[k].pos_ == "ADJ" and doc[k].text.islower():
            k -= 1  # "la ville croate de Dubrovnik": the class noun before the adjectives that follow it
    before = _class_of(ctx, doc[k]) if k >= 0 and not _title_complement(ctx, k) else None
    if before and not (linked and before != "place"):
        # through "of/de" only a place's class names it ("la ville de Cahors"); "le parti de Marine Le Pen",
        # "the company of Elon Musk" say whose it is
        return before
    j = m.end
    if j + 1 < len(doc) and doc[j].text in (",", "–", "—") and ctx.is_word("indefinite", doc[j + 1].text):
        return _class_of(ctx, _noun_run_head(doc, j + 2))
    if m.start >= 2 and doc[m.start - 1].text == "," and j < len(doc) and doc[j].text == "," \
            and _class_of(ctx, doc[m.start - 2]) == THING:
        return THING  # "One antibody cocktail, ZMapp, showed promise": the name in apposition to its class noun
    group = _apposed_to_group(ctx, m)
    if group is not None:
        return _class_of(ctx, group)  # "L'association de lutte contre la corruption, Anticor, a demandé"
    return None


def _apposed_to_group(ctx: Context, m: Mention) -> Token | None:
    """The noun heading the group a name stands in apposition to between commas, when that noun is the group's first
    ("L'association de lutte contre la corruption, Anticor, a demandé", "One news site, Znak.com, claims"): no finite
    verb, punctuation or other noun before it in the group of eight words at most; no name that opens on a given
    name ("le directeur de l'association, Jean Dupont,")."""
    doc = ctx.doc
    j = m.end
    if m.start < 2 or doc[m.start - 1].text != "," or j >= len(doc) or doc[j].text != "," \
            or ctx.is_word("first_name", doc[m.start].text):
        return None
    head = doc[m.start].head
    if not (m.start - 10 <= head.i < m.start - 1) or head.pos_ != "NOUN":
        return None
    k = head.i - 1
    while k >= 0 and doc[k].pos_ in ("DET", "ADJ", "NUM") and not doc[k].is_punct:
        k -= 1
    if k >= 0 and (doc[k].pos_ in ("NOUN", "PROPN") or ctx.is_word("complement_link", doc[k].text)):
        return None  # "le directeur de l'association": the group's head is another noun
    if any(t.is_punct or t.is_space or t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
           for t in doc[head.i + 1:m.start - 1]):
        return None
    return head


def _example_class(ctx: Context, m: Mention) -> str | None:
    """The kind the class noun in the plural gives the names a list of examples after it opens with ("tourist
    attractions, such as Boracay and Coron", "discount stores like Biedronka"; words.tsv example_link)."""
    doc = ctx.doc
    for n in (2, 1):
        k = m.start - n
        if k >= 1 and ctx.is_word("example_link", " ".join(t.text for t in doc[k:m.start])):
            k -= 2 if doc[k - 1].text == "," and k >= 2 else 1
            if "Plur" in doc[k].morph.get("Number"):
                return _class_of(ctx, doc[k])
            return None
    return None


def _class_noun_after(ctx: Context, m: Mention) -> str | None:
    """The kind the class noun written after a name gives it: the noun it modifies ("the Johan Sverdrup oil
    field") or the noun of its apposition ("Columbia Pictures – a movie studio"). Unlike a noun before the name
    ("explique au quotidien Alexandre Viala", "la ville natale de Meghan Markle"), it qualifies the name itself."""
    doc, j = ctx.doc, m.end
    kind = _class_of(ctx, _noun_run_head(doc, j + 1 if j < len(doc) and doc[j].text.isdigit() else j))
    if kind is None and j + 1 < len(doc) and doc[j].text in (",", "–", "—") and ctx.is_word("indefinite", doc[j + 1].text):
        kind = _class_of(ctx, _noun_run_head(doc, j + 2))
    return kind


def _title_complement(ctx: Context, k: int) -> bool:
    """Is the noun at k the complement of a title ("le maire de la ville Yvon Robert", "le directeur de
    l'hebdomadaire Riss", "the mayor of the town")? Then the name after it is the title's holder, not a name
    of that class."""
    doc = ctx.doc
    j, linked = k - 1, False
    while j >= 0 and k - j <= 3 and (ctx.is_word("complement_link", doc[j].text) or ctx.is_word("determiner", doc[j].text)):
        linked = linked or ctx.is_word("complement_link", doc[j].text)
        j -= 1
    return linked and j >= 0 and (fold(doc[j].text) in ctx.lex.roles or fold(doc[j].lemma_) in ctx.lex.roles)


def _name_heads(ctx: Context, m: Mention) -> list[Token]:
    """The words of a name that say its class: the last one ("Karl Marx Avenue", "Reform Bill", "Syrian Civil
    War"), and the one before the name's first complement link ("National Medal of Science")."""
    doc = ctx.doc
    heads = [doc[m.end - 2] if m.end - m.start > 1 and doc[m.end - 1].text.isdigit() else doc[m.end - 1]]  # "Route 2"
    inner = next((k for k in range(m.start + 1, m.end - 1) if doc[k].text.islower()
                  and ctx.is_word("complement_link", doc[k].text)), None)
    if inner is not None:
        heads.append(doc[inner - 1])
    return heads


def _class_kind_elsewhere(ctx: Context, m: Mention) -> str | None:
    """The kind a class noun gives the same words where the text writes them again but no mention stands there
    ("the SpaceX Crew Dragon capsule" … "Crew Dragon has enough room": read within a longer name, or missed)."""
    words = ctx.texts[m.start:m.end]
    n = len(words)
    for p in ctx.fold_positions.get(ctx.folds[m.start], ()):
        if p != m.start and ctx.texts[p:p + n] == words:
            kind = _class_kind(ctx, Mention(p, p + n, m.text, None))
            if kind:
                return kind
    return None


def _fix_by_class_nouns(ctx: Context, mentions: list[Mention], kinds: dict[int, str]) -> None:
    """A name the gazetteer does not know takes the kind its class noun gives (see _class_kind), at every
    mention; the names coordinated with it ("the towns of Beni, Butembo and Katwa") take it too. A person's
    name is never a thing ("the Trump trial")."""
    by_key: dict[str, str] = {}
    people = _person_keys(ctx, mentions)
    for m in mentions:
        if m.entry is None and m.key not in by_key:
            kind = _class_kind(ctx, m) or _class_kind_elsewhere(ctx, m)
            if kind and not (kind == THING and m.key in people):
                by_key[m.key] = kind
    at = {m.start: m for m in mentions}
    for m in mentions:
        kind = by_key.get(m.key) if m.entry is None else None
        if kind is None:
            continue
        for conj in ctx.doc[m.start:m.end].root.conjuncts:
            other = at.get(conj.left_edge.i) or at.get(conj.i)
            if other is not None and other.entry is None and other.key not in by_key:
                by_key[other.key] = kind
    for m in mentions:
        if m.entry is None and m.key in by_key:
            kinds[id(m)] = by_key[m.key]


def _person_keys(ctx: Context, mentions: list[Mention]) -> set[str]:
    """The folded names of the people of the text, and their surnames: a given name and a capitalised word
    ("Donald Trump" → "trump" too), not any name the NER takes for a person ("the Crew Dragon capsule")."""
    keys = set()
    for m in mentions:
        if _personal_name(ctx, m.text):
            keys.add(m.key)
            keys.add(fold(m.text.split()[-1]))
    return keys


def _fix_titled_people(ctx: Context, mentions: list[Mention], kinds: dict[int, str]) -> None:
    """A name the NER took for an organisation that a person's title stands in apposition to ("le
    directeur général de l'OMS, Tedros Adhanom Ghebreyesus") is a person, wherever it is mentioned."""
    titled = {m.key for m in mentions if kinds[id(m)] == "organization" and m.entry is None
              and not _ACRONYM.match(m.text) and all(w[:1].isupper() for w in m.text.split())
              and (m.start > 0 and ctx.doc[m.start - 1].text == "," and role_phrase_left(ctx, m) is not None
                   or closed_apposition(ctx, role_phrase_right(ctx, m)))
              and _class_noun_after(ctx, m) != "organization"}  # not "le pilote Ferrari", "Columbia Pictures – a movie studio"
    for m in mentions:
        if m.key in titled and m.entry is None:
            kinds[id(m)] = "person"


# --- merging -------------------------------------------------------------------------------


def _initials(name: str, ctx: Context) -> str:
    words = [w for w in re.split(r"[\s\-']+", name) if w]
    return "".join(w[0] for w in words if w[:1].isupper() or not ctx.is_word("preposition", w)
                   and not ctx.is_word("determiner", w)).upper()


def _short_form_of(ctx: Context, short: list[str], name: str) -> bool:
    """Is `short` a short form of the name: an acronym of some of its initials, then words of the name ("CU Boulder"
    for "University of Colorado at Boulder", "UC San Diego")?"""
    words = {fold(w) for w in re.split(r"[\s\-',]+", name) if w}
    initials = set(_initials(name, ctx))
    return len(short) >= 2 and _ACRONYM.match(short[0]) is not None and set(short[0]) <= initials \
        and all(fold(w) in words for w in short[1:])


def _short_forms_in_parentheses(ctx: Context, ents: list[Span]) -> list[tuple[int, int]]:
    """A short form of an organisation's name in parentheses right after it ("the University of Colorado at Boulder
    (CU Boulder)"): an acronym and words of the name, which the NER reads as pieces (an acronym, a person)."""
    doc = ctx.doc
    found = []
    for e in ents:
        if LABELS.get(e.label_) != "organization" or e.end + 2 >= len(doc) or doc[e.end].text != "(":
            continue
        close = next((k for k in range(e.end + 1, min(len(doc), e.end + 6)) if doc[k].text == ")"), None)
        if close is not None and _short_form_of(ctx, [t.text for t in doc[e.end + 1:close]], e.text):
            found.append((e.end + 1, close))
    return found


def _acronym_pairs(ctx: Context, mentions: list[Mention]) -> dict[int, int]:
    """Mention index of an acronym → index of the mention it abbreviates ('CNPC' → 'China National…')."""
    doc = ctx.doc
    pairs: dict[int, int] = {}
    by_initials: dict[str, list[int]] | None = None
    for a, m in enumerate(mentions):
        if a > 0 and m.start >= 2 and doc[m.start - 1].text == "(" and mentions[a - 1].end == m.start - 1 \
                and _short_form_of(ctx, m.text.split(), mentions[a - 1].text):
            pairs[a] = a - 1  # "University of Colorado at Boulder (CU Boulder)"
            continue
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
    people = [i for i, m in enumerate(mentions) if len(m.text.split()) > 1 and _named_person(ctx, m, kinds[id(m)])]
    # _short_form needs the same last word, or (a person's first name alone) the same first word:
    # only those people are tried, in the same order as all of them would be
    full_of = {p: [fold(w) for w in mentions[p].text.split()] for p in people}
    by_last: dict[str, list[int]] = {}
    by_first: dict[str, list[int]] = {}
    for p in people:
        by_last.setdefault(full_of[p][-1], []).append(p)
        by_first.setdefault(full_of[p][0], []).append(p)
    inner = _inner_surnames(ctx, [(p, mentions[p].text.split()) for p in people])
    for i, m in enumerate(mentions):
        if kinds[id(m)] not in ("person", "organization", "place") or m.entry is not None:
            continue
        words = [fold(w) for w in m.text.split()]
        if not words:
            continue
        candidates = by_last.get(words[-1], [])
        if kinds[id(m)] == "person" and len(words) == 1:
            candidates = sorted(set(candidates) | set(by_first.get(words[0], [])))
        cut = kinds[id(m)] == "person" and m.start > 1 and _glued_hyphen(ctx.doc, m.start - 1)  # "-Manie-[Noëlle Lienemann]"
        for p in candidates:
            if p != i and (_short_form(words, full_of[p], kinds[id(m)] == "person")
                           or cut and _hyphen_cut(words, full_of[p])):
                union(p, i)
                break
        else:
            p = inner.get(words[0]) if len(words) == 1 and kinds[id(m)] in ("person", "organization") else None
            if p is not None and p != i:
                union(p, i)
    for i, p in _spelling_variants(mentions, kinds, people, full_of):
        if find(i) != find(p):
            union(p, i)
    for i, j in _cut_short_forms(ctx, mentions):
        union(j, i)
        kinds[id(mentions[i])] = kinds[id(mentions[j])]  # the label the NER gave a cut name is no vote
    for i, j in _head_short_forms(ctx, mentions, kinds):
        union(j, i)
    for i, j in _team_nicknames(ctx, mentions, kinds):
        union(j, i)
    for i, j in _without_organisation_word(ctx, mentions, kinds):
        union(j, i)
        kinds[id(mentions[i])] = kinds[id(mentions[j])]
    for i, m in enumerate(mentions):  # "United States Supreme Court" is the "Supreme Court" of the text
        rest = _without_place_prefix(ctx, m) if kinds[id(m)] == "organization" else None
        entry = ctx.lex.gazetteer.get(rest) if rest else None
        j = first_by_key.get(fold(entry.name) if entry is not None else rest) if rest else None
        if j is not None and j != i and kinds[id(mentions[j])] == "organization":
            union(j, i)
    groups: dict[int, list[int]] = {}
    for i in range(len(mentions)):
        groups.setdefault(find(i), []).append(i)
    entities = []
    for members in groups.values():
        ms = [mentions[i] for i in members]
        entities.append(_entity(ctx, ms, [kinds[id(m)] for m in ms], glued))
    return entities


def _without_place_prefix(ctx: Context, m: Mention) -> str | None:
    """The folded rest of a name that opens with a country or a place the gazetteer knows ("United States
    Supreme Court" → "supreme court", "Paris Police Prefecture" → "police prefecture"), or None."""
    doc, gaz = ctx.doc, ctx.lex.gazetteer
    for k in range(m.end - 1, m.start, -1):
        entry = gaz.get(fold(doc[m.start:k].text))
        if entry is not None and entry.kind in ("country", "place") and doc[k].text[:1].isupper():
            return fold(doc[k:m.end].text)
    return None


def _head_short_forms(ctx: Context, mentions: list[Mention], kinds: dict[int, str]) -> list[tuple[int, int]]:
    """(short, full) mention pairs: an organisation named by its head word alone ("l'Assemblée", "la Cour",
    "the House", "the Congress") is the one organisation of the text whose name opens with that word, after the
    country or place it may open with, or ends with it as its organisation word ("Assemblée nationale", "Cour
    suprême", "United States House of Representatives", "Indian National Congress"); none when several do. A
    bare organisation word the gazetteer gives one country ("Congress", "Parliament") is the text's own. Not the
    surname of a person of the text: "Gates" beside "Bill Gates" and the "Gates Foundation" is the man."""
    full_by_head: dict[str, set[str]] = {}
    first_of: dict[str, int] = {}
    for j, m in enumerate(mentions):
        words = m.text.split()
        if kinds[id(m)] == "organization" and len(words) > 1:
            key = fold(m.entry.name) if m.entry is not None else m.key
            rest = _without_place_prefix(ctx, m)
            full_by_head.setdefault(fold(words[0]), set()).add(key)
            if rest:
                full_by_head.setdefault(rest.split()[0], set()).add(key)
            if ctx.is_word("org_word", words[-1]):  # "the Congress" → "Indian National Congress"
                full_by_head.setdefault(fold(words[-1]), set()).add(key)
            first_of.setdefault(key, j)
    surnames = _surnames(mentions, kinds)
    pairs = []
    for i, m in enumerate(mentions):
        words = m.text.split()
        if kinds[id(m)] == "organization" and len(words) == 1 and words[0][:1].isupper() \
                and (m.entry is None or ctx.is_word("org_word", words[0])) and m.key not in surnames:
            keys = full_by_head.get(fold(words[0]), set())
            if len(keys) > 1 and _after_definite(ctx, m):
                keys = {k for k in keys if _name_headed_by(ctx, mentions[first_of[k]], words[0])}
            if len(keys) == 1:
                pairs.append((i, first_of[next(iter(keys))]))
    return pairs


def _after_definite(ctx: Context, m: Mention) -> bool:
    """Is the mention right after a definite article ("the House", "la Cour")?"""
    return m.start > 0 and ctx.is_word("definite", ctx.doc[m.start - 1].text)


def _name_headed_by(ctx: Context, m: Mention, word: str) -> bool:
    """Is `word` the head of the name of several words: its first word before a complement ("House of
    Representatives", "Cour de cassation"), or its last word ("Indian National Congress")? In "House Judiciary
    Committee" "House" only qualifies the head: "the House" is not that committee."""
    doc, key = ctx.doc, fold(word)
    tokens = [t for t in doc[m.start:m.end] if not t.is_punct]
    if not tokens:
        return False
    if fold(tokens[-1].text) == key:
        return True
    for a, b in zip(tokens, tokens[1:]):
        if fold(a.text) == key and ctx.is_word("complement_link", b.text) and b.text.islower():
            return True
    return False


def _team_nicknames(ctx: Context, mentions: list[Mention], kinds: dict[int, str]) -> list[tuple[int, int]]:
    """(short, full) mention pairs: a plural name after a definite article ("the Hornets") that ends one longer
    name of the text, no place's ("the Charlotte Hornets"): the team or group named by its last word."""
    ends: dict[str, set[int]] = {}
    for j, m in enumerate(mentions):
        words = m.text.split()
        if len(words) > 1 and kinds[id(m)] not in ("place", "country"):
            ends.setdefault(fold(words[-1]), set()).add(j)
    pairs = []
    for i, m in enumerate(mentions):
        full = ends.get(m.key, set())
        if len(m.text.split()) == 1 and m.entry is None and m.text.endswith("s") and _after_definite(ctx, m) \
                and len({mentions[j].key for j in full}) == 1:
            pairs.append((i, min(full)))
    return pairs


def _without_organisation_word(ctx: Context, mentions: list[Mention], kinds: dict[int, str]) -> list[tuple[int, int]]:
    """(short, full) mention pairs: an organisation named again without the organisation word that ends its name
    ("the Watch Tower Society" … "the Watch Tower", "the Democratic Party" … "the Democratic"), whatever the NER
    made of a short form of several words; one word only when read as an organisation or a person ("Burisma
    Holdings" … "Burisma", tagged a person); not a name the gazetteer knows ("Oxford" in "Oxford University"), a
    person's name nor the surname of a person of the text ("Bill Gates" … "Gates" beside the "Gates Foundation")."""
    full: dict[str, int] = {}
    for j, m in enumerate(mentions):
        words = m.text.split()
        if kinds[id(m)] == "organization" and len(words) > 1 and ctx.is_word("org_word", words[-1]):
            full.setdefault(fold(" ".join(words[:-1])), j)
    surnames = _surnames(mentions, kinds)
    pairs = []
    for i, m in enumerate(mentions):
        j = full.get(m.key)
        if j is not None and m.entry is None and m.key not in surnames and not _personal_name(ctx, m.text) \
                and (len(m.text.split()) > 1 or kinds[id(m)] in ("organization", "person")):
            pairs.append((i, j))  # "Bradford" read as a place stays the place
    return pairs


def _cut_short_forms(ctx: Context, mentions: list[Mention]) -> list[tuple[int, int]]:
    """(short, full) mention pairs: a name the NER cut short in one place ("the wall in [Fishmongers]' Hall")
    whose words, with those that follow it in the text, spell a longer name the text gives elsewhere in full
    ("Fishmongers' Hall"): it is that name, not an actor apart, and of its kind."""
    doc = ctx.doc
    longer: dict[str, list[int]] = {}
    for j, m in enumerate(mentions):
        if m.end - m.start > 1:
            longer.setdefault(fold(doc[m.start].text), []).append(j)
    pairs = []
    for i, m in enumerate(mentions):
        for j in longer.get(fold(doc[m.start].text), []):
            full = mentions[j]
            n = full.end - full.start
            if n > m.end - m.start and m.start + n <= len(doc) and fold(m.text) != fold(full.text) \
                    and fold(doc[m.start:m.start + n].text) == fold(full.text) and fold(full.text).startswith(fold(m.text)):
                pairs.append((i, j))
                break
    return pairs


def _inner_surnames(ctx: Context, people: list[tuple[int, list[str]]]) -> dict[str, int]:
    """The surnames inside full names that do not end them: the first of two surnames ("Ricardo Rosselló
    Nevares" → "Rosselló") and the surname before a generational suffix, an abbreviation or a Roman numeral
    ("Robert Downey Jr." → "Downey"). Not the given name, a name particle, another given name ("Mary Ann
    Smith") nor a word two people of the text share."""
    found: dict[str, int] = {}
    shared: set[str] = set()
    for p, words in people:
        ends = len(words)
        while ends > 2 and (words[ends - 1].endswith(".") or _ROMAN.match(words[ends - 1])):
            ends -= 1
        for k in range(1, ends - (ends == len(words))):
            w = words[k]
            key = fold(w)
            if not w[:1].isupper() or w.endswith(".") or ctx.is_word("name_particle", w) \
                    or key in ctx.lex.words.get("first_name", ()) or key in given_names(ctx.lex.lang):
                continue
            if found.get(key, p) != p:
                shared.add(key)
            found[key] = p
    return {k: p for k, p in found.items() if k not in shared}


def _named_person(ctx: Context, m: Mention, kind: str) -> bool:
    """Does the mention name a person in full: tagged a person, or, tagged an organisation or a place, a
    personal name no list knows ("Morgan Tsvangirai" read as an organisation): its surname alone
    ("Tsvangirai") is then that person's short form, as it is of a name tagged a person."""
    return kind == "person" or kind in ("organization", "place") and m.entry is None and _personal_name(ctx, m.text)


def _surnames(mentions: list[Mention], kinds: dict[int, str]) -> set[str]:
    """The folded last words of the people of the text named in two words or more ("Bill Gates" → "gates")."""
    return {fold(m.text.split()[-1]) for m in mentions if kinds[id(m)] == "person" and len(m.text.split()) > 1}


def _personal_name(ctx: Context, text: str) -> bool:
    """Two or three capitalised words, the first a given name (first_names.txt, or a name of one sex
    only), none an organisation word: "Stormy Daniels", "Ulf Danielsson"."""
    words = text.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha() for w in words):
        return False
    first = fold(words[0])
    if any(fold(w) in ctx.lex.words.get("org_word", ()) for w in words) or first in ctx.lex.gazetteer \
            or any(fold(w) in ctx.lex.gazetteer and not _place_surname(ctx, first, w) for w in words[1:]) \
            or ctx.is_word("place_class_head", words[-1]):  # "Karl Marx Avenue"; "Nikki Holland" is a person's
        return False
    if ctx.is_word("honorific", first):
        return False  # "Saint John"
    return first in ctx.lex.words.get("first_name", ()) \
        or first in given_names(ctx.lex.lang) and first not in common_words(ctx.lex.lang)


def _place_surname(ctx: Context, first: str, word: str) -> bool:
    """Is `word`, a place or country of the gazetteer, a surname after the given name `first` ("Nikki Holland",
    "Jordan Paris" not: a given name the gazetteer knows too)? Only a given name of first_names.txt opens it."""
    entry = ctx.lex.gazetteer.get(fold(word))
    return entry is not None and entry.kind in ("place", "country") and first in ctx.lex.words.get("first_name", ()) \
        and first not in ctx.lex.gazetteer


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


def _one_edit(a: str, b: str) -> bool:
    """Do two different words differ by one letter changed, added or dropped?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    k = next((n for n, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    return a[k + (len(a) == len(b)):] == b[k + 1:]


_MIN_VARIANT = 5  # letters of the word two spellings of a name may differ in: "Yasmina"/"Yasmine", not "Li"/"Lu"


def _spelling_variants(mentions: list[Mention], kinds: dict[int, str], people: list[int],
                       full_of: dict[int, list[str]]) -> list[tuple[int, int]]:
    """(variant, person) pairs: a person's name the text writes twice, once with one letter changed, added or
    dropped in one word of five letters or more ("Yasmine Ouirhane" and "Yasmina Ouirhane", "Schiappa" alone
    for "Marlène Schiappa"); a surname alone so misspelt is the person's only when no other person of the text
    comes as close."""
    pairs = []
    # what a mention's words find depends on its words only (a person never matches itself: its own words differ
    # in no word): computed once per spelling, with the people bucketed by their number of words, their surnames
    # by length (one edit changes a length by one at most), in the people's order
    surnames = {full_of[p][-1] for p in people}
    persons = [p for p in people if kinds[id(mentions[p])] == "person"]
    by_words: dict[int, list[int]] = {}
    by_length: dict[int, list[int]] = {}
    for p in persons:
        by_words.setdefault(len(full_of[p]), []).append(p)
        by_length.setdefault(len(full_of[p][-1]), []).append(p)
    found: dict[tuple[str, ...], int | None] = {}
    for i, m in enumerate(mentions):
        if kinds[id(m)] != "person" or m.entry is not None:
            continue
        words = tuple(fold(w) for w in m.text.split())
        if words in found:
            p = found[words]
        elif len(words) == 1:
            p = None
            if len(words[0]) >= _MIN_VARIANT + 1 and words[0] not in surnames:
                n = len(words[0])
                near = sorted(by_length.get(n - 1, []) + by_length.get(n, []) + by_length.get(n + 1, []))
                close = [p for p in near if _one_edit(words[0], full_of[p][-1])]
                if len({tuple(full_of[p]) for p in close}) == 1:
                    p = close[0]
            found[words] = p
        else:
            p = next((p for p in by_words.get(len(words), ()) if _one_word_variant(list(words), full_of[p])), None)
            found[words] = p
        if p is not None and p != i:
            pairs.append((i, p))
    return pairs


def _one_word_variant(words: list[str], full: list[str]) -> bool:
    differ = [(a, b) for a, b in zip(words, full) if a != b]
    return len(differ) == 1 and min(map(len, differ[0])) >= _MIN_VARIANT and _one_edit(*differ[0])


def _hyphen_cut(words: list[str], full: list[str]) -> bool:
    """Is `words`, a person's name that opens right after a hyphen, the person name `full` less the part of its
    compound given name before the hyphen ("Noëlle Lienemann" cut from "Marie-Noëlle Lienemann")?"""
    return len(words) == len(full) >= 2 and words[1:] == full[1:] and full[0].endswith("-" + words[0])


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
    if entry is None and kind != "person" and any(_personal_name(ctx, m.text) for m in ms) \
            and not any(_class_noun_after(ctx, m) == kind or _after_definite(ctx, m) for m in ms):
        # "Kurt Volker" once, "Volker" tagged an organisation thrice: the surname alone is the person's;
        # "Stormy Daniels" tagged an organisation: a given name and a capitalised word make a person's name;
        # not a name the class noun after it gives a kind ("Columbia Pictures – a movie studio", "the Johan Sverdrup
        # oil field"), nor one written after a definite article ("the Charlotte Hornets"): a person's name takes none
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


def _headed_by_organisation_word(ctx: Context, m: Mention) -> bool:
    """Does a name of several words open with an organisation or institution word ("université de Zurich", "Collège
    de France", "Wellcome Trust" ends with one)? Inside a title ("professeur à l'université de Zurich") it still
    names a body, unlike a portfolio ("ministre des Transports")."""
    words = m.text.split()
    return len(words) > 1 and any(ctx.is_word(w, words[0]) or ctx.is_word(w, words[-1])
                                  for w in ("org_word", "place_institution"))


def _nationality_only(ctx: Context, e: Entity) -> bool:
    """A country named only as the modifier of a common noun ("U.S. dollars", "a U.S. national", "Canadian-US
    scientist") stands for a nationality, like a demonym: no actor. Not before an organisation word ("the
    U.S. embassy", "the German government"), nor when its name of several words is written in full ("United
    States museums", "the United States city of Chicago", not "U.S."): the text names the country itself."""
    if e.kind != "country":
        return False
    doc = ctx.doc
    for m in e.mentions:
        if m.entry is not None and fold(m.text) == fold(m.entry.name):
            return False  # "the United States city of Chicago", "United States museums": the country named in full
        nxt = doc[m.end] if m.end < len(doc) else None
        if nxt is None or nxt.pos_ != "NOUN" or not nxt.text.islower() or ctx.is_word("org_word", nxt.text):
            return False
    return True


def _mention_roles(ctx: Context, m: Mention, in_roles: set[int], shared: tuple[int, str] | None) -> tuple[int, str] | None:
    """The titles around a person's name (before it, in apposition, by a copula) become the mention's roles, their
    tokens go to `in_roles`; returns the title in the plural the next name of a list shares, if any."""
    left, right, copula = role_phrase_left(ctx, m), role_phrase_right(ctx, m), role_phrase_copula(ctx, m)
    if left is not None and group_title(ctx, left, m):
        left = None  # "avec X et plusieurs ministres, Emmanuel Macron": a group's title, none of his
    for phrase in (left, right, copula,
                   *(c for p in (right, copula) if p is not None for c in coordinated_titles(ctx, p, p is copula)),
                   *(coordinated_titles_left(ctx, left) if left is not None else ())):
        if phrase is None:
            continue
        in_roles.update(range(phrase.start, phrase.end))
        role = role_text(ctx, phrase)
        if fold(role) not in {fold(r) for r in m.roles}:
            m.roles.append(role)
        if any(fold(t.text) not in ctx.lex.roles and plural_role(ctx, t.i) for t in phrase):
            shared = (m.end, role)  # "les députés des Républicains Eric Ciotti et …"
    # "… Eric Ciotti et Guillaume Larrivé": the title in the plural is the next name's too
    if not m.roles and shared is not None and m.start == shared[0] + 1 \
            and ctx.is_word("coordination", ctx.doc[m.start - 1].text):
        m.roles.append(shared[1])
    m.roles = [clean_role(r) for r in m.roles]
    return shared


def _bare_surnames(ctx: Context, entities: list[Entity], in_roles: set[int]) -> list[Entity]:
    """A person named in full somewhere in the text ("Nancy Pelosi", "Michael Bloomberg") and later by their
    surname alone where the entity recogniser saw no name, or took that one word for an organisation the text
    never names otherwise ("Pelosi called…", "Bloomberg endorsed…"): the word becomes a mention of the person,
    and the false organisation goes. A surname two people of the text share, a word next to another capitalised
    word ("Bloomberg News", "Donald Trump" where the recogniser saw neither), inside quotation marks or a title,
    or an organisation a common noun or a determiner stands beside once ("le groupe Bouygues"), is left as it is."""
    owners: dict[str, set[int]] = {}
    people = {id(e): e for e in entities if e.kind == "person"}
    for e in people.values():
        for form in (e.name, *e.forms):
            words = fold(form).split()
            if len(words) > 1 and len(words[-1]) > 2:
                owners.setdefault(words[-1], set()).add(id(e))
                particle, _dash, rest = words[-1].partition("-")
                if rest and ctx.is_word("name_particle", particle):  # "al-Eryani": "Eryani" after its particle
                    owners.setdefault(rest, set()).add(id(e))
    given: dict[str, set[int]] = {}  # "Princess Ubolratana", "Prince Harry": a title before the given name alone
    for e in people.values():
        for form in (e.name, *e.forms):
            words = fold(form).split()
            if len(words) > 1 and len(words[0]) > 2 and words[0] not in owners:
                given.setdefault(words[0], set()).add(id(e))
    if not owners and not given:
        return entities
    quoted = {k for q in ctx.marked for k in ctx.tokens_in(q.start, q.end)}
    doc = ctx.doc
    entity_at = {k: e for e in entities for m in e.mentions for k in range(m.start, m.end)}

    def beside_common(m: Mention) -> bool:  # "le groupe Bouygues", "the Bloomberg reporters"
        return any(0 <= k < len(doc) and doc[k].text.islower() and (doc[k].pos_ == "NOUN" or ctx.is_word("determiner", doc[k].text))
                   for k in (m.start - 1, m.end))
    moved: dict[int, list[Mention]] = {}
    def titled(tok: Token) -> bool:  # the word before is a title or an honorific ("Princess", "Sir")
        return tok.i > 0 and (ctx.folds[tok.i - 1] in ctx.lex.roles or ctx.is_word("honorific", doc[tok.i - 1].text))

    for tok in doc:
        owner = owners.get(ctx.folds[tok.i])
        by_given = owner is None and ctx.folds[tok.i] in given and titled(tok)  # a given name's word only
        if by_given:
            owner = given.get(ctx.folds[tok.i])
        if owner is None or len(owner) != 1 or not tok.text[:1].isupper() or tok.i in quoted or tok.i in in_roles:
            continue
        if tok.pos_ != "PROPN" and not (tok.pos_ == "NOUN" and tok.dep_.startswith("nsubj")
                                        and not any(c.dep_ in ("det", "poss") for c in tok.children)):
            continue  # "Fallows remarked": a surname the tagger took for a common noun, the bare subject of its verb
        other = entity_at.get(tok.i)
        if other is not None and (other.kind == "person" or any(m.end - m.start != 1 for m in other.mentions)
                                  or fold(other.name) != ctx.folds[tok.i] or any(beside_common(m) for m in other.mentions)):
            continue
        if any(0 <= k < len(doc) and doc[k].text[:1].isupper() and doc[k].text[:1].isalpha()
               for k in ((tok.i + 1,) if by_given else (tok.i - 1, tok.i + 1))):
            continue
        if other is not None:
            other.mentions = [m for m in other.mentions if m.start != tok.i]
        moved.setdefault(next(iter(owner)), []).append(Mention(tok.i, tok.i + 1, tok.text, "person", from_ner=False))
    for key, ms in moved.items():
        e = people[key]
        e.mentions = sorted(e.mentions + ms, key=lambda m: m.start)
        for m in ms:
            if m.key not in {fold(f) for f in e.forms}:
                e.forms.append(m.text)
            _mention_roles(ctx, m, in_roles, None)  # "al-Muhandis was the deputy commander of…": the surname's titles
            for r in m.roles:
                if fold(r) not in {fold(x) for x in e.roles}:
                    e.roles.append(r)
    return [e for e in entities if e.mentions]


# --- the extractor -------------------------------------------------------------------------


def extract(ctx: Context) -> list[Actor]:
    mentions = _collect(ctx)
    kinds = {id(m): _kind(ctx, m) for m in mentions}
    _fix_by_class_nouns(ctx, mentions, kinds)
    mentions = [m for m in mentions if kinds[id(m)] != THING]  # "the film Black Panther": a work, no actor
    mentions = [m for m in mentions if not _common_word_written_lower(ctx, m, kinds[id(m)]) and not _opens_title(ctx, m)]
    mentions = _without_families(ctx, mentions, kinds)
    _fix_places(ctx, mentions, kinds)
    _fix_located_names(ctx, mentions, kinds)
    _fix_located_people(ctx, mentions, kinds)
    _fix_coordinated_with_places(ctx, mentions, kinds)
    _fix_titled_people(ctx, mentions, kinds)
    in_roles: set[int] = set()  # tokens of role phrases: "secrétaire d'Etat aux Transports"
    shared: tuple[int, str] | None = None  # (end token, role) of a title in the plural, for the next name
    for m in mentions:
        if kinds[id(m)] == "person":
            shared = _mention_roles(ctx, m, in_roles, shared)
    # a name inside a title: "Transports" in "secrétaire d'Etat aux Transports" is no actor; a person
    # ("cadre du parti de Marine Le Pen") is, but no one the later extractors should take for a speaker
    inside = {id(m) for m in mentions if m.entry is None and not _ACRONYM.match(m.text)
              and not (m.from_ner and kinds[id(m)] == "place" and _proper_words(ctx, ctx.doc[m.start:m.end]))
              and not (kinds[id(m)] == "organization" and _headed_by_organisation_word(ctx, m))
              and not (m.end - m.start > 1 and ctx.is_word("determiner", ctx.texts[m.start])
                       and ctx.texts[m.start][:1].isupper())  # "spokesperson for The Greens": a proper name
              and any(k in in_roles for k in range(m.start, m.end))}
    mentions = [m for m in mentions if id(m) not in inside or kinds[id(m)] == "person"]
    entities = [e for e in _merge(ctx, mentions, kinds) if not _nationality_only(ctx, e)]
    only_inside = {id(e) for e in entities if all(id(m) in inside for m in e.mentions)}
    for e in entities:
        if id(e) not in only_inside:
            e.mentions = [m for m in e.mentions if id(m) not in inside]
    kept = {id(e) for e in _bare_surnames(ctx, [e for e in entities if id(e) not in only_inside], in_roles)}
    entities = [e for e in entities if id(e) in only_inside or id(e) in kept]
    roles_by_reference(ctx, [e for e in entities if id(e) not in only_inside], in_roles)
    roles_by_pronoun(ctx, [e for e in entities if id(e) not in only_inside])
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
