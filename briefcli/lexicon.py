"""Language data from models/<lang>/: gazetteer, demonyms, roles, speech verbs, sector
lexicons, project cues. Plain TSV/text files, loaded once per language and cached.

In a checkout the data sits in ``models/`` beside the package; in an installed wheel it is
shipped as ``briefcli/models`` (pyproject.toml force-includes it).
"""
from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .errors import LanguageNotSupported


def models_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "models", here.parent / "models"):
        if candidate.is_dir():
            return candidate
    raise LanguageNotSupported("briefcli's language data (models/) is missing from this installation")


# Both keys are pure functions of a string and the extractors ask for the same words thousands of
# times per article: a bounded memo makes them a dictionary lookup.
@lru_cache(maxsize=1 << 16)
def lower(text: str) -> str:
    """Case-insensitive key that keeps accents ('maïs' and 'mais' stay apart)."""
    return unicodedata.normalize("NFC", text.casefold()).replace("’", "'").strip()


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case- and accent-insensitive key: 'États-Unis' → 'etats-unis'."""
    if text.isascii():
        return text.lower().strip()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'").strip()


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    kind: str
    aliases: tuple[str, ...]
    country: str | None


@dataclass
class Lexicon:
    lang: str
    gazetteer: dict[str, GazetteerEntry] = field(default_factory=dict)  # folded form → entry
    gazetteer_forms: dict[str, set[str]] = field(default_factory=dict)  # folded form → forms as written
    demonyms: dict[str, str] = field(default_factory=dict)  # folded adjective → country name
    roles: dict[str, str] = field(default_factory=dict)  # folded title → category
    role_functions: dict[str, str] = field(default_factory=dict)  # folded title → the function it names (same)
    speech_verbs: set[str] = field(default_factory=set)  # lemmas
    incise_verbs: set[str] = field(default_factory=set)  # lemmas that report speech only in an incise
    clause_verbs: set[str] = field(default_factory=set)  # speech verbs whose noun object is a thing (kind clause)
    document_verbs: set[str] = field(default_factory=set)  # verbs that report words only a document says (kind document)
    source_cues: set[str] = field(default_factory=set)  # "selon", "d'après"…
    source_as: dict[str, str] = field(default_factory=dict)  # a source cue → the verb reported for it ("d'après" → "selon")
    project_frames: dict[str, frozenset[str]] = field(default_factory=dict)  # project kind → frames, project_kinds.tsv
    numbers: dict[str, tuple[float, str]] = field(default_factory=dict)  # number word → (value, kind), numbers.tsv
    speech_nouns: set[str] = field(default_factory=set)
    sector_terms: dict[str, list[tuple[str, float]]] = field(default_factory=dict)  # lower() term → [(sector, weight)]
    sector_info: dict[str, dict[str, str]] = field(default_factory=dict)  # id → label, iptc
    project_cues: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # folded cue → (kind, sector)
    project_cue_forms: dict[str, str] = field(default_factory=dict)  # folded cue → the cue as written, with its accents
    project_cue_prefixes: set[str] = field(default_factory=set)  # every leading part of a folded cue
    sector_term_prefixes: set[str] = field(default_factory=set)  # the first token of every multiword term
    gazetteer_prefixes: set[str] = field(default_factory=set)  # every leading part of a folded form
    source_cue_prefixes: set[str] = field(default_factory=set)
    stop_entities: set[str] = field(default_factory=set)
    words: dict[str, set[str]] = field(default_factory=dict)  # small closed word lists (words.tsv)
    morphology: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)  # rule → (ending, replacement)…, morphology.tsv
    openers: tuple[str, ...] = ()  # capitalised sentence openers, to unglue "VéranEn" (cleaning)

    max_role_words: int = 1  # longest title, in words (set by load)
    max_cue_words: int = 3  # longest project cue, in words (set by load)

    def function_of(self, title: str) -> str | None:
        """The function a title names, from roles.tsv's `same` column ("président turc", "chef de
        l'Etat" → head_of_state): the whole title, or its first word with at most a qualifier."""
        key = fold(title)
        if key in self.role_functions:
            return self.role_functions[key]
        words = key.split()
        return self.role_functions.get(words[0]) if words and len(words) <= 2 else None

    def base_forms(self, form: str):
        """The base forms a conjugated form may have by its ending (morphology.tsv speech_verb_form):
        'rappelle' → 'rappeler', …; for a lemmatizer that left the form as it is."""
        for ending, base in self.morphology.get("speech_verb_form", ()):
            if form.endswith(ending):
                yield form[: len(form) - len(ending)] + base

    def title_gender(self, word: str, known) -> str | None:
        """The sex a title word is of by its form (morphology.tsv feminine_title: a feminine ending and the
        masculine one it replaces): "Fem" when the word has a feminine ending and its masculine form is a title
        too (`known`, folded: "élue"/"élu", "animatrice"/"animateur", "spokeswoman"/"spokesman"); None when the
        form does not tell ("ministre", "juge"; nor a masculine form: "the mayor" may be a woman)."""
        key = fold(word)
        rules = [(fold(ending), fold(masculine)) for ending, masculine in self.morphology.get("feminine_title", ())]
        for ending, masculine in rules:
            if key.endswith(ending) and key[: len(key) - len(ending)] + masculine in known:
                return "Fem"
        return None

    def has_ending(self, rule: str, form: str) -> bool:
        """Does the form end with one of the endings of a morphology.tsv rule?"""
        return any(form.endswith(ending) for ending, _r in self.morphology.get(rule, ()))


