"""Quotes: words the article attributes to someone, inside quotation marks of any style.

Finding the marks is the easy part; the work is (1) telling a quote from a quoted name
("le gazoduc "Power of Siberia 2"", a show, a slogan) and (2) attribution: the speech
verb (as its lemma) and the speaker, resolved through spaCy's parse, inverted incises
("», a-t-il ajouté"), "selon X", "X : « … »", pronouns and titles ("le ministre").
Unbalanced marks, common in scraped news, are skipped, never fatal.

This module finds the quotes, tells them from quoted names and runs attribution (`extract`), which
goes in stages, each in its own module: the speech verbs and their subjects (briefcli.extract.speech:
`_is_speech_verb`, `_speech_lemma`, `Attribution`); the cues of the quote's sentence
(briefcli.extract.cues: `_cues`, in the rules' order); the candidates around it
(briefcli.extract.candidates: `_candidates`: those cues, the previous quote's speaker, the speech verbs
just before, the next quote's cue, the main person); resolution as candidates
(briefcli.extract.resolution: `Resolver.resolve`, and `_referents` in candidates for every person a
pronoun or a bare title may stand for); and one scorer over them all (`speakers.best`, weights in
models/<lang>/speaker_weights.tsv).
"""
from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from functools import lru_cache

from spacy.tokens import Span, Token

from ..cleaning import is_subheading
from ..lexicon import _rows, fold, models_dir
from ..marks import Pair
from ..records import Quote
from .candidates import CUES, _ranked
from .context import Context, indefinite
from .cues import _Layout, _after_comma, _attribute, _cues, _inverted_subject
from .resolution import CONTINUATION_SENTENCES, Resolver
from .speech import Attribution, _is_speech_verb, _lemma, _speech_lemma, _subject, _tokens_between
from .quoted import find_nested
from .stages import Marked

_SCARE_MAX_WORDS = 4
LABEL_MAX_WORDS = 3  # a quoted noun phrase this short that completes a noun is a label
LABEL_VERB_WINDOW = 7  # … unless a speech verb stands this close before it
FAR_VERB = 12  # tokens: a speech verb this far before a few quoted words, with no subject, vouches little for them
TITLE_MAX_WORDS = 12  # a quoted title followed by its author's name is no longer than this
AS_VERB_WINDOW = 12  # tokens searched back from "comme" / "as" for the naming verb that governs it


# --- quote or name? ------------------------------------------------------------------------


def _elided_determiner(ctx: Context, k: int) -> bool:
    """The apostrophe of an elided determiner the tokenizer split off ("numéro d' « … »": d | ' | «), or the
    determiner before it: both stand between a noun and the quoted words it names."""
    doc = ctx.doc
    if doc[k].text in ("'", "’"):
        return k > 0 and ctx.is_word("determiner", doc[k - 1].text + "'")
    return k + 1 < len(doc) and doc[k + 1].text in ("'", "’") and ctx.is_word("determiner", doc[k].text + "'")


def _names_a_thing(ctx: Context, q: Marked) -> bool:
    """'le gazoduc "Power of Siberia 2"', 'l'émission « Quotidien »', 'baptisé « X »', 'une de ses
    chansons, « Héros »'."""
    doc = ctx.doc
    span = _tokens_between(ctx, q.open, q.open + 1)
    if span is None:
        return False
    k = span.start - 1
    titled = ctx.text[q.start:q.start + 1].isupper()
    if titled and k > 0 and doc[k].text == "," and fold(doc[k - 1].lemma_) in ctx.lex.words.get("title_cue", ()) \
            and "Plur" in doc[k - 1].morph.get("Number"):
        return True  # "une de ses nouvelles chansons, « Héros »": one of the works it names
    while k >= 0 and (ctx.is_word("determiner", doc[k].text) or _elided_determiner(ctx, k)):
        k -= 1
    if k < 0:
        return False
    # "le dernier album de Johnny Hallyday « Mon pays c'est l'amour »": a work, then its author, then its title
    author = ctx.entities.mention_at.get(k)
    if titled and author is not None:
        j = author.start - 1
        if j > 0 and ctx.is_word("complement_link", doc[j].text) and fold(doc[j - 1].lemma_) in ctx.lex.words.get("title_cue", ()):
            return True
    if titled and _work_of_relative(ctx, k):
        return True  # "la promotion du livre qu'ils ont coécrit « Le progrès ne tombe pas du ciel »"
    word = fold(doc[k].text)
    if ctx.is_word("naming_verb", doc[k].lemma_) and "Part" in doc[k].morph.get("VerbForm"):
        return True  # "appelés « gilets jaunes »", "baptisé « Barkhane »"
    if _named_as(ctx, k):
        return True  # "désignée comme la « loi Veil »", "named as 'Super Tuesday'"
    if _so_called(ctx, k):
        return True  # "les vols dans les véhicules, dits « à la roulotte »"
    if _platform_account(ctx, k):
        return True  # "le compte Facebook « Renaud le phénix »"
    quoted = _tokens_between(ctx, q.start, q.end)
    if quoted is not None and len(quoted) and (_qualifies_cue(quoted, doc[k]) or _opens_on_infinitive(quoted)):
        return False
    return word in ctx.lex.words.get("title_cue", ()) or word in ctx.lex.project_cues or \
        fold(doc[k].lemma_) in ctx.lex.project_cues or _words_shown(ctx, q)


RELATIVE_CLAUSE_TOKENS = 6  # the longest relative clause passed over between a work noun and its title


def _work_of_relative(ctx: Context, k: int) -> bool:
    """Does the relative clause that ends at token k, right before the marks, hang on a noun of a work, its object
    relative pronoun standing for it ("du livre qu'ils ont coécrit « Le progrès ne tombe pas du ciel »", "the book
    that she wrote 'Becoming'")? The verb's object is the work the relative stands for: the quoted words that
    follow are its title, not what the verb's subject says."""
    doc = ctx.doc
    floor = max(doc[k].sent.start, k - RELATIVE_CLAUSE_TOKENS)
    if doc[k].pos_ != "VERB":
        return False
    j = k - 1
    while j > floor and doc[j].pos_ in ("AUX", "ADV", "PRON") and not (
            doc[j].pos_ == "PRON" and ("Rel" in doc[j].morph.get("PronType") or ctx.is_word("relative_word", doc[j].text))):
        j -= 1
    if j <= floor or not ("Rel" in doc[j].morph.get("PronType") or ctx.is_word("relative_word", doc[j].text)) \
            or doc[j].dep_ not in ("obj", "dobj"):
        return False  # "le livre qui raconte « … »": a subject relative, the verb's object is still to come
    cue = ctx.lex.words.get("title_cue", ())
    return doc[j - 1].pos_ == "NOUN" and (fold(doc[j - 1].text) in cue or fold(doc[j - 1].lemma_) in cue)


