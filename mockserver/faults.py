"""Faults on demand: the next requests of an operation fail, or wait, or both.

Faults live in the ``faults`` table, so they count across every worker process: taking one is
one write transaction (BEGIN IMMEDIATE) that decrements ``remaining`` and deletes it at 0, so N
armed failures fail exactly N requests however the requests spread over the workers. The oldest
matching fault is used. Free of HTTP types: ``mockserver.guards`` turns a taken fault into the
error response.

Every request of the API asks whether a fault is armed, so the answer must cost next to nothing
(a SQLite statement costs microseconds): it is one byte of a file beside the database
(``<db>-faults``), mapped into every worker's memory. The byte is written only inside a write transaction of the
database, so the writes are ordered as the commits are: it is set before a fault is committed
and cleared only by a transaction that finds the table empty. 0 therefore means that no fault
was armed at the last commit that touched faults; 1 means "perhaps", and the table is asked.
"""

from __future__ import annotations

import mmap
import os
import re
import uuid
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import Final

from mockserver.errors import ValidationError
from mockserver.store import Store

# Statuses whose answer carries Retry-After unless the fault sets one (seconds).
RETRY_AFTER_STATUSES: Final = frozenset({429, 503})
DEFAULT_RETRY_AFTER_S: Final = 1

_COLUMNS: Final = (
    "fault_id, operation, application_id, campaign_id, remaining, status, error_type, message,"
    " retry_after, delay_ms"
)
_MATCH: Final = (
    " FROM faults WHERE operation = ?1 AND (application_id IS NULL OR application_id = ?2)"
    " AND (campaign_id IS NULL OR campaign_id = ?3) ORDER BY pk LIMIT 1"
)
_PEEK_SQL: Final = "SELECT EXISTS (SELECT 1" + _MATCH + ")"
_TAKE_SQL: Final = f"SELECT pk, {_COLUMNS}" + _MATCH
_ARMED_SQL: Final = "SELECT EXISTS (SELECT 1 FROM faults)"
_NOT_WORD: Final = re.compile(r"[^A-Za-z0-9 ]")


@dataclass(frozen=True, slots=True)
class Fault:
    """An armed fault; ``status`` None only delays."""

    fault_id: str
    operation: str
    application_id: str | None
    campaign_id: str | None
    remaining: int
    status: int | None
    error_type: str | None
    message: str | None
    retry_after: int | None
    delay_ms: int


def error_type_for(status: int, known: Mapping[int, str]) -> str:
    """The error type of ``status``: the API's own (``known``), else one named after the
    status's phrase (503: ServiceUnavailableException)."""
    if status in known:
        return known[status]
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        return f"Status{status}Exception"
    words = _NOT_WORD.sub("", phrase).split()
    return "".join(word[0].upper() + word[1:] for word in words) + "Exception"


def _message_for(status: int, error_type: str) -> str:
    try:
        text = HTTPStatus(status).phrase
    except ValueError:
        text = error_type
    return f"{text} (a fault armed through /_mock/faults)"


class ArmedFlag:
    """The shared "a fault may be armed" byte of a database (see the module's docstring)."""

    def __init__(self, path: str) -> None:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if os.fstat(fd).st_size < 1:
                os.ftruncate(fd, 1)
            self._map = mmap.mmap(fd, 1)
        finally:
            os.close(fd)

    def __bool__(self) -> bool:
        return self._map[0] != 0

    def set(self, armed: bool) -> None:
        """Write the byte; call it only inside a write transaction of the database."""
        self._map[0] = int(armed)


class _NeverArmed:
    """The flag of a read-only store: nothing can be armed (arming is a write), and there may be
    no writable directory for a flag file; faults a read-only file holds are not taken."""

    def __bool__(self) -> bool:
        return False

    def set(self, armed: bool) -> None:
        """Never called: every write of a read-only store fails first."""


class FaultTable:
    """The faults of one store. ``operations`` are the operationIds a fault may name;
    ``error_types`` the API's error type per status (the defaults)."""

    def __init__(
        self, store: Store, operations: Collection[str], error_types: Mapping[int, str]
    ) -> None:
        self.store = store
        self.operations = tuple(operations)
        self.error_types = dict(error_types)
        self.armed: ArmedFlag | _NeverArmed = _NeverArmed()
        if not store.read_only:
            self.armed = ArmedFlag(f"{store.path}-faults")
            self.settle()  # a new flag file says 0; the table may hold faults

    def add(
        self,
        operation: str,
        *,
        application_id: str | None = None,
        campaign_id: str | None = None,
        count: int = 1,
        status: int | None = None,
        error_type: str | None = None,
        message: str | None = None,
        retry_after: int | None = None,
        delay_ms: int = 0,
    ) -> Fault:
        """Arm a fault, filling in the defaults of its error; return it as stored."""
        if operation not in self.operations:
            raise ValidationError(
                f"Operation {operation[:128]!r} is not an operation of the API: one of"
                f" {', '.join(self.operations)}"
            )
        if status is None:
            if error_type is not None or message is not None or retry_after is not None:
                raise ValidationError(
                    "ErrorType, Message and RetryAfterSeconds need a Status (a fault without"
                    " one only delays)"
                )
        else:
            error_type = error_type or error_type_for(status, self.error_types)
            message = _message_for(status, error_type) if message is None else message
            if retry_after is None and status in RETRY_AFTER_STATUSES:
                retry_after = DEFAULT_RETRY_AFTER_S
        fault = Fault(
            uuid.uuid4().hex, operation, application_id, campaign_id, count, status,
            error_type, message, retry_after, delay_ms,
        )  # fmt: skip
        with self.store.write():
            self.armed.set(True)  # before the commit: never 0 while a fault is armed
            self.store.connection().execute(
                f"INSERT INTO faults ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    fault.fault_id, fault.operation, fault.application_id, fault.campaign_id,
                    fault.remaining, fault.status, fault.error_type, fault.message,
                    fault.retry_after, fault.delay_ms,
                ),
            )  # fmt: skip
        return fault

    def list(self) -> list[Fault]:
        """The armed faults, oldest first."""
        rows = self.store.connection().execute(f"SELECT {_COLUMNS} FROM faults ORDER BY pk")
        return [Fault(*row) for row in rows]

    def clear(self) -> None:
        """Disarm every fault."""
        with self.store.write():
            self.store.connection().execute("DELETE FROM faults")
            self.armed.set(False)

    def settle(self) -> None:
        """Make the flag exact again (after a change of the table elsewhere, such as a reset)."""
        with self.store.write():
            self._settle()

    def _settle(self) -> None:
        self.armed.set(bool(self.store.connection().execute(_ARMED_SQL).fetchone()[0]))

    def take(
        self, operation: str, application_id: str | None, campaign_id: str | None
    ) -> Fault | None:
        """Use the oldest fault that matches a request, if any: one request fewer remains."""
        params = (operation, application_id, campaign_id)
        conn = self.store.connection()
        if not conn.execute(_PEEK_SQL, params).fetchone()[0]:  # no write for a miss
            return None
        with self.store.write():
            row = conn.execute(_TAKE_SQL, params).fetchone()
            if row is None:  # another request took the last one meanwhile
                return None
            pk, *fields = row
            if fields[4] <= 1:
                conn.execute("DELETE FROM faults WHERE pk = ?", (pk,))
                self._settle()
            else:
                conn.execute("UPDATE faults SET remaining = remaining - 1 WHERE pk = ?", (pk,))
        return Fault(*fields)
