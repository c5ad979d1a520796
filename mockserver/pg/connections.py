"""The connections of the PostgreSQL store: the pool, the page path's own connection per thread
(with a 1 s breaker after a failure), psycopg's errors as StoreUnavailableError, and the bounds
(timeouts, keepalives) every connection gets. A part of ``PgStore`` kept apart."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, Final, TypeVar

import psycopg
from psycopg import errors, pq
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from psycopg_pool import ConnectionPool, PoolTimeout

from mockserver.dbcheck import StoreOpenError, StoreUnavailableError
from mockserver.pg import sql
from mockserver.storage import redact

CONNECT_TIMEOUT_S: Final = 3
STATEMENT_TIMEOUT_MS: Final = 30_000
PAGE_STATEMENT_TIMEOUT_MS: Final = 5_000
POOL_TIMEOUT_S: Final = 5.0
POOL_MAX: Final = 8
RETRY_S: Final = 1.0
RECONNECT_TIMEOUT_S: Final = 8.0
_INT8: Final = 20
_TEXT: Final = 25
_FLOAT8: Final = 701
_INT8_ARRAY: Final = 1016
_PARAM_TYPES: Final = {
    b"mock_turn": None,
    b"mock_resolve": [_TEXT, _TEXT],
    b"mock_take_token": [_TEXT, _FLOAT8, _FLOAT8],
    b"mock_pages": [_INT8_ARRAY, _INT8_ARRAY, _INT8_ARRAY, _INT8_ARRAY],
}
_TUPLES_OK: Final = pq.ExecStatus.TUPLES_OK
_BINARY: Final = pq.Format.BINARY
# A failure after which the connection is not to be trusted: dropped (and reconnected later).
_DROP_ON: Final = (
    psycopg.OperationalError,
    errors.FeatureNotSupported,  # "cached plan must not change result type"
    errors.InvalidSqlStatementName,  # the prepared statement is gone
)
_T = TypeVar("_T")


class _Turn(threading.local):
    """What the page path of a thread keeps: its connection and, while a turn of the event loop
    lasts, what the turn's first statement read (TURN_SQL)."""

    conn: psycopg.Connection[Any] | None = None
    cursor: psycopg.Cursor[Any] | None = None  # kept: a new one per statement costs ~9 us
    active: bool = False
    clock: tuple[int, int | None] = (0, None)
    faults: bool = True

    def __init__(self) -> None:
        self.campaign_keys: dict[tuple[str, str], int] = {}
        self.generation: int = -1


@lru_cache(maxsize=256)
def portable(query: str) -> str:
    """SQLite's ``?`` parameters as psycopg's ``%s`` (a literal ``%`` doubled)."""
    return query.replace("%", "%%").replace("?", "%s")


class PortableConnection:
    """sqlite3.Connection's execute and executemany on a psycopg connection, for SQL written
    to run on both stores; a lost database is StoreUnavailableError."""

    def __init__(self, conn: psycopg.Connection[Any], owner: PgConnections) -> None:
        self._conn = conn
        self._owner = owner

    def execute(self, query: str, parameters: Sequence[Any] = (), /) -> psycopg.Cursor[Any]:
        try:
            return self._conn.execute(portable(query), tuple(parameters) or None)
        except psycopg.OperationalError as exc:
            raise self._owner._unavailable(exc) from None

    def executemany(self, query: str, parameters: Iterable[Sequence[Any]], /) -> None:
        try:
            self._conn.cursor().executemany(portable(query), [tuple(p) for p in parameters])
        except psycopg.OperationalError as exc:
            raise self._owner._unavailable(exc) from None


