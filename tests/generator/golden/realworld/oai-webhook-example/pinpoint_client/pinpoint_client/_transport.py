"""A lean HTTP/1.1 transport for ``httpx.Client``, on the standard library's ``http.client``.

Generated from the OpenAPI document by ``python -m generator``; do not edit.

httpx stays the client (requests, auth flows such as SigV4, content decoding, exceptions); this
only replaces its connection layer (httpcore and h11), which costs more CPU than the rest of a
call. It keeps a thread-safe pool of idle keep-alive connections per origin, detects the ones the
server closed, sends an idempotent request again on a new connection when the server closed a
reused one before answering, applies the request's timeouts (connect, write, read), does TLS with
``httpx.create_ssl_context`` (the same CA bundle as httpx) and raises the httpx exceptions httpx's
own transport would (``ConnectError``, ``ReadTimeout``, ``RemoteProtocolError``...).

Responses are read by ``http.client`` except the plainest kind, which is most of them: an
``HTTP/1.1`` status, ``name: value`` header lines and a Content-Length body, all of the head
already received. ``_plain_head`` reads those itself: ``http.client``'s response handling (it
parses headers with the ``email`` package) would add about 30% to the CPU of a call, more than
the benchmark target allows (``bench/client.py``). It refuses whatever else (chunked or
close-delimited bodies, interim responses, HTTP/1.0, folded or odd lines, a head still arriving),
leaving it to ``http.client``, on the same buffered reader. ``http.client`` skips
``100 Continue`` but no other interim response (``103 Early Hints``..., which the API never
sends): those raise ``RemoteProtocolError``.

The sync client uses it unless a proxy is configured in the environment for the server or a
``transport=`` is passed; pass ``transport=httpx.HTTPTransport()`` for HTTP/2 or proxies.
"""

from __future__ import annotations

import http.client
import io
import re
import select
import socket
import ssl
import threading
from typing import Any, cast

import httpx

_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
_BUFFER = 65536  # bytes read from the socket at a time
_TOKEN = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")  # a method or header name (RFC 9110)
_FORBIDDEN = re.compile(rb"[\0\r\n]")  # in a header value: would split or end the head
_Key = tuple[bytes, bytes, int]  # (scheme, host, port)
# status, reason, headers, size of the head, size of the body, keep-alive
_Head = tuple[int, bytes, list[tuple[bytes, bytes]], int, int, bool]


class _Disconnected(Exception):
    """The server closed the connection before the first byte of the response."""


class _Connection:
    """A socket and the buffered reader of its responses, kept for its whole life."""

    __slots__ = ("reader", "sock", "timeout")

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.reader = cast(io.BufferedReader, sock.makefile("rb", _BUFFER))
        self.timeout: float | None = -1.0  # what settimeout was last given (-1: never)

    def set_timeout(self, timeout: float | None) -> None:
        if timeout != self.timeout:
            self.sock.settimeout(timeout)
            self.timeout = timeout

    def close(self) -> None:
        self.reader.close()
        self.sock.close()

    def is_stale(self) -> bool:
        """An idle connection with data or EOF to read was closed (or broken) by the server."""
        try:
            readable, _, _ = select.select([self.sock], [], [], 0)
        except (OSError, ValueError):
            return True
        return bool(readable)


class _Lent:
    """A connection's reader as ``http.client.HTTPResponse`` takes it: that calls
    ``sock.makefile("rb")`` and closes the file when the response ends, but the connection (and
    what its buffer holds) outlives the response."""

    __slots__ = ("_reader",)

    def __init__(self, reader: io.BufferedReader) -> None:
        self._reader = reader

    def makefile(self, mode: str) -> _Lent:
        return self

    def close(self) -> None:
        pass

    def __getattr__(self, name: str) -> Any:
        return getattr(self._reader, name)


