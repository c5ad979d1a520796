"""Helpers of the tests that run the real mock server: boto3 clients and log reading."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import boto3
from botocore.config import Config

from tests.support.servers import RunningServer, wait_for_log

ACCESS_KEY = "AKIDMOCKSERVERTEST01"
SECRET_KEY = "mock/server+test=secret01"
# The generated app's access line: "GET /v1/... HTTP/1.1" 200 <request id> 0.42ms
ACCESS_LINE = re.compile(
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/[0-9.]+" (?P<status>\d{3}) (?P<request_id>[0-9a-f-]{36})'
    r" (?P<ms>[0-9.]+)ms"
)


def client(
    server: RunningServer,
    *,
    key: str = ACCESS_KEY,
    secret: str = SECRET_KEY,
    token: str | None = None,
    retries: bool = False,
) -> Any:
    """An unmodified boto3 Pinpoint client on the mock; no retries unless asked for, so that a
    test counting requests counts one per call."""
    config = None if retries else Config(retries={"total_max_attempts": 1})
    return boto3.client(
        "pinpoint",
        endpoint_url=server.url,
        region_name="us-east-1",
        aws_access_key_id=key,
        aws_secret_access_key=secret,
        aws_session_token=token,
        config=config,
    )


@dataclass
class RawBodies:
    """The raw bodies boto3 received, captured at after-call (which runs before it raises)."""

    bodies: list[bytes] = field(default_factory=list)

    def __call__(self, http_response: Any, **_: Any) -> None:
        self.bodies.append(http_response.content)

    def last_json(self) -> Any:
        return json.loads(self.bodies[-1])


def capture_bodies(boto_client: Any) -> RawBodies:
    """The raw body of each call (after-call runs once a call, after its retries)."""
    capture = RawBodies()
    boto_client.meta.events.register("after-call.pinpoint.GetCampaignActivities", capture)
    return capture


def capture_attempts(boto_client: Any) -> RawBodies:
    """The raw body of each attempt, retries included (needs-retry runs after every attempt)."""
    capture = RawBodies()

    def record(response: Any = None, **_: Any) -> None:
        if response is not None:
            capture.bodies.append(response[0].content)

    boto_client.meta.events.register("needs-retry.pinpoint.GetCampaignActivities", record)
    return capture


def walk(boto_client: Any, app: str, campaign: str, **params: str) -> Iterator[dict[str, Any]]:
    """Yield each page's ActivitiesResponse, following NextToken to the end."""
    token: str | None = None
    for _ in range(100_000):
        extra = dict(params) if token is None else {**params, "Token": token}
        page: dict[str, Any] = boto_client.get_campaign_activities(
            ApplicationId=app, CampaignId=campaign, **extra
        )["ActivitiesResponse"]
        yield page
        token = page.get("NextToken")
        if token is None:
            return
    raise AssertionError("the walk does not end")


def access_lines(server: RunningServer, *, status: str | None = None) -> list[re.Match[str]]:
    return [
        match
        for match in ACCESS_LINE.finditer(server.log_text())
        if status is None or match.group("status") == status
    ]


def wait_for_request_ids(server: RunningServer, *request_ids: str) -> str:
    """The log once it has an access line for each request ID."""
    return wait_for_log(server, lambda text: all(rid in text for rid in request_ids))
