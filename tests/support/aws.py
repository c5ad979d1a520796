"""Assertions on the AWS rest-json conventions that boto3 relies on, shared by the HTTP tests."""

from __future__ import annotations

import json
import uuid

import httpx


def request_id_of(response: httpx.Response) -> str:
    """The ``x-amzn-RequestId`` header, which every response carries: a UUID4."""
    value = response.headers["x-amzn-requestid"]
    assert uuid.UUID(value).version == 4
    return value


def assert_error(response: httpx.Response, status: int, error_type: str) -> str:
    """The AWS rest-json error convention; returns the message.

    boto3 reads the error code only from ``X-Amzn-ErrorType`` and the request ID only from
    ``x-amzn-RequestId``; the body is the spec's compact ``MessageBody``. A request without
    ``Origin`` is no browser's, so it gets no CORS headers.
    """
    assert response.status_code == status, response.text
    assert response.headers["x-amzn-errortype"] == error_type
    assert response.headers["content-type"] == "application/json"
    assert "access-control-allow-origin" not in response.headers
    body = response.json()
    assert set(body) == {"RequestID", "Message"}
    assert body["RequestID"] == request_id_of(response)
    compact = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
    assert response.content == compact
    assert isinstance(body["Message"], str) and body["Message"]
    message: str = body["Message"]
    return message
