from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_event_type import RunEventType

T = TypeVar("T", bound="RunEvent")


@_attrs_define
class RunEvent:
    """A pause, resume or cancel, at the mock's clock when it was asked.

    Attributes:
        type_ (RunEventType | str):
        time (datetime.datetime):
    """

    type_: RunEventType | str
    time: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str
        if isinstance(self.type_, RunEventType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        time = self.time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Type": type_,
                "Time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_type_(data: object) -> RunEventType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = RunEventType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RunEventType | str, data)

        type_ = _parse_type_(d.pop("Type"))

        time = datetime.datetime.fromisoformat(d.pop("Time"))

        run_event = cls(
            type_=type_,
            time=time,
        )

        run_event.additional_properties = d
        return run_event

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
