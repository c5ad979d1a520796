from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_delivery import RunDelivery
    from ..models.run_failure import RunFailure
    from ..models.run_schedule import RunSchedule
    from ..models.run_segment import RunSegment
    from ..models.run_treatment import RunTreatment


T = TypeVar("T", bound="RunInput")


@_attrs_define
class RunInput:
    """A campaign run to start; only `Schedule.StartTime` is required.

    Attributes:
        schedule (RunSchedule): When the run's occurrences start, in the field names of Pinpoint's `Schedule`.
            Pinpoint's `EVENT` and `IN_APP_EVENT` frequencies are refused: such campaigns start on
            events the mock does not receive, not on a clock.
        segment (RunSegment | Unset): The endpoints the run delivers to, and their time zones.
        treatments (list[RunTreatment] | Unset): The treatments; each occurrence is one activity per treatment, which
            delivers to its
            `Percentage` of the endpoints of every time zone (largest remainders first, so the
            shares add up to the segment). The percentages add up to 100; TreatmentIds are
            unique. Default `[{"TreatmentId": "0", "Percentage": 100}]`.
        delivery (RunDelivery | Unset): How fast an occurrence goes. Each activity is INITIALIZING for
            `InitializingSeconds`
            after it starts, then RUNNING: each time zone sends (from its start, with local time)
            at `EndpointsPerSecond` or, if given instead, in `SecondsPerTimezone`, its attempted
            endpoints growing evenly; COMPLETED when every zone is done.
        failure (RunFailure | Unset): How the run fails (default it does not).
    """

    schedule: RunSchedule
    segment: RunSegment | Unset = UNSET
    treatments: list[RunTreatment] | Unset = UNSET
    delivery: RunDelivery | Unset = UNSET
    failure: RunFailure | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedule = self.schedule.to_dict()

        segment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.segment, Unset):
            segment = self.segment.to_dict()

        treatments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.treatments, Unset):
            treatments = []
            for treatments_item_data in self.treatments:
                treatments_item = treatments_item_data.to_dict()
                treatments.append(treatments_item)

        delivery: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery, Unset):
            delivery = self.delivery.to_dict()

        failure: dict[str, Any] | Unset = UNSET
        if not isinstance(self.failure, Unset):
            failure = self.failure.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Schedule": schedule,
            }
        )
        if segment is not UNSET:
            field_dict["Segment"] = segment
        if treatments is not UNSET:
            field_dict["Treatments"] = treatments
        if delivery is not UNSET:
            field_dict["Delivery"] = delivery
        if failure is not UNSET:
            field_dict["Failure"] = failure

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_delivery import RunDelivery  # noqa: PLC0415
        from ..models.run_failure import RunFailure  # noqa: PLC0415
        from ..models.run_schedule import RunSchedule  # noqa: PLC0415
        from ..models.run_segment import RunSegment  # noqa: PLC0415
        from ..models.run_treatment import RunTreatment  # noqa: PLC0415

        d = dict(src_dict)
        schedule = RunSchedule.from_dict(d.pop("Schedule"))

        _segment = d.pop("Segment", UNSET)
        segment: RunSegment | Unset
        if isinstance(_segment, Unset):
            segment = UNSET
        else:
            segment = RunSegment.from_dict(_segment)

        _treatments = d.pop("Treatments", UNSET)
        treatments: list[RunTreatment] | Unset = UNSET
        if _treatments is not UNSET:
            treatments = []
            for treatments_item_data in _treatments:
                treatments_item = RunTreatment.from_dict(treatments_item_data)

                treatments.append(treatments_item)

        _delivery = d.pop("Delivery", UNSET)
        delivery: RunDelivery | Unset
        if isinstance(_delivery, Unset):
            delivery = UNSET
        else:
            delivery = RunDelivery.from_dict(_delivery)

        _failure = d.pop("Failure", UNSET)
        failure: RunFailure | Unset
        if isinstance(_failure, Unset):
            failure = UNSET
        else:
            failure = RunFailure.from_dict(_failure)

        run_input = cls(
            schedule=schedule,
            segment=segment,
            treatments=treatments,
            delivery=delivery,
            failure=failure,
        )

        run_input.additional_properties = d
        return run_input

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
