"""Reproducible synthetic data for load and pagination tests (``python -m mockserver seed``).

Realistic activities in ScheduledStart order, up to millions per campaign: rows are built from
string templates and inserted in batches (Store.bulk_load): a million rows load in about 20 s.

Resumable rather than atomic: a seed killed midway (kill -9, Ctrl-C) leaves whole batches, and
running the same command again continues each campaign where it stopped (the data is a pure
function of the arguments), so a big load is never redone nor left half done. One transaction
for a million rows would instead grow the WAL to the size of the data.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Final

from mockserver.activity import PROPERTIES
from mockserver.errors import ConflictError
from mockserver.storage import ActivityStore
from mockserver.store import DEFAULT_BATCH_SIZE, ActivityRow
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


# The properties synthetic activities fill, in the order of the values each row passes to its
# JSON template, and whether the value is a JSON string (quoted) or a number.
_FILLED: Final = (
    ("Id", True),
    ("ApplicationId", True),
    ("CampaignId", True),
    ("TreatmentId", True),
    ("State", True),
    ("Result", True),
    ("ScheduledStart", True),
    ("Start", True),
    ("End", True),
    ("SuccessfulEndpointCount", False),
    ("TotalEndpointCount", False),
    ("TimezonesTotalCount", False),
    ("TimezonesCompletedCount", False),
)


def _template(*absent: str) -> Callable[..., str]:
    """The ``str.format`` of an activity's JSON: the filled properties but ``absent``, in the
    spec's order (activity.PROPERTIES), each naming its value by position in _FILLED."""
    position = {name: (i, quoted) for i, (name, quoted) in enumerate(_FILLED)}
    members = []
    for name in PROPERTIES:
        if name in position and name not in absent:
            i, quoted = position[name]
            members.append(f'"{name}":"{{{i}}}"' if quoted else f'"{name}":{{{i}}}')
    return ("{{" + ",".join(members) + "}}").format


_PENDING_JSON: Final = _template("Result", "Start", "End")
_LIVE_JSON: Final = _template("Result", "End")
_CANCELLED_JSON: Final = _template("Result")
_COMPLETED_JSON: Final = _template()


