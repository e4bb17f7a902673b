"""Batch benchmark: `briefcli batch` beside a plain spaCy `nlp.pipe` script, in one run.

    python benchmarks/batch.py CORPUS.jsonl [--limit 300] [--runs 3] [--no-dask]

Every command is a whole process over the same articles (the first --limit lines of the
corpus), load included, timed until it is reaped; the commands take turns (A B C D A B C D …)
so that the machine's load falls on all alike. Printed, with medians:

- plain: `nlp = spacy.load(MODEL)`, then `nlp.pipe(texts, batch_size=16)` over the texts;
- `briefcli batch CORPUS -o OUT --workers 1` (target ≤ 1.10× plain);
- `briefcli batch … --workers 2` (target: 2 workers ≥ 1.8× as fast as 1);
- `briefcli batch … --scheduler local --workers 2`: a Dask LocalCluster of 2 single-threaded
  processes (target ≤ 1.1× `--workers 2`), when dask is installed;
- the peak memory of all the processes of a 2-worker run (sampled from /proc).
A script that prints numbers, not a test: wall-clock times depend on the machine and its load.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PLAIN = ("import json, spacy, sys; nlp = spacy.load(sys.argv[1]); "
         "texts = [json.loads(line)['text'] for line in open(sys.argv[2], encoding='utf-8') if line.strip()]; "
         "sum(len(doc) for doc in nlp.pipe(texts, batch_size=16))")


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            tree.setdefault(ppid, []).append(int(entry))
    return tree


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _cpu_ticks(pid: int) -> int:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])  # utime + stime


def run(cmd: list[str], *, sample_memory: bool = False) -> tuple[float, float, float]:
    """(seconds, CPU seconds of the process and all its descendants, peak MB of them all when asked),
    sampled from /proc every 0.1 s (worker processes are not all reaped by the command itself).
    CPU seconds hardly depend on how busy the machine is: on a loaded machine, 2 workers cannot
    go faster than 1, but their CPU seconds still tell whether they would on free cores."""
    started = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    ticks: dict[int, int] = {}
    while child.poll() is None:
        tree, todo, total = _children(), [child.pid], 0
        while todo:
            pid = todo.pop()
            ticks[pid] = max(ticks.get(pid, 0), _cpu_ticks(pid))
            if sample_memory:
                total += _rss_kb(pid)
            todo.extend(tree.get(pid, []))
        peak = max(peak, total)
        time.sleep(0.1)
    seconds = time.perf_counter() - started
    cpu = sum(ticks.values()) / os.sysconf("SC_CLK_TCK")
    err = child.stderr.read().decode(errors="replace")
    if child.returncode != 0:
        raise SystemExit(f"exit {child.returncode}: {' '.join(cmd)}\n{err[-2000:]}")
    return seconds, cpu, peak / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=300, help="articles (the first N lines)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--model", default="fr_core_news_sm")
    parser.add_argument("--no-dask", action="store_true")
    args = parser.parse_args(argv)
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        lines = [line for line in args.corpus.open(encoding="utf-8") if line.strip()][:args.limit]
        corpus.write_text("".join(lines), encoding="utf-8")
        words = sum(len(json.loads(line)["text"].split()) for line in lines)
        out = str(Path(tmp) / "out.jsonl")
        batch = [py, "-m", "briefcli", "batch", str(corpus), "-o", out, "-q", "--model", args.model]
        commands = {
            "plain spacy.load + nlp.pipe": [py, "-c", PLAIN, args.model, str(corpus)],
            "briefcli batch --workers 1": batch + ["--workers", "1"],
            "briefcli batch --workers 2": batch + ["--workers", "2"],
        }
        if not args.no_dask and importlib.util.find_spec("distributed") is not None:
            commands["briefcli batch --scheduler local -w 2"] = batch + ["--scheduler", "local", "--workers", "2"]
        print(f"{len(lines)} articles ({words:,} words), model {args.model}, {os.cpu_count()} cores, "
              f"load average {os.getloadavg()[0]:.1f}; {args.runs} runs each, interleaved", flush=True)
        run(commands["briefcli batch --workers 1"])  # warm-up: disk cache, briefcli's cache files
        times: dict[str, list[float]] = {name: [] for name in commands}
        cpus: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, cmd in commands.items():
                seconds, cpu, _ = run(cmd)
                times[name].append(seconds)
                cpus[name].append(cpu)
        _, _, peak = run(commands["briefcli batch --workers 2"], sample_memory=True)
    median = {name: statistics.median(values) for name, values in times.items()}
    cpu = {name: statistics.median(values) for name, values in cpus.items()}
    for name, values in times.items():
        print(f"{name:<38} {median[name]:7.1f} s  {words / median[name]:7,.0f} words/s  CPU {cpu[name]:6.1f} s   "
              "runs: " + " ".join(f"{v:.1f}" for v in values))
    plain, one, two = (median["plain spacy.load + nlp.pipe"], median["briefcli batch --workers 1"],
                       median["briefcli batch --workers 2"])
    print(f"1 worker / plain nlp.pipe (time) = {one / plain:.2f} (target ≤ 1.10)")
    print(f"2 workers: {one / two:.2f}× as fast as 1 (target ≥ 1.8); CPU seconds 2 workers / 1 worker = "
          f"{cpu['briefcli batch --workers 2'] / cpu['briefcli batch --workers 1']:.2f} (at most 2 / 1.8 = 1.11 "
          "for 1.8× on 2 free cores, if the work splits evenly)")
    print(f"CPU seconds, 1 worker / plain nlp.pipe = {cpu['briefcli batch --workers 1'] / cpu['plain spacy.load + nlp.pipe']:.2f}")
    if "briefcli batch --scheduler local -w 2" in median:
        print(f"Dask LocalCluster, 2 processes / --workers 2 (time) = "
              f"{median['briefcli batch --scheduler local -w 2'] / two:.2f} (target ≤ 1.10); CPU seconds "
              f"{cpu['briefcli batch --scheduler local -w 2'] / cpu['briefcli batch --workers 2']:.2f}")
    print(f"peak memory of a 2-worker run, all processes: {peak:,.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
