"""The handler interface: implement one coroutine per operation and pass it to ``create_app``.

Subclass :class:`HandlersBase` and override the operations you serve: it answers OPTIONS
preflights with an empty 200 (the app adds ``Allow`` and the CORS headers) and every other
operation with a 500 ``InternalServerErrorException`` saying it is not implemented, so a missing
method is a clear error rather than a crash at start-up.
"""

from __future__ import annotations

from typing import Protocol

__all__ = ["Handlers", "HandlersBase"]


class Handlers(Protocol):
    """One coroutine per operation. Raise an ``ApiError`` subclass to answer with an error."""


class HandlersBase:
    """Default answers for every operation; subclass it and override what you serve."""
