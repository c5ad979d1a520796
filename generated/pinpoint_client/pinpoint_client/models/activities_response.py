from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_response import ActivityResponse


T = TypeVar("T", bound="ActivitiesResponse")


@_attrs_define
class ActivitiesResponse:
    """Provides information about the activities that were performed by a campaign.

    Example:
        {'NextToken': None, 'Item': [{'Id': '0d6d5b27a4f54f3a9ce2b3a7d1e8f901', 'ApplicationId':
            '4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b', 'CampaignId': '7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f', 'TreatmentId': '0',
            'State': 'COMPLETED', 'Result': 'SUCCESS', 'ScheduledStart': '2026-03-01T09:00:00.000Z', 'Start':
            '2026-03-01T09:00:03.512Z', 'End': '2026-03-01T09:41:27.094Z', 'SuccessfulEndpointCount': 18734,
            'TotalEndpointCount': 19021, 'TimezonesTotalCount': 12, 'TimezonesCompletedCount': 12}]}

    Attributes:
        item (list[ActivityResponse]): An array of responses, one for each activity that was performed by the campaign.
        next_token (None | str | Unset): The string to use in a subsequent request to get the next page of results in a
            paginated response. This value is null if there are no additional pages. Example:
            eyJ2IjoxLCJrIjoiMjAyNi0wMy0wMlQwOTowMDowMFoifQ.3kTq9vX0sYyZ.
    """

    item: list[ActivityResponse]
    next_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item = []
        for item_item_data in self.item:
            item_item = item_item_data.to_dict()
            item.append(item_item)

        next_token: None | str | Unset
        if isinstance(self.next_token, Unset):
            next_token = UNSET
        else:
            next_token = self.next_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Item": item,
            }
        )
        if next_token is not UNSET:
            field_dict["NextToken"] = next_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_response import ActivityResponse  # noqa: PLC0415

        d = dict(src_dict)
        item = []
        _item = d.pop("Item")
        for item_item_data in _item:
            item_item = ActivityResponse.from_dict(item_item_data)

            item.append(item_item)

        def _parse_next_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_token = _parse_next_token(d.pop("NextToken", UNSET))

        activities_response = cls(
            item=item,
            next_token=next_token,
        )

        activities_response.additional_properties = d
        return activities_response

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
