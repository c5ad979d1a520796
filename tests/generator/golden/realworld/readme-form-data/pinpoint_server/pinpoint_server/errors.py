"""The errors of the x-www-form-urlencoded support API: raise one in a handler or a guard to answer with it.

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
    "UnauthorizedError",
    "BadRequestException",
    "NotFoundException",
    "MethodNotAllowedException",
    "PayloadTooLargeException",
    "InternalServerErrorException",
    "UnsupportedMediaTypeException",
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


class UnauthorizedError(ApiError):
    """401: Unauthorized"""

    status = 401


class BadRequestException(ApiError):
    """400: an error the app answers by itself (not declared in the spec)"""

    status = 400


class NotFoundException(ApiError):
    """404: an error the app answers by itself (not declared in the spec)"""

    status = 404


class MethodNotAllowedException(ApiError):
    """405: an error the app answers by itself (not declared in the spec)"""

    status = 405


class PayloadTooLargeException(ApiError):
    """413: an error the app answers by itself (not declared in the spec)"""

    status = 413


class InternalServerErrorException(ApiError):
    """500: an error the app answers by itself (not declared in the spec)"""

    status = 500


class UnsupportedMediaTypeException(ApiError):
    """415: an error the app answers by itself (not declared in the spec)"""

    status = 415
