"""The read path's hook (mockserver.runs.service.RunSync): a campaign without runs costs no
statement beyond the page's own; a campaign with runs syncs only when a run is stale."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from mockserver.clock import MockClock
from mockserver.runs.service import RunService
from mockserver.service import ActivitiesService
from mockserver.store import Store
from mockserver.timefmt import parse_ms
from tests.admin.support import activities


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "runs.sqlite3") as opened:
        for campaign in ("plain", "runs"):
            opened.add_application(campaign)
            opened.add_campaign(campaign, campaign)
        opened.add_activities("plain", "plain", activities(3))
        yield opened


def _statements(store: Store, read: Callable[[], object]) -> list[str]:
    """The SQL that ``read`` runs inside one shared snapshot, as the server runs requests."""
    ended: list[Callable[[], None]] = []
    store.share_snapshot(ended.append)
    seen: list[str] = []
    store.connection().set_trace_callback(seen.append)
    try:
        read()
    finally:
        store.connection().set_trace_callback(None)
        for end in ended:
            end()
    return [s for s in seen if not s.startswith("--")]  # "--": a virtual table's own statement


def test_a_campaign_without_runs_pays_no_statement(store: Store) -> None:
    service = ActivitiesService(store)
    clock = MockClock(store)
    clock.set(parse_ms("2026-03-01T08:00:00Z"))
    RunService(store, clock).create(
        "runs", "runs", {"Schedule": {"StartTime": "2026-03-01T09:00:00Z"}}
    )
    page = lambda: service.get_activities_page("plain", "plain")  # noqa: E731
    _statements(store, page)  # the first read of this generation learns which campaigns have runs
    store.add_activities("plain", "plain", activities(1, "new"))  # read anew (page cache)
    steady = _statements(store, page)
    assert not [s for s in steady if "runs" in s], steady
    # The snapshot's row (generation, clock, data_version) and the page, as before runs existed.
    assert len(steady) == 2 and "group_concat" in steady[1], steady
    # Read again while nothing changed: the page comes from the page cache.
    assert len(_statements(store, page)) == 1


def test_a_fresh_run_is_not_synced_again(store: Store) -> None:
    service = ActivitiesService(store)
    clock = MockClock(store)
    clock.set(parse_ms("2026-03-01T08:00:00Z"))
    RunService(store, clock).create(
        "runs", "runs", {"Schedule": {"StartTime": "2026-03-01T09:00:00Z"}}
    )
    page = lambda: service.get_activities_page("runs", "runs")  # noqa: E731
    _statements(store, page)
    steady = _statements(store, page)
    assert not [s for s in steady if s.startswith(("BEGIN IMMEDIATE", "UPDATE", "INSERT"))], steady
    clock.set(parse_ms("2026-03-01T09:00:01Z"))  # the run started: its body changed
    synced = _statements(store, page)
    assert any(s.startswith("UPDATE activities") for s in synced), synced
    assert b'"State":"INITIALIZING"' in service.get_activities_page("runs", "runs")
