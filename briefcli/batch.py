"""Batch briefing: many inputs → one JSON Lines stream of schema-1 briefs, in input order.

The pieces, each small:
- `iter_tasks` lists inputs lazily (files, folders walked in sorted order, JSON Lines corpora
  read line by line, standard input) as `Task`s: a name, and a path to read or an Article.
- `brief_tasks` is what a worker runs on a chunk of tasks, wherever it runs (this process,
  a process pool, a Dask worker): it reads, briefs with `api.brief_many` (one `nlp.pipe`
  per chunk) and turns every failure of one input into that input's error line.
- `run` feeds chunks to an executor with a bounded number in flight and writes the lines
  in input order as they come back, so memory stays flat however long the stream.
- `JsonlSink` writes each line with one system call and flushes it; `completed_names`
  reads back an output file for `--resume`, dropping a last line cut short by a kill.

The library never prints: progress and the closing summary are the CLI's job.
"""
from __future__ import annotations

import fnmatch
import io
import json
import os
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, field

from .errors import BriefError, InputError
from .inputs import Article

JSONL_SUFFIXES = (".jsonl", ".ndjson")
DEFAULT_BATCH_SIZE = 16  # articles per nlp.pipe call and per task sent to a worker
MAX_ERROR_KINDS = 50  # distinct error kinds kept for the summary (the rest are counted as "other")


# --- options and units of work -------------------------------------------------------

@dataclass(frozen=True)
class BriefOptions:
    """What every worker needs to know to brief an article."""
    lang: str | None = None
    model: str | None = None
    sentences: int = 3
    batch_size: int = DEFAULT_BATCH_SIZE


@dataclass(frozen=True)
class InputSpec:
    """How to find articles in the inputs."""
    glob: str | None = None  # file-name pattern inside folders (default: the suffixes inputs.read knows)
    text_field: str = "text"
    id_field: str = "id"
    title_field: str = "title"


@dataclass
class Task:
    """One input before it is briefed: a path for `inputs.read`, an Article already read,
    or an error found while listing (a bad JSON line), as (type, message, kind)."""
    name: str
    path: str | None = None
    article: Article | None = None
    error: tuple[str, str, str] | None = None

    def load(self) -> Article:
        if self.article is not None:
            return self.article
        from .inputs import read

        return read(self.path)

    def materialized(self) -> Task:
        """The task with its file already read (for workers that do not share our disk)."""
        if self.path is None or self.error is not None:
            return self
        try:
            return Task(self.name, article=self.load())
        except Exception as exc:  # noqa: BLE001 - any failure of one input is that input's error line
            return Task(self.name, error=describe(self.name, exc))


@dataclass
class Result:
    """One output line and what the summary needs to know of it."""
    name: str
    line: str
    error_type: str | None = None
    error_kind: str | None = None
    words: int = 0

    @property
    def ok(self) -> bool:
        return self.error_type is None


def describe(name: str, exc: BaseException) -> tuple[str, str, str]:
    """(type, message, kind) of a failure; the kind is the message without the input's name,
    so that the summary can group "a.txt: no such file" with "b.txt: no such file"."""
    message = str(exc) or type(exc).__name__
    if isinstance(exc, InputError):
        kind = exc.problem
    else:
        kind = message[len(name) + 2:] if message.startswith(f"{name}: ") else message
    return type(exc).__name__, message, kind


def failure(name: str, error: tuple[str, str, str]) -> Result:
    from .records import error_fields
    from .render.json import line

    type_name, message, kind = error
    return Result(name, line(error_fields(name, type_name, message)), type_name, kind)


def _failed(name: str, exc: BaseException) -> Result:
    from .records import error_record
    from .render.json import line

    type_name, _, kind = describe(name, exc)
    return Result(name, line(error_record(name, exc)), type_name, kind)


def _briefed(brief) -> Result:
    from .render.json import line

    return Result(brief.source.name, line(brief.to_dict()), words=brief.source.words)


# --- the work of one chunk, the same in every executor ----------------------------------

