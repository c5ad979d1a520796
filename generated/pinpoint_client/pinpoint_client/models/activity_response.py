from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_response_result import ActivityResponseResult
from ..models.activity_response_state import ActivityResponseState
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityResponse")


@_attrs_define
class ActivityResponse:
    """Provides information about an activity that was performed by a campaign.

    Example:
        {'Id': '0d6d5b27a4f54f3a9ce2b3a7d1e8f901', 'ApplicationId': '4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b', 'CampaignId':
            '7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f', 'TreatmentId': '0', 'State': 'COMPLETED', 'Result': 'SUCCESS',
            'ScheduledStart': '2026-03-01T09:00:00.000Z', 'Start': '2026-03-01T09:00:03.512Z', 'End':
            '2026-03-01T09:41:27.094Z', 'SuccessfulEndpointCount': 18734, 'TotalEndpointCount': 19021,
            'TimezonesTotalCount': 12, 'TimezonesCompletedCount': 12}

    Attributes:
        id (str): The unique identifier for the activity. Example: 0d6d5b27a4f54f3a9ce2b3a7d1e8f901.
        application_id (str): The unique identifier for the application that the campaign applies to. Example:
            4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b.
        campaign_id (str): The unique identifier for the campaign that the activity applies to. Example:
            7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f.
        treatment_id (str | Unset): The unique identifier for the campaign treatment that the activity applies to. A
            treatment is a variation of a campaign that's used for A/B testing of a campaign. Example: 0.
        state (ActivityResponseState | str | Unset): The state of the activity. Possible values are: PENDING,
            INITIALIZING, RUNNING, PAUSED, CANCELLED, and COMPLETED.
        result (ActivityResponseResult | str | Unset): Specifies whether the activity succeeded. Possible values are
            SUCCESS and FAIL.
        scheduled_start (datetime.datetime | Unset): The scheduled start time, in ISO 8601 format, for the activity.
            Example: 2026-03-01T09:00:00.000Z.
        start (datetime.datetime | Unset): The actual start time, in ISO 8601 format, of the activity. Example:
            2026-03-01T09:00:03.512Z.
        end (datetime.datetime | Unset): The actual time, in ISO 8601 format, when the activity was marked CANCELLED or
            COMPLETED. Example: 2026-03-01T09:41:27.094Z.
        successful_endpoint_count (int | Unset): The total number of endpoints that the campaign successfully delivered
            messages to. Example: 18734.
        total_endpoint_count (int | Unset): The total number of endpoints that the campaign attempted to deliver
            messages to. Example: 19021.
        timezones_total_count (int | Unset): The total number of unique time zones that are in the segment for the
            campaign. Example: 12.
        timezones_completed_count (int | Unset): The total number of time zones that were completed. Example: 12.
    """

    id: str
    application_id: str
    campaign_id: str
    treatment_id: str | Unset = UNSET
    state: ActivityResponseState | str | Unset = UNSET
    result: ActivityResponseResult | str | Unset = UNSET
    scheduled_start: datetime.datetime | Unset = UNSET
    start: datetime.datetime | Unset = UNSET
    end: datetime.datetime | Unset = UNSET
    successful_endpoint_count: int | Unset = UNSET
    total_endpoint_count: int | Unset = UNSET
    timezones_total_count: int | Unset = UNSET
    timezones_completed_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        application_id = self.application_id

        campaign_id = self.campaign_id

        treatment_id = self.treatment_id

        state: str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, ActivityResponseState):
            state = self.state.value
        else:
            state = self.state

        result: str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, ActivityResponseResult):
            result = self.result.value
        else:
            result = self.result

        scheduled_start: str | Unset = UNSET
        if not isinstance(self.scheduled_start, Unset):
            scheduled_start = self.scheduled_start.isoformat()

        start: str | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.isoformat()

        end: str | Unset = UNSET
        if not isinstance(self.end, Unset):
            end = self.end.isoformat()

        successful_endpoint_count = self.successful_endpoint_count

        total_endpoint_count = self.total_endpoint_count

        timezones_total_count = self.timezones_total_count

        timezones_completed_count = self.timezones_completed_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "ApplicationId": application_id,
                "CampaignId": campaign_id,
            }
        )
        if treatment_id is not UNSET:
            field_dict["TreatmentId"] = treatment_id
        if state is not UNSET:
            field_dict["State"] = state
        if result is not UNSET:
            field_dict["Result"] = result
        if scheduled_start is not UNSET:
            field_dict["ScheduledStart"] = scheduled_start
        if start is not UNSET:
            field_dict["Start"] = start
        if end is not UNSET:
            field_dict["End"] = end
        if successful_endpoint_count is not UNSET:
            field_dict["SuccessfulEndpointCount"] = successful_endpoint_count
        if total_endpoint_count is not UNSET:
            field_dict["TotalEndpointCount"] = total_endpoint_count
        if timezones_total_count is not UNSET:
            field_dict["TimezonesTotalCount"] = timezones_total_count
        if timezones_completed_count is not UNSET:
            field_dict["TimezonesCompletedCount"] = timezones_completed_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("Id")

        application_id = d.pop("ApplicationId")

        campaign_id = d.pop("CampaignId")

        treatment_id = d.pop("TreatmentId", UNSET)

        def _parse_state(data: object) -> ActivityResponseState | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = ActivityResponseState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActivityResponseState | str | Unset, data)

        state = _parse_state(d.pop("State", UNSET))

        def _parse_result(data: object) -> ActivityResponseResult | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                result_type_0 = ActivityResponseResult(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActivityResponseResult | str | Unset, data)

        result = _parse_result(d.pop("Result", UNSET))

        _scheduled_start = d.pop("ScheduledStart", UNSET)
        scheduled_start: datetime.datetime | Unset
        if isinstance(_scheduled_start, Unset):
            scheduled_start = UNSET
        else:
            scheduled_start = datetime.datetime.fromisoformat(_scheduled_start)

        _start = d.pop("Start", UNSET)
        start: datetime.datetime | Unset
        if isinstance(_start, Unset):
            start = UNSET
        else:
            start = datetime.datetime.fromisoformat(_start)

        _end = d.pop("End", UNSET)
        end: datetime.datetime | Unset
        if isinstance(_end, Unset):
            end = UNSET
        else:
            end = datetime.datetime.fromisoformat(_end)

        successful_endpoint_count = d.pop("SuccessfulEndpointCount", UNSET)

        total_endpoint_count = d.pop("TotalEndpointCount", UNSET)

        timezones_total_count = d.pop("TimezonesTotalCount", UNSET)

        timezones_completed_count = d.pop("TimezonesCompletedCount", UNSET)

        activity_response = cls(
            id=id,
            application_id=application_id,
            campaign_id=campaign_id,
            treatment_id=treatment_id,
            state=state,
            result=result,
            scheduled_start=scheduled_start,
            start=start,
            end=end,
            successful_endpoint_count=successful_endpoint_count,
            total_endpoint_count=total_endpoint_count,
            timezones_total_count=timezones_total_count,
            timezones_completed_count=timezones_completed_count,
        )

        activity_response.additional_properties = d
        return activity_response

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
