"""Reported speech: what the article says someone said, without quotation marks.

Three frames, found on spaCy's parse, the same code for every language:
- a speech verb with its complement clause ("Le ministre a assuré que la réforme serait votée",
  "He said the plant would close"): DependencyMatcher patterns in models/<lang>/speech_frames.json;
- the clause first, the speech verb after a comma ("The plant will close, the company said",
  "La réforme sera votée, a assuré le ministre");
- a source cue and its clause ("Selon la préfecture, trois personnes…", "…, according to police").
The speaker goes through the same resolver as direct quotes (pronouns, titles, institutions),
and the reported clause is the quote's text (kind "indirect").
"""
from __future__ import annotations

import json
from bisect import bisect_right
from functools import lru_cache

from spacy.attrs import DEP, HEAD, LEMMA, LOWER, MORPH, POS
from spacy.tokens import Span, Token

from ..lexicon import fold, models_dir
from ..lexicon import load as load_lexicon
from ..records import Quote
from .context import Context
from .cues import _inverted_subject, _partitive_group, _speaker_subject
from .speech import (_bare_past_participle, _is_speech_verb, _lemma, _multiword_verb, _present_form, _source_cue_at,
                     _speech_lemma, _subject)

MIN_WORDS = 3  # a reported clause shorter than this says too little to be one
MIN_OUTSIDE = 2  # words of a reported clause outside quotation marks: "Elle « comblera les déficits »" is reported too
SOURCE_WORDS = 6  # a speaker phrase longer than this is a parse gone astray, not a source's name
BODY_WORDS = 9  # an unnamed body speaking as the verb's subject: "le bureau du médecin légiste des Territoires du Nord-Ouest"
NESTED_SHARE = 0.8  # a clause inside an already reported one, this long or longer, is the same clause
_END_PUNCT = {".", ";", ":", "!", "?", ",", "—", "–", "-"}


@lru_cache(maxsize=None)
def _data(lang: str) -> dict:
    path = models_dir() / lang / "speech_frames.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def _frames(lang: str) -> list[list[dict]]:
    return _data(lang).get("patterns", [])


@lru_cache(maxsize=None)
def _statement_cues(lang: str) -> frozenset[str]:
    """The source cues that attribute a statement ("selon", "according to"); not those that frame an
    opinion or a point of view ("pour X", "per X", "aux yeux de X"), which annotators do not report."""
    return frozenset(fold(c) for c in _data(lang).get("statement_cues", []))


_ATTRS = {"POS": POS, "DEP": DEP, "LOWER": LOWER, "LEMMA": LEMMA, "MORPH": MORPH}


def _frame_matches(ctx: Context, patterns: list[list[dict]]) -> list[tuple[int, ...]]:
    """The token indices of every match of the frame patterns, as spaCy's DependencyMatcher gives them (pattern
    by pattern, tree by tree, then by the nodes' positions), for patterns whose every node but the first is a
    child (REL_OP ">") of an earlier one and whose attributes are values, IN lists or a MORPH IS_SUPERSET: one
    walk down the parse, without running a token Matcher over the whole Doc (the Matcher's cost on a long text)."""
    doc = ctx.doc
    strings = doc.vocab.strings
    names = sorted({name for pattern in patterns for node in pattern for name in node["RIGHT_ATTRS"]})
    columns = dict(zip(names, doc.to_array([_ATTRS[name] for name in names]).T.tolist()))  # string ids
    heads = [i + offset for i, offset in enumerate(doc.to_array(HEAD).astype("int64").tolist())]

    def check(want):
        """A test of a string id against a value, an IN list, or (MORPH) IS_SUPERSET features."""
        if isinstance(want, str):
            return strings[want].__eq__
        if "IN" in want:
            return {strings[value] for value in want["IN"]}.__contains__
        features = set(want["IS_SUPERSET"])
        return lambda value: features <= set(strings[value].split("|"))

    def tree(k: int) -> int:
        """The first token of the tree the token is in: the matcher takes trees in that order."""
        while heads[k] != k:
            k = heads[k]
        return doc[k].left_edge.i

    found = []
    for pattern in patterns:
        ids = [node["RIGHT_ID"] for node in pattern]
        left = [ids.index(node["LEFT_ID"]) if "LEFT_ID" in node else None for node in pattern]
        tests = [[(columns[name], check(want)) for name, want in node["RIGHT_ATTRS"].items()] for node in pattern]

        fitting = []  # the tokens each node's attributes fit
        for node_tests in tests:
            tokens = range(len(heads))
            for column, test in node_tests:
                tokens = [k for k in tokens if test(column[k])]
            fitting.append(tokens)
        matches = [(k,) for k in fitting[0]]
        for j in range(1, len(pattern)):  # node by node, among the children of the one it hangs on
            children: dict[int, list[int]] = {}
            for k in fitting[j]:
                if heads[k] != k:
                    children.setdefault(heads[k], []).append(k)
            matches = [m + (k,) for m in matches for k in children.get(m[left[j]], ())]
        found.extend(sorted(matches, key=lambda m: (tree(m[0]), m)))
    return found


