"""Quotes: words the article attributes to someone, inside quotation marks of any style.

Finding the marks is the easy part; the work is (1) telling a quote from a quoted name
("le gazoduc "Power of Siberia 2"", a show, a slogan) and (2) attribution: the speech
verb (as its lemma) and the speaker, resolved through spaCy's parse, inverted incises
("», a-t-il ajouté"), "selon X", "X : « … »", pronouns and titles ("le ministre").
Unbalanced marks, common in scraped news, are skipped, never fatal.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..lexicon import fold
from ..records import Quote
from .context import Context

_PAIRS = {"«": "»", "“": "”", "„": "“", "‹": "›"}
_STRAIGHT = '"'
_SCARE_MAX_WORDS = 4  # unattributed quoted fragments this short are names or scare quotes
_WINDOW = 10  # tokens searched for an incise after a quote


@dataclass
class Marked:
    """A span between quotation marks, in cleaned-text characters (marks excluded)."""

    open: int
    close: int
    start: int
    end: int


def find_marked(text: str) -> list[Marked]:
    """Outermost quoted spans, paragraph by paragraph; unmatched marks are ignored."""
    found: list[Marked] = []
    offset = 0
    for para in text.split("\n"):
        found.extend(_marked_in(para, offset))
        offset += len(para) + 1
    return found


def _marked_in(para: str, offset: int) -> list[Marked]:
    result: list[Marked] = []
    i, n = 0, len(para)
    while i < n:
        ch = para[i]
        close = None
        if ch in _PAIRS:
            close = _matching(para, i, ch, _PAIRS[ch])
        elif ch == _STRAIGHT and _opens(para, i):
            j = para.find(_STRAIGHT, i + 1)
            while j != -1 and not _closes(para, j):
                j = para.find(_STRAIGHT, j + 1)
            close = j if j != -1 else None
        if close is not None and close > i + 1:
            start, end = i + 1, close
            while start < end and para[start].isspace():
                start += 1
            while end > start and para[end - 1].isspace():
                end -= 1
            if end > start:
                result.append(Marked(offset + i, offset + close, offset + start, offset + end))
            i = close + 1
        else:
            i += 1
    return result


def _matching(para: str, i: int, open_mark: str, close_mark: str) -> int | None:
    depth = 0
    for j in range(i, len(para)):
        if para[j] == open_mark and (open_mark != close_mark):
            depth += 1
        elif para[j] == close_mark:
            depth -= 1
            if depth == 0:
                return j
    return None


def _opens(para: str, i: int) -> bool:
    before = para[i - 1] if i > 0 else " "
    after = para[i + 1] if i + 1 < len(para) else " "
    return not after.isspace() and (before.isspace() or before in "([{'’-–—:;,/" or i == 0)


def _closes(para: str, j: int) -> bool:
    before = para[j - 1]
    after = para[j + 1] if j + 1 < len(para) else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


# --- attribution ---------------------------------------------------------------------------


@dataclass
class Attribution:
    verb: str | None
    speaker: str | None
    speaker_token: Token | None = None


def _tokens_between(ctx: Context, start: int, end: int) -> Span | None:
    return ctx.doc.char_span(start, end, alignment_mode="expand")


def _is_speech_verb(ctx: Context, tok: Token) -> bool:
    if tok.pos_ in ("NOUN", "PROPN", "DET", "ADP", "PUNCT"):
        return False
    return _lemma(tok) in ctx.lex.speech_verbs


def _lemma(tok: Token) -> str:
    lemma = fold(tok.lemma_ or tok.text)
    if lemma.startswith("s'") or lemma.startswith("se "):
        lemma = lemma.split("'", 1)[-1].split(" ", 1)[-1]
    return lemma


class _Resolver:
    """Turns a subject token into the speaker: an actor name, a phrase, or None."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.entity_at: dict[int, object] = {}
        for e in ctx.shared.get("entities", []):
            for m in e.mentions:
                for k in range(m.start, m.end):
                    self.entity_at[k] = e
        self.last_speaker: tuple[int, str] | None = None  # (token index, name) of the last named speaker

    def entity_in(self, tokens) -> object | None:
        for t in tokens:
            e = self.entity_at.get(t.i)
            if e is not None and e.kind in ("person", "organization"):
                return e
        for t in tokens:
            e = self.entity_at.get(t.i)
            if e is not None:
                return e
        return None

    def recent_person(self, before: int, role: str | None = None) -> object | None:
        best, best_i = None, -1
        for i, e in self.entity_at.items():
            if i < before and i > best_i and e.kind == "person":
                if role is None or any(fold(role) in fold(r) for r in e.roles):
                    best, best_i = e, i
        return best

    def speaker(self, tok: Token | None, at: int) -> str | None:
        if tok is None:
            return None
        ctx = self.ctx
        phrase = self._phrase(tok)
        e = self.entity_in(phrase)
        if e is not None:
            return e.name
        low = fold(tok.text).lstrip("-")
        if tok.pos_ == "PRON" or low in ("il", "elle", "t-il", "t-elle", "ils", "elles"):
            if low.endswith("ils") or low.endswith("elles"):
                return None if self.last_speaker is None else None
            if self.last_speaker is not None and at - self.last_speaker[0] < 120:
                return self.last_speaker[1]
            person = self.recent_person(at)
            return person.name if person is not None else None
        # a title: "le ministre", "le journaliste" → the person the article gave that role
        head = fold(tok.lemma_ or tok.text)
        if head in ctx.lex.roles:
            person = self.recent_person(at, head)
            if person is not None:
                return person.name
        text = " ".join(t.text for t in phrase).replace(" ' ", "'").replace("' ", "'")
        return text or None

    def _phrase(self, tok: Token) -> list[Token]:
        """The subject's own words: determiner, adjectives, noun, name, short complement."""
        words = [t for t in tok.subtree if not t.is_punct or t.text in "-'"]
        words = [t for t in words if abs(t.i - tok.i) <= 6]
        # stop at a relative clause or an apposition
        out = []
        for t in words:
            if t.i > tok.i and (t.text == "," or fold(t.text) in ("qui", "que", "dont")):
                break
            out.append(t)
        return out or [tok]


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubj:pass", "expl:subj"):
            return child
    # "a déclaré" where the parse hangs the subject on the auxiliary's head
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb:
        return _subject(verb.head)
    return None


