"""Schema creation, migrations and the connection settings of the store."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from mockserver.dbcheck import StoreReadOnlyError
from mockserver.schema import (
    MIGRATIONS,
    SCHEMA_VERSION,
    migrate,
    user_version,
)
from mockserver.store import PAGE_SIZE, Store, StoreOpenError
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


def test_activities_hold_their_key_id_and_served_json_only(db_path: Path) -> None:
    # The spec, not columns, says what an activity holds: a property added to the spec needs
    # no migration. ApplicationId and CampaignId via campaign_pk -> campaigns -> applications.
    with Store(db_path), sqlite3.connect(db_path) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(activities)")]
        campaign_columns = {row[1] for row in conn.execute("PRAGMA table_info(campaigns)")}
        clock = conn.execute("SELECT offset_ms, frozen_at_ms, is_real FROM clock").fetchall()
        meta = dict(conn.execute("SELECT key, value FROM meta WHERE key != 'token_secret'"))
    assert columns == ["campaign_pk", "seq", "activity_id", "body"]
    assert "last_seq" in campaign_columns
    assert clock == [(0, None, 1)]
    assert meta == {"seq_high": 0, "generation": 0}


def _v1_file(path: Path) -> None:
    """A file as the v1 mock server left it: the v1 migration alone, with data in its columns."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    migrate(conn, MIGRATIONS[:1])
    conn.execute("INSERT INTO applications (application_id, name) VALUES (?, 'app')", (APP,))
    conn.execute("INSERT INTO applications (application_id) VALUES ('empty-app')")
    conn.execute(
        "INSERT INTO campaigns (application_pk, campaign_id, name, treatments)"
        " VALUES (1, ?, 'camp', '[\"0\", \"1\"]')",
        (CAMPAIGN,),
    )
    conn.execute("INSERT INTO campaigns (application_pk, campaign_id) VALUES (1, 'empty')")
    for seq in (1, 2, 3):
        body = json.dumps(
            {**pending(f"a{seq}"), "ApplicationId": APP, "CampaignId": CAMPAIGN},
            separators=(",", ":"),
        ).encode()
        conn.execute(
            "INSERT INTO activities (campaign_pk, seq, activity_id, treatment_id, state, body)"
            " VALUES (1, ?, ?, '0', 'PENDING', ?)",
            (seq, f"a{seq}", body),
        )
    conn.close()


def test_a_v1_file_with_data_migrates_to_the_current_schema(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    _v1_file(db_path)
    with sqlite3.connect(db_path) as conn:
        assert user_version(conn) == 1
        v1_rows = conn.execute("SELECT seq, activity_id, body FROM activities").fetchall()
        secret = conn.execute("SELECT value FROM meta WHERE key = 'token_secret'").fetchone()[0]
    fresh = db_path.parent / "fresh.sqlite3"
    with Store(fresh):
        pass
    with Store(db_path) as store:
        assert store.token_secret == secret
        assert store.list_applications()[0].campaigns[0].activity_count == 3
        assert [a["Id"] for a in store.activities(APP, CAMPAIGN)] == ["a1", "a2", "a3"]
        assert store.treatments(APP, CAMPAIGN) == ("0", "1")
        assert (
            store.connection().execute("SELECT seq, activity_id, body FROM activities").fetchall()
            == v1_rows
        )
        # last_seq took the highest seq: new activities come after, even after a delete.
        assert store.delete_activities(APP, CAMPAIGN) == 3
        store.add_activities(APP, CAMPAIGN, [pending("a4")])
        assert store.connection().execute("SELECT seq FROM activities").fetchall() == [(4,)]
        store.add_activities(APP, "empty", [pending("b1")])
    # The same tables and columns as a file created new.
    expected = _tables(fresh)
    assert _tables(db_path).keys() == expected.keys()
    with sqlite3.connect(db_path) as conn, sqlite3.connect(fresh) as new:
        for table in expected:
            if table.startswith("sqlite_"):
                continue
            assert (
                conn.execute(f"PRAGMA table_info({table})").fetchall()
                == new.execute(f"PRAGMA table_info({table})").fetchall()
            ), table
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


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
    for read_only in (False, True):
        with pytest.raises(StoreOpenError, match="written by a newer mock server"):
            Store(db_path, read_only=read_only)


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
        with pytest.raises(StoreReadOnlyError, match="read-only"):
            ro.add_application("other")
        with pytest.raises(sqlite3.OperationalError, match=r"readonly|read-only|query_only"):
            ro.connection().execute("DELETE FROM applications")  # query_only under the API too


def test_read_only_store_needs_an_existing_file(tmp_path: Path) -> None:
    with pytest.raises(StoreOpenError, match="no mock database at"):
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
