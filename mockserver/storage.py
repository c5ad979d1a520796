"""The one contract of the mock's store, and ``open_store``, which picks its implementation.

Two implementations: ``mockserver.store.Store`` (one SQLite file, the embedded default) and
``mockserver.pg.store.PgStore`` (a PostgreSQL database that several replicas share). Every caller
(service, control plane, seed, import, export, pull, clock, faults, rate limit) types against
``ActivityStore`` and opens through ``open_store``, so ``--db`` takes a path or a
``postgresql://`` URL everywhere and a test of the contract runs unchanged on both.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from os import PathLike
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit, urlunsplit

from mockserver.activity import PreparedActivity
from mockserver.inventory import AddResult, ApplicationInfo, CampaignInfo

# A fault as the stores keep it: the columns of mockserver.faults.Fault, in its field order.
FaultRow = tuple[Any, ...]
# The clock row: (offset_ms, frozen_at_ms, is_real).
ClockRow = tuple[int, int | None, bool]
POSTGRES_SCHEMES = ("postgresql", "postgres")


class Containers(Protocol):
    """What a store and its transaction both do: read and write applications and campaigns,
    add activities, reset; on a store each call is a transaction of its own
    (mockserver.store_shortcuts), in a StoreTransaction it is part of the open one."""

    def is_empty(self) -> bool: ...
    def list_applications(self) -> list[ApplicationInfo]: ...
    def application(self, application_id: str) -> ApplicationInfo: ...
    def campaign(self, application_id: str, campaign_id: str) -> CampaignInfo: ...
    def add_application(self, application_id: str | None = None, *, name: str = "") -> str: ...
    def add_campaign(
        self,
        application_id: str,
        campaign_id: str | None = None,
        *,
        name: str = "",
        treatments: Sequence[str] = ...,
    ) -> str: ...
    def put_application(
        self, application_id: str, *, name: str | None = None
    ) -> tuple[ApplicationInfo, bool]: ...
    def put_campaign(
        self,
        application_id: str,
        campaign_id: str,
        *,
        name: str | None = None,
        treatment_ids: Sequence[str] | None = None,
    ) -> tuple[CampaignInfo, bool]: ...
    def delete_application(self, application_id: str) -> None: ...
    def delete_campaign(self, application_id: str, campaign_id: str) -> None: ...
    def delete_activities(self, application_id: str, campaign_id: str) -> int: ...
    def reset(self) -> None: ...
    def add_activities(
        self,
        application_id: str,
        campaign_id: str,
        items: Iterable[Mapping[str, object]],
        *,
        on_duplicate: Any = "error",
        add_treatments: bool = False,
        keep_items: bool = True,
    ) -> AddResult: ...


class StoreTransaction(Containers, Protocol):
    """The write API bound to one open transaction (``ActivityStore.write``); see
    ``mockserver.writes.WriteTransaction`` for the rules every implementation keeps."""

    def campaign_pk(self, application_id: str, campaign_id: str) -> int: ...
    def lock_campaign(self, application_id: str, campaign_id: str) -> int: ...
    def add_prepared(
        self,
        application_id: str,
        campaign_id: str,
        prepared: Sequence[PreparedActivity],
        *,
        on_duplicate: Any = "error",
        add_treatments: bool = False,
        keep_items: bool = True,
    ) -> AddResult: ...
    def insert_rows(self, campaign_pk: int, rows: Sequence[tuple[str, bytes]]) -> int: ...
    # The control plane's clock and faults (mockserver.clock, mockserver.faults).
    def clock_row(self) -> ClockRow | None: ...
    def save_clock(self, offset_ms: int, frozen_at_ms: int | None, is_real: bool) -> None: ...
    def insert_fault(self, fault: FaultRow) -> None: ...
    def clear_faults(self) -> None: ...
    def has_faults(self) -> bool: ...
    def take_fault(
        self, operation: str, application_id: str | None, campaign_id: str | None
    ) -> FaultRow | None: ...


class SqlCursor(Protocol):
    """What mockserver.runs reads of a cursor."""

    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def __iter__(self) -> Iterator[Any]: ...


class SqlConnection(Protocol):
    """sqlite3.Connection's execute and executemany: SQL with ``?`` parameters that both
    stores run (mockserver.runs.storage)."""

    def execute(self, sql: str, parameters: Any = ..., /) -> SqlCursor: ...
    def executemany(self, sql: str, parameters: Any, /) -> object: ...


class FaultFlag(Protocol):
    """The cheap "a fault may be armed" test every request makes (see mockserver.faults)."""

    def __bool__(self) -> bool: ...
    def set(self, armed: bool) -> None: ...


class PageBatcher(Protocol):
    """A store's optional batched page read: ``ActivityStore.read_page`` answered later, with
    the other reads of the same event-loop turn in one statement (mockserver.pg.pages)."""

    def read_page(
        self, campaign_pk: int, after_seq: int, limit: int
    ) -> Awaitable[tuple[bytes, int | None]]: ...


class ActivityStore(Containers, Protocol):
    """What the mock needs of its database."""

    kind: str  # "sqlite" or "postgresql" (the health answer's Store.Kind)
    location: str  # the file, or the URL without its password
    read_only: bool
    token_secret: bytes  # signs NextTokens: kept in the database, shared by every replica
    # None where a page read inline costs less than waiting for a batch (SQLite: microseconds,
    # no round trip); the handler awaits it otherwise.
    page_batcher: PageBatcher | None

    def close(self) -> None: ...
    def __enter__(self) -> ActivityStore: ...
    def __exit__(self, *exc_info: object) -> None: ...
    def write(self) -> AbstractContextManager[StoreTransaction]: ...
    def read_snapshot(self) -> AbstractContextManager[None]: ...
    def bulk_session(self) -> AbstractContextManager[None]: ...
    def connection(self) -> SqlConnection: ...
    # The page path (mockserver.service, mockserver.handler).
    def share_snapshot(self, schedule_end: Callable[[Callable[[], None]], object]) -> None: ...
    def resolve_campaign(self, application_id: str, campaign_id: str) -> int: ...
    def snapshot_clock(self) -> tuple[int, int | None] | None: ...
    def snapshot_generation(self) -> int | None: ...
    def read_page(
        self, campaign_pk: int, after_seq: int, limit: int
    ) -> tuple[bytes, int | None]: ...
    def fetch_page(
        self, campaign_pk: int, after_seq: int, limit: int
    ) -> Sequence[tuple[int, bytes]]: ...
    def bulk_load(
        self,
        application_id: str,
        campaign_id: str,
        rows: Iterable[tuple[str, bytes]],
        *,
        batch_size: int = ...,
        on_batch: Callable[[int], None] | None = None,
    ) -> int: ...
    # Reads, besides Containers'.
    def application_ids(self) -> list[str]: ...
    def campaign_ids(self, application_id: str) -> list[str]: ...
    def treatments(self, application_id: str, campaign_id: str) -> tuple[str, ...]: ...
    def count_activities(self, application_id: str, campaign_id: str) -> int: ...
    def activities(self, application_id: str, campaign_id: str) -> list[dict[str, Any]]: ...
    def last_activity_id(self, application_id: str, campaign_id: str) -> str | None: ...
    # The control plane's clock and faults, and the shared rate limit.
    def clock_row(self) -> ClockRow | None: ...
    def list_faults(self) -> list[FaultRow]: ...
    def peek_fault(
        self, operation: str, application_id: str | None, campaign_id: str | None
    ) -> bool: ...
    def fault_flag(self) -> FaultFlag: ...
    def take_token(self, key: str, rate: float, burst: float) -> float: ...


def is_postgres_url(db: str | PathLike[str]) -> bool:
    """True for a ``postgresql://`` (or ``postgres://``) URL, false for a file path."""
    return isinstance(db, str) and db.split(":", 1)[0].lower() in POSTGRES_SCHEMES and "://" in db


