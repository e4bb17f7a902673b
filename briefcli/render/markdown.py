"""The brief as Markdown, to paste into a newsroom tool. Article text is escaped so that
its own characters never become Markdown syntax."""
from __future__ import annotations

import re
from typing import Any

from . import QUOTE_MARKS

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|])")


def esc(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text).replace("\n", " ")


def render(record: dict[str, Any]) -> str:
    out: list[str] = []
    src = record["source"]
    out.append(f"# {esc(record.get('title') or src['name'])}")
    out.append("")
    page = " · ".join(esc(str(src[k])) for k in ("site", "date", "author") if src.get(k))
    if page:
        out.append(f"*{page}*")
        out.append("")
    out.append(f"*{esc(src['name'])} · {src['language']} · {src['words']} words · {src['model']}*")
    out.append("")
    out.append("## Summary")
    out.append("")
    out.extend(f"- {esc(s['text'])}" for s in record["summary"])
    out.append("")
    out.append("## Actors")
    out.append("")
    if record["actors"]:
        out.append("| Actor | Kind | Roles | Also | Mentions |")
        out.append("|---|---|---|---|---|")
        for a in record["actors"]:
            out.append(f"| {esc(a['name'])} | {a['kind']} | {esc('; '.join(a['roles']))} | "
                       f"{esc(', '.join(a['aliases']))} | {a['mentions']} |")
    else:
        out.append("_None found._")
    out.append("")
    out.append("## Sectors")
    out.append("")
    out.extend(f"- **{esc(s['label'])}** ({s['id']}, {s['score']:.2f}): {esc(', '.join(s['evidence']))}"
               for s in record["sectors"]) if record["sectors"] else out.append("_None found._")
    out.append("")
    out.append("## Projects")
    out.append("")
    if record["projects"]:
        for p in record["projects"]:
            details = ", ".join(x for x in (p.get("kind"), p.get("sector")) if x)
            who = f" — {esc(', '.join(p['actors']))}" if p["actors"] else ""
            out.append(f"- **{esc(p['name'])}**" + (f" ({esc(details)})" if details else "") + who)
    else:
        out.append("_None found._")
    out.append("")
    marks = QUOTE_MARKS.get(src.get("language", ""), ("“", "”"))
    direct = [q for q in record["quotes"] if q.get("kind", "direct") == "direct"]
    reported = [q for q in record["quotes"] if q.get("kind") == "indirect"]
    out.append("## Quotes")
    out.append("")
    if direct:
        for q in direct:
            out.append(f"> {marks[0]}{esc(q['text'])}{marks[1]}")
            out.append(">")
            out.append(f"> — {_who(q)}")
            out.append("")
    else:
        out.append("_None found._")
        out.append("")
    if reported:
        out.append("## Reported speech")
        out.append("")
        for q in reported:
            out.append(f"- {_who(q)}: {esc(q['text'])}")
        out.append("")
    out.append("## Figures")
    out.append("")
    if record["figures"]:
        out.append("| Figure | About |")
        out.append("|---|---|")
        for f in record["figures"]:
            out.append(f"| {esc(f['value'])} | {esc(f['about'] or '')} |")
    else:
        out.append("_None found._")
    out.append("")
    return "\n".join(out)


def _who(quote: dict[str, Any]) -> str:
    who = esc(quote["speaker"]) if quote["speaker"] else "_unattributed_"
    return who + (f" ({esc(quote['verb'])})" if quote["verb"] else "")
