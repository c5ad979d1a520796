"""PgStore: the mock's store on PostgreSQL, shared by every worker of every replica.

psycopg 3, synchronous, with psycopg_pool: the generated server calls its handlers on the event
loop and the service reads inline (``mockserver.handler``), as it does on SQLite; a page is ONE
prepared statement, a round trip of ~0.1 ms on a local socket, less than a hop to a thread pool
and back would cost, and the admin handlers already run the store in threads. So the page path
keeps one connection of its own per thread (prepared statements, a 5 s statement timeout;
dropped at its first failure), the rest borrows from the pool.

Never a hang: connect_timeout, statement_timeout, the pool's wait and TCP keepalives bound every
call. A lost database is a StoreUnavailableError (the handlers' AWS-shaped 503); after one, the
page path answers 503 at once for RETRY_S before it tries again, so a worker whose database is
unreachable does not stall its event loop on every request; the pool reconnects by itself (the
connections: mockserver.pg.connections).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from itertools import islice
from struct import Struct
from typing import Any, Final, TypeVar

import psycopg
from psycopg.pq.abc import PGresult

from mockserver.armed import NeverArmed
from mockserver.buckets import LocalBuckets
from mockserver.dbcheck import StoreOpenError, StoreReadOnlyError
from mockserver.errors import ApplicationNotFoundError, CampaignNotFoundError
from mockserver.inventory import AddResult, ApplicationInfo, CampaignInfo
from mockserver.pg import sql
from mockserver.pg.connections import POOL_MAX, PgConnections, first_line
from mockserver.pg.pages import PageBatch
from mockserver.pg.schema import SCHEMA_VERSION, ForeignDatabaseError, current_version, migrate
from mockserver.pg.writes import PgWriteTransaction, application_info, list_applications
from mockserver.schema import SchemaTooNewError
from mockserver.storage import PageBatcher
from mockserver.store_shortcuts import WriteShortcuts
from mockserver.writes import ActivityRow, OnDuplicate, prepare_items

DEFAULT_BATCH_SIZE: Final = 50_000
_CAMPAIGN_CACHE_SIZE: Final = 65_536
_SWEEP_EVERY: Final = 10_000
_T = TypeVar("_T")
_FLOAT8: Final = Struct(">d")


def _at_once(end: Callable[[], None]) -> None:
    end()


def _int(value: bytes | None) -> int | None:
    """A binary integer column's value (any width), or None for NULL."""
    return None if value is None else int.from_bytes(value, "big", signed=True)


class PgFlag:
    """The "a fault may be armed" answer of the turn's statement (see mockserver.faults): a
    fault armed before a request arrived is seen by the turn that serves it."""

    def __init__(self, store: PgStore) -> None:
        self._store = store

    def __bool__(self) -> bool:
        return self._store.turn_faults()

    def set(self, armed: bool) -> None:
        """Nothing to write: the faults table itself is what the turn reads."""