def extract(ctx: Context, resolver, quote_at: dict) -> list[Quote]:
    """Indirect quotes, in article order; `resolver` is the direct quotes' speaker resolver (it
    already knows who has spoken), `quote_at` maps tokens inside quotation marks to their quote."""
    doc = ctx.doc
    found: list[tuple[int, int, Token | None, str | None, int]] = []  # (start tok, end tok, subject, verb, at)
    seen_verbs: set[int] = set()
    for verb_i, clause_i, *_rest in _frame_matches(ctx, _frames(ctx.lex.lang)):
        verb, clause = doc[verb_i], doc[clause_i]
        if verb_i in seen_verbs or verb_i in quote_at or not _is_speech_verb(ctx, verb) \
                or _subordinated(ctx, clause) or _intention(ctx, verb, clause):
            continue
        seen_verbs.add(verb_i)
        start, end = clause.left_edge.i, clause.right_edge.i + 1
        if clause.i < verb.i:
            end = min(end, _comma_before(ctx, verb) or end)  # "The plant will close, the company said"
            inner = _relayed_speaker(ctx, verb)
            if inner is not None:  # "…, CNN reported the governor said": the governor says it, CNN relays it
                verb = inner
            subject = _speaker_subject(ctx, resolver, verb) or _inverted_subject(ctx, verb, verb.sent.end)
            opening = _after_quotation(ctx, start, end, quote_at)
            parts = [(opening, end)] if opening is not None else []
        else:
            if clause.dep_ == "xcomp":  # "confesse avoir regardé un film": the parser may hang the object on the verb
                end = max([end] + [c.right_edge.i + 1 for c in verb.children if c.i > clause.i
                                   and c.dep_ in ("obj", "obl", "obl:arg", "obl:mod", "advcl") and not c.is_punct])
            speaking = _speaking_ancestor(ctx, verb)
            subject = _speaker_subject(ctx, resolver, speaking)
            if subject is None and speaking is not verb and speaking.i < verb.i:
                # "…, a confié X à Télé Loisirs, en précisant qu'…": the incise's subject, after its verb
                subject = _inverted_subject(ctx, speaking, verb.sent.end)
            subject = _antecedent(subject)
            if subject is not None and subject.i in quote_at:
                # "« … », précise le ministère, ajoutant que …": the parse took a word of the quote for the
                # subject; the speaker is the incise's, after the verb this one hangs on
                subject = _inverted_subject(ctx, verb.head, verb.sent.end) if verb.head.i < verb.i else None
            parts = _clause_parts(ctx, clause, start, end)
        for start, end in parts:
            found.append((start, end, subject, _speech_lemma(ctx, verb) or _lemma(verb), verb_i))
    def opened_after_verb(speaks, opening, skip: int) -> None:
        """Statements a word right after a speech verb opens, wherever the parse hangs them: `speaks` says which verbs,
        `opening` finds the word (None: none), the statement starts `skip` words after it."""
        for sent in ctx.sentences:
            for verb in sent:
                if verb.i in seen_verbs or verb.i in quote_at or not speaks(verb):
                    continue
                k = opening(ctx, verb, sent.end, quote_at)
                if k is None:
                    continue
                seen_verbs.add(verb.i)
                speaking = _speaking_ancestor(ctx, verb)
                subject = _antecedent(_speaker_subject(ctx, resolver, speaking) or _inverted_subject(ctx, verb, sent.end))
                found.append((k + skip, _statement_end(ctx, k + 1, sent.end), subject,
                              _speech_lemma(ctx, verb) or _lemma(verb), verb.i))

    # the complementizer right after a speech verb, wherever the parse hangs the clause ("La préfecture précise de
    # son côté que…", "a ajouté mercredi 3 juin qu'il est souhaitable…": a mark the parse gives to a noun, or none);
    # not "selon quatre principes, résumés dans un courriel, que l'AFP a pu consulter": a relative
    opened_after_verb(lambda verb: verb.pos_ in ("VERB", "AUX") and not _bare_past_participle(verb)
                      and _is_speech_verb(ctx, verb), _complementizer_after, 1)
    # a bare infinitive right after a speech verb ("a catégoriquement nié avoir été…", "reconnaît être le voleur",
    # "assurent n'avoir rien renié", "confie à nos confrères avoir déjà des idées"), not after a verb of wishing
    opened_after_verb(lambda verb: _finite_speech_verb(ctx, verb)
                      and fold(_lemma(verb)) not in _words(ctx.lex.lang, "wish_verbs"), _infinitive_after, 0)
    # the clause first, then ", a assuré le ministre": the speech verb hangs on the clause's verb
    for sent in ctx.sentences:
        for verb in sent:
            if verb.i in seen_verbs or verb.i in quote_at or not verb.text[:1].islower() or verb.i == sent.start \
                    or not (doc[verb.i - 1].text in (",", "-") or doc[verb.i - 1].text.startswith("-")
                            or doc[verb.i - 1].pos_ in ("AUX", "ADV", "PART", "PRON")):
                continue
            comma = _comma_before(ctx, verb)
            if comma is None or comma <= sent.start or _participle(ctx, verb):
                continue  # (an incise's verb is conjugated: not "…, nommé quelques heures avant", "…, en menaçant de")
            if any(c.dep_.startswith("nsubj") and c.i < comma for c in verb.children) \
                    and not _main_clause(doc[sent.start:comma]):
                continue  # "La volonté de X, en dépit des critiques, promet une fin de campagne…", "X, who was…, also
                # criticized the decision": the words before hold only the verb's own subject, no clause it reports
            if not _closes_clause(ctx, verb, sent.end, quote_at):
                continue  # the verb must close the sentence, whatever label the parse gives it: "…, a assuré le
                # ministre.", "…, rapporte Le Berry." (not "…, estime-t-il, « … »", an incise inside a quotation)
            start = max([sent.start] + [t.i + 1 for t in doc[sent.start:comma] if t.text == ":"])
            # (after a colon: "X a fait de l'UE sa cible : « … », a-t-elle dit" reports the quotation only)
            start = _after_quotation(ctx, start, comma, quote_at)
            if start is None:
                continue  # '« Nous regardons les solutions pour que les conducteurs » qui ont cessé…, a ajouté X': a direct quote
            if fold(_lemma(verb)) in _words(ctx.lex.lang, "learn_verbs"):
                source = _learned_from(ctx, verb, sent.end)  # "…, a appris l'AFP auprès de son entourage"
                if source is not None:
                    seen_verbs.add(verb.i)
                    found.append((start, comma, source, _lemma(verb), verb.i))
                continue
            if not _is_speech_verb(ctx, verb, incise=True):
                continue
            subject = _inverted_subject(ctx, verb, sent.end)
            if subject is None:
                continue
            seen_verbs.add(verb.i)
            found.append((start, comma, subject, _speech_lemma(ctx, verb, incise=True) or _lemma(verb), verb.i))
    # "Comme le révèle Le Parisien, …", "As the Times reported, …": the rest of the sentence
    as_cues = _words(ctx.lex.lang, "as_cues")
    for sent in ctx.sentences:
        for verb in sent:
            if verb.i in seen_verbs or verb.i in quote_at or not verb.is_alpha:
                continue
            cue = next((k for k in range(verb.i - 1, max(sent.start, verb.i - 7) - 1, -1) if ctx.folds[k] in as_cues), None)
            if cue is None or cue in quote_at or any(doc[j].is_punct for j in range(cue, verb.i)) \
                    or not _is_speech_verb(ctx, verb, incise=True) or not _conjugated(verb):
                continue
            subject = _subject_between(ctx, resolver, verb, cue) or _inverted_subject(ctx, verb, sent.end)
            if subject is None:
                continue
            comma = next((j for j in range(verb.i + 1, sent.end) if doc[j].text == ","), None)
            if comma is None or cue > sent.start + 1 and any(t.pos_ not in ("CCONJ", "ADV", "PUNCT") for t in doc[sent.start:cue]):
                continue  # only when the cue opens the sentence, past a connective ("Or, comme le dévoile X, …"): after
                # a clause, "comme le souhaitaient X" is a wish as often
            start, end = comma + 1, sent.end
            seen_verbs.add(verb.i)
            found.append((start, end, subject, _speech_lemma(ctx, verb, incise=True) or _lemma(verb), verb.i))
    # "selon X, …", "…, according to X"
    for sent in ctx.sentences:
        k = sent.start
        while k < sent.end:
            n = _source_cue_at(ctx, k)
            if not n or fold(doc[k:k + n].text).replace("' ", "'") not in _statement_cues(ctx.lex.lang):
                k += max(n, 1)
                continue
            if k + n < sent.end and ctx.folds[k + n] in _words(ctx.lex.lang, "source_relatives"):
                # "…, poursuit la sénatrice du Bas-Rhin, selon qui le portrait est…": the relative's antecedent is the
                # source, the words after the pronoun its statement
                source = _relative_antecedent(ctx, resolver, k)
                if source is not None and k not in quote_at:
                    start = k + n + 1
                    found.append((start, _statement_end(ctx, start, sent.end), source,
                                  doc[k:k + n].text.lower().replace("’", "'"), k))
                k += n + 1
                continue
            group_end = _group_end(ctx, k + n, sent.end)  # the source's words, then the date they spoke at
            source_end = _group_end(ctx, k + n, group_end, dates=True)
            head = _group_head(doc, k + n, source_end) or _latest_word(ctx, k + n, source_end)
            if head is not None and k not in quote_at:
                after = group_end + (doc[group_end].text == "," if group_end < sent.end else 0)
                after = _source_aside_end(ctx, after, sent.end, quote_at)  # "selon X, cité par Y, …"
                if k <= sent.start + 1 or (not _finite(doc[sent.start:k]) and _finite(doc[after:sent.end])):
                    # the cue opens the sentence, or only its subject or an adverbial stands before the cue
                    # ("Tesco's operation, according to X, is too big"): the clause after the source
                    start, end = after, sent.end
                    if _speech_verb_opens(ctx, start, end, seen_verbs, k, quote_at):
                        k += n  # "Witnesses, according to The Telegraph, said a man…": an aside between a speech
                        continue  # verb and its subject; the verb's frame reports the clause, its subject speaks
                else:  # "…, selon X": the clause before it
                    start, end = sent.start, k
                found.append((start, end, (k + n, source_end, head), doc[k:k + n].text.lower().replace("’", "'"), k))
            k += n
    return _quotes(ctx, resolver, quote_at, found)


