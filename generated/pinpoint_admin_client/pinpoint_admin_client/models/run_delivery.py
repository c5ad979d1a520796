from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunDelivery")


@_attrs_define
class RunDelivery:
    """How fast an occurrence goes. Each activity is INITIALIZING for `InitializingSeconds`
    after it starts, then RUNNING: each time zone sends (from its start, with local time)
    at `EndpointsPerSecond` or, if given instead, in `SecondsPerTimezone`, its attempted
    endpoints growing evenly; COMPLETED when every zone is done.

        Attributes:
            initializing_seconds (float | Unset): How long an activity is INITIALIZING (default 5). Default: 5.0.
            endpoints_per_second (float | Unset): Endpoints sent per second in each zone by each activity (default 100
                unless `SecondsPerTimezone` is given).
            seconds_per_timezone (float | Unset): How long each zone's sending takes instead, whatever its size; excludes
                `EndpointsPerSecond`.
    """

    initializing_seconds: float | Unset = 5.0
    endpoints_per_second: float | Unset = UNSET
    seconds_per_timezone: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        initializing_seconds = self.initializing_seconds

        endpoints_per_second = self.endpoints_per_second

        seconds_per_timezone = self.seconds_per_timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if initializing_seconds is not UNSET:
            field_dict["InitializingSeconds"] = initializing_seconds
        if endpoints_per_second is not UNSET:
            field_dict["EndpointsPerSecond"] = endpoints_per_second
        if seconds_per_timezone is not UNSET:
            field_dict["SecondsPerTimezone"] = seconds_per_timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        initializing_seconds = d.pop("InitializingSeconds", UNSET)

        endpoints_per_second = d.pop("EndpointsPerSecond", UNSET)

        seconds_per_timezone = d.pop("SecondsPerTimezone", UNSET)

        run_delivery = cls(
            initializing_seconds=initializing_seconds,
            endpoints_per_second=endpoints_per_second,
            seconds_per_timezone=seconds_per_timezone,
        )

        run_delivery.additional_properties = d
        return run_delivery

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
