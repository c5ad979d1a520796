"""The ASGI protocol corners, called directly: lifespan, WebSocket, request bodies, root_path."""

from __future__ import annotations

import asyncio
import logging
import os
import uuid
from collections.abc import MutableMapping
from typing import Any

import httpx
import pytest
from pinpoint_server import App, create_app

from tests.server.handlers import APPLICATION_ID, CAMPAIGN_ID, DemoHandlers
from tests.server.support import serve

ACTIVITIES = f"/v1/apps/{APPLICATION_ID}/campaigns/{CAMPAIGN_ID}/activities"
Message = MutableMapping[str, Any]


def call(app: App, scope: dict[str, Any], incoming: list[Message]) -> list[Message]:
    """Run one ASGI call; return what the app sent."""
    sent: list[Message] = []

    async def receive() -> Message:
        return incoming.pop(0) if incoming else {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    return sent


def http_scope(path: str, **extra: Any) -> dict[str, Any]:
    return {
        "type": "http",
        "method": "GET",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "headers": [],
        **extra,
    }


def test_lifespan_completes() -> None:
    sent = call(
        create_app(DemoHandlers()),
        {"type": "lifespan"},
        [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}],
    )
    assert [m["type"] for m in sent] == ["lifespan.startup.complete", "lifespan.shutdown.complete"]


