"""The page reads of one event-loop turn as ONE PostgreSQL statement (PAGES_SQL).

Under load a worker's event loop starts many requests in one turn; each used to cost a round
trip of its own (a statement on the page connection, a context switch to the backend and back,
the backend's per-statement work), which is what made two workers sharing a core with PostgreSQL
slower than one. Here a request's page read is queued, and a callback at the start of the next
turn sends every distinct read queued so far in one statement over arrays of (campaign, after,
limit, kept version), then resolves each request's future with its page. The thread keeps the
pages it read with their campaign's page_version (mockserver.pg.page_versions): the statement
answers a kept page with its version alone, without reading its rows, when the campaign has not
changed since, and with the page anew when it has; every answer is the database's as of that
statement, which ran after the request arrived.
"""

from __future__ import annotations

import threading
from asyncio import AbstractEventLoop, Future, get_running_loop
from collections.abc import Callable, Sequence
from typing import Final, Protocol

from psycopg import pq

from mockserver.dbcheck import StoreUnavailableError
from mockserver.page_cache import PageKey
from mockserver.pg.page_versions import UNKNOWN, PageVersions
from mockserver.pg.sql import PAGES_TURN_COLUMN, PAGES_VERSION_COLUMN

Page = tuple[bytes, int | None]  # the items' JSON joined with ",", the last seq if more follow
_PageRead = tuple[int, int, int, "Future[Page]"]  # campaign_pk, after_seq, limit, its answer
_TRUE: Final = b"\x01"
# The most activities one statement reads (a read bigger than this is a statement of its own):
# a turn of many large pages costs several statements, and never one result of unbounded size.
MAX_ROWS: Final = 4_096


class PageStore(Protocol):
    """What the batch needs of the store (PgStore): the page connection's prepared
    statements, and the turn that the batch's TURN_SQL columns open."""

    def prepared(self, name: bytes, params: Sequence[bytes]) -> pq.abc.PGresult: ...
    def open_turn(
        self,
        result: pq.abc.PGresult,
        column: int,
        schedule_end: Callable[[Callable[[], None]], object],
    ) -> None: ...
    def snapshot_generation(self) -> int | None: ...


class _Queue(threading.local):
    """The reads of this thread's event loop waiting for the next flush, and the pages it
    read lately."""

    def __init__(self) -> None:
        self.reads: list[_PageRead] = []
        self.loop: AbstractEventLoop | None = None
        self.pages = PageVersions()


def _array(values: list[int]) -> bytes:
    """An int8[] parameter in PostgreSQL's text form."""
    return b"{" + b",".join([b"%d" % value for value in values]) + b"}"


class PageBatch:
    """``read_page`` as a future, answered by one statement per event-loop turn."""

    def __init__(self, store: PageStore) -> None:
        self._store = store
        self._queue = _Queue()

    def read_page(self, campaign_pk: int, after_seq: int, limit: int) -> Future[Page]:
        """The page ``store.read_page`` would answer, once this turn's reads have run."""
        queue = self._queue
        loop = get_running_loop()
        if not queue.reads or queue.loop is not loop:
            # The first read since the last flush schedules the next; reads a stopped loop
            # left unflushed have nobody to answer them on this one.
            queue.reads, queue.loop = [], loop
            loop.call_soon(self.flush)
        future: Future[Page] = loop.create_future()
        queue.reads.append((campaign_pk, after_seq, limit, future))
        return future

    def flush(self) -> None:
        """Run the queued reads, at most MAX_ROWS rows of pages a statement, and answer each
        future (a lost database answers each with StoreUnavailableError; a client gone has
        cancelled its own)."""
        reads, self._queue.reads = self._queue.reads, []
        chunk: list[_PageRead] = []
        rows = 0
        for read in reads:
            if read[3].done():
                continue
            if chunk and rows + read[2] > MAX_ROWS:
                self._answer(chunk)
                chunk, rows = [], 0
            chunk.append(read)
            rows += read[2]
        if chunk:
            self._answer(chunk)

    def _answer(self, reads: list[_PageRead]) -> None:
        try:
            pages = self.run(reads, get_running_loop().call_soon)
        except StoreUnavailableError as exc:
            for *_, future in reads:
                if not future.done():
                    future.set_exception(StoreUnavailableError(exc.message))
            return
        except Exception as exc:  # a defect: every waiter learns it, none hangs
            for *_, future in reads:
                if not future.done():
                    future.set_exception(exc)
            return
        for (*_, future), page in zip(reads, pages, strict=True):
            if not future.done():
                future.set_result(page)

    def run(
        self, reads: list[_PageRead], schedule_end: Callable[[Callable[[], None]], object]
    ) -> list[Page]:
        """The pages of ``reads``, in their order: one row per distinct read (PAGES_SQL);
        opens the turn. A kept page is served only when the statement says its version is
        the campaign's; pages are kept only from a statement that answered in full."""
        kept = self._queue.pages
        keys = list(dict.fromkeys([(pk, after, limit) for pk, after, limit, _ in reads]))
        held = [kept.get(key) for key in keys]
        result = self._statement(keys, held)
        self._store.open_turn(result, PAGES_TURN_COLUMN, schedule_end)
        generation = self._store.snapshot_generation()
        if generation != kept.generation:  # something was deleted: trust no kept page
            kept.clear()
            kept.generation = generation
            if any(known is not None for known in held):
                held = [None] * len(keys)
                result = self._statement(keys, held)
                self._store.open_turn(result, PAGES_TURN_COLUMN, schedule_end)
        value = result.get_value
        pages: dict[PageKey, Page] = {}
        for row, (key, known) in enumerate(zip(keys, held, strict=True)):
            raw = value(row, PAGES_VERSION_COLUMN)
            version = None if raw is None else int.from_bytes(raw, "big", signed=True)
            if known is not None and known[0] == version:
                pages[key] = known[1]
                continue
            items = value(row, 0)
            if items is None:  # an empty page
                page: Page = (b"", None)
            else:
                last = value(row, 1) if value(row, 2) == _TRUE else None
                page = (items, None if last is None else int.from_bytes(last, "big"))
            pages[key] = page
            if version is not None:  # no such campaign: an empty page, nothing to keep
                kept.put(key, version, page)
        return [pages[(pk, after, limit)] for pk, after, limit, _ in reads]

    def _statement(
        self, keys: list[PageKey], held: list[tuple[int, Page] | None]
    ) -> pq.abc.PGresult:
        """PAGES_SQL over ``keys``, each with the version of its kept page (or UNKNOWN)."""
        result = self._store.prepared(
            b"mock_pages",
            (
                _array([key[0] for key in keys]),
                _array([key[1] for key in keys]),
                _array([key[2] for key in keys]),
                _array([UNKNOWN if known is None else known[0] for known in held]),
            ),
        )
        if result.ntuples != len(keys):
            raise RuntimeError(f"PAGES_SQL answered {result.ntuples} rows for {len(keys)} reads")
        return result
