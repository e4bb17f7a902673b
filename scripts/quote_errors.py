"""List the quotes whose speaker or verb differs from the gold, article by article.

Usage: python scripts/quote_errors.py DIR_OR_GOLD... [--model NAME] [--show speaker|verb|all|none]

Each article is briefed as `briefcli evaluate` does (its gold's title and language) and its quotes are
paired with the gold's the same way (30 % word overlap). Prints the mismatches, the quoted names taken
for quotes, and the totals; a development aid for the attribution rules in briefcli/extract/quotes.py.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from briefcli.api import brief_article
from briefcli.evaluate import QUOTE_OVERLAP, QUOTE_OVERLAP_STRICT, _greedy, _same_speaker, gold_pairs, load_gold, part_of, word_overlap
from briefcli.inputs import read
from briefcli.lexicon import fold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="folders of *.gold.json with their articles, or gold files")
    parser.add_argument("--model")
    parser.add_argument("--show", choices=["speaker", "verb", "all", "none"], default="speaker")
    parser.add_argument("--part", choices=["tuning", "validation"], help="only this part of the nearest split.json "
                        "(look at tuning errors only)")
    parser.add_argument("--kind", choices=["direct", "indirect"], default="direct")
    args = parser.parse_args()
    pairs: list[tuple[Path, Path]] = []
    for p in map(Path, args.paths):
        pairs += gold_pairs(p) if p.is_dir() else [pair for pair in gold_pairs(p.parent) if pair[1] == p]
    if args.part:
        pairs = [pair for pair in pairs if part_of(pair[1]) == args.part]
    speakers = verbs = total = 0
    for article_path, gold_path in pairs:
        gold = load_gold(gold_path)
        article = read(str(article_path))
        article.title = article.title or gold.get("title")
        quotes = [q for q in brief_article(article, lang=gold.get("language"), model=args.model).to_dict()["quotes"]
                  if q["kind"] == args.kind]
        for name in gold.get("not_quotes", []):
            if any(word_overlap(q["text"], name) >= QUOTE_OVERLAP_STRICT for q in quotes):
                print(f"{article_path.name}: quoted name taken {name!r}")
        golds = [g for g in gold.get("quotes", []) if (g.get("kind") or "direct") == args.kind]
        for i, j in _greedy(quotes, golds, lambda p, g: (o := word_overlap(p["text"], g["text"])) >= QUOTE_OVERLAP and o):
            p, g = quotes[i], golds[j]
            if g.get("optional"):
                continue
            same_speaker = _same_speaker(p.get("speaker"), g.get("speaker"), gold.get("actors", []))
            same_verb = fold(p.get("verb") or "") == fold(g.get("verb") or "")
            total, speakers, verbs = total + 1, speakers + same_speaker, verbs + same_verb
            if (args.show in ("speaker", "all") and not same_speaker) or (args.show in ("verb", "all") and not same_verb):
                print(f"{article_path.name}: {g['text'][:60]!r}\n"
                      f"    found {p.get('speaker')!r} / {p.get('verb')!r}, gold {g.get('speaker')!r} / {g.get('verb')!r}")
    print(f"speaker {speakers}/{total} = {speakers / max(total, 1):.3f}, verb {verbs}/{total} = {verbs / max(total, 1):.3f}")


if __name__ == "__main__":
    main()