def _source_aside_end(ctx: Context, k: int, limit: int, quote_at: dict) -> int:
    """Past an aside about the source that comes between its comma and the clause it reports: a past participle
    saying who asked or relayed the source (words.tsv asked_verb, relayed_verb, or a source cue: "selon X, cité
    par Y, …", "selon X, également interrogé par Y, …", "according to X, quoted by Y, …"), or a relative clause on
    the source ("selon France Dimanche, qui a pu se procurer des extraits, …", "according to AFP, which cited
    sources, …"), up to its closing comma, with a finite clause after it. Elsewhere k itself."""
    doc = ctx.doc
    j = k
    while j < limit and doc[j].pos_ == "ADV":
        j += 1  # "également interrogé par"
    if j >= limit or j in quote_at:
        return k
    tok = doc[j]
    relative = j == k and ("Rel" in tok.morph.get("PronType") or ctx.folds[j] in _words(ctx.lex.lang, "source_relatives")
                           or ctx.is_word("subject_relative", tok.text))
    relay = relative or _source_cue_at(ctx, j) or _bare_past_participle(tok) and (
        ctx.is_word("asked_verb", _lemma(tok)) or ctx.is_word("relayed_verb", _lemma(tok)))
    if not relay:
        return k
    comma = next((c for c in range(j + 1, limit) if doc[c].text in (",", ";", ".", ":", "«", "»", '"', "“", "”")), None)
    if comma is None or doc[comma].text != "," or comma in quote_at or (_finite(doc[j + 1:comma]) and not relative) \
            or not _finite(doc[comma + 1:limit]):
        return k
    return comma + 1


def _relayed_speaker(ctx: Context, verb: Token) -> Token | None:
    """The speech verb that closes the sentence after a verb reporting the clause before them ("The hospital treated
    25 people, CNN reported the governor said.", "…, the BBC reported police said."): its own subject, after the
    first verb, is who said the clause; the first one's subject only relays it. None when no such verb ends the
    sentence."""
    doc = ctx.doc
    for c in verb.children:
        if c.i <= verb.i or c.dep_ not in ("ccomp", "conj") or not _is_speech_verb(ctx, c) \
                or any(not (t.is_punct or t.is_space) for t in doc[c.i + 1:verb.sent.end]):
            continue
        subject = _subject(c)
        if subject is not None and verb.i < subject.i < c.i:
            return c
    return None


_ANTECEDENT_LINKS = ("nmod", "amod", "flat", "flat:name", "compound", "appos", "acl", "fixed", "nummod")


def _relative_antecedent(ctx: Context, resolver, cue: int) -> tuple[int, int, Token] | None:
    """The source a relative source cue ("selon qui", "selon lequel") stands for, as a source group (start, end, head):
    the phrase before its comma, past the words of a date ("un article publié lundi, selon lequel"), up to the noun
    it qualifies; when that phrase is a prepositional complement after a speech verb ("dénonce X auprès du
    Dauphiné, selon qui"), the verb's speaker, not its addressee. None when nothing but punctuation stands before it."""
    doc = ctx.doc
    sent_start = doc[cue].sent.start
    j = cue - 1
    while j > sent_start and (doc[j].is_punct or doc[j].like_num or ctx.is_word("weekday", doc[j].text)
                              or ctx.is_word("month", doc[j].text) or ctx.folds[j] in _words(ctx.lex.lang, "window_time_words")):
        j -= 1
    if j <= sent_start and doc[j].is_punct:
        return None
    tok = doc[j]
    while tok.dep_ in _ANTECEDENT_LINKS and sent_start <= tok.head.i < tok.i:
        tok = tok.head
    verb = None
    if any(c.dep_ == "case" for c in tok.children):  # the speech verb before it, in the same stretch of words
        k = tok.left_edge.i - 1
        while k > sent_start and not doc[k].is_punct and k not in resolver.quote_at and verb is None:
            verb = doc[k] if _is_speech_verb(ctx, doc[k], incise=True) else None
            k -= 1
    if verb is not None:
        subject = _speaker_subject(ctx, resolver, verb) or _inverted_subject(ctx, verb, doc[cue].sent.end)
        if subject is None:
            return None
        tok, j = subject, min(subject.right_edge.i, cue - 1)
    if tok.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    start, end = _noun_core(tok)  # "un article publié lundi": the article
    return (min(start, tok.left_edge.i), min(end, j + 1), tok)


def _intention(ctx: Context, verb: Token, clause: Token) -> bool:
    """Is the infinitive complement an intention or a request rather than a claim? A present infinitive
    after a preposition ("a promis de revenir", "appelle à manifester") or after a verb of wish ("souhaite
    rejoindre"); a bare one after a statement verb is reported ("a déclaré vouloir aller vite"), and so is
    a perfect one ("affirme avoir entendu")."""
    if clause.dep_ != "xcomp" or "Inf" not in clause.morph.get("VerbForm"):
        return False
    if any(c.dep_ == "aux:tense" for c in clause.children):
        return False
    return any(c.dep_ == "mark" or c.pos_ == "ADP" for c in clause.children if c.i < clause.i) \
        or fold(_lemma(verb)) in _words(ctx.lex.lang, "wish_verbs")


def _antecedent(subject: Token | None) -> Token | None:
    """A relative pronoun subject ("…, ajoute la présidence, qui estime que…") speaks for the noun its
    relative clause hangs on, or when the parse hangs the clause elsewhere, the noun right before it."""
    if subject is None or "Rel" not in subject.morph.get("PronType"):
        return subject
    if subject.head.dep_.startswith("acl") and subject.head.head.pos_ in ("NOUN", "PROPN"):
        return subject.head.head
    k = subject.i - 1
    while k >= 0 and subject.doc[k].is_punct:
        k -= 1
    before = subject.doc[k] if k >= 0 else None
    if before is not None and before.pos_ == "ADJ":
        before = before.head
    return before if before is not None and before.pos_ in ("NOUN", "PROPN") and before.i < subject.i else subject


def _speech_verb_opens(ctx: Context, start: int, end: int, speech_verbs: set[int], cue: int, quote_at: dict) -> bool:
    """Does the words' group open on a speech verb already found with its clause (past auxiliaries and
    adverbs: "…, later said that…"), whose subject stands before the source cue, outside quotation marks?"""
    k = start
    while k < end and ctx.doc[k].pos_ in ("AUX", "ADV"):
        k += 1
    subject = _subject(ctx.doc[k]) if k < end and k in speech_verbs else None
    return subject is not None and subject.i < cue and subject.i not in quote_at


def _speaking_ancestor(ctx: Context, verb: Token) -> Token:
    """A participle ("…, adding Iran will…", "…, assurant que…") speaks with the subject of the speech
    verb it depends on, however deep in that verb's clause the parser hung it; any other verb, itself."""
    if not set(verb.morph.get("VerbForm")) & {"Part", "Ger"} or verb.dep_ not in ("advcl", "conj", "xcomp", "acl"):
        return verb
    for ancestor in verb.ancestors:
        if ancestor.pos_ in ("VERB", "AUX") and _is_speech_verb(ctx, ancestor):
            return ancestor
    return verb