def _inverted_subject(ctx: Context, verb: Token, limit: int) -> Token | None:
    """'», a-t-il ajouté', '», explique Jean Dupont', '», selon le maire'."""
    doc = ctx.doc
    # "-t-il" / "-il" glued to the auxiliary before the verb
    for k in range(max(0, verb.i - 3), verb.i):
        low = fold(doc[k].text)
        if low in ("-il", "-elle", "-t-il", "-t-elle", "-ils", "-elles", "il", "elle") and doc[k].i > 0:
            return doc[k]
    for k in range(verb.i + 1, min(len(doc), limit)):
        tok = doc[k]
        if tok.is_space or tok.text in (".", ";", "«", "»", '"'):
            break
        low = fold(tok.text)
        if low in ("-il", "-elle", "-t-il", "-t-elle"):
            return tok
        if tok.pos_ in ("PROPN", "NOUN", "PRON") and tok.dep_ not in ("obj", "iobj") and low not in ("que", "qu'"):
            return tok
    return None


def _attribute(ctx: Context, resolver: _Resolver, q: Marked, sent: Span, quote_span: Span | None) -> Attribution | None:
    doc = ctx.doc
    q_first = quote_span.start if quote_span is not None else sent.start
    q_last = quote_span.end if quote_span is not None else sent.start
    inside = range(q_first, q_last)
    close_tok = next((t.i for t in doc[q_last:min(len(doc), q_last + 2)] if t.idx >= q.close), q_last)
    # 1. incise right after the quote: "», a déclaré X", "», a-t-il ajouté", "», selon X"
    k = close_tok + 1
    end = min(len(doc), close_tok + _WINDOW, sent.end + 4)
    while k < end:
        tok = doc[k]
        if tok.is_space or tok.text in ("«", "“") or (tok.text == "." and k > close_tok + 1):
            break
        if fold(tok.text) in ctx.lex.source_cues:
            subj = _next_content(ctx, k + 1, end)
            return Attribution(fold(tok.text), resolver.speaker(subj, k), subj)
        if _is_speech_verb(ctx, tok) and tok.i not in inside:
            subj = _inverted_subject(ctx, tok, end) or _subject(tok)
            return Attribution(_lemma(tok), resolver.speaker(subj, k), subj)
        k += 1
    # 2. a speech verb of the sentence outside the quote: nearest one before, then after
    before = [t for t in sent if t.i < q_first and _is_speech_verb(ctx, t) and not _inside_other_quote(ctx, t, q)]
    after = [t for t in sent if t.i >= q_last and _is_speech_verb(ctx, t) and not _inside_other_quote(ctx, t, q)]
    for tok in reversed(before):
        subj = _subject(tok) or _inverted_subject(ctx, tok, q_first)
        return Attribution(_lemma(tok), resolver.speaker(subj, tok.i), subj)
    # 3. "selon X" anywhere in the sentence outside the quote
    for t in sent:
        if t.i not in inside and fold(t.text) in ctx.lex.source_cues and fold(t.text) != "pour":
            subj = _next_content(ctx, t.i + 1, sent.end)
            return Attribution(fold(t.text), resolver.speaker(subj, t.i), subj)
    for tok in after:
        subj = _subject(tok) or _inverted_subject(ctx, tok, sent.end)
        return Attribution(_lemma(tok), resolver.speaker(subj, tok.i), subj)
    # 4. "X : « … »" — a named speaker right before a colon
    k = q_first - 1
    while k >= sent.start and doc[k].is_space:
        k -= 1
    if k >= sent.start and doc[k].text == ":" and k - 1 >= 0:
        e = resolver.entity_in([doc[k - 1]])
        if e is not None:
            return Attribution(None, e.name, doc[k - 1])
    return None


