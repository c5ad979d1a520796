"""A lean HTTP/1.1 transport for ``httpx.Client``, on the standard library's sockets and ssl.

Generated from the OpenAPI document by ``python -m generator``; do not edit.

httpx stays the client (requests, auth flows such as SigV4, cookies, decoding, exceptions); this
only replaces the connection layer (httpcore and h11), which costs more CPU than the rest of a
call. It speaks HTTP/1.1 with keep-alive, Content-Length and chunked bodies, over TCP or TLS
(``httpx.create_ssl_context``, so the same CA bundle as httpx), and raises the httpx exceptions
httpx's own transport would (``ConnectError``, ``ReadTimeout``, ``RemoteProtocolError``...).

The sync client uses it unless a proxy is configured in the environment for the server or a
``transport=`` is passed; pass ``transport=httpx.HTTPTransport()`` for HTTP/2 or proxies.
"""

from __future__ import annotations

import select
import socket
import ssl
import threading
from typing import Any

import httpx

_MAX_HEAD = 65536  # bytes of status line and headers
_MAX_HEADERS = 256
_RECEIVE_SIZE = 65536
_NO_BODY_STATUSES = frozenset({204, 304})
_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})


class _Connection:
    __slots__ = ("buffer", "sock", "timeout")

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buffer = b""  # received bytes not consumed yet
        self.timeout: float | None = -1.0  # what settimeout was last given (-1: never)

    def set_timeout(self, timeout: float | None) -> None:
        if timeout != self.timeout:
            self.sock.settimeout(timeout)
            self.timeout = timeout

    def close(self) -> None:
        self.sock.close()

    def is_stale(self) -> bool:
        """An idle connection that has data or EOF to read was closed (or broken) by the server."""
        if self.buffer:
            return True
        try:
            readable, _, _ = select.select([self.sock], [], [], 0)
        except (OSError, ValueError):
            return True
        return bool(readable)

    def receive(self) -> bytes:
        """The next bytes from the socket (b"" at EOF)."""
        return self.sock.recv(_RECEIVE_SIZE)

    def read_until(self, marker: bytes, limit: int) -> bytes | None:
        """Everything up to ``marker`` (consumed, not returned); None at EOF before it."""
        buffer = self.buffer
        start = 0
        while True:
            index = buffer.find(marker, start)
            if index >= 0:
                self.buffer = buffer[index + len(marker) :]
                return buffer[:index]
            if len(buffer) > limit:
                raise _TooLong
            start = max(0, len(buffer) - len(marker) + 1)
            data = self.receive()
            if not data:
                self.buffer = buffer
                return None
            buffer += data

    def read_exactly(self, size: int) -> bytes | None:
        """``size`` bytes; None at EOF before them."""
        buffer = self.buffer
        if len(buffer) < size:
            parts = [buffer]
            have = len(buffer)
            while have < size:
                data = self.receive()
                if not data:
                    self.buffer = b"".join(parts)
                    return None
                parts.append(data)
                have += len(data)
            buffer = b"".join(parts)
        self.buffer = buffer[size:]
        return buffer[:size]

    def read_to_eof(self) -> bytes:
        parts = [self.buffer]
        while data := self.receive():
            parts.append(data)
        self.buffer = b""
        return b"".join(parts)


class _TooLong(Exception):
    """A response head or chunk line beyond the limit."""


class _Disconnected(Exception):
    """The server closed the connection before the first byte of a response."""