def brief_tasks(tasks: Sequence[Task], options: BriefOptions) -> list[Result]:
    """The output lines of a chunk of tasks, in order. Never raises for one input's sake:
    briefcli's own errors and any other exception both become that input's error line."""
    from . import api

    results: list[Result | None] = [None] * len(tasks)
    articles: list[tuple[int, Article]] = []
    for i, task in enumerate(tasks):
        if task.error is not None:
            results[i] = failure(task.name, task.error)
            continue
        try:
            article = task.load()
            article.name = task.name  # the name --resume looks for, whatever the reader calls it
            # resolved here too, so that one article in an unsupported language fails alone
            api.resolve(article.text, options.lang, options.model)
        except Exception as exc:  # noqa: BLE001
            results[i] = _failed(task.name, exc)
            continue
        articles.append((i, article))
    if articles:
        try:
            briefs = api.brief_many([a for _, a in articles], lang=options.lang, model=options.model,
                                    sentences=options.sentences, batch_size=len(articles))
            for (i, _), brief in zip(articles, briefs):
                results[i] = _briefed(brief)
        except Exception:  # noqa: BLE001
            # one article broke the shared parse or its brief: redo the rest one by one,
            # so that only that article gets an error line
            for i, article in articles:
                if results[i] is None:
                    try:
                        results[i] = _briefed(api.brief_article(article, lang=options.lang, model=options.model,
                                                                sentences=options.sentences))
                    except Exception as exc:  # noqa: BLE001
                        results[i] = _failed(tasks[i].name, exc)
    return results  # type: ignore[return-value]


def preload(options: BriefOptions) -> None:
    """Load the pipeline a worker will most likely need (once per process: pipeline.load is cached)."""
    from . import lexicon, pipeline

    lang = options.lang or "fr"
    try:
        lexicon.load(lang)
        model = options.model or pipeline.DEFAULT_MODELS.get(lang)
        if model:
            pipeline.load(model)
    except BriefError:
        pass  # it will be reported, article by article, as error lines


# --- listing inputs -------------------------------------------------------------------

def iter_tasks(sources: Sequence[str], spec: InputSpec = InputSpec()) -> Iterator[Task]:
    """The tasks of the inputs, lazily, in order: files, folders (recursive, sorted),
    JSON Lines corpora (one task per line), '-' for standard input."""
    for source in sources:
        if source == "-":
            yield from _stdin_tasks(spec)
        elif os.path.isdir(source):
            for path in walk(source, spec.glob):
                kind = irregular_kind(path)
                if kind is not None:  # a named pipe could wait for ever, a device never end
                    yield Task(path, error=describe(path, InputError(path, f"not a regular file ({kind}), skipped")))
                    continue
                yield from _path_tasks(path, spec)
        else:
            yield from _path_tasks(source, spec)


def irregular_kind(path: str) -> str | None:
    """What a path is when it is neither a regular file nor a folder ("a named pipe"…), else None."""
    import stat

    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # reading it will say what is wrong
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a special file"


def walk(directory: str, pattern: str | None = None) -> Iterator[str]:
    """Files under a folder whose name matches the pattern (default: the text, Markdown and
    HTML suffixes inputs.read knows), in sorted order, skipping hidden files and folders."""
    suffixes = _default_suffixes() if pattern is None else None
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            if pattern is not None and not fnmatch.fnmatch(name, pattern):
                continue
            if suffixes is not None and os.path.splitext(name)[1].lower() not in suffixes:
                continue
            yield os.path.join(root, name)


def _default_suffixes() -> set[str]:
    from . import inputs

    return ({s for s in inputs.TEXT_SUFFIXES if s} | set(getattr(inputs, "HTML_SUFFIXES", ())))


def is_jsonl(path: str) -> bool:
    return path.lower().endswith(JSONL_SUFFIXES)


def _path_tasks(path: str, spec: InputSpec) -> Iterator[Task]:
    if not is_jsonl(path):
        yield Task(path, path=path)
        return
    try:
        fh = open(path, "rb")
    except OSError as exc:
        problem = "no such file" if isinstance(exc, FileNotFoundError) else f"cannot be read ({exc.strerror or exc})"
        yield Task(path, error=describe(path, InputError(path, problem)))
        return
    with fh:
        yield from _jsonl_tasks(fh, path, spec)


def _jsonl_tasks(lines: Iterable[bytes], label: str, spec: InputSpec, first_number: int = 1) -> Iterator[Task]:
    for number, raw in enumerate(lines, first_number):
        if raw.strip():
            yield _record_task(raw, f"{label}:{number}", spec)


