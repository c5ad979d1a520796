"""Point 1 of issue #11: the request line and headers are bounded (431, AWS-shaped), and a
client sending an endless header costs the server one bounded read, not its CPU or memory."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from mockserver.http_limits import DEFAULT_MAX_HEADER_SIZE, RequestHeaderFieldsTooLargeException
from tests.edge.raw import (
    CLOSE_PAGE,
    GET_PAGE,
    RESOURCE,
    assert_aws_error,
    connect,
    exchange,
    read_one,
    split_answers,
)
from tests.support.servers import RunningServer, mock_server

SMALL_LIMIT = 4096


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    with mock_server(tmp_path_factory.mktemp("edge-head"), "--log-level", "warning") as running:
        yield running


def _get_with_header(size: int) -> bytes:
    """A GET of the demo page whose head is ``size`` bytes in all."""
    start = f"GET {RESOURCE} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nX-Pad: ".encode()
    end = b"\r\n\r\n"
    return start + b"a" * (size - len(start) - len(end)) + end


def test_a_head_at_the_default_limit_is_served_one_byte_more_is_a_431(
    server: RunningServer,
) -> None:
    [served] = exchange(server.port, _get_with_header(DEFAULT_MAX_HEADER_SIZE))
    assert served.status == 200
    [refused] = exchange(server.port, _get_with_header(DEFAULT_MAX_HEADER_SIZE + 1))
    assert_aws_error(refused, RequestHeaderFieldsTooLargeException)


def test_a_url_over_64_kb_is_a_431(server: RunningServer) -> None:
    [refused] = exchange(server.port, b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n")
    assert_aws_error(refused, RequestHeaderFieldsTooLargeException)


def test_the_limit_is_configurable(tmp_path: Path) -> None:
    limit = str(SMALL_LIMIT)
    with mock_server(tmp_path, "--log-level", "warning", "--max-header-size", limit) as small:
        [served] = exchange(small.port, _get_with_header(SMALL_LIMIT))
        assert served.status == 200
        [refused] = exchange(small.port, _get_with_header(SMALL_LIMIT + 1))
        assert_aws_error(refused, RequestHeaderFieldsTooLargeException)


def test_an_endless_header_is_cut_off_early_while_others_are_served(
    server: RunningServer,
) -> None:
    """128 MiB of header value: the server answers 431 after reading its limit plus what the
    socket buffers hold, and a second client is served while the first is mid-header."""
    total = 128 * 1024 * 1024
    chunk = b"a" * 65536
    sent = 0
    with connect(server.port, timeout=30) as attacker:
        attacker.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 65536)
        attacker.sendall(f"GET {RESOURCE} HTTP/1.1\r\nHost: x\r\nX-Pad: ".encode() + b"a" * 8000)
        # Mid-header (under the limit): another client is served meanwhile.
        with connect(server.port) as other:
            other.sendall(GET_PAGE)
            assert read_one(other).status == 200
        received = bytearray()
        reader = threading.Thread(target=_read_into, args=(attacker, received), daemon=True)
        reader.start()
        try:
            while sent < total:
                sent += attacker.send(chunk)
        except OSError:
            pass  # the server closed: the rest is never read
        reader.join(30)
    assert sent < 32 * 1024 * 1024, f"the server read {sent} bytes of header"
    [refused] = split_answers(bytes(received))
    assert_aws_error(refused, RequestHeaderFieldsTooLargeException)
    # And the server still serves.
    [served] = exchange(server.port, CLOSE_PAGE)
    assert served.status == 200


def _read_into(sock: socket.socket, received: bytearray) -> None:
    while True:
        try:
            data = sock.recv(65536)
        except OSError:
            return
        if not data:
            return
        received.extend(data)
