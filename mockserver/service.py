"""GetCampaignActivities without HTTP: IDs, page-size and token in, the JSON body out.

Kept apart from ``mockserver.handler`` so the whole behaviour is testable without the generated
server package, and so the handler stays a thin mapping of errors and types.

Pages are cached per thread, keyed by (campaign, page size, token) and dropped as a whole when
the store's data version says anything was committed since: a page served from the cache is byte
for byte what the database would give, never stale. Reading a page costs a read transaction
and a row per activity; the cache check costs one cheap statement. Dashboards and SDK retries ask
for the same pages again and again, which is where this pays.
"""

from __future__ import annotations

import threading
from typing import Final

from mockserver.pagination import (
    DEFAULT_PAGE_SIZE,
    MAX_PAGE_SIZE,
    TokenCodec,
    clamp_page_size,
    render_page,
)
from mockserver.store import Store

DEFAULT_PAGE_CACHE_BYTES: Final = 16 * 1024 * 1024


class _PageCache(threading.local):
    """One thread's pages: data_version is per connection, and a connection per thread."""

    def __init__(self) -> None:
        self.version = (-1, -1)
        self.size = 0
        self.pages: dict[tuple[int, int, str | None], bytes] = {}


class ActivitiesService:
    """Serves pages of a campaign's activities from a Store.

    Order of checks, as AWS: the application, then the campaign (404), then page-size and token
    (400), so a foreign token on a missing campaign reports the missing campaign.
    ``page_cache_bytes`` bounds each thread's page cache (0 turns it off).
    """

    def __init__(
        self,
        store: Store,
        *,
        default_page_size: int = DEFAULT_PAGE_SIZE,
        max_page_size: int = MAX_PAGE_SIZE,
        page_cache_bytes: int = DEFAULT_PAGE_CACHE_BYTES,
    ) -> None:
        if not 1 <= default_page_size <= max_page_size:
            raise ValueError("need 1 <= default_page_size <= max_page_size")
        if page_cache_bytes < 0:
            raise ValueError("page_cache_bytes must be >= 0")
        self.store = store
        self.default_page_size = default_page_size
        self.max_page_size = max_page_size
        self.page_cache_bytes = page_cache_bytes
        self.tokens = TokenCodec(store.token_secret)
        self._cache = _PageCache()

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
        token = token or None
        if not self.page_cache_bytes:
            return self._read_page(application_id, campaign_id, campaign_pk, limit, token)
        cache = self._cache
        version = self.store.data_version()
        if version != cache.version:
            cache.pages.clear()
            cache.size = 0
            cache.version = version
        # The raw token is part of the key: only tokens that decoded are ever stored, so a hit
        # needs no second check of the MAC.
        key = (campaign_pk, limit, token)
        body = cache.pages.get(key)
        if body is None:
            body = self._read_page(application_id, campaign_id, campaign_pk, limit, token)
            self._remember(cache, key, body)
        return body

    def _read_page(
        self,
        application_id: str,
        campaign_id: str,
        campaign_pk: int,
        limit: int,
        token: str | None,
    ) -> bytes:
        after = 0 if token is None else self.tokens.decode(application_id, campaign_id, token)
        # One row more than the page tells whether another page exists: no NextToken that leads
        # to an empty page.
        rows = self.store.fetch_page(campaign_pk, after, limit + 1)
        next_token = None
        if len(rows) > limit:
            del rows[limit:]
            next_token = self.tokens.encode(application_id, campaign_id, rows[-1][0])
        return render_page([body for _, body in rows], next_token)

    def _remember(self, cache: _PageCache, key: tuple[int, int, str | None], body: bytes) -> None:
        """Add a page, dropping the oldest ones beyond the byte budget (insertion order)."""
        size = len(body)
        if size > self.page_cache_bytes:
            return
        pages = cache.pages
        while cache.size + size > self.page_cache_bytes:
            cache.size -= len(pages.pop(next(iter(pages))))
        pages[key] = body
        cache.size += size
