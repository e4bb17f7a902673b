"""The warm worker under load and abuse (issue 16): a real worker, with concurrent, malformed and
silent clients, one instance per socket, busy told from dead, and sockets the client must not trust."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time

import pytest

from briefcli import server
from briefcli.inputs import Article

from .conftest import ROOT, USER_ARTICLE

SMALL = USER_ARTICLE.read_text(encoding="utf-8")
BIG = "\n".join([SMALL] * 40)  # a few seconds of work


def cli(*args: str, env: dict, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefcli", *args], capture_output=True, text=True, env=env,
                          timeout=timeout, cwd=ROOT)


def raw(path, payload: bytes | None, *, shut: bool = True, timeout: float = 30) -> dict | None:
    """Send bytes (or nothing) on a raw connection; the reply, or None when the worker closed it."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout)
        sock.connect(str(path))
        if payload is not None:
            sock.sendall(payload)
        if shut:
            sock.shutdown(socket.SHUT_WR)
        data = b""
        while chunk := sock.recv(1 << 16):
            data += chunk
    return json.loads(data) if data else None


@pytest.fixture(scope="module")
def worker(tmp_path_factory):
    folder = tmp_path_factory.mktemp("worker")
    folder.chmod(0o700)
    path = folder / "w.sock"
    env = {**os.environ, "BRIEFCLI_SOCKET": str(path)}
    started = cli("serve", "start", "--request-timeout", "1", env=env)
    assert started.returncode == 0, started.stderr
    saved = os.environ.get("BRIEFCLI_SOCKET")
    os.environ["BRIEFCLI_SOCKET"] = str(path)
    try:
        yield path, env
    finally:
        cli("serve", "stop", env=env)
        if saved is None:
            del os.environ["BRIEFCLI_SOCKET"]
        else:
            os.environ["BRIEFCLI_SOCKET"] = saved


def brief(name: str, text: str) -> dict:
    record = server.brief_remote(Article(name=name, text=text), lang=None, model=None, sentences=3)
    assert record is not None
    return record


def test_a_small_brief_does_not_wait_for_a_big_one(worker):
    done: dict[str, float] = {}

    def big():
        brief("big", BIG)
        done["big"] = time.monotonic()

    thread = threading.Thread(target=big)
    thread.start()
    for _ in range(100):  # until the worker says the big brief runs
        if (server.ping() or {}).get("running"):
            break
        time.sleep(0.05)
    record = brief("small", SMALL)
    done["small"] = time.monotonic()
    assert record["source"]["name"] == "small"
    thread.join()
    assert done["small"] < done["big"], "the small brief waited for the big one"


def test_malformed_and_silent_clients_stay_their_own_problem(worker):
    path, _ = worker
    pid = server.ping()["pid"]
    silent = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    silent.connect(str(path))  # connects and says nothing
    try:
        for payload, problem in [(b"[1, 2]\n", "one JSON object"), (b"{oops\n", "not a JSON line"),
                                 (b'{"cmd": "brief", "name": 3}\n', "'name' and 'text'"),
                                 (b'{"cmd": "explode"}\n', "unknown command"), (b"\xff\xfe\x00\n", "not a JSON line")]:
            reply = raw(path, payload)
            assert reply["ok"] is False and problem in reply["error"]["message"], reply
        # a brief goes through while the silent client still holds its connection
        assert brief("during", SMALL)["source"]["name"] == "during"
        silent.settimeout(30)
        reply = json.loads(silent.recv(1 << 16))
        assert reply["error"]["type"] == "Timeout" and "no complete request within 1 s" in reply["error"]["message"]
    finally:
        silent.close()
    raw(path, b'{"cmd": "ping"', shut=True)  # cut short: no newline, then EOF
    assert server.ping()["pid"] == pid  # the same worker, alive


def test_one_worker_per_socket(worker):
    path, env = worker
    pid = server.ping()["pid"]
    again = cli("serve", "start", env=env)
    assert again.returncode == 0 and f"pid {pid}" in again.stderr
    second = cli("serve", "run", env=env)
    assert second.returncode == 1 and f"a worker (pid {pid}) already runs on {path}" in second.stderr
    assert server.lock_holder() == pid
    assert server.ping()["pid"] == pid and path.exists()  # the second one left the live socket alone


