"""Which language an article is in: counts of each language's most frequent function
words (models/<lang>/function_words.txt) over the text's words. Fast, offline, and
reliable on article-length news text; `--lang` overrides it."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import models_dir

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
MIN_HITS = 3


@lru_cache(maxsize=None)
def _function_words() -> dict[str, frozenset[str]]:
    words = {}
    for path in sorted(models_dir().glob("*/function_words.txt")):
        items = {w.strip().lower() for w in path.read_text(encoding="utf-8").split() if w.strip() and not w.startswith("#")}
        words[path.parent.name] = frozenset(items)
    return words


def detect(text: str, default: str = "fr") -> str:
    """The language code whose function words are most frequent in the text."""
    tokens = [w.lower() for w in _WORD.findall(text[:20000])]
    best, best_hits = default, 0
    for lang, words in _function_words().items():
        hits = sum(1 for w in tokens if w in words)
        if hits > best_hits:
            best, best_hits = lang, hits
    return best if best_hits >= MIN_HITS else default
