"""The response side of ``mockserver.http_edge``: uvicorn's request-response cycle, one write a
response.

uvicorn's ``RequestResponseCycle.send`` writes the status line and headers as soon as the app
sends ``http.response.start`` and the body when ``http.response.body`` follows: two ``send``
system calls for every response, and two regular-expression searches per header. The mock's
apps always send the body right after the start, so ``EdgeCycle`` keeps the head until the
body comes and writes both at once (``writelines``: one ``writev``, no copy of the body); a
chunked response (no Content-Length) writes its head at once, as uvicorn does. The headers are
checked as strictly as uvicorn checks them, in fewer steps: a name the mock itself sends is a
known token, any other is matched as uvicorn matches it, and the values are checked all at once
on the encoded head (no control byte, exactly one CRLF a line).

With the access log on (``--log-level info``), the cycle records the request's line once its
answer is sent: the status and the x-amzn-RequestId it framed anyway, two ``perf_counter``
readings, and the scope's fields, handed to ``mockserver.logs.AccessLog`` as one tuple (the
writer thread formats it). With it off, a cycle costs nothing for logging.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Iterable
from typing import Any, Final

from uvicorn.protocols.http.httptools_impl import (
    HEADER_RE,
    STATUS_LINE,
    RequestResponseCycle,
)

from mockserver.logs import AccessLog

# Header names the mock's apps and uvicorn send: tokens already, so not searched again.
KNOWN_NAMES: Final = frozenset(
    {
        b"access-control-allow-headers",
        b"access-control-allow-methods",
        b"access-control-allow-origin",
        b"access-control-expose-headers",
        b"access-control-max-age",
        b"allow",
        b"connection",
        b"content-length",
        b"content-type",
        b"date",
        b"retry-after",
        b"server",
        b"x-amzn-errortype",
        b"x-amzn-requestid",
    }
)
# What uvicorn refuses in a value (HEADER_VALUE_RE) becomes CR, which is counted: every byte but
# \x00-\x08, \x0a-\x1f and \x7f maps to itself (LF too, counted on its own).
_CONTROL_TO_CR: Final = bytes(
    0x0D if (byte < 0x20 and byte not in (0x09, 0x0A)) or byte == 0x7F else byte
    for byte in range(256)
)


class EdgeCycle(RequestResponseCycle):
    """One request's ASGI cycle; the response head waits for the first body message."""

    _head: bytes | None = None
    _status = 0
    _request_id: bytes | None = None
    access: AccessLog | None = None  # set with ``started`` by the protocol when logging is on
    started = 0.0
    sent: asyncio.Future[None] | None = None  # a done future, set by the protocol (or on use)

    def send(self, message: Any) -> Awaitable[None]:  # type: ignore[override]  # ASGI: awaitable
        """ASGI's send, done at once: what it returns is complete already (the protocol's done
        future, ``sent``), so the app's ``await`` costs no coroutine. Only while the transport
        is paused (a client not reading) does it return a coroutine that waits for the drain
        before it writes, as uvicorn's does."""
        if self.flow.write_paused and not self.disconnected:
            return self._send_drained(message)
        self._send(message)
        sent = self.sent
        if sent is None:
            sent = self.sent = asyncio.get_running_loop().create_future()
            sent.set_result(None)
        return sent

    async def _send_drained(self, message: Any) -> None:
        await self.flow.drain()
        self._send(message)

    def _send(self, message: Any) -> None:
        if self.disconnected:
            return
        if not self.response_started:
            if message["type"] != "http.response.start":
                raise RuntimeError(
                    f"Expected ASGI message 'http.response.start', but got '{message['type']}'."
                )
            self.response_started = True
            self.waiting_for_100_continue = False
            self._status = message["status"]
            head = self._encode_head(self._status, message.get("headers", ()))
            if self.chunked_encoding:
                self.transport.write(head)
            else:
                self._head = head
            return
        if self.response_complete:
            raise RuntimeError(
                f"Unexpected ASGI message '{message['type']}' sent, after response already"
                " completed."
            )
        if message["type"] != "http.response.body":
            raise RuntimeError(
                f"Expected ASGI message 'http.response.body', but got '{message['type']}'."
            )
        body: bytes = message.get("body", b"")
        more_body: bool = message.get("more_body", False)
        waiting, self._head = self._head, None
        if self.scope["method"] == "HEAD":
            self.expected_content_length = 0
            if waiting is not None:
                self.transport.write(waiting)
        elif self.chunked_encoding:
            content = [b"%x\r\n" % len(body), body, b"\r\n"] if body else []
            if not more_body:
                content.append(b"0\r\n\r\n")
            self.transport.write(b"".join(content))
        else:
            if len(body) > self.expected_content_length:
                raise RuntimeError("Response content longer than Content-Length")
            self.expected_content_length -= len(body)
            if waiting is None:
                self.transport.write(body)
            elif body:
                self.transport.writelines((waiting, body))
            else:
                self.transport.write(waiting)
        if not more_body:
            if self.expected_content_length != 0:
                raise RuntimeError("Response content shorter than Content-Length")
            self.response_complete = True
            self.message_event.set()
            if self.access is not None:
                self._record(self.access)
            if not self.keep_alive:
                self.transport.close()
            self.on_response()

    def _record(self, access: AccessLog) -> None:
        scope = self.scope
        access.record(
            (
                self.started,
                time.perf_counter(),
                scope["method"],
                scope["raw_path"],
                scope["query_string"],
                scope["http_version"],
                self._status,
                self._request_id,
            )
        )

    def _encode_head(self, status: int, headers: Iterable[tuple[bytes, bytes]]) -> bytes:
        """The status line and headers, framed as uvicorn frames them (its checks included)."""
        content = [STATUS_LINE[status]]
        has_connection_close = False
        for pairs in (self.default_headers, headers):
            for raw_name, value in pairs:
                name = raw_name.lower()
                if name not in KNOWN_NAMES and HEADER_RE.search(name):
                    raise RuntimeError("Invalid HTTP header name.")
                if name == b"content-length" and self.chunked_encoding is None:
                    self.expected_content_length = int(value.decode())
                    self.chunked_encoding = False
                elif name == b"transfer-encoding" and value.lower() == b"chunked":
                    self.expected_content_length = 0
                    self.chunked_encoding = True
                elif name == b"x-amzn-requestid":
                    self._request_id = value
                elif name == b"connection" and b"close" in [
                    token.lower().strip() for token in value.split(b",")
                ]:
                    self.keep_alive = False
                    has_connection_close = True
                content += (name, b": ", value, b"\r\n")
        lines = len(content) // 4 + 2  # the status line, each header, the blank line
        if not self.keep_alive and not has_connection_close:
            content.append(b"connection: close\r\n")
            lines += 1
        if (
            self.chunked_encoding is None
            and self.scope["method"] != "HEAD"
            and status not in (204, 304)
        ):
            self.chunked_encoding = True  # neither Content-Length nor Transfer-Encoding
            content.append(b"transfer-encoding: chunked\r\n")
            lines += 1
        content.append(b"\r\n")
        head = b"".join(content)
        # A value with CR, LF or another control byte (tab allowed) is refused, as uvicorn does:
        # each control byte but tab and LF counts as a CR, so one too many shows in the count.
        if head.count(b"\n") != lines or head.translate(_CONTROL_TO_CR).count(b"\r") != lines:
            raise RuntimeError("Invalid HTTP header value.")
        return head
