from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RunTreatment")


@_attrs_define
class RunTreatment:
    """A treatment of the run (an A/B test has several).

    Attributes:
        treatment_id (str): The activity's `TreatmentId`; `0` is the base treatment.
        percentage (int): The share of every zone's endpoints this treatment delivers to.
    """

    treatment_id: str
    percentage: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        treatment_id = self.treatment_id

        percentage = self.percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "TreatmentId": treatment_id,
                "Percentage": percentage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        treatment_id = d.pop("TreatmentId")

        percentage = d.pop("Percentage")

        run_treatment = cls(
            treatment_id=treatment_id,
            percentage=percentage,
        )

        run_treatment.additional_properties = d
        return run_treatment

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
