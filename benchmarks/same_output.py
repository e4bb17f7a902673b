"""Dump the briefs (JSON) of every sample article and of the first N corpus articles, one line
each, so that two versions of briefcli can be compared byte for byte:

    python benchmarks/same_output.py CORPUS.jsonl --limit 600 > before.jsonl
    … change the code …
    python benchmarks/same_output.py CORPUS.jsonl --limit 600 > after.jsonl && cmp before.jsonl after.jsonl

Each article goes through `brief` alone (as `briefcli brief` does) and, for the corpus, also
through `brief_many` (as `briefcli batch` does).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="?")
    parser.add_argument("--limit", type=int, default=600)
    args = parser.parse_args(argv)
    from briefcli.api import brief_article, brief_many
    from briefcli.inputs import Article, read

    out = sys.stdout
    for path in sorted((ROOT / "samples").rglob("*")):
        if path.suffix in (".txt", ".md", ".html") and path.is_file():
            record = brief_article(read(str(path))).to_dict()
            record["source"]["name"] = str(path.relative_to(ROOT))
            out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    if args.corpus:
        articles = []
        with args.corpus.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                if n >= args.limit:
                    break
                r = json.loads(line)
                articles.append(Article(name=str(r.get("id", n)), text=r["text"], title=r.get("title")))
        for a in articles:
            out.write(json.dumps(brief_article(a).to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
        for b in brief_many(articles):
            out.write(json.dumps(b.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
