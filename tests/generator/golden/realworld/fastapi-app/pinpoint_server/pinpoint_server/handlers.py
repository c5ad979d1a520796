"""The handler interface: implement one coroutine per operation and pass it to ``create_app``.

Subclass :class:`HandlersBase` and override the operations you serve: it answers OPTIONS
preflights with an empty 200 (the app adds ``Allow`` and the CORS headers) and every other
operation with a 500 ``InternalServerErrorException`` saying it is not implemented, so a missing
method is a clear error rather than a crash at start-up.
"""

from __future__ import annotations

from typing import Protocol

from pinpoint_server.errors import InternalServerErrorException
from pinpoint_server.requests import (
    CreateBookBooksPostRequest,
    DeleteBookBooksBookIdDeleteRequest,
    GetBookBooksBookIdGetRequest,
    HealthHealthGetRequest,
    ListBooksBooksGetRequest,
)
from pinpoint_server.responses import (
    CreateBookBooksPostResponse,
    DeleteBookBooksBookIdDeleteResponse,
    GetBookBooksBookIdGetResponse,
    HealthHealthGetResponse,
    ListBooksBooksGetResponse,
)

__all__ = ["Handlers", "HandlersBase"]


class Handlers(Protocol):
    """One coroutine per operation. Raise an ``ApiError`` subclass to answer with an error."""

    async def list_books_books_get(
        self, request: ListBooksBooksGetRequest
    ) -> ListBooksBooksGetResponse:
        """``GET /books``: List Books"""
        ...

    async def create_book_books_post(
        self, request: CreateBookBooksPostRequest
    ) -> CreateBookBooksPostResponse:
        """``POST /books``: Create Book"""
        ...

    async def get_book_books_book_id_get(
        self, request: GetBookBooksBookIdGetRequest
    ) -> GetBookBooksBookIdGetResponse:
        """``GET /books/{book_id}``: Get Book"""
        ...

    async def delete_book_books_book_id_delete(
        self, request: DeleteBookBooksBookIdDeleteRequest
    ) -> DeleteBookBooksBookIdDeleteResponse:
        """``DELETE /books/{book_id}``: Delete Book"""
        ...

    async def health_health_get(self, request: HealthHealthGetRequest) -> HealthHealthGetResponse:
        """``GET /health``: Health"""
        ...


class HandlersBase:
    """Default answers for every operation; subclass it and override what you serve."""

    async def list_books_books_get(
        self, request: ListBooksBooksGetRequest
    ) -> ListBooksBooksGetResponse:
        """Not implemented: override it."""
        raise InternalServerErrorException("Operation list_books_books_get is not implemented.")

    async def create_book_books_post(
        self, request: CreateBookBooksPostRequest
    ) -> CreateBookBooksPostResponse:
        """Not implemented: override it."""
        raise InternalServerErrorException("Operation create_book_books_post is not implemented.")

    async def get_book_books_book_id_get(
        self, request: GetBookBooksBookIdGetRequest
    ) -> GetBookBooksBookIdGetResponse:
        """Not implemented: override it."""
        raise InternalServerErrorException(
            "Operation get_book_books__book_id__get is not implemented."
        )

    async def delete_book_books_book_id_delete(
        self, request: DeleteBookBooksBookIdDeleteRequest
    ) -> DeleteBookBooksBookIdDeleteResponse:
        """Not implemented: override it."""
        raise InternalServerErrorException(
            "Operation delete_book_books__book_id__delete is not implemented."
        )

    async def health_health_get(self, request: HealthHealthGetRequest) -> HealthHealthGetResponse:
        """Not implemented: override it."""
        raise InternalServerErrorException("Operation health_health_get is not implemented.")
