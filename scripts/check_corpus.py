"""Brief every article of a JSON Lines corpus and report failures and timing.

Usage: python scripts/check_corpus.py CORPUS.jsonl [--model NAME] [--limit N]

Each brief is also checked against the JSON Schema and its offsets against the text:
every summary sentence, quote, project and figure must satisfy text[start:end] == item text.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
import traceback

from briefcli.api import brief_many
from briefcli.inputs import Article
from briefcli.schema import BRIEF


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--model")
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    import jsonschema

    validator = jsonschema.Draft202012Validator(BRIEF)
    records = []
    with open(args.corpus, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if args.limit and n >= args.limit:
                break
            records.append(json.loads(line))
    articles = [Article(name=r["id"], text=r["text"], title=r.get("title")) for r in records]
    start = time.perf_counter()
    failures = 0
    done = 0
    it = brief_many(articles, lang="fr", model=args.model)
    for article in articles:
        try:
            b = next(it)
        except StopIteration:
            break
        except Exception:  # noqa: BLE001 - the point is to report any failure
            failures += 1
            print(f"FAIL {article.name}\n{traceback.format_exc()}", file=sys.stderr)
            it = brief_many(articles[done + 1:], lang="fr", model=args.model)
            done += 1
            continue
        d = b.to_dict()
        errors = list(validator.iter_errors(d))
        bad = [x for part in ("summary", "quotes") for x in d[part] if article.text[x["start"]:x["end"]] != x["text"]]
        bad += [x for x in d["figures"] if article.text[x["start"]:x["end"]] != x["value"]]
        if errors or bad:
            failures += 1
            print(f"INVALID {article.name}: {errors[:1]} {bad[:1]}", file=sys.stderr)
        done += 1
    elapsed = time.perf_counter() - start
    print(f"{done} articles, {failures} failures, {elapsed:.1f} s ({done / elapsed:.1f} articles/s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
