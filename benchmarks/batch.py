"""Benchmark of `briefcli batch` against raw spaCy: `python -m briefcli.bench CORPUS.jsonl`.

Prints, in one run:
- raw `nlp.pipe` words/s with the same spaCy pipeline (same model, same spaCy components,
  same batch_size), over the article texts: loaded by `spacy.load`, and loaded as briefcli
  loads it (briefcli.fastload: identical output, a faster lemmatizer), so that the report
  gives both the share of stock spaCy's speed and the brief's own cost on the same parse;
- briefcli batch words/s with 1 worker (in this process) and with 2 worker processes
  (started and warmed up before the clock starts; their start-up time is printed apart);
- the peak memory of a whole `briefcli batch` run (a child process and its workers,
  sampled from /proc) over the first 1,000 articles and over 10,000 (the corpus repeated);
- when briefcli runs under the target share of raw throughput, where the brief's own time
  goes (cProfile, per extractor).

Words are counted the same way on both sides (tokens that are neither space nor punctuation).
A script that prints numbers, not a test: wall-clock times depend on the machine and its load.
"""
from __future__ import annotations

import argparse
import cProfile
import itertools
import json
import os
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_ONE = 0.85  # batch with 1 worker / raw nlp.pipe
TARGET_TWO = 1.6  # 2 workers / 1 worker
TARGET_MEMORY = 1.2  # peak memory of the long run / the short run


def _records(path: Path, limit: int | None, text_field: str) -> list[dict]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                record = json.loads(line)
                if isinstance(record.get(text_field), str) and record[text_field].strip():
                    out.append(record)
                    if limit is not None and len(out) >= limit:
                        break
    return out


def _write_corpus(path: Path, records: list[dict], count: int) -> Path:
    """`count` lines: the records repeated, each repetition with ids of its own (id#2…)."""
    with path.open("w", encoding="utf-8") as fh:
        for n, record in enumerate(itertools.islice(itertools.cycle(records), count)):
            turn = n // len(records)
            item = dict(record)
            item["id"] = f"{record.get('id', n)}#{turn + 1}" if turn else str(record.get("id", n))
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    return path


def raw_pipe(texts: list[str], model: str, batch_size: int, *, stock: bool = True) -> tuple[float, int, list[str]]:
    """(seconds, words, components) of spaCy alone, with the components briefcli's pipeline runs:
    loaded by spacy.load (stock), or as briefcli loads it (fastload: same components, same
    output, the lemmatizer's index tables as sets)."""
    import spacy

    from . import fastload, pipeline
    from .analyze import word_count

    ours = [p for p in pipeline.load(model).pipe_names if not p.startswith("briefcli")]
    package = pipeline.resolve_model(model)
    nlp = spacy.load(package) if stock else fastload.load(package)
    for name in nlp.pipe_names:
        if name not in ours:
            nlp.disable_pipe(name)
    list(nlp.pipe(texts[:4], batch_size=batch_size))  # warm-up
    started = time.perf_counter()
    words = sum(word_count(doc) for doc in nlp.pipe(texts, batch_size=batch_size))  # as in every brief
    return time.perf_counter() - started, words, nlp.pipe_names


def batch_run(corpus: Path, workers: int, options) -> tuple[float, int, int, float]:
    """(seconds, words, failures, start-up seconds) of batch.run over a corpus file."""
    from . import batch

    started = time.perf_counter()
    executor = batch.local_executor(workers, options)
    if isinstance(executor, batch.LocalPool):
        executor.warm_up()
    else:
        batch.preload(options)
    startup = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp:
        try:
            with batch.JsonlSink(os.path.join(tmp, "out.jsonl")) as sink:
                summary = batch.run(batch.iter_tasks([str(corpus)]), sink, executor, options)
        finally:
            executor.close()
    return summary.seconds, summary.words, summary.failed, startup


# --- peak memory of a whole run -------------------------------------------------------------

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


