"""The terminal view reads at a glance (issue 16): one line per row, empty parts in one dim line,
counts that agree with their nouns, sector labels everywhere, the language's quotation marks,
reported speech apart, --help in words, and a README sample that is the program's real output."""
from __future__ import annotations

import copy
import os
import re

import pytest
from rich.console import Console
from typer.testing import CliRunner

from briefcli.cli import app
from briefcli.render.table import render

from .conftest import ROOT

runner = CliRunner()
LONG = "Organisation internationale pour la coopération scientifique et technique des pays francophones"


def view(record: dict, width: int = 80) -> list[str]:
    console = Console(width=width, color_system=None, record=True, force_terminal=False)
    render(console, record)
    return [line.rstrip() for line in console.export_text().splitlines()]


def section(lines: list[str], title: str) -> list[str]:
    start = next(i for i, line in enumerate(lines) if line.startswith(title))
    end = next((i for i in range(start + 1, len(lines)) if re.match(r"^[A-Z][a-z]+( [a-z]+)? (\(\d+\)|: none found)", lines[i])),
               len(lines))
    return lines[start + 1:end]


@pytest.fixture
def record(user_brief) -> dict:
    return copy.deepcopy(user_brief)


@pytest.mark.parametrize("width", [60, 80, 120])
def test_one_line_per_row_whatever_the_names(record, width):
    record["actors"][0]["name"] = LONG
    record["actors"][0]["roles"] = ["secrétaire général adjoint chargé des relations extérieures"]
    record["sectors"][0]["evidence"] = ["coopération scientifique"] * 8
    record["projects"][0]["name"] = "programme " + LONG
    lines = view(record, width)
    assert max(len(line) for line in lines) <= width
    for title, items in (("Actors", record["actors"]), ("Sectors", record["sectors"]),
                         ("Projects", record["projects"]), ("Figures", record["figures"])):
        rows = section(lines, f"{title} (")
        assert len(rows) == 2 + len(items), (title, rows)  # header, rule, one line per item
    actors = section(lines, "Actors (")
    assert actors[2].startswith("Organisation int") and "…" in actors[2]
    assert actors[2].split()[-1] == str(record["actors"][0]["mentions"])  # the row goes on to its last column


def test_empty_parts_are_one_dim_line(record):
    record["projects"] = []
    record["figures"] = []
    lines = view(record)
    assert "Projects: none found" in lines and "Figures: none found" in lines
    assert not any(line.startswith(("Project ", "Figure ")) for line in lines)


def test_counts_agree_with_their_nouns(record):
    record["source"].update(words=1, sentences=1)
    assert any("· 1 word · 1 sentence ·" in line for line in view(record, 120))
    record["source"].update(words=2, sentences=12)
    assert any("· 2 words · 12 sentences ·" in line for line in view(record, 120))


def test_projects_show_sector_labels(record):
    record["projects"].append({"name": "Plan santé 2030", "kind": "plan", "actors": [], "sector": "politics",
                               "start": 0, "end": 1})
    rows = section(view(record, 120), "Projects (")
    assert "Énergie" in rows[2] and "energy" not in " ".join(rows)
    assert rows[-1].rstrip().endswith("Politique")  # not among the article's sectors: from models/sectors.tsv


def test_quotation_marks_follow_the_language(record):
    french = section(view(record), "Quotes (")
    assert french[0].startswith("• « chaleureux »")
    record["source"]["language"] = "en"
    english = section(view(record), "Quotes (")
    assert english[0].startswith("• “chaleureux”") and "«" not in " ".join(english)


def test_reported_speech_is_apart(record):
    record["quotes"][1]["kind"] = "indirect"
    lines = view(record)
    assert section(lines, "Quotes (1)")[0].startswith("• « chaleureux »")
    assert section(lines, "Reported speech (1)")[0].startswith("• niveau sans précédent — Vladimir Poutine")


COMMANDS = [["brief"], ["batch"], ["evaluate"], ["schema"], ["serve", "start"], ["serve", "run"], ["serve", "status"],
            ["serve", "stop"], []]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "briefcli")
def test_help_speaks_in_words_and_points_to_what_exists(command):
    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0
    assert not re.search(r"<(str|int|float|path|list\[str\]|int range|float range)>", result.stdout), result.stdout
    assert not re.search(r"\b(TEXT|PATH|INTEGER|FLOAT|FILENAME)\b", result.stdout), result.stdout
    for doc in re.findall(r"(?<!> )(?<![\w./-])[\w./-]+\.md\b", result.stdout):  # not "> brief.md"
        assert (ROOT / doc).exists(), f"--help points to {doc}, which the repository lacks"


def readme_sample() -> tuple[str, str]:
    """(the README's sample output block, the output the program gives for the README's command)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = re.search(r"&& (briefcli brief (\S+))\n```\n\n```\n(.*?)\n```", readme, re.S)
    assert command, "the README's Try-it command and its sample output"
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        result = runner.invoke(app, ["brief", "--no-worker", "-f", "table", command.group(2)],
                               env={"COLUMNS": "80", "NO_COLOR": "1"})
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.stderr
    return command.group(3), "\n".join(line.rstrip() for line in result.stdout.rstrip().splitlines())


def test_readme_sample_output_is_the_real_output():
    """Regenerate with: BRIEFCLI_UPDATE_README=1 pytest tests/test_terminal_view.py -k readme"""
    shown, real = readme_sample()
    if os.environ.get("BRIEFCLI_UPDATE_README") and shown != real:
        path = ROOT / "README.md"
        path.write_text(path.read_text(encoding="utf-8").replace(shown, real, 1), encoding="utf-8")
        shown = real
    assert shown == real
