"""Runtime of the high-level client: encoding requests, retrying, turning errors into exceptions.

Generated from the OpenAPI document by ``python -m generator``; do not edit. Nothing here does
I/O: the sync and async clients share it and only differ in how they send and sleep.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from .exceptions import ApiError, InvalidResponseError

if TYPE_CHECKING:
    from datetime import datetime

# Import time is part of every short-lived process that calls the API: modules needed only on
# rare paths (an HTTP-date Retry-After, a backoff, an unknown status) are imported there.

# Statuses worth another attempt: throttling, and a server or gateway that failed or is busy.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# For a request that is not idempotent (POST, PATCH) a 500, 502 or 504 may come after the server
# acted on it, so only the statuses that say it did not (throttled, unavailable) are retried.
SAFE_RETRY_STATUSES = frozenset({429, 503})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
# Transport failures before the request left: safe to retry whatever the method.
NOT_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)
# Transport failures that may come after the server got the request: idempotent requests only.
MAYBE_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)
PARSE_ERRORS: tuple[type[Exception], ...] = (KeyError, TypeError, ValueError, AttributeError)

MESSAGE_KEYS = ("message", "Message")
REQUEST_ID_KEYS = ("RequestID", "RequestId", "requestId")
REQUEST_ID_HEADERS = ("x-amzn-RequestId", "x-amz-request-id", "x-request-id")
ERROR_TYPE_HEADER = "X-Amzn-ErrorType"
JSON_HEADERS = {"content-type": "application/json"}
_SAFE = "-_.~"  # RFC 3986 unreserved characters: everything else is percent-encoded
_SERVER_VARIABLE = re.compile(r"\{([^{}]+)\}")


# -- encoding --------------------------------------------------------------------------------------
def text(value: object) -> str:
    """A parameter value as the wire carries it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else str(value)


def path(value: object) -> str:
    """A path parameter, percent-encoded whole (a ``/`` or ``?`` in an ID stays inside it)."""
    raw = text(value)
    if raw in {"", ".", ".."}:
        raise ValueError(f"{raw!r} is not a valid path parameter value")
    return quote(raw, safe=_SAFE)


def with_query(url: str, query: Sequence[tuple[str, str]]) -> str:
    """Append the query, every name and value percent-encoded as SigV4 canonicalizes them."""
    if not query:
        return url
    return url + "?" + "&".join(f"{quote(k, safe=_SAFE)}={quote(v, safe=_SAFE)}" for k, v in query)


def json_body(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def server_url(template: str, variables: Mapping[str, str]) -> str:
    """Fill the ``{name}`` variables of a server URL."""

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in variables:
            raise ValueError(f"no value for the server variable {name!r} of {template}")
        return variables[name]

    return _SERVER_VARIABLE.sub(fill, template)


# -- the requests ---------------------------------------------------------------------------------
class ErrorMap:
    """The exception class for each error status an operation documents."""

    __slots__ = ("default", "ranges", "statuses")

    def __init__(
        self,
        statuses: Mapping[int, type[ApiError]] | None = None,
        ranges: Mapping[int, type[ApiError]] | None = None,  # 4 for "4XX"
        default: type[ApiError] | None = None,
    ) -> None:
        self.statuses: Mapping[int, type[ApiError]] = statuses or {}
        self.ranges: Mapping[int, type[ApiError]] = ranges or {}
        self.default = default

    def lookup(self, status: int) -> type[ApiError] | None:
        found = self.statuses.get(status) or self.ranges.get(status // 100)
        return found or self.default


class Call:
    """One operation call, ready to send (again, on a retry)."""

    __slots__ = ("anonymous", "content", "errors", "headers", "method", "url")

    def __init__(
        self,
        method: str,
        url: str,  # relative to the base URL, query included
        headers: Mapping[str, str],
        content: bytes | None,
        errors: ErrorMap,
        anonymous: bool = False,  # the spec says "security: []": sent without the client's auth
    ) -> None:
        self.method = method
        self.url = url
        self.headers = headers
        self.content = content
        self.errors = errors
        self.anonymous = anonymous

    @property
    def idempotent(self) -> bool:
        return self.method in IDEMPOTENT_METHODS

    def __repr__(self) -> str:
        return f"Call({self.method} {self.url})"


# -- retries ---------------------------------------------------------------------------------------
def retry_after(headers: httpx.Headers, now: Callable[[], datetime] | None = None) -> float | None:
    """``Retry-After`` in seconds: delta-seconds or an HTTP-date; None when absent or invalid."""
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        from datetime import UTC, datetime
        from email.utils import parsedate_to_datetime

        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now() if now else datetime.now(UTC))).total_seconds()
    if seconds != seconds:  # NaN
        return None
    return max(0.0, seconds)


def _random() -> float:
    import random

    return random.random()


