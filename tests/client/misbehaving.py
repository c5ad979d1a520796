"""A deliberately misbehaving server, for what the mock server never does.

The mock server answers as AWS did; these tests also need a body that is not JSON, a status the
spec does not document (418), a 500 or 502 on demand, a state AWS added later ("ARCHIVED") with
a property the spec does not list (both named so that the spec has neither), a date that is not
one, and a NextToken that repeats. The application ID in the path picks the behaviour (see
``answer``); anything after a ``~`` only makes the ID unique, so that each test has its own
request counter.

It is a raw ASGI app under a real uvicorn server on 127.0.0.1, so the client talks real HTTP.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
import threading
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Iterator, MutableMapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import uvicorn

from tests.spec.common import load_spec
from tests.support.servers import free_port

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

_SCHEMAS = load_spec()["components"]["schemas"]
_PROPERTIES = _SCHEMAS["ActivityResponse"]["properties"]


def unlisted(taken: Iterable[str], base: str) -> str:
    """``base``, numbered if need be, so that it is not in ``taken``: something a server could add
    after the spec was written, and never what the spec already has."""
    names = set(taken)
    return next(n for n in (base, *(f"{base}{i}" for i in range(2, 1000))) if n not in names)


# What the spec knows (its first enum values), and what it does not (yet).
KNOWN_STATE = _PROPERTIES["State"]["enum"][0]
KNOWN_RESULT = _PROPERTIES["Result"]["enum"][0]
NEW_STATE = unlisted(_PROPERTIES["State"]["enum"], "ARCHIVED")
NEW_RESULT = unlisted(_PROPERTIES["Result"]["enum"], "PARTIAL")
NEW_PROPERTY = unlisted(_PROPERTIES, "AddedLater")
NEW_PAGE_PROPERTY = unlisted(_SCHEMAS["ActivitiesResponse"]["properties"], "Extra")

ACTIVITY = {
    "Id": "a1",
    "ApplicationId": "app",
    "CampaignId": "campaign",
    "State": KNOWN_STATE,
    "Result": KNOWN_RESULT,
}


def _date_time_properties() -> list[str]:
    """The spec's `format: date-time` properties of ActivityResponse."""
    return [name for name, node in _PROPERTIES.items() if node.get("format") == "date-time"]


