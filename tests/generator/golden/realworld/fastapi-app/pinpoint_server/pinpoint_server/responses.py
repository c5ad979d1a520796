"""What a handler returns: one frozen response class per operation.

``body`` is the success schema's typed dictionary, encoded with ``json.dumps``, or a
:class:`RawJSON` holding bytes encoded already, sent as they are. ``headers`` are added to the
response (the app's own ``x-amzn-RequestId`` and ``Content-Length`` cannot be overridden).
Every request builds these objects, so their ``__init__`` is written out (see ``_frozen``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from pinpoint_server import models as _models
from pinpoint_server._frozen import slot_setter

__all__ = [
    "RawJSON",
    "ListBooksBooksGetResponse",
    "CreateBookBooksPostResponse",
    "GetBookBooksBookIdGetResponse",
    "DeleteBookBooksBookIdDeleteResponse",
    "HealthHealthGetResponse",
]

NO_HEADERS: Final[Mapping[str, str]] = MappingProxyType({})
"""The ``headers`` of a response that adds none (read-only, so one serves them all)."""


@dataclass(frozen=True, slots=True, init=False)
class RawJSON:
    """A JSON body encoded already (UTF-8): the fast path for bodies kept serialized."""

    data: bytes

    def __init__(self, data: bytes) -> None:
        _RawJSON_data(self, data)


_RawJSON_data = slot_setter(RawJSON, "data")


@dataclass(frozen=True, slots=True, init=False)
class ListBooksBooksGetResponse:
    """The response of ``GET /books`` (list_books_books_get)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    body: _models.Page | RawJSON
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        body: _models.Page | RawJSON,
        status: int = 200,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _ListBooksBooksGetResponse_body(self, body)
        _ListBooksBooksGetResponse_status(self, status)
        _ListBooksBooksGetResponse_headers(self, headers)


_ListBooksBooksGetResponse_body = slot_setter(ListBooksBooksGetResponse, "body")
_ListBooksBooksGetResponse_status = slot_setter(ListBooksBooksGetResponse, "status")
_ListBooksBooksGetResponse_headers = slot_setter(ListBooksBooksGetResponse, "headers")


@dataclass(frozen=True, slots=True, init=False)
class CreateBookBooksPostResponse:
    """The response of ``POST /books`` (create_book_books_post)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    body: _models.Book | RawJSON
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        body: _models.Book | RawJSON,
        status: int = 201,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _CreateBookBooksPostResponse_body(self, body)
        _CreateBookBooksPostResponse_status(self, status)
        _CreateBookBooksPostResponse_headers(self, headers)


_CreateBookBooksPostResponse_body = slot_setter(CreateBookBooksPostResponse, "body")
_CreateBookBooksPostResponse_status = slot_setter(CreateBookBooksPostResponse, "status")
_CreateBookBooksPostResponse_headers = slot_setter(CreateBookBooksPostResponse, "headers")


@dataclass(frozen=True, slots=True, init=False)
class GetBookBooksBookIdGetResponse:
    """The response of ``GET /books/{book_id}`` (get_book_books__book_id__get)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    body: _models.Book | RawJSON
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        body: _models.Book | RawJSON,
        status: int = 200,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _GetBookBooksBookIdGetResponse_body(self, body)
        _GetBookBooksBookIdGetResponse_status(self, status)
        _GetBookBooksBookIdGetResponse_headers(self, headers)


_GetBookBooksBookIdGetResponse_body = slot_setter(GetBookBooksBookIdGetResponse, "body")
_GetBookBooksBookIdGetResponse_status = slot_setter(GetBookBooksBookIdGetResponse, "status")
_GetBookBooksBookIdGetResponse_headers = slot_setter(GetBookBooksBookIdGetResponse, "headers")


@dataclass(frozen=True, slots=True, init=False)
class DeleteBookBooksBookIdDeleteResponse:
    """The response of ``DELETE /books/{book_id}`` (delete_book_books__book_id__delete)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        status: int = 204,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _DeleteBookBooksBookIdDeleteResponse_status(self, status)
        _DeleteBookBooksBookIdDeleteResponse_headers(self, headers)


_DeleteBookBooksBookIdDeleteResponse_status = slot_setter(
    DeleteBookBooksBookIdDeleteResponse, "status"
)
_DeleteBookBooksBookIdDeleteResponse_headers = slot_setter(
    DeleteBookBooksBookIdDeleteResponse, "headers"
)


@dataclass(frozen=True, slots=True, init=False)
class HealthHealthGetResponse:
    """The response of ``GET /health`` (health_health_get)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    body: dict[str, str] | RawJSON
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        body: dict[str, str] | RawJSON,
        status: int = 200,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _HealthHealthGetResponse_body(self, body)
        _HealthHealthGetResponse_status(self, status)
        _HealthHealthGetResponse_headers(self, headers)


_HealthHealthGetResponse_body = slot_setter(HealthHealthGetResponse, "body")
_HealthHealthGetResponse_status = slot_setter(HealthHealthGetResponse, "status")
_HealthHealthGetResponse_headers = slot_setter(HealthHealthGetResponse, "headers")