def _platform_account(ctx: Context, k: int) -> bool:
    """Does a noun that announces a name stand before the marks past the proper name of the platform or owner it
    belongs to ("le compte Facebook « Renaud le phénix »", "the Twitter account 'X'", "le magazine Elle
    « … »")? The quoted words name the account or the work."""
    doc = ctx.doc
    j = k
    while j > doc[k].sent.start and doc[j].pos_ == "PROPN" and k - j < 3:
        j -= 1
    if j == k or doc[j].pos_ != "NOUN":
        return False
    word = fold(doc[j].text)
    return ctx.is_word("account_noun", word) or word in ctx.lex.words.get("title_cue", ())


def _so_called(ctx: Context, k: int) -> bool:
    """Is the token k, right before the marks, the bare participle of "dire" that follows a noun, the French "so-called"
    ("un véhicule dit « propre »", "les vols dans les véhicules, dits « à la roulotte »", a noun group in marks of its
    own: "des « traitements bruts » dits « hors échelle »")? The quoted words are the
    name the thing goes by; not "a dit « non »", "s'est dite « incapable »", "Il dit « … »" (a verb, its subject
    or auxiliary before)."""
    doc = ctx.doc
    if not ctx.is_word("naming_participle", doc[k].text) or "Fin" in doc[k].morph.get("VerbForm"):
        return False  # by its form: the tagger takes "dits" for a noun as often as for a participle
    j = k - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    # "des « traitements bruts » dits « hors échelle »": the noun group stands in marks of its own
    quoted_noun = j > 0 and doc[j].is_quote and ctx.quoting.quote_at.get(j - 1) is not None
    return j >= 0 and (doc[j].pos_ in ("NOUN", "PROPN") or quoted_noun) and not any(c.dep_.startswith("aux") for c in doc[k].children)


def _named_so(ctx: Context, span: Span) -> bool:
    """Do the quoted words stand right before the "so-called" participle that gives them a name of their own ("calculée
    selon des « traitements bruts des fonctionnaires » dits « hors échelle »")? They are the thing so named, a term of
    the matter the text reports on, as the name after the participle is."""
    doc = ctx.doc
    if any(t.pos_ in ("VERB", "AUX") for t in span):
        return False  # a clause: "« cela peut se faire » dit-il" is an incise
    after = span.end
    while after < len(doc) and doc[after].is_quote:
        after += 1
    # the participle right after the marks, the name in marks of its own right after it
    return span.end < after < len(doc) - 1 and doc[after + 1].is_quote and _so_called(ctx, after)


def _named_as(ctx: Context, k: int) -> bool:
    """Is the token k, right before the marks (past their determiner), the "comme" / "as" that a naming verb
    of its clause governs ("ce qui désignerait l'autorité irlandaise comme « l'autorité cheffe de file »",
    "désignée comme la « loi Veil »", "named as 'Super Tuesday'")? The quoted words are then the name the
    verb gives a thing, not words anyone says."""
    doc = ctx.doc
    if not ctx.is_word("as_word", doc[k].text):
        return False
    floor = max(doc[k].sent.start, k - AS_VERB_WINDOW)
    verb = next((doc[j] for j in range(k - 1, floor - 1, -1) if doc[j].pos_ == "VERB"), None)
    # not a gerund ("Calling it as 'just another apology', X told Reuters"): the speaker names as she speaks
    return verb is not None and ctx.is_word("naming_verb", verb.lemma_) and "Ger" not in verb.morph.get("VerbForm") \
        and not ("Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense"))


def _words_shown(ctx: Context, q: Marked) -> bool:
    """Words a noun mentions or a sign shows, not words said: a mention noun before the marks ("du terme
    « racisé »", "the concept 'Batch and Bake'"); a sign or mention noun reaching over its adjectives to a
    colon ("une nouvelle affiche frontiste : « … »") or to a relative whose verb shows ("signs which read
    'silenced'"); a capitalised title after a maker of works and its "de" ("auteur des « Grandes
    épidémies modernes »")."""
    doc = ctx.doc
    mark = _tokens_between(ctx, q.open, q.open + 1)
    if mark is None or not len(mark) or mark.start == 0:
        return False
    k = mark.start - 1
    floor = doc[k].sent.start
    if ctx.text[q.start:q.start + 1].isupper() and k > floor and ctx.is_word("complement_link", doc[k].text) \
            and ctx.is_word_or_lemma("work_maker", doc[k - 1]):
        return True
    j = k
    while j >= floor and (ctx.is_word("determiner", doc[j].text) or _elided_determiner(ctx, j)):
        j -= 1
    if j >= floor and (ctx.is_word_or_lemma("mention_noun", doc[j]) or doc[j].pos_ == "NOUN" and ctx.is_word_or_lemma("sign_noun", doc[j])):
        return True  # "du terme « racisé »", "L'inscription « était un raciste » a été taguée"
    if doc[k].text == ":":
        k -= 1
    elif _display_verb(ctx, doc[k]):
        if "Fin" in doc[k].morph.get("VerbForm") and _sign_subject(ctx, doc[k]):
            return True  # "un panneau rouillé indique « … »": the sign shows the words, nobody says them
        relative = "Ger" in doc[k].morph.get("VerbForm")  # "signs reading « … »"
        k -= 1
        while k > floor and not relative and doc[k].pos_ in ("AUX", "PRON", "VERB", "ADV", "SCONJ") and mark.start - k < 6:
            relative = doc[k].pos_ == "PRON" and ("Rel" in doc[k].morph.get("PronType") or ctx.is_word("relative_word", doc[k].text))
            k -= 1
        if not relative:
            return False
    else:
        return False
    while k > floor and doc[k].pos_ == "ADJ" and mark.start - k < 6:
        k -= 1
    return k >= floor and doc[k].pos_ == "NOUN" and any(
        ctx.is_word(listname, doc[k].lemma_) or ctx.is_word(listname, doc[k].text) for listname in ("sign_noun", "mention_noun"))


def _display_verb(ctx: Context, tok: Token) -> bool:
    """A verb by which a sign shows words ("indique", "reads"), by its text, its lemma or, when the lemmatizer left
    the form as it is ("indique" for "indiquer"), the base forms its ending gives (morphology.tsv)."""
    return ctx.is_word_or_lemma("display_verb", tok) or tok.pos_ in ("VERB", "AUX") and any(
        ctx.is_word("display_verb", base) for base in ctx.lex.base_forms(tok.text.lower()))


SIGN_ADJECTIVES = 3  # adjectives passed over between a sign noun and the display verb it is the subject of


def _sign_subject(ctx: Context, verb: Token) -> bool:
    """Is the finite display verb's subject a sign noun ("un panneau rouillé indique", "the banner reads"): by the
    parse, or by the words right before the verb (the noun past its adjectives or participles) when the parse is
    lost?"""
    if any(c.dep_.startswith("nsubj") and c.pos_ == "NOUN" and ctx.is_word_or_lemma("sign_noun", c) for c in verb.children):
        return True
    doc = ctx.doc
    k = verb.i - 1
    while k > doc[verb.i].sent.start and (doc[k].pos_ == "ADJ" or "Part" in doc[k].morph.get("VerbForm")) \
            and verb.i - k <= SIGN_ADJECTIVES:  # "rouillé": the tagger takes the adjective for a participle
        k -= 1
    return k >= 0 and doc[k].pos_ == "NOUN" and ctx.is_word_or_lemma("sign_noun", doc[k])


