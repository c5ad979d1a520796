"""What a handler receives: one frozen request class per operation, and the raw request context.

Parameters arrive percent-decoded, validated against their schemas and converted (an integer
parameter is an ``int``); an absent optional parameter is ``None``. The request body, when the
operation has one, is the parsed and validated JSON. Every request builds these objects, so
their ``__init__`` is written out to set the slots directly (see ``_frozen``).
"""

from __future__ import annotations

from dataclasses import dataclass

from pinpoint_admin_server import models as _models
from pinpoint_admin_server._frozen import slot_setter

_new = object.__new__

__all__ = [
    "RequestContext",
    "GetHealthRequest",
    "ResetMockRequest",
    "ListApplicationsRequest",
    "PutApplicationRequest",
    "DeleteApplicationRequest",
    "PutCampaignRequest",
    "DeleteCampaignRequest",
    "ListActivitiesRequest",
    "AddActivitiesRequest",
    "DeleteActivitiesRequest",
    "ListRunsRequest",
    "CreateRunRequest",
    "GetRunRequest",
    "DeleteRunRequest",
    "PauseRunRequest",
    "ResumeRunRequest",
    "CancelRunRequest",
    "GetClockRequest",
    "SetClockRequest",
    "AdvanceClockRequest",
    "ListFaultsRequest",
    "AddFaultRequest",
    "ClearFaultsRequest",
]


@dataclass(frozen=True, slots=True, init=False)
class RequestContext:
    """The request as it arrived, for guards (signatures, throttling) and curious handlers."""

    request_id: str
    """The ID of this request (a UUID4), answered in the ``x-amzn-RequestId`` header."""
    operation_id: str
    """The ``operationId`` the request was routed to."""
    security: tuple[str, ...]
    """The security schemes the operation requires (empty when it allows anonymous calls)."""
    method: str
    raw_path: bytes
    """The path as the client sent it, still percent-encoded."""
    path: str
    query_string: bytes
    headers: tuple[tuple[bytes, bytes], ...]
    """The request headers as the ASGI server gives them (names in lower case)."""
    client: tuple[str, int] | None
    body: bytes

    def __init__(
        self,
        request_id: str,
        operation_id: str,
        security: tuple[str, ...],
        method: str,
        raw_path: bytes,
        path: str,
        query_string: bytes,
        headers: tuple[tuple[bytes, bytes], ...],
        client: tuple[str, int] | None,
        body: bytes,
    ) -> None:
        _RequestContext_request_id(self, request_id)
        _RequestContext_operation_id(self, operation_id)
        _RequestContext_security(self, security)
        _RequestContext_method(self, method)
        _RequestContext_raw_path(self, raw_path)
        _RequestContext_path(self, path)
        _RequestContext_query_string(self, query_string)
        _RequestContext_headers(self, headers)
        _RequestContext_client(self, client)
        _RequestContext_body(self, body)

    def header(self, name: str) -> str | None:
        """The first value of a header (case-insensitive), decoded as Latin-1; None if absent."""
        wanted = name.lower().encode("latin-1")
        for key, value in self.headers:
            if key.lower() == wanted:
                return value.decode("latin-1")
        return None


_RequestContext_request_id = slot_setter(RequestContext, "request_id")
_RequestContext_operation_id = slot_setter(RequestContext, "operation_id")
_RequestContext_security = slot_setter(RequestContext, "security")
_RequestContext_method = slot_setter(RequestContext, "method")
_RequestContext_raw_path = slot_setter(RequestContext, "raw_path")
_RequestContext_path = slot_setter(RequestContext, "path")
_RequestContext_query_string = slot_setter(RequestContext, "query_string")
_RequestContext_headers = slot_setter(RequestContext, "headers")
_RequestContext_client = slot_setter(RequestContext, "client")
_RequestContext_body = slot_setter(RequestContext, "body")


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class GetHealthRequest:
    """The request of ``GET /_mock/health`` (GetHealth)."""

    context: RequestContext

    def __init__(
        self,
        *,
        context: RequestContext,
    ) -> None:
        _GetHealthRequest_context(self, context)


