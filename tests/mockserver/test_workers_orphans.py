"""kill -9 of the ``--workers`` supervisor: its workers exit and free the port for a restart."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.support.servers import ROOT, free_port

RESOURCE = "/v1/apps/x/campaigns/y/activities"


def _serve(tmp_path: Path, port: int, workers: int, log: Path) -> subprocess.Popen[bytes]:
    command = [
        sys.executable, "-m", "mockserver", "serve", "--host", "127.0.0.1", "--port", str(port),
        "--db", str(tmp_path / "mock.sqlite3"), "--workers", str(workers),
    ]  # fmt: skip
    with log.open("ab") as sink:
        return subprocess.Popen(
            command, cwd=ROOT, stdout=sink, stderr=subprocess.STDOUT, start_new_session=True
        )


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                stat = (entry / "stat").read_text()
                if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie holds no socket


def _answers(port: int, deadline: float) -> bool:
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=5) as http:
        while time.monotonic() < deadline:
            try:
                return http.get(RESOURCE).status_code == 404
            except httpx.TransportError:
                time.sleep(0.1)
    return False


def _port_free(port: int) -> bool:
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
            sock.listen()
        except OSError:
            return False
    return True


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_exit_when_the_supervisor_is_killed(tmp_path: Path) -> None:
    port = free_port()
    log = tmp_path / "serve.log"
    supervisor = _serve(tmp_path, port, 2, log)
    workers: list[int] = []
    restarted: subprocess.Popen[bytes] | None = None
    try:
        assert _answers(port, time.monotonic() + 60), log.read_text()
        deadline = time.monotonic() + 30
        while len(workers) < 2 and time.monotonic() < deadline:
            workers = [pid for pid in _children(supervisor.pid) if _alive(pid)]
            time.sleep(0.1)
        assert len(workers) >= 2, workers
        supervisor.send_signal(signal.SIGKILL)
        supervisor.wait()
        deadline = time.monotonic() + 15
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [pid for pid in workers if _alive(pid)], "orphan workers kept running"
        assert _port_free(port), "the port is still taken"
        restarted = _serve(tmp_path, port, 1, log)
        assert _answers(port, time.monotonic() + 60), log.read_text()
        assert restarted.poll() is None
    finally:
        for pid in workers:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        if restarted is not None:
            restarted.terminate()
            restarted.wait(timeout=30)
