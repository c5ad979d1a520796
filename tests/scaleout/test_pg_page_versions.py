"""The PostgreSQL page path's kept pages (mockserver.pg.page_versions): a page read again is
answered by its campaign's page_version alone, without reading an activity (PostgreSQL's own
count of the page connection's scans of activities says so), and a page is the database's
after every kind of write by another connection (another replica, a raw SQL client), also
between two turns of one worker's event loop. The SQLite cache's tests watch SQLite's
statements through its trace callback; these watch PostgreSQL's scans, so they are their own."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import psycopg
import pytest

from mockserver.dbcheck import StoreUnavailableError
from mockserver.page_cache import MAX_BYTES, MAX_PAGES, Page
from mockserver.pg.page_versions import PageVersions
from mockserver.pg.pages import PageBatch
from mockserver.pg.schema import MIGRATIONS, migrate
from mockserver.pg.store import PgStore
from mockserver.storage import open_store
from mockserver.transfer_import import import_file
from tests.mockserver.helpers import APP, CAMPAIGN, pending

_T = TypeVar("_T")
Read = tuple[int, int, int]
# Scans (sequential, or of any index) of activities that this backend's open transaction did.
SCANS = (
    b"SELECT sum(pg_stat_get_xact_numscans(oid)) FROM pg_class"
    b" WHERE oid = 'activities'::regclass"
    b" OR oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = 'activities'::regclass)"
)
IDS = [f"a-{i:02d}" for i in range(5)]
READS = [(0, 5), (0, 3), (3, 3), (0, 20)]  # (after, limit): the last page says "no more"


@pytest.fixture
def other(postgres_url: str) -> Iterator[PgStore]:
    """Another replica's store on the same database."""
    opened = open_store(postgres_url)
    assert isinstance(opened, PgStore)
    with opened:
        yield opened


@pytest.fixture
def raw(postgres_url: str) -> Iterator[psycopg.Connection[Any]]:
    """A plain client of the database: SQL the store does not send."""
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        yield conn


def _fill(store: PgStore) -> int:
    store.add_application(APP)
    store.add_campaign(APP, CAMPAIGN)
    store.add_activities(APP, CAMPAIGN, [pending(i) for i in IDS])
    return store.resolve_campaign(APP, CAMPAIGN)


def _reads(pk: int) -> list[Read]:
    return [(pk, after, limit) for after, limit in READS]


def _batched(store: PgStore, reads: list[Read]) -> list[Page]:
    """The reads in one turn of a fresh event loop, as the server's handler queues them."""
    batcher = store.page_batcher
    assert isinstance(batcher, PageBatch)

    async def main() -> list[Page]:
        waiting = asyncio.gather(*(batcher.read_page(*read) for read in reads))
        return list(await asyncio.wait_for(waiting, 30))

    return asyncio.run(main())


def _counting_scans(store: PgStore, work: Callable[[], _T]) -> tuple[int, _T]:
    """How many scans of activities the page connection did while ``work`` ran (counted by
    PostgreSQL in one transaction around it: a page statement reads in its own snapshot still),
    and what ``work`` returned."""
    pgconn = store._page_conn().pgconn
    pgconn.exec_(b"BEGIN")
    try:
        before = int(pgconn.exec_(SCANS).get_value(0, 0) or b"0")
        done = work()
        return int(pgconn.exec_(SCANS).get_value(0, 0) or b"0") - before, done
    finally:
        pgconn.exec_(b"COMMIT")


def _fresh(store: PgStore, reads: list[Read]) -> list[Page]:
    """The pages as PAGE_SQL reads them now (nothing kept)."""
    return [store.read_page(*read) for read in reads]


def _states(state: str, ids: list[str] = IDS) -> list[dict[str, object]]:
    return [{**pending(i), "State": state} for i in ids]


def test_a_page_read_again_reads_no_activity(store: PgStore) -> None:
    reads = _reads(_fill(store))
    scans, first = _counting_scans(store, lambda: _batched(store, reads))
    assert scans >= len(reads) and first == _fresh(store, reads)
    scans, again = _counting_scans(store, lambda: _batched(store, reads + reads[:2]))
    assert scans == 0
    assert again == first + first[:2]


def _insert(other: PgStore, raw: psycopg.Connection[Any], pk: int, tmp: Path) -> None:
    other.add_activities(APP, CAMPAIGN, [pending("new-1")])


def _insert_by_copy(other: PgStore, raw: psycopg.Connection[Any], pk: int, tmp: Path) -> None:
    other.add_activities(APP, CAMPAIGN, [pending(f"copy-{i:03d}") for i in range(70)])  # >= 64


def _rewrite(other: PgStore, raw: psycopg.Connection[Any], pk: int, tmp: Path) -> None:
    result = other.add_activities(APP, CAMPAIGN, _states("PAUSED"), on_duplicate="replace")
    assert result.replaced == len(IDS)