def _clause_parts(ctx: Context, clause: Token, start: int, end: int) -> list[tuple[int, int]]:
    """The reported clause, cut where another statement begins: a speech verb after a comma
    ("…, adding Iran will pursue…", "…, assurant que…": reported on its own), and a second clause
    with its own complementizer ("said X and that she was considering it"), a reported clause of
    its own for the same verb."""
    doc = ctx.doc
    complementizers = ctx.lex.words.get("complementizer", set())
    parts: list[tuple[int, int]] = []
    for t in clause.subtree:
        if t.i <= clause.i or t.i >= end or t.dep_ not in ("advcl", "conj", "parataxis", "xcomp", "acl"):
            continue
        left = t.left_edge.i
        if t.head.i == clause.i and t.dep_ == "conj" and any(
                c.dep_ == "mark" and ctx.folds[c.i] in complementizers for c in t.children):
            k = left
            while k > clause.i and (doc[k - 1].pos_ == "CCONJ" or doc[k - 1].text == ","):
                k -= 1
            first = left
            while first < t.i and (doc[first].pos_ == "CCONJ" or doc[first].is_punct):
                first += 1  # "et que …": the clause after its conjunction
            parts.append((first, min(end, t.right_edge.i + 1)))
            end = k
        elif left > start and doc[left - 1].text == "," and _is_speech_verb(ctx, t) and t.i <= left + 1 \
                and (t.dep_ in ("conj", "parataxis") or set(t.morph.get("VerbForm")) & {"Part", "Ger"}):
            end = min(end, left - 1)
    return [(start, end)] + parts


def _subordinated(ctx: Context, clause: Token) -> bool:
    """Is the clause introduced by a subordinating locution ("depuis qu'ils ont signé", "alors que"),
    an adverbial clause, rather than by the bare complementizer of reported speech?"""
    complementizers = ctx.lex.words.get("complementizer", set())
    marks = [c for c in clause.children if c.dep_ == "mark" and c.i < clause.i]
    if any(ctx.folds[c.i] in complementizers for c in marks) and any(ctx.folds[c.i] not in complementizers for c in marks):
        return True
    # "alors que", "so that": a word of the locution right before the complementizer
    heads = _locution_heads(ctx.lex.lang)
    doc = clause.doc
    return any(c.i > 0 and (ctx.folds[c.i - 1] in heads or c.i > 1 and fold(doc[c.i - 2:c.i].text) in heads)
               for c in marks if ctx.folds[c.i] in complementizers)


@lru_cache(maxsize=None)
def _words(lang: str, name: str) -> frozenset[str]:
    return frozenset(fold(w) for w in _data(lang).get(name, []))


def _locution_heads(lang: str) -> frozenset[str]:
    return _words(lang, "locution_heads")


def _learned_from(ctx: Context, verb: Token, limit: int) -> tuple[int, int, Token] | None:
    """The source group after a learn verb's preposition ("auprès de son entourage", "d'une source
    judiciaire", "from police"), as (start, end, head) like a source cue's group."""
    doc = ctx.doc
    preps = _words(ctx.lex.lang, "learn_prepositions")
    k = verb.i + 1
    while k < limit and doc[k].text not in (".", ";", ":"):
        for n in (3, 2, 1):
            if k + n < limit and fold(doc[k:k + n].text).replace("' ", "'") in preps:
                end = _group_end(ctx, k + n, limit)
                head = _group_head(doc, k + n, end)
                if head is not None and head.pos_ in ("NOUN", "PROPN"):
                    return (k + n, end, head)
        k += 1
    return None


_CLOSING_PUNCT = (".", ";", ":", "!", "?")
_DASHES = ("-", "—", "–")


WINDOW = 12  # tokens a speech verb and its complementizer may stand apart ("a assuré, au cours de sa conférence de presse, qu'")


_GO_ON = object()  # a window's target test: this word is not the one looked for, walk on


def _window_after(ctx: Context, verb: Token, limit: int, quote_at: dict, target, passes) -> int | None:
    """Walk the words after a speech verb (past its own multi-word parts) within WINDOW, outside quotation marks: at each
    word `target(k)` answers (an index, or None to stop) or lets the walk go on (_GO_ON); commas, prepositional groups
    (their nouns are no object), numbers, the words of a date and the words `passes(k)` allows are walked over;
    anything else stops it (None)."""
    doc = ctx.doc
    several = _multiword_verb(ctx, verb)
    k = verb.i + 1 if several is None else several[1] + 1
    grouped = False  # inside a prepositional group: its nouns are no object
    while k < min(limit, verb.i + 1 + WINDOW) and k not in quote_at:
        found = target(k)
        if found is not _GO_ON:
            return found
        tok = doc[k]
        if tok.text == ",":
            grouped = False
        elif tok.pos_ == "ADP":
            grouped = True
        elif passes(k) or tok.like_num or ctx.is_word("weekday", tok.text) or ctx.is_word("month", tok.text) \
                or ctx.folds[k] in _words(ctx.lex.lang, "window_time_words"):
            pass
        elif tok.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") and grouped:
            pass
        else:
            return None
        k += 1
    return None


def _complementizer_after(ctx: Context, verb: Token, limit: int, quote_at: dict) -> int | None:
    """The complementizer ("que", "that") a speech verb introduces past adverbs, prepositional groups, commas and the
    words of a date (not an inverted subject pronoun: "», confie-t-il alors que…" is a quotation's incise) ("précise de son côté que", "a indiqué à l'AFP que", "a ajouté
    mercredi 3 juin qu'", "avaient fait savoir la semaine dernière qu'"): its index, or None when a noun object stands
    between ("a rappelé les mesures que…": a relative), a comparative ("a dit plus que"), a locution ("alors que") or
    anything else."""
    doc = ctx.doc
    complementizers = ctx.lex.words.get("complementizer", set())
    heads = _locution_heads(ctx.lex.lang)
    comparatives = _words(ctx.lex.lang, "comparative_words")

    def target(k: int):
        if ctx.folds[k] not in complementizers:
            return _GO_ON
        before = ctx.folds[k - 1]
        if before in heads or before in comparatives or k > 1 and fold(doc[k - 2:k].text) in heads \
                or k - 1 > verb.i + 1 and before in _words(ctx.lex.lang, "late_locution_heads"):
            return None
        return k

    def passes(k: int) -> bool:
        tok = doc[k]
        return tok.pos_ == "ADV" and ctx.folds[k] not in comparatives or ctx.is_word("euphonic", tok.text) \
            or tok.pos_ == "DET" and k + 1 < limit and (ctx.folds[k + 1] in _words(ctx.lex.lang, "window_time_words")
                                                        or ctx.is_word("weekday", doc[k + 1].text))  # "la semaine dernière", "ce mardi"

    return _window_after(ctx, verb, limit, quote_at, target, passes)


def _finite_speech_verb(ctx: Context, verb: Token) -> bool:
    """A speech verb conjugated or with its auxiliary, which the tagger may call a noun after the auxiliary and
    adverbs ("a catégoriquement nié"); not a bare participle ("Interrogé sur…")."""
    doc = ctx.doc
    if verb.pos_ == "NOUN":
        k = verb.i - 1
        while k >= verb.sent.start and doc[k].pos_ == "ADV":
            k -= 1
        if k < verb.sent.start or doc[k].pos_ != "AUX" or "Fin" not in doc[k].morph.get("VerbForm"):
            return False
    elif verb.pos_ not in ("VERB", "AUX") or _bare_past_participle(verb):
        return False
    return _is_speech_verb(ctx, verb)


def _infinitive_after(ctx: Context, verb: Token, limit: int, quote_at: dict) -> int | None:
    """Where a bare infinitive complement of a speech verb begins ("nie avoir été", "estime ne pas avoir été"): an
    infinitive within the complementizer's window, past adverbs, prepositional groups and the words of a date, with
    its negation words before it; None when a preposition or a particle introduces it ("a promis de revenir",
    "promised to come": an intention), or when anything else stands between."""
    doc = ctx.doc

    def target(k: int):
        tok = doc[k]
        if tok.pos_ not in ("VERB", "AUX") or "Inf" not in tok.morph.get("VerbForm"):
            return _GO_ON
        start = k
        while start - 1 > verb.i and ctx.is_word("negation", doc[start - 1].text):
            start -= 1
        before = doc[start - 1]
        if before.pos_ in ("ADP", "PART", "SCONJ") or ctx.is_word("preposition", before.text):
            return None
        return start

    return _window_after(ctx, verb, limit, quote_at, target,
                         lambda k: doc[k].pos_ == "ADV" or ctx.is_word("negation", doc[k].text))


