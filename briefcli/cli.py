"""The command line: parses options, calls the library, prints. Nothing else.

Heavy imports (spaCy, the extractors, Rich tables) happen inside the commands that need
them, so `briefcli --help`, `--version` and `schema` answer at once.
"""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__

app = typer.Typer(
    name="briefcli",
    help="Structured briefs of news articles: actors, sectors, projects, quotes, figures and a summary.\n\n"
    "Example: briefcli brief samples/putin-beijing-22-accords.fr.txt",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


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
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True,
                                                    help="Show the version and exit.")] = None,
) -> None:
    """Structured briefs of news articles."""


def _stderr():
    from rich.console import Console

    return Console(stderr=True, highlight=False)


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
    sys.stdout.write(text)
    if not text.endswith("\n"):
        sys.stdout.write("\n")
    sys.stdout.flush()


FormatOption = Annotated[Optional[Format], typer.Option(
    "--format", "-f", help="table (Rich, the default on a terminal), json (the default in a pipe; JSON Lines for "
    "several inputs) or markdown.", case_sensitive=False, show_default=False)]
ModelOption = Annotated[Optional[str], typer.Option(
    "--model", "-m", help="spaCy pipeline to use, e.g. fr_core_news_md (default: the language's small one).")]
LangOption = Annotated[Optional[str], typer.Option(
    "--lang", "-l", help="Language of the articles (fr, en); detected per article when not given.")]


@app.command()
def brief(
    paths: Annotated[list[str], typer.Argument(help="Article files (.txt, .md) or '-' for standard input.",
                                               metavar="PATH...")],
    fmt: FormatOption = None,
    model: ModelOption = None,
    lang: LangOption = None,
    sentences: Annotated[int, typer.Option("--sentences", "-n", min=1, max=5,
                                           help="Number of summary sentences (1-5).")] = 3,
    title: Annotated[Optional[str], typer.Option("--title", help="The article's title, when the text lacks it.")] = None,
    force_terminal: Annotated[bool, typer.Option("--force-terminal", help="Colours and layout even when "
                                                 "stdout is not a terminal.")] = False,
) -> None:
    """Brief one or more articles.

    Examples:

      briefcli brief article.txt

      briefcli brief --format json article.txt | jq '.quotes[]'

      cat article.txt | briefcli brief - --format markdown > brief.md

      briefcli brief --model fr_core_news_md a.txt b.txt > briefs.jsonl
    """
    from .errors import BriefError
    from .records import error_record

    fmt = Format.table if force_terminal and fmt is None else _default_format(fmt)
    if paths.count("-") > 1:
        _fail("'-' (standard input) can be given only once", 2)
    several = len(paths) > 1
    failures = 0
    console = None
    for path in paths:
        try:
            record = _brief_path(path, model=model, lang=lang, sentences=sentences, title=title)
        except BriefError as exc:
            failures += 1
            _warn(str(exc))
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
            render(console, record)
    if failures:
        raise typer.Exit(1)


def _brief_path(path: str, *, model, lang, sentences, title) -> dict:
    from .api import brief_article
    from .inputs import read

    article = read(path)
    if title:
        article.title = title
    return brief_article(article, lang=lang, model=model, sentences=sentences).to_dict()


@app.command()
def schema() -> None:
    """Print the JSON Schema of a brief (schema 1) and of a batch error line.

    Example: briefcli schema > brief.schema.json
    """
    from .render.json import dumps
    from .schema import BRIEF

    _write(dumps(BRIEF, indent=2))


@app.command()
def evaluate(
    directory: Annotated[Optional[Path], typer.Argument(help="Folder of articles with their *.gold.json.",
                                                        show_default=False)] = None,
    rouge: Annotated[Optional[Path], typer.Option("--rouge", help="A JSON Lines corpus with text and abstract "
                                                  "fields: ROUGE of the summary beside Lead-1/2/3.")] = None,
    fmt: FormatOption = None,
    model: ModelOption = None,
    limit: Annotated[Optional[int], typer.Option("--limit", min=1, help="With --rouge: only the first N articles.")] = None,
    details: Annotated[bool, typer.Option("--details", help="Show the scores of each article too.")] = False,
) -> None:
    """Score briefs against gold files (brief-spec.md), or summaries against reference abstracts.

    Examples:

      briefcli evaluate samples/

      briefcli evaluate samples/ --format json

      briefcli evaluate --rouge corpus.jsonl --limit 300
    """
    if (directory is None) == (rouge is None):
        _fail("give either a DIRECTORY of gold files or --rouge CORPUS.jsonl", 2)
    fmt = _default_format(fmt)
    from .errors import BriefError

    try:
        if rouge is not None:
            from .evaluation_runs import run_rouge

            result = run_rouge(rouge, model=model, limit=limit, progress=_progress_console())
        else:
            from .evaluation_runs import run_gold

            result = run_gold(directory, model=model)
    except BriefError as exc:
        _fail(str(exc))
        return
    if fmt is Format.json:
        from .render.json import dumps

        _write(dumps(result, indent=2))
    else:
        from rich.console import Console

        from .render.scores import render

        render(Console(highlight=False), result, details=details, markdown=fmt is Format.markdown)


def _progress_console():
    console = _stderr()
    return console if console.is_terminal else None


def main() -> None:
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
