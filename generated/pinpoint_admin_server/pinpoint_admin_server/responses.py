"""What a handler returns: one frozen response class per operation.

``body`` is the success schema's typed dictionary, encoded with ``json.dumps``, or a
:class:`RawJSON` holding bytes encoded already, sent as they are. ``headers`` are added to the
response (the app's own ``x-amzn-RequestId`` and ``Content-Length`` cannot be overridden).
Every request builds these objects, so their ``__init__`` is written out (see ``_frozen``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from pinpoint_admin_server import models as _models
from pinpoint_admin_server._frozen import slot_setter

__all__ = [
    "RawJSON",
    "GetHealthResponse",
    "ResetMockResponse",
    "ListApplicationsResponse",
    "PutApplicationResponse",
    "DeleteApplicationResponse",
    "PutCampaignResponse",
    "DeleteCampaignResponse",
    "ListActivitiesResponse",
    "AddActivitiesResponse",
    "DeleteActivitiesResponse",
    "ListRunsResponse",
    "CreateRunResponse",
    "GetRunResponse",
    "DeleteRunResponse",
    "PauseRunResponse",
    "ResumeRunResponse",
    "CancelRunResponse",
    "GetClockResponse",
    "SetClockResponse",
    "AdvanceClockResponse",
    "ListFaultsResponse",
    "AddFaultResponse",
    "ClearFaultsResponse",
]

NO_HEADERS: Final[Mapping[str, str]] = MappingProxyType({})
"""The ``headers`` of a response that adds none (read-only, so one serves them all)."""


@dataclass(frozen=True, slots=True, init=False)
class RawJSON:
    """A JSON body encoded already (UTF-8): the fast path for bodies kept serialized."""

    data: bytes

    def __init__(self, data: bytes) -> None:
        _RawJSON_data(self, data)


_RawJSON_data = slot_setter(RawJSON, "data")


@dataclass(frozen=True, slots=True, init=False)
class GetHealthResponse:
    """The response of ``GET /_mock/health`` (GetHealth)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    body: _models.Health | RawJSON
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        body: _models.Health | RawJSON,
        status: int = 200,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _GetHealthResponse_body(self, body)
        _GetHealthResponse_status(self, status)
        _GetHealthResponse_headers(self, headers)


_GetHealthResponse_body = slot_setter(GetHealthResponse, "body")
_GetHealthResponse_status = slot_setter(GetHealthResponse, "status")
_GetHealthResponse_headers = slot_setter(GetHealthResponse, "headers")


@dataclass(frozen=True, slots=True, init=False)
class ResetMockResponse:
    """The response of ``POST /_mock/reset`` (ResetMock)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    body: _models.ResetResult | RawJSON
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        body: _models.ResetResult | RawJSON,
        status: int = 200,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _ResetMockResponse_body(self, body)
        _ResetMockResponse_status(self, status)
        _ResetMockResponse_headers(self, headers)


_ResetMockResponse_body = slot_setter(ResetMockResponse, "body")
_ResetMockResponse_status = slot_setter(ResetMockResponse, "status")
_ResetMockResponse_headers = slot_setter(ResetMockResponse, "headers")


@dataclass(frozen=True, slots=True, init=False)
class ListApplicationsResponse:
    """The response of ``GET /_mock/apps`` (ListApplications)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    body: _models.ApplicationList | RawJSON
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        body: _models.ApplicationList | RawJSON,
        status: int = 200,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _ListApplicationsResponse_body(self, body)
        _ListApplicationsResponse_status(self, status)
        _ListApplicationsResponse_headers(self, headers)


_ListApplicationsResponse_body = slot_setter(ListApplicationsResponse, "body")
_ListApplicationsResponse_status = slot_setter(ListApplicationsResponse, "status")
_ListApplicationsResponse_headers = slot_setter(ListApplicationsResponse, "headers")


