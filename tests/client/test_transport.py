"""The sync client's HTTP/1.1 transport (``http.client`` plus a reader of plain responses), over
real sockets (and TLS): uvicorn for well-behaved HTTP, a scripted socket server for the rest."""

from __future__ import annotations

import contextlib
import http.client
import re
import shutil
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import httpx
import pytest
from pinpoint_client import PinpointClient
from pinpoint_client._transport import Http11Transport

from tests.client.misbehaving import RunningApp, serve_misbehaving

CLOSE = b""  # in a scripted answer: close the connection there
OK = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"


class Scripted:
    """A TCP server that reads requests (on any connection) and answers the n-th with the n-th
    script: byte strings sent with a pause between them (so a client receives them apart), or
    ``CLOSE``. With no script left, it closes the connection."""

    def __init__(self, scripts: Sequence[Sequence[bytes]]) -> None:
        self.scripts = [list(script) for script in scripts]
        self.requests: list[bytes] = []
        self.connections = 0
        self._server = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._server.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                connection, _ = self._server.accept()
            except OSError:  # closed
                return
            self.connections += 1
            threading.Thread(target=self._serve, args=(connection,), daemon=True).start()

    def _serve(self, connection: socket.socket) -> None:
        with connection:
            received = b""
            while True:
                while b"\r\n\r\n" not in received:
                    data = connection.recv(65536)
                    if not data:
                        return
                    received += data
                head, _, received = received.partition(b"\r\n\r\n")
                if re.search(rb"(?im)^transfer-encoding:\s*chunked", head):
                    while b"0\r\n\r\n" not in received:
                        received += connection.recv(65536)
                    end = received.index(b"0\r\n\r\n") + 5
                else:
                    found = re.search(rb"(?im)^content-length:\s*(\d+)", head)
                    end = int(found.group(1)) if found else 0
                    while len(received) < end:
                        received += connection.recv(65536)
                self.requests.append(head + b"\r\n\r\n" + received[:end])
                received = received[end:]
                if not self.scripts:
                    return
                for index, part in enumerate(self.scripts.pop(0)):
                    if part == CLOSE:
                        return
                    if index:
                        time.sleep(0.05)
                    connection.sendall(part)

    def close(self) -> None:
        self._server.close()


@contextlib.contextmanager
def scripted(*scripts: Sequence[bytes]) -> Iterator[tuple[Scripted, httpx.Client]]:
    server = Scripted(scripts)
    try:
        with httpx.Client(transport=Http11Transport(), timeout=5) as client:
            yield server, client
    finally:
        server.close()