_GetHealthRequest_context = slot_setter(GetHealthRequest, "context")


def _new_GetHealthRequest(
    context: RequestContext,
) -> GetHealthRequest:
    """What ``GetHealthRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(GetHealthRequest)
    _GetHealthRequest_context(self, context)
    return self


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class ResetMockRequest:
    """The request of ``POST /_mock/reset`` (ResetMock)."""

    context: RequestContext
    demo: bool | None = None
    """Query parameter ``demo``: Add the demo data again after emptying (the spec's example IDs and activities)."""

    def __init__(
        self,
        *,
        context: RequestContext,
        demo: bool | None = None,
    ) -> None:
        _ResetMockRequest_context(self, context)
        _ResetMockRequest_demo(self, demo)


_ResetMockRequest_context = slot_setter(ResetMockRequest, "context")
_ResetMockRequest_demo = slot_setter(ResetMockRequest, "demo")


def _new_ResetMockRequest(
    context: RequestContext,
    demo: bool | None,
) -> ResetMockRequest:
    """What ``ResetMockRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(ResetMockRequest)
    _ResetMockRequest_context(self, context)
    _ResetMockRequest_demo(self, demo)
    return self


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class ListApplicationsRequest:
    """The request of ``GET /_mock/apps`` (ListApplications)."""

    context: RequestContext

    def __init__(
        self,
        *,
        context: RequestContext,
    ) -> None:
        _ListApplicationsRequest_context(self, context)


_ListApplicationsRequest_context = slot_setter(ListApplicationsRequest, "context")


def _new_ListApplicationsRequest(
    context: RequestContext,
) -> ListApplicationsRequest:
    """What ``ListApplicationsRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(ListApplicationsRequest)
    _ListApplicationsRequest_context(self, context)
    return self


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class PutApplicationRequest:
    """The request of ``PUT /_mock/apps/{application-id}`` (PutApplication)."""

    application_id: str
    """Path parameter ``application-id``: The application's ID, as the main API's path uses it."""
    context: RequestContext
    body: _models.ApplicationInput | None = None
    """The JSON request body, None when the request has none."""

    def __init__(
        self,
        *,
        application_id: str,
        context: RequestContext,
        body: _models.ApplicationInput | None = None,
    ) -> None:
        _PutApplicationRequest_application_id(self, application_id)
        _PutApplicationRequest_context(self, context)
        _PutApplicationRequest_body(self, body)


_PutApplicationRequest_application_id = slot_setter(PutApplicationRequest, "application_id")
_PutApplicationRequest_context = slot_setter(PutApplicationRequest, "context")
_PutApplicationRequest_body = slot_setter(PutApplicationRequest, "body")


def _new_PutApplicationRequest(
    application_id: str,
    context: RequestContext,
    body: _models.ApplicationInput | None,
) -> PutApplicationRequest:
    """What ``PutApplicationRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(PutApplicationRequest)
    _PutApplicationRequest_application_id(self, application_id)
    _PutApplicationRequest_context(self, context)
    _PutApplicationRequest_body(self, body)
    return self


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class DeleteApplicationRequest:
    """The request of ``DELETE /_mock/apps/{application-id}`` (DeleteApplication)."""

    application_id: str
    """Path parameter ``application-id``: The application's ID, as the main API's path uses it."""
    context: RequestContext

    def __init__(
        self,
        *,
        application_id: str,
        context: RequestContext,
    ) -> None:
        _DeleteApplicationRequest_application_id(self, application_id)
        _DeleteApplicationRequest_context(self, context)


_DeleteApplicationRequest_application_id = slot_setter(DeleteApplicationRequest, "application_id")
_DeleteApplicationRequest_context = slot_setter(DeleteApplicationRequest, "context")


def _new_DeleteApplicationRequest(
    application_id: str,
    context: RequestContext,
) -> DeleteApplicationRequest:
    """What ``DeleteApplicationRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(DeleteApplicationRequest)
    _DeleteApplicationRequest_application_id(self, application_id)
    _DeleteApplicationRequest_context(self, context)
    return self


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class PutCampaignRequest:
    """The request of ``PUT /_mock/apps/{application-id}/campaigns/{campaign-id}`` (PutCampaign)."""

    application_id: str
    """Path parameter ``application-id``: The application's ID, as the main API's path uses it."""
    campaign_id: str
    """Path parameter ``campaign-id``: The campaign's ID, as the main API's path uses it."""
    context: RequestContext
    body: _models.CampaignInput | None = None
    """The JSON request body, None when the request has none."""

    def __init__(
        self,
        *,
        application_id: str,
        campaign_id: str,
        context: RequestContext,
        body: _models.CampaignInput | None = None,
    ) -> None:
        _PutCampaignRequest_application_id(self, application_id)
        _PutCampaignRequest_campaign_id(self, campaign_id)
        _PutCampaignRequest_context(self, context)
        _PutCampaignRequest_body(self, body)


_PutCampaignRequest_application_id = slot_setter(PutCampaignRequest, "application_id")
_PutCampaignRequest_campaign_id = slot_setter(PutCampaignRequest, "campaign_id")
_PutCampaignRequest_context = slot_setter(PutCampaignRequest, "context")
_PutCampaignRequest_body = slot_setter(PutCampaignRequest, "body")


def _new_PutCampaignRequest(
    application_id: str,
    campaign_id: str,
    context: RequestContext,
    body: _models.CampaignInput | None,
) -> PutCampaignRequest:
    """What ``PutCampaignRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(PutCampaignRequest)
    _PutCampaignRequest_application_id(self, application_id)
    _PutCampaignRequest_campaign_id(self, campaign_id)
    _PutCampaignRequest_context(self, context)
    _PutCampaignRequest_body(self, body)
    return self


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class DeleteCampaignRequest:
    """The request of ``DELETE /_mock/apps/{application-id}/campaigns/{campaign-id}`` (DeleteCampaign)."""

    application_id: str
    """Path parameter ``application-id``: The application's ID, as the main API's path uses it."""
    campaign_id: str
    """Path parameter ``campaign-id``: The campaign's ID, as the main API's path uses it."""
    context: RequestContext

    def __init__(
        self,
        *,
        application_id: str,
        campaign_id: str,
        context: RequestContext,
    ) -> None:
        _DeleteCampaignRequest_application_id(self, application_id)
        _DeleteCampaignRequest_campaign_id(self, campaign_id)
        _DeleteCampaignRequest_context(self, context)


_DeleteCampaignRequest_application_id = slot_setter(DeleteCampaignRequest, "application_id")
_DeleteCampaignRequest_campaign_id = slot_setter(DeleteCampaignRequest, "campaign_id")
_DeleteCampaignRequest_context = slot_setter(DeleteCampaignRequest, "context")


def _new_DeleteCampaignRequest(
    application_id: str,
    campaign_id: str,
    context: RequestContext,
) -> DeleteCampaignRequest:
    """What ``DeleteCampaignRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(DeleteCampaignRequest)
    _DeleteCampaignRequest_application_id(self, application_id)
    _DeleteCampaignRequest_campaign_id(self, campaign_id)
    _DeleteCampaignRequest_context(self, context)
    return self


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class ListActivitiesRequest:
    """The request of ``GET /_mock/apps/{application-id}/campaigns/{campaign-id}/activities`` (ListActivities)."""

    application_id: str
    """Path parameter ``application-id``: The application's ID, as the main API's path uses it."""
    campaign_id: str
    """Path parameter ``campaign-id``: The campaign's ID, as the main API's path uses it."""
    context: RequestContext
    page_size: str | None = None
    """Query parameter ``page-size``: The most items in the page, as the main API's `page-size` (and its default and maximum)."""
    token: str | None = None
    """Query parameter ``token``: A `NextToken` of a previous page of this campaign (from either API)."""

    def __init__(
        self,
        *,
        application_id: str,
        campaign_id: str,
        context: RequestContext,
        page_size: str | None = None,
        token: str | None = None,
    ) -> None:
        _ListActivitiesRequest_application_id(self, application_id)
        _ListActivitiesRequest_campaign_id(self, campaign_id)
        _ListActivitiesRequest_context(self, context)
        _ListActivitiesRequest_page_size(self, page_size)
        _ListActivitiesRequest_token(self, token)


_ListActivitiesRequest_application_id = slot_setter(ListActivitiesRequest, "application_id")
_ListActivitiesRequest_campaign_id = slot_setter(ListActivitiesRequest, "campaign_id")
_ListActivitiesRequest_context = slot_setter(ListActivitiesRequest, "context")
_ListActivitiesRequest_page_size = slot_setter(ListActivitiesRequest, "page_size")
_ListActivitiesRequest_token = slot_setter(ListActivitiesRequest, "token")


def _new_ListActivitiesRequest(
    application_id: str,
    campaign_id: str,
    context: RequestContext,
    page_size: str | None,
    token: str | None,
) -> ListActivitiesRequest:
    """What ``ListActivitiesRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(ListActivitiesRequest)
    _ListActivitiesRequest_application_id(self, application_id)
    _ListActivitiesRequest_campaign_id(self, campaign_id)
    _ListActivitiesRequest_context(self, context)
    _ListActivitiesRequest_page_size(self, page_size)
    _ListActivitiesRequest_token(self, token)
    return self


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class AddActivitiesRequest:
    """The request of ``POST /_mock/apps/{application-id}/campaigns/{campaign-id}/activities`` (AddActivities)."""

    application_id: str
    """Path parameter ``application-id``: The application's ID, as the main API's path uses it."""
    campaign_id: str
    """Path parameter ``campaign-id``: The campaign's ID, as the main API's path uses it."""
    body: _models.ActivitiesInput
    """The JSON request body."""
    context: RequestContext

    def __init__(
        self,
        *,
        application_id: str,
        campaign_id: str,
        body: _models.ActivitiesInput,
        context: RequestContext,
    ) -> None:
        _AddActivitiesRequest_application_id(self, application_id)
        _AddActivitiesRequest_campaign_id(self, campaign_id)
        _AddActivitiesRequest_body(self, body)
        _AddActivitiesRequest_context(self, context)


_AddActivitiesRequest_application_id = slot_setter(AddActivitiesRequest, "application_id")
_AddActivitiesRequest_campaign_id = slot_setter(AddActivitiesRequest, "campaign_id")
_AddActivitiesRequest_body = slot_setter(AddActivitiesRequest, "body")
_AddActivitiesRequest_context = slot_setter(AddActivitiesRequest, "context")


def _new_AddActivitiesRequest(
    application_id: str,
    campaign_id: str,
    body: _models.ActivitiesInput,
    context: RequestContext,
) -> AddActivitiesRequest:
    """What ``AddActivitiesRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(AddActivitiesRequest)
    _AddActivitiesRequest_application_id(self, application_id)
    _AddActivitiesRequest_campaign_id(self, campaign_id)
    _AddActivitiesRequest_body(self, body)
    _AddActivitiesRequest_context(self, context)
    return self


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class DeleteActivitiesRequest:
    """The request of ``DELETE /_mock/apps/{application-id}/campaigns/{campaign-id}/activities`` (DeleteActivities)."""

    application_id: str
    """Path parameter ``application-id``: The application's ID, as the main API's path uses it."""
    campaign_id: str
    """Path parameter ``campaign-id``: The campaign's ID, as the main API's path uses it."""
    context: RequestContext

    def __init__(
        self,
        *,
        application_id: str,
        campaign_id: str,
        context: RequestContext,
    ) -> None:
        _DeleteActivitiesRequest_application_id(self, application_id)
        _DeleteActivitiesRequest_campaign_id(self, campaign_id)
        _DeleteActivitiesRequest_context(self, context)


_DeleteActivitiesRequest_application_id = slot_setter(DeleteActivitiesRequest, "application_id")
_DeleteActivitiesRequest_campaign_id = slot_setter(DeleteActivitiesRequest, "campaign_id")
_DeleteActivitiesRequest_context = slot_setter(DeleteActivitiesRequest, "context")


def _new_DeleteActivitiesRequest(
    application_id: str,
    campaign_id: str,
    context: RequestContext,
) -> DeleteActivitiesRequest:
    """What ``DeleteActivitiesRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(DeleteActivitiesRequest)
    _DeleteActivitiesRequest_application_id(self, application_id)
    _DeleteActivitiesRequest_campaign_id(self, campaign_id)
    _DeleteActivitiesRequest_context(self, context)
    return self


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class ListRunsRequest:
    """The request of ``GET /_mock/apps/{application-id}/campaigns/{campaign-id}/runs`` (ListRuns)."""

    application_id: str
    """Path parameter ``application-id``: The application's ID, as the main API's path uses it."""
    campaign_id: str
    """Path parameter ``campaign-id``: The campaign's ID, as the main API's path uses it."""
    context: RequestContext

    def __init__(
        self,
        *,
        application_id: str,
        campaign_id: str,
        context: RequestContext,
    ) -> None:
        _ListRunsRequest_application_id(self, application_id)
        _ListRunsRequest_campaign_id(self, campaign_id)
        _ListRunsRequest_context(self, context)


_ListRunsRequest_application_id = slot_setter(ListRunsRequest, "application_id")
_ListRunsRequest_campaign_id = slot_setter(ListRunsRequest, "campaign_id")
_ListRunsRequest_context = slot_setter(ListRunsRequest, "context")


def _new_ListRunsRequest(
    application_id: str,
    campaign_id: str,
    context: RequestContext,
) -> ListRunsRequest:
    """What ``ListRunsRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(ListRunsRequest)
    _ListRunsRequest_application_id(self, application_id)
    _ListRunsRequest_campaign_id(self, campaign_id)
    _ListRunsRequest_context(self, context)
    return self


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class CreateRunRequest:
    """The request of ``POST /_mock/apps/{application-id}/campaigns/{campaign-id}/runs`` (CreateRun)."""

    application_id: str
    """Path parameter ``application-id``: The application's ID, as the main API's path uses it."""
    campaign_id: str
    """Path parameter ``campaign-id``: The campaign's ID, as the main API's path uses it."""
    body: _models.RunInput
    """The JSON request body."""
    context: RequestContext

    def __init__(
        self,
        *,
        application_id: str,
        campaign_id: str,
        body: _models.RunInput,
        context: RequestContext,
    ) -> None:
        _CreateRunRequest_application_id(self, application_id)
        _CreateRunRequest_campaign_id(self, campaign_id)
        _CreateRunRequest_body(self, body)
        _CreateRunRequest_context(self, context)


_CreateRunRequest_application_id = slot_setter(CreateRunRequest, "application_id")
_CreateRunRequest_campaign_id = slot_setter(CreateRunRequest, "campaign_id")
_CreateRunRequest_body = slot_setter(CreateRunRequest, "body")
_CreateRunRequest_context = slot_setter(CreateRunRequest, "context")


def _new_CreateRunRequest(
    application_id: str,
    campaign_id: str,
    body: _models.RunInput,
    context: RequestContext,
) -> CreateRunRequest:
    """What ``CreateRunRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(CreateRunRequest)
    _CreateRunRequest_application_id(self, application_id)
    _CreateRunRequest_campaign_id(self, campaign_id)
    _CreateRunRequest_body(self, body)
    _CreateRunRequest_context(self, context)
    return self


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class GetRunRequest:
    """The request of ``GET /_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}`` (GetRun)."""

    application_id: str
    """Path parameter ``application-id``: The application's ID, as the main API's path uses it."""
    campaign_id: str
    """Path parameter ``campaign-id``: The campaign's ID, as the main API's path uses it."""
    run_id: str
    """Path parameter ``run-id``: The run's ID, as CreateRun answered it."""
    context: RequestContext

    def __init__(
        self,
        *,
        application_id: str,
        campaign_id: str,
        run_id: str,
        context: RequestContext,
    ) -> None:
        _GetRunRequest_application_id(self, application_id)
        _GetRunRequest_campaign_id(self, campaign_id)
        _GetRunRequest_run_id(self, run_id)
        _GetRunRequest_context(self, context)


