"""What a handler receives: one frozen request class per operation, and the raw request context.

Parameters arrive percent-decoded, validated against their schemas and converted (an integer
parameter is an ``int``); an absent optional parameter is ``None``. The request body, when the
operation has one, is the parsed and validated JSON. Every request builds these objects, so
their ``__init__`` is written out to set the slots directly (see ``_frozen``).
"""

from __future__ import annotations

from dataclasses import dataclass

from pinpoint_server import models as _models
from pinpoint_server._frozen import slot_setter

_new = object.__new__

__all__ = [
    "RequestContext",
    "FindPetsRequest",
    "AddPetRequest",
    "FindPetByIdRequest",
    "DeletePetRequest",
]


@dataclass(frozen=True, slots=True, init=False)
class RequestContext:
    """The request as it arrived, for guards (signatures, throttling) and curious handlers."""

    request_id: str
    """The ID of this request (a UUID4), answered in the ``x-amzn-RequestId`` header."""
    operation_id: str
    """The ``operationId`` the request was routed to."""
    security: tuple[str, ...]
    """The security schemes the operation requires (empty when it allows anonymous calls)."""
    method: str
    raw_path: bytes
    """The path as the client sent it, still percent-encoded."""
    path: str
    query_string: bytes
    headers: tuple[tuple[bytes, bytes], ...]
    """The request headers as the ASGI server gives them (names in lower case)."""
    client: tuple[str, int] | None
    body: bytes

    def __init__(
        self,
        request_id: str,
        operation_id: str,
        security: tuple[str, ...],
        method: str,
        raw_path: bytes,
        path: str,
        query_string: bytes,
        headers: tuple[tuple[bytes, bytes], ...],
        client: tuple[str, int] | None,
        body: bytes,
    ) -> None:
        _RequestContext_request_id(self, request_id)
        _RequestContext_operation_id(self, operation_id)
        _RequestContext_security(self, security)
        _RequestContext_method(self, method)
        _RequestContext_raw_path(self, raw_path)
        _RequestContext_path(self, path)
        _RequestContext_query_string(self, query_string)
        _RequestContext_headers(self, headers)
        _RequestContext_client(self, client)
        _RequestContext_body(self, body)

    def header(self, name: str) -> str | None:
        """The first value of a header (case-insensitive), decoded as Latin-1; None if absent."""
        wanted = name.lower().encode("latin-1")
        for key, value in self.headers:
            if key.lower() == wanted:
                return value.decode("latin-1")
        return None


_RequestContext_request_id = slot_setter(RequestContext, "request_id")
_RequestContext_operation_id = slot_setter(RequestContext, "operation_id")
_RequestContext_security = slot_setter(RequestContext, "security")
_RequestContext_method = slot_setter(RequestContext, "method")
_RequestContext_raw_path = slot_setter(RequestContext, "raw_path")
_RequestContext_path = slot_setter(RequestContext, "path")
_RequestContext_query_string = slot_setter(RequestContext, "query_string")
_RequestContext_headers = slot_setter(RequestContext, "headers")
_RequestContext_client = slot_setter(RequestContext, "client")
_RequestContext_body = slot_setter(RequestContext, "body")


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class FindPetsRequest:
    """The request of ``GET /pets`` (findPets)."""

    context: RequestContext
    tags: list[str] | None = None
    """Query parameter ``tags``: tags to filter by"""
    limit: int | None = None
    """Query parameter ``limit``: maximum number of results to return"""

    def __init__(
        self,
        *,
        context: RequestContext,
        tags: list[str] | None = None,
        limit: int | None = None,
    ) -> None:
        _FindPetsRequest_context(self, context)
        _FindPetsRequest_tags(self, tags)
        _FindPetsRequest_limit(self, limit)


_FindPetsRequest_context = slot_setter(FindPetsRequest, "context")
_FindPetsRequest_tags = slot_setter(FindPetsRequest, "tags")
_FindPetsRequest_limit = slot_setter(FindPetsRequest, "limit")


def _new_FindPetsRequest(
    context: RequestContext,
    tags: list[str] | None,
    limit: int | None,
) -> FindPetsRequest:
    """What ``FindPetsRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(FindPetsRequest)
    _FindPetsRequest_context(self, context)
    _FindPetsRequest_tags(self, tags)
    _FindPetsRequest_limit(self, limit)
    return self


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class AddPetRequest:
    """The request of ``POST /pets`` (addPet)."""

    body: _models.NewPet
    """The JSON request body."""
    context: RequestContext

    def __init__(
        self,
        *,
        body: _models.NewPet,
        context: RequestContext,
    ) -> None:
        _AddPetRequest_body(self, body)
        _AddPetRequest_context(self, context)


_AddPetRequest_body = slot_setter(AddPetRequest, "body")
_AddPetRequest_context = slot_setter(AddPetRequest, "context")


def _new_AddPetRequest(
    body: _models.NewPet,
    context: RequestContext,
) -> AddPetRequest:
    """What ``AddPetRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(AddPetRequest)
    _AddPetRequest_body(self, body)
    _AddPetRequest_context(self, context)
    return self


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class FindPetByIdRequest:
    """The request of ``GET /pets/{id}`` (find pet by id)."""

    id: int
    """Path parameter ``id``: ID of pet to fetch"""
    context: RequestContext

    def __init__(
        self,
        *,
        id: int,
        context: RequestContext,
    ) -> None:
        _FindPetByIdRequest_id(self, id)
        _FindPetByIdRequest_context(self, context)


_FindPetByIdRequest_id = slot_setter(FindPetByIdRequest, "id")
_FindPetByIdRequest_context = slot_setter(FindPetByIdRequest, "context")


def _new_FindPetByIdRequest(
    id: int,
    context: RequestContext,
) -> FindPetByIdRequest:
    """What ``FindPetByIdRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(FindPetByIdRequest)
    _FindPetByIdRequest_id(self, id)
    _FindPetByIdRequest_context(self, context)
    return self


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class DeletePetRequest:
    """The request of ``DELETE /pets/{id}`` (deletePet)."""

    id: int
    """Path parameter ``id``: ID of pet to delete"""
    context: RequestContext

    def __init__(
        self,
        *,
        id: int,
        context: RequestContext,
    ) -> None:
        _DeletePetRequest_id(self, id)
        _DeletePetRequest_context(self, context)


_DeletePetRequest_id = slot_setter(DeletePetRequest, "id")
_DeletePetRequest_context = slot_setter(DeletePetRequest, "context")


def _new_DeletePetRequest(
    id: int,
    context: RequestContext,
) -> DeletePetRequest:
    """What ``DeletePetRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(DeletePetRequest)
    _DeletePetRequest_id(self, id)
    _DeletePetRequest_context(self, context)
    return self
