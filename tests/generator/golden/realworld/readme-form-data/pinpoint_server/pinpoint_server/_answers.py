"""Encoding an answer: a handler's response (checked against its operation, and against the
spec with ``validate_responses``), or an error in the AWS shape
``{"RequestID": ..., "Message": ...}`` with ``X-Amzn-ErrorType``.

Every answer carries ``x-amzn-RequestId``; constant headers are encoded once, and a body is one
``json`` encode, none for :class:`RawJSON`.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from typing import Any, Final

from pinpoint_server import _routing
from pinpoint_server._conformance import violation
from pinpoint_server._matching import Bound
from pinpoint_server._media import answer
from pinpoint_server.errors import ApiError, InternalServerErrorException
from pinpoint_server.responses import RawJSON

__all__ = ["Answer", "error_answer", "success_answer"]

Headers = list[tuple[bytes, bytes]]
Answer = tuple[int, Headers, bytes]
CorsHeaders = tuple[tuple[bytes, bytes], ...]

_log = logging.getLogger("pinpoint_server")
_REQUEST_ID_KEY: Final = "RequestID"
_MESSAGE_KEY: Final = "Message"
_JSON: Final = (b"content-type", b"application/json")
_NO_BODY: Final = (b"content-length", b"0")
# Headers the app owns: a handler's value for them is ignored.
_OWN_HEADERS: Final = frozenset({b"content-length", b"transfer-encoding", b"x-amzn-requestid"})
_TOKEN: Final = re.compile(rb"[!#$%&'*+\-.^_`|~0-9a-z]+")
_encode: Final = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode


def success_answer(
    route: Bound,
    operation: _routing.Operation,
    response: Any,
    request_id: str,
    cors: CorsHeaders,
    preflight_cors: CorsHeaders,
    validate: bool,
    accept: str | None = None,
) -> Answer:
    """The answer of a handler's ``response``; a preflight answer always has ``preflight_cors``
    (it is for a browser, Origin or not)."""
    if response.__class__ is not operation.response_type:
        raise TypeError(
            f"the {operation.handler_name} handler returned {type(response).__name__},"
            f" not {operation.response_type.__name__}"
        )
    status = response.status
    if status.__class__ is not int or not 100 <= status <= 599:
        raise ValueError(f"the {operation.handler_name} handler returned status {status!r}")
    if operation.is_preflight:
        cors = preflight_cors
    body = response.body if operation.has_body else None
    request_id_header = (b"x-amzn-requestid", request_id.encode())
    if body is None:
        payload = b""
        headers = [*cors, request_id_header, _NO_BODY]
    elif operation.media:
        kind, content_type, payload = answer(operation.media, body, response.content_type, accept)
        headers = [
            *cors, request_id_header, (b"content-type", content_type),
            (b"content-length", b"%d" % len(payload)),
        ]  # fmt: skip
        if kind != "json":
            body = None  # validate_responses checks a JSON body only
    else:
        payload = body.data if body.__class__ is RawJSON else _encode(body).encode()
        headers = [*cors, request_id_header, _JSON, (b"content-length", b"%d" % len(payload))]
    if operation.is_preflight:
        headers.extend(route.preflight)
    if response.headers:
        headers = merge_headers(headers, response.headers)
    if validate:
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


def error_answer(error: ApiError, request_id: str, cors: CorsHeaders) -> Answer:
    """``error`` in the AWS shape."""
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
            headers = merge_headers(headers, error.headers)
        except (ValueError, UnicodeError):
            _log.exception("RequestID %s: invalid headers on %r", request_id, error)
    return error.status, headers, payload


def merge_headers(headers: Headers, extra: Mapping[str, str]) -> Headers:
    """Add a handler's or an error's headers, replacing the app's defaults of the same name."""
    added: Headers = []
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