def redact(db: str | PathLike[str]) -> str:
    """``db`` as it may be printed and logged: a URL without its password."""
    text = str(db)
    if not is_postgres_url(text):
        return text
    parts = urlsplit(text)
    if parts.password is None:
        return text
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}:***@{netloc}"))


def db_argument(text: str) -> str | Path:
    """argparse's type of ``--db``: a URL as it is (Path would fold its "//"), else a Path."""
    return text if is_postgres_url(text) else Path(text)


def sqlite_path(db: str | PathLike[str]) -> Path:
    """The file of a SQLite ``--db``: a path, or a ``sqlite:PATH`` / ``sqlite:///PATH`` URL."""
    text = str(db)
    if text.startswith("sqlite:"):
        rest = text[len("sqlite:") :]
        return Path(rest[2:] if rest.startswith("//") else rest)
    return Path(db)


def open_store(db: str | PathLike[str], *, read_only: bool = False) -> ActivityStore:
    """Open the store ``db`` names: a file path (or ``sqlite:`` URL) is the SQLite ``Store``,
    a ``postgresql://`` URL the shared PostgreSQL store. StoreOpenError when it cannot be used."""
    if is_postgres_url(db):
        try:
            from mockserver.pg.store import PgStore  # psycopg is imported only for PostgreSQL
        except ImportError as exc:
            from mockserver.dbcheck import StoreOpenError

            raise StoreOpenError(
                f"--db {redact(db)} needs psycopg ({exc}): pip install"
                " 'pinpoint-campaign-activities-toolkit[postgresql]'"
            ) from None

        return PgStore(str(db), read_only=read_only)
    from mockserver.store import Store

    return Store(sqlite_path(db), read_only=read_only)
