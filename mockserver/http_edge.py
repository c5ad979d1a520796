"""uvicorn's httptools protocol with the limits it lacks (``mockserver.http_limits``).

``EdgeProtocol`` subclasses ``HttpToolsProtocol`` (its parsing and ASGI cycle stay as fast as
they were) and adds, before a request reaches the app:

* the request head (request line + headers) is fed to the parser at most ``max_header_size``
  bytes at a time; one byte more without the end of the head is a 431, so a huge header costs
  at most that plus one socket read of CPU and memory;
* the head must arrive within ``header_timeout`` of the connection (or of the first byte of a
  later request on it): else 408 (or a silent close if nothing came); a head that arrives in
  one read, the usual case, costs no timer;
* a body over ``max_body_size`` is a 413, early on Content-Length, at the limit for chunked; a
  body on GET, HEAD or OPTIONS is read and dropped, never buffered;
* HTTP/1.1 needs exactly one Host (RFC 9112 3.2), HTTP/1.0 at most one; other versions
  (HTTP/0.9 too) are refused; an Upgrade is ignored (the request answered, then a close);
* over ``max_connections`` the oldest connection still waiting for a request head is closed to
  make room; if none waits, the new one gets a 503;
* every refusal, parser errors included, is AWS-shaped (``mockserver.http_limits``), and a
  refusal after a valid pipelined request waits until that request is answered.
"""

from __future__ import annotations

import asyncio
import time
import urllib.parse
from asyncio import TimerHandle
from typing import Any, Final

import httptools
from uvicorn.config import Config
from uvicorn.protocols.http.flow_control import service_unavailable
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
from uvicorn.server import ServerState

from mockserver.http_cycle import EdgeCycle
from mockserver.http_limits import (
    ApiError,
    BadRequestException,
    EdgeLimits,
    PayloadTooLargeException,
    RequestHeaderFieldsTooLargeException,
    RequestTimeoutException,
    ServiceUnavailableException,
    error_response,
)
from mockserver.logs import access_log

BODYLESS_METHODS: Final = frozenset({b"GET", b"HEAD", b"OPTIONS"})
VERSIONS: Final = frozenset({"1.0", "1.1"})
# After a refusal, how much more of what the client sends is read (and dropped) before closing.
DRAIN_BYTES: Final = 256 * 1024
DRAIN_S: Final = 1.0


class Refusal(Exception):
    """Raised in a parser callback to stop parsing and answer ``error``."""

    def __init__(self, error: ApiError) -> None:
        super().__init__(error.message)
        self.error = error


