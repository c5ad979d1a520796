"""The handler interface: implement one coroutine per operation and pass it to ``create_app``.

Subclass :class:`HandlersBase` and override the operations you serve: it answers OPTIONS
preflights with an empty 200 (the app adds ``Allow`` and the CORS headers) and every other
operation with a 500 ``InternalServerErrorException`` saying it is not implemented, so a missing
method is a clear error rather than a crash at start-up.
"""

from __future__ import annotations

from typing import Protocol

from pinpoint_admin_server.errors import InternalServerErrorException
from pinpoint_admin_server.requests import (
    AddActivitiesRequest,
    AddFaultRequest,
    AdvanceClockRequest,
    CancelRunRequest,
    ClearFaultsRequest,
    CreateRunRequest,
    DeleteActivitiesRequest,
    DeleteApplicationRequest,
    DeleteCampaignRequest,
    DeleteRunRequest,
    GetClockRequest,
    GetHealthRequest,
    GetRunRequest,
    ListActivitiesRequest,
    ListApplicationsRequest,
    ListFaultsRequest,
    ListRunsRequest,
    PauseRunRequest,
    PutApplicationRequest,
    PutCampaignRequest,
    ResetMockRequest,
    ResumeRunRequest,
    SetClockRequest,
)
from pinpoint_admin_server.responses import (
    AddActivitiesResponse,
    AddFaultResponse,
    AdvanceClockResponse,
    CancelRunResponse,
    ClearFaultsResponse,
    CreateRunResponse,
    DeleteActivitiesResponse,
    DeleteApplicationResponse,
    DeleteCampaignResponse,
    DeleteRunResponse,
    GetClockResponse,
    GetHealthResponse,
    GetRunResponse,
    ListActivitiesResponse,
    ListApplicationsResponse,
    ListFaultsResponse,
    ListRunsResponse,
    PauseRunResponse,
    PutApplicationResponse,
    PutCampaignResponse,
    ResetMockResponse,
    ResumeRunResponse,
    SetClockResponse,
)

__all__ = ["Handlers", "HandlersBase"]


class Handlers(Protocol):
    """One coroutine per operation. Raise an ``ApiError`` subclass to answer with an error."""

    async def get_health(self, request: GetHealthRequest) -> GetHealthResponse:
        """``GET /_mock/health``: Says that the server serves, with its version, store and clock."""
        ...

    async def reset_mock(self, request: ResetMockRequest) -> ResetMockResponse:
        """``POST /_mock/reset``: Empties every application, campaign, activity and fault, and puts the clock back to real time."""
        ...

    async def list_applications(self, request: ListApplicationsRequest) -> ListApplicationsResponse:
        """``GET /_mock/apps``: Lists the applications with their campaigns."""
        ...

    async def put_application(self, request: PutApplicationRequest) -> PutApplicationResponse:
        """``PUT /_mock/apps/{application-id}``: Creates an application, or keeps the one with this ID (setting its Name if one is given)."""
        ...

    async def delete_application(
        self, request: DeleteApplicationRequest
    ) -> DeleteApplicationResponse:
        """``DELETE /_mock/apps/{application-id}``: Removes the application and everything under it."""
        ...

    async def put_campaign(self, request: PutCampaignRequest) -> PutCampaignResponse:
        """``PUT /_mock/apps/{application-id}/campaigns/{campaign-id}``: Creates a campaign in an existing application, or keeps the one with this ID."""
        ...

    async def delete_campaign(self, request: DeleteCampaignRequest) -> DeleteCampaignResponse:
        """``DELETE /_mock/apps/{application-id}/campaigns/{campaign-id}``: Removes the campaign and its activities."""
        ...

    async def list_activities(self, request: ListActivitiesRequest) -> ListActivitiesResponse:
        """``GET /_mock/apps/{application-id}/campaigns/{campaign-id}/activities``: Returns a page of the campaign's activities, as GetCampaignActivities does, without a signature."""
        ...

    async def add_activities(self, request: AddActivitiesRequest) -> AddActivitiesResponse:
        """``POST /_mock/apps/{application-id}/campaigns/{campaign-id}/activities``: Appends activities to a campaign, after the ones it has."""
        ...

    async def delete_activities(self, request: DeleteActivitiesRequest) -> DeleteActivitiesResponse:
        """``DELETE /_mock/apps/{application-id}/campaigns/{campaign-id}/activities``: Removes the campaign's activities (the campaign stays)."""
        ...

    async def list_runs(self, request: ListRunsRequest) -> ListRunsResponse:
        """``GET /_mock/apps/{application-id}/campaigns/{campaign-id}/runs``: Lists the campaign's runs, oldest first, as they are by the mock's clock."""
        ...

    async def create_run(self, request: CreateRunRequest) -> CreateRunResponse:
        """``POST /_mock/apps/{application-id}/campaigns/{campaign-id}/runs``: Starts a campaign run, whose activities progress on the mock's clock."""
        ...

    async def get_run(self, request: GetRunRequest) -> GetRunResponse:
        """``GET /_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}``: Returns one run as it is by the mock's clock."""
        ...

    async def delete_run(self, request: DeleteRunRequest) -> DeleteRunResponse:
        """``DELETE /_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}``: Removes the run and the activities it made."""
        ...

    async def pause_run(self, request: PauseRunRequest) -> PauseRunResponse:
        """``POST /_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}/pause``: Pauses the run at the mock's clock now."""
        ...

    async def resume_run(self, request: ResumeRunRequest) -> ResumeRunResponse:
        """``POST /_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}/resume``: Resumes a paused run at the mock's clock now (409 when it is not paused)."""
        ...

    async def cancel_run(self, request: CancelRunRequest) -> CancelRunResponse:
        """``POST /_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}/cancel``: Cancels the run at the mock's clock now."""
        ...

    async def get_clock(self, request: GetClockRequest) -> GetClockResponse:
        """``GET /_mock/clock``: Returns the mock's clock."""
        ...

    async def set_clock(self, request: SetClockRequest) -> SetClockResponse:
        """``PUT /_mock/clock``: Sets the clock to an instant, frozen or running, or back to real time."""
        ...

    async def advance_clock(self, request: AdvanceClockRequest) -> AdvanceClockResponse:
        """``POST /_mock/clock/advance``: Moves the clock forward, frozen or not."""
        ...

    async def list_faults(self, request: ListFaultsRequest) -> ListFaultsResponse:
        """``GET /_mock/faults``: Lists the faults that are still armed."""
        ...

    async def add_fault(self, request: AddFaultRequest) -> AddFaultResponse:
        """``POST /_mock/faults``: Makes the next requests of an operation fail, or wait, or both."""
        ...

    async def clear_faults(self, request: ClearFaultsRequest) -> ClearFaultsResponse:
        """``DELETE /_mock/faults``: Disarms every fault."""
        ...