def _record_task(raw: bytes, where: str, spec: InputSpec) -> Task:
    """A task from one JSON Lines line; `where` (file:line) names it when it has no id."""
    from .inputs import article_from_text

    try:
        record = json.loads(raw)
    except ValueError as exc:
        return Task(where, error=describe(where, InputError(where, f"not a valid JSON line ({exc})")))
    if not isinstance(record, dict):
        return Task(where, error=describe(where, InputError(where, "not a JSON object")))
    name = record.get(spec.id_field)
    name = where if name is None or name == "" else str(name)
    text = record.get(spec.text_field)
    if not isinstance(text, str):
        problem = (f"no text field '{spec.text_field}' (choose it with --text-field)" if spec.text_field not in record
                   else f"the text field '{spec.text_field}' holds {_json_kind(text)}, not a string")
        return Task(name, error=describe(name, InputError(name, problem)))
    try:
        article = article_from_text(text, name)
    except BriefError as exc:
        return Task(name, error=describe(name, exc))
    title = record.get(spec.title_field)
    if isinstance(title, str) and title.strip():
        article.title = title.strip()
    return Task(name, article=article)


def _json_kind(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"a boolean ({str(value).lower()})"
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    return "an array" if isinstance(value, list) else "an object"


def _stdin_tasks(spec: InputSpec) -> Iterator[Task]:
    """Standard input is a JSON Lines stream when its first line is a JSON object, else one article."""
    if sys.stdin is None:  # closed (`<&-`)
        from .inputs import read_stdin

        try:
            read_stdin()
        except InputError as exc:
            yield Task("<stdin>", error=describe("<stdin>", exc))
        return
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # a text-only stdin (some test runners)
        stream = io.BytesIO(sys.stdin.read().encode("utf-8"))
    first, skipped = b"", 0
    for first in stream:
        if first.strip():
            break
        skipped += 1
    if _is_json_object(first):
        yield _record_task(first, f"<stdin>:{skipped + 1}", spec)
        yield from _jsonl_tasks(stream, "<stdin>", spec, first_number=skipped + 2)
        return
    data = first + stream.read()
    try:
        with _stdin_holding(data):
            article = Task("<stdin>", path="-").load()
    except Exception as exc:  # noqa: BLE001
        yield Task("<stdin>", error=describe("<stdin>", exc))
        return
    yield Task(article.name, article=article)


def _is_json_object(line: bytes) -> bool:
    if not line.lstrip().startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


@contextmanager
def _stdin_holding(data: bytes):
    """Standard input replaced by bytes already taken from it, so that inputs.read('-')
    reads the single article exactly as `briefcli brief -` would."""
    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    try:
        yield
    finally:
        sys.stdin = saved


def count_inputs(sources: Sequence[str], spec: InputSpec = InputSpec()) -> int | None:
    """How many tasks iter_tasks will give (for a progress bar), or None for standard input.
    Counts lines of corpora without parsing them."""
    if "-" in sources:
        return None
    total = 0
    for source in sources:
        paths = walk(source, spec.glob) if os.path.isdir(source) else [source]
        for path in paths:
            total += _count_lines(path) if is_jsonl(path) and irregular_kind(path) is None else 1
    return total


def _count_lines(path: str) -> int:
    count, last = 0, b"\n"
    try:
        with open(path, "rb") as fh:
            while block := fh.read(1 << 20):
                count += block.count(b"\n")
                last = block[-1:]
    except OSError:
        return 1
    return count + (last != b"\n")


# --- the output file ------------------------------------------------------------------

class OutputError(BriefError):
    """The output cannot be written (disk full, a closed pipe…)."""


class JsonlSink:
    """Writes lines to a file (or stdout), each flushed as soon as it is written; a file line
    goes out in a single write, so a killed run leaves complete lines (or, at worst, one cut
    short at the very end, which `completed_names` drops on --resume)."""

    def __init__(self, path: str | None = None, *, append: bool = False):
        self.path = path
        self._fh = open(path, "ab" if append else "wb", buffering=0) if path else None

    def write(self, line: str) -> None:
        try:
            if self._fh is None:
                sys.stdout.write(line + "\n")
                sys.stdout.flush()
                return
            data = memoryview((line + "\n").encode("utf-8", "surrogatepass"))
            while data:
                data = data[self._fh.write(data):]
        except OSError as exc:
            raise OutputError(f"{self.path or 'standard output'}: cannot write ({exc.strerror or exc})") from exc

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()

    def __enter__(self) -> JsonlSink:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def completed_names(path: str) -> set[str]:
    """The source names already in an output file, for --resume. A last line cut short by an
    interrupted run is removed from the file, so that new lines start on a line of their own."""
    names: set[str] = set()
    if not os.path.exists(path):
        return names
    good_end = 0
    with open(path, "rb") as fh:
        offset = 0
        for raw in fh:
            offset += len(raw)
            name = _line_name(raw) if raw.endswith(b"\n") else None
            if name is not None:
                names.add(name)
                good_end = offset
            elif raw.strip() and not raw.endswith(b"\n"):
                break  # the unfinished last line
            else:
                good_end = offset  # a blank or foreign complete line: keep it, count nothing
    if good_end < os.path.getsize(path):
        with open(path, "r+b") as fh:
            fh.truncate(good_end)
    return names


def resume_key(name: str) -> str:
    """What --resume compares: a file by its resolved path (`./x.txt` and `x.txt` are one input),
    a JSON Lines record without an id by its corpus's resolved path and line, anything else
    (an id, a URL, standard input) as it is."""
    from .inputs import is_url

    if name.startswith("<") or is_url(name):
        return name
    if os.path.isfile(name):
        return os.path.realpath(name)
    head, sep, line = name.rpartition(":")
    if sep and line.isdigit() and os.path.isfile(head):
        return f"{os.path.realpath(head)}:{line}"
    return name


def completed_keys(path: str) -> set[str]:
    """The resume keys of the inputs already in an output file (see `completed_names`)."""
    return {resume_key(name) for name in completed_names(path)}


def _line_name(raw: bytes) -> str | None:
    try:
        record = json.loads(raw)
        name = record["source"]["name"]
    except (ValueError, KeyError, TypeError):
        return None
    return name if isinstance(name, str) else None


# --- running ----------------------------------------------------------------------------

@dataclass
class Summary:
    ok: int = 0
    failed: int = 0
    skipped: int = 0  # already in the output (--resume)
    words: int = 0
    seconds: float = 0.0
    errors: Counter = field(default_factory=Counter)  # (type, kind) → count

    def add(self, result: Result) -> None:
        if result.ok:
            self.ok += 1
            self.words += result.words
            return
        self.failed += 1
        key = (result.error_type, result.error_kind)
        if key not in self.errors and len(self.errors) >= MAX_ERROR_KINDS:
            key = ("other", "other errors")
        self.errors[key] += 1


class InProcess:
    """Runs chunks here, one at a time (--workers 1): no pickling, no start-up."""
    capacity = 1
    workers = 1

    def submit(self, fn: Callable, *args) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(*args))
        except Exception as exc:  # noqa: BLE001
            future.set_exception(exc)
        return future

    def close(self, *, cancel: bool = False) -> None:
        pass


