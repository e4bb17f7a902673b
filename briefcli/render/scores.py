"""Rich tables of evaluation results."""
from __future__ import annotations

from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text


def _fmt(x) -> str:
    return "—" if x is None else f"{x:.3f}" if isinstance(x, float) else str(x)


def render(console: Console, result: dict[str, Any], *, details: bool = False, markdown: bool = False) -> None:
    if "rouge" in result:
        table = Table(title=f"ROUGE F1 over {result['articles']} articles ({result['model']})", box=box.SIMPLE_HEAD)
        for col in ("system", "ROUGE-1", "ROUGE-2", "ROUGE-L"):
            table.add_column(col, justify="left" if col == "system" else "right")
        for system, s in result["rouge"].items():
            table.add_row(system, _fmt(s["rouge1"]), _fmt(s["rouge2"]), _fmt(s["rougeL"]))
        console.print(table)
        return
    console.print(_table(f"Scores over {result['documents']} articles ({result['model']})", result))
    for name, part in result.get("parts", {}).items():
        console.print(_table(f"{name} part: {part['documents']} articles", part))
    if details:
        rows = Table(title="F1 per article", box=box.SIMPLE_HEAD)
        keys = ["actors", "sectors", "projects", "quotes", "figures"]
        rows.add_column("article")
        rows.add_column("part")
        for k in keys:
            rows.add_column(k, justify="right")
        for row in result["articles"]:
            rows.add_row(Text(row["article"]), row.get("part") or "", *(_fmt(row.get(k)) for k in keys))
        console.print(rows)


_PARTS = {"actors": "actors", "sectors": "sectors", "projects": "projects", "quotes": "quotes (direct)",
          "quotes_strict": "quotes (direct, 80 %)", "reported": "reported speech", "quotes_all": "quotes (all, GGT)",
          "figures": "figures"}


def _table(title: str, result: dict[str, Any]) -> Table:
    table = Table(title=title, box=box.SIMPLE_HEAD)
    for col in ("part", "P", "R", "F1", "other"):
        table.add_column(col, justify="left" if col in ("part", "other") else "right")
    for part, label in _PARTS.items():
        s = result.get(part)
        if not s:
            continue
        other = []
        for key in ("kind_accuracy", "role_recall", "role_precision", "speaker_accuracy", "verb_accuracy", "quoted_names_taken"):
            if key in s:
                other.append(f"{key.replace('_', ' ')} {_fmt(s[key])}")
        table.add_row(label, _fmt(s["precision"]), _fmt(s["recall"]), _fmt(s["f1"]), Text(", ".join(other)))
    return table
