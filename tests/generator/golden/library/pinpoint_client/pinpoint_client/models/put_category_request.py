from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.category import Category
    from ..models.put_category_request_tags import PutCategoryRequestTags


T = TypeVar("T", bound="PutCategoryRequest")


@_attrs_define
class PutCategoryRequest:
    """
    Attributes:
        category (Category):
        tags (PutCategoryRequestTags | Unset):
    """

    category: Category
    tags: PutCategoryRequestTags | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category.to_dict()

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.category import Category  # noqa: PLC0415
        from ..models.put_category_request_tags import PutCategoryRequestTags  # noqa: PLC0415

        d = dict(src_dict)
        category = Category.from_dict(d.pop("category"))

        _tags = d.pop("tags", UNSET)
        tags: PutCategoryRequestTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = PutCategoryRequestTags.from_dict(_tags)

        put_category_request = cls(
            category=category,
            tags=tags,
        )

        put_category_request.additional_properties = d
        return put_category_request

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
