"""Demo data for a first start (``serve`` and ``seed`` add it to an empty database).

The demo uses the spec's example IDs and contains the spec's two example activities verbatim,
read from the spec at run time (so they never drift; a mirrored copy, checked against the spec by
the tests, serves when the spec file is not beside the package). Everything else comes from fixed
random seeds: the same code and seed give the same IDs and bytes.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

from mockserver.errors import ConflictError
from mockserver.storage import ActivityStore, StoreTransaction
from mockserver.timefmt import iso_ms, parse_ms

SPEC_PATH: Final = (
    Path(__file__).resolve().parent.parent / "spec" / "pinpoint-campaign-activities.yaml"
)
_OPERATION_PATH: Final = "/v1/apps/{application-id}/campaigns/{campaign-id}/activities"

# Mirror of the spec's examples firstPage.Item[0] and lastPage.Item[0] (tests keep it equal).
SPEC_FIRST_ACTIVITY: Final[Mapping[str, object]] = {
    "Id": "0d6d5b27a4f54f3a9ce2b3a7d1e8f901",
    "ApplicationId": "4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b",
    "CampaignId": "7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f",
    "TreatmentId": "0",
    "State": "COMPLETED",
    "Result": "SUCCESS",
    "ScheduledStart": "2026-03-01T09:00:00.000Z",
    "Start": "2026-03-01T09:00:03.512Z",
    "End": "2026-03-01T09:41:27.094Z",
    "SuccessfulEndpointCount": 18734,
    "TotalEndpointCount": 19021,
    "TimezonesTotalCount": 12,
    "TimezonesCompletedCount": 12,
}
SPEC_LAST_ACTIVITY: Final[Mapping[str, object]] = {
    "Id": "9a0b1c2d3e4f405162738495a6b7c8d9",
    "ApplicationId": "4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b",
    "CampaignId": "7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f",
    "State": "RUNNING",
    "ScheduledStart": "2026-03-08T09:00:00.000Z",
    "Start": "2026-03-08T09:00:02.201Z",
    "SuccessfulEndpointCount": 5120,
    "TotalEndpointCount": 19044,
    "TimezonesTotalCount": 12,
    "TimezonesCompletedCount": 4,
}

DEMO_SEED: Final = 20260301
DEMO_APPLICATION_ID: Final = str(SPEC_FIRST_ACTIVITY["ApplicationId"])
DEMO_CAMPAIGN_ID: Final = str(SPEC_FIRST_ACTIVITY["CampaignId"])
DEMO_AB_CAMPAIGN_ID: Final = "a1b2c3d4e5f60718293a4b5c6d7e8f90"
DEMO_UPCOMING_CAMPAIGN_ID: Final = "b2c3d4e5f60718293a4b5c6d7e8f90a1"
DEMO_EMPTY_CAMPAIGN_ID: Final = "c3d4e5f60718293a4b5c6d7e8f90a1b2"
DEMO_SECOND_APPLICATION_ID: Final = "5a6b7c8d9e0f41a2b3c4d5e6f7a8b9c0"
DEMO_SECOND_CAMPAIGN_ID: Final = "d4e5f60718293a4b5c6d7e8f90a1b2c3"
# The demo campaign: one activity every 3 hours from the first spec example to the last one.
DEMO_ACTIVITY_COUNT: Final = 57
_DEMO_STEP_MS: Final = 3 * 3_600_000
_DEMO_CANCELLED: Final = frozenset({17, 38})
_DEMO_FAILED: Final = frozenset({9, 26, 44})
# "Now" in the demo world, shortly after the spec's RUNNING example started: everything before
# it has started, only PENDING activities are after it.
DEMO_NOW: Final = "2026-03-08T09:20:00.000Z"


def load_spec_examples(spec_path: Path = SPEC_PATH) -> tuple[dict[str, Any], dict[str, Any]]:
    """Return the first activity of the spec's firstPage and lastPage response examples.

    Falls back to the mirrored copy when the spec is not there (an installed package).
    """
    if not spec_path.is_file():
        return dict(SPEC_FIRST_ACTIVITY), dict(SPEC_LAST_ACTIVITY)
    import yaml  # only here: the server's import path stays free of YAML parsing

    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    examples = spec["paths"][_OPERATION_PATH]["get"]["responses"]["200"]["content"][
        "application/json"
    ]["examples"]
    first = examples["firstPage"]["value"]["Item"][0]
    last = examples["lastPage"]["value"]["Item"][0]
    return dict(first), dict(last)


def _hex_id(rng: random.Random) -> str:
    return f"{rng.getrandbits(128):032x}"


Item = dict[str, object]


def _item(**properties: object) -> Item:
    """An ActivityResponse-shaped item of the properties given, absent ones (None) left out, as
    AWS left out absent members; the store puts them in the spec's order."""
    return {name: value for name, value in properties.items() if value is not None}


