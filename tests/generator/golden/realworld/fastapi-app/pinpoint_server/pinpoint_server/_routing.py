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
    CreateBookBooksPostResponse,
    DeleteBookBooksBookIdDeleteResponse,
    GetBookBooksBookIdGetResponse,
    HealthHealthGetResponse,
    ListBooksBooksGetResponse,
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


_LIST_BOOKS_BOOKS_GET: Final = Operation(
    operation_id="list_books_books_get",
    handler_name="list_books_books_get",
    method="GET",
    security=(),
    bind=_binding.bind_list_books_books_get,
    response_type=ListBooksBooksGetResponse,
    has_body=True,
    is_preflight=False,
    responses={
        "200": ResponseSpec("list_books_books_get.response.200", ()),
        "422": ResponseSpec("list_books_books_get.response.422", ()),
    },
)


_CREATE_BOOK_BOOKS_POST: Final = Operation(
    operation_id="create_book_books_post",
    handler_name="create_book_books_post",
    method="POST",
    security=(),
    bind=_binding.bind_create_book_books_post,
    response_type=CreateBookBooksPostResponse,
    has_body=True,
    is_preflight=False,
    responses={
        "201": ResponseSpec("create_book_books_post.response.201", ()),
        "422": ResponseSpec("create_book_books_post.response.422", ()),
    },
)


_GET_BOOK_BOOKS_BOOK_ID_GET: Final = Operation(
    operation_id="get_book_books__book_id__get",
    handler_name="get_book_books_book_id_get",
    method="GET",
    security=(),
    bind=_binding.bind_get_book_books_book_id_get,
    response_type=GetBookBooksBookIdGetResponse,
    has_body=True,
    is_preflight=False,
    responses={
        "200": ResponseSpec("get_book_books__book_id__get.response.200", ()),
        "422": ResponseSpec("get_book_books__book_id__get.response.422", ()),
    },
)


_DELETE_BOOK_BOOKS_BOOK_ID_DELETE: Final = Operation(
    operation_id="delete_book_books__book_id__delete",
    handler_name="delete_book_books_book_id_delete",
    method="DELETE",
    security=(),
    bind=_binding.bind_delete_book_books_book_id_delete,
    response_type=DeleteBookBooksBookIdDeleteResponse,
    has_body=False,
    is_preflight=False,
    responses={
        "204": ResponseSpec("delete_book_books__book_id__delete.response.204", ()),
        "422": ResponseSpec("delete_book_books__book_id__delete.response.422", ()),
    },
)


_HEALTH_HEALTH_GET: Final = Operation(
    operation_id="health_health_get",
    handler_name="health_health_get",
    method="GET",
    security=(),
    bind=_binding.bind_health_health_get,
    response_type=HealthHealthGetResponse,
    has_body=True,
    is_preflight=False,
    responses={
        "200": ResponseSpec("health_health_get.response.200", ()),
    },
)

# Paths without parameters, by raw path.
STATIC: Final[dict[bytes, Route]] = {
    b"/books": Route(
        template="/books",
        operations={
            "GET": _LIST_BOOKS_BOOKS_GET,
            "POST": _CREATE_BOOK_BOOKS_POST,
        },
        allow="GET, POST",
        cors_allow_headers="Authorization, Content-Type, X-Amz-Date, X-Amz-Security-Token, X-Amz-User-Agent, Accept, X-Amz-Content-Sha256, Amz-Sdk-Invocation-Id, Amz-Sdk-Request, x-request-id",
    ),
    b"/health": Route(
        template="/health",
        operations={
            "GET": _HEALTH_HEALTH_GET,
        },
        allow="GET",
        cors_allow_headers="Authorization, Content-Type, X-Amz-Date, X-Amz-Security-Token, X-Amz-User-Agent, Accept, X-Amz-Content-Sha256, Amz-Sdk-Invocation-Id, Amz-Sdk-Request",
    ),
}
# Templated paths: /books/{book_id}.
PATTERN: Final[re.Pattern[bytes] | None] = re.compile(b"(/books/([^/]+))")
# The outer group number of each templated route -> (route, its first group, its group count).
DYNAMIC: Final[dict[int, tuple[Route, int, int]]] = {
    1: (
        Route(
            template="/books/{book_id}",
            operations={
                "GET": _GET_BOOK_BOOKS_BOOK_ID_GET,
                "DELETE": _DELETE_BOOK_BOOKS_BOOK_ID_DELETE,
            },
            allow="GET, DELETE",
            cors_allow_headers="Authorization, Content-Type, X-Amz-Date, X-Amz-Security-Token, X-Amz-User-Agent, Accept, X-Amz-Content-Sha256, Amz-Sdk-Invocation-Id, Amz-Sdk-Request",
        ),
        1,
        1,
    ),
}
