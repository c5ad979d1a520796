from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_state import RunState

if TYPE_CHECKING:
    from ..models.run_delivery import RunDelivery
    from ..models.run_event import RunEvent
    from ..models.run_failure import RunFailure
    from ..models.run_schedule import RunSchedule
    from ..models.run_segment import RunSegment
    from ..models.run_treatment import RunTreatment


T = TypeVar("T", bound="Run")


@_attrs_define
class Run:
    """A campaign run as it is by the mock's clock at the time of the answer.

    Attributes:
        run_id (str): The run's ID.
        application_id (str):
        campaign_id (str):
        state (RunState | str): SCHEDULED until its first activity starts, RUNNING until every occurrence is
            COMPLETED (then COMPLETED), PAUSED between a pause and a resume, CANCELLED after a
            cancel.
        created_at (datetime.datetime): The mock's clock when the run was created (when its first occurrence appeared).
        schedule (RunSchedule): When the run's occurrences start, in the field names of Pinpoint's `Schedule`.
            Pinpoint's `EVENT` and `IN_APP_EVENT` frequencies are refused: such campaigns start on
            events the mock does not receive, not on a clock.
        segment (RunSegment): The endpoints the run delivers to, and their time zones.
        treatments (list[RunTreatment]):
        delivery (RunDelivery): How fast an occurrence goes. Each activity is INITIALIZING for `InitializingSeconds`
            after it starts, then RUNNING: each time zone sends (from its start, with local time)
            at `EndpointsPerSecond` or, if given instead, in `SecondsPerTimezone`, its attempted
            endpoints growing evenly; COMPLETED when every zone is done.
        failure (RunFailure): How the run fails (default it does not).
        events (list[RunEvent]): Its pauses, resumes and cancel, oldest first.
        activity_count (int): How many activities (occurrences times treatments) have appeared by now.
        now (datetime.datetime): The mock's clock that this answer is as of.
    """

    run_id: str
    application_id: str
    campaign_id: str
    state: RunState | str
    created_at: datetime.datetime
    schedule: RunSchedule
    segment: RunSegment
    treatments: list[RunTreatment]
    delivery: RunDelivery
    failure: RunFailure
    events: list[RunEvent]
    activity_count: int
    now: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        application_id = self.application_id

        campaign_id = self.campaign_id

        state: str
        if isinstance(self.state, RunState):
            state = self.state.value
        else:
            state = self.state

        created_at = self.created_at.isoformat()

        schedule = self.schedule.to_dict()

        segment = self.segment.to_dict()

        treatments = []
        for treatments_item_data in self.treatments:
            treatments_item = treatments_item_data.to_dict()
            treatments.append(treatments_item)

        delivery = self.delivery.to_dict()

        failure = self.failure.to_dict()

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        activity_count = self.activity_count

        now = self.now.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "RunId": run_id,
                "ApplicationId": application_id,
                "CampaignId": campaign_id,
                "State": state,
                "CreatedAt": created_at,
                "Schedule": schedule,
                "Segment": segment,
                "Treatments": treatments,
                "Delivery": delivery,
                "Failure": failure,
                "Events": events,
                "ActivityCount": activity_count,
                "Now": now,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_delivery import RunDelivery  # noqa: PLC0415
        from ..models.run_event import RunEvent  # noqa: PLC0415
        from ..models.run_failure import RunFailure  # noqa: PLC0415
        from ..models.run_schedule import RunSchedule  # noqa: PLC0415
        from ..models.run_segment import RunSegment  # noqa: PLC0415
        from ..models.run_treatment import RunTreatment  # noqa: PLC0415

        d = dict(src_dict)
        run_id = d.pop("RunId")

        application_id = d.pop("ApplicationId")

        campaign_id = d.pop("CampaignId")

        def _parse_state(data: object) -> RunState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = RunState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RunState | str, data)

        state = _parse_state(d.pop("State"))

        created_at = datetime.datetime.fromisoformat(d.pop("CreatedAt"))

        schedule = RunSchedule.from_dict(d.pop("Schedule"))

        segment = RunSegment.from_dict(d.pop("Segment"))

        treatments = []
        _treatments = d.pop("Treatments")
        for treatments_item_data in _treatments:
            treatments_item = RunTreatment.from_dict(treatments_item_data)

            treatments.append(treatments_item)

        delivery = RunDelivery.from_dict(d.pop("Delivery"))

        failure = RunFailure.from_dict(d.pop("Failure"))

        events = []
        _events = d.pop("Events")
        for events_item_data in _events:
            events_item = RunEvent.from_dict(events_item_data)

            events.append(events_item)

        activity_count = d.pop("ActivityCount")

        now = datetime.datetime.fromisoformat(d.pop("Now"))

        run = cls(
            run_id=run_id,
            application_id=application_id,
            campaign_id=campaign_id,
            state=state,
            created_at=created_at,
            schedule=schedule,
            segment=segment,
            treatments=treatments,
            delivery=delivery,
            failure=failure,
            events=events,
            activity_count=activity_count,
            now=now,
        )

        run.additional_properties = d
        return run

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
