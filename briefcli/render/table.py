"""The Rich terminal view: a panel or table per part, readable at 80 columns.

Article text only ever enters Rich as `Text` objects (never markup), and control
characters are made visible, so "[bold]" or an ANSI escape in an article prints literally.
"""
from __future__ import annotations

import re
from typing import Any

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
KIND_STYLE = {"person": "cyan", "organization": "magenta", "country": "green", "place": "yellow"}


def safe(text: str | None) -> Text:
    """Article text as a plain Text: markup is literal, control characters are shown as \\xNN."""
    return Text(_CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text or ""))


def render(console: Console, record: dict[str, Any]) -> None:
    src = record["source"]
    heading = Text()
    heading.append_text(safe(record.get("title") or src["name"]))
    page = " · ".join(str(src[k]) for k in ("site", "date", "author") if src.get(k))
    sub = safe((page + "\n" if page else "")
               + f"{src['name']} · {src['language']} · {src['words']} words · {src['sentences']} sentences · {src['model']}")
    sub.stylize("dim")
    summary = Group(*(Text("• ").append_text(safe(s["text"])) for s in record["summary"])) if record["summary"] \
        else Text("(no sentences)", style="dim")
    console.print(Panel(Group(sub, Text(""), summary), title=heading, title_align="left", box=box.ROUNDED))
    console.print(_actors(record["actors"]))
    console.print(_sectors(record["sectors"]))
    if record["projects"]:
        console.print(_projects(record["projects"]))
    console.print(_quotes(record["quotes"]))
    console.print(_figures(record["figures"]))


def _table(title: str, *columns: tuple[str, dict]) -> Table:
    table = Table(title=title, title_justify="left", title_style="bold", box=box.SIMPLE_HEAD, expand=False,
                  show_edge=False, pad_edge=False)
    for name, opts in columns:
        table.add_column(name, **opts)
    return table


def _actors(actors: list[dict]) -> Table:
    table = _table(f"Actors ({len(actors)})", ("Name", {"ratio": 3}), ("Kind", {"no_wrap": True}),
                   ("Roles", {"ratio": 3}), ("Also", {"ratio": 2}), ("×", {"justify": "right", "no_wrap": True}))
    for a in actors:
        table.add_row(safe(a["name"]), Text(a["kind"], style=KIND_STYLE.get(a["kind"], "")),
                      safe("; ".join(a["roles"])), safe(", ".join(a["aliases"])), str(a["mentions"]))
    return table


def _sectors(sectors: list[dict]) -> Table:
    table = _table(f"Sectors ({len(sectors)})", ("Sector", {"ratio": 2}), ("Score", {"justify": "right", "no_wrap": True}),
                   ("Evidence", {"ratio": 3}))
    for s in sectors:
        table.add_row(safe(s["label"]), f"{s['score']:.2f}", safe(", ".join(s["evidence"])))
    return table


def _projects(projects: list[dict]) -> Table:
    table = _table(f"Projects ({len(projects)})", ("Project", {"ratio": 3}), ("Kind", {"ratio": 1}),
                   ("Actors", {"ratio": 2}), ("Sector", {"no_wrap": True}))
    for p in projects:
        table.add_row(safe(p["name"]), safe(p["kind"]), safe(", ".join(p["actors"])), safe(p["sector"]))
    return table


def _quotes(quotes: list[dict]) -> Table:
    table = _table(f"Quotes ({len(quotes)})", ("Quote", {"ratio": 4}), ("Speaker", {"ratio": 2}), ("Verb", {"no_wrap": True}))
    for q in quotes:
        table.add_row(Text("« ").append_text(safe(q["text"])).append(" »"),
                      safe(q["speaker"]) if q["speaker"] else Text("—", style="dim"), safe(q["verb"]))
    return table


def _figures(figures: list[dict]) -> Table:
    table = _table(f"Figures ({len(figures)})", ("Figure", {"no_wrap": True, "justify": "right"}), ("About", {"ratio": 1}))
    for f in figures:
        table.add_row(safe(f["value"]), safe(f["about"]))
    return table
