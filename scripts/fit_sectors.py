"""Fit the sector decision's weights (models/<lang>/sector_weights.tsv) on the tuning part of the gold.

Usage: python scripts/fit_sectors.py [--lang fr en] [--l2 0.03] [--folds 5] [--seeds 5] [--show] [--write]

Each tuning article is briefed; every sector with evidence (briefcli.extract.sectors.candidates) is one
row, labelled 1 when the gold requires it and 0 when the gold does not list it (optional sectors, which
count neither way in the score, are left out). A logistic regression (L2 penalty on standardised
features, numpy) is fitted on the rows of all the languages together: the features are relative
(score, share of the leading sector, spread), and one language's articles alone are few. The
cross-validation holds out folds of one language's articles (by article) and fits on the rest, so
its F1 is what the weights do on articles they never saw; compare it with the current weights before
writing. Each language's sector priors (sectors.priors: how often its gold requires a sector where the sector has
evidence) are measured on the same tuning articles, in cross-validation on the training folds only; a language
named by --prior takes them as the feature "prior" (the others are fitted without it, their priors written but
weighing nothing: English's cross-validated F1 falls with its own priors, French's rises). The decision keeps a sector whose probability reaches sectors.KEEP_PROBABILITY (near F1/2, where a
calibrated classifier's F1 is highest; measured, see its comment), and every F1 here is scored with it. Only the tuning part is read:
the validation part stays for measuring.
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path

import numpy as np

from briefcli.extract import sectors as sectors_module
from _tuning import tuning_briefs

GOLD = Path(__file__).resolve().parent.parent / "samples" / "gold"


def collect(lang: str) -> list[dict]:
    """Per tuning article: its candidate sectors' features, the gold's required and optional ids."""
    articles = []
    for article_path, gold, _brief, traces in tuning_briefs(GOLD / lang):
        found = traces.sector_candidates
        articles.append({"name": article_path.name, "lang": lang,
                         "features": {s: c["features"] for s, c in found.items()},
                         "rules": {s: c["specific"] or c["listed"] for s, c in found.items()},
                         "evidence": {s: c["evidence"] for s, c in found.items()},
                         "required": set(gold["sectors"].get("required", [])),
                         "optional": set(gold["sectors"].get("optional", []))})
    return articles


def rows(articles: list[dict], names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    x, y = [], []
    for a in articles:
        for sector, f in a["features"].items():
            if sector in a["optional"] or a["rules"][sector]:
                continue  # optional: counts neither way; named by a rule: kept whatever the weights say
            x.append([f.get(n, 0.0) for n in names])
            y.append(float(sector in a["required"]))
    return np.array(x), np.array(y)


def fit(articles: list[dict], names: list[str], l2: float, steps: int = 2000, rate: float = 0.1) -> dict[str, float]:
    """Logistic regression weights (Adam), the L2 penalty on standardised features (not on the bias)."""
    x, y = rows(articles, names)
    bias = names.index("bias")
    mu, sd = x.mean(0), x.std(0) + 1e-9
    mu[bias], sd[bias] = 0.0, 1.0
    z = (x - mu) / sd
    w = np.zeros(len(names))
    m, v = np.zeros_like(w), np.zeros_like(w)
    penalty = np.ones_like(w)
    penalty[bias] = 0.0
    for step in range(1, steps + 1):
        p = 1.0 / (1.0 + np.exp(-z @ w))
        grad = z.T @ (p - y) / len(y) + l2 * penalty * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= rate * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    raw = w / sd
    raw[bias] = w[bias] - float((w * mu / sd).sum() - w[bias] * mu[bias] / sd[bias])
    return {n: float(raw[k]) for k, n in enumerate(names)}


def counts(articles: list[dict], w: dict[str, float]) -> np.ndarray:
    """(tp, fp, fn) of the sectors the weights (or the rules that name a sector outright) keep, scored as
    briefcli evaluate scores them."""
    total = np.zeros(3)
    for a in articles:
        kept = {s for s, f in a["features"].items() if a["rules"][s] or sectors_module.substantial(f, w)}
        total += (len(kept & a["required"]), len(kept - a["required"] - a["optional"]), len(a["required"] - kept))
    return total


PRIOR_SMOOTHING = 5.0  # rows of the language's overall rate added to each sector's: a sector seen rarely keeps near it


def prior_table(articles: list[dict]) -> dict[str, float]:
    """Sector → log-odds that the gold requires it among the articles where it has evidence (smoothed towards the
    language's rate over every sector), less the log-odds of that rate. Counted on the rows the fit sees."""
    pos: dict[str, float] = {}
    seen: dict[str, float] = {}
    for a in articles:
        for sector in a["features"]:
            if sector in a["optional"] or a["rules"][sector]:
                continue
            seen[sector] = seen.get(sector, 0.0) + 1
            pos[sector] = pos.get(sector, 0.0) + (sector in a["required"])
    if not seen:
        return {}
    rate = sum(pos.values()) / sum(seen.values())
    base = np.log(rate / (1 - rate))
    table = {}
    for sector in seen:
        p = (pos[sector] + PRIOR_SMOOTHING * rate) / (seen[sector] + PRIOR_SMOOTHING)
        table[sector] = float(np.log(p / (1 - p)) - base)
    return table


def set_priors(articles: list[dict], table: dict[str, float]) -> None:
    for a in articles:
        for sector, f in a["features"].items():
            f["prior"] = table.get(sector, 0.0)


def f1(c) -> float:
    tp, fp, fn = c
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def half(name: str) -> str:
    """"even" or "odd" by the article's number: two halves of the tuning part, to see a change move both ways alike."""
    digits = re.findall(r"\d+", name)
    return "odd" if digits and int(digits[0]) % 2 else "even"


def cross_validated(by_lang: dict[str, list[dict]], lang: str, names: list[str], l2: float, folds: int,
                    seeds: int) -> dict[str, np.ndarray]:
    """(tp, fp, fn) on `lang`'s articles ("all") and on each half ("even", "odd"), each fold's weights fitted on the
    other folds and the other languages, averaged over `seeds` shufflings of the articles. The held-out articles'
    priors are measured on the training folds."""
    own = by_lang[lang]
    others = [a for other, arts in by_lang.items() if other != lang for a in arts]
    total = {"all": np.zeros(3), "even": np.zeros(3), "odd": np.zeros(3)}
    for seed in range(seeds):
        order = np.random.RandomState(seed).permutation(len(own))
        for k in range(folds):
            held = set(order[k::folds].tolist())
            train = [a for i, a in enumerate(own) if i not in held]
            set_priors(own, prior_table(train))
            w = fit(train + others, names, l2)
            for i in held:
                c = counts([own[i]], w)
                total["all"] += c
                total[half(own[i]["name"])] += c
    set_priors(own, prior_table(own))
    return {part: t / seeds for part, t in total.items()}


def _write_table(path, header: str, about: list[str], note: str, rows: dict[str, float]) -> None:
    lines = [header, *(f"# {line}" for line in about), f"# {note}"]
    lines += [f"{key}\t{value:.4f}" for key, value in rows.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_priors(lang: str, table: dict[str, float], note: str) -> None:
    _write_table(sectors_module.models_dir() / lang / sectors_module.PRIORS_FILE, "sector\tprior",
                 ["How often the gold requires each sector where it has evidence: log-odds, less the log-odds of every sector",
                  "(feature \"prior\" of the sector decision, briefcli/extract/sectors.py)."],
                 note, dict(sorted(table.items())))


def write(lang: str, w: dict[str, float], note: str) -> None:
    _write_table(sectors_module.models_dir() / lang / sectors_module.WEIGHTS_FILE, "feature\tweight",
                 ["Weights of the sector decision (briefcli/extract/sectors.py): a sector with evidence is kept where the",
                  "sum of weight x feature gives a probability of at least sectors.KEEP_PROBABILITY (measured near F1/2, the F1-optimal cut)."],
                 note, w)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", nargs="+", default=["fr", "en"])
    parser.add_argument("--l2", type=float, default=0.03)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--prior", nargs="*", default=["fr"],
                        help="the languages whose decision weighs their sector priors (feature prior)")
    parser.add_argument("--show", action="store_true", help="list each language's wrong decisions with their evidence")
    parser.add_argument("--write", action="store_true", help="write the pooled fit to every language's models/<lang>/")
    args = parser.parse_args()
    by_lang = {lang: collect(lang) for lang in args.lang}
    for arts in by_lang.values():
        set_priors(arts, prior_table(arts))
    every = sorted({n for arts in by_lang.values() for a in arts for f in a["features"].values() for n in f} | {"prior"})
    feature_names = {lang: every if lang in args.prior else [n for n in every if n != "prior"] for lang in args.lang}
    fitted = {lang: fit([a for arts in by_lang.values() for a in arts], feature_names[lang], args.l2)
              for lang in args.lang}
    for lang, arts in by_lang.items():
        names, pooled = feature_names[lang], fitted[lang]
        current = counts(arts, sectors_module.weights(lang))
        line = f"{lang}: {len(arts)} articles; F1 {f1(current):.3f} {current.astype(int).tolist()} with the current weights"
        line += f", {f1(counts(arts, pooled)):.3f} fitted (in sample)"
        if args.folds > 1:
            cv = cross_validated(by_lang, lang, names, args.l2, args.folds, args.seeds)
            line += (f", {f1(cv['all']):.3f} {cv['all'].round(1).tolist()} cross-validated over {args.folds} folds of "
                     f"articles (even ids {f1(cv['even']):.3f}, odd ids {f1(cv['odd']):.3f})")
        print(line)
        if args.show:
            w = sectors_module.weights(lang)
            for a in arts:
                for s, f in sorted(a["features"].items()):
                    kept = a["rules"][s] or sectors_module.substantial(f, w)
                    wrong = "FP" if kept and s not in a["required"] | a["optional"] else \
                        "FN" if not kept and s in a["required"] else ""
                    if wrong:
                        terms = ", ".join(f"{t}:{v:.1f}" for t, v in sorted(a["evidence"][s].items(), key=lambda kv: -kv[1])[:6])
                        print(f"  {wrong} {a['name']} {s}: " + " ".join(f"{n}={f[n]:.2f}" for n in names if n != "bias")
                              + f" | {terms}")
                for s in sorted(a["required"] - set(a["features"])):
                    print(f"  FN {a['name']} {s}: no evidence")
    for lang in args.lang:
        print(f"pooled for {lang}", " ".join(f"{k}={v:.3f}" for k, v in fitted[lang].items()))
    if args.write:
        for lang in args.lang:
            note = (f"Fitted by scripts/fit_sectors.py on the tuning part of the gold ({', '.join(args.lang)} "
                    f"pooled, {sum(len(a) for a in by_lang.values())} articles, l2 {args.l2}")
            write(lang, fitted[lang], note + (", with the sector priors)." if lang in args.prior else ")."))
            write_priors(lang, prior_table(by_lang[lang]), f"Measured by scripts/fit_sectors.py on the "
                         f"{len(by_lang[lang])} tuning articles (smoothing {PRIOR_SMOOTHING:g} rows of the overall rate)"
                         + ("." if lang in args.prior else "; the decision does not weigh them (no weight prior in "
                            "sector_weights.tsv: fitted without, as the cross-validated F1 falls with them)."))
        sectors_module.weights.cache_clear()
        sectors_module.priors.cache_clear()


if __name__ == "__main__":
    main()
