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
    DemoFormDataRequest,
)
from pinpoint_server.responses import (
    DemoFormDataResponse,
)

__all__ = ["Handlers", "HandlersBase"]


class Handlers(Protocol):
    """One coroutine per operation. Raise an ``ApiError`` subclass to answer with an error."""

    async def demo_form_data(self, request: DemoFormDataRequest) -> DemoFormDataResponse:
        """``POST /anything``: Demo handling of formData"""
        ...


class HandlersBase:
    """Default answers for every operation; subclass it and override what you serve."""

    async def demo_form_data(self, request: DemoFormDataRequest) -> DemoFormDataResponse:
        """Not implemented: override it."""
        raise InternalServerErrorException("Operation demoFormData is not implemented.")
