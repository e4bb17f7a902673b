"""Every word list the code asks for exists in every language's models/<lang>/ data."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefcli import lexicon

PACKAGE = Path(lexicon.__file__).parent
_ASKED = re.compile(r"""(?:is_word_or_lemma|is_word|ctx_word|_word)\((?:ctx,\s*)?["']([a-z_]+)["']|words\.get\(["']([a-z_]+)["']|words\[["']([a-z_]+)["']\]""")


# lists whose absence is itself the language's answer, read with a fallback by the code
NOT_EVERY_LANGUAGE = {"single_office",  # a roles.tsv `same` function with one holder: the English roles.tsv lists none
                      "name_inner_word",  # "of", "de" inside names capitalised word by word: English only
                      "possessive_clitic",  # "Tesco's": English only
                      "unwritten_determiner",  # "his legal team" said by "legal team": English gold usage; French keeps "son avocat"
                      "postnominal",  # "Durham Hall QC": letters after a name, English usage
                      "euphonic", "reflexive_pronoun",  # "a-t-il", "s'exprimer": French only
                      "place_class_head",  # "Karl Marx Avenue": a name ending on its class noun, English usage
                      "possessor_link", "possessor_link_elided",  # "entourage de X": French; English says "X's"
                      "article_contraction", "contracted_article",  # "du Point" = de + Le Point: French
                      "place_institution",  # "tribunal administratif de Lyon": French names a body by a lower-case
                      # noun and its place; English capitalises it ("Lyon Administrative Court") and the NER finds it
                      "name_link", "name_article",  # "Committee to Protect Journalists": English names capitalised word by word
                      "role_as_bare",  # "comme les autres juges" compares; English "as the company's CEO" is a title
                      "latest_female", "latest_male",  # "cette dernière" tells a sex; English "the latter" does not
                      "honour_title",  # "Grammy winner Adele": English puts the prize before the title; French after
                      "campus_head", "campus_link",  # "University of Texas at Austin": English campus names
                      "family_plural",  # "the Turpins": English names a family by its surname's plural; French does not
                      "route_from", "route_to",  # "from Omsk to Berlin": French "de … à" is too common a pair to list
                      "count_one"}  # English "one" is the numeral, not the article; French "un" is both


def _lists_asked() -> set[str]:
    asked = set()
    for path in PACKAGE.rglob("*.py"):
        for m in _ASKED.finditer(path.read_text(encoding="utf-8")):
            asked.add(next(g for g in m.groups() if g))
    return asked


def test_the_code_asks_for_word_lists():
    assert {"complementizer", "number_word", "currency_prefix", "clock_unit", "pronoun_singular"} <= _lists_asked()


@pytest.mark.parametrize("lang", lexicon.available_languages())
def test_every_list_the_code_asks_for_exists(lang):
    words = lexicon.load(lang).words
    missing = sorted(name for name in _lists_asked() - NOT_EVERY_LANGUAGE if not words.get(name))
    assert missing == [], f"models/{lang}/words.tsv lacks {missing}"


@pytest.mark.parametrize("lang", lexicon.available_languages())
def test_every_language_has_the_same_data_files(lang):
    files = {p.name for p in (lexicon.models_dir() / "fr").iterdir() if p.suffix in (".tsv", ".txt", ".json")}
    assert files <= {p.name for p in (lexicon.models_dir() / lang).iterdir()}


@pytest.mark.parametrize("lang, form, verb", [("fr", "rappelle", "rappeler"), ("fr", "réagi", "réagir"),
                                              ("en", "insisted", "insist"), ("en", "denies", "deny")])
def test_a_speech_verb_form_the_lemmatizer_missed_is_found_by_its_ending(lang, form, verb):
    """morphology.tsv speech_verb_form: the lemma left as the form itself still leads to the verb."""
    from types import SimpleNamespace

    import spacy
    from spacy.tokens import Doc

    from briefcli.extract.speech import _speech_lemma

    lex = lexicon.load(lang)
    assert lexicon.fold(verb) in lex.speech_verbs
    doc = Doc(spacy.blank(lang).vocab, words=[form])
    doc[0].lemma_ = form  # what a lemmatizer that does not know the form gives
    assert _speech_lemma(SimpleNamespace(lex=lex), doc[0]) == verb


@pytest.mark.parametrize("lang", lexicon.available_languages())
def test_morphology_rules_keep_their_order(lang):
    rules = lexicon.load(lang).morphology
    assert rules["speech_verb_form"] and rules["past_participle"]
    endings = [e for e, _r in rules["speech_verb_form"]]
    assert len(endings) > 3 and endings == [row.split("\t")[1] for row in (lexicon.models_dir() / lang / "morphology.tsv")
                                            .read_text(encoding="utf-8").splitlines() if row.startswith("speech_verb_form\t")]
