"""The SQLite store's shared token buckets (``serve --rate-limit``): a file beside the database
(``<db>-buckets``), so every worker process of one host charges the same bucket.

A separate file, not a table of the database: a take is a write, and it must never wait for a
seed or an import holding the database's write lock for a batch (nor make them wait). Each take
is ONE statement (an UPSERT ... RETURNING, its own transaction): refill by the time elapsed,
take a token if there is one, say whether it did. The buckets are disposable (synchronous OFF:
a crash may forget the last takes, which only refills buckets).
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path
from typing import Final

# ?1 key, ?2 rate (tokens/s), ?3 burst, ?4 now (s). "r" below: the refilled count.
_REFILLED: Final = "min(?3, tokens + max(0.0, ?4 - updated) * ?2)"
TAKE_SQL: Final = (
    "INSERT INTO buckets (key, tokens, updated, admitted) VALUES (?1, ?3 - 1.0, ?4, 1)"
    " ON CONFLICT (key) DO UPDATE SET"
    f" admitted = {_REFILLED} >= 1.0,"
    f" tokens = {_REFILLED} - ({_REFILLED} >= 1.0),"
    " updated = max(updated, ?4)"
    " RETURNING admitted, tokens"
)
# Full buckets are the same as none: swept now and then so the file stays small.
SWEEP_SQL: Final = "DELETE FROM buckets WHERE tokens + (?3 - updated) * ?1 >= ?2"
SWEEP_EVERY: Final = 10_000
BUSY_TIMEOUT_S: Final = 5.0


def wait_s(admitted: bool, tokens: float, rate: float) -> float:
    """0 when a token was taken, else the seconds until one is back."""
    return 0.0 if admitted else max(1e-9, (1.0 - tokens) / rate)


class SqliteBuckets:
    """The buckets file of one database; one connection per thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._takes = 0
        conn = self._connection()
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS buckets (key TEXT PRIMARY KEY, tokens REAL NOT NULL,"
            " updated REAL NOT NULL, admitted INTEGER NOT NULL) WITHOUT ROWID"
        )

    def _connection(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(
                self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
            conn.execute("PRAGMA synchronous = OFF")
            self._local.conn = conn
        return conn

    def take(self, key: str, rate: float, burst: float) -> float:
        """Take one of ``key``'s tokens; return 0, or the seconds until one is back."""
        conn = self._connection()
        now = time.time()  # shared by the processes of one host, unlike time.monotonic
        admitted, tokens = conn.execute(TAKE_SQL, (key, rate, burst, now)).fetchone()
        self._takes += 1
        if self._takes % SWEEP_EVERY == 0:
            conn.execute(SWEEP_SQL, (rate, burst, now))
        return wait_s(bool(admitted), float(tokens), rate)


class LocalBuckets:
    """The same buckets in this process only: where no buckets file can be written (a
    read-only database's directory), each worker keeps its own (N workers allow N x R)."""

    def __init__(self) -> None:
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, key: str, rate: float, burst: float) -> float:
        """As SqliteBuckets.take."""
        now = time.monotonic()
        with self._lock:
            state = self._buckets.get(key)
            tokens = burst if state is None else min(burst, state[0] + (now - state[1]) * rate)
            admitted = tokens >= 1.0
            self._buckets[key] = (tokens - 1.0 if admitted else tokens, now)
            if len(self._buckets) > 65_536:
                self._buckets.clear()
        return wait_s(admitted, tokens, rate)
