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
    "ListBooksResponse",
    "CreateBookResponse",
    "GetCategoryResponse",
    "PutCategoryResponse",
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
class ListBooksResponse:
    """The response of ``GET /v1/shelves/{shelf-id}/books`` (ListBooks)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    body: _models.BookPage | RawJSON
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        body: _models.BookPage | RawJSON,
        status: int = 200,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _ListBooksResponse_body(self, body)
        _ListBooksResponse_status(self, status)
        _ListBooksResponse_headers(self, headers)


_ListBooksResponse_body = slot_setter(ListBooksResponse, "body")
_ListBooksResponse_status = slot_setter(ListBooksResponse, "status")
_ListBooksResponse_headers = slot_setter(ListBooksResponse, "headers")


@dataclass(frozen=True, slots=True, init=False)
class CreateBookResponse:
    """The response of ``POST /v1/shelves/{shelf-id}/books`` (CreateBook)."""

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
        _CreateBookResponse_body(self, body)
        _CreateBookResponse_status(self, status)
        _CreateBookResponse_headers(self, headers)


_CreateBookResponse_body = slot_setter(CreateBookResponse, "body")
_CreateBookResponse_status = slot_setter(CreateBookResponse, "status")
_CreateBookResponse_headers = slot_setter(CreateBookResponse, "headers")


@dataclass(frozen=True, slots=True, init=False)
class GetCategoryResponse:
    """The response of ``GET /v1/categories/{category-id}`` (GetCategory)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    body: _models.Category | RawJSON | None
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        body: _models.Category | RawJSON | None = None,
        status: int = 200,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _GetCategoryResponse_body(self, body)
        _GetCategoryResponse_status(self, status)
        _GetCategoryResponse_headers(self, headers)


_GetCategoryResponse_body = slot_setter(GetCategoryResponse, "body")
_GetCategoryResponse_status = slot_setter(GetCategoryResponse, "status")
_GetCategoryResponse_headers = slot_setter(GetCategoryResponse, "headers")


@dataclass(frozen=True, slots=True, init=False)
class PutCategoryResponse:
    """The response of ``PUT /v1/categories/{category-id}`` (PutCategory)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        status: int = 200,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _PutCategoryResponse_status(self, status)
        _PutCategoryResponse_headers(self, headers)


_PutCategoryResponse_status = slot_setter(PutCategoryResponse, "status")
_PutCategoryResponse_headers = slot_setter(PutCategoryResponse, "headers")
