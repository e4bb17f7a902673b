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


def test_the_plural_of_a_named_persons_surname_is_a_family_no_actor():
    """"the Turpins" beside "David Turpin", "the Bidens" beside "Joe Biden": the family, a group; a surname that ends
    so of itself ("Perkins") stays the person's."""
    names = {a.name for a in brief("David Turpin and Louise Turpin were jailed; the Turpins had kept their children "
                                   "indoors. Joe Biden denied any deal about the Bidens. Ross Perkins spoke, and "
                                   "Perkins left.", lang="en").actors}
    assert {"David Turpin", "Louise Turpin", "Joe Biden", "Ross Perkins"} <= names
    assert not {"Turpins", "Bidens"} & names
