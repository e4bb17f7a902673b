"""Roles from structure, the occupation lexicon and the coreference of bare definite titles
(hand-built texts, French and English), each test failing when its mechanism is removed."""
from __future__ import annotations

from briefcli import brief


def _roles(text: str, lang: str | None = None) -> dict[str, list[str]]:
    return {a.name: a.roles for a in brief(text, lang=lang).actors if a.kind == "person"}


def test_an_apposition_is_closed_and_no_item_of_a_list():
    roles = _roles("Il était aux côtés du ministre Jean Dupont, le Premier ministre a dénoncé samedi une grève sauvage.")
    assert "Premier ministre" not in roles["Jean Dupont"]
    roles = _roles("Sa mort laisse son cousin Paul Martin, sa femme, ses deux enfants et ses fans dans la peine.")
    assert roles["Paul Martin"] == ["cousin"]
    roles = _roles("According to a post by Amy Cook, director of the event, the mammal was seen on Tuesday and Monday.")
    assert roles["Amy Cook"] == ["director of the event"]
