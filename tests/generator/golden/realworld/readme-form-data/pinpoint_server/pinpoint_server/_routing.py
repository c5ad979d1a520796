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
from pinpoint_server._media import Media
from pinpoint_server.requests import RequestContext
from pinpoint_server.responses import (
    DemoFormDataResponse,
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
    media: tuple[Media, ...] = ()  # what it answers in, when not application/json alone


@dataclass(frozen=True, slots=True)
class Route:
    template: str
    operations: Mapping[str, Operation]  # by method
    allow: str  # the declared methods, for Allow and Access-Control-Allow-Methods
    cors_allow_headers: str  # the request headers a browser may send


_DEMO_FORM_DATA: Final = Operation(
    operation_id="demoFormData",
    handler_name="demo_form_data",
    method="POST",
    security=(),
    bind=_binding.bind_demo_form_data,
    response_type=DemoFormDataResponse,
    has_body=True,
    is_preflight=False,
    responses={
        "200": ResponseSpec("demoFormData.response.200", ()),
        "401": ResponseSpec("demoFormData.response.401", ()),
    },
)

# Paths without parameters, by raw path.
STATIC: Final[dict[bytes, Route]] = {
    b"/anything": Route(
        template="/anything",
        operations={
            "POST": _DEMO_FORM_DATA,
        },
        allow="POST",
        cors_allow_headers="Authorization, Content-Type, X-Amz-Date, X-Amz-Security-Token, X-Amz-User-Agent, Accept, X-Amz-Content-Sha256, Amz-Sdk-Invocation-Id, Amz-Sdk-Request",
    ),
}
PATTERN: Final[re.Pattern[bytes] | None] = None
# The outer group number of each templated route -> (route, its first group, its group count).
DYNAMIC: Final[dict[int, tuple[Route, int, int]]] = {}
