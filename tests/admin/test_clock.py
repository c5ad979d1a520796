"""The mock's clock: real by default, set, frozen, running on, advanced, back to real; what
GetClock says and Health's Now say agree."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest
from pinpoint_admin_client import BadRequestException, PinpointAdminClient

from tests.support.servers import RunningServer

INSTANT = datetime(2031, 5, 6, 7, 8, 9, 123000, tzinfo=UTC)


def _now(admin: PinpointAdminClient) -> datetime:
    """Health's Now, checked to be RFC 3339 UTC with milliseconds and Z."""
    text = admin.request("GET", "/_mock/health").json()["Now"]
    assert len(text) == len("2031-05-06T07:08:09.123Z") and text.endswith("Z"), text
    return datetime.fromisoformat(text)


def test_the_clock_is_real_by_default_and_after_a_reset(admin: PinpointAdminClient) -> None:
    before = datetime.now(UTC) - timedelta(seconds=1)
    clock = admin.get_clock()
    assert (clock.real, clock.frozen) == (True, False)
    assert before <= _now(admin) <= datetime.now(UTC) + timedelta(seconds=1)
    admin.set_clock(body={"Now": INSTANT.isoformat()})
    admin.reset_mock()
    assert admin.get_clock().real is True


def test_a_set_clock_is_frozen_by_default_and_advances(admin: PinpointAdminClient) -> None:
    clock = admin.set_clock(body={"Now": "2031-05-06T09:08:09.123+02:00"})
    assert (clock.now, clock.frozen, clock.real) == (INSTANT, True, False)
    assert _now(admin) == INSTANT == admin.get_clock().now
    moved = admin.advance_clock(body={"Seconds": 90.5})
    assert moved.now == INSTANT + timedelta(seconds=90.5) == _now(admin)
    assert moved.frozen is True


def test_a_running_clock_runs_on_from_the_instant(admin: PinpointAdminClient) -> None:
    clock = admin.set_clock(body={"Now": INSTANT.isoformat(), "Frozen": False})
    assert (clock.frozen, clock.real) == (False, False)
    assert INSTANT <= _now(admin) < INSTANT + timedelta(minutes=5)
    admin.advance_clock(body={"Seconds": 3600})
    assert INSTANT + timedelta(hours=1) <= _now(admin) < INSTANT + timedelta(hours=1, minutes=5)


def test_freezing_without_now_keeps_what_the_clock_says(admin: PinpointAdminClient) -> None:
    before = datetime.now(UTC)
    frozen = admin.set_clock(body={}).now
    assert before - timedelta(seconds=1) <= frozen <= datetime.now(UTC) + timedelta(seconds=1)
    assert _now(admin) == frozen


def test_back_to_real_time(admin: PinpointAdminClient) -> None:
    admin.set_clock(body={"Now": INSTANT.isoformat()})
    clock = admin.set_clock(body={"Real": True})
    assert (clock.real, clock.frozen) == (True, False)
    assert abs(_now(admin) - datetime.now(UTC)) < timedelta(minutes=1)


@pytest.mark.parametrize(
    "body",
    [
        {"Real": True, "Now": "2031-05-06T07:08:09Z"},
        {"Real": True, "Frozen": True},
        {"Now": "2031-05-06"},
        {"Now": "yesterday"},
        {"Now": "1969-12-31T23:59:59Z"},
    ],
)
def test_bad_settings_are_400(
    admin: PinpointAdminClient, server: RunningServer, body: dict[str, object]
) -> None:
    response = httpx.put(f"{server.url}/_mock/clock", json=body)
    assert response.status_code == 400, response.text
    assert response.headers["X-Amzn-ErrorType"] == "BadRequestException"
    with pytest.raises(BadRequestException):
        admin.advance_clock(body={"Seconds": -1})
    assert admin.get_clock().real is True


def test_the_clock_cannot_be_moved_past_year_9999(admin: PinpointAdminClient) -> None:
    admin.set_clock(body={"Now": "9999-12-31T23:59:59Z"})
    with pytest.raises(BadRequestException) as caught:
        admin.advance_clock(body={"Seconds": 1})
    assert "9999" in caught.value.message
    assert admin.get_clock().now == datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC)
