"""Faults on demand: the next requests of an operation fail, or wait, or both.

Faults live in the ``faults`` table, so they count across every worker process: taking one is
one write transaction (BEGIN IMMEDIATE) that decrements ``remaining`` and deletes it at 0, so N
armed failures fail exactly N requests however the requests spread over the workers. The oldest
matching fault is used. Free of HTTP types: ``mockserver.guards`` turns a taken fault into the
error response.

Every request of the API asks whether a fault is armed, so the answer must cost next to nothing:
``store.fault_flag()``. On SQLite it is one byte of a file beside the database, mapped into every
worker's memory (mockserver.armed); on PostgreSQL it is read with the loop turn's snapshot
statement (mockserver.pg.store). A flag that is set means "perhaps", and the table is asked. A
store that cannot answer (PostgreSQL down) counts as no fault armed: the request then fails on
its own read with the store's 503.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Collection, Mapping
from contextlib import suppress
from dataclasses import dataclass
from http import HTTPStatus
from typing import Final

from mockserver.dbcheck import StoreUnavailableError
from mockserver.errors import ValidationError
from mockserver.storage import ActivityStore

# Statuses whose answer carries Retry-After unless the fault sets one (seconds).
RETRY_AFTER_STATUSES: Final = frozenset({429, 503})
DEFAULT_RETRY_AFTER_S: Final = 1

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


class FaultTable:
    """The faults of one store. ``operations`` are the operationIds a fault may name;
    ``error_types`` the API's error type per status (the defaults)."""

    def __init__(
        self, store: ActivityStore, operations: Collection[str], error_types: Mapping[int, str]
    ) -> None:
        self.store = store
        self.operations = tuple(operations)
        self.error_types = dict(error_types)
        self.armed = _Guarded(store)
        with suppress(StoreUnavailableError):
            store.fault_flag()  # made now, outside any write (a new flag file is settled)

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
        with self.store.write() as tx:
            self.armed.set(True)  # before the commit: never 0 while a fault is armed
            tx.insert_fault(
                (
                    fault.fault_id, fault.operation, fault.application_id, fault.campaign_id,
                    fault.remaining, fault.status, fault.error_type, fault.message,
                    fault.retry_after, fault.delay_ms,
                )
            )  # fmt: skip
        return fault

    def list(self) -> list[Fault]:
        """The armed faults, oldest first."""
        return [Fault(*row) for row in self.store.list_faults()]

    def clear(self) -> None:
        """Disarm every fault."""
        with self.store.write() as tx:
            tx.clear_faults()
            self.armed.set(False)

    def settle(self) -> None:
        """Make the flag exact again (after a change of the table elsewhere, such as a reset)."""
        with self.store.write() as tx:
            self.armed.set(tx.has_faults())

    def take(
        self, operation: str, application_id: str | None, campaign_id: str | None
    ) -> Fault | None:
        """Use the oldest fault that matches a request, if any: one request fewer remains.
        None also when the store cannot answer (its own 503 follows on the request's read)."""
        try:
            if not self.store.peek_fault(operation, application_id, campaign_id):
                return None  # no write for a miss
            with self.store.write() as tx:
                row = tx.take_fault(operation, application_id, campaign_id)
                if row is None:  # another request took the last one meanwhile
                    return None
                if row[4] <= 1:
                    self.armed.set(tx.has_faults())
        except StoreUnavailableError:
            return None
        return Fault(*row)


class _Guarded:
    """The store's fault flag, false when the store cannot answer (see the module's
    docstring); the store makes it on first use."""

    def __init__(self, store: ActivityStore) -> None:
        self._store = store

    def __bool__(self) -> bool:
        try:
            return bool(self._store.fault_flag())
        except StoreUnavailableError:
            return False

    def set(self, armed: bool) -> None:
        self._store.fault_flag().set(armed)
