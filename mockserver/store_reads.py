"""The SQLite store's reads of records and of the control plane's rows, and the parts of the
store contract (mockserver.storage) beyond pages and writes: a part of ``Store`` kept apart."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, Final

from mockserver.armed import ArmedFlag, NeverArmed
from mockserver.buckets import LocalBuckets, SqliteBuckets
from mockserver.control_rows import ANY_FAULT_SQL, CLOCK_SQL, FAULT_COLUMNS, PEEK_FAULT_SQL
from mockserver.errors import ApplicationNotFoundError
from mockserver.inventory import (
    ApplicationInfo,
    CampaignInfo,
    application_info,
    campaign_info,
    list_applications,
)

# SQLite's page cache per connection, in KiB (negative PRAGMA cache_size means KiB).
CACHE_KIB: Final = 32 * 1024
BULK_CACHE_KIB: Final = 512 * 1024


class StoreReads:
    """Needs the Store's connection, resolve_campaign and write."""

    path: Path
    read_only: bool
    _buckets: SqliteBuckets | LocalBuckets | None
    _flag: ArmedFlag | NeverArmed | None

    def connection(self) -> sqlite3.Connection:
        raise NotImplementedError

    def resolve_campaign(self, application_id: str, campaign_id: str) -> int:
        raise NotImplementedError

    def write(self) -> AbstractContextManager[Any]:
        raise NotImplementedError

    def list_applications(self) -> list[ApplicationInfo]:
        """Every application with its campaigns and their activity counts, in insertion
        order."""
        return list_applications(self.connection())

    def application(self, application_id: str) -> ApplicationInfo:
        """The application with its campaigns (ApplicationNotFoundError)."""
        return application_info(self.connection(), application_id)

    def campaign(self, application_id: str, campaign_id: str) -> CampaignInfo:
        """The campaign (ApplicationNotFoundError, CampaignNotFoundError)."""
        return campaign_info(self.connection(), application_id, campaign_id)

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

    # The contract's rest (mockserver.storage) ---------------------------------------------------

    @contextmanager
    def read_snapshot(self) -> Iterator[None]:
        """One read transaction: every read in the block sees the database at one moment."""
        conn = self.connection()
        if conn.in_transaction:
            yield
            return
        conn.execute("BEGIN")
        try:
            yield
        finally:
            conn.execute("COMMIT")

    @contextmanager
    def bulk_session(self) -> Iterator[None]:
        """A large page cache while a big transaction runs: a million-row transaction otherwise
        spills dirty pages of the Id index to the WAL long before it commits."""
        conn = self.connection()
        conn.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB:d}")
        try:
            yield
        finally:
            conn.execute(f"PRAGMA cache_size = {-CACHE_KIB:d}")

    def last_activity_id(self, application_id: str, campaign_id: str) -> str | None:
        """The Id of the campaign's last activity in API order (None when it has none)."""
        row = (
            self.connection()
            .execute(
                "SELECT activity_id FROM activities WHERE campaign_pk = ? ORDER BY seq DESC"
                " LIMIT 1",
                (self.resolve_campaign(application_id, campaign_id),),
            )
            .fetchone()
        )
        return None if row is None else str(row[0])

    def clock_row(self) -> tuple[int, int | None, bool] | None:
        """The clock row (offset_ms, frozen_at_ms, is_real), None when never set."""
        row = self.connection().execute(CLOCK_SQL).fetchone()
        return None if row is None else (int(row[0]), row[1], bool(row[2]))

    def list_faults(self) -> list[tuple[Any, ...]]:
        """The armed faults' columns, oldest first."""
        rows = self.connection().execute(f"SELECT {FAULT_COLUMNS} FROM faults ORDER BY pk")
        return [tuple(row) for row in rows]

    def peek_fault(
        self, operation: str, application_id: str | None, campaign_id: str | None
    ) -> bool:
        """Whether a fault matches (no write for a miss)."""
        params = (operation, application_id, campaign_id)
        return bool(self.connection().execute(PEEK_FAULT_SQL, params).fetchone()[0])

    def fault_flag(self) -> ArmedFlag | NeverArmed:
        """The shared byte beside the file that says a fault may be armed (mockserver.armed),
        made exact on first use (a new flag file says 0; the table may hold faults)."""
        if self._flag is None:
            if self.read_only:
                self._flag = NeverArmed()
                return self._flag
            flag = ArmedFlag(f"{self.path}-faults")
            with self.write():
                flag.set(bool(self.connection().execute(ANY_FAULT_SQL).fetchone()[0]))
            self._flag = flag
        return self._flag

    def take_token(self, key: str, rate: float, burst: float) -> float:
        """Take a token of ``key``'s bucket shared by every process of this host (the file
        ``<db>-buckets``, see mockserver.buckets); 0, or the seconds until one is back."""
        if self._buckets is None:
            try:
                self._buckets = SqliteBuckets(Path(f"{self.path}-buckets"))
            except (sqlite3.Error, OSError):  # a read-only directory: per process, as before
                self._buckets = LocalBuckets()
        return self._buckets.take(key, rate, burst)
