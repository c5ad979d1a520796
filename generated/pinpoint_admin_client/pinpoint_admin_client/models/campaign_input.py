from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignInput")


@_attrs_define
class CampaignInput:
    """The settable fields of a campaign.

    Attributes:
        name (str | Unset): The campaign's name (default empty).
        treatment_ids (list[str] | Unset): The TreatmentIds its activities may carry; `0` is the base treatment, more
            make an A/B test (default `["0"]`).
    """

    name: str | Unset = UNSET
    treatment_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        treatment_ids: list[str] | Unset = UNSET
        if not isinstance(self.treatment_ids, Unset):
            treatment_ids = self.treatment_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if treatment_ids is not UNSET:
            field_dict["TreatmentIds"] = treatment_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        treatment_ids = cast(list[str], d.pop("TreatmentIds", UNSET))

        campaign_input = cls(
            name=name,
            treatment_ids=treatment_ids,
        )

        campaign_input.additional_properties = d
        return campaign_input

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
