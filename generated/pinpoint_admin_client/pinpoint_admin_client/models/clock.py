from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Clock")


@_attrs_define
class Clock:
    """The mock's clock.

    Attributes:
        now (datetime.datetime): What the clock says, in UTC with milliseconds.
        frozen (bool): Whether the clock stands still until it is set or advanced.
        real (bool): Whether the clock is real time (never set, or set back to it).
    """

    now: datetime.datetime
    frozen: bool
    real: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        now = self.now.isoformat()

        frozen = self.frozen

        real = self.real

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Now": now,
                "Frozen": frozen,
                "Real": real,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        now = datetime.datetime.fromisoformat(d.pop("Now"))

        frozen = d.pop("Frozen")

        real = d.pop("Real")

        clock = cls(
            now=now,
            frozen=frozen,
            real=real,
        )

        clock.additional_properties = d
        return clock

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