def _statement_end(ctx: Context, start: int, limit: int) -> int:
    """Where a reported clause found by its complementizer alone ends: at the end of the sentence, a semicolon or a
    colon, or a comma before another statement or an adverbial of the speaker ("…, ajoutant que", "…, sans convaincre
    les juges": a participle, a gerund, a preposition before an infinitive)."""
    doc = ctx.doc
    for k in range(start, limit):
        tok = doc[k]
        if tok.text in (";", ":") and k > start:
            return k
        if tok.text == "," and k + 1 < limit:
            nxt = doc[k + 1]
            after = doc[k + 2] if k + 2 < limit else None
            if set(nxt.morph.get("VerbForm")) & {"Part", "Ger"} and "Pres" in nxt.morph.get("Tense") \
                    or nxt.pos_ == "ADP" and after is not None and "Inf" in after.morph.get("VerbForm") \
                    or ctx.lex.has_ending("present_participle", nxt.text.lower()) and nxt.pos_ == "VERB":
                return k
    return limit


def _main_clause(tokens) -> bool:
    """Do the words hold a conjugated verb outside a relative clause (a clause of their own)?"""
    for t in tokens:
        if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm"):
            head = t.head if t.pos_ == "AUX" and t.dep_.startswith(("aux", "cop")) else t
            if not head.dep_.startswith(("acl", "relcl")) and not any("Rel" in c.morph.get("PronType") for c in head.children):
                return True
    return False


def _closes_clause(ctx: Context, verb: Token, limit: int, quote_at: dict) -> bool:
    """Does the incise's verb close its sentence: no quotation nor a dash between words ("…, a indiqué X - …") after
    it, up to the end of the sentence or the first full stop, semicolon or colon ("…, note BFM TV : « … »": a
    quotation of its own), which the small parser may leave inside the sentence? A hyphen inside a word
    ("la Croix-Rouge") is no dash."""
    doc = ctx.doc
    for t in doc[verb.i + 1:limit]:
        if t.text in _CLOSING_PUNCT:
            return True
        if t.i in quote_at or t.text in _DASHES and (t.whitespace_ or doc[t.i - 1].whitespace_):
            return False
    return True


def _after_quotation(ctx: Context, start: int, end: int, quote_at: dict) -> int | None:
    """Where the reported clause begins in words that open on a direct quotation (the incise after them attributes
    the quotation): after it, past conjunctions and complementizers, when a clause of its own follows ('« … », que
    les hôpitaux soient « vidés », ont dénoncé X', '« … » et leur « seul choix » était la démission, a abondé Y');
    at `start` when a conjugated verb follows, the quotation being its subject ('« Mon lapin » et « mon canard »
    obtiennent 1 %, détaille X'); None when only a relative or adverbial clause or a complement hangs on the
    quotation ('« … les conducteurs » qui ont cessé le travail', '« … » si un État rouvre', '« … » pour que…')."""
    doc = ctx.doc
    complementizers = ctx.lex.words.get("complementizer", set())
    k = start
    while k < end and (doc[k].is_punct or doc[k].is_space) and k not in quote_at:
        k += 1
    if k >= end or k not in quote_at:
        return start
    linked = True  # no punctuation but quotation marks between the quotation and what follows
    while k < end and (k in quote_at or doc[k].is_punct or doc[k].is_space or doc[k].pos_ == "CCONJ"
                       or ctx.folds[k] in complementizers):
        linked = linked and not (doc[k].is_punct and not doc[k].is_quote and k not in quote_at)
        k += 1
    if k >= end:
        return None
    tok, after = doc[k], doc[k + 1] if k + 1 < end else None
    if tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm"):
        return start if linked else None  # ('« … », s'est réjoui X, dit Y': an incise of its own)
    if tok.pos_ in ("SCONJ", "ADP") or "Rel" in tok.morph.get("PronType") \
            or tok.pos_ == "PRON" and after is not None and "Rel" in after.morph.get("PronType"):
        return None  # ("« … », ce qui n'est pas le cas")
    return k


def _participle(ctx: Context, verb: Token) -> bool:
    """A bare participle, past or present ("nommé", "menaçant"): one the tagger calls so, but not a present form
    it reads as one ("révèle", "ajoute": speech._present_form)."""
    return "Part" in verb.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in verb.children) \
        and not _present_form(verb)


def _conjugated(verb: Token) -> bool:
    """A finite verb or one with its auxiliary: not a bare participle ("comme souhaité par le gouvernement")."""
    return "Part" not in verb.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in verb.children)


def _subject_between(ctx: Context, resolver, verb: Token, cue: int) -> Token | None:
    """The verb's subject when it stands between the cue and the verb ("as the Times reported")."""
    subject = _speaker_subject(ctx, resolver, verb)
    if subject is None or not cue < subject.i < verb.i or ctx.is_word("clitic", subject.text):
        return None  # "comme le révèle X": 'le' stands for the clause; the subject comes after the verb
    return subject


def _finite(tokens) -> bool:
    """Does the span hold a finite verb (a clause of its own)?"""
    return any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in tokens)


def _comma_before(ctx: Context, verb: Token) -> int | None:
    """The comma that opens the verb's incise ("…, a assuré le ministre"), as a token index."""
    doc = ctx.doc
    k = verb.i - 1
    while k > verb.sent.start and (doc[k].pos_ in ("AUX", "ADV", "PART") or doc[k].pos_ == "PRON" and (
            ctx.is_word("euphonic", doc[k].text) or ctx.is_word("clitic", doc[k].text) or _inverted_clitic(ctx, doc[k]))
            or doc[k].text.startswith("-") and (ctx.is_word("euphonic", doc[k].text) or _inverted_clitic(ctx, doc[k]))):
        k -= 1  # "…, a-t-il affirmé", "…, s'est félicité le président"
    return k if doc[k].text == "," else None


def _inverted_clitic(ctx: Context, tok: Token) -> bool:
    """The subject pronoun of an inversion, joined to its verb by a hyphen ("a-t-il", "précise-t-elle", "a-t-on")."""
    return tok.text.startswith("-") and (tok.pos_ == "PRON" or ctx.is_word("pronoun_singular", tok.text)
                                         or ctx.is_word("pronoun_plural", tok.text))  # ("a-t-on appris")


def _group_end(ctx: Context, start: int, limit: int, dates: bool = False) -> int:
    """Where the source's group after a cue ends: at a comma, the end of the sentence, where a
    clause begins (a verb, a relative pronoun, a conjunction joining clauses: "selon les autorités
    et la situation était revenue à la normale"); with `dates`, also where the date of the words begins
    ("according to officials on Saturday": when they spoke, not who)."""
    doc = ctx.doc
    k = start
    while k < limit and doc[k].text not in (",", ".", ";", ":", "«", "»", '"', "“", "”") and not doc[k].is_space:
        t = doc[k]
        if k > start and (t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") or "Rel" in t.morph.get("PronType")
                          or t.pos_ == "CCONJ" and t.head.pos_ in ("VERB", "AUX") or dates and _date_complement(ctx, k, limit)):
            break
        k += 1
    return k


