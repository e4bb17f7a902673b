"""Plain JSON for machines: one object per brief, UTF-8, never through Rich."""
from __future__ import annotations

import json
from typing import Any


def dumps(record: dict[str, Any], *, indent: int | None = None) -> str:
    return json.dumps(record, ensure_ascii=False, indent=indent)


def line(record: dict[str, Any]) -> str:
    """One JSON Lines line (no newline inside)."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))
