"""Texts of any length: parsed in pieces at paragraph boundaries, briefed as one text."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from briefcli import pipeline
from briefcli.pipeline import pieces

from .conftest import USER_ARTICLE, check_offsets


def test_pieces_join_into_the_text_and_end_at_paragraphs():
    text = "\n\n".join(f"Paragraphe {i}. " + "mot " * (i % 17) for i in range(400))
    parts = pieces(text, 500)
    assert "".join(parts) == text
    assert all(len(p) <= 500 for p in parts)
    assert all(p.endswith("\n\n") for p in parts[:-1])
    for text, size in (("a" * 1000, 64), ("ab. " * 300, 50), ("x\n\n\n\ny " * 100, 33)):
        parts = pieces(text, size)
        assert "".join(parts) == text and all(len(p) <= size for p in parts)


def test_a_long_text_is_briefed_as_one_text(monkeypatch, user_text, validator):
    """The sample three times over, cut into pieces of 1,000 characters: one actor list for the
    whole text (Vladimir Poutine once, with the mentions of every piece), offsets into the text."""
    from briefcli import brief

    short = brief(user_text).to_dict()
    text = "\n\n".join([user_text.strip()] * 3)
    seen = []
    monkeypatch.setattr(pipeline, "LONG_TEXT", 2_000)
    monkeypatch.setattr(pipeline, "PIECE", 1_000)
    monkeypatch.setattr(pipeline.pieces, "__defaults__", (1_000,))
    from briefcli.api import brief_article
    from briefcli.inputs import article_from_text

    record = brief_article(article_from_text(text, "long"), progress=lambda done, total: seen.append((done, total))).to_dict()
    validator.validate(record)
    check_offsets(record, text)
    assert len(seen) >= len(text) // 1_000 and seen[-1] == (len(text), len(text))
    putin = [a for a in record["actors"] if a["name"] == "Vladimir Poutine"]
    assert len(putin) == 1
    short_putin = next(a for a in short["actors"] if a["name"] == "Vladimir Poutine")
    assert putin[0]["mentions"] >= 2 * short_putin["mentions"]
    assert len(record["quotes"]) >= 2 * len(short["quotes"])


@pytest.mark.slow
def test_more_than_a_million_characters(tmp_path):
    """Above spaCy's max_length (1,000,000): exit 0 and a full brief."""
    text = "\n\n".join([USER_ARTICLE.read_text(encoding="utf-8").strip()] * 200)
    assert len(text) > 1_000_000
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "briefcli", "brief", "--no-worker", "--format", "json", str(path)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    record = json.loads(done.stdout)
    check_offsets(record, text)
    assert record["source"]["chars"] == len(text) and record["actors"] and record["quotes"] and record["summary"]