@dataclass(frozen=True, slots=True, init=False)
class PutApplicationResponse:
    """The response of ``PUT /_mock/apps/{application-id}`` (PutApplication)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    body: _models.Application | RawJSON
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        body: _models.Application | RawJSON,
        status: int = 200,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _PutApplicationResponse_body(self, body)
        _PutApplicationResponse_status(self, status)
        _PutApplicationResponse_headers(self, headers)


_PutApplicationResponse_body = slot_setter(PutApplicationResponse, "body")
_PutApplicationResponse_status = slot_setter(PutApplicationResponse, "status")
_PutApplicationResponse_headers = slot_setter(PutApplicationResponse, "headers")


@dataclass(frozen=True, slots=True, init=False)
class DeleteApplicationResponse:
    """The response of ``DELETE /_mock/apps/{application-id}`` (DeleteApplication)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        status: int = 204,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _DeleteApplicationResponse_status(self, status)
        _DeleteApplicationResponse_headers(self, headers)


_DeleteApplicationResponse_status = slot_setter(DeleteApplicationResponse, "status")
_DeleteApplicationResponse_headers = slot_setter(DeleteApplicationResponse, "headers")


@dataclass(frozen=True, slots=True, init=False)
class PutCampaignResponse:
    """The response of ``PUT /_mock/apps/{application-id}/campaigns/{campaign-id}`` (PutCampaign)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    body: _models.Campaign | RawJSON
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        body: _models.Campaign | RawJSON,
        status: int = 200,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _PutCampaignResponse_body(self, body)
        _PutCampaignResponse_status(self, status)
        _PutCampaignResponse_headers(self, headers)


_PutCampaignResponse_body = slot_setter(PutCampaignResponse, "body")
_PutCampaignResponse_status = slot_setter(PutCampaignResponse, "status")
_PutCampaignResponse_headers = slot_setter(PutCampaignResponse, "headers")


@dataclass(frozen=True, slots=True, init=False)
class DeleteCampaignResponse:
    """The response of ``DELETE /_mock/apps/{application-id}/campaigns/{campaign-id}`` (DeleteCampaign)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        status: int = 204,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _DeleteCampaignResponse_status(self, status)
        _DeleteCampaignResponse_headers(self, headers)


_DeleteCampaignResponse_status = slot_setter(DeleteCampaignResponse, "status")
_DeleteCampaignResponse_headers = slot_setter(DeleteCampaignResponse, "headers")


@dataclass(frozen=True, slots=True, init=False)
class ListActivitiesResponse:
    """The response of ``GET /_mock/apps/{application-id}/campaigns/{campaign-id}/activities`` (ListActivities)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    body: _models.ActivitiesPage | RawJSON
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        body: _models.ActivitiesPage | RawJSON,
        status: int = 200,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _ListActivitiesResponse_body(self, body)
        _ListActivitiesResponse_status(self, status)
        _ListActivitiesResponse_headers(self, headers)


_ListActivitiesResponse_body = slot_setter(ListActivitiesResponse, "body")
_ListActivitiesResponse_status = slot_setter(ListActivitiesResponse, "status")
_ListActivitiesResponse_headers = slot_setter(ListActivitiesResponse, "headers")


@dataclass(frozen=True, slots=True, init=False)
class AddActivitiesResponse:
    """The response of ``POST /_mock/apps/{application-id}/campaigns/{campaign-id}/activities`` (AddActivities)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    body: _models.StoredActivities | RawJSON
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        body: _models.StoredActivities | RawJSON,
        status: int = 201,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _AddActivitiesResponse_body(self, body)
        _AddActivitiesResponse_status(self, status)
        _AddActivitiesResponse_headers(self, headers)


_AddActivitiesResponse_body = slot_setter(AddActivitiesResponse, "body")
_AddActivitiesResponse_status = slot_setter(AddActivitiesResponse, "status")
_AddActivitiesResponse_headers = slot_setter(AddActivitiesResponse, "headers")


