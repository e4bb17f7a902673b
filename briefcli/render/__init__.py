"""Renderers: a Brief (or its dict) to JSON, Markdown or a Rich terminal view.

Output formats are chosen in one place (`FORMATS`), so every command offers the same."""
from __future__ import annotations

FORMATS = ("table", "json", "markdown")

# quotation marks by the article's language: French guillemets, English curly quotes
QUOTE_MARKS = {"fr": ("« ", " »"), "en": ("“", "”")}
