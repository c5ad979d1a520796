"""Pages read lately, kept while the database provably has not changed.

A page read (``Store.read_page``) is a pure function of the database's contents and its key
(campaign, position, page size), so its answer may be kept as long as the database is the one it
was read from. ``Store`` asks with a *stamp* that changes whenever the contents may have:

* SQLite's ``data_version`` as the thread's shared read snapshot saw it (read with the
  snapshot's first statement, ``SNAPSHOT_SQL``): it differs after any commit by another
  connection, in this process or another (another worker, the seed CLI, a writer thread);
* the connection's own ``total_changes`` and the store's count of write transactions: what
  ``data_version`` does not count, this connection's own commits (a control-plane write, a runs
  sync before a page).

A changed stamp drops every kept page at once, so an answer is never older than the snapshot
serving it: pages stay exact under concurrent writers (tests/mockserver/test_page_cache.py).
The clock, faults and runs need nothing more: rows never depend on the clock but through the
runs sync, which writes them first. The kept pages are bounded in count and bytes.
"""

from __future__ import annotations

from typing import Final

MAX_PAGES: Final = 1024
MAX_BYTES: Final = 8 * 1024 * 1024

PageKey = tuple[int, int, int]  # (campaign key, position after, page size)
Page = tuple[bytes, int | None]  # (the items' JSON joined with ",", the last seq if more follow)
Stamp = tuple[int, int, int]


class PageCache:
    """The pages one connection read under one stamp (see the module docstring)."""

    __slots__ = ("_bytes", "_pages", "_stamp")

    def __init__(self) -> None:
        self._pages: dict[PageKey, Page] = {}
        self._stamp: Stamp = (-1, -1, -1)
        self._bytes = 0

    def get(self, key: PageKey, stamp: Stamp) -> Page | None:
        """The page kept for ``key`` if the database is still as ``stamp`` says, else None
        (and a changed stamp forgets every page)."""
        if stamp != self._stamp:
            self.clear()
            self._stamp = stamp
            return None
        return self._pages.get(key)

    def put(self, key: PageKey, page: Page) -> None:
        """Keep ``page`` under the stamp of the last ``get``; past the bounds, start afresh."""
        size = len(page[0])
        if len(self._pages) >= MAX_PAGES or self._bytes + size > MAX_BYTES:
            self._pages.clear()
            self._bytes = 0
            if size > MAX_BYTES:
                return
        self._pages[key] = page
        self._bytes += size

    def clear(self) -> None:
        self._pages.clear()
        self._bytes = 0
