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


def test_a_common_noun_of_its_class_gives_a_name_its_kind():
    """The noun a name modifies ("the Tsuen Wan district"), the noun before it ("the Florida company Ridgeback
    Biotherapeutics"), its apposition ("Loki Torrent, a site…") or its own last word ("Karl Marx Avenue")."""
    text = ("The shooting took place in the Tsuen Wan district on Monday. The drug is now made by the Florida company "
            "Ridgeback Biotherapeutics. Loki Torrent, a site that tracks links, was sued by the studio. Both "
            "explosions took place on Karl Marx Avenue in the city.")
    actors = _actors(text, "en")
    assert actors["Tsuen Wan"].kind == "place" and actors["Karl Marx Avenue"].kind == "place"
    assert actors["Ridgeback Biotherapeutics"].kind == "organization" and actors["Loki Torrent"].kind == "organization"


def test_names_coordinated_with_a_classed_name_share_its_kind():
    """"the villages of Kalisa, Mubenga, Lanuza and Mangina": the class noun before the list types every name."""
    actors = _actors("Aid reached the villages of Kalisa, Mubenga, Lanuza and Mangina on Tuesday.", "en")
    assert all(actors[n].kind == "place" for n in ("Kalisa", "Mubenga", "Lanuza", "Mangina"))
    actors = _actors("Data came from patients in the towns of Beni, Butembo, Mangina, and Katwa in the Congo.", "en")
    assert actors["Katwa"].kind == "place"


def test_a_country_named_only_as_the_modifier_of_a_noun_is_a_nationality():
    """"U.S. dollars", "a U.S. national": the country stands for a nationality (no actor), unless the text
    names it elsewhere, or the noun is an organisation's ("the U.S. embassy")."""
    actors = _actors("Many transactions in Africa occur using U.S. dollars or euros, the African Union said.", "en")
    assert "U.S." not in actors and "United States" not in actors
    actors = _actors("Prices are given in U.S. dollars. The United States sanctioned the bank on Friday.", "en")
    assert "United States" in actors


def test_a_french_class_noun_gives_a_name_its_kind_but_not_through_a_title():
    """"l'association Anticor", "la ville croate de Dubrovnik" (the class noun before the adjectives that follow
    it); "le maire de la ville Yvon Robert": the class noun completes a title, the name is the title holder's."""
    text = ("L'association Anticor a porté plainte mardi. Les habitants de la ville croate de Dubrovnik s'inquiètent. "
            "Il a été accueilli par le maire de la ville Yvon Robert avec lequel il s'est entretenu.")
    actors = _actors(text, "fr")
    assert actors["Anticor"].kind == "organization"
    assert actors["Dubrovnik"].kind == "place"
    assert actors["Yvon Robert"].kind == "person" and any("maire" in r for r in actors["Yvon Robert"].roles)
