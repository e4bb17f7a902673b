"""Hostile inputs (issue 16): stray bytes, UTF-16 without a BOM, a closed stdin, JSON Lines with
the wrong types, FIFOs in folders, --resume by resolved path, closed pipes, and the Python API
called with the wrong type. Subprocesses where the shell's behaviour is the point."""
from __future__ import annotations

import http.server
import json
import os
import subprocess
import sys
import threading
import time

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from briefcli.inputs import decode, decode_counting

from .conftest import ROOT, USER_ARTICLE

FRENCH = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ éèêàâçôûîœ’«»—…€ ,.;:!?'\n"
TEXTS = st.text(alphabet=FRENCH, min_size=1, max_size=300)
BAD_BYTES = st.sampled_from([0x80, 0xA9, 0xBF, 0xC0, 0xC3, 0xE2, 0xE9, 0xF0, 0xF8, 0xFF])


def cli(*args: str, stdin=None, input_bytes: bytes | None = None, shell: str | None = None, timeout: float = 60):
    env = {**os.environ, "BRIEFCLI_SOCKET": "/nonexistent/briefcli.sock"}
    if shell is not None:
        return subprocess.run(["bash", "-c", shell], capture_output=True, timeout=timeout, env=env, cwd=ROOT)
    return subprocess.run([sys.executable, "-m", "briefcli", *args], capture_output=True, timeout=timeout, env=env,
                          cwd=ROOT, input=input_bytes, stdin=stdin)


# --- decoding -------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, where=st.floats(0, 1), bad=BAD_BYTES)
def test_utf8_with_one_stray_byte_stays_utf8(text, where, bad):
    assume(any(ord(ch) > 127 for ch in text))
    cut = int(where * len(text))
    data = text[:cut].encode("utf-8") + bytes([bad]) + text[cut:].encode("utf-8")
    decoded, encoding, invalid = decode_counting(data, "x.txt")
    assert encoding == "utf-8"
    assert decoded == text[:cut] + "\ufffd" + text[cut:]
    assert invalid == 1


@settings(max_examples=200, deadline=None)
@given(text=TEXTS, encoding=st.sampled_from(["utf-16-le", "utf-16-be"]))
def test_utf16_without_bom_is_text(text, encoding):
    assume(len(text) >= 2 and sum(ord(ch) < 256 for ch in text) >= 0.6 * len(text))
    assert decode(text.encode(encoding), "x.txt") == (text, encoding)


def test_legacy_files_are_still_legacy():
    text = "Le président a déclaré à la presse que l'été serait long, très long."
    assert decode(text.encode("cp1252"), "x.txt") == (text, "cp1252")


def test_stray_byte_is_a_warning_not_mojibake(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(USER_ARTICLE.read_bytes().replace(" Pékin".encode(), b" P\xe9kin", 1))
    result = cli("brief", "-f", "json", str(path))
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["source"]["encoding"] == "utf-8" and record["source"]["invalid_utf8"] == 1
    assert "mojibake" not in record["source"]
    assert b"1 invalid UTF-8 byte sequence replaced" in result.stderr
    assert b"Traceback" not in result.stderr


def test_closed_stdin_is_one_clear_line():
    env = {**os.environ, "BRIEFCLI_SOCKET": "/nonexistent/briefcli.sock"}
    running = {command: subprocess.Popen(["bash", "-c", f"{sys.executable} -m briefcli {command} <&-"],
                                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
               for command in ("brief -", "batch -w 1 -")}
    for command, process in running.items():
        _, err = process.communicate(timeout=120)
        assert process.returncode == 1, (command, err)
        assert "standard input is closed" in err.decode(), (command, err)
        assert "internal error" not in err.decode() and "Traceback" not in err.decode()


def test_brief_of_none_is_a_type_error():
    from briefcli import brief

    with pytest.raises(TypeError, match="str, not NoneType"):
        brief(None)
    with pytest.raises(TypeError, match="decode it first"):
        brief(b"Le texte")


# --- JSON Lines, folders, --resume ----------------------------------------------------

JSON_NON_STRINGS = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
    max_leaves=5,
)


@settings(max_examples=200, deadline=None)
@given(value=JSON_NON_STRINGS, field=st.sampled_from(["text", "body", "contenu"]))
def test_jsonl_text_field_of_another_type_says_what_it_holds(value, field):
    from briefcli.batch import InputSpec, _record_task

    raw = json.dumps({"id": "a-1", field: value}).encode("utf-8")
    task = _record_task(raw, "c.jsonl:1", InputSpec(text_field=field))
    assert task.error is not None
    _, message, _ = task.error
    kind = ("null" if value is None else "a boolean" if isinstance(value, bool)
            else "a number" if isinstance(value, (int, float)) else "an array" if isinstance(value, list)
            else "an object")
    assert message.startswith(f"a-1: the text field '{field}' holds {kind}") and message.endswith("not a string")
    missing = _record_task(json.dumps({"id": "a-1", "other": value}).encode(), "c.jsonl:1", InputSpec(text_field=field))
    assert f"no text field '{field}'" in missing.error[1]


def test_jsonl_number_text_in_the_cli(tmp_path):
    from typer.testing import CliRunner

    from briefcli.cli import app

    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "n1", "text": 42}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(corpus), "-w", "1"])
    assert result.exit_code == 1
    assert "the text field 'text' holds a number (42), not a string" in result.stdout