def _opens_on_infinitive(span: Span) -> bool:
    """Do the quoted words open, in lowercase, on an infinitive ("proposé de « restaurer » 300.000 emplois", "pour
    « faciliter l'émergence de champions »", "la mission de « décharger » les médecins")? A verb phrase someone puts
    in words: an action, not the name of a thing, a charge or the object a verb acts on ("l'opération « Sauver
    Noël »", capitalised, still names)."""
    first = next((t for t in span if t.is_alpha), None)
    return first is not None and first.text[:1].islower() and "Inf" in first.morph.get("VerbForm")


def _qualifies_cue(quoted: Span, cue: Token) -> bool:
    """Do the quoted words say something of the cue noun rather than name it: lowercase words opening
    on a finite verb whose subject it is ("La réforme « garantit le secret fiscal »"), or an adjective
    that qualifies it ("la campagne « inouïe »", "calling the agreements 'legitimate and…'")? A name
    after its cue is a noun phrase or a title."""
    first = next((t for t in quoted if t.is_alpha), None)
    if first is None or not first.text[:1].islower():
        return False
    if "Fin" in first.morph.get("VerbForm"):
        # not when the sentence's own verb follows the marks ("L'inscription « était un raciste » a été taguée"):
        # the noun and its quoted words are together the subject, the words are what the thing reads
        doc, after = quoted.doc, quoted.end
        while after < len(doc) and doc[after].is_quote:
            after += 1
        return not (after < len(doc) and doc[after].pos_ in ("VERB", "AUX") and "Fin" in doc[after].morph.get("VerbForm"))
    root = quoted.root
    if any(t.pos_ == "SCONJ" or t.dep_.startswith("nsubj") for t in quoted):
        return False  # a clause of its own ("une cagnotte « pour que X se taise »"), whatever the tagger made of its verb
    return root.pos_ == "ADJ" or root.dep_ == "amod" and root.head.i == cue.i


def _acts_on_thing(ctx: Context, span: Span, attribution: Attribution | None) -> bool:
    """Does the attribution's verb act on the quoted words as on a thing rather than report them: a
    verb of kind `clause`, not in an incise, whose quoted phrase has no finite verb, does not stand alone
    (after a colon, opening the sentence) and sits in no clause of its own under the verb ("a détaillé
    ses « 13 clés pour… »", "s'était vu opposer le « secret défense »"; not "a détaillé que c'était
    « ignoble »")?"""
    if attribution is None or attribution.incise or attribution.verb_token is None:
        return False
    verb = attribution.verb_token
    if fold(_speech_lemma(ctx, verb) or _lemma(verb)) not in ctx.lex.clause_verbs \
            or any("Fin" in t.morph.get("VerbForm") for t in span) or _opens_on_infinitive(span):
        return False  # "a proposé de « restaurer » 300.000 emplois": the verb reports an action, no thing
    doc = ctx.doc
    before = _before_marks(span)
    if before < span.sent.start or doc[before].text == ":":
        return False  # a quote standing alone
    if verb.i < span.start and _clause_between(doc, verb.i + 1, span.start):
        return False  # "en lui lançant qu'il n'était pas l'unique « référence »", however the parse hangs the marks
    node, steps = span.root, 0
    while node.i != verb.i and node.head.i != node.i and steps < 8:
        node, steps = node.head, steps + 1
        if node.i != verb.i and node.pos_ in ("VERB", "AUX") and verb.is_ancestor(node) \
                and not span.start <= node.i < span.end:
            return False  # in a clause the verb reports ("a détaillé que les mesures étaient « sévères »")
    return True


def _clause_between(doc, start: int, end: int) -> bool:
    """Does a subordinate clause open between the tokens start and end — a subordinating conjunction, then a finite
    verb or auxiliary ("qu'il n'était pas", "that it was")? By the words, not the parse."""
    conjunction = next((k for k in range(start, end) if doc[k].pos_ == "SCONJ"), None)
    return conjunction is not None and any(doc[k].pos_ in ("VERB", "AUX") and "Fin" in doc[k].morph.get("VerbForm")
                                           for k in range(conjunction + 1, end))


def _governed(attribution: Attribution | None, span: Span) -> bool:
    """Are the quoted words said through the attribution's verb: an incise, or a verb above them
    in the parse ("a qualifié l'accueil de « chaleureux »", "a jugé son ampleur « excessive »")?
    Not when they sit in the verb's subject or complete a noun ("l'abolition du « délit de
    solidarité »", "l'acteur des « Valseuses »")."""
    if attribution is None:
        return False
    if attribution.incise:
        return True
    verb = attribution.verb_token
    if verb is None:
        return False
    speaker = attribution.speaker_token
    node, steps = span.root, 0
    while node.i != verb.i and node.head.i != node.i and steps < 8:
        if node.dep_.startswith("nsubj") or speaker is not None and node.i == speaker.i:
            return False  # in the subject, or in the speaker's own description ("l'acteur des « Valseuses »")
        if node.head.pos_ in ("NOUN", "PROPN") and node.head.i != verb.i and not (
                (node.pos_ == "ADJ" or node.dep_ == "amod") and span.start <= node.i < span.end):
            return False
        node, steps = node.head, steps + 1
    return node.i == verb.i


def _nobodys_words(attribution: Attribution | None, span: Span, words: list[str]) -> bool:
    """A few verbless quoted words under a passive with no agent, far after a speech verb whose
    subject the parse lost ("Cette « bourde » en rappelle d'autres de la part d'élus, souvent
    accusés d'être coupés de « la vie réelle »"): words of no one the text names."""
    if attribution is None or attribution.verb_token is None or attribution.speaker_token is not None \
            or len(words) > LABEL_MAX_WORDS or any(t.pos_ in ("VERB", "AUX") for t in span) \
            or span.start - attribution.verb_token.i <= FAR_VERB:
        return False
    node = span.root.head
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node.i != attribution.verb_token.i and "Pass" in node.morph.get("Voice") \
        and not any(c.dep_.endswith("agent") for c in node.children)


def _after_closing_mark(doc, verb: Token) -> bool:
    """Is the verb the incise of an earlier quote ("», déclare l'acteur des …")?"""
    k = verb.i - 1
    while k >= 0 and (doc[k].text == "," or doc[k].pos_ == "AUX" or doc[k].text.startswith("-")):
        k -= 1
    return k >= 0 and doc[k].text in ("»", "”", '"')