_GetRunRequest_application_id = slot_setter(GetRunRequest, "application_id")
_GetRunRequest_campaign_id = slot_setter(GetRunRequest, "campaign_id")
_GetRunRequest_run_id = slot_setter(GetRunRequest, "run_id")
_GetRunRequest_context = slot_setter(GetRunRequest, "context")


def _new_GetRunRequest(
    application_id: str,
    campaign_id: str,
    run_id: str,
    context: RequestContext,
) -> GetRunRequest:
    """What ``GetRunRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(GetRunRequest)
    _GetRunRequest_application_id(self, application_id)
    _GetRunRequest_campaign_id(self, campaign_id)
    _GetRunRequest_run_id(self, run_id)
    _GetRunRequest_context(self, context)
    return self


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class DeleteRunRequest:
    """The request of ``DELETE /_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}`` (DeleteRun)."""

    application_id: str
    """Path parameter ``application-id``: The application's ID, as the main API's path uses it."""
    campaign_id: str
    """Path parameter ``campaign-id``: The campaign's ID, as the main API's path uses it."""
    run_id: str
    """Path parameter ``run-id``: The run's ID, as CreateRun answered it."""
    context: RequestContext

    def __init__(
        self,
        *,
        application_id: str,
        campaign_id: str,
        run_id: str,
        context: RequestContext,
    ) -> None:
        _DeleteRunRequest_application_id(self, application_id)
        _DeleteRunRequest_campaign_id(self, campaign_id)
        _DeleteRunRequest_run_id(self, run_id)
        _DeleteRunRequest_context(self, context)


