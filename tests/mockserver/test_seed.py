"""Demo and synthetic data: exact spec examples, plausibility, determinism."""

from __future__ import annotations

import itertools
import json
import random
import sqlite3
import subprocess
import sys
import textwrap
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mockserver.activity import prepare
from mockserver.errors import ConflictError
from mockserver.seed import (
    DEMO_AB_CAMPAIGN_ID,
    DEMO_ACTIVITY_COUNT,
    DEMO_APPLICATION_ID,
    DEMO_CAMPAIGN_ID,
    DEMO_EMPTY_CAMPAIGN_ID,
    DEMO_NOW,
    SPEC_FIRST_ACTIVITY,
    SPEC_LAST_ACTIVITY,
    load_spec_examples,
    seed_demo,
)
from mockserver.service import ActivitiesService
from mockserver.store import Store
from mockserver.synthetic import seed_synthetic, synthetic_rows
from mockserver.timefmt import iso_ms, parse_ms
from tests.mockserver.helpers import page, spec_enum, walk

STATES = spec_enum("State")
RESULTS = spec_enum("Result")
# The seed data's rule (not the spec's): only activities in these states are over and carry End.
FINISHED_STATES = frozenset({"CANCELLED", "COMPLETED"})


def _dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the data tables (not meta: the token secret is random per file)."""
    with sqlite3.connect(path) as conn:
        return {
            table: conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in ("applications", "campaigns", "activities")
        }


def _all_activities(store: Store) -> list[dict[str, Any]]:
    return [
        item
        for app in store.application_ids()
        for campaign in store.campaign_ids(app)
        for item in store.activities(app, campaign)
    ]


def assert_plausible(item: dict[str, Any]) -> None:
    """The consistency rules that the demo and synthetic data keep."""
    state = item["State"]
    assert state in STATES
    assert ("End" in item) == (state in FINISHED_STATES), item
    if "Result" in item:
        assert item["Result"] in RESULTS and state in FINISHED_STATES, item
    if state == "COMPLETED":
        assert "Result" in item, item
    assert item["SuccessfulEndpointCount"] <= item["TotalEndpointCount"], item
    assert item["TimezonesCompletedCount"] <= item["TimezonesTotalCount"], item
    if state == "PENDING":
        assert "Start" not in item and item["TotalEndpointCount"] == 0, item
    else:
        assert parse_ms(item["ScheduledStart"]) <= parse_ms(item["Start"]), item
    if "End" in item:
        assert parse_ms(item["Start"]) < parse_ms(item["End"]), item
    for key in ("ScheduledStart", "Start", "End"):
        if key in item:
            assert item[key] == iso_ms(parse_ms(item[key])), item  # ms precision and Z
    prepare(item, item["ApplicationId"], item["CampaignId"])  # the spec: enums, int32, formats


def test_mirrored_examples_equal_the_spec() -> None:
    first, last = load_spec_examples()
    assert first == SPEC_FIRST_ACTIVITY
    assert last == SPEC_LAST_ACTIVITY
    assert load_spec_examples(Path("/nonexistent.yaml")) == (first, last)


def test_demo_contains_the_spec_examples_verbatim(demo_store: Store) -> None:
    service = ActivitiesService(demo_store)
    pages = walk(service, DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID)
    assert [len(p) for p in pages] == [20, 20, 17]
    assert DEMO_ACTIVITY_COUNT == 57
    first_page = page(service, DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID)
    assert first_page["Item"][0] == SPEC_FIRST_ACTIVITY
    assert list(first_page["Item"][0]) == list(SPEC_FIRST_ACTIVITY)  # key order too
    items = demo_store.activities(DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID)
    assert items[-1] == SPEC_LAST_ACTIVITY
    # Chronological: one activity every three hours from the first example to the last.
    starts = [parse_ms(i["ScheduledStart"]) for i in items]
    assert all(b - a == 3 * 3_600_000 for a, b in itertools.pairwise(starts))


def test_demo_covers_every_state_and_result(demo_store: Store) -> None:
    items = _all_activities(demo_store)
    states = Counter(i["State"] for i in items)
    results = Counter(i.get("Result") for i in items)
    assert set(states) == set(STATES)
    assert set(RESULTS) <= set(results)
    assert len({i["Id"] for i in items}) == len(items)
    now = parse_ms(DEMO_NOW)
    for item in items:
        assert_plausible(item)
        assert (parse_ms(item["ScheduledStart"]) > now) == (item["State"] == "PENDING"), item
        assert all(parse_ms(item[k]) < now for k in ("Start", "End") if k in item), item
    treatments = {
        i.get("TreatmentId")
        for i in demo_store.activities(DEMO_APPLICATION_ID, DEMO_AB_CAMPAIGN_ID)
    }
    assert treatments == {"0", "1", "2"}
    assert demo_store.treatments(DEMO_APPLICATION_ID, DEMO_AB_CAMPAIGN_ID) == ("0", "1", "2")
    assert len(demo_store.application_ids()) >= 2
    assert len(demo_store.campaign_ids(DEMO_APPLICATION_ID)) >= 3
    assert demo_store.count_activities(DEMO_APPLICATION_ID, DEMO_EMPTY_CAMPAIGN_ID) == 0


def test_demo_seeds_only_an_empty_database(store: Store) -> None:
    assert seed_demo(store) is True
    before = store.count_activities(DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID)
    assert seed_demo(store) is False
    assert store.count_activities(DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID) == before


def test_demo_is_deterministic(tmp_path: Path) -> None:
    for name in ("a", "b"):
        with Store(tmp_path / f"{name}.sqlite3") as store:
            seed_demo(store)
    assert _dump(tmp_path / "a.sqlite3") == _dump(tmp_path / "b.sqlite3")


def test_synthetic_is_deterministic_and_seed_dependent(tmp_path: Path) -> None:
    results = []
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        with Store(tmp_path / f"{name}.sqlite3") as store:
            results.append(seed_synthetic(store, apps=2, campaigns=3, activities=40, seed=seed))
    assert results[0] == results[1] != results[2]
    assert _dump(tmp_path / "a.sqlite3") == _dump(tmp_path / "b.sqlite3")
    assert _dump(tmp_path / "a.sqlite3") != _dump(tmp_path / "c.sqlite3")


def test_synthetic_ids_do_not_depend_on_counts(tmp_path: Path) -> None:
    with Store(tmp_path / "a.sqlite3") as a, Store(tmp_path / "b.sqlite3") as b:
        small = seed_synthetic(a, apps=1, campaigns=2, activities=5, seed=1)
        large = seed_synthetic(b, apps=1, campaigns=2, activities=50, seed=1)
    assert small == large


def test_synthetic_data_is_plausible_and_matches_the_model_encoding(store: Store) -> None:
    added = seed_synthetic(store, apps=1, campaigns=3, activities=400, seed=3)
    app = added[0].application_id
    assert store.treatments(app, added[0].campaign_ids[2]) == ("0", "1")
    states: Counter[str] = Counter()
    for campaign_id in added[0].campaign_ids:
        rows = store.connection().execute(
            "SELECT body FROM activities WHERE campaign_pk = ? ORDER BY seq",
            (store.resolve_campaign(app, campaign_id),),
        )
        previous = 0
        for (body,) in rows:
            item = json.loads(body)
            # The template-built JSON is byte for byte what activity.prepare makes of it.
            assert prepare(item, app, campaign_id).body == body
            assert_plausible(item)
            scheduled = parse_ms(item["ScheduledStart"])
            assert scheduled > previous
            previous = scheduled
            states[item["State"]] += 1
    assert {"PENDING", "COMPLETED", "CANCELLED"} <= set(states)
    assert states["COMPLETED"] > states["CANCELLED"]


@pytest.mark.parametrize("count", [0, 1, 2, 9, 10, 11])
def test_synthetic_small_counts(count: int) -> None:
    rows = list(synthetic_rows(random.Random(0), "a", "c", count))
    assert len(rows) == count
    for row in rows:
        activity_id, body = row
        assert_plausible(json.loads(body))
        assert json.loads(body)["Id"] == activity_id


def test_seeding_the_same_seed_twice_is_refused_without_partial_data(store: Store) -> None:
    seed_synthetic(store, apps=1, campaigns=1, activities=10, seed=9)
    before = _all_activities(store)
    with pytest.raises(ConflictError):
        seed_synthetic(store, apps=2, campaigns=1, activities=10, seed=9)
    assert _all_activities(store) == before


class _Interrupted(Exception):
    """Stands in for Ctrl-C between two committed batches."""


def _interrupt_after(batches: int) -> Callable[[int], None]:
    seen = 0

    def on_batch(_: int) -> None:
        nonlocal seen
        seen += 1
        if seen == batches:
            raise _Interrupted

    return on_batch


def test_an_interrupted_seed_resumes_where_it_stopped(tmp_path: Path) -> None:
    args: dict[str, Any] = {"apps": 1, "campaigns": 3, "activities": 30, "seed": 4}
    with Store(tmp_path / "whole.sqlite3") as whole:
        expected = seed_synthetic(whole, **args, batch_size=7)
        with pytest.raises(ConflictError, match="nothing to add"):
            seed_synthetic(whole, **args)
    with Store(tmp_path / "resumed.sqlite3") as resumed:
        with pytest.raises(_Interrupted):  # in the second campaign
            seed_synthetic(resumed, **args, batch_size=7, on_progress=_interrupt_after(6))
        counts = [c.activity_count for c in resumed.list_applications()[0].campaigns]
        assert counts == [30, 7, 0]  # 5 batches of the first campaign, 1 of the second
        with pytest.raises(ConflictError, match="not this seed's"):  # other data
            seed_synthetic(resumed, **{**args, "activities": 40})
        progress: list[int] = []
        assert (
            seed_synthetic(resumed, **args, batch_size=7, on_progress=progress.append) == expected
        )
        assert sum(progress) == 90  # what was there, then what was added
    # The same rows, positions and last_seqs as a seed never interrupted.
    assert _dump(tmp_path / "resumed.sqlite3") == _dump(tmp_path / "whole.sqlite3")


_KILLED_SEED = textwrap.dedent(
    """
    import sys, time
    from mockserver.store import Store
    from mockserver.synthetic import seed_synthetic

    def on_batch(size):
        print("batch", flush=True)
        time.sleep(0.05)

    with Store(sys.argv[1]) as store:
        seed_synthetic(store, apps=1, campaigns=2, activities=400, seed=8, batch_size=50,
                       on_progress=on_batch)
    """
)


def test_a_seed_killed_with_sigkill_resumes_to_the_same_data(tmp_path: Path) -> None:
    db = tmp_path / "killed.sqlite3"
    process = subprocess.Popen(
        [sys.executable, "-c", _KILLED_SEED, str(db)],
        cwd=Path(__file__).resolve().parents[2],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    try:
        for _ in range(5):
            assert process.stdout.readline() == "batch\n"
    finally:
        process.kill()  # SIGKILL: no cleanup runs
        process.wait(timeout=30)
        process.stdout.close()
    with Store(db) as store:
        stored = sum(c.activity_count for a in store.list_applications() for c in a.campaigns)
        assert 250 <= stored < 800 and stored % 50 == 0  # whole batches only
        seed_synthetic(store, apps=1, campaigns=2, activities=400, seed=8)
    with Store(tmp_path / "whole.sqlite3") as whole:
        seed_synthetic(whole, apps=1, campaigns=2, activities=400, seed=8)
    assert _dump(db) == _dump(tmp_path / "whole.sqlite3")


def test_timestamp_format() -> None:
    assert iso_ms(0) == "1970-01-01T00:00:00.000Z"
    ms = parse_ms("2026-03-01T09:00:03.512Z")
    assert iso_ms(ms) == "2026-03-01T09:00:03.512Z"
    assert iso_ms(ms + 3_599_999) == "2026-03-01T10:00:03.511Z"
    with pytest.raises(ValueError):
        parse_ms("2026-03-01T09:00:03")
