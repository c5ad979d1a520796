"""The ``pinpoint_server`` guards of ``serve``: SigV4 (``--auth sigv4``), ``--rate-limit`` and
the faults armed through ``/_mock/faults``.

Guards run after routing and before the parameters are checked, as AWS authenticates and
throttles before it validates. The logic lives in ``mockserver.sigv4``, ``mockserver.ratelimit``
and ``mockserver.faults`` (no HTTP types); these adapters only map it onto the generated app.
"""

from __future__ import annotations

import json
import re
import uuid
from asyncio import sleep
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from typing import Any, Final
from urllib.parse import unquote

from pinpoint_server import (  # type: ignore[import-not-found, unused-ignore]
    RequestContext,
    _routing,
)
from pinpoint_server import errors as api_errors  # type: ignore[import-not-found, unused-ignore]
from pinpoint_server._answers import (  # type: ignore[import-not-found, unused-ignore]
    _MESSAGE_KEY,  # the error body's keys, as the generated app writes them
    _REQUEST_ID_KEY,
)
from pinpoint_server.errors import (  # type: ignore[import-not-found, unused-ignore]
    ApiError,
    ForbiddenException,
    TooManyRequestsException,
)

from mockserver.errors import ForbiddenError, ThrottledError
from mockserver.faults import Fault, FaultTable
from mockserver.ratelimit import RateLimiter, address_key, caller_key
from mockserver.sigv4 import MISSING_TOKEN, SigV4Verifier

# The request fields a fault can be scoped by, as the AWS SDKs name the path parameters
# (application-id -> ApplicationId).
_SCOPE_FIELDS: Final = ("ApplicationId", "CampaignId")
_PARAMETER: Final = re.compile(r"\{([^{}]+)\}")
# (application ID, campaign ID) of a request's raw path; None where the path has none.
ScopeReader = Callable[[bytes], tuple[str | None, str | None]]
Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


class SigV4Guard:
    """Refuses, with 403 ForbiddenException, a request to a signed operation without a valid
    signature. An operation whose spec requires no security (the CORS preflight) passes."""

    def __init__(self, verifier: SigV4Verifier) -> None:
        self.verifier = verifier

    async def __call__(self, context: RequestContext) -> None:
        if not context.security:
            return
        try:
            self.verifier.verify(
                context.method,
                context.raw_path,
                context.query_string,
                context.headers,
                context.body,
            )
        except ForbiddenError as exc:
            raise ForbiddenException(exc.message) from None


def _throttled(exc: ThrottledError) -> TooManyRequestsException:
    return TooManyRequestsException(exc.message, headers={"Retry-After": str(exc.retry_after)})


class RateLimitGuard:
    """Refuses, with 429 TooManyRequestsException and Retry-After, a caller over its rate.

    Without --auth: the caller is the key the Authorization header names, else the client
    address. CORS preflights pass untouched: the browser sends them on its own, and the spec
    declares no 429 for OPTIONS.
    """

    def __init__(self, limiter: RateLimiter) -> None:
        self.limiter = limiter

    async def __call__(self, context: RequestContext) -> None:
        if context.method == "OPTIONS":
            return
        try:
            self.limiter.take(caller_key(context.headers, context.client))
        except ThrottledError as exc:
            raise _throttled(exc) from None


class SignedRateLimitGuard:
    """--auth sigv4 with --rate-limit: the signature check and the throttle in one step, so the
    bucket charged is the VERIFIED principal's, never text of the Authorization header that the
    signature does not cover.

    A request that carries no Authorization is charged to its client address before the
    signature work (it cannot verify, so nothing is lost); one whose signature fails is charged
    to its address after, and its 403 becomes a 429 once that address is out of tokens. So a
    flood of forged requests is throttled like any other caller, and cannot drain anyone else's
    bucket.
    """

    def __init__(self, verifier: SigV4Verifier, limiter: RateLimiter) -> None:
        self.verifier = verifier
        self.limiter = limiter
        self.refused = 0  # requests that failed SigV4 (each charged to its address)

    async def __call__(self, context: RequestContext) -> None:
        if not context.security:
            return
        address = address_key(context.client)
        try:
            if not any(name == b"authorization" for name, _ in context.headers):
                self.limiter.take(address)
            try:
                key = self.verifier.verify(
                    context.method,
                    context.raw_path,
                    context.query_string,
                    context.headers,
                    context.body,
                )
            except ForbiddenError as exc:
                self.refused += 1
                self.limiter.take(address)
                raise ForbiddenException(exc.message) from None
            self.limiter.take("key:" + key)
        except ThrottledError as exc:
            raise _throttled(exc) from None


