"""Fit the quote-or-name score (models/<lang>/quote_form.tsv) on the tuning part of the gold.

Usage: python scripts/fit_quote_form.py [--write] [--lam 3] [--threshold -0.3] [--repeats 5] [--drop F1,F2] [--cache FILE] [--also samples/dev]

Every span between quotation marks that briefcli.extract.quotes scores (its features from
_form_features) is labelled from the gold: 1 when a gold direct quote covers it (80 % word
overlap), else 0; a span the gold lists in `not_quotes` weighs more (taking a name for a quote is
the costlier error). One L2-regularised logistic regression over French and English together (the
features are the same in every language); prints its 5-fold cross-validated errors (folds by
article) and, with --write, writes the weights to every language's quote_form.tsv. Reads only the
tuning part: never the validation articles. `--also DIR` adds a folder of gold files with no split (the
older dev set) to the training data; a span its gold marks optional is left out, and the cross-validated
errors are still counted on the tuning articles alone, so that both fits compare on the same spans. The
cross-validated errors are printed for each half of the articles by the parity of their numeric id too.
"""
from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

import numpy as np

from briefcli.evaluate import QUOTE_OVERLAP_STRICT, word_overlap
from briefcli.lexicon import models_dir
from _tuning import tuning_briefs

HEADER = """# Quote or quoted name: weights of a logistic score over the form of the quoted words and their role in
# the sentence (briefcli/extract/quotes.py, _form_features); a score > 0 is a quote. Fitted on the tuning part of
# samples/gold/fr and samples/gold/en together (the features are the same in every language), a not_quotes
# span weighing {nqw:g} (a name taken costs more than a quote missed), L2 {lam:g}; a quote must score above the
# threshold (the last row); refit with scripts/fit_quote_form.py --write. Only the features the script's FEATURES
# lists are weighed (chosen by leaving articles out); the others _form_features gives weigh nothing.
feature\tweight
"""


# The features the score weighs: a few, each a mark of the language (a verb, a capital, a speech verb that governs the
# words, what they are subject of), chosen by leaving articles out. The other features _form_features gives (title
# words' neighbours: determiner, noun or indefinite before, a noun head outside, an adjective root, a figure inside
# -- "number", which fires on "un/une" too --, …) each won on the articles they were fitted on and lost held out:
# with all 39 the fit took 25.7 names held out (fr) against 15 in sample. `--features all` fits them all again.
FEATURES = ["bias", "finite_verb", "verb", "capital", "title_case", "proper", "sentence_end", "sentence_start",
            "preposition_before", "attributed", "speaker", "incise", "comma_after", "repeated", "used_unquoted",
            "coordinated", "degree", "counted", "governed", "labels_a_thing", "continues", "unsaid_subject"]


def spans(gold_dir: Path, whole: bool = False) -> list[dict]:
    rows = []
    for article_path, gold, brief, traces in tuning_briefs(gold_dir, whole):
        direct = [g for g in gold.get("quotes", []) if (g.get("kind") or "direct") == "direct"]
        golds = [g["text"] for g in direct if not (whole and g.get("optional"))]
        optional = [g["text"] for g in direct if whole and g.get("optional")]
        for m, features in traces.quote_features:
            text = traces.text[m.start:m.end]
            if any(word_overlap(text, g) >= QUOTE_OVERLAP_STRICT for g in optional):
                continue  # either answer is right: no label to learn from
            rows.append({"doc": article_path.name, "extra": whole, "features": features, "text": text,
                         "label": any(word_overlap(text, g) >= QUOTE_OVERLAP_STRICT for g in golds),
                         "not_quote": any(word_overlap(text, n) >= QUOTE_OVERLAP_STRICT for n in gold.get("not_quotes", []))})
    return rows


