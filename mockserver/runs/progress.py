"""The state of a run's activities at an instant: a pure function of the RunDefinition, its
events (pause, resume, cancel, each at a clock instant) and the instant. Same clock, same answer.

Each occurrence runs on its own *active* time: the time since it started, less the time the run
was paused. An occurrence starts at its ScheduledStart, or at the resume if the run was paused
then; it is INITIALIZING for InitializingSeconds, then RUNNING while each time zone sends (a
zone starts at its local-time instant, never before the initializing ends), then COMPLETED.
While paused, an activity that appeared and is not COMPLETED is PAUSED; after a cancel it is
CANCELLED with End the cancel's instant. Counts are a function of active time, which never goes
down as the instant grows and stops at a cancel: so counts never go down and freeze at a cancel.

Appearance: occurrence 0 appears when the run is created, each next one when the previous one
starts (never after a cancel), so activities appear in the order of their occurrences.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Final

from mockserver.runs.definition import RunDefinition
from mockserver.runs.schedule import zone_starts
from mockserver.timefmt import iso_ms

Event = tuple[str, int]  # ("PAUSE" | "RESUME" | "CANCEL", ms)
FINAL: Final = frozenset({"COMPLETED", "CANCELLED"})


def activity_id(run_id: str, occurrence: int, treatment_id: str) -> str:
    """The activity's Id: 32 hex digits like Pinpoint's, the same for the same activity."""
    return hashlib.sha256(f"{run_id}/{occurrence}/{treatment_id}".encode()).hexdigest()[:32]


def treatment_shares(endpoints: int, percentages: Sequence[int]) -> list[int]:
    """Split a zone's endpoints by percentage; largest remainders (then the first) get the
    rest, so the shares add up to ``endpoints``."""
    shares = [endpoints * p // 100 for p in percentages]
    rests = sorted(range(len(percentages)), key=lambda i: (-(endpoints * percentages[i] % 100), i))
    for i in rests[: endpoints - sum(shares)]:
        shares[i] += 1
    return shares


@dataclass(frozen=True, slots=True)
class Timeline:
    """A run's pauses and cancel, for measuring active time."""

    pauses: tuple[tuple[int, int | None], ...]  # [pause, resume) intervals; None: still paused
    cancel: int | None

    @classmethod
    def of(cls, events: Sequence[Event]) -> Timeline:
        pauses: list[tuple[int, int | None]] = []
        cancel = None
        for kind, moment in events:
            if kind == "PAUSE":
                pauses.append((moment, None))
            elif kind == "RESUME" and pauses and pauses[-1][1] is None:
                pauses[-1] = (pauses[-1][0], moment)
            elif kind == "CANCEL":
                cancel = moment
        return cls(tuple(pauses), cancel)

    def horizon(self, t: int) -> int:
        """Where time stops for the run: the instant, or the cancel."""
        return t if self.cancel is None else min(t, self.cancel)

    def paused_at(self, t: int) -> bool:
        return any(p <= t and (r is None or t < r) for p, r in self.pauses)

    def first_active(self, s: int, h: int) -> int | None:
        """The first instant from ``s`` on that is not paused, if it is at most ``h``."""
        for p, r in self.pauses:
            if p <= s and (r is None or s < r):
                if r is None:
                    return None
                s = r
        return s if s <= h else None

    def active(self, a: int, b: int) -> int:
        """Milliseconds of [a, b] outside the pauses."""
        total = b - a
        for p, r in self.pauses:
            lo, hi = max(a, p), min(b, b if r is None else r)
            if hi > lo:
                total -= hi - lo
        return total

    def wall_at(self, start: int, active: int) -> int:
        """The instant at which ``active`` ms have passed outside the pauses since ``start``."""
        moment, left = start, active
        for p, r in self.pauses:
            if r is not None and r <= moment:
                continue
            if p >= moment + left:
                break
            left -= max(0, p - moment)
            if r is None:  # paused for good: never reached (callers check first)
                return moment + left
            moment = max(moment, r)
        return moment + left


@dataclass(frozen=True)
class Occurrence:
    """One occurrence of a run: its zones' start offsets and, per treatment, each zone's
    endpoints and sending window in active time."""

    definition: RunDefinition
    index: int

    @cached_property
    def zone_instants(self) -> tuple[int, ...]:
        d = self.definition
        return zone_starts(d.occurrences[self.index], d.schedule_zone, d.zones, d.local_time)

    @property
    def scheduled(self) -> int:
        return min(self.zone_instants)

    @cached_property
    def windows(self) -> tuple[tuple[tuple[int, int, int], ...], ...]:
        """Per treatment, per zone: (endpoints, start, duration) in active ms."""
        d = self.definition
        shares = [treatment_shares(n, d.percentages) for n in d.zone_endpoints]
        out = []
        for k in range(len(d.treatment_ids)):
            row = []
            for z, instant in enumerate(self.zone_instants):
                n = shares[z][k]
                start = max(instant - self.scheduled, d.initializing_ms)
                if d.seconds_per_zone is not None:
                    duration = round(d.seconds_per_zone * 1000)
                else:
                    assert d.rate is not None
                    duration = math.ceil(n * 1000 / d.rate)
                row.append((n, start, duration))
            out.append(tuple(row))
        return tuple(out)

    def done_at(self, k: int) -> int:
        """Active ms at which treatment ``k``'s activity completes."""
        ends = [start + duration for _, start, duration in self.windows[k]]
        return max([self.definition.initializing_ms, *ends])


def _attempted(window: tuple[int, int, int], e: int) -> int:
    n, start, duration = window
    if e >= start + duration:
        return n
    if e <= start:
        return 0
    return n * (e - start) // duration


