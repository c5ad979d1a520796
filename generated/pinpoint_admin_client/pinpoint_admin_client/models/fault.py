from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Fault")


@_attrs_define
class Fault:
    """An armed fault.

    Attributes:
        fault_id (str): The fault's ID.
        operation (str): The operationId it applies to.
        remaining (int): How many more requests it fails.
        application_id (str | Unset):
        campaign_id (str | Unset):
        status (int | Unset):
        error_type (str | Unset):
        message (str | Unset):
        retry_after_seconds (int | Unset):
        delay_ms (int | Unset):
    """

    fault_id: str
    operation: str
    remaining: int
    application_id: str | Unset = UNSET
    campaign_id: str | Unset = UNSET
    status: int | Unset = UNSET
    error_type: str | Unset = UNSET
    message: str | Unset = UNSET
    retry_after_seconds: int | Unset = UNSET
    delay_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fault_id = self.fault_id

        operation = self.operation

        remaining = self.remaining

        application_id = self.application_id

        campaign_id = self.campaign_id

        status = self.status

        error_type = self.error_type

        message = self.message

        retry_after_seconds = self.retry_after_seconds

        delay_ms = self.delay_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "FaultId": fault_id,
                "Operation": operation,
                "Remaining": remaining,
            }
        )
        if application_id is not UNSET:
            field_dict["ApplicationId"] = application_id
        if campaign_id is not UNSET:
            field_dict["CampaignId"] = campaign_id
        if status is not UNSET:
            field_dict["Status"] = status
        if error_type is not UNSET:
            field_dict["ErrorType"] = error_type
        if message is not UNSET:
            field_dict["Message"] = message
        if retry_after_seconds is not UNSET:
            field_dict["RetryAfterSeconds"] = retry_after_seconds
        if delay_ms is not UNSET:
            field_dict["DelayMs"] = delay_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fault_id = d.pop("FaultId")

        operation = d.pop("Operation")

        remaining = d.pop("Remaining")

        application_id = d.pop("ApplicationId", UNSET)

        campaign_id = d.pop("CampaignId", UNSET)

        status = d.pop("Status", UNSET)

        error_type = d.pop("ErrorType", UNSET)

        message = d.pop("Message", UNSET)

        retry_after_seconds = d.pop("RetryAfterSeconds", UNSET)

        delay_ms = d.pop("DelayMs", UNSET)

        fault = cls(
            fault_id=fault_id,
            operation=operation,
            remaining=remaining,
            application_id=application_id,
            campaign_id=campaign_id,
            status=status,
            error_type=error_type,
            message=message,
            retry_after_seconds=retry_after_seconds,
            delay_ms=delay_ms,
        )

        fault.additional_properties = d
        return fault

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