@dataclass
class Misbehaving:
    """The app; ``counts[scenario]`` is the number of requests that scenario got and
    ``connections[scenario]`` the client ports (one per connection) they came from."""

    counts: Counter[str] = field(default_factory=Counter)
    methods: list[str] = field(default_factory=list)
    connections: dict[str, set[int]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        while (await receive()).get("more_body"):
            pass
        parts = scope["path"].split("/")  # ['', 'v1', 'apps', <scenario>, ...]
        scenario = parts[3] if len(parts) > 3 else ""
        with self.lock:
            self.counts[scenario] += 1
            count = self.counts[scenario]
            self.methods.append(scope["method"])
            self.connections.setdefault(scenario, set()).add(scope["client"][1])
        query = dict(
            pair.split("=", 1) for pair in scope["query_string"].decode().split("&") if "=" in pair
        )
        if scenario.startswith("slow"):
            await asyncio.sleep(2)
        status, headers, body = self.answer(scenario.split("~")[0], count, query)
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(k.encode(), v.encode()) for k, v in headers.items()],
            }
        )
        await send({"type": "http.response.body", "body": body})

    def answer(
        self, scenario: str, count: int, query: dict[str, str]
    ) -> tuple[int, dict[str, str], bytes]:
        json_headers = {"content-type": "application/json", "x-amzn-RequestId": f"req-{count}"}
        page = {"NextToken": None, "Item": [dict(ACTIVITY)]}
        if scenario == "ok":
            return 200, json_headers, json.dumps(page).encode()
        if scenario == "sized":  # a Content-Length body (the others are chunked by uvicorn)
            body = json.dumps(page).encode()
            return 200, {**json_headers, "content-length": str(len(body))}, body
        if scenario == "gzip":
            body = gzip.compress(json.dumps(page).encode())
            headers = {**json_headers, "content-encoding": "gzip", "content-length": str(len(body))}
            return 200, headers, body
        if scenario == "gzip-chunked":  # compressed, and chunked by uvicorn
            body = gzip.compress(json.dumps(page).encode())
            return 200, {**json_headers, "content-encoding": "gzip"}, body
        if scenario == "close":  # Connection: close after the (chunked) response
            return 200, {**json_headers, "connection": "close"}, json.dumps(page).encode()
        if scenario == "sized-close":  # Connection: close after a Content-Length response
            body = json.dumps(page).encode()
            headers = {**json_headers, "connection": "close", "content-length": str(len(body))}
            return 200, headers, body
        if scenario == "html-500":
            return 500, {"content-type": "text/html"}, b"<html><body>upstream broke</body></html>"
        if scenario == "json-500":
            body = {"RequestID": "body-id", "Message": "Internal server error"}
            return (
                500,
                {
                    "content-type": "application/json",
                    "X-Amzn-ErrorType": "InternalServerErrorException",
                },
                json.dumps(body).encode(),
            )
        if scenario == "teapot":
            return 418, json_headers, json.dumps({"Message": "I'm a teapot"}).encode()
        if scenario == "plain-404":
            return 404, {"content-type": "text/plain"}, b"no such thing"
        if scenario == "bad-json-200":
            return 200, json_headers, b"{not json"
        if scenario == "wrong-shape-200":
            return 200, json_headers, json.dumps({"NextToken": None}).encode()
        if scenario.startswith("flaky-"):  # "flaky-502-2": 502 for the first 2 requests, then 200
            _, status, failures = scenario.split("-")
            if count <= int(failures):
                return int(status), json_headers, json.dumps({"Message": "try again"}).encode()
            return 200, json_headers, json.dumps(page).encode()
        if scenario == "retry-after-date":  # 503 with an HTTP-date one second ahead, then 200
            if count == 1:
                when = datetime.now(UTC) + timedelta(seconds=1)
                headers = {**json_headers, "Retry-After": format_datetime(when, usegmt=True)}
                return 503, headers, json.dumps({"Message": "busy"}).encode()
            return 200, json_headers, json.dumps(page).encode()
        if scenario == "retry-after-long":
            headers = {**json_headers, "Retry-After": "3600"}
            return 429, headers, json.dumps({"Message": "come back later"}).encode()
        if scenario == "always-500":
            return 500, json_headers, json.dumps({"Message": "broken"}).encode()
        if scenario == "slow":
            return 200, json_headers, json.dumps(page).encode()
        if scenario == "archived":
            activity = {
                **ACTIVITY,
                "State": NEW_STATE,
                "Result": NEW_RESULT,
                NEW_PROPERTY: {"Sent": "12"},
            }
            body = {
                "NextToken": None,
                "Item": [activity, dict(ACTIVITY)],
                NEW_PAGE_PROPERTY: [1, 2],
            }
            return 200, json_headers, json.dumps(body).encode()
        if scenario == "bad-date":  # a date-time property of the spec that is not a date
            activity = {**ACTIVITY, **dict.fromkeys(_date_time_properties(), "yesterday")}
            return 200, json_headers, json.dumps({"NextToken": None, "Item": [activity]}).encode()
        if scenario == "loop":  # tokens: (none) -> t1 -> t2 -> t1: a cycle
            following = {"": "t1", "t1": "t2", "t2": "t1"}[query.get("token", "")]
            body = {
                "NextToken": following,
                "Item": [dict(ACTIVITY, Id=f"after-{query.get('token', '')}")],
            }
            return 200, json_headers, json.dumps(body).encode()
        if scenario == "empty-token":
            body = {"NextToken": "", "Item": [dict(ACTIVITY)]}
            return 200, json_headers, json.dumps(body).encode()
        if scenario == "missing-token":
            return 200, json_headers, json.dumps({"Item": [dict(ACTIVITY)]}).encode()
        return 404, json_headers, json.dumps({"Message": f"unknown scenario {scenario!r}"}).encode()


@dataclass(frozen=True)
class RunningApp:
    url: str
    app: Misbehaving

    def count(self, scenario: str) -> int:
        with self.app.lock:
            return self.app.counts[scenario]

    def connection_count(self, scenario: str) -> int:
        """The connections the requests of ``scenario`` came on."""
        with self.app.lock:
            return len(self.app.connections.get(scenario, ()))


@contextlib.contextmanager
def serve_misbehaving(
    *, keep_alive: int = 5, certfile: str | None = None, keyfile: str | None = None
) -> Iterator[RunningApp]:
    """Serve a fresh ``Misbehaving`` app; ``keep_alive``: seconds before idle connections close."""
    app = Misbehaving()
    port = free_port()
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=port,
        log_level="warning",
        lifespan="off",
        timeout_keep_alive=keep_alive,
        ssl_certfile=certfile,
        ssl_keyfile=keyfile,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="misbehaving-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the misbehaving server did not start")
        time.sleep(0.01)
    try:
        scheme = "https" if certfile else "http"
        yield RunningApp(f"{scheme}://127.0.0.1:{port}", app)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
