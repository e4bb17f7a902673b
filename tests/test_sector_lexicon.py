"""Sector lexicons: the general vocabulary of each field (models/<lang>/sectors.tsv), weighed by how specific it is."""
from __future__ import annotations

from briefcli.extract.sectors import term_hits

from .conftest import parsed_context


def _weights(text: str, lang: str) -> dict[tuple[str, str], float]:
    ctx = parsed_context(text, lang)
    return {(sector, term): weight for sector, term, weight, _i in term_hits(ctx, ctx.doc)}


def test_responders_are_weak_disaster_evidence():
    # firefighters and rescuers come to crimes and road accidents as well as to disasters
    fr = _weights("Les pompiers et les secours sont intervenus après l'agression.", "fr")
    assert fr[("disaster", "pompier")] == 1 and fr[("disaster", "secours")] == 1
    en = _weights("Firefighters and first responders arrived after the stabbing.", "en")
    assert en[("disaster", "firefighter")] == 1


def test_local_and_parliamentary_offices_are_politics():
    fr = _weights("La sénatrice et le conseiller municipal préparent les législatives avec leur groupe parlementaire.", "fr")
    assert {("politics", "sénatrice"), ("politics", "conseiller municipal"), ("politics", "législatives"),
            ("politics", "groupe parlementaire")} <= set(fr)


def test_family_housing_and_faith_are_society():
    fr = _weights("Les enfants de cette famille monoparentale vivent en hébergement d'urgence ; le prêtre de la paroisse les aide.", "fr")
    assert {("society", "enfant"), ("society", "monoparental"), ("society", "hébergement d'urgence"),
            ("society", "prêtre"), ("society", "paroisse")} <= set(fr)
