"""The route table, compiled from the spec's paths when the package was generated.

Routes match the raw path, still percent-encoded, so an encoded slash (``%2F``) stays inside its
parameter and a parameter never spans a ``/``; parameters are decoded after matching. A path
without parameters is one dict lookup; the templated ones are the alternatives of one regular
expression, fewer parameters first, and the outer group that matched names the route. As in API
Gateway, a trailing slash makes another path (404).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from pinpoint_admin_server import _binding
from pinpoint_admin_server._conformance import ResponseSpec
from pinpoint_admin_server.requests import RequestContext
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

__all__ = ["DYNAMIC", "PATTERN", "STATIC", "Operation", "Route"]


@dataclass(frozen=True, slots=True)
class Operation:
    operation_id: str
    handler_name: str  # the Handlers method
    method: str
    security: tuple[str, ...]  # the security schemes it requires
    bind: Callable[[tuple[bytes, ...], RequestContext], object]
    response_type: type[Any]
    has_body: bool  # its response class has a ``body``
    is_preflight: bool  # an OPTIONS: answered with Allow and the CORS preflight headers
    responses: Mapping[str, ResponseSpec]  # by status as the spec writes it, for validation


@dataclass(frozen=True, slots=True)
class Route:
    template: str
    operations: Mapping[str, Operation]  # by method
    allow: str  # the declared methods, for Allow and Access-Control-Allow-Methods
    cors_allow_headers: str  # the request headers a browser may send


_GET_HEALTH: Final = Operation(
    operation_id="GetHealth",
    handler_name="get_health",
    method="GET",
    security=("adminToken",),
    bind=_binding.bind_get_health,
    response_type=GetHealthResponse,
    has_body=True,
    is_preflight=False,
    responses={
        "200": ResponseSpec("GetHealth.response.200", ("x-amzn-requestid",)),
        "403": ResponseSpec("GetHealth.response.403", ("x-amzn-requestid", "x-amzn-errortype")),
        "500": ResponseSpec("GetHealth.response.500", ("x-amzn-requestid", "x-amzn-errortype")),
    },
)


_RESET_MOCK: Final = Operation(
    operation_id="ResetMock",
    handler_name="reset_mock",
    method="POST",
    security=("adminToken",),
    bind=_binding.bind_reset_mock,
    response_type=ResetMockResponse,
    has_body=True,
    is_preflight=False,
    responses={
        "200": ResponseSpec("ResetMock.response.200", ("x-amzn-requestid",)),
        "400": ResponseSpec("ResetMock.response.400", ("x-amzn-requestid", "x-amzn-errortype")),
        "403": ResponseSpec("ResetMock.response.403", ("x-amzn-requestid", "x-amzn-errortype")),
        "500": ResponseSpec("ResetMock.response.500", ("x-amzn-requestid", "x-amzn-errortype")),
    },
)


_LIST_APPLICATIONS: Final = Operation(
    operation_id="ListApplications",
    handler_name="list_applications",
    method="GET",
    security=("adminToken",),
    bind=_binding.bind_list_applications,
    response_type=ListApplicationsResponse,
    has_body=True,
    is_preflight=False,
    responses={
        "200": ResponseSpec("ListApplications.response.200", ("x-amzn-requestid",)),
        "403": ResponseSpec(
            "ListApplications.response.403", ("x-amzn-requestid", "x-amzn-errortype")
        ),
        "500": ResponseSpec(
            "ListApplications.response.500", ("x-amzn-requestid", "x-amzn-errortype")
        ),
    },
)


_PUT_APPLICATION: Final = Operation(
    operation_id="PutApplication",
    handler_name="put_application",
    method="PUT",
    security=("adminToken",),
    bind=_binding.bind_put_application,
    response_type=PutApplicationResponse,
    has_body=True,
    is_preflight=False,
    responses={
        "200": ResponseSpec("PutApplication.response.200", ("x-amzn-requestid",)),
        "201": ResponseSpec("PutApplication.response.201", ("x-amzn-requestid",)),
        "400": ResponseSpec(
            "PutApplication.response.400", ("x-amzn-requestid", "x-amzn-errortype")
        ),
        "403": ResponseSpec(
            "PutApplication.response.403", ("x-amzn-requestid", "x-amzn-errortype")
        ),
        "500": ResponseSpec(
            "PutApplication.response.500", ("x-amzn-requestid", "x-amzn-errortype")
        ),
    },
)


_DELETE_APPLICATION: Final = Operation(
    operation_id="DeleteApplication",
    handler_name="delete_application",
    method="DELETE",
    security=("adminToken",),
    bind=_binding.bind_delete_application,
    response_type=DeleteApplicationResponse,
    has_body=False,
    is_preflight=False,
    responses={
        "204": ResponseSpec("DeleteApplication.response.204", ("x-amzn-requestid",)),
        "403": ResponseSpec(
            "DeleteApplication.response.403", ("x-amzn-requestid", "x-amzn-errortype")
        ),
        "404": ResponseSpec(
            "DeleteApplication.response.404", ("x-amzn-requestid", "x-amzn-errortype")
        ),
        "500": ResponseSpec(
            "DeleteApplication.response.500", ("x-amzn-requestid", "x-amzn-errortype")
        ),
    },
)


_PUT_CAMPAIGN: Final = Operation(
    operation_id="PutCampaign",
    handler_name="put_campaign",
    method="PUT",
    security=("adminToken",),
    bind=_binding.bind_put_campaign,
    response_type=PutCampaignResponse,
    has_body=True,
    is_preflight=False,
    responses={
        "200": ResponseSpec("PutCampaign.response.200", ("x-amzn-requestid",)),
        "201": ResponseSpec("PutCampaign.response.201", ("x-amzn-requestid",)),
        "400": ResponseSpec("PutCampaign.response.400", ("x-amzn-requestid", "x-amzn-errortype")),
        "403": ResponseSpec("PutCampaign.response.403", ("x-amzn-requestid", "x-amzn-errortype")),
        "404": ResponseSpec("PutCampaign.response.404", ("x-amzn-requestid", "x-amzn-errortype")),
        "409": ResponseSpec("PutCampaign.response.409", ("x-amzn-requestid", "x-amzn-errortype")),
        "500": ResponseSpec("PutCampaign.response.500", ("x-amzn-requestid", "x-amzn-errortype")),
    },
)


_DELETE_CAMPAIGN: Final = Operation(
    operation_id="DeleteCampaign",
    handler_name="delete_campaign",
    method="DELETE",
    security=("adminToken",),
    bind=_binding.bind_delete_campaign,
    response_type=DeleteCampaignResponse,
    has_body=False,
    is_preflight=False,
    responses={
        "204": ResponseSpec("DeleteCampaign.response.204", ("x-amzn-requestid",)),
        "403": ResponseSpec(
            "DeleteCampaign.response.403", ("x-amzn-requestid", "x-amzn-errortype")
        ),
        "404": ResponseSpec(
            "DeleteCampaign.response.404", ("x-amzn-requestid", "x-amzn-errortype")
        ),
        "500": ResponseSpec(
            "DeleteCampaign.response.500", ("x-amzn-requestid", "x-amzn-errortype")
        ),
    },
)


_LIST_ACTIVITIES: Final = Operation(
    operation_id="ListActivities",
    handler_name="list_activities",
    method="GET",
    security=("adminToken",),
    bind=_binding.bind_list_activities,
    response_type=ListActivitiesResponse,
    has_body=True,
    is_preflight=False,
    responses={
        "200": ResponseSpec("ListActivities.response.200", ("x-amzn-requestid",)),
        "400": ResponseSpec(
            "ListActivities.response.400", ("x-amzn-requestid", "x-amzn-errortype")
        ),
        "403": ResponseSpec(
            "ListActivities.response.403", ("x-amzn-requestid", "x-amzn-errortype")
        ),
        "404": ResponseSpec(
            "ListActivities.response.404", ("x-amzn-requestid", "x-amzn-errortype")
        ),
        "500": ResponseSpec(
            "ListActivities.response.500", ("x-amzn-requestid", "x-amzn-errortype")
        ),
    },
)


_ADD_ACTIVITIES: Final = Operation(
    operation_id="AddActivities",
    handler_name="add_activities",
    method="POST",
    security=("adminToken",),
    bind=_binding.bind_add_activities,
    response_type=AddActivitiesResponse,
    has_body=True,
    is_preflight=False,
    responses={
        "201": ResponseSpec("AddActivities.response.201", ("x-amzn-requestid",)),
        "400": ResponseSpec("AddActivities.response.400", ("x-amzn-requestid", "x-amzn-errortype")),
        "403": ResponseSpec("AddActivities.response.403", ("x-amzn-requestid", "x-amzn-errortype")),
        "404": ResponseSpec("AddActivities.response.404", ("x-amzn-requestid", "x-amzn-errortype")),
        "409": ResponseSpec("AddActivities.response.409", ("x-amzn-requestid", "x-amzn-errortype")),
        "413": ResponseSpec("AddActivities.response.413", ("x-amzn-requestid", "x-amzn-errortype")),
        "500": ResponseSpec("AddActivities.response.500", ("x-amzn-requestid", "x-amzn-errortype")),
    },
)


_DELETE_ACTIVITIES: Final = Operation(
    operation_id="DeleteActivities",
    handler_name="delete_activities",
    method="DELETE",
    security=("adminToken",),
    bind=_binding.bind_delete_activities,
    response_type=DeleteActivitiesResponse,
    has_body=False,
    is_preflight=False,
    responses={
        "204": ResponseSpec("DeleteActivities.response.204", ("x-amzn-requestid",)),
        "403": ResponseSpec(
            "DeleteActivities.response.403", ("x-amzn-requestid", "x-amzn-errortype")
        ),
        "404": ResponseSpec(
            "DeleteActivities.response.404", ("x-amzn-requestid", "x-amzn-errortype")
        ),
        "500": ResponseSpec(
            "DeleteActivities.response.500", ("x-amzn-requestid", "x-amzn-errortype")
        ),
    },
)


_LIST_RUNS: Final = Operation(
    operation_id="ListRuns",
    handler_name="list_runs",
    method="GET",
    security=("adminToken",),
    bind=_binding.bind_list_runs,
    response_type=ListRunsResponse,
    has_body=True,
    is_preflight=False,
    responses={
        "200": ResponseSpec("ListRuns.response.200", ("x-amzn-requestid",)),
        "403": ResponseSpec("ListRuns.response.403", ("x-amzn-requestid", "x-amzn-errortype")),
        "404": ResponseSpec("ListRuns.response.404", ("x-amzn-requestid", "x-amzn-errortype")),
        "500": ResponseSpec("ListRuns.response.500", ("x-amzn-requestid", "x-amzn-errortype")),
    },
)


_CREATE_RUN: Final = Operation(
    operation_id="CreateRun",
    handler_name="create_run",
    method="POST",
    security=("adminToken",),
    bind=_binding.bind_create_run,
    response_type=CreateRunResponse,
    has_body=True,
    is_preflight=False,
    responses={
        "201": ResponseSpec("CreateRun.response.201", ("x-amzn-requestid",)),
        "400": ResponseSpec("CreateRun.response.400", ("x-amzn-requestid", "x-amzn-errortype")),
        "403": ResponseSpec("CreateRun.response.403", ("x-amzn-requestid", "x-amzn-errortype")),
        "404": ResponseSpec("CreateRun.response.404", ("x-amzn-requestid", "x-amzn-errortype")),
        "500": ResponseSpec("CreateRun.response.500", ("x-amzn-requestid", "x-amzn-errortype")),
    },
)


_GET_RUN: Final = Operation(
    operation_id="GetRun",
    handler_name="get_run",
    method="GET",
    security=("adminToken",),
    bind=_binding.bind_get_run,
    response_type=GetRunResponse,
    has_body=True,
    is_preflight=False,
    responses={
        "200": ResponseSpec("GetRun.response.200", ("x-amzn-requestid",)),
        "403": ResponseSpec("GetRun.response.403", ("x-amzn-requestid", "x-amzn-errortype")),
        "404": ResponseSpec("GetRun.response.404", ("x-amzn-requestid", "x-amzn-errortype")),
        "500": ResponseSpec("GetRun.response.500", ("x-amzn-requestid", "x-amzn-errortype")),
    },
)


_DELETE_RUN: Final = Operation(
    operation_id="DeleteRun",
    handler_name="delete_run",
    method="DELETE",
    security=("adminToken",),
    bind=_binding.bind_delete_run,
    response_type=DeleteRunResponse,
    has_body=False,
    is_preflight=False,
    responses={
        "204": ResponseSpec("DeleteRun.response.204", ("x-amzn-requestid",)),
        "403": ResponseSpec("DeleteRun.response.403", ("x-amzn-requestid", "x-amzn-errortype")),
        "404": ResponseSpec("DeleteRun.response.404", ("x-amzn-requestid", "x-amzn-errortype")),
        "500": ResponseSpec("DeleteRun.response.500", ("x-amzn-requestid", "x-amzn-errortype")),
    },
)


_PAUSE_RUN: Final = Operation(
    operation_id="PauseRun",
    handler_name="pause_run",
    method="POST",
    security=("adminToken",),
    bind=_binding.bind_pause_run,
    response_type=PauseRunResponse,
    has_body=True,
    is_preflight=False,
    responses={
        "200": ResponseSpec("PauseRun.response.200", ("x-amzn-requestid",)),
        "403": ResponseSpec("PauseRun.response.403", ("x-amzn-requestid", "x-amzn-errortype")),
        "404": ResponseSpec("PauseRun.response.404", ("x-amzn-requestid", "x-amzn-errortype")),
        "409": ResponseSpec("PauseRun.response.409", ("x-amzn-requestid", "x-amzn-errortype")),
        "500": ResponseSpec("PauseRun.response.500", ("x-amzn-requestid", "x-amzn-errortype")),
    },
)


_RESUME_RUN: Final = Operation(
    operation_id="ResumeRun",
    handler_name="resume_run",
    method="POST",
    security=("adminToken",),
    bind=_binding.bind_resume_run,
    response_type=ResumeRunResponse,
    has_body=True,
    is_preflight=False,
    responses={
        "200": ResponseSpec("ResumeRun.response.200", ("x-amzn-requestid",)),
        "403": ResponseSpec("ResumeRun.response.403", ("x-amzn-requestid", "x-amzn-errortype")),
        "404": ResponseSpec("ResumeRun.response.404", ("x-amzn-requestid", "x-amzn-errortype")),
        "409": ResponseSpec("ResumeRun.response.409", ("x-amzn-requestid", "x-amzn-errortype")),
        "500": ResponseSpec("ResumeRun.response.500", ("x-amzn-requestid", "x-amzn-errortype")),
    },
)


_CANCEL_RUN: Final = Operation(
    operation_id="CancelRun",
    handler_name="cancel_run",
    method="POST",
    security=("adminToken",),
    bind=_binding.bind_cancel_run,
    response_type=CancelRunResponse,
    has_body=True,
    is_preflight=False,
    responses={
        "200": ResponseSpec("CancelRun.response.200", ("x-amzn-requestid",)),
        "403": ResponseSpec("CancelRun.response.403", ("x-amzn-requestid", "x-amzn-errortype")),
        "404": ResponseSpec("CancelRun.response.404", ("x-amzn-requestid", "x-amzn-errortype")),
        "409": ResponseSpec("CancelRun.response.409", ("x-amzn-requestid", "x-amzn-errortype")),
        "500": ResponseSpec("CancelRun.response.500", ("x-amzn-requestid", "x-amzn-errortype")),
    },
)


_GET_CLOCK: Final = Operation(
    operation_id="GetClock",
    handler_name="get_clock",
    method="GET",
    security=("adminToken",),
    bind=_binding.bind_get_clock,
    response_type=GetClockResponse,
    has_body=True,
    is_preflight=False,
    responses={
        "200": ResponseSpec("GetClock.response.200", ("x-amzn-requestid",)),
        "403": ResponseSpec("GetClock.response.403", ("x-amzn-requestid", "x-amzn-errortype")),
        "500": ResponseSpec("GetClock.response.500", ("x-amzn-requestid", "x-amzn-errortype")),
    },
)


_SET_CLOCK: Final = Operation(
    operation_id="SetClock",
    handler_name="set_clock",
    method="PUT",
    security=("adminToken",),
    bind=_binding.bind_set_clock,
    response_type=SetClockResponse,
    has_body=True,
    is_preflight=False,
    responses={
        "200": ResponseSpec("SetClock.response.200", ("x-amzn-requestid",)),
        "400": ResponseSpec("SetClock.response.400", ("x-amzn-requestid", "x-amzn-errortype")),
        "403": ResponseSpec("SetClock.response.403", ("x-amzn-requestid", "x-amzn-errortype")),
        "500": ResponseSpec("SetClock.response.500", ("x-amzn-requestid", "x-amzn-errortype")),
    },
)


_ADVANCE_CLOCK: Final = Operation(
    operation_id="AdvanceClock",
    handler_name="advance_clock",
    method="POST",
    security=("adminToken",),
    bind=_binding.bind_advance_clock,
    response_type=AdvanceClockResponse,
    has_body=True,
    is_preflight=False,
    responses={
        "200": ResponseSpec("AdvanceClock.response.200", ("x-amzn-requestid",)),
        "400": ResponseSpec("AdvanceClock.response.400", ("x-amzn-requestid", "x-amzn-errortype")),
        "403": ResponseSpec("AdvanceClock.response.403", ("x-amzn-requestid", "x-amzn-errortype")),
        "500": ResponseSpec("AdvanceClock.response.500", ("x-amzn-requestid", "x-amzn-errortype")),
    },
)


_LIST_FAULTS: Final = Operation(
    operation_id="ListFaults",
    handler_name="list_faults",
    method="GET",
    security=("adminToken",),
    bind=_binding.bind_list_faults,
    response_type=ListFaultsResponse,
    has_body=True,
    is_preflight=False,
    responses={
        "200": ResponseSpec("ListFaults.response.200", ("x-amzn-requestid",)),
        "403": ResponseSpec("ListFaults.response.403", ("x-amzn-requestid", "x-amzn-errortype")),
        "500": ResponseSpec("ListFaults.response.500", ("x-amzn-requestid", "x-amzn-errortype")),
    },
)


_ADD_FAULT: Final = Operation(
    operation_id="AddFault",
    handler_name="add_fault",
    method="POST",
    security=("adminToken",),
    bind=_binding.bind_add_fault,
    response_type=AddFaultResponse,
    has_body=True,
    is_preflight=False,
    responses={
        "201": ResponseSpec("AddFault.response.201", ("x-amzn-requestid",)),
        "400": ResponseSpec("AddFault.response.400", ("x-amzn-requestid", "x-amzn-errortype")),
        "403": ResponseSpec("AddFault.response.403", ("x-amzn-requestid", "x-amzn-errortype")),
        "500": ResponseSpec("AddFault.response.500", ("x-amzn-requestid", "x-amzn-errortype")),
    },
)


_CLEAR_FAULTS: Final = Operation(
    operation_id="ClearFaults",
    handler_name="clear_faults",
    method="DELETE",
    security=("adminToken",),
    bind=_binding.bind_clear_faults,
    response_type=ClearFaultsResponse,
    has_body=False,
    is_preflight=False,
    responses={
        "204": ResponseSpec("ClearFaults.response.204", ("x-amzn-requestid",)),
        "403": ResponseSpec("ClearFaults.response.403", ("x-amzn-requestid", "x-amzn-errortype")),
        "500": ResponseSpec("ClearFaults.response.500", ("x-amzn-requestid", "x-amzn-errortype")),
    },
)

# Paths without parameters, by raw path.
STATIC: Final[dict[bytes, Route]] = {
    b"/_mock/health": Route(
        template="/_mock/health",
        operations={
            "GET": _GET_HEALTH,
        },
        allow="GET",
        cors_allow_headers="Authorization, Content-Type, X-Amz-Date, X-Amz-Security-Token, X-Amz-User-Agent, Accept, X-Amz-Content-Sha256, Amz-Sdk-Invocation-Id, Amz-Sdk-Request",
    ),
    b"/_mock/reset": Route(
        template="/_mock/reset",
        operations={
            "POST": _RESET_MOCK,
        },
        allow="POST",
        cors_allow_headers="Authorization, Content-Type, X-Amz-Date, X-Amz-Security-Token, X-Amz-User-Agent, Accept, X-Amz-Content-Sha256, Amz-Sdk-Invocation-Id, Amz-Sdk-Request",
    ),
    b"/_mock/apps": Route(
        template="/_mock/apps",
        operations={
            "GET": _LIST_APPLICATIONS,
        },
        allow="GET",
        cors_allow_headers="Authorization, Content-Type, X-Amz-Date, X-Amz-Security-Token, X-Amz-User-Agent, Accept, X-Amz-Content-Sha256, Amz-Sdk-Invocation-Id, Amz-Sdk-Request",
    ),
    b"/_mock/clock": Route(
        template="/_mock/clock",
        operations={
            "GET": _GET_CLOCK,
            "PUT": _SET_CLOCK,
        },
        allow="GET, PUT",
        cors_allow_headers="Authorization, Content-Type, X-Amz-Date, X-Amz-Security-Token, X-Amz-User-Agent, Accept, X-Amz-Content-Sha256, Amz-Sdk-Invocation-Id, Amz-Sdk-Request",
    ),
    b"/_mock/clock/advance": Route(
        template="/_mock/clock/advance",
        operations={
            "POST": _ADVANCE_CLOCK,
        },
        allow="POST",
        cors_allow_headers="Authorization, Content-Type, X-Amz-Date, X-Amz-Security-Token, X-Amz-User-Agent, Accept, X-Amz-Content-Sha256, Amz-Sdk-Invocation-Id, Amz-Sdk-Request",
    ),
    b"/_mock/faults": Route(
        template="/_mock/faults",
        operations={
            "GET": _LIST_FAULTS,
            "POST": _ADD_FAULT,
            "DELETE": _CLEAR_FAULTS,
        },
        allow="GET, POST, DELETE",
        cors_allow_headers="Authorization, Content-Type, X-Amz-Date, X-Amz-Security-Token, X-Amz-User-Agent, Accept, X-Amz-Content-Sha256, Amz-Sdk-Invocation-Id, Amz-Sdk-Request",
    ),
}
# Templated paths: /_mock/apps/{application-id}, /_mock/apps/{application-id}/campaigns/{campaign-id}, /_mock/apps/{application-id}/campaigns/{campaign-id}/activities, /_mock/apps/{application-id}/campaigns/{campaign-id}/runs, /_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}, /_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}/pause, /_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}/resume, /_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}/cancel.
PATTERN: Final[re.Pattern[bytes] | None] = re.compile(
    b"(/_mock/apps/([^/]+))|(/_mock/apps/([^/]+)/campaigns/([^/]+))|(/_mock/apps/([^/]+)/campaigns/([^/]+)/activities)|(/_mock/apps/([^/]+)/campaigns/([^/]+)/runs)|(/_mock/apps/([^/]+)/campaigns/([^/]+)/runs/([^/]+))|(/_mock/apps/([^/]+)/campaigns/([^/]+)/runs/([^/]+)/pause)|(/_mock/apps/([^/]+)/campaigns/([^/]+)/runs/([^/]+)/resume)|(/_mock/apps/([^/]+)/campaigns/([^/]+)/runs/([^/]+)/cancel)"
)
# The outer group number of each templated route -> (route, its first group, its group count).
DYNAMIC: Final[dict[int, tuple[Route, int, int]]] = {
    1: (
        Route(
            template="/_mock/apps/{application-id}",
            operations={
                "PUT": _PUT_APPLICATION,
                "DELETE": _DELETE_APPLICATION,
            },
            allow="PUT, DELETE",
            cors_allow_headers="Authorization, Content-Type, X-Amz-Date, X-Amz-Security-Token, X-Amz-User-Agent, Accept, X-Amz-Content-Sha256, Amz-Sdk-Invocation-Id, Amz-Sdk-Request",
        ),
        1,
        1,
    ),
    3: (
        Route(
            template="/_mock/apps/{application-id}/campaigns/{campaign-id}",
            operations={
                "PUT": _PUT_CAMPAIGN,
                "DELETE": _DELETE_CAMPAIGN,
            },
            allow="PUT, DELETE",
            cors_allow_headers="Authorization, Content-Type, X-Amz-Date, X-Amz-Security-Token, X-Amz-User-Agent, Accept, X-Amz-Content-Sha256, Amz-Sdk-Invocation-Id, Amz-Sdk-Request",
        ),
        3,
        2,
    ),
    6: (
        Route(
            template="/_mock/apps/{application-id}/campaigns/{campaign-id}/activities",
            operations={
                "GET": _LIST_ACTIVITIES,
                "POST": _ADD_ACTIVITIES,
                "DELETE": _DELETE_ACTIVITIES,
            },
            allow="GET, POST, DELETE",
            cors_allow_headers="Authorization, Content-Type, X-Amz-Date, X-Amz-Security-Token, X-Amz-User-Agent, Accept, X-Amz-Content-Sha256, Amz-Sdk-Invocation-Id, Amz-Sdk-Request",
        ),
        6,
        2,
    ),
    9: (
        Route(
            template="/_mock/apps/{application-id}/campaigns/{campaign-id}/runs",
            operations={
                "GET": _LIST_RUNS,
                "POST": _CREATE_RUN,
            },
            allow="GET, POST",
            cors_allow_headers="Authorization, Content-Type, X-Amz-Date, X-Amz-Security-Token, X-Amz-User-Agent, Accept, X-Amz-Content-Sha256, Amz-Sdk-Invocation-Id, Amz-Sdk-Request",
        ),
        9,
        2,
    ),
    12: (
        Route(
            template="/_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}",
            operations={
                "GET": _GET_RUN,
                "DELETE": _DELETE_RUN,
            },
            allow="GET, DELETE",
            cors_allow_headers="Authorization, Content-Type, X-Amz-Date, X-Amz-Security-Token, X-Amz-User-Agent, Accept, X-Amz-Content-Sha256, Amz-Sdk-Invocation-Id, Amz-Sdk-Request",
        ),
        12,
        3,
    ),
    16: (
        Route(
            template="/_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}/pause",
            operations={
                "POST": _PAUSE_RUN,
            },
            allow="POST",
            cors_allow_headers="Authorization, Content-Type, X-Amz-Date, X-Amz-Security-Token, X-Amz-User-Agent, Accept, X-Amz-Content-Sha256, Amz-Sdk-Invocation-Id, Amz-Sdk-Request",
        ),
        16,
        3,
    ),
    20: (
        Route(
            template="/_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}/resume",
            operations={
                "POST": _RESUME_RUN,
            },
            allow="POST",
            cors_allow_headers="Authorization, Content-Type, X-Amz-Date, X-Amz-Security-Token, X-Amz-User-Agent, Accept, X-Amz-Content-Sha256, Amz-Sdk-Invocation-Id, Amz-Sdk-Request",
        ),
        20,
        3,
    ),
    24: (
        Route(
            template="/_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}/cancel",
            operations={
                "POST": _CANCEL_RUN,
            },
            allow="POST",
            cors_allow_headers="Authorization, Content-Type, X-Amz-Date, X-Amz-Security-Token, X-Amz-User-Agent, Accept, X-Amz-Content-Sha256, Amz-Sdk-Invocation-Id, Amz-Sdk-Request",
        ),
        24,
        3,
    ),
}
