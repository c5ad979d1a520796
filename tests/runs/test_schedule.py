"""Occurrences of a schedule: wall-clock recurrence across daylight saving time, the month's
last day, local-time zone starts, time zone names and offsets."""

from __future__ import annotations

import pytest

from mockserver.runs.schedule import occurrence_starts, parse_zone, zone_starts
from mockserver.timefmt import iso_ms, parse_ms


def _starts(start: str, end: str, frequency: str, zone: str) -> list[str]:
    found = occurrence_starts(parse_ms(start), parse_ms(end), frequency, parse_zone(zone), 100)
    return [iso_ms(moment) for moment in found]


def test_daily_keeps_the_wall_clock_across_daylight_saving_time() -> None:
    starts = _starts("2026-03-07T14:00:00Z", "2026-03-10T00:00:00Z", "DAILY", "America/New_York")
    # 09:00 in New York: EST (UTC-5) until 8 March, then EDT (UTC-4).
    assert starts == ["2026-03-07T14:00:00.000Z", "2026-03-08T13:00:00.000Z",
                      "2026-03-09T13:00:00.000Z"]  # fmt: skip


def test_hourly_is_every_3600_seconds_and_end_is_exclusive() -> None:
    starts = _starts("2026-03-08T06:00:00Z", "2026-03-08T09:00:00Z", "HOURLY", "America/New_York")
    assert starts == ["2026-03-08T06:00:00.000Z", "2026-03-08T07:00:00.000Z",
                      "2026-03-08T08:00:00.000Z"]  # fmt: skip


def test_monthly_takes_the_last_day_of_shorter_months() -> None:
    starts = _starts("2026-01-31T10:00:00Z", "2026-05-01T00:00:00Z", "MONTHLY", "UTC")
    assert [s[:10] for s in starts] == ["2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30"]


def test_weekly_and_once() -> None:
    assert len(_starts("2026-03-01T10:00:00Z", "2026-03-29T10:00:00Z", "WEEKLY", "UTC")) == 4
    assert _starts("2026-03-01T10:00:00Z", "2027-01-01T00:00:00Z", "ONCE", "UTC") == [
        "2026-03-01T10:00:00.000Z"
    ]


def test_local_time_starts_each_zone_at_its_own_wall_clock() -> None:
    zones = tuple(parse_zone(z) for z in ("Asia/Tokyo", "UTC+05:30", "UTC", "America/New_York"))
    starts = zone_starts(parse_ms("2026-03-01T09:00:00Z"), parse_zone("UTC"), zones, True)
    assert [iso_ms(s)[11:16] for s in starts] == ["00:00", "03:30", "09:00", "14:00"]
    assert set(zone_starts(parse_ms("2026-03-01T09:00:00Z"), parse_zone("UTC"), zones, False)) == {
        parse_ms("2026-03-01T09:00:00Z")
    }


@pytest.mark.parametrize("name", ["Mars/Olympus", "UTC+15", "GMT+1", "", "../etc/passwd"])
def test_unknown_zones_are_refused(name: str) -> None:
    with pytest.raises(ValueError):
        parse_zone(name)
