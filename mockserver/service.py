"""GetCampaignActivities without HTTP: IDs, page-size and token in, the JSON body out.

Kept apart from ``mockserver.handler`` so the whole behaviour is testable without the generated
server package, and so the handler stays a thin mapping of errors and types.
"""

from __future__ import annotations

from mockserver.pagination import (
    DEFAULT_PAGE_SIZE,
    MAX_PAGE_SIZE,
    TokenCodec,
    clamp_page_size,
    render_page,
)
from mockserver.store import Store


class ActivitiesService:
    """Serves pages of a campaign's activities from a Store.

    Order of checks, as AWS: the application, then the campaign (404), then page-size and token
    (400), so a foreign token on a missing campaign reports the missing campaign.
    """

    def __init__(
        self,
        store: Store,
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

    def get_activities_page(
        self,
        application_id: str,
        campaign_id: str,
        *,
        page_size: str | None = None,
        token: str | None = None,
    ) -> bytes:
        """Return the ActivitiesResponse JSON of one page.

        Raises ApplicationNotFoundError, CampaignNotFoundError, InvalidPageSizeError or
        InvalidTokenError. An empty ``token`` (``?token=``) counts as absent and gets the first
        page: no NextToken is empty, so it cannot be a tampered one.
        """
        campaign_pk = self.store.resolve_campaign(application_id, campaign_id)
        limit = clamp_page_size(
            page_size, default=self.default_page_size, maximum=self.max_page_size
        )
        after = self.tokens.decode(application_id, campaign_id, token) if token else 0
        # One row more than the page tells whether another page exists: no NextToken that leads
        # to an empty page.
        rows = self.store.fetch_page(campaign_pk, after, limit + 1)
        next_token = None
        if len(rows) > limit:
            del rows[limit:]
            next_token = self.tokens.encode(application_id, campaign_id, rows[-1][0])
        return render_page([body for _, body in rows], next_token)
