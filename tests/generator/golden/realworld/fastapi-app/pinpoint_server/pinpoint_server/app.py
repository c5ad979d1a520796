"""The ASGI application: routing, guards, binding, dispatch, AWS-style errors and CORS.

A request goes: route (404 unknown path, 405 undeclared method) -> read the body -> guards ->
bind and validate the parameters (400) -> the handler -> encode (and, with
``validate_responses``, check against the spec) -> send. Every response carries
``x-amzn-RequestId``; a response to a request with an ``Origin`` header (a browser sends one on
every cross-origin request, an SDK never does) and every preflight answer also carry the CORS
headers a browser needs to read it; every error is
``{"RequestID": ..., "Message": ...}`` with ``X-Amzn-ErrorType``. Any other exception is a 500
whose traceback goes to the ``pinpoint_server`` logger with the RequestID, never to the client.
One access-log line per request goes to ``pinpoint_server.access`` at INFO.

The per-request path is kept lean on purpose (precompiled routes, pre-encoded constant headers,
one ``json`` encode, none for :class:`RawJSON`): the mock server's throughput rests on it.
"""

from __future__ import annotations

import json
import logging
import os
import random
import re
import time
from collections.abc import Awaitable, Callable, Mapping, MutableMapping, Sequence
from typing import Any, Final
from urllib.parse import quote

from pinpoint_server import _routing
from pinpoint_server._conformance import violation
from pinpoint_server.errors import (
    ApiError,
    InternalServerErrorException,
    MethodNotAllowedException,
    NotFoundException,
    PayloadTooLargeException,
)
from pinpoint_server.handlers import Handlers
from pinpoint_server.requests import RequestContext
from pinpoint_server.responses import RawJSON

