"""The quoted spans of a text: the outermost spans between paired quotation marks (briefcli.marks pairs
them: every style, mixed, nested, over several paragraphs) and the spans nested inside them, as `Marked`
offsets into the cleaned text. The actors stage (no surname inside a quote) and the quotes stage read
them once per article through `Context.marked`."""
from __future__ import annotations

from ..marks import Pair, outermost, pair_marks
from .stages import Marked


def find_marked(text: str, pairs: list[Pair] | None = None) -> list[Marked]:
    """Outermost quoted spans (briefcli.marks pairs the marks: every style, mixed, nested, over
    several paragraphs, unless given its `pairs` of the text); marks never closed are ignored."""
    pairs = pair_marks(text) if pairs is None else pairs
    return [m for m in map(_marked, outermost(pairs)) if m is not None and _content(text, m)]


def find_nested(text: str, pairs: list[Pair] | None = None) -> list[Marked]:
    """Quoted spans inside another quote ("« Il m'a dit : 'Non' »"), innermost included."""
    pairs = pair_marks(text) if pairs is None else pairs
    outer = {(q.open, q.close) for q in outermost(pairs)}
    return sorted((m for m in map(_marked, pairs) if m is not None and (m.open, m.close) not in outer
                   and _content(text, m)), key=lambda m: m.open)


def _marked(q: Pair) -> Marked | None:
    return Marked(q.open, q.close, q.open + q.open_len, q.close) if q.close > q.open + q.open_len else None


def _content(text: str, m: Marked) -> bool:
    """Trim the spaces inside the marks; is anything left?"""
    while m.start < m.end and text[m.start].isspace():
        m.start += 1
    while m.end > m.start and text[m.end - 1].isspace():
        m.end -= 1
    return m.end > m.start