class RetryPolicy:
    """At most ``max_attempts`` attempts, with exponential backoff and full jitter between them.

    The wait after attempt ``n`` is uniform in ``[0, min(backoff_max, backoff_base * 2**(n-1))]``
    unless the response carries ``Retry-After``, which is honoured as it is; a ``Retry-After``
    longer than ``backoff_max`` gives up at once (the error has ``retry_after``) rather than block.
    """

    __slots__ = ("backoff_base", "backoff_max", "max_attempts", "random")

    def __init__(
        self,
        max_attempts: int = 3,
        backoff_base: float = 0.25,
        backoff_max: float = 20.0,
        random: Callable[[], float] = _random,
    ) -> None:
        if max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        if backoff_base < 0 or backoff_max < 0:
            raise ValueError("backoff_base and backoff_max must not be negative")
        self.max_attempts = max_attempts
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self.random = random

    def __repr__(self) -> str:
        return (
            f"RetryPolicy(max_attempts={self.max_attempts}, backoff_base={self.backoff_base},"
            f" backoff_max={self.backoff_max})"
        )

    def backoff(self, attempt: int) -> float:
        """Full jitter after the ``attempt``-th attempt (1-based)."""
        cap = min(self.backoff_max, self.backoff_base * 2.0 ** min(attempt - 1, 62))
        return self.random() * cap

    def after_response(self, response: httpx.Response, call: Call, attempt: int) -> float | None:
        """Seconds to wait before retrying after this response, or None to stop."""
        status = response.status_code
        allowed = RETRY_STATUSES if call.idempotent else SAFE_RETRY_STATUSES
        if attempt >= self.max_attempts or status not in allowed:
            return None
        wait = retry_after(response.headers)
        if wait is None:
            return self.backoff(attempt)
        return wait if wait <= self.backoff_max else None

    def after_error(self, error: httpx.TransportError, call: Call, attempt: int) -> float | None:
        """Seconds to wait before retrying after a transport error, or None to re-raise it."""
        if attempt >= self.max_attempts:
            return None
        if isinstance(error, NOT_SENT_ERRORS) or (
            call.idempotent and isinstance(error, MAYBE_SENT_ERRORS)
        ):
            return self.backoff(attempt)
        return None


# -- responses -------------------------------------------------------------------------------------
def is_success(response: httpx.Response) -> bool:
    return 200 <= response.status_code < 300


def _first_string(data: Mapping[str, Any], keys: Sequence[str]) -> str | None:
    for key in keys:
        value = data.get(key)
        if isinstance(value, str) and value:
            return value
    return None


def _phrase(status: int) -> str:
    """``InternalServerError`` for 500, ``ImATeapot`` for 418, ``Http599`` when unknown."""
    from http import HTTPStatus

    try:
        phrase = HTTPStatus(status).phrase.replace("'", "")
    except ValueError:
        return f"Http{status}"
    return "".join(w[:1].upper() + w[1:] for w in re.split(r"[^0-9A-Za-z]+", phrase))


def error_from_response(response: httpx.Response, errors: ErrorMap) -> ApiError:
    """The exception for an error response: typed when documented and JSON, else ApiError."""
    raw = response.text
    data: Any = None
    is_json = False
    if raw.strip():
        try:
            data = json.loads(raw)
            is_json = True
        except ValueError:
            pass
    body = data if isinstance(data, dict) else {}
    header_type = response.headers.get(ERROR_TYPE_HEADER)
    error_type = header_type.split(":", 1)[0].strip() if header_type else None
    request_id = next(
        (response.headers[h] for h in REQUEST_ID_HEADERS if response.headers.get(h)), None
    ) or _first_string(body, REQUEST_ID_KEYS)
    cls = errors.lookup(response.status_code) if is_json else None
    if cls is None:
        cls = ApiError
        message = _first_string(body, MESSAGE_KEYS) or raw
        error_type = error_type or _phrase(response.status_code)
    else:
        message = _first_string(body, MESSAGE_KEYS) or ""
    return cls(
        message,
        status=response.status_code,
        request_id=request_id,
        error_type=error_type,
        retry_after=retry_after(response.headers),
        headers=response.headers,
        body=raw,
        data=data if is_json else None,
    )


def invalid_response(response: httpx.Response, problem: str) -> InvalidResponseError:
    return InvalidResponseError(
        f"the {response.status_code} response of {response.request.method}"
        f" {response.request.url.path} {problem}",
        status=response.status_code,
        request_id=next(
            (response.headers[h] for h in REQUEST_ID_HEADERS if response.headers.get(h)), None
        ),
        error_type="InvalidResponse",
        headers=response.headers,
        body=response.text,
    )


def json_of(response: httpx.Response) -> Any:
    """The JSON body of a success response, or InvalidResponseError (never JSONDecodeError)."""
    try:
        return json.loads(response.content)
    except ValueError as exc:
        raise invalid_response(response, f"is not JSON ({exc})") from None


def object_of(response: httpx.Response) -> dict[str, Any]:
    data = json_of(response)
    if not isinstance(data, dict):
        raise invalid_response(response, f"is a JSON {type(data).__name__}, not an object")
    return data


def list_of(response: httpx.Response) -> list[dict[str, Any]]:
    data = json_of(response)
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise invalid_response(response, "is not a JSON array of objects")
    return data
