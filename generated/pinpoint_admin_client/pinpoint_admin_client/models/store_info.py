from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StoreInfo")


@_attrs_define
class StoreInfo:
    """Where the mock keeps its data.

    Attributes:
        kind (str): The kind of store, such as `sqlite`. Example: sqlite.
        location (str): The store's file or URL (without a password). Example: .data/mock.sqlite3.
        read_only (bool): Whether the mock serves the store read-only (`serve --read-only`): then every operation of the
            control plane that would change it answers 403 ForbiddenException.
    """

    kind: str
    location: str
    read_only: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        location = self.location

        read_only = self.read_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Kind": kind,
                "Location": location,
                "ReadOnly": read_only,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("Kind")

        location = d.pop("Location")

        read_only = d.pop("ReadOnly")

        store_info = cls(
            kind=kind,
            location=location,
            read_only=read_only,
        )

        store_info.additional_properties = d
        return store_info

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