@dataclass(frozen=True, slots=True, init=False)
class DeleteActivitiesResponse:
    """The response of ``DELETE /_mock/apps/{application-id}/campaigns/{campaign-id}/activities`` (DeleteActivities)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        status: int = 204,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _DeleteActivitiesResponse_status(self, status)
        _DeleteActivitiesResponse_headers(self, headers)


_DeleteActivitiesResponse_status = slot_setter(DeleteActivitiesResponse, "status")
_DeleteActivitiesResponse_headers = slot_setter(DeleteActivitiesResponse, "headers")


@dataclass(frozen=True, slots=True, init=False)
class ListRunsResponse:
    """The response of ``GET /_mock/apps/{application-id}/campaigns/{campaign-id}/runs`` (ListRuns)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    body: _models.RunList | RawJSON
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        body: _models.RunList | RawJSON,
        status: int = 200,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _ListRunsResponse_body(self, body)
        _ListRunsResponse_status(self, status)
        _ListRunsResponse_headers(self, headers)


_ListRunsResponse_body = slot_setter(ListRunsResponse, "body")
_ListRunsResponse_status = slot_setter(ListRunsResponse, "status")
_ListRunsResponse_headers = slot_setter(ListRunsResponse, "headers")


@dataclass(frozen=True, slots=True, init=False)
class CreateRunResponse:
    """The response of ``POST /_mock/apps/{application-id}/campaigns/{campaign-id}/runs`` (CreateRun)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    body: _models.Run | RawJSON
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        body: _models.Run | RawJSON,
        status: int = 201,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _CreateRunResponse_body(self, body)
        _CreateRunResponse_status(self, status)
        _CreateRunResponse_headers(self, headers)


_CreateRunResponse_body = slot_setter(CreateRunResponse, "body")
_CreateRunResponse_status = slot_setter(CreateRunResponse, "status")
_CreateRunResponse_headers = slot_setter(CreateRunResponse, "headers")


@dataclass(frozen=True, slots=True, init=False)
class GetRunResponse:
    """The response of ``GET /_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}`` (GetRun)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    body: _models.Run | RawJSON
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        body: _models.Run | RawJSON,
        status: int = 200,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _GetRunResponse_body(self, body)
        _GetRunResponse_status(self, status)
        _GetRunResponse_headers(self, headers)


_GetRunResponse_body = slot_setter(GetRunResponse, "body")
_GetRunResponse_status = slot_setter(GetRunResponse, "status")
_GetRunResponse_headers = slot_setter(GetRunResponse, "headers")


@dataclass(frozen=True, slots=True, init=False)
class DeleteRunResponse:
    """The response of ``DELETE /_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}`` (DeleteRun)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        status: int = 204,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _DeleteRunResponse_status(self, status)
        _DeleteRunResponse_headers(self, headers)


_DeleteRunResponse_status = slot_setter(DeleteRunResponse, "status")
_DeleteRunResponse_headers = slot_setter(DeleteRunResponse, "headers")


@dataclass(frozen=True, slots=True, init=False)
class PauseRunResponse:
    """The response of ``POST /_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}/pause`` (PauseRun)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    body: _models.Run | RawJSON
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        body: _models.Run | RawJSON,
        status: int = 200,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _PauseRunResponse_body(self, body)
        _PauseRunResponse_status(self, status)
        _PauseRunResponse_headers(self, headers)


_PauseRunResponse_body = slot_setter(PauseRunResponse, "body")
_PauseRunResponse_status = slot_setter(PauseRunResponse, "status")
_PauseRunResponse_headers = slot_setter(PauseRunResponse, "headers")


@dataclass(frozen=True, slots=True, init=False)
class ResumeRunResponse:
    """The response of ``POST /_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}/resume`` (ResumeRun)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    body: _models.Run | RawJSON
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        body: _models.Run | RawJSON,
        status: int = 200,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _ResumeRunResponse_body(self, body)
        _ResumeRunResponse_status(self, status)
        _ResumeRunResponse_headers(self, headers)


_ResumeRunResponse_body = slot_setter(ResumeRunResponse, "body")
_ResumeRunResponse_status = slot_setter(ResumeRunResponse, "status")
_ResumeRunResponse_headers = slot_setter(ResumeRunResponse, "headers")


@dataclass(frozen=True, slots=True, init=False)
class CancelRunResponse:
    """The response of ``POST /_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}/cancel`` (CancelRun)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    body: _models.Run | RawJSON
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        body: _models.Run | RawJSON,
        status: int = 200,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _CancelRunResponse_body(self, body)
        _CancelRunResponse_status(self, status)
        _CancelRunResponse_headers(self, headers)


