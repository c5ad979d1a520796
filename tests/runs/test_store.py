"""Runs at the store level: several stores on one file (as workers) syncing at once never
insert an activity twice; deletes, resets and read-only stores."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from mockserver.clock import MockClock
from mockserver.dbcheck import StoreReadOnlyError
from mockserver.runs.service import RunService
from mockserver.service import ActivitiesService
from mockserver.store import Store
from mockserver.timefmt import parse_ms

HOURLY = {
    "Schedule": {"StartTime": "2026-03-01T09:00:00Z", "Frequency": "HOURLY",
                 "EndTime": "2026-03-02T09:00:00Z"},
    "Treatments": [{"TreatmentId": "0", "Percentage": 50}, {"TreatmentId": "1", "Percentage": 50}],
    "Delivery": {"InitializingSeconds": 0, "SecondsPerTimezone": 60},
}  # fmt: skip


@pytest.fixture
def path(tmp_path: Path) -> Iterator[Path]:
    db = tmp_path / "runs.sqlite3"
    with Store(db) as store:
        store.add_application("app")
        store.add_campaign("app", "cmp")
        MockClock(store).set(parse_ms("2026-03-01T08:00:00Z"))
    yield db


def _page(store: Store) -> list[dict[str, object]]:
    items: list[dict[str, object]] = json.loads(
        ActivitiesService(store).get_activities_page("app", "cmp", "1000")
    )["Item"]
    return items


def test_workers_syncing_at_once_insert_each_activity_once(path: Path) -> None:
    with Store(path) as store:
        run = RunService(store).create("app", "cmp", HOURLY)
        MockClock(store).set(parse_ms("2026-03-01T20:30:00Z"))  # 12 started: 13 appeared
    stores = [Store(path) for _ in range(4)]
    errors: list[BaseException] = []
    barrier = threading.Barrier(len(stores))

    def read(store: Store) -> None:
        try:
            barrier.wait()
            for _ in range(5):
                _page(store)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=read, args=(store,)) for store in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for store in stores:
        store.close()
    assert not errors, errors
    with Store(path) as store:
        items = _page(store)
        assert len(items) == 26 == len({item["Id"] for item in items})
        assert RunService(store).get("app", "cmp", run["RunId"])["ActivityCount"] == 26


def test_deleted_activities_stay_deleted_and_later_occurrences_appear(path: Path) -> None:
    with Store(path) as store:
        RunService(store).create("app", "cmp", HOURLY)
        assert len(_page(store)) == 2
        store.delete_activities("app", "cmp")
        MockClock(store).set(parse_ms("2026-03-01T09:30:00Z"))  # occurrence 0 started
        items = _page(store)
        assert [item["ScheduledStart"] for item in items] == ["2026-03-01T10:00:00.000Z"] * 2


def test_reset_and_campaign_delete_remove_runs(path: Path) -> None:
    with Store(path) as store:
        RunService(store).create("app", "cmp", HOURLY)
        store.delete_campaign("app", "cmp")
        store.add_campaign("app", "cmp")
        assert RunService(store).list_runs("app", "cmp") == [] and _page(store) == []
        RunService(store).create("app", "cmp", HOURLY)
        store.reset()
        store.add_application("app")
        store.add_campaign("app", "cmp")
        assert RunService(store).list_runs("app", "cmp") == []


def test_a_read_only_store_serves_what_was_written_and_refuses_runs(path: Path) -> None:
    with Store(path) as store:
        run = RunService(store).create("app", "cmp", HOURLY)
        written = _page(store)
    with Store(path, read_only=True) as store:
        clock = MockClock(store)
        assert clock.now_ms() == parse_ms("2026-03-01T08:00:00Z")
        assert _page(store) == written
        with pytest.raises(StoreReadOnlyError):
            RunService(store).create("app", "cmp", HOURLY)
        with pytest.raises(StoreReadOnlyError):
            RunService(store).event("app", "cmp", run["RunId"], "PAUSE")
        assert RunService(store).get("app", "cmp", run["RunId"])["State"] == "SCHEDULED"
