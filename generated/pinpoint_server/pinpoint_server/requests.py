"""What a handler receives: one frozen request class per operation, and the raw request context.

Parameters arrive percent-decoded, validated against their schemas and converted (an integer
parameter is an ``int``); an absent optional parameter is ``None``. The request body, when the
operation has one, is the parsed and validated JSON.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "RequestContext",
    "GetCampaignActivitiesRequest",
    "OptionsCampaignActivitiesRequest",
]


@dataclass(frozen=True, slots=True)
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

    def header(self, name: str) -> str | None:
        """The first value of a header (case-insensitive), decoded as Latin-1; None if absent."""
        wanted = name.lower().encode("latin-1")
        for key, value in self.headers:
            if key.lower() == wanted:
                return value.decode("latin-1")
        return None


@dataclass(frozen=True, slots=True, kw_only=True)
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


@dataclass(frozen=True, slots=True, kw_only=True)
class OptionsCampaignActivitiesRequest:
    """The request of ``OPTIONS /v1/apps/{application-id}/campaigns/{campaign-id}/activities`` (OptionsCampaignActivities)."""

    application_id: str
    """Path parameter ``application-id``: The unique identifier for the application. This identifier is displayed as the Project ID on the Amazon Pinpoint console."""
    campaign_id: str
    """Path parameter ``campaign-id``: The unique identifier for the campaign."""
    context: RequestContext
