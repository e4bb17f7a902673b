"""Imported by the forkserver that starts `briefcli batch` worker processes (batch.LocalPool):
the pipeline is loaded there, once, and every worker forked from it starts with it loaded,
sharing its memory (model weights, vocabulary, lemma tables, lexicons) copy-on-write
instead of each reading its own copy. What to load comes in BRIEFCLI_PRELOAD (JSON:
{"lang": …, "model": …}); any failure leaves the workers to load it themselves."""
from __future__ import annotations

import gc
import json
import os

try:
    _options = json.loads(os.environ.get("BRIEFCLI_PRELOAD") or "null")
    if isinstance(_options, dict):
        from .batch import BriefOptions, preload

        preload(BriefOptions(lang=_options.get("lang"), model=_options.get("model")))
        gc.freeze()  # the collector would otherwise write to (and so copy) every shared page it visits
except Exception:  # noqa: BLE001 - a worker loads what it needs on its own
    pass
