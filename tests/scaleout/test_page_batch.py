"""The PostgreSQL store's batched page reads (mockserver.pg.pages): the reads queued in one turn
of the event loop are ONE statement, each answered exactly what its own read_page answers, also
while other processes write, through the real server under concurrent clients, and when the
database is lost (every waiter gets the store's 503 error, none hangs) and comes back."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from collections.abc import Callable, Coroutine, Iterator, Sequence
from pathlib import Path
from typing import Any

import httpx
import pytest

from mockserver.clock import MockClock
from mockserver.dbcheck import StoreUnavailableError
from mockserver.pg.pages import MAX_ROWS, PageBatch
from mockserver.pg.store import PgStore
from mockserver.service import ActivitiesService
from mockserver.storage import open_store
from mockserver.synthetic import seed_synthetic
from tests.mockserver.helpers import APP, CAMPAIGN, pending
from tests.support.postgres import PostgresUnavailable, running_postgres, start
from tests.support.servers import ready_server

REPO = Path(__file__).resolve().parents[2]
WRITER = [sys.executable, "-m", "tests.mockserver.store_worker", "write"]


def _campaign(count: int) -> str:
    return f"cmp{count:029d}"


SIZES = {_campaign(n): n for n in (0, 5, 45)}  # campaign id -> its activities


def _fill(store: PgStore) -> dict[str, int]:
    """Campaigns of SIZES under APP; their keys."""
    store.add_application(APP)
    for campaign, count in SIZES.items():
        store.add_campaign(APP, campaign)
        if count:
            store.add_activities(
                APP, campaign, [pending(f"{campaign}-{i:03d}") for i in range(count)]
            )
    return {campaign: store.resolve_campaign(APP, campaign) for campaign in SIZES}


def _statements(store: PgStore, monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """The names of the prepared statements the store runs from now on (each still runs)."""
    names: list[bytes] = []
    run = store.prepared

    def counted(name: bytes, params: Sequence[bytes]) -> Any:
        names.append(name)
        return run(name, params)

    monkeypatch.setattr(store, "prepared", counted)
    return names


def _batcher(store: PgStore) -> PageBatch:
    assert isinstance(store.page_batcher, PageBatch)
    return store.page_batcher


def _run(main: Callable[[], Coroutine[Any, Any, Any]], timeout: float = 60) -> Any:
    """Run ``main`` on a fresh event loop, failing rather than hanging past ``timeout``."""

    async def bounded() -> Any:
        return await asyncio.wait_for(main(), timeout)

    return asyncio.run(bounded())


def test_one_statement_answers_each_read_as_read_page_does(
    store: PgStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = _fill(store)
    gone = max(keys.values()) + 1_000  # no such campaign: an empty page
    reads = [
        (pk, after, limit)
        for pk in [*keys.values(), gone]
        for after in (0, 3, 5, 44, 45, 10_000)
        for limit in (1, 5, 20, 45, 99)
    ]
    assert sum(limit for *_, limit in reads) <= MAX_ROWS  # one statement's worth
    expected = [store.read_page(*read) for read in reads]
    assert any(last is not None for _, last in expected)  # the reads cover both cases
    assert any(items and last is None for items, last in expected)
    names = _statements(store, monkeypatch)

    async def main() -> list[tuple[bytes, int | None]]:
        return list(await asyncio.gather(*(_batcher(store).read_page(*r) for r in reads)))

    assert _run(main) == expected
    assert names == [b"mock_pages"]


def test_the_batch_plans_index_scans_and_no_jit_on_a_big_campaign(store: PgStore) -> None:
    """The page connection's generic plan of PAGES_SQL for a campaign big enough that the
    planner expects a third of it past any position: index scans only (a sequential scan for
    "more follow" read the table up to the page, ~35 ms at page 10,000 of a million) and no JIT
    (compiling a plan whose estimated cost is high took ~10 ms an execution)."""
    (app,) = seed_synthetic(store, activities=30_000, seed=3)
    pk = store.resolve_campaign(app.application_id, app.campaign_ids[0])
    store.connection().execute("ANALYZE activities")
    page_conn = store._page_conn()  # the connection, with the settings, the page path uses
    page_conn.execute("SET jit_above_cost = 0")  # any plan would be compiled, were JIT on
    params = f"'{{{pk},{pk}}}', '{{0,20000}}', '{{20,20}}', '{{-1,-1}}'"  # none kept
    row = page_conn.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) EXECUTE mock_pages({params})")
    (explained,) = row.fetchone() or (None,)
    plan = explained[0]
    scans = [n for n in _nodes(plan["Plan"]) if n.get("Relation Name") == "activities"]
    assert len(scans) == 2 and all("Index" in n["Node Type"] for n in scans), scans
    assert "JIT" not in plan


def _nodes(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield node
    for child in node.get("Plans", []):
        yield from _nodes(child)


def test_a_turn_of_more_rows_than_a_statement_reads_is_several(
    store: PgStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No statement reads more than MAX_ROWS activities (a hostile client's many big pages
    cost several bounded results, not one of any size); each read still gets its own page."""
    pk = _fill(store)[_campaign(45)]
    limit = 100
    per_statement = MAX_ROWS // limit
    reads = [(pk, i % 40, limit) for i in range(2 * per_statement + 1)] + [(pk, 0, MAX_ROWS + 7)]
    expected = [store.read_page(*read) for read in reads]
    names = _statements(store, monkeypatch)

    async def main() -> list[tuple[bytes, int | None]]:
        return list(await asyncio.gather(*(_batcher(store).read_page(*r) for r in reads)))

    assert _run(main) == expected
    assert names == [b"mock_pages"] * 4  # two full, one with the rest, the oversized one alone


