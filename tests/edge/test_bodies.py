"""Point 2 of issue #11: a GET's body is dropped unbuffered, and no request buffers more than
``max_body_size``: a Content-Length over it is a 413 before the body is read, a chunked body is
cut off at the limit."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from mockserver.http_limits import EdgeLimits, PayloadTooLargeException
from tests.edge.raw import RESOURCE, Answer, assert_aws_error, connect, read_one
from tests.support.servers import RunningServer, mock_server

MAX_BODY = EdgeLimits().max_body_size
ADMIN_ACTIVITIES = "/_mock/apps/edge/campaigns/edge/activities"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    with mock_server(tmp_path_factory.mktemp("edge-body"), "--log-level", "warning") as running:
        yield running


def _peak_rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise AssertionError("no VmHWM")


def test_a_content_length_over_the_limit_is_a_413_before_the_body(server: RunningServer) -> None:
    head = (
        f"POST {ADMIN_ACTIVITIES} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"Content-Length: {MAX_BODY + 1}\r\n\r\n"
    )
    with connect(server.port) as sock:
        sock.sendall(head.encode())  # and no body: the answer must not wait for it
        answer = read_one(sock)
    assert_aws_error(answer, PayloadTooLargeException)


def test_a_chunked_body_is_cut_off_at_the_limit(server: RunningServer) -> None:
    head = f"POST {ADMIN_ACTIVITIES} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
    piece = 1024 * 1024
    chunk = f"{piece:x}\r\n".encode() + b"a" * piece + b"\r\n"
    sent = 0
    with connect(server.port, timeout=30) as sock:
        sock.sendall(head.encode())
        try:
            while sent < 4 * MAX_BODY:
                sock.sendall(chunk)
                sent += piece
        except OSError:
            pass  # closed by the server
        answer = read_one(sock)
    assert_aws_error(answer, PayloadTooLargeException)
    assert sent < 4 * MAX_BODY


def _get_with_body(port: int, body: bytes) -> tuple[Answer, Answer]:
    """A GET with ``body``, then a plain GET on the same connection."""
    head = f"GET {RESOURCE} HTTP/1.1\r\nHost: x\r\nContent-Length: {len(body)}\r\n\r\n".encode()
    with connect(port, timeout=60) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 256 * 1024)
        sock.sendall(head)
        sock.sendall(body)
        first = read_one(sock)
        sock.sendall(f"GET {RESOURCE} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        return first, read_one(sock)


def test_get_bodies_are_dropped_unbuffered(server: RunningServer) -> None:
    """60 concurrent GETs with 10 MB bodies: each is served (the body ignored, the connection
    still usable), and the server's peak memory grows far less than the 600 MB they carry."""
    body = b"x" * 10_000_000
    assert len(body) <= MAX_BODY  # under the limit: dropped, not refused
    before = _peak_rss_kib(server.process.pid)
    with ThreadPoolExecutor(max_workers=60) as pool:
        results = list(pool.map(lambda _: _get_with_body(server.port, body), range(60)))
    for first, second in results:
        assert first.status == 200 and second.status == 200
    growth_mib = (_peak_rss_kib(server.process.pid) - before) / 1024
    assert growth_mib < 100, f"peak RSS grew by {growth_mib:.0f} MiB"
