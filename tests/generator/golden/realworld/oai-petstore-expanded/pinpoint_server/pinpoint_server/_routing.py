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
    AddPetResponse,
    DeletePetResponse,
    FindPetByIdResponse,
    FindPetsResponse,
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


_FIND_PETS: Final = Operation(
    operation_id="findPets",
    handler_name="find_pets",
    method="GET",
    security=(),
    bind=_binding.bind_find_pets,
    response_type=FindPetsResponse,
    has_body=True,
    is_preflight=False,
    responses={
        "200": ResponseSpec("findPets.response.200", ()),
        "default": ResponseSpec("findPets.response.default", ()),
    },
)


_ADD_PET: Final = Operation(
    operation_id="addPet",
    handler_name="add_pet",
    method="POST",
    security=(),
    bind=_binding.bind_add_pet,
    response_type=AddPetResponse,
    has_body=True,
    is_preflight=False,
    responses={
        "200": ResponseSpec("addPet.response.200", ()),
        "default": ResponseSpec("addPet.response.default", ()),
    },
)


_FIND_PET_BY_ID: Final = Operation(
    operation_id="find pet by id",
    handler_name="find_pet_by_id",
    method="GET",
    security=(),
    bind=_binding.bind_find_pet_by_id,
    response_type=FindPetByIdResponse,
    has_body=True,
    is_preflight=False,
    responses={
        "200": ResponseSpec("find pet by id.response.200", ()),
        "default": ResponseSpec("find pet by id.response.default", ()),
    },
)


_DELETE_PET: Final = Operation(
    operation_id="deletePet",
    handler_name="delete_pet",
    method="DELETE",
    security=(),
    bind=_binding.bind_delete_pet,
    response_type=DeletePetResponse,
    has_body=False,
    is_preflight=False,
    responses={
        "204": ResponseSpec("deletePet.response.204", ()),
        "default": ResponseSpec("deletePet.response.default", ()),
    },
)

# Paths without parameters, by raw path.
STATIC: Final[dict[bytes, Route]] = {
    b"/pets": Route(
        template="/pets",
        operations={
            "GET": _FIND_PETS,
            "POST": _ADD_PET,
        },
        allow="GET, POST",
        cors_allow_headers="Authorization, Content-Type, X-Amz-Date, X-Amz-Security-Token, X-Amz-User-Agent, Accept, X-Amz-Content-Sha256, Amz-Sdk-Invocation-Id, Amz-Sdk-Request",
    ),
}
# Templated paths: /pets/{id}.
PATTERN: Final[re.Pattern[bytes] | None] = re.compile(b"(/pets/([^/]+))")
# The outer group number of each templated route -> (route, its first group, its group count).
DYNAMIC: Final[dict[int, tuple[Route, int, int]]] = {
    1: (
        Route(
            template="/pets/{id}",
            operations={
                "GET": _FIND_PET_BY_ID,
                "DELETE": _DELETE_PET,
            },
            allow="GET, DELETE",
            cors_allow_headers="Authorization, Content-Type, X-Amz-Date, X-Amz-Security-Token, X-Amz-User-Agent, Accept, X-Amz-Content-Sha256, Amz-Sdk-Invocation-Id, Amz-Sdk-Request",
        ),
        1,
        1,
    ),
}