def _names_a_speaker(ctx: Context, span: Span, content: str) -> bool:
    """'« Les voix des Femmes » appelle les parties concernées…': a quoted name, capitalised and with no
    verb of its own, that is the subject of the speech verb right after it, is whoever speaks."""
    root = span.root
    if not content[:1].isupper() or any("Fin" in t.morph.get("VerbForm") for t in span):
        return False
    k = span.end
    while k < len(ctx.doc) and (ctx.doc[k].is_punct and ctx.doc[k].text != "," or ctx.doc[k].pos_ == "AUX"):
        k += 1
    return k < len(ctx.doc) and root.dep_.startswith("nsubj") and root.head.i == k and _is_speech_verb(ctx, ctx.doc[k])


def _names_the_incise_speaker(ctx: Context, span: Span) -> bool:
    """'« … », explique « un important macroniste » au Parisien': quoted words right after the verb of an
    incise (a closing mark, a comma, the verb), opening on a determiner and with no verb of their own, stand where its inverted subject stands:
    they describe whoever speaks, not words said."""
    doc = ctx.doc
    k = span.start - 1
    while k >= 0 and doc[k].is_quote:
        k -= 1
    if k < 0 or not _is_speech_verb(ctx, doc[k], incise=True) or not (_after_comma(doc, doc[k]) and _after_closing_mark(doc, doc[k])):
        return False
    return ctx.is_word("determiner", span[0].text) and not any(t.pos_ in ("VERB", "AUX") for t in span)


GROUP_TAGS = ("NOUN", "PROPN", "ADJ", "DET", "ADP", "NUM", "PUNCT")


def _in_speaker_group(ctx: Context, span: Span, attribution: Attribution | None) -> bool:
    """Do the quoted words stand inside the noun group of the speaker the attribution names, between the
    speaker's name or title and the end of that group ("a raconté Johny Srouji, responsable des technologies
    « hardware »", "avait déclaré la Bretonne à l'origine d'une vidéo sur la « traque aux automobilistes »"; the
    subject before its verb too)? They tell who speaks, not what is said: a group holds no verb, so no verb, no
    clause mark and no other quote stands between the name and the marks, and the speech verb lies outside that
    stretch (an incise's, inverted, before it; or after the marks)."""
    if attribution is None or attribution.verb_token is None:
        return False
    doc = ctx.doc
    verb, speaker = attribution.verb_token, attribution.speaker_token
    if verb.i < span.start:
        if not (_after_closing_mark(doc, verb) or _after_comma(doc, verb)):
            return False  # no incise: the group after the verb is its object ("a salué la campagne « inouïe »")
        if speaker is None:
            speaker = _inverted_subject(ctx, verb, span.start)  # the resolver named the speaker by another mention
    before = _before_marks(span)
    if speaker is None or not speaker.i < span.start or speaker.i <= verb.i < span.end \
            or speaker.sent.start != span.sent.start or verb.i < span.start and speaker.i < verb.i:
        return False
    if verb.i < speaker.i and doc[before].text == "," or before <= speaker.i:
        # "« A », a affirmé le ministre, « B »": the quote goes on after its incise; "…, told Reuters « … »", "a
        # déclaré le ministre « … »": the marks right after the name open the words said, no group runs on
        return False
    between = doc[speaker.i + 1:before + 1]
    # a noun group: nouns, names, adjectives, determiners, numbers, prepositions and commas; after a comma, a
    # new noun (an apposition), not a preposition or a conjunction that opens a clause (", saluant la mémoire
    # d'un « ami »" where the tagger lost the participle, ", même si « … »")
    return all(t.pos_ in GROUP_TAGS and not (t.is_quote or t.text in (":", ";", ".", "(", ")"))
               and not (t.i > speaker.i + 1 and doc[t.i - 1].text == "," and t.pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "NUM"))
               for t in between)


def _names_a_charge(ctx: Context, span: Span) -> bool:
    """'condamné … à deux ans de prison pour « incitation à attroupement »': the name of a charge. Alone after
    "pour", a long span may be someone's words; an item of a list of quoted spans that the charge preposition opens
    ("mis en examen pour « viols … », « détention … d'images à caractère pornographique sur un mineur » et « … »")
    is a charge's name however long its legal wording: the list, its items joined by commas and "et", says so."""
    doc = ctx.doc
    before = span.start - 1
    while before >= 0 and (doc[before].is_punct or doc[before].is_space):
        before -= 1
    # a list of charges: 'pour « viol avec arme », « attentats… » et « vol… »': back over the list
    quote_at = ctx.quoting.quote_at
    listed = False  # an item of a list of quoted charges, not its first
    for _ in range(12):
        if before >= 0 and (ctx.is_word("coordination", doc[before].text) or doc[before].is_punct):
            before -= 1
            continue
        inside = quote_at.get(before)
        if inside is None:
            break
        span_before = doc.char_span(inside.start, inside.end, alignment_mode="expand")
        before = (span_before.start if span_before is not None else before) - 1
        listed = True
    if before < 0 or not ctx.is_word("charge_preposition", doc[before].text) or len(span) > 10 and not listed \
            or _opens_on_infinitive(span):
        return False  # "pour « faciliter l'émergence de champions »": a purpose, no charge
    window = doc[max(doc[before].sent.start, before - 14):before]
    return any(ctx.is_word_or_lemma("charge_word", t) for t in window)


def _gloss_or_work(ctx: Context, span: Span) -> bool:
    """Verbless words glossed between parentheses ("des « van dwellers » (« habitants des caravanes »)"),
    or a capitalised title followed by its author ("dans « Pieces of a woman » du Hongrois Kornel
    Mundruczo", "« Les amants sacrifiés » de Kiyoshi Kurosawa"): a name, not someone's words."""
    doc = ctx.doc
    after = span.end
    while after < len(doc) and doc[after].is_quote:
        after += 1
    if span.start >= 2 and doc[span.start - 2].text == "(" and after < len(doc) and doc[after].text == ")" \
            and not any("Fin" in t.morph.get("VerbForm") for t in span):
        return True
    if not span.text[:1].isupper() or after >= len(doc) or not ctx.is_word("complement_link", doc[after].text) \
            or sum(t.is_alpha for t in span) > TITLE_MAX_WORDS:
        return False  # a title is a few words: a quote of a sentence or more is no work's title
    if span.text.rstrip()[-1:] == ",":
        return False  # '"We are disappointed," the White House said': the comma that closes the words of an incise
        # stands inside the marks; a title runs on to its author with none
    mentions = ctx.entities.mention_at
    k = after + 1
    while k < min(len(doc), after + 4) and k not in mentions and doc[k].pos_ != "PROPN":
        k += 1
    return k < len(doc) and (k in mentions or doc[k].pos_ == "PROPN")


def _said_in_sentence(ctx: Context, span: Span) -> bool:
    """Does a speech verb come before the quoted words in their sentence, or the verb of an incise after them (a
    comma before it: "Une forme de « sélection » subsistera, a indiqué une source")?"""
    doc = ctx.doc
    return any(_is_speech_verb(ctx, t) for t in doc[span.sent.start:span.start]) or any(
        _is_speech_verb(ctx, t, incise=True) and _after_comma(doc, t) and _conjugated(doc, t) for t in doc[span.end:span.sent.end])


