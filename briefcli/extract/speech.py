"""Speech verbs: which tokens are one (lemmas, verbs of several words, "selon"), their subjects, and
`Attribution`, what a cue of a quote names (a speech verb and its speaker).

Read by every stage of attribution (briefcli.extract.cues, .resolution, .quotes) and by reported speech
(briefcli.extract.reported)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from ..lexicon import _rows, fold, models_dir
from ..lexicon import load as load_lexicon
from .context import Context


@dataclass
class Attribution:
    verb: str | None
    speaker: str | None
    speaker_token: Token | None = None
    named: bool = False  # the speaker is an actor of the article
    verb_token: Token | None = None
    incise: bool = False  # found in an incise right after the quote
    weak: bool = False  # the person the sentence is about, with no speech verb: not the next pronoun's referent
    acting: bool = False  # an organisation or a title the sentence has act, no speech verb: a speaker candidate only


def _tokens_between(ctx: Context, start: int, end: int) -> Span | None:
    return ctx.doc.char_span(start, end, alignment_mode="expand")


def _is_speech_verb(ctx: Context, tok: Token, incise: bool = False) -> bool:
    """Is the token a speech verb? In an incise ("», écrivent X") the tagger's part of speech
    is not trusted: the small pipelines often tag such verbs as proper nouns. (Asked for each cue of
    each quote: answered once per token.)"""
    known = ctx.memo("speech_verb_at")
    key = (tok.i, incise)
    if key not in known:
        known[key] = _speech_verb(ctx, tok, incise)
    return known[key]


def _speech_verb(ctx: Context, tok: Token, incise: bool) -> bool:
    if not tok.is_alpha or tok.pos_ in ("DET", "ADP", "PUNCT", "PRON", "NUM", "CCONJ", "SCONJ"):
        return False
    if tok.pos_ == "PROPN" and not incise:
        return False
    if tok.pos_ == "NOUN" and tok.i > 0 and tok.doc[tok.i - 1].pos_ in ("DET", "ADP") \
            and not (ctx.is_word("gerund_marker", tok.doc[tok.i - 1].text) and ctx.lex.has_ending("present_participle", tok.text)) \
            and not (incise and _clause_pronoun_after_as(ctx, tok.i - 1)):
        return False  # "l'estime", "sa réponse"; not "en estimant", a gerund the tagger took for a noun
    if tok.dep_ == "prep" and tok.tag_ == "VBG":
        return False  # "added regarding Iran's request, they « … »": a participle the parse uses as a preposition
        # (the English parse's label; the French one calls a fronted participle "case" too: "Indigné par…")
    if _bare_past_participle(tok) and ctx.is_word("asked_verb", _lemma(tok)):
        return False  # "Interrogé sur France Inter, le Premier ministre a…": he was asked; his verb comes next
    if any(child.dep_ == "aux:pass" for child in tok.children) and _agent(tok) is None:
        return False  # "X a été condamné": the subject of a passive verb is not the one who speaks
    if tok.dep_ in ("acl", "amod") and _bare_past_participle(tok) and not (incise and tok.i > 0 and tok.doc[tok.i - 1].text in _CLOSING_MARKS) \
            and not any("Fin" in t.morph.get("VerbForm") for t in tok.doc[max(tok.sent.start, tok.i - 4):tok.i]):
        return False  # "l'accord conclu en Suisse": a participle describing a thing, no one speaking (but right after
        # the closing mark, '"…" tweeted Mayor Sadiq Khan', the incise's verb the tagger took for a participle)
    return _speech_lemma(ctx, tok, incise) is not None


_CLOSING_MARKS = ("»", "”", '"')


def _clause_pronoun_after_as(ctx: Context, k: int) -> bool:
    """Is token k the object pronoun that stands for a whole clause after "comme" ("« … », comme le rapporte un
    témoin"; words.tsv as_word), which the tagger reads as an article? The word after it is then a verb, not a
    noun. Asked in an incise only: "Comme le relate un article, … des « visas télétravail »" opens a narrative
    sentence whose quoted words may be a term."""
    doc = ctx.doc
    return k > 0 and ctx.is_word("definite", doc[k].text) and "Fem" not in doc[k].morph.get("Gender") \
        and "Plur" not in doc[k].morph.get("Number") and ctx.is_word("as_word", doc[k - 1].text)


def _bare_past_participle(tok: Token) -> bool:
    """A past participle with no auxiliary of its own ("Interrogé sur…", "l'accord conclu"); not a present form the
    small tagger reads as one ("…, révèle l'Express", "…, ajoute le communiqué": morphology.tsv present_form, an
    ending no past participle has)."""
    return "Part" in tok.morph.get("VerbForm") and "Past" in tok.morph.get("Tense") \
        and not any(child.dep_.startswith("aux") for child in tok.children) and not _present_form(tok)


def _present_form(tok: Token) -> bool:
    """Does the word end as a present form and not as a past participle (morphology.tsv present_form, past_participle)?"""
    lex, form = load_lexicon(tok.doc.lang_), tok.text.lower()
    return lex.has_ending("present_form", form) and not lex.has_ending("past_participle", form)


def _speech_lemma(ctx: Context, tok: Token, incise: bool = False) -> str | None:
    """The speech verb a token is a form of, when the tagger's lemma misses it ("estime" → estimer).
    In an incise, verbs that report speech only there count too ("», balaye une source"). A verb of
    several words ("a fait savoir", "a mis en garde", "pointed out") is its first word's token."""
    verbs = ctx.lex.speech_verbs | ctx.lex.incise_verbs if incise else ctx.lex.speech_verbs
    lemma = _lemma(tok)
    if fold(lemma) in verbs:
        return lemma
    if fold(lemma) in ctx.lex.document_verbs and _document_subject(ctx, tok):
        return lemma  # "The decree signed by the Pope read « … »": the words a document gives
    single = next((c for c in ctx.lex.base_forms(tok.text.lower()) if fold(c) in verbs), None)
    if single is not None:
        return single
    found = _multiword_verb(ctx, tok)
    return found[0] if found is not None else None


def _document_subject(ctx: Context, tok: Token) -> bool:
    """Is the verb's subject a document or a statement (words.tsv document_noun, speech_verbs.tsv kind noun)? Then
    a verb that otherwise reports nothing gives its words (speech_verbs.tsv kind document: "the statement read « … »",
    "reads the judge's statement"), not a sign's or a book's."""
    for child in tok.children:
        if child.dep_.startswith("nsubj") and child.pos_ == "NOUN" and (
                ctx.is_word_or_lemma("document_noun", child)
                or fold(child.lemma_) in ctx.lex.speech_nouns):
            return True
    return False


@lru_cache(maxsize=None)
def _multiword_verbs(lang: str) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The speech verbs of several words in the language's speech_verbs.tsv ("faire savoir", "mettre en
    garde", "point out"), by their first word: (the words after it, folded; the lemma as written, or as its
    `as` column reports it: "refer to as" is "refer")."""
    found: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for row in _rows(models_dir() / lang / "speech_verbs.tsv"):
        words = row["lemma"].split()
        if len(words) > 1 and (row.get("kind") or "speech") in ("speech", "incise", "clause"):
            found.setdefault(fold(words[0]), []).append((tuple(fold(w) for w in words[1:]), row.get("as") or row["lemma"]))
    return found


MULTIWORD_ADVERBS = 2  # adverbs a verb of several words may hold between its words ("a fait également savoir")


def _multiword_verb(ctx: Context, tok: Token) -> tuple[str, int] | None:
    """(lemma, index of its last word) when the token opens a speech verb of several words: a verb whose
    lemma is the first word, followed by the other words as written ("fait savoir", "a mis en garde",
    "laisse entendre"), with at most a few adverbs after the verb ("a fait aussi savoir")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    known = ctx.memo("multiword_verb_at")
    if tok.i not in known:
        table = _multiword_verbs(ctx.lex.lang)
        firsts = {fold(_lemma(tok)), *(fold(c) for c in ctx.lex.base_forms(tok.text.lower()))}
        doc, result = ctx.doc, None
        start = tok.i + 1
        while start < min(len(doc), tok.i + 1 + MULTIWORD_ADVERBS) and doc[start].pos_ == "ADV":
            start += 1
        for first in firsts:
            for rest, lemma in table.get(first, ()):
                end = start + len(rest)
                if end <= len(doc) and tuple(ctx.folds[k] for k in range(start, end)) == rest:
                    result = (lemma, end - 1)
                    break
            if result is not None:
                break
        known[tok.i] = result
    return known[tok.i]