_DeleteRunRequest_application_id = slot_setter(DeleteRunRequest, "application_id")
_DeleteRunRequest_campaign_id = slot_setter(DeleteRunRequest, "campaign_id")
_DeleteRunRequest_run_id = slot_setter(DeleteRunRequest, "run_id")
_DeleteRunRequest_context = slot_setter(DeleteRunRequest, "context")


def _new_DeleteRunRequest(
    application_id: str,
    campaign_id: str,
    run_id: str,
    context: RequestContext,
) -> DeleteRunRequest:
    """What ``DeleteRunRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(DeleteRunRequest)
    _DeleteRunRequest_application_id(self, application_id)
    _DeleteRunRequest_campaign_id(self, campaign_id)
    _DeleteRunRequest_run_id(self, run_id)
    _DeleteRunRequest_context(self, context)
    return self


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class PauseRunRequest:
    """The request of ``POST /_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}/pause`` (PauseRun)."""

    application_id: str
    """Path parameter ``application-id``: The application's ID, as the main API's path uses it."""
    campaign_id: str
    """Path parameter ``campaign-id``: The campaign's ID, as the main API's path uses it."""
    run_id: str
    """Path parameter ``run-id``: The run's ID, as CreateRun answered it."""
    context: RequestContext

    def __init__(
        self,
        *,
        application_id: str,
        campaign_id: str,
        run_id: str,
        context: RequestContext,
    ) -> None:
        _PauseRunRequest_application_id(self, application_id)
        _PauseRunRequest_campaign_id(self, campaign_id)
        _PauseRunRequest_run_id(self, run_id)
        _PauseRunRequest_context(self, context)


