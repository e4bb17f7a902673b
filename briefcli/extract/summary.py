"""Summary: the sentences that carry the story, extractive, in article order.

Each sentence is scored on its position (news puts the facts first), how much of the
article's vocabulary and main actors it holds, and its overlap with the title when the
article has one; very short sentences, questions and bare quotes weigh less.
"""
from __future__ import annotations

import math
import re

from ..lexicon import fold
from ..records import Sentence
from .context import Context

W_POSITION = 1.0
W_CENTRAL = 0.6
W_TITLE = 0.8
W_ACTORS = 0.3


def _content(tokens) -> list[str]:
    return [fold(t.lemma_) for t in tokens if t.is_alpha and not t.is_stop and len(t.text) > 2]


def score_sentences(ctx: Context) -> list[float]:
    sents = ctx.sentences
    words = [_content(s) for s in sents]
    freq: dict[str, int] = {}
    for ws in words:
        for w in set(ws):
            freq[w] = freq.get(w, 0) + 1
    title = {fold(w) for w in re.findall(r"\w+", ctx.title or "") if len(w) > 2}
    main = {t for e in ctx.shared.get("entities", [])[:5] for m in e.mentions for t in range(m.start, m.end)}
    scores = []
    for i, (sent, ws) in enumerate(zip(sents, words)):
        if not ws:
            scores.append(-1.0)
            continue
        position = 1.0 / (1.0 + i) ** 0.7
        central = sum(freq[w] - 1 for w in set(ws)) / (len(set(ws)) + 4) / max(1.0, math.log2(len(sents) + 1))
        overlap = len(title & ({fold(t.text) for t in sent} | set(ws))) / (len(title) or 1)
        actors = min(1.0, sum(1 for t in sent if t.i in main) / 4)
        score = W_POSITION * position + W_CENTRAL * central + W_TITLE * overlap + W_ACTORS * actors
        n = len([t for t in sent if t.is_alpha])
        if n < 6:
            score -= 0.5
        if sent.text.rstrip().endswith("?"):
            score -= 0.3
        scores.append(score)
    return scores


def extract(ctx: Context, n: int = 3) -> list[Sentence]:
    sents = ctx.sentences
    scores = score_sentences(ctx)
    best = sorted(range(len(sents)), key=lambda i: (-scores[i], i))[:max(0, n)]
    result = []
    for i in sorted(best):
        start, end = ctx.offsets(sents[i])
        result.append(Sentence(ctx.original[start:end], start, end))
    return result
