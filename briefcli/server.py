"""A warm worker: `briefcli serve start` keeps the pipelines loaded in a background process, and
`briefcli brief` hands it the articles it has read, so a journalist's second brief takes a
fraction of a second instead of a pipeline load.

The worker listens on a Unix socket only the user can reach (`$BRIEFCLI_SOCKET`, else
`$XDG_RUNTIME_DIR/briefcli.sock`, else `~/.cache/briefcli/briefcli.sock`). One request per
connection: a JSON line with the article, answered by a JSON line with the schema-1 record or
the error. Briefs run in a small pool of processes, each with the pipelines loaded, and the
very function the in-process path runs (`api.brief_article`), so the brief is the same; when
no worker answers, or it runs another briefcli version, `briefcli brief` briefs in-process.

What keeps it standing:
- each connection has its own thread and deadline (`request_timeout` to send the request): a
  silent or malformed client gets its own error and never holds the others up;
- a small brief does not wait for a big one: the pool has several processes;
- one worker per socket: it holds a lock (`<socket>.lock`, with its pid) for as long as it
  runs, so `serve start` never starts a second one and `serve status` tells a busy worker
  from a dead one; a worker removes only the socket it made.
The client trusts a socket only in a folder of the user's that nobody else can write to, and
only a peer running as the same user (SO_PEERCRED); otherwise it refuses, in one line.

This module imports no spaCy: the client side must stay light.
"""
from __future__ import annotations

import json
import os
import socket
import stat
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from . import __version__
from .batch import _exit_with_parent, _worker_pid  # the same pool-worker helpers as batch
from .errors import BriefError

CONNECT_TIMEOUT = 0.5  # seconds to reach a worker before briefing in-process
REPLY_TIMEOUT = 300.0
REQUEST_TIMEOUT = 10.0  # seconds a client has to send its request
MAX_REQUEST = 64 * 1024 * 1024
MAX_CONNECTIONS = 64  # connections handled at once; more are told the worker is busy
PROCESSES = 2  # brief processes: a small brief runs beside a big one


class UntrustedWorker(BriefError):
    """The socket, its folder or the process behind it is not the user's own."""


def socket_path() -> Path:
    if os.environ.get("BRIEFCLI_SOCKET"):
        return Path(os.environ["BRIEFCLI_SOCKET"])
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    base = Path(runtime) if runtime and Path(runtime).is_dir() else Path.home() / ".cache" / "briefcli"
    return base / "briefcli.sock"


def lock_path(path: Path | None = None) -> Path:
    path = path or socket_path()
    return path.with_name(path.name + ".lock")


def check_folder(path: Path) -> None:
    """UntrustedWorker unless the socket's folder is the user's and nobody else can write to it
    (anyone who can would be able to put their own socket in its place)."""
    folder = path.parent
    try:
        info = folder.stat()
    except OSError:
        return  # no folder, no socket: nothing to trust yet
    if info.st_uid != os.getuid():
        raise UntrustedWorker(f"not using the worker socket {path}: its folder belongs to another user "
                              f"(uid {info.st_uid}); set BRIEFCLI_SOCKET to a path in a folder of yours")
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise UntrustedWorker(f"not using the worker socket {path}: its folder {folder} is writable by others; "
                              f"chmod go-w {folder}, or set BRIEFCLI_SOCKET to a path in a private folder")


def _peer_uid(sock: socket.socket) -> int | None:
    """The uid of the process at the other end of a Unix socket (None where the OS cannot say)."""
    if not hasattr(socket, "SO_PEERCRED"):
        return None
    creds = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    return struct.unpack("3i", creds)[1]


# --- client --------------------------------------------------------------------------------


