"""Raw HTTP/1 over sockets for the edge tests: send exact bytes, read and split the answers.

The server's limits are what these tests check, so they speak HTTP by hand: an HTTP client
library would refuse to send most of these requests.
"""

from __future__ import annotations

import json
import socket
import time
from dataclasses import dataclass

from pinpoint_server.errors import ApiError  # type: ignore[import-not-found, unused-ignore]

from mockserver.seed import DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID

RESOURCE = f"/v1/apps/{DEMO_APPLICATION_ID}/campaigns/{DEMO_CAMPAIGN_ID}/activities"
GET_PAGE = f"GET {RESOURCE} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode()
CLOSE_PAGE = f"GET {RESOURCE} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode()


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes


def connect(port: int, timeout: float = 10.0) -> socket.socket:
    return socket.create_connection(("127.0.0.1", port), timeout=timeout)


def read_until_closed(sock: socket.socket, limit: int = 16 * 1024 * 1024) -> bytes:
    """Everything the server sends until it closes (a reset after its answer counts as closed)."""
    received = bytearray()
    while len(received) < limit:
        try:
            chunk = sock.recv(65536)
        except ConnectionResetError:
            break
        if not chunk:
            break
        received += chunk
    return bytes(received)


def exchange(port: int, data: bytes, timeout: float = 10.0) -> list[Answer]:
    """Send ``data`` on a new connection, read until the server closes, split the answers."""
    with connect(port, timeout) as sock:
        sock.sendall(data)
        return split_answers(read_until_closed(sock))


def read_one(sock: socket.socket) -> Answer:
    """Read exactly one answer (by its Content-Length) from a connection that stays open."""
    received = b""
    while b"\r\n\r\n" not in received:
        chunk = sock.recv(65536)
        assert chunk, f"closed after {received!r}"
        received += chunk
    head, _, rest = received.partition(b"\r\n\r\n")
    length = int(_headers(head)["content-length"])
    while len(rest) < length:
        chunk = sock.recv(65536)
        assert chunk, "closed inside a body"
        rest += chunk
    return split_answers(received)[0]


def _headers(head: bytes) -> dict[str, str]:
    lines = head.decode("latin-1").split("\r\n")[1:]
    pairs = (line.split(":", 1) for line in lines)
    return {name.strip().lower(): value.strip() for name, value in pairs}


def split_answers(data: bytes) -> list[Answer]:
    """The HTTP/1.1 answers in ``data``, each framed by its Content-Length."""
    answers = []
    while data:
        head, separator, rest = data.partition(b"\r\n\r\n")
        assert separator, f"an incomplete answer: {data[:300]!r}"
        assert head.startswith(b"HTTP/1.1 "), f"not an HTTP/1.1 status line: {head[:100]!r}"
        headers = _headers(head)
        length = int(headers["content-length"])
        answers.append(Answer(int(head.split(b" ")[1]), headers, rest[:length]))
        data = rest[length:]
    return answers


def assert_aws_error(answer: Answer, error: type[ApiError]) -> dict[str, str]:
    """``answer`` is ``error`` in the AWS shape the SDKs parse; returns its body."""
    assert answer.status == error.status, answer
    assert answer.headers["x-amzn-errortype"] == error.error_type
    assert answer.headers["content-type"] == "application/json"
    body: dict[str, str] = json.loads(answer.body)
    assert set(body) == {"RequestID", "Message"} and body["Message"]
    assert body["RequestID"] == answer.headers["x-amzn-requestid"]
    return body


def wait_closed(sock: socket.socket, deadline_s: float) -> bytes:
    """What the server sends until it closes ``sock``; fails if it stays open past the deadline."""
    sock.settimeout(deadline_s)
    end = time.monotonic() + deadline_s
    received = bytearray()
    while time.monotonic() < end:
        try:
            chunk = sock.recv(65536)
        except ConnectionResetError:
            return bytes(received)
        if not chunk:
            return bytes(received)
        received += chunk
    raise AssertionError(f"still open after {deadline_s} s")