def test_status_tells_busy_from_dead(worker):
    _, env = worker
    pid = server.ping()["pid"]
    os.kill(pid, signal.SIGSTOP)  # alive and holding its socket, but not answering
    try:
        status = cli("serve", "status", env=env)
        assert status.returncode == 0 and f"(pid {pid})" in status.stdout and "does not answer" in status.stdout
        refused = cli("serve", "start", env=env)
        assert refused.returncode == 1 and "already runs" in refused.stderr and "does not answer" in refused.stderr
    finally:
        os.kill(pid, signal.SIGCONT)
    assert server.ping()["pid"] == pid


def test_a_dead_worker_is_said_dead_and_replaced(tmp_path):
    tmp_path.chmod(0o700)
    env = {**os.environ, "BRIEFCLI_SOCKET": str(tmp_path / "d.sock")}
    assert cli("serve", "start", "--processes", "1", env=env).returncode == 0
    status = cli("serve", "status", env=env)
    pid = int(status.stdout.split("(pid ")[1].split(")")[0])
    os.kill(pid, signal.SIGKILL)  # leaves its socket file behind
    time.sleep(0.2)
    dead = cli("serve", "status", env=env)
    assert dead.returncode == 1 and "no worker runs" in dead.stderr
    try:
        assert cli("serve", "start", "--processes", "1", env=env).returncode == 0
        assert "pipelines: fr_core_news_sm" in cli("serve", "status", env=env).stdout
    finally:
        cli("serve", "stop", env=env)


def test_stopping_never_removes_another_socket(tmp_path):
    tmp_path.chmod(0o700)
    path = tmp_path / "s.sock"
    env = {**os.environ, "BRIEFCLI_SOCKET": str(path)}
    assert cli("serve", "start", "--processes", "1", env=env).returncode == 0
    pid = int(cli("serve", "status", env=env).stdout.split("(pid ")[1].split(")")[0])
    path.rename(tmp_path / "moved.sock")  # someone else's socket now stands at the path
    other = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    other.bind(str(path))
    other.listen(1)
    try:
        os.kill(pid, signal.SIGTERM)
        for _ in range(200):
            if server.lock_holder(path) is None:
                break
            time.sleep(0.05)
        assert server.lock_holder(path) is None
        assert path.exists(), "the stopping worker removed a socket that was not its own"
    finally:
        other.close()


def test_a_folder_others_can_write_is_refused(tmp_path):
    folder = tmp_path / "open"
    folder.mkdir()
    folder.chmod(0o777)
    path = folder / "w.sock"
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(path))  # anyone could have put it there
    listener.listen(1)
    env = {**os.environ, "BRIEFCLI_SOCKET": str(path)}
    try:
        result = cli("brief", "-f", "json", str(USER_ARTICLE), env=env)
        assert result.returncode == 0 and json.loads(result.stdout)["actors"]  # briefed here instead
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "writable by others" in lines[0] and str(path) in lines[0]
        status = cli("serve", "status", env=env)
        assert status.returncode == 1 and "writable by others" in status.stderr
        assert len(status.stderr.strip().splitlines()) == 1
    finally:
        listener.close()


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to listen as another user")
def test_a_peer_of_another_user_is_refused(tmp_path, monkeypatch):
    tmp_path.chmod(0o700)
    path = tmp_path / "w.sock"
    monkeypatch.setenv("BRIEFCLI_SOCKET", str(path))
    # binds as us (so the socket file and folder look right), then listens as nobody: SO_PEERCRED
    # reports the listener's credentials as of listen()
    impostor = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import os, socket, sys
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.bind({str(path)!r})
        os.setgid(65534); os.setuid(65534)
        s.listen(4)
        print("ready", flush=True)
        while True:
            c, _ = s.accept()
            try:
                c.sendall(b'{{"ok": true, "version": "0.1.0", "pid": 1, "pipelines": []}}\\n')
            except OSError:  # the client refused to talk and left
                pass
            c.close()
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert impostor.stdout.readline().strip() == "ready"
        env = {**os.environ, "BRIEFCLI_SOCKET": str(path)}
        status = cli("serve", "status", env=env)
        assert status.returncode == 1
        assert "runs as another user (uid 65534)" in status.stderr, status.stderr
        with pytest.raises(server.UntrustedWorker, match="another user"):
            server.brief_remote(Article(name="a", text=SMALL), lang=None, model=None, sentences=3)
    finally:
        impostor.kill()
        impostor.wait()