def _euphonic(tok: Token) -> bool:
    """The "-t-" of "a-t-il", a token of its own (words.tsv euphonic)."""
    return fold(tok.text) in load_lexicon(tok.doc.lang_).words.get("euphonic", ())


def _lemma(tok: Token) -> str:
    """The verb's lemma as written in the language data ('décrire', not 'decrire'), without the
    reflexive pronoun a lemma may start with ("s'exprimer", "se dire": words.tsv reflexive_pronoun)."""
    lemma = (tok.lemma_ or tok.text).lower().replace("’", "'")
    head, sep, rest = lemma.partition(" ") if " " in lemma else lemma.partition("'")
    if rest and fold(head + ("'" if sep == "'" else "")) in load_lexicon(tok.doc.lang_).words.get("reflexive_pronoun", ()):
        return rest
    return lemma


def _source_cue_at(ctx: Context, i: int) -> int:
    """Tokens of the source cue ('selon', "d'après", 'à en croire') starting at token i, or 0."""
    if ctx.folds[i] not in ctx.lex.source_cue_prefixes:
        return 0
    found = ctx.memo("source_cue_at")  # the cues of each quote ask again and again
    if i not in found:
        size = len(ctx.folds)
        found[i] = next((n for n in (4, 3, 2, 1) if i + n <= size
                         and ctx.folded(i, i + n).replace("' ", "'") in ctx.lex.source_cues), 0)
    return found[i]


def _agent(verb: Token) -> Token | None:
    """The agent of a passive verb, who does what it says ("was told by [the minister]", "a été annoncé par [le
    ministère]"): the object of the parse's agent preposition, or the noun the parse marks as the agent."""
    for child in verb.children:
        if child.dep_ == "obl:agent":
            return child
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _subject(verb: Token, depth: int = 0) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubj:pass", "expl:subj") and child.i < verb.i + 12 and not _euphonic(child):
            return child
    # "a qualifié … et a décrit", "X a fait son mea culpa, affirmant que…": the subject of the verb above
    if depth < 3 and verb.dep_ in ("conj", "xcomp", "advcl", "acl", "parataxis") and verb.head is not verb \
            and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head, depth + 1)
    return None
