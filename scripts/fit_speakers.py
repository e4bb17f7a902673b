"""Fit the speaker scorer's weights (models/<lang>/speaker_weights.tsv) on the tuning part of the gold.

Usage: python scripts/fit_speakers.py [--lang fr en] [--rounds 2] [--l2 0.01] [--folds 5] [--write]

Each tuning article is briefed; every direct quote paired with a gold quote (as `briefcli evaluate`
pairs them) brings its speaker candidates (briefcli.extract.candidates._candidates), each labelled by
whether it is the gold speaker. A conditional logit (a softmax over each quote's candidates, L2
penalty) is fitted with numpy by gradient descent. Some features depend on earlier choices (the previous
quote's speaker), so the fit runs `--rounds` times, each on the briefs the last weights give. Only
the tuning part is read: the validation part stays for measuring.
"""
from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from briefcli.evaluate import QUOTE_OVERLAP, _greedy, _same_speaker, word_overlap
from briefcli.extract import speakers
from _tuning import tuning_briefs

GOLD = Path(__file__).resolve().parent.parent / "samples" / "gold"


def collect(lang: str) -> list[tuple[list[dict], list[int]]]:
    """Per paired quote: its candidates' features and which of them are the gold speaker."""
    rows = []
    for article_path, gold, brief, traces in tuning_briefs(GOLD / lang):
        by_span = {(s, e): cands for s, e, cands in traces.speaker_candidates}
        pred = [q for q in brief.to_dict()["quotes"] if q["kind"] == "direct"]
        golds = [g for g in gold.get("quotes", []) if (g.get("kind") or "direct") == "direct"]
        pairs = _greedy(pred, golds, lambda p, g: (o := word_overlap(p["text"], g["text"])) >= QUOTE_OVERLAP and o)
        for i, j in pairs:
            p, g = pred[i], golds[j]
            cands = by_span.get((p["start"], p["end"]))
            if g.get("optional") or not cands:
                continue
            labels = [int(_same_speaker(c.speaker, g.get("speaker"), gold.get("actors", []))) for c in cands]
            rows.append(([c.features for c in cands], labels,
                         (article_path.name, g["text"], g.get("speaker"), [c.speaker for c in cands])))
    return rows


def fit(rows, l2: float, steps: int = 3000, rate: float = 0.05, prior: dict[str, float] | None = None) -> dict[str, float]:
    """Weights maximising the log-probability of the gold speakers' candidates (Adam, numpy), with an
    L2 penalty that pulls them towards `prior` (the weights the language has now) rather than 0."""
    prior = {} if prior is None else prior
    names = sorted({f for feats, *_ in rows for c in feats for f in c} | set(prior))
    index = {n: k for k, n in enumerate(names)}
    data = []
    for feats, labels, *_ in rows:
        if not any(labels):
            continue  # no candidate is right: nothing to learn from this quote
        x = np.zeros((len(feats), len(names)))
        for r, c in enumerate(feats):
            for f, v in c.items():
                x[r, index[f]] = v
        data.append((x, np.array(labels, dtype=float)))
    w0 = np.array([prior.get(n, 0.0) for n in names])
    w = w0.copy()
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for step in range(1, steps + 1):
        grad = l2 * (w - w0) * len(data)
        for x, y in data:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            q = p * y
            q /= q.sum()  # the posterior over the right candidates
            grad -= x.T @ (q - p)
        grad /= len(data)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= rate * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return {n: float(w[index[n]]) for n in names}


def accuracy(rows, w: dict[str, float]) -> tuple[float, float]:
    """(share of quotes whose top speaker is right, share that has a right candidate at all), speakers
    scored as briefcli.extract.speakers.best scores them."""
    right = reachable = 0
    for feats, labels, (_name, _text, _gold, names) in rows:
        cands = [speakers.Candidate(n, True, None, f) for n, f in zip(names, feats)]
        totals = speakers.speaker_scores(cands, w)
        top = max(totals, key=lambda k: totals[k])
        right += any(label for c, label in zip(cands, labels) if c.key == top)
        reachable += any(labels)
    return right / max(len(rows), 1), reachable / max(len(rows), 1)


def cross_validated(rows, l2: float, prior: dict[str, float], folds: int) -> float:
    """Top-1 accuracy of weights fitted on the other articles' quotes, fold by fold (articles shuffled
    with a fixed seed): what a fit would do on articles it never saw."""
    import random

    names = sorted({meta[0] for *_, meta in rows})
    random.Random(13).shuffle(names)
    right = 0.0
    for f in range(folds):
        held = set(names[f::folds])
        w = fit([r for r in rows if r[2][0] not in held], l2, steps=1500, prior=prior)
        test = [r for r in rows if r[2][0] in held]
        right += accuracy(test, w)[0] * len(test)
    return right / max(len(rows), 1)


def write(lang: str, w: dict[str, float], note: str) -> None:
    path = speakers.models_dir() / lang / speakers.WEIGHTS_FILE
    lines = ["feature\tweight", f"# {note}"]
    lines += [f"{name}\t{value:.4f}" for name, value in sorted(w.items(), key=lambda kv: -abs(kv[1])) if abs(value) >= 1e-3]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", nargs="+", default=["fr", "en"])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--l2", type=float, default=0.01)
    parser.add_argument("--show", action="store_true", help="list the quotes none of whose candidates is right")
    parser.add_argument("--folds", type=int, default=0, help="also report a fit's accuracy cross-validated over "
                        "this many folds of articles (compare with the current weights' before writing)")
    parser.add_argument("--write", action="store_true", help="write the weights to models/<lang>/")
    args = parser.parse_args()
    for _ in range(args.rounds):
        rows = {lang: collect(lang) for lang in args.lang}
        for lang in args.lang:
            if args.show:
                for feats, labels, (name, text, gold, cands) in rows[lang]:
                    if not any(labels):
                        print(f"{name}: {text[:50]!r} gold {gold!r}, candidates {cands}")
            before = accuracy(rows[lang], speakers.weights(lang))
            w = fit(rows[lang], args.l2, prior=speakers.weights(lang))
            after = accuracy(rows[lang], w)
            print(f"{lang}: {len(rows[lang])} quotes, reachable {after[1]:.3f}; "
                  f"top-1 {before[0]:.3f} with the current weights, {after[0]:.3f} fitted")
            if args.folds > 1:
                cv = cross_validated(rows[lang], args.l2, speakers.weights(lang), args.folds)
                print(f"{lang}: fitted, cross-validated over {args.folds} folds of articles: {cv:.3f}")
            if args.write:
                write(lang, w, f"fitted by scripts/fit_speakers.py on the tuning part ({len(rows[lang])} quotes, "
                      f"l2 {args.l2}); conditional logit over each quote's speaker candidates")
                speakers.weights.cache_clear()
        if not args.write:
            break
    for lang in args.lang:
        w = speakers.weights(lang)
        print(lang, " ".join(f"{k}={v:.2f}" for k, v in sorted(w.items(), key=lambda kv: -abs(kv[1]))))


if __name__ == "__main__":
    main()
