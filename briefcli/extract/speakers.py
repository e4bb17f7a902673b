"""Speaker ranking: who said a quote, chosen among every plausible speaker by one scoring function.

The quotes extractor gathers candidates (briefcli.extract.quotes: the cues of the quote's sentence,
the previous quote's speaker, the speech verbs of the sentences before, the paragraph's lead subject,
the article's main person…), each already resolved to an actor where the text allows, and for a
pronoun or a bare title every person it may stand for. This module scores them: a linear function whose weights are language data, models/<lang>/speaker_weights.tsv
(`feature<TAB>weight`), fitted on the tuning part of the gold by scripts/fit_speakers.py. A feature
absent from the file weighs 0; with no file, the rules' own order decides (`FALLBACK`).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicon import _rows, fold, models_dir

WEIGHTS_FILE = "speaker_weights.tsv"
# without fitted weights: the first cue of the quote's sentence, else the previous quote's speaker
# nearby, else the speech verbs just before, else the article's main person (the rules' order)
FALLBACK = {"first_cue": 8.0, "cue": 2.0, "prev_near": 4.0, "verb_prev_1": 1.5, "verb_prev_2": 1.0,
            "last_speaker": 0.8, "main_person": 0.5, "named": 0.5,
            # the resolution's alternatives: the resolver's pick, unless the title is someone else's
            # or the pronoun's gender does not fit; never a name inside the quote itself
            "ref_alternative": -1.0, "pron_chosen": 1.0, "title_chosen": 1.0,
            "title_role_clash": -3.0, "title_role_fits": 1.5, "pron_gender_clash": -3.0, "in_quote": -2.0}


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
    """The fitted weights of a language, or the rules' order when it has none."""
    path = models_dir() / lang / WEIGHTS_FILE
    found = {row["feature"]: float(row["weight"]) for row in _rows(path)} if path.exists() else {}
    return found or dict(FALLBACK)


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
