"""The handler interface: implement one coroutine per operation and pass it to ``create_app``.

Subclass :class:`HandlersBase` and override the operations you serve: it answers OPTIONS
preflights with an empty 200 (the app adds ``Allow`` and the CORS headers) and every other
operation with a 500 ``StatusDefaultError`` saying it is not implemented, so a missing
method is a clear error rather than a crash at start-up.
"""

from __future__ import annotations

from typing import Protocol

from pinpoint_server.errors import StatusDefaultError
from pinpoint_server.requests import (
    CreateBookRequest,
    GetCategoryRequest,
    ListBooksRequest,
    PutCategoryRequest,
)
from pinpoint_server.responses import (
    CreateBookResponse,
    GetCategoryResponse,
    ListBooksResponse,
    PutCategoryResponse,
)

__all__ = ["Handlers", "HandlersBase"]


class Handlers(Protocol):
    """One coroutine per operation. Raise an ``ApiError`` subclass to answer with an error."""

    async def list_books(self, request: ListBooksRequest) -> ListBooksResponse:
        """``GET /v1/shelves/{shelf-id}/books``"""
        ...

    async def create_book(self, request: CreateBookRequest) -> CreateBookResponse:
        """``POST /v1/shelves/{shelf-id}/books``"""
        ...

    async def get_category(self, request: GetCategoryRequest) -> GetCategoryResponse:
        """``GET /v1/categories/{category-id}``"""
        ...

    async def put_category(self, request: PutCategoryRequest) -> PutCategoryResponse:
        """``PUT /v1/categories/{category-id}``"""
        ...


class HandlersBase:
    """Default answers for every operation; subclass it and override what you serve."""

    async def list_books(self, request: ListBooksRequest) -> ListBooksResponse:
        """Not implemented: override it."""
        raise StatusDefaultError("Operation ListBooks is not implemented.")

    async def create_book(self, request: CreateBookRequest) -> CreateBookResponse:
        """Not implemented: override it."""
        raise StatusDefaultError("Operation CreateBook is not implemented.")

    async def get_category(self, request: GetCategoryRequest) -> GetCategoryResponse:
        """Not implemented: override it."""
        raise StatusDefaultError("Operation GetCategory is not implemented.")

    async def put_category(self, request: PutCategoryRequest) -> PutCategoryResponse:
        """Not implemented: override it."""
        raise StatusDefaultError("Operation PutCategory is not implemented.")
