"""Scoring briefs against gold files, as brief-spec.md says, and ROUGE of summaries.

Gold files (samples/*.gold.json) hold the parts of a brief without offsets, with
`optional: true` on items that are acceptable but not required: an optional item counts
neither as a miss when absent nor as a false positive when predicted.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .lexicon import fold

QUOTE_OVERLAP = 0.30
QUOTE_OVERLAP_STRICT = 0.80


# --- matching helpers ----------------------------------------------------------------------


def _names(item: dict) -> set[str]:
    return {fold(item["name"])} | {fold(a) for a in item.get("aliases", [])}


def names_match(pred: dict, gold: dict) -> bool:
    """Equal after case folding and accent stripping, or one equals an alias of the other."""
    p, g = fold(pred["name"]), fold(gold["name"])
    return p == g or p in {fold(a) for a in gold.get("aliases", [])} or g in {fold(a) for a in pred.get("aliases", [])}


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


def word_overlap(a: str, b: str) -> float:
    """Shared words (multiset) as a share of the longer text's words."""
    wa, wb = Counter(_words(a)), Counter(_words(b))
    longest = max(sum(wa.values()), sum(wb.values()))
    return sum((wa & wb).values()) / longest if longest else 0.0


def _greedy(preds: list[dict], golds: list[dict], score) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index), best scores first; score 0 means no match."""
    cands = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            s = score(p, g)
            if s > 0:
                cands.append((s, i, j))
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_p, used_g, pairs = set(), set(), []
    for _s, i, j in cands:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def _number(value: str, decimal: str = ",", lang: str | None = None) -> float | None:
    from .extract.figures import parse_number

    return parse_number(value, decimal, lang)


def _roles_match(pred: str, gold: str) -> bool:
    p, g = fold(pred), fold(gold)
    return p == g or re.search(rf"(^|\W){re.escape(g)}($|\W)", p) is not None \
        or re.search(rf"(^|\W){re.escape(p)}($|\W)", g) is not None


# --- counts per part -----------------------------------------------------------------------


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    extra: Counter = field(default_factory=Counter)

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.extra.update(other.extra)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def ratio(self, hit: str, total: str) -> float | None:
        return self.extra[hit] / self.extra[total] if self.extra[total] else None


def _pr(preds: list, golds: list[dict], pairs: list[tuple[int, int]]) -> Counts:
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    c = Counts()
    c.tp = sum(1 for _, j in pairs if not golds[j].get("optional"))
    c.fp = len(preds) - len(matched_p)
    c.fn = sum(1 for j, g in enumerate(golds) if j not in matched_g and not g.get("optional"))
    return c


def score_actors(pred: list[dict], gold: list[dict]) -> Counts:
    pairs = _greedy(pred, gold, lambda p, g: 2 if fold(p["name"]) == fold(g["name"]) else (1 if names_match(p, g) else 0))
    c = _pr(pred, gold, pairs)
    for i, j in pairs:
        p, g = pred[i], gold[j]
        if g.get("optional"):
            continue
        c.extra["kind_total"] += 1
        c.extra["kind_ok"] += p["kind"] == g["kind"]
        for role in g.get("roles", []):
            c.extra["roles_total"] += 1
            c.extra["roles_found"] += any(_roles_match(r, role) for r in p.get("roles", []))
        if g.get("roles"):  # a role given to someone the gold gives other roles: right only if it matches one
            for role in p.get("roles", []):
                c.extra["roles_given"] += 1
                c.extra["roles_right"] += any(_roles_match(role, r) for r in g["roles"])
    return c


def score_sectors(pred: list[dict], gold: dict) -> Counts:
    required = set(gold.get("required", []))
    optional = set(gold.get("optional", []))
    ids = {s["id"] for s in pred}
    return Counts(tp=len(ids & required), fp=len(ids - required - optional), fn=len(required - ids))


def score_projects(pred: list[dict], gold: list[dict]) -> Counts:
    def score(p, g):
        pn = fold(p["name"])
        for name in _names(g):
            if pn == name:
                return 2
        for name in [fold(g["name"])]:
            if name in pn or pn in name:
                return 1
        return 0

    return _pr(pred, gold, _greedy(pred, gold, score))


_LEADING_DETERMINER = re.compile(r"^(?:les|le|la|l'|une|un|des|du|de la|de l'|the|a|an)(?:\s+|(?<='))")


def _speaker_key(text: str) -> str:
    return _LEADING_DETERMINER.sub("", fold(text))


def _same_speaker(pred: str | None, gold: str | None, actors: list[dict]) -> bool:
    """Same actor (by its names and aliases), or the same phrase once a leading determiner is
    dropped ("le parquet national antiterroriste" = "parquet national antiterroriste"). A gold
    speaker naming several people ("Eric Ciotti et Guillaume Larrivé") accepts any of them."""
    if pred is None or gold is None:
        return pred is None and gold is None
    golds = [gold] + [g for g in re.split(r"\s+(?:et|and)\s+|,\s*", gold) if g != gold]
    for g in golds:
        if _speaker_key(pred) == _speaker_key(g):
            return True
        for a in actors:
            names = _names(a)
            if fold(g) in names and fold(pred) in names:
                return True
    return False


def _kind(quote: dict) -> str:
    return quote.get("kind") or "direct"


def _score_quote_pairs(pred: list[dict], gold: list[dict], actors: list[dict], score) -> Counts:
    c = _pr(pred, gold, pairs := _greedy(pred, gold, score))
    for i, j in pairs:
        p, g = pred[i], gold[j]
        if g.get("optional"):
            continue
        c.extra["speaker_total"] += 1
        c.extra["speaker_ok"] += _same_speaker(p.get("speaker"), g.get("speaker"), actors)
        c.extra["verb_total"] += 1
        c.extra["verb_ok"] += fold(p.get("verb") or "") == fold(g.get("verb") or "")
    return c


def _by_words(threshold: float):
    return lambda p, g: (o := word_overlap(p["text"], g["text"])) >= threshold and o


def _by_characters(golds: list[dict], text: str | None):
    """GGT-style matching: the share of the gold quote's characters that the predicted quote covers,
    counted when above QUOTE_OVERLAP (word overlap where the gold text cannot be found)."""
    found = {id(g): text.find(g["text"]) if text is not None else -1 for g in golds}  # located once, not per pair
    spans = {k: (at, at + len(g["text"])) for g in golds if (at := found[k := id(g)]) >= 0}

    def score(p: dict, g: dict) -> float:
        span = spans.get(id(g))
        if span is None or "start" not in p:
            o = word_overlap(p["text"], g["text"])
        else:
            covered = min(span[1], p["end"]) - max(span[0], p["start"])
            o = covered / (span[1] - span[0]) if span[1] > span[0] else 0.0
        return o if o > QUOTE_OVERLAP else 0
    return score


def score_quotes(pred: list[dict], gold: list[dict], actors: list[dict], not_quotes: list[str], *,
                 indirect: bool = False, text: str | None = None) -> dict[str, Counts]:
    """Direct quotes ("quotes", "quotes_strict") and, when the gold annotates reported speech
    (`indirect`), indirect ones ("reported") apart, and both together with GGT-style character
    coverage ("quotes_all")."""
    direct_p = [p for p in pred if _kind(p) == "direct"]
    direct_g = [g for g in gold if _kind(g) == "direct"]
    result = {label: _score_quote_pairs(direct_p, direct_g, actors, _by_words(threshold))
              for label, threshold in (("quotes", QUOTE_OVERLAP), ("quotes_strict", QUOTE_OVERLAP_STRICT))}
    names_taken = sum(1 for p in direct_p for n in not_quotes if word_overlap(p["text"], n) >= QUOTE_OVERLAP_STRICT)
    result["quotes"].extra["names_taken"] += names_taken
    if indirect:
        reported_p = [p for p in pred if _kind(p) == "indirect"]
        reported_g = [g for g in gold if _kind(g) == "indirect"]
        result["reported"] = _score_quote_pairs(reported_p, reported_g, actors, _by_words(QUOTE_OVERLAP))
        result["quotes_all"] = _score_quote_pairs(pred, gold, actors, _by_characters(gold, text))
    return result


def score_figures(pred: list[dict], gold: list[dict], decimal: str = ",", lang: str | None = None) -> Counts:
    def key(value: str):
        n = _number(value, decimal, lang)
        return n if n is not None else fold(value)

    def score(p, g):
        if key(p["value"]) == key(g["value"]) or fold(p["value"]) == fold(g["value"]):
            return 1
        return 0

    return _pr(pred, gold, _greedy(pred, gold, score))


def _decimal_mark(lang: str | None) -> str:
    from . import lexicon

    try:
        return next(iter(lexicon.load(lang or "fr").words.get("decimal_mark", {","})))
    except Exception:  # noqa: BLE001 - an unknown language in a gold file scores with the French mark
        return ","


def score_brief(pred: dict[str, Any], gold: dict[str, Any], text: str | None = None) -> dict[str, Counts]:
    """Scores of one brief against its gold. `text`: the article as read (the offsets' text), for the
    character coverage of quotes; gold files with `"indirect": true` annotate reported speech too."""
    scores = {
        "actors": score_actors(pred["actors"], gold.get("actors", [])),
        "sectors": score_sectors(pred["sectors"], gold.get("sectors", {})),
        "projects": score_projects(pred["projects"], gold.get("projects", [])),
        "figures": score_figures(pred["figures"], gold.get("figures", []), _decimal_mark(gold.get("language")),
                                 gold.get("language")),
    }
    scores.update(score_quotes(pred["quotes"], gold.get("quotes", []), gold.get("actors", []), gold.get("not_quotes", []),
                               indirect=bool(gold.get("indirect")), text=text))
    return scores


# --- a directory of gold files -------------------------------------------------------------


def gold_pairs(directory: Path) -> list[tuple[Path, Path]]:
    """(article, gold) pairs: every *.gold.json with an article beside it of the same stem."""
    pairs = []
    for gold in sorted(directory.rglob("*.gold.json")):
        stem = gold_id(gold)
        for suffix in (".txt", ".md", ".html", ".htm"):
            article = gold.with_name(stem + suffix)
            if article.exists():
                pairs.append((article, gold))
                break
    return pairs


SPLIT_FILE = "split.json"


def load_split(directory: Path) -> dict[str, str]:
    """{gold id: part} from the folder's split.json ({"tuning": [ids], "validation": [ids]}), or {}.

    The split is made once, at random with a fixed seed, when the gold is written: rules are
    designed on the tuning part's errors and only measured on the validation part."""
    path = directory / SPLIT_FILE
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {gold_id: part for part in ("tuning", "validation") for gold_id in data.get(part, [])}


def gold_id(gold_path: Path) -> str:
    return gold_path.name[: -len(".gold.json")]


def part_of(gold_path: Path) -> str | None:
    """The part ("tuning", "validation") the nearest split.json above a gold file gives it, or None
    ("samples/gold/split.json" serves samples/gold/fr)."""
    return _nearest_split(gold_path.resolve().parent).get(gold_id(gold_path))


@lru_cache(maxsize=None)
def _nearest_split(folder: Path) -> dict[str, str]:
    return next((s for s in map(load_split, (folder, *folder.parents)) if s), {})


def summarize(per_doc: list[dict[str, Counts]]) -> dict[str, Any]:
    total: dict[str, Counts] = {}
    for doc in per_doc:
        for part, c in doc.items():
            total.setdefault(part, Counts()).add(c)
    out: dict[str, Any] = {"documents": len(per_doc)}
    for part, c in total.items():
        entry = {"precision": round(c.precision, 4), "recall": round(c.recall, 4), "f1": round(c.f1, 4),
                 "tp": c.tp, "fp": c.fp, "fn": c.fn}
        if part == "actors":
            entry["kind_accuracy"] = _round(c.ratio("kind_ok", "kind_total"))
            entry["role_recall"] = _round(c.ratio("roles_found", "roles_total"))
            entry["role_precision"] = _round(c.ratio("roles_right", "roles_given"))
        if part.startswith("quotes") or part == "reported":
            entry["speaker_accuracy"] = _round(c.ratio("speaker_ok", "speaker_total"))
            entry["verb_accuracy"] = _round(c.ratio("verb_ok", "verb_total"))
            if part == "quotes":
                entry["quoted_names_taken"] = c.extra["names_taken"]
        out[part] = entry
    return out


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def load_gold(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


# --- ROUGE ---------------------------------------------------------------------------------


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _ngrams(words: list[str], n: int) -> Counter:
    return Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))


def _f(overlap: float, n_pred: int, n_ref: int) -> float:
    if not overlap or not n_pred or not n_ref:
        return 0.0
    p, r = overlap / n_pred, overlap / n_ref
    return 2 * p * r / (p + r)


def _lcs(a: list[str], b: list[str]) -> int:
    if not a or not b:
        return 0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b, 1):
            cur.append(prev[j - 1] + 1 if x == y else max(prev[j], cur[j - 1]))
        prev = cur
    return prev[-1]


def rouge(candidate: str, reference: str) -> dict[str, float]:
    """ROUGE-1, ROUGE-2 and ROUGE-L (summary-level LCS over the whole text) F1."""
    c, r = _tokens(candidate), _tokens(reference)
    scores = {}
    for n in (1, 2):
        cn, rn = _ngrams(c, n), _ngrams(r, n)
        scores[f"rouge{n}"] = _f(sum((cn & rn).values()), sum(cn.values()), sum(rn.values()))
    scores["rougeL"] = _f(_lcs(c, r), len(c), len(r))
    return scores
