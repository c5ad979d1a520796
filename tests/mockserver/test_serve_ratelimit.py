"""``serve --rate-limit``: 429 TooManyRequestsException with Retry-After, per access key."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from mockserver.seed import DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID
from tests.mockserver.serving import access_lines, capture_attempts, capture_bodies, client
from tests.support.servers import RunningServer, mock_server, wait_for_log

RESOURCE = f"/v1/apps/{DEMO_APPLICATION_ID}/campaigns/{DEMO_CAMPAIGN_ID}/activities"
# One request per 100 s and a burst of 1: no token comes back while a test runs.
RATE = "0.01"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    with mock_server(tmp_path_factory.mktemp("ratelimit-server"), "--rate-limit", RATE) as running:
        yield running


def test_default_boto3_retries_end_in_too_many_requests(server: RunningServer) -> None:
    pinpoint = client(server, key="AKIDRATELIMITED00001", retries=True)
    page = pinpoint.get_campaign_activities(
        ApplicationId=DEMO_APPLICATION_ID, CampaignId=DEMO_CAMPAIGN_ID
    )
    assert page["ResponseMetadata"]["RetryAttempts"] == 0  # the burst
    bodies = capture_bodies(pinpoint)
    attempted = capture_attempts(pinpoint)
    with pytest.raises(pinpoint.exceptions.TooManyRequestsException) as info:
        pinpoint.get_campaign_activities(
            ApplicationId=DEMO_APPLICATION_ID, CampaignId=DEMO_CAMPAIGN_ID
        )
    response = info.value.response
    assert response["Error"]["Code"] == "TooManyRequestsException"
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 429
    assert response["ResponseMetadata"]["RequestId"] == bodies.last_json()["RequestID"]
    retry_after = int(response["ResponseMetadata"]["HTTPHeaders"]["retry-after"])
    assert 1 <= retry_after <= 100
    attempts = response["ResponseMetadata"]["RetryAttempts"] + 1
    assert attempts >= 3, "boto3 retries throttling by default"
    # Every attempt reached the server and is in its access log, each with its own RequestID.
    request_ids = [json.loads(raw)["RequestID"] for raw in attempted.bodies]
    assert len(request_ids) == attempts == len(set(request_ids))
    wait_for_log(server, lambda text: all(rid in text for rid in request_ids))
    throttled = {m.group("request_id") for m in access_lines(server, status="429")}
    assert set(request_ids) <= throttled


def test_buckets_are_per_access_key_then_per_address(server: RunningServer) -> None:
    first = client(server, key="AKIDBUCKETONE0000001")
    second = client(server, key="AKIDBUCKETTWO0000001")
    first.get_campaign_activities(ApplicationId=DEMO_APPLICATION_ID, CampaignId=DEMO_CAMPAIGN_ID)
    with pytest.raises(first.exceptions.TooManyRequestsException):
        first.get_campaign_activities(
            ApplicationId=DEMO_APPLICATION_ID, CampaignId=DEMO_CAMPAIGN_ID
        )
    second.get_campaign_activities(ApplicationId=DEMO_APPLICATION_ID, CampaignId=DEMO_CAMPAIGN_ID)
    with httpx.Client(base_url=server.url) as http:  # unsigned: keyed by the client address
        assert http.get(RESOURCE).status_code == 200
        throttled = http.get(RESOURCE)
        assert throttled.status_code == 429
        assert throttled.headers["x-amzn-errortype"] == "TooManyRequestsException"
        assert throttled.headers["retry-after"].isdigit()
        assert int(throttled.headers["retry-after"]) >= 1
        assert throttled.json() == {
            "RequestID": throttled.headers["x-amzn-requestid"],
            "Message": "Too many requests",
        }
        # The CORS preflight is never throttled; unknown paths are answered before the guard.
        assert http.options(RESOURCE).status_code == 200
        assert http.get("/v1/unknown").status_code == 404


KEYS = {f"AKIDSIGNEDLIMIT{n:05d}": f"secret/{n}" for n in range(3)}


@pytest.fixture(scope="module")
def signed_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    workdir = tmp_path_factory.mktemp("signed-ratelimit-server")
    credentials = workdir / "credentials.json"
    credentials.write_text(json.dumps(KEYS))
    with mock_server(
        workdir, "--auth", "sigv4", "--credentials", str(credentials), "--rate-limit", RATE
    ) as running:
        yield running


def with_inserted_credential(boto_client: Any, text: Callable[[], str]) -> None:
    """Insert ``XCredential=<text()>/x, `` after the algorithm of each signed request: a field
    the signature does not cover (the server ignores it when it verifies)."""

    def insert(request: Any, **_: Any) -> None:
        value = request.headers["Authorization"]
        if isinstance(value, bytes):
            value = value.decode()
        algorithm, _, rest = value.partition(" ")
        request.headers["Authorization"] = f"{algorithm} XCredential={text()}/x, {rest}"

    boto_client.meta.events.register("before-send.pinpoint.GetCampaignActivities", insert)


def statuses(boto_client: Any, count: int) -> list[int]:
    found = []
    for _ in range(count):
        try:
            response = boto_client.get_campaign_activities(
                ApplicationId=DEMO_APPLICATION_ID, CampaignId=DEMO_CAMPAIGN_ID
            )
            found.append(response["ResponseMetadata"]["HTTPStatusCode"])
        except boto_client.exceptions.TooManyRequestsException:
            found.append(429)
    return found


def test_the_verified_key_is_charged_not_the_authorization_text(
    signed_server: RunningServer,
) -> None:
    attacker, victim, _ = KEYS
    decoys = client(signed_server, key=attacker, secret=KEYS[attacker])
    with_inserted_credential(decoys, lambda: "decoy" + secrets.token_hex(8))
    assert statuses(decoys, 30) == [200] + [429] * 29  # one bucket: the signer's, burst 1
    # Naming the victim's key does not spend the victim's token either.
    impostor = client(signed_server, key=attacker, secret=KEYS[attacker])
    with_inserted_credential(impostor, lambda: victim)
    assert statuses(impostor, 5) == [429] * 5
    assert statuses(client(signed_server, key=victim, secret=KEYS[victim]), 1) == [200]


def test_requests_that_fail_the_signature_are_limited_per_address(
    signed_server: RunningServer,
) -> None:
    *_, key = KEYS
    forged = client(signed_server, key=key, secret="not the secret")
    found = []
    for _ in range(10):
        try:
            forged.get_campaign_activities(
                ApplicationId=DEMO_APPLICATION_ID, CampaignId=DEMO_CAMPAIGN_ID
            )
        except forged.exceptions.ForbiddenException:
            found.append(403)
        except forged.exceptions.TooManyRequestsException:
            found.append(429)
    assert found == [403] + [429] * 9  # the address's bucket, burst 1
    with httpx.Client(base_url=signed_server.url) as http:  # unsigned: the same address
        assert http.get(RESOURCE).status_code == 429
    # The key itself, signed right, still has its own token.
    assert statuses(client(signed_server, key=key, secret=KEYS[key]), 1) == [200]
