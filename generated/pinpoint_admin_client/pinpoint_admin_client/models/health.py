from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.health_status import HealthStatus

if TYPE_CHECKING:
    from ..models.store_info import StoreInfo


T = TypeVar("T", bound="Health")


@_attrs_define
class Health:
    """The server serves.

    Attributes:
        status (HealthStatus | str): Always `ok`; any answer at all means the server serves.
        version (str): The version of the mock server. Example: 0.1.0.
        store (StoreInfo): Where the mock keeps its data.
        now (datetime.datetime): The mock's clock at the time of the answer.
    """

    status: HealthStatus | str
    version: str
    store: StoreInfo
    now: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str
        if isinstance(self.status, HealthStatus):
            status = self.status.value
        else:
            status = self.status

        version = self.version

        store = self.store.to_dict()

        now = self.now.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Status": status,
                "Version": version,
                "Store": store,
                "Now": now,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.store_info import StoreInfo  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_status(data: object) -> HealthStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = HealthStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HealthStatus | str, data)

        status = _parse_status(d.pop("Status"))

        version = d.pop("Version")

        store = StoreInfo.from_dict(d.pop("Store"))

        now = datetime.datetime.fromisoformat(d.pop("Now"))

        health = cls(
            status=status,
            version=version,
            store=store,
            now=now,
        )

        health.additional_properties = d
        return health

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