def _date_complement(ctx: Context, k: int, limit: int) -> bool:
    """Does the group end on a date that begins at token k: a weekday, or a preposition before a weekday or
    a month, past a determiner or a number ("on Saturday", "in March", "le 3 mars"; not the name "Theresa
    May", nor a date with the source after it: "selon le comptage samedi soir de l'université")?"""
    doc = ctx.doc
    j = k + 1 if doc[k].pos_ == "ADP" else k
    while j < limit and (doc[j].pos_ == "DET" or doc[j].like_num):
        j += 1
    if j >= limit or not (ctx.is_word("weekday", doc[j].text) or (j > k and ctx.is_word("month", doc[j].text))):
        return False
    return all(t.pos_ in ("NOUN", "ADV", "NUM", "PROPN", "DET") and t.is_lower or t.like_num
               or ctx.is_word("weekday", t.text) or ctx.is_word("month", t.text) for t in doc[j + 1:limit])


def _latest_word(ctx: Context, start: int, end: int) -> Token | None:
    """The last word of 'ce dernier' / 'cette dernière' / 'the latter' (words.tsv latest_pronoun) in the group, which the
    tagger reads as an adjective with its determiner ("Selon ce dernier, …"): the source, the last person named."""
    return next((t for t in ctx.doc[start + 1:end]
                 if ctx.is_word("latest_pronoun", ctx.doc[t.i - 1].text + " " + t.text)), None)


def _group_head(doc, start: int, end: int) -> Token | None:
    """The word of the group whose head lies outside it (the noun of "la préfecture de police")."""
    if end <= start:
        return None
    heads = [t for t in doc[start:end] if not (start <= t.head.i < end) and t.pos_ in ("NOUN", "PROPN", "PRON")]
    return heads[0] if heads else None


def _quotes(ctx: Context, resolver, quote_at: dict, found) -> list[Quote]:
    doc = ctx.doc
    result: list[Quote] = []
    taken: list[tuple[int, int]] = []
    for start, end, subject, verb, at in sorted(found, key=lambda f: (f[0], -(f[1] - f[0]))):
        start, end = _trim(ctx, start, end)
        if end <= start or any(s <= start and end <= e and (end - start) > NESTED_SHARE * (e - s) for s, e in taken):
            continue  # the same clause found by another frame (a clause reported inside another one is kept:
            # "According to investigators, Zhukovskyy said he had over-corrected")
        words = [t for t in doc[start:end] if not t.is_punct and not t.is_space]
        outside = [t for t in words if t.i not in quote_at]
        if len(words) < MIN_WORDS or len(outside) < MIN_OUTSIDE or not (_has_verb(doc, start, end) or isinstance(subject, tuple)):
            continue  # the clause is a direct quote already, or no clause at all (a source cue's statement needs no
            # verb the tagger sees: "selon X, plus de 18.000 personnes", "Chaque ouvrier récolte…, selon X")
        if _quotes_incise(ctx, start, end):
            continue  # '« … », a affirmé l'avocat, selon X': a direct quote with its own attribution, not a clause
        if _stray_mark(doc, start, end, quote_at):
            continue  # the words run into a quotation the marks leave open: a direct quote's tail, not a clause
        speaker = _speaker_then(ctx, resolver, subject, at)
        if speaker is None:
            continue  # nobody the text names says it: a journalist's "on sait que", "it is said that"
        # the clause's speaker speaks last at its verb for the clauses after it ("La préfecture précise que … . …,
        # prévient-elle"), named when an actor of the article
        resolver.said.append((at, speaker, speaker in resolver.by_name))
        resolver.said.sort(key=lambda s: s[0])
        taken.append((start, end))
        span: Span = doc[start:end]
        s, e = ctx.offsets(span)
        result.append(Quote(ctx.original[s:e], speaker, verb, s, e, kind="indirect"))
    return result


def _speaker_then(ctx: Context, resolver, subject, at: int) -> str | None:
    """The reported clause's speaker, resolved with the last speakers as they stood at its words: reported speech is
    read after every direct quote, and 'il' / 'elle' goes on with the speaker quoted just before it ("« … », explique
    son avocate. Elle indique aussi qu'il vivait mal…"), not with the article's last one."""
    saved = resolver.last, resolver.last_unnamed
    resolver.last = next(((k, name) for k, name, named in reversed(resolver.said) if named and k < at), None)
    resolver.last_unnamed = next(((k, name) for k, name, named in reversed(resolver.said) if not named and k < at), None)
    try:
        return _speaker(ctx, resolver, subject, at)
    finally:
        resolver.last, resolver.last_unnamed = saved


def _has_verb(doc, start: int, end: int) -> bool:
    """Has the clause a verb? A mixed quote counts its quoted words: in 'que Richard Ferrand « aborde très
    sereinement » ce rendez-vous' the verb stands inside quotation marks, the clause is reported all the same."""
    return any(t.pos_ in ("VERB", "AUX") for t in doc[start:end])


def _trim(ctx: Context, start: int, end: int) -> tuple[int, int]:
    """The clause without its complementizer ("que", "that"), leading and closing punctuation."""
    doc = ctx.doc
    complementizers = ctx.lex.words.get("complementizer", set())
    while start < end and (doc[start].is_punct or doc[start].is_space or ctx.folds[start] in complementizers):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text not in ("»", "”", '"', "?", "!"):
        end -= 1
    return start, end


def _entities_in(resolver, start: int, end: int, kinds: tuple[str, ...]) -> list:
    return [resolver.entity_at[k] for k in range(start, end)
            if k in resolver.entity_at and resolver.entity_at[k].kind in kinds]