def _conjugated(doc, verb: Token) -> bool:
    """A finite verb, or a participle after its auxiliary ("a ajouté"): an incise's verb, not a participle opening a
    phrase of its own (", enchaînant les petits boulots")."""
    return "Fin" in verb.morph.get("VerbForm") or verb.i > 0 and doc[verb.i - 1].pos_ == "AUX"


def _before_marks(span: Span) -> int:
    """The index of the token right before the quoted span's opening marks, or -1."""
    before = span.start - 1
    while before >= 0 and span.doc[before].is_quote:
        before -= 1
    return before


def _word_before(span: Span) -> int:
    """The index of the last token before the quoted span that is no punctuation (its marks, a comma…), or -1."""
    before = span.start - 1
    while before >= 0 and span.doc[before].is_punct:
        before -= 1
    return before


def _after_vague_adjective(ctx: Context, span: Span) -> bool:
    """'le nouveau « schéma national du maintien de l'ordre »': a determiner and a vague adjective
    introduce the quoted words as the name of a thing."""
    doc = ctx.doc
    before = _word_before(span)
    return 0 < before < len(doc) and ctx.is_word("vague_adjective", doc[before].text) \
        and doc[before - 1].pos_ == "DET" and span.root.pos_ != "VERB"


def _inside_noun_group(ctx: Context, span: Span) -> bool:
    """Do the quoted words stand between a noun and its complement ("le caractère « dynamique » de la plage", "le
    délégué « études et argumentaires » du parti", "la liste « commission paritaire » de l'Union")? Inside one noun
    group, by the words around them whatever the parse made of them, they qualify or name what the noun is: a label."""
    doc = ctx.doc
    before = _before_marks(span)
    after = span.end
    while after < len(doc) and doc[after].is_quote:
        after += 1
    return before > 0 and doc[before].pos_ == "NOUN" and doc[before - 1].pos_ == "DET" and after < len(doc) \
        and ctx.is_word("complement_preposition", doc[after].text)


def _demonstrative_before(ctx: Context, span: Span) -> bool:
    """Is the quoted noun right after a demonstrative ("Cette « bourde » en rappelle d'autres", "this
    'blunder'")? The narrator names again, in someone's word or in scare quotes, a thing already told: a label."""
    before = _word_before(span)
    return before >= 0 and ctx.is_word("demonstrative", ctx.doc[before].text)


def _labels_a_thing(ctx: Context, span: Span, attribution: Attribution | None = None) -> str | bool:
    """A short quoted noun phrase that completes a noun ("l'abolition du « délit de solidarité »",
    "les sujets « chauds »") or names a charge ("condamné pour « viol avec arme »") is a label, not
    someone's words."""
    doc = ctx.doc
    words = [t for t in span if t.is_alpha]
    if not words or len(words) > 6 or any(t.pos_ in ("VERB", "AUX") and _finite(t, span) for t in span):
        return False
    root = span.root
    head = root.head
    before = _word_before(span)
    near = [t for t in doc[max(span.sent.start, span.start - LABEL_VERB_WINDOW):span.start]
            if _is_speech_verb(ctx, t) and not _after_closing_mark(doc, t)]
    said_before = attribution is not None and attribution.verb_token is not None and attribution.verb_token.i < span.start
    # "l'univers des « van dwellers »": by the parse, or by the words when the parse is lost and
    # no speech verb of the sentence comes before ("He said it … the impact of 'structural racism'")
    # "une manière de « personnaliser la relation »", "essaye de « re-présidentialiser la fonction »": an infinitive
    # after "de" is an action someone puts in words, not the name of a thing the noun is of
    completes_noun = before >= 0 and ctx.is_word("complement_preposition", doc[before].text) and root.pos_ != "VERB" and (
        (head.pos_ in ("NOUN", "PROPN") and head.i < span.start)
        or (before > 0 and doc[before - 1].pos_ == "NOUN" and not said_before))
    if completes_noun and not any(ctx.is_word("qualifying_verb", _lemma(t)) for t in near):
        return "completes_noun"  # "l'abolition du « délit de solidarité »", "l'univers des « van dwellers »"
    if near:
        return False  # "a salué une « victoire »", "qualifiant l'accord d'« étape très positive »"
    if len(words) <= LABEL_MAX_WORDS and before >= 0 and doc[before].pos_ == "DET" and root.pos_ in ("NOUN", "PROPN") \
            and not said_before:
        return "determiner_noun"  # "Cette « bourde »": a determiner outside the marks, a noun inside
    if _after_vague_adjective(ctx, span) and not said_before:
        return "vague_adjective"  # "le nouveau « schéma national du maintien de l'ordre », publié jeudi"
    if len(words) <= LABEL_MAX_WORDS and _inside_noun_group(ctx, span):
        return "inside_group"  # "le caractère « dynamique » de la plage", "le délégué « études et argumentaires » du parti"
    if head.i in range(span.start, span.end) or head is root:
        return False
    # "les sujets « chauds »", "l'univers des « van dwellers »": a short label completing a noun
    return "noun_label" if len(words) <= LABEL_MAX_WORDS and head.pos_ in ("NOUN", "PROPN") and head.i < span.start \
        and fold(head.lemma_) not in ctx.lex.speech_nouns and not _is_speech_verb(ctx, head) else False


def _finite(tok: Token, span: Span) -> bool:
    """Is the quoted token a finite verb by its role as well as its tag? A word the tagger calls a finite verb but
    the parse uses as a noun — it takes a determiner of its number ("la « traque aux automobilistes »") — or as the modifier of a
    noun outside the marks before them, with no subject of its own ("une vidéo « selfie » de deux manchots"), is a
    noun the tagger mistook: the quoted words hold no clause."""
    if "Fin" not in tok.morph.get("VerbForm"):
        return False
    number = tok.morph.get("Number")
    if any(c.dep_ == "det" and (not c.morph.get("Number") or not number or c.morph.get("Number") == number) for c in tok.children):
        return False  # not an object pronoun taken for an article: "le « reprennent »" (singular before a plural verb)
    return not (tok.dep_ in ("amod", "nmod", "compound") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i < span.start
                and not any(c.dep_.startswith("nsubj") for c in tok.children))


def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*|\d+", text)]
    content = [w for w in words if len(w) > 3 or w[:1].isupper() or w.isdigit()]
    return len(words) >= 2 and all(w[:1].isupper() or w.isdigit() for w in content)


@lru_cache(maxsize=None)
def _form_weights(lang: str) -> dict[str, float]:
    """models/<lang>/quote_form.tsv: feature → weight."""
    return {row["feature"]: float(row["weight"]) for row in _rows(models_dir() / lang / "quote_form.tsv")}