def _plain_head(data: bytes, head_only: bool) -> _Head | None:
    """The head of a plain response (see the module docstring) at the start of ``data``."""
    end = data.find(b"\r\n\r\n")
    if end < 0:
        return None
    status_line, *lines = data[:end].split(b"\r\n")
    version, _, rest = status_line.partition(b" ")
    code, _, reason = rest.partition(b" ")
    if version != b"HTTP/1.1" or len(code) != 3 or not code.isdigit() or int(code) < 200:
        return None
    status = int(code)
    headers = []
    length: int | None = None
    keep_alive = True
    for line in lines:
        name, colon, value = line.partition(b":")
        if not colon or not _TOKEN.fullmatch(name):
            return None
        value = value.strip()
        lower = name.lower()
        if lower == b"content-length":
            if length is not None or not value.isdigit():
                return None
            length = int(value)
        elif lower == b"transfer-encoding":
            return None
        elif lower == b"connection" and b"close" in value.lower():
            keep_alive = False
        headers.append((name, value))
    if head_only or status in (204, 304):
        length = 0
    elif length is None:
        return None
    return status, reason, headers, end + 4, length, keep_alive


def _timeout(request: httpx.Request, name: str) -> float | None:
    value = request.extensions.get("timeout", {}).get(name)
    return None if value is None else float(value)


def _request_bytes(request: httpx.Request) -> bytes:
    """The request line, the headers (refusing any that would break the head) and the body."""
    method = request.method.encode("ascii", "replace")
    if not _TOKEN.fullmatch(method):
        raise httpx.LocalProtocolError(f"invalid method {request.method!r}", request=request)
    parts = [method, b" ", request.url.raw_path, b" HTTP/1.1\r\n"]
    for name, value in request.headers.raw:
        if not _TOKEN.fullmatch(name) or _FORBIDDEN.search(value):
            raise httpx.LocalProtocolError(f"invalid header {name!r}", request=request)
        parts += (name, b": ", value, b"\r\n")
    parts.append(b"\r\n")
    body = request.read()
    if "transfer-encoding" not in request.headers:
        parts.append(body)
    elif body:  # a streamed body (httpx sets Transfer-Encoding: chunked): one chunk and the end
        parts += (f"{len(body):X}\r\n".encode(), body, b"\r\n0\r\n\r\n")
    else:
        parts.append(b"0\r\n\r\n")
    return b"".join(parts)