def fit(X, y, weights, lam: float, iters: int = 3000, rate: float = 0.5):
    w = np.zeros(X.shape[1])
    for _ in range(iters):
        p = 1 / (1 + np.exp(-X @ w))
        w -= rate * (X.T @ (weights * (p - y)) / len(y) + lam * np.r_[0, w[1:]] / len(y))
    return w


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--lam", type=float, default=3.0)
    parser.add_argument("--not-quote-weight", type=float, default=4.0)
    parser.add_argument("--features", default=",".join(FEATURES),
                        help="the features to weigh, comma-separated ('all': every one _form_features gives)")
    parser.add_argument("--threshold", type=float, default=-0.3, help="the score a quote must pass")
    parser.add_argument("--show", action="store_true", help="print the spans the cross-validated fit gets wrong")
    parser.add_argument("--also", type=Path, action="append", default=[],
                        help="a folder of gold files with no split to train on too (e.g. samples/dev)")
    parser.add_argument("--repeats", type=int, default=1, help="cross-validate this many times with folds drawn "
                        "anew (the errors are summed over them: steadier comparisons)")
    parser.add_argument("--drop", default="", help="features to leave out, comma-separated (to measure what one brings)")
    parser.add_argument("--cache", type=Path, help="a file to keep the spans in: read when it exists, else written "
                        "(for several fits in a row on the same code)")
    args = parser.parse_args()
    if args.cache is not None and args.cache.exists():
        rows = json.loads(args.cache.read_text(encoding="utf-8"))
    else:
        rows = spans(Path("samples/gold/fr")) + spans(Path("samples/gold/en"))
        for folder in args.also:
            rows += spans(folder, whole=True)
        if args.cache is not None:
            args.cache.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    dropped = set(filter(None, args.drop.split(",")))
    chosen = list(rows[0]["features"]) if args.features == "all" else args.features.split(",")
    names = [k for k in chosen if k not in dropped]
    assert names[0] == "bias"
    X = np.array([[r["features"][k] for k in names] for r in rows])
    y = np.array([float(r["label"]) for r in rows])
    sw = np.array([args.not_quote_weight if r["not_quote"] else 1.0 for r in rows])
    docs = sorted({r["doc"] for r in rows if not r["extra"]})
    extra = np.array([r["extra"] for r in rows])
    fp = fn = 0
    half = np.array([int(re.findall(r"\d+", r["doc"])[-1]) % 2 if re.findall(r"\d+", r["doc"]) else 0 for r in rows])
    by_half = {0: [0, 0, 0], 1: [0, 0, 0]}  # id parity → [spans, taken wrongly, missed], summed over the repeats
    not_quote = np.array([r["not_quote"] for r in rows])
    lang = np.array([".en." in r["doc"] for r in rows])
    names_taken = {}  # (language, parity) → not_quotes spans taken for quotes, summed over the repeats
    for seed in range(args.repeats):  # folds drawn again with each seed: the errors summed over the repeats
        random.Random(seed).shuffle(docs)
        for k in range(5):
            test = np.array([r["doc"] in set(docs[k::5]) for r in rows]) & ~extra
            w = fit(X[~test], y[~test], sw[~test], args.lam)
            predicted = X[test] @ w > args.threshold
            fp += int((predicted & (y[test] == 0)).sum())
            fn += int((~predicted & (y[test] == 1)).sum())
            for parity in (0, 1):
                for english in (False, True):
                    key = ("en" if english else "fr", parity)
                    names_taken[key] = names_taken.get(key, 0) + int(
                        (predicted & not_quote[test] & (half[test] == parity) & (lang[test] == english)).sum())
                mine = half[test] == parity
                by_half[parity][0] += int(mine.sum())
                by_half[parity][1] += int((mine & predicted & (y[test] == 0)).sum())
                by_half[parity][2] += int((mine & ~predicted & (y[test] == 1)).sum())
            if args.show and seed == 0:
                for r, p, label in zip((r for r, t in zip(rows, test) if t), predicted, y[test]):
                    if p != label:
                        print(f"{'taken' if p else 'missed'}\t{r['doc']}\t{r['text'][:90]!r}")
    print(f"{len(rows)} spans; cross-validated: {fp} taken for quotes wrongly, {fn} quotes missed")
    for parity, (n, taken_wrongly, missed) in by_half.items():
        print(f"  {('even', 'odd')[parity]} ids: {n} spans, {taken_wrongly} taken wrongly, {missed} missed, "
              f"accuracy {1 - (taken_wrongly + missed) / max(n, 1):.4f}")
    print("  not_quotes spans taken (names), per language and id parity: " + ", ".join(
        f"{k[0]} {('even', 'odd')[k[1]]} {v / args.repeats:g}" for k, v in sorted(names_taken.items())))
    current = {k: float(v) for k, v in (line.split("\t") for line in (models_dir() / "fr" / "quote_form.tsv")
                                        .read_text(encoding="utf-8").splitlines()
                                        if "\t" in line and not line.startswith(("#", "feature\t")))}
    tuning = ~extra
    every = list(rows[0]["features"])  # the current weights weigh what they weigh, whatever this fit leaves out
    X_every = np.array([[r["features"][k] for k in every] for r in rows])
    taken = X_every[tuning] @ np.array([current.get(k, 0.0) for k in every]) > current.get("threshold", 0.0)
    print(f"with the current weights (in sample where they were fitted): "
          f"{int((taken & (y[tuning] == 0)).sum())} taken wrongly, {int((~taken & (y[tuning] == 1)).sum())} missed")
    w = fit(X, y, sw, args.lam)
    for name, value in zip(names, w):
        print(f"{name}\t{value:.3f}")
    if args.write:
        for lang_dir in models_dir().iterdir():
            if (lang_dir / "gazetteer.tsv").exists():
                (lang_dir / "quote_form.tsv").write_text(
                    HEADER.format(nqw=args.not_quote_weight, lam=args.lam)
                    + "".join(f"{n}\t{v:.3f}\n" for n, v in zip(names, w)) + f"threshold\t{args.threshold:g}\n",
                    encoding="utf-8")


if __name__ == "__main__":
    main()
