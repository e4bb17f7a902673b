"""Sector evidence: a word in a function word's role counts for nothing."""
from __future__ import annotations

from briefcli import api, cleaning, lexicon, pipeline
from briefcli.extract.context import Context
from briefcli.extract.sectors import term_hits


def _terms(text: str, lang: str = "en") -> set[str]:
    lang, model = api.resolve(text, lang, None)
    clean = cleaning.clean(text, markdown=False, openers=lexicon.load(lang).openers)
    ctx = Context(doc=pipeline.load(model)(clean.text), clean=clean, original=text, lex=lexicon.load(lang), title=None)
    return {term for _sector, term, _weight, _i in term_hits(ctx, ctx.doc)}


def test_according_to_is_no_accord():
    assert "accord" not in _terms("According to local reports, the police arrested the man.")


def test_an_accord_still_counts():
    assert "accord" in _terms("The two countries signed an accord on Monday.")
