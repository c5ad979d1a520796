"""Retries: 429, 5xx and connection failures, exponential backoff with full jitter, Retry-After.

Attempts are counted on the server side (the mock's access log, the misbehaving server's
counter), never inferred from elapsed time. Waits go through an injected ``sleep`` that records
them (and really sleeps where the server's Retry-After must have passed).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest
from pinpoint_client import (
    ApiError,
    AsyncPinpointClient,
    InternalServerErrorException,
    PinpointClient,
    RetryPolicy,
    TooManyRequestsException,
)
from pinpoint_client._runtime import retry_after

from tests.client.conftest import Seeded, requests_in_log
from tests.client.misbehaving import RunningApp
from tests.support.servers import APPLICATION_ID, CAMPAIGN_ID, RunningServer, free_port

IDS = {"application_id": APPLICATION_ID, "campaign_id": CAMPAIGN_ID}


class Sleeps:
    """An injectable sleep that records every wait; ``real`` also waits."""

    def __init__(self, real: bool = False) -> None:
        self.waits: list[float] = []
        self.real = real

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        if self.real:
            time.sleep(seconds)


# -- the rate-limited mock server -----------------------------------------------------------------
def test_retry_after_of_the_rate_limited_mock_is_honoured(
    rate_limited_server: RunningServer,
) -> None:
    sleeps = Sleeps(real=True)
    with PinpointClient(rate_limited_server.url, sleep=sleeps, max_attempts=3) as client:
        client.get_campaign_activities(**IDS)
        page = client.get_campaign_activities(**IDS)  # over the limit: 429, wait, then 200
    assert page.item
    statuses = requests_in_log(rate_limited_server, "/activities", expect=3)
    assert statuses[:2] == ["200", "429"] and statuses[-1] == "200"
    waited = len(statuses) - 2  # every 429 was followed by exactly one wait
    assert len(sleeps.waits) == waited >= 1
    assert all(0 < wait <= 20 for wait in sleeps.waits)
    assert sleeps.waits[0] >= 1 - 0.01  # the mock's Retry-After for 1 request/s


def test_throttling_gives_up_after_max_attempts(rate_limited_server: RunningServer) -> None:
    sleeps = Sleeps(real=False)  # no waiting: every retry is still over the limit
    with PinpointClient(rate_limited_server.url, sleep=sleeps, max_attempts=4) as client:
        client.get_campaign_activities(**IDS)
        with pytest.raises(TooManyRequestsException) as caught:
            client.get_campaign_activities(**IDS)
    assert caught.value.status == 429
    assert caught.value.retry_after is not None and caught.value.retry_after > 0
    assert requests_in_log(rate_limited_server, "/activities", expect=5) == ["200"] + ["429"] * 4
    # three waits between four attempts, each what Retry-After asked for
    assert len(sleeps.waits) == 3
    assert all(abs(w - caught.value.retry_after) <= 1 for w in sleeps.waits)


@pytest.mark.anyio
async def test_async_client_honours_retry_after(rate_limited_server: RunningServer) -> None:
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)
        import anyio

        await anyio.sleep(seconds)

    async with AsyncPinpointClient(rate_limited_server.url, sleep=sleep) as client:
        await client.get_campaign_activities(**IDS)
        await client.get_campaign_activities(**IDS)
    statuses = requests_in_log(rate_limited_server, "/activities", expect=3)
    assert statuses[:2] == ["200", "429"] and statuses[-1] == "200"
    assert len(waits) == len(statuses) - 2


def test_other_4xx_are_never_retried(seeded_server: Seeded) -> None:
    sleeps = Sleeps()
    with (
        PinpointClient(seeded_server.url, sleep=sleeps, max_attempts=5) as client,
        pytest.raises(ApiError),
    ):
        client.get_campaign_activities(**IDS, page_size="zero")
    assert sleeps.waits == []


# -- the misbehaving server -----------------------------------------------------------------------
def test_502_then_200_is_retried_with_jittered_backoff(misbehaving: RunningApp) -> None:
    sleeps = Sleeps()
    with PinpointClient(misbehaving.url, sleep=sleeps, backoff_base=0.5) as client:
        page = client.get_campaign_activities(application_id="flaky-502-2", campaign_id="c")
    assert page.item[0].id == "a1"
    assert misbehaving.count("flaky-502-2") == 3
    assert len(sleeps.waits) == 2
    assert 0 <= sleeps.waits[0] <= 0.5 and 0 <= sleeps.waits[1] <= 1.0


def test_gives_up_after_max_attempts(misbehaving: RunningApp) -> None:
    sleeps = Sleeps()
    with (
        PinpointClient(misbehaving.url, sleep=sleeps, max_attempts=4) as client,
        pytest.raises(InternalServerErrorException),
    ):
        client.get_campaign_activities(application_id="always-500~sync", campaign_id="c")
    assert misbehaving.count("always-500~sync") == 4
    assert len(sleeps.waits) == 3


def test_max_attempts_one_disables_retries(misbehaving: RunningApp) -> None:
    with (
        PinpointClient(misbehaving.url, max_attempts=1) as client,
        pytest.raises(ApiError) as caught,
    ):
        client.get_campaign_activities(application_id="flaky-503-1", campaign_id="c")
    assert caught.value.status == 503
    assert misbehaving.count("flaky-503-1") == 1


def test_retry_after_as_an_http_date(misbehaving: RunningApp) -> None:
    sleeps = Sleeps(real=True)
    with PinpointClient(misbehaving.url, sleep=sleeps) as client:
        client.get_campaign_activities(application_id="retry-after-date", campaign_id="c")
    assert misbehaving.count("retry-after-date") == 2
    assert len(sleeps.waits) == 1 and 0 <= sleeps.waits[0] <= 1.0


def test_a_retry_after_beyond_backoff_max_gives_up_at_once(misbehaving: RunningApp) -> None:
    sleeps = Sleeps()
    with (
        PinpointClient(misbehaving.url, sleep=sleeps) as client,
        pytest.raises(TooManyRequestsException) as caught,
    ):
        client.get_campaign_activities(application_id="retry-after-long", campaign_id="c")
    assert caught.value.retry_after == 3600
    assert misbehaving.count("retry-after-long") == 1 and sleeps.waits == []


def test_post_is_retried_only_when_it_cannot_have_been_processed(misbehaving: RunningApp) -> None:
    sleeps = Sleeps()
    with PinpointClient(misbehaving.url, sleep=sleeps) as client:
        with pytest.raises(ApiError):
            client.request("POST", "/v1/apps/always-500~post/x", json={"a": 1})
        assert misbehaving.count("always-500~post") == 1
        response = client.request("POST", "/v1/apps/flaky-503-1~post/x", json={"a": 1})
    assert response.status_code == 200
    assert misbehaving.count("flaky-503-1~post") == 2  # 503 then 200


def test_connection_errors_are_retried_then_raised() -> None:
    port = free_port()  # nothing listens there
    sleeps = Sleeps()
    with (
        PinpointClient(f"http://127.0.0.1:{port}", sleep=sleeps, max_attempts=3) as client,
        pytest.raises(httpx.ConnectError),
    ):
        client.get_campaign_activities(**IDS)
    assert len(sleeps.waits) == 2


@pytest.mark.anyio
async def test_async_502_then_200(misbehaving: RunningApp) -> None:
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    async with AsyncPinpointClient(misbehaving.url, sleep=sleep) as client:
        page = await client.get_campaign_activities(application_id="flaky-504-1", campaign_id="c")
    assert page.item and misbehaving.count("flaky-504-1") == 2 and len(waits) == 1


# -- the policy itself ----------------------------------------------------------------------------
def test_backoff_doubles_up_to_the_cap() -> None:
    policy = RetryPolicy(max_attempts=10, backoff_base=0.25, backoff_max=3.0, random=lambda: 1.0)
    assert [policy.backoff(n) for n in range(1, 7)] == [0.25, 0.5, 1.0, 2.0, 3.0, 3.0]
    jittered = RetryPolicy(backoff_base=1.0, random=lambda: 0.5)
    assert jittered.backoff(3) == 2.0


@pytest.mark.parametrize(
    "options", [{"max_attempts": 0}, {"backoff_base": -1.0}, {"backoff_max": -0.5}]
)
def test_policy_rejects_nonsense(options: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        RetryPolicy(**options)  # type: ignore[arg-type]


def test_retry_after_parsing() -> None:
    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
    later = format_datetime(now + timedelta(seconds=30), usegmt=True)

    def parse(value: str) -> float | None:
        return retry_after(httpx.Headers({"Retry-After": value}), now=lambda: now)

    assert parse("7") == 7.0
    assert parse(" 2.5 ") == 2.5
    assert parse(later) == 30.0
    assert parse(format_datetime(now - timedelta(seconds=5), usegmt=True)) == 0.0
    assert parse("soon") is None
    assert parse("-4") == 0.0
    assert retry_after(httpx.Headers()) is None