def _timeout(request: httpx.Request, name: str) -> float | None:
    value = request.extensions.get("timeout", {}).get(name)
    return None if value is None else float(value)


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
        self._idle: dict[tuple[bytes, bytes, int], list[_Connection]] = {}
        self._lock = threading.Lock()
        self._closed = False

    # -- connections -------------------------------------------------------------------------------
    def _context(self) -> ssl.SSLContext:
        if self._ssl_context is None:
            self._ssl_context = httpx.create_ssl_context(verify=self._verify)
        return self._ssl_context

    def _checkout(self, key: tuple[bytes, bytes, int]) -> _Connection | None:
        with self._lock:
            idle = self._idle.get(key)
            while idle:
                connection = idle.pop()
                if not connection.is_stale():
                    return connection
                connection.close()
        return None

    def _checkin(self, key: tuple[bytes, bytes, int], connection: _Connection) -> None:
        with self._lock:
            idle = self._idle.setdefault(key, [])
            if not self._closed and len(idle) < self._max_idle:
                idle.append(connection)
                return
        connection.close()

    def _connect(self, request: httpx.Request, key: tuple[bytes, bytes, int]) -> _Connection:
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
                sni = request.extensions.get("sni_hostname") or hostname
                sock = self._context().wrap_socket(sock, server_hostname=sni)
        except TimeoutError as exc:
            sock.close()
            raise httpx.ConnectTimeout(str(exc) or "timed out", request=request) from exc
        except (OSError, ssl.SSLError) as exc:
            sock.close()
            raise httpx.ConnectError(str(exc), request=request) from exc
        return _Connection(sock)

    # -- requests ----------------------------------------------------------------------------------
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        scheme = url.raw_scheme
        if scheme not in (b"http", b"https"):
            raise httpx.UnsupportedProtocol(f"unsupported scheme {url.scheme!r}", request=request)
        port = url.port or (443 if scheme == b"https" else 80)
        key = (scheme, url.raw_host, port)
        body = request.read()
        lines = [request.method.encode("ascii"), b" ", url.raw_path, b" HTTP/1.1\r\n"]
        for name, value in request.headers.raw:
            lines += (name, b": ", value, b"\r\n")
        lines.append(b"\r\n")
        if body:
            lines.append(body)
        payload = b"".join(lines)
        head_only = request.method == "HEAD"

        connection = self._checkout(key)
        if connection is not None:
            try:
                return self._exchange(request, key, connection, payload, head_only)
            except _Disconnected:
                # The server closed the kept-alive connection as we reused it. A new connection
                # is safe when repeating the request is (a POST may have been processed).
                if request.method not in _IDEMPOTENT:
                    raise httpx.RemoteProtocolError(
                        "Server disconnected without sending a response.", request=request
                    ) from None
        connection = self._connect(request, key)
        try:
            return self._exchange(request, key, connection, payload, head_only)
        except _Disconnected:
            raise httpx.RemoteProtocolError(
                "Server disconnected without sending a response.", request=request
            ) from None

    def _exchange(
        self,
        request: httpx.Request,
        key: tuple[bytes, bytes, int],
        connection: _Connection,
        payload: bytes,
        head_only: bool,
    ) -> httpx.Response:
        sock = connection.sock
        try:
            try:
                connection.set_timeout(_timeout(request, "write"))
                sock.sendall(payload)
            except TimeoutError as exc:
                raise httpx.WriteTimeout(str(exc) or "timed out", request=request) from exc
            except (BrokenPipeError, ConnectionResetError) as exc:
                raise _Disconnected from exc
            except OSError as exc:
                raise httpx.WriteError(str(exc), request=request) from exc
            try:
                connection.set_timeout(_timeout(request, "read"))
                response, keep_alive = self._read_response(request, connection, head_only)
            except TimeoutError as exc:
                raise httpx.ReadTimeout(str(exc) or "timed out", request=request) from exc
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

    def _read_response(
        self, request: httpx.Request, connection: _Connection, head_only: bool
    ) -> tuple[httpx.Response, bool]:
        first = True
        while True:
            try:
                head = connection.read_until(b"\r\n\r\n", _MAX_HEAD)
            except ConnectionResetError:
                if first and not connection.buffer:
                    raise _Disconnected from None
                raise
            except _TooLong:
                raise httpx.RemoteProtocolError("response head too long", request=request) from None
            if head is None:
                if first and not connection.buffer:
                    raise _Disconnected
                raise httpx.RemoteProtocolError("incomplete response head", request=request)
            first = False
            lines = head.split(b"\r\n")
            parts = lines[0].split(None, 2)
            if len(parts) < 2 or not parts[0].startswith(b"HTTP/") or not parts[1].isdigit():
                raise httpx.RemoteProtocolError(
                    f"bad status line {lines[0][:100]!r}", request=request
                )
            version, status = parts[0], int(parts[1])
            reason = parts[2].strip() if len(parts) > 2 else b""
            if len(lines) > _MAX_HEADERS:
                raise httpx.RemoteProtocolError("too many response headers", request=request)
            headers: list[tuple[bytes, bytes]] = []
            length: int | None = None
            chunked = False
            connection_tokens = b""
            for line in lines[1:]:
                name, colon, value = line.partition(b":")
                if not colon or not name or name[-1:].isspace():
                    raise httpx.RemoteProtocolError(f"bad header {line[:100]!r}", request=request)
                value = value.strip()
                headers.append((name, value))
                lower = name.lower()
                if lower == b"content-length":
                    if not value.isdigit():
                        raise httpx.RemoteProtocolError("bad Content-Length", request=request)
                    length = int(value)
                elif lower == b"transfer-encoding":
                    chunked = value.lower().endswith(b"chunked")
                elif lower == b"connection":
                    connection_tokens += value.lower()
            if 100 <= status < 200 and status != 101:
                continue  # an interim response (100 Continue, 103 Early Hints)
            break

        keep_alive = version == b"HTTP/1.1" and b"close" not in connection_tokens
        if version == b"HTTP/1.0":
            keep_alive = b"keep-alive" in connection_tokens

        if head_only or status in _NO_BODY_STATUSES or status < 200:
            body = b""
        elif chunked:
            body = self._read_chunked(request, connection)
        elif length is not None:
            found = connection.read_exactly(length)
            if found is None:
                raise httpx.RemoteProtocolError(
                    f"the body ended before its {length} bytes", request=request
                )
            body = found
        else:
            body = connection.read_to_eof()  # the server closes the connection at the end
            keep_alive = False

        extensions: dict[str, Any] = {"http_version": version, "reason_phrase": reason}
        response = httpx.Response(
            status,
            headers=headers,
            stream=httpx.ByteStream(body),
            request=request,
            extensions=extensions,
        )
        return response, keep_alive

    @staticmethod
    def _read_chunked(request: httpx.Request, connection: _Connection) -> bytes:
        chunks: list[bytes] = []
        try:
            while True:
                line = connection.read_until(b"\r\n", _MAX_HEAD)
                if line is None:
                    raise httpx.RemoteProtocolError("incomplete chunked body", request=request)
                try:
                    size = int(line.split(b";", 1)[0].strip(), 16)
                except ValueError:
                    raise httpx.RemoteProtocolError("bad chunk size", request=request) from None
                if size == 0:
                    while True:  # trailers, up to the empty line
                        trailer = connection.read_until(b"\r\n", _MAX_HEAD)
                        if not trailer:
                            return b"".join(chunks)
                chunk = connection.read_exactly(size + 2)
                if chunk is None or not chunk.endswith(b"\r\n"):
                    raise httpx.RemoteProtocolError("incomplete chunked body", request=request)
                chunks.append(chunk[:-2])
        except _TooLong:
            raise httpx.RemoteProtocolError("chunk line too long", request=request) from None

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
