"""Campaign runs for the control plane (create, list, pause ...) and for the read path.

Serving: a run's activities are rows of the activities table, one per appeared occurrence and
treatment, inserted in appearance order through the normal write path (WriteTransaction.
insert_rows), so a new one always gets a higher seq than every row before it and NextTokens stay
exact. Their bodies are the run's state at the instant they were synced and are rewritten in
place (same seq) when stale: before a page of a campaign with runs is read, RunSync brings them
to the mock's clock now in one write transaction, and only when a run says its bodies changed
since (``runs.fresh_until_ms``). Why rows and not bodies computed per read: the page stays one
range scan of stored bytes, the same code for every campaign, and campaigns without runs pay no
statement at all: which campaigns have runs is read once per store generation (bumped when runs
are added or removed), as Store keeps its campaign keys.
"""

from __future__ import annotations

import json
import threading
from functools import lru_cache
from typing import Any, Final

from mockserver.activity import PROPERTIES, new_id, prepare
from mockserver.clock import MockClock
from mockserver.errors import ConflictError, NotFoundError
from mockserver.runs import storage
from mockserver.runs.definition import RunDefinition, from_body
from mockserver.runs.progress import RunView, activity_id
from mockserver.storage import ActivityStore, StoreTransaction
from mockserver.timefmt import iso_ms

_SERVED: Final = frozenset(PROPERTIES)


class RunNotFoundError(NotFoundError):
    """The run does not exist in the campaign (404)."""

    def __init__(self, run_id: str) -> None:
        super().__init__(f"Run not found: {run_id[:128]}")


@lru_cache(maxsize=256)
def _definition(stored: str) -> RunDefinition:
    return from_body(json.loads(stored))


def view_of(row: storage.RunRow) -> RunView:
    """The pure view of a stored run."""
    return RunView(row.run_id, _definition(row.definition), row.created_ms, row.events)


def _body(fields: dict[str, Any], application_id: str, campaign_id: str) -> bytes:
    """The served JSON, built and checked by the spec's ActivityResponse (a property the spec
    does not declare is left out)."""
    served = {key: value for key, value in fields.items() if key in _SERVED}
    return prepare(served, application_id, campaign_id).body


