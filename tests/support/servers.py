"""Start the real mock server (``python -m mockserver serve``) under uvicorn on 127.0.0.1.

Tests talk to it over real HTTP, on a free port, with a real SQLite file of their own, or a
``postgresql://`` URL (``db``: a database of tests/support/postgres.py's server).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APPLICATION_ID = "4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b"  # the spec's example IDs = the demo data
CAMPAIGN_ID = "7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f"


@dataclass(frozen=True)
class RunningServer:
    url: str
    port: int
    db: Path | str  # the SQLite file, or the PostgreSQL URL
    log: Path
    process: subprocess.Popen[bytes]

    def activities_url(self, app: str = APPLICATION_ID, campaign: str = CAMPAIGN_ID) -> str:
        return f"{self.url}/v1/apps/{app}/campaigns/{campaign}/activities"

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_until_listening(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"mock server exited with {process.returncode}:\n{log.read_text()}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        time.sleep(0.05)
    raise RuntimeError(f"mock server did not listen on {port} within 30 s:\n{log.read_text()}")


@contextlib.contextmanager
def mock_server(
    workdir: Path, *args: str, db: Path | str | None = None, env: dict[str, str] | None = None
) -> Iterator[RunningServer]:
    """Run ``python -m mockserver serve`` with extra ``args`` until the block ends."""
    port = free_port()
    db = db or workdir / "mock.sqlite3"
    command = [
        sys.executable, "-m", "mockserver", "serve",
        "--host", "127.0.0.1", "--port", str(port), "--db", str(db), "--validate-responses",
        *args,
    ]  # fmt: skip
    with server_process(command, port, db, workdir, env=env) as server:
        yield server


@contextlib.contextmanager
def server_process(
    command: list[str],
    port: int,
    db: Path | str,
    workdir: Path,
    *,
    env: dict[str, str] | None = None,
    replace_env: bool = False,
) -> Iterator[RunningServer]:
    """Run any command that serves on ``port`` (``make serve`` too) until the block ends.

    Its stdout and stderr go to one log file; the whole process group is stopped at the end.
    ``replace_env`` runs it with ``env`` alone instead of added to this process's environment.
    """
    log = workdir / f"server-{port}.log"
    process = _spawn(command, log, ROOT, dict(env or {}) if replace_env else _with_os(env))
    try:
        _wait_until_listening(port, process, log)
        yield RunningServer(f"http://127.0.0.1:{port}", port, db, log, process)
    finally:
        _stop(process)


@contextlib.contextmanager
def ready_server(
    workdir: Path,
    *args: str,
    host: str = "127.0.0.1",
    db: Path | str | None = None,
    env: dict[str, str] | None = None,
    cwd: Path = ROOT,
) -> Iterator[RunningServer]:
    """Run ``python -m mockserver serve --port 0 --ready-file F`` with extra ``args`` (in
    ``cwd``) until the block ends; the port is the one the server wrote to F once it served."""
    db = db or workdir / "mock.sqlite3"
    ready = workdir / f"ready-{time.monotonic_ns()}.json"
    log = workdir / f"server-{ready.stem}.log"
    command = [
        sys.executable, "-m", "mockserver", "serve", "--host", host, "--port", "0",
        "--db", str(db), "--ready-file", str(ready), "--validate-responses", *args,
    ]  # fmt: skip
    process = _spawn(command, log, cwd, _with_os(env))
    try:
        deadline = time.monotonic() + 60
        while not ready.exists():
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(
                    f"mock server never got ready ({process.returncode}):\n{log.read_text()}"
                )
            time.sleep(0.02)
        info = json.loads(ready.read_text(encoding="utf-8"))
        yield RunningServer(info["url"], info["port"], db, log, process)
    finally:
        _stop(process)


def _with_os(env: dict[str, str] | None) -> dict[str, str]:
    return {**os.environ, **(env or {})}


def _spawn(
    command: list[str], log: Path, cwd: Path, env: dict[str, str]
) -> subprocess.Popen[bytes]:
    """Start ``command`` in its own process group, stdout and stderr to ``log``."""
    with log.open("wb") as sink:
        return subprocess.Popen(
            command, cwd=cwd, stdout=sink, stderr=subprocess.STDOUT, env=env,
            start_new_session=True,
        )  # fmt: skip


def _stop(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def wait_for_log(
    server: RunningServer, predicate: Callable[[str], bool], timeout: float = 10.0
) -> str:
    """Return the server's log once ``predicate`` holds for it (it is written with a delay)."""
    deadline = time.monotonic() + timeout
    while True:
        text = server.log_text()
        if predicate(text):
            return text
        if time.monotonic() > deadline:
            raise AssertionError(
                f"the server log never matched within {timeout} s:\n{text[-3000:]}"
            )
        time.sleep(0.05)