@pytest.fixture
def folder_with_a_fifo(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Le président russe Vladimir Poutine est arrivé à Pékin pour une visite.\n",
                                  encoding="utf-8")
    os.mkfifo(folder / "b.txt")  # nobody will ever write to it
    return folder


def test_batch_skips_a_fifo_in_a_folder(folder_with_a_fifo):
    result = cli("batch", "-w", "1", str(folder_with_a_fifo), timeout=60)  # hung forever before
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [r["source"]["name"].rsplit("/", 1)[1] for r in records] == ["a.txt", "b.txt"]
    assert "error" not in records[0]
    assert "not a regular file (a named pipe), skipped" in records[1]["error"]["message"]
    assert "named pipe" in result.stderr.decode() and result.returncode == 1


def test_a_fifo_named_like_a_corpus_is_not_counted_either(folder_with_a_fifo):
    os.mkfifo(folder_with_a_fifo / "c.jsonl")
    env = {**os.environ, "BRIEFCLI_SOCKET": "/nonexistent/briefcli.sock", "FORCE_COLOR": "1"}  # the progress bar counts
    result = subprocess.run([sys.executable, "-m", "briefcli", "batch", "-w", "1", "--glob", "*", str(folder_with_a_fifo)],
                            capture_output=True, timeout=60, env=env, cwd=ROOT)
    # stdout holds the lines, whole: the progress bar on "terminal" stderr does not take them over
    messages = [json.loads(line).get("error", {}).get("message", "") for line in result.stdout.decode().splitlines()]
    assert len(messages) == 3 and sum("named pipe), skipped" in m for m in messages) == 2
    assert b'"schema":1' not in result.stderr


def test_a_device_is_refused_not_read_forever():
    result = cli("brief", "/dev/zero", timeout=60)
    assert result.returncode == 1
    assert result.stderr.decode().strip() == "briefcli: /dev/zero: not a regular file (a device or socket)"


def test_resume_keys_on_the_resolved_path(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from briefcli.cli import app

    runner = CliRunner()
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.txt").write_text("Le gouvernement français a présenté un plan pour l'hôpital public.\n",
                                    encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"text": "Le club de Marseille a battu Lyon dimanche soir."}\n',
                                      encoding="utf-8")
    first = runner.invoke(app, ["batch", "./x.txt", "./c.jsonl", "-o", "out.jsonl", "-w", "1"])
    assert first.exit_code == 0, first.output
    again = runner.invoke(app, ["batch", "x.txt", str(tmp_path / "c.jsonl"), "-o", "out.jsonl", "--resume", "-w", "1"])
    assert again.exit_code == 0, again.output
    assert len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()) == 2
    assert "2 skipped" in again.stderr


# --- a closed pipe ----------------------------------------------------------------------


def test_a_closed_pipe_ends_quietly():
    article = str(USER_ARTICLE)
    commands = {
        "schema": "schema",
        "brief json": f"brief -f json {article} {article} {article}",
        "brief table": f"brief -f table --force-terminal {article} {article}",
        "batch": "batch -w 2 --batch-size 1 samples/dev samples/dev",
    }
    env = {**os.environ, "BRIEFCLI_SOCKET": "/nonexistent/briefcli.sock"}
    running = {name: subprocess.Popen(["bash", "-c", f"set -o pipefail; {sys.executable} -m briefcli {command} | head -1"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=ROOT)
               for name, command in commands.items()}
    for name, process in running.items():
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, (name, err)
        assert b"Traceback" not in err and b"Exception" not in err and b"Error" not in err, (name, err)


# --- URLs: a total deadline, redirects to file:// ---------------------------------------


class _Hostile(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path == "/drip":  # a byte now and then, for ever: each read succeeds, the page never ends
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            try:
                while True:
                    self.wfile.write(b"<")
                    self.wfile.flush()
                    time.sleep(0.2)
            except OSError:
                return
        self.send_response(302)
        self.send_header("Location", "file:///etc/passwd" if self.path == "/to-file" else "/drip")
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture(scope="module")
def hostile_server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Hostile)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def _no_proxy(no_proxy):
    """The local server is reached directly, whatever proxy the environment sets (conftest.no_proxy)."""


@pytest.mark.parametrize("path", ["/drip", "/to-drip"])
def test_url_deadline_is_for_the_whole_fetch(hostile_server, path):
    from briefcli import web
    from briefcli.errors import InputError

    outcome = {}

    def fetch():
        try:
            web.fetch(f"{hostile_server}{path}", timeout=1.0)
        except InputError as exc:
            outcome["error"] = str(exc)

    thread = threading.Thread(target=fetch, daemon=True)
    thread.start()
    thread.join(30)  # with a timeout per read, the dripping page held it for ever
    assert not thread.is_alive(), "the fetch did not stop at its deadline"
    assert outcome["error"].endswith("no answer within 1 s (the page was still arriving)")


def test_redirect_to_a_file_url_is_said_as_such(hostile_server):
    from briefcli.inputs import read
    from briefcli.errors import InputError

    with pytest.raises(InputError, match=r"/to-file: redirect to a file URL refused$"):
        read(f"{hostile_server}/to-file")


def test_no_import_cycle_between_inputs_and_web():
    import ast

    def imports(module: str) -> set[str]:
        tree = ast.parse((ROOT / "briefcli" / f"{module}.py").read_text(encoding="utf-8"))
        found = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                found.update([node.module] if node.module else [a.name for a in node.names])
        return found

    assert "inputs" not in imports("web") and "inputs" not in imports("decoding") and "web" not in imports("decoding")
