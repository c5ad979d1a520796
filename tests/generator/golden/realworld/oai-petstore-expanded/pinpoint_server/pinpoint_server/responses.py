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
    "FindPetsResponse",
    "AddPetResponse",
    "FindPetByIdResponse",
    "DeletePetResponse",
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
class FindPetsResponse:
    """The response of ``GET /pets`` (findPets)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    body: list[_models.Pet] | RawJSON
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        body: list[_models.Pet] | RawJSON,
        status: int = 200,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _FindPetsResponse_body(self, body)
        _FindPetsResponse_status(self, status)
        _FindPetsResponse_headers(self, headers)


_FindPetsResponse_body = slot_setter(FindPetsResponse, "body")
_FindPetsResponse_status = slot_setter(FindPetsResponse, "status")
_FindPetsResponse_headers = slot_setter(FindPetsResponse, "headers")


@dataclass(frozen=True, slots=True, init=False)
class AddPetResponse:
    """The response of ``POST /pets`` (addPet)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    body: _models.Pet | RawJSON
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        body: _models.Pet | RawJSON,
        status: int = 200,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _AddPetResponse_body(self, body)
        _AddPetResponse_status(self, status)
        _AddPetResponse_headers(self, headers)


_AddPetResponse_body = slot_setter(AddPetResponse, "body")
_AddPetResponse_status = slot_setter(AddPetResponse, "status")
_AddPetResponse_headers = slot_setter(AddPetResponse, "headers")


@dataclass(frozen=True, slots=True, init=False)
class FindPetByIdResponse:
    """The response of ``GET /pets/{id}`` (find pet by id)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    body: _models.Pet | RawJSON
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        body: _models.Pet | RawJSON,
        status: int = 200,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _FindPetByIdResponse_body(self, body)
        _FindPetByIdResponse_status(self, status)
        _FindPetByIdResponse_headers(self, headers)


_FindPetByIdResponse_body = slot_setter(FindPetByIdResponse, "body")
_FindPetByIdResponse_status = slot_setter(FindPetByIdResponse, "status")
_FindPetByIdResponse_headers = slot_setter(FindPetByIdResponse, "headers")


@dataclass(frozen=True, slots=True, init=False)
class DeletePetResponse:
    """The response of ``DELETE /pets/{id}`` (deletePet)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        status: int = 204,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _DeletePetResponse_status(self, status)
        _DeletePetResponse_headers(self, headers)


_DeletePetResponse_status = slot_setter(DeletePetResponse, "status")
_DeletePetResponse_headers = slot_setter(DeletePetResponse, "headers")