def _exchange(request: dict[str, Any], timeout: float = REPLY_TIMEOUT) -> dict[str, Any] | None:
    """Send one request to the worker; None when no worker answers. UntrustedWorker when the
    socket is not one the user can trust."""
    path = socket_path()
    try:
        info = path.lstat()
    except OSError:
        return None
    if not stat.S_ISSOCK(info.st_mode):
        return None  # a leftover file, not a worker
    check_folder(path)
    if info.st_uid != os.getuid():
        raise UntrustedWorker(f"not using the worker socket {path}: it belongs to another user (uid {info.st_uid})")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.settimeout(CONNECT_TIMEOUT)
        sock.connect(str(path))
        uid = _peer_uid(sock)
        if uid is not None and uid != os.getuid():
            raise UntrustedWorker(f"not using the worker socket {path}: the process behind it runs as another "
                                  f"user (uid {uid}), not you (uid {os.getuid()})")
        sock.settimeout(timeout)
        sock.sendall(json.dumps(request, ensure_ascii=False).encode("utf-8") + b"\n")
        sock.shutdown(socket.SHUT_WR)
        chunks = []
        while True:
            chunk = sock.recv(1 << 16)
            if not chunk:
                break
            chunks.append(chunk)
        reply = json.loads(b"".join(chunks).decode("utf-8")) if chunks else None
        return reply if isinstance(reply, dict) else None
    except (OSError, ValueError):
        return None
    finally:
        sock.close()


def ping(timeout: float = 5) -> dict[str, Any] | None:
    """The worker's status (version, pid, pipelines loaded, briefs running), or None."""
    reply = _exchange({"cmd": "ping"}, timeout=timeout)
    return reply if reply and reply.get("ok") else None


def lock_holder(path: Path | None = None) -> int | None:
    """The pid of the worker holding the socket's lock, or None when no worker holds it."""
    import fcntl

    lock = lock_path(path)
    try:
        fd = os.open(lock, os.O_RDONLY)
    except OSError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            text = os.read(fd, 64).decode("ascii", "replace").strip()
            return int(text) if text.isdigit() else -1
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)


def status() -> tuple[str, dict[str, Any]]:
    """("running", its status), ("busy", {"pid": …}) when a worker holds the lock but does not
    answer, or ("stopped", {}) when none runs."""
    reply = ping(timeout=2)
    if reply is not None:
        return "running", reply
    pid = lock_holder()
    if pid is not None:
        return "busy", {"pid": pid}
    return "stopped", {}


def brief_remote(article, *, lang, model, sentences) -> dict[str, Any] | None:
    """The record the worker makes of an Article; None when there is no usable worker.
    Raises BriefError for an input the worker refused, as the in-process path would, and
    UntrustedWorker for a socket the user cannot trust."""
    reply = _exchange({"cmd": "brief", "version": __version__, "name": article.name, "text": article.text,
                       "title": article.title, "meta": article.meta, "markdown": article.markdown,
                       "lang": lang, "model": model, "sentences": sentences})
    if reply is None or reply.get("version") != __version__:
        return None
    if reply.get("ok"):
        return reply["record"]
    error = reply.get("error") or {}
    if error.get("expected"):
        raise BriefError(error.get("message", "failed"))
    return None  # an unexpected failure in the worker: brief in-process, which reports it properly


# --- worker --------------------------------------------------------------------------------


def _handle(request: dict[str, Any]) -> dict[str, Any]:
    """A brief request → the reply (runs in a pool process)."""
    from .api import brief_article
    from .inputs import Article

    base = {"version": __version__}
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


def _request_problem(request: Any) -> str | None:
    """What is wrong with a request, in words, or None."""
    if not isinstance(request, dict):
        return "a request is one JSON object"
    if request.get("cmd") not in ("ping", "stop", "brief"):
        return "unknown command (ping, brief or stop)"
    if request["cmd"] == "brief":
        if not isinstance(request.get("name"), str) or not isinstance(request.get("text"), str):
            return "a brief request needs the strings 'name' and 'text'"
        if not isinstance(request.get("meta") or {}, dict) or not isinstance(request.get("sentences") or 3, int):
            return "'meta' must be an object and 'sentences' an integer"
    return None


def _preload(names: list[str]) -> None:
    import signal

    from . import pipeline

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C and SIGTERM are the worker's to handle
    # a worker killed outright (kill -9) would leave its brief processes waiting for ever: leave with it
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    for name in names:
        pipeline.load(pipeline.resolve_model(name))


