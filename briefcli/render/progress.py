"""What `briefcli batch` shows on stderr: a progress bar (on a terminal only) and the closing
summary. Names and messages from the inputs are shown as plain Text, never as markup."""
from __future__ import annotations

from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn
from rich.text import Text


def _mean_rate(task) -> float | None:
    # lines arrive a chunk at a time, so Rich's own recent-speed estimate swings wildly:
    # the mean since the start is the honest figure
    elapsed = task.elapsed
    return task.completed / elapsed if elapsed and task.completed else None


class _RateColumn(ProgressColumn):
    def render(self, task) -> Text:
        rate = _mean_rate(task)
        return Text("" if rate is None else f"{rate:.1f} articles/s", style="cyan")


class _EtaColumn(ProgressColumn):
    def render(self, task) -> Text:
        rate = _mean_rate(task)
        if task.total is None or rate is None:
            return Text("ETA -:--:--", style="cyan")
        seconds = int(max(task.total - task.completed, 0) / rate)
        return Text(f"ETA {seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}", style="cyan")


@contextmanager
def batch_progress(console: Console, total: int | None):
    """A callback to call once per written line; the bar is removed when done."""
    bar = Progress(TextColumn("briefing"), BarColumn(), MofNCompleteColumn(), _RateColumn(), _EtaColumn(),
                   console=console, transient=True, redirect_stdout=False, redirect_stderr=False)
    # (Rich would otherwise route what is written to stdout, the JSON Lines, through the stderr console)
    task = bar.add_task("briefing", total=total)
    with bar:
        yield lambda _result=None: bar.advance(task)


def summary(console: Console, summary, *, output: str | None, interrupted: bool = False,
            show_success: bool = True, limit: int = 10) -> None:
    """How many inputs were briefed, failed or skipped, and the failures grouped by kind."""
    if not (summary.failed or interrupted or show_success):
        return
    rate = summary.ok / summary.seconds if summary.seconds > 0 else 0.0
    parts = [f"{summary.ok} briefed", f"{summary.failed} failed"]
    if summary.skipped:
        parts.append(f"{summary.skipped} skipped (already in the output)")
    line = Text("briefcli batch: " + ", ".join(parts) + f" in {summary.seconds:.1f} s ({rate:.1f} articles/s)")
    if output:
        line.append(f" → {output}")
    console.print(line, soft_wrap=True, highlight=False)
    for (type_name, kind), count in summary.errors.most_common(limit):
        console.print(Text(f"  {count} × {type_name}: {kind}", style="red"), soft_wrap=True, highlight=False)
    if len(summary.errors) > limit:
        console.print(Text(f"  … and {len(summary.errors) - limit} other kinds of error"), highlight=False)
    if interrupted:
        hint = "interrupted: the output holds every line written so far"
        if output:
            hint += "; run the same command with --resume to go on"
        console.print(Text(hint, style="yellow"), soft_wrap=True, highlight=False)


@contextmanager
def parse_progress(console: Console, name: str):
    """A callback `progress(done, total)` (characters parsed) for the parse of one long text:
    a transient bar on the console, shown once the first piece is parsed."""
    bar = Progress(TextColumn(Text(f"parsing {name}").markup), BarColumn(), TextColumn("{task.percentage:>3.0f} %"),
                   console=console, transient=True)
    task = bar.add_task("parsing", total=None)
    with bar:
        yield lambda done, total: bar.update(task, completed=done, total=total)
