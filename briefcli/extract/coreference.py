"""Coreference: whom a bare title or a subject pronoun stands for, computed once per article.

After the actors stage has merged the names into entities, a definite title standing apart from any
name ("Le PDG d'ADP souligne…", "the sheriff said") and a subject pronoun given a title ("Il était
ministre…") are tied to a person named before; the title becomes one of that person's roles, and a
title the person already holds joins their chain of mentions. Each person's sex as the text tells it
(`person_sex`) decides who a gendered title or pronoun may be; the quotes stage's speaker resolution
reads the same answers.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from spacy.attrs import MORPH
from spacy.tokens import Span, Token

from ..lexicon import _lines, fold, models_dir
from .context import Context
from .roles import (category, clean_role, coordinated_titles, occupations, plural_title, role_phrase_copula, role_phrase_from, role_start, role_text,
                    shared_titles, title_complement, unprefixed)
from .stages import Entity, Mention


REFERENCE_SENTENCES = 4  # how far back a bare title may refer to a person it gives no other title


def definite_titles(ctx: Context, in_roles: set[int], person_tokens: set[int], org_tokens: set[int]) -> list[tuple[int, Span]]:
    """Definite noun phrases headed by a title that stand apart from any name ("le Premier ministre a
    dénoncé", "a déclaré le chef de l'État", "the sheriff said"), as (determiner token, title)."""
    doc = ctx.doc
    found = []
    # a determiner or a word with a Definite feature: the others (most) are passed without a Token made
    morphs = doc.to_array(MORPH).tolist()
    definite = {h for h in set(morphs) if "Definite=" in doc.vocab.strings[h]}
    k = 0
    while k < len(doc) - 1:
        if ctx.pos[k] != "DET" and morphs[k] not in definite:
            k += 1
            continue
        det = doc[k]
        if not ("Def" in det.morph.get("Definite") and "Art" in det.morph.get("PronType") or demonstrative(ctx, det)) \
                or k in in_roles or k + 1 in in_roles or k + 1 in person_tokens:
            k += 1
            continue
        end_limit = min(len(doc) - 1, det.sent.end - 1, k + 9)
        first, n = role_start(ctx, k + 1, end_limit)
        if not n or "Plur" in doc[first + n - 1].morph.get("Number") or plural_title(ctx, first + n - 1) \
                and fold(doc[first + n - 1].text) not in ctx.lex.roles:
            k += 1
            continue
        phrase = doc[first:title_complement(ctx, first + n, min(det.sent.end, first + n + 8), person_tokens, org_tokens)]
        nxt = phrase.end
        named = nxt < len(doc) and (nxt in person_tokens or doc[nxt].text[:1].isupper() and doc[nxt].is_alpha
                                    or doc[nxt].text in (",", "(") and any(i in person_tokens for i in range(nxt + 1, min(len(doc), nxt + 3))))
        head = doc[first + n - 1]
        bare = first  # the title past its modifiers: "ancien chef d'État" is listed as "chef d'État"
        while bare < first + n - 1 and ctx.is_word("role_modifier", doc[bare].text):
            bare += 1
        lexical = unprefixed(ctx, ctx.folded(bare, first + n)) in ctx.lex.roles or fold(head.text) in ctx.lex.roles
        if not lexical and not head.dep_.startswith("nsubj"):
            # an occupation noun refers back only as a subject ("le chanteur était…"), not "par l'intermédiaire de";
            # a title in its complement still may: "du futur enfant de la duchesse"
            k += 1
            continue
        if not named and not any(i in person_tokens for i in range(phrase.start, phrase.end)):
            found.append((k, phrase))  # else the title comes with a name: role_phrase_left/right has it
        k = max(k + 1, phrase.end)
    return found


APPOSED_REACH = 10  # how many words a definite title's complement may run on before the comma of the name it is apposed to


def apposed_name(ctx: Context, phrase: Span, person_at: dict) -> int | None:
    """The comma after which a definite title names the person it is apposed to, past a complement longer than the
    title's own ("le chef du service de presse de l'équipe de France, Philippe Tournon", "le secrétaire d'Etat en
    charge du Proche Orient, David Schenker"): no verb, no other punctuation, no person's name before the comma, no
    coordination of another determiner ("la ministre du Travail et le patron du Medef, X"), a person's name right after
    it. None when no such name follows."""
    doc = ctx.doc
    limit = min(len(doc) - 1, phrase.sent.end - 1, phrase.end + APPOSED_REACH)
    for j in range(phrase.end, limit):
        tok = doc[j]
        if tok.text == ",":
            return j if j + 1 in person_at and (j + 1 == len(doc) - 1 or (j + 1) - 1 not in person_at) else None
        if j in person_at or tok.is_punct and tok.text not in "-'’" or tok.is_space \
                or tok.pos_ in ("VERB", "AUX") and "Part" not in tok.morph.get("VerbForm") \
                or ctx.is_word("coordination", tok.text) and j + 1 < len(doc) and (
                    ctx.is_word("determiner", doc[j + 1].text) and not ctx.is_word("complement_preposition", doc[j + 1].text)
                    or doc[j + 1].pos_ == "ADV"):
            return None  # "la ministre du Travail et le patron du Medef, X": two people
    return None


def demonstrative(ctx: Context, det: Token) -> bool:
    """A demonstrative determiner ("cette étudiante", "cet expert", "this lawyer"): it points back to someone
    just named, whatever title they were given."""
    return det.pos_ == "DET" and ctx.is_word("demonstrative", det.text)


def quoted_tokens(ctx: Context) -> set[int]:
    memo = ctx.memo("quoted_tokens")  # asked by two coreference steps
    if "tokens" not in memo:
        memo["tokens"] = _find_quoted_tokens(ctx)
    return memo["tokens"]


_QUOTE_OR_BREAK = re.compile('[\n«“"»”]')


def _find_quoted_tokens(ctx: Context) -> set[int]:
    """Tokens that start between quotation marks (« », “ ”, or straight quotes: one glued to the end of
    a word or of its punctuation closes, 'brutalité".', 'cruciale,"', 'ABRUTI"L'élection'; else it
    opens), within a paragraph."""
    text, inside, ranges, start = ctx.text, False, [], 0
    for m in _QUOTE_OR_BREAK.finditer(text):  # the other characters change nothing
        i, c = m.start(), m.group()
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
def given_names(lang: str) -> dict[str, str]:
    """Folded given name → "Fem" or "Masc", from models/<lang>/female_names.txt and male_names.txt
    (a name in both tells nothing)."""
    sex: dict[str, str] = {}
    for gender, filename in (("Fem", "female_names.txt"), ("Masc", "male_names.txt")):
        for name in _lines(models_dir() / lang / filename):
            key = fold(name)
            sex[key] = "both" if sex.get(key, gender) != gender else gender
    return {k: v for k, v in sex.items() if v != "both"}


def given_sex(ctx: Context, word: str) -> str | None:
    """The sex a given name tells (given_names); a compound one not listed by the first of its parts that tells
    one ("Jean-Pierre", "Anne-Sophie", "Jean-Marie"), else by its other parts when they agree ("Marie-Christine")."""
    names = given_names(ctx.lex.lang)
    key = fold(word)
    if key in names or "-" not in key.strip("-"):
        return names.get(key)
    parts = [names.get(p) for p in key.split("-") if p]
    if parts and parts[0] is not None:
        return parts[0]
    told = {p for p in parts if p is not None}
    return told.pop() if len(told) == 1 else None


def person_sex(ctx: Context, e: Entity) -> str | None:
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
        given = given_sex(ctx, words[0]) if words else None
        if given:
            seen.add(given)
    return seen.pop() if len(seen) == 1 else None


def title_sex(ctx: Context, det: Token, phrase: Span, by_form: bool = True) -> str | None:
    """The grammatical gender of a title ("la ministre", "l'enseignante", "l'édile lilloise"), where the language
    marks it: on the determiner; else by the title word's form, a feminine ending whose masculine form is a title
    too (morphology.tsv feminine_title: "l'élue", "l'ex-animatrice", "the spokeswoman"), which the tagger reads
    wrongly after an elided determiner; else on an adjective of the title, or the title word."""
    gender = det.morph.get("Gender")
    if len(gender) == 1:
        return gender[0]
    form_sex = title_word_sex(ctx, phrase.root) if by_form else None
    if form_sex is not None:
        return form_sex
    adjectives = [t for t in phrase if t.pos_ == "ADJ" and t.head.i == phrase.root.i]
    for tok in (*adjectives, phrase.root):  # "l'édile lilloise": the adjective agrees with the person
        gender = tok.morph.get("Gender")
        if len(gender) == 1:
            return gender[0]
    return None


def title_word_sex(ctx: Context, tok: Token) -> str | None:
    """The sex a title word's form tells (Lexicon.title_gender, against the roles and occupations listed), the part
    after a prefix's hyphen too ("ex-animatrice"); or the word itself, a person noun of one sex (words.tsv female_noun,
    male_noun: "the mother", "le père")."""
    for form in (tok.text, tok.lemma_):  # "la mère", "the father", "le jeune homme": the word itself tells
        if ctx.is_word("female_noun", form):
            return "Fem"
        if ctx.is_word("male_noun", form):
            return "Masc"
    known = _TITLE_FORMS.get(ctx.lex.lang)
    if known is None:
        known = _TITLE_FORMS[ctx.lex.lang] = frozenset(ctx.lex.roles) | occupations(ctx.lex.lang)
    for word in (tok.text, tok.text.rsplit("-", 1)[-1]):
        sex = ctx.lex.title_gender(word, known)
        if sex is not None:
            return sex
    return None


_TITLE_FORMS: dict[str, frozenset[str]] = {}  # language → every folded title and occupation (roles.tsv, occupations.txt)


def is_subject(doc, start: int, end: int) -> bool:
    """Is the name at tokens start…end-1 its clause's subject, or part of the subject (an apposition, a
    name within it)? What a later pronoun or bare title most likely means."""
    root = doc[start:end].root
    return root.dep_.startswith("nsubj") or root.head.dep_.startswith("nsubj") and root.dep_ in ("appos", "flat:name", "nmod")


def roles_by_reference(ctx: Context, entities: list[Entity], in_roles: set[int]) -> None:
    """A coreference step: a definite title standing apart from any name ("… a déclaré Augustin de
    Romanet. Le PDG d'ADP souligne que…", "a affirmé le chef de l'État", "the sheriff said") refers
    back to a person named before; the title becomes one of that person's roles. The person is
    chosen by a score: someone already given a title for the same function (or the same head, same_head)
    wins wherever they were named ("le président Aoun … Le chef de l'Etat a renvoyé…"); else the most
    recent person given no title yet, within REFERENCE_SENTENCES sentences; else, for a gendered title that
    may be another one of theirs (another_title), the one person titled otherwise named in the nearest
    sentence before (two people there leave it unresolved). Anyone named in the title's own sentence is not meant.
    First, the names of a list share the plural title said of the list (roles.shared_titles)."""
    doc = ctx.doc
    shared_titles(ctx, entities)
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
    quoted = quoted_tokens(ctx)
    mentions = sorted((m.start, m.end, e) for e in entities if e.kind == "person" for m in e.mentions)
    sexes: dict[int, str | None] = {}
    history: list[tuple[int, str | None, Entity]] = []
    pronouns = pronoun_chain(ctx, mentions, quoted, sexes, history)
    chain = sorted(mentions + [(start, end, e) for (start, end), e in pronouns.items()], key=lambda m: (m[0], m[1]))
    for k, phrase in definite_titles(ctx, in_roles, set(person_at), org_tokens):
        if k in quoted:
            continue  # a title in someone's words ("l'employeur ne fera que…") is seldom a person of the narrative
        comma = apposed_name(ctx, phrase, person_at)
        if comma is not None:  # "le secrétaire d'Etat en charge du Proche Orient, David Schenker, était attendu"
            whole = role_text(ctx, doc[phrase.start:comma])
            if fold(whole) not in {fold(r) for r in person_at[comma + 1].roles}:
                person_at[comma + 1].roles.append(whole)
            continue
        role = role_text(ctx, phrase)
        first, n = role_start(ctx, phrase.start, phrase.end - 1)
        # a title for a whole field ("l'élu", "the researcher") may mean someone titled otherwise in it
        field = category(ctx, role) if n and ctx.is_word("generic_title", unprefixed(ctx, ctx.folded(
            next((t for t in range(first, first + n) if not ctx.is_word("role_modifier", doc[t].text)), first),
            first + n))) else None
        sex = title_sex(ctx, doc[k], phrase)
        pointed = demonstrative(ctx, doc[k])
        here = sentence_of.get(k, 0)
        incise = speech_incise(ctx, k)
        post = title_function(ctx, role)[0] is not None and not former(ctx, role)  # "le président": whoever holds it
        office = post and unique_office(ctx, role)
        speaker, spoken = quote_speaker(ctx, k, sex, history) if incise else (None, k)
        best, best_score, best_same = None, None, False
        seen = set()
        titled: dict[int, list[Entity]] = {}  # sentences back → the people titled otherwise named there
        nearest_named = None  # how many sentences back the nearest person was named
        alike: list[Entity] = []  # the people named before whose sex the text tells as the title's
        holders: list[Entity] = []  # the untitled people named before a unique office's title, too far back for the score
        for start, end, e in reversed(chain):
            if start >= k or id(e) in seen or (start in quoted and k not in quoted):
                continue  # someone a quote names is not whom the narrative's title means
            back = here - sentence_of.get(start, here)
            if back <= 0 and (start, end) in pronouns:
                continue  # a pronoun in the title's own sentence: the person's name before it still counts
            seen.add(id(e))
            # "X estime que « … », détaille le président de l'AN": the incise restates who speaks, the subject before
            # the quote in the same sentence, even by a post; from an earlier sentence only a title that is no post
            restated = back <= 0 and e is speaker and spoken < k
            if back <= 0 and not restated and not apart_clause(doc, start, end, phrase):
                continue  # named in the title's own sentence: "X a reçu le Premier ministre" is someone else
            back = max(back, 1)
            if sex is not None and id(e) not in sexes:
                sexes[id(e)] = person_sex(ctx, e)
            if sex is not None and sexes[id(e)] not in (None, sex):
                continue  # "l'enseignante" is not Aman, "le président" not Mme X
            if sex is not None and sexes[id(e)] == sex:
                alike.append(e)
            nearest_named = back if nearest_named is None else min(nearest_named, back)
            if any(rank_apart(ctx, role, r) for r in e.roles):
                continue  # "l'ancien vice-président" is not the "président": the same post at another rank
            fits = [post_fits(ctx, r, role) for r in post_roles(e.roles)]
            if False in fits and True not in fits and not any(same_function(ctx, role, r) for r in e.roles):
                continue  # "le chef exécutif de l'hôtel" is not the "chef du service de presse": same word, another post
            same = any(same_function(ctx, role, r) or same_head(ctx, role, r) for r in e.roles)
            if same:
                score = 100 - back
            elif e is speaker and (restated or not post and 0 < here - sentence_of.get(spoken, here) <= REFERENCE_SENTENCES):
                score = 75 - back  # "…», poursuit la sénatrice du Bas-Rhin": whoever the narrative has speaking
            elif back <= REFERENCE_SENTENCES and (not titles_proper(ctx, e) or field is not None and any(
                    category(ctx, r) == field for r in e.roles) or generic_only(ctx, role, e)):
                score = 50 - back  # untitled yet, or a title for the field of theirs ("l'eurodéputé" … "l'élu")
                if is_subject(doc, start, end):
                    score += 0.5  # at the same distance, the subject the sentence was about, not a name in a complement
            elif back <= PRONOUN_SENTENCES and pointed:
                score = 40 - back  # "cet universitaire de 48 ans": the person just named, though titled otherwise
            elif office and not titles_proper(ctx, e):
                holders.append(e)  # "le chef de l'État", however far back: the one person the text leaves untitled
                continue
            else:
                if back <= REFERENCE_SENTENCES and not other_post(ctx, role, e) \
                        and any(category(ctx, r) != "family" for r in e.roles):
                    titled.setdefault(back, []).append(e)  # someone the text presents by a function, not only a relation
                continue
            if best_score is None or score > best_score:
                best, best_score, best_same = e, score, same
        if best is None and titled and min(titled) == nearest_named and title_sex(ctx, doc[k], phrase, by_form=False) is not None \
                and another_title(ctx, role, phrase):
            # only a title whose gender the language's grammar marks, checked against the person's sex ("the
            # spokesperson", "the chairwoman" have no such check: too weak a clue to add to someone's titles)
            nearest = titled[nearest_named]
            best, best_score = (nearest[0], 0) if len(nearest) == 1 else (None, None)
        if best is None and len(holders) == 1:
            best, best_score = holders[0], 0  # two untitled people ("Mélenchon", "Zemmour"): it may be neither
        if best is None and len(alike) == 1 and sex == "Fem" and category(ctx, role) != "family" \
                and title_sex(ctx, doc[k], phrase, by_form=False) == sex:
            # a title the grammar marks feminine ("la jeune militante") when the text has named one woman before: the
            # news names few, so she is whom it means, titled or far back ("la mère" is someone's mother: no such
            # clue); a masculine title has too many men to choose from, a form alone ("the chairwoman") is too weak
            best, best_score = alike[0], 0
        if best is None:
            best, best_score = lede_person(ctx, k, phrase, mentions, sentence_of, quoted, sex, sexes), 0
        if best is not None:
            if best_same and best_score >= 50 + REFERENCE_SENTENCES + 1 and not object_title(phrase):
                # a title the person already holds joins their chain: the extractors after this one
                # see whom it means ("L'acteur confirme…" after "déclare l'acteur")
                best.mentions.append(Mention(phrase.start, phrase.end, phrase.text, "person", None, [role], False, True))
            joined = []
            for c in coordinated_titles(ctx, phrase, True):
                if not ctx.is_word("coordination", doc[c.start - 1].text):
                    break  # "le chef d'Etat français et le patron de l'OMS": a determiner of its own, someone else
                if c.end < len(doc) and doc[c.end].pos_ == "ADP" and ctx.is_word("preposition", doc[c.end].text):
                    break  # "et candidat à la primaire de la gauche": cut before its complement, too bare a title
                joined.append(role_text(ctx, c))
            for title in (role, *joined):
                # "L'ex-chef du gouvernement et candidat à la primaire de la gauche a…": the titles it is joined to too
                if fold(title) not in {fold(r) for r in best.roles}:
                    best.roles.append(title)


def titles_proper(ctx: Context, e: Entity) -> list[str]:
    """A person's roles less those given by a function phrase alone (words.tsv function_phrase: "à la tête de la mairie de
    Béziers", "in charge of fundraising"): such a phrase names what the person does, not a title, so a later bare title
    ("le maire", "the director") may still stand for them as for someone untitled."""
    phrases = ctx.lex.words.get("function_phrase", ())
    return [r for r in e.roles if not any(fold(r) == p or fold(r).startswith(p + " ") for p in phrases)]


def same_head(ctx: Context, title: str, role: str) -> bool:
    """Do a bare title and a person's role have one head ("le candidat" … "candidat à la primaire", "the governor" …
    "Puerto Rico's governor")? The head is what a title is listed by (head_word), not a
    word of its complement or an adjective after it ("le chef de l'État" is no "secrétaire d'État" nor "chef du
    gouvernement", "le ministre de l'Intérieur" no "Premier ministre", "the general" no "Attorney General"), with its
    hyphened prefix ("l'ancien vice-président" is no "président").
    A current title is no former role ("le président" is not the "ex-président")."""
    if former(ctx, role) and not former(ctx, title) or not same_rank(ctx, title, role):
        return False  # nor a post of another rank: "the deputy mayor" is not the "mayor"
    mine = head_word(ctx, title)
    return mine is not None and mine == head_word(ctx, role)


def _post_words(text: str) -> list[str]:
    """A title's words, folded, an elided article or preposition apart ("de l'hotel" → de, l', hotel)."""
    return re.findall(r"\w[\w-]*'?|[^\s\w]", fold(text).replace("’", "'"))


def post_roles(roles) -> list[str]:
    """A person's titles without those that only shorten another of theirs: "chef" beside "chef du service de
    presse" is that post said short (a bare title the text took for them), not a post of its own."""
    folded = [" ".join(_post_words(r)) for r in roles]
    return [r for r, f in zip(roles, folded) if not any(o != f and o.startswith(f + " ") for o in folded)]


def post_fits(ctx: Context, role: str, title: str) -> bool | None:
    """Does the person's title `role` name the post a title with the same head word names? True when one begins
    the other past their modifiers ("maire" for "maire de Lyon" and back, "l'ancien maire" for the "maire"), or
    their complements agree: the same words, one with the class of the other's name besides ("maire de la commune
    de Saint-Nicolas"), or one the class of the name the other gives ("le maire de la commune" for the "maire de
    Saint-Nicolas", "le président des Hauts-de-France" for the "président de la région": words.tsv place_class,
    organization_class). False when both have a complement and they differ ("le chef exécutif de l'hôtel" is not the
    "chef du service de presse", "le chef du gouvernement" not the "chef de l'Etat"). None when the role has not
    the title's head word, or only one of them has a complement (no telling)."""
    demonyms = ctx.lex.demonyms  # "le ministre français de l'Intérieur" is the "ministre de l'Intérieur"
    modifiers = {fold(w) for w in ctx.lex.words.get("role_modifier", set())}

    def words_of(text: str) -> list[str]:
        found = [w for w in _post_words(text) if w not in demonyms]
        while found and found[0] in modifiers:
            found = found[1:]
        return found

    t, r = words_of(title), words_of(role)
    if not t or t[0] not in r:
        return None
    if not same_rank(ctx, title, role):
        return False  # "the deputy mayor" is not the "mayor", "le maire adjoint" not the "maire"
    k = r.index(t[0])
    tail = r[k:]
    short, long = sorted((" ".join(t), " ".join(tail)), key=len)
    if long.startswith(short) and (len(long) == len(short) or not long[len(short)].isalnum()):
        return True  # one begins the other, to a word's end or a hyphen's ("maitres" … "maitres-nageurs")
    preps = ctx.lex.words.get("complement_preposition", set())
    skip = {fold(w) for w in preps | ctx.lex.words.get("determiner", set()) | ctx.lex.words.get("definite", set())}
    classes = {fold(w) for w in ctx.lex.words.get("place_class", set()) | ctx.lex.words.get("organization_class", set())}
    tp = next((j for j, w in enumerate(t) if j and w in preps), None)
    rp = next((j for j, w in enumerate(tail) if j and w in preps), None)
    if tp is None or rp is None:
        return None  # "député LR" and "député Les Républicains": qualifiers only, no telling
    for drop in (set(), classes):
        t_words = [w for w in t[tp + 1:] if w not in skip and w not in drop]
        r_words = [w for w in tail[rp + 1:] if w not in skip and w not in drop]
        if t_words and r_words and (t_words[:len(r_words)] == r_words or r_words[:len(t_words)] == t_words):
            # "directrice d'école" for the "directrice de l'école maternelle"; "maire de la commune de Saint-Nicolas"
            # for the "maire de Saint-Nicolas": the class said besides
            return True

    def complement(words: list[str], at: int, text: str, folded: bool) -> tuple[bool, bool]:
        """(is the complement a class noun after articles only, does it open on a name)"""
        rest = [w for w in words[at + 1:] if w not in skip]
        is_class = len(rest) == 1 and rest[0] in classes
        if not rest or folded:  # a folded title: any complement not a class may be a name
            return is_class, bool(rest) and not is_class
        first = next((w for w in re.findall(r"\w[\w-]*'?|[^\s\w]", text.replace("’", "'"))
                      if fold(w) == rest[0]), "")
        return is_class, first[:1].isupper()

    t_class, t_name = complement(t, tp, title, not any(ch.isupper() for ch in title))
    r_class, r_name = complement(tail, rp, role, False)  # a role keeps the text's letters
    return t_class and r_name or r_class and t_name


def head_word(ctx: Context, title: str) -> str | None:
    """The word a title is headed by: the words past its modifiers of its longest listed start ("président de la République",
    "Premier ministre", "porte-parole du gouvernement"), its prefix kept ("ex-président"); when no start is listed, the last
    listed word before a complement ("Puerto Rico's governor" → governor), else the first word."""
    known = ctx.memo("head_word")
    if title not in known:
        words = fold(title).split()
        while words and ctx.is_word("role_modifier", words[0]):
            words = words[1:]
        listed = _listed_start(ctx, title)
        if listed is not None:
            known[title] = " ".join(words[:len(listed[0].split())]) or None
        else:  # "Puerto Rico's governor", "eleventh governor": the last listed word before a complement
            k = next((i for i, w in enumerate(words) if i and ctx.is_word("complement_preposition", w)), len(words))
            heads = [w for w in words[:k] if unprefixed(ctx, w) in ctx.lex.roles]
            known[title] = heads[-1] if heads else words[0] if words else None
    return known[title]


def generic_only(ctx: Context, title: str, e: Entity) -> bool:
    """Is the person given only titles for a whole field (words.tsv generic_title: "l'élu", "the official"), of the
    bare title's field ("Eric Woerth … l'élu" … "Le député")? The title says which post, like a first title."""
    field = category(ctx, title)
    return field is not None and bool(e.roles) and all(
        ctx.is_word("generic_title", fold(r)) and category(ctx, r) == field for r in e.roles)


def object_title(phrase: Span) -> bool:
    """Is a bare title its verb's object ("qui a ouvertement critiqué la jeune femme")? It still names the person,
    but joins no chain of mentions: a subject pronoun after it ("…», a-t-elle écrit") goes on speaking of the subject."""
    return phrase.root.dep_ in ("obj", "dobj", "iobj")


def clause_verb_of(tok: Token) -> Token:
    """The verb of the clause a token belongs to: up its heads to the first verb or auxiliary, or the sentence's root."""
    seen = 0
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and seen < 40:
        tok, seen = tok.head, seen + 1
    return tok


def apart_clause(doc, start: int, end: int, phrase: Span) -> bool:
    """Is a name before a bare title in its own sentence in a clause apart from the title's, one that does not govern
    it ("S'il avait apprécié qu'Emmanuel Macron essaye…, il a moins apprécié les sorties du chef de l'État")? Such a
    name may be whom the title means; a name in the clause of the title or one governing it ("X a reçu le Premier
    ministre", "X estime que le ministre…"), a relative clause or a participle without an auxiliary is someone else."""
    mine, theirs = clause_verb_of(phrase.root), clause_verb_of(doc[start:end].root)
    if mine.i == theirs.i or theirs.dep_.startswith("acl") or "Fin" not in theirs.morph.get("VerbForm") and theirs.pos_ == "VERB" \
            and not any(c.pos_ == "AUX" for c in theirs.children):
        return False  # a relative clause within an argument ("La comparaison, que X avait faite, a révolté le délégué"),
        # a participle's agent ("Poussé par X, l'ancien animateur dévoile…")
    return not any(a.i == theirs.i for a in mine.ancestors)


def pronoun_chain(ctx: Context, mentions: list[tuple[int, int, Entity]], quoted: set[int],
                  sexes: dict[int, str | None],
                  history: list[tuple[int, str | None, Entity]] | None = None) -> dict[tuple[int, int], Entity]:
    """A subject pronoun of the narrative ("…», a-t-il prévenu", "Elle a ajouté") goes on speaking of the last
    subject before it — a person not named as a prepositional complement, or the person of an earlier such pronoun —
    whose sex the text tells and the pronoun agrees with: the person stays as near to a bare title after it as that
    pronoun ("…», a-t-il insisté. Le député de Seine-et-Marne…"). (pronoun token span) → that person. `history`, when
    given, gets every subject of the narrative in text order, as (token, sex, person), a subject pronoun as (token, sex,
    None)."""
    doc, found = ctx.doc, {}
    subjects = {start: e for start, end, e in mentions if start not in quoted and not complement_name(ctx, start)}
    pronouns = set(ctx.indices(ctx.lex.words.get("subject_pronoun", set())))
    last: dict[str, Entity] = {}  # sex → the last subject of that sex: one pass in text order
    for k in sorted(subjects.keys() | pronouns):
        e = subjects.get(k)
        if e is not None:
            if id(e) not in sexes:
                sexes[id(e)] = person_sex(ctx, e)
            if sexes[id(e)] is not None:
                last[sexes[id(e)]] = e
            if history is not None:
                history.append((k, sexes[id(e)], e))
        if k not in pronouns:
            continue
        tok = doc[k]
        if k in quoted or not ctx.is_word("pronoun_singular", tok.text) \
                or not (tok.dep_.startswith("nsubj") or tok.dep_.startswith("expl")):
            continue
        sex = "Masc" if ctx.is_word("male_pronoun", tok.text) else "Fem" if ctx.is_word("female_pronoun", tok.text) else None
        if sex is not None and sex in last:
            found[(k, k + 1)] = last[sex]
        if history is not None:
            history.append((k, sex, None))
    return found


def speech_incise(ctx: Context, k: int) -> bool:
    """Is the title whose determiner is at k the subject of a speech verb set right after a closing quote ("…»,
    poursuit la sénatrice du Bas-Rhin", "…", a également ironisé la ministre")? Its words are the quote's."""
    doc = ctx.doc
    j, verb = k - 1, False
    while j >= 0 and k - j <= 5 and (doc[j].pos_ in ("VERB", "AUX", "ADV") or incise_clitic(ctx, doc[j])) \
            and not doc[j].is_punct:
        verb = verb or any(fold(form) in ctx.lex.speech_verbs or fold(form) in ctx.lex.incise_verbs
                           for form in (doc[j].lemma_, *ctx.lex.base_forms(doc[j].text.lower())))
        j -= 1
    while j >= 0 and doc[j].text == ",":
        j -= 1
    return verb and j >= 0 and doc[j].text in ("»", "”", '"')


def incise_clitic(ctx: Context, tok: Token) -> bool:
    """A reflexive pronoun of the incise's verb (", s'est défendu le ministre", ", s'insurge le député": words.tsv
    reflexive_pronoun), tagged a pronoun: part of the verb group, as an auxiliary is."""
    return tok.pos_ == "PRON" and ctx.is_word("reflexive_pronoun", tok.text)


def quote_speaker(ctx: Context, k: int, sex: str | None,
                  history: list[tuple[int, str | None, Entity | None]]) -> tuple[Entity | None, int]:
    """Whom a title in a speech incise means: the last person named as a subject of the narrative before it whose sex
    the title's does not contradict — the person the text has speaking — with the token where the text last spoke of
    them: that name, or a subject pronoun of theirs after it ("…», a-t-il détaillé. «…», a enchaîné le syndicaliste")."""
    latest = None
    for start, person_sex_, e in reversed(history):
        if start >= k or sex is not None and person_sex_ not in (None, sex):
            continue
        if e is None:
            latest = start if latest is None else latest
            continue
        return e, start if latest is None else latest
    return None, k


def complement_name(ctx: Context, start: int) -> bool:
    """Is the name at `start` a prepositional complement ("une lettre à Emmanuel Macron"): a preposition right
    before it, past its honorific and determiners? Such a name is seldom what a subject pronoun after it means;
    a preposition opening the sentence ("Pour Jean-Luc Mélenchon, ces propos sont…") names whose view it is, the
    topic still."""
    doc = ctx.doc
    j = start - 1
    while j >= 0 and start - j <= 3 and (ctx.is_word("name_honorific", doc[j].text) or ctx.is_word("determiner", doc[j].text)
                                         and not ctx.is_word("complement_preposition", doc[j].text)):
        j -= 1
    j = past_title(ctx, j, start)
    return j >= 0 and doc[j].pos_ == "ADP" and not doc[j].is_sent_start  # "Pour X, …", "Selon X, …": whose view it is


def past_title(ctx: Context, j: int, start: int) -> int:
    """Back from token j past a title before a name and its determiners ("pour le ministre Pierre Moscovici", "à
    l'ancien président X"): the token before them, j itself when no title ends there."""
    doc = ctx.doc
    k = j
    while k >= 0 and start - k <= 6 and doc[k].text[:1].islower() and doc[k].pos_ in ("ADJ", "NOUN", "VERB"):
        k -= 1
    first, n = role_start(ctx, k + 1, j) if k < j else (k + 1, 0)
    if not n or first + n - 1 != j:
        return j
    k = first - 1
    while k >= 0 and start - k <= 8 and ctx.is_word("determiner", doc[k].text) \
            and not ctx.is_word("complement_preposition", doc[k].text):
        k -= 1
    return k


def lede_person(ctx: Context, k: int, phrase: Span, mentions: list[tuple[int, int, Entity]], sentence_of: dict[int, int],
                quoted: set[int], sex: str | None, sexes: dict[int, str | None]) -> Entity | None:
    """A news lede names its subject by a title before its name ("L'ancien maire de Grande-Synthe a signé… », a
    ajouté M. Carême"): a definite title that is its sentence's subject, before anyone is named in the narrative,
    means the first person named after it, within REFERENCE_SENTENCES sentences, outside its own sentence and
    outside quotes, whose sex does not contradict the title's."""
    if not phrase.root.dep_.startswith("nsubj") or any(start < k and start not in quoted for start, _end, _e in mentions):
        return None
    here = sentence_of.get(k, 0)
    for start, _end, e in mentions:
        ahead = sentence_of.get(start, here) - here
        if start < k or start in quoted or ahead <= 0:
            continue
        if ahead > REFERENCE_SENTENCES:
            return None
        if sex is not None and id(e) not in sexes:
            sexes[id(e)] = person_sex(ctx, e)
        if sex is None or sexes[id(e)] in (None, sex):
            return e
    return None


def unique_office(ctx: Context, role: str) -> bool:
    """Does a current title name an office with one holder in the country the text is about ("le chef de l'État",
    "le président de la République", "le Premier ministre")? Its function (roles.tsv `same`) is a single office
    (words.tsv single_office), or its listed form names its own place ("chef de l'État", not "président"), and
    nothing else places it ("le président de la région" is no head of state)."""
    function, place = title_function(ctx, role)
    if function is None or former(ctx, role) or place:
        return False
    return ctx.is_word("single_office", function) or bool(own_place(ctx, role))


def another_title(ctx: Context, role: str, phrase: Span) -> bool:
    """May a bare title be one more title of someone titled otherwise ("l'ancien maire d'Evry" after "l'ancien
    Premier ministre Manuel Valls", "le dirigeant", "l'enseignante")? It may when it is a title of roles.tsv (a
    noun of the occupation lexicon may name anyone: "le propriétaire", "le constructeur"), names no relation
    (category family: "le père" is someone's father, seldom the person just named), no current function with
    a single holder (`same`: "le président" is whoever holds it, not anyone titled; "l'ancien maire" may be
    anyone's past)."""
    first, n = role_start(ctx, phrase.start, phrase.end - 1)
    bare = next((t for t in range(first, first + n) if not ctx.is_word("role_modifier", ctx.doc[t].text)), first)
    listed = unprefixed(ctx, ctx.folded(bare, first + n)) in ctx.lex.roles
    return listed and category(ctx, role) != "family" and (title_function(ctx, role)[0] is None or former(ctx, role))


def other_post(ctx: Context, title: str, e: Entity) -> bool:
    """Does the person hold a current post of the same field as a current bare title ("Damien Carême,
    eurodéputé" … "le maire"; "son réalisateur" … "l'acteur")? Then the title is another post, someone else's;
    a former one ("l'ancien maire d'Evry") may still be theirs."""
    field = category(ctx, title)
    return field is not None and not former(ctx, title) and any(
        category(ctx, r) == field and not former(ctx, r) for r in e.roles)


def title_function(ctx: Context, role: str) -> tuple[str | None, str]:
    """The function a title names (roles.tsv `same`: "président", "chef de l'État" → head_of_state) and the
    complement that places it, from the title's longest listed start past its modifiers and a hyphenated
    prefix: "ancien chef d'État" → (head_of_state, ""), "patron de la SNCF" → (company_head, "de la sncf").
    Asked for every title and every role of every person before it: answered once per text."""
    known = ctx.memo("title_function")
    if role not in known:
        known[role] = _title_function(ctx, role)
    return known[role]


def _listed_start(ctx: Context, role: str) -> tuple[str, list[str]] | None:
    """The longest start of a title that roles.tsv lists, past its modifiers and a hyphenated prefix, and the
    words after it: "ancien chef d'État de la France" → ("chef d'etat", ["de", "la", "france"])."""
    words = fold(role).split()
    while words and ctx.is_word("role_modifier", words[0]):
        words = words[1:]
    for n in range(min(len(words), ctx.lex.max_role_words), 0, -1):
        key = unprefixed(ctx, " ".join(words[:n]))
        if key in ctx.lex.roles:
            return key, words[n:]
    return None


def _title_function(ctx: Context, role: str) -> tuple[str | None, str]:
    listed = _listed_start(ctx, role)
    if listed is None:
        return ctx.lex.function_of(role), ""
    key, rest = listed
    k = next((i for i, w in enumerate(rest) if ctx.is_word("complement_preposition", w)), len(rest))
    return ctx.lex.role_functions.get(key), " ".join(rest[k:])


def same_function(ctx: Context, title: str, role: str) -> bool:
    """Do a bare title and a person's role name one function: the same `same` function, both over or both
    current ("ancien président" is not the president), and the title's complement, if any, shared by the
    role ("le patron de la SNCF" is the "PDG de la SNCF", "le président de la CNCCFP" not the "chef de l'État")."""
    function, place = title_function(ctx, title)
    other, other_place = title_function(ctx, role)
    if function is None or other != function or former(ctx, title) != former(ctx, role) or not same_rank(ctx, title, role):
        return False
    words = {w for w in place.split() if not ctx.is_word("complement_preposition", w) and not ctx.is_word("determiner", w)}
    if words:
        return bool(words & set(other_place.split()))
    return not other_place or placed_alike(ctx, title, other_place)


def placed_alike(ctx: Context, title: str, place: str) -> bool:
    """May a title be said of a role placed by a complement ("président de la région", "président des
    États-Unis")? A title that names its own place ("chef de l'État", "président de la République": a complement
    inside the listed title) is said only of a role placed in a country or in that same place, not of the head
    of a region or a body ("le chef de l'État" is not the "président de la région"). A title placed nowhere
    ("le président", "le patron") may be said of any."""
    own = own_place(ctx, title)
    if not own:
        return True
    words = [part for w in place.split() for part in {w, w.split("'")[-1]}
             if part and not ctx.is_word("complement_preposition", part) and not ctx.is_word("determiner", part)]
    return any(w in own for w in words) or any(
        (entry := ctx.lex.gazetteer.get(w)) is not None and entry.kind == "country" or w in ctx.lex.demonyms for w in words)


def own_place(ctx: Context, title: str) -> set[str]:
    """The words a title's listed form places it by ("chef de l'état" → {"l'etat", "etat"}), past its modifiers
    and a hyphenated prefix; empty for a title listed without a complement ("président")."""
    found = _listed_start(ctx, title)
    if found is None:
        return set()
    listed = found[0].split()
    k = next((i for i, w in enumerate(listed) if ctx.is_word("complement_preposition", w)), len(listed))
    own = {part for w in listed[k + 1:] for part in (w, w.split("'")[-1])}
    return {w for w in own if w and not ctx.is_word("determiner", w)}

def rank(ctx: Context, title: str) -> frozenset[str]:
    """The rank words of a title (words.tsv rank_marker, as a word or a hyphened prefix): "le premier adjoint",
    "le maire adjoint", "l'ancien vice-président", "the deputy mayor", "the acting director". A title of another
    rank names another post: the deputy mayor is not the mayor, the vice-president not the president."""
    memo = ctx.memo("rank")  # asked for every pair of titles coreference compares: worked out once per title
    if title in memo:
        return memo[title]
    found = set()
    for word in _post_words(title):
        for part in (word, word.split("-", 1)[0] if "-" in word.strip("-") else ""):
            if part and ctx.is_word("rank_marker", part):
                # one rank in either gender: "adjointe" is the "adjoint"
                found.add(part[:-1] if part.endswith("e") and ctx.is_word("rank_marker", part[:-1]) else part)
    memo[title] = frozenset(found)
    return memo[title]


def same_rank(ctx: Context, title: str, role: str) -> bool:
    """Do two titles have the same rank words (rank): "maire" and "maire de Lyon", not "maire" and "maire adjoint"?"""
    return rank(ctx, title) == rank(ctx, role)


def rank_apart(ctx: Context, title: str, role: str) -> bool:
    """Are two titles one post at two ranks: the same head word once rank words and prefixes are set aside, other
    rank words ("l'ancien vice-président" and "président", "the deputy mayor" and "mayor")?"""
    if same_rank(ctx, title, role):
        return False
    heads = []
    for text in (title, role):
        head = head_word(ctx, text)
        words = [w for w in (head or "").split() if not ctx.is_word("rank_marker", w)]
        heads.append(unprefixed(ctx, " ".join(words)) if words else None)
    return heads[0] is not None and heads[0] == heads[1]


def former(ctx: Context, role: str) -> bool:
    """Does the title say the function is over ("ancien président", "ex-président", "former minister")?
    Such a title means someone other than the function's holder."""
    words = fold(role).split()
    first = words[0] if words else ""
    dash = first.find("-")
    return ctx.is_word("former_marker", first) or 0 < dash and ctx.is_word("former_marker", first[:dash])


PRONOUN_SENTENCES = 2  # a subject pronoun means a person named at most this many sentences before


def roles_by_pronoun(ctx: Context, entities: list[Entity]) -> None:
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
    quoted = quoted_tokens(ctx)
    sexes: dict[int, str | None] = {}
    for k in ctx.indices(ctx.lex.words.get("subject_pronoun", set())):
        tok = doc[k]
        if k in quoted or not tok.dep_.startswith("nsubj") or not ctx.is_word("pronoun_singular", tok.text):
            continue
        sex = "Masc" if ctx.is_word("male_pronoun", tok.text) else "Fem" if ctx.is_word("female_pronoun", tok.text) else None
        phrase = role_phrase_copula(ctx, Mention(k, k + 1, tok.text, "person"))
        if phrase is None:
            phrase = fronted_role(ctx, tok)
        if phrase is None:
            continue
        first_sentence = ctx.sent_starts_before(k, PRONOUN_SENTENCES + 1)[0]
        fitting = {}
        for start, e in mentions[bisect_right(starts, first_sentence - 1):bisect_right(starts, k - 1)]:
            if start in quoted:
                continue
            if sex is not None and id(e) not in sexes:
                sexes[id(e)] = person_sex(ctx, e)
            if sex is not None and sexes[id(e)] not in (None, sex):
                continue
            fitting[id(e)] = e
        person = next(iter(fitting.values())) if len(fitting) == 1 else narrative_subject(ctx, k, fitting, people, quoted, sexes)
        if person is None:
            continue
        role = clean_role(role_text(ctx, phrase))
        if fold(role) not in {fold(r) for r in person.roles}:
            person.roles.append(role)


def narrative_subject(ctx: Context, k: int, fitting: dict[int, Entity], people: list[Entity], quoted: set[int],
                      sexes: dict[int, str | None]) -> Entity | None:
    """Of several people a subject pronoun given a title may stand for ("… lorsqu'il travaille pour le ministre Pierre
    Moscovici … quand il est ensuite directeur de cabinet"), the one the narrative goes on speaking of: the last subject
    of its sex before it, not a name in a prepositional complement (pronoun_chain); None when that is none of them."""
    memo = ctx.memo("narrative_subject")
    if "chain" not in memo:
        mentions = sorted((m.start, m.end, e) for e in people for m in e.mentions)
        memo["chain"] = pronoun_chain(ctx, mentions, quoted, sexes)
    person = memo["chain"].get((k, k + 1))
    if person is None or id(person) not in fitting or coordinated_subject(ctx, person, k, people):
        return None
    return person


def coordinated_subject(ctx: Context, person: Entity, k: int, people: list[Entity]) -> bool:
    """Is the person's last mention before token k coordinated with another person's ("Pierre Martin et Paul Durand
    sont arrivés")? The pronoun after it may then mean either: the narrative names no single subject."""
    before = [m for m in person.mentions if m.end <= k]
    if not before:
        return False
    m = max(before, key=lambda m: m.start)
    root = ctx.doc[m.start:m.end].root
    linked = [t.i for t in root.children if t.dep_ == "conj"] + ([root.head.i] if root.dep_ == "conj" else [])
    others = {i for e in people if e is not person for o in e.mentions for i in range(o.start, o.end)}
    return any(i in others for i in linked)


def fronted_role(ctx: Context, pronoun: Token) -> Span | None:
    """"Avocate, elle a plaidé…", "Directeur de l'usine à l'époque, il a…": a title opening the sentence,
    set apart by a comma before its subject pronoun."""
    doc = ctx.doc
    start = pronoun.sent.start
    while start < pronoun.i and (doc[start].is_space or doc[start].is_punct):
        start += 1
    if pronoun.i - start < 2 or doc[pronoun.i - 1].text != ",":
        return None
    phrase = role_phrase_from(ctx, start, apposition=True)
    if phrase is None or phrase.start != start or phrase.end > pronoun.i - 1 or pronoun.i - 1 - phrase.end > 4 \
            or any(t.pos_ in ("VERB", "AUX") for t in doc[phrase.end:pronoun.i - 1]):
        return None
    return phrase
