"""Speaker ranking: who said a quote, chosen among every plausible speaker by one scoring function.

The quotes extractor gathers the candidates (briefcli.extract.candidates._candidates): the cues of the
quote's own sentence, the previous quote's speaker, the last named speaker, the speakers of the speech
verbs and the subjects of the few sentences before, the next quote's cue, the article's main person —
each resolved to an actor where the text allows, and for a pronoun or a bare title every person it may
stand for (resolution as candidates). This module scores them: a linear function whose weights are
language data, models/<lang>/speaker_weights.tsv (`feature<TAB>weight`), set to the rules' order of
trust and refittable on the tuning part of the gold by scripts/fit_speakers.py. A feature absent from
the file weighs 0.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicon import _rows, fold, models_dir

WEIGHTS_FILE = "speaker_weights.tsv"


@dataclass
class Candidate:
    """One possible speaker of a quote: its name (an actor's name or a phrase), whether it is an actor
    of the article, the attribution that proposed it first, and the features of all its cues."""

    speaker: str
    named: bool
    attribution: object = None
    features: dict[str, float] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return fold(self.speaker)


@lru_cache(maxsize=None)
def weights(lang: str) -> dict[str, float]:
    """The language's weights; none (every candidate 0: the first proposed wins) when it has no file."""
    path = models_dir() / lang / WEIGHTS_FILE
    return {row["feature"]: float(row["weight"]) for row in _rows(path)} if path.exists() else {}


def score(candidate: Candidate, w: dict[str, float]) -> float:
    return sum(w.get(name, 0.0) * value for name, value in candidate.features.items())


def best(candidates: list[Candidate], lang: str) -> Candidate | None:
    """The speaker most likely meant, as the first of its candidates: each cue that proposes a speaker
    is one candidate, and a speaker's score is the log of the summed exponentials of its candidates'
    scores (several cues naming the same person add up; one cue never counts twice)."""
    w = weights(lang)
    totals = speaker_scores(candidates, w)
    if not totals:
        return None
    key = max(totals, key=lambda k: totals[k])  # the earliest proposed on a tie (dicts keep their order)
    return next(c for c in candidates if c.key == key)


def speaker_scores(candidates: list[Candidate], w: dict[str, float]) -> dict[str, float]:
    scores: dict[str, list[float]] = {}
    for c in candidates:
        scores.setdefault(c.key, []).append(score(c, w))
    return {key: _logsumexp(values) for key, values in scores.items()}


def _logsumexp(values: list[float]) -> float:
    top = max(values)
    return top + math.log(sum(math.exp(v - top) for v in values))