__all__ = ["App", "Guard", "Receive", "Scope", "Send", "create_app"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
Guard = Callable[[RequestContext], Awaitable[None]]
"""Runs after routing, before the parameters are validated; raise an ApiError to refuse."""
_Headers = list[tuple[bytes, bytes]]
_Answer = tuple[int, _Headers, bytes]

_log = logging.getLogger("pinpoint_server")
_access_log = logging.getLogger("pinpoint_server.access")
_INFO: Final = logging.INFO
_ACCESS_LINE: Final = '"%s %s HTTP/%s" %d %s %.2fms'  # the common log format's request line

DEFAULT_MAX_BODY_SIZE: Final = 10 * 1024 * 1024  # API Gateway's payload limit
CORS_MAX_AGE: Final = 86400  # seconds; browsers cap it lower
MATCH_CACHE_SIZE: Final = 1024  # templated paths whose match is kept (see App._matched)
MATCH_CACHE_KEY_BYTES: Final = 1024  # a longer raw path is matched every time
_REQUEST_ID_KEY: Final = "RequestID"
_MESSAGE_KEY: Final = "Message"
_EXPOSE_HEADERS: Final = b"x-amzn-RequestId, X-Amzn-ErrorType"
_JSON: Final = (b"content-type", b"application/json")
_NO_BODY: Final = (b"content-length", b"0")
# Headers the app owns: a handler's value for them is ignored.
# An HTTP/1 request has a body only if one of these headers frames it (RFC 9112, 6.3), so the
# app need not wait for one; over HTTP/2 and 3 a body needs neither header.
_BODY_HEADERS: Final = (b"content-length", b"transfer-encoding")
_NO_BODY_UNLESS_FRAMED: Final = ("1.0", "1.1")
_OWN_HEADERS: Final = frozenset({b"content-length", b"transfer-encoding", b"x-amzn-requestid"})
_TOKEN: Final = re.compile(rb"[!#$%&'*+\-.^_`|~0-9a-z]+")
_RAW_SAFE: Final = "/:@!$&'()*+,;="
_encode: Final = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode


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


class _Bound:
    """A route with the handler of each of its methods looked up once, at start."""

    __slots__ = ("allow", "handlers", "operations", "preflight")

    def __init__(self, route: _routing.Route, handlers: Handlers) -> None:
        self.operations = route.operations
        self.handlers: dict[str, Callable[[Any], Awaitable[Any]]] = {
            method: getattr(handlers, op.handler_name) for method, op in route.operations.items()
        }
        self.allow = route.allow
        self.preflight: tuple[tuple[bytes, bytes], ...] = (
            (b"allow", route.allow.encode("latin-1")),
            (b"access-control-allow-methods", route.allow.encode("latin-1")),
            (b"access-control-allow-headers", route.cors_allow_headers.encode("latin-1")),
            (b"access-control-max-age", str(CORS_MAX_AGE).encode("ascii")),
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
        self._static = {raw: _Bound(route, handlers) for raw, route in _routing.STATIC.items()}
        self._dynamic = {
            group: (_Bound(route, handlers), first, count)
            for group, (route, first, count) in _routing.DYNAMIC.items()
        }
        # Templated paths matched lately: a client asks for the same few paths again and again,
        # and a dict lookup is a fifth of the regular expression's cost. Forgotten all at once
        # past MATCH_CACHE_SIZE, so a client sending random IDs only costs the matching; paths
        # over MATCH_CACHE_KEY_BYTES are not kept, so the memory stays bounded too.
        self._matched: dict[bytes, tuple[_Bound, tuple[bytes, ...]]] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._not_http(scope, receive, send)
            return
        started = time.perf_counter()
        request_id = _new_request_id()
        method: str = scope["method"]
        has_origin, has_body = _origin_and_body(scope["headers"])
        cors = self._cors if has_origin else ()
        try:
            route, groups = self._match(scope)
            operation = route.operations.get(method)
            if operation is None:
                status, headers, payload = self._unrouted(route, scope, method, request_id)
            else:
                body = b""
                if has_body or scope.get("http_version") not in _NO_BODY_UNLESS_FRAMED:
                    message = await receive()  # the whole body, unless it is large or chunked
                    body = message.get("body", b"")
                    if message.get("more_body", False) or len(body) > self.max_body_size:
                        body = await self._read_rest(receive, body, message)
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
                status, headers, payload = self._success(
                    route, operation, response, request_id, cors
                )
        except ApiError as error:
            status, headers, payload = self._error(error, request_id, cors)
        except Exception:
            _log.exception(
                "RequestID %s: unhandled error answering %s %s", request_id, method, scope["path"]
            )
            status, headers, payload = self._error(
                InternalServerErrorException("Internal server error"), request_id, cors
            )
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": payload})
        if _access_log.isEnabledFor(_INFO):
            # makeRecord + handle is logger.info without its stack walk for the caller's line.
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

    # -- the steps of a request -----------------------------------------------------------------
    def _match(self, scope: Scope) -> tuple[_Bound, tuple[bytes, ...]]:
        """The route of the raw path and its captured parameters, or a 404."""
        raw_path: bytes | None = scope.get("raw_path")
        if raw_path is None or scope.get("root_path"):
            raw_path = _below_root(scope)
        found = self._matched.get(raw_path)
        if found is not None:
            return found
        route = self._static.get(raw_path)
        if route is not None:
            return route, ()
        if _routing.PATTERN is not None:
            match = _routing.PATTERN.fullmatch(raw_path)
            if match is not None:
                assert match.lastindex is not None  # the route's outer group
                route, first, count = self._dynamic[match.lastindex]
                found = route, match.groups()[first : first + count]
                if len(raw_path) <= MATCH_CACHE_KEY_BYTES:
                    if len(self._matched) >= MATCH_CACHE_SIZE:
                        self._matched.clear()
                    self._matched[raw_path] = found
                return found
        raise NotFoundException(f"No resource matches the path {_shorten(scope['path'])!r}.")

    def _unrouted(self, route: _Bound, scope: Scope, method: str, request_id: str) -> _Answer:
        """A method the path does not declare: 405, unless it is a browser's CORS preflight."""
        if method == "OPTIONS" and _is_preflight(scope["headers"]):
            # The spec declares no OPTIONS here, but a browser must not be locked out.
            headers = [*self._cors, *route.preflight, (b"x-amzn-requestid", request_id.encode())]
            headers.append(_NO_BODY)
            return 200, headers, b""
        raise MethodNotAllowedException(
            f"Method {_shorten(method)} is not allowed for this resource.",
            headers={"Allow": route.allow},
        )

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

    def _success(
        self,
        route: _Bound,
        operation: _routing.Operation,
        response: Any,
        request_id: str,
        cors: tuple[tuple[bytes, bytes], ...],
    ) -> _Answer:
        if response.__class__ is not operation.response_type:
            raise TypeError(
                f"the {operation.handler_name} handler returned {type(response).__name__},"
                f" not {operation.response_type.__name__}"
            )
        status = response.status
        if status.__class__ is not int or not 100 <= status <= 599:
            raise ValueError(f"the {operation.handler_name} handler returned status {status!r}")
        if operation.is_preflight:
            cors = self._cors  # a preflight answer is for a browser, Origin or not
        body = response.body if operation.has_body else None
        request_id_header = (b"x-amzn-requestid", request_id.encode())
        if body is None:
            payload = b""
            headers = [*cors, request_id_header, _NO_BODY]
        else:
            payload = body.data if body.__class__ is RawJSON else _encode(body).encode()
            headers = [*cors, request_id_header, _JSON, (b"content-length", b"%d" % len(payload))]
        if operation.is_preflight:
            headers.extend(route.preflight)
        if response.headers:
            headers = _merge(headers, response.headers)
        if self.validate_responses:
            problem = violation(
                operation.operation_id,
                operation.responses,
                status,
                body,
                (name for name, _ in headers),
            )
            if problem is not None:
                _log.error("RequestID %s: %s", request_id, problem)
                raise InternalServerErrorException("Internal server error")
        return status, headers, payload

    def _error(
        self, error: ApiError, request_id: str, cors: tuple[tuple[bytes, bytes], ...]
    ) -> _Answer:
        payload = _encode({_REQUEST_ID_KEY: request_id, _MESSAGE_KEY: str(error.message)}).encode()
        headers = [
            *cors,
            _JSON,
            (b"x-amzn-requestid", request_id.encode()),
            (b"x-amzn-errortype", error.error_type.encode("latin-1")),
            (b"content-length", str(len(payload)).encode()),
        ]
        if error.headers:
            try:
                headers = _merge(headers, error.headers)
            except (ValueError, UnicodeError):
                _log.exception("RequestID %s: invalid headers on %r", request_id, error)
        return error.status, headers, payload

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


# Request IDs need to be unique, not secret: a PRNG seeded from os.urandom, not a system call per
# request, and made 256 at a time with slice assignments, a third of the cost of formatting each.
# A forked worker drops the batch and reseeds, or it would repeat its parent's IDs.
_random: Final = random.Random()
_request_ids: Final[list[str]] = []
_ID_BATCH: Final = 256
_DIGIT_AT: Final = tuple(i for i in range(36) if i not in (8, 13, 18, 23))  # 8-4-4-4-12
_VARIANT: Final = bytes.maketrans(b"0123456789abcdef", b"89ab" * 4)  # RFC 4122: 10xx


def _forget_request_ids() -> None:
    _request_ids.clear()
    _random.seed()


os.register_at_fork(after_in_child=_forget_request_ids)


def _new_request_id() -> str:
    """A random (version 4, RFC 4122 variant) UUID as text, like ``str(uuid.uuid4())``."""
    try:
        return _request_ids.pop()
    except IndexError:
        _request_ids.extend(_make_request_ids())
        return _request_ids.pop()


def _make_request_ids() -> list[str]:
    digits = _random.randbytes(16 * _ID_BATCH).hex().encode("ascii")
    text = bytearray(b"-" * (36 * _ID_BATCH))
    for digit, at in enumerate(_DIGIT_AT):
        text[at::36] = digits[digit::32]
    text[14::36] = b"4" * _ID_BATCH  # the version
    text[19::36] = digits[16::32].translate(_VARIANT)
    joined = text.decode("ascii")
    return [joined[i : i + 36] for i in range(0, 36 * _ID_BATCH, 36)]


def _below_root(scope: Scope) -> bytes:
    """The raw path below ``root_path`` (the app mounted under a prefix), for routing."""
    path: str = scope["path"]
    raw: bytes | None = scope.get("raw_path")
    root: str = scope.get("root_path", "")
    if root and path.startswith(root):
        path = path[len(root) :]
        raw_root = _quote(root)
        if raw is not None and raw.startswith(raw_root):
            return raw[len(raw_root) :]
        raw = None
    return raw if raw is not None else _quote(path)


def _quote(path: str) -> bytes:
    return quote(path, safe=_RAW_SAFE).encode("ascii")


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


def _is_preflight(headers: Sequence[tuple[bytes, bytes]]) -> bool:
    names = {name.lower() for name, _ in headers}
    return b"origin" in names and b"access-control-request-method" in names


def _merge(headers: _Headers, extra: Mapping[str, str]) -> _Headers:
    """Add a handler's or an error's headers, replacing the app's defaults of the same name."""
    added: _Headers = []
    for name, value in extra.items():
        key = name.lower().encode("latin-1")
        if key in _OWN_HEADERS:
            continue
        encoded = value.encode("latin-1")
        if (
            _TOKEN.fullmatch(key) is None
            or b"\r" in encoded
            or b"\n" in encoded
            or b"\0" in encoded
        ):
            raise ValueError(f"invalid response header {name!r}: {value!r}")
        added.append((key, encoded))
    replaced = {key for key, _ in added}
    return [h for h in headers if h[0] not in replaced] + added


def _shorten(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[:limit] + "..."
