"""Schema creation, migrations and the connection settings of the store."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from mockserver.schema import (
    MIGRATIONS,
    SCHEMA_VERSION,
    SchemaTooNewError,
    migrate,
    user_version,
)
from mockserver.store import PAGE_SIZE, Store
from tests.mockserver.helpers import APP, CAMPAIGN, pending


def _tables(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT name, sql FROM sqlite_schema WHERE sql IS NOT NULL")
        return {str(name): str(sql) for name, sql in rows}


def test_new_file_gets_schema_in_created_parent_dirs(db_path: Path) -> None:
    assert not db_path.parent.exists()
    with Store(db_path):
        pass
    assert db_path.is_file()
    tables = _tables(db_path)
    assert {"meta", "applications", "campaigns", "activities"} <= set(tables)
    with sqlite3.connect(db_path) as conn:
        assert user_version(conn) == SCHEMA_VERSION == len(MIGRATIONS)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE


def test_activities_table_has_every_spec_field(db_path: Path) -> None:
    with Store(db_path), sqlite3.connect(db_path) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(activities)")}
    assert {
        "activity_id",
        "treatment_id",
        "state",
        "result",
        "scheduled_start",
        "start_time",
        "end_time",
        "successful_endpoint_count",
        "total_endpoint_count",
        "timezones_total_count",
        "timezones_completed_count",
        "body",
    } <= columns  # ApplicationId and CampaignId via campaign_pk -> campaigns -> applications


def test_reopening_is_idempotent_and_keeps_data_and_secret(db_path: Path) -> None:
    with Store(db_path) as store:
        store.add_application(APP)
        store.add_campaign(APP, CAMPAIGN)
        store.add_activities(APP, CAMPAIGN, [pending("a1"), pending("a2")])
        secret = store.token_secret
    schema = _tables(db_path)
    for _ in range(3):
        with Store(db_path) as store:
            assert store.token_secret == secret
            assert [a["Id"] for a in store.activities(APP, CAMPAIGN)] == ["a1", "a2"]
    assert _tables(db_path) == schema


def test_each_database_has_its_own_random_secret(tmp_path: Path) -> None:
    with Store(tmp_path / "a.sqlite3") as a, Store(tmp_path / "b.sqlite3") as b:
        assert len(a.token_secret) == 32
        assert a.token_secret != b.token_secret


def test_migrate_applies_only_missing_steps(tmp_path: Path) -> None:
    applied: list[str] = []

    def step(name: str) -> object:
        def run(conn: sqlite3.Connection) -> None:
            applied.append(name)
            conn.execute(f"CREATE TABLE {name} (x INTEGER)")

        return run

    conn = sqlite3.connect(tmp_path / "m.sqlite3", isolation_level=None)
    first = [step("one")]
    assert migrate(conn, first) == 1  # type: ignore[arg-type]
    assert migrate(conn, first) == 0  # type: ignore[arg-type]
    both = [step("one"), step("two")]
    assert migrate(conn, both) == 1  # type: ignore[arg-type]
    assert applied == ["one", "two"]
    assert user_version(conn) == 2
    conn.close()


def test_failed_migration_rolls_back_everything(tmp_path: Path) -> None:
    def good(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE good (x INTEGER)")

    def bad(conn: sqlite3.Connection) -> None:
        raise RuntimeError("boom")

    conn = sqlite3.connect(tmp_path / "m.sqlite3", isolation_level=None)
    with pytest.raises(RuntimeError, match="boom"):
        migrate(conn, [good, bad])
    assert user_version(conn) == 0
    assert conn.execute("SELECT name FROM sqlite_schema").fetchall() == []
    conn.close()


def test_newer_schema_is_refused(db_path: Path) -> None:
    with Store(db_path):
        pass
    with sqlite3.connect(db_path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(SchemaTooNewError):
        Store(db_path)
    with pytest.raises(SchemaTooNewError):
        Store(db_path, read_only=True)


def test_connection_settings(store: Store) -> None:
    conn = store.connection()
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert conn.in_transaction is False  # autocommit: readers never pin a WAL snapshot


def test_read_only_store_cannot_write(db_path: Path) -> None:
    with Store(db_path) as store:
        store.add_application(APP)
    with Store(db_path, read_only=True) as ro:
        assert ro.application_ids() == [APP]
        with pytest.raises(sqlite3.OperationalError, match=r"readonly|read-only|query_only"):
            ro.add_application("other")


def test_read_only_store_needs_an_existing_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        Store(tmp_path / "missing.sqlite3", read_only=True)
    assert not (tmp_path / "missing.sqlite3").exists()


def test_one_connection_per_thread(store: Store) -> None:
    import threading

    seen: list[int] = []

    def record() -> None:
        first = store.connection()
        assert store.connection() is first
        seen.append(id(first))

    threads = [threading.Thread(target=record) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert store.connection() is store.connection()
    assert len({*seen, id(store.connection())}) == 4


def test_closed_store_refuses_new_connections(db_path: Path) -> None:
    store = Store(db_path)
    store.close()
    import threading

    errors: list[BaseException] = []

    def use() -> None:
        try:
            store.connection()
        except RuntimeError as exc:
            errors.append(exc)

    thread = threading.Thread(target=use)
    thread.start()
    thread.join()
    assert len(errors) == 1
