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
    assert _figures("Un million de personnes et un tiers des votants.", "fr") == [("Un million", 1e6), ("un tiers", 0.333)]
    assert _figures("It was a third attempt by one million people.", "en") == [("one million", 1e6)]


def _values(text: str, lang: str) -> list[str]:
    return [f.value for f in brief(text, lang=lang).figures]


def test_a_number_word_joined_by_hyphens_is_one_value_without_its_article():
    assert _values("He was given a three-year-long sentence after a one-in-five chance.", "en") == [
        "three-year-long", "one-in-five"]


def test_a_year_after_a_possessive_is_a_date():
    assert _values("It was a successful defence of his 2017 title, before 3,000 people.", "en") == ["3,000"]


def test_a_count_of_several_never_goes_with_a_singular_noun():
    # the number belongs to a name: "a Falcon 9 rocket"
    assert _values("The capsule was launched on a Falcon 9 rocket with 4 astronauts.", "en") == ["4"]


def test_the_same_count_named_again_with_a_definite_article_is_not_a_new_figure():
    assert _values("Iran issued arrest warrants for 36 people. The 36 must face murder charges.", "en") == ["36"]


@pytest.mark.parametrize("lang, text, value", [
    ("en", "Kipchoge ran the distance in 1 hour 59 minutes 40.2 seconds on Saturday.", "1 hour 59 minutes 40.2 seconds"),
    ("fr", "Il a couru le marathon en 2 heures 1 minute 39 secondes samedi.", "2 heures 1 minute 39 secondes"),
])
def test_a_duration_told_in_parts_is_one_figure(lang, text, value):
    assert _values(text, lang) == [value]
    # another fact than a whole number of the same unit told before
    assert _values("The record took two hours. " + text, lang)[-1] == value


def test_the_same_value_counting_the_same_thing_again_is_one_figure():
    assert _values("La cathédrale fête ses 900 ans. Depuis 900 ans, 12 évêques s'y sont succédé.", "fr") == ["900", "12"]


def test_a_hyphen_compound_takes_the_scale_word_after_it():
    assert _values("The war has displaced three-and-a-half million people.", "en") == ["three-and-a-half million"]


def test_a_number_inside_a_name_or_glued_to_a_code_is_no_figure():
    assert _values("He served in World War Two, when 300 men died.", "en") == ["300"]
    assert "9" not in _values("The time zone is UTC+9 and 300 men died there.", "en")


def test_a_number_right_after_a_capitalised_word_is_part_of_the_name():
    # "Route 2", "the Lost 52 Project": a count follows a determiner, a verb or a preposition, not a name;
    # the same name again, even opening a sentence, is the name; a plural noun after it is counted
    assert _values("The crash happened on U.S. Route 2 in Randolph, where 4 people died.", "en") == ["4"]
    assert _values("The Lost 52 Project found a submarine. Lost 52 sailed with 12 divers.", "en") == ["12"]
    assert _values("The storm placed Humberto 785 miles west of Bermuda.", "en") == ["785"]


def test_a_fraction_before_the_partitive_preposition_is_a_share():
    # "half of", "un quart de": a share; not a part in a sequence (an adjective before it), nor a share whose
    # exact figure follows in parentheses
    assert _values("Half of all people lack water, and the first half of the year was dry.", "en") == ["Half"]
    assert _values("Ryanair veut supprimer un quart de ses effectifs.", "fr") == ["un quart"]
    assert _values("Pour plus de la moitié des sondés (54%), se soigner est difficile.", "fr") == ["54%"]


def test_the_numbers_of_an_enumeration_are_markers():
    # footnotes under a table: "1. … 2. … 3. …" are items, not counts; a lone number ending a sentence is a count
    text = "The Liberals won 157 seats.  1. Unofficial results 2. Relative to seats at dissolution 3. At dissolution."
    assert _values(text, "en") == ["157"]
    assert _values("The Liberals won 157 seats and the Greens won 3. Then came the count.", "en") == ["157", "3"]


def test_a_measure_that_qualifies_a_noun_is_a_figure():
    # a number joined by a hyphen to a lowercase unit, or before a singular unit, measures the noun after it
    assert _values("A nearly 24-hour search by the 55-member team ended.", "en") == ["24", "55"]
    assert _values("The judge gave him a 47 month prison term.", "en") == ["47"]
    assert _values("The team scored in the 2-1 win.", "en") == []


def test_a_number_after_a_label_noun_names_an_item_of_a_series():
    assert _values("Category 1 hurricanes hit 3 islands, against resolution 2259.", "en") == ["3"]
    assert _values("Ils se sont rencontrés pendant la saison 3 de l'émission, avec 12 candidats.", "fr") == ["12"]


def test_a_whole_number_in_parentheses_after_a_name_is_its_code():
    text = "L'alerte touche 12 départements : l'Eure (27), le Val-d'Oise (95) et le Japon (30,56)."
    assert _values(text, "fr") == ["12", "30,56"]


def test_a_clock_with_seconds_is_a_time_taken_unless_it_tells_the_time_of_day():
    assert _values("Cherono posted a time of 2:05:45, ahead of Debela, 2:05:46.", "en") == ["2:05:45", "2:05:46"]
    assert _values("The launch came at 13:30:00 before 300 guests.", "en") == ["300"]


@pytest.mark.parametrize("lang, text, kept", [
    ("fr", "La vague de chaleur, du 18 au 28 juin, a fait 12 morts. Les bouchons vont de 16 à 20 heures.", ["12"]),
    ("fr", "Les deux visites ont eu lieu entre le 7 et le 9 janvier, devant 300 personnes.", ["300"]),
    ("en", "The talks ran from 4 to 8 September and drew 300 delegates.", ["300"]),
])
def test_the_first_number_of_a_span_of_dates_or_hours_is_a_date(lang, text, kept):
    assert [v for v, _ in _figures(text, lang) if v[:1].isdigit()] == kept


def test_a_span_of_hours_beyond_a_day_is_a_duration():
    assert "48" in {v for v, _ in _figures("Il est tombé deux mois de pluie en 24 à 48 heures.", "fr")}


@pytest.mark.parametrize("lang, text, values", [
    ("fr", "Les cinq communes concernées sont au nord du département.", ["cinq"]),
    ("fr", "Trois hommes ont été arrêtés. Les trois hommes ont été jugés.", ["Trois"]),
    ("fr", "La France et l'Allemagne discutent. La circulation entre les deux pays est faible.", []),
    ("en", "It was one of the five demands of the protesters.", ["five"]),
    ("en", "Three men were held on Monday. The three men were charged.", ["Three"]),
])
def test_a_definite_count_is_new_unless_told_before_or_taken_from_the_ones_named(lang, text, values):
    assert [v for v, _ in _figures(text, lang)] == values


def test_a_decade_is_a_date_not_a_count():
    assert [v for v, _ in _figures("Il a grandi dans le sud des années 60 et a vendu 300 disques.", "fr")] == ["300"]


def test_the_word_for_one_coordinated_with_counts_is_a_count():
    text = "The dead are five soldiers and one member of the Coast Guard. One day he left."
    assert [v for v, _ in _figures(text, "en")] == ["five", "one"]


def test_an_hour_told_with_its_part_of_the_day_is_a_time():
    text = "Vers minuit puis quatre heures du matin, ils ont marché pendant cinq heures."
    assert [v for v, _ in _figures(text, "fr")] == ["cinq"]
