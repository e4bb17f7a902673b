"""The Rich terminal view: a panel or table per part, readable at a glance at 80 columns.

- One line per row: a cell too long for its column ends in "…" (the JSON has it whole), so a
  wrapped name never reads like a row of its own. Quotes, which are sentences, are a list
  whose lines wrap under their own text.
- A part with nothing in it is one dim line ("Projects: none found"), not an empty table.
- Sectors are named by their labels wherever they appear; quotation marks are the article's
  language's (« » in French, “ ” in English); counts agree with their nouns ("1 sentence").

Article text only ever enters Rich as `Text` objects (never markup), and control
characters are made visible, so "[bold]" or an ANSI escape in an article prints literally.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.cells import cell_len
from rich.table import Table
from rich.text import Text

from . import QUOTE_MARKS

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
KIND_STYLE = {"person": "cyan", "organization": "magenta", "country": "green", "place": "yellow"}
_DEFAULT_MARKS = ("“", "”")
_MIN_WIDTH = 6  # a column narrower than this says nothing


def safe(text: str | None) -> Text:
    """Article text as a plain Text: markup is literal, control characters are shown as \\xNN."""
    return Text(_CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text or ""))


def count(n: int, noun: str, plural: str | None = None) -> str:
    """'1 sentence', '12 sentences'."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


def render(console: Console, record: dict[str, Any]) -> None:
    src = record["source"]
    lang = src.get("language", "")
    heading = Text()
    heading.append_text(safe(record.get("title") or src["name"]))
    page = " · ".join(str(src[k]) for k in ("site", "date", "author") if src.get(k))
    sub = safe((page + "\n" if page else "")
               + f"{src['name']} · {lang} · {count(src['words'], 'word')} · {count(src['sentences'], 'sentence')}"
               + f" · {src['model']}")
    sub.stylize("dim")
    summary = _bullets([safe(s["text"]) for s in record["summary"]]) if record["summary"] \
        else Text("(no sentences)", style="dim")
    console.print(Panel(Group(sub, Text(""), summary), title=heading, title_align="left", box=box.ROUNDED))
    width = console.width
    quotes = record["quotes"]
    direct = [q for q in quotes if q.get("kind", "direct") != "indirect"]
    reported = [q for q in quotes if q.get("kind", "direct") == "indirect"]
    parts = [
        ("Actors", record["actors"], lambda items: _actors(items, width)),
        ("Sectors", record["sectors"], lambda items: _sectors(items, width)),
        ("Projects", record["projects"], lambda items: _projects(items, record["sectors"], lang, width)),
        ("Quotes", direct, lambda items: _quotes(items, lang)),
        *([("Reported speech", reported, lambda items: _quotes(items, None))] if reported else []),
        ("Figures", record["figures"], lambda items: _figures(items, width)),
    ]
    for title, items, make in parts:
        if not items:
            console.print(Text.assemble((title, "bold"), ": none found", style="dim"))
            continue
        console.print(Text(f"{title} ({len(items)})", style="bold"))
        console.print(make(items))


def _bullets(items: list[Text]) -> RenderableType:
    """A list whose long items wrap under their own text, not under the bullet."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    for item in items:
        grid.add_row("•", item)
    return grid


def _table(width: int, columns: list[tuple[str, int, str]], rows: list[list[Text]]) -> Table:
    """A table of one line per row within `width` columns. columns: (header, ratio, justify); a
    column of ratio 0 gets its widest cell, the others share what is left by ratio (none wider
    than its widest cell), and a cell longer than its column ends in "…"."""
    natural = [max([cell_len(name)] + [row[i].cell_len for row in rows]) for i, (name, _, _) in enumerate(columns)]
    widths = list(natural)
    room = width - 3 * (len(columns) - 1) - sum(n for n, (_, ratio, _) in zip(natural, columns) if not ratio)
    flexible = [i for i, (_, ratio, _) in enumerate(columns) if ratio]
    while flexible:
        total = sum(columns[i][1] for i in flexible)
        share = {i: room * columns[i][1] / total for i in flexible}
        fits = [i for i in flexible if natural[i] <= share[i]]
        if not fits:
            for i in flexible:
                widths[i] = max(int(share[i]), min(natural[i], _MIN_WIDTH))
            break
        for i in fits:
            room -= natural[i]
            flexible.remove(i)
    table = Table(box=box.SIMPLE_HEAD, expand=False, show_edge=False, pad_edge=False)
    for (name, _, justify), w in zip(columns, widths):  # columns are 3 apart: a blank rule between two pads
        table.add_column(name, justify=justify, width=w, no_wrap=True, overflow="ellipsis")
    for row in rows:
        table.add_row(*row)
    return table


def _actors(actors: list[dict], width: int) -> Table:
    rows = [[safe(a["name"]), Text(a["kind"], style=KIND_STYLE.get(a["kind"], "")), safe("; ".join(a["roles"])),
             safe(", ".join(a["aliases"])), Text(str(a["mentions"]))] for a in actors]
    return _table(width, [("Name", 3, "left"), ("Kind", 0, "left"), ("Roles", 2, "left"), ("Also", 1, "left"),
                          ("×", 0, "right")], rows)


def _sectors(sectors: list[dict], width: int) -> Table:
    rows = [[safe(s["label"]), Text(f"{s['score']:.2f}"), safe(", ".join(s["evidence"]))] for s in sectors]
    return _table(width, [("Sector", 2, "left"), ("Score", 0, "right"), ("Evidence", 3, "left")], rows)


def _projects(projects: list[dict], sectors: list[dict], lang: str, width: int) -> Table:
    labels = {s["id"]: s["label"] for s in sectors}
    rows = []
    for p in projects:
        sector = p["sector"] and (labels.get(p["sector"]) or sector_label(p["sector"], lang))
        rows.append([safe(p["name"]), safe(p["kind"]), safe(", ".join(p["actors"])), safe(sector)])
    return _table(width, [("Project", 3, "left"), ("Kind", 1, "left"), ("Actors", 2, "left"), ("Sector", 1, "left")],
                  rows)


def sector_label(sector_id: str, lang: str) -> str:
    """A sector's label in a language (models/sectors.tsv), else its id."""
    row = _sector_rows().get(sector_id, {})
    return row.get(f"label_{lang}") or row.get("label_en") or sector_id


@lru_cache(maxsize=1)
def _sector_rows() -> dict[str, dict[str, str]]:
    from ..lexicon import _rows, models_dir

    return {row["id"]: row for row in _rows(models_dir() / "sectors.tsv")}


def _quotes(quotes: list[dict], lang: str | None) -> RenderableType:
    """Quotes in the language's marks; reported speech (lang None) without marks, as it is not
    the speaker's own words."""
    opening, closing = ("", "") if lang is None else QUOTE_MARKS.get(lang, _DEFAULT_MARKS)
    items = []
    for q in quotes:
        line = Text(opening).append_text(safe(q["text"])).append(closing)
        line.append(" — ", style="dim")
        line.append_text(safe(q["speaker"]) if q["speaker"] else Text("speaker unknown", style="dim"))
        if q.get("verb"):
            line.append_text(Text(" (", style="dim")).append_text(safe(q["verb"])).append(")", style="dim")
        items.append(line)
    return _bullets(items)


def _figures(figures: list[dict], width: int) -> Table:
    rows = [[safe(f["value"]), safe(f["about"])] for f in figures]
    return _table(width, [("Figure", 0, "right"), ("About", 1, "left")], rows)
