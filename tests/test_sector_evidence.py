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


def _framed(text: str, lang: str) -> set[str]:
    from briefcli.extract.sectors import sector_evidence
    lang, model = api.resolve(text, lang, None)
    clean = cleaning.clean(text, markdown=False, openers=lexicon.load(lang).openers)
    ctx = Context(doc=pipeline.load(model)(clean.text), clean=clean, original=text, lex=lexicon.load(lang), title=None)
    return sector_evidence(ctx).framed


def test_a_frame_noun_frames_the_sectors_after_it():
    assert "health" in _framed("Les secteurs de la santé et des médias sont touchés.", "fr")


def test_a_proper_name_is_no_frame():
    assert _framed("The video showed the collision between Fields' car and the crowd.", "en") == set()


def test_a_frame_noun_without_complement_frames_nothing():
    assert "agriculture" not in _framed("La ministre instaure les 60 heures dans certains secteurs, celui de "
                                        "l'agriculture exhorte les chômeurs à travailler.", "fr")


def test_a_title_is_no_specific_evidence():
    from briefcli.extract.sectors import sector_evidence
    text = ("Le Premier ministre a critiqué la grève surprise. Le chef du gouvernement a demandé des sanctions "
            "contre les cheminots.")
    clean = cleaning.clean(text, markdown=False, openers=lexicon.load("fr").openers)
    ctx = Context(doc=pipeline.load(api.resolve(text, "fr", None)[1])(clean.text), clean=clean, original=text,
                  lex=lexicon.load("fr"), title=None)
    found = sector_evidence(ctx)
    assert found.totals.get("politics") and not found.strong.get("politics")


def test_a_term_of_two_sectors_counts_fully_for_the_one_the_article_is_about():
    from briefcli.extract.sectors import sector_evidence
    text = ("Le suspect a été mis en examen pour meurtre par le juge d'instruction. La victime avait porté "
            "plainte contre lui. Les policiers poursuivent l'enquête.")
    clean = cleaning.clean(text, markdown=False, openers=lexicon.load("fr").openers)
    ctx = Context(doc=pipeline.load(api.resolve(text, "fr", None)[1])(clean.text), clean=clean, original=text,
                  lex=lexicon.load("fr"), title=None)
    evidence = sector_evidence(ctx).evidence
    assert evidence["disaster"]["victime"] < 2  # its weight for disaster (models/fr/sectors.tsv), halved