def _speaker(ctx: Context, resolver, subject, at: int) -> str | None:
    """Who says the reported clause. `subject` is the speech verb's subject token, or for a source
    cue ("selon X", "according to X") the group (start, end, head): a person the group names, else
    what the resolver makes of its head when that is an actor, else an organisation the group names
    ("according to a poll published by NBC News"), else the group's words ("selon des sources
    concordantes"): a source cue always names its source."""
    if subject is None:
        return None
    if isinstance(subject, tuple):
        start, end, head = subject
        owner = _information_owner(ctx, resolver, head, at)
        if owner is not None:  # "according to its polling": the newspaper just named
            return owner
        inner = _information_source(ctx, start, end, head)
        if inner is not None:
            start, end, head = inner
            if _informational(ctx, head):  # "selon les termes de l'arrêté": the document itself, as written
                names = _entities_in(resolver, start, end, ("person", "organization"))
                return names[0].name if names else _group_text(ctx, resolver, head, start, end)
        people = _entities_in(resolver, start, end, ("person",))
        if people and not _complement_only(resolver, head, start, end):
            return people[0].name
        again = _named_again(ctx, resolver, head, at)
        if again is not None:  # "selon cette source": the source that spoke before
            return again
        attribution = resolver.resolve(head, at)
        if attribution is not None and _opens_clause(ctx, resolver, end, attribution.speaker):
            attribution = None  # the name opens the reported clause ("According to a complaint, Trump may have…")
        if attribution is not None and attribution.named and not _plural_noun(head):
            return attribution.speaker
        orgs = _entities_in(resolver, start, end, ("organization",))
        if orgs and not _complement_only(resolver, head, start, end):
            return orgs[0].name
        if orgs and not _plural_noun(head) and (attribution is None or not attribution.named) \
                and not any(start <= t.i < end and t.i in resolver.entity_at for t in resolver._phrase(head)):
            # "selon le patron du Service départemental d'incendie et de secours (Sdis) du Var": its complement names the
            # organisation past the words the resolver reads as the phrase: all the group's words
            return _group_text(ctx, resolver, head, start, end)
        if attribution is not None and not _plural_noun(head):
            return attribution.speaker
        if head.pos_ == "PRON" and "Plur" in head.morph.get("Number"):
            return _plural_antecedent(ctx, resolver, head)  # "Selon eux, …": the group the sentences before talk about
        return _group_text(ctx, resolver, head, start, end)
    if subject.pos_ == "PRON" and ctx.is_word("group_pronoun", subject.text) and subject.dep_.startswith("nsubj"):
        # "several said they wanted …", "Some of the protesters said …", "certains estiment que …": some of a group
        return _partitive_group(ctx, subject) or subject.text
    owner = _information_owner(ctx, resolver, subject, at)
    if owner is not None:  # "…, Johns Hopkins University data indicated": the university
        return owner
    if subject.is_lower and subject.pos_ in ("NOUN", "PROPN"):  # "Le parti Agir a demandé que…": Agir
        kind_noun = list(subject.doc[subject.i:_subject_group(subject)[1]])
        name = _own_name(ctx, kind_noun)
        if name is not kind_noun:
            named = resolver.entity_at.get(name[0].i)
            return named.name if named is not None else _group_text(ctx, resolver, subject, name[0].i, name[-1].i + 1)
    if _plural_noun(subject):
        force = resolver.force_named_before(subject, at)
        if force is not None:  # "Thames Valley Police … Police also announced": that force
            return force.name
        start, end = _subject_group(subject)
        if not _entities_in(resolver, start, end, ("person",)):  # "plusieurs députés LREM": a party qualifies them
            return _group_text(ctx, resolver, subject, start, end)  # "Officials said …", "Health officials said"
    if subject.pos_ == "NOUN":
        # "The general secretary of the union, Mick Cash, said": the person in apposition to the subject
        apposed = [e for c in subject.children if c.dep_ == "appos" and c.i > subject.i
                   for e in _entities_in(resolver, c.left_edge.i, c.right_edge.i + 1, ("person",))]
        if apposed:
            return apposed[0].name
        body = resolver.apposed_body(subject)
        if body is not None:  # "L'association de lutte contre la corruption, Anticor, a demandé": the name speaks
            return body.name
        if _qualified_institution(ctx, resolver, subject):
            start, end = _subject_group(subject)
            return _group_text(ctx, resolver, subject, start, end)
    again = _named_again(ctx, resolver, subject, at)
    if again is not None:  # "…, a ajouté cette source": the source that spoke before
        return again
    attribution = resolver.resolve(subject, at)
    if attribution is None and subject.pos_ in ("NOUN", "PROPN") and (subject.dep_.startswith("nsubj") or subject.i > at) \
            and subject.i not in resolver.quote_at and subject.i - subject.left_edge.i <= 2 \
            and all(t.pos_ in ("DET", "ADJ", "NOUN") for t in subject.doc[subject.left_edge.i:subject.i]):
        # "la municipalité a annoncé que…", "La justice avait considéré que…": a body the article has not
        # named as an actor still speaks, the parsed subject of the verb, before it or inverted after it
        # ("…, a indiqué l'établissement pénitentiaire"); its words as written
        start, end = _subject_group(subject)
        if end - start <= BODY_WORDS:
            return _group_text(ctx, resolver, subject, start, end)
    return attribution.speaker if attribution is not None else None


def _named_again(ctx: Context, resolver, head: Token, at: int) -> str | None:
    """A demonstrative description ("cette source", "ce responsable", "this official") names again a speaker given
    before: the last one before it (Resolver.said) that is no actor and whose words hold its noun, as then written
    ("a précisé une autre source proche du dossier. … a ajouté cette source"); else a document or a piece of
    information (words.tsv document_noun, information_noun; not a statement noun) that no actor issued, by its own
    words without the demonstrative ("selon cette étude": étude). None for any other phrase."""
    if head.pos_ != "NOUN" or head.i in resolver.entity_at or _plural_noun(head) \
            or not any(c.i < head.i and "Dem" in c.morph.get("PronType") for c in head.children):
        return None
    noun = {fold(head.text), fold(head.lemma_)}
    for k, name, named in reversed(resolver.said):
        if k < at and not named and noun & set(fold(name).split()):
            return name
    if not _informational(ctx, head) or noun & set(ctx.lex.speech_nouns):
        return None  # a person ("cet homme") or a statement ("ce communiqué"): the resolver's
    start, end = _subject_group(head)
    issued = resolver.resolve(head, at)
    if any(k in resolver.entity_at for k in range(start, end)) or issued is not None and issued.named:
        return None  # "selon cette même enquête": the pollster that made it
    return _group_text(ctx, resolver, head, start, end)


def _complement_only(resolver, head: Token, start: int, end: int) -> bool:
    """Is the source headed by a noun of people who speak ("selon les ingénieurs de Fakhri", "selon un commissaire de
    la SRPJ", "according to the mayor of Yartsevo") whose own words name actors only as its complements, after a
    complement preposition? Then the group speaks as written, not the actor that qualifies it."""
    if head.pos_ != "NOUN" or head.i in resolver.entity_at or not resolver._speaks(head):
        return False
    doc = head.doc
    named = [t.i for t in resolver._phrase(head) if start <= t.i < end and t.i in resolver.entity_at] \
        or [k for k in range(start, end) if k in resolver.entity_at]  # (past a phrase too long for the resolver)
    # (an acronym in parentheses after a complement abbreviates it: "le patron du Service départemental d'incendie et de
    # secours (Sdis) du Var")
    return bool(named) and all(k > head.i and (resolver._object_of_de(k) or doc[k - 1].text == "(" and any(
        doc[j].pos_ == "ADP" for j in range(head.i + 1, k - 1))) for k in named)


ANTECEDENT_SENTENCES = 2  # sentences searched back for the group a plural pronoun stands for


def _plural_antecedent(ctx: Context, resolver, pron: Token) -> str | None:
    """The group a plural pronoun source stands for ("Les enseignants mettent en cause la Ville. Selon eux, …"): the
    last plural noun subject, outside quotation marks, in its sentence before it or in the sentences just before,
    by its words ("enseignants présents lundi soir"); None when there is none."""
    starts = ctx.sentence_starts
    first = starts[max(0, bisect_right(starts, pron.i) - 1 - ANTECEDENT_SENTENCES)]
    for k in range(pron.i - 1, first - 1, -1):
        tok = ctx.doc[k]
        if tok.dep_.startswith("nsubj") and _plural_noun(tok) and k not in resolver.quote_at:
            return _group_text(ctx, resolver, tok, *_noun_core(tok))
    return None


def _noun_core(noun: Token) -> tuple[int, int]:
    """The noun with its adjectives before it (not its determiners), and after it its bare adjectives and noun complements
    ("responsables hindous de droite" of "plusieurs responsables hindous de droite"; "enseignants" of "les enseignants
    présents lundi devant la mairie": an adjective with complements of its own is a clause about them, not their name)."""
    start = min([noun.i] + [c.i for c in noun.children if c.i < noun.i and c.pos_ in ("ADJ", "NUM")])
    end = noun.i + 1
    for c in sorted((c for c in noun.children if c.i > noun.i), key=lambda c: c.i):
        if c.left_edge.i != end:
            break
        if c.pos_ == "ADJ" and c.dep_ == "amod" and not list(c.children):
            end = c.i + 1
        elif c.dep_ in ("nmod", "compound", "flat", "flat:name"):
            end = c.right_edge.i + 1
        else:
            break
    return start, end


def _informational(ctx: Context, tok: Token) -> bool:
    """A document or a piece of information (words.tsv document_noun, information_noun)."""
    return any(ctx.is_word(name, w) for name in ("document_noun", "information_noun") for w in (tok.text, tok.lemma_))


