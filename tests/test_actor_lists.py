"""Names of bodies coordinated in a text: each its own actor."""
from __future__ import annotations

from briefcli import brief


def _actors(text: str, lang: str) -> dict[str, object]:
    return {a.name: a for a in brief(text, lang=lang).actors}


def test_a_coordination_after_a_name_its_organisation_word_closes_opens_another_name():
    """"London Ambulance Service and London Fire Brigade", "the Royal Air Force and the US Air Force": the first
    name ends with its organisation word, so "and" coordinates two bodies, not a link inside one name."""
    actors = _actors("London Ambulance Service and London Fire Brigade were the first responders. The base is used "
                     "by both the Royal Air Force and the US Air Force.", "en")
    assert {"London Ambulance Service", "London Fire Brigade", "Royal Air Force", "US Air Force"} <= set(actors)
