"""The warm worker: same brief as in-process, errors passed through, clean start, stop and fallback."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from briefcli import server
from briefcli.cli import app

from .conftest import USER_ARTICLE

runner = CliRunner()


@pytest.fixture()
def socket_env(tmp_path, monkeypatch):
    path = tmp_path / "w.sock"
    monkeypatch.setenv("BRIEFCLI_SOCKET", str(path))
    yield path
    server.stop()


def test_worker_briefs_exactly_as_in_process(socket_env, tmp_path):
    assert runner.invoke(app, ["serve", "status"]).exit_code == 1
    started = runner.invoke(app, ["serve", "start"])
    assert started.exit_code == 0, started.output
    status = runner.invoke(app, ["serve", "status"])
    assert status.exit_code == 0 and "fr_core_news_sm" in status.stdout

    warm = runner.invoke(app, ["brief", "-f", "json", str(USER_ARTICLE)])
    cold = runner.invoke(app, ["brief", "-f", "json", "--no-worker", str(USER_ARTICLE)])
    assert warm.exit_code == cold.exit_code == 0
    assert json.loads(warm.stdout) == json.loads(cold.stdout)

    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    bad = runner.invoke(app, ["brief", str(empty)])
    assert bad.exit_code == 1 and "no text" in bad.stderr

    assert runner.invoke(app, ["serve", "stop"]).exit_code == 0
    assert server.ping() is None
    assert not socket_env.exists()


def test_stale_socket_falls_back_to_in_process(socket_env):
    socket_env.write_text("not a socket")
    result = runner.invoke(app, ["brief", "-f", "json", str(USER_ARTICLE)])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["actors"]
