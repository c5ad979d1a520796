"""SQLite storage of applications, campaigns and activities.

One file (WAL mode, so readers never wait for the writer and the writer never waits for readers)
and one connection per thread, kept open: a request costs two cached prepared statements and no
connect. Activities are stored with their served JSON, so a page is a join of stored bytes.

Order of activities: ``seq``, a per-campaign integer given out as MAX(seq) + 1 inside the write
transaction (``BEGIN IMMEDIATE``). SQLite serializes writers, so seq grows in commit order across
threads and processes: an activity committed after a reader took its NextToken always has a larger
seq than the token's position, so walking NextToken returns every activity exactly once even while
others are added (new ones appear at the end). The demo and synthetic data are inserted in
ScheduledStart order, so for them the order is also chronological, as in the spec's examples.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from itertools import islice
from os import PathLike
from pathlib import Path
from typing import Any, Final, TypeAlias

from mockserver.errors import (
    ApplicationNotFoundError,
    CampaignNotFoundError,
    ConflictError,
    ValidationError,
)
from mockserver.model import Activity
from mockserver.schema import SCHEMA_VERSION, SchemaTooNewError, migrate, user_version

DEFAULT_DB_PATH: Final = Path(".data/mock.sqlite3")
# How long a writer waits for another writer (another thread, the seed CLI, a second worker).
BUSY_TIMEOUT_S: Final = 30.0
# SQLite's page cache per connection, in KiB (negative PRAGMA cache_size means KiB).
CACHE_KIB: Final = 32 * 1024
BULK_CACHE_KIB: Final = 512 * 1024
DEFAULT_BATCH_SIZE: Final = 50_000
_CAMPAIGN_CACHE_SIZE: Final = 65_536
# Page size of new files. An activity row is ~600 bytes (columns + JSON); SQLite advises rows of
# a WITHOUT ROWID table under 1/20 of a page, and bigger pages cut a 1M-row load by ~15%.
PAGE_SIZE: Final = 16384

# The statements of a request. PAGE_SQL is a range scan of the activities primary key:
# keyset (seq > ?), never OFFSET, so every page costs the same. Tests EXPLAIN each.
RESOLVE_SQL: Final = (
    "SELECT a.pk, c.pk FROM applications AS a"
    " LEFT JOIN campaigns AS c ON c.application_pk = a.pk AND c.campaign_id = ?"
    " WHERE a.application_id = ?"
)
PAGE_SQL: Final = (
    "SELECT seq, body FROM activities WHERE campaign_pk = ? AND seq > ? ORDER BY seq LIMIT ?"
)
# A page as the service serves it, in one statement (so one snapshot): how many rows, the seq of
# the last one, their JSON joined with "," by SQLite (one bytes object, not a row each), and
# whether the campaign has rows after the page. The innermost scan is PAGE_SQL's; it runs as a
# co-routine in seq order, which is the order group_concat sees (the tests walk every page).
PAGE_JOINED_SQL: Final = (
    "SELECT n, last, items, EXISTS (SELECT 1 FROM activities WHERE campaign_pk = ?1 AND seq > last)"
    " FROM (SELECT count(*) AS n, max(seq) AS last, CAST(group_concat(body, ',') AS BLOB) AS items"
    " FROM (SELECT seq, body FROM activities WHERE campaign_pk = ?1 AND seq > ?2"
    " ORDER BY seq LIMIT ?3))"
)
# The same page where the campaign's seqs have no gap, as they never do here (seq is MAX + 1 and
# nothing deletes): then the page after ``after`` is exactly the seqs up to ``after + limit``,
# a bounded range that SQLite aggregates as it scans, without PAGE_JOINED_SQL's subquery, and
# its last seq is after + limit, without max(seq): a quarter less SQLite time. A page that
# comes back short while rows follow means a gap (rows deleted by hand): read_page then asks
# PAGE_JOINED_SQL, which is right either way.
PAGE_RANGE_SQL: Final = (
    "SELECT count(*), CAST(group_concat(body, ',') AS BLOB),"
    " EXISTS (SELECT 1 FROM activities WHERE campaign_pk = ?1 AND seq > ?2 + ?3)"
    " FROM activities WHERE campaign_pk = ?1 AND seq > ?2 AND seq <= ?2 + ?3"
)
_INSERT_ACTIVITY_SQL: Final = (
    "INSERT INTO activities (campaign_pk, seq, activity_id, treatment_id, state, result,"
    " scheduled_start, start_time, end_time, successful_endpoint_count, total_endpoint_count,"
    " timezones_total_count, timezones_completed_count, body)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)

# A pre-validated activity for bulk loads: (Id, TreatmentId, State, Result, ScheduledStart, Start,
# End, SuccessfulEndpointCount, TotalEndpointCount, TimezonesTotalCount, TimezonesCompletedCount,
# body JSON bytes). The schema's CHECKs still guard State and Result.
ActivityRow: TypeAlias = tuple[
    str,
    str | None,
    str | None,
    str | None,
    str | None,
    str | None,
    str | None,
    int | None,
    int | None,
    int | None,
    int | None,
    bytes,
]


def new_id() -> str:
    """Return a new Pinpoint-style ID: 32 lower-case hex digits."""
    return uuid.uuid4().hex


def _activity_row(activity: Activity, application_id: str, campaign_id: str) -> ActivityRow:
    return (
        activity.id,
        activity.treatment_id,
        activity.state,
        activity.result,
        activity.scheduled_start,
        activity.start,
        activity.end,
        activity.successful_endpoint_count,
        activity.total_endpoint_count,
        activity.timezones_total_count,
        activity.timezones_completed_count,
        activity.to_json(application_id, campaign_id),
    )


class WriteTransaction:
    """The write API, bound to one open ``BEGIN IMMEDIATE`` transaction (see Store.write)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def is_empty(self) -> bool:
        """Return True when the database has no application (the first start)."""
        row = self._conn.execute("SELECT EXISTS (SELECT 1 FROM applications)").fetchone()
        return not row[0]

    def add_application(self, application_id: str | None = None, *, name: str = "") -> str:
        """Add an application (Pinpoint project); return its ID (a new one when None)."""
        application_id = new_id() if application_id is None else application_id
        _check_id("application", application_id)
        try:
            self._conn.execute(
                "INSERT INTO applications (application_id, name) VALUES (?, ?)",
                (application_id, name),
            )
        except sqlite3.IntegrityError:
            raise ConflictError(f"application {application_id} already exists") from None
        return application_id

    def add_campaign(
        self,
        application_id: str,
        campaign_id: str | None = None,
        *,
        name: str = "",
        treatments: Sequence[str] = ("0",),
    ) -> str:
        """Add a campaign to an application; return its ID (a new one when None).

        ``treatments`` are the TreatmentIds the campaign's activities may carry: "0" is the base
        treatment, more make an A/B test.
        """
        campaign_id = new_id() if campaign_id is None else campaign_id
        _check_id("campaign", campaign_id)
        if isinstance(treatments, str) or not all(isinstance(t, str) and t for t in treatments):
            raise ValidationError(f"treatments must be non-empty strings, got {treatments!r}")
        if len(set(treatments)) != len(treatments):
            raise ValidationError(f"treatments must be unique, got {list(treatments)!r}")
        application_pk = self._application_pk(application_id)
        try:
            self._conn.execute(
                "INSERT INTO campaigns (application_pk, campaign_id, name, treatments)"
                " VALUES (?, ?, ?, ?)",
                (application_pk, campaign_id, name, json.dumps(list(treatments))),
            )
        except sqlite3.IntegrityError:
            raise ConflictError(
                f"campaign {campaign_id} already exists in application {application_id}"
            ) from None
        return campaign_id

    def add_activities(
        self,
        application_id: str,
        campaign_id: str,
        activities: Iterable[Activity | Mapping[str, object]],
    ) -> int:
        """Validate and append activities to a campaign, in the given order; return the count.

        A mapping uses the spec's property names (an ActivityResponse); its ApplicationId and
        CampaignId, if any, must match the campaign. TreatmentId must be one of the campaign's.
        """
        campaign_pk, treatments = self._campaign(application_id, campaign_id)
        rows: list[ActivityRow] = []
        for item in activities:
            activity = (
                item
                if isinstance(item, Activity)
                else Activity.from_wire(
                    item, application_id=application_id, campaign_id=campaign_id
                )
            )
            if activity.treatment_id is not None and activity.treatment_id not in treatments:
                raise ValidationError(
                    f"TreatmentId {activity.treatment_id!r} of activity {activity.id} is not a"
                    f" treatment of campaign {campaign_id} ({', '.join(treatments)})"
                )
            rows.append(_activity_row(activity, application_id, campaign_id))
        return self.insert_rows(campaign_pk, rows)

    def insert_rows(self, campaign_pk: int, rows: Sequence[ActivityRow]) -> int:
        """Append pre-validated rows to a campaign (the bulk path); return the count."""
        if not rows:
            return 0
        # Inside BEGIN IMMEDIATE no other writer can run, so MAX + 1 is ours and grows in commit
        # order: the property the pagination's exactly-once guarantee rests on.
        (last,) = self._conn.execute(
            "SELECT COALESCE(MAX(seq), 0) FROM activities WHERE campaign_pk = ?", (campaign_pk,)
        ).fetchone()
        first = int(last) + 1
        try:
            self._conn.executemany(
                _INSERT_ACTIVITY_SQL,
                ((campaign_pk, first + i, *row) for i, row in enumerate(rows)),
            )
        except sqlite3.IntegrityError as exc:
            raise ConflictError(f"cannot add activities: {exc}") from None
        return len(rows)

    def campaign_pk(self, application_id: str, campaign_id: str) -> int:
        """Return the internal key of a campaign, or raise a NotFoundError."""
        return self._campaign(application_id, campaign_id)[0]

    def _application_pk(self, application_id: str) -> int:
        row = self._conn.execute(
            "SELECT pk FROM applications WHERE application_id = ?", (application_id,)
        ).fetchone()
        if row is None:
            raise ApplicationNotFoundError(application_id)
        return int(row[0])

    def _campaign(self, application_id: str, campaign_id: str) -> tuple[int, tuple[str, ...]]:
        row = self._conn.execute(
            "SELECT a.pk, c.pk, c.treatments FROM applications AS a"
            " LEFT JOIN campaigns AS c ON c.application_pk = a.pk AND c.campaign_id = ?"
            " WHERE a.application_id = ?",
            (campaign_id, application_id),
        ).fetchone()
        if row is None:
            raise ApplicationNotFoundError(application_id)
        if row[1] is None:
            raise CampaignNotFoundError(application_id, campaign_id)
        return int(row[1]), tuple(json.loads(row[2]))