def _finished(
    rng: random.Random,
    activity_id: str,
    scheduled_ms: int,
    *,
    state: str,
    result: str | None,
    treatment_id: str | None,
    total: int,
    timezones: int,
) -> Item:
    """A CANCELLED or COMPLETED activity with plausible, mutually consistent numbers."""
    start_ms = scheduled_ms + rng.randint(1_200, 6_000)
    if state == "CANCELLED":
        done = rng.uniform(0.1, 0.7)
        successful = int(total * done * rng.uniform(0.95, 0.99))
        completed_tz = int(timezones * done)
        end_ms = start_ms + int(rng.randint(1_800_000, 2_700_000) * done)
    else:
        share = rng.uniform(0.2, 0.8) if result == "FAIL" else rng.uniform(0.97, 0.995)
        successful = int(total * share)
        completed_tz = timezones
        end_ms = start_ms + rng.randint(1_800_000, 2_700_000)
    return _item(
        Id=activity_id,
        TreatmentId=treatment_id,
        State=state,
        Result=result,
        ScheduledStart=iso_ms(scheduled_ms),
        Start=iso_ms(start_ms),
        End=iso_ms(end_ms),
        SuccessfulEndpointCount=successful,
        TotalEndpointCount=total,
        TimezonesTotalCount=timezones,
        TimezonesCompletedCount=completed_tz,
    )


def _in_progress(
    rng: random.Random,
    activity_id: str,
    scheduled_ms: int,
    *,
    state: str,
    treatment_id: str | None,
    total: int,
    timezones: int,
) -> Item:
    """An INITIALIZING, RUNNING or PAUSED activity: started, no End, no Result."""
    started = state != "INITIALIZING"
    done = rng.uniform(0.15, 0.6) if started else 0.0
    return _item(
        Id=activity_id,
        TreatmentId=treatment_id,
        State=state,
        ScheduledStart=iso_ms(scheduled_ms),
        Start=iso_ms(scheduled_ms + rng.randint(1_200, 6_000)),
        SuccessfulEndpointCount=int(total * done),
        TotalEndpointCount=total if started else 0,
        TimezonesTotalCount=timezones,
        TimezonesCompletedCount=int(timezones * done),
    )


def _pending(activity_id: str, scheduled_ms: int, treatment_id: str | None) -> Item:
    """A PENDING activity: scheduled in the future, nothing counted yet."""
    return _item(
        Id=activity_id,
        TreatmentId=treatment_id,
        State="PENDING",
        ScheduledStart=iso_ms(scheduled_ms),
        SuccessfulEndpointCount=0,
        TotalEndpointCount=0,
        TimezonesTotalCount=0,
        TimezonesCompletedCount=0,
    )


def _demo_campaign(
    rng: random.Random, first: Mapping[str, Any], last: Mapping[str, Any]
) -> list[Item]:
    """The spec's campaign: 57 activities every 3 hours, the spec examples first and last."""
    first_ms = parse_ms(str(first["ScheduledStart"]))
    items: list[Item] = [dict(first)]
    for index in range(1, DEMO_ACTIVITY_COUNT - 1):
        state = "CANCELLED" if index in _DEMO_CANCELLED else "COMPLETED"
        result = None if state == "CANCELLED" else "FAIL" if index in _DEMO_FAILED else "SUCCESS"
        items.append(
            _finished(
                rng,
                _hex_id(rng),
                first_ms + index * _DEMO_STEP_MS,
                state=state,
                result=result,
                treatment_id="0",
                total=rng.randint(18_900, 19_100),
                timezones=12,
            )
        )
    items.append(dict(last))
    return items


