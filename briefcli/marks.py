"""Quotation marks: which mark opens, which closes, and what each pair encloses.

One mechanism for every style (« », “ ”, „ “, ‹ ›, `` '', straight " and, inside a quote, single
' ‘ ’): a stack of open marks, and for a mark whose role its shape does not fix (the straight ",
also ” and “ used both ways) a score from the characters on either side — a space or an opening
bracket before and a letter after make an opening mark, a letter or a full stop before and a space
or a comma after a closing one. So:
- a closing mark of another style closes the open quote ("Voilà… public », a-t-elle twitté");
- quotes nest ("« Il m'a dit : “non” »", a straight quote inside a straight quote) and inner spans
  are kept apart from the outermost ones;
- a quote whose opening mark is never closed is dropped, the pairs inside it kept;
- a quote left open at a paragraph's end goes on when the next paragraph starts with an opening
  mark of the same style (the convention for a quote over several paragraphs).
Plain string work: no parse, offsets into the text given.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_OPENERS = {"«": "guillemet", "“": "curly", "„": "curly", "‹": "angle", "``": "tex"}
_CLOSERS = {"»": "guillemet", "”": "curly", "›": "angle", "''": "tex"}
_STRAIGHT = '"'
_SINGLE_OPEN, _SINGLE_CLOSE, _SINGLE_BOTH = "‘", "’", "'"
_END_PUNCT = ".,;:!?…)]}"
_SENTENCE_END = ".!?…"
_OPEN_PUNCT = "([{-–—/"
_MARK = re.compile("``|''|[«»“”„‹›\"‘’']")  # every mark above, the two-character ones first ("''" is one mark)


@dataclass
class Pair:
    """One quotation: the opening mark at `open` (`open_len` characters), the closing one at `close`."""

    open: int
    close: int
    open_len: int = 1
    close_len: int = 1
    family: str = "straight"


def _lean(text: str, i: int, length: int) -> int:
    """How much the mark at i looks like an opening mark (> 0) rather than a closing one (< 0)."""
    score = 0
    before = text[i - 1] if i > 0 else " "
    after = text[i + length] if i + length < len(text) else " "
    if before.isspace() or before in _OPEN_PUNCT:
        score += 2
    elif before.isalnum() or before in _SENTENCE_END:
        score -= 2  # "…osez-vous?!"La jeune Suédoise": after a sentence's end, a mark closes, however glued the next word
    elif before in _END_PUNCT:
        score -= 1
    if after.isspace() or after in _END_PUNCT:
        score -= 2
    elif after.isalnum() or after in "([{":
        score += 2
    return score


def _nests(para: str, i: int) -> bool:
    """Does the straight mark at i, opening inside a straight quote, open a nested quote: do the next
    two straight marks close it, then the outer one ('"Je ne suis pas pour la "peopolisation", il le
    sait. Point", a confié X')?"""
    following = [k for k in range(i + 1, len(para)) if para[k] == _STRAIGHT][:2]
    return len(following) == 2 and _lean(para, following[0], 1) < 0 and _lean(para, following[1], 1) <= 0


def _marks(para: str):
    """(position, length, character) of every quotation mark of the paragraph."""
    for m in _MARK.finditer(para):
        yield m.start(), len(m.group()), m.group()


def _first_opener(para: str) -> tuple[int, int, str] | None:
    """The opening mark a paragraph starts with, if any (after spaces)."""
    k = len(para) - len(para.lstrip())
    for i, length, ch in _marks(para[k:k + 2]):
        if i == 0 and (ch in _OPENERS or ch == _STRAIGHT and _lean(para, k, 1) > 0):
            return k, length, ch
    return None


_MIN_LOST_WORDS = 4  # words a quote whose opening mark was lost must hold


def _lost_opening(para: str, i: int, offset: int, pairs: list[Pair]) -> bool:
    """A closing mark with nothing open, right before the comma of an incise ('… pour toute la faune", a relevé X'):
    the quote's opening mark was lost (scraped text drops it). The quote then opens where its sentence does — after
    the last sentence's end in the paragraph, or at its start — if no other mark stands between; a pair with no
    opening mark (open_len 0) is added. Apostrophes, single marks, do not count."""
    if not para[i + 1:].lstrip().startswith(","):
        return False
    start = 0
    for k in range(i - 1, 0, -1):
        if para[k] in _SENTENCE_END and para[k + 1:k + 2].isspace() and para[k + 2:k + 3].isupper():
            start = k + 2
            break
    while start < i and para[start].isspace():
        start += 1
    words = para[start:i].split()
    if len(words) < _MIN_LOST_WORDS or any(ch not in _SINGLE_OPEN + _SINGLE_CLOSE + _SINGLE_BOTH for _, _, ch in _marks(para[start:i])) or not para[start:start + 1].isupper():
        return False
    pairs.append(Pair(offset + start, offset + i, 0, 1, "straight"))
    return True


def pair_marks(text: str) -> list[Pair]:
    """Every pair of quotation marks in the text (nested ones too), in the order they close."""
    pairs: list[Pair] = []
    stack: list[tuple[int, int, str, str]] = []  # (position, length, character, family)
    offset = 0
    paras = text.split("\n")
    skip = -1  # the opening mark that only continues the quote of the paragraph before
    for p, para in enumerate(paras):
        for i, length, ch in _marks(para):
            at = offset + i
            if at == skip:
                continue
            families = [s[3] for s in stack]

            def close(family: str | None) -> bool:
                """Close the innermost open mark of that family (any family when None)."""
                k = len(stack) - 1 if family is None else max(
                    (j for j, f in enumerate(families) if f == family), default=-1)
                if k < 0:
                    return False
                o_at, o_len, _o_ch, o_family = stack[k]
                del stack[k:]
                pairs.append(Pair(o_at, at, o_len, length, o_family))
                return True

            if ch == _STRAIGHT:
                lean = _lean(para, i, 1)
                if families and families[-1] == "straight" and lean <= 0:
                    close("straight")
                elif lean < 0:
                    # a straight mark closing « or “: mixed marks; else a quote whose opening mark was lost
                    close("straight") or close(None) or _lost_opening(para, i, offset, pairs)
                else:
                    if families and families[-1] == "straight" and not _nests(para, i):
                        stack.pop()  # no quote inside a quote: the mark still open was a stray one
                    stack.append((at, 1, ch, "straight"))
            elif ch in _OPENERS:
                if ch == "“" and families and families[-1] == "curly" and (
                        stack[-1][2] == "„" or stack[-1][2] == "“" and _lean(para, i, 1) < 0):
                    close("curly")  # „…“, and “…“
                else:
                    stack.append((at, length, ch, _OPENERS[ch]))
            elif ch in _CLOSERS:
                family = _CLOSERS[ch]
                if not (close(family) or close(None)) and ch == "”" and _lean(para, i, 1) > 0:
                    stack.append((at, 1, ch, "curly"))  # ”…”
            elif stack:  # single marks only inside a quote: elsewhere they are mostly apostrophes
                lean = _lean(para, i, 1)
                before = para[i - 1] if i else " "
                if ch != _SINGLE_OPEN and lean < 0 and "single" in families:
                    close("single")
                elif ch != _SINGLE_CLOSE and lean > 0 and not before.isalnum():
                    stack.append((at, 1, ch, "single"))
        # the end of the paragraph: a quote left open goes on if the next paragraph opens with its mark
        following = next((q for q in range(p + 1, len(paras)) if paras[q].strip()), None)
        first = _first_opener(paras[following]) if stack and following is not None else None
        if first is not None and stack[0][3] != "single" and (_OPENERS.get(first[2]) or "straight") == stack[0][3]:
            skip = offset + sum(len(x) + 1 for x in paras[p:following]) + first[0]
            del stack[1:]
        else:
            stack.clear()
        offset += len(para) + 1
    return pairs


def outermost(pairs: list[Pair]) -> list[Pair]:
    """The pairs no other pair encloses, in text order."""
    ordered = sorted(pairs, key=lambda q: (q.open, -q.close))
    result: list[Pair] = []
    for q in ordered:
        if result and q.open > result[-1].open and q.close < result[-1].close:
            continue
        result.append(q)
    return result