class _Lock:
    """The worker's lock: held (flock) for as long as it runs, with its pid in the file."""

    def __init__(self, path: Path):
        import fcntl

        self.path = path
        self.fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self.fd)
            pid = lock_holder(path.with_name(path.name[: -len(".lock")]))
            raise SystemExit(f"briefcli: a worker (pid {pid}) already runs on "
                             f"{path.with_name(path.name[: -len('.lock')])}") from None
        os.ftruncate(self.fd, 0)
        os.write(self.fd, f"{os.getpid()}\n".encode("ascii"))

    def release(self) -> None:
        os.close(self.fd)  # closing releases the flock; the file stays (removing it would race)


class Worker:
    """The listening side: one thread per connection, briefs in a process pool."""

    def __init__(self, *, preload: list[str], processes: int = PROCESSES,
                 request_timeout: float = REQUEST_TIMEOUT):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        from . import pipeline

        self.preload = [pipeline.resolve_model(name) for name in preload]
        self.processes = max(1, processes)
        self.request_timeout = request_timeout
        self.pipelines = set(self.preload)
        self.running = 0  # briefs in progress
        self.last_active = time.monotonic()
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(MAX_CONNECTIONS)
        self._context = multiprocessing.get_context("spawn")
        self._new_pool = lambda: ProcessPoolExecutor(self.processes, mp_context=self._context,
                                                     initializer=_preload, initargs=(self.preload,))
        self.pool = self._new_pool()

    def warm_up(self) -> None:
        """Start every pool process and wait until each has loaded its pipelines."""
        seen: set[int] = set()
        while len(seen) < self.processes:
            seen.update(f.result() for f in [self.pool.submit(_worker_pid) for _ in range(self.processes)])

    def serve(self, server: socket.socket, idle: float | None) -> None:
        server.settimeout(0.5)
        while not self.stopping.is_set():
            try:
                conn, _ = server.accept()
            except socket.timeout:
                with self._lock:
                    quiet = self.running == 0 and time.monotonic() - self.last_active > idle if idle else False
                if quiet:
                    break  # idle for too long
                continue
            except OSError:
                if self.stopping.is_set():
                    break
                raise
            if not self._slots.acquire(blocking=False):
                self._reply(conn, self._error("Busy", "the worker has too many connections; try again"))
                conn.close()
                continue
            threading.Thread(target=self._connection, args=(conn,), daemon=True).start()

    def _connection(self, conn: socket.socket) -> None:
        try:
            with conn:
                reply = self._answer(conn)
                if reply is not None:
                    self._reply(conn, reply)
        except Exception as exc:  # noqa: BLE001 - one connection's failure stays with it
            print(f"briefcli worker: connection failed ({type(exc).__name__}: {exc})", file=sys.stderr, flush=True)
        finally:
            self._slots.release()

    def _answer(self, conn: socket.socket) -> dict[str, Any] | None:
        conn.settimeout(self.request_timeout)
        deadline = time.monotonic() + self.request_timeout
        data = bytearray()
        try:
            while len(data) <= MAX_REQUEST:
                conn.settimeout(max(deadline - time.monotonic(), 0.01))
                chunk = conn.recv(1 << 16)
                if not chunk:
                    break
                data += chunk
                if b"\n" in chunk:  # one request per connection: its line is complete
                    break
        except (socket.timeout, TimeoutError):
            return self._error("Timeout", f"no complete request within {self.request_timeout:g} s")
        if len(data) > MAX_REQUEST:
            return self._error("TooLarge", f"request over {MAX_REQUEST // (1024 * 1024)} MB")
        try:
            request = json.loads(bytes(data).split(b"\n", 1)[0].decode("utf-8"))
        except ValueError:
            return self._error("BadRequest", "not a JSON line")
        problem = _request_problem(request)
        if problem:
            return self._error("BadRequest", problem)
        if request["cmd"] == "ping":
            with self._lock:
                return {"version": __version__, "ok": True, "pid": os.getpid(), "pipelines": sorted(self.pipelines),
                        "running": self.running, "processes": self.processes}
        if request["cmd"] == "stop":
            self.stopping.set()
            return {"version": __version__, "ok": True}
        return self._brief(request)

    def _brief(self, request: dict[str, Any]) -> dict[str, Any]:
        from concurrent.futures.process import BrokenProcessPool

        with self._lock:
            self.running += 1
        try:
            try:
                reply = self.pool.submit(_handle, request).result()
            except BrokenProcessPool:  # a brief killed its process (out of memory…): a new pool for the next
                with self._lock:
                    self.pool, broken = self._new_pool(), self.pool
                broken.shutdown(wait=False, cancel_futures=True)
                return self._error("WorkerDied", "the brief process died", expected=False)
            if reply.get("ok"):
                with self._lock:
                    self.pipelines.add(reply["record"]["source"]["model"])
            return reply
        finally:
            with self._lock:
                self.running -= 1
                self.last_active = time.monotonic()

    @staticmethod
    def _error(kind: str, message: str, expected: bool = False) -> dict[str, Any]:
        return {"version": __version__, "ok": False, "error": {"type": kind, "message": message, "expected": expected}}

    @staticmethod
    def _reply(conn: socket.socket, reply: dict[str, Any]) -> None:
        try:
            conn.settimeout(10)
            conn.sendall(json.dumps(reply, ensure_ascii=False).encode("utf-8") + b"\n")
        except OSError:
            pass  # the client has gone

    def close(self) -> None:
        processes = list((getattr(self.pool, "_processes", None) or {}).values())
        self.pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()


