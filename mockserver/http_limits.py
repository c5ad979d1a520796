"""The limits of the HTTP edge and the AWS-shaped answers it writes by itself.

uvicorn with httptools bounds neither the request head nor the time to send it, and answers
protocol errors with a plain-text 400. ``mockserver.http_edge`` enforces these limits before a
request reaches the app; this module holds them (picklable: ``--workers`` processes get a copy)
and builds its answers in the shape every AWS SDK parses: ``X-Amzn-ErrorType``,
``x-amzn-RequestId`` and the body ``{"RequestID", "Message"}``.
"""

from __future__ import annotations

import http
import json
import resource
import uuid
from dataclasses import dataclass
from typing import Final

from pinpoint_server.app import DEFAULT_MAX_BODY_SIZE  # type: ignore[import-not-found, unused-ignore]
from pinpoint_server.errors import (  # type: ignore[import-not-found, unused-ignore]
    ApiError,
    BadRequestException,
    PayloadTooLargeException,
)

DEFAULT_MAX_HEADER_SIZE: Final = 16 * 1024  # request line + headers; AWS front ends: ~10-16 KB
DEFAULT_HEADER_TIMEOUT_S: Final = 10.0
DEFAULT_IDLE_TIMEOUT_S: Final = 5.0  # uvicorn's keep-alive default
MAX_CONNECTIONS_CEILING: Final = 1000
# File descriptors kept free below RLIMIT_NOFILE (database, logs, the listening socket).
RESERVED_FILES: Final = 100


def default_max_connections() -> int:
    """min(1000, RLIMIT_NOFILE - 100), at least 1: the cap stays below the file limit, so the
    server can always accept (and then refuse or evict) rather than starve in EMFILE."""
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return MAX_CONNECTIONS_CEILING
    return max(1, min(MAX_CONNECTIONS_CEILING, soft - RESERVED_FILES))


@dataclass(frozen=True, slots=True)
class EdgeLimits:
    """What one connection may cost before the app sees a request."""

    max_header_size: int = DEFAULT_MAX_HEADER_SIZE
    header_timeout: float = DEFAULT_HEADER_TIMEOUT_S
    max_connections: int = MAX_CONNECTIONS_CEILING
    max_body_size: int = DEFAULT_MAX_BODY_SIZE
    idle_timeout: float = DEFAULT_IDLE_TIMEOUT_S  # between requests on a keep-alive connection


class RequestHeaderFieldsTooLargeException(ApiError):  # type: ignore[misc, unused-ignore]
    """431: the request line and headers exceed ``--max-header-size``."""

    status = 431


class RequestTimeoutException(ApiError):  # type: ignore[misc, unused-ignore]
    """408: the request head did not arrive within ``--header-timeout``."""

    status = 408


class ServiceUnavailableException(ApiError):  # type: ignore[misc, unused-ignore]
    """503: the server holds ``--max-connections`` connections, none of them idle."""

    status = 503


__all__ = [
    "ApiError",
    "BadRequestException",
    "EdgeLimits",
    "PayloadTooLargeException",
    "RequestHeaderFieldsTooLargeException",
    "RequestTimeoutException",
    "ServiceUnavailableException",
    "error_response",
]


def error_response(error: ApiError, default_headers: list[tuple[bytes, bytes]]) -> bytes:
    """The bytes of a complete ``Connection: close`` answer for ``error``, AWS-shaped."""
    request_id = str(uuid.uuid4())
    body = json.dumps({"RequestID": request_id, "Message": error.message}).encode()
    status: int = error.status
    phrase = http.HTTPStatus(status).phrase
    lines = [f"HTTP/1.1 {status} {phrase}".encode()]
    lines += [name + b": " + value for name, value in default_headers]
    lines += [
        b"content-type: application/json",
        b"x-amzn-RequestId: " + request_id.encode(),
        b"X-Amzn-ErrorType: " + str(error.error_type).encode(),
        b"content-length: " + str(len(body)).encode(),
        b"connection: close",
    ]
    return b"\r\n".join(lines) + b"\r\n\r\n" + body