def _information_owner(ctx: Context, resolver, head: Token | None, at: int) -> str | None:
    """The actor a document or a piece of information belongs to by a name before it ("Johns Hopkins University
    data", "CNN's projections") or by a neuter possessive ("its polling": the organisation just talked about)."""
    if head is None or head.pos_ != "NOUN" or not _informational(ctx, head):
        return None
    for child in head.children:
        if child.i >= head.i or child.dep_ not in ("compound", "poss"):
            continue
        named = resolver.entity_at.get(child.i)
        if named is not None and named.kind in ("organization", "person") and child.i not in resolver.quote_at:
            return named.name
        if child.dep_ == "poss" and child.pos_ == "PRON" and "Neut" in child.morph.get("Gender"):
            org = resolver.recent_org(at, "")
            return org.name if org is not None else None
    return None


def _information_source(ctx: Context, start: int, end: int, head: Token) -> tuple[int, int, Token] | None:
    """A source cue's group headed by a piece of information (words.tsv document_noun, information_noun:
    "selon le comptage de l'université Johns Hopkins", "selon des informations révélées par Le Républicain
    Lorrain", "selon les termes de l'arrêté", "according to figures from the ministry") names its source in
    the complement after it (words.tsv source_link: de, par; of, from, by): that complement's group, as
    (start, end, head); None when there is none, when a name follows the noun ("un sondage Yougov pour la
    marque de bonbons": its issuer, found by the resolver), when the noun is a name itself ("Notes from Poland")
    or when another preposition comes first (a complement of something else)."""
    doc = ctx.doc
    if head.pos_ != "NOUN" or not head.is_lower or not _informational(ctx, head) \
            or head.i + 1 < end and doc[head.i + 1].text[:1].isupper():
        return None
    for k in range(head.i + 1, end):
        if ctx.is_word("source_link", doc[k].text):
            inner = _group_head(doc, k + 1, end) or next((t for t in doc[k + 1:end] if t.pos_ == "ADJ"), None)
            return (k + 1, end, inner) if inner is not None else None
        if doc[k].pos_ == "ADP":
            return None
    return None


def _opens_clause(ctx: Context, resolver, comma: int, name: str) -> bool:
    """Does the actor so named open a clause right after the comma (its subject), rather than stand
    in apposition closed by punctuation ("selon l'avocat de cette femme, Grégoire Leclerc.")?"""
    doc = ctx.doc
    if comma + 1 >= len(doc) or doc[comma].text != "," or comma + 1 not in resolver.entity_at \
            or resolver.entity_at[comma + 1].name != name:
        return False
    after = resolver.mention_at[comma + 1].end
    return after < len(doc) and not doc[after].is_punct


def _qualified_institution(ctx: Context, resolver, tok: Token) -> bool:
    """An institution named by its kind and a qualifier the article does not name as an actor ("the
    Seoul government", "the German government", "l'administration pénitentiaire"): that body, not the
    organisation mentioned last."""
    institution = ctx.lex.words.get("org_word", set()) | ctx.lex.words.get("institution_noun", set())
    if fold(tok.text) not in institution and fold(tok.lemma_) not in institution or tok.i in resolver.entity_at:
        return False
    start, end = _subject_group(tok)
    if any(k in resolver.entity_at and resolver.entity_at[k].kind in ("organization", "person") for k in range(start, end)):
        return False
    return any(c.dep_ in ("compound", "amod", "nmod") and c.pos_ in ("PROPN", "ADJ") for c in tok.children)


def _plural_noun(tok: Token) -> bool:
    """A plural common noun ("health officials", "des sources", "les enquêteurs") names a group the
    article has not named: not the person mentioned just before."""
    return tok.pos_ == "NOUN" and "Plur" in tok.morph.get("Number")


def _subject_group(subject: Token) -> tuple[int, int]:
    """The subject's words, up to a comma (not an apposition or a relative clause after it), an adverb
    of its own ("Residents there", "officials yesterday": where or when, not who) or a date complement
    ("Reports as of Wednesday", "officials on Monday": when they spoke)."""
    doc = subject.doc
    lex = load_lexicon(doc.lang_)
    start, end = subject.left_edge.i, subject.i + 1
    while end <= subject.right_edge.i and doc[end].text != "," and not (doc[end].pos_ == "ADV" and doc[end].is_lower and doc[end].head.i == subject.i) \
            and not _dated(lex, doc, end, subject.right_edge.i + 1):
        end += 1
    return start, end


def _dated(lex, doc, k: int, limit: int) -> bool:
    """Do the words from token k to `limit` tell a date: prepositions, then a weekday or a month ("as of Wednesday",
    "on Monday", "in March")?"""
    j = k
    while j < limit and doc[j].pos_ == "ADP":
        j += 1
    if j == k or j >= limit:
        return False
    while j < limit and (doc[j].pos_ == "DET" or doc[j].like_num):
        j += 1
    return j < limit and any(fold(doc[j].text) in lex.words.get(name, ()) for name in ("weekday", "month"))


def _group_text(ctx: Context, resolver, head: Token, start: int, end: int) -> str | None:
    """The source's own words ("videos posted on social media", "health officials"), without a
    leading determiner or preposition, nor the determiners the language leaves out of a source's name
    (words.tsv unwritten_determiner: English "his legal team" is "legal team"; French keeps "son avocat")."""
    if head.pos_ == "PRON":
        return None
    phrase = list(ctx.doc[start:end])
    while phrase and (phrase[0].pos_ == "ADP" or set(phrase[0].morph.get("PronType")) & {"Art", "Dem"} or phrase[0].is_punct
                      or ctx.is_word("unwritten_determiner", phrase[0].text) and len(phrase) > 1):
        phrase = phrase[1:]  # (English writes a source without its possessive: "His legal team argued" is "legal team")
    while phrase and phrase[-1].is_punct:
        phrase = phrase[:-1]
    phrase = _own_name(ctx, phrase)
    text = " ".join("".join(t.text + t.whitespace_ for t in phrase).split())
    return text or None


def _own_name(ctx: Context, phrase: list[Token]) -> list[Token]:
    """A noun of a kind of organisation followed by nothing but a name ("le magazine Voici", "le parti Agir", "the
    website Politico"; words.tsv org_kind_noun) speaks by that name, which the article need not have made an actor:
    the name's words. Any other phrase as it is."""
    if len(phrase) < 2 or phrase[0].pos_ not in ("NOUN", "PROPN") or not phrase[0].is_lower \
            or not ctx.is_word_or_lemma("org_kind_noun", phrase[0]) or not phrase[1].text[:1].isupper() \
            or any(not (t.text[:1].isupper() or t.like_num or t.is_punct and t.text in ("-", "&", ".")) for t in phrase[1:]):
        return phrase
    return phrase[1:]


_MARKS = set('"«»“”')
_CLOSING = ('"', "»", "”")


def _quotes_incise(ctx: Context, start: int, end: int) -> bool:
    """Does the span hold the incise of a direct quote ('», a affirmé l'avocat')?"""
    doc = ctx.doc
    for k in range(start + 1, end - 1):
        if doc[k].text == "," and doc[k - 1].text in _CLOSING:
            j = k + 1
            while j < end and (doc[j].pos_ in ("AUX", "ADV") or ctx.is_word("euphonic", doc[j].text)):
                j += 1
            if j < end and _is_speech_verb(ctx, doc[j], incise=True):
                return True
    return False


def _stray_mark(doc, start: int, end: int, quote_at: dict) -> bool:
    """Does the clause hold a quotation mark that opens or closes no quotation the text pairs (its
    partner lies outside the sentence, or the marks are unbalanced)? Then its words run into a
    quotation: a direct quote's tail, not a reported clause."""
    for k in range(start, end):
        if doc[k].text in _MARKS or doc[k].text[:1] in _MARKS or doc[k].text[-1:] in _MARKS:
            if not any(0 <= j < len(doc) and j in quote_at for j in (k - 1, k, k + 1)):
                return True
    return False
