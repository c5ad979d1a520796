from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FaultInput")


@_attrs_define
class FaultInput:
    """A fault to arm.

    Attributes:
        operation (str): The operationId of the main API whose requests fail, such as `GetCampaignActivities`.
        application_id (str | Unset): Only requests for this application.
        campaign_id (str | Unset): Only requests for this campaign.
        count (int | Unset): How many requests fail (default 1).
        status (int | Unset): The status to answer with; none means the fault only delays.
        error_type (str | Unset): The AWS error type (default the main API's error for the status, else a name for it,
            such as ServiceUnavailableException for 503).
        message (str | Unset): The error message (default one for the error type).
        retry_after_seconds (int | Unset): The `Retry-After` of a 429 or 503 (default 1 for those).
        delay_ms (int | Unset): How long to wait before answering, in milliseconds (default 0).
    """

    operation: str
    application_id: str | Unset = UNSET
    campaign_id: str | Unset = UNSET
    count: int | Unset = UNSET
    status: int | Unset = UNSET
    error_type: str | Unset = UNSET
    message: str | Unset = UNSET
    retry_after_seconds: int | Unset = UNSET
    delay_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation = self.operation

        application_id = self.application_id

        campaign_id = self.campaign_id

        count = self.count

        status = self.status

        error_type = self.error_type

        message = self.message

        retry_after_seconds = self.retry_after_seconds

        delay_ms = self.delay_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Operation": operation,
            }
        )
        if application_id is not UNSET:
            field_dict["ApplicationId"] = application_id
        if campaign_id is not UNSET:
            field_dict["CampaignId"] = campaign_id
        if count is not UNSET:
            field_dict["Count"] = count
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
        operation = d.pop("Operation")

        application_id = d.pop("ApplicationId", UNSET)

        campaign_id = d.pop("CampaignId", UNSET)

        count = d.pop("Count", UNSET)

        status = d.pop("Status", UNSET)

        error_type = d.pop("ErrorType", UNSET)

        message = d.pop("Message", UNSET)

        retry_after_seconds = d.pop("RetryAfterSeconds", UNSET)

        delay_ms = d.pop("DelayMs", UNSET)

        fault_input = cls(
            operation=operation,
            application_id=application_id,
            campaign_id=campaign_id,
            count=count,
            status=status,
            error_type=error_type,
            message=message,
            retry_after_seconds=retry_after_seconds,
            delay_ms=delay_ms,
        )

        fault_input.additional_properties = d
        return fault_input

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
