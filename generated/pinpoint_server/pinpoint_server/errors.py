"""The errors of the Amazon Pinpoint Campaign Activities API: raise one in a handler or a guard to answer with it.

The app answers every error in the AWS rest-json convention, which the AWS SDKs parse: the body
``{"RequestID": "<request id>", "Message": "<message>"}`` with the headers ``X-Amzn-ErrorType: <class
name>`` (the SDKs read the error code only from it) and ``x-amzn-RequestId``. There is one class
per error response of the spec, plus generic ones for the statuses the app answers by itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

__all__ = [
    "ApiError",
    "BadRequestException",
    "ForbiddenException",
    "NotFoundException",
    "MethodNotAllowedException",
    "TooManyRequestsException",
    "InternalServerErrorException",
    "PayloadTooLargeException",
]


class ApiError(Exception):
    """The base class: ``status`` is the HTTP status, ``error_type`` the AWS error code.

    ``headers`` are added to the error response (``{"Retry-After": "1"}`` for a 429). A subclass
    of your own gets its class name as ``error_type`` unless it sets one.
    """

    status: ClassVar[int] = 500
    error_type: ClassVar[str] = "InternalServerErrorException"

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if "error_type" not in cls.__dict__:
            cls.error_type = cls.__name__

    def __init__(self, message: str, *, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.headers: Mapping[str, str] = headers if headers is not None else {}


class BadRequestException(ApiError):
    """400: The request contains a syntax error (BadRequestException)."""

    status = 400


class ForbiddenException(ApiError):
    """403: The request was denied because access to the specified resource is forbidden (ForbiddenException)."""

    status = 403


class NotFoundException(ApiError):
    """404: The request failed because the specified resource was not found (NotFoundException)."""

    status = 404


class MethodNotAllowedException(ApiError):
    """405: The request failed because the method is not allowed for the specified resource (MethodNotAllowedException)."""

    status = 405


class TooManyRequestsException(ApiError):
    """429: The request failed because too many requests were sent during a certain amount of time (TooManyRequestsException)."""

    status = 429


class InternalServerErrorException(ApiError):
    """500: The request failed due to an unknown internal server error, exception, or failure (InternalServerErrorException)."""

    status = 500


class PayloadTooLargeException(ApiError):
    """413: an error the app answers by itself (not declared in the spec)"""

    status = 413
