"""The peers of ``bench.server``, as uvicorn factories: the bare ASGI ceiling and FastAPI."""

from __future__ import annotations

import os
import time
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any

BODY_ENV = "BENCH_SERVER_BODY"  # the bare app's response body (a file)
DB_ENV = "BENCH_SERVER_DB"  # the FastAPI app's database

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


# -- the peers ------------------------------------------------------------------------------------


def bare_app_factory() -> Callable[[Scope, Receive, Send], Awaitable[None]]:
    """The ceiling: the mock's response bytes from memory, nothing else (uvicorn --factory)."""
    body = Path(os.environ[BODY_ENV]).read_bytes()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"x-amzn-requestid", b"5b2c9f0e-6a3d-4c1b-9e7f-2d8a4b6c0e1f"),
    ]

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    return app


def fastapi_app_factory() -> Any:
    """GetCampaignActivities as FastAPI and pydantic would have it (uvicorn --factory)."""
    from typing import Literal

    from fastapi import FastAPI, HTTPException, Query
    from pydantic import BaseModel

    from mockserver.errors import MockServerError, NotFoundError
    from mockserver.pagination import TokenCodec, clamp_page_size
    from mockserver.store import Store

    class ActivityResponse(BaseModel):
        Id: str
        ApplicationId: str
        CampaignId: str
        TreatmentId: str | None = None
        State: (
            Literal["PENDING", "INITIALIZING", "RUNNING", "PAUSED", "CANCELLED", "COMPLETED"] | None
        ) = None
        Result: Literal["SUCCESS", "FAIL"] | None = None
        ScheduledStart: str | None = None
        Start: str | None = None
        End: str | None = None
        SuccessfulEndpointCount: int | None = None
        TotalEndpointCount: int | None = None
        TimezonesTotalCount: int | None = None
        TimezonesCompletedCount: int | None = None

    class ActivitiesResponse(BaseModel):
        NextToken: str | None = None
        Item: list[ActivityResponse]

    store = Store(os.environ[DB_ENV], read_only=True)
    codec = TokenCodec(store.token_secret)
    # The rows hold each activity's JSON (the store's schema): pydantic parses it into models.
    sql = "SELECT seq, body FROM activities WHERE campaign_pk = ? AND seq > ? ORDER BY seq LIMIT ?"
    app = FastAPI()

    @app.get(
        "/v1/apps/{application_id}/campaigns/{campaign_id}/activities",
        response_model=ActivitiesResponse,
        response_model_exclude_none=True,
    )
    async def get_campaign_activities(
        application_id: str,
        campaign_id: str,
        page_size: str | None = Query(None, alias="page-size", pattern=r"^[1-9][0-9]*$"),
        token: str | None = None,
    ) -> ActivitiesResponse:
        try:
            campaign_pk = store.resolve_campaign(application_id, campaign_id)
            limit = clamp_page_size(page_size)
            now_ms = time.time_ns() // 1_000_000  # the mock's clock is real time here
            after = codec.decode(application_id, campaign_id, token, now_ms) if token else 0
        except NotFoundError as exc:
            raise HTTPException(404, exc.message) from None
        except MockServerError as exc:
            raise HTTPException(400, exc.message) from None
        rows = store.connection().execute(sql, (campaign_pk, after, limit + 1)).fetchall()
        next_token = None
        if len(rows) > limit:
            del rows[limit:]
            next_token = codec.encode(application_id, campaign_id, rows[-1][0], now_ms)
        items = [ActivityResponse.model_validate_json(row[1]) for row in rows]
        return ActivitiesResponse(NextToken=next_token, Item=items)

    return app
