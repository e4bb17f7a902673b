"""What the fitting scripts share: every tuning article of a gold folder briefed, with what its stages decided.

    for article_path, gold, brief, traces in tuning_briefs(Path("samples/gold/fr")): ...

`traces` is the article's extract.stages.Traces (quote-form features, speaker candidates, sector
candidates). Only the tuning part of the folder's split.json is read, never the validation articles;
`whole=True` reads a folder with no split (the older dev set) entirely.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from briefcli.api import brief_article
from briefcli.evaluate import gold_pairs, load_gold, part_of
from briefcli.extract.stages import Traces
from briefcli.inputs import read
from briefcli.records import Brief


def tuning_briefs(folder: Path, whole: bool = False) -> Iterator[tuple[Path, dict, Brief, Traces]]:
    for article_path, gold_path in gold_pairs(folder):
        if not whole and part_of(gold_path) != "tuning":
            continue
        gold = load_gold(gold_path)
        article = read(str(article_path))
        article.title = article.title or gold.get("title")
        traces = Traces()
        brief = brief_article(article, lang=gold.get("language"), traces=traces)
        yield article_path, gold, brief, traces
