"""Figures: numbers that state a fact of the article, with what they count.

Dates, years, times, ordinals and numbers inside names ("G20", "Power of Siberia 2",
"Covid-19") are not figures.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from spacy.tokens import Token

from ..lexicon import fold
from ..records import Figure
from .context import Context

# 2.600 · 1 500 · 39,6 · 22 · 3.5 — digits, optional thousands groups, optional decimals
# 2.600 · 1 500 · 2,600 · 39,6 · 22 · 3.5 — digits, optional thousands groups, optional decimals
_NUMBER = re.compile(r"(?<![\w.,\-/])(\d{1,3}(?:[.,\u00a0 ]\d{3})+|\d+)(?:[,.]\d+)?(?![\w/])(?!-\w)")
_AFTER_SCALE = re.compile(r"\s*(millions?|milliards?|mille|billions?|Mds?|M€|k€)\b", re.IGNORECASE)
_AFTER_PERCENT = re.compile(r"\s*(%|pour\s?cent)")


def parse_number(value: str, decimal: str = ",") -> float | None:
    """'2.600' → 2600.0, '39,6 %' → 39.6, '1 500' → 1500.0, '14 millions' → 14000000.0; with
    decimal='.' (English): '2,600' → 2600.0, '3.5' → 3.5."""
    thousands = "." if decimal == "," else ","
    m = re.match(r"\s*(\d{1,3}(?:[%s\u00a0 ]\d{3})+(?![\d])|\d+)(?:([%s])(\d+))?" % (re.escape(thousands), re.escape(decimal)),
                 value)
    if not m:
        return None
    whole = re.sub(r"[%s\u00a0 ]" % re.escape(thousands), "", m.group(1))
    number = float(f"{whole}.{m.group(3)}") if m.group(3) else float(whole)
    scale = _AFTER_SCALE.match(value, m.end())
    if scale:
        word = scale.group(1).lower()
        number *= 1e9 if word.startswith(("milliard", "md", "billion")) else 1e6 if word.startswith(("million", "m€")) \
            else 1e3
    return number


def _token_at(ctx: Context, char: int) -> Token | None:
    span = ctx.doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _is_date_or_time(ctx: Context, tok: Token, text: str, value: str) -> bool:
    doc = ctx.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if nxt is not None and (ctx.is_word("month", nxt.text) or fold(nxt.text) in ("h", "heure", "heures", "h.")
                            and re.fullmatch(r"\d{1,2}", value)):
        return True
    if prev is not None and (ctx.is_word("weekday", prev.text) or ctx.is_word("month", prev.text)):
        return True
    if re.fullmatch(r"1[5-9]\d\d|20\d\d|21\d\d", value):
        # a year, unless it counts something ("2000 personnes")
        return not (nxt is not None and nxt.pos_ == "NOUN" and not ctx.is_word("month", nxt.text))
    return False


def _about(ctx: Context, tok: Token) -> str | None:
    """The counted thing: the noun the number modifies, with its adjectives."""
    doc = ctx.doc
    head = None
    if tok.dep_ == "nummod" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i:
        head = tok.head
    else:
        k = tok.i + 1
        while k < min(len(doc), tok.i + 5):
            t = doc[k]
            if t.pos_ == "NOUN" and not ctx.is_word("scale", t.text):
                head = t
                break
            if t.is_punct and t.text not in "%" or t.pos_ in ("VERB", "AUX"):
                break
            k += 1
    if head is None:
        return None
    end = head.i + 1
    while end < len(doc) and doc[end].pos_ == "ADJ" and doc[end].head.i in (head.i, end - 1):
        end += 1
    return doc[head.i:end].text


def _decimal_mark(ctx: Context) -> str:
    marks = ctx.lex.words.get("decimal_mark", {","})
    return next(iter(marks))


def extract(ctx: Context) -> list[Figure]:
    text = ctx.text
    blocked: set[int] = set()
    for e in ctx.shared.get("entities", []):
        for m in e.mentions:
            blocked.update(range(m.start, m.end))
    # quoted names, by start, with the furthest end reached so far: a character is inside one of
    # them when the furthest end among those starting at or before it lies beyond it
    blocked_chars = sorted((q.start, q.end) for q in ctx.shared.get("quoted_names", []))
    blocked_starts = [s for s, _e in blocked_chars]
    reach = list(accumulate((e for _s, e in blocked_chars), max))
    figures: list[Figure] = []
    for m in _NUMBER.finditer(text):
        k = bisect_right(blocked_starts, m.start())
        if k and reach[k - 1] > m.start():
            continue
        tok = _token_at(ctx, m.start())
        if tok is None or tok.i in blocked or tok.ent_type_ in ("MISC",) and not tok.like_num:
            continue
        value = m.group(0)
        if _is_date_or_time(ctx, tok, text, value):
            continue
        prev = ctx.doc[tok.i - 1] if tok.i > 0 else None
        if prev is not None and fold(prev.text) in ("article", "n°", "no", "numéro", "ligne", "page", "chapitre"):
            continue
        end = m.end()
        tail = _AFTER_PERCENT.match(text, end) or _AFTER_SCALE.match(text, end)
        if tail:
            end = tail.end()
        start, stop = ctx.offsets((m.start(), end))
        written = ctx.original[start:stop]
        figures.append(Figure(written, parse_number(text[m.start():end], _decimal_mark(ctx)), _about(ctx, tok), start, stop))
    return figures