_PauseRunRequest_application_id = slot_setter(PauseRunRequest, "application_id")
_PauseRunRequest_campaign_id = slot_setter(PauseRunRequest, "campaign_id")
_PauseRunRequest_run_id = slot_setter(PauseRunRequest, "run_id")
_PauseRunRequest_context = slot_setter(PauseRunRequest, "context")


def _new_PauseRunRequest(
    application_id: str,
    campaign_id: str,
    run_id: str,
    context: RequestContext,
) -> PauseRunRequest:
    """What ``PauseRunRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(PauseRunRequest)
    _PauseRunRequest_application_id(self, application_id)
    _PauseRunRequest_campaign_id(self, campaign_id)
    _PauseRunRequest_run_id(self, run_id)
    _PauseRunRequest_context(self, context)
    return self


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class ResumeRunRequest:
    """The request of ``POST /_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}/resume`` (ResumeRun)."""

    application_id: str
    """Path parameter ``application-id``: The application's ID, as the main API's path uses it."""
    campaign_id: str
    """Path parameter ``campaign-id``: The campaign's ID, as the main API's path uses it."""
    run_id: str
    """Path parameter ``run-id``: The run's ID, as CreateRun answered it."""
    context: RequestContext

    def __init__(
        self,
        *,
        application_id: str,
        campaign_id: str,
        run_id: str,
        context: RequestContext,
    ) -> None:
        _ResumeRunRequest_application_id(self, application_id)
        _ResumeRunRequest_campaign_id(self, campaign_id)
        _ResumeRunRequest_run_id(self, run_id)
        _ResumeRunRequest_context(self, context)