def _rows(path: Path):
    """Rows of a TSV with a header line; '#' lines and blank lines are skipped."""
    if not path.exists():
        return
    with path.open(encoding="utf-8") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header is None:
            return
        for row in reader:
            row = [c.strip() for c in row] + [""] * (len(header) - len(row))
            yield dict(zip(header, row))


def _lines(path: Path):
    if not path.exists():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.strip()


def available_languages() -> list[str]:
    return sorted(p.name for p in models_dir().iterdir() if p.is_dir() and (p / "gazetteer.tsv").exists())


def _prefixes(keys) -> set[str]:
    """Every leading part of every key: a word that is none of them cannot start a match."""
    return {key[:n] for key in keys for n in range(1, len(key) + 1)}


def _first_token(term: str) -> str:
    """'énergie nucléaire' → 'énergie'; "l'énergie solaire" → "l'" (the tokenizer splits the elision)."""
    first = term.split(" ", 1)[0]
    return first[:first.index("'") + 1] if "'" in first[:-1] else first


@lru_cache(maxsize=None)
def load(lang: str) -> Lexicon:
    root = models_dir()
    base = root / lang
    if not (base / "gazetteer.tsv").exists():
        known = ", ".join(available_languages()) or "none"
        raise LanguageNotSupported(f"no language data for '{lang}' in briefcli (available: {known})")
    lex = Lexicon(lang=lang)
    for row in _rows(base / "gazetteer.tsv"):
        aliases = tuple(a.strip() for a in row.get("aliases", "").split("|") if a.strip())
        entry = GazetteerEntry(row["name"], row["kind"], aliases, row.get("country") or None)
        for form in (entry.name, *aliases):
            lex.gazetteer.setdefault(fold(form), entry)
            lex.gazetteer_forms.setdefault(fold(form), set()).add(form.replace("’", "'"))
    for row in _rows(base / "demonyms.tsv"):
        lex.demonyms[fold(row["form"])] = row["country"]
    for row in _rows(base / "roles.tsv"):
        lex.roles[fold(row["title"])] = row.get("category") or "other"
        if row.get("same"):
            lex.role_functions[fold(row["title"])] = row["same"]
    for row in _rows(base / "speech_verbs.tsv"):
        lemma, kind = fold(row["lemma"]), row.get("kind") or "speech"
        {"speech": lex.speech_verbs, "incise": lex.incise_verbs, "source": lex.source_cues, "noun": lex.speech_nouns,
         "document": lex.document_verbs}.get(
            kind, lex.speech_verbs
        ).add(lemma)
        if kind == "source" and row.get("as"):
            lex.source_as[lemma] = row["as"]
        if kind == "clause":  # a speech verb still, whose noun object is a thing ("lancer les « app clips »")
            lex.clause_verbs.add(lemma)
    for row in _rows(base / "sectors.tsv"):
        try:
            weight = float(row.get("weight") or 1)
        except ValueError:
            weight = 1.0
        lex.sector_terms.setdefault(lower(row["term"]), []).append((row["sector"], weight))
    for row in _rows(root / "sectors.tsv"):
        lex.sector_info[row["id"]] = row
    for row in _rows(base / "project_cues.tsv"):
        lex.project_cues[fold(row["cue"])] = (row.get("kind") or row["cue"], row.get("sector") or None)
        lex.project_cue_forms[fold(row["cue"])] = row["cue"]
    lex.project_cue_prefixes = _prefixes(lex.project_cues)
    lex.max_cue_words = max((len(c.split()) + c.count("'") + 2 * c.count("-") for c in lex.project_cues), default=1)
    # in tokens: "l'" and "d'" split from their noun, a hyphen from the words it joins ("accord de libre-échange")
    lex.sector_term_prefixes = {_first_token(term) for term in lex.sector_terms if " " in term}
    lex.gazetteer_prefixes = _prefixes(lex.gazetteer)
    lex.source_cue_prefixes = _prefixes(lex.source_cues)
    lex.max_role_words = max((len(r.split()) for r in lex.roles), default=1) + 1  # "l'" splits
    lex.stop_entities = {fold(w) for w in _lines(base / "stop_entities.txt")}
    openers = []
    for row in _rows(base / "words.tsv"):
        lex.words.setdefault(row["list"], set()).add(fold(row["word"]))
        if row["list"] == "sentence_opener":
            openers.append(row["word"][:1].upper() + row["word"][1:])
    lex.openers = tuple(openers)
    lex.words["first_name"] = {fold(name) for name in _lines(base / "first_names.txt")}
    for row in _rows(base / "project_kinds.tsv"):
        lex.project_frames[row["kind"]] = frozenset(f.strip() for f in row["frames"].split(",") if f.strip())
    endings: dict[str, list[tuple[str, str]]] = {}
    for row in _rows(base / "morphology.tsv"):
        endings.setdefault(row["rule"], []).append((row["ending"], row.get("replacement") or ""))
    lex.morphology = {rule: tuple(pairs) for rule, pairs in endings.items()}
    for row in _rows(base / "numbers.tsv"):
        lex.numbers[fold(row["word"])] = (float(row["value"]), row["kind"])
    return lex