def _status_kb(pid: int, key: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def measure_memory(corpus: Path, workers: int, batch_size: int, interval: float = 0.2) -> dict:
    """Run `briefcli batch` in a child process; sample the RSS of it and its workers."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "briefcli", "batch", str(corpus), "-o", os.path.join(tmp, "out.jsonl"),
               "-q", "--workers", str(workers), "--batch-size", str(batch_size)]
        started = time.perf_counter()
        child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        peak_total = peak_single = 0
        while child.poll() is None:
            tree = _children()
            pids, todo = [], [child.pid]
            while todo:
                pid = todo.pop()
                pids.append(pid)
                todo.extend(tree.get(pid, []))
            total = sum(_status_kb(pid, "VmRSS") for pid in pids)
            peak_total = max(peak_total, total)
            peak_single = max([peak_single] + [_status_kb(pid, "VmHWM") for pid in pids])
            time.sleep(interval)
        seconds = time.perf_counter() - started
        stderr = child.stderr.read().decode("utf-8", "replace") if child.stderr else ""
        lines = sum(1 for _ in open(os.path.join(tmp, "out.jsonl"), "rb"))
    return {"articles": lines, "seconds": seconds, "peak_total_mb": peak_total / 1024,
            "peak_process_mb": peak_single / 1024, "exit": child.returncode, "stderr": stderr.strip()}


# --- where the brief's time goes ------------------------------------------------------------

def profile(corpus: Path, options, top: int = 25) -> str:
    """cProfile of batch.brief_tasks (in this process) over a corpus: per extractor, then top functions."""
    from . import batch

    tasks = list(batch.iter_tasks([str(corpus)]))
    batch.preload(options)
    profiler = cProfile.Profile()
    profiler.enable()
    for i in range(0, len(tasks), options.batch_size):
        batch.brief_tasks(tasks[i:i + options.batch_size], options)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = stats.total_tt  # type: ignore[attr-defined]
    parts = {}
    for (filename, _, function), (_, _, _, cumulative, _) in stats.stats.items():  # type: ignore[attr-defined]
        path = filename.replace("\\", "/")
        if function in ("extract", "build_brief", "clean", "pipe", "__call__", "resolve") and (
                "/briefcli/" in path or path.endswith("spacy/language.py")):
            key = f"{Path(path).parent.name}/{Path(path).name}:{function}"
            parts[key] = max(parts.get(key, 0.0), cumulative)
    out = [f"profile of {len(tasks)} articles in this process, {total:.1f} s in all (cumulative s, share):"]
    for key, seconds in sorted(parts.items(), key=lambda kv: -kv[1]):
        out.append(f"  {seconds:8.2f}  {seconds / total:6.1%}  {key}")
    import io

    stream = io.StringIO()
    pstats.Stats(profiler, stream=stream).sort_stats("tottime").print_stats(top)
    body = stream.getvalue()
    start = body.find("   ncalls")
    out.append(f"top {top} functions by own time:")
    out.append(body[start:].rstrip() if start >= 0 else body.rstrip())
    return "\n".join(out)


# --- the report -----------------------------------------------------------------------------

def _load() -> str:
    """The machine's load average: other processes on the cores skew every number here."""
    try:
        return "load average %.1f" % os.getloadavg()[0]
    except OSError:
        return "load average unknown"


def _verdict(ok: bool) -> str:
    return "meets the target" if ok else "BELOW the target"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m briefcli.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="JSON Lines corpus (one article per line)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles for the speed runs")
    parser.add_argument("--text-field", default="text")
    parser.add_argument("--model", default="fr_core_news_sm")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--memory-runs", default="1000,10000",
                        help="article counts of the memory runs, comma-separated ('' to skip them)")
    parser.add_argument("--memory-workers", type=int, default=os.cpu_count() or 1,
                        help="workers of the memory runs (default: all cores, as briefcli batch)")
    parser.add_argument("--profile", type=int, default=None, metavar="N",
                        help="profile N articles (default: 200 when the 1-worker share is below the target; 0: never)")
    args = parser.parse_args(argv)

    from . import batch

    records = _records(args.corpus, args.limit, args.text_field)
    if not records:
        print(f"{args.corpus}: no article", file=sys.stderr)
        return 1
    options = batch.BriefOptions(model=args.model, batch_size=args.batch_size)
    print(f"corpus: {args.corpus} ({len(records)} articles), model {args.model}, batch_size {args.batch_size}, "
          f"{os.cpu_count()} cores, {_load()}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        speed_corpus = _write_corpus(Path(tmp) / "speed.jsonl", records, len(records))

        texts = [r[args.text_field] for r in records]
        seconds, words, components = raw_pipe(texts, args.model, args.batch_size)
        raw_rate = words / seconds
        print(f"raw spaCy nlp.pipe, spacy.load ({', '.join(components)}): {words} words in {seconds:.1f} s = "
              f"{raw_rate:,.0f} words/s ({_load()})", flush=True)
        seconds, words, _ = raw_pipe(texts, args.model, args.batch_size, stock=False)
        same_parse_rate = words / seconds
        print(f"raw spaCy nlp.pipe, loaded as briefcli loads it: {words} words in {seconds:.1f} s = "
              f"{same_parse_rate:,.0f} words/s ({_load()})", flush=True)

        rates = {}
        for workers in (1, 2):
            seconds, words, failed, startup = batch_run(speed_corpus, workers, options)
            rates[workers] = words / seconds
            print(f"briefcli batch, {workers} worker{'s' if workers > 1 else ''}: {words} words in {seconds:.1f} s = "
                  f"{rates[workers]:,.0f} words/s ({len(records) / seconds:.1f} articles/s; {failed} failed; "
                  f"start-up before the clock {startup:.1f} s; {_load()})", flush=True)

        share, speedup = rates[1] / raw_rate, rates[2] / rates[1]
        print(f"1 worker / raw nlp.pipe = {share:.2f} (target ≥ {TARGET_ONE}): {_verdict(share >= TARGET_ONE)}")
        print(f"1 worker / raw nlp.pipe with briefcli's loading = {rates[1] / same_parse_rate:.2f} (the brief's own "
              f"work on top of the very same parse: {same_parse_rate / rates[1] - 1:.0%})")
        print(f"2 workers / 1 worker = {speedup:.2f} (target ≥ {TARGET_TWO}): {_verdict(speedup >= TARGET_TWO)}",
              flush=True)

        sizes = [int(s) for s in args.memory_runs.split(",") if s.strip()]
        peaks = {}
        for size in sizes:
            corpus = _write_corpus(Path(tmp) / f"memory-{size}.jsonl", records, size)
            m = measure_memory(corpus, args.memory_workers, args.batch_size)
            peaks[size] = m["peak_total_mb"]
            print(f"memory, {size} articles, {args.memory_workers} workers: peak {m['peak_total_mb']:,.0f} MB "
                  f"(all processes), {m['peak_process_mb']:,.0f} MB (largest process); {m['articles']} lines in "
                  f"{m['seconds']:.0f} s, exit {m['exit']}", flush=True)
            if m["exit"] not in (0, 1):
                print(m["stderr"][-2000:], file=sys.stderr)
            corpus.unlink()
        if len(sizes) >= 2:
            small, large = min(sizes), max(sizes)
            ratio = peaks[large] / peaks[small]
            print(f"peak memory {large} / {small} articles = {ratio:.2f} (target ≤ {TARGET_MEMORY}): "
                  f"{_verdict(ratio <= TARGET_MEMORY)}", flush=True)

        count = args.profile if args.profile is not None else (200 if share < TARGET_ONE else 0)
        if count:
            profile_corpus = _write_corpus(Path(tmp) / "profile.jsonl", records, min(count, len(records)))
            print(profile(profile_corpus, options), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
