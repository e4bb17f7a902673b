"""Figures: spelled-out numbers, currencies, and what is not a figure (times, dates, anaphoric counts)."""
from __future__ import annotations

import pytest

from briefcli import brief
from briefcli.extract.figures import parse_number


def _figures(text: str, lang: str) -> list[tuple[str, float | None]]:
    return [(f.value, f.number) for f in brief(text, lang=lang).figures]


@pytest.mark.parametrize("value, lang, number", [
    ("vingt-deux", "fr", 22.0), ("deux cent mille", "fr", 200000.0), ("une cinquantaine", "fr", 50.0),
    ("un million", "fr", 1e6), ("2,5 milliards", "fr", 2.5e9), ("39,6 %", "fr", 39.6),
    ("Sixty-six", "en", 66.0), ("two dozen", "en", 24.0), ("four thousand", "en", 4000.0),
    ("US$400 million", "en", 4e8), ("2,600", "en", 2600.0), ("one million rubles", "en", 1e6),
])
def test_parse_number_digits_and_words(value, lang, number):
    assert parse_number(value, "," if lang == "fr" else ".", lang) == pytest.approx(number)


def test_spelled_out_numbers_are_figures():
    assert _figures("Treize personnes ont été blessées et une cinquantaine évacuées.", "fr") == [
        ("Treize", 13.0), ("une cinquantaine", 50.0)]
    assert _figures("Sixty-six workers lost their jobs and two dozen were hurt.", "en") == [
        ("Sixty-six", 66.0), ("two dozen", 24.0)]


def test_times_of_day_are_not_figures():
    assert _figures("L'explosion a eu lieu à 18h30 et a fait 12 blessés.", "fr") == [("12", 12.0)]
    assert _figures("The blast happened at 6:36 p.m. and injured 12 people.", "en") == [("12", 12.0)]


def test_a_currency_sign_belongs_to_the_figure():
    assert _figures("The company paid US$400 million in fines.", "en") == [("US$400 million", 4e8)]


def test_definite_counts_refer_back_and_bare_round_plurals_are_vague():
    assert _figures("La Russie et la Chine ont signé. Les deux pays coopèrent.", "fr") == []
    assert _figures("Des dizaines de manifestants et une dizaine de policiers.", "fr") == [("une dizaine", 10.0)]
    assert _figures("One of them said dozens of people came.", "en") == []


def test_currency_codes_glued_to_digits():
    assert _figures("The deal was worth SEK9 million.", "en") == [("SEK9 million", 9e6)]


def test_leading_zero_and_years_as_event_modifiers_are_not_counts():
    assert _figures("Troops moved at 0900 before the 2015 election, and 2000 people fled.", "en") == [("2000", 2000.0)]


def test_a_clock_unit_is_a_time_after_a_clock_preposition_and_a_duration_otherwise():
    assert _figures("Le train est parti à 4 heures.", "fr") == []
    assert _figures("Le train a roulé pendant 4 heures.", "fr") == [("4", 4.0)]
    assert _figures("Un million de personnes et un tiers des votants.", "fr") == [("Un million", 1e6)]
