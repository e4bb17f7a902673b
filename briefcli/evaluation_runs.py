"""Running an evaluation: brief every gold article of a folder and score it, or brief a
JSON Lines corpus and compare its summaries (and Lead-k) with the reference abstracts."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .errors import InputError
from .evaluate import SPLIT_FILE, gold_pairs, load_gold, part_of, rouge, score_brief, summarize


def run_gold(directory: Path, *, model: str | None = None, part: str | None = None) -> dict[str, Any]:
    """Brief every gold article of a folder (recursively) and score it. Where a split.json assigns
    articles to a tuning and a validation part, each part is summarised apart too (`parts`);
    `part` keeps only that part's articles."""
    from .api import brief_article
    from .inputs import read

    if not directory.is_dir():
        raise InputError(str(directory), "is not a directory")
    pairs = gold_pairs(directory)
    if not pairs:
        raise InputError(str(directory), "holds no article with a *.gold.json beside it")
    if part is not None:
        if not any(part_of(g) for _, g in pairs):
            raise InputError(str(directory), f"has no {SPLIT_FILE}: no '{part}' part to score")
        pairs = [(a, g) for a, g in pairs if part_of(g) == part]
    per_doc, rows, parts = [], [], {}
    pred = {"source": {"model": model}}
    for article_path, gold_path in pairs:
        gold = load_gold(gold_path)
        article = read(str(article_path))
        article.title = article.title or gold.get("title")
        pred = brief_article(article, lang=gold.get("language"), model=model).to_dict()
        scores = score_brief(pred, gold, pred["source"].get("text", article.text))
        per_doc.append(scores)
        in_part = part_of(gold_path)
        if in_part:
            parts.setdefault(in_part, []).append(scores)
        rows.append({"article": article_path.name, "part": in_part,
                     **{k: round(v.f1, 3) for k, v in scores.items()}})
    result = summarize(per_doc)
    result["model"] = pred["source"]["model"]
    if parts:
        result["parts"] = {name: summarize(docs) for name, docs in sorted(parts.items())}
    result["articles"] = rows
    return result


def _corpus(path: Path, limit: int | None):
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                return
            if line.strip():
                yield json.loads(line)


def run_rouge(path: Path, *, model: str | None = None, limit: int | None = None, progress=None, sentences: int = 3,
              text_field: str = "text", reference_field: str = "abstract") -> dict[str, Any]:
    """Mean ROUGE-1/2/L F1 of briefcli's summaries and of Lead-1/2/3 (spaCy's own sentences)."""
    import spacy

    from . import pipeline
    from .api import brief_many
    from .inputs import Article

    if not path.is_file():
        raise InputError(str(path), "no such file")
    records = [r for r in _corpus(path, limit) if r.get(text_field, "").strip() and r.get(reference_field)]
    if not records:
        raise InputError(str(path), f"no line with both '{text_field}' and '{reference_field}'")
    lang = "fr"
    model = pipeline.resolve_model(model or pipeline.DEFAULT_MODELS[lang])
    raw = spacy.load(model, disable=["ner", "lemmatizer", "attribute_ruler", "morphologizer"])
    systems = [f"briefcli-{sentences}", "lead-1", "lead-2", "lead-3"]
    sums = {s: {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0} for s in systems}
    articles = (Article(name=str(r.get("id", i)), text=r[text_field], title=r.get("title")) for i, r in enumerate(records))
    leads = raw.pipe((r[text_field] for r in records), batch_size=16)
    task = None
    bar = None
    if progress is not None:
        from rich.progress import Progress

        bar = Progress(console=progress, transient=True)
        bar.start()
        task = bar.add_task("ROUGE", total=len(records))
    try:
        for record, b, lead_doc in zip(records, brief_many(articles, lang=lang, model=model, sentences=sentences), leads):
            ref = record[reference_field]
            lead = [s.text.strip() for s in lead_doc.sents if s.text.strip()]
            candidates = {f"briefcli-{sentences}": [s.text for s in b.summary]}
            candidates.update({f"lead-{k}": lead[:k] for k in (1, 2, 3)})
            for name, sents in candidates.items():
                for metric, value in rouge(" ".join(sents), ref).items():
                    sums[name][metric] += value
            if bar is not None:
                bar.advance(task)
    finally:
        if bar is not None:
            bar.stop()
    n = len(records)
    return {"corpus": str(path), "articles": n, "model": model,
            "rouge": {s: {m: round(v / n, 4) for m, v in sums[s].items()} for s in systems}}