def test_the_batch_opens_the_turn_with_what_it_read(
    postgres_url: str, store: PgStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The batch's statement reads the turn too: the requests after it in the same turn of
    the loop need no statement of their own, and see what was committed before it ran."""
    keys = _fill(store)
    with open_store(postgres_url) as other:
        MockClock(other).set(1_234_567, frozen=True)  # another replica sets the clock
    names = _statements(store, monkeypatch)
    seen: list[object] = []

    async def main() -> None:
        loop = asyncio.get_running_loop()
        read = _batcher(store).read_page(keys[_campaign(5)], 0, 2)

        def after_the_batch() -> None:  # runs right after the flush, in the same turn
            store.share_snapshot(loop.call_soon)
            seen.extend([list(names), store.snapshot_clock()])

        loop.call_soon(after_the_batch)
        await read
        await asyncio.sleep(0)
        seen.append(store.snapshot_clock())  # a later turn: closed

    _run(main)
    assert seen == [[b"mock_pages"], (seen[1][0], 1_234_567), None]  # type: ignore[index]


def test_a_read_whose_request_is_gone_is_skipped(store: PgStore) -> None:
    keys = _fill(store)
    pk = keys[_campaign(45)]

    async def main() -> tuple[bool, tuple[bytes, int | None]]:
        gone = _batcher(store).read_page(pk, 0, 5)
        kept = _batcher(store).read_page(pk, 5, 5)
        gone.cancel()
        return gone.cancelled(), await kept

    assert _run(main) == (True, store.read_page(pk, 5, 5))


def test_a_read_left_by_a_stopped_loop_does_not_stall_the_next_loop(store: PgStore) -> None:
    pk = _fill(store)[_campaign(45)]
    old = asyncio.new_event_loop()

    def queue_and_stop() -> None:
        _batcher(store).read_page(pk, 0, 5)  # its flush is scheduled, never run
        old.stop()

    old.call_soon(queue_and_stop)
    old.run_forever()
    old.close()

    async def main() -> tuple[bytes, int | None]:
        return await _batcher(store).read_page(pk, 0, 5)

    assert _run(main, timeout=10) == store.read_page(pk, 0, 5)


def test_a_lost_database_fails_every_waiting_read_and_recovers() -> None:
    """Its own cluster: stopped while reads wait, each gets StoreUnavailableError (its own
    instance) within a bounded time; started again, the same store reads again by itself."""
    try:
        cluster = running_postgres()
        pg = cluster.__enter__()
    except PostgresUnavailable as exc:
        pytest.skip(str(exc))
    try:
        with open_store(pg.create_database()) as opened:
            assert isinstance(opened, PgStore)
            store = opened
            pk = _fill(store)[_campaign(45)]
            expected = store.read_page(pk, 0, 10)

            async def reads(count: int) -> list[Any]:
                waiting = [_batcher(store).read_page(pk, 0, 10) for _ in range(count)]
                return list(await asyncio.gather(*waiting, return_exceptions=True))

            assert _run(lambda: reads(3)) == [expected] * 3
            pg.stop()
            started = time.monotonic()
            failed = _run(lambda: reads(5))
            assert time.monotonic() - started < 10
            assert all(isinstance(error, StoreUnavailableError) for error in failed)
            assert len({id(error) for error in failed}) == 5
            assert "PostgreSQL" in str(failed[0])
            start(pg)
            deadline = time.monotonic() + 30
            while (answers := _run(lambda: reads(2))) != [expected] * 2:
                assert all(isinstance(a, StoreUnavailableError) for a in answers), answers
                assert time.monotonic() < deadline
                time.sleep(0.2)
    finally:
        cluster.__exit__(None, None, None)


async def _walk(service: ActivitiesService, campaign: str, page_size: str) -> list[str]:
    """A walk through the batched path, each page opening the turn as the handler does."""
    ids: list[str] = []
    token: str | None = None
    while True:
        service.store.share_snapshot(asyncio.get_running_loop().call_soon)
        body = await service.get_activities_page_batched(APP, campaign, page_size, token)
        page = json.loads(body)
        ids += [item["Id"] for item in page["Item"]]
        token = page["NextToken"]
        if token is None:
            return ids


def test_concurrent_walks_stay_exact_while_two_processes_write(
    postgres_url: str, store: PgStore
) -> None:
    """Walkers of several page sizes at once (so each batch mixes positions and sizes) while
    two writer processes add activities: every walk is duplicate-free and extends the one
    before it, and the walks after the writers stopped hold every acknowledged activity."""
    store.add_application(APP)
    store.add_campaign(APP, CAMPAIGN)
    initial = [f"init-{i:03d}" for i in range(60)]
    store.add_activities(APP, CAMPAIGN, [pending(i) for i in initial])
    writers = [
        subprocess.Popen(
            [*WRITER, postgres_url, tag, "150", "3"],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("p1", "p2")
    ]
    service = ActivitiesService(store)
    sizes = ("1", "7", "9", "13", "50")
    previous: dict[str, list[str]] = {size: [] for size in sizes}
    rounds = 0

    async def walks() -> list[list[str]]:
        return list(await asyncio.gather(*(_walk(service, CAMPAIGN, s) for s in sizes)))

    while any(w.poll() is None for w in writers) or rounds < 3:
        for size, ids in zip(sizes, _run(walks), strict=True):
            assert len(ids) == len(set(ids)), size
            assert ids[: len(previous[size])] == previous[size], size
            previous[size] = ids
        rounds += 1
    acked = []
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        acked += out.split()
    assert len(acked) == 300 and rounds > 3
    for ids in _run(walks):
        assert sorted(ids) == sorted(initial + acked)


def test_concurrent_clients_of_a_server_each_get_their_own_pages(
    postgres_url: str, store: PgStore, tmp_path: Path
) -> None:
    """32 connections at once walking different campaigns with different page sizes through
    the real server: each walk is its campaign's activities, in order, once."""
    _fill(store)
    expected = {campaign: [a["Id"] for a in store.activities(APP, campaign)] for campaign in SIZES}
    walks = [(campaign, size) for campaign in SIZES for size in ("1", "4", "7", "20")] * 3

    async def walk(client: httpx.AsyncClient, base: str, campaign: str, size: str) -> list[str]:
        ids: list[str] = []
        params = {"page-size": size}
        while True:
            answer = await client.get(
                f"{base}/v1/apps/{APP}/campaigns/{campaign}/activities", params=params
            )
            assert answer.status_code == 200, answer.text
            page = answer.json()
            ids += [item["Id"] for item in page["Item"]]
            if page["NextToken"] is None:
                return ids
            params = {"page-size": size, "token": page["NextToken"]}

    with ready_server(tmp_path, db=postgres_url) as server:

        async def main() -> list[list[str]]:
            limits = httpx.Limits(max_connections=32)
            async with httpx.AsyncClient(limits=limits, timeout=30) as client:
                return list(
                    await asyncio.gather(*(walk(client, server.url, c, s) for c, s in walks))
                )

        got = _run(main)
        assert "Traceback" not in server.log_text()
    assert got == [expected[campaign] for campaign, _ in walks]
