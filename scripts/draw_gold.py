"""Draws a new batch of articles for blind annotation, none of them already in samples/ (gold or dev).

    python scripts/draw_gold.py ../shared/corpus/orangesum-valid.jsonl fr 60 --seed 2612 --out /tmp/batch
    python scripts/draw_gold.py ../shared/corpus/en-wikinews.jsonl en 30 --seed 2612 --out /tmp/batch

French articles come from corpus lines 601–1500 (as the first batch), 120–800 words; English from the
whole Wikinews file, 120–800 words. Each article is written as `<id>.<lang>.txt`, its `text` field byte
for byte, for annotators who see nothing else. A batch drawn after the first split goes to the tuning
part only (listed under "tuning" in samples/gold/split.json): the validation part stays the one
measured since it was made.
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def known_ids() -> set[str]:
    return {p.name.split(".")[0] for p in SAMPLES.rglob("*.txt")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("lang", choices=("fr", "en"))
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=2612)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    rows = [json.loads(line) for line in Path(args.corpus).open(encoding="utf-8")]
    if args.lang == "fr":
        rows = rows[600:1500]
    taken = known_ids()
    pool = [r for r in rows if r["id"] not in taken and 120 <= len(r["text"].split()) <= 800]
    chosen = random.Random(args.seed).sample(pool, args.count)
    args.out.mkdir(parents=True, exist_ok=True)
    for row in chosen:
        (args.out / f"{row['id']}.{args.lang}.txt").write_text(row["text"], encoding="utf-8")
    print(f"{len(chosen)} of {len(pool)} {args.lang} articles written to {args.out}")


if __name__ == "__main__":
    main()