def _run_rewrite(other: PgStore, raw: psycopg.Connection[Any], pk: int, tmp: Path) -> None:
    """The statement mockserver.runs sends for an activity whose state moved on."""
    body = json.dumps({**pending(IDS[1]), "State": "COMPLETED"}).encode()
    raw.execute(
        "UPDATE activities SET body = %s WHERE campaign_pk = %s AND activity_id = %s",
        (body, pk, IDS[1]),
    )


def _run_delete(other: PgStore, raw: psycopg.Connection[Any], pk: int, tmp: Path) -> None:
    raw.execute("DELETE FROM activities WHERE campaign_pk = %s AND activity_id = %s", (pk, IDS[2]))


def _delete_activities(other: PgStore, raw: psycopg.Connection[Any], pk: int, tmp: Path) -> None:
    assert other.delete_activities(APP, CAMPAIGN) == len(IDS)


def _truncate(other: PgStore, raw: psycopg.Connection[Any], pk: int, tmp: Path) -> None:
    """The store never truncates; a client of the database may."""
    raw.execute("TRUNCATE activities")


def _import(other: PgStore, raw: psycopg.Connection[Any], pk: int, tmp: Path) -> None:
    """An import that replaces stored Ids in place (same seqs) and adds one."""
    items = [*_states("CANCELLED", IDS[:3]), pending("imported")]
    path = tmp / "saved.jsonl"
    path.write_text("".join(json.dumps(item) + "\n" for item in items))
    result = import_file(other, path, application_id=APP, campaign_id=CAMPAIGN)
    assert (result.added, result.updated) == (1, 3)


WRITES = {
    f.__name__.strip("_"): f
    for f in (
        _insert,
        _insert_by_copy,
        _rewrite,
        _run_rewrite,
        _run_delete,
        _delete_activities,
        _truncate,
        _import,
    )
}


@pytest.mark.parametrize("write", WRITES.values(), ids=WRITES.keys())
def test_a_write_by_another_connection_is_seen_at_the_next_turn(
    store: PgStore,
    other: PgStore,
    raw: psycopg.Connection[Any],
    tmp_path: Path,
    write: Callable[[PgStore, psycopg.Connection[Any], int, Path], None],
) -> None:
    reads = _reads(_fill(store))
    first = _batched(store, reads)
    assert _counting_scans(store, lambda: _batched(store, reads)) == (0, first)  # kept
    write(other, raw, reads[0][0], tmp_path)
    again = _batched(store, reads)
    assert again == _fresh(store, reads)
    assert again != first


def test_a_write_between_two_turns_of_one_loop_is_seen(store: PgStore, other: PgStore) -> None:
    """One event loop, as a server's worker runs: a turn reads, another replica writes (an
    append, then a rewrite in place), and each later turn serves the new page."""
    pk = _fill(store)
    batcher = store.page_batcher
    assert isinstance(batcher, PageBatch)

    async def main() -> list[Page]:
        pages = [await batcher.read_page(pk, 0, 20)]
        pages.append(await batcher.read_page(pk, 0, 20))
        other.add_activities(APP, CAMPAIGN, [pending("between")])
        pages.append(await batcher.read_page(pk, 0, 20))
        other.add_activities(APP, CAMPAIGN, _states("PAUSED"), on_duplicate="replace")
        pages.append(await batcher.read_page(pk, 0, 20))
        return pages

    first, kept, appended, rewritten = asyncio.run(main())
    assert kept == first
    assert appended[0].startswith(first[0]) and b'"between"' in appended[0]
    assert rewritten == store.read_page(pk, 0, 20) and b'"PAUSED"' in rewritten[0]


def test_a_campaign_key_used_again_is_a_new_page(
    store: PgStore, raw: psycopg.Connection[Any]
) -> None:
    """A campaign deleted and created again under the same key by raw SQL that bumps no
    generation, and written as often as before: its version comes from the sequence, so it
    is not the kept one (a count of writes per campaign would be)."""
    pk = _fill(store)
    reads = _reads(pk)
    first = _batched(store, reads)
    raw.execute("DELETE FROM campaigns WHERE pk = %s", (pk,))
    raw.execute(f"ALTER TABLE campaigns ALTER COLUMN pk RESTART WITH {pk:d}")
    store.add_campaign(APP, CAMPAIGN)
    store.add_activities(APP, CAMPAIGN, _states("CANCELLED"))  # as many writes as before
    assert store.resolve_campaign(APP, CAMPAIGN) == pk
    again = _batched(store, reads)
    assert again == _fresh(store, reads) and again != first


