"""The control plane's rows in a SQLite write transaction: the clock and the faults (see
mockserver.clock and mockserver.faults), a part of ``WriteTransaction`` kept apart."""

from __future__ import annotations

import sqlite3
from typing import Any, Final

# The control plane's clock and faults (see mockserver.clock and mockserver.faults).
CLOCK_SQL: Final = "SELECT offset_ms, frozen_at_ms, is_real FROM clock WHERE id = 1"
SAVE_CLOCK_SQL: Final = (
    "INSERT INTO clock (id, offset_ms, frozen_at_ms, is_real) VALUES (1, ?, ?, ?)"
    " ON CONFLICT (id) DO UPDATE SET offset_ms = excluded.offset_ms,"
    " frozen_at_ms = excluded.frozen_at_ms, is_real = excluded.is_real"
)
FAULT_COLUMNS: Final = (
    "fault_id, operation, application_id, campaign_id, remaining, status, error_type, message,"
    " retry_after, delay_ms"
)
_FAULT_MATCH: Final = (
    " FROM faults WHERE operation = ?1 AND (application_id IS NULL OR application_id = ?2)"
    " AND (campaign_id IS NULL OR campaign_id = ?3) ORDER BY pk LIMIT 1"
)
PEEK_FAULT_SQL: Final = "SELECT EXISTS (SELECT 1" + _FAULT_MATCH + ")"
TAKE_FAULT_SQL: Final = f"SELECT pk, {FAULT_COLUMNS}" + _FAULT_MATCH
ANY_FAULT_SQL: Final = "SELECT EXISTS (SELECT 1 FROM faults)"
INSERT_FAULT_SQL: Final = (
    f"INSERT INTO faults ({FAULT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


class ControlRows:
    """The clock and fault methods of a write transaction on ``self._conn``."""

    _conn: sqlite3.Connection

    def clock_row(self) -> tuple[int, int | None, bool] | None:
        """The clock row (offset_ms, frozen_at_ms, is_real), None when never set."""
        row = self._conn.execute(CLOCK_SQL).fetchone()
        return None if row is None else (int(row[0]), row[1], bool(row[2]))

    def save_clock(self, offset_ms: int, frozen_at_ms: int | None, is_real: bool) -> None:
        """Set the clock row."""
        self._conn.execute(SAVE_CLOCK_SQL, (offset_ms, frozen_at_ms, int(is_real)))

    def insert_fault(self, fault: tuple[Any, ...]) -> None:
        """Arm a fault (its columns in mockserver.faults.Fault's field order)."""
        self._conn.execute(INSERT_FAULT_SQL, fault)

    def clear_faults(self) -> None:
        """Disarm every fault."""
        self._conn.execute("DELETE FROM faults")

    def has_faults(self) -> bool:
        """Whether any fault is armed."""
        return bool(self._conn.execute(ANY_FAULT_SQL).fetchone()[0])

    def take_fault(
        self, operation: str, application_id: str | None, campaign_id: str | None
    ) -> tuple[Any, ...] | None:
        """Use the oldest matching fault (one request fewer remains, removed at 0); its
        columns as they were, or None."""
        row = self._conn.execute(
            TAKE_FAULT_SQL, (operation, application_id, campaign_id)
        ).fetchone()
        if row is None:
            return None
        pk, *fields = row
        if fields[4] <= 1:
            self._conn.execute("DELETE FROM faults WHERE pk = ?", (pk,))
        else:
            self._conn.execute("UPDATE faults SET remaining = remaining - 1 WHERE pk = ?", (pk,))
        return tuple(fields)
