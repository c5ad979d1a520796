from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClockSetting")


@_attrs_define
class ClockSetting:
    """How to set the clock: `{"Real": true}` goes back to real time; otherwise `Now` (default:
    what the clock says) and `Frozen` (default true) set an instant that stands still or runs
    on from there.

        Attributes:
            now (datetime.datetime | Unset): The instant to set, an RFC 3339 date-time.
            frozen (bool | Unset): Whether the clock then stands still (default true).
            real (bool | Unset): Back to real time; excludes `Now` and `Frozen`.
    """

    now: datetime.datetime | Unset = UNSET
    frozen: bool | Unset = UNSET
    real: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        now: str | Unset = UNSET
        if not isinstance(self.now, Unset):
            now = self.now.isoformat()

        frozen = self.frozen

        real = self.real

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if now is not UNSET:
            field_dict["Now"] = now
        if frozen is not UNSET:
            field_dict["Frozen"] = frozen
        if real is not UNSET:
            field_dict["Real"] = real

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _now = d.pop("Now", UNSET)
        now: datetime.datetime | Unset
        if isinstance(_now, Unset):
            now = UNSET
        else:
            now = datetime.datetime.fromisoformat(_now)

        frozen = d.pop("Frozen", UNSET)

        real = d.pop("Real", UNSET)

        clock_setting = cls(
            now=now,
            frozen=frozen,
            real=real,
        )

        clock_setting.additional_properties = d
        return clock_setting

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
