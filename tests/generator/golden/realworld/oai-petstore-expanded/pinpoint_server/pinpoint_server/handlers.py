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
    AddPetRequest,
    DeletePetRequest,
    FindPetByIdRequest,
    FindPetsRequest,
)
from pinpoint_server.responses import (
    AddPetResponse,
    DeletePetResponse,
    FindPetByIdResponse,
    FindPetsResponse,
)

__all__ = ["Handlers", "HandlersBase"]


class Handlers(Protocol):
    """One coroutine per operation. Raise an ``ApiError`` subclass to answer with an error."""

    async def find_pets(self, request: FindPetsRequest) -> FindPetsResponse:
        """``GET /pets``"""
        ...

    async def add_pet(self, request: AddPetRequest) -> AddPetResponse:
        """``POST /pets``"""
        ...

    async def find_pet_by_id(self, request: FindPetByIdRequest) -> FindPetByIdResponse:
        """``GET /pets/{id}``"""
        ...

    async def delete_pet(self, request: DeletePetRequest) -> DeletePetResponse:
        """``DELETE /pets/{id}``"""
        ...


class HandlersBase:
    """Default answers for every operation; subclass it and override what you serve."""

    async def find_pets(self, request: FindPetsRequest) -> FindPetsResponse:
        """Not implemented: override it."""
        raise StatusDefaultError("Operation findPets is not implemented.")

    async def add_pet(self, request: AddPetRequest) -> AddPetResponse:
        """Not implemented: override it."""
        raise StatusDefaultError("Operation addPet is not implemented.")

    async def find_pet_by_id(self, request: FindPetByIdRequest) -> FindPetByIdResponse:
        """Not implemented: override it."""
        raise StatusDefaultError("Operation find pet by id is not implemented.")

    async def delete_pet(self, request: DeletePetRequest) -> DeletePetResponse:
        """Not implemented: override it."""
        raise StatusDefaultError("Operation deletePet is not implemented.")
