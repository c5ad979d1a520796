"""The SQLite store's page cache (mockserver.page_cache): a page is answered again only while the
database provably has not changed, whoever writes it (this store, another store in this process,
another process), also when a body is rewritten in place under the same seq."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from mockserver.page_cache import MAX_BYTES, MAX_PAGES, PageCache
from mockserver.service import ActivitiesService
from mockserver.store import Store
from tests.mockserver.helpers import APP, CAMPAIGN, page, pending

REPO = Path(__file__).resolve().parents[2]
WORKER = [sys.executable, "-m", "tests.mockserver.store_worker"]


class _Turn:
    """One turn of an event loop: the shared snapshot ends when the test says so."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.pending: list[Callable[[], None]] = []

    def __enter__(self) -> _Turn:
        self.store.share_snapshot(self.pending.append)
        return self

    def __exit__(self, *exc_info: object) -> None:
        for end in self.pending:
            end()
        self.pending.clear()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cache.sqlite3"
    with Store(path) as store:
        store.add_application(APP)
        store.add_campaign(APP, CAMPAIGN)
        store.add_activities(APP, CAMPAIGN, [pending(f"a-{i:02d}") for i in range(5)])
    return path


@pytest.fixture
def server(db: Path) -> Iterator[Store]:
    with Store(db) as store:
        yield store


def _served(server: Store, **query: str) -> dict[str, object]:
    """One page read in its own turn, as the server reads it."""
    with _Turn(server):
        return page(ActivitiesService(server), APP, CAMPAIGN, **query)


def _states(answer: dict[str, object]) -> list[str]:
    items = answer["Item"]
    assert isinstance(items, list)
    return [str(item["State"]) for item in items]


def _statements(server: Store, read: Callable[[], object]) -> list[str]:
    """The SQL ``read`` runs inside one turn (its BEGIN and COMMIT left out)."""
    seen: list[str] = []
    with _Turn(server):
        server.connection().set_trace_callback(seen.append)
        try:
            read()
        finally:
            server.connection().set_trace_callback(None)
    return [s for s in seen if not s.startswith("--")]  # "--": a virtual table's own statement


def _rewrite(store: Store, state: str) -> None:
    """Rewrite every body in place (same Ids, same seqs): only the contents change."""
    items = [{**pending(f"a-{i:02d}"), "State": state} for i in range(5)]
    result = store.add_activities(APP, CAMPAIGN, items, on_duplicate="replace")
    assert result.replaced == 5


def test_a_page_read_again_costs_the_snapshot_row_only(server: Store) -> None:
    service = ActivitiesService(server)
    read = lambda: service.get_activities_page(APP, CAMPAIGN, page_size="2")  # noqa: E731
    _statements(server, read)  # the first read learns which campaigns have runs
    server.add_activities(APP, CAMPAIGN, [pending("new")])  # the next read is the database's
    first = _statements(server, read)
    again = _statements(server, read)
    assert len(first) == 2 and "group_concat" in first[1], first
    assert len(again) == 1 and "data_version" in again[0], again
    with _Turn(server):
        assert read() == read()


def test_a_rewrite_by_another_store_is_seen_at_the_next_turn(db: Path, server: Store) -> None:
    assert _states(_served(server)) == ["PENDING"] * 5
    with Store(db) as other:  # another connection: another process, as far as SQLite knows
        _rewrite(other, "PAUSED")
    assert _states(_served(server)) == ["PAUSED"] * 5


def test_a_rewrite_by_this_store_is_seen_at_the_next_turn(server: Store) -> None:
    """This connection's own commits leave its data_version alone: the stamp counts them."""
    assert _states(_served(server)) == ["PENDING"] * 5
    _rewrite(server, "PAUSED")
    assert _states(_served(server)) == ["PAUSED"] * 5
    with _Turn(server):  # a write inside a turn ends its snapshot first; the next read is fresh
        page(ActivitiesService(server), APP, CAMPAIGN)
        _rewrite(server, "CANCELLED")
        assert _states(page(ActivitiesService(server), APP, CAMPAIGN)) == ["CANCELLED"] * 5


def test_a_write_by_another_process_is_seen_at_the_next_turn(db: Path, server: Store) -> None:
    first = _served(server, page_size="5")
    assert first["NextToken"] is None
    subprocess.run([*WORKER, "write", str(db), "p", "1", "1"], cwd=REPO, check=True)
    again = _served(server, page_size="5")
    assert again["NextToken"] is not None  # a sixth activity now follows the page
    assert again["Item"] == first["Item"]


def test_walks_while_two_processes_write_stay_exact(db: Path, server: Store) -> None:
    """Each page in its own turn, as the server reads them, while two writer processes add
    activities: every walk is duplicate-free and extends the one before; the last one, after
    the writers stopped, holds every acknowledged activity once."""
    writers = [
        subprocess.Popen(
            [*WORKER, "write", str(db), tag, "120", "2"],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("p1", "p2")
    ]

    def walk() -> list[str]:
        ids: list[str] = []
        token: str | None = None
        while True:
            answer = _served(server, page_size="3", **({"token": token} if token else {}))
            items = answer["Item"]
            assert isinstance(items, list)
            ids += [str(item["Id"]) for item in items]
            token = answer["NextToken"]  # type: ignore[assignment]
            if token is None:
                return ids

    previous: list[str] = []
    walks = 0
    while any(w.poll() is None for w in writers) or walks < 3:
        ids = walk()
        assert len(ids) == len(set(ids))
        assert ids[: len(previous)] == previous
        previous = ids
        walks += 1
    acked = [f"a-{i:02d}" for i in range(5)]
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        acked += out.split()
    assert sorted(walk()) == sorted(acked) and len(acked) == 245


def test_outside_a_shared_snapshot_nothing_is_kept(server: Store) -> None:
    service = ActivitiesService(server)
    service.get_activities_page(APP, CAMPAIGN)
    seen: list[str] = []
    server.connection().set_trace_callback(seen.append)
    service.get_activities_page(APP, CAMPAIGN)
    server.connection().set_trace_callback(None)
    assert any("group_concat" in s for s in seen), seen


def test_a_changed_stamp_forgets_every_page() -> None:
    cache = PageCache()
    assert cache.get((1, 0, 20), (1, 0, 0)) is None
    cache.put((1, 0, 20), (b"{}", None))
    cache.put((2, 0, 20), (b"[]", 7))
    assert cache.get((2, 0, 20), (1, 0, 0)) == (b"[]", 7)
    assert cache.get((1, 0, 20), (1, 1, 0)) is None  # another stamp
    assert cache.get((2, 0, 20), (1, 0, 0)) is None  # and back: nothing kept from before


def test_the_cache_is_bounded_in_pages_and_bytes() -> None:
    cache = PageCache()
    stamp = (1, 0, 0)
    cache.get((0, 0, 1), stamp)
    for n in range(MAX_PAGES + 1):
        cache.put((n, 0, 1), (b"x", None))
    assert cache.get((0, 0, 1), stamp) is None  # started afresh at MAX_PAGES
    assert cache.get((MAX_PAGES, 0, 1), stamp) == (b"x", None)
    big = b"y" * (MAX_BYTES // 2 + 1)
    cache.put((1, 0, 2), (big, None))
    cache.put((2, 0, 2), (big, None))
    assert cache.get((1, 0, 2), stamp) is None and cache.get((2, 0, 2), stamp) == (big, None)
    cache.put((3, 0, 2), (b"z" * (MAX_BYTES + 1), None))  # never kept
    assert cache.get((3, 0, 2), stamp) is None
