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
from pinpoint_server._media import UploadedFile

_new = object.__new__

__all__ = [
    "RequestContext",
    "UploadedFile",
    "DemoFormDataRequest",
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
class DemoFormDataRequest:
    """The request of ``POST /anything`` (demoFormData)."""

    context: RequestContext
    body: _models.DemoFormDataRequestBody | None = None
    """The request body (None when the request has none), bound by its Content-Type: ``application/x-www-form-urlencoded``."""

    def __init__(
        self,
        *,
        context: RequestContext,
        body: _models.DemoFormDataRequestBody | None = None,
    ) -> None:
        _DemoFormDataRequest_context(self, context)
        _DemoFormDataRequest_body(self, body)


_DemoFormDataRequest_context = slot_setter(DemoFormDataRequest, "context")
_DemoFormDataRequest_body = slot_setter(DemoFormDataRequest, "body")


def _new_DemoFormDataRequest(
    context: RequestContext,
    body: _models.DemoFormDataRequestBody | None,
) -> DemoFormDataRequest:
    """What ``DemoFormDataRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(DemoFormDataRequest)
    _DemoFormDataRequest_context(self, context)
    _DemoFormDataRequest_body(self, body)
    return self
