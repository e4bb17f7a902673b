"""A warm worker: `briefcli serve start` keeps the pipelines loaded in a background process, and
`briefcli brief` hands it the articles it has read, so a journalist's second brief takes a
fraction of a second instead of a pipeline load.

The worker listens on a Unix socket only the user can reach (`$BRIEFCLI_SOCKET`, else
`$XDG_RUNTIME_DIR/briefcli.sock`, else `~/.cache/briefcli/briefcli.sock`). One request per
connection: a JSON line with the article, answered by a JSON line with the schema-1 record or
the error. The worker runs the very function the in-process path runs (`api.brief_article`),
so the brief is the same; when no worker answers, or it runs another briefcli version,
`briefcli brief` briefs in-process as usual.

This module imports no spaCy: the client side must stay light.
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from . import __version__

CONNECT_TIMEOUT = 0.5  # seconds to reach a worker before briefing in-process
REPLY_TIMEOUT = 300.0
MAX_REQUEST = 64 * 1024 * 1024


def socket_path() -> Path:
    if os.environ.get("BRIEFCLI_SOCKET"):
        return Path(os.environ["BRIEFCLI_SOCKET"])
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    base = Path(runtime) if runtime and Path(runtime).is_dir() else Path.home() / ".cache" / "briefcli"
    return base / "briefcli.sock"


# --- client --------------------------------------------------------------------------------


def _exchange(request: dict[str, Any], timeout: float = REPLY_TIMEOUT) -> dict[str, Any] | None:
    """Send one request to the worker; None when no worker answers."""
    path = socket_path()
    if not path.exists():
        return None
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.settimeout(CONNECT_TIMEOUT)
        sock.connect(str(path))
        sock.settimeout(timeout)
        sock.sendall(json.dumps(request, ensure_ascii=False).encode("utf-8") + b"\n")
        sock.shutdown(socket.SHUT_WR)
        chunks = []
        while True:
            chunk = sock.recv(1 << 16)
            if not chunk:
                break
            chunks.append(chunk)
        return json.loads(b"".join(chunks).decode("utf-8")) if chunks else None
    except (OSError, ValueError):
        return None
    finally:
        sock.close()


def ping() -> dict[str, Any] | None:
    """The worker's status (version, pid, pipelines loaded), or None."""
    reply = _exchange({"cmd": "ping"}, timeout=5)
    return reply if reply and reply.get("ok") else None


def brief_remote(article, *, lang, model, sentences) -> dict[str, Any] | None:
    """The record the worker makes of an Article; None when there is no usable worker.
    Raises BriefError for an input the worker refused, as the in-process path would."""
    from .errors import BriefError

    reply = _exchange({"cmd": "brief", "version": __version__, "name": article.name, "text": article.text,
                       "title": article.title, "meta": article.meta, "markdown": article.markdown,
                       "lang": lang, "model": model, "sentences": sentences})
    if reply is None or reply.get("version") != __version__:
        return None
    if reply.get("ok"):
        return reply["record"]
    error = reply.get("error") or {}
    if error.get("expected"):
        exc = BriefError(error.get("message", "failed"))
        raise exc
    return None  # an unexpected failure in the worker: brief in-process, which reports it properly


# --- worker --------------------------------------------------------------------------------


def _handle(request: dict[str, Any]) -> dict[str, Any]:
    from .api import brief_article
    from .errors import BriefError
    from .inputs import Article

    base = {"version": __version__}
    if request.get("cmd") == "ping":
        from . import pipeline

        return {**base, "ok": True, "pid": os.getpid(), "pipelines": pipeline.loaded()}
    if request.get("cmd") != "brief":
        return {**base, "ok": False, "error": {"type": "UsageError", "message": "unknown command"}}
    article = Article(name=request["name"], text=request["text"], title=request.get("title"),
                      meta=dict(request.get("meta") or {}), markdown=bool(request.get("markdown")))
    try:
        record = brief_article(article, lang=request.get("lang"), model=request.get("model"),
                               sentences=int(request.get("sentences") or 3)).to_dict()
    except BriefError as exc:
        return {**base, "ok": False, "error": {"type": type(exc).__name__, "message": str(exc), "expected": True}}
    except Exception as exc:  # noqa: BLE001 - the worker must outlive one bad article
        return {**base, "ok": False, "error": {"type": type(exc).__name__, "message": str(exc), "expected": False}}
    return {**base, "ok": True, "record": record}


def serve(*, preload: list[str], idle: float | None = None) -> None:
    """Run the worker in the foreground until 'stop', a signal, or `idle` seconds without work."""
    from . import pipeline

    for name in preload:
        pipeline.load(pipeline.resolve_model(name))
    path = socket_path()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if path.exists():
        if ping() is not None:
            raise SystemExit(f"briefcli: a worker already answers on {path}")
        path.unlink()
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    old_umask = os.umask(0o177)  # the socket is the user's alone
    try:
        server.bind(str(path))
    finally:
        os.umask(old_umask)
    server.listen(8)
    server.settimeout(idle if idle else None)
    try:
        while True:
            try:
                conn, _ = server.accept()
            except socket.timeout:
                break  # idle for too long
            with conn:
                conn.settimeout(60)
                data = b""
                while len(data) < MAX_REQUEST:
                    chunk = conn.recv(1 << 16)
                    if not chunk:
                        break
                    data += chunk
                try:
                    request = json.loads(data.decode("utf-8"))
                except ValueError:
                    continue
                if request.get("cmd") == "stop":
                    conn.sendall(json.dumps({"ok": True, "version": __version__}).encode("utf-8"))
                    break
                reply = _handle(request)
                try:
                    conn.sendall(json.dumps(reply, ensure_ascii=False).encode("utf-8"))
                except OSError:
                    pass
    finally:
        server.close()
        try:
            path.unlink()
        except FileNotFoundError:
            pass


def start(*, preload: list[str], idle: float | None, wait: float = 120.0) -> dict[str, Any]:
    """Start a worker in the background and wait until it answers; its status."""
    status = ping()
    if status is not None:
        return status
    log = socket_path().with_suffix(".log")
    log.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    cmd = [sys.executable, "-m", "briefcli", "serve", "run"]
    for name in preload:
        cmd += ["--model", name]
    if idle:
        cmd += ["--idle", str(idle)]
    with log.open("ab") as out:
        subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=out, start_new_session=True,
                         env=dict(os.environ))
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        time.sleep(0.2)
        status = ping()
        if status is not None:
            return status
    raise TimeoutError(f"the worker did not answer within {wait:.0f} s (see {log})")


def stop() -> bool:
    """Stop the worker; False when none was running."""
    return _exchange({"cmd": "stop"}, timeout=10) is not None
