from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunFailure")


@_attrs_define
class RunFailure:
    """How the run fails (default it does not).

    Attributes:
        endpoint_failure_rate (float | Unset): The share of attempted endpoints that fail (default 0):
            `SuccessfulEndpointCount` is the attempted count times one minus it, rounded down.
             Default: 0.0.
        fail (bool | Unset): Every activity of the run ends COMPLETED with Result FAIL (default false; otherwise
            SUCCESS). Default: False.
    """

    endpoint_failure_rate: float | Unset = 0.0
    fail: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint_failure_rate = self.endpoint_failure_rate

        fail = self.fail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if endpoint_failure_rate is not UNSET:
            field_dict["EndpointFailureRate"] = endpoint_failure_rate
        if fail is not UNSET:
            field_dict["Fail"] = fail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        endpoint_failure_rate = d.pop("EndpointFailureRate", UNSET)

        fail = d.pop("Fail", UNSET)

        run_failure = cls(
            endpoint_failure_rate=endpoint_failure_rate,
            fail=fail,
        )

        run_failure.additional_properties = d
        return run_failure

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
