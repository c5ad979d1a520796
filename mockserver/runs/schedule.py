"""When a run's occurrences start, and when each time zone of the segment gets them.

Pure functions of a Schedule (Pinpoint's field names): no clock, no store. Recurrence keeps the
wall-clock time of StartTime in the schedule's zone (zoneinfo), so a DAILY 09:00 stays 09:00
across daylight saving time; local-time delivery reads that wall-clock time in each zone of the
segment, which is why zones then start one after the other.
"""

from __future__ import annotations

import re
import zoneinfo
from calendar import monthrange
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Final

FREQUENCIES: Final = ("ONCE", "HOURLY", "DAILY", "WEEKLY", "MONTHLY")
_OFFSET: Final = re.compile(r"^UTC(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$")


@lru_cache(maxsize=1024)
def parse_zone(name: str) -> tzinfo:
    """An IANA zone (``Asia/Tokyo``) or a fixed UTC offset (``UTC``, ``UTC+09``,
    ``UTC-03:30``); ValueError says why not."""
    match = _OFFSET.match(name)
    if match is not None:
        sign, hours, minutes = match.groups()
        if sign is None:
            return UTC
        delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
        if delta > timedelta(hours=14):
            raise ValueError(f"{name!r}: a UTC offset is at most 14 hours")
        return timezone(-delta if sign == "-" else delta)
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"{name!r} is no time zone: an IANA name such as America/New_York, or UTC+09"
        ) from None


def _ms(moment: datetime) -> int:
    return round(moment.timestamp() * 1000)


def _wall(epoch_ms: int, zone: tzinfo) -> datetime:
    """The naive wall-clock time of an instant in ``zone``."""
    return datetime.fromtimestamp(epoch_ms / 1000, UTC).astimezone(zone).replace(tzinfo=None)


def _instant(wall: datetime, zone: tzinfo) -> int:
    """The instant of a naive wall-clock time in ``zone`` (a skipped or repeated time takes
    zoneinfo's first reading, fold 0)."""
    return _ms(wall.replace(tzinfo=zone))


def occurrence_start(start_ms: int, frequency: str, zone: tzinfo, index: int) -> int:
    """The scheduled instant of occurrence ``index`` (0 is StartTime itself)."""
    if index == 0 or frequency == "ONCE":
        return start_ms
    if frequency == "HOURLY":
        return start_ms + index * 3_600_000
    wall = _wall(start_ms, zone)
    if frequency in ("DAILY", "WEEKLY"):
        wall += timedelta(days=index * (1 if frequency == "DAILY" else 7))
    else:  # MONTHLY: the same day, or the month's last
        months = wall.month - 1 + index
        year, month = wall.year + months // 12, months % 12 + 1
        wall = wall.replace(year=year, month=month, day=min(wall.day, monthrange(year, month)[1]))
    return _instant(wall, zone)


def occurrence_starts(
    start_ms: int, end_ms: int | None, frequency: str, zone: tzinfo, limit: int
) -> list[int]:
    """Every occurrence's scheduled instant: one for ONCE, else those before ``end_ms``; at
    most ``limit + 1`` (so a caller can tell that there are more than ``limit``)."""
    if frequency == "ONCE" or end_ms is None:
        return [start_ms]
    starts: list[int] = []
    while len(starts) <= limit:
        try:
            moment = occurrence_start(start_ms, frequency, zone, len(starts))
        except (OverflowError, ValueError):  # past year 9999: no later occurrence exists
            break
        if moment >= end_ms:
            break
        starts.append(moment)
    return starts


def zone_starts(
    occurrence_ms: int, schedule_zone: tzinfo, zones: tuple[tzinfo, ...], local_time: bool
) -> tuple[int, ...]:
    """When each zone of the segment starts the occurrence: all at its instant, or with local
    time at its wall-clock time (read in the schedule's zone) in each zone."""
    if not local_time:
        return (occurrence_ms,) * len(zones)
    wall = _wall(occurrence_ms, schedule_zone)
    return tuple(_instant(wall, zone) for zone in zones)