class PgStore(PgConnections, WriteShortcuts):
    """The mock's database on PostgreSQL (``postgresql://user@host:port/dbname``)."""

    kind = "postgresql"

    def __init__(self, url: str, *, read_only: bool = False, pool_max: int = POOL_MAX) -> None:
        super().__init__(url, read_only=read_only, pool_max=pool_max)
        self._takes = 0
        self._flag = PgFlag(self)
        self._local_buckets: LocalBuckets | None = None
        self.page_batcher: PageBatcher | None = PageBatch(self)
        try:
            self.token_secret: bytes = self._open()
        except BaseException:
            self.close()
            raise

    def _open(self) -> bytes:
        """Connect (one error: line when the database cannot be reached), migrate unless
        read-only, and return the token secret."""
        try:
            conn = psycopg.connect(self._conninfo, autocommit=True)
        except psycopg.Error as exc:
            raise StoreOpenError(
                f"cannot connect to PostgreSQL at {self.location}: {first_line(exc)}; start it,"
                " or check the URL (host, port, user, database)"
            ) from None
        try:
            with conn:
                if self.read_only:
                    version = current_version(conn)
                    if version != SCHEMA_VERSION:
                        raise StoreOpenError(
                            f"{self.location} has mock schema version {version}; this mock"
                            f" server needs {SCHEMA_VERSION}: open it writable once (seed or"
                            " serve) to migrate it"
                        )
                else:
                    migrate(conn)
                row = conn.execute("SELECT secret FROM token_secret WHERE id = 1").fetchone()
        except ForeignDatabaseError as exc:
            raise StoreOpenError(f"{self.location}: {exc}") from None
        except SchemaTooNewError as exc:
            raise StoreOpenError(
                f"{self.location} was written by a newer mock server ({exc}): run that version,"
                " or pass another database"
            ) from None
        except psycopg.Error as exc:
            raise StoreOpenError(f"{self.location}: {first_line(exc)}") from None
        if row is None:
            raise StoreOpenError(f"{self.location} lacks its token secret: it is damaged")
        self.pool.open(wait=False)
        return bytes(row[0])

    def __enter__(self) -> PgStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # The page path -------------------------------------------------------------------------------

    def share_snapshot(self, schedule_end: Callable[[Callable[[], None]], object]) -> None:
        """Let the requests of this turn of the event loop share one read of TURN_SQL (the
        delete generation, the clock, whether a fault is armed); ``schedule_end`` ends it.
        Under load the turn is usually open already: the batch of the previous turn's page
        reads, sent at the start of this one, read TURN_SQL too (mockserver.pg.pages)."""
        if not self._turn.active:
            self.open_turn(self.prepared(b"mock_turn", ()), 0, schedule_end)

    def open_turn(
        self,
        result: PGresult,
        column: int,
        schedule_end: Callable[[Callable[[], None]], object],
    ) -> None:
        """Open (or renew) the turn from TURN_SQL's columns, in row 0 of ``result`` from
        ``column``, until the callback scheduled now runs. Right for every request served
        before that: its step was scheduled before the callback (the loop runs them in order),
        so it arrived before this read."""
        value = result.get_value
        generation = _int(value(0, column)) or 0
        offset_ms, frozen_at_ms = _int(value(0, column + 1)), _int(value(0, column + 2))
        turn = self._turn
        turn.clock = (offset_ms or 0, frozen_at_ms)
        turn.faults = value(0, column + 3) == b"\x01"
        if generation != turn.generation:
            turn.campaign_keys.clear()
            turn.generation = generation
        if not turn.active:
            turn.active = True
            schedule_end(self._end_turn)

    def _end_turn(self) -> None:
        self._turn.active = False

    def turn_faults(self) -> bool:
        """Whether a fault may be armed, as this turn read it (read now if no turn is open:
        the fault guard runs before the handler opens the turn)."""
        if not self._turn.active:
            try:
                schedule_end: Callable[[Callable[[], None]], object] = (
                    asyncio.get_running_loop().call_soon
                )
            except RuntimeError:  # no event loop: this one read, no turn
                schedule_end = _at_once
            self.open_turn(self.prepared(b"mock_turn", ()), 0, schedule_end)
        return self._turn.faults

    def resolve_campaign(self, application_id: str, campaign_id: str) -> int:
        """The campaign's key (cached within a delete generation, see share_snapshot), or a
        NotFoundError (the application first)."""
        turn = self._turn
        key = (application_id, campaign_id)
        if turn.active:
            cached = turn.campaign_keys.get(key)
            if cached is not None:
                return cached
        result = self.prepared(b"mock_resolve", (application_id.encode(), campaign_id.encode()))
        if not result.ntuples:
            raise ApplicationNotFoundError(application_id)
        campaign_pk = _int(result.get_value(0, 1))
        if campaign_pk is None:
            raise CampaignNotFoundError(*key)
        if turn.active:
            if len(turn.campaign_keys) >= _CAMPAIGN_CACHE_SIZE:
                turn.campaign_keys.clear()
            turn.campaign_keys[key] = campaign_pk
        return campaign_pk

    def snapshot_generation(self) -> int | None:
        """The generation this turn read, else None (mockserver.runs keeps which campaigns
        have runs per generation)."""
        return self._turn.generation if self._turn.active else None

    def snapshot_clock(self) -> tuple[int, int | None] | None:
        """The clock row as this turn read it, else None."""
        return self._turn.clock if self._turn.active else None

    def read_page(self, campaign_pk: int, after_seq: int, limit: int) -> tuple[bytes, int | None]:
        """The activities after ``after_seq`` (their JSON joined with ",") and the last seq if
        more follow: one statement."""
        result = self.prepared(
            b"mock_page", (b"%d" % campaign_pk, b"%d" % after_seq, b"%d" % limit)
        )
        count = min(result.ntuples, limit)
        if not count:
            return b"", None
        value = result.get_value
        items = b",".join([value(i, 1) or b"" for i in range(count)])  # body is NOT NULL
        return items, (_int(value(count - 1, 0)) if result.ntuples > limit else None)

    def fetch_page(self, campaign_pk: int, after_seq: int, limit: int) -> list[tuple[int, bytes]]:
        """Up to ``limit`` (seq, JSON) rows after ``after_seq`` (the export)."""
        conn = self._snapshot_conn()
        if conn is not None:
            rows = conn.execute(sql.FETCH_SQL, (campaign_pk, after_seq, limit)).fetchall()
        else:
            rows = self._read(
                lambda c: c.execute(sql.FETCH_SQL, (campaign_pk, after_seq, limit)).fetchall()
            )
        return [(int(r[0]), bytes(r[1])) for r in rows]

    # Writes ------------------------------------------------------------------------------------

    @contextmanager
    def write(self) -> Iterator[PgWriteTransaction]:
        """Run the block in one transaction (committed at the end, rolled back on an error);
        StoreReadOnlyError for a read-only store."""
        if self.read_only:
            raise StoreReadOnlyError(self.location)
        with self._pooled() as conn:
            self._snapshot.writing = conn  # what connection() gives inside the block
            try:
                with conn.transaction():
                    yield PgWriteTransaction(conn)
            except psycopg.Error as exc:
                raise self._unavailable(exc) from None
            finally:
                self._snapshot.writing = None

    def add_activities(
        self,
        application_id: str,
        campaign_id: str,
        items: Iterable[Mapping[str, object]],
        *,
        on_duplicate: OnDuplicate = "error",
        add_treatments: bool = False,
        keep_items: bool = True,
    ) -> AddResult:
        """Check the items before the transaction, then store them in one."""
        self.campaign(application_id, campaign_id)
        prepared = prepare_items(items, application_id, campaign_id)
        with self.write() as tx:
            return tx.add_prepared(
                application_id,
                campaign_id,
                prepared,
                on_duplicate=on_duplicate,
                add_treatments=add_treatments,
                keep_items=keep_items,
            )

    def bulk_load(
        self,
        application_id: str,
        campaign_id: str,
        rows: Iterable[ActivityRow],
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        on_batch: Callable[[int], None] | None = None,
    ) -> int:
        """Append pre-validated rows by COPY, one transaction per batch; return the count."""
        total = 0
        iterator = iter(rows)
        while batch := list(islice(iterator, batch_size)):
            with self.write() as tx:
                total += tx.insert_rows(tx.campaign_pk(application_id, campaign_id), batch)
            if on_batch is not None:
                on_batch(len(batch))
        return total

    # Reads ---------------------------------------------------------------------------------------

    @contextmanager
    def bulk_session(self) -> Iterator[None]:
        """Nothing to tune: PostgreSQL's buffers are the server's."""
        yield

    def list_applications(self) -> list[ApplicationInfo]:
        return self._query(list_applications)

    def application(self, application_id: str) -> ApplicationInfo:
        return self._query(lambda c: application_info(c, application_id))

    def campaign(self, application_id: str, campaign_id: str) -> CampaignInfo:
        def work(conn: psycopg.Connection[Any]) -> CampaignInfo:
            return PgWriteTransaction(conn).campaign(application_id, campaign_id)

        return self._query(work)

    def is_empty(self) -> bool:
        return self._query(lambda c: PgWriteTransaction(c).is_empty())

    def application_ids(self) -> list[str]:
        rows = self._query(
            lambda c: c.execute("SELECT application_id FROM applications ORDER BY pk").fetchall()
        )
        return [str(r[0]) for r in rows]

    def campaign_ids(self, application_id: str) -> list[str]:
        return [c.campaign_id for c in self.application(application_id).campaigns]

    def treatments(self, application_id: str, campaign_id: str) -> tuple[str, ...]:
        return self.campaign(application_id, campaign_id).treatment_ids

    def count_activities(self, application_id: str, campaign_id: str) -> int:
        return self.campaign(application_id, campaign_id).activity_count

    def activities(self, application_id: str, campaign_id: str) -> list[dict[str, Any]]:
        import json

        def work(conn: psycopg.Connection[Any]) -> list[Any]:
            pk = PgWriteTransaction(conn).campaign_pk(application_id, campaign_id)
            return conn.execute(
                "SELECT body FROM activities WHERE campaign_pk = %s ORDER BY seq", (pk,)
            ).fetchall()

        return [json.loads(bytes(r[0])) for r in self._query(work)]

    def last_activity_id(self, application_id: str, campaign_id: str) -> str | None:
        def work(conn: psycopg.Connection[Any]) -> Any:
            pk = PgWriteTransaction(conn).campaign_pk(application_id, campaign_id)
            return conn.execute(
                "SELECT activity_id FROM activities WHERE campaign_pk = %s ORDER BY seq DESC"
                " LIMIT 1",
                (pk,),
            ).fetchone()

        row = self._query(work)
        return None if row is None else str(row[0])

    # Clock, faults, rate limit -------------------------------------------------------------------

    def clock_row(self) -> tuple[int, int | None, bool] | None:
        row = self._query(lambda c: c.execute(sql.CLOCK_SQL).fetchone())
        return None if row is None else (int(row[0]), row[1], bool(row[2]))

    def list_faults(self) -> list[tuple[Any, ...]]:
        rows = self._query(
            lambda c: c.execute(f"SELECT {sql.FAULT_COLUMNS} FROM faults ORDER BY pk").fetchall()
        )
        return [tuple(r) for r in rows]

    def peek_fault(
        self, operation: str, application_id: str | None, campaign_id: str | None
    ) -> bool:
        params = {"o": operation, "a": application_id, "c": campaign_id}
        return bool(self._row(sql.PEEK_FAULT_SQL, params)[0])

    def fault_flag(self) -> PgFlag | NeverArmed:
        return NeverArmed() if self.read_only else self._flag

    def take_token(self, key: str, rate: float, burst: float) -> float:
        """Take a token of ``key``'s bucket, shared by every replica (one UPSERT); 0, or the
        seconds until one is back."""
        if self.read_only:  # no write to the buckets table: a bucket per worker, as on SQLite
            self._local_buckets = self._local_buckets or LocalBuckets()
            return self._local_buckets.take(key, rate, burst)
        result = self.prepared(
            b"mock_take_token",
            (key.encode(), repr(float(burst)).encode(), repr(float(rate)).encode()),
        )
        self._takes += 1
        if self._takes % _SWEEP_EVERY == 0:
            self._row(sql.SWEEP_BUCKETS_SQL, {"r": float(rate), "b": float(burst)})
        if result.get_value(0, 0) == b"\x01":
            return 0.0
        (tokens,) = _FLOAT8.unpack(result.get_value(0, 1) or bytes(8))
        return max(1e-9, (1.0 - float(tokens)) / rate)
