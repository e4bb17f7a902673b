"""Kinds of actors: person, organization, country or place, and what the text says that decides it."""
from __future__ import annotations

from briefcli import brief


def _actors(text: str, lang: str) -> dict[str, object]:
    return {a.name: a for a in brief(text, lang=lang).actors}


def test_the_nations_of_the_united_kingdom_and_former_states_are_countries():
    """England, Scotland, Wales are countries (as the annotation guide has it), and so is the Soviet Union."""
    actors = _actors("Masks are compulsory in England from Monday, while Scotland and Wales wait. The nerve agent "
                     "was developed by the Soviet Union in the 1970s.", "en")
    assert actors["England"].kind == "country" and actors["Scotland"].kind == "country"
    assert actors["Soviet Union"].kind == "country"
