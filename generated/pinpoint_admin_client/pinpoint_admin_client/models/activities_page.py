from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activities_page_item_item import ActivitiesPageItemItem


T = TypeVar("T", bound="ActivitiesPage")


@_attrs_define
class ActivitiesPage:
    """A page of activities, the main API's `ActivitiesResponse`.

    Attributes:
        item (list[ActivitiesPageItemItem]): The page's items (each an `ActivityResponse` of the main document).
        next_token (None | str | Unset): The token of the next page; absent or null on the last one.
    """

    item: list[ActivitiesPageItemItem]
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
        from ..models.activities_page_item_item import ActivitiesPageItemItem  # noqa: PLC0415

        d = dict(src_dict)
        item = []
        _item = d.pop("Item")
        for item_item_data in _item:
            item_item = ActivitiesPageItemItem.from_dict(item_item_data)

            item.append(item_item)

        def _parse_next_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_token = _parse_next_token(d.pop("NextToken", UNSET))

        activities_page = cls(
            item=item,
            next_token=next_token,
        )

        activities_page.additional_properties = d
        return activities_page

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