def _form_score(ctx: Context, features: dict[str, float]) -> float:
    """Quote (> 0) or quoted name (≤ 0): one logistic score over the quoted words' form and role, less
    the margin ('threshold') a taken name costs over a missed quote."""
    weights = _form_weights(ctx.lex.lang)
    return sum(weights.get(name, 0.0) * value for name, value in features.items()) - weights.get("threshold", 0.0)


def _form_features(ctx: Context, q: Marked, span: Span, content: str, attribution: Attribution | None,
                   marked: list[Marked], rules: dict[str, bool]) -> dict[str, float]:
    """What the quoted words are by their form and by their role in the sentence: a clause or a
    phrase, a name or a title (capitalised, a proper noun, a heading), what they complete outside
    the marks, whether a speech verb governs them; with the rules' answers."""
    doc = ctx.doc
    words = [t for t in span if t.is_alpha]
    finite = any(_finite(t, span) for t in span)
    before = span.start - 1
    while before >= 0 and doc[before].is_punct and doc[before].text not in (":", ","):
        before -= 1
    after = span.end
    while after < len(doc) and doc[after].text in ('"', "»", "”", "’", "'", "›"):
        after += 1
    root = span.root
    folded = fold(content)
    # another quote holds the same words: counted in all the quotes' folded texts at once, less this quote's own
    every = ctx.memo("quoted_texts")
    if "joined" not in every:
        every["joined"] = "\x00".join(fold(ctx.text[m.start:m.end]) for m in marked)
    repeated = bool(folded) and every["joined"].count(folded) > folded.count(folded)
    mention = ctx.entities.mention_at
    subject = not finite and _subject_of_a_verb(ctx, span, _past_coordinated_quote(ctx, after))
    f = {
        "bias": 1.0,
        "finite_verb": finite,
        "verb": any(t.pos_ in ("VERB", "AUX") and ("Fin" not in t.morph.get("VerbForm") or _finite(t, span)) for t in span),
        "capital": content[:1].isupper(),
        "title_case": _title_case(content),
        "all_caps": content.isupper(),
        "proper": bool(words) and all(t.pos_ == "PROPN" or t.i in mention for t in words),
        "sentence_end": content.rstrip()[-1:] in ".!?…",
        "after_colon": before >= 0 and doc[before].text == ":",
        "sentence_start": before < 0 or doc[before].is_sent_end or span.start == span.sent.start,
        "determiner_before": before >= 0 and doc[before].pos_ == "DET",
        "noun_before": before >= 0 and before == span.start - 2 and doc[before].pos_ in ("NOUN", "PROPN"),
        "preposition_before": before >= 0 and doc[before].pos_ == "ADP",
        "noun_head_outside": root.head.pos_ in ("NOUN", "PROPN") and not span.start <= root.head.i < span.end,
        "adjective": root.pos_ == "ADJ" or "Part" in root.morph.get("VerbForm") and not finite,
        "noun_root": root.pos_ in ("NOUN", "PROPN"),
        "attributed": attribution is not None and attribution.verb is not None,
        "speaker": attribution is not None and attribution.speaker is not None,
        "incise": attribution is not None and attribution.incise,
        "comma_after": after < len(doc) and doc[after].text == ",",
        "repeated": repeated,
        # a verb phrase whose auxiliary stands outside the marks ("qui a « imposé » au gouvernement")
        "aux_before": any(c.dep_.startswith("aux") and c.i < span.start for c in root.children)
        or before >= 0 and doc[before].pos_ == "AUX",
        "sentences": bool(re.search(r"[.!?…] +[A-ZÀ-Ý]", content)),  # several sentences
        "heading_repeated": rules.get("heading", False) and repeated,
        "used_unquoted": _used_unquoted(ctx, marked, folded),
        "number": any(t.like_num or t.pos_ == "NUM" for t in span),
        "coordinated": not finite and _coordinated(span),
        "degree": any(t.pos_ == "ADV" for t in span),
        "indefinite_before": before >= 0 and indefinite(doc[before]),
        "speech_noun_root": root.pos_ == "NOUN" and (fold(root.lemma_) in ctx.lex.speech_nouns
                                                    or ctx.is_word("document_noun", root.lemma_)),
        "subject_of_verb": subject,
        # the subject of a verb that reports nothing, and no one said to speak the words in their sentence ("« Mon
        # cœur » arrive en tête du classement", "whether 'technical errors' is a feasible explanation"): the narrator
        # talks of the words as of a thing; with a speaker ("« la pression » monte, a-t-il dit") they are hers
        "unsaid_subject": subject and (attribution is None or attribution.speaker is None),
        "counted": not finite and _counted_before(span),
        "apposed": not finite and _apposed_to_name(ctx, span),
        "after_as": not finite and _after_as_word(ctx, span),
    }
    f.update(rules)
    return {k: float(v) for k, v in f.items()}


def _names_a_message(ctx: Context, span: Span) -> bool:
    """A determiner outside the marks and, inside, a verbless noun group headed by a speech or document noun ("a-t-il
    martelé dans un « message ferme »", "une « note personnelle »", "in a 'strong message'"): the quoted words name
    the message that carries words, they are not the words."""
    doc = ctx.doc
    before = _before_marks(span)
    root = span.root
    return before >= 0 and doc[before].pos_ == "DET" and root.pos_ == "NOUN" \
        and not any(t.pos_ in ("VERB", "AUX") for t in span) \
        and (fold(root.lemma_) in ctx.lex.speech_nouns or ctx.is_word("document_noun", root.lemma_))


def _subject_of_a_verb(ctx: Context, span: Span, after: int) -> bool:
    """Are the verbless quoted words the subject of a finite verb right after their closing mark, a verb that does
    not report speech ("« Mon cœur » arrive en tête", "seul « mon chaton » se classe", "'tropical depression' is
    the weakest")? The narrator then talks of the words as of a thing; unless a speech verb reports the clause
    ("said 'three terrorists' were killed"), which the score weighs with the attribution."""
    doc = ctx.doc
    before = _before_marks(span)
    if span.root.pos_ not in ("NOUN", "PROPN", "PRON", "NUM") or before >= 0 and doc[before].pos_ in ("NOUN", "PROPN"):
        return False  # words qualifying a noun before them ("des échanges « nourris et denses » ont eu lieu"): not the subject
    k = after
    if k < len(doc) and doc[k].pos_ == "PRON" and "Yes" in doc[k].morph.get("Reflex"):
        k += 1  # "se classe"
    if k >= len(doc) or doc[k].pos_ not in ("VERB", "AUX") or "Fin" not in doc[k].morph.get("VerbForm"):
        return False
    return not _is_speech_verb(ctx, doc[k], incise=True)


