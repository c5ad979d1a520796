"""Property tests of the run engine over random schedules, segments, treatments, delivery
rates, pauses, resumes, cancels and clock steps: the invariants of the reference at every
instant, the same answer for the same clock, and the store's synced rows equal to the pure
view (so the read path's staleness bookkeeping never serves an old body)."""

from __future__ import annotations

import contextlib
import json
import uuid
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mockserver.activity import prepare
from mockserver.clock import MockClock
from mockserver.runs.definition import RunDefinition, from_body
from mockserver.runs.progress import RunView
from mockserver.runs.service import RunService
from mockserver.service import ActivitiesService
from mockserver.store import Store
from mockserver.timefmt import iso_ms, parse_ms

T0 = parse_ms("2026-03-07T12:00:00Z")  # a day before New York's switch to summer time
ZONES = ["UTC", "America/New_York", "Asia/Tokyo", "Asia/Kolkata", "UTC-03:30", "Europe/Berlin"]
COUNTERS = ("SuccessfulEndpointCount", "TotalEndpointCount", "TimezonesCompletedCount")
EXAMPLES = settings(max_examples=150, deadline=None, database=None)


@st.composite
def bodies(draw: st.DrawFn) -> dict[str, Any]:
    frequency = draw(st.sampled_from(["ONCE", "HOURLY", "DAILY", "WEEKLY", "MONTHLY"]))
    start = T0 + draw(st.integers(-3_600_000, 3 * 3_600_000))
    schedule: dict[str, Any] = {
        "StartTime": iso_ms(start),
        "Frequency": frequency,
        "IsLocalTime": draw(st.booleans()),
        "Timezone": draw(st.sampled_from(ZONES)),
    }
    if frequency != "ONCE":
        span = {"HOURLY": 3_600_000, "DAILY": 86_400_000}.get(frequency, 40 * 86_400_000)
        schedule["EndTime"] = iso_ms(start + span * draw(st.integers(1, 4)))
    zones = draw(st.lists(st.sampled_from(ZONES), min_size=1, max_size=4, unique=True))
    segment: dict[str, Any] = {"Timezones": [{"Timezone": z} for z in zones]}
    if draw(st.booleans()):
        for zone in segment["Timezones"]:
            zone["EndpointCount"] = draw(st.integers(0, 500))
    else:
        segment["EndpointCount"] = draw(st.integers(0, 2000))
    cut = draw(st.integers(0, 100))
    treatments = [{"TreatmentId": "0", "Percentage": 100}]
    if draw(st.booleans()):
        treatments = [
            {"TreatmentId": "0", "Percentage": cut},
            {"TreatmentId": "B", "Percentage": 100 - cut},
        ]
    delivery: dict[str, Any] = {"InitializingSeconds": draw(st.sampled_from([0, 5, 90]))}
    if draw(st.booleans()):
        delivery["SecondsPerTimezone"] = draw(st.sampled_from([0, 30, 600, 7200]))
    else:
        delivery["EndpointsPerSecond"] = draw(st.sampled_from([0.5, 3, 100, 10_000]))
    failure = {
        "EndpointFailureRate": draw(st.sampled_from([0, 0.1, 0.5, 1])),
        "Fail": draw(st.booleans()),
    }
    return {"Schedule": schedule, "Segment": segment, "Treatments": treatments,
            "Delivery": delivery, "Failure": failure}  # fmt: skip


# A clock step (ms; rarely backwards) and what to ask of the run then.
STEPS = st.lists(
    st.tuples(
        st.one_of(
            st.integers(0, 120_000), st.integers(0, 40 * 86_400_000), st.integers(-600_000, 0)
        ),
        st.sampled_from([None, None, None, "PAUSE", "RESUME", "CANCEL"]),
    ),
    min_size=1,
    max_size=25,
)
ALLOWED = {"PAUSE": ("SCHEDULED", "RUNNING"), "RESUME": ("PAUSED",), "CANCEL": ("SCHEDULED", "RUNNING", "PAUSED")}  # fmt: skip


def _check_one(item: dict[str, Any]) -> None:
    assert item["TimezonesCompletedCount"] <= item["TimezonesTotalCount"]
    assert 0 <= item["SuccessfulEndpointCount"] <= item["TotalEndpointCount"]
    assert ("End" in item) == (item["State"] in ("CANCELLED", "COMPLETED"))
    assert ("Result" in item) == (item["State"] == "COMPLETED")
    assert "ScheduledStart" in item
    if item["State"] in ("INITIALIZING", "RUNNING", "COMPLETED"):
        assert "Start" in item
    if item["State"] == "PENDING":
        assert "Start" not in item
    if "End" in item and "Start" in item:
        assert parse_ms(item["Start"]) <= parse_ms(item["End"])
    prepare({**item, "ApplicationId": "a", "CampaignId": "c"}, "a", "c")  # the spec's schema