class Http11Transport(httpx.BaseTransport):
    """HTTP/1.1 with a pool of idle keep-alive connections per origin; thread-safe.

    Args:
        verify: as httpx's ``verify``: True, False or an ``ssl.SSLContext`` (https only).
        max_idle: idle connections kept per origin.
    """

    def __init__(self, *, verify: ssl.SSLContext | bool = True, max_idle: int = 16) -> None:
        self._verify = verify
        self._ssl_context: ssl.SSLContext | None = None
        self._max_idle = max_idle
        self._idle: dict[_Key, list[_Connection]] = {}
        self._lock = threading.Lock()
        self._closed = False

    # -- connections -------------------------------------------------------------------------------
    def _checkout(self, key: _Key) -> _Connection | None:
        with self._lock:
            idle = self._idle.get(key)
            while idle:
                connection = idle.pop()
                if not connection.is_stale():
                    return connection
                connection.close()
        return None

    def _checkin(self, key: _Key, connection: _Connection) -> None:
        with self._lock:
            idle = self._idle.setdefault(key, [])
            if not self._closed and len(idle) < self._max_idle:
                idle.append(connection)
                return
        connection.close()

    def _connect(self, request: httpx.Request, key: _Key) -> _Connection:
        scheme, host, port = key
        hostname = host.decode("ascii")
        try:
            sock = socket.create_connection((hostname, port), timeout=_timeout(request, "connect"))
        except TimeoutError as exc:
            raise httpx.ConnectTimeout(str(exc) or "timed out", request=request) from exc
        except OSError as exc:
            raise httpx.ConnectError(str(exc), request=request) from exc
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if scheme == b"https":
                if self._ssl_context is None:
                    self._ssl_context = httpx.create_ssl_context(verify=self._verify)
                sni = request.extensions.get("sni_hostname") or hostname
                sock = self._ssl_context.wrap_socket(sock, server_hostname=sni)
        except TimeoutError as exc:
            sock.close()
            raise httpx.ConnectTimeout(str(exc) or "timed out", request=request) from exc
        except OSError as exc:  # ssl.SSLError included
            sock.close()
            raise httpx.ConnectError(str(exc), request=request) from exc
        return _Connection(sock)

    # -- requests ----------------------------------------------------------------------------------
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        scheme = url.raw_scheme
        if scheme not in (b"http", b"https"):
            raise httpx.UnsupportedProtocol(f"unsupported scheme {url.scheme!r}", request=request)
        key = (scheme, url.raw_host, url.port or (443 if scheme == b"https" else 80))
        payload = _request_bytes(request)

        connection = self._checkout(key)
        if connection is not None:
            try:
                return self._exchange(request, key, connection, payload)
            except _Disconnected:
                # The server closed the kept-alive connection as we reused it. A new connection
                # is safe when repeating the request is (a POST may have been processed).
                if request.method not in _IDEMPOTENT:
                    raise httpx.RemoteProtocolError(
                        "Server disconnected without sending a response.", request=request
                    ) from None
        try:
            return self._exchange(request, key, self._connect(request, key), payload)
        except _Disconnected:
            raise httpx.RemoteProtocolError(
                "Server disconnected without sending a response.", request=request
            ) from None

    def _exchange(
        self, request: httpx.Request, key: _Key, connection: _Connection, payload: bytes
    ) -> httpx.Response:
        try:
            try:
                connection.set_timeout(_timeout(request, "write"))
                connection.sock.sendall(payload)
            except TimeoutError as exc:
                raise httpx.WriteTimeout(str(exc) or "timed out", request=request) from exc
            except (BrokenPipeError, ConnectionResetError) as exc:
                raise _Disconnected from exc
            except OSError as exc:
                raise httpx.WriteError(str(exc), request=request) from exc
            try:
                connection.set_timeout(_timeout(request, "read"))
                response, keep_alive = self._read_response(request, connection.reader)
            except TimeoutError as exc:
                raise httpx.ReadTimeout(str(exc) or "timed out", request=request) from exc
            except (http.client.HTTPException, ValueError) as exc:  # IncompleteRead, LineTooLong..
                raise httpx.RemoteProtocolError(str(exc), request=request) from exc
            except OSError as exc:  # ssl.SSLError included
                raise httpx.ReadError(str(exc), request=request) from exc
        except BaseException:
            connection.close()
            raise
        if keep_alive:
            self._checkin(key, connection)
        else:
            connection.close()
        return response

    @staticmethod
    def _read_response(
        request: httpx.Request, reader: io.BufferedReader
    ) -> tuple[httpx.Response, bool]:
        try:
            received = reader.peek(_BUFFER)  # what has arrived, none of it consumed
        except ConnectionResetError as exc:
            raise _Disconnected from exc
        if not received:
            raise _Disconnected
        plain = _plain_head(received, request.method == "HEAD")
        if plain is not None:
            status, reason, headers, head_size, length, keep_alive = plain
            reader.read(head_size)
            body = reader.read(length) if length else b""
            if len(body) != length:
                raise http.client.IncompleteRead(body, length - len(body))
            version = b"HTTP/1.1"
        else:  # anything else, by the standard library
            lent = cast("socket.socket", _Lent(reader))
            response = http.client.HTTPResponse(lent, method=request.method)
            response.begin()
            if response.status < 200:
                raise httpx.RemoteProtocolError(
                    f"unsupported interim response {response.status}", request=request
                )
            body = response.read()  # Content-Length, chunked, or up to EOF
            status, reason = response.status, response.reason.encode("latin-1")
            # http.client decoded the head as Latin-1: encoding it back gives the bytes received
            headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in response.getheaders()]
            version = b"HTTP/1.1" if response.version == 11 else b"HTTP/1.0"
            keep_alive = not response.will_close  # Connection: close, HTTP/1.0, body up to EOF
        return (
            httpx.Response(
                status,
                headers=headers,  # as received: httpx decodes gzip and the others
                stream=httpx.ByteStream(body),  # unlike content=, adds no Content-Length
                extensions={"http_version": version, "reason_phrase": reason},
            ),
            keep_alive,
        )

    def close(self) -> None:
        with self._lock:
            self._closed = True
            connections = [c for idle in self._idle.values() for c in idle]
            self._idle.clear()
        for connection in connections:
            connection.close()


def proxied(url: str) -> bool:
    """Whether the environment configures a proxy for ``url`` (then httpx's transport is used)."""
    from urllib.request import getproxies, proxy_bypass

    parsed = httpx.URL(url)
    proxies = getproxies()
    if not (proxies.get(parsed.scheme) or proxies.get("all")):
        return False
    return not proxy_bypass(parsed.host)