def _created_again(
    store: PgStore, other: PgStore, raw: psycopg.Connection[Any], remove: Callable[[], None]
) -> None:
    """Pages kept, ``remove`` by another replica, the campaign created again under the same
    keys (identities restarted) with other activities: the next turn serves the new pages."""
    pk = _fill(store)
    first = _batched(store, _reads(pk))
    remove()
    raw.execute(f"ALTER TABLE campaigns ALTER COLUMN pk RESTART WITH {pk:d}")
    if not other.application_ids():
        raw.execute("ALTER TABLE applications ALTER COLUMN pk RESTART WITH 1")
        other.add_application(APP)
    other.add_campaign(APP, CAMPAIGN)
    other.add_activities(APP, CAMPAIGN, _states("CANCELLED", IDS[:2]))
    assert store.resolve_campaign(APP, CAMPAIGN) == pk
    again = _batched(store, _reads(pk))
    assert again == _fresh(store, _reads(pk)) and again != first


def test_a_campaign_deleted_and_created_again_by_another_replica_is_seen(
    store: PgStore, other: PgStore, raw: psycopg.Connection[Any]
) -> None:
    _created_again(store, other, raw, lambda: other.delete_campaign(APP, CAMPAIGN))


def test_a_reset_by_another_replica_is_seen(
    store: PgStore, other: PgStore, raw: psycopg.Connection[Any]
) -> None:
    _created_again(store, other, raw, other.reset)


def test_a_new_delete_generation_forgets_every_kept_page(store: PgStore, other: PgStore) -> None:
    """Belt and braces: a delete anywhere (here of another campaign) and the next turn reads
    every page again, though this campaign's version did not change."""
    reads = _reads(_fill(store))
    store.add_campaign(APP, "gone")
    first = _batched(store, reads)
    assert _counting_scans(store, lambda: _batched(store, reads))[0] == 0
    other.delete_campaign(APP, "gone")
    scans, again = _counting_scans(store, lambda: _batched(store, reads))
    assert scans >= len(reads) and again == first
    assert _counting_scans(store, lambda: _batched(store, reads))[0] == 0


def test_a_lost_page_connection_keeps_nothing_wrong(
    store: PgStore, other: PgStore, raw: psycopg.Connection[Any]
) -> None:
    """The page connection killed while the campaign changes: the turn fails with the store's
    503 error, and the first turn that reads again serves the new page."""
    reads = _reads(_fill(store))
    first = _batched(store, reads)
    other.add_activities(APP, CAMPAIGN, [pending("while-down")])
    raw.execute("SELECT pg_terminate_backend(%s)", (store._page_conn().info.backend_pid,))
    with pytest.raises(StoreUnavailableError):
        _batched(store, reads)
    deadline = time.monotonic() + 30
    while True:
        try:
            again = _batched(store, reads)
            break
        except StoreUnavailableError:  # within RETRY_S of the failure
            assert time.monotonic() < deadline
            time.sleep(0.1)
    assert again == _fresh(store, reads) and again != first


def test_a_database_of_schema_v2_gets_versions_and_triggers(postgres_url: str) -> None:
    """A database the previous release made migrates on start: every campaign it has gets a
    version of its own, and its writes change them."""
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        migrate(conn, MIGRATIONS[:2])
        app = conn.execute(
            "INSERT INTO applications (application_id) VALUES (%s) RETURNING pk", (APP,)
        ).fetchone()
        assert app is not None
        for campaign in ("c1", "c2"):
            conn.execute(
                "INSERT INTO campaigns (application_pk, campaign_id) VALUES (%s, %s)",
                (app[0], campaign),
            )
    with open_store(postgres_url) as store:
        assert isinstance(store, PgStore)
        store.add_activities(APP, "c1", [pending("one")])
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT campaign_id, page_version FROM campaigns ORDER BY campaign_id"
        ).fetchall()
        assert [r[0] for r in rows] == ["c1", "c2"] and rows[0][1] != rows[1][1]
        assert rows[0][1] > rows[1][1]  # c1's insert took a new one


def test_kept_pages_are_bounded_in_count_and_bytes() -> None:
    kept = PageVersions()
    for n in range(MAX_PAGES):
        kept.put((n, 0, 1), 7, (b"x", None))
    assert len(kept) == MAX_PAGES and kept.get((0, 0, 1)) == (7, (b"x", None))
    kept.put((0, 0, 1), 8, (b"y", 3))  # the same key again: replaced, not one more
    assert len(kept) == MAX_PAGES and kept.get((0, 0, 1)) == (8, (b"y", 3))
    kept.put((MAX_PAGES, 0, 1), 7, (b"x", None))  # one past the bound: afresh
    assert len(kept) == 1 and kept.get((0, 0, 1)) is None
    big = b"z" * (MAX_BYTES // 2 + 1)
    kept.put((1, 0, 2), 1, (big, None))
    kept.put((2, 0, 2), 1, (big, None))
    assert kept.get((1, 0, 2)) is None and kept.get((2, 0, 2)) == (1, (big, None))
    kept.put((3, 0, 2), 1, (b"z" * (MAX_BYTES + 1), None))  # never kept
    assert kept.get((3, 0, 2)) is None and len(kept) == 0
