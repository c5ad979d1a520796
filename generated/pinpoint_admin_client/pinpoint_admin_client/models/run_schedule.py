from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_schedule_frequency import RunScheduleFrequency
from ..types import UNSET, Unset

T = TypeVar("T", bound="RunSchedule")


@_attrs_define
class RunSchedule:
    """When the run's occurrences start, in the field names of Pinpoint's `Schedule`.
    Pinpoint's `EVENT` and `IN_APP_EVENT` frequencies are refused: such campaigns start on
    events the mock does not receive, not on a clock.

        Attributes:
            start_time (datetime.datetime): The scheduled start of the first occurrence (it may lie in the past).
            end_time (datetime.datetime | Unset): No occurrence starts at or after it. Required unless `Frequency` is `ONCE`
                (where it
                is ignored), so that a run has an end; a run has at most 10,000 activities
                (occurrences times treatments).
            frequency (RunScheduleFrequency | str | Unset): How often it recurs (default `ONCE`). Recurrence keeps the wall-
                clock time of
                `StartTime` in `Timezone` (a DAILY run at 09:00 stays at 09:00 across daylight
                saving time); MONTHLY keeps the day of the month, or the month's last day.
            is_local_time (bool | Unset): Local-time delivery (default false). When true, each time zone of the segment gets
                an occurrence at the wall-clock time of its start (read in `Timezone`) in that
                zone, so the zones go one after the other, the earliest in UTC first; the
                activity's `ScheduledStart` is that first zone's. When false, every zone starts at
                the occurrence's instant.
                 Default: False.
            timezone (str | Unset): The time zone of the schedule's wall clock (default `UTC`): an IANA name such as
                `America/New_York`, or a UTC offset such as `UTC+09` or `UTC-03:30`.
                 Default: 'UTC'.
    """

    start_time: datetime.datetime
    end_time: datetime.datetime | Unset = UNSET
    frequency: RunScheduleFrequency | str | Unset = UNSET
    is_local_time: bool | Unset = False
    timezone: str | Unset = "UTC"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        frequency: str | Unset
        if isinstance(self.frequency, Unset):
            frequency = UNSET
        elif isinstance(self.frequency, RunScheduleFrequency):
            frequency = self.frequency.value
        else:
            frequency = self.frequency

        is_local_time = self.is_local_time

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "StartTime": start_time,
            }
        )
        if end_time is not UNSET:
            field_dict["EndTime"] = end_time
        if frequency is not UNSET:
            field_dict["Frequency"] = frequency
        if is_local_time is not UNSET:
            field_dict["IsLocalTime"] = is_local_time
        if timezone is not UNSET:
            field_dict["Timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_time = datetime.datetime.fromisoformat(d.pop("StartTime"))

        _end_time = d.pop("EndTime", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        def _parse_frequency(data: object) -> RunScheduleFrequency | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                frequency_type_0 = RunScheduleFrequency(data)

                return frequency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RunScheduleFrequency | str | Unset, data)

        frequency = _parse_frequency(d.pop("Frequency", UNSET))

        is_local_time = d.pop("IsLocalTime", UNSET)

        timezone = d.pop("Timezone", UNSET)

        run_schedule = cls(
            start_time=start_time,
            end_time=end_time,
            frequency=frequency,
            is_local_time=is_local_time,
            timezone=timezone,
        )

        run_schedule.additional_properties = d
        return run_schedule

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
