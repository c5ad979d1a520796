"""The SQLite file's format: its journal mode (WAL) and its schema, whose migrations are tracked
in ``PRAGMA user_version``.

Every start runs ``migrate``: it applies, in one write transaction, the migrations that the file
has not seen yet, so a fresh file and an old one end at the same schema, and two processes that
start together cannot both apply one migration (the second sees the new user_version).
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Final

Migration = Callable[[sqlite3.Connection], None]

# The enums that v1 wrote into its CHECK constraints, frozen as v1 created them: a released
# migration must create the same tables forever (v2 dropped these columns; the spec's current
# enums are checked by the generated validators, see mockserver.activity).
_V1_STATES: Final = ("PENDING", "INITIALIZING", "RUNNING", "PAUSED", "CANCELLED", "COMPLETED")
_V1_RESULTS: Final = ("SUCCESS", "FAIL")


class SchemaTooNewError(RuntimeError):
    """The file was written by a newer mock server; opening it could corrupt its data."""


def _sql_list(values: Sequence[str]) -> str:
    return ", ".join(f"'{value}'" for value in values)


def _v1_initial(conn: sqlite3.Connection) -> None:
    """Create the tables, the page index and the token secret."""
    conn.execute(
        """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value BLOB NOT NULL
        ) WITHOUT ROWID
        """
    )
    # The secret that signs NextTokens: per file, so a token from another database is foreign.
    conn.execute("INSERT INTO meta (key, value) VALUES ('token_secret', ?)", (os.urandom(32),))
    conn.execute(
        """
        CREATE TABLE applications (
            pk INTEGER PRIMARY KEY,
            application_id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL DEFAULT ''
        )
        """
    )
    conn.execute(
        """
        CREATE TABLE campaigns (
            pk INTEGER PRIMARY KEY,
            application_pk INTEGER NOT NULL REFERENCES applications (pk) ON DELETE CASCADE,
            campaign_id TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            -- JSON array of the campaign's TreatmentIds; "0" is the base treatment, more mean an
            -- A/B test. An activity's TreatmentId must be one of them.
            treatments TEXT NOT NULL DEFAULT '["0"]',
            UNIQUE (application_pk, campaign_id)
        )
        """
    )
    # Clustered by (campaign_pk, seq): a page is one contiguous range of the primary key b-tree,
    # read in order, so page 10,000 costs what page 1 does and needs no second lookup. seq is
    # given out in commit order (see Store), which is the order of the API.
    conn.execute(
        f"""
        CREATE TABLE activities (
            campaign_pk INTEGER NOT NULL REFERENCES campaigns (pk) ON DELETE CASCADE,
            seq INTEGER NOT NULL CHECK (seq > 0),
            activity_id TEXT NOT NULL,
            treatment_id TEXT,
            state TEXT CHECK (state IN ({_sql_list(_V1_STATES)})),
            result TEXT CHECK (result IN ({_sql_list(_V1_RESULTS)})),
            scheduled_start TEXT,
            start_time TEXT,
            end_time TEXT,
            successful_endpoint_count INTEGER,
            total_endpoint_count INTEGER,
            timezones_total_count INTEGER,
            timezones_completed_count INTEGER,
            -- The ActivityResponse, pre-serialized (compact JSON in spec order) as it is served.
            body BLOB NOT NULL,
            PRIMARY KEY (campaign_pk, seq),
            UNIQUE (campaign_pk, activity_id)
        ) WITHOUT ROWID
        """
    )


def _v2_spec_driven_and_control_plane(conn: sqlite3.Connection) -> None:
    """Activities keep only their key, Id and served JSON (the spec, not columns, says what an
    activity holds); campaigns remember the last seq they gave out, so that seqs are never
    reused after deletes; the control plane's clock and faults tables."""
    # last_seq: the highest seq the campaign ever gave out. It never decreases (not when its
    # activities are deleted), so a NextToken issued before a delete still names a position
    # no later activity can take. meta 'seq_high' is where a new campaign's last_seq starts:
    # every deleted campaign's last_seq is folded into it, so a campaign deleted and created
    # again under the same IDs (its tokens are bound to the IDs) never reuses a position.
    conn.execute("ALTER TABLE campaigns ADD COLUMN last_seq INTEGER NOT NULL DEFAULT 0")
    conn.execute(
        "UPDATE campaigns SET last_seq ="
        " COALESCE((SELECT MAX(seq) FROM activities WHERE campaign_pk = campaigns.pk), 0)"
    )
    conn.execute("INSERT INTO meta (key, value) VALUES ('seq_high', 0)")
    # Bumped by every change that removes campaigns (delete, reset): a process that keeps
    # campaign keys compares it to know its keys still hold (see Store.resolve_campaign).
    conn.execute("INSERT INTO meta (key, value) VALUES ('generation', 0)")
    conn.execute(
        """
        CREATE TABLE activities_v2 (
            campaign_pk INTEGER NOT NULL REFERENCES campaigns (pk) ON DELETE CASCADE,
            seq INTEGER NOT NULL CHECK (seq > 0),
            activity_id TEXT NOT NULL,
            -- The ActivityResponse, pre-serialized (compact JSON in spec order) as it is served.
            body BLOB NOT NULL,
            PRIMARY KEY (campaign_pk, seq),
            UNIQUE (campaign_pk, activity_id)
        ) WITHOUT ROWID
        """
    )
    conn.execute(
        "INSERT INTO activities_v2 (campaign_pk, seq, activity_id, body)"
        " SELECT campaign_pk, seq, activity_id, body FROM activities ORDER BY campaign_pk, seq"
    )
    conn.execute("DROP TABLE activities")
    conn.execute("ALTER TABLE activities_v2 RENAME TO activities")
    conn.execute(
        """
        CREATE TABLE clock (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            offset_ms INTEGER NOT NULL DEFAULT 0,
            frozen_at_ms INTEGER,
            is_real INTEGER NOT NULL DEFAULT 1
        )
        """
    )
    conn.execute("INSERT INTO clock (id) VALUES (1)")
    conn.execute(
        """
        CREATE TABLE faults (
            pk INTEGER PRIMARY KEY AUTOINCREMENT,
            fault_id TEXT NOT NULL UNIQUE,
            operation TEXT NOT NULL,
            application_id TEXT,
            campaign_id TEXT,
            remaining INTEGER NOT NULL CHECK (remaining >= 0),
            status INTEGER,
            error_type TEXT,
            message TEXT,
            retry_after INTEGER,
            delay_ms INTEGER NOT NULL DEFAULT 0
        )
        """
    )


