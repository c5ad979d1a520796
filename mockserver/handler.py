"""The Handlers of the generated ``pinpoint_server`` app, backed by ActivitiesService.

A thin adapter: it passes the validated request to the service and maps the domain errors onto
the AWS error types (the app renders them as {"RequestID", "Message"} with X-Amzn-ErrorType).
The page comes back as pre-encoded JSON bytes (RawJSON), so nothing is re-serialized per request.
Only this module and ``mockserver.app`` import the generated package.
"""

from __future__ import annotations

from asyncio import get_running_loop
from collections.abc import Callable

# The generated package may not exist yet (it is generated from the spec); the double code keeps
# mypy --strict quiet both before and after it appears.
from pinpoint_server import (  # type: ignore[import-not-found, unused-ignore]
    GetCampaignActivitiesRequest,
    GetCampaignActivitiesResponse,
    OptionsCampaignActivitiesRequest,
    OptionsCampaignActivitiesResponse,
    RawJSON,
)
from pinpoint_server.errors import (  # type: ignore[import-not-found, unused-ignore]
    ApiError,
    BadRequestException,
    NotFoundException,
)

from mockserver.dbcheck import StoreUnavailableError
from mockserver.errors import BadRequestError, NotFoundError
from mockserver.service import ActivitiesService


class ServiceUnavailableException(ApiError):  # type: ignore[misc, unused-ignore]
    """503: the store cannot answer (PostgreSQL lost, the SQLite file replaced)."""

    status = 503


def _at_turn_end(callback: Callable[[], None]) -> None:
    """Run ``callback`` once this turn of the event loop is over (what ``share_snapshot`` asks
    for when it opens a snapshot: the loop is looked up then, not on every request)."""
    get_running_loop().call_soon(callback)


class ActivitiesHandlers:
    """Implements the generated Handlers protocol for the Campaign Activities resource.

    Structural, not a HandlersBase subclass: every operation is implemented, and create_app's
    Handlers parameter type-checks it.
    """

    def __init__(self, service: ActivitiesService) -> None:
        self.service = service
        # Bound once: every request calls them.
        self._share_snapshot = service.store.share_snapshot
        self._page = service.get_activities_page
        # A store that batches page reads (PostgreSQL) is awaited; SQLite reads inline.
        self._batched = (
            None if service.store.page_batcher is None else service.get_activities_page_batched
        )

    async def get_campaign_activities(
        self, request: GetCampaignActivitiesRequest
    ) -> GetCampaignActivitiesResponse:
        """Return one page. SQLite is called inline: a page read takes microseconds, less than
        a hop to a thread pool would; the requests of one turn of the event loop share one read
        snapshot (see ``Store.share_snapshot``). A store with a page_batcher (PostgreSQL) reads
        the pages of a turn in one statement, so the request awaits it."""
        try:
            self._share_snapshot(_at_turn_end)
            if self._batched is None:
                body = self._page(
                    request.application_id, request.campaign_id, request.page_size, request.token
                )
            else:
                body = await self._batched(
                    request.application_id, request.campaign_id, request.page_size, request.token
                )
        except NotFoundError as exc:
            raise NotFoundException(exc.message) from None
        except BadRequestError as exc:
            raise BadRequestException(exc.message) from None
        except StoreUnavailableError as exc:
            raise ServiceUnavailableException(exc.message) from None
        return GetCampaignActivitiesResponse(RawJSON(body))

    async def options_campaign_activities(
        self, request: OptionsCampaignActivitiesRequest
    ) -> OptionsCampaignActivitiesResponse:
        """Answer the CORS preflight with an empty 200; the generated app adds the CORS headers."""
        return OptionsCampaignActivitiesResponse()