class EdgeProtocol(HttpToolsProtocol):
    """One HTTP/1 connection, bounded in head size, head time, body size and count."""

    def __init__(
        self,
        config: Config,
        server_state: ServerState,
        app_state: dict[str, Any],
        _loop: asyncio.AbstractEventLoop | None = None,
        *,
        limits: EdgeLimits,
    ) -> None:
        super().__init__(config, server_state, app_state, _loop)
        self.limits = limits
        self._reading_head = True  # between two requests, or before the first
        self._head_size = 0
        self._head_timer: TimerHandle | None = None
        self._body_size = 0
        self._drop_body = False
        self._pending: bytes | None = None  # a refusal waiting for the request before it
        self._idle_since = 0.0  # loop time of the last answer (see _idle_check)
        self._idle_timer: TimerHandle | None = None
        self._opened = 0.0
        self._in_message = False  # the parser is inside a request (its head or body)
        self._draining = False  # answered: the rest of what the client sends is dropped
        self._drained = 0
        self._access = access_log()  # None unless --log-level info (fixed once serving)
        # What EdgeCycle.send returns once it has written: an awaitable that is complete.
        self._sent: asyncio.Future[None] = self.loop.create_future()
        self._sent.set_result(None)

    # -- connection ------------------------------------------------------------------------------

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._opened = self.loop.time()
        self._arm_head_timer()
        if len(self.connections) > self.limits.max_connections and not self._evict_one():
            self._refuse(ServiceUnavailableException("Too many open connections; retry later."))

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_head_timer()
        if self._idle_timer is not None:
            self._idle_timer.cancel()
            self._idle_timer = None
        super().connection_lost(exc)

    def _waiting_for_head(self) -> bool:
        """Whether closing this connection loses no request: nothing is being answered."""
        idle = self.cycle is None or self.cycle.response_complete
        quiet = not self.pipeline and self._pending is None and not self._draining
        return self._reading_head and idle and quiet

    def _evict_one(self) -> bool:
        """Close the oldest other connection that waits for a request head."""
        waiting = [
            c
            for c in self.connections
            if c is not self and isinstance(c, EdgeProtocol) and c._waiting_for_head()
        ]
        if not waiting:
            return False
        oldest = min(waiting, key=lambda c: c._opened)
        oldest.transport.abort()
        return True

    # -- the head --------------------------------------------------------------------------------

    def _arm_head_timer(self, started: float | None = None) -> None:
        """Time the head from ``started`` (default: now)."""
        if self._head_timer is None:
            deadline = (
                self.loop.time() if started is None else started
            ) + self.limits.header_timeout
            self._head_timer = self.loop.call_at(deadline, self._head_timed_out)

    def _cancel_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if self.transport.is_closing():
            return
        if self._head_size == 0 and self._waiting_for_head():
            self.transport.close()  # an idle connection: nothing to answer
            return
        self._refuse(RequestTimeoutException("The request head did not arrive in time."))

    def data_received(self, data: bytes) -> None:
        if self._draining:
            self._drain(data)
            return
        if (
            self._reading_head
            and self._head_size + len(data) <= self.limits.max_header_size
            and self._pending is None
            and not self.transport.is_closing()
        ):
            # The usual case: the whole read fits the head's room (one head, or a few
            # pipelined): fed as it is, without slicing.
            fresh = not self._in_message
            self._head_size += len(data)
            if self._feed(data) and self._reading_head and self._in_message:
                self._partial_head(data if fresh else b"")
            return
        while data and self._pending is None and not self.transport.is_closing():
            if self._reading_head:
                if not self._in_message and _is_http09(data):
                    self._refuse(BadRequestException("HTTP/0.9 requests are not served."))
                    return
                room = self.limits.max_header_size - self._head_size
                if room <= 0:
                    self._refuse(
                        RequestHeaderFieldsTooLargeException(
                            "The request line and headers exceed"
                            f" {self.limits.max_header_size} bytes."
                        )
                    )
                    return
                chunk, data = data[:room], data[room:]
                self._head_size += len(chunk)
            else:
                chunk, data = data, b""
            if not self._feed(chunk):
                return
        if self._reading_head and self._in_message:
            # Part of a head: time it (a whole head, the usual case, costs no timer). It began
            # in this read, or the timer runs already since an earlier one.
            self._arm_head_timer()

    def _partial_head(self, read: bytes) -> None:
        """The read ended inside a head: refuse HTTP/0.9 (``read``: the read, if the request
        began with it), else time the head."""
        if read and _is_http09(read):
            self._refuse(BadRequestException("HTTP/0.9 requests are not served."))
        else:
            self._arm_head_timer()

    def _feed(self, chunk: bytes) -> bool:
        """Parse ``chunk``; False once the connection is refused."""
        try:
            self.parser.feed_data(chunk)
        except httptools.HttpParserUpgrade:
            # An Upgrade the server does not speak is ignored (RFC 9110 7.8): the request is
            # answered as it is; the parser reads no further, so the connection then closes.
            if self.cycle is not None:
                self.cycle.keep_alive = False
            self._draining = True
            return False
        except httptools.HttpParserError as exc:
            cause = exc.__context__
            error = (
                cause.error
                if isinstance(cause, Refusal)
                else BadRequestException("Invalid HTTP request: " + _reason(exc))
            )
            self._refuse(error)
            return False
        return True

    def send_400_response(self, msg: str) -> None:
        self._refuse(BadRequestException(msg))

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._in_message = True

    def on_headers_complete(self) -> None:
        """uvicorn's, with the edge's checks first and an ``EdgeCycle`` (one write an answer)."""
        self._reading_head = False
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None
        parser = self.parser
        http_version = parser.get_http_version()
        method = parser.get_method()
        self._check_head(http_version, method)
        scope = self.scope
        scope["method"] = method.decode("ascii")
        if http_version != "1.1":
            scope["http_version"] = http_version
        if parser.should_upgrade() and self._should_upgrade():
            return
        parsed_url = httptools.parse_url(self.url)
        raw_path = parsed_url.path
        path = raw_path.decode("ascii")
        if "%" in path:
            path = urllib.parse.unquote(path)
        scope["path"] = self.root_path + path
        scope["raw_path"] = (
            self.root_path.encode("ascii") + raw_path if self.root_path else raw_path
        )
        scope["query_string"] = parsed_url.query or b""
        app = self.app
        if self.limit_concurrency is not None and (
            len(self.connections) >= self.limit_concurrency
            or len(self.tasks) >= self.limit_concurrency
        ):
            app = service_unavailable
            self.logger.warning("Exceeded concurrency limit.")
        existing_cycle = self.cycle
        cycle = self.cycle = EdgeCycle(
            scope=scope,
            transport=self.transport,
            flow=self.flow,
            logger=self.logger,
            access_logger=self.access_logger,
            access_log=self.access_log,
            default_headers=self.server_state.default_headers,
            message_event=asyncio.Event(),
            expect_100_continue=self.expect_100_continue,
            keep_alive=http_version != "1.0" and parser.should_keep_alive(),
            on_response=self.on_response_complete,
        )
        cycle.sent = self._sent
        if self._access is not None:
            cycle.access = self._access
            cycle.started = time.perf_counter()
        if existing_cycle is None or existing_cycle.response_complete:
            self._start_asgi_task(cycle, app)
        else:  # pipelined requests wait for the one before them
            self.flow.pause_reading()
            self.pipeline.appendleft((cycle, app))

    def _check_head(self, version: str, method: bytes) -> None:
        """The checks of a complete head that uvicorn and httptools leave out (HTTP/0.9, whose
        request line has no version, is refused here too: httptools says "0.9")."""
        if version not in VERSIONS:
            raise Refusal(BadRequestException(f"Unsupported HTTP version {version!r}."))
        hosts = 0
        for name, value in self.headers:
            if name == b"host":
                hosts += 1
            elif name == b"content-length" and int(value) > self.limits.max_body_size:
                raise Refusal(_too_large(self.limits.max_body_size))
        if hosts > 1 or (hosts == 0 and version == "1.1"):
            raise Refusal(BadRequestException("An HTTP/1.1 request needs exactly one Host header."))
        self._body_size = 0
        self._drop_body = method in BODYLESS_METHODS

    # -- the body --------------------------------------------------------------------------------

    def on_body(self, body: bytes) -> None:
        if self._drop_body:
            return  # a GET needs no body: read and dropped, never buffered
        self._body_size += len(body)
        if self._body_size > self.limits.max_body_size:
            raise Refusal(_too_large(self.limits.max_body_size))
        super().on_body(body)

    def on_message_complete(self) -> None:
        self._reading_head = True
        self._in_message = False
        self._head_size = 0
        super().on_message_complete()

    # -- answers ---------------------------------------------------------------------------------

    def _refuse(self, error: ApiError) -> None:
        """Answer ``error`` and close: now, or once the requests before it are answered."""
        self._cancel_head_timer()
        if self.transport.is_closing() or self._draining:
            return
        answer = error_response(error, self.server_state.default_headers)
        cycle = self.cycle
        if cycle is not None and not cycle.response_complete and cycle.more_body:
            # The error is in this request's body: the request is void.
            cycle.disconnected = True
            cycle.message_event.set()
            if self.pipeline and self.pipeline[0][0] is cycle:
                self.pipeline.popleft()  # queued behind another: answer after that one
            elif cycle.response_started:
                self.transport.close()  # its app answers already: no room for ours
                return
        busy = self.pipeline or (
            cycle is not None and not cycle.response_complete and not cycle.disconnected
        )
        if busy:
            self._pending = answer
            self.flow.pause_reading()
            return
        self._answer_and_close(answer)

    def _answer_and_close(self, answer: bytes) -> None:
        """Write ``answer``, then close as nginx's lingering close does: the write side at
        once, the read side after draining at most ``DRAIN_BYTES`` or ``DRAIN_S``, so that a
        client still sending gets the answer rather than a reset."""
        self.transport.write(answer)
        if not self.transport.can_write_eof():
            self.transport.close()
            return
        self.transport.write_eof()
        self._draining = True
        self._drained = 0
        self.loop.call_later(DRAIN_S, self.transport.close)
        self.flow.resume_reading()

    def _drain(self, data: bytes) -> None:
        self._drained += len(data)
        if self._drained > DRAIN_BYTES:
            self.transport.close()

    def on_response_complete(self) -> None:
        """uvicorn's, but for the idle timeout: no timer made and cancelled per request (a
        call_later and its cancel cost more than the rest of this); ``_idle_check`` instead."""
        self.server_state.total_requests += 1
        if self.transport.is_closing():
            return
        if self._pending is not None and not self.pipeline:
            self._answer_and_close(self._pending)
            return
        self.flow.resume_reading()
        if self.pipeline:
            cycle, app = self.pipeline.pop()
            self._start_asgi_task(cycle, app)
            return
        self._idle_since = self.loop.time()
        if self._idle_timer is None:
            self._idle_timer = self.loop.call_at(
                self._idle_since + self.timeout_keep_alive, self._idle_check
            )

    def _idle_check(self) -> None:
        """Close the connection once it has waited ``timeout_keep_alive`` since its last answer
        with no new request begun. One timer a connection, moved on when answers came since it
        was set: a client sending a request every few milliseconds costs one timer every
        ``timeout_keep_alive`` seconds, not one a request; the close comes at the same moment
        as uvicorn's."""
        self._idle_timer = None
        if self.transport.is_closing() or self._head_size or not self._waiting_for_head():
            return  # a request began: its answer sets the check again
        deadline = self._idle_since + self.timeout_keep_alive
        if self.loop.time() >= deadline:
            self.transport.close()
        else:
            self._idle_timer = self.loop.call_at(deadline, self._idle_check)


def _is_http09(data: bytes) -> bool:
    """Whether ``data`` starts with a whole request line that names no HTTP version (a complete
    HTTP/0.9 head reaches ``_check_head`` as version "0.9"; one that waits for headers does not)."""
    line, newline, _ = data.partition(b"\n")
    line = line.rstrip(b"\r")
    return bool(newline and line) and not line.rpartition(b" ")[2].startswith(b"HTTP/")


def _too_large(limit: int) -> PayloadTooLargeException:
    return PayloadTooLargeException(f"The request body exceeds {limit} bytes.")


def _reason(exc: Exception) -> str:
    """httptools' reason (an llhttp message), printable ASCII only."""
    text = str(exc) or type(exc).__name__
    return "".join(c if " " <= c <= "~" else "?" for c in text)[:200]
