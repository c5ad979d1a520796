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
    "ListBooksBooksGetRequest",
    "CreateBookBooksPostRequest",
    "GetBookBooksBookIdGetRequest",
    "DeleteBookBooksBookIdDeleteRequest",
    "HealthHealthGetRequest",
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
class ListBooksBooksGetRequest:
    """The request of ``GET /books`` (list_books_books_get)."""

    context: RequestContext
    genre: str | None = None
    """Query parameter ``genre``"""
    limit: int | None = None
    """Query parameter ``limit``"""
    token: str | None = None
    """Query parameter ``token``"""

    def __init__(
        self,
        *,
        context: RequestContext,
        genre: str | None = None,
        limit: int | None = None,
        token: str | None = None,
    ) -> None:
        _ListBooksBooksGetRequest_context(self, context)
        _ListBooksBooksGetRequest_genre(self, genre)
        _ListBooksBooksGetRequest_limit(self, limit)
        _ListBooksBooksGetRequest_token(self, token)


_ListBooksBooksGetRequest_context = slot_setter(ListBooksBooksGetRequest, "context")
_ListBooksBooksGetRequest_genre = slot_setter(ListBooksBooksGetRequest, "genre")
_ListBooksBooksGetRequest_limit = slot_setter(ListBooksBooksGetRequest, "limit")
_ListBooksBooksGetRequest_token = slot_setter(ListBooksBooksGetRequest, "token")


def _new_ListBooksBooksGetRequest(
    context: RequestContext,
    genre: str | None,
    limit: int | None,
    token: str | None,
) -> ListBooksBooksGetRequest:
    """What ``ListBooksBooksGetRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(ListBooksBooksGetRequest)
    _ListBooksBooksGetRequest_context(self, context)
    _ListBooksBooksGetRequest_genre(self, genre)
    _ListBooksBooksGetRequest_limit(self, limit)
    _ListBooksBooksGetRequest_token(self, token)
    return self


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class CreateBookBooksPostRequest:
    """The request of ``POST /books`` (create_book_books_post)."""

    body: _models.BookIn
    """The JSON request body."""
    context: RequestContext
    x_request_id: str | None = None
    """Header parameter ``x-request-id``"""

    def __init__(
        self,
        *,
        body: _models.BookIn,
        context: RequestContext,
        x_request_id: str | None = None,
    ) -> None:
        _CreateBookBooksPostRequest_body(self, body)
        _CreateBookBooksPostRequest_context(self, context)
        _CreateBookBooksPostRequest_x_request_id(self, x_request_id)


_CreateBookBooksPostRequest_body = slot_setter(CreateBookBooksPostRequest, "body")
_CreateBookBooksPostRequest_context = slot_setter(CreateBookBooksPostRequest, "context")
_CreateBookBooksPostRequest_x_request_id = slot_setter(CreateBookBooksPostRequest, "x_request_id")


def _new_CreateBookBooksPostRequest(
    body: _models.BookIn,
    context: RequestContext,
    x_request_id: str | None,
) -> CreateBookBooksPostRequest:
    """What ``CreateBookBooksPostRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(CreateBookBooksPostRequest)
    _CreateBookBooksPostRequest_body(self, body)
    _CreateBookBooksPostRequest_context(self, context)
    _CreateBookBooksPostRequest_x_request_id(self, x_request_id)
    return self


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class GetBookBooksBookIdGetRequest:
    """The request of ``GET /books/{book_id}`` (get_book_books__book_id__get)."""

    book_id: int
    """Path parameter ``book_id``"""
    context: RequestContext

    def __init__(
        self,
        *,
        book_id: int,
        context: RequestContext,
    ) -> None:
        _GetBookBooksBookIdGetRequest_book_id(self, book_id)
        _GetBookBooksBookIdGetRequest_context(self, context)


_GetBookBooksBookIdGetRequest_book_id = slot_setter(GetBookBooksBookIdGetRequest, "book_id")
_GetBookBooksBookIdGetRequest_context = slot_setter(GetBookBooksBookIdGetRequest, "context")


def _new_GetBookBooksBookIdGetRequest(
    book_id: int,
    context: RequestContext,
) -> GetBookBooksBookIdGetRequest:
    """What ``GetBookBooksBookIdGetRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(GetBookBooksBookIdGetRequest)
    _GetBookBooksBookIdGetRequest_book_id(self, book_id)
    _GetBookBooksBookIdGetRequest_context(self, context)
    return self


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class DeleteBookBooksBookIdDeleteRequest:
    """The request of ``DELETE /books/{book_id}`` (delete_book_books__book_id__delete)."""

    book_id: int
    """Path parameter ``book_id``"""
    context: RequestContext

    def __init__(
        self,
        *,
        book_id: int,
        context: RequestContext,
    ) -> None:
        _DeleteBookBooksBookIdDeleteRequest_book_id(self, book_id)
        _DeleteBookBooksBookIdDeleteRequest_context(self, context)


_DeleteBookBooksBookIdDeleteRequest_book_id = slot_setter(
    DeleteBookBooksBookIdDeleteRequest, "book_id"
)
_DeleteBookBooksBookIdDeleteRequest_context = slot_setter(
    DeleteBookBooksBookIdDeleteRequest, "context"
)


def _new_DeleteBookBooksBookIdDeleteRequest(
    book_id: int,
    context: RequestContext,
) -> DeleteBookBooksBookIdDeleteRequest:
    """What ``DeleteBookBooksBookIdDeleteRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(DeleteBookBooksBookIdDeleteRequest)
    _DeleteBookBooksBookIdDeleteRequest_book_id(self, book_id)
    _DeleteBookBooksBookIdDeleteRequest_context(self, context)
    return self


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class HealthHealthGetRequest:
    """The request of ``GET /health`` (health_health_get)."""

    context: RequestContext

    def __init__(
        self,
        *,
        context: RequestContext,
    ) -> None:
        _HealthHealthGetRequest_context(self, context)


_HealthHealthGetRequest_context = slot_setter(HealthHealthGetRequest, "context")


def _new_HealthHealthGetRequest(
    context: RequestContext,
) -> HealthHealthGetRequest:
    """What ``HealthHealthGetRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(HealthHealthGetRequest)
    _HealthHealthGetRequest_context(self, context)
    return self