def test_uvicorn_does_not_warn_about_lifespan(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    with serve(create_app(DemoHandlers()), lifespan="auto") as url:
        assert httpx.get(url + ACTIVITIES).status_code == 200
    assert not [r for r in caplog.records if "lifespan" in r.getMessage().lower()]


def test_websocket_is_closed() -> None:
    sent = call(
        create_app(DemoHandlers()),
        {"type": "websocket", "path": "/"},
        [{"type": "websocket.connect"}],
    )
    assert sent == [{"type": "websocket.close", "code": 1000}]


def test_body_in_chunks_is_joined_and_size_limited() -> None:
    handlers = DemoHandlers()
    chunks: list[Message] = [
        {"type": "http.request", "body": b"12345", "more_body": True},
        {"type": "http.request", "body": b"678", "more_body": False},
    ]
    sent = call(create_app(handlers), http_scope(ACTIVITIES), list(chunks))
    assert sent[0]["status"] == 200
    request_id = dict(sent[0]["headers"])[b"x-amzn-requestid"].decode()
    assert handlers.received(request_id).context.body == b"12345678"

    sent = call(create_app(handlers, max_body_size=6), http_scope(ACTIVITIES), list(chunks))
    headers = dict(sent[0]["headers"])
    assert sent[0]["status"] == 413
    assert headers[b"x-amzn-errortype"] == b"PayloadTooLargeException"


def test_routing_without_raw_path_and_below_root_path() -> None:
    handlers = DemoHandlers()
    app = create_app(handlers)
    scope = http_scope("/v1/apps/a b/campaigns/c/activities")
    del scope["raw_path"]
    assert call(app, scope, [])[0]["status"] == 200

    mounted = http_scope(
        "/prefix/x" + ACTIVITIES,
        raw_path=("/prefix/x" + ACTIVITIES).encode(),
        root_path="/prefix/x",
    )
    assert call(app, mounted, [])[0]["status"] == 200
    outside = http_scope("/elsewhere" + ACTIVITIES, root_path="/prefix")
    assert call(app, outside, [])[0]["status"] == 404


def test_status_and_header_misuse_by_a_handler_is_500(caplog: pytest.LogCaptureFixture) -> None:
    from pinpoint_server import GetCampaignActivitiesResponse

    class Bad(DemoHandlers):
        def __init__(self, response: GetCampaignActivitiesResponse) -> None:
            super().__init__()
            self.response = response

        async def get_campaign_activities(self, request: Any) -> GetCampaignActivitiesResponse:
            return self.response

    body: Any = {"Item": []}
    for response in (
        GetCampaignActivitiesResponse(body, status=42),
        GetCampaignActivitiesResponse(body, headers={"X-Evil": "a\r\nSet-Cookie: x=1"}),
        GetCampaignActivitiesResponse(body, headers={"Bad Name": "x"}),
    ):
        sent = call(create_app(Bad(response)), http_scope(ACTIVITIES), [])
        assert sent[0]["status"] == 500
        assert b"Set-Cookie" not in b"".join(v for _, v in sent[0]["headers"])

    # the app's own headers win over a handler's
    own = GetCampaignActivitiesResponse(
        body, headers={"Content-Length": "1", "X-Amzn-RequestId": "x"}
    )
    sent = call(create_app(Bad(own)), http_scope(ACTIVITIES), [])
    headers = dict(sent[0]["headers"])
    assert headers[b"content-length"] == str(len(sent[1]["body"])).encode()
    assert headers[b"x-amzn-requestid"] != b"x"


def test_handlers_base_answers_unimplemented_operations_with_500() -> None:
    from pinpoint_server import HandlersBase

    sent = call(create_app(HandlersBase()), http_scope(ACTIVITIES), [])
    assert sent[0]["status"] == 500
    assert b"not implemented" in sent[1]["body"]
    sent = call(create_app(HandlersBase()), http_scope(ACTIVITIES, method="OPTIONS"), [])
    assert sent[0]["status"] == 200


def _request_ids(app: App, count: int) -> list[str]:
    ids = []
    for _ in range(count):
        start = call(app, http_scope(ACTIVITIES), [{"type": "http.request", "body": b""}])[0]
        ids.append(dict(start["headers"])[b"x-amzn-requestid"].decode())
    return ids


def test_request_ids_are_distinct_uuid4s() -> None:
    # More than one batch of pre-made IDs (256), so a refill is crossed.
    ids = _request_ids(create_app(DemoHandlers()), 600)
    assert len(set(ids)) == len(ids)
    for value in ids:
        parsed = uuid.UUID(value)
        assert str(parsed) == value  # lower case, 8-4-4-4-12
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122
    # Every digit that is not fixed by the version or variant varies.
    for position in set(range(36)) - {8, 13, 14, 18, 23}:
        assert len({value[position] for value in ids}) > 2, position


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_forked_worker_does_not_repeat_its_parents_request_ids() -> None:
    app = create_app(DemoHandlers())
    _request_ids(app, 1)  # the parent has a batch of IDs ready
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report its next IDs and leave without running pytest's teardown
        try:
            os.write(writer, " ".join(_request_ids(app, 50)).encode())
        finally:
            os._exit(0)
    os.close(writer)
    with os.fdopen(reader, "rb") as pipe:
        child = pipe.read().decode().split()
    os.waitpid(pid, 0)
    parent = _request_ids(app, 50)
    assert len(child) == 50 and not set(child) & set(parent)


def test_kept_query_values_are_bounded_and_short() -> None:
    from pinpoint_server import _binding

    kept = _binding._queries_get_campaign_activities
    kept.clear()
    app = create_app(DemoHandlers())
    for size in range(1, 1101):  # more distinct query strings than are kept
        scope = http_scope(ACTIVITIES, query_string=f"page-size={size}".encode())
        start = call(app, scope, [{"type": "http.request", "body": b""}])[0]
        assert start["status"] == 200
    assert 0 < len(kept) <= 1024
    long_token = "t" * 2000
    scope = http_scope(ACTIVITIES, query_string=f"token={long_token}".encode())
    call(app, scope, [{"type": "http.request", "body": b""}])
    assert not any(len(key) > 1024 for key in kept)


def test_a_body_is_awaited_only_when_one_can_come() -> None:
    """HTTP/1 frames a body with Content-Length or Transfer-Encoding; without either the app
    answers without waiting on receive (it may never be called); HTTP/2 needs neither."""
    app = create_app(DemoHandlers())
    calls: list[str] = []

    async def receive() -> Message:
        calls.append("receive")
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        calls.append(message["type"])

    for version, headers, expected in [
        ("1.1", [(b"host", b"x")], 0),
        ("1.0", [], 0),
        ("1.1", [(b"content-length", b"0")], 1),
        ("1.1", [(b"Transfer-Encoding", b"chunked")], 1),
        ("2", [], 1),
    ]:
        calls.clear()
        scope = http_scope(ACTIVITIES, http_version=version, headers=headers)
        asyncio.run(app(scope, receive, send))
        assert calls.count("receive") == expected, (version, headers)
        assert calls[-2:] == ["http.response.start", "http.response.body"]


def test_kept_path_matches_are_bounded_and_short() -> None:
    app = create_app(DemoHandlers())
    for number in range(1100):  # more distinct paths than are kept
        path = f"/v1/apps/app{number}/campaigns/c/activities"
        start = call(app, http_scope(path), [{"type": "http.request", "body": b""}])[0]
        assert start["status"] == 200
    long_path = f"/v1/apps/{'a' * 2000}/campaigns/c/activities"
    call(app, http_scope(long_path), [{"type": "http.request", "body": b""}])
    assert 0 < len(app._matched) <= 1024
    assert not any(len(key) > 1024 for key in app._matched)