def synthetic_rows(
    rng: random.Random,
    application_id: str,
    campaign_id: str,
    count: int,
    treatments: tuple[str, ...] = ("0",),
) -> Iterator[ActivityRow]:
    """Yield ``count`` realistic activities in ScheduledStart order as (Id, JSON) rows.

    The JSON is built from templates, not json.dumps (which adds seconds to a million-row
    load), and must equal what activity.prepare makes of the same item (a test checks it).
    Every value here is hex, an enum, a timestamp or an int, so none needs escaping.
    """
    step = min(_MAX_STEP_MS, max(_MIN_STEP_MS, _SYNTHETIC_SPAN_MS // max(count, 1)))
    step -= step % 60_000  # whole minutes, as schedules are
    pending = min(_PENDING_TAIL, count // 10)
    live = 1 if count - pending > 1 else 0
    finished = count - pending - live
    # The first PENDING activity is one step after now; the rest go back from there.
    first_ms = _SYNTHETIC_NOW_MS - _SYNTHETIC_NOW_MS % 60_000 - (finished + live - 1) * step
    rand = rng.random
    getrandbits = rng.getrandbits
    k = len(treatments)
    app, camp = application_id, campaign_id
    for index in range(count):
        activity_id = f"{getrandbits(128):032x}"
        treatment = treatments[index % k]
        scheduled_ms = first_ms + index * step
        scheduled = iso_ms(scheduled_ms)
        timezones = 1 + int(rand() * 24)
        if index >= finished + live:  # PENDING
            body = _PENDING_JSON(
                activity_id, app, camp, treatment, "PENDING", None, scheduled, None, None,
                0, 0, timezones, 0,
            )  # fmt: skip
            yield activity_id, body.encode("ascii")
            continue
        total = 100 + int(rand() * 50_000)
        start_ms = scheduled_ms + 1_000 + int(rand() * 5_000)
        start = iso_ms(start_ms)
        duration = 60_000 + int(rand() * 3_540_000)
        if index >= finished:  # the live one
            state = ("RUNNING", "PAUSED", "INITIALIZING")[int(rand() * 3)]
            done = 0.0 if state == "INITIALIZING" else 0.1 + rand() * 0.8
            body = _LIVE_JSON(
                activity_id, app, camp, treatment, state, None, scheduled, start, None,
                int(total * done), total, timezones, int(timezones * done),
            )  # fmt: skip
            yield activity_id, body.encode("ascii")
            continue
        draw = rand()
        if draw < 0.04:
            done = 0.1 + rand() * 0.6
            body = _CANCELLED_JSON(
                activity_id, app, camp, treatment, "CANCELLED", None, scheduled, start,
                iso_ms(start_ms + int(duration * done)), int(total * done * 0.97), total,
                timezones, int(timezones * done),
            )  # fmt: skip
        else:
            result = "FAIL" if draw < 0.10 else "SUCCESS"
            share = 0.2 + rand() * 0.6 if result == "FAIL" else 0.97 + rand() * 0.03
            body = _COMPLETED_JSON(
                activity_id, app, camp, treatment, "COMPLETED", result, scheduled, start,
                iso_ms(start_ms + duration), int(total * share), total, timezones, timezones,
            )  # fmt: skip
        yield activity_id, body.encode("ascii")


def _plan(
    seed: int, apps: int, campaigns: int
) -> list[tuple[str, list[tuple[str, tuple[str, ...]]]]]:
    """The applications and campaigns (IDs and treatments) of a seed: from the seed alone."""
    ids = random.Random(f"pinpoint-mock-ids:{seed}")
    plan: list[tuple[str, list[tuple[str, tuple[str, ...]]]]] = []
    for _ in range(apps):
        app_id = _hex_id(ids)
        camps: list[tuple[str, tuple[str, ...]]] = [
            (_hex_id(ids), ("0", "1") if c % 3 == 2 else ("0",)) for c in range(campaigns)
        ]
        plan.append((app_id, camps))
    return plan


def _stored_prefix(
    store: ActivityStore, app_id: str, campaign_id: str, rows: Iterator[ActivityRow]
) -> int:
    """How many of ``rows`` the campaign holds already (it must hold their first n, in order,
    and no other); consumes that many of ``rows``. ConflictError when it holds anything else."""
    count = store.count_activities(app_id, campaign_id)
    if count == 0:
        return 0
    stored = store.last_activity_id(app_id, campaign_id)
    last = None
    for row in islice(rows, count):
        last = row[0]
    if last != stored:
        raise ConflictError(
            f"campaign {campaign_id} holds {count:,} activities that are not this seed's"
        )
    return count


def seed_synthetic(
    store: ActivityStore,
    *,
    apps: int = 1,
    campaigns: int = 1,
    activities: int = 1_000,
    seed: int = 0,
    on_progress: Callable[[int], None] | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_found: Callable[[int], None] | None = None,
) -> list[SyntheticApplication]:
    """Add ``apps`` applications with ``campaigns`` campaigns of ``activities`` each.

    Reproducible: IDs come from the seed alone (not from the counts), activities from the seed
    and their campaign's position, so the same arguments give the same rows. Every third
    campaign is an A/B test with treatments "0" and "1". ``on_progress`` gets each batch's size
    (and, when resuming, the count found already stored); each batch is one transaction.
    ``on_found`` gets, when resuming, each campaign's count found already stored.

    Resumable (see the module docstring): when the seed's applications and campaigns exist,
    each campaign gets the rows it lacks. ConflictError when there is nothing left to add, or
    when some but not all of them exist, or hold other data (another --activities count).
    """
    if min(apps, campaigns, activities) < 0:
        raise ValueError("counts must not be negative")
    plan = _plan(seed, apps, campaigns)
    with store.write() as tx:  # all containers at once: a conflict aborts before any data
        existing = {
            (app.application_id, campaign.campaign_id)
            for app in tx.list_applications()
            for campaign in app.campaigns
        }
        ours = {(app_id, campaign_id) for app_id, camps in plan for campaign_id, _ in camps}
        resuming = bool(ours) and ours <= existing
        if not resuming:
            for a, (app_id, camps) in enumerate(plan):
                tx.add_application(app_id, name=f"Synthetic project {seed}-{a}")
                for c, (campaign_id, treatments) in enumerate(camps):
                    tx.add_campaign(
                        app_id,
                        campaign_id,
                        name=f"Synthetic campaign {seed}-{a}-{c}",
                        treatments=treatments,
                    )
    added = 0
    for a, (app_id, camps) in enumerate(plan):
        for c, (campaign_id, treatments) in enumerate(camps):
            rng = random.Random(f"pinpoint-mock-activities:{seed}:{a}:{c}")
            rows = synthetic_rows(rng, app_id, campaign_id, activities, treatments)
            if resuming:
                done = _stored_prefix(store, app_id, campaign_id, rows)
                if done and on_progress is not None:
                    on_progress(done)
                if on_found is not None:
                    on_found(done)
            added += store.bulk_load(
                app_id, campaign_id, rows, batch_size=batch_size, on_batch=on_progress
            )
    if resuming and not added:
        raise ConflictError(f"nothing to add: every activity of seed {seed} is stored")
    return [SyntheticApplication(app_id, tuple(cid for cid, _ in camps)) for app_id, camps in plan]
