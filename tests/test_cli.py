"""The command line, driven through Typer's CliRunner: outputs, formats, errors, exit codes."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from briefcli.cli import app

from .conftest import USER_ARTICLE, check_offsets

runner = CliRunner()

SHORT = "Le président russe Vladimir Poutine est arrivé à Pékin. « Nous avons signé 22 accords », a-t-il déclaré.\n"


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.startswith("briefcli ")


def test_help_has_examples_for_every_command():
    for command in ("brief", "schema", "evaluate"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0
        assert "Example" in result.output, command


def test_help_version_and_schema_import_no_spacy():
    code = ("import sys; from briefcli.cli import app\n"
            "for args in (['--help'], ['--version'], ['schema']):\n"
            "    try: app(args)\n"
            "    except SystemExit: pass\n"
            "assert 'spacy' not in sys.modules, 'spacy imported'\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_json_brief_of_a_file(user_text, validator):
    result = runner.invoke(app, ["brief", "--format", "json", str(USER_ARTICLE)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    validator.validate(record)
    check_offsets(record, user_text)
    assert record["source"]["name"] == str(USER_ARTICLE)
    assert record["source"]["language"] == "fr"


def test_json_is_the_default_off_a_terminal():
    result = runner.invoke(app, ["brief", str(USER_ARTICLE)])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["schema"] == 1


def test_stdin():
    result = runner.invoke(app, ["brief", "-", "-f", "json"], input=SHORT)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["source"]["name"] == "<stdin>"
    assert any(a["name"] == "Vladimir Poutine" for a in record["actors"])
    assert record["quotes"][0]["speaker"] == "Vladimir Poutine"


def test_several_inputs_give_json_lines_in_order_with_an_error_line(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text(SHORT, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    result = runner.invoke(app, ["brief", "-f", "json", str(good), str(missing), str(USER_ARTICLE)])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["source"]["name"] for line in lines] == [str(good), str(missing), str(USER_ARTICLE)]
    assert lines[1]["error"]["type"] == "InputError"
    assert "no such file" in lines[1]["error"]["message"]
    assert "actors" in lines[2]


@pytest.mark.parametrize("content, problem", [
    (b"", "no text"),
    (b"   \n\t  \n", "no text"),
    (b"\x00\x01\x02binary\x00data" * 20, "binary"),
])
def test_bad_inputs_give_one_clear_line(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = runner.invoke(app, ["brief", str(path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert problem in result.stderr
    assert str(path) in result.stderr
    assert "Traceback" not in result.stderr


def test_directory_and_missing_file(tmp_path):
    for target, problem in ((tmp_path, "is a directory"), (tmp_path / "nope.txt", "no such file")):
        result = runner.invoke(app, ["brief", str(target)])
        assert result.exit_code == 1
        assert problem in result.stderr


def test_bad_usage_exits_2():
    assert runner.invoke(app, ["brief"]).exit_code == 2
    assert runner.invoke(app, ["brief", "--sentences", "9", str(USER_ARTICLE)]).exit_code == 2
    assert runner.invoke(app, ["brief", "--format", "xml", str(USER_ARTICLE)]).exit_code == 2


def test_unknown_model_names_the_package(tmp_path):
    result = runner.invoke(app, ["brief", "--model", "fr_core_news_xl", str(USER_ARTICLE)])
    assert result.exit_code == 1
    assert "fr_core_news_xl" in result.stderr and "pip install" in result.stderr


def test_latin1_file_is_decoded(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes(SHORT.replace("«", '"').replace("»", '"').encode("latin-1"))
    result = runner.invoke(app, ["brief", "-f", "json", str(path)])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert any(a["name"] == "Pékin" for a in record["actors"])


def test_utf8_bom(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + SHORT.encode("utf-8"))
    record = json.loads(runner.invoke(app, ["brief", "-f", "json", str(path)]).stdout)
    text = SHORT  # offsets are into the decoded text, without the BOM
    check_offsets(record, text)


def test_markdown_output():
    result = runner.invoke(app, ["brief", "-f", "markdown", str(USER_ARTICLE)])
    assert result.exit_code == 0
    assert "## Actors" in result.stdout and "| Vladimir Poutine | person |" in result.stdout
    assert "> « chaleureux »" in result.stdout


def test_table_escapes_markup_and_control_characters(tmp_path):
    path = tmp_path / "evil.txt"
    path.write_text('Le maire [bold red]Jean Dupont[/bold red] a déclaré : « Tout va \x1b[31mbien\x1b[0m ici, vraiment », '
                    "a-t-il dit à Lyon.\n", encoding="utf-8")
    result = runner.invoke(app, ["brief", "-f", "table", str(path)])
    assert result.exit_code == 0
    assert "[bold red]" in result.stdout
    assert "\x1b[31m" not in result.stdout
    assert "\\x1b" in result.stdout


def test_table_fits_80_columns():
    result = runner.invoke(app, ["brief", "-f", "table", str(USER_ARTICLE)], env={"COLUMNS": "80"})
    assert result.exit_code == 0
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    for part in ("Actors", "Sectors", "Projects", "Quotes", "Figures"):
        assert part in result.stdout


def test_schema_command_prints_json_schema():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["$defs"]["brief"]["properties"]["schema"] == {"const": 1}


def test_a_bug_on_one_input_is_one_line_and_the_others_go_through(tmp_path, monkeypatch):
    from briefcli.extract import figures

    real = figures.extract

    def broken(ctx):
        if "panne" in ctx.text:
            raise ValueError("boom")
        return real(ctx)

    monkeypatch.setattr(figures, "extract", broken)
    monkeypatch.delenv("BRIEFCLI_DEBUG", raising=False)
    bad, good = tmp_path / "bad.txt", tmp_path / "good.txt"
    bad.write_text("Une panne a touché 3 villes, selon Jean Dupont.\n", encoding="utf-8")
    good.write_text(SHORT, encoding="utf-8")
    result = runner.invoke(app, ["brief", "--no-worker", "--format", "json", str(bad), str(good)])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0]["error"]["type"] == "ValueError" and lines[1]["source"]["name"] == str(good)
    assert "internal error" in result.stderr and "Traceback" not in result.stderr
