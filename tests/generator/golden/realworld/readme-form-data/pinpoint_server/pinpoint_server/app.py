"""The ASGI application: a request's way through the package, one step per module.

route (``_matching``: 404 unknown path, 405 undeclared method) -> read the body (here) -> guards
-> bind and validate the parameters (``_binding``: 400) -> the handler -> encode (``_answers``:
and, with ``validate_responses``, check against the spec) -> send. Every response carries
``x-amzn-RequestId`` (``_request_ids``); a response to a request with an ``Origin`` header (a
browser sends one on every cross-origin request, an SDK never does) and every preflight answer
also carry the CORS headers a browser needs to read it; every error is AWS-shaped with
``X-Amzn-ErrorType``. Any other exception is a 500 whose traceback goes to the
``pinpoint_server`` logger with the RequestID, never to the client. One access-log line per
request goes to ``pinpoint_server.access`` at INFO.

The per-request path is kept lean on purpose (precompiled routes, pre-encoded constant headers,
one ``json`` encode, none for :class:`RawJSON`): the mock server's throughput rests on it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from typing import Any, Final

from pinpoint_server._answers import error_answer, success_answer
from pinpoint_server._matching import Matcher, unrouted
from pinpoint_server._request_ids import new_request_id
from pinpoint_server.errors import (
    ApiError,
    InternalServerErrorException,
    PayloadTooLargeException,
)
from pinpoint_server.handlers import Handlers
from pinpoint_server.requests import RequestContext

__all__ = ["App", "Guard", "Receive", "Scope", "Send", "create_app"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
Guard = Callable[[RequestContext], Awaitable[None]]
"""Runs after routing, before the parameters are validated; raise an ApiError to refuse."""

_log = logging.getLogger("pinpoint_server")
_access_log = logging.getLogger("pinpoint_server.access")
_INFO: Final = logging.INFO
_ACCESS_LINE: Final = '"%s %s HTTP/%s" %d %s %.2fms'  # the common log format's request line

DEFAULT_MAX_BODY_SIZE: Final = 10 * 1024 * 1024  # API Gateway's payload limit
_EXPOSE_HEADERS: Final = b"x-amzn-RequestId, X-Amzn-ErrorType"
# An HTTP/1 request has a body only if one of these headers frames it (RFC 9112, 6.3), so the
# app need not wait for one; over HTTP/2 and 3 a body needs neither header.
_BODY_HEADERS: Final = (b"content-length", b"transfer-encoding")
_NO_BODY_UNLESS_FRAMED: Final = ("1.0", "1.1")


def create_app(
    handlers: Handlers,
    *,
    validate_responses: bool = False,
    guards: Sequence[Guard] = (),
    cors_allow_origin: str = "*",
    max_body_size: int = DEFAULT_MAX_BODY_SIZE,
) -> App:
    """The ASGI 3 application serving ``handlers``.

    ``validate_responses`` checks every response against the spec (a 500 and a log line on a
    violation): for tests, at some cost. ``guards`` run in order for every routed request.
    ``cors_allow_origin`` is sent as ``Access-Control-Allow-Origin`` on every response to a
    request with an ``Origin`` header and on every preflight answer. A
    request body over ``max_body_size`` bytes is refused with 413.
    """
    return App(
        handlers,
        validate_responses=validate_responses,
        guards=guards,
        cors_allow_origin=cors_allow_origin,
        max_body_size=max_body_size,
    )


class App:
    """The ASGI 3 application; build it with :func:`create_app`."""

    def __init__(
        self,
        handlers: Handlers,
        *,
        validate_responses: bool = False,
        guards: Sequence[Guard] = (),
        cors_allow_origin: str = "*",
        max_body_size: int = DEFAULT_MAX_BODY_SIZE,
    ) -> None:
        self.validate_responses = validate_responses
        self.guards = tuple(guards)
        self.max_body_size = max_body_size
        self._cors: tuple[tuple[bytes, bytes], ...] = (
            (b"access-control-allow-origin", cors_allow_origin.encode("latin-1")),
            (b"access-control-expose-headers", _EXPOSE_HEADERS),
        )
        self._matcher = Matcher(handlers)
        self._matched = self._matcher.cache  # the templated paths matched lately

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._not_http(scope, receive, send)
            return
        started = time.perf_counter()
        request_id = new_request_id()
        method: str = scope["method"]
        has_origin, has_body = _origin_and_body(scope["headers"])
        cors = self._cors if has_origin else ()
        try:
            route, groups = self._matcher.match(scope)
            operation = route.operations.get(method)
            if operation is None:
                status, headers, payload = unrouted(route, scope, method, request_id, self._cors)
            else:
                body = b""
                if has_body or scope.get("http_version") not in _NO_BODY_UNLESS_FRAMED:
                    body = await self._read_body(receive)
                client = scope.get("client")
                context = RequestContext(  # positional: it is built for every request
                    request_id,
                    operation.operation_id,
                    operation.security,
                    method,
                    scope.get("raw_path") or scope["path"].encode(),
                    scope["path"],
                    scope.get("query_string", b""),
                    tuple(scope["headers"]),
                    client if client is None or client.__class__ is tuple else tuple(client),
                    body,
                )
                for guard in self.guards:
                    await guard(context)
                request = operation.bind(groups, context)
                response = await route.handlers[method](request)
                status, headers, payload = success_answer(
                    route, operation, response, request_id, cors, self._cors,
                    self.validate_responses, context.header("accept"),
                )  # fmt: skip
        except ApiError as error:
            status, headers, payload = error_answer(error, request_id, cors)
        except Exception:
            _log.exception(
                "RequestID %s: unhandled error answering %s %s", request_id, method, scope["path"]
            )
            status, headers, payload = error_answer(
                InternalServerErrorException("Internal server error"), request_id, cors
            )
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": payload})
        if _access_log.isEnabledFor(_INFO):
            _log_access(method, scope, status, request_id, started)

    async def _read_body(self, receive: Receive) -> bytes:
        """The request body: the whole of it, within max_body_size (413)."""
        message = await receive()  # the whole body, unless it is large or chunked
        body: bytes = message.get("body", b"")
        if message.get("more_body", False) or len(body) > self.max_body_size:
            body = await self._read_rest(receive, body, message)
        return body

    async def _read_rest(self, receive: Receive, body: bytes, message: Message) -> bytes:
        """The rest of a body that came in more than one message, within max_body_size."""
        chunks = [body]
        size = len(body)
        while True:
            if size > self.max_body_size:
                raise PayloadTooLargeException(
                    f"The request body is larger than {self.max_body_size} bytes."
                )
            if not message.get("more_body", False):
                return b"".join(chunks)
            message = await receive()
            chunk: bytes = message.get("body", b"")
            chunks.append(chunk)
            size += len(chunk)

    async def _not_http(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Lifespan: nothing to start or stop. WebSocket: refused."""
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        elif scope["type"] == "websocket":
            await receive()
            await send({"type": "websocket.close", "code": 1000})


def _origin_and_body(headers: Sequence[tuple[bytes, bytes]]) -> tuple[bool, bool]:
    """Whether the request has an ``Origin`` header, and whether it announces a body
    (``Content-Length`` or ``Transfer-Encoding``); ASGI servers send names in lower case."""
    origin = body = False
    for name, _ in headers:
        size = len(name)
        if size == 6:
            origin = origin or name.lower() == b"origin"
        elif size == 14 or size == 17:
            body = body or name.lower() in _BODY_HEADERS
    return origin, body


def _log_access(method: str, scope: Scope, status: int, request_id: str, started: float) -> None:
    """The request's access line (makeRecord + handle is logger.info without its stack walk for
    the caller's line)."""
    _access_log.handle(
        _access_log.makeRecord(
            _access_log.name,
            _INFO,
            __file__,
            0,
            _ACCESS_LINE,
            (
                method,
                scope["path"],
                scope.get("http_version", "1.1"),
                status,
                request_id,
                (time.perf_counter() - started) * 1000.0,
            ),
            None,
        )
    )
