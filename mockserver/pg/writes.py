"""The write transaction of the PostgreSQL store: mockserver.writes' rules, in PostgreSQL.

seq: SQLite has one writer at a time, so last_seq + 1 grows in commit order by itself. On
PostgreSQL a sequence (or MAX + 1) would not: a transaction may take seq 11 and commit after
one that took 12, and a walker whose NextToken passed 12 meanwhile would never see 11. So a
writer locks the campaign's row (``SELECT last_seq ... FOR UPDATE``) before it takes seqs and
holds the lock until it commits: writers of one campaign commit one after another, each with
seqs above every committed one, and walking NextTokens returns every activity exactly once
while other replicas insert. Writers of different campaigns do not wait for each other.

The high-water mark (meta seq_high) and the delete generation are as on SQLite; a delete locks
meta first, and a new campaign reads seq_high under a share lock of that row, so a campaign
created again under a deleted one's IDs always starts past the positions its tokens named.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg import errors as pg_errors

from mockserver.activity import new_id
from mockserver.errors import ApplicationNotFoundError, CampaignNotFoundError, ConflictError
from mockserver.inventory import ApplicationInfo, CampaignInfo
from mockserver.pg import sql
from mockserver.pg.connections import portable
from mockserver.writes import (
    DEFAULT_TREATMENTS,
    ActivityRow,
    WriteTransaction,
    check_id,
    check_treatments,
)

# Rows at which insert_rows switches from one multi-row INSERT to COPY.
_COPY_FROM = 64


def _campaign_info(application_id: str, row: Sequence[Any]) -> CampaignInfo:
    return CampaignInfo(
        application_id, str(row[0]), str(row[1]), tuple(json.loads(row[2])), int(row[3])
    )


def application_info(conn: psycopg.Connection[Any], application_id: str) -> ApplicationInfo:
    """The application with its campaigns, or ApplicationNotFoundError."""
    row = conn.execute(
        "SELECT pk, name FROM applications WHERE application_id = %s", (application_id,)
    ).fetchone()
    if row is None:
        raise ApplicationNotFoundError(application_id)
    rows = conn.execute(sql.CAMPAIGNS_SQL, (row[0],)).fetchall()
    return ApplicationInfo(
        application_id, str(row[1]), tuple(_campaign_info(application_id, r) for r in rows)
    )


def list_applications(conn: psycopg.Connection[Any]) -> list[ApplicationInfo]:
    """Every application with its campaigns, both in insertion order."""
    rows = conn.execute("SELECT application_id FROM applications ORDER BY pk").fetchall()
    return [application_info(conn, str(r[0])) for r in rows]


def campaign_row(
    conn: psycopg.Connection[Any], application_id: str, campaign_id: str
) -> tuple[Any, ...]:
    """(pk, campaign_id, name, treatments, count), or a NotFoundError (the application first)."""
    row = conn.execute(sql.CAMPAIGN_ROW_SQL, (campaign_id, application_id)).fetchone()
    if row is None:
        raise ApplicationNotFoundError(application_id)
    if row[0] is None:
        raise CampaignNotFoundError(application_id, campaign_id)
    return tuple(row)


class PgWriteTransaction(WriteTransaction):
    """WriteTransaction on one open PostgreSQL transaction (see PgStore.write)."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self._pg = conn

    def _execute(self, query: str, params: Sequence[Any] = ()) -> Any:
        return self._pg.execute(portable(query), tuple(params) or None)

    def _execute_many(self, query: str, params: Iterable[Sequence[Any]]) -> None:
        self._pg.cursor().executemany(portable(query), [tuple(p) for p in params])

    @contextmanager
    def _atomic(self) -> Iterator[None]:
        with self._pg.transaction():  # a savepoint inside the open transaction
            yield

    def is_empty(self) -> bool:
        row = self._pg.execute("SELECT EXISTS (SELECT 1 FROM applications)").fetchone()
        return not row or not row[0]

    def list_applications(self) -> list[ApplicationInfo]:
        return list_applications(self._pg)

    def application(self, application_id: str) -> ApplicationInfo:
        return application_info(self._pg, application_id)

    def campaign(self, application_id: str, campaign_id: str) -> CampaignInfo:
        return _campaign_info(
            application_id, campaign_row(self._pg, application_id, campaign_id)[1:]
        )

    def add_application(self, application_id: str | None = None, *, name: str = "") -> str:
        application_id = new_id() if application_id is None else application_id
        check_id("application", application_id)
        try:
            with self._atomic():
                self._pg.execute(
                    "INSERT INTO applications (application_id, name) VALUES (%s, %s)",
                    (application_id, name),
                )
        except pg_errors.UniqueViolation:
            raise ConflictError(f"application {application_id} already exists") from None
        return application_id

    def add_campaign(
        self,
        application_id: str,
        campaign_id: str | None = None,
        *,
        name: str = "",
        treatments: Sequence[str] = DEFAULT_TREATMENTS,
    ) -> str:
        campaign_id = new_id() if campaign_id is None else campaign_id
        check_id("campaign", campaign_id)
        treatments = check_treatments(treatments)
        application_pk = self._application_pk(application_id)
        # FOR SHARE: a delete folding its last_seq into seq_high commits before we read it.
        (seq_high,) = self._one("SELECT value FROM meta WHERE key = 'seq_high' FOR SHARE")
        try:
            with self._atomic():
                self._pg.execute(
                    "INSERT INTO campaigns (application_pk, campaign_id, name, treatments,"
                    " last_seq) VALUES (%s, %s, %s, %s, %s)",
                    (application_pk, campaign_id, name, json.dumps(list(treatments)), seq_high),
                )
        except pg_errors.UniqueViolation:
            raise ConflictError(
                f"campaign {campaign_id} already exists in application {application_id}"
            ) from None
        return campaign_id

    def lock_campaign(self, application_id: str, campaign_id: str) -> int:
        """campaign_pk under the campaign's row lock, held to the commit (as insert_rows takes
        it): read-then-write work on a campaign (mockserver.runs' sync) runs one at a time."""
        campaign_pk = self.campaign_pk(application_id, campaign_id)
        self._pg.execute("SELECT 1 FROM campaigns WHERE pk = %s FOR UPDATE", (campaign_pk,))
        return campaign_pk

    def delete_activities(self, application_id: str, campaign_id: str) -> int:
        """Under the campaign's row lock, taken before the rows (see _update_bodies)."""
        self.lock_campaign(application_id, campaign_id)
        return super().delete_activities(application_id, campaign_id)

    def _update_bodies(self, campaign_pk: int, updates: Mapping[int, bytes]) -> None:
        """Under the campaign's row lock, taken before the rows: the trigger that gives the
        campaign a new page_version (schema v3) locks that row anyway, and one order for every
        writer (the campaign, then its activities) is what keeps two of them from deadlocking
        (one rewriting rows a writer holding the campaign's lock waits for)."""
        self._pg.execute("SELECT 1 FROM campaigns WHERE pk = %s FOR UPDATE", (campaign_pk,))
        super()._update_bodies(campaign_pk, updates)

    def delete_application(self, application_id: str) -> None:
        application_pk = self._application_pk(application_id)
        self._lock_for_delete("WHERE application_pk = %s", (application_pk,))
        self._pg.execute(
            sql.FOLD_SEQ_HIGH_SQL.format("WHERE application_pk = %s"), (application_pk,)
        )
        self._pg.execute("DELETE FROM applications WHERE pk = %s", (application_pk,))  # cascades
        self._pg.execute(sql.BUMP_GENERATION_SQL)

    def delete_campaign(self, application_id: str, campaign_id: str) -> None:
        campaign_pk = self.campaign_pk(application_id, campaign_id)
        self._lock_for_delete("WHERE pk = %s", (campaign_pk,))
        self._pg.execute(sql.FOLD_SEQ_HIGH_SQL.format("WHERE pk = %s"), (campaign_pk,))
        self._pg.execute("DELETE FROM campaigns WHERE pk = %s", (campaign_pk,))
        self._pg.execute(sql.BUMP_GENERATION_SQL)

    def reset(self) -> None:
        self._lock_for_delete("", ())
        self._pg.execute(sql.FOLD_SEQ_HIGH_SQL.format(""))
        for table in ("activities", "campaigns", "applications", "faults"):
            self._pg.execute(f"DELETE FROM {table}")
        self._pg.execute("UPDATE clock SET offset_ms = 0, frozen_at_ms = NULL, is_real = true")
        self._pg.execute(sql.BUMP_GENERATION_SQL)

    def insert_rows(self, campaign_pk: int, rows: Sequence[ActivityRow]) -> int:
        """Append rows under the campaign's row lock, held to the commit (module docstring)."""
        if not rows:
            return 0
        (last,) = self._one("SELECT last_seq FROM campaigns WHERE pk = %s FOR UPDATE", campaign_pk)
        first = int(last) + 1
        try:
            with self._atomic():
                if len(rows) >= _COPY_FROM:
                    with self._pg.cursor().copy(sql.COPY_SQL) as copy:
                        copy.set_types(["int8", "int8", "text", "bytea"])
                        for i, (activity_id, body) in enumerate(rows):
                            copy.write_row((campaign_pk, first + i, activity_id, body))
                else:
                    self._pg.cursor().executemany(
                        "INSERT INTO activities (campaign_pk, seq, activity_id, body)"
                        " VALUES (%s, %s, %s, %s)",
                        [(campaign_pk, first + i, *row) for i, row in enumerate(rows)],
                    )
        except pg_errors.UniqueViolation:
            raise self._conflict(campaign_pk, rows) from None
        self._pg.execute(
            "UPDATE campaigns SET last_seq = %s WHERE pk = %s", (first + len(rows) - 1, campaign_pk)
        )
        return len(rows)

    # The control plane's clock and faults ------------------------------------------------------

    def clock_row(self) -> tuple[int, int | None, bool] | None:
        row = self._pg.execute(sql.CLOCK_SQL + " FOR UPDATE").fetchone()
        return None if row is None else (int(row[0]), row[1], bool(row[2]))

    def save_clock(self, offset_ms: int, frozen_at_ms: int | None, is_real: bool) -> None:
        self._pg.execute(sql.SAVE_CLOCK_SQL, (offset_ms, frozen_at_ms, is_real))

    def insert_fault(self, fault: tuple[Any, ...]) -> None:
        self._pg.execute(sql.INSERT_FAULT_SQL, fault)

    def clear_faults(self) -> None:
        self._pg.execute("DELETE FROM faults")

    def has_faults(self) -> bool:
        return bool(self._one("SELECT EXISTS (SELECT 1 FROM faults)")[0])

    def take_fault(
        self, operation: str, application_id: str | None, campaign_id: str | None
    ) -> tuple[Any, ...] | None:
        params = {"o": operation, "a": application_id, "c": campaign_id}
        row = self._pg.execute(sql.TAKE_FAULT_SQL, params).fetchone()
        if row is None:
            return None
        pk, *fields = row
        if fields[4] <= 1:
            self._pg.execute("DELETE FROM faults WHERE pk = %s", (pk,))
        else:
            self._pg.execute("UPDATE faults SET remaining = remaining - 1 WHERE pk = %s", (pk,))
        return tuple(fields)

    # Helpers ----------------------------------------------------------------------------------

    def _one(self, query: str, *params: Any) -> tuple[Any, ...]:
        row = self._pg.execute(query, params or None).fetchone()
        assert row is not None, query
        return tuple(row)

    def _lock_for_delete(self, scope: str, params: Sequence[Any]) -> None:
        """Lock meta (new campaigns read seq_high under a share lock) and the campaigns to
        delete (their writers commit first, so their last_seq is the one folded in)."""
        self._pg.execute("SELECT 1 FROM meta WHERE key = 'seq_high' FOR UPDATE")
        self._pg.execute(f"SELECT pk FROM campaigns {scope} FOR UPDATE", params)

    def _stored(self, campaign_pk: int, ids: Sequence[str]) -> dict[str, tuple[int, bytes]]:
        unique = list(dict.fromkeys(ids))
        if not unique:
            return {}
        rows = self._pg.execute(
            "SELECT activity_id, seq, body FROM activities"
            " WHERE campaign_pk = %s AND activity_id = ANY(%s)",
            (campaign_pk, unique),
        ).fetchall()
        return {str(r[0]): (int(r[1]), bytes(r[2])) for r in rows}

    def _carried_treatments(self, campaign_pk: int) -> set[str]:
        rows = self._pg.execute(
            "SELECT DISTINCT convert_from(body, 'UTF8')::jsonb ->> 'TreatmentId' FROM activities"
            " WHERE campaign_pk = %s",
            (campaign_pk,),
        ).fetchall()
        return {str(r[0]) for r in rows if r[0] is not None}

    def _campaign(self, application_id: str, campaign_id: str) -> tuple[int, tuple[str, ...]]:
        row = campaign_row(self._pg, application_id, campaign_id)
        return int(row[0]), tuple(json.loads(row[3]))