class PgConnections:
    """Where the store's statements run."""

    def __init__(self, url: str, *, read_only: bool = False, pool_max: int = POOL_MAX) -> None:
        self.url = url
        self.location = redact(url)
        self.read_only = read_only
        self._turn = _Turn()
        self._down_until = 0.0
        self._page_conns: list[psycopg.Connection[Any]] = []
        self._lock = threading.Lock()
        self._snapshot = threading.local()  # the read_snapshot transaction of a thread
        try:
            self._conninfo = _conninfo(url, read_only)
        except psycopg.ProgrammingError as exc:
            raise StoreOpenError(
                f"--db {self.location} is not a valid PostgreSQL URL: {exc}"
            ) from None
        self.pool: ConnectionPool[psycopg.Connection[Any]] = ConnectionPool(
            self._conninfo,
            min_size=1,
            max_size=pool_max,
            kwargs={"autocommit": True},
            check=ConnectionPool.check_connection,
            timeout=POOL_TIMEOUT_S,
            reconnect_timeout=RECONNECT_TIMEOUT_S,
            name=f"pinpoint-mock {self.location}",
            open=False,
        )

    def close(self) -> None:
        """Close the pool and every page connection."""
        with self._lock:
            conns, self._page_conns = self._page_conns, []
        for conn in conns:
            conn.close()
        self.pool.close()

    # Errors and connections ----------------------------------------------------------------------

    def _unavailable(self, exc: BaseException) -> StoreUnavailableError:
        return StoreUnavailableError(
            f"The mock's PostgreSQL database ({self.location}) cannot answer now:"
            f" {first_line(exc)}. Retry later."
        )

    @contextmanager
    def _pooled(self) -> Iterator[psycopg.Connection[Any]]:
        """A connection of the pool; psycopg's errors become StoreUnavailableError."""
        try:
            with self.pool.connection() as conn:
                yield conn
        except (psycopg.Error, PoolTimeout) as exc:
            raise self._unavailable(exc) from None

    def _read(self, work: Callable[[psycopg.Connection[Any]], _T]) -> _T:
        with self._pooled() as conn:
            return work(conn)

    def _page_conn(self) -> psycopg.Connection[Any]:
        """This thread's page connection (its own, kept), or StoreUnavailableError at once
        while the last failure is recent (RETRY_S)."""
        conn = self._turn.conn
        if conn is not None:
            return conn
        if time.monotonic() < self._down_until:
            raise StoreUnavailableError(
                f"The mock's PostgreSQL database ({self.location}) is unreachable. Retry later."
            )
        try:
            conn = psycopg.connect(self._conninfo, autocommit=True, prepare_threshold=0)
            conn.execute(f"SET statement_timeout = {PAGE_STATEMENT_TIMEOUT_MS:d}")
            # Planned once: each statement here has one good plan (index scans), and a custom
            # plan per execution (the default for a statement's first runs, and for as long as
            # the planner guesses better from the values) costs more than the execution.
            conn.execute("SET plan_cache_mode = force_generic_plan")
            # A generic plan's cost for a big table passes jit_above_cost; compiling it (~10 ms
            # an execution) would cost a hundred times the statement.
            conn.execute("SET jit = off")
            for name, query in sql.PREPARED.items():
                types = _PARAM_TYPES.get(name, [_INT8, _INT8, _INT8])
                prepared = conn.pgconn.prepare(name, query.encode(), types)
                if prepared.status != pq.ExecStatus.COMMAND_OK:
                    conn.close()
                    raise errors.error_from_result(prepared, conn.info.encoding)
        except psycopg.Error as exc:
            self._down_until = time.monotonic() + RETRY_S
            raise self._unavailable(exc) from None
        with self._lock:
            self._page_conns.append(conn)
        self._turn.conn = conn
        self._turn.cursor = conn.cursor(binary=True)
        return conn

    def _page(self, query: str, params: Any) -> tuple[Any, ...] | None:
        """One statement of the page path; a failure drops the connection (the next request
        of the thread reconnects, after RETRY_S)."""
        conn = self._page_conn()
        cursor = self._turn.cursor
        assert cursor is not None
        try:
            row = cursor.execute(query, params).fetchone()
        except psycopg.Error as exc:
            if conn.broken or isinstance(exc, psycopg.OperationalError):
                self._drop_page_conn(conn)
            raise self._unavailable(exc) from None
        return None if row is None else tuple(row)

    def prepared(self, name: bytes, params: Sequence[bytes]) -> pq.abc.PGresult:
        """Run one of sql.PREPARED on this thread's page connection, straight through libpq
        (text parameters, binary rows): psycopg's cursor costs ~60 us of Python a statement,
        this a few. Failures as _page's."""
        conn = self._page_conn()
        try:
            result = conn.pgconn.exec_prepared(name, params, None, _BINARY)
        except psycopg.Error as exc:  # libpq gave no result at all
            self._drop_page_conn(conn)
            raise self._unavailable(exc) from None
        if result.status != _TUPLES_OK:
            error = errors.error_from_result(result, conn.info.encoding)
            if conn.broken or isinstance(error, _DROP_ON):
                self._drop_page_conn(conn)
            raise self._unavailable(error) from None
        return result

    def _row(self, query: str, params: Any) -> tuple[Any, ...]:
        row = self._page(query, params)
        assert row is not None, query
        return row

    def _drop_page_conn(self, conn: psycopg.Connection[Any]) -> None:
        self._turn.conn = None
        self._turn.cursor = None
        self._turn.active = False
        self._down_until = time.monotonic() + RETRY_S
        with self._lock:
            if conn in self._page_conns:
                self._page_conns.remove(conn)
        conn.close()

    def connection(self) -> PortableConnection:
        """The thread's connection for portable SQL (``?`` parameters, mockserver.runs): the
        open write transaction's, else the read snapshot's, else the page connection."""
        conn = getattr(self._snapshot, "writing", None) or self._snapshot_conn()
        return PortableConnection(conn or self._page_conn(), self)

    def _snapshot_conn(self) -> psycopg.Connection[Any] | None:
        return getattr(self._snapshot, "conn", None)

    def _query(self, work: Callable[[psycopg.Connection[Any]], _T]) -> _T:
        conn = self._snapshot_conn()
        if conn is not None:
            try:
                return work(conn)
            except psycopg.Error as exc:
                raise self._unavailable(exc) from None
        return self._read(work)

    @contextmanager
    def read_snapshot(self) -> Iterator[None]:
        """One REPEATABLE READ transaction: every read in the block sees one moment."""
        if self._snapshot_conn() is not None:
            yield
            return
        with self._pooled() as conn:
            conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
            try:
                with conn.transaction():
                    self._snapshot.conn = conn
                    yield
            finally:
                self._snapshot.conn = None
                conn.isolation_level = None


def first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]


def _conninfo(url: str, read_only: bool) -> str:
    """The URL with the mock's bounds (timeouts, keepalives) added to what it sets itself."""
    params = conninfo_to_dict(url)
    options = str(params.get("options") or "")
    options += f" -c statement_timeout={STATEMENT_TIMEOUT_MS:d}"
    options += " -c idle_in_transaction_session_timeout=60000"
    if read_only:
        options += " -c default_transaction_read_only=on"
    defaults: dict[str, str | int | None] = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "keepalives": 1,
        "keepalives_idle": 5,
        "keepalives_interval": 2,
        "keepalives_count": 3,
        "tcp_user_timeout": 10_000,
        "application_name": "pinpoint-mock",
    }
    merged: dict[str, str | int | None] = {**defaults, **params, "options": options.strip()}
    return make_conninfo("", **merged)