def _past_coordinated_quote(ctx: Context, after: int) -> int:
    """The token after a quoted span coordinated with this one ("« Mon lapin » et « mon canard » obtiennent"):
    where the group they form together ends; else `after` itself."""
    doc = ctx.doc
    if after + 1 < len(doc) and ctx.is_word("coordination", doc[after].text) and doc[after + 1].is_quote:
        other = ctx.quoting.quote_at.get(after + 2)
        span = _tokens_between(ctx, other.start, other.end) if other is not None else None
        if span is not None and len(span):
            k = span.end
            while k < len(doc) and doc[k].is_quote:
                k += 1
            return k
    return after


def _counted_before(span: Span) -> bool:
    """A figure right before the marks ("2.102 « preprints »", "400 'tiny homes'"): the quoted words name
    the things counted, a term, not words said."""
    before = _before_marks(span)
    # by its digits: the tagger takes "2.102" for anything, a pronoun included
    return before >= 0 and any(c.isdigit() for c in span.doc[before].text) and not span.doc[before].is_punct


def _apposed_to_name(ctx: Context, span: Span) -> bool:
    """A comma and a name right before the marks ("Chantal Perrotin, « gilet jaune » en Auvergne"): the quoted
    words stand in apposition to the person, they say what she is."""
    doc = ctx.doc
    before = _before_marks(span)
    return before > 0 and doc[before].text == "," and (doc[before - 1].pos_ == "PROPN" or before - 1 in ctx.entities.mention_at) \
        and span.root.pos_ in ("NOUN", "PROPN", "ADJ")


def _apposed_label(ctx: Context, span: Span) -> bool:
    """A bare noun group of a few words in apposition to a person's name ("Chantal Perrotin, « gilet jaune » en
    Auvergne"): no determiner, pronoun or auxiliary inside, lowercase, more than one word (a lone adjective there is
    as often the person's own word, "X, « ravi », …"): it says what the person is, a label the text gives her,
    however the tagger read its words."""
    words = [t for t in span if t.is_alpha]
    return 1 < len(words) <= LABEL_MAX_WORDS and span.text[:1].islower() \
        and not any(t.pos_ in ("DET", "PRON", "AUX") for t in span) and _comma_after_name(ctx, span)


def _comma_after_name(ctx: Context, span: Span) -> bool:
    """A comma right before the marks, after a proper name or a mention of a person."""
    doc = ctx.doc
    before = _before_marks(span)
    return before > 0 and doc[before].text == "," and (doc[before - 1].pos_ == "PROPN" or before - 1 in ctx.entities.mention_at)


def _after_as_word(ctx: Context, span: Span) -> bool:
    """"comme" / "as" right before the marks, past a determiner ("présenté comme un « bond en avant »", "known
    as 'Super Tuesday'"): what the quoted words are likened to or named as."""
    doc = ctx.doc
    k = _before_marks(span)
    while k >= 0 and (ctx.is_word("determiner", doc[k].text) or _elided_determiner(ctx, k)):
        k -= 1
    return k >= 0 and ctx.is_word("as_word", doc[k].text)


def _used_unquoted(ctx: Context, marked: list[Marked], folded: str) -> bool:
    """Do the quoted words come again in the article outside quotation marks ("les « gilets jaunes »" … "les
    gilets jaunes"): a term the article takes up as its own, not words it lends someone?"""
    memo = ctx.memo("unquoted_text")
    if "text" not in memo:
        chars = list(ctx.text)
        for m in marked:
            chars[max(0, m.start - 1):m.end + 1] = " " * (min(len(chars), m.end + 1) - max(0, m.start - 1))
        memo["text"] = fold("".join(chars))
    words = folded.strip(" .,;:!?…")
    # a plain substring test first (fast on long texts); the word-boundary search only where it is found
    return bool(words) and words in memo["text"] \
        and re.search(r"(?<!\w)" + re.escape(words) + r"(?!\w)", memo["text"]) is not None


def _coordinated(span: Span) -> bool:
    """Are the quoted words a list or a coordination ("nourris et denses", "sans queue ni tête", "physiques,
    sensorielles, psychologiques"): a conjunction or a comma between two of their words?"""
    return any(t.pos_ == "CCONJ" or t.text == "," for t in span[1:-1])


def extract(ctx: Context) -> list[Quote]:
    pairs = ctx.mark_pairs
    marked = ctx.marked
    # the quoted span each token starts in (spans never overlap: they are the outermost ones)
    ctx.quoting.quote_at = {k: m for m in marked for k in ctx.tokens_in(m.start, m.end)}
    resolver = Resolver(ctx, ctx.quoting.quote_at)
    layout = _Layout(ctx)
    quotes: list[Quote] = []
    names: list[Marked] = []
    previous: tuple[Span, Attribution] | None = None  # the last quote's sentence and attribution
    named: list[bool] = []  # quotes[i] has a speaker who is an actor of the article
    kept: list[tuple[Marked, Quote]] = []  # each quote with its marks
    features = ctx.traces.quote_features
    def next_cue(i: int, span: Span) -> Attribution | None:
        """The first cue of the next quote, when it follows closely in the same paragraph ("« A. » « B »,
        ajoute X"): who speaks a quote with no cue of its own may be named just after it."""
        if i + 1 >= len(marked):
            return None
        nxt = _tokens_between(ctx, marked[i + 1].start, marked[i + 1].end)
        if nxt is None or not len(nxt) or layout.paragraph(nxt.start) != layout.paragraph(span.start) \
                or layout.sentence(nxt.start) - layout.sentence(span.end - 1) > 1:
            return None
        return _attribute(ctx, resolver, marked[i + 1], nxt[0].sent, nxt)

    for i, q in enumerate(marked):
        content = ctx.text[q.start:q.end]
        words = content.split()
        span = _tokens_between(ctx, q.start, q.end)
        if span is None or not len(span):
            continue
        sent = span[0].sent
        if _names_a_thing(ctx, q):
            names.append(q)
            continue
        cues = list(itertools.islice(_cues(ctx, resolver, q, sent, span), CUES))
        attribution = cues[0][1] if cues else None
        # whether the words are a quote is told by the cues that say someone speaks, not by an acting subject
        said = None if attribution is not None and attribution.acting else attribution
        governed = _governed(said, span)
        rules = {"names_a_charge": _names_a_charge(ctx, span), "governed": governed,
                 "labels_a_thing": bool(label := _labels_a_thing(ctx, span, said)), "heading": _is_subheading(ctx.text, q),
                 "continues": said is None and previous is not None and _continues(ctx, previous[0], sent)}
        features.append((q, _form_features(ctx, q, span, content, said, marked, rules)))
        ctx.traces.label_reason[q.start] = label
        rules.update(names_a_speaker=_names_a_speaker(ctx, span, content), nobodys_words=_nobodys_words(said, span, words))
        # a few rules decide alone; else one score over the quoted words' form and role (quote_form.tsv)
        decided = rules["names_a_speaker"] or rules["names_a_charge"] or rules["nobodys_words"] or _gloss_or_work(ctx, span) \
        or _acts_on_thing(ctx, span, said) or _names_the_incise_speaker(ctx, span) or _in_speaker_group(ctx, span, said) or _names_a_message(ctx, span) \
        or _named_so(ctx, span) or _apposed_label(ctx, span) \
        or not governed and (
            label in ("vague_adjective", "inside_group") or label == "completes_noun" and not _said_in_sentence(ctx, span)
            or label == "determiner_noun" and _demonstrative_before(ctx, span))
        # a subheading between dashes ('- « Aucune relation » -') with no cue of its own heads the passage that
        # follows: a heading, like a title, not words anyone is said to say there
        heading = said is None and rules["heading"]
        if decided or heading:
            features.pop()  # decided by a rule alone: not for the score (nor for fitting it)
        if decided or heading or features and features[-1][0] is q and _form_score(ctx, features[-1][1]) <= 0:
            names.append(q)
            continue
        if attribution is None and previous is not None and (
                len(words) > _SCARE_MAX_WORDS and _continues(ctx, previous[0], sent)
                or previous[0] == sent and any("Fin" in t.morph.get("VerbForm") for t in span)):
            # a quote that goes on in the next sentences, or a clause quoted in the same sentence as the
            # last quote ("a « demandé … deux pistes » : la prévention et les éducateurs « qu'il faut renforcer »")
            same = previous[0] == sent
            attribution = Attribution(previous[1].verb if same else None, previous[1].speaker, None, previous[1].named)
        if attribution is None:
            attribution = Attribution(None, None)
        start, end = ctx.offsets((q.start, q.end))
        following = next_cue(i, span) if not cues else None
        attribution = _ranked(ctx, resolver, layout, span, cues, previous, content, attribution, (start, end), following)
        if attribution.named and attribution.speaker and not attribution.weak:
            resolver.last = (span.start, attribution.speaker)
            resolver.named_said.append(resolver.last)
            resolver.speakers.add(attribution.speaker)
            resolver.spoke_at[attribution.speaker] = span.start
            resolver.said.append((span.start, attribution.speaker, True))
        elif attribution.speaker and not attribution.weak:
            resolver.last_unnamed = (span.start, attribution.speaker)
            resolver.said.append((span.start, attribution.speaker, False))
        previous = (sent, attribution)
        quotes.append(Quote(ctx.original[start:end], attribution.speaker, attribution.verb, start, end))
        kept.append((q, quotes[-1]))
        named.append(attribution.named and not attribution.weak)
    _fill_speakers(quotes, named, resolver)
    quotes += _spoken_inside(ctx, resolver, kept, pairs)
    ctx.quoting.quoted_names = names
    from . import reported

    indirect = reported.extract(ctx, resolver, ctx.quoting.quote_at)
    return sorted(quotes + indirect, key=lambda q: (q.start, q.end))