class RunService:
    """Runs over one Store and its clock."""

    def __init__(self, store: ActivityStore, clock: MockClock | None = None) -> None:
        self.store = store
        self.clock = clock or MockClock(store)

    # The control plane ------------------------------------------------------------------------

    def create(self, application_id: str, campaign_id: str, body: dict[str, Any]) -> dict[str, Any]:
        """Start a run (ActivityValidationError naming the field, NotFoundError)."""
        self.store.resolve_campaign(application_id, campaign_id)  # 404 before a bad body
        definition = from_body(body)
        with self.store.write() as tx:
            campaign_pk = tx.lock_campaign(application_id, campaign_id)  # writers in turn
            known = tx.campaign(application_id, campaign_id).treatment_ids
            missing = [t for t in definition.treatment_ids if t not in known]
            if missing:
                tx.put_campaign(application_id, campaign_id, treatment_ids=(*known, *missing))
            now = self.clock.now_ms()
            run_id = new_id()
            conn = self.store.connection()
            storage.insert_run(conn, campaign_pk, run_id, definition.to_json(), now)
            self._sync(tx, application_id, campaign_id, campaign_pk, now, full=True)
            row = storage.run_of(conn, campaign_pk, run_id)
        assert row is not None
        return self._wire(row, application_id, campaign_id, now)

    def list_runs(self, application_id: str, campaign_id: str) -> list[dict[str, Any]]:
        """The campaign's runs as they are now."""
        campaign_pk = self.store.resolve_campaign(application_id, campaign_id)
        now = self.clock.now_ms()
        rows = storage.runs_of(self.store.connection(), campaign_pk)
        return [self._wire(row, application_id, campaign_id, now) for row in rows]

    def get(self, application_id: str, campaign_id: str, run_id: str) -> dict[str, Any]:
        """One run as it is now (RunNotFoundError)."""
        campaign_pk = self.store.resolve_campaign(application_id, campaign_id)
        now = self.clock.now_ms()
        row = storage.run_of(self.store.connection(), campaign_pk, run_id)
        if row is None:
            raise RunNotFoundError(run_id)
        return self._wire(row, application_id, campaign_id, now)

    def delete(self, application_id: str, campaign_id: str, run_id: str) -> None:
        """Remove the run and its activities."""
        with self.store.write() as tx:
            campaign_pk = tx.lock_campaign(application_id, campaign_id)  # writers in turn
            conn = self.store.connection()
            row = storage.run_of(conn, campaign_pk, run_id)
            if row is None:
                raise RunNotFoundError(run_id)
            treatments = _definition(row.definition).treatment_ids
            ids = [activity_id(run_id, i, t) for i in range(row.appeared) for t in treatments]
            storage.delete_run(conn, row.pk, campaign_pk, ids)

    def event(
        self, application_id: str, campaign_id: str, run_id: str, kind: str
    ) -> dict[str, Any]:
        """Pause, resume or cancel the run at the clock now (ConflictError when its state
        does not allow it). An event is never before the run's last one, even if the clock
        was set back: events stay in order."""
        with self.store.write() as tx:
            campaign_pk = tx.lock_campaign(application_id, campaign_id)  # writers in turn
            conn = self.store.connection()
            row = storage.run_of(conn, campaign_pk, run_id)
            if row is None:
                raise RunNotFoundError(run_id)
            now = self.clock.now_ms()
            moment = max([now, row.created_ms, *(m for _, m in row.events)])
            state = view_of(row).state(moment)
            allowed = {"PAUSE": ("SCHEDULED", "RUNNING"), "RESUME": ("PAUSED",)}.get(
                kind, ("SCHEDULED", "RUNNING", "PAUSED")
            )
            if state not in allowed:
                verb = {"PAUSE": "paused", "RESUME": "resumed"}.get(kind, "cancelled")
                raise ConflictError(f"run {run_id} is {state}: it cannot be {verb}")
            storage.set_events(conn, row.pk, (*row.events, (kind, moment)))
            self._sync(tx, application_id, campaign_id, campaign_pk, now, full=True)
            row = storage.run_of(conn, campaign_pk, run_id)
        assert row is not None
        return self._wire(row, application_id, campaign_id, now)

    def _wire(
        self, row: storage.RunRow, application_id: str, campaign_id: str, now: int
    ) -> dict[str, Any]:
        view = view_of(row)
        definition = view.definition
        return {
            "RunId": row.run_id,
            "ApplicationId": application_id,
            "CampaignId": campaign_id,
            "State": view.state(now),
            "CreatedAt": iso_ms(row.created_ms),
            **definition.wire(),
            "Events": [{"Type": kind, "Time": iso_ms(moment)} for kind, moment in row.events],
            "ActivityCount": view.appeared(now) * len(definition.treatment_ids),
            "Now": iso_ms(now),
        }

    # The read path ----------------------------------------------------------------------------

    def sync(self, application_id: str, campaign_id: str) -> None:
        """Bring the campaign's run activities to the clock now (RunSync calls it when one is
        stale)."""
        with self.store.write() as tx:
            campaign_pk = tx.lock_campaign(application_id, campaign_id)  # writers in turn
            self._sync(tx, application_id, campaign_id, campaign_pk, self.clock.now_ms())

    def _sync(
        self,
        tx: StoreTransaction,
        application_id: str,
        campaign_id: str,
        campaign_pk: int,
        now: int,
        *,
        full: bool = False,
    ) -> None:
        """Inside the write: rewrite stale bodies, insert the occurrences that appeared (all
        runs' new rows in appearance order), record until when each run holds. ``full``
        rewrites every body (after an event, which changes what earlier instants said)."""
        conn = self.store.connection()
        updates: list[tuple[str, bytes]] = []
        inserts: list[tuple[tuple[int, int, int, int], str, bytes]] = []
        for row in storage.runs_of(conn, campaign_pk):
            if not full and row.fresh_at(now):
                continue
            view = view_of(row)
            treatments = range(len(view.definition.treatment_ids))
            appeared = max(row.appeared, view.appeared(now))
            for i in range(row.appeared):
                if not full and row.synced_ms <= now and view.settled(i, row.synced_ms):
                    continue  # final when last written, and the clock has not gone back
                for k in treatments:
                    fields = view.activity(i, k, now)
                    if full or fields != view.activity(i, k, row.synced_ms):
                        updates.append((fields["Id"], _body(fields, application_id, campaign_id)))
            for i in range(row.appeared, appeared):
                started = view.started(i - 1, now) if i else None
                appear = row.created_ms if started is None else max(row.created_ms, started)
                for k in treatments:
                    fields = view.activity(i, k, now)
                    body = _body(fields, application_id, campaign_id)
                    inserts.append(((appear, row.pk, i, k), fields["Id"], body))
            storage.set_synced(conn, row.pk, appeared, now, view.next_change(now, appeared))
        if updates:
            storage.update_bodies(conn, campaign_pk, updates)
        if inserts:
            inserts.sort(key=lambda insert: insert[0])
            tx.insert_rows(campaign_pk, [(activity, body) for _, activity, body in inserts])


class _Seen(threading.local):
    generation: int | None = None
    campaigns: frozenset[int] = frozenset()


class RunSync:
    """The read path's hook: before a page is read, bring the campaign's runs to the clock.

    Which campaigns have runs is read once per store generation and thread (inside the shared
    read snapshot, whose generation Store read already), so a campaign without runs costs a set
    lookup and no statement.
    """

    def __init__(self, store: ActivityStore, clock: MockClock | None = None) -> None:
        self.store = store
        self.runs = RunService(store, clock)
        self._seen = _Seen()
        self._generation = store.snapshot_generation  # bound once: every page calls it

    def before_read(self, application_id: str, campaign_id: str, campaign_pk: int) -> None:
        """Sync the campaign's stale run activities, if it has runs."""
        seen = self._seen
        generation = self._generation()
        if generation != seen.generation or generation is None:
            seen.campaigns = storage.campaigns_with_runs(self.store.connection())
            seen.generation = generation
        if campaign_pk not in seen.campaigns or self.store.read_only:
            return  # a read-only store serves run activities as they were last synced
        now = self.runs.clock.now_ms()
        if storage.has_stale_run(self.store.connection(), campaign_pk, now):
            self.runs.sync(application_id, campaign_id)
