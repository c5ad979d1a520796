from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_timezone import RunTimezone


T = TypeVar("T", bound="RunSegment")


@_attrs_define
class RunSegment:
    """The endpoints the run delivers to, and their time zones.

    Attributes:
        endpoint_count (int | Unset): How many endpoints (default 1000), split evenly over the time zones that do not
            say
            theirs (the first zones take the remainder). When every zone gives its
            `EndpointCount` it may be omitted; if given, it must be their sum.
        timezones (list[RunTimezone] | Unset): The segment's time zones (default one, `UTC`), each named once.
    """

    endpoint_count: int | Unset = UNSET
    timezones: list[RunTimezone] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint_count = self.endpoint_count

        timezones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.timezones, Unset):
            timezones = []
            for timezones_item_data in self.timezones:
                timezones_item = timezones_item_data.to_dict()
                timezones.append(timezones_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if endpoint_count is not UNSET:
            field_dict["EndpointCount"] = endpoint_count
        if timezones is not UNSET:
            field_dict["Timezones"] = timezones

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_timezone import RunTimezone  # noqa: PLC0415

        d = dict(src_dict)
        endpoint_count = d.pop("EndpointCount", UNSET)

        _timezones = d.pop("Timezones", UNSET)
        timezones: list[RunTimezone] | Unset = UNSET
        if _timezones is not UNSET:
            timezones = []
            for timezones_item_data in _timezones:
                timezones_item = RunTimezone.from_dict(timezones_item_data)

                timezones.append(timezones_item)

        run_segment = cls(
            endpoint_count=endpoint_count,
            timezones=timezones,
        )

        run_segment.additional_properties = d
        return run_segment

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
