"""The access log of a real ``serve``: a stdout nobody reads never stops serving; paths with
control characters cannot forge lines; the query string is logged."""

from __future__ import annotations

import fcntl
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from mockserver.seed import DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID
from tests.mockserver.serving import ACCESS_LINE
from tests.support.servers import ROOT, RunningServer, free_port, mock_server, wait_for_log

RESOURCE = f"/v1/apps/{DEMO_APPLICATION_ID}/campaigns/{DEMO_CAMPAIGN_ID}/activities"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    with mock_server(tmp_path_factory.mktemp("logs-server")) as running:
        yield running


def test_control_characters_in_the_path_forge_no_line(server: RunningServer) -> None:
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        forged = b"/v1/apps/x%0A%0D%1B%5B31m%00" + b"y" * 3000
        sock.sendall(
            b"GET " + forged + b"?a=%0A%1B HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
        )
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    request_id = next(
        line.split(b":", 1)[1].strip().decode()
        for line in answer.split(b"\r\n")
        if line.lower().startswith(b"x-amzn-requestid:")
    )
    text = wait_for_log(server, lambda log: request_id in log)
    line = next(line for line in text.splitlines() if request_id in line)
    assert "\x1b" not in text and "\x00" not in text
    assert "/v1/apps/x%0A%0D%1B%5B31m%00" in line and "y" * 3000 not in line  # capped at 1 KiB
    assert line.endswith(" ?a=%0A%1B")


def test_the_query_string_is_logged(server: RunningServer) -> None:
    with httpx.Client(base_url=server.url) as http:
        request_id = http.get(RESOURCE + "?page-size=3").headers["x-amzn-requestid"]
    text = wait_for_log(server, lambda log: request_id in log)
    line = next(line for line in text.splitlines() if request_id in line)
    assert ACCESS_LINE.search(line) and line.endswith(" ?page-size=3")


def _unread_stdout_server(tmp_path: Path, port: int) -> tuple[subprocess.Popen[bytes], int]:
    read_end, write_end = os.pipe()
    command = [
        sys.executable, "-m", "mockserver", "serve", "--host", "127.0.0.1", "--port", str(port),
        "--db", str(tmp_path / "mock.sqlite3"), "--log-level", "info",
    ]  # fmt: skip
    process = subprocess.Popen(
        command, cwd=ROOT, stdout=write_end, stderr=subprocess.DEVNULL, start_new_session=True
    )
    os.close(write_end)
    return process, read_end


def test_a_stdout_nobody_reads_never_stops_serving(tmp_path: Path) -> None:
    port = free_port()
    process, read_end = _unread_stdout_server(tmp_path, port)
    try:
        deadline = time.monotonic() + 30
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as http:
            while True:
                try:
                    http.get("/v1/nothing")
                    break
                except httpx.TransportError:
                    assert time.monotonic() < deadline and process.poll() is None
                    time.sleep(0.05)
            # Far more lines than the pipe holds (337 filled it and froze the server before).
            statuses = [http.get(RESOURCE + f"?page-size=1&n={n}").status_code for n in range(1500)]
            assert statuses == [200] * 1500
            fcntl.fcntl(read_end, fcntl.F_SETFL, os.O_NONBLOCK)
            text = b""
            while True:
                try:
                    chunk = os.read(read_end, 1 << 16)
                except BlockingIOError:
                    break
                text += chunk
            # Once the pipe is read again, a later line says how many were lost.
            for _ in range(200):
                http.get(RESOURCE)
                time.sleep(0.05)
                try:
                    text += os.read(read_end, 1 << 16)
                except BlockingIOError:
                    continue
                if b"lines dropped" in text:
                    break
        assert b"lines dropped" in text
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=15)  # SIGTERM still stops it (TimeoutExpired otherwise)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(read_end)