@dataclass(frozen=True)
class RunView:
    """A run's activities at any instant. ``created`` is the clock when it was created."""

    run_id: str
    definition: RunDefinition
    created: int
    events: tuple[Event, ...]

    @cached_property
    def timeline(self) -> Timeline:
        return Timeline.of(self.events)

    @cached_property
    def occurrences(self) -> tuple[Occurrence, ...]:
        return tuple(
            Occurrence(self.definition, i) for i in range(len(self.definition.occurrences))
        )

    def started(self, i: int, t: int) -> int | None:
        """When occurrence ``i`` started, if it did by ``t``."""
        timeline = self.timeline
        return timeline.first_active(self.occurrences[i].scheduled, timeline.horizon(t))

    def appeared(self, t: int) -> int:
        """How many occurrences have appeared by ``t`` (0 before the run was created)."""
        if t < self.created:
            return 0
        count, cancel = 1, self.timeline.cancel
        while count < len(self.occurrences):
            start = self.started(count - 1, t)
            if start is None or (cancel is not None and start >= cancel):
                break
            count += 1
        return count

    def settled(self, i: int, t: int) -> bool:
        """Whether every activity of occurrence ``i`` is COMPLETED or CANCELLED at ``t``: then
        it stays as it is for every later instant (with the same events)."""
        timeline = self.timeline
        if timeline.cancel is not None and t >= timeline.cancel:
            return True
        start = self.started(i, t)
        if start is None:
            return False
        done = max(
            self.occurrences[i].done_at(k) for k in range(len(self.definition.treatment_ids))
        )
        return timeline.active(start, timeline.horizon(t)) >= done

    def activity(self, i: int, k: int, t: int) -> dict[str, Any]:
        """ActivityResponse fields of occurrence ``i``, treatment ``k`` at ``t`` (without the
        IDs of the application and campaign)."""
        d, timeline, occurrence = self.definition, self.timeline, self.occurrences[i]
        h = timeline.horizon(t)
        start = self.started(i, t)
        e = -1 if start is None else timeline.active(start, h)
        done = occurrence.done_at(k)
        if start is not None and e >= done:
            state = "COMPLETED"
        elif timeline.cancel is not None and t >= timeline.cancel:
            state = "CANCELLED"
        elif timeline.paused_at(t):
            state = "PAUSED"
        elif start is None:
            state = "PENDING"
        else:
            state = "INITIALIZING" if e < d.initializing_ms else "RUNNING"
        windows = occurrence.windows[k]
        attempted = sum(_attempted(window, e) for window in windows) if e >= 0 else 0
        completed_zones = sum(1 for _, s, dur in windows if e >= s + dur) if e >= 0 else 0
        fields: dict[str, Any] = {
            "Id": activity_id(self.run_id, i, d.treatment_ids[k]),
            "TreatmentId": d.treatment_ids[k],
            "State": state,
        }
        if state == "COMPLETED":
            fields["Result"] = "FAIL" if d.fail else "SUCCESS"
        fields["ScheduledStart"] = iso_ms(occurrence.scheduled)
        if start is not None:
            fields["Start"] = iso_ms(start)
        if state == "COMPLETED":
            assert start is not None
            fields["End"] = iso_ms(timeline.wall_at(start, done))
        elif state == "CANCELLED":
            assert timeline.cancel is not None
            fields["End"] = iso_ms(timeline.cancel)
        fields["SuccessfulEndpointCount"] = int(attempted * (1.0 - d.failure_rate))
        fields["TotalEndpointCount"] = attempted
        fields["TimezonesTotalCount"] = len(windows)
        fields["TimezonesCompletedCount"] = completed_zones
        return fields

    def activities(self, t: int, count: int | None = None) -> list[dict[str, Any]]:
        """Every appeared activity at ``t`` (or the first ``count`` occurrences'), in order."""
        n = self.appeared(t) if count is None else count
        treatments = range(len(self.definition.treatment_ids))
        return [self.activity(i, k, t) for i in range(n) for k in treatments]

    def state(self, t: int) -> str:
        """The run's own state (the Run schema's State)."""
        timeline = self.timeline
        if timeline.cancel is not None and t >= timeline.cancel:
            return "CANCELLED"
        if timeline.paused_at(t):
            return "PAUSED"
        if len(self.occurrences) == self.appeared(t) and all(
            a["State"] == "COMPLETED" for a in self.activities(t, len(self.occurrences))
        ):
            return "COMPLETED"
        return "RUNNING" if self.started(0, t) is not None else "SCHEDULED"

    def next_change(self, t: int, count: int) -> int | None:
        """An instant after ``t`` before which nothing of the first ``count`` occurrences'
        activities (nor which occurrences appeared) changes; None: nothing changes after ``t``
        (a conservative answer: a RUNNING activity says ``t + 1``)."""
        timeline = self.timeline
        candidates = [moment for _, moment in self.events if moment > t]
        if timeline.cancel is not None and t >= timeline.cancel:
            return min(candidates, default=None)
        if count < len(self.occurrences):
            candidates.append(max(t + 1, self.occurrences[count - 1].scheduled))
        if not timeline.paused_at(t):
            for i in range(count):
                start = self.started(i, t)
                if start is None:
                    candidates.append(max(t + 1, self.occurrences[i].scheduled))
                    continue
                e = timeline.active(start, timeline.horizon(t))
                if any(
                    e < self.occurrences[i].done_at(k)
                    for k in range(len(self.definition.treatment_ids))
                ):
                    candidates.append(t + 1)
                    break
        return min(candidates, default=None)
