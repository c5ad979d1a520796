"""What a handler receives: one frozen request class per operation, and the raw request context.

Parameters arrive percent-decoded, validated against their schemas and converted (an integer
parameter is an ``int``); an absent optional parameter is ``None``. The request body, when the
operation has one, is the parsed and validated JSON. Every request builds these objects, so
their ``__init__`` is written out to set the slots directly (see ``_frozen``).
"""

from __future__ import annotations

from dataclasses import dataclass

from pinpoint_server import models as _models
from pinpoint_server._frozen import slot_setter

_new = object.__new__

__all__ = [
    "RequestContext",
    "ListBooksRequest",
    "CreateBookRequest",
    "GetCategoryRequest",
    "PutCategoryRequest",
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
class ListBooksRequest:
    """The request of ``GET /v1/shelves/{shelf-id}/books`` (ListBooks)."""

    shelf_id: str
    """Path parameter ``shelf-id``"""
    available: bool
    """Query parameter ``available``"""
    context: RequestContext
    limit: int | None = None
    """Query parameter ``limit``"""
    genre: list[str] | None = None
    """Query parameter ``genre``"""
    x_trace_id: str | None = None
    """Header parameter ``X-Trace-Id``"""

    def __init__(
        self,
        *,
        shelf_id: str,
        available: bool,
        context: RequestContext,
        limit: int | None = None,
        genre: list[str] | None = None,
        x_trace_id: str | None = None,
    ) -> None:
        _ListBooksRequest_shelf_id(self, shelf_id)
        _ListBooksRequest_available(self, available)
        _ListBooksRequest_context(self, context)
        _ListBooksRequest_limit(self, limit)
        _ListBooksRequest_genre(self, genre)
        _ListBooksRequest_x_trace_id(self, x_trace_id)


_ListBooksRequest_shelf_id = slot_setter(ListBooksRequest, "shelf_id")
_ListBooksRequest_available = slot_setter(ListBooksRequest, "available")
_ListBooksRequest_context = slot_setter(ListBooksRequest, "context")
_ListBooksRequest_limit = slot_setter(ListBooksRequest, "limit")
_ListBooksRequest_genre = slot_setter(ListBooksRequest, "genre")
_ListBooksRequest_x_trace_id = slot_setter(ListBooksRequest, "x_trace_id")


def _new_ListBooksRequest(
    shelf_id: str,
    available: bool,
    context: RequestContext,
    limit: int | None,
    genre: list[str] | None,
    x_trace_id: str | None,
) -> ListBooksRequest:
    """What ``ListBooksRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(ListBooksRequest)
    _ListBooksRequest_shelf_id(self, shelf_id)
    _ListBooksRequest_available(self, available)
    _ListBooksRequest_context(self, context)
    _ListBooksRequest_limit(self, limit)
    _ListBooksRequest_genre(self, genre)
    _ListBooksRequest_x_trace_id(self, x_trace_id)
    return self


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class CreateBookRequest:
    """The request of ``POST /v1/shelves/{shelf-id}/books`` (CreateBook)."""

    shelf_id: str
    """Path parameter ``shelf-id``"""
    body: _models.NewBook
    """The JSON request body."""
    context: RequestContext

    def __init__(
        self,
        *,
        shelf_id: str,
        body: _models.NewBook,
        context: RequestContext,
    ) -> None:
        _CreateBookRequest_shelf_id(self, shelf_id)
        _CreateBookRequest_body(self, body)
        _CreateBookRequest_context(self, context)


_CreateBookRequest_shelf_id = slot_setter(CreateBookRequest, "shelf_id")
_CreateBookRequest_body = slot_setter(CreateBookRequest, "body")
_CreateBookRequest_context = slot_setter(CreateBookRequest, "context")


def _new_CreateBookRequest(
    shelf_id: str,
    body: _models.NewBook,
    context: RequestContext,
) -> CreateBookRequest:
    """What ``CreateBookRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(CreateBookRequest)
    _CreateBookRequest_shelf_id(self, shelf_id)
    _CreateBookRequest_body(self, body)
    _CreateBookRequest_context(self, context)
    return self


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class GetCategoryRequest:
    """The request of ``GET /v1/categories/{category-id}`` (GetCategory)."""

    category_id: int
    """Path parameter ``category-id``"""
    context: RequestContext
    depth: float | None = None
    """Query parameter ``depth``"""

    def __init__(
        self,
        *,
        category_id: int,
        context: RequestContext,
        depth: float | None = None,
    ) -> None:
        _GetCategoryRequest_category_id(self, category_id)
        _GetCategoryRequest_context(self, context)
        _GetCategoryRequest_depth(self, depth)


_GetCategoryRequest_category_id = slot_setter(GetCategoryRequest, "category_id")
_GetCategoryRequest_context = slot_setter(GetCategoryRequest, "context")
_GetCategoryRequest_depth = slot_setter(GetCategoryRequest, "depth")


def _new_GetCategoryRequest(
    category_id: int,
    context: RequestContext,
    depth: float | None,
) -> GetCategoryRequest:
    """What ``GetCategoryRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(GetCategoryRequest)
    _GetCategoryRequest_category_id(self, category_id)
    _GetCategoryRequest_context(self, context)
    _GetCategoryRequest_depth(self, depth)
    return self


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class PutCategoryRequest:
    """The request of ``PUT /v1/categories/{category-id}`` (PutCategory)."""

    category_id: int
    """Path parameter ``category-id``"""
    context: RequestContext
    body: _models.PutCategoryRequestBody | None = None
    """The JSON request body, None when the request has none."""

    def __init__(
        self,
        *,
        category_id: int,
        context: RequestContext,
        body: _models.PutCategoryRequestBody | None = None,
    ) -> None:
        _PutCategoryRequest_category_id(self, category_id)
        _PutCategoryRequest_context(self, context)
        _PutCategoryRequest_body(self, body)


_PutCategoryRequest_category_id = slot_setter(PutCategoryRequest, "category_id")
_PutCategoryRequest_context = slot_setter(PutCategoryRequest, "context")
_PutCategoryRequest_body = slot_setter(PutCategoryRequest, "body")


def _new_PutCategoryRequest(
    category_id: int,
    context: RequestContext,
    body: _models.PutCategoryRequestBody | None,
) -> PutCategoryRequest:
    """What ``PutCategoryRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(PutCategoryRequest)
    _PutCategoryRequest_category_id(self, category_id)
    _PutCategoryRequest_context(self, context)
    _PutCategoryRequest_body(self, body)
    return self