@pytest.fixture
def parsed_by_http_client(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The statuses of the responses that ``http.client`` parsed (not the plain-response path)."""
    statuses: list[int] = []

    class Counted(http.client.HTTPResponse):
        def begin(self) -> None:
            super().begin()
            statuses.append(self.status)

    monkeypatch.setattr(http.client, "HTTPResponse", Counted)
    return statuses


# -- with the client and uvicorn -------------------------------------------------------------------
def test_the_sync_client_uses_it_by_default(misbehaving: RunningApp) -> None:
    with PinpointClient(misbehaving.url) as client:
        assert isinstance(client.http._transport, Http11Transport)


def test_a_proxy_in_the_environment_keeps_httpx_transport(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.invalid:3128")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    with PinpointClient("https://pinpoint.us-east-1.amazonaws.com") as client:
        assert not isinstance(client.http._transport, Http11Transport)


@pytest.mark.parametrize(
    ("scenario", "by_http_client", "connections"),
    [
        ("sized", False, 1),  # Content-Length: the plain path
        ("gzip", False, 1),  # Content-Length and Content-Encoding: gzip, decoded by httpx
        ("sized-close", False, 3),  # Connection: close honoured on the plain path
        ("ok", True, 1),  # chunked by uvicorn: http.client, and the connection is kept
        ("gzip-chunked", True, 1),
        ("close", True, 3),
    ],
)
def test_bodies_sized_chunked_compressed_and_closing(
    misbehaving: RunningApp,
    parsed_by_http_client: list[int],
    scenario: str,
    by_http_client: bool,
    connections: int,
) -> None:
    with PinpointClient(misbehaving.url) as client:
        for _ in range(3):
            page = client.get_campaign_activities(
                application_id=f"{scenario}~body", campaign_id="c"
            )
            assert page.item[0].id == "a1"
    assert misbehaving.count(f"{scenario}~body") == 3
    assert misbehaving.connection_count(f"{scenario}~body") == connections
    assert parsed_by_http_client == ([200] * 3 if by_http_client else [])


def test_head_has_no_body(misbehaving: RunningApp) -> None:
    with PinpointClient(misbehaving.url) as client:
        response = client.request("HEAD", "/v1/apps/sized~head/campaigns/c/activities")
        assert response.status_code == 200 and response.content == b""
        assert int(response.headers["content-length"]) > 0  # the size a GET would have had
        client.request("HEAD", "/v1/apps/sized~head/campaigns/c/activities")
    assert misbehaving.connection_count("sized~head") == 1


def test_an_idle_connection_closed_by_the_server_is_replaced() -> None:
    with serve_misbehaving(keep_alive=1) as app, PinpointClient(app.url) as client:
        client.get_campaign_activities(application_id="ok~idle", campaign_id="c")
        time.sleep(1.6)  # the server closes the kept-alive connection meanwhile
        client.get_campaign_activities(application_id="ok~idle", campaign_id="c")
        assert app.count("ok~idle") == 2  # no request lost or sent twice
        assert app.connection_count("ok~idle") == 2


def test_read_timeout(misbehaving: RunningApp) -> None:
    client = PinpointClient(misbehaving.url, timeout=0.3, max_attempts=1)
    with client, pytest.raises(httpx.ReadTimeout):
        client.get_campaign_activities(application_id="slow~timeout", campaign_id="c")


def test_threads_share_the_pool(misbehaving: RunningApp) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with PinpointClient(misbehaving.url) as client, ThreadPoolExecutor(8) as pool:
        pages = list(
            pool.map(
                lambda _: client.get_campaign_activities(
                    application_id="sized~threads", campaign_id="c"
                ),
                range(64),
            )
        )
    assert len(pages) == 64 and misbehaving.count("sized~threads") == 64
    assert misbehaving.connection_count("sized~threads") <= 8


# -- with the scripted server ----------------------------------------------------------------------
def test_the_plain_path_sets_what_httpx_sets() -> None:
    with scripted([OK]) as (server, client):
        response = client.get(server.url + "/a")
    assert (response.status_code, response.reason_phrase, response.http_version) == (
        200,
        "OK",
        "HTTP/1.1",
    )
    assert response.headers.raw[:2] == [
        (b"Content-Type", b"application/json"),
        (b"Content-Length", b"2"),
    ]
    assert response.json() == {}


def test_a_head_received_in_pieces_goes_to_http_client(parsed_by_http_client: list[int]) -> None:
    first, rest = OK[:20], OK[20:]
    with scripted([first, rest], [OK]) as (server, client):
        assert client.get(server.url + "/a").json() == {}
        assert client.get(server.url + "/b").json() == {}
    assert parsed_by_http_client == [200]  # the first only
    assert server.connections == 1  # and the connection was kept after it


def test_http_1_0_and_a_body_up_to_eof(parsed_by_http_client: list[int]) -> None:
    with scripted([b"HTTP/1.0 200 OK\r\n\r\nhello", CLOSE], [OK]) as (server, client):
        response = client.get(server.url + "/a")
        assert (response.content, response.http_version) == (b"hello", "HTTP/1.0")
        assert client.get(server.url + "/b").json() == {}
    assert parsed_by_http_client == [200] and server.connections == 2


def test_chunked_with_extensions_and_trailers() -> None:
    body = b"3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\nTrailer: x\r\n\r\n"
    answer = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + body
    with scripted([answer], [OK]) as (server, client):
        assert client.get(server.url + "/a").content == b"abcde"
        assert client.get(server.url + "/b").json() == {}
    assert server.connections == 1


@pytest.mark.parametrize("status_line", [b"HTTP/1.1 204 No Content", b"HTTP/1.1 304 Not Modified"])
def test_no_body_statuses(status_line: bytes) -> None:
    answer = status_line + b"\r\nContent-Length: 7\r\n\r\n"  # the length is not of a body here
    with scripted([answer], [OK]) as (server, client):
        assert client.get(server.url + "/a").content == b""
        assert client.get(server.url + "/b").json() == {}
    assert server.connections == 1


def test_100_continue_is_skipped_and_other_interim_responses_are_refused() -> None:
    with scripted([b"HTTP/1.1 100 Continue\r\n\r\n" + OK]) as (server, client):
        assert client.get(server.url + "/a").json() == {}
    hints = b"HTTP/1.1 103 Early Hints\r\nLink: </x>\r\n\r\n" + OK
    with scripted([hints]) as (server, client), pytest.raises(httpx.RemoteProtocolError):
        client.get(server.url + "/a")


@pytest.mark.parametrize(
    "answer",
    [
        b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc",  # then the server closes
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nab\r\n0\r\n\r\n",
        b"SPDY/3 200 OK\r\n\r\n",
        b"HTTP/1.1 2000 OK\r\n\r\n",
    ],
    ids=["short-sized", "short-chunked", "bad-chunk-size", "not-http", "bad-status"],
)
def test_broken_responses_raise_remote_protocol_error(answer: bytes) -> None:
    with scripted([answer, CLOSE]) as (server, client), pytest.raises(httpx.RemoteProtocolError):
        client.get(server.url + "/a")


@pytest.mark.parametrize(("method", "sent"), [("GET", 3), ("PUT", 3), ("POST", 2)])
def test_a_reused_connection_closed_before_the_answer(method: str, sent: int) -> None:
    # The second request finds the kept-alive connection closed as it is sent: an idempotent
    # request goes again on a new connection (answered by the third script); a POST may have
    # been processed, so it fails.
    with scripted([OK], [CLOSE], [OK]) as (server, client):
        assert client.request(method, server.url + "/a").status_code == 200
        if sent == 3:
            assert client.request(method, server.url + "/b").json() == {}
        else:
            with pytest.raises(httpx.RemoteProtocolError):
                client.request(method, server.url + "/b")
        time.sleep(0.1)
    assert len(server.requests) == sent and server.connections == sent - 1


def test_a_post_never_goes_on_a_connection_the_server_closed_while_idle() -> None:
    # Not retried (see above), so it needs the stale connection to be found before sending.
    with scripted([OK, CLOSE], [OK]) as (server, client):
        client.post(server.url + "/a")
        time.sleep(0.1)  # the server has closed it
        assert client.post(server.url + "/b").json() == {}
    assert len(server.requests) == 2 and server.connections == 2


@pytest.mark.parametrize(
    "answer",
    [
        OK.replace(b"\r\n\r\n", b"\r\nConnection: close\r\n\r\n"),  # the plain path
        b"HTTP/1.1 200 OK\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
    ],
    ids=["plain", "http.client"],
)
def test_connection_close_is_honoured(answer: bytes) -> None:
    # The server would read another request on it: the client must not send one.
    with scripted([answer], [OK]) as (server, client):
        client.get(server.url + "/a")
        assert client.get(server.url + "/b").json() == {}
    assert server.connections == 2


def test_a_fresh_connection_closed_without_an_answer_is_not_retried() -> None:
    with scripted([CLOSE], [OK]) as (server, client), pytest.raises(httpx.RemoteProtocolError):
        client.get(server.url + "/a")
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    "headers", [{"x-evil": "a\r\nInjected: 1"}, {"x-evil": "a\nb"}, {"bad name": "a"}]
)
def test_headers_that_would_break_the_request_head_are_refused(headers: dict[str, str]) -> None:
    with scripted([OK]) as (server, client), pytest.raises(httpx.LocalProtocolError):
        client.get(server.url + "/a", headers=headers)
    assert server.requests == []


def test_a_streamed_request_body_is_sent_chunked() -> None:
    with scripted([OK]) as (server, client):
        client.post(server.url + "/a", content=iter([b"ab", b"cd"]))
    head, _, body = server.requests[0].partition(b"\r\n\r\n")
    assert b"Transfer-Encoding: chunked" in head and body == b"4\r\nabcd\r\n0\r\n\r\n"


def test_a_sized_request_body() -> None:
    with scripted([OK]) as (server, client):
        client.post(server.url + "/a", json={"a": 1})
    head, _, body = server.requests[0].partition(b"\r\n\r\n")
    assert b"\r\nContent-Length: 7\r\n" in head and body == b'{"a":1}'


def test_connection_refused() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # nothing listens on it once closed
    with httpx.Client(transport=Http11Transport()) as client, pytest.raises(httpx.ConnectError):
        client.get(f"http://127.0.0.1:{port}/")


def test_a_closed_transport_keeps_no_connection() -> None:
    transport = Http11Transport()
    with scripted([OK], [OK]) as (server, _):
        with httpx.Client(transport=transport) as client:
            client.get(server.url + "/a")
            assert sum(len(idle) for idle in transport._idle.values()) == 1
        assert transport._idle == {}


# -- TLS -------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
        check=True, capture_output=True,
    )  # fmt: skip
    yield str(cert), str(key)


@pytest.mark.parametrize("scenario", ["sized", "ok"])  # the plain path, and http.client's
def test_tls(certificate: tuple[str, str], tmp_path: Path, scenario: str) -> None:
    cert, key = certificate
    with serve_misbehaving(certfile=cert, keyfile=key) as app:
        trusted = ssl.create_default_context(cafile=cert)
        with PinpointClient(app.url, verify=trusted) as client:
            for _ in range(2):
                page = client.get_campaign_activities(
                    application_id=f"{scenario}~tls", campaign_id="c"
                )
                assert page.item
        untrusted = PinpointClient(app.url, max_attempts=1)  # not in httpx's CA bundle
        with untrusted, pytest.raises(httpx.ConnectError):
            untrusted.get_campaign_activities(application_id=f"{scenario}~tls", campaign_id="c")
    assert app.count(f"{scenario}~tls") == 2 and app.connection_count(f"{scenario}~tls") == 1
