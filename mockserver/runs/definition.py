"""A CreateRun body, checked and with its defaults filled: the RunDefinition.

The generated admin validators have checked the body's shape against spec/mock-admin.yaml
before it gets here (types, enums, ranges, date-times); what JSON Schema cannot say is checked
here, each error naming its field's JSON pointer (ActivityValidationError, a 400): time zones
that exist, percentages that add up to 100, an EndTime after StartTime. The defaults are the
ones the spec's descriptions document; ``wire`` gives the definition back with all of them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import tzinfo
from typing import Any, Final

from mockserver.errors import ActivityValidationError
from mockserver.runs.schedule import occurrence_starts, parse_zone
from mockserver.timefmt import iso_ms, parse_ms

MAX_ACTIVITIES: Final = 10_000  # occurrences x treatments of one run
# The last instant a schedule may name: far from year 9999, where timestamps stop.
MAX_SCHEDULE_MS: Final = parse_ms("9000-01-01T00:00:00Z")
DEFAULT_ENDPOINTS: Final = 1000
DEFAULT_RATE: Final = 100.0
DEFAULT_INITIALIZING_S: Final = 5.0
DEFAULT_TREATMENTS: Final = ({"TreatmentId": "0", "Percentage": 100},)
_INT32_MAX: Final = 2**31 - 1


@dataclass(frozen=True, slots=True)
class RunDefinition:
    """What a run does, every default filled (times in ms since the epoch)."""

    start_ms: int
    end_ms: int | None
    frequency: str
    local_time: bool
    timezone: str
    zone_names: tuple[str, ...]
    zone_endpoints: tuple[int, ...]
    treatment_ids: tuple[str, ...]
    percentages: tuple[int, ...]
    initializing_ms: int
    rate: float | None  # endpoints per second per zone and activity; None: seconds_per_zone
    seconds_per_zone: float | None
    failure_rate: float
    fail: bool
    occurrences: tuple[int, ...]  # each occurrence's scheduled instant

    @property
    def schedule_zone(self) -> tzinfo:
        return parse_zone(self.timezone)

    @property
    def zones(self) -> tuple[tzinfo, ...]:
        return tuple(parse_zone(name) for name in self.zone_names)

    def wire(self) -> dict[str, Any]:
        """The definition as the Run schema's fields, defaults included."""
        schedule: dict[str, Any] = {"StartTime": iso_ms(self.start_ms)}
        if self.end_ms is not None:
            schedule["EndTime"] = iso_ms(self.end_ms)
        schedule.update(
            Frequency=self.frequency, IsLocalTime=self.local_time, Timezone=self.timezone
        )
        delivery: dict[str, Any] = {"InitializingSeconds": self.initializing_ms / 1000}
        if self.rate is not None:
            delivery["EndpointsPerSecond"] = self.rate
        else:
            delivery["SecondsPerTimezone"] = self.seconds_per_zone
        return {
            "Schedule": schedule,
            "Segment": {
                "EndpointCount": sum(self.zone_endpoints),
                "Timezones": [
                    {"Timezone": name, "EndpointCount": count}
                    for name, count in zip(self.zone_names, self.zone_endpoints, strict=True)
                ],
            },
            "Treatments": [
                {"TreatmentId": t, "Percentage": p}
                for t, p in zip(self.treatment_ids, self.percentages, strict=True)
            ],
            "Delivery": delivery,
            "Failure": {"EndpointFailureRate": self.failure_rate, "Fail": self.fail},
        }

    def to_json(self) -> str:
        """The stored form: the filled-in body (``from_body`` of it gives this again)."""
        return json.dumps(self.wire(), separators=(",", ":"))


def _bad(pointer: str, detail: str) -> ActivityValidationError:
    return ActivityValidationError(pointer, detail)


def _zone(name: str, pointer: str) -> str:
    try:
        parse_zone(name)
    except ValueError as exc:
        raise _bad(pointer, str(exc)) from None
    return name


def _instant(text: str, pointer: str) -> int:
    moment = parse_ms(text)  # a date-time: the generated validators checked the format
    if not 0 <= moment < MAX_SCHEDULE_MS:
        raise _bad(pointer, "must lie between 1970 and the year 9000")
    return moment


def _split(total: int, parts: int) -> list[int]:
    share, rest = divmod(total, parts)
    return [share + (1 if i < rest else 0) for i in range(parts)]