class LocalPool:
    """A pool of worker processes with the pipeline loaded (forked from a forkserver that loaded
    it once, or spawned where there is none: never forked from this process, so that no lock
    held by a thread of ours is copied into a child)."""

    def __init__(self, workers: int, options: BriefOptions):
        self.workers = workers
        self.options = options
        self.capacity = 2 * workers  # chunks in flight: every worker busy, one more queued each
        self._pool = self._new_pool()

    def _new_pool(self):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        context = preloaded_forkserver(self.options) or multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(self.workers, mp_context=context,
                                   initializer=_init_worker, initargs=(self.options,))

    def submit(self, fn: Callable, *args) -> Future:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self._pool.submit(fn, *args)
        except BrokenProcessPool:  # a worker died (killed, out of memory): a pool is broken for good
            self._restart()
            return self._pool.submit(fn, *args)

    def warm_up(self) -> None:
        """Start every worker and wait until each has loaded its pipeline (for benchmarks)."""
        seen: set[int] = set()
        while len(seen) < self.workers:
            batch = [self._pool.submit(_worker_pid) for _ in range(self.workers)]
            seen.update(f.result() for f in batch)

    def _restart(self) -> None:
        self.close(cancel=True)
        self._pool = self._new_pool()

    def close(self, *, cancel: bool = False) -> None:
        if cancel:
            processes = list((getattr(self._pool, "_processes", None) or {}).values())
            self._pool.shutdown(wait=False, cancel_futures=True)
            for process in processes:  # don't wait for chunks nobody will read
                process.terminate()
        else:
            self._pool.shutdown(wait=True)


def preloaded_forkserver(options: BriefOptions, *, also: Sequence[str] = (), start: bool = False):
    """The forkserver context, its server set to load the pipeline once (and import the modules
    `also`) before it forks any worker: workers start with it loaded and share its memory
    (briefcli/_forkserver_preload.py); the server is a fresh single-threaded process. None where
    there is no forkserver. `start`: start the server now, so that it loads while we go on."""
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return None
    context = multiprocessing.get_context("forkserver")
    os.environ["BRIEFCLI_PRELOAD"] = json.dumps({"lang": options.lang, "model": options.model})
    context.set_forkserver_preload([*also, "briefcli._forkserver_preload"])
    if start:
        from multiprocessing import forkserver

        forkserver.ensure_running()
    return context


