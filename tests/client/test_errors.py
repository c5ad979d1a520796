"""Typed errors: every documented status reaches its exception, anything else the base class."""

from __future__ import annotations

import json

import httpx
import pytest
from pinpoint_client import (
    ApiError,
    AsyncPinpointClient,
    BadRequestException,
    InternalServerErrorException,
    InvalidResponseError,
    MethodNotAllowedException,
    NotFoundException,
    PinpointClient,
)

from tests.client.conftest import Seeded, requests_in_log
from tests.client.misbehaving import RunningApp
from tests.support.servers import APPLICATION_ID, CAMPAIGN_ID, RunningServer


def _no_sleep(seconds: float) -> None:
    return None


# -- against the mock server ----------------------------------------------------------------------
def test_unknown_application_is_not_found(seeded_server: Seeded) -> None:
    with PinpointClient(seeded_server.url) as client, pytest.raises(NotFoundException) as caught:
        client.get_campaign_activities(application_id="nope-app", campaign_id=CAMPAIGN_ID)
    error = caught.value
    assert error.status == 404
    assert error.error_type == "NotFoundException"
    assert "nope-app" in error.message
    assert error.request_id and error.request_id == error.headers["x-amzn-RequestId"]
    assert json.loads(error.body)["RequestID"] == error.request_id
    assert "NotFoundException (HTTP 404)" in str(error)
    # a 4xx is never retried
    assert requests_in_log(seeded_server.server, "/nope-app/", expect=1) == ["404"]


def test_unknown_campaign_is_not_found(seeded_server: Seeded) -> None:
    with PinpointClient(seeded_server.url) as client, pytest.raises(NotFoundException) as caught:
        client.get_campaign_activities(
            application_id=seeded_server.application_id, campaign_id="nope-campaign"
        )
    assert caught.value.status == 404
    assert "nope-campaign" in caught.value.message


@pytest.mark.parametrize("page_size", ["0", "abc", "-3", 0])
def test_bad_page_size_is_a_bad_request(seeded_server: Seeded, page_size: int | str) -> None:
    with PinpointClient(seeded_server.url) as client, pytest.raises(BadRequestException) as caught:
        client.get_campaign_activities(
            application_id=APPLICATION_ID, campaign_id=CAMPAIGN_ID, page_size=page_size
        )
    assert caught.value.status == 400
    assert "page-size" in caught.value.message
    assert caught.value.error_type == "BadRequestException"


def test_tampered_token_is_a_bad_request(seeded_server: Seeded) -> None:
    ids = {"application_id": seeded_server.application_id, "campaign_id": seeded_server.campaign_id}
    with PinpointClient(seeded_server.url) as client:
        token = client.get_campaign_activities(**ids, page_size=7).next_token
        assert isinstance(token, str) and token
        tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
        with pytest.raises(BadRequestException) as caught:
            client.get_campaign_activities(**ids, page_size=7, token=tampered)
        assert "token" in caught.value.message
        # a token of another campaign is refused too
        other = client.get_campaign_activities(
            application_id=APPLICATION_ID, campaign_id=CAMPAIGN_ID, page_size=1
        ).next_token
        assert isinstance(other, str)
        with pytest.raises(BadRequestException):
            client.get_campaign_activities(**ids, token=other)


def test_method_not_allowed_through_a_raw_request(seeded_server: Seeded) -> None:
    path = f"/v1/apps/{APPLICATION_ID}/campaigns/{CAMPAIGN_ID}/activities"
    with PinpointClient(seeded_server.url) as client:
        with pytest.raises(MethodNotAllowedException) as caught:
            client.request("DELETE", path)
        ok = client.request("GET", path, params={"page-size": "1"})
    assert caught.value.status == 405
    assert "DELETE" in caught.value.message
    assert caught.value.headers.get("allow", "").replace(" ", "") == "GET,OPTIONS"
    assert ok.status_code == 200 and len(ok.json()["Item"]) == 1


def test_ids_are_percent_encoded_whole(seeded_server: Seeded) -> None:
    """A '/', '?', '#', '%' or space in an ID stays inside the path segment."""
    strange = "a b/c?d#e%f&g=h"
    with PinpointClient(seeded_server.url) as client, pytest.raises(NotFoundException) as caught:
        client.get_campaign_activities(application_id=strange, campaign_id=CAMPAIGN_ID)
    assert strange in caught.value.message


def test_options_returns_the_documented_headers(seeded_server: Seeded) -> None:
    with PinpointClient(seeded_server.url) as client:
        headers = client.options_campaign_activities(
            application_id=APPLICATION_ID, campaign_id=CAMPAIGN_ID
        )
    assert "GET" in headers["allow"]
    assert headers["access-control-allow-origin"]


