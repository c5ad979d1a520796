"""The ActivityResponse record of the spec: its fields, their checks and its JSON encoding.

Each activity is serialized once, when it is stored, so that serving a page is a join of stored
bytes. The encoding is compact and keeps the spec's property order, which is what AWS sent.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from mockserver.errors import ValidationError

# The properties of ActivityResponse in the spec's order (tests compare this with the spec).
ACTIVITY_FIELDS: Final = (
    "Id",
    "ApplicationId",
    "CampaignId",
    "TreatmentId",
    "State",
    "Result",
    "ScheduledStart",
    "Start",
    "End",
    "SuccessfulEndpointCount",
    "TotalEndpointCount",
    "TimezonesTotalCount",
    "TimezonesCompletedCount",
)
STATES: Final = ("PENDING", "INITIALIZING", "RUNNING", "PAUSED", "CANCELLED", "COMPLETED")
RESULTS: Final = ("SUCCESS", "FAIL")
# States in which an activity is over: only these carry End (and, in the seed data, Result).
FINISHED_STATES: Final = frozenset({"CANCELLED", "COMPLETED"})
INT32_MAX: Final = 2**31 - 1

_STRING_FIELDS: Final = ("TreatmentId", "State", "Result", "ScheduledStart", "Start", "End")
_COUNT_FIELDS: Final = (
    "SuccessfulEndpointCount",
    "TotalEndpointCount",
    "TimezonesTotalCount",
    "TimezonesCompletedCount",
)
_TIME_FIELDS: Final = ("ScheduledStart", "Start", "End")


def _check_timestamp(name: str, value: str) -> None:
    """Reject a value that is not an ISO 8601 date-time, as the spec's descriptions require."""
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise ValidationError(f"{name} must be an ISO 8601 date-time, got {value!r}") from None


@dataclass(frozen=True, slots=True, kw_only=True)
class Activity:
    """One campaign activity; ApplicationId and CampaignId come from the campaign it is added to.

    Optional fields left as None are omitted from the JSON, as AWS omitted absent members.
    """

    id: str
    treatment_id: str | None = None
    state: str | None = None
    result: str | None = None
    scheduled_start: str | None = None
    start: str | None = None
    end: str | None = None
    successful_endpoint_count: int | None = None
    total_endpoint_count: int | None = None
    timezones_total_count: int | None = None
    timezones_completed_count: int | None = None

    def __post_init__(self) -> None:
        wire = self.wire_fields()
        if not isinstance(self.id, str) or not self.id:
            raise ValidationError(f"Id must be a non-empty string, got {self.id!r}")
        for name in _STRING_FIELDS:
            value = wire[name]
            if value is not None and not isinstance(value, str):
                raise ValidationError(f"{name} must be a string, got {value!r}")
        if self.state is not None and self.state not in STATES:
            raise ValidationError(f"State must be one of {', '.join(STATES)}, got {self.state!r}")
        if self.result is not None and self.result not in RESULTS:
            raise ValidationError(
                f"Result must be one of {', '.join(RESULTS)}, got {self.result!r}"
            )
        for name in _TIME_FIELDS:
            value = wire[name]
            if isinstance(value, str):
                _check_timestamp(name, value)
        for name in _COUNT_FIELDS:
            value = wire[name]
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValidationError(f"{name} must be an integer, got {value!r}")
            if not 0 <= value <= INT32_MAX:
                raise ValidationError(f"{name} must be within 0..{INT32_MAX}, got {value}")

    def wire_fields(self) -> dict[str, str | int | None]:
        """Return the spec-named fields other than ApplicationId and CampaignId."""
        return {
            "Id": self.id,
            "TreatmentId": self.treatment_id,
            "State": self.state,
            "Result": self.result,
            "ScheduledStart": self.scheduled_start,
            "Start": self.start,
            "End": self.end,
            "SuccessfulEndpointCount": self.successful_endpoint_count,
            "TotalEndpointCount": self.total_endpoint_count,
            "TimezonesTotalCount": self.timezones_total_count,
            "TimezonesCompletedCount": self.timezones_completed_count,
        }

    @classmethod
    def from_wire(
        cls,
        data: Mapping[str, object],
        *,
        application_id: str | None = None,
        campaign_id: str | None = None,
    ) -> Activity:
        """Build an activity from an ActivityResponse-shaped mapping (spec property names).

        ApplicationId and CampaignId may be present; when they are, they must name the campaign
        the activity is added to, so a test cannot store an item that contradicts its URL.
        """
        unknown = set(data) - set(ACTIVITY_FIELDS)
        if unknown:
            raise ValidationError(f"unknown ActivityResponse properties: {sorted(unknown)}")
        for name, expected in (("ApplicationId", application_id), ("CampaignId", campaign_id)):
            given = data.get(name)
            if given is not None and expected is not None and given != expected:
                raise ValidationError(
                    f"{name} {given!r} does not match the campaign's {expected!r}"
                )

        def text(name: str) -> str | None:
            value = data.get(name)
            if value is None or isinstance(value, str):
                return value
            raise ValidationError(f"{name} must be a string, got {value!r}")

        def count(name: str) -> int | None:
            value = data.get(name)
            if value is None or (isinstance(value, int) and not isinstance(value, bool)):
                return value
            raise ValidationError(f"{name} must be an integer, got {value!r}")

        activity_id = text("Id")
        if activity_id is None:
            raise ValidationError("Id is required")
        return cls(
            id=activity_id,
            treatment_id=text("TreatmentId"),
            state=text("State"),
            result=text("Result"),
            scheduled_start=text("ScheduledStart"),
            start=text("Start"),
            end=text("End"),
            successful_endpoint_count=count("SuccessfulEndpointCount"),
            total_endpoint_count=count("TotalEndpointCount"),
            timezones_total_count=count("TimezonesTotalCount"),
            timezones_completed_count=count("TimezonesCompletedCount"),
        )

    def to_wire(self, application_id: str, campaign_id: str) -> dict[str, str | int]:
        """Return the ActivityResponse as a dict in spec order, without absent members."""
        wire = self.wire_fields()
        wire["ApplicationId"] = application_id
        wire["CampaignId"] = campaign_id
        return {name: value for name in ACTIVITY_FIELDS if (value := wire[name]) is not None}

    def to_json(self, application_id: str, campaign_id: str) -> bytes:
        """Return the compact JSON bytes that a page of the API embeds for this activity."""
        return encode_json(self.to_wire(application_id, campaign_id))


def encode_json(value: object) -> bytes:
    """Encode compactly (no spaces), ASCII-only so any stored byte string is valid UTF-8."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=True).encode("ascii")