def _init_worker(options: BriefOptions) -> None:
    import signal
    import threading

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    # a parent killed outright (kill -9) leaves its workers waiting for work forever: leave with it
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    preload(options)


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _worker_pid() -> int:
    time.sleep(0.2)  # hold this worker so the next call goes to another
    return os.getpid()


def local_executor(workers: int, options: BriefOptions):
    return InProcess() if workers <= 1 else LocalPool(workers, options)


def run(
    tasks: Iterable[Task],
    sink: JsonlSink,
    executor,
    options: BriefOptions = BriefOptions(),
    *,
    skip: set[str] | frozenset[str] = frozenset(),
    on_result: Callable[[Result], None] | None = None,
    summary: Summary | None = None,
    worker_fn: Callable = brief_tasks,
    prepare: Callable[[Task], Task] | None = None,
) -> Summary:
    """Brief every task whose name is not in `skip`, writing lines in input order.

    At most `executor.capacity` chunks of `options.batch_size` tasks are in flight (smaller
    ones at the end when the executor has several `workers`: see `chunks`); each finished
    chunk is written at once. `summary` (updated as lines are written) stays
    meaningful if the run is interrupted. `prepare` maps a task before it is sent (the
    Dask executor reads files here, since remote workers may not share this disk).
    """
    summary = summary if summary is not None else Summary()
    pending: deque[tuple[list[Task], Future]] = deque()
    started = time.perf_counter()

    def write_oldest() -> None:
        chunk, future = pending.popleft()
        try:
            results = future.result()
        except Exception as exc:  # noqa: BLE001 - the whole chunk was lost (a worker died…)
            results = _recover(chunk, exc, executor, options, worker_fn)
        for result in results:
            sink.write(result.line)
            summary.add(result)
            if on_result is not None:
                on_result(result)

    def wanted() -> Iterator[Task]:
        for task in tasks:
            if skip and resume_key(task.name) in skip:
                summary.skipped += 1
                continue
            yield prepare(task) if prepare else task

    try:
        for chunk in chunks(wanted(), options.batch_size, getattr(executor, "workers", 1)):
            while len(pending) >= executor.capacity:
                write_oldest()
            pending.append((chunk, executor.submit(worker_fn, chunk, options)))
        while pending:
            write_oldest()
    finally:
        summary.seconds += time.perf_counter() - started
    return summary


def chunks(tasks: Iterable[Task], size: int, workers: int = 1) -> Iterator[list[Task]]:
    """The tasks in chunks of `size`, in order. For several workers the last chunks get smaller
    (guided scheduling: about a 2×workers-th of what is left, down to size // 8), so that the
    workers finish together instead of one briefing a last full chunk alone while the others
    wait; to see the end coming, 2 × workers chunks' worth of tasks are read ahead."""
    if workers <= 1:
        chunk: list[Task] = []
        for task in tasks:
            chunk.append(task)
            if len(chunk) >= size:
                yield chunk
                chunk = []
        if chunk:
            yield chunk
        return
    ahead: deque[Task] = deque()
    horizon = 2 * workers * size
    for task in tasks:
        ahead.append(task)
        if len(ahead) >= horizon + size:
            yield [ahead.popleft() for _ in range(size)]
    smallest = max(1, size // 8)
    while ahead:
        n = min(size, len(ahead), max(smallest, -(-len(ahead) // (2 * workers))))
        yield [ahead.popleft() for _ in range(n)]


def _recover(chunk: list[Task], exc: Exception, executor, options: BriefOptions, worker_fn: Callable) -> list[Result]:
    """A chunk whose worker died: retry its tasks one by one (the pool restarts itself), so that
    only the article that kills a worker, if any, gets an error line."""
    from concurrent.futures.process import BrokenProcessPool

    if not isinstance(exc, BrokenProcessPool):
        return [failure(t.name, describe(t.name, exc)) for t in chunk]
    results = []
    for task in chunk:
        try:
            results.extend(executor.submit(worker_fn, [task], options).result())
        except Exception as again:  # noqa: BLE001
            results.append(failure(task.name, describe(task.name, again)))
    return results