def _demo_ab_campaign(rng: random.Random) -> list[Item]:
    """An A/B test with treatments 0, 1, 2: one activity per treatment, daily for 8 days."""
    items: list[Item] = []
    day0 = parse_ms("2026-03-01T08:00:00.000Z")
    live_states = {"0": "RUNNING", "1": "PAUSED", "2": "INITIALIZING"}
    for day in range(8):
        scheduled = day0 + day * 86_400_000
        for treatment in ("0", "1", "2"):
            total = rng.randint(6_100, 6_500)
            if day < 7:  # the last day's run is still going on the demo's "now"
                result = "FAIL" if (day, treatment) == (4, "2") else "SUCCESS"
                items.append(
                    _finished(
                        rng,
                        _hex_id(rng),
                        scheduled,
                        state="COMPLETED",
                        result=result,
                        treatment_id=treatment,
                        total=total,
                        timezones=8,
                    )
                )
            else:
                items.append(
                    _in_progress(
                        rng,
                        _hex_id(rng),
                        scheduled,
                        state=live_states[treatment],
                        treatment_id=treatment,
                        total=total,
                        timezones=8,
                    )
                )
    return items


def _demo_second_campaign(rng: random.Random) -> list[Item]:
    """A weekly win-back campaign of the second application."""
    items: list[Item] = []
    week0 = parse_ms("2026-02-01T08:30:00.000Z")
    plan: tuple[tuple[str, str | None], ...] = (
        ("COMPLETED", "SUCCESS"),
        ("COMPLETED", "FAIL"),
        ("CANCELLED", None),
        ("COMPLETED", "SUCCESS"),
        ("COMPLETED", "SUCCESS"),
    )
    for week, (state, result) in enumerate(plan):
        items.append(
            _finished(
                rng,
                _hex_id(rng),
                week0 + week * 7 * 86_400_000,
                state=state,
                result=result,
                treatment_id="0",
                total=rng.randint(2_000, 2_400),
                timezones=4,
            )
        )
    items.append(
        _in_progress(
            rng,
            _hex_id(rng),
            week0 + 5 * 7 * 86_400_000,
            state="RUNNING",
            treatment_id="0",
            total=rng.randint(2_000, 2_400),
            timezones=4,
        )
    )
    return items


def _add_demo(tx: StoreTransaction, spec_path: Path) -> None:
    first, last = load_spec_examples(spec_path)
    rng = random.Random(DEMO_SEED)
    app = tx.add_application(DEMO_APPLICATION_ID, name="Demo project")
    tx.add_campaign(app, DEMO_CAMPAIGN_ID, name="Spring launch reminders")
    tx.add_activities(app, DEMO_CAMPAIGN_ID, _demo_campaign(rng, first, last))
    tx.add_campaign(
        app, DEMO_AB_CAMPAIGN_ID, name="Subject line A/B test", treatments=("0", "1", "2")
    )
    tx.add_activities(app, DEMO_AB_CAMPAIGN_ID, _demo_ab_campaign(rng))
    tx.add_campaign(app, DEMO_UPCOMING_CAMPAIGN_ID, name="Upcoming webinar series")
    upcoming = parse_ms("2026-03-09T16:00:00.000Z")
    tx.add_activities(
        app,
        DEMO_UPCOMING_CAMPAIGN_ID,
        [_pending(_hex_id(rng), upcoming + week * 7 * 86_400_000, "0") for week in range(3)],
    )
    tx.add_campaign(app, DEMO_EMPTY_CAMPAIGN_ID, name="Draft: summer sale")
    second = tx.add_application(DEMO_SECOND_APPLICATION_ID, name="Second demo project")
    tx.add_campaign(second, DEMO_SECOND_CAMPAIGN_ID, name="Win-back")
    tx.add_activities(second, DEMO_SECOND_CAMPAIGN_ID, _demo_second_campaign(rng))


def seed_demo(store: ActivityStore, *, spec_path: Path = SPEC_PATH) -> bool:
    """Add the demo data if the database has no application yet; return whether it did.

    Checked and written in one transaction, so concurrent first starts seed once.
    """
    try:
        with store.write() as tx:
            if not tx.is_empty():
                return False
            _add_demo(tx, spec_path)
    except ConflictError:
        # PostgreSQL: another replica's transaction seeded it first (both saw an empty
        # database; the unique IDs let one commit). SQLite's single writer never gets here.
        if store.is_empty():
            raise
        return False
    return True
