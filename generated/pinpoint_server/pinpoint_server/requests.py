"""What a handler receives: one frozen request class per operation, and the raw request context.

Parameters arrive percent-decoded, validated against their schemas and converted (an integer
parameter is an ``int``); an absent optional parameter is ``None``. The request body, when the
operation has one, is the parsed and validated JSON. Every request builds these objects, so
their ``__init__`` is written out to set the slots directly (see ``_frozen``).
"""

from __future__ import annotations

from dataclasses import dataclass

from pinpoint_server._frozen import slot_setter

_new = object.__new__

__all__ = [
    "RequestContext",
    "GetCampaignActivitiesRequest",
    "OptionsCampaignActivitiesRequest",
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
class GetCampaignActivitiesRequest:
    """The request of ``GET /v1/apps/{application-id}/campaigns/{campaign-id}/activities`` (GetCampaignActivities)."""

    application_id: str
    """Path parameter ``application-id``: The unique identifier for the application. This identifier is displayed as the Project ID on the Amazon Pinpoint console."""
    campaign_id: str
    """Path parameter ``campaign-id``: The unique identifier for the campaign."""
    context: RequestContext
    page_size: str | None = None
    """Query parameter ``page-size``: The maximum number of items to include in each page of a paginated response. This parameter is currently not supported by the Application Metrics and Campaign Metrics resources."""
    token: str | None = None
    """Query parameter ``token``: The NextToken string that specifies which page of results to return in a paginated response."""
    accept: str | None = None
    """Header parameter ``accept``: Indicates which content types, expressed as MIME types, the client understands."""

    def __init__(
        self,
        *,
        application_id: str,
        campaign_id: str,
        context: RequestContext,
        page_size: str | None = None,
        token: str | None = None,
        accept: str | None = None,
    ) -> None:
        _GetCampaignActivitiesRequest_application_id(self, application_id)
        _GetCampaignActivitiesRequest_campaign_id(self, campaign_id)
        _GetCampaignActivitiesRequest_context(self, context)
        _GetCampaignActivitiesRequest_page_size(self, page_size)
        _GetCampaignActivitiesRequest_token(self, token)
        _GetCampaignActivitiesRequest_accept(self, accept)


_GetCampaignActivitiesRequest_application_id = slot_setter(
    GetCampaignActivitiesRequest, "application_id"
)
_GetCampaignActivitiesRequest_campaign_id = slot_setter(GetCampaignActivitiesRequest, "campaign_id")
_GetCampaignActivitiesRequest_context = slot_setter(GetCampaignActivitiesRequest, "context")
_GetCampaignActivitiesRequest_page_size = slot_setter(GetCampaignActivitiesRequest, "page_size")
_GetCampaignActivitiesRequest_token = slot_setter(GetCampaignActivitiesRequest, "token")
_GetCampaignActivitiesRequest_accept = slot_setter(GetCampaignActivitiesRequest, "accept")


def _new_GetCampaignActivitiesRequest(
    application_id: str,
    campaign_id: str,
    context: RequestContext,
    page_size: str | None,
    token: str | None,
    accept: str | None,
) -> GetCampaignActivitiesRequest:
    """What ``GetCampaignActivitiesRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(GetCampaignActivitiesRequest)
    _GetCampaignActivitiesRequest_application_id(self, application_id)
    _GetCampaignActivitiesRequest_campaign_id(self, campaign_id)
    _GetCampaignActivitiesRequest_context(self, context)
    _GetCampaignActivitiesRequest_page_size(self, page_size)
    _GetCampaignActivitiesRequest_token(self, token)
    _GetCampaignActivitiesRequest_accept(self, accept)
    return self


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class OptionsCampaignActivitiesRequest:
    """The request of ``OPTIONS /v1/apps/{application-id}/campaigns/{campaign-id}/activities`` (OptionsCampaignActivities)."""

    application_id: str
    """Path parameter ``application-id``: The unique identifier for the application. This identifier is displayed as the Project ID on the Amazon Pinpoint console."""
    campaign_id: str
    """Path parameter ``campaign-id``: The unique identifier for the campaign."""
    context: RequestContext

    def __init__(
        self,
        *,
        application_id: str,
        campaign_id: str,
        context: RequestContext,
    ) -> None:
        _OptionsCampaignActivitiesRequest_application_id(self, application_id)
        _OptionsCampaignActivitiesRequest_campaign_id(self, campaign_id)
        _OptionsCampaignActivitiesRequest_context(self, context)


_OptionsCampaignActivitiesRequest_application_id = slot_setter(
    OptionsCampaignActivitiesRequest, "application_id"
)
_OptionsCampaignActivitiesRequest_campaign_id = slot_setter(
    OptionsCampaignActivitiesRequest, "campaign_id"
)
_OptionsCampaignActivitiesRequest_context = slot_setter(OptionsCampaignActivitiesRequest, "context")


def _new_OptionsCampaignActivitiesRequest(
    application_id: str,
    campaign_id: str,
    context: RequestContext,
) -> OptionsCampaignActivitiesRequest:
    """What ``OptionsCampaignActivitiesRequest(...)`` makes, for the app: positional and without
    ``type.__call__``, a third cheaper."""
    self = _new(OptionsCampaignActivitiesRequest)
    _OptionsCampaignActivitiesRequest_application_id(self, application_id)
    _OptionsCampaignActivitiesRequest_campaign_id(self, campaign_id)
    _OptionsCampaignActivitiesRequest_context(self, context)
    return self