def is_served(raw_path: bytes, method: str) -> bool:
    """Whether the main API routes ``method`` on ``raw_path`` (a browser's OPTIONS preflight on
    one of its paths included), from the generated routing."""
    route = _routing.STATIC.get(raw_path)
    if route is None and _routing.PATTERN is not None:
        match = _routing.PATTERN.fullmatch(raw_path)
        if match is not None and match.lastindex is not None:
            route = _routing.DYNAMIC[match.lastindex][0]
    return route is not None and (method == "OPTIONS" or method in route.operations)


async def missing_token(scope: Scope, receive: Receive, send: Send) -> None:
    """The 403 ForbiddenException "Missing Authentication Token" that API Gateway answers an
    unsigned request for a path or method it does not serve."""
    request_id = str(uuid.uuid4())
    payload = json.dumps({_REQUEST_ID_KEY: request_id, _MESSAGE_KEY: MISSING_TOKEN}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": ForbiddenException.status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"x-amzn-requestid", request_id.encode()),
                (b"x-amzn-errortype", ForbiddenException.error_type.encode()),
                (b"content-length", str(len(payload)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})


def main_routes() -> list[tuple[str, str]]:
    """(operationId, path template) of every operation of the main API, from the generated
    routing: the operations a fault may name."""
    routes = [*_routing.STATIC.values(), *(route for route, _, _ in _routing.DYNAMIC.values())]
    return [
        (op.operation_id, route.template) for route in routes for op in route.operations.values()
    ]


def main_error_types() -> dict[int, str]:
    """The main API's error type of each status it declares (from its generated errors)."""
    found: dict[int, str] = {}
    for name in api_errors.__all__:
        error = getattr(api_errors, name)
        if error is not ApiError and isinstance(error, type) and issubclass(error, ApiError):
            found.setdefault(error.status, error.error_type)
    return found


def _pascal(parameter: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in parameter.split("-"))


def scope_reader(template: str) -> ScopeReader:
    """Read the application and campaign IDs from a raw path of ``template`` (percent-decoded)."""
    names = _PARAMETER.findall(template)
    literal = _PARAMETER.split(template)[::2]
    pattern = re.compile(b"([^/]+)".join(re.escape(part.encode()) for part in literal))
    fields = [_pascal(name) for name in names]
    where = [fields.index(f) + 1 if f in fields else None for f in _SCOPE_FIELDS]

    def read(raw_path: bytes) -> tuple[str | None, str | None]:
        match = pattern.fullmatch(raw_path)
        if match is None:
            return None, None
        app, campaign = (
            None if group is None else unquote(match.group(group).decode("latin-1"))
            for group in where
        )
        return app, campaign

    return read


_error_classes: dict[tuple[int, str], type[ApiError]] = {}


def fault_error(fault: Fault) -> ApiError:
    """The error a fault answers with: its status and error type in the AWS shape."""
    assert fault.status is not None and fault.error_type is not None
    key = (fault.status, fault.error_type)
    cls = _error_classes.get(key)
    if cls is None:
        cls = _error_classes[key] = type(
            fault.error_type, (ApiError,), {"status": fault.status, "error_type": fault.error_type}
        )
    headers = {} if fault.retry_after is None else {"Retry-After": str(fault.retry_after)}
    return cls(fault.message or fault.error_type, headers=headers)


class FaultGuard:
    """Answers a request with the oldest armed fault that matches it, after its delay.

    With no fault armed it costs the test of one byte (``FaultTable.armed``).
    """

    def __init__(self, faults: FaultTable, scopes: Mapping[str, ScopeReader]) -> None:
        self.faults = faults
        self._armed = faults.armed
        self._scopes = dict(scopes)

    async def __call__(self, context: RequestContext) -> None:
        if not self._armed:
            return
        scope = self._scopes.get(context.operation_id)
        app, campaign = (None, None) if scope is None else scope(context.raw_path)
        fault = self.faults.take(context.operation_id, app, campaign)
        if fault is None:
            return
        if fault.delay_ms:
            await sleep(fault.delay_ms / 1000)
        if fault.status is not None:
            raise fault_error(fault)
