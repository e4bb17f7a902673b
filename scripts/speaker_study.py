"""Where the speaker errors come from, and how well a fitted scorer ranks on articles it never saw.

Usage: python scripts/speaker_study.py collect [--lang fr en] [--near] [--tag T]  # brief the tuning part, keep the candidates
       python scripts/speaker_study.py report  [--lang fr en] [--tag T] [--tie K]  # oracle / ranking / candidate errors, CV
       python scripts/speaker_study.py write   [--lang en] [--tag T] [--tie K]     # fit on all of tuning, write the weights

(`--near`: the near-actor candidates are proposed, never chosen, for the fit to weigh; `--tie K`: the
features the language's weights file names are pulled K times harder towards their values than new ones.)
The English weights of 2026-12-07: collect --near --tag _c; write --lang en --tag _c --tie 30.
Both languages' weights now name near_actor, so the code proposes those candidates and a plain `collect`
holds exactly the candidates the briefs weigh; `report` then scores the weights of models/ on all of them.

`collect` briefs every tuning article (scripts/_tuning.py) and pairs its direct quotes with the gold's as
`briefcli evaluate` does; for each pair it keeps the speaker candidates (their features, whether each is
the gold speaker) in .scratch/speaker_rows_<lang>.pkl, and for each paired reported quote whether its
speaker is right and where the gold speaker stands (named near the clause or not).

`report` prints, per language and per half of tuning (article id parity):
  - oracle: the share of paired direct quotes with the gold speaker among the candidates;
  - errors of the current weights, split into ranking errors (a right candidate present, lost) and
    candidate errors (no right candidate);
  - cross-validated top-1 accuracy over articles (5 folds): the weights of models/<lang>/ as they are, a
    fit of the features the code computes, with the L2 strength chosen by an inner cross-validation
    on the training folds only (never on the held-out fold); and the same per half (fit on one half,
    measured on the other).
Only the tuning part is read.
"""
from __future__ import annotations

import argparse
import pickle
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
SCRATCH = ROOT / ".scratch"
GOLD = ROOT / "samples" / "gold"
TIE = {"scale": None}  # per-feature L2 scale (features the language's weights file names get a stronger pull), set by --tie
L2_GRID = (0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0)


# --- collecting -------------------------------------------------------------------------------------


def collect(lang: str, drop: set[str] = frozenset()) -> dict:
    from briefcli.evaluate import QUOTE_OVERLAP, _greedy, _same_speaker, word_overlap
    from briefcli.lexicon import fold
    from _tuning import tuning_briefs

    rows, reported = [], []
    for article_path, gold, brief, traces in tuning_briefs(GOLD / lang):
        actors = gold.get("actors", [])
        by_span = {(s, e): cands for s, e, cands in traces.speaker_candidates}
        quotes = brief.to_dict()["quotes"]
        pred = [q for q in quotes if q["kind"] == "direct"]
        golds = [g for g in gold.get("quotes", []) if (g.get("kind") or "direct") == "direct"]
        pairs = _greedy(pred, golds, lambda p, g: (o := word_overlap(p["text"], g["text"])) >= QUOTE_OVERLAP and o)
        for i, j in pairs:
            p, g = pred[i], golds[j]
            if g.get("optional"):
                continue
            cands = by_span.get((p["start"], p["end"])) or []
            labels = [int(_same_speaker(c.speaker, g.get("speaker"), actors)) for c in cands]
            rows.append({"article": article_path.name, "text": g["text"], "gold": g.get("speaker"),
                         "pred": p.get("speaker"), "ok": _same_speaker(p.get("speaker"), g.get("speaker"), actors),
                         "names": [c.speaker for c in cands], "keys": [c.key for c in cands],
                         "feats": [{k: v for k, v in c.features.items() if k not in drop} for c in cands],
                         "labels": labels})
        if gold.get("indirect"):
            pred = [q for q in quotes if q["kind"] == "indirect"]
            golds = [g for g in gold.get("quotes", []) if g.get("kind") == "indirect"]
            others = {fold(q["speaker"]) for q in quotes if q.get("speaker")}
            for i, j in _greedy(pred, golds, lambda p, g: (o := word_overlap(p["text"], g["text"])) >= QUOTE_OVERLAP and o):
                p, g = pred[i], golds[j]
                if g.get("optional"):
                    continue
                gold_speaker = g.get("speaker")
                # is the gold speaker anyone the brief makes speak elsewhere (a candidate a ranker could reach)?
                elsewhere = any(_same_speaker(s, gold_speaker, actors) for s in others)
                reported.append({"article": article_path.name, "text": g["text"], "gold": gold_speaker,
                                 "pred": p.get("speaker"), "ok": _same_speaker(p.get("speaker"), gold_speaker, actors),
                                 "speaks_elsewhere": elsewhere})
        print(f"{lang} {article_path.name}: {len(rows)} direct, {len(reported)} reported", file=sys.stderr, end="\r")
    return {"rows": rows, "reported": reported}


