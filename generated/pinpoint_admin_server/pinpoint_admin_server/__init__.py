"""ASGI server stubs for the Pinpoint Mock Admin API, generated from its OpenAPI document.

Implement :class:`Handlers` (subclass :class:`HandlersBase`), then serve ``create_app(handlers)``
with any ASGI server. Standard library only. Generated: do not edit; regenerate from the spec.
"""

from pinpoint_admin_server.app import App, Guard, create_app
from pinpoint_admin_server.errors import ApiError
from pinpoint_admin_server.handlers import Handlers, HandlersBase
from pinpoint_admin_server.requests import (
    AddActivitiesRequest,
    AddFaultRequest,
    AdvanceClockRequest,
    ClearFaultsRequest,
    DeleteActivitiesRequest,
    DeleteApplicationRequest,
    DeleteCampaignRequest,
    GetClockRequest,
    GetHealthRequest,
    ListApplicationsRequest,
    ListFaultsRequest,
    PutApplicationRequest,
    PutCampaignRequest,
    RequestContext,
    ResetMockRequest,
    SetClockRequest,
)
from pinpoint_admin_server.responses import (
    AddActivitiesResponse,
    AddFaultResponse,
    AdvanceClockResponse,
    ClearFaultsResponse,
    DeleteActivitiesResponse,
    DeleteApplicationResponse,
    DeleteCampaignResponse,
    GetClockResponse,
    GetHealthResponse,
    ListApplicationsResponse,
    ListFaultsResponse,
    PutApplicationResponse,
    PutCampaignResponse,
    RawJSON,
    ResetMockResponse,
    SetClockResponse,
)

__version__ = "1.0.0"
__all__ = [
    "ApiError",
    "App",
    "Guard",
    "Handlers",
    "HandlersBase",
    "RawJSON",
    "RequestContext",
    "create_app",
    "GetHealthRequest",
    "GetHealthResponse",
    "ResetMockRequest",
    "ResetMockResponse",
    "ListApplicationsRequest",
    "ListApplicationsResponse",
    "PutApplicationRequest",
    "PutApplicationResponse",
    "DeleteApplicationRequest",
    "DeleteApplicationResponse",
    "PutCampaignRequest",
    "PutCampaignResponse",
    "DeleteCampaignRequest",
    "DeleteCampaignResponse",
    "AddActivitiesRequest",
    "AddActivitiesResponse",
    "DeleteActivitiesRequest",
    "DeleteActivitiesResponse",
    "GetClockRequest",
    "GetClockResponse",
    "SetClockRequest",
    "SetClockResponse",
    "AdvanceClockRequest",
    "AdvanceClockResponse",
    "ListFaultsRequest",
    "ListFaultsResponse",
    "AddFaultRequest",
    "AddFaultResponse",
    "ClearFaultsRequest",
    "ClearFaultsResponse",
]