@pytest.mark.anyio
async def test_async_client_raises_the_same_errors(seeded_server: Seeded) -> None:
    async with AsyncPinpointClient(seeded_server.url) as client:
        with pytest.raises(NotFoundException):
            await client.get_campaign_activities(application_id="nope", campaign_id=CAMPAIGN_ID)
        with pytest.raises(BadRequestException):
            await client.get_campaign_activities(
                application_id=APPLICATION_ID, campaign_id=CAMPAIGN_ID, page_size="x"
            )
        with pytest.raises(MethodNotAllowedException):
            await client.request(
                "PATCH", f"/v1/apps/{APPLICATION_ID}/campaigns/{CAMPAIGN_ID}/activities"
            )


def test_every_documented_error_has_its_class() -> None:
    import pinpoint_client.exceptions as exceptions

    expected = {
        "BadRequestException": "400",
        "ForbiddenException": "403",
        "NotFoundException": "404",
        "MethodNotAllowedException": "405",
        "TooManyRequestsException": "429",
        "InternalServerErrorException": "500",
    }
    for name, status in expected.items():
        cls = getattr(exceptions, name)
        assert issubclass(cls, ApiError)
        assert cls.documented_statuses == (status,)


# -- against a server that misbehaves -------------------------------------------------------------
def _client(app: RunningApp) -> PinpointClient:
    return PinpointClient(app.url, sleep=_no_sleep)


def test_documented_500_is_typed_with_the_body_request_id(misbehaving: RunningApp) -> None:
    with _client(misbehaving) as client, pytest.raises(InternalServerErrorException) as caught:
        client.get_campaign_activities(application_id="json-500", campaign_id="c")
    assert caught.value.status == 500
    assert caught.value.request_id == "body-id"  # no header: the body's RequestID
    assert caught.value.message == "Internal server error"


def test_html_error_body_raises_the_base_class_with_the_text(misbehaving: RunningApp) -> None:
    with _client(misbehaving) as client, pytest.raises(ApiError) as caught:
        client.get_campaign_activities(application_id="html-500", campaign_id="c")
    error = caught.value
    assert type(error) is ApiError
    assert error.status == 500
    assert "upstream broke" in error.message and error.body.startswith("<html>")
    assert error.data is None
    assert error.error_type == "InternalServerError"


def test_non_json_404_raises_the_base_class(misbehaving: RunningApp) -> None:
    with _client(misbehaving) as client, pytest.raises(ApiError) as caught:
        client.get_campaign_activities(application_id="plain-404", campaign_id="c")
    assert type(caught.value) is ApiError
    assert (caught.value.status, caught.value.message) == (404, "no such thing")


def test_undocumented_status_raises_the_base_class(misbehaving: RunningApp) -> None:
    with _client(misbehaving) as client, pytest.raises(ApiError) as caught:
        client.get_campaign_activities(application_id="teapot", campaign_id="c")
    assert type(caught.value) is ApiError
    assert caught.value.status == 418
    assert caught.value.message == "I'm a teapot"
    assert caught.value.request_id == "req-1"
    assert misbehaving.count("teapot") == 1  # not retried


@pytest.mark.parametrize("scenario", ["bad-json-200", "wrong-shape-200"])
def test_unparsable_success_raises_invalid_response(misbehaving: RunningApp, scenario: str) -> None:
    with _client(misbehaving) as client, pytest.raises(InvalidResponseError) as caught:
        client.get_campaign_activities(application_id=scenario, campaign_id="c")
    assert caught.value.status == 200
    assert not isinstance(caught.value, json.JSONDecodeError)


@pytest.mark.anyio
async def test_async_non_json_error(misbehaving: RunningApp) -> None:
    async def no_sleep(seconds: float) -> None:
        return None

    async with AsyncPinpointClient(misbehaving.url, sleep=no_sleep) as client:
        with pytest.raises(ApiError) as caught:
            await client.get_campaign_activities(application_id="html-500", campaign_id="c")
    assert type(caught.value) is ApiError and caught.value.status == 500


def test_error_without_a_response_keeps_defaults() -> None:
    error = ApiError("boom")
    assert (error.status, error.error_type, error.request_id) == (0, "ApiError", None)
    assert isinstance(error.headers, httpx.Headers)


def test_demo_server_answers_the_readme_ids(demo_server: RunningServer) -> None:
    """The session's demo server answers the demo IDs (the README example)."""
    with PinpointClient(demo_server.url) as client:
        page = client.get_campaign_activities(
            application_id=APPLICATION_ID, campaign_id=CAMPAIGN_ID
        )
    assert page.item and all(a.application_id == APPLICATION_ID for a in page.item)
