"""The page reads of one event-loop turn as ONE PostgreSQL statement (PAGES_SQL).

Under load a worker's event loop starts many requests in one turn; each used to cost a round
trip of its own (a statement on the page connection, a context switch to the backend and back,
the backend's per-statement work), which is what made two workers sharing a core with PostgreSQL
slower than one. Here a request's page read is queued, and a callback at the start of the next
turn sends every read queued so far in one statement over arrays of (campaign, after, limit),
then resolves each request's future with its own page. Nothing is cached or shared between
requests: each page is its own subquery of that statement, read under one snapshot.
"""

from __future__ import annotations

import threading
from asyncio import AbstractEventLoop, Future, get_running_loop
from collections.abc import Callable, Sequence
from typing import Final, Protocol

from psycopg import pq

from mockserver.dbcheck import StoreUnavailableError
from mockserver.pg.sql import PAGES_TURN_COLUMN

Page = tuple[bytes, int | None]  # the items' JSON joined with ",", the last seq if more follow
_PageRead = tuple[int, int, int, "Future[Page]"]  # campaign_pk, after_seq, limit, its answer
_TRUE: Final = b"\x01"


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


class _Queue(threading.local):
    """The reads of this thread's event loop waiting for the next flush."""

    def __init__(self) -> None:
        self.reads: list[_PageRead] = []


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
        reads = self._queue.reads
        loop: AbstractEventLoop = get_running_loop()
        future: Future[Page] = loop.create_future()
        if not reads:
            loop.call_soon(self.flush)
        reads.append((campaign_pk, after_seq, limit, future))
        return future

    def flush(self) -> None:
        """Run every queued read in one statement and answer each future (a lost database
        answers each with StoreUnavailableError; a client gone has cancelled its own)."""
        reads, self._queue.reads = self._queue.reads, []
        reads = [read for read in reads if not read[3].done()]
        if not reads:
            return
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
        """The pages of ``reads``, in their order: one row each (PAGES_SQL); opens the turn."""
        result = self._store.prepared(
            b"mock_pages",
            (
                _array([read[0] for read in reads]),
                _array([read[1] for read in reads]),
                _array([read[2] for read in reads]),
            ),
        )
        if result.ntuples != len(reads):
            raise RuntimeError(f"PAGES_SQL answered {result.ntuples} rows for {len(reads)} reads")
        self._store.open_turn(result, PAGES_TURN_COLUMN, schedule_end)
        value = result.get_value
        pages: list[Page] = []
        for row in range(len(reads)):
            items = value(row, 0)
            if items is None:  # an empty page
                pages.append((b"", None))
                continue
            last = value(row, 1) if value(row, 2) == _TRUE else None
            pages.append((items, None if last is None else int.from_bytes(last, "big")))
        return pages