_CancelRunResponse_body = slot_setter(CancelRunResponse, "body")
_CancelRunResponse_status = slot_setter(CancelRunResponse, "status")
_CancelRunResponse_headers = slot_setter(CancelRunResponse, "headers")


@dataclass(frozen=True, slots=True, init=False)
class GetClockResponse:
    """The response of ``GET /_mock/clock`` (GetClock)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    body: _models.Clock | RawJSON
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        body: _models.Clock | RawJSON,
        status: int = 200,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _GetClockResponse_body(self, body)
        _GetClockResponse_status(self, status)
        _GetClockResponse_headers(self, headers)


_GetClockResponse_body = slot_setter(GetClockResponse, "body")
_GetClockResponse_status = slot_setter(GetClockResponse, "status")
_GetClockResponse_headers = slot_setter(GetClockResponse, "headers")


@dataclass(frozen=True, slots=True, init=False)
class SetClockResponse:
    """The response of ``PUT /_mock/clock`` (SetClock)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    body: _models.Clock | RawJSON
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        body: _models.Clock | RawJSON,
        status: int = 200,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _SetClockResponse_body(self, body)
        _SetClockResponse_status(self, status)
        _SetClockResponse_headers(self, headers)


_SetClockResponse_body = slot_setter(SetClockResponse, "body")
_SetClockResponse_status = slot_setter(SetClockResponse, "status")
_SetClockResponse_headers = slot_setter(SetClockResponse, "headers")


@dataclass(frozen=True, slots=True, init=False)
class AdvanceClockResponse:
    """The response of ``POST /_mock/clock/advance`` (AdvanceClock)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    body: _models.Clock | RawJSON
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        body: _models.Clock | RawJSON,
        status: int = 200,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _AdvanceClockResponse_body(self, body)
        _AdvanceClockResponse_status(self, status)
        _AdvanceClockResponse_headers(self, headers)


_AdvanceClockResponse_body = slot_setter(AdvanceClockResponse, "body")
_AdvanceClockResponse_status = slot_setter(AdvanceClockResponse, "status")
_AdvanceClockResponse_headers = slot_setter(AdvanceClockResponse, "headers")


@dataclass(frozen=True, slots=True, init=False)
class ListFaultsResponse:
    """The response of ``GET /_mock/faults`` (ListFaults)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    body: _models.FaultList | RawJSON
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        body: _models.FaultList | RawJSON,
        status: int = 200,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _ListFaultsResponse_body(self, body)
        _ListFaultsResponse_status(self, status)
        _ListFaultsResponse_headers(self, headers)


_ListFaultsResponse_body = slot_setter(ListFaultsResponse, "body")
_ListFaultsResponse_status = slot_setter(ListFaultsResponse, "status")
_ListFaultsResponse_headers = slot_setter(ListFaultsResponse, "headers")


@dataclass(frozen=True, slots=True, init=False)
class AddFaultResponse:
    """The response of ``POST /_mock/faults`` (AddFault)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    body: _models.Fault | RawJSON
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        body: _models.Fault | RawJSON,
        status: int = 201,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _AddFaultResponse_body(self, body)
        _AddFaultResponse_status(self, status)
        _AddFaultResponse_headers(self, headers)


_AddFaultResponse_body = slot_setter(AddFaultResponse, "body")
_AddFaultResponse_status = slot_setter(AddFaultResponse, "status")
_AddFaultResponse_headers = slot_setter(AddFaultResponse, "headers")


@dataclass(frozen=True, slots=True, init=False)
class ClearFaultsResponse:
    """The response of ``DELETE /_mock/faults`` (ClearFaults)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        status: int = 204,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _ClearFaultsResponse_status(self, status)
        _ClearFaultsResponse_headers(self, headers)


_ClearFaultsResponse_status = slot_setter(ClearFaultsResponse, "status")
_ClearFaultsResponse_headers = slot_setter(ClearFaultsResponse, "headers")