def serve(*, preload: list[str], idle: float | None = None, processes: int = PROCESSES,
          request_timeout: float = REQUEST_TIMEOUT) -> None:
    """Run the worker in the foreground until 'stop', a signal, or `idle` seconds without work."""
    import signal

    path = socket_path()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        check_folder(path)
    except UntrustedWorker as exc:
        raise SystemExit(f"briefcli: {exc}") from None
    lock = _Lock(lock_path(path))  # before anything else: one worker per socket
    worker = None
    server = None
    own_inode = None
    try:
        worker = Worker(preload=preload, processes=processes, request_timeout=request_timeout)
        worker.warm_up()
        if path.is_socket() or path.exists():
            path.unlink()  # we hold the lock, so no live worker is behind it
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        old_umask = os.umask(0o177)  # the socket is the user's alone
        try:
            server.bind(str(path))
        finally:
            os.umask(old_umask)
        own_inode = path.stat().st_ino
        server.listen(64)
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, lambda *_: worker.stopping.set())
        worker.serve(server, idle)
    finally:
        if server is not None:
            server.close()
        try:  # only the socket this worker made: never another one's
            if own_inode is not None and path.stat().st_ino == own_inode:
                path.unlink()
        except OSError:
            pass
        if worker is not None:
            worker.close()
        lock.release()


def start(*, preload: list[str], idle: float | None, wait: float = 120.0, processes: int = PROCESSES,
          request_timeout: float = REQUEST_TIMEOUT) -> dict[str, Any]:
    """Start a worker in the background and wait until it answers; its status. RuntimeError
    when a worker holds the socket but does not answer (never a second worker)."""
    state, info = status()
    if state == "running":
        return info
    if state == "busy":
        raise RuntimeError(f"a worker (pid {info['pid']}) already runs on {socket_path()} but does not answer; "
                           "wait, or stop it with briefcli serve stop")
    check_folder(socket_path())
    log = socket_path().with_suffix(".log")
    log.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    cmd = [sys.executable, "-m", "briefcli", "serve", "run", "--processes", str(processes),
           "--request-timeout", str(request_timeout)]
    for name in preload:
        cmd += ["--model", name]
    if idle:
        cmd += ["--idle", str(idle)]
    with log.open("ab") as out:
        process = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=out, start_new_session=True,
                                   env=dict(os.environ))
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        time.sleep(0.2)
        reply = ping()
        if reply is not None:
            return reply
        if process.poll() is not None:
            raise RuntimeError(f"the worker stopped at once (see {log})")
    raise TimeoutError(f"the worker did not answer within {wait:.0f} s (see {log})")


def stop(wait: float = 30.0) -> bool:
    """Stop the worker; False when none was running. A worker that holds the lock but does not
    answer is sent SIGTERM."""
    import signal

    pid = lock_holder()
    if _exchange({"cmd": "stop"}, timeout=10) is None:
        if pid is None or pid <= 0:
            return False
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            return False
    deadline = time.monotonic() + wait
    while lock_holder() is not None and time.monotonic() < deadline:
        time.sleep(0.1)
    return True
