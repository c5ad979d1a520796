"""Walking NextToken while others write; writers in threads and in separate processes. On each
store: ``db_path`` is a SQLite file or a PostgreSQL URL (the ``store_url`` fixture)."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from mockserver.errors import CampaignNotFoundError
from mockserver.service import ActivitiesService
from mockserver.storage import ActivityStore, open_store
from mockserver.store import Store
from tests.mockserver.helpers import APP, CAMPAIGN, page, pending, walk
from tests.support.stores import positions

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def db_path(store_url: str) -> str:
    return store_url


@pytest.fixture
def store(db_path: str) -> Iterator[ActivityStore]:
    with open_store(db_path) as opened:
        yield opened


def test_inserts_between_pages_appear_once_at_the_end(
    store: ActivityStore, service: ActivitiesService, campaign: tuple[str, str]
) -> None:
    """Deterministic interleaving: a write lands between every two page reads."""
    initial = [f"init-{i:03d}" for i in range(50)]
    store.add_activities(APP, CAMPAIGN, [pending(i) for i in initial])
    seen: list[str] = []
    token: str | None = None
    added: list[str] = []
    while True:
        decoded = page(service, APP, CAMPAIGN, page_size="7", token=token)
        seen.extend(item["Id"] for item in decoded["Item"])
        token = decoded["NextToken"]
        if token is None:
            break
        if len(added) < 20:
            new = f"new-{len(added):03d}"
            store.add_activities(APP, CAMPAIGN, [pending(new)])
            added.append(new)
    assert seen == initial + added  # every activity exactly once, new ones at the end


def test_reader_walking_while_a_writer_thread_inserts(
    db_path: str, store: ActivityStore, campaign: tuple[str, str]
) -> None:
    initial = [f"init-{i:04d}" for i in range(2000)]  # a walk long enough to overlap writes
    store.add_activities(APP, CAMPAIGN, [pending(i) for i in initial])
    store.add_campaign(APP, "other")
    stop = threading.Event()
    written: list[str] = []
    errors: list[BaseException] = []

    def writer() -> None:
        # Its own Store object: its own connection, like another server or a seed script.
        try:
            with open_store(db_path) as own:
                n = 0
                while not stop.is_set():
                    batch = [f"new-{n + k:05d}" for k in range(3)]
                    own.add_activities(APP, CAMPAIGN, [pending(i) for i in batch])
                    own.add_activities(APP, "other", [pending(f"o-{n}")])
                    written.extend(batch)
                    n += 3
                    time.sleep(0.0005)
        except BaseException as exc:  # surfaced by the assertion below
            errors.append(exc)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(written) < 30:  # the writer is running before the walk starts
            time.sleep(0.001)
        written_at_start = len(written)
        # The walk, made to overlap the writer whatever the speed of either: after the first
        # page it waits until the writer has committed more.
        service = ActivitiesService(store)
        pages: list[list[str]] = []
        token: str | None = None
        while True:
            decoded = page(service, APP, CAMPAIGN, page_size="9", token=token)
            pages.append([item["Id"] for item in decoded["Item"]])
            token = decoded["NextToken"]
            if token is None:
                break
            if len(pages) == 1:
                deadline = time.monotonic() + 10
                while len(written) < written_at_start + 6 and time.monotonic() < deadline:
                    time.sleep(0.001)
        written_during_walk = len(written) - written_at_start
    finally:
        stop.set()
        thread.join()
    assert not errors
    seen = [i for p in pages for i in p]
    assert len(seen) == len(set(seen)), "an activity was returned twice"
    assert set(initial) <= set(seen), "an activity that existed at the start was skipped"
    final = [a["Id"] for a in store.activities(APP, CAMPAIGN)]
    # What the walk saw is exactly the campaign's order up to where it stopped: nothing that was
    # committed before the last page was skipped.
    assert seen == final[: len(seen)]
    assert written_during_walk > 0, "the writer did not overlap the walk"


_WRITER_SCRIPT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from mockserver.errors import ConflictError
    from mockserver.storage import ActivityStore, open_store

    path, tag, count, go = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
    store = open_store(path)  # both processes may create and migrate the store at once
    for make in (lambda: store.add_application("app"), lambda: store.add_campaign("app", "cmp")):
        try:
            make()
        except ConflictError:
            pass
    Path(f"{go}.{tag}").touch()  # ready
    while not go.exists():
        time.sleep(0.0005)
    for i in range(count):
        store.add_activities("app", "cmp", [{"Id": f"{tag}-{i:04d}", "State": "PENDING"}])
        time.sleep(0.0002)  # a gap in which the other process can take the write lock
    store.close()
    """
)


def test_two_processes_writing_the_same_store_lose_nothing(tmp_path: Path, store_url: str) -> None:
    db = store_url
    go = tmp_path / "go"
    count = 300
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER_SCRIPT, str(db), tag, str(count), str(go)],
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("p1", "p2")
    ]
    deadline = time.monotonic() + 60
    while not all(Path(f"{go}.{tag}").exists() for tag in ("p1", "p2")):
        assert time.monotonic() < deadline and all(p.poll() is None for p in procs)
        time.sleep(0.005)
    go.touch()
    for proc in procs:
        _, stderr = proc.communicate(timeout=120)
        assert proc.returncode == 0, stderr
    with open_store(db) as store:
        ids = [a["Id"] for a in store.activities("app", "cmp")]
        seqs = positions(store, "app", "cmp")
        pages = walk(ActivitiesService(store), "app", "cmp", page_size="25")
    assert len(ids) == 2 * count
    assert seqs == list(range(1, 2 * count + 1))  # no gap, no duplicate position
    for tag in ("p1", "p2"):
        mine = [i for i in ids if i.startswith(tag)]
        assert mine == [f"{tag}-{i:04d}" for i in range(count)]  # each process's order kept
    assert [i for p in pages for i in p] == ids
    # The writes really interleaved (otherwise the test proves less than it claims).
    switches = sum(1 for a, b in itertools.pairwise(ids) if a[:2] != b[:2])
    assert switches > 1


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)  # WAL checkpoints: SQLite's
def test_an_idle_reader_neither_pins_a_snapshot_nor_blocks_checkpoints(
    db_path: str, store: Store, campaign: tuple[str, str]
) -> None:
    with open_store(db_path, read_only=True) as reader:
        service = ActivitiesService(reader)
        assert page(service, APP, CAMPAIGN)["Item"] == []
        reader.resolve_campaign(APP, CAMPAIGN)  # a one-row fetch must not leave a statement open
        store.add_activities(APP, CAMPAIGN, [pending("a1")])
        assert [i["Id"] for i in page(service, APP, CAMPAIGN)["Item"]] == ["a1"]
        busy, _, _ = store.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        assert busy == 0


def test_a_campaign_added_elsewhere_is_found_at_once(db_path: str, store: ActivityStore) -> None:
    with open_store(db_path, read_only=True) as reader:
        service = ActivitiesService(reader)
        store.add_application(APP)
        for _ in range(2):  # a miss is never cached
            with pytest.raises(CampaignNotFoundError):
                service.get_activities_page(APP, CAMPAIGN)
        store.add_campaign(APP, CAMPAIGN)
        store.add_activities(APP, CAMPAIGN, [pending("a1")])
        assert [i["Id"] for i in page(service, APP, CAMPAIGN)["Item"]] == ["a1"]
        store.add_activities(APP, CAMPAIGN, [pending("a2")])  # the cached key still serves
        assert [i["Id"] for i in page(service, APP, CAMPAIGN)["Item"]] == ["a1", "a2"]
