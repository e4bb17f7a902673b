"""Titles: where the text gives a person a title or an occupation, and what that title is.

A title is a phrase of models/<lang>/roles.tsv or an occupation of occupations.txt, with its modifiers
("ancien Premier ministre") and complements ("ministre de l'Intérieur", "of the United States"). It
is found beside a name (before it, in an apposition after it, as the attribute of a copula) by the
actors stage, and standing alone ("le ministre a déclaré") by the coreference stage.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from ..lexicon import _lines, fold, models_dir
from .context import Context
from .stages import Entity, Mention


def role_at(ctx: Context, i: int, limit: int) -> int:
    """Number of tokens of the longest role title starting at token i (0 if none): a title of
    roles.tsv, or an occupation of occupations.txt ("kayakiste", "médecin généraliste") that the
    tagger takes for a noun."""
    roles, nouns = ctx.lex.roles, occupations(ctx.lex.lang)
    best = 0
    for n in range(1, min(ctx.lex.max_role_words, limit - i + 1) + 1):
        key = unprefixed(ctx, ctx.folded(i, i + n))
        if key in roles or key in nouns and heads_noun_group(ctx, i) and as_listed(ctx, ctx.doc[i:i + n].text):
            best = n
    return best


def as_listed(ctx: Context, text: str) -> bool:
    """Is an occupation of the text written as the lexicon lists it, accents kept? Folding alone would make the
    pensions ("les retraites", "la retraite") pensioners ("retraité")."""
    return unprefixed(ctx, text.lower().replace("’", "'")) in occupation_forms(ctx.lex.lang)


def unprefixed(ctx: Context, key: str) -> str:
    """A folded title less a prefix joined by a hyphen ("ex-président", "co-fondateur" → the title)."""
    dash = key.find("-")
    return key[dash + 1:] if 0 < dash < len(key) - 1 and ctx.is_word("role_prefix", key[:dash]) else key


def heads_noun_group(ctx: Context, i: int) -> bool:
    """Is the lower-case word at i a noun: tagged so, behind a title prefix ("ex-employé"), or tagged an
    adjective right after a determiner, a comma, a copula or a coordination (the tagger reads "kayakiste",
    "médecin", "gendarme" as adjectives)?"""
    tok = ctx.doc[i]
    if not (tok.text[:1].islower() or tok.is_sent_start and tok.text[1:].islower()):  # "Tailleur de marbre, X…"
        return False
    if tok.pos_ == "NOUN" or prefixed(ctx, tok):  # "ex-employé" tagged a participle
        return True
    if tok.pos_ in ("VERB", "AUX") and verb_tagged_title(ctx, i):  # "le dernier survivant du massacre"
        return True
    before = ctx.doc[i - 1] if i > 0 else None
    return tok.pos_ == "ADJ" and before is not None and (before.pos_ == "DET" or before.text in (",", "(")
                                                         or ctx.is_word("copula", before.lemma_)  # "il devient urologue"
                                                         or ctx.is_word("coordination", before.text))  # "… et gendarme"


@lru_cache(maxsize=None)
def occupations(lang: str) -> frozenset[str]:
    """Folded occupations and person nouns of models/<lang>/occupations.txt."""
    return frozenset(fold(w) for w in _lines(models_dir() / lang / "occupations.txt"))


@lru_cache(maxsize=None)
def occupation_forms(lang: str) -> frozenset[str]:
    """The occupations of models/<lang>/occupations.txt as listed, in lower case with their accents."""
    return frozenset(w.lower().replace("’", "'") for w in _lines(models_dir() / lang / "occupations.txt"))


def closed_apposition(ctx: Context, phrase: Span | None) -> bool:
    """Is the title after a name closed like an apposition ("X, directeur de Y, a dit"), not the
    subject of what follows ("relaye France Bleu, le prince Albert II a…")?"""
    if phrase is None:
        return False
    return phrase.end >= len(ctx.doc) or ctx.doc[phrase.end].text in (",", ")", ".", ";")


def is_participle(tok: Token) -> bool:
    return "Part" in tok.morph.get("VerbForm") and tok.text[:1].islower()


def role_start(ctx: Context, i: int, limit: int) -> tuple[int, int]:
    """(first token, tokens) of a title at token i, with its modifiers ("ancien Premier ministre"), or (i, 0)."""
    doc = ctx.doc
    j = i
    while j <= limit and ctx.is_word("role_modifier", doc[j].text) and not hyphen_joined(doc, j, limit):
        j += 1
    if j > limit or doc[j].pos_ in ("VERB", "AUX") and not doc[j].text[:1].isupper() and not prefixed(ctx, doc[j]) \
            and not verb_tagged_title(ctx, j):
        return i, 0
    if tense_participle(ctx, j):
        return i, 0
    n = role_at(ctx, j, limit) or plural_title(ctx, j)
    return (i, j - i + n) if n else (i, 0)


def hyphen_joined(doc, j: int, limit: int) -> bool:
    """Is the word at j joined to the next by a hyphen the tokenizer split off ("ex-wife" read as "ex", "-", "wife")?
    Then it is a prefix of one word (role_at reads the whole), not a modifier before a title."""
    return j + 2 <= limit and not doc[j].whitespace_ and doc[j + 1].text in ("-", "‑") and not doc[j + 1].whitespace_


def tense_participle(ctx: Context, j: int) -> bool:
    """A word right after a tense auxiliary that is no copula ("la fondation a élu Yasmina Ouirhane", "has elected"):
    the participle of a compound tense, whatever the tagger says, not a title ("élu")."""
    before = ctx.doc[j - 1] if j > 0 else None
    return before is not None and before.pos_ == "AUX" and not ctx.is_word("copula", before.lemma_) \
        and ctx.doc[j].text[:1].islower()


def verb_tagged_title(ctx: Context, j: int) -> bool:
    """A title of roles.tsv, written as listed, that the tagger took for a verb ("le leader de Génération.s", "Jennifer
    Clain, nièce des frères…", "Anne-Marie Duguet, spécialiste en éthique"): still a title after a determiner (an article
    or a contracted one) or heading an apposition after a comma. A participle or infinitive that merely folds like a
    title ("jugé", "est jugé") is not written as listed. After a copula, past adverbs, an occupation too ("il est
    ensuite directeur de cabinet", "où X est étudiante en quatrième année"), unless shaped as a past participle
    ("est élu", "est condamné": a passive)."""
    doc = ctx.doc
    form = doc[j].text.lower().replace("’", "'")
    if j < 1:
        return False
    if after_copula(ctx, j):  # "il est ensuite directeur de cabinet", "où X est étudiante en quatrième année"
        return (form in role_forms(ctx.lex.lang) or form in occupation_forms(ctx.lex.lang)) \
            and not ctx.lex.has_ending("past_participle", form)  # "est élu", "est condamné": a passive
    listed = form in role_forms(ctx.lex.lang)
    if not listed and form not in occupation_forms(ctx.lex.lang):
        return False
    b = j - 1
    while b > 0 and j - b <= 2 and doc[b].pos_ == "ADJ" and doc[b].text[:1].islower():
        b -= 1  # "le dernier survivant du massacre": adjectives before it
    before = doc[b]
    if before.pos_ == "DET" or before.morph.get("Definite") and ctx.is_word("determiner", before.text):
        return True  # a determiner makes a noun of an occupation too ("le survivant", "l'employé")
    if b != j - 1:
        return False
    if not listed:  # an occupation after a comma with its complement: "Aman, élève de seconde, …", "X, employé de Fakhri"
        return before.text == "," and j + 2 < len(doc) and ctx.is_word("complement_preposition", doc[j + 1].text) \
            and not ctx.is_word("determiner", doc[j + 2].text) and (doc[j + 2].pos_ in ("NOUN", "PROPN", "ADJ"))
    if ctx.is_word("coordination", before.text):  # "l'ancienne ministre de la Santé et candidate LREM à la mairie…"
        return joined_title(ctx, b)
    # after a comma, no clause's verb ("X, conseiller…"), nor a participle opening a clause ("X, élu en 2017, …")
    return before.text == "," and doc[j].dep_ != "ROOT" and (doc[j].dep_ == "appos" or not is_participle(doc[j]))


JOINED_REACH = 6  # how many words a title may run before the coordination that joins another title to it


def joined_title(ctx: Context, k: int) -> bool:
    """Does the coordination at k follow a title of the same sentence, within JOINED_REACH words and no punctuation
    or verb between ("l'ex-ministre des Armées et députée européenne…")? A title listed in roles.tsv after it is
    another title, though the tagger reads a verb ("et candidate LREM à la mairie de Paris", "et députée"), not
    the verb of a clause ("il a démissionné et candidate…" has a verb before the coordination)."""
    doc = ctx.doc
    lo = max(doc[k].sent.start, k - JOINED_REACH)
    for x in range(k - 1, lo - 1, -1):
        tok = doc[x]
        if tok.is_punct and tok.text not in "-'’" or tok.pos_ in ("VERB", "AUX") and not verb_after_determiner(ctx, x):
            return False
        if role_at(ctx, x, k - 1):
            return True
    return False


def verb_after_determiner(ctx: Context, x: int) -> bool:
    """A title of roles.tsv the tagger took for a verb right after a determiner ("l'ex-ministre" is read so)."""
    doc = ctx.doc
    return x > 0 and doc[x - 1].pos_ == "DET" and doc[x].text.lower().replace("’", "'") in role_forms(ctx.lex.lang)


def after_copula(ctx: Context, j: int) -> bool:
    """Does the word at j follow a copula, past adverbs ("est ensuite", "fut également")?"""
    doc = ctx.doc
    k = j - 1
    while k > 0 and j - k <= 3 and doc[k].pos_ == "ADV":
        k -= 1
    return k >= 0 and doc[k].pos_ in ("AUX", "VERB") and ctx.is_word("copula", doc[k].lemma_)


@lru_cache(maxsize=None)
def role_forms(lang: str) -> frozenset[str]:
    """The titles of models/<lang>/roles.tsv as listed, in lower case with their accents."""
    return frozenset(row.split("\t")[0].strip().lower().replace("’", "'") for row in _lines(models_dir() / lang / "roles.tsv")
                     if row.strip() and not row.startswith("title\t"))


def prefixed(ctx: Context, tok: Token) -> bool:
    """A word behind a title prefix and a hyphen ("ex-employé", "co-fondateur"): a noun, whatever the tagger says."""
    dash = tok.text.find("-")
    return 0 < dash < len(tok.text) - 1 and ctx.is_word("role_prefix", fold(tok.text[:dash]))


def next_title(ctx: Context, k: int) -> bool:
    """Does a coordination at k join another title ("médecin chercheur à Leicester et auteur des…", "ex-employé
    de LREM et gendarme réserviste")? It ends the title before it; coordinated_titles takes the next."""
    doc = ctx.doc
    if not ctx.is_word("coordination", doc[k].text):
        return False
    j = k + 1
    while j < len(doc) and ctx.is_word("determiner", doc[j].text) and not ctx.is_word("complement_preposition", doc[j].text):
        j += 1
    return j < len(doc) and role_start(ctx, j, min(len(doc) - 1, j + 8))[1] > 0


def plural_role(ctx: Context, j: int) -> int:
    """'l'un des avocats de…': a title of roles.tsv in the plural."""
    text = fold(ctx.doc[j].text)
    return 1 if len(text) > 3 and text[-1] in "sx" and text[:-1] in ctx.lex.roles else 0


def plural_title(ctx: Context, j: int) -> int:
    """A title in the plural, of roles.tsv or a noun of the occupation lexicon ("les jurés X, Y et Z", "des
    conservateurs X et Y"): what a list of names shares."""
    text = fold(ctx.doc[j].text)
    return plural_role(ctx, j) or int(len(text) > 3 and text[-1] in "sx" and text[:-1] in occupations(ctx.lex.lang)
                                      and heads_noun_group(ctx, j) and as_listed(ctx, ctx.doc[j].text[:-1]))


def role_text(ctx: Context, phrase: Span) -> str:
    """The title as a role: a plural title head in the singular ('avocats de la famille' → 'avocat …')."""
    words = [("" if t.is_quote else t.text) + t.whitespace_ for t in phrase]  # 'avocat de "Christelle"' → avocat de Christelle
    for k, t in enumerate(phrase):
        if ctx.is_word("role_modifier", t.text):
            continue
        if fold(t.text) not in ctx.lex.roles and plural_title(ctx, t.i):
            words[k] = t.text[:-1] + t.whitespace_
            for a in range(k + 1, len(phrase)):  # its adjectives agree: "sénateurs ultra-conservateurs" → "sénateur ultra-conservateur"
                if not plural_adjective(phrase[a]):
                    break
                words[a] = phrase[a].text[:-1] + phrase[a].whitespace_
        break
    return clean_role("".join(words))


def plural_adjective(tok: Token) -> bool:
    """An adjective in the plural with the regular ending -s ("aînés", "ultra-conservateurs")."""
    return tok.pos_ == "ADJ" and "Plur" in tok.morph.get("Number") and tok.text[:1].islower() \
        and tok.text.endswith("s") and len(tok.text) > 3


def role_phrase_left(ctx: Context, m: Mention) -> Span | None:
    """'du président russe Vladimir Poutine' → 'président russe'."""
    doc = ctx.doc
    i = m.start - 1
    while i >= 0 and ctx.is_word("name_honorific", doc[i].text):
        i -= 1  # "l'avocat de la famille, Me Eric Morain"; "le porte-parole de M. Ghani" is not Ghani's title
    i = before_acronym(ctx, i)  # "le député La France insoumise (LFI) Alexis Corbière", "Member of parliament (MP) X"
    named = i  # the token before the name and its honorific
    comma = i >= 0 and doc[i].text == ","
    if comma:
        i = before_brackets(ctx, i - 1)  # "The general secretary of the RMT union (National Union of…), Mick Cash"
    window: list[Token] = []
    while i >= 0 and len(window) < 9:
        tok = doc[i]
        # an adjective the tagger took for a verb, between a title and the name: "ministre sunnite Saad Hariri"
        mistagged = i == named and tok.text[:1].islower() and i > 0 and fold(doc[adjectives_before(ctx, i)].text) in ctx.lex.roles \
            and tok.dep_ != "ROOT"  # not the sentence's verb: "L'édile appelle Emmanuel Macron"
        stop = tok.is_space or (tok.is_punct and tok.text not in "-'’" and not tok.is_quote) or tok.pos_ == "SCONJ" \
            or tok.pos_ == "NUM" and not (i > 0 and fold(doc[i - 1].text + " " + tok.text) in ctx.lex.roles) \
            or tok.pos_ == "PRON" and not acronym(tok) or tok.pos_ == "CCONJ" and not joins_complements(ctx, tok) \
            or (tok.pos_ in ("VERB", "AUX") and not is_participle(tok) and not mistagged and not verb_tagged_title(ctx, i)) \
            or window and ctx.is_word("example_marker", tok.text) \
            or present_participle_verb(ctx, tok, named)  # "stars comme X, Y": no title of Y's; "fusillant du regard X"
        if stop:
            break
        window.insert(0, tok)
        if tok.is_sent_start:
            break
        i -= 1
    if window and ctx.is_word("example_marker", window[-1].text):
        window.pop()  # "des stars comme X": the title of the examples that follow
    if not window:
        return fronted_title(ctx, m.start, m.end) if comma else None
    # the title nearest the name: "le ministre … du président Erdogan" → "président"
    for k, tok in reversed(list(enumerate(window))):
        first, n = role_start(ctx, tok.i, window[-1].i)
        if n and not incise_verb(ctx, doc[first + n - 1]):
            phrase = doc[first:window[-1].i + 1]
            if ctx.is_word("determiner", phrase[-1].text) or ctx.is_word("preposition", phrase[-1].text):
                continue
            after = first + n
            if after <= window[-1].i and doc[after].pos_ == "NOUN" and doc[after].text[:1].islower() and not comma \
                    and doc[after].dep_ != "amod":  # "le sénateur libertarien Rand Paul": the parser reads a modifier
                return None  # "L'édile appelle Emmanuel Macron": a verb the tagger took for a noun, no title of his
            if comma and after <= window[-1].i and doc[after].ent_type_ in ("PER", "PERSON"):
                return None  # "les jurés X, Y et Z": the title right before a name is that name's, not the next one's
            # a longer title that holds this one: "ancien Premier ministre", not "ministre"
            for earlier in reversed(window[:k]):
                first_e, n_e = role_start(ctx, earlier.i, window[-1].i)
                if not n_e or first_e + n_e < first + n:
                    break
                phrase = doc[first_e:window[-1].i + 1]
            # in apposition, the title heads the whole group before the comma: "l'avocat de la fille de
            # l'octogénaire, Yacine Bouzrou", "la sœur du président, Marie Dupont"; without the comma the
            # name goes with the nearest title ("le ministre … du président Erdogan")
            # so does a title whose complement holds a title in the plural: "le porte-parole des députés
            # socialistes X" (no one is "députés"), "président du groupe des députés LREM, X"
            plural = fold(doc[first + n - 1].text) not in ctx.lex.roles and plural_role(ctx, first + n - 1)
            if comma or plural:
                head = governing_title(ctx, phrase.start, window[0].i, nouns=plural)
                if head is not None:
                    phrase = doc[role_start(ctx, head, window[-1].i)[0]:window[-1].i + 1]
            if comma:
                j = phrase.start - 1
                while j >= window[0].i and ctx.is_word("determiner", doc[j].text):
                    j -= 1
                if j >= window[0].i and doc[j].pos_ == "ADP" and m.end < len(doc) and not doc[m.end].is_punct \
                        and (doc[m.start:m.end].root.dep_ != "appos" or doc[j].i == doc[j].sent.start):
                    # "Par l'intermédiaire de son livre, X a…": a fronted adverbial before the subject, not "selon
                    # l'avocat, X." nor a name the parser puts in apposition ("avec l'ambassadeur russe, Sergueï Kisliak")
                    return None
            return phrase
    return fronted_title(ctx, m.start, m.end) if comma else None


def group_title(ctx: Context, phrase: Span, m: Mention) -> bool:
    """Is a title before the comma of a name a title in the plural said of a group, the name standing alone after the
    comma ("au cours d'une réunion avec X et plusieurs ministres, Emmanuel Macron a rappelé", "addressing the global
    leaders, Y proposed")? It names no one's title; the name is still a person's. A list after the comma shares it
    ("les avocats de la famille, Me X et Me Y")."""
    doc = ctx.doc
    i = m.start - 1
    while i >= 0 and ctx.is_word("name_honorific", doc[i].text):
        i -= 1
    if i < 0 or doc[i].text != ",":
        return False
    first, n = role_start(ctx, phrase.start, phrase.end - 1)
    if not n or fold(doc[first + n - 1].text) in ctx.lex.roles or not plural_title(ctx, first + n - 1):
        return False
    return m.end < len(doc) and not (doc[m.end].text == "," or ctx.is_word("coordination", doc[m.end].text))


FRONTED_GAP = 10  # how many words may follow a fronted title before the comma of its subject ("depuis l'âge de 14 ans")


def fronted_title(ctx: Context, i: int, end: int) -> Span | None:
    """A title opening the sentence, set apart by a comma before its subject at token i ("Grand reporter pour
    l'hebdomadaire, Fabrice Nicolino préfère…", "Tailleur de marbre depuis l'âge de 14 ans, comme ses parents,
    Nyunt Wai…", "Avocate, elle a plaidé…"): no verb between the title and its subject."""
    doc = ctx.doc
    if i < 2 or doc[i - 1].text != "," or not subject_at(ctx, i, end):
        return None
    start = doc[i].sent.start
    while start < i and (doc[start].is_space or doc[start].is_punct):
        start += 1
    phrase = role_phrase_from(ctx, start, apposition=True) if i - start >= 2 else None
    if phrase is None or phrase.start != start or phrase.end > i - 1 or i - 1 - phrase.end > FRONTED_GAP \
            or any(t.pos_ in ("VERB", "AUX") and not (t.text[:1].isupper() and t.i == start) for t in doc[phrase.end:i - 1]):
        return None
    return phrase


def subject_at(ctx: Context, i: int, end: int) -> bool:
    """Is the name at tokens i…end-1 its clause's subject: parsed so, or right before a finite verb or a negation
    ("Nyunt Wai n'a pas…", which the parser may join to the list before it)?"""
    doc = ctx.doc
    if doc[i].dep_.startswith("nsubj"):
        return True
    return end < len(doc) and (ctx.is_word("negation", doc[end].text) or doc[end].pos_ in ("VERB", "AUX")
                               and "Fin" in doc[end].morph.get("VerbForm"))


def adjectives_before(ctx: Context, i: int) -> int:
    """The word before token i past up to two adjectives in lower case ("députée européenne centriste X": the title
    before the adjectives of a word the tagger took for a verb)."""
    doc = ctx.doc
    k = i - 1
    while k > 0 and i - k <= 2 and doc[k].pos_ == "ADJ" and doc[k].text[:1].islower():
        k -= 1
    return k


def present_participle_verb(ctx: Context, tok: Token, limit: int) -> bool:
    """A present participle before a name and no title after it ("la jeune fille fusillant du regard Donald Trump"):
    a verb whose object the name is, which ends the title before it ("a leading economist" keeps its title)."""
    return is_participle(tok) and "Pres" in tok.morph.get("Tense") and not role_at(ctx, tok.i + 1, limit)


def acronym(tok: Token) -> bool:
    """An acronym in capitals ("EELV", "LR") the tagger may take for a pronoun: part of a title, not its end."""
    return tok.is_alpha and tok.is_upper and len(tok.text) > 1


def joins_complements(ctx: Context, tok: Token) -> bool:
    """Does the coordination join two complements of one title ("ministre de l'Économie et des Finances"):
    a complement preposition right after it?"""
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return ctx.is_word("coordination", tok.text) and nxt is not None and ctx.is_word("complement_preposition", nxt.text)


def before_acronym(ctx: Context, i: int) -> int:
    """The token before an acronym in brackets that ends at token i ("(LFI)", "(MP)"): what the title before it
    says goes on past the brackets to the name; i itself when no such brackets end there."""
    doc = ctx.doc
    if i >= 2 and doc[i].text == ")" and doc[i - 2].text == "(" and doc[i - 1].is_upper and doc[i - 1].is_alpha:
        return i - 3
    return i


BRACKETS_REACH = 16  # how many words a bracketed expansion inside a title may hold


def before_brackets(ctx: Context, i: int) -> int:
    """The token before a bracketed group that ends at token i ("the RMT union (National Union of Rail, Maritime and
    Transport Workers), Mick Cash"): what the title before it says goes on past the brackets to the name; i itself
    when no brackets end there, or they open another sentence."""
    doc = ctx.doc
    if i < 1 or doc[i].text != ")":
        return i
    k = i - 1
    while k >= 0 and i - k <= BRACKETS_REACH and doc[k].text not in ("(", ")") and not doc[k].is_sent_start:
        k -= 1
    return k - 1 if k >= 1 and doc[k].text == "(" and i - k > 1 else i


def governing_title(ctx: Context, start: int, lo: int, nouns: bool) -> int | None:
    """The title whose complement the words from `start` are: back over complement prepositions and
    determiners ("l'avocat de la fille de…"), and with `nouns` over the nouns and adjectives between them
    too ("président du groupe des députés"); None when no title governs them."""
    doc = ctx.doc
    j = start - 1
    while nouns and j >= lo and doc[j].pos_ == "ADJ" and doc[j].is_alpha:
        j -= 1  # "secrétaire d'Etat aux Anciens combattants": the adjectives of the plural title
    linked = False  # a preposition was crossed since the last noun
    while j >= lo:
        tok = doc[j]
        if ctx.is_word("complement_preposition", tok.text) or ctx.is_word("determiner", tok.text):
            linked = linked or ctx.is_word("complement_preposition", tok.text) or nouns and tok.pos_ == "ADP"  # "aux"
        elif not linked:
            return None
        elif not nouns and tok.pos_ == "ADJ" and tok.text[:1].islower() and tok.is_alpha and fold(tok.text) not in ctx.lex.roles:
            pass  # an adjective of the title before its complement: "conseiller spécial du président de la République, X"
        elif (fold(tok.text) in ctx.lex.roles or nouns and role_at(ctx, j, start - 1)) and tok.pos_ != "VERB":
            return j  # with `nouns`, a title of several words too ("secrétaire d'Etat aux Anciens combattants")
        elif nouns and tok.is_alpha and (tok.text[:1].islower() or tok.pos_ == "NOUN") and tok.pos_ in ("NOUN", "ADJ"):
            linked = tok.pos_ == "ADJ"
        else:
            return None
        j -= 1
    return None


def incise_verb(ctx: Context, tok: Token) -> bool:
    """'…», juge Gérard Depardieu': a speech verb after a quote, not a title."""
    doc = ctx.doc
    k = tok.i - 1
    while k >= 0 and doc[k].text == ",":
        k -= 1
    after_quote = k >= 0 and doc[k].text in ("»", "”", '"')
    return after_quote and any(fold(form) in ctx.lex.speech_verbs for form in (tok.lemma_, *ctx.lex.base_forms(tok.text.lower())))


def role_phrase_right(ctx: Context, m: Mention) -> Span | None:
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
    phrase = role_phrase_from(ctx, j, apposition=True)
    if phrase is None and doc[m.end].text == "(":
        comma = after_brackets(ctx, m.end)
        if comma is not None:  # "X (LR), député de la Somme", "Smith (R-Texas), chairman of the committee"
            return role_phrase_from(ctx, comma + 1, apposition=True)
    return phrase


def after_brackets(ctx: Context, i: int) -> int | None:
    """The comma right after a bracketed group that opens at token i and holds no title ("X (LR), député de…": a
    party, a place, an age), within BRACKETS_REACH words of one sentence; None when there is none."""
    doc = ctx.doc
    k = i + 1
    while k < len(doc) and k - i <= BRACKETS_REACH and doc[k].text not in ("(", ")") and not doc[k].is_sent_start:
        k += 1
    if k + 2 < len(doc) and k > i + 1 and doc[k].text == ")" and doc[k + 1].text == "," and not doc[k + 2].is_sent_start:
        return k + 1
    return None


def role_phrase_copula(ctx: Context, m: Mention) -> Span | None:
    """'Jean Dupont est médecin généraliste', 'X was the CEO of Acme', 'X a été l'acteur le mieux
    payé': the attribute of a copula whose subject is the name. Not under a negation. Else the title a
    verb of the name gives it through "as" ("X served as mayor of Denver", "il a travaillé en tant que
    porteur": role_phrase_as)."""
    return copula_attribute(ctx, m) or role_phrase_as(ctx, m)


def copula_attribute(ctx: Context, m: Mention) -> Span | None:
    doc = ctx.doc
    j = start = verb_after_subject(ctx, m.end)
    while j < len(doc) and j < start + 4 and (doc[j].pos_ == "AUX" and not ctx.is_word("copula", doc[j].lemma_)
                                              or doc[j].pos_ == "ADV" and j > start and doc[j - 1].pos_ == "AUX"):
        j += 1  # "a été", "has been", "avait notamment été"
    k = j + 1
    while k < len(doc) and k < j + 3 and doc[k].pos_ == "ADV":
        k += 1
    if j < len(doc) and doc[j].pos_ == "AUX" and k < len(doc) and doc[k].pos_ == "VERB" and ctx.is_word("copula", doc[k].lemma_):
        j = k  # "est (rapidement) devenu", "est resté": the auxiliary of a copula
    if j >= len(doc) or not ctx.is_word("copula", doc[j].lemma_) or doc[j].pos_ not in ("AUX", "VERB") \
            or any(t.dep_ == "advmod" and "Neg" in t.morph.get("Polarity") or ctx.is_word("negation", t.text)
                   for t in doc[start:min(len(doc), j + 3)]):
        return None
    j += 1
    while j < len(doc) and doc[j].pos_ == "ADV" and j < start + 6:
        j += 1
    if j < len(doc) and is_participle(doc[j]) and "Pres" not in doc[j].morph.get("Tense") and not verb_tagged_title(ctx, j):
        if not ctx.is_word("appointment_verb", doc[j].lemma_.lower()):
            return None  # a passive or a compound tense ("a été côtoyé sœur Emmanuelle"), no attribute
        j += 1  # "est nommé ministre de la Coopération", "was elected president": the post is the attribute
    phrase = role_phrase_from(ctx, j, apposition=False)
    if phrase is None:
        return None
    # no comma ends an attribute: the title with its adjectives and complements only ("prime minister", not "… in July")
    first, n = role_start(ctx, phrase.start, phrase.end - 1)
    if not n:
        return phrase
    names = {k for k in range(phrase.start, phrase.end) if doc[k].text[:1].isupper()}
    return doc[phrase.start:max(phrase.start + n, title_complement(ctx, phrase.start + n, phrase.end, set(), names))]


def role_phrase_as(ctx: Context, m: Mention) -> Span | None:
    """The title a clause gives its subject through "as" (words.tsv role_as: "as"; "comme", "en tant que", "en qualité
    de"), a predicate of the subject like a copula's attribute: "Hickenlooper has served as mayor of Denver", "Biden,
    who served as Vice President", "he worked on film projects as a Production Assistant", "Karine Ferri a participé
    comme candidate", "il a commencé à travailler en tant que porteur". The "as" phrase hangs on the subject's verb, or
    on a verb of the same subject under it ("serving as its first prime minister"). Not when the verb names or
    qualifies something ("known as", "described as": words.tsv naming_verb, qualifying_verb) or has a name or a
    pronoun for its object (the title may be the object's: "regard him as a traitor"), nor under a negation."""
    doc = ctx.doc
    if m.end > m.start + 12:
        return None
    root = doc[m.start:m.end].root
    heads = []
    j = m.end + (m.end < len(doc) and doc[m.end].text == ",")
    if j < len(doc) and ctx.is_word("subject_relative", doc[j].text) and doc[j].dep_.startswith("nsubj"):
        heads.append(doc[j].head)  # "Biden, who served as…", "X, qui a travaillé comme…": the relative's subject is the name
    if root.dep_.startswith("nsubj"):
        heads.append(root.head)
    verbs = []
    for head in heads:
        if head.pos_ in ("VERB", "AUX"):
            verbs += [head] + [c for c in head.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
                               and not any(g.dep_.startswith("nsubj") for g in c.children)]
    for verb in verbs:
        if ctx.is_word("naming_verb", verb.lemma_) or ctx.is_word("qualifying_verb", verb.lemma_) \
                or any(c.dep_ in ("obj", "dobj") and c.pos_ in ("PROPN", "PRON") for c in verb.children) \
                or any(c.dep_ in ("neg", "advmod") and ("Neg" in c.morph.get("Polarity") or ctx.is_word("negation", c.text))
                       for c in verb.children):
            continue
        for child in verb.children:
            start = as_marker_end(ctx, child)
            if start is None:
                continue
            phrase = role_phrase_from(ctx, start, apposition=False)
            if phrase is None or phrase.start > start + 3:
                continue
            first, n = next(((a, n) for a in range(phrase.start, min(phrase.end, phrase.start + 4))
                             for n in [role_start(ctx, a, phrase.end - 1)[1]] if n), (phrase.start, 0))
            if not n:
                return phrase
            n += first - phrase.start  # "its first prime minister": the adjectives before the title too
            names = {k for k in range(phrase.start, phrase.end) if doc[k].text[:1].isupper()}
            return doc[phrase.start:max(phrase.start + n, title_complement(ctx, phrase.start + n, phrase.end, set(), names))]
    return None


def as_marker_end(ctx: Context, tok: Token) -> int | None:
    """Where the title after an "as" marker starts, for a dependent of a verb: the marker itself ("as", tagged a
    preposition), or the noun a marker is the case of ("comme candidate", "en tant que porteur"); None if neither. A
    marker of words.tsv role_as_bare gives a title only to a bare noun: "comme les autres juges" compares."""
    doc = ctx.doc
    if tok.dep_ == "prep" and ctx.is_word("role_as", tok.text):
        return tok.i + 1 if tok.i + 1 < len(doc) else None
    if tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    for case in tok.children:
        if case.dep_ != "case" or case.i >= tok.i:
            continue
        last = max([case.i] + [f.i for f in case.children if f.dep_ == "fixed"])
        marker = doc[case.i:last + 1].text.replace("qu'", "que").replace("qu’", "que")
        if ctx.is_word("role_as", marker) and not (ctx.is_word("role_as_bare", marker) and last + 1 < len(doc)
                                                   and ctx.is_word("determiner", doc[last + 1].text)):
            return last + 1  # "comme candidate"; "comme les autres juges" compares
    return None


def verb_after_subject(ctx: Context, j: int) -> int:
    """Where the verb of a subject ending at token j starts: at j, or past an apposition set off by commas
    ("M. Drareni, 40 ans, est le directeur…", "Harris, a sitting senator, is the former…") or after a
    subject relative pronoun ("X, qui était…", "X, who was…"): the name is still the copula's subject."""
    doc = ctx.doc
    if j + 1 < len(doc) and ctx.is_word("subject_relative", doc[j].text) and doc[j].text[:1].islower():
        return j + 1  # "Mike Pompeo who is the secretary of state": a relative with no comma
    if j + 1 >= len(doc) or doc[j].text != ",":
        return j
    if ctx.is_word("subject_relative", doc[j + 1].text):
        return j + 2
    k = j + 1
    while k < len(doc) and k < j + 14 and doc[k].text != "," and not doc[k].is_sent_start \
            and not (doc[k].pos_ in ("VERB", "AUX") and "Fin" in doc[k].morph.get("VerbForm")):
        k += 1
    return k + 1 if k > j + 1 and k < len(doc) and doc[k].text == "," else j


def role_phrase_from(ctx: Context, j: int, apposition: bool = False) -> Span | None:
    """The title that starts at token j, past its determiners, with its complement, or None."""
    doc = ctx.doc
    opened = j
    if apposition:
        j = past_adverb(ctx, j)
        one = partitive_title(ctx, j)
        if one is not None:
            return one
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
    first, n = role_start(ctx, j, min(len(doc) - 1, j + 8)) if j < len(doc) else (j, 0)
    for a in range(j + 1, k if not n else j):  # "the Republican Senate Majority Leader": a capitalised word before a
        if doc[a].ent_type_ in ("PER", "PERSON"):  # capitalised title qualifies it; "Winston Duke" is a name
            break
        first, n = role_start(ctx, a, min(len(doc) - 1, a + 8))
        if n:
            j = a
            break
    if not n and k > j and k < len(doc) and not role_start(ctx, owner, min(len(doc) - 1, owner + 8))[1]:
        first, n = role_start(ctx, k, min(len(doc) - 1, k + 8))  # "the United States special envoy": a name
        j = k                                                        # before the title qualifies it
    if n and owner < j:
        first, n = owner, n + (first - owner)
    a = j
    while not n and a < min(len(doc) - 1, j + 3) and (doc[a].text[:1].islower() and (
            doc[a].pos_ == "ADJ" or doc[a].pos_ == "VERB" and {"Part", "Ger"} & set(doc[a].morph.get("VerbForm")))
            or noun_modifier(doc[a]) or apposition and a == j and appointed(ctx, doc[a])):
        a += 1  # adjectives before the title: "a pioneering oceanographer", "un célèbre chanteur", "a US peace envoy"
        first, n = role_start(ctx, a, min(len(doc) - 1, a + 8))
        first, n = (j, a - j + n) if n else (first, 0)
    if not n:
        return None
    k = first + n
    while k < len(doc) and k < j + 12:
        tok = doc[k]
        if tok.is_space or (tok.is_punct and tok.text not in "-'’") or ctx.is_word("relative_word", tok.text) \
                or tok.pos_ in ("VERB", "AUX") and not is_participle(tok) and not tok.text[:1].isupper() \
                or next_title(ctx, k):  # a capitalised word is a name the tagger took for a verb ("Leicester")
            break
        k += 1
    if apposition and k < len(doc) and k < j + 12 and doc[k].pos_ in ("VERB", "AUX") and not doc[k].is_punct:
        close = apposition_close(ctx, k, j + APPOSITION_REACH)
        if close is None and not bare_apposition(ctx, opened, first, first + n - 1):
            return None  # "X, le Premier ministre a dénoncé": the title is the next clause's subject
        if close is None:  # "X, maire LR de Poissy lui envoie…": a title with no determiner is no clause's subject; the
            while k > first + n and doc[k - 1].pos_ == "PRON":  # comma that closes it is missing, its clitics stay out
                k -= 1
        else:
            k = close  # "X, professeur de médecine respiratoire à l'université de Southampton, qui…": no clause's verb
    if apposition and k + 1 < len(doc) and doc[k].text == "," and ctx.is_word("determiner", doc[k + 1].text):
        rest = doc[k + 1:min(k + 6, doc[k].sent.end)]
        if any(ctx.is_word("coordination", t.text) for t in rest[:next((n for n, t in enumerate(rest)
                                                                       if t.pos_ in ("VERB", "AUX")), len(rest))]):
            return None  # "son cousin X, sa femme, ses deux enfants et…": an item of a list
    if apposition and titles_next_name(ctx, first + n, k):
        return None  # "…, Labour MP (Member of Parliament) Tom Watson", "…, l'humoriste Jeanfi Janssens": an item of a list
    phrase = doc[first:k]
    while len(phrase) > 1 and (ctx.is_word("preposition", phrase[-1].text) or ctx.is_word("determiner", phrase[-1].text)):
        phrase = phrase[:-1]
    return phrase


def bare_apposition(ctx: Context, opened: int, first: int, head: int) -> bool:
    """Does an apposition's title open right after the name's comma, with no determiner nor adverb, in lower case and
    in the singular ("X, maire de Poissy", "X, mayor of Denver")? A singular noun group without a determiner cannot be
    the subject of the clause that follows, so it is the name's apposition even when the comma that should close it is
    missing (a plural one may be: "…, résidents de la ville historiquement…")."""
    doc = ctx.doc
    return first == opened and opened > 0 and doc[opened - 1].text == "," and doc[first].text[:1].islower() \
        and not ("Plur" in doc[head].morph.get("Number") or plural_title(ctx, head) and fold(doc[head].text) not in ctx.lex.roles)


def titles_next_name(ctx: Context, after: int, k: int) -> bool:
    """Does an apposition's title stand right before another person's name, with no preposition between ("X, l'humoriste
    Jeanfi Janssens, …", "X, Labour MP (Member of Parliament) Tom Watson")? Then it is that name's title, an item of a
    list, not the apposition of the name before it; a name past a preposition or a determiner is in the title's complement
    ("X, avocat de Gérard Depardieu", "professeure au lycée Louise Michel")."""
    doc = ctx.doc
    if k < len(doc) and doc[k].text == "(":  # past a bracketed expansion: "Labour MP (Member of Parliament) Tom Watson"
        close = k + 1
        while close < len(doc) and doc[close].text not in ("(", ")") and close - k <= BRACKETS_REACH:
            close += 1
        return close + 1 < len(doc) and doc[close].text == ")" and doc[close + 1].ent_type_ in ("PER", "PERSON")
    for x in range(after, k):
        if doc[x].ent_type_ in ("PER", "PERSON"):
            return x > after or not doc[x - 1].is_punct
        if doc[x].pos_ == "ADP" or ctx.is_word("complement_preposition", doc[x].text) or ctx.is_word("determiner", doc[x].text):
            return False  # "professeure au lycée Louise Michel", "porte-parole du vice-président Mike Pence": a complement
    return False


def appointed(ctx: Context, tok: Token) -> bool:
    """The past participle of a verb of appointment (words.tsv appointment_verb) opening an apposition, whatever the
    tagger reads ("X, nommé directeur de l'usine en 2019, …", "X, réélu maire de Lyon"): the post follows it."""
    form = tok.text.lower()
    # the tagger may read the participle as a noun, its own lemma ("réélu"): the base form its ending gives still tells
    return form[:1].isalpha() and ctx.lex.has_ending("past_participle", form) \
        and (form != tok.lemma_.lower() and ctx.is_word("appointment_verb", tok.lemma_)
             or any(ctx.is_word("appointment_verb", lemma) for lemma in ctx.lex.base_forms(form)))


def partitive_title(ctx: Context, j: int) -> Span | None:
    """"X, l'une des sœurs de Murielle", "X, l'un des auteurs de l'étude", "X, one of the study's authors": one of a set
    named by a title in the plural (words.tsv partitive_one, then a complement preposition, then determiners, an
    owner's name and its possessive clitic, adjectives): the whole group is the title, from the word for one."""
    doc = ctx.doc
    p = j + 1 if j + 1 < len(doc) and ctx.is_word("determiner", doc[j].text) else j
    if p + 2 >= len(doc) or not ctx.is_word("partitive_one", doc[p].text) \
            or not ctx.is_word("complement_preposition", doc[p + 1].text):
        return None
    t = p + 2
    while t < len(doc) and t < p + 7 and not plural_title(ctx, t) and (
            ctx.is_word("determiner", doc[t].text) or ctx.is_word("possessive_clitic", doc[t].text)
            or doc[t].pos_ in ("ADJ", "PROPN", "NOUN", "DET") and not doc[t].is_punct):
        t += 1
    if t >= len(doc) or not plural_title(ctx, t):
        return None
    k = title_complement(ctx, t + 1, min(len(doc), t + 10), set(), set())
    if k < len(doc) and doc[k].text not in (",", ")", ".", ";") and not doc[k].is_sent_start:
        return None  # an apposition it closes, not "l'un des avocats a déclaré"
    return doc[p:k]


APPOSITION_REACH = 16  # how many words an apposition may run from its title's start to the comma that closes it


def clause_verb(tok: Token) -> bool:
    """A verb that may head a clause: finite (or an auxiliary), not right after a preposition ("en passe de", a noun
    the tagger took for a verb)."""
    return (tok.pos_ == "AUX" or tok.pos_ == "VERB" and "Fin" in tok.morph.get("VerbForm")) \
        and not (tok.i > 0 and tok.doc[tok.i - 1].pos_ == "ADP")


def apposition_close(ctx: Context, k: int, limit: int) -> int | None:
    """An apposition "X, TITLE de Y," is the next clause's subject only when a clause-heading verb follows the title:
    a word tagged a verb at k that heads no clause ("professeur de médecine respiratoire", "candidat RN en passe de
    l'emporter à Perpignan, plaide") stays in the title when a comma or a bracket closes the apposition before any
    clause's verb, within `limit`. The token that closes it, or None."""
    doc = ctx.doc
    if clause_verb(doc[k]):
        return None
    for m in range(k + 1, min(limit, len(doc))):
        tok = doc[m]
        if tok.text in (",", ")"):
            return m
        if clause_verb(tok) or tok.is_sent_start or tok.is_punct and tok.text not in "-'’" \
                or ctx.is_word("relative_word", tok.text):
            return None
    return None


def past_adverb(ctx: Context, j: int) -> int:
    """Past an adverb opening an apposition before its title ("Hervé Bouyrie, par ailleurs maire de Messanges", "Michael
    Bloomberg, formerly the mayor of New York City"): one or two adverbs, or a preposition and an adverb, in lower case,
    when a title follows them."""
    doc = ctx.doc
    k = j
    if k + 1 < len(doc) and doc[k].pos_ == "ADP" and doc[k + 1].pos_ == "ADV" and doc[k].text[:1].islower():
        k += 1  # "par ailleurs"
    n = 0
    while k < len(doc) and n < 2 and doc[k].pos_ == "ADV" and doc[k].text[:1].islower() \
            and doc[k].text.replace("'", "").replace("’", "").isalpha():  # "aujourd'hui directeur général de la Santé"
        k, n = k + 1, n + 1
    if not n or k >= len(doc):
        return j
    t = k + (appointed(ctx, doc[k]) and k + 1 < len(doc))  # "X, newly appointed director of the museum"
    while t < len(doc) and ctx.is_word("determiner", doc[t].text) and not ctx.is_word("complement_preposition", doc[t].text):
        t += 1
    return k if t < len(doc) and role_start(ctx, t, min(len(doc) - 1, t + 8))[1] else j


def noun_modifier(tok: Token) -> bool:
    """A noun that modifies the noun after it ("a US peace envoy", "the study co-author"): part of the title
    it stands before."""
    return tok.dep_ == "compound" and tok.head.i > tok.i and tok.pos_ in ("NOUN", "PROPN")


def coordinated_titles_left(ctx: Context, phrase: Span) -> list[Span]:
    """The titles a coordination joins before a title that comes before a name: "actor and producer Joshua Winch",
    "former archbishop and cardinal Theodore McCarrick", "l'ex-ministre des Armées et députée européenne centriste
    Sylvie Goulard" (each its own role). The title right after the coordination has no determiner of its own ("le
    ministre et le préfet X" names two people); the one before it ends at the coordination with its complements, and
    runs back over its modifiers and adjectives, to a determiner, a punctuation mark, a verb, a preposition or a name."""
    doc, found = ctx.doc, []
    end = phrase.start - 1  # the coordination
    while end > 0 and ctx.is_word("coordination", doc[end].text) and len(found) < 3:
        lo = end - 1
        while lo >= 0 and end - lo <= 10 and not (
                doc[lo].is_punct and doc[lo].text not in "-'’" or doc[lo].is_space
                or doc[lo].pos_ in ("VERB", "AUX") and not is_participle(doc[lo]) and not verb_tagged_title(ctx, lo)
                or doc[lo].pos_ in ("PRON", "SCONJ", "CCONJ", "NUM", "ADV")
                or doc[lo].pos_ == "ADP" and not ctx.is_word("complement_preposition", doc[lo].text)
                or doc[lo].ent_type_ in ("PER", "PERSON")
                or ctx.is_word("determiner", doc[lo].text) and not ctx.is_word("complement_preposition", doc[lo].text)
                and not (lo > 0 and ctx.is_word("complement_preposition", doc[lo - 1].text))):
            lo -= 1
        first = None
        for a in range(lo + 1, end):
            n = role_start(ctx, a, end - 1)[1]
            if n and title_complement(ctx, a + n, end, set(), set()) == end and not (
                    plural_title(ctx, a + n - 1) and fold(doc[a + n - 1].text) not in ctx.lex.roles):
                first = a
                break
        if first is None:
            break
        while first > lo + 1 and (doc[first - 1].pos_ == "ADJ" or ctx.is_word("role_modifier", doc[first - 1].text)
                                  or doc[first - 1].dep_ == "compound" and doc[first - 1].pos_ == "NOUN"):
            first -= 1  # "former archbishop", "systems engineer"
        found.append(doc[first:end])
        end = first - 1
    return found


def coordinated_titles(ctx: Context, phrase: Span, attribute: bool = False) -> list[Span]:
    """The titles joined to a title by a coordination: 'ancien député du Nord et ex-conseiller municipal
    de Lille', 'professor at Geneva and director of…' (each its own role), or a second apposition after a comma. An `attribute` of a copula
    keeps only the title and its complements, as role_phrase_copula does."""
    doc, found = ctx.doc, []
    while phrase.end + 1 < len(doc) and (ctx.is_word("coordination", doc[phrase.end].text)
                                         or not attribute and doc[phrase.end].text == ","):
        # a second apposition after the first: "Anthony Romilio, paléontologue à l'Université de Queensland, l'un des
        # auteurs de l'étude, …" (closed like the first, or role_phrase_from finds none)
        nxt = role_phrase_from(ctx, phrase.end + 1, apposition=doc[phrase.end].text == ",")
        if nxt is None or nxt.start > phrase.end + 3 or doc[phrase.end].text == "," and not closed_apposition(ctx, nxt):
            break
        first, n = role_start(ctx, nxt.start, nxt.end - 1)
        if attribute and n:
            names = {k for k in range(nxt.start, nxt.end) if doc[k].text[:1].isupper()}
            nxt = doc[nxt.start:max(nxt.start + n, title_complement(ctx, nxt.start + n, nxt.end, set(), names))]
        found.append(nxt)
        phrase = nxt
    return found


def clean_role(text: str) -> str:
    return " ".join(text.split()).strip(" ,-–").replace("’", "'")


def title_complement(ctx: Context, k: int, limit: int, person_tokens: set[int], org_tokens: set[int]) -> int:
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


def category(ctx: Context, role: str) -> str | None:
    """The field of a title (roles.tsv category: politics, justice…) from its longest listed start, past
    its modifiers and a hyphenated prefix ("ancien député du Nord", "ex-président"); None when unlisted,
    or listed as "other"."""
    words = fold(role).split()
    while words and ctx.is_word("role_modifier", words[0]):
        words = words[1:]
    for n in range(min(len(words), ctx.lex.max_role_words), 0, -1):
        category = ctx.lex.roles.get(unprefixed(ctx, " ".join(words[:n])))
        if category is not None:
            return None if category == "other" else category
    return None


def shared_titles(ctx: Context, entities: list[Entity]) -> None:
    """Names in a list share a title in the plural said of the whole list: before it ("les jurés X, Y et Z",
    "deux figures du Hirak, X et Y", "des stars comme X, Y ou encore Z") or in apposition after it ("X et Y,
    figures des gilets jaunes"). Each name gets the title in the singular."""
    people = sorted(((m, e) for e in entities if e.kind == "person" for m in e.mentions if not m.reference),
                    key=lambda pair: pair[0].start)
    run: list[tuple[Mention, Entity]] = []
    for m, e in people + [(None, None)]:
        if m is not None and run and listed_after(ctx, run[-1][0], m):
            run.append((m, e))
            continue
        if len(run) > 1:
            share_title(ctx, run)
        run = [(m, e)] if m is not None else []


def listed_after(ctx: Context, before: Mention, m: Mention) -> bool:
    """Does the name m follow the name `before` in one list: only commas, coordinations and adverbs between
    them ("X, Y et Z", "X ou encore Y")?"""
    gap = ctx.doc[before.end:m.start]
    return 0 < len(gap) <= 3 and all(t.text == "," or ctx.is_word("coordination", t.text) or t.pos_ == "ADV"
                                     for t in gap) and any(t.text == "," or ctx.is_word("coordination", t.text) for t in gap)


def share_title(ctx: Context, run: list[tuple[Mention, Entity]]) -> None:
    """Give every name of a list the plural title before its first name or in apposition after its last."""
    for phrase in (role_phrase_left(ctx, run[0][0]), role_phrase_right(ctx, run[-1][0])):
        if phrase is None or not any(fold(t.text) not in ctx.lex.roles and plural_title(ctx, t.i) for t in phrase):
            continue
        role = role_text(ctx, phrase)
        for _m, e in run:
            if fold(role) not in {fold(r) for r in e.roles}:
                e.roles.append(role)
        return