class HandlersBase:
    """Default answers for every operation; subclass it and override what you serve."""

    async def get_health(self, request: GetHealthRequest) -> GetHealthResponse:
        """Not implemented: override it."""
        raise InternalServerErrorException("Operation GetHealth is not implemented.")

    async def reset_mock(self, request: ResetMockRequest) -> ResetMockResponse:
        """Not implemented: override it."""
        raise InternalServerErrorException("Operation ResetMock is not implemented.")

    async def list_applications(self, request: ListApplicationsRequest) -> ListApplicationsResponse:
        """Not implemented: override it."""
        raise InternalServerErrorException("Operation ListApplications is not implemented.")

    async def put_application(self, request: PutApplicationRequest) -> PutApplicationResponse:
        """Not implemented: override it."""
        raise InternalServerErrorException("Operation PutApplication is not implemented.")

    async def delete_application(
        self, request: DeleteApplicationRequest
    ) -> DeleteApplicationResponse:
        """Not implemented: override it."""
        raise InternalServerErrorException("Operation DeleteApplication is not implemented.")

    async def put_campaign(self, request: PutCampaignRequest) -> PutCampaignResponse:
        """Not implemented: override it."""
        raise InternalServerErrorException("Operation PutCampaign is not implemented.")

    async def delete_campaign(self, request: DeleteCampaignRequest) -> DeleteCampaignResponse:
        """Not implemented: override it."""
        raise InternalServerErrorException("Operation DeleteCampaign is not implemented.")

    async def list_activities(self, request: ListActivitiesRequest) -> ListActivitiesResponse:
        """Not implemented: override it."""
        raise InternalServerErrorException("Operation ListActivities is not implemented.")

    async def add_activities(self, request: AddActivitiesRequest) -> AddActivitiesResponse:
        """Not implemented: override it."""
        raise InternalServerErrorException("Operation AddActivities is not implemented.")

    async def delete_activities(self, request: DeleteActivitiesRequest) -> DeleteActivitiesResponse:
        """Not implemented: override it."""
        raise InternalServerErrorException("Operation DeleteActivities is not implemented.")

    async def list_runs(self, request: ListRunsRequest) -> ListRunsResponse:
        """Not implemented: override it."""
        raise InternalServerErrorException("Operation ListRuns is not implemented.")

    async def create_run(self, request: CreateRunRequest) -> CreateRunResponse:
        """Not implemented: override it."""
        raise InternalServerErrorException("Operation CreateRun is not implemented.")

    async def get_run(self, request: GetRunRequest) -> GetRunResponse:
        """Not implemented: override it."""
        raise InternalServerErrorException("Operation GetRun is not implemented.")

    async def delete_run(self, request: DeleteRunRequest) -> DeleteRunResponse:
        """Not implemented: override it."""
        raise InternalServerErrorException("Operation DeleteRun is not implemented.")

    async def pause_run(self, request: PauseRunRequest) -> PauseRunResponse:
        """Not implemented: override it."""
        raise InternalServerErrorException("Operation PauseRun is not implemented.")

    async def resume_run(self, request: ResumeRunRequest) -> ResumeRunResponse:
        """Not implemented: override it."""
        raise InternalServerErrorException("Operation ResumeRun is not implemented.")

    async def cancel_run(self, request: CancelRunRequest) -> CancelRunResponse:
        """Not implemented: override it."""
        raise InternalServerErrorException("Operation CancelRun is not implemented.")

    async def get_clock(self, request: GetClockRequest) -> GetClockResponse:
        """Not implemented: override it."""
        raise InternalServerErrorException("Operation GetClock is not implemented.")

    async def set_clock(self, request: SetClockRequest) -> SetClockResponse:
        """Not implemented: override it."""
        raise InternalServerErrorException("Operation SetClock is not implemented.")

    async def advance_clock(self, request: AdvanceClockRequest) -> AdvanceClockResponse:
        """Not implemented: override it."""
        raise InternalServerErrorException("Operation AdvanceClock is not implemented.")

    async def list_faults(self, request: ListFaultsRequest) -> ListFaultsResponse:
        """Not implemented: override it."""
        raise InternalServerErrorException("Operation ListFaults is not implemented.")

    async def add_fault(self, request: AddFaultRequest) -> AddFaultResponse:
        """Not implemented: override it."""
        raise InternalServerErrorException("Operation AddFault is not implemented.")

    async def clear_faults(self, request: ClearFaultsRequest) -> ClearFaultsResponse:
        """Not implemented: override it."""
        raise InternalServerErrorException("Operation ClearFaults is not implemented.")