_ResumeRunRequest_application_id = slot_setter(ResumeRunRequest, "application_id")
_ResumeRunRequest_campaign_id = slot_setter(ResumeRunRequest, "campaign_id")
_ResumeRunRequest_run_id = slot_setter(ResumeRunRequest, "run_id")
_ResumeRunRequest_context = slot_setter(ResumeRunRequest, "context")


def _new_ResumeRunRequest(
    application_id: str,
    campaign_id: str,
    run_id: str,
    context: RequestContext,
) -> ResumeRunRequest:
    """What ``ResumeRunRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(ResumeRunRequest)
    _ResumeRunRequest_application_id(self, application_id)
    _ResumeRunRequest_campaign_id(self, campaign_id)
    _ResumeRunRequest_run_id(self, run_id)
    _ResumeRunRequest_context(self, context)
    return self


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class CancelRunRequest:
    """The request of ``POST /_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}/cancel`` (CancelRun)."""

    application_id: str
    """Path parameter ``application-id``: The application's ID, as the main API's path uses it."""
    campaign_id: str
    """Path parameter ``campaign-id``: The campaign's ID, as the main API's path uses it."""
    run_id: str
    """Path parameter ``run-id``: The run's ID, as CreateRun answered it."""
    context: RequestContext

    def __init__(
        self,
        *,
        application_id: str,
        campaign_id: str,
        run_id: str,
        context: RequestContext,
    ) -> None:
        _CancelRunRequest_application_id(self, application_id)
        _CancelRunRequest_campaign_id(self, campaign_id)
        _CancelRunRequest_run_id(self, run_id)
        _CancelRunRequest_context(self, context)


