"""The app mounted under a prefix inside Starlette and FastAPI, served by uvicorn."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from fastapi import FastAPI
from pinpoint_server import create_app
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Mount, Route

from tests.server.handlers import DemoHandlers
from tests.server.support import serve


def starlette_site(handlers: DemoHandlers) -> Starlette:
    async def home(_: object) -> PlainTextResponse:
        return PlainTextResponse("home")

    return Starlette(routes=[Route("/", home), Mount("/api/pinpoint", app=create_app(handlers))])


def fastapi_site(handlers: DemoHandlers) -> FastAPI:
    api = FastAPI()

    @api.get("/")
    async def home() -> str:
        return "home"

    api.mount("/api/pinpoint", create_app(handlers))
    return api


@pytest.fixture(params=[starlette_site, fastapi_site], ids=["starlette", "fastapi"])
def site(request: pytest.FixtureRequest) -> Iterator[tuple[str, DemoHandlers]]:
    handlers = DemoHandlers()
    with serve(request.param(handlers)) as url:
        yield url, handlers


def test_routes_below_the_mount_point(site: tuple[str, DemoHandlers]) -> None:
    url, handlers = site
    with httpx.Client(base_url=url) as client:
        assert client.get("/").status_code == 200
        response = client.get("/api/pinpoint/v1/apps/a%2Fb/campaigns/%C3%A9/activities")
        assert response.status_code == 200, response.text
        request = handlers.received(response.headers["x-amzn-requestid"])
        assert (request.application_id, request.campaign_id) == ("a/b", "é")
        assert request.context.path == "/api/pinpoint/v1/apps/a/b/campaigns/é/activities"

        missing = client.get("/api/pinpoint/v1/nope")
        assert missing.status_code == 404
        assert missing.headers["x-amzn-errortype"] == "NotFoundException"

        options = client.options("/api/pinpoint/v1/apps/a/campaigns/b/activities")
        assert options.status_code == 200
        assert options.headers["allow"] == "GET, OPTIONS"