# --- fitting: a conditional logit over each quote's candidates, speakers scored by log-sum-exp ---------


class Design:
    """The rows as arrays: one line per candidate, its quote's index, its speaker's index within the quote."""

    def __init__(self, rows: list[dict], names: list[str]):
        self.names = names
        index = {n: k for k, n in enumerate(names)}
        x, quote, speaker, label = [], [], [], []
        self.n_quotes = len(rows)
        sp = 0
        self.speaker_quote, self.speaker_label = [], []
        for q, r in enumerate(rows):
            keys = {}
            for feats, key, lab in zip(r["feats"], r["keys"], r["labels"]):
                if key not in keys:
                    keys[key] = sp
                    sp += 1
                    self.speaker_quote.append(q)
                    self.speaker_label.append(lab)
                line = np.zeros(len(names))
                for f, v in feats.items():
                    if f in index:
                        line[index[f]] = v
                x.append(line)
                quote.append(q)
                speaker.append(keys[key])
                label.append(lab)
        self.x = np.array(x) if x else np.zeros((0, len(names)))
        self.quote = np.array(quote, dtype=int)
        self.speaker = np.array(speaker, dtype=int)
        self.label = np.array(label, dtype=float)
        self.speaker_quote = np.array(self.speaker_quote, dtype=int)
        self.speaker_label = np.array(self.speaker_label, dtype=float)
        self.n_speakers = sp
        self.scale = None if TIE["scale"] is None else np.array([TIE["scale"].get(n, 1.0) for n in names])
        self.learnable = np.zeros(self.n_quotes, dtype=bool)
        if len(self.quote):
            np.logical_or.at(self.learnable, self.quote, self.label > 0)

    def speaker_scores(self, w: np.ndarray) -> np.ndarray:
        s = self.x @ w
        top = np.full(self.n_speakers, -np.inf)
        np.maximum.at(top, self.speaker, s)
        total = np.zeros(self.n_speakers)
        np.add.at(total, self.speaker, np.exp(s - top[self.speaker]))
        return top + np.log(total)

    def top1(self, w: np.ndarray) -> np.ndarray:
        """Per quote, is its best-scored speaker right (the earliest proposed on a tie, as speakers.best)?"""
        scores = self.speaker_scores(w)
        best = np.full(self.n_quotes, -np.inf)
        np.maximum.at(best, self.speaker_quote, scores)
        right = np.zeros(self.n_quotes, dtype=bool)
        seen = np.zeros(self.n_quotes, dtype=bool)
        for k in range(self.n_speakers):  # speakers are in proposal order within each quote
            q = self.speaker_quote[k]
            if not seen[q] and scores[k] >= best[q] - 1e-12:
                seen[q] = True
                right[q] = self.speaker_label[k] > 0
        return right

    def loss_grad(self, w: np.ndarray, w0: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
        keep = self.learnable[self.quote]
        x, quote, y = self.x[keep], self.quote[keep], self.label[keep]
        s = x @ w
        top = np.full(self.n_quotes, -np.inf)
        np.maximum.at(top, quote, s)
        e = np.exp(s - top[quote])
        z_all = np.zeros(self.n_quotes)
        np.add.at(z_all, quote, e)
        z_right = np.zeros(self.n_quotes)
        np.add.at(z_right, quote, e * y)
        n = max(int(self.learnable.sum()), 1)
        ok = self.learnable
        l2 = l2 * (self.scale if getattr(self, "scale", None) is not None else 1.0)
        loss = -(np.log(z_right[ok]) - np.log(z_all[ok])).sum() / n + 0.5 * (l2 * (w - w0) ** 2).sum()
        p = e / z_all[quote]
        q = e * y / np.where(z_right[quote] > 0, z_right[quote], 1)
        grad = -(x.T @ (q - p)) / n + l2 * (w - w0)
        return loss, grad


def fit(design: Design, l2: float, w0: np.ndarray, steps: int = 600) -> np.ndarray:
    """Adam on the mean negative log-likelihood, L2 towards w0 (a convex problem: the start does not matter)."""
    w = w0.copy()
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    rate = 0.1
    for step in range(1, steps + 1):
        _loss, g = design.loss_grad(w, w0, l2)
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w = w - rate * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
        if step == steps // 2:
            rate = 0.03
    return w


def folds_of(rows: list[dict], k: int, seed: int = 13) -> list[set[str]]:
    names = sorted({r["article"] for r in rows})
    random.Random(seed).shuffle(names)
    return [set(names[f::k]) for f in range(k)]


def parity(name: str) -> int:
    digits = "".join(ch for ch in name if ch.isdigit())
    return int(digits[-1]) % 2 if digits else 0


def choose_l2(rows: list[dict], names: list[str], w0: np.ndarray, k: int = 4) -> float:
    """The L2 strength whose fit ranks best on held-out articles of these rows (inner CV)."""
    folds = folds_of(rows, k, seed=7)
    best, best_acc = L2_GRID[0], -1.0
    for l2 in L2_GRID:
        right = 0
        for held in folds:
            train = Design([r for r in rows if r["article"] not in held], names)
            test = Design([r for r in rows if r["article"] in held], names)
            right += test.top1(fit(train, l2, w0)).sum()
        if right > best_acc:
            best, best_acc = l2, right
    return best


def cv_accuracy(rows: list[dict], names: list[str], w0: np.ndarray, k: int = 5) -> tuple[float, list[float]]:
    """Outer CV over articles: per fold, L2 by inner CV on the training folds, fit, score the held-out fold."""
    right, chosen = 0, []
    for held in folds_of(rows, k):
        train_rows = [r for r in rows if r["article"] not in held]
        l2 = choose_l2(train_rows, names, w0)
        chosen.append(l2)
        w = fit(Design(train_rows, names), l2, w0)
        right += Design([r for r in rows if r["article"] in held], names).top1(w).sum()
    return right / max(len(rows), 1), chosen


def hand_accuracy(rows: list[dict], names: list[str], hand: dict[str, float]) -> float:
    w = np.array([hand.get(n, 0.0) for n in names])
    return float(Design(rows, names).top1(w).mean()) if rows else 0.0


def feature_names(rows: list[dict], hand: dict[str, float], only: set[str] | None = None) -> list[str]:
    names = sorted({f for r in rows for c in r["feats"] for f in c} | set(hand))
    return [n for n in names if only is None or n in only]


def propose_near_actors() -> None:
    """Have the code propose the near-actor candidates (candidates._near_actors) whatever the language's
    weights, with a weight so low that none is ever chosen where the weights do not take them: the briefs stay
    what the weights make them (a language whose weights name near_actor keeps its own weight)."""
    from briefcli.extract import candidates, speakers

    real = speakers.weights

    def weights(lang: str) -> dict[str, float]:
        w = real(lang)
        return w if candidates.NEAR_SOURCE in w else {**w, candidates.NEAR_SOURCE: -50.0}

    weights.cache_clear = real.cache_clear
    speakers.weights = weights


def base(r: dict, near_on: bool = False) -> dict:
    """The row with the candidates the code proposes: without the near-actor source unless the language's
    weights take it (then `collect` without --near already has exactly the candidates the briefs weigh)."""
    from briefcli.extract.candidates import NEAR_SOURCE

    keep = [k for k, f in enumerate(r["feats"]) if (near_on or not f.get(NEAR_SOURCE)) and not f.get("extra_source")]
    return {**r, **{key: [r[key][k] for k in keep] for key in ("names", "keys", "feats", "labels")}}


def dropped(r: dict, drop: list[str]) -> dict:
    return {**r, "feats": [{f: v for f, v in c.items() if not any(f.startswith(d) for d in drop)} for c in r["feats"]]}


def without(r: dict, feats: list[str]) -> dict:
    keep = [k for k, f in enumerate(r["feats"]) if not any(f.get(x) for x in feats)]
    return {**r, **{key: [r[key][k] for k in keep] for key in ("names", "keys", "feats", "labels")}}


def report(lang: str, tag: str, prior: str, drop: list[str] = (), only_base: bool = False, leave: list[str] = ()) -> None:
    from briefcli.extract import speakers
    from briefcli.extract.candidates import NEAR_SOURCE

    data = pickle.loads((SCRATCH / f"speaker_rows_{lang}{tag}.pkl").read_bytes())
    full, reported = data["rows"], data["reported"]
    hand = dict(speakers.weights(lang))
    near_on = NEAR_SOURCE in hand
    rows = [base(r, near_on) for r in full]
    if leave:
        full = [without(r, leave) for r in full]
    if drop:
        full = [dropped(r, drop) for r in full]
    halves = {"even": [r for r in rows if parity(r["article"]) == 0], "odd": [r for r in rows if parity(r["article"]) == 1]}
    print(f"== {lang}{tag}: {len(rows)} paired direct quotes, {len({r['article'] for r in rows})} articles")
    for label, part in [("all", rows), *halves.items()]:
        n = len(part)
        oracle = sum(any(r["labels"]) for r in part)
        ok = sum(r["ok"] for r in part)
        ranking = sum(1 for r in part if not r["ok"] and any(r["labels"]))
        candidate = sum(1 for r in part if not r["ok"] and not any(r["labels"]))
        print(f"  {label:4}: accuracy {ok}/{n} = {ok / max(n, 1):.3f}; oracle {oracle / max(n, 1):.3f}; "
              f"errors {n - ok}: ranking {ranking}, candidate {candidate}")
    if reported:
        n = len(reported)
        ok = sum(r["ok"] for r in reported)
        reach = sum(1 for r in reported if not r["ok"] and r["speaks_elsewhere"])
        print(f"  reported: accuracy {ok}/{n} = {ok / n:.3f}; of {n - ok} errors, {reach} have a gold speaker "
              f"the brief makes speak elsewhere in the article")
    oracle = sum(any(r["labels"]) for r in full) / max(len(full), 1)
    print(f"  oracle with the near-actor source: {oracle:.3f}")
    names = feature_names(rows, hand)
    print(f"  hand weights: all {hand_accuracy(rows, names, hand):.3f}, even {hand_accuracy(halves['even'], names, hand):.3f}, "
          f"odd {hand_accuracy(halves['odd'], names, hand):.3f}")
    rows_fit = rows if only_base else full
    halves = {"even": [r for r in rows_fit if parity(r["article"]) == 0], "odd": [r for r in rows_fit if parity(r["article"]) == 1]}
    names = feature_names(rows_fit, hand)
    w0 = np.zeros(len(names)) if prior == "zero" else np.array([hand.get(n, 0.0) for n in names])
    acc, chosen = cv_accuracy(rows_fit, names, w0)
    print(f"  fitted ({len(names)} features, prior {prior}), 5-fold CV over articles: {acc:.3f} (L2 per fold {chosen})")
    for a, b in (("even", "odd"), ("odd", "even")):
        l2 = choose_l2(halves[a], names, w0)
        w = fit(Design(halves[a], names), l2, w0)
        print(f"  fitted on {a} (L2 {l2}), measured on {b}: {Design(halves[b], names).top1(w).mean():.3f} "
              f"(hand {hand_accuracy([base(r, near_on) for r in halves[b]], names, hand):.3f})")


def write_fit(lang: str, tag: str, prior: str) -> None:
    from briefcli.extract import speakers

    data = pickle.loads((SCRATCH / f"speaker_rows_{lang}{tag}.pkl").read_bytes())
    rows = data["rows"]
    hand = dict(speakers.weights(lang))
    names = feature_names(rows, hand)
    w0 = np.zeros(len(names)) if prior == "zero" else np.array([hand.get(n, 0.0) for n in names])
    l2 = choose_l2(rows, names, w0, k=5)
    w = fit(Design(rows, names), l2, w0)
    path = speakers.models_dir() / lang / speakers.WEIGHTS_FILE
    lines = ["feature\tweight",
             "# Weights of the speaker scorer (briefcli/extract/speakers.py): a candidate's score is the sum of weight × feature,",
             "# a speaker's score the log-sum-exp of its candidates' scores. Fitted by scripts/speaker_study.py on the tuning",
             f"# part ({len(rows)} paired direct quotes): conditional logit over each quote's candidates, L2 {l2} towards "
             f"{'0' if prior == 'zero' else 'the hand weights'},", "# chosen by cross-validation over articles. Features absent from this file weigh 0."]
    lines += [f"{n}\t{v:.4f}" for n, v in sorted(zip(names, w), key=lambda kv: -abs(kv[1])) if abs(v) >= 1e-3]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{lang}: wrote {path} (L2 {l2})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["collect", "report", "write"])
    parser.add_argument("--lang", nargs="+", default=["fr", "en"])
    parser.add_argument("--tag", default="", help="suffix of the rows file (to keep several collections)")
    parser.add_argument("--near", action="store_true", help="collect with the near-actor candidates too (never chosen)")
    parser.add_argument("--drop", nargs="*", default=[], help="features left out of the fit (prefixes)")
    parser.add_argument("--without", nargs="*", default=[], help="leave out the candidates that have these features")
    parser.add_argument("--tie", type=float, default=0, help="L2 on the features the weights file names, times this")
    parser.add_argument("--only-base", action="store_true", help="fit on the current candidates only")
    parser.add_argument("--prior", choices=["hand", "zero"], default="hand", help="L2 towards the hand weights or 0")
    args = parser.parse_args()
    SCRATCH.mkdir(exist_ok=True)
    if args.tie:
        from briefcli.extract import speakers
        TIE["scale"] = {n: args.tie for lang in args.lang for n in speakers.weights(lang)}
    for lang in args.lang:
        if args.what == "collect":
            if args.near:
                propose_near_actors()
            data = collect(lang)
            (SCRATCH / f"speaker_rows_{lang}{args.tag}.pkl").write_bytes(pickle.dumps(data))
            print(f"{lang}: {len(data['rows'])} direct, {len(data['reported'])} reported", file=sys.stderr)
        elif args.what == "report":
            report(lang, args.tag, args.prior, args.drop, args.only_base, args.without)
        else:
            write_fit(lang, args.tag, args.prior)


if __name__ == "__main__":
    main()