def _check_id(kind: str, value: object) -> None:
    # An ID is a path segment of the API: one with "/" could never be requested.
    if not isinstance(value, str) or not value or "/" in value:
        raise ValidationError(f"{kind} ID must be a non-empty string without '/', got {value!r}")


def _enable_wal(conn: sqlite3.Connection, path: Path) -> None:
    """Put the file in WAL mode (persistent, so a no-op after the first time).

    Switching needs an exclusive lock, for which SQLite does not call the busy handler: when two
    processes create the file at once, one gets "database is locked" at once. Retry until the
    busy timeout, as a waiting writer would.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    delay = 0.001
    while True:
        try:
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() != "wal":
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            break
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.05)
    if str(mode).lower() != "wal":
        raise RuntimeError(f"cannot put {path} in WAL mode (got {mode!r})")


class _ThreadState(threading.local):
    """What each thread of a Store keeps: its connection, its page-read cursor, and its shared
    read snapshot while one is open (see Store.share_snapshot)."""

    conn: sqlite3.Connection | None = None
    reader: sqlite3.Cursor | None = None
    snapshot: sqlite3.Connection | None = None


class Store:
    """The mock server's database: one SQLite file, one connection per thread.

    Opening migrates the schema (unless ``read_only``). A read-only store sets ``query_only`` on
    its connections: the serving workers use one, so a bug cannot write through a GET.
    """

    def __init__(
        self, path: str | PathLike[str] = DEFAULT_DB_PATH, *, read_only: bool = False
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._local = _ThreadState()
        self._lock = threading.Lock()
        self._connections: list[sqlite3.Connection] = []
        self._closed = False
        # (application ID, campaign ID) -> campaign key, for found campaigns only. Safe because
        # nothing deletes or re-keys a campaign (the store has no such API); a miss always asks
        # the database, so a campaign that another process adds is found at once. Saves a query
        # (~20% of a page's cost) per request.
        self._campaign_keys: dict[tuple[str, str], int] = {}
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = self._connect(query_only=False)
            conn.execute(f"PRAGMA page_size = {PAGE_SIZE:d}")  # no effect once the file has data
            _enable_wal(conn, self.path)
            migrate(conn)
            self._local.conn = conn
        elif not self.path.exists():
            raise FileNotFoundError(f"no mock database at {self.path}")
        conn = self.connection()
        version = user_version(conn)
        if version != SCHEMA_VERSION:
            raise SchemaTooNewError(
                f"{self.path} has schema version {version}; this mock server needs"
                f" {SCHEMA_VERSION} (open it writable once to migrate)"
            )
        row = conn.execute("SELECT value FROM meta WHERE key = 'token_secret'").fetchone()
        self.token_secret: bytes = bytes(row[0])

    # Connections ------------------------------------------------------------------------------

    def _connect(self, *, query_only: bool) -> sqlite3.Connection:
        # isolation_level=None: autocommit, transactions only where we BEGIN, so a reader never
        # keeps a snapshot open (which would stop WAL checkpoints). check_same_thread=False only
        # so close() can close every thread's connection; each is used by its own thread.
        conn = sqlite3.connect(
            self.path,
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
        """
        if self._local.snapshot is not None:
            return
        conn = self.connection()
        if conn.in_transaction:
            return
        conn.execute("BEGIN")
        self._local.snapshot = conn
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
        """Run the block in one write transaction (BEGIN IMMEDIATE ... COMMIT or ROLLBACK)."""
        conn = self.connection()
        self._end_snapshot()  # a shared read snapshot of this thread (see share_snapshot)
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield WriteTransaction(conn)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def add_application(self, application_id: str | None = None, *, name: str = "") -> str:
        """Add an application; see WriteTransaction.add_application."""
        with self.write() as tx:
            return tx.add_application(application_id, name=name)

    def add_campaign(
        self,
        application_id: str,
        campaign_id: str | None = None,
        *,
        name: str = "",
        treatments: Sequence[str] = ("0",),
    ) -> str:
        """Add a campaign; see WriteTransaction.add_campaign."""
        with self.write() as tx:
            return tx.add_campaign(application_id, campaign_id, name=name, treatments=treatments)

    def add_activities(
        self,
        application_id: str,
        campaign_id: str,
        activities: Iterable[Activity | Mapping[str, object]],
    ) -> int:
        """Append activities in one transaction; see WriteTransaction.add_activities."""
        with self.write() as tx:
            return tx.add_activities(application_id, campaign_id, activities)

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
        key = (application_id, campaign_id)
        cached = self._campaign_keys.get(key)
        if cached is not None:
            return cached
        row = self.connection().execute(RESOLVE_SQL, (campaign_id, application_id)).fetchone()
        if row is None:
            raise ApplicationNotFoundError(application_id)
        campaign_pk = row[1]
        if campaign_pk is None:
            raise CampaignNotFoundError(application_id, campaign_id)
        if len(self._campaign_keys) >= _CAMPAIGN_CACHE_SIZE:
            self._campaign_keys.clear()  # crude but bounded; real deployments have few campaigns
        self._campaign_keys[key] = int(campaign_pk)
        return int(campaign_pk)

    def fetch_page(self, campaign_pk: int, after_seq: int, limit: int) -> list[tuple[int, bytes]]:
        """Return up to ``limit`` (seq, JSON) rows of the campaign after ``after_seq``."""
        return self.connection().execute(PAGE_SQL, (campaign_pk, after_seq, limit)).fetchall()

    def read_page(self, campaign_pk: int, after_seq: int, limit: int) -> tuple[bytes, int | None]:
        """Return the campaign's first ``limit`` activities after ``after_seq`` as their JSON
        joined with ",", and the seq of the last one if more follow it (else None)."""
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

    def is_empty(self) -> bool:
        """Return True when the database has no application."""
        row = self.connection().execute("SELECT EXISTS (SELECT 1 FROM applications)").fetchone()
        return not row[0]

    def application_ids(self) -> list[str]:
        """Return every application ID, in insertion order."""
        rows = self.connection().execute("SELECT application_id FROM applications ORDER BY pk")
        return [str(r[0]) for r in rows]

    def campaign_ids(self, application_id: str) -> list[str]:
        """Return the application's campaign IDs, in insertion order."""
        conn = self.connection()
        row = conn.execute(
            "SELECT pk FROM applications WHERE application_id = ?", (application_id,)
        ).fetchone()
        if row is None:
            raise ApplicationNotFoundError(application_id)
        rows = conn.execute(
            "SELECT campaign_id FROM campaigns WHERE application_pk = ? ORDER BY pk", (row[0],)
        )
        return [str(r[0]) for r in rows]

    def treatments(self, application_id: str, campaign_id: str) -> tuple[str, ...]:
        """Return the campaign's TreatmentIds."""
        campaign_pk = self.resolve_campaign(application_id, campaign_id)
        row = (
            self.connection()
            .execute("SELECT treatments FROM campaigns WHERE pk = ?", (campaign_pk,))
            .fetchone()
        )
        return tuple(json.loads(row[0]))

    def count_activities(self, application_id: str, campaign_id: str) -> int:
        """Return how many activities the campaign has."""
        campaign_pk = self.resolve_campaign(application_id, campaign_id)
        row = (
            self.connection()
            .execute("SELECT COUNT(*) FROM activities WHERE campaign_pk = ?", (campaign_pk,))
            .fetchone()
        )
        return int(row[0])

    def activities(self, application_id: str, campaign_id: str) -> list[dict[str, Any]]:
        """Return the campaign's activities as ActivityResponse dicts, in API order."""
        campaign_pk = self.resolve_campaign(application_id, campaign_id)
        rows = self.connection().execute(
            "SELECT body FROM activities WHERE campaign_pk = ? ORDER BY seq", (campaign_pk,)
        )
        return [json.loads(r[0]) for r in rows]
