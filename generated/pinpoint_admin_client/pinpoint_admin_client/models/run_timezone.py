from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunTimezone")


@_attrs_define
class RunTimezone:
    """One time zone of the segment.

    Attributes:
        timezone (str): An IANA name such as `Asia/Tokyo`, or a UTC offset such as `UTC+09`.
        endpoint_count (int | Unset): The zone's endpoints (default an even share of the segment's).
    """

    timezone: str
    endpoint_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timezone = self.timezone

        endpoint_count = self.endpoint_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Timezone": timezone,
            }
        )
        if endpoint_count is not UNSET:
            field_dict["EndpointCount"] = endpoint_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timezone = d.pop("Timezone")

        endpoint_count = d.pop("EndpointCount", UNSET)

        run_timezone = cls(
            timezone=timezone,
            endpoint_count=endpoint_count,
        )

        run_timezone.additional_properties = d
        return run_timezone

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
