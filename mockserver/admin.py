"""The Handlers of the generated ``pinpoint_admin_server`` app: the mock's control plane.

A thin adapter, like ``mockserver.handler``: each operation calls the Store, the clock or the
fault table and maps the domain errors onto the admin API's (404 NotFound, 409 Conflict, 400
BadRequest with the JSON pointer in the message). Activities are checked by the Store with the
main spec's generated validators, so this module holds no copy of ActivityResponse. Every call
runs in a worker thread (``asyncio.to_thread``): a write may wait for another process's write
lock, and the event loop must keep serving the main API meanwhile.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from functools import cache
from importlib import metadata
from typing import Any, Final, TypeVar, cast

from pinpoint_admin_server import (  # type: ignore[import-not-found, unused-ignore]
    AddActivitiesRequest,
    AddActivitiesResponse,
    AddFaultRequest,
    AddFaultResponse,
    AdvanceClockRequest,
    AdvanceClockResponse,
    CancelRunRequest,
    CancelRunResponse,
    ClearFaultsRequest,
    ClearFaultsResponse,
    CreateRunRequest,
    CreateRunResponse,
    DeleteActivitiesRequest,
    DeleteActivitiesResponse,
    DeleteApplicationRequest,
    DeleteApplicationResponse,
    DeleteCampaignRequest,
    DeleteCampaignResponse,
    DeleteRunRequest,
    DeleteRunResponse,
    GetClockRequest,
    GetClockResponse,
    GetHealthRequest,
    GetHealthResponse,
    GetRunRequest,
    GetRunResponse,
    ListActivitiesRequest,
    ListActivitiesResponse,
    ListApplicationsRequest,
    ListApplicationsResponse,
    ListFaultsRequest,
    ListFaultsResponse,
    ListRunsRequest,
    ListRunsResponse,
    PauseRunRequest,
    PauseRunResponse,
    PutApplicationRequest,
    PutApplicationResponse,
    PutCampaignRequest,
    PutCampaignResponse,
    RawJSON,
    ResetMockRequest,
    ResetMockResponse,
    ResumeRunRequest,
    ResumeRunResponse,
    SetClockRequest,
    SetClockResponse,
    models,
)
from pinpoint_admin_server.errors import (  # type: ignore[import-not-found, unused-ignore]
    ApiError,
    BadRequestException,
    ConflictException,
    ForbiddenException,
    NotFoundException,
)

from mockserver.clock import ClockReading, MockClock
from mockserver.dbcheck import StoreReadOnlyError, StoreUnavailableError
from mockserver.errors import BadRequestError, ConflictError, NotFoundError, ValidationError
from mockserver.faults import Fault, FaultTable
from mockserver.runs.service import RunService
from mockserver.seed import seed_demo
from mockserver.service import ActivitiesService
from mockserver.storage import ActivityStore
from mockserver.timefmt import iso_ms, parse_ms

DISTRIBUTION: Final = "pinpoint-campaign-activities-toolkit"  # pyproject.toml's project.name
_T = TypeVar("_T")


@cache
def mock_version() -> str:
    """The version of the installed mock server (pyproject's), for Health."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "0+unknown"


def _wire_campaign(info: Any) -> models.Campaign:
    return {
        "ApplicationId": info.application_id,
        "CampaignId": info.campaign_id,
        "Name": info.name,
        "TreatmentIds": list(info.treatment_ids),
        "ActivityCount": info.activity_count,
    }


def _wire_application(info: Any) -> models.Application:
    return {
        "ApplicationId": info.application_id,
        "Name": info.name,
        "Campaigns": [_wire_campaign(campaign) for campaign in info.campaigns],
    }


def _wire_clock(reading: ClockReading) -> models.Clock:
    return {"Now": iso_ms(reading.now_ms), "Frozen": reading.frozen, "Real": reading.real}


def _wire_fault(fault: Fault) -> models.Fault:
    optional: dict[str, Any] = {
        "ApplicationId": fault.application_id,
        "CampaignId": fault.campaign_id,
        "Status": fault.status,
        "ErrorType": fault.error_type,
        "Message": fault.message,
        "RetryAfterSeconds": fault.retry_after,
    }
    wire: dict[str, Any] = {
        "FaultId": fault.fault_id,
        "Operation": fault.operation,
        "Remaining": fault.remaining,
        **{key: value for key, value in optional.items() if value is not None},
        "DelayMs": fault.delay_ms,
    }
    return wire  # type: ignore[return-value]  # the keys above are Fault's


class ServiceUnavailableException(ApiError):  # type: ignore[misc, unused-ignore]
    """503: the store cannot answer (PostgreSQL lost, the SQLite file replaced)."""

    status = 503


async def _call(function: Callable[..., _T], *args: Any, **kwargs: Any) -> _T:
    """Run a Store call in a thread, answering its domain errors as the admin API's."""
    try:
        return await asyncio.to_thread(function, *args, **kwargs)
    except NotFoundError as exc:
        raise NotFoundException(exc.message) from None
    except ConflictError as exc:
        raise ConflictException(str(exc)) from None
    except ValidationError as exc:
        raise BadRequestException(str(exc)) from None
    except BadRequestError as exc:
        raise BadRequestException(exc.message) from None
    except StoreUnavailableError as exc:
        raise ServiceUnavailableException(exc.message) from None
    except StoreReadOnlyError as exc:
        raise ForbiddenException(exc.message) from None


class AdminHandlers:
    """Implements the generated admin Handlers protocol over one Store."""

    def __init__(
        self,
        store: ActivityStore,
        clock: MockClock,
        faults: FaultTable,
        pages: ActivitiesService | None = None,
    ) -> None:
        self.store = store
        self.clock = clock
        self.faults = faults
        self.runs = RunService(store, clock)
        # The main API's service (build_app passes its instance): the same pages, both APIs.
        self.pages = ActivitiesService(store) if pages is None else pages

    async def get_health(self, request: GetHealthRequest) -> GetHealthResponse:
        reading = await _call(self.clock.reading)
        return GetHealthResponse(
            {
                "Status": "ok",
                "Version": mock_version(),
                "Store": {
                    "Kind": self.store.kind,
                    "Location": self.store.location,
                    "ReadOnly": self.store.read_only,
                },
                "Now": iso_ms(reading.now_ms),
            }
        )

    async def reset_mock(self, request: ResetMockRequest) -> ResetMockResponse:
        demo = bool(request.demo)
        applications = await _call(self._reset, demo)
        return ResetMockResponse({"Demo": demo, "Applications": applications})

    def _reset(self, demo: bool) -> int:
        self.store.reset()
        self.faults.settle()  # the reset emptied the table
        if demo:
            seed_demo(self.store)
        return len(self.store.list_applications())

    async def list_applications(self, request: ListApplicationsRequest) -> ListApplicationsResponse:
        apps = await _call(self.store.list_applications)
        return ListApplicationsResponse({"Item": [_wire_application(app) for app in apps]})

    async def put_application(self, request: PutApplicationRequest) -> PutApplicationResponse:
        name = None if request.body is None else request.body.get("Name")
        info, created = await _call(self.store.put_application, request.application_id, name=name)
        return PutApplicationResponse(_wire_application(info), 201 if created else 200)

    async def delete_application(
        self, request: DeleteApplicationRequest
    ) -> DeleteApplicationResponse:
        await _call(self.store.delete_application, request.application_id)
        return DeleteApplicationResponse()

    async def put_campaign(self, request: PutCampaignRequest) -> PutCampaignResponse:
        body = request.body or {}
        treatments = body.get("TreatmentIds")
        info, created = await _call(
            self.store.put_campaign,
            request.application_id,
            request.campaign_id,
            name=body.get("Name"),
            treatment_ids=None if treatments is None else tuple(treatments),
        )
        return PutCampaignResponse(_wire_campaign(info), 201 if created else 200)

    async def delete_campaign(self, request: DeleteCampaignRequest) -> DeleteCampaignResponse:
        await _call(self.store.delete_campaign, request.application_id, request.campaign_id)
        return DeleteCampaignResponse()

    async def add_activities(self, request: AddActivitiesRequest) -> AddActivitiesResponse:
        result = await _call(
            self.store.add_activities,
            request.application_id,
            request.campaign_id,
            request.body["Item"],
        )
        return AddActivitiesResponse({"Item": result.items})

    async def list_activities(self, request: ListActivitiesRequest) -> ListActivitiesResponse:
        """GetCampaignActivities' page without its --auth: for the web page (no SigV4)."""
        body = await _call(
            self.pages.get_activities_page,
            request.application_id,
            request.campaign_id,
            request.page_size,
            request.token,
        )
        return ListActivitiesResponse(RawJSON(body))

    async def delete_activities(self, request: DeleteActivitiesRequest) -> DeleteActivitiesResponse:
        await _call(self.store.delete_activities, request.application_id, request.campaign_id)
        return DeleteActivitiesResponse()

    async def get_clock(self, request: GetClockRequest) -> GetClockResponse:
        return GetClockResponse(_wire_clock(await _call(self.clock.reading)))

    async def set_clock(self, request: SetClockRequest) -> SetClockResponse:
        body = request.body
        if body.get("Real"):
            if "Now" in body or "Frozen" in body:
                raise BadRequestException(
                    '{"Real": true} goes back to real time: without Now or Frozen.'
                )
            return SetClockResponse(_wire_clock(await _call(self.clock.set_real)))
        now = body.get("Now")
        try:
            now_ms = None if now is None else parse_ms(now)
        except ValueError:
            raise BadRequestException(
                f"Now must be an RFC 3339 date-time with a time zone, got {str(now)[:64]!r}."
            ) from None
        reading = await _call(self.clock.set, now_ms, frozen=body.get("Frozen", True))
        return SetClockResponse(_wire_clock(reading))

    async def advance_clock(self, request: AdvanceClockRequest) -> AdvanceClockResponse:
        reading = await _call(self.clock.advance, request.body["Seconds"])
        return AdvanceClockResponse(_wire_clock(reading))

    async def list_faults(self, request: ListFaultsRequest) -> ListFaultsResponse:
        faults = await _call(self.faults.list)
        return ListFaultsResponse({"Item": [_wire_fault(fault) for fault in faults]})

    async def add_fault(self, request: AddFaultRequest) -> AddFaultResponse:
        body = request.body
        fault = await _call(
            self.faults.add,
            body["Operation"],
            application_id=body.get("ApplicationId"),
            campaign_id=body.get("CampaignId"),
            count=body.get("Count", 1),
            status=body.get("Status"),
            error_type=body.get("ErrorType"),
            message=body.get("Message"),
            retry_after=body.get("RetryAfterSeconds"),
            delay_ms=body.get("DelayMs", 0),
        )
        return AddFaultResponse(_wire_fault(fault))

    async def clear_faults(self, request: ClearFaultsRequest) -> ClearFaultsResponse:
        await _call(self.faults.clear)
        return ClearFaultsResponse()

    # Campaign runs (mockserver.runs) -----------------------------------------------------------

    async def create_run(self, request: CreateRunRequest) -> CreateRunResponse:
        run = await _call(
            self.runs.create, request.application_id, request.campaign_id, dict(request.body)
        )
        return CreateRunResponse(cast(models.Run, run))

    async def list_runs(self, request: ListRunsRequest) -> ListRunsResponse:
        runs = await _call(self.runs.list_runs, request.application_id, request.campaign_id)
        return ListRunsResponse({"Item": cast(list[models.Run], runs)})

    async def get_run(self, request: GetRunRequest) -> GetRunResponse:
        run = await _call(
            self.runs.get, request.application_id, request.campaign_id, request.run_id
        )
        return GetRunResponse(cast(models.Run, run))

    async def delete_run(self, request: DeleteRunRequest) -> DeleteRunResponse:
        await _call(self.runs.delete, request.application_id, request.campaign_id, request.run_id)
        return DeleteRunResponse()

    async def pause_run(self, request: PauseRunRequest) -> PauseRunResponse:
        return PauseRunResponse(await self._event(request, "PAUSE"))

    async def resume_run(self, request: ResumeRunRequest) -> ResumeRunResponse:
        return ResumeRunResponse(await self._event(request, "RESUME"))

    async def cancel_run(self, request: CancelRunRequest) -> CancelRunResponse:
        return CancelRunResponse(await self._event(request, "CANCEL"))

    async def _event(self, request: Any, kind: str) -> Any:
        return await _call(
            self.runs.event, request.application_id, request.campaign_id, request.run_id, kind
        )
