from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Campaign")


@_attrs_define
class Campaign:
    """A campaign.

    Attributes:
        application_id (str): The ID of the campaign's application.
        campaign_id (str): The campaign's ID.
        name (str): The campaign's name.
        treatment_ids (list[str]): The TreatmentIds its activities may carry.
        activity_count (int): How many activities the campaign has.
    """

    application_id: str
    campaign_id: str
    name: str
    treatment_ids: list[str]
    activity_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        campaign_id = self.campaign_id

        name = self.name

        treatment_ids = self.treatment_ids

        activity_count = self.activity_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ApplicationId": application_id,
                "CampaignId": campaign_id,
                "Name": name,
                "TreatmentIds": treatment_ids,
                "ActivityCount": activity_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("ApplicationId")

        campaign_id = d.pop("CampaignId")

        name = d.pop("Name")

        treatment_ids = cast(list[str], d.pop("TreatmentIds"))

        activity_count = d.pop("ActivityCount")

        campaign = cls(
            application_id=application_id,
            campaign_id=campaign_id,
            name=name,
            treatment_ids=treatment_ids,
            activity_count=activity_count,
        )

        campaign.additional_properties = d
        return campaign

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