def _segment(body: Mapping[str, Any]) -> tuple[tuple[str, ...], tuple[int, ...]]:
    segment: Mapping[str, Any] = body.get("Segment") or {}
    zones = segment.get("Timezones") or [{"Timezone": "UTC"}]
    names = [_zone(z["Timezone"], f"/Segment/Timezones/{i}/Timezone") for i, z in enumerate(zones)]
    seen: dict[str, int] = {}
    for index, name in enumerate(names):
        if name in seen:
            raise _bad(f"/Segment/Timezones/{index}/Timezone", f"{name!r} comes twice")
        seen[name] = index
    given = ["EndpointCount" in zone for zone in zones]
    total = segment.get("EndpointCount")
    if all(given):
        counts = [int(zone["EndpointCount"]) for zone in zones]
        if total is not None and total != sum(counts):
            raise _bad(
                "/Segment/EndpointCount",
                f"is {total} but the time zones' EndpointCounts add up to {sum(counts)}",
            )
    elif any(given):
        index = given.index(False)
        raise _bad(
            f"/Segment/Timezones/{index}/EndpointCount",
            "is missing: give every zone its EndpointCount, or none (an even split)",
        )
    else:
        counts = _split(DEFAULT_ENDPOINTS if total is None else int(total), len(zones))
    if sum(counts) > _INT32_MAX:
        raise _bad("/Segment", f"has {sum(counts)} endpoints, more than {_INT32_MAX}")
    return tuple(names), tuple(counts)


def _treatments(body: Mapping[str, Any]) -> tuple[tuple[str, ...], tuple[int, ...]]:
    treatments: Sequence[Mapping[str, Any]] = body.get("Treatments") or DEFAULT_TREATMENTS
    ids = [str(t["TreatmentId"]) for t in treatments]
    for index, treatment_id in enumerate(ids):
        if ids.index(treatment_id) != index:
            raise _bad(f"/Treatments/{index}/TreatmentId", f"{treatment_id!r} comes twice")
    percentages = [int(t["Percentage"]) for t in treatments]
    if sum(percentages) != 100:
        raise _bad("/Treatments", f"the percentages add up to {sum(percentages)}, not 100")
    return tuple(ids), tuple(percentages)


def from_body(body: Mapping[str, Any]) -> RunDefinition:
    """Check a RunInput (shape-checked already) and fill its defaults."""
    schedule = body["Schedule"]
    start_ms = _instant(schedule["StartTime"], "/Schedule/StartTime")
    frequency = schedule.get("Frequency", "ONCE")
    timezone = _zone(schedule.get("Timezone", "UTC"), "/Schedule/Timezone")
    end_ms = None
    if "EndTime" in schedule and frequency != "ONCE":
        end_ms = _instant(schedule["EndTime"], "/Schedule/EndTime")
        if end_ms <= start_ms:
            raise _bad("/Schedule/EndTime", "must be after StartTime")
    elif frequency != "ONCE":
        raise _bad("/Schedule/EndTime", f"is required with Frequency {frequency} (a run ends)")
    names, counts = _segment(body)
    treatment_ids, percentages = _treatments(body)
    limit = MAX_ACTIVITIES // len(treatment_ids)
    starts = occurrence_starts(start_ms, end_ms, frequency, parse_zone(timezone), limit)
    if len(starts) > limit:
        raise _bad(
            "/Schedule/EndTime",
            f"makes more than {MAX_ACTIVITIES} activities (occurrences times treatments)",
        )
    delivery = body.get("Delivery") or {}
    if "EndpointsPerSecond" in delivery and "SecondsPerTimezone" in delivery:
        raise _bad("/Delivery/SecondsPerTimezone", "excludes EndpointsPerSecond: give one")
    seconds_per_zone = delivery.get("SecondsPerTimezone")
    rate = None if seconds_per_zone is not None else delivery.get("EndpointsPerSecond")
    failure = body.get("Failure") or {}
    return RunDefinition(
        start_ms=start_ms,
        end_ms=end_ms,
        frequency=frequency,
        local_time=bool(schedule.get("IsLocalTime", False)),
        timezone=timezone,
        zone_names=names,
        zone_endpoints=counts,
        treatment_ids=treatment_ids,
        percentages=percentages,
        initializing_ms=round(delivery.get("InitializingSeconds", DEFAULT_INITIALIZING_S) * 1000),
        rate=None if seconds_per_zone is not None else float(rate or DEFAULT_RATE),
        seconds_per_zone=None if seconds_per_zone is None else float(seconds_per_zone),
        failure_rate=float(failure.get("EndpointFailureRate", 0)),
        fail=bool(failure.get("Fail", False)),
        occurrences=tuple(starts),
    )