def _v3_campaign_runs(conn: sqlite3.Connection) -> None:
    """Campaign runs (issue #15); their SQL and columns are mockserver.runs.storage's."""
    from mockserver.runs.storage import create_tables  # the runs' own module owns their DDL

    create_tables(conn)


# Append only: never edit or reorder a released migration; add a new one instead.
MIGRATIONS: Final[tuple[Migration, ...]] = (
    _v1_initial,
    _v2_spec_driven_and_control_plane,
    _v3_campaign_runs,
)
SCHEMA_VERSION: Final = len(MIGRATIONS)


def enable_wal(conn: sqlite3.Connection, path: Path, busy_timeout_s: float) -> None:
    """Put the file in WAL mode (persistent, so a no-op after the first time).

    Switching needs an exclusive lock, for which SQLite does not call the busy handler: when two
    processes create the file at once, one gets "database is locked" at once. Retry until the
    busy timeout, as a waiting writer would.
    """
    deadline = time.monotonic() + busy_timeout_s
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


def user_version(conn: sqlite3.Connection) -> int:
    """Return the schema version stored in the file (0 for a new file)."""
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(conn: sqlite3.Connection, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Bring the file to ``len(migrations)``; return how many migrations were applied.

    ``conn`` must be in autocommit mode (isolation_level None). The version is re-read after the
    write lock is taken, so concurrent starters apply each migration exactly once.
    """
    target = len(migrations)
    if user_version(conn) == target:
        return 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = user_version(conn)
        if current > target:
            raise SchemaTooNewError(
                f"the database has schema version {current}; this mock server knows {target}"
            )
        for migration in migrations[current:]:
            migration(conn)
        # PRAGMA takes no parameters; target is an int we computed.
        conn.execute(f"PRAGMA user_version = {target:d}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return target - current
