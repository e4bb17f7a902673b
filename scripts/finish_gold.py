"""Adds the corpus fields (title, abstract / url, date) and `"indirect": true` to the blind gold files
of samples/gold/ written by annotators (who leave them out), and checks each file's form.

    python scripts/finish_gold.py ../shared/corpus/orangesum-valid.jsonl ../shared/corpus/en-wikinews.jsonl
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "samples" / "gold"
SECTORS = {line.split("\t")[0] for line in (GOLD.parent.parent / "models" / "sectors.tsv").read_text().splitlines()[1:]}


def main(corpora: list[str]) -> int:
    rows = {}
    for corpus in corpora:
        for line in Path(corpus).open(encoding="utf-8"):
            r = json.loads(line)
            rows[r["id"]] = r
    problems = 0
    for path in sorted(GOLD.rglob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_name(path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
        row = rows[path.name.split(".")[0]]
        keys = ("title", "abstract") if gold.get("language") == "fr" else ("title", "url", "date")
        ordered = {"id": gold["id"], "language": gold["language"], **{k: row.get(k) for k in keys}, "indirect": True}
        ordered.update({k: v for k, v in gold.items() if k not in ordered})
        for q in ordered.get("quotes", []):
            if q["text"] not in text:
                print(f"{path.name}: quote not in text: {q['text'][:60]!r}")
                problems += 1
            if q.get("kind") not in ("direct", "indirect"):
                print(f"{path.name}: quote without kind: {q['text'][:60]!r}")
                problems += 1
        for sector in ordered.get("sectors", {}).get("required", []) + ordered.get("sectors", {}).get("optional", []):
            if sector not in SECTORS:
                print(f"{path.name}: unknown sector {sector}")
                problems += 1
        path.write_text(json.dumps(ordered, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
