"""Deliberately broken servers: thin ASGI wrappers around the real mock app, one defect each.

The contract suite must bite: tests/contract/test_contract.py runs it against each of these and
asserts that the checks in each ``Variant.must_fail`` report the defect. The mock is never edited.
Most wrappers buffer the mock's response and rewrite its status, headers or body; the others answer
some requests themselves, with a well-formed AWS error, so that only the intended check notices.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final
from urllib.parse import parse_qs

from tests.contract.target import ASGIApp, Message, Receive, Scope, Send, TargetSettings, mock_app

Headers = list[tuple[bytes, bytes]]
Rewrite = Callable[[Scope, int, Headers, bytes], tuple[int, Headers, bytes]]
VALID_PAGE_SIZE: Final = re.compile(r"[1-9][0-9]*")


@dataclass(frozen=True)
class Variant:
    """A defect: how to inject it and which checks must report it."""

    description: str
    must_fail: frozenset[str]


def _without(headers: Headers, name: bytes) -> Headers:
    return [(key, value) for key, value in headers if key.lower() != name]


def _json_response(status: int, headers: Headers, payload: object) -> tuple[int, Headers, bytes]:
    body = json.dumps(payload).encode()
    kept = _without(_without(headers, b"content-length"), b"content-type")
    return status, [*kept, (b"content-type", b"application/json")], body


def rewrite_responses(app: ASGIApp, rewrite: Rewrite) -> ASGIApp:
    """Wrap ``app`` so that ``rewrite`` sees (and may replace) each complete HTTP response."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        start: Message = {}
        chunks: list[bytes] = []

        async def buffer(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            if message["type"] != "http.response.body":
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            status, headers, body = rewrite(
                scope, start["status"], list(start.get("headers", [])), b"".join(chunks)
            )
            headers = [
                *_without(headers, b"content-length"),
                (b"content-length", b"%d" % len(body)),
            ]
            await send({**start, "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await app(scope, receive, buffer)

    return wrapped


def _is_listing(scope: Scope) -> bool:
    return scope["method"] == "GET" and str(scope["path"]).endswith("/activities")


# (a) a wrong type in a 200 body -----------------------------------------------------------------


def _count_as_string(
    scope: Scope, status: int, headers: Headers, body: bytes
) -> tuple[int, Headers, bytes]:
    if status != 200 or not _is_listing(scope):
        return status, headers, body
    page = json.loads(body)
    for item in page.get("Item", []):
        if "SuccessfulEndpointCount" in item:
            item["SuccessfulEndpointCount"] = str(item["SuccessfulEndpointCount"])
    return _json_response(status, headers, page)


def wrong_type_in_200(settings: TargetSettings) -> ASGIApp:
    """SuccessfulEndpointCount (int32 in the spec) sent as a string."""
    return rewrite_responses(mock_app(settings), _count_as_string)


# (b) a 500 on a bad page-size -------------------------------------------------------------------


def _error_for_listings(
    settings: TargetSettings, error: Callable[[dict[str, list[str]]], tuple[int, str, str] | None]
) -> ASGIApp:
    """The mock, except that a listing whose query ``error`` maps to (status, type, message)
    gets that well-formed AWS error instead."""
    inner = mock_app(settings)

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and _is_listing(scope):
            query = parse_qs(scope["query_string"].decode("latin-1"), keep_blank_values=True)
            refusal = error(query)
            if refusal is not None:
                status, error_type, message = refusal
                request_id = str(uuid.uuid4())
                body = json.dumps({"RequestID": request_id, "Message": message})
                await send(
                    {
                        "type": "http.response.start",
                        "status": status,
                        "headers": [
                            (b"content-type", b"application/json"),
                            (b"x-amzn-requestid", request_id.encode()),
                            (b"x-amzn-errortype", error_type.encode()),
                        ],
                    }
                )
                await send({"type": "http.response.body", "body": body.encode()})
                return
        await inner(scope, receive, send)

    return app


def server_error_on_bad_page_size(settings: TargetSettings) -> ASGIApp:
    """A page-size that is not a positive decimal integer crashes the server (a well-formed 500)."""

    def error(query: dict[str, list[str]]) -> tuple[int, str, str] | None:
        if any(not VALID_PAGE_SIZE.fullmatch(size) for size in query.get("page-size", [])):
            return 500, "InternalServerErrorException", "Internal server error"
        return None

    return _error_for_listings(settings, error)


# (c) a missing Allow on 405 ---------------------------------------------------------------------


def _drop_allow_on_405(
    scope: Scope, status: int, headers: Headers, body: bytes
) -> tuple[int, Headers, bytes]:
    return status, _without(headers, b"allow") if status == 405 else headers, body


def no_allow_on_405(settings: TargetSettings) -> ASGIApp:
    """405 Method Not Allowed without the Allow header."""
    return rewrite_responses(mock_app(settings), _drop_allow_on_405)


# (d) a 200 for an unknown campaign --------------------------------------------------------------


def _empty_page_for_404(
    scope: Scope, status: int, headers: Headers, body: bytes
) -> tuple[int, Headers, bytes]:
    if status != 404 or not _is_listing(scope):
        return status, headers, body
    return _json_response(
        200, _without(headers, b"x-amzn-errortype"), {"NextToken": None, "Item": []}
    )


def ok_for_unknown_campaign(settings: TargetSettings) -> ASGIApp:
    """An unknown campaign (or application) lists as an empty page instead of 404."""
    return rewrite_responses(mock_app(settings), _empty_page_for_404)


# (e) a missing X-Amzn-ErrorType -----------------------------------------------------------------


def _drop_error_type(
    scope: Scope, status: int, headers: Headers, body: bytes
) -> tuple[int, Headers, bytes]:
    return status, _without(headers, b"x-amzn-errortype"), body


def no_error_type(settings: TargetSettings) -> ASGIApp:
    """Errors without X-Amzn-ErrorType: boto3 would raise a bare ClientError with no code."""
    return rewrite_responses(mock_app(settings), _drop_error_type)


# (f) a 400 for schema-valid data: keeps the relaxation of positive_data_acceptance honest -------


def page_size_required(settings: TargetSettings) -> ASGIApp:
    """The optional page-size is treated as required: a listing without it gets a 400."""

    def error(query: dict[str, list[str]]) -> tuple[int, str, str] | None:
        if "page-size" not in query:
            return 400, "BadRequestException", "page-size is required"
        return None

    return _error_for_listings(settings, error)


# (g) pagination that skips: keeps pagination_walk honest ---------------------------------------


def _drop_first_of_later_pages(
    scope: Scope, status: int, headers: Headers, body: bytes
) -> tuple[int, Headers, bytes]:
    query = parse_qs(scope["query_string"].decode("latin-1"), keep_blank_values=True)
    if status != 200 or not _is_listing(scope) or not any(query.get("token", [])):
        return status, headers, body
    page = json.loads(body)
    return _json_response(status, headers, {**page, "Item": page.get("Item", [])[1:]})


def skips_on_later_pages(settings: TargetSettings) -> ASGIApp:
    """Every page after the first loses its first activity: a NextToken that skips one."""
    return rewrite_responses(mock_app(settings), _drop_first_of_later_pages)


VARIANTS: Final = {
    "wrong_type_in_200": Variant(
        "a wrong type in a 200 body", frozenset({"response_schema_conformance"})
    ),
    "server_error_on_bad_page_size": Variant(
        "a 500 on a bad page-size", frozenset({"not_a_server_error"})
    ),
    "no_allow_on_405": Variant(
        "a missing Allow on 405", frozenset({"allow_on_405", "unsupported_method"})
    ),
    "ok_for_unknown_campaign": Variant(
        "a 200 for an unknown campaign", frozenset({"unknown_resource_not_found"})
    ),
    "no_error_type": Variant("a missing X-Amzn-ErrorType", frozenset({"aws_error_shape"})),
    "skips_on_later_pages": Variant(
        "pagination that skips an activity", frozenset({"pagination_walk"})
    ),
    "page_size_required": Variant(
        "a 400 without the optional page-size (the 400 relaxation stays narrow)",
        frozenset({"positive_400_by_design"}),
    ),
}
