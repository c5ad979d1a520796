"""boto3 against the generated server: it must parse every answer as it parsed AWS's.

boto3 reads the error code only from X-Amzn-ErrorType and the request ID only from
x-amzn-RequestId, and maps the code onto ``client.exceptions.<Code>``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import boto3
import pytest
from botocore.config import Config

from tests.server.handlers import APPLICATION_ID, CAMPAIGN_ID, DemoHandlers


@pytest.fixture()
def pinpoint(base_url: str) -> Iterator[Any]:
    client = boto3.client(
        "pinpoint",
        endpoint_url=base_url,
        region_name="us-east-1",
        aws_access_key_id="x",
        aws_secret_access_key="y",
        config=Config(retries={"total_max_attempts": 1}),  # 429 and 500 are retried otherwise
    )
    yield client
    client.close()


def with_header(client: Any, name: str, value: str) -> None:
    def add(request: Any, **_: Any) -> None:
        request.headers[name] = value

    client.meta.events.register("before-sign.pinpoint.GetCampaignActivities", add)


def test_success_is_parsed(pinpoint: Any, handlers: DemoHandlers) -> None:
    result = pinpoint.get_campaign_activities(
        ApplicationId=APPLICATION_ID, CampaignId=CAMPAIGN_ID, PageSize="5", Token="t"
    )
    assert result["ResponseMetadata"]["HTTPStatusCode"] == 200
    page = result["ActivitiesResponse"]
    assert page["NextToken"] == "next-page"
    assert page["Item"][0]["State"] == "COMPLETED"
    assert page["Item"][0]["SuccessfulEndpointCount"] == 18734
    request = handlers.received(result["ResponseMetadata"]["RequestId"])
    assert (request.page_size, request.token) == ("5", "t")
    assert request.context.header("authorization").startswith("AWS4-HMAC-SHA256")


@pytest.mark.parametrize("app", ["a/b", "été", "a b+c", "50%"])
def test_ids_round_trip_through_the_sdks_encoding(pinpoint: Any, app: str) -> None:
    result = pinpoint.get_campaign_activities(ApplicationId=app, CampaignId="c/d")
    assert result["ActivitiesResponse"]["Item"][0]["ApplicationId"] == app
    assert result["ActivitiesResponse"]["Item"][0]["CampaignId"] == "c/d"


@pytest.mark.parametrize(
    ("exception", "call", "message"),
    [
        (
            "NotFoundException",
            lambda c: dict(ApplicationId="missing", CampaignId="x"),
            "Application not found",
        ),
        (
            "BadRequestException",
            lambda c: dict(ApplicationId="a", CampaignId="x", PageSize="abc"),
            "Invalid value for query parameter 'page-size'",
        ),
        (
            "BadRequestException",
            lambda c: dict(ApplicationId="invalid-token", CampaignId="x"),
            "Invalid token",
        ),
        (
            "InternalServerErrorException",
            lambda c: dict(ApplicationId="boom", CampaignId="x"),
            "Internal server error",
        ),
    ],
)
def test_errors_map_to_the_sdks_exceptions(
    pinpoint: Any, exception: str, call: Callable[[Any], dict[str, str]], message: str
) -> None:
    with pytest.raises(getattr(pinpoint.exceptions, exception)) as raised:
        pinpoint.get_campaign_activities(**call(pinpoint))
    error = raised.value.response
    assert error["Error"]["Code"] == exception
    assert error["Error"]["Message"].startswith(message)
    assert error["Message"].startswith(message)
    assert error["RequestID"] == error["ResponseMetadata"]["RequestId"]


@pytest.mark.parametrize(
    ("verdict", "exception", "status"),
    [("forbid", "ForbiddenException", 403), ("throttle", "TooManyRequestsException", 429)],
)
def test_guard_refusals_map_to_the_sdks_exceptions(
    pinpoint: Any, verdict: str, exception: str, status: int
) -> None:
    with_header(pinpoint, "X-Test-Guard", verdict)
    with pytest.raises(getattr(pinpoint.exceptions, exception)) as raised:
        pinpoint.get_campaign_activities(ApplicationId=APPLICATION_ID, CampaignId=CAMPAIGN_ID)
    metadata = raised.value.response["ResponseMetadata"]
    assert metadata["HTTPStatusCode"] == status
    if status == 429:
        assert metadata["HTTPHeaders"]["retry-after"] == "1"
