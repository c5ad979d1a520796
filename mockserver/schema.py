"""The SQLite schema and its migrations, tracked in ``PRAGMA user_version``.

Every start runs ``migrate``: it applies, in one write transaction, the migrations that the file
has not seen yet, so a fresh file and an old one end at the same schema, and two processes that
start together cannot both apply one migration (the second sees the new user_version).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Sequence
from typing import Final

from mockserver.model import RESULTS, STATES

Migration = Callable[[sqlite3.Connection], None]


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
            state TEXT CHECK (state IN ({_sql_list(STATES)})),
            result TEXT CHECK (result IN ({_sql_list(RESULTS)})),
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


# Append only: never edit or reorder a released migration; add a new one instead.
MIGRATIONS: Final[tuple[Migration, ...]] = (_v1_initial,)
SCHEMA_VERSION: Final = len(MIGRATIONS)


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
