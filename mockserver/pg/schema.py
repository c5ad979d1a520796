"""The PostgreSQL schema and its migrations, tracked in the one-row table ``mock_schema``.

Every start runs ``migrate``: it takes a transaction-scoped advisory lock first, so replicas
starting together on an empty database queue behind one another and each migration is applied
exactly once (the later ones find the version already current). The token secret is made by the
first migration, inside that lock: one secret per database, so every replica signs and accepts
the same NextTokens.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any, Final

from mockserver.schema import SchemaTooNewError

# pg_advisory_xact_lock's key: "pinpoint" as a bigint, shared by every mock on a database.
ADVISORY_KEY: Final = int.from_bytes(b"pinpoint", "big") & (2**63 - 1)
OUR_TABLES: Final = (
    "meta", "token_secret", "applications", "campaigns", "activities", "clock", "faults", "runs"
)  # fmt: skip

_V1: Final = (
    # Keys and values as in the SQLite file's meta, so the portable SQL of mockserver.runs runs
    # on both: 'seq_high', where a new campaign's last_seq starts (every deleted campaign's
    # last_seq folded in), and 'generation', bumped by every change that removes campaigns or
    # changes which have runs (see PgStore.resolve_campaign).
    """CREATE TABLE meta (
        key text PRIMARY KEY,
        value bigint NOT NULL
    )""",
    "INSERT INTO meta (key, value) VALUES ('seq_high', 0), ('generation', 0)",
    """CREATE TABLE token_secret (
        id integer PRIMARY KEY CHECK (id = 1),
        secret bytea NOT NULL CHECK (length(secret) >= 16)
    )""",
    """CREATE TABLE applications (
        pk bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        application_id text NOT NULL UNIQUE,
        name text NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE campaigns (
        pk bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        application_pk bigint NOT NULL REFERENCES applications (pk) ON DELETE CASCADE,
        campaign_id text NOT NULL,
        name text NOT NULL DEFAULT '',
        treatments text NOT NULL DEFAULT '["0"]',
        -- the highest seq given out; it never decreases, and writers lock this row to take
        -- the next ones (see mockserver.pg.writes)
        last_seq bigint NOT NULL DEFAULT 0,
        UNIQUE (application_pk, campaign_id)
    )""",
    """CREATE TABLE activities (
        campaign_pk bigint NOT NULL REFERENCES campaigns (pk) ON DELETE CASCADE,
        seq bigint NOT NULL CHECK (seq > 0),
        activity_id text NOT NULL,
        body bytea NOT NULL,
        PRIMARY KEY (campaign_pk, seq),
        UNIQUE (campaign_pk, activity_id)
    )""",
    """CREATE TABLE clock (
        id integer PRIMARY KEY CHECK (id = 1),
        offset_ms bigint NOT NULL DEFAULT 0,
        frozen_at_ms bigint,
        is_real boolean NOT NULL DEFAULT true
    )""",
    "INSERT INTO clock (id) VALUES (1)",
    """CREATE TABLE faults (
        pk bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        fault_id text NOT NULL UNIQUE,
        operation text NOT NULL,
        application_id text,
        campaign_id text,
        remaining integer NOT NULL CHECK (remaining >= 0),
        status integer,
        error_type text,
        message text,
        retry_after integer,
        delay_ms integer NOT NULL DEFAULT 0
    )""",
    # UNLOGGED: no WAL per request; a crash of the database empties it, which only refills
    # buckets.
    """CREATE UNLOGGED TABLE rate_buckets (
        key text PRIMARY KEY,
        tokens float8 NOT NULL,
        updated float8 NOT NULL,
        admitted boolean NOT NULL
    )""",
)


def _v1_initial(conn: Any) -> None:
    for statement in _V1:
        conn.execute(statement)
    conn.execute("INSERT INTO token_secret (id, secret) VALUES (1, %s)", (os.urandom(32),))


def _v2_campaign_runs(conn: Any) -> None:
    """Campaign runs (issue #15): the columns of mockserver.runs.storage's SQLite table, in
    PostgreSQL types (its SQL runs unchanged on both, see PgStore.connection)."""
    conn.execute(
        """CREATE TABLE runs (
            pk bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            campaign_pk bigint NOT NULL REFERENCES campaigns (pk) ON DELETE CASCADE,
            run_id text NOT NULL,
            definition text NOT NULL,
            created_ms bigint NOT NULL,
            events text NOT NULL DEFAULT '[]',
            appeared integer NOT NULL DEFAULT 0,
            synced_ms bigint NOT NULL,
            fresh_until_ms bigint,
            UNIQUE (campaign_pk, run_id)
        )"""
    )


# A campaign's page_version is set from this sequence by every statement that changes its
# activities: a value is never handed out twice (not after a rollback, a reset or a campaign
# deleted and created again), so a page kept with its version is the page while the version
# stays (mockserver.pg.page_versions). Statement-level triggers: one UPDATE of campaigns per
# statement, however many rows it wrote (a COPY of 50,000 too), and no writer can forget it.
_V3: Final = (
    "CREATE SEQUENCE mock_page_version",
    "ALTER TABLE campaigns ADD COLUMN page_version bigint NOT NULL"
    " DEFAULT nextval('mock_page_version')",
    """CREATE FUNCTION mock_pages_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'UPDATE' THEN  -- an update may move rows to another campaign: both
            UPDATE campaigns SET page_version = nextval('mock_page_version')
            WHERE pk IN (SELECT campaign_pk FROM changed
                         UNION SELECT campaign_pk FROM changed_to);
        ELSE
            UPDATE campaigns SET page_version = nextval('mock_page_version')
            WHERE pk IN (SELECT campaign_pk FROM changed);
        END IF;
        RETURN NULL;
    END
    $$""",
    "CREATE TRIGGER mock_pages_inserted AFTER INSERT ON activities"
    " REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION mock_pages_changed()",
    "CREATE TRIGGER mock_pages_updated AFTER UPDATE ON activities"
    " REFERENCING OLD TABLE AS changed NEW TABLE AS changed_to"
    " FOR EACH STATEMENT EXECUTE FUNCTION mock_pages_changed()",
    "CREATE TRIGGER mock_pages_deleted AFTER DELETE ON activities"
    " REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION mock_pages_changed()",
    # TRUNCATE has no transition table and the store never truncates; should anyone, every
    # campaign's pages are new.
    """CREATE FUNCTION mock_pages_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE campaigns SET page_version = nextval('mock_page_version');
        RETURN NULL;
    END
    $$""",
    "CREATE TRIGGER mock_pages_truncated AFTER TRUNCATE ON activities"
    " FOR EACH STATEMENT EXECUTE FUNCTION mock_pages_truncated()",
)


def _v3_page_versions(conn: Any) -> None:
    """The page version of each campaign (see _V3), for the page path's cache."""
    for statement in _V3:
        conn.execute(statement)


# Append only: never edit or reorder a released migration; add a new one instead.
MIGRATIONS: Final = (_v1_initial, _v2_campaign_runs, _v3_page_versions)
SCHEMA_VERSION: Final = len(MIGRATIONS)


class ForeignDatabaseError(RuntimeError):
    """The database has tables of the mock's names but is no mock database."""


def current_version(conn: Any) -> int | None:
    """The schema version, None when the database has no mock schema (after checking that it
    has none of the mock's tables either)."""
    found = conn.execute("SELECT to_regclass('mock_schema') IS NOT NULL").fetchone()[0]
    if found:
        return int(conn.execute("SELECT version FROM mock_schema WHERE id = 1").fetchone()[0])
    taken = [
        name
        for name in OUR_TABLES
        if conn.execute("SELECT to_regclass(%s) IS NOT NULL", (name,)).fetchone()[0]
    ]
    if taken:
        raise ForeignDatabaseError(
            f"it has tables {', '.join(taken)} but no mock_schema: it is another program's"
            " database, left untouched; pass a URL of an empty database (or another schema:"
            " ?options=-csearch_path%3Dmock)"
        )
    return None


def migrate(conn: Any, migrations: Sequence[Any] = MIGRATIONS) -> int:
    """Bring the database to ``len(migrations)`` under the advisory lock; return how many
    migrations were applied. ``conn`` is in autocommit mode."""
    target = len(migrations)
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (ADVISORY_KEY,))
        version = current_version(conn)
        if version is None:
            conn.execute(
                "CREATE TABLE mock_schema (id integer PRIMARY KEY CHECK (id = 1),"
                " version integer NOT NULL)"
            )
            conn.execute("INSERT INTO mock_schema (id, version) VALUES (1, 0)")
            version = 0
        if version > target:
            raise SchemaTooNewError(
                f"the database has schema version {version}; this mock server knows {target}"
            )
        for migration in migrations[version:]:
            migration(conn)
        conn.execute("UPDATE mock_schema SET version = %s WHERE id = 1", (target,))
    return target - version
