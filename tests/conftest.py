from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
USER_ARTICLE = SAMPLES / "putin-beijing-22-accords.fr.txt"


def pytest_addoption(parser):
    parser.addoption("--runslow", action="store_true", default=False, help="run slow tests (whole dev set, wheel build)")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--runslow"):
        return
    skip = pytest.mark.skip(reason="slow: needs --runslow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def user_text() -> str:
    return USER_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def user_gold() -> dict:
    return json.loads((SAMPLES / "putin-beijing-22-accords.fr.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def user_brief(user_text):
    from briefcli import brief

    return brief(user_text, name=str(USER_ARTICLE)).to_dict()


@pytest.fixture(scope="session")
def validator():
    import jsonschema

    from briefcli.schema import BRIEF

    return jsonschema.Draft202012Validator(BRIEF)


def check_offsets(record: dict, text: str) -> None:
    """Every item that points into the text points at what it says."""
    for s in record["summary"]:
        assert text[s["start"]:s["end"]] == s["text"]
    for q in record["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]
    for f in record["figures"]:
        assert text[f["start"]:f["end"]] == f["value"]
    for p in record["projects"]:
        assert 0 <= p["start"] <= p["end"] <= len(text)


@pytest.fixture
def no_proxy(monkeypatch):
    """Local test servers are reached directly, whatever proxy the environment sets."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


def parsed_context(text: str, lang: str, title: str | None = None):
    """The context the extractors get for a hand-built text (parsed with the language's pipeline), for
    tests of one stage's functions."""
    from briefcli import api, cleaning, lexicon, pipeline
    from briefcli.extract.context import Context

    lang, model = api.resolve(text, lang, None)
    clean = cleaning.clean(text, markdown=False, openers=lexicon.load(lang).openers)
    return Context(doc=pipeline.load(model)(clean.text), clean=clean, original=text, lex=lexicon.load(lang), title=title)