def _inside_other_quote(ctx: Context, tok: Token, q: Marked) -> bool:
    spans = ctx.shared.get("marked", [])
    return any(m is not q and m.start <= tok.idx < m.end for m in spans)


def _next_content(ctx: Context, k: int, end: int) -> Token | None:
    doc = ctx.doc
    while k < min(end, len(doc)):
        if not doc[k].is_punct and not doc[k].is_space and not ctx.is_word("determiner", doc[k].text):
            return doc[k]
        k += 1
    return None


# --- quote or name? ------------------------------------------------------------------------


def _names_a_thing(ctx: Context, q: Marked) -> bool:
    """'le gazoduc "Power of Siberia 2"', 'l'émission « Quotidien »', 'baptisé « X »'."""
    doc = ctx.doc
    span = _tokens_between(ctx, q.open, q.open + 1)
    if span is None:
        return False
    k = span.start - 1
    while k >= 0 and ctx.is_word("determiner", doc[k].text):
        k -= 1
    if k < 0:
        return False
    word = fold(doc[k].text)
    return word in ctx.lex.words.get("title_cue", ()) or word in ctx.lex.project_cues or \
        fold(doc[k].lemma_) in ctx.lex.project_cues


def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*|\d+", text)]
    content = [w for w in words if len(w) > 3 or w[:1].isupper() or w.isdigit()]
    return len(words) >= 2 and all(w[:1].isupper() or w.isdigit() for w in content)


def extract(ctx: Context) -> list[Quote]:
    marked = find_marked(ctx.doc.text)
    ctx.shared["marked"] = marked
    resolver = _Resolver(ctx)
    quotes: list[Quote] = []
    names: list[Marked] = []
    for q in marked:
        content = ctx.doc.text[q.start:q.end]
        words = content.split()
        span = _tokens_between(ctx, q.start, q.end)
        sent = ctx.doc[span.start].sent if span is not None else None
        if sent is None:
            continue
        if _names_a_thing(ctx, q):
            names.append(q)
            continue
        attribution = _attribute(ctx, resolver, q, sent, span)
        if attribution is None:
            if len(words) <= _SCARE_MAX_WORDS or _title_case(content):
                names.append(q)
                continue
            attribution = Attribution(None, None)
        elif len(words) <= _SCARE_MAX_WORDS and _title_case(content) and attribution.verb is None:
            names.append(q)
            continue
        start, end = ctx.offsets((q.start, q.end))
        if attribution.speaker and attribution.speaker_token is not None and \
                resolver.entity_in([attribution.speaker_token]) is not None:
            resolver.last_speaker = (attribution.speaker_token.i, attribution.speaker)
        elif attribution.speaker and resolver.last_speaker is None and span is not None:
            pass
        quotes.append(Quote(ctx.original[start:end], attribution.speaker, attribution.verb, start, end))
    ctx.shared["quoted_names"] = names
    return quotes
