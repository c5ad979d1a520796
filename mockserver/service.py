"""GetCampaignActivities without HTTP: IDs, page-size and token in, the JSON body out.

Kept apart from ``mockserver.handler`` so the whole behaviour is testable without the generated
server package, and so the handler stays a thin mapping of errors and types.

Every page is read from SQLite: one statement, a range scan of the activities primary key whose
rows hold their served JSON, joined by SQLite into the page's items. Nothing is cached but the
campaign keys, checked once per read snapshot against deletes (see ``Store.resolve_campaign``).
On PostgreSQL the handler awaits ``get_activities_page_batched`` instead: the same checks, the
read joined with the other pages of its event-loop turn in one statement (mockserver.pg.pages).
"""

from __future__ import annotations

from mockserver.clock import MockClock, now_of, real_ms
from mockserver.pagination import (
    DEFAULT_PAGE_SIZE,
    MAX_PAGE_SIZE,
    TokenCodec,
    clamp_page_size,
    render_page,
)
from mockserver.runs.service import RunSync
from mockserver.storage import ActivityStore


class ActivitiesService:
    """Serves pages of a campaign's activities from a Store.

    Order of checks, as AWS: the application, then the campaign (404), then page-size and token
    (400), so a foreign token on a missing campaign reports the missing campaign.
    """

    def __init__(
        self,
        store: ActivityStore,
        *,
        default_page_size: int = DEFAULT_PAGE_SIZE,
        max_page_size: int = MAX_PAGE_SIZE,
    ) -> None:
        if not 1 <= default_page_size <= max_page_size:
            raise ValueError("need 1 <= default_page_size <= max_page_size")
        self.store = store
        self.default_page_size = default_page_size
        self.max_page_size = max_page_size
        self.tokens = TokenCodec(store.token_secret)
        self.clock = MockClock(store)
        self.runs = RunSync(store, self.clock)
        self._runs_before_read = self.runs.before_read  # bound once: every page calls it

    def get_activities_page(
        self,
        application_id: str,
        campaign_id: str,
        page_size: str | None = None,
        token: str | None = None,
    ) -> bytes:
        """Return the ActivitiesResponse JSON of one page.

        Raises ApplicationNotFoundError, CampaignNotFoundError, InvalidPageSizeError or
        InvalidTokenError (ExpiredTokenError past its lifetime, see mockserver.pagination).
        Tokens are issued and checked by the mock's clock. ``token`` None is the first page; any string, the empty one too, must
        be a NextToken this database issued for this campaign (the HTTP binding already refuses
        a blank ``?token=`` with 400, as the spec's pattern requires).
        """
        campaign_pk, after, limit, now_ms = self._position(
            application_id, campaign_id, page_size, token
        )
        items, last = self.store.read_page(campaign_pk, after, limit)
        return self._render(application_id, campaign_id, items, last, now_ms)

    async def get_activities_page_batched(
        self,
        application_id: str,
        campaign_id: str,
        page_size: str | None = None,
        token: str | None = None,
    ) -> bytes:
        """get_activities_page with the read left to the store's page_batcher (one statement
        for the pages of an event-loop turn); only for a store that has one."""
        batcher = self.store.page_batcher
        assert batcher is not None
        campaign_pk, after, limit, now_ms = self._position(
            application_id, campaign_id, page_size, token
        )
        # Read now: the clock this turn read is gone once the read has been awaited.
        now_ms = now_ms or self._now_ms()
        items, last = await batcher.read_page(campaign_pk, after, limit)
        return self._render(application_id, campaign_id, items, last, now_ms)

    def _position(
        self, application_id: str, campaign_id: str, page_size: str | None, token: str | None
    ) -> tuple[int, int, int, int]:
        """What a page reads: (campaign_pk, after seq, limit, the clock if read, else 0); the
        checks, in AWS's order, before it."""
        campaign_pk = self.store.resolve_campaign(application_id, campaign_id)
        self._runs_before_read(application_id, campaign_id, campaign_pk)  # mockserver.runs
        limit = clamp_page_size(page_size, self.default_page_size, self.max_page_size)
        if token is None:
            return campaign_pk, 0, limit, 0  # the clock is read only to check or issue a token
        now_ms = self._now_ms()
        return (
            campaign_pk,
            self.tokens.decode(application_id, campaign_id, token, now_ms),
            limit,
            now_ms,
        )

    def _render(
        self, application_id: str, campaign_id: str, items: bytes, last: int | None, now_ms: int
    ) -> bytes:
        """The page's JSON, with the NextToken to ``last`` if more follow."""
        if last is None:  # the last page: no NextToken (none that leads to an empty page)
            return render_page(items, None)
        now_ms = now_ms or self._now_ms()
        return render_page(items, self.tokens.encode(application_id, campaign_id, last, now_ms))

    def _now_ms(self) -> int:
        """The mock's clock: from the row the read snapshot has read already, if one did."""
        setting = self.store.snapshot_clock()
        if setting is None:
            return self.clock.now_ms()
        return now_of(setting[0], setting[1], real_ms())
