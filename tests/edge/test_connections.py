"""Point 3 of issue #11: a header-read timeout, an idle timeout and a connection cap below the
file limit, so idle and slowloris sockets cannot starve a normal client."""

from __future__ import annotations

import contextlib
import select
import socket
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from mockserver.http_limits import (
    RESERVED_FILES,
    RequestTimeoutException,
    ServiceUnavailableException,
)
from tests.edge.raw import (
    CLOSE_PAGE,
    GET_PAGE,
    RESOURCE,
    assert_aws_error,
    connect,
    exchange,
    read_one,
    read_until_closed,
    split_answers,
    wait_closed,
)
from tests.support.servers import RunningServer, free_port, mock_server, server_process

# Generous: the server closes after 1 s; the bound only catches "never".
CLOSE_BOUND_S = 20.0


def _slowloris(port: int, lines: int) -> list[socket.socket]:
    sockets = [connect(port) for _ in range(lines)]
    for sock in sockets:
        sock.sendall(f"GET {RESOURCE} HTTP/1.1\r\nHost: x\r\n".encode())
    return sockets


def test_a_slowloris_socket_is_closed_with_a_408_after_the_header_timeout(
    tmp_path: Path,
) -> None:
    """Ten sockets adding a header line every 0.2 s: each gets a 408 and is closed."""
    with mock_server(tmp_path, "--log-level", "warning", "--header-timeout", "1") as server:
        sockets = _slowloris(server.port, 10)
        answers: dict[int, bytes] = {}
        end = time.monotonic() + CLOSE_BOUND_S
        while len(answers) < len(sockets) and time.monotonic() < end:
            waiting = [s for s in sockets if s.fileno() not in answers]
            readable, _, _ = select.select(waiting, [], [], 0.2)
            for sock in readable:
                answers[sock.fileno()] = read_until_closed(sock)
            for sock in waiting:
                if sock not in readable:
                    with contextlib.suppress(OSError):
                        sock.sendall(b"X-Slow: 1\r\n")
        assert len(answers) == len(sockets), "a slowloris socket stayed open"
        for data in answers.values():
            [answer] = split_answers(data)
            assert_aws_error(answer, RequestTimeoutException)
        for sock in sockets:
            sock.close()
        [served] = exchange(server.port, CLOSE_PAGE)
        assert served.status == 200


def test_an_idle_keep_alive_connection_is_closed_after_the_idle_timeout(tmp_path: Path) -> None:
    with (
        mock_server(tmp_path, "--log-level", "warning", "--idle-timeout", "1") as server,
        connect(server.port) as sock,
    ):
        sock.sendall(GET_PAGE)
        assert read_one(sock).status == 200
        assert wait_closed(sock, CLOSE_BOUND_S) == b""


def test_the_idle_timeout_counts_from_the_last_answer(tmp_path: Path) -> None:
    """Requests every 0.5 s under a 2 s idle timeout: the check set after the first answer
    fires while later answers came, so it waits on; the close comes after the last one."""
    with (
        mock_server(tmp_path, "--log-level", "warning", "--idle-timeout", "2") as server,
        connect(server.port) as sock,
    ):
        for _ in range(7):  # 3 s of traffic: past the first answer's deadline
            sock.sendall(GET_PAGE)
            assert read_one(sock).status == 200
            time.sleep(0.5)
        answered = time.monotonic()
        assert wait_closed(sock, CLOSE_BOUND_S) == b""
        assert time.monotonic() - answered >= 1.0  # not at a deadline of an earlier answer


def test_a_connection_opened_silently_is_closed_after_the_header_timeout(tmp_path: Path) -> None:
    with (
        mock_server(tmp_path, "--log-level", "warning", "--header-timeout", "1") as server,
        connect(server.port) as sock,
    ):
        assert wait_closed(sock, CLOSE_BOUND_S) == b""


@contextlib.contextmanager
def _server_under_file_limit(workdir: Path, files: int, *args: str) -> Iterator[RunningServer]:
    """The mock under ``ulimit -n files`` (its connection cap follows: files - 100)."""
    port = free_port()
    db = workdir / "mock.sqlite3"
    serve = [
        sys.executable, "-m", "mockserver", "serve", "--host", "127.0.0.1", "--port", str(port),
        "--db", str(db), "--log-level", "warning", *args,
    ]  # fmt: skip
    command = ["sh", "-c", f'ulimit -n {files} && exec "$@"', "sh", *serve]
    with server_process(command, port, db, workdir) as server:
        yield server


def test_a_client_is_served_while_more_idle_and_slowloris_sockets_are_open_than_files(
    tmp_path: Path,
) -> None:
    """Under ``ulimit -n 200`` (cap 100): 250 idle and 50 slowloris sockets, more than the
    server has files for; every request of a normal client is still answered."""
    files = 200
    with _server_under_file_limit(tmp_path, files, "--header-timeout", "60") as server:
        idle = [connect(server.port) for _ in range(250)]
        slow = _slowloris(server.port, 50)
        try:
            for _ in range(10):
                [served] = exchange(server.port, CLOSE_PAGE)
                assert served.status == 200
        finally:
            for sock in idle + slow:
                sock.close()
    assert files - RESERVED_FILES < 250


def test_over_the_cap_with_every_connection_busy_a_new_one_gets_a_503(tmp_path: Path) -> None:
    """Connections inside a request (a body still coming) are never evicted: the one over
    ``--max-connections`` is answered 503 instead."""
    with mock_server(tmp_path, "--log-level", "warning", "--max-connections", "5") as server:
        busy = [connect(server.port) for _ in range(5)]
        for sock in busy:
            sock.sendall(
                b"POST /_mock/faults HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                b"Content-Length: 100\r\n\r\n"
            )
        time.sleep(0.5)  # not a timing assertion: lets the server read those heads first
        [refused] = exchange(server.port, CLOSE_PAGE)
        assert_aws_error(refused, ServiceUnavailableException)
        for sock in busy:
            sock.close()
        end = time.monotonic() + CLOSE_BOUND_S
        while True:  # once the server has seen them go, it serves again
            [answer] = exchange(server.port, CLOSE_PAGE)
            if answer.status == 200 or time.monotonic() > end:
                break
            time.sleep(0.1)
        assert answer.status == 200