NESTED_VERB_WINDOW = 4  # tokens searched back from a nested quote's marks (past a colon or comma) for its speech verb


def _nested_speech_verb(ctx: Context, span: Span) -> Token | None:
    """The speech verb that introduces a quote inside a quote ("je lui ai dit : 'Veux-tu … ?'", "elle me dit :
    'C'est pas vrai'", "President Trump said, 'Let's talk about it tomorrow.'"): right before its marks, past a
    colon or a comma, with at most a pronoun or an adverb between ("il m'a dit alors : '…'"). None for a word
    the speaker only puts in marks ("un 'surraccident'", "l'aspect 'gilets jaunes'")."""
    doc = ctx.doc
    k = _before_marks(span)
    if k < 0 or doc[k].text not in (":", ","):
        return None  # "précise-t-elle au magazine '13h15'", "les organisations soi-disant 'antiracistes'": no colon, a name
    k -= 1
    floor = max(span.sent.start, k - NESTED_VERB_WINDOW)
    while k >= floor and not (doc[k].is_punct or doc[k].is_quote):
        if doc[k].pos_ in ("VERB", "AUX") and _is_speech_verb(ctx, doc[k]):
            return doc[k]
        if doc[k].pos_ not in ("PRON", "ADV"):
            return None  # "answer these questions about: '…'": the verb's object is a thing, the marks show its words
        k -= 1
    return None


def _spoken_inside(ctx: Context, resolver: Resolver, kept: list[tuple[Marked, Quote]], pairs: list[Pair]) -> list[Quote]:
    """Words a quote reports in its turn, in marks of their own after a speech verb ("« … et je lui ai dit :
    'Veux-tu … ?'. Et il m'a dit : 'Tu pues …' »"): quotes too, of whom that verb's subject names (the outer
    quote's speaker when it is "je", or when the parse names no one)."""
    found = []
    for m in find_nested(ctx.text, pairs):
        outer = next((quote for q, quote in kept if q.start <= m.open and m.close <= q.end), None)
        span = _tokens_between(ctx, m.start, m.end)
        if outer is None or span is None or not len(span):
            continue
        verb = _nested_speech_verb(ctx, span)
        if verb is None:
            continue
        subject = _subject(verb)
        speaker = outer.speaker
        if subject is not None and "1" not in subject.morph.get("Person"):
            resolved = resolver.resolve(subject, verb.i)
            speaker = resolved.speaker if resolved is not None and resolved.speaker else speaker
        start, end = ctx.offsets((m.start, m.end))
        found.append(Quote(ctx.original[start:end], speaker, _speech_lemma(ctx, verb) or _lemma(verb), start, end))
    return found


def _is_subheading(text: str, q: Marked) -> bool:
    """Is the quote the whole of a subheading line between dashes ('- « Aucune relation » -')?"""
    start, end = text.rfind("\n", 0, q.start) + 1, text.find("\n", q.end)
    line = text[start:end if end >= 0 else len(text)]
    outside = (text[start:q.start] + " " + text[q.end:end if end >= 0 else len(text)]).strip(" «»“”\"-–—")
    return is_subheading(line) and not outside.strip()


def _fill_speakers(quotes: list[Quote], named: list[bool], resolver: Resolver) -> None:
    """Words in quotation marks with no speaker the sentence gives are, in news, nearly always
    the words of someone the article quotes: the nearest quote's named speaker (the one before
    first), else the article's main person."""
    for i, q in enumerate(quotes):
        if q.speaker is not None:
            continue
        before, after = range(i - 1, -1, -1), range(i + 1, len(quotes))
        nearest = next((j for j in (*before, *after) if named[j] and quotes[j].speaker), None)
        if nearest is not None:
            q.speaker = quotes[nearest].speaker
        else:
            person = resolver.main_person()
            q.speaker = person.name if person is not None else None


def _continues(ctx: Context, previous: Span, sent: Span) -> bool:
    """Is `sent` the last quote's sentence or one of the few after it, within its paragraph?"""
    if sent.start == previous.start:
        return True
    gap = ctx.doc[previous.end:sent.start]
    if any(t.is_space and t.text.count("\n") > 1 for t in gap):
        return False  # a new paragraph
    between = max(0, bisect_left(ctx.sentence_starts, sent.start) - bisect_left(ctx.sentence_starts, previous.end))
    return between < CONTINUATION_SENTENCES
