"""The response side of the edge (mockserver.http_cycle.EdgeCycle): one write per answer, and
uvicorn's framing and header checks kept, for any ASGI app behind the edge protocol.

The app here is a small ASGI app (not the mock), served by uvicorn with ``EdgeProtocol`` on a
thread, so that it can send what the mock never does: chunked bodies, bad header values, HEAD.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
import uvicorn
from uvicorn.protocols.http.flow_control import FlowControl
from uvicorn.protocols.http.httptools_impl import HEADER_VALUE_RE

from mockserver.http_cycle import EdgeCycle
from mockserver.http_edge import EdgeProtocol
from mockserver.http_limits import EdgeLimits
from tests.edge.raw import connect, read_until_closed, split_answers

BODY = b'{"Item":[]}'


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    assert scope["type"] == "http"
    path = scope["path"]
    headers = [(b"content-type", b"application/json")]
    if path == "/crlf":
        headers.append((b"x-forged", b"a\r\nset-cookie: evil"))
    elif path == "/control":
        headers.append((b"x-bad", b"a\x01b"))
    elif path == "/bad-name":
        headers.append((b"bad name", b"1"))
    elif path == "/tab":
        headers.append((b"x-tab", b"a\tb"))
    if path == "/chunked":
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": b"ab", "more_body": True})
        await send({"type": "http.response.body", "body": b"cd"})
        return
    headers.append((b"content-length", b"%d" % len(BODY)))
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": BODY})


@pytest.fixture(scope="module")
def port() -> Iterator[int]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(
        app,
        loop="asyncio",
        http=functools.partial(EdgeProtocol, limits=EdgeLimits()),  # type: ignore[arg-type]
        lifespan="off",
        log_level="critical",
        access_log=False,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.02)
    try:
        yield sock.getsockname()[1]
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


def _get(path: str, method: str = "GET") -> bytes:
    return f"{method} {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode()


class RecordingTransport(asyncio.Transport):
    """An asyncio transport that keeps what is written (one entry per write call)."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[bytes] = []

    def write(self, data: Any) -> None:
        self.writes.append(bytes(data))

    def writelines(self, list_of_data: Any) -> None:
        self.writes.append(b"".join(list_of_data))

    def is_closing(self) -> bool:
        return False

    def close(self) -> None:
        pass


def _cycle(transport: RecordingTransport) -> EdgeCycle:
    return EdgeCycle(
        scope={"type": "http", "method": "GET", "headers": []},  # type: ignore[typeddict-item]
        transport=transport,
        flow=FlowControl(transport),
        logger=logging.getLogger("test"),
        access_logger=logging.getLogger("test.access"),
        access_log=False,
        default_headers=[(b"date", b"Thu, 01 Jan 2026 00:00:00 GMT")],
        message_event=asyncio.Event(),
        expect_100_continue=False,
        keep_alive=True,
        on_response=lambda: None,
    )


def test_an_answer_with_a_content_length_is_one_write() -> None:
    """uvicorn's own cycle writes the head and the body apart: two system calls an answer."""
    transport = RecordingTransport()
    cycle = _cycle(transport)
    headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(BODY))]

    async def answer() -> None:
        await cycle.send({"type": "http.response.start", "status": 200, "headers": headers})
        await cycle.send({"type": "http.response.body", "body": BODY})

    asyncio.run(answer())
    [written] = transport.writes
    assert written.startswith(b"HTTP/1.1 200 OK\r\ndate: ") and written.endswith(b"\r\n\r\n" + BODY)
    assert cycle.response_complete


def test_header_values_are_refused_byte_for_byte_as_uvicorn_refuses_them() -> None:
    """Every byte in a header value: the head is encoded exactly when uvicorn's own check
    (HEADER_VALUE_RE) lets the value through."""
    for byte in range(256):
        value = b"a" + bytes([byte]) + b"b"
        cycle = _cycle(RecordingTransport())
        try:
            cycle._encode_head(200, [(b"x-value", value), (b"content-length", b"0")])
        except RuntimeError:
            accepted = False
        else:
            accepted = True
        assert accepted == (HEADER_VALUE_RE.search(value) is None), byte


def test_send_is_complete_when_it_returns_unless_the_transport_is_paused() -> None:
    """No coroutine an ASGI send: what send returns is done already; a paused transport gets
    a coroutine that writes only once the drain came."""
    transport = RecordingTransport()
    cycle = _cycle(transport)
    headers = [(b"content-length", b"%d" % len(BODY))]

    async def answer() -> None:
        started = cycle.send({"type": "http.response.start", "status": 200, "headers": headers})
        assert isinstance(started, asyncio.Future) and started.done()
        await started
        cycle.flow.pause_writing()
        waiting = cycle.send({"type": "http.response.body", "body": BODY})
        assert asyncio.iscoroutine(waiting) and transport.writes == []
        cycle.flow.resume_writing()
        await waiting

    asyncio.run(answer())
    [written] = transport.writes
    assert written.endswith(b"\r\n\r\n" + BODY) and cycle.response_complete


def test_keep_alive_and_pipelined_answers_keep_their_order(port: int) -> None:
    last = _get("/ok").replace(b"\r\n\r\n", b"\r\nConnection: close\r\n\r\n")
    with connect(port) as sock:
        sock.sendall(_get("/ok") + _get("/tab") + last)
        answers = split_answers(read_until_closed(sock))
    assert [answer.status for answer in answers] == [200, 200, 200]
    assert answers[1].headers["x-tab"] == "a\tb"  # a tab is allowed in a value, as uvicorn
    assert all(answer.body == BODY for answer in answers)


def test_a_chunked_answer_is_framed_as_uvicorn_frames_it(port: int) -> None:
    with connect(port) as sock:
        sock.sendall(_get("/chunked").replace(b"\r\n\r\n", b"\r\nConnection: close\r\n\r\n"))
        data = read_until_closed(sock)
    head, _, body = data.partition(b"\r\n\r\n")
    assert b"transfer-encoding: chunked" in head.lower()
    assert body == b"2\r\nab\r\n2\r\ncd\r\n0\r\n\r\n"


def test_head_answers_have_no_body(port: int) -> None:
    with connect(port) as sock:
        sock.sendall(_get("/ok", "HEAD") + _get("/ok"))
        time.sleep(0.2)
        sock.settimeout(2)
        data = b""
        with contextlib.suppress(TimeoutError):
            while data.count(b"HTTP/1.1 200") < 2 or not data.endswith(BODY):
                chunk = sock.recv(65536)
                if not chunk:
                    break
                data += chunk
    first, second = data.split(b"HTTP/1.1 200")[1:]
    assert BODY not in first and second.endswith(BODY)


@pytest.mark.parametrize("path", ["/crlf", "/control", "/bad-name"])
def test_a_bad_header_from_the_app_is_never_sent(port: int, path: str) -> None:
    """As uvicorn: the response is abandoned (the connection closed), nothing forged goes out."""
    with connect(port) as sock:
        sock.sendall(_get(path))
        data = read_until_closed(sock)
    assert b"evil" not in data and b"\x01" not in data and b"bad name" not in data
    assert split_answers(data) == [] or all(a.status == 500 for a in split_answers(data))
