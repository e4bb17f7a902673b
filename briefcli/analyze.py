"""The per-article function shared by the Python API, `briefcli brief`, batch and Dask:
a parsed Doc (and the text it came from) in, a Brief out."""
from __future__ import annotations

import hashlib

import numpy
from spacy.attrs import IS_PUNCT, IS_SPACE
from spacy.tokens import Doc

from . import lexicon
from .cleaning import CleanText
from .extract import actors, figures, projects, quotes, sectors, summary
from .extract.context import Context
from .extract.stages import Traces
from .records import Brief, Source

DEFAULT_SENTENCES = 3


def word_count(doc: Doc) -> int:
    """Words of a parsed text: tokens that are neither white space nor punctuation."""
    if not len(doc):
        return 0
    return int(len(doc) - numpy.logical_or(*doc.to_array([IS_SPACE, IS_PUNCT]).T).sum())


def build_brief(
    doc: Doc,
    clean: CleanText,
    original: str,
    *,
    lang: str,
    model: str,
    name: str = "<text>",
    title: str | None = None,
    sentences: int = DEFAULT_SENTENCES,
    meta: dict | None = None,
    traces: Traces | None = None,
) -> Brief:
    ctx = Context(doc=doc, clean=clean, original=original, lex=lexicon.load(lang), title=title)
    if traces is not None:
        ctx.traces = traces
        traces.text = clean.text
    found_actors = actors.extract(ctx)  # first: quotes, projects and figures use its entities
    found_quotes = quotes.extract(ctx)  # before projects and figures: it sets quoted names apart
    source = Source(
        name=name,
        language=lang,
        model=model,
        chars=len(original),
        words=word_count(doc),
        sentences=len(ctx.sentences),
        sha256=hashlib.sha256(original.encode("utf-8", "surrogatepass")).hexdigest(),
        extra=dict(meta or {}),
    )
    return Brief(
        source=source,
        title=title,
        summary=summary.extract(ctx, sentences),
        actors=found_actors,
        sectors=sectors.extract(ctx),
        projects=projects.extract(ctx),
        quotes=found_quotes,
        figures=figures.extract(ctx),
    )
