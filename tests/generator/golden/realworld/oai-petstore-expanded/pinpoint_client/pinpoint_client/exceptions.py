"""Exceptions of the high-level client: one class per error response of the spec.

Generated from the OpenAPI document by ``python -m generator``; do not edit.

Every error response the server sends raises a subclass of :class:`ApiError` chosen by its
status code, as the spec documents it for the operation. A status the spec does not document, or
an error body that is not JSON, raises :class:`ApiError` itself with the raw status and text.
"""

from __future__ import annotations

from typing import Any, ClassVar

import httpx


class ApiError(Exception):
    """An error response from the server.

    Attributes:
        status: the HTTP status code (0 when there is no response).
        message: the ``Message`` of the error body, else the raw response text.
        request_id: the ``x-amzn-RequestId`` header, else the body's ``RequestID``.
        error_type: the ``X-Amzn-ErrorType`` header, else the error name the spec gives the
            status (``NotFoundException``), else the reason phrase of the status.
        retry_after: the ``Retry-After`` header in seconds, if the server sent one.
        headers: the response headers.
        body: the raw response text.
        data: the parsed JSON body, or None when the body is not JSON.
    """

    documented_statuses: ClassVar[tuple[str, ...]] = ()

    def __init__(
        self,
        message: str = "",
        *,
        status: int = 0,
        request_id: str | None = None,
        error_type: str | None = None,
        retry_after: float | None = None,
        headers: httpx.Headers | None = None,
        body: str = "",
        data: Any = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.request_id = request_id
        self.error_type = error_type or type(self).__name__
        self.retry_after = retry_after
        self.headers = headers if headers is not None else httpx.Headers()
        self.body = body
        self.data = data

    def __str__(self) -> str:
        text = f"{self.error_type} (HTTP {self.status})"
        if self.message:
            text += f": {self.message}"
        if self.request_id:
            text += f" [request id {self.request_id}]"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status={self.status!r}, error_type={self.error_type!r},"
            f" message={self.message!r}, request_id={self.request_id!r})"
        )


class InvalidResponseError(ApiError):
    """A success status whose body is not what the spec describes (not JSON, wrong shape)."""


class PaginationError(RuntimeError):
    """The server returned a page token it had returned before: following it would loop forever."""

    def __init__(self, operation: str, token: str) -> None:
        super().__init__(
            f"{operation}: the server returned the page token {token!r} a second time;"
            " stopping instead of looping forever"
        )
        self.operation = operation
        self.token = token


class StatusDefaultError(ApiError):
    """unexpected error"""

    documented_statuses = ("default",)


__all__ = [
    "ApiError",
    "InvalidResponseError",
    "PaginationError",
    "StatusDefaultError",
]
