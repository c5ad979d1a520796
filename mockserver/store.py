"""SQLite storage of applications, campaigns and activities.

One file (WAL mode, so readers never wait for the writer and the writer never waits for readers)
and one connection per thread, kept open: a request costs two cached prepared statements and no
connect. Activities are stored with their served JSON, so a page is a join of stored bytes. The
write API lives in ``mockserver.writes`` (WriteTransaction), which also says how seq, the order
of activities, is given out so that NextTokens stay exact across concurrent writes and deletes.
The demo and synthetic data are inserted in ScheduledStart order (chronological, as the spec's).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from itertools import islice
from os import PathLike
from pathlib import Path
from typing import Final

from mockserver.activity import new_id
from mockserver.armed import ArmedFlag, NeverArmed
from mockserver.buckets import LocalBuckets, SqliteBuckets
from mockserver.dbcheck import (
    FileWatch,
    StoreOpenError,
    StoreReadOnlyError,
    StoreReplacedError,
    check_contents,
    check_path,
    describe,
    may_open_immutable,
    sqlite_uri,
)
from mockserver.errors import ApplicationNotFoundError, CampaignNotFoundError
from mockserver.inventory import (
    AddResult,
    ApplicationInfo,
    CampaignInfo,
)
from mockserver.page_cache import Page, PageCache
from mockserver.schema import (
    SCHEMA_VERSION,
    SchemaTooNewError,
    enable_wal,
    migrate,
)
from mockserver.storage import PageBatcher
from mockserver.store_reads import BULK_CACHE_KIB, CACHE_KIB, StoreReads
from mockserver.store_shortcuts import WriteShortcuts
from mockserver.store_sql import (
    PAGE_JOINED_SQL,
    PAGE_RANGE_SQL,
    PAGE_SQL,
    RESOLVE_SQL,
    SNAPSHOT_SQL,
)
from mockserver.writes import (
    ActivityRow,
    OnDuplicate,
    WriteTransaction,
    prepare_items,
)

__all__ = [
    "DEFAULT_DB_PATH",
    "ActivityRow",
    "AddResult",
    "ApplicationInfo",
    "CampaignInfo",
    "Store",
    "StoreOpenError",
    "StoreReplacedError",
    "WriteTransaction",
    "new_id",
]

DEFAULT_DB_PATH: Final = Path(".data/mock.sqlite3")
# How long a writer waits for another writer (another thread, the seed CLI, a second worker).
BUSY_TIMEOUT_S: Final = 30.0
DEFAULT_BATCH_SIZE: Final = 50_000
_CAMPAIGN_CACHE_SIZE: Final = 65_536
# Page size of new files. An activity row is ~600 bytes (columns + JSON); SQLite advises rows of
# a WITHOUT ROWID table under 1/20 of a page, and bigger pages cut a 1M-row load by ~15%.
PAGE_SIZE: Final = 16384


class _ThreadState(threading.local):
    """What each thread of a Store keeps: its connection, its page-read cursor, its shared read
    snapshot while one is open (see Store.share_snapshot), the campaign keys it found, and the
    pages it read lately (mockserver.page_cache, stamped with the snapshot's data_version).

    campaign_keys maps (application ID, campaign ID) to the campaign's key; it is used only
    inside a shared snapshot whose meta 'generation' equals ``generation``: every delete or
    reset bumps it (in whichever process), so keys of removed campaigns, whose integer keys
    SQLite may give out again, are forgotten at the next snapshot. Read once per snapshot, it
    saves the resolve query (~20% of a page's cost) of every request after the first.
    """

    conn: sqlite3.Connection | None = None
    reader: sqlite3.Cursor | None = None
    snapshot: sqlite3.Connection | None = None
    checked: bool = False
    clock: tuple[int, int | None] = (0, None)
    data_version: int = -1

    def __init__(self) -> None:
        self.campaign_keys: dict[tuple[str, str], int] = {}
        self.generation: int = -1
        self.pages = PageCache()


class Store(StoreReads, WriteShortcuts):
    """The mock server's database: one SQLite file, one connection per thread.

    Opening migrates the schema (unless ``read_only``). A read-only store opens the file with
    SQLite's ``mode=ro`` and ``query_only``, and its ``write`` raises StoreReadOnlyError, so it
    serves a file nobody may write (``serve --read-only``: a read-only file, directory or mount).
    When SQLite cannot even make the -shm file beside it (a read-only directory) and no -wal
    file holds commits, it opens the file ``immutable``: then all data is in the file itself.
    """

    def __init__(
        self, path: str | PathLike[str] = DEFAULT_DB_PATH, *, read_only: bool = False
    ) -> None:
        self.path = Path(path)
        self.kind = "sqlite"
        self.page_batcher: PageBatcher | None = None  # a page read inline costs microseconds
        self.location = str(self.path)
        self.read_only = read_only
        self._buckets: SqliteBuckets | LocalBuckets | None = None
        self._flag: ArmedFlag | NeverArmed | None = None
        self._local = _ThreadState()
        self._lock = threading.Lock()
        self._connections: list[sqlite3.Connection] = []
        self._closed = False
        self._writes = 0  # write transactions ended (a part of the page cache's stamp)
        # What sqlite3.connect opens: the path, or for a read-only store a file: URI.
        self._target: str | Path = self.path
        if read_only:
            self._target = sqlite_uri(self.path, "mode=ro")
        check_path(self.path, read_only=read_only)
        try:
            self.token_secret: bytes = self._open()
        except BaseException:
            self.close()
            raise
        self.watch = FileWatch(self.path)

    def _open(self) -> bytes:
        """Check the file (see mockserver.dbcheck), migrate it unless read-only, and return its
        token secret; a StoreOpenError says what is wrong with it."""
        try:
            conn, version = self._first_connection()
            if not self.read_only:
                conn.execute(f"PRAGMA page_size = {PAGE_SIZE:d}")  # no effect on a file with data
                enable_wal(conn, self.path, BUSY_TIMEOUT_S)
                migrate(conn)
            elif version != SCHEMA_VERSION:
                raise StoreOpenError(
                    f"{self.path} has schema version {version}; this mock server needs"
                    f" {SCHEMA_VERSION}: open it writable once (seed or serve) to migrate it"
                )
            row = conn.execute("SELECT value FROM meta WHERE key = 'token_secret'").fetchone()
        except (sqlite3.Error, OSError) as exc:
            raise StoreOpenError(describe(self.path, exc)) from None
        except SchemaTooNewError as exc:  # a newer server migrated it meanwhile
            raise StoreOpenError(f"{self.path}: {exc}") from None
        return bytes(row[0])

    def _first_connection(self) -> tuple[sqlite3.Connection, int]:
        """This thread's connection and the file's schema version; a read-only store that
        SQLite cannot open falls back to immutable (see dbcheck.may_open_immutable)."""
        try:
            conn = self._local.conn = self._connect(query_only=self.read_only)
            return conn, check_contents(conn, self.path, SCHEMA_VERSION)
        except sqlite3.OperationalError as exc:
            if not (self.read_only and may_open_immutable(self.path, exc)):
                raise
        self._target = sqlite_uri(self.path, "immutable=1")
        conn = self._local.conn = self._connect(query_only=True)
        return conn, check_contents(conn, self.path, SCHEMA_VERSION)

    # Connections ------------------------------------------------------------------------------

    def _connect(self, *, query_only: bool) -> sqlite3.Connection:
        # isolation_level=None: autocommit, transactions only where we BEGIN, so a reader never
        # keeps a snapshot open (which would stop WAL checkpoints). check_same_thread=False only
        # so close() can close every thread's connection; each is used by its own thread.
        conn = sqlite3.connect(
            self._target,
            uri=self._target is not self.path,
            timeout=BUSY_TIMEOUT_S,
            isolation_level=None,
            check_same_thread=False,
            cached_statements=64,
        )
        conn.execute("PRAGMA foreign_keys = ON")
        # WAL + NORMAL: durable against a crash of the process; only a power cut may drop the
        # last commits. No fsync per commit.
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute(f"PRAGMA cache_size = {-CACHE_KIB:d}")
        if query_only:
            conn.execute("PRAGMA query_only = ON")
        with self._lock:
            if self._closed:
                conn.close()
                raise RuntimeError("the store is closed")
            self._connections.append(conn)
        return conn

    def connection(self) -> sqlite3.Connection:
        """Return this thread's connection, opening it on first use."""
        conn: sqlite3.Connection | None = self._local.conn
        if conn is None:
            conn = self._connect(query_only=self.read_only)
            self._local.conn = conn
        return conn

    def _reader(self) -> sqlite3.Cursor:
        """This thread's cursor for page reads, kept: a new cursor per request costs more than
        the statement's parameters."""
        cursor: sqlite3.Cursor | None = self._local.reader
        if cursor is None:
            cursor = self._local.reader = self.connection().cursor()
        return cursor

    def share_snapshot(self, schedule_end: Callable[[Callable[[], None]], object]) -> None:
        """Let the reads that follow on this thread share one read transaction, which
        ``schedule_end`` ends: the server passes its event loop's ``call_soon``, so the requests
        of one turn of the loop read one snapshot.

        Each statement outside a transaction takes and drops SQLite's read locks (system calls
        on the database and its WAL index): a third of the cost of a page read. Sharing them is
        safe because the snapshot is taken when the turn's first read runs, after every request
        of the turn arrived and before any is answered, and it lasts one turn, so WAL
        checkpoints are never held up. A write on this thread ends it first (see ``write``).
        StoreReplacedError once the file at the path is another (see dbcheck.FileWatch).
        """
        if self._local.snapshot is not None:  # the turn's later requests: nothing to do
            return
        if self.watch.check():
            raise StoreReplacedError(self.path)
        conn = self.connection()
        if conn.in_transaction:
            return
        conn.execute("BEGIN")
        self._local.snapshot = conn
        self._local.checked = False
        schedule_end(self._end_snapshot)

    def _end_snapshot(self) -> None:
        conn: sqlite3.Connection | None = self._local.snapshot
        if conn is None:
            return
        self._local.snapshot = None
        with suppress(sqlite3.ProgrammingError):  # closed meanwhile: the transaction ended too
            conn.execute("COMMIT")

    def close(self) -> None:
        """Close every thread's connection; the store cannot be used afterwards."""
        with self._lock:
            self._closed = True
            connections, self._connections = self._connections, []
        for conn in connections:
            conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # Writes -----------------------------------------------------------------------------------

    @contextmanager
    def write(self) -> Iterator[WriteTransaction]:
        """Run the block in one write transaction (BEGIN IMMEDIATE ... COMMIT or ROLLBACK);
        StoreReplacedError when the file at the path is no longer this store's,
        StoreReadOnlyError for a read-only store."""
        if self.read_only:
            raise StoreReadOnlyError(self.path)
        if self.watch.check(force=True):
            raise StoreReplacedError(self.path)
        conn = self.connection()
        self._end_snapshot()  # a shared read snapshot of this thread (see share_snapshot)
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield WriteTransaction(conn)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        finally:
            self._writes += 1  # this connection's commits do not change its data_version
        conn.execute("COMMIT")

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
        """Check and store activities in one transaction; see WriteTransaction.add_activities.

        The items are checked before the write lock is taken (a large load validates for
        seconds, and other writers would wait), after a look that the campaign exists.
        """
        self.resolve_campaign(application_id, campaign_id)
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
        """Append pre-validated rows fast, one transaction per batch; return the count.

        Committing per batch keeps the WAL small (it is checkpointed between batches) and lets a
        running server and other writers in between. If a batch fails, earlier ones stay.
        synchronous stays NORMAL: in WAL mode a commit does not fsync anyway, so OFF would save
        little and put the file at risk on a power cut.
        """
        conn = self.connection()
        conn.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB:d}")
        total = 0
        try:
            iterator = iter(rows)
            while batch := list(islice(iterator, batch_size)):
                with self.write() as tx:
                    total += tx.insert_rows(tx.campaign_pk(application_id, campaign_id), batch)
                if on_batch is not None:
                    on_batch(len(batch))
        finally:
            conn.execute(f"PRAGMA cache_size = {-CACHE_KIB:d}")
        return total

    # Reads ------------------------------------------------------------------------------------

    def resolve_campaign(self, application_id: str, campaign_id: str) -> int:
        """Return the campaign's internal key, or raise ApplicationNotFoundError or
        CampaignNotFoundError (the application first: the campaign is looked up inside it)."""
        local = self._local
        keys = local.campaign_keys
        key = (application_id, campaign_id)
        if local.snapshot is not None:
            if not local.checked:  # the first resolve of this snapshot (see _ThreadState)
                generation, offset_ms, frozen_at_ms, data_version = local.snapshot.execute(
                    SNAPSHOT_SQL
                ).fetchone()
                local.clock = (offset_ms or 0, frozen_at_ms)
                local.data_version = data_version
                if generation != local.generation:
                    keys.clear()
                    local.generation = generation
                local.checked = True
            cached = keys.get(key)
            if cached is not None:
                return cached
        row = self.connection().execute(RESOLVE_SQL, (campaign_id, application_id)).fetchone()
        if row is None:
            raise ApplicationNotFoundError(application_id)
        campaign_pk = row[1]
        if campaign_pk is None:
            raise CampaignNotFoundError(application_id, campaign_id)
        if local.snapshot is not None:
            if len(keys) >= _CAMPAIGN_CACHE_SIZE:
                keys.clear()  # crude but bounded; real deployments have few campaigns
            keys[key] = int(campaign_pk)
        return int(campaign_pk)

    def snapshot_clock(self) -> tuple[int, int | None] | None:
        """The clock row (offset_ms, frozen_at_ms) as this thread's shared snapshot read it
        once resolve_campaign ran in it, else None (then read it with mockserver.clock)."""
        local = self._local
        return local.clock if local.snapshot is not None and local.checked else None

    def snapshot_generation(self) -> int | None:
        """The meta 'generation' this thread's shared snapshot read, once resolve_campaign ran
        in it, else None (mockserver.runs keeps which campaigns have runs per generation)."""
        local = self._local
        return local.generation if local.snapshot is not None and local.checked else None

    def fetch_page(self, campaign_pk: int, after_seq: int, limit: int) -> list[tuple[int, bytes]]:
        """Return up to ``limit`` (seq, JSON) rows of the campaign after ``after_seq``."""
        return self.connection().execute(PAGE_SQL, (campaign_pk, after_seq, limit)).fetchall()

    def read_page(self, campaign_pk: int, after_seq: int, limit: int) -> Page:
        """Return the campaign's first ``limit`` activities after ``after_seq`` as their JSON
        joined with ",", and the seq of the last one if more follow it (else None).

        Inside a shared snapshot that resolve_campaign has read, a page read lately under the
        same database contents is answered again (mockserver.page_cache): the same bytes the
        statements would return, a dict lookup instead of a third of the request's cost.
        """
        local = self._local
        snapshot = local.snapshot
        if snapshot is None or not local.checked:
            return self._read_page(campaign_pk, after_seq, limit)
        key = (campaign_pk, after_seq, limit)
        stamp = (local.data_version, snapshot.total_changes, self._writes)
        page = local.pages.get(key, stamp)
        if page is None:
            page = self._read_page(campaign_pk, after_seq, limit)
            local.pages.put(key, page)
        return page

    def _read_page(self, campaign_pk: int, after_seq: int, limit: int) -> Page:
        """read_page from the database."""
        cursor = self._reader()
        params = (campaign_pk, after_seq, limit)
        count, items, more = cursor.execute(PAGE_RANGE_SQL, params).fetchone()
        if count == limit:  # every seq of the range: the last is after_seq + limit
            return items, (after_seq + limit if more else None)
        if not more:  # the last page (or none)
            return (items, None) if count else (b"", None)
        # Short while rows follow: a gap in seq (see PAGE_RANGE_SQL).
        count, last, items, more = cursor.execute(PAGE_JOINED_SQL, params).fetchone()
        if not count:
            return b"", None
        return items, (last if more else None)
