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

from pinpoint_server import _binding
from pinpoint_server._conformance import ResponseSpec
from pinpoint_server.requests import RequestContext
from pinpoint_server.responses import (
    GetCampaignActivitiesResponse,
    OptionsCampaignActivitiesResponse,
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


_GET_CAMPAIGN_ACTIVITIES: Final = Operation(
    operation_id="GetCampaignActivities",
    handler_name="get_campaign_activities",
    method="GET",
    security=("sigv4",),
    bind=_binding.bind_get_campaign_activities,
    response_type=GetCampaignActivitiesResponse,
    has_body=True,
    is_preflight=False,
    responses={
        "200": ResponseSpec("GetCampaignActivities.response.200", ("x-amzn-requestid",)),
        "400": ResponseSpec(
            "GetCampaignActivities.response.400", ("x-amzn-requestid", "x-amzn-errortype")
        ),
        "403": ResponseSpec(
            "GetCampaignActivities.response.403", ("x-amzn-requestid", "x-amzn-errortype")
        ),
        "404": ResponseSpec(
            "GetCampaignActivities.response.404", ("x-amzn-requestid", "x-amzn-errortype")
        ),
        "405": ResponseSpec(
            "GetCampaignActivities.response.405", ("x-amzn-requestid", "x-amzn-errortype", "allow")
        ),
        "429": ResponseSpec(
            "GetCampaignActivities.response.429", ("x-amzn-requestid", "x-amzn-errortype")
        ),
        "500": ResponseSpec(
            "GetCampaignActivities.response.500", ("x-amzn-requestid", "x-amzn-errortype")
        ),
    },
)


_OPTIONS_CAMPAIGN_ACTIVITIES: Final = Operation(
    operation_id="OptionsCampaignActivities",
    handler_name="options_campaign_activities",
    method="OPTIONS",
    security=(),
    bind=_binding.bind_options_campaign_activities,
    response_type=OptionsCampaignActivitiesResponse,
    has_body=False,
    is_preflight=True,
    responses={
        "200": ResponseSpec(
            "OptionsCampaignActivities.response.200",
            (
                "x-amzn-requestid",
                "allow",
                "access-control-allow-origin",
                "access-control-allow-methods",
                "access-control-allow-headers",
            ),
        ),
    },
)

# Paths without parameters, by raw path.
STATIC: Final[dict[bytes, Route]] = {}
# Templated paths: /v1/apps/{application-id}/campaigns/{campaign-id}/activities.
PATTERN: Final[re.Pattern[bytes] | None] = re.compile(
    b"(/v1/apps/([^/]+)/campaigns/([^/]+)/activities)"
)
# The outer group number of each templated route -> (route, its first group, its group count).
DYNAMIC: Final[dict[int, tuple[Route, int, int]]] = {
    1: (
        Route(
            template="/v1/apps/{application-id}/campaigns/{campaign-id}/activities",
            operations={
                "GET": _GET_CAMPAIGN_ACTIVITIES,
                "OPTIONS": _OPTIONS_CAMPAIGN_ACTIVITIES,
            },
            allow="GET, OPTIONS",
            cors_allow_headers="Authorization, Content-Type, X-Amz-Date, X-Amz-Security-Token, X-Amz-User-Agent, Accept, X-Amz-Content-Sha256, Amz-Sdk-Invocation-Id, Amz-Sdk-Request",
        ),
        1,
        2,
    ),
}