_CancelRunRequest_application_id = slot_setter(CancelRunRequest, "application_id")
_CancelRunRequest_campaign_id = slot_setter(CancelRunRequest, "campaign_id")
_CancelRunRequest_run_id = slot_setter(CancelRunRequest, "run_id")
_CancelRunRequest_context = slot_setter(CancelRunRequest, "context")


def _new_CancelRunRequest(
    application_id: str,
    campaign_id: str,
    run_id: str,
    context: RequestContext,
) -> CancelRunRequest:
    """What ``CancelRunRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(CancelRunRequest)
    _CancelRunRequest_application_id(self, application_id)
    _CancelRunRequest_campaign_id(self, campaign_id)
    _CancelRunRequest_run_id(self, run_id)
    _CancelRunRequest_context(self, context)
    return self


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class GetClockRequest:
    """The request of ``GET /_mock/clock`` (GetClock)."""

    context: RequestContext

    def __init__(
        self,
        *,
        context: RequestContext,
    ) -> None:
        _GetClockRequest_context(self, context)


_GetClockRequest_context = slot_setter(GetClockRequest, "context")


def _new_GetClockRequest(
    context: RequestContext,
) -> GetClockRequest:
    """What ``GetClockRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(GetClockRequest)
    _GetClockRequest_context(self, context)
    return self


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class SetClockRequest:
    """The request of ``PUT /_mock/clock`` (SetClock)."""

    body: _models.ClockSetting
    """The JSON request body."""
    context: RequestContext

    def __init__(
        self,
        *,
        body: _models.ClockSetting,
        context: RequestContext,
    ) -> None:
        _SetClockRequest_body(self, body)
        _SetClockRequest_context(self, context)


