"""Pages a worker thread read lately on PostgreSQL, each kept with its campaign's page_version.

Every statement that changes a campaign's activities gives the campaign a new page_version in
the same transaction (schema migration v3: statement-level triggers on activities, values from
one sequence, never handed out twice). So within any snapshot, a campaign whose page_version is
the one a page was read with still has the activities it had: the page is the page. PAGES_SQL
is sent each kept page's version and answers "unchanged" (the version, no rows read) or the
page anew; nothing is ever served from here without a statement of the turn saying so.

The bounds are the SQLite page cache's (mockserver.page_cache). Everything is forgotten when the
delete generation changes (belt and braces: a delete also changes the versions it touches).
"""

from __future__ import annotations

from typing import Final

from mockserver.page_cache import MAX_BYTES, MAX_PAGES, Page, PageKey

UNKNOWN: Final = -1  # the version sent for a page not kept (page_version is never negative)


class PageVersions:
    """(campaign_pk, after_seq, limit) -> (page_version, page), for one thread's event loop."""

    __slots__ = ("_bytes", "_pages", "generation")

    def __init__(self) -> None:
        self._pages: dict[PageKey, tuple[int, Page]] = {}
        self._bytes = 0
        self.generation: int | None = None  # the delete generation the pages were read in

    def get(self, key: PageKey) -> tuple[int, Page] | None:
        """The version and page kept for ``key``, if any."""
        return self._pages.get(key)

    def put(self, key: PageKey, version: int, page: Page) -> None:
        """Keep ``page`` as read at ``version``; past the bounds, start afresh."""
        size = len(page[0])
        old = self._pages.pop(key, None)
        if old is not None:
            self._bytes -= len(old[1][0])
        if len(self._pages) >= MAX_PAGES or self._bytes + size > MAX_BYTES:
            self.clear()
            if size > MAX_BYTES:
                return
        self._pages[key] = (version, page)
        self._bytes += size

    def clear(self) -> None:
        self._pages.clear()
        self._bytes = 0

    def __len__(self) -> int:
        return len(self._pages)
