"""All of the campaign runs' SQL, portable (no SQLite-only syntax but ``?`` parameters), so
that a second store (PostgreSQL) ports one module.

One table, ``runs``: a run's definition (the filled-in CreateRun body as JSON), its events, the
clock when it was created, and how far its activities are materialized in ``activities``:
``appeared`` occurrences have rows, whose bodies are the run's state at ``synced_ms`` and stay
right for every instant in [synced_ms, fresh_until_ms) (NULL: for ever after synced_ms). Rows of
the activities table are written through mockserver.writes (WriteTransaction.insert_rows), so
their seqs follow the pagination's rules; only their bodies are rewritten here.

Porting to another store: this table (BIGINT ms columns, an identity ``pk``, the same foreign
key with ON DELETE CASCADE), these statements (``%s`` for ``?``), the meta 'generation' bump on
a run's insert and delete, the unique (campaign_pk, activity_id) index that ``update_bodies``
and ``delete_run`` look up by, and from the Store: ``write()`` whose ``connection()`` is the
transaction's, serializing writers (BEGIN IMMEDIATE here; a lock on the campaign's row there,
or two workers could insert the same occurrences), and ``snapshot_generation()``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from mockserver.runs.progress import Event
from mockserver.storage import SqlConnection

# Frozen: schema migration v3 runs it (mockserver.schema); a change needs a new migration.
RUNS_V3_DDL: Final = """
    CREATE TABLE runs (
        pk INTEGER PRIMARY KEY,
        campaign_pk INTEGER NOT NULL REFERENCES campaigns (pk) ON DELETE CASCADE,
        run_id TEXT NOT NULL,
        definition TEXT NOT NULL,
        created_ms INTEGER NOT NULL,
        events TEXT NOT NULL DEFAULT '[]',
        appeared INTEGER NOT NULL DEFAULT 0,
        synced_ms INTEGER NOT NULL,
        fresh_until_ms INTEGER,
        UNIQUE (campaign_pk, run_id)
    )
"""
_COLUMNS: Final = "pk, run_id, definition, created_ms, events, appeared, synced_ms, fresh_until_ms"
# Bumped when a campaign gains or loses runs: readers keep which campaigns have runs per
# generation (see mockserver.runs.service.RunSync), as Store keeps campaign keys.
_BUMP_GENERATION_SQL: Final = "UPDATE meta SET value = value + 1 WHERE key = 'generation'"


@dataclass(frozen=True, slots=True)
class RunRow:
    """One row of ``runs``."""

    pk: int
    run_id: str
    definition: str
    created_ms: int
    events: tuple[Event, ...]
    appeared: int
    synced_ms: int
    fresh_until_ms: int | None

    def fresh_at(self, now_ms: int) -> bool:
        """Whether the stored bodies are the run's state at ``now_ms``."""
        return self.synced_ms <= now_ms and (
            self.fresh_until_ms is None or now_ms < self.fresh_until_ms
        )


def create_tables(conn: SqlConnection) -> None:
    """Migration v3: the runs table."""
    conn.execute(RUNS_V3_DDL)


def _row(values: Sequence[object]) -> RunRow:
    pk, run_id, definition, created, events, appeared, synced, fresh = values
    return RunRow(
        int(pk),  # type: ignore[call-overload]
        str(run_id),
        str(definition),
        int(created),  # type: ignore[call-overload]
        tuple((str(kind), int(moment)) for kind, moment in json.loads(str(events))),
        int(appeared),  # type: ignore[call-overload]
        int(synced),  # type: ignore[call-overload]
        None if fresh is None else int(fresh),  # type: ignore[call-overload]
    )


def insert_run(
    conn: SqlConnection, campaign_pk: int, run_id: str, definition: str, created_ms: int
) -> None:
    """Add a run (nothing materialized yet: stale at once)."""
    conn.execute(
        "INSERT INTO runs (campaign_pk, run_id, definition, created_ms, synced_ms, fresh_until_ms)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (campaign_pk, run_id, definition, created_ms, created_ms, created_ms),
    )
    conn.execute(_BUMP_GENERATION_SQL)


def runs_of(conn: SqlConnection, campaign_pk: int) -> list[RunRow]:
    """The campaign's runs, oldest first."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM runs WHERE campaign_pk = ? ORDER BY pk", (campaign_pk,)
    )
    return [_row(row) for row in rows]


def run_of(conn: SqlConnection, campaign_pk: int, run_id: str) -> RunRow | None:
    """One run of the campaign, if it exists."""
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM runs WHERE campaign_pk = ? AND run_id = ?", (campaign_pk, run_id)
    ).fetchone()
    return None if row is None else _row(row)


def campaigns_with_runs(conn: SqlConnection) -> frozenset[int]:
    """The keys of every campaign that has a run."""
    return frozenset(int(row[0]) for row in conn.execute("SELECT DISTINCT campaign_pk FROM runs"))


def has_stale_run(conn: SqlConnection, campaign_pk: int, now_ms: int) -> bool:
    """Whether a run of the campaign has bodies that are not its state at ``now_ms``."""
    row = conn.execute(
        "SELECT EXISTS (SELECT 1 FROM runs WHERE campaign_pk = ? AND (synced_ms > ?"
        " OR (fresh_until_ms IS NOT NULL AND fresh_until_ms <= ?)))",
        (campaign_pk, now_ms, now_ms),
    ).fetchone()
    return bool(row[0])


def set_events(conn: SqlConnection, pk: int, events: Sequence[Event]) -> None:
    """Store the run's events (oldest first)."""
    conn.execute(
        "UPDATE runs SET events = ? WHERE pk = ?",
        (json.dumps([list(event) for event in events]), pk),
    )


def set_synced(
    conn: SqlConnection, pk: int, appeared: int, synced_ms: int, fresh_until_ms: int | None
) -> None:
    """Record how far the run's activities are materialized and until when they hold."""
    conn.execute(
        "UPDATE runs SET appeared = ?, synced_ms = ?, fresh_until_ms = ? WHERE pk = ?",
        (appeared, synced_ms, fresh_until_ms, pk),
    )


def update_bodies(
    conn: SqlConnection, campaign_pk: int, bodies: Sequence[tuple[str, bytes]]
) -> None:
    """Rewrite the served JSON of activities (Id, body) in place: same seq, so a walk's
    positions stay. An Id whose row was deleted (DeleteActivities) stays deleted."""
    conn.executemany(
        "UPDATE activities SET body = ? WHERE campaign_pk = ? AND activity_id = ?",
        ((body, campaign_pk, activity_id) for activity_id, body in bodies),
    )


def delete_run(conn: SqlConnection, pk: int, campaign_pk: int, ids: Sequence[str]) -> None:
    """Remove a run and its activities (``ids``); seqs are never given out again."""
    conn.executemany(
        "DELETE FROM activities WHERE campaign_pk = ? AND activity_id = ?",
        ((campaign_pk, activity_id) for activity_id in ids),
    )
    conn.execute("DELETE FROM runs WHERE pk = ?", (pk,))
    conn.execute(_BUMP_GENERATION_SQL)