def _events(
    definition: RunDefinition, steps: list[tuple[int, str | None]]
) -> tuple[list[tuple[str, int]], list[int]]:
    """Play the steps as the service does (events never go back, and only those the run's
    state allows); return the events and the increasing instants to look at."""
    events: list[tuple[str, int]] = []
    now = T0
    instants = [T0]
    for step, action in steps:
        now = max(T0, now + step)
        if action is not None:
            moment = max([now, *(m for _, m in events)])
            if RunView("r", definition, T0, tuple(events)).state(moment) in ALLOWED[action]:
                events.append((action, moment))
        instants.append(now)
    return events, sorted(set(instants))


@EXAMPLES
@given(bodies(), STEPS)
def test_invariants_at_every_instant(
    body: dict[str, Any], steps: list[tuple[int, str | None]]
) -> None:
    definition = from_body(body)
    events, instants = _events(definition, steps)
    view = RunView("r", definition, T0, tuple(events))
    last: dict[str, dict[str, Any]] = {}
    appeared = 0
    for t in instants:
        now_appeared = view.appeared(t)
        assert now_appeared >= appeared  # activities never disappear
        appeared = now_appeared
        items = view.activities(t)
        # Events only change what comes after them: the view of the events known at t agrees.
        known = RunView("r", definition, T0, tuple(e for e in events if e[1] <= t))
        assert known.activities(t) == items
        assert RunView("r", from_body(body), T0, tuple(events)).activities(t) == items  # same clock
        starts = [parse_ms(item["ScheduledStart"]) for item in items]
        assert starts == sorted(starts)  # they appear in the order of their occurrences
        treatments = len(definition.treatment_ids)
        for index, item in enumerate(items):
            _check_one(item)
            if item["State"] == "COMPLETED":  # End is the instant it became COMPLETED
                end, occurrence = parse_ms(item["End"]), index // treatments
                assert view.activity(occurrence, index % treatments, end)["State"] == "COMPLETED"
                if end > parse_ms(item["Start"]):
                    before_end = view.activity(occurrence, index % treatments, end - 1)
                    assert before_end["State"] != "COMPLETED", (item, before_end)
            before = last.get(item["Id"])
            if before is not None:
                for counter in COUNTERS:
                    assert item[counter] >= before[counter], (counter, before, item)
                assert item["ScheduledStart"] == before["ScheduledStart"]
                if "Start" in before:
                    assert item.get("Start") == before["Start"]
                if before["State"] in ("COMPLETED", "CANCELLED"):
                    assert item == before  # final: nothing changes any more
            last[item["Id"]] = item
        if any(kind == "CANCEL" for kind, m in events if m <= t):
            assert view.state(t) == "CANCELLED"
            assert {i["State"] for i in items} <= {"CANCELLED", "COMPLETED"}


@settings(
    max_examples=15,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(body=bodies(), steps=STEPS)
def test_served_rows_are_the_pure_view(
    tmp_path: Path, body: dict[str, Any], steps: list[tuple[int, str | None]]
) -> None:
    path = tmp_path / f"{uuid.uuid4().hex}.sqlite3"
    with Store(path) as store:
        store.add_application("app")
        store.add_campaign("app", "cmp")
        clock = MockClock(store)
        clock.set(T0)
        runs = RunService(store, clock)
        service = ActivitiesService(store)
        run = runs.create("app", "cmp", body)
        now = T0
        for step, action in steps:
            now = max(T0, now + step)
            clock.set(now)
            if action is not None:
                with contextlib.suppress(ValueError):  # ConflictError: not in this state
                    runs.event("app", "cmp", run["RunId"], action)
            page = json.loads(service.get_activities_page("app", "cmp", "1000"))["Item"]
            stored = runs.get("app", "cmp", run["RunId"])
            view = RunView(
                run["RunId"],
                from_body(body),
                T0,
                tuple((e["Type"], parse_ms(e["Time"])) for e in stored["Events"]),
            )
            expected = [
                {**item, "ApplicationId": "app", "CampaignId": "cmp"}
                for item in view.activities(now)
            ]
            # In occurrence order; rows never disappear (after the clock went back, later
            # occurrences stay listed, PENDING again), and each is the pure view's item.
            assert [i["Id"] for i in page][: len(expected)] == [e["Id"] for e in expected]
            assert page[: len(expected)] == expected
