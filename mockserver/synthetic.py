"""Reproducible synthetic data for load and pagination tests (``python -m mockserver seed``).

Realistic activities in ScheduledStart order, up to millions per campaign: rows are built with
f-strings and inserted in batches (Store.bulk_load): a million rows load in about 20 seconds.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Final

from mockserver.store import ActivityRow, Store
from mockserver.timefmt import iso_ms, parse_ms


def _hex_id(rng: random.Random) -> str:
    return f"{rng.getrandbits(128):032x}"


# The synthetic timeline ends at the retirement of Pinpoint; spacing adapts to the count.
_SYNTHETIC_NOW_MS: Final = parse_ms("2026-10-29T12:00:00.000Z")
_SYNTHETIC_SPAN_MS: Final = 5 * 365 * 86_400_000
_MIN_STEP_MS: Final = 60_000
_MAX_STEP_MS: Final = 86_400_000
_PENDING_TAIL: Final = 3


@dataclass(frozen=True, slots=True)
class SyntheticApplication:
    """What seed_synthetic added: an application and its campaigns' IDs."""

    application_id: str
    campaign_ids: tuple[str, ...]


def synthetic_rows(
    rng: random.Random,
    application_id: str,
    campaign_id: str,
    count: int,
    treatments: tuple[str, ...] = ("0",),
) -> Iterator[ActivityRow]:
    """Yield ``count`` realistic activities in ScheduledStart order, JSON built by hand.

    The hand-built JSON must equal Activity.to_json (a test checks it); it is written out with
    f-strings because a json.dumps per row adds seconds to a million-row load. Every value here
    is hex, an enum, a timestamp or an int, so none needs escaping.
    """
    step = min(_MAX_STEP_MS, max(_MIN_STEP_MS, _SYNTHETIC_SPAN_MS // max(count, 1)))
    step -= step % 60_000  # whole minutes, as schedules are
    pending = min(_PENDING_TAIL, count // 10)
    live = 1 if count - pending > 1 else 0
    finished = count - pending - live
    # The first PENDING activity is one step after now; the rest go back from there.
    first_ms = _SYNTHETIC_NOW_MS - _SYNTHETIC_NOW_MS % 60_000 - (finished + live - 1) * step
    head = f'","ApplicationId":"{application_id}","CampaignId":"{campaign_id}","TreatmentId":"'
    rand = rng.random
    getrandbits = rng.getrandbits
    k = len(treatments)
    for index in range(count):
        activity_id = f"{getrandbits(128):032x}"
        treatment = treatments[index % k]
        scheduled_ms = first_ms + index * step
        scheduled = iso_ms(scheduled_ms)
        timezones = 1 + int(rand() * 24)
        if index >= finished + live:  # PENDING
            body = (
                f'{{"Id":"{activity_id}{head}{treatment}","State":"PENDING",'
                f'"ScheduledStart":"{scheduled}","SuccessfulEndpointCount":0,'
                f'"TotalEndpointCount":0,"TimezonesTotalCount":{timezones},'
                f'"TimezonesCompletedCount":0}}'
            )
            yield (
                activity_id,
                treatment,
                "PENDING",
                None,
                scheduled,
                None,
                None,
                0,
                0,
                timezones,
                0,
                body.encode("ascii"),
            )
            continue
        total = 100 + int(rand() * 50_000)
        start_ms = scheduled_ms + 1_000 + int(rand() * 5_000)
        start = iso_ms(start_ms)
        duration = 60_000 + int(rand() * 3_540_000)
        if index >= finished:  # the live one
            state = ("RUNNING", "PAUSED", "INITIALIZING")[int(rand() * 3)]
            done = 0.0 if state == "INITIALIZING" else 0.1 + rand() * 0.8
            successful = int(total * done)
            completed_tz = int(timezones * done)
            body = (
                f'{{"Id":"{activity_id}{head}{treatment}","State":"{state}",'
                f'"ScheduledStart":"{scheduled}","Start":"{start}",'
                f'"SuccessfulEndpointCount":{successful},"TotalEndpointCount":{total},'
                f'"TimezonesTotalCount":{timezones},"TimezonesCompletedCount":{completed_tz}}}'
            )
            yield (
                activity_id,
                treatment,
                state,
                None,
                scheduled,
                start,
                None,
                successful,
                total,
                timezones,
                completed_tz,
                body.encode("ascii"),
            )
            continue
        draw = rand()
        result: str | None
        if draw < 0.04:
            state, result = "CANCELLED", None
            done = 0.1 + rand() * 0.6
            successful = int(total * done * 0.97)
            completed_tz = int(timezones * done)
            end = iso_ms(start_ms + int(duration * done))
            result_part = ""
        else:
            state = "COMPLETED"
            result = "FAIL" if draw < 0.10 else "SUCCESS"
            share = 0.2 + rand() * 0.6 if result == "FAIL" else 0.97 + rand() * 0.03
            successful = int(total * share)
            completed_tz = timezones
            end = iso_ms(start_ms + duration)
            result_part = f'"Result":"{result}",'
        body = (
            f'{{"Id":"{activity_id}{head}{treatment}","State":"{state}",{result_part}'
            f'"ScheduledStart":"{scheduled}","Start":"{start}","End":"{end}",'
            f'"SuccessfulEndpointCount":{successful},"TotalEndpointCount":{total},'
            f'"TimezonesTotalCount":{timezones},"TimezonesCompletedCount":{completed_tz}}}'
        )
        yield (
            activity_id,
            treatment,
            state,
            result,
            scheduled,
            start,
            end,
            successful,
            total,
            timezones,
            completed_tz,
            body.encode("ascii"),
        )


def seed_synthetic(
    store: Store,
    *,
    apps: int = 1,
    campaigns: int = 1,
    activities: int = 1_000,
    seed: int = 0,
    on_progress: Callable[[int], None] | None = None,
) -> list[SyntheticApplication]:
    """Add ``apps`` applications with ``campaigns`` campaigns of ``activities`` each.

    Reproducible: IDs come from the seed alone (not from the counts), activities from the seed
    and their campaign's position, so the same arguments give the same rows. Every third
    campaign is an A/B test with treatments "0" and "1". ``on_progress`` gets each batch's size.
    """
    if min(apps, campaigns, activities) < 0:
        raise ValueError("counts must not be negative")
    ids = random.Random(f"pinpoint-mock-ids:{seed}")
    plan: list[tuple[str, list[tuple[str, tuple[str, ...]]]]] = []
    for _ in range(apps):
        app_id = _hex_id(ids)
        camps: list[tuple[str, tuple[str, ...]]] = [
            (_hex_id(ids), ("0", "1") if c % 3 == 2 else ("0",)) for c in range(campaigns)
        ]
        plan.append((app_id, camps))
    with store.write() as tx:  # all containers at once: a conflict aborts before any data
        for a, (app_id, camps) in enumerate(plan):
            tx.add_application(app_id, name=f"Synthetic project {seed}-{a}")
            for c, (campaign_id, treatments) in enumerate(camps):
                tx.add_campaign(
                    app_id,
                    campaign_id,
                    name=f"Synthetic campaign {seed}-{a}-{c}",
                    treatments=treatments,
                )
    for a, (app_id, camps) in enumerate(plan):
        for c, (campaign_id, treatments) in enumerate(camps):
            rng = random.Random(f"pinpoint-mock-activities:{seed}:{a}:{c}")
            store.bulk_load(
                app_id,
                campaign_id,
                synthetic_rows(rng, app_id, campaign_id, activities, treatments),
                on_batch=on_progress,
            )
    return [SyntheticApplication(app_id, tuple(cid for cid, _ in camps)) for app_id, camps in plan]
