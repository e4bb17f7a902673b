"""Print the README's blind-gold table: one Markdown row per language and part of samples/gold.

    python scripts/gold_table.py [--model-fr NAME] [--model-en NAME] [--digits 3]

Runs `briefcli evaluate samples/gold/<lang> --format json` for French and English and prints the rows
of "Measuring quality" in README.md (validation first: it is the number to quote).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "samples" / "gold"
HEADER = ("| part | actors F1 | kind | roles (recall / precision) | sectors F1 | projects F1 | figures F1 | direct quotes F1 "
          "(30 % / 80 %) | speaker | verb | names taken | reported F1 | reported speaker | all quotes F1 (GGT) | all speaker |")
NAMES = {"fr": "French", "en": "English"}


DIGITS = 2


def _f(x) -> str:
    return "—" if x is None else f"{x:.{DIGITS}f}"


def row(label: str, s: dict) -> str:
    a, q, qs, r, qa = s["actors"], s["quotes"], s["quotes_strict"], s["reported"], s["quotes_all"]
    cells = [label, _f(a["f1"]), _f(a["kind_accuracy"]), f"{_f(a['role_recall'])} / {_f(a.get('role_precision'))}", _f(s["sectors"]["f1"]),
             _f(s["projects"]["f1"]), _f(s["figures"]["f1"]), f"{_f(q['f1'])} / {_f(qs['f1'])}",
             _f(q["speaker_accuracy"]), _f(q["verb_accuracy"]), str(q.get("quoted_names_taken", "—")),
             _f(r["f1"]), _f(r["speaker_accuracy"]), _f(qa["f1"]), _f(qa["speaker_accuracy"])]
    return "| " + " | ".join(cells) + " |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model-fr")
    parser.add_argument("--model-en")
    parser.add_argument("--digits", type=int, default=2, help="decimals (3 to compare two builds)")
    args = parser.parse_args()
    global DIGITS
    DIGITS = args.digits
    print(HEADER)
    print("|" + "---|" * HEADER.count(" | ") + "---|")
    for lang in ("fr", "en"):
        cmd = [sys.executable, "-m", "briefcli", "evaluate", str(GOLD / lang), "--format", "json"]
        model = getattr(args, f"model_{lang}")
        if model:
            cmd += ["--model", model]
        result = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
        for part in ("validation", "tuning"):
            s = result["parts"][part]
            print(row(f"{NAMES[lang]} {part} ({s['documents']})", s))


if __name__ == "__main__":
    main()