_SetClockRequest_body = slot_setter(SetClockRequest, "body")
_SetClockRequest_context = slot_setter(SetClockRequest, "context")


def _new_SetClockRequest(
    body: _models.ClockSetting,
    context: RequestContext,
) -> SetClockRequest:
    """What ``SetClockRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(SetClockRequest)
    _SetClockRequest_body(self, body)
    _SetClockRequest_context(self, context)
    return self


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class AdvanceClockRequest:
    """The request of ``POST /_mock/clock/advance`` (AdvanceClock)."""

    body: _models.ClockAdvance
    """The JSON request body."""
    context: RequestContext

    def __init__(
        self,
        *,
        body: _models.ClockAdvance,
        context: RequestContext,
    ) -> None:
        _AdvanceClockRequest_body(self, body)
        _AdvanceClockRequest_context(self, context)


_AdvanceClockRequest_body = slot_setter(AdvanceClockRequest, "body")
_AdvanceClockRequest_context = slot_setter(AdvanceClockRequest, "context")


def _new_AdvanceClockRequest(
    body: _models.ClockAdvance,
    context: RequestContext,
) -> AdvanceClockRequest:
    """What ``AdvanceClockRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(AdvanceClockRequest)
    _AdvanceClockRequest_body(self, body)
    _AdvanceClockRequest_context(self, context)
    return self


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class ListFaultsRequest:
    """The request of ``GET /_mock/faults`` (ListFaults)."""

    context: RequestContext

    def __init__(
        self,
        *,
        context: RequestContext,
    ) -> None:
        _ListFaultsRequest_context(self, context)


_ListFaultsRequest_context = slot_setter(ListFaultsRequest, "context")


def _new_ListFaultsRequest(
    context: RequestContext,
) -> ListFaultsRequest:
    """What ``ListFaultsRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(ListFaultsRequest)
    _ListFaultsRequest_context(self, context)
    return self


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class AddFaultRequest:
    """The request of ``POST /_mock/faults`` (AddFault)."""

    body: _models.FaultInput
    """The JSON request body."""
    context: RequestContext

    def __init__(
        self,
        *,
        body: _models.FaultInput,
        context: RequestContext,
    ) -> None:
        _AddFaultRequest_body(self, body)
        _AddFaultRequest_context(self, context)


_AddFaultRequest_body = slot_setter(AddFaultRequest, "body")
_AddFaultRequest_context = slot_setter(AddFaultRequest, "context")


def _new_AddFaultRequest(
    body: _models.FaultInput,
    context: RequestContext,
) -> AddFaultRequest:
    """What ``AddFaultRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(AddFaultRequest)
    _AddFaultRequest_body(self, body)
    _AddFaultRequest_context(self, context)
    return self


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class ClearFaultsRequest:
    """The request of ``DELETE /_mock/faults`` (ClearFaults)."""

    context: RequestContext

    def __init__(
        self,
        *,
        context: RequestContext,
    ) -> None:
        _ClearFaultsRequest_context(self, context)


_ClearFaultsRequest_context = slot_setter(ClearFaultsRequest, "context")


def _new_ClearFaultsRequest(
    context: RequestContext,
) -> ClearFaultsRequest:
    """What ``ClearFaultsRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(ClearFaultsRequest)
    _ClearFaultsRequest_context(self, context)
    return self
