from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.create_book_response_422_errors import CreateBookResponse422Errors


T = TypeVar("T", bound="CreateBookResponse422")


@_attrs_define
class CreateBookResponse422:
    """
    Attributes:
        errors (CreateBookResponse422Errors):
    """

    errors: CreateBookResponse422Errors
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_book_response_422_errors import CreateBookResponse422Errors  # noqa: PLC0415

        d = dict(src_dict)
        errors = CreateBookResponse422Errors.from_dict(d.pop("errors"))

        create_book_response_422 = cls(
            errors=errors,
        )

        create_book_response_422.additional_properties = d
        return create_book_response_422

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
