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
    CreateBookResponse,
    GetCategoryResponse,
    ListBooksResponse,
    PutCategoryResponse,
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


_LIST_BOOKS: Final = Operation(
    operation_id="ListBooks",
    handler_name="list_books",
    method="GET",
    security=(),
    bind=_binding.bind_list_books,
    response_type=ListBooksResponse,
    has_body=True,
    is_preflight=False,
    responses={
        "200": ResponseSpec("ListBooks.response.200", ()),
        "4XX": ResponseSpec("ListBooks.response.4XX", ()),
        "default": ResponseSpec("ListBooks.response.default", ()),
    },
)


_CREATE_BOOK: Final = Operation(
    operation_id="CreateBook",
    handler_name="create_book",
    method="POST",
    security=(),
    bind=_binding.bind_create_book,
    response_type=CreateBookResponse,
    has_body=True,
    is_preflight=False,
    responses={
        "201": ResponseSpec("CreateBook.response.201", ()),
        "422": ResponseSpec("CreateBook.response.422", ()),
    },
)


_GET_CATEGORY: Final = Operation(
    operation_id="GetCategory",
    handler_name="get_category",
    method="GET",
    security=(),
    bind=_binding.bind_get_category,
    response_type=GetCategoryResponse,
    has_body=True,
    is_preflight=False,
    responses={
        "200": ResponseSpec("GetCategory.response.200", ()),
        "204": ResponseSpec("GetCategory.response.204", ()),
    },
)


_PUT_CATEGORY: Final = Operation(
    operation_id="PutCategory",
    handler_name="put_category",
    method="PUT",
    security=(),
    bind=_binding.bind_put_category,
    response_type=PutCategoryResponse,
    has_body=False,
    is_preflight=False,
    responses={
        "200": ResponseSpec("PutCategory.response.200", ()),
    },
)

# Paths without parameters, by raw path.
STATIC: Final[dict[bytes, Route]] = {}
# Templated paths: /v1/shelves/{shelf-id}/books, /v1/categories/{category-id}.
PATTERN: Final[re.Pattern[bytes] | None] = re.compile(
    b"(/v1/shelves/([^/]+)/books)|(/v1/categories/([^/]+))"
)
# The outer group number of each templated route -> (route, its first group, its group count).
DYNAMIC: Final[dict[int, tuple[Route, int, int]]] = {
    1: (
        Route(
            template="/v1/shelves/{shelf-id}/books",
            operations={
                "GET": _LIST_BOOKS,
                "POST": _CREATE_BOOK,
            },
            allow="GET, POST",
            cors_allow_headers="Authorization, Content-Type, X-Amz-Date, X-Amz-Security-Token, X-Amz-User-Agent, Accept, X-Amz-Content-Sha256, Amz-Sdk-Invocation-Id, Amz-Sdk-Request, X-Trace-Id",
        ),
        1,
        1,
    ),
    3: (
        Route(
            template="/v1/categories/{category-id}",
            operations={
                "GET": _GET_CATEGORY,
                "PUT": _PUT_CATEGORY,
            },
            allow="GET, PUT",
            cors_allow_headers="Authorization, Content-Type, X-Amz-Date, X-Amz-Security-Token, X-Amz-User-Agent, Accept, X-Amz-Content-Sha256, Amz-Sdk-Invocation-Id, Amz-Sdk-Request",
        ),
        3,
        1,
    ),
}
