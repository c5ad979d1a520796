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
    GetCampaignActivitiesRequest,
    OptionsCampaignActivitiesRequest,
)
from pinpoint_server.responses import (
    GetCampaignActivitiesResponse,
    OptionsCampaignActivitiesResponse,
)

__all__ = ["Handlers", "HandlersBase"]


class Handlers(Protocol):
    """One coroutine per operation. Raise an ``ApiError`` subclass to answer with an error."""

    async def get_campaign_activities(
        self, request: GetCampaignActivitiesRequest
    ) -> GetCampaignActivitiesResponse:
        """``GET /v1/apps/{application-id}/campaigns/{campaign-id}/activities``: Retrieves information about the activity performed by a campaign."""
        ...

    async def options_campaign_activities(
        self, request: OptionsCampaignActivitiesRequest
    ) -> OptionsCampaignActivitiesResponse:
        """``OPTIONS /v1/apps/{application-id}/campaigns/{campaign-id}/activities``: Retrieves information about the communication requirements and options that are available for the Campaign Activities resource."""
        ...


class HandlersBase:
    """Default answers for every operation; subclass it and override what you serve."""

    async def get_campaign_activities(
        self, request: GetCampaignActivitiesRequest
    ) -> GetCampaignActivitiesResponse:
        """Not implemented: override it."""
        raise InternalServerErrorException("Operation GetCampaignActivities is not implemented.")

    async def options_campaign_activities(
        self, request: OptionsCampaignActivitiesRequest
    ) -> OptionsCampaignActivitiesResponse:
        """Answer the preflight with an empty 200; the app adds the CORS headers."""
        return OptionsCampaignActivitiesResponse()
