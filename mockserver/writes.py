"""The write API of the store, bound to one open write transaction (see ``Store.write``).

Order of activities: ``seq``, given out per campaign as its ``last_seq`` + 1 inside the write
transaction (``BEGIN IMMEDIATE``). SQLite serializes writers, so seq grows in commit order across
threads and processes: an activity committed after a reader took its NextToken always has a larger
seq than the token's position, so walking NextToken returns every activity exactly once even while
others are added (new ones appear at the end). ``last_seq`` never decreases, not when activities
are deleted, and a new campaign starts at the file's high-water mark (meta ``seq_high``, which
takes every deleted campaign's ``last_seq``), so no position is ever given out twice under the
same IDs: a token issued before a delete still walks the rest exactly once.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, Final, Literal, TypeAlias

from mockserver.activity import PreparedActivity, new_id, prepare
from mockserver.control_rows import ControlRows
from mockserver.errors import (
    ActivityValidationError,
    ApplicationNotFoundError,
    ConflictError,
    ValidationError,
)
from mockserver.inventory import (
    AddResult,
    ApplicationInfo,
    CampaignInfo,
    application_info,
    campaign_info,
    campaign_row,
    list_applications,
)

# A pre-validated activity for bulk loads: (Id, served JSON bytes).
ActivityRow: TypeAlias = tuple[str, bytes]
OnDuplicate: TypeAlias = Literal["error", "skip", "replace"]
DEFAULT_TREATMENTS: Final = ("0",)
_INSERT_ACTIVITY_SQL: Final = (
    "INSERT INTO activities (campaign_pk, seq, activity_id, body) VALUES (?, ?, ?, ?)"
)
# The stored activities of some Ids (a JSON array): one index lookup per Id. CROSS JOIN keeps
# the Ids the outer loop; with "activity_id IN (...)" or a plain join SQLite's planner, which has
# no statistics, scans the whole campaign instead (a test EXPLAINs it).
LOOKUP_SQL: Final = (
    "SELECT a.activity_id, a.seq, a.body FROM json_each(?1) AS j"
    " CROSS JOIN activities AS a ON a.campaign_pk = ?2 AND a.activity_id = j.value"
)
_LOOKUP_CHUNK: Final = 10_000
# Folds the last_seq of the campaigns about to be deleted into the high-water mark.
_FOLD_SEQ_HIGH_SQL: Final = (
    "UPDATE meta SET value = max(value, COALESCE((SELECT max(last_seq) FROM campaigns {}), 0))"
    " WHERE key = 'seq_high'"
)
_BUMP_GENERATION_SQL: Final = "UPDATE meta SET value = value + 1 WHERE key = 'generation'"


def check_id(kind: str, value: object) -> None:
    """Refuse an ID that could never be requested: an ID is one path segment of the API."""
    if not isinstance(value, str) or not value or "/" in value:
        raise ValidationError(f"{kind} ID must be a non-empty string without '/', got {value!r}")


def prepare_items(
    items: Iterable[Mapping[str, object]], application_id: str, campaign_id: str
) -> list[PreparedActivity]:
    """Check every item (activity.prepare); an error's pointer starts with /Item/<index>."""
    prepared: list[PreparedActivity] = []
    for index, item in enumerate(items):
        try:
            prepared.append(prepare(item, application_id, campaign_id))
        except ActivityValidationError as exc:
            raise exc.within(f"/Item/{index}") from None
    return prepared


def check_treatments(treatments: Sequence[str]) -> tuple[str, ...]:
    if isinstance(treatments, str) or not all(isinstance(t, str) and t for t in treatments):
        raise ValidationError(f"treatments must be non-empty strings, got {treatments!r}")
    if not treatments:
        raise ValidationError("a campaign needs at least one treatment")
    if len(set(treatments)) != len(treatments):
        raise ValidationError(f"treatments must be unique, got {list(treatments)!r}")
    return tuple(treatments)


class WriteTransaction(ControlRows):
    """The write API, bound to one open ``BEGIN IMMEDIATE`` transaction (see Store.write).

    Every method either does all of its work or, raising, none of it (a savepoint), so a caller
    may catch an error and go on in the same transaction.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def _execute(self, query: str, params: Sequence[Any] = ()) -> Any:
        """Run SQL with ``?`` parameters: the helpers below, whose SQL both stores run, go
        through here and _execute_many (PgWriteTransaction runs them on PostgreSQL)."""
        return self._conn.execute(query, params)

    def _execute_many(self, query: str, params: Iterable[Sequence[Any]]) -> None:
        self._conn.executemany(query, params)

    @contextmanager
    def _atomic(self) -> Iterator[None]:
        self._conn.execute("SAVEPOINT store_op")
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK TO store_op")
            self._conn.execute("RELEASE store_op")
            raise
        self._conn.execute("RELEASE store_op")

    # Reads inside the transaction -------------------------------------------------------------

    def is_empty(self) -> bool:
        """Return True when the database has no application (the first start)."""
        row = self._conn.execute("SELECT EXISTS (SELECT 1 FROM applications)").fetchone()
        return not row[0]

    def list_applications(self) -> list[ApplicationInfo]:
        """Every application with its campaigns, in insertion order."""
        return list_applications(self._conn)

    def application(self, application_id: str) -> ApplicationInfo:
        """The application, or ApplicationNotFoundError."""
        return application_info(self._conn, application_id)

    def campaign(self, application_id: str, campaign_id: str) -> CampaignInfo:
        """The campaign, or a NotFoundError."""
        return campaign_info(self._conn, application_id, campaign_id)

    def campaign_pk(self, application_id: str, campaign_id: str) -> int:
        """Return the internal key of a campaign, or raise a NotFoundError."""
        return self._campaign(application_id, campaign_id)[0]

    def lock_campaign(self, application_id: str, campaign_id: str) -> int:
        """campaign_pk, with the campaign's writers serialized until the commit: so they are
        already here (BEGIN IMMEDIATE); PostgreSQL locks the campaign's row."""
        return self.campaign_pk(application_id, campaign_id)

    # Applications and campaigns ---------------------------------------------------------------

    def add_application(self, application_id: str | None = None, *, name: str = "") -> str:
        """Add an application (Pinpoint project); return its ID (a new one when None).
        ConflictError when it exists."""
        application_id = new_id() if application_id is None else application_id
        check_id("application", application_id)
        try:
            self._conn.execute(
                "INSERT INTO applications (application_id, name) VALUES (?, ?)",
                (application_id, name),
            )
        except sqlite3.IntegrityError:
            raise ConflictError(f"application {application_id} already exists") from None
        return application_id

    def add_campaign(
        self,
        application_id: str,
        campaign_id: str | None = None,
        *,
        name: str = "",
        treatments: Sequence[str] = DEFAULT_TREATMENTS,
    ) -> str:
        """Add a campaign to an application; return its ID (a new one when None).

        ``treatments`` are the TreatmentIds the campaign's activities may carry: "0" is the base
        treatment, more make an A/B test. ConflictError when the campaign exists.
        """
        campaign_id = new_id() if campaign_id is None else campaign_id
        check_id("campaign", campaign_id)
        treatments = check_treatments(treatments)
        application_pk = self._application_pk(application_id)
        try:
            self._conn.execute(
                "INSERT INTO campaigns (application_pk, campaign_id, name, treatments, last_seq)"
                " VALUES (?, ?, ?, ?, (SELECT value FROM meta WHERE key = 'seq_high'))",
                (application_pk, campaign_id, name, json.dumps(list(treatments))),
            )
        except sqlite3.IntegrityError:
            raise ConflictError(
                f"campaign {campaign_id} already exists in application {application_id}"
            ) from None
        return campaign_id

    def put_application(
        self, application_id: str, *, name: str | None = None
    ) -> tuple[ApplicationInfo, bool]:
        """Create the application or keep it (taking ``name`` unless None); return it and
        whether it was created."""
        pk = self._find_application_pk(application_id)
        if pk is None:
            self.add_application(application_id, name=name or "")
        elif name is not None:
            self._rename("applications", pk, name)
        return self.application(application_id), pk is None

    def put_campaign(
        self,
        application_id: str,
        campaign_id: str,
        *,
        name: str | None = None,
        treatment_ids: Sequence[str] | None = None,
    ) -> tuple[CampaignInfo, bool]:
        """Create the campaign or keep it, taking ``name`` and ``treatment_ids`` unless None;
        return it and whether it was created. New campaigns get the treatments ("0",).

        ApplicationNotFoundError when the application does not exist; ConflictError when the
        new treatments leave out a TreatmentId that a stored activity carries.
        """
        found = self._find_campaign_pk(self._application_pk(application_id), campaign_id)
        if found is None:
            self.add_campaign(
                application_id,
                campaign_id,
                name=name or "",
                treatments=DEFAULT_TREATMENTS if treatment_ids is None else treatment_ids,
            )
            return self.campaign(application_id, campaign_id), True
        campaign_pk = found
        with self._atomic():
            if name is not None:
                self._rename("campaigns", campaign_pk, name)
            if treatment_ids is not None:
                treatments = check_treatments(treatment_ids)
                carried = self._carried_treatments(campaign_pk)
                missing = sorted(carried - set(treatments))
                if missing:
                    raise ConflictError(
                        f"campaign {campaign_id} has activities with TreatmentId"
                        f" {', '.join(repr(t) for t in missing)}: keep"
                        f" {'it' if len(missing) == 1 else 'them'} in TreatmentIds or delete"
                        " the activities first"
                    )
                self._set_treatments(campaign_pk, treatments)
        return self.campaign(application_id, campaign_id), False

    def delete_application(self, application_id: str) -> None:
        """Remove the application, its campaigns and their activities."""
        application_pk = self._application_pk(application_id)
        scope = "WHERE application_pk = ?"
        self._conn.execute(_FOLD_SEQ_HIGH_SQL.format(scope), (application_pk,))
        self._conn.execute(
            f"DELETE FROM activities WHERE campaign_pk IN (SELECT pk FROM campaigns {scope})",
            (application_pk,),
        )
        self._conn.execute("DELETE FROM campaigns WHERE application_pk = ?", (application_pk,))
        self._conn.execute("DELETE FROM applications WHERE pk = ?", (application_pk,))
        self._conn.execute(_BUMP_GENERATION_SQL)

    def delete_campaign(self, application_id: str, campaign_id: str) -> None:
        """Remove the campaign and its activities."""
        campaign_pk = self.campaign_pk(application_id, campaign_id)
        self._conn.execute(_FOLD_SEQ_HIGH_SQL.format("WHERE pk = ?"), (campaign_pk,))
        self._conn.execute("DELETE FROM activities WHERE campaign_pk = ?", (campaign_pk,))
        self._conn.execute("DELETE FROM campaigns WHERE pk = ?", (campaign_pk,))
        self._conn.execute(_BUMP_GENERATION_SQL)

    def delete_activities(self, application_id: str, campaign_id: str) -> int:
        """Remove the campaign's activities (its last_seq stays); return how many."""
        campaign_pk = self.campaign_pk(application_id, campaign_id)
        cursor = self._execute("DELETE FROM activities WHERE campaign_pk = ?", (campaign_pk,))
        return int(cursor.rowcount)

    def reset(self) -> None:
        """Empty applications, campaigns, activities and faults, and put the clock back to real
        time. The token secret stays and so does the seq high-water mark, so a token from
        before the reset never names a position of data added after it."""
        self._conn.execute(_FOLD_SEQ_HIGH_SQL.format(""))
        for table in ("activities", "campaigns", "applications", "faults"):
            self._conn.execute(f"DELETE FROM {table}")
        self._conn.execute("UPDATE clock SET offset_ms = 0, frozen_at_ms = NULL, is_real = 1")
        self._conn.execute(_BUMP_GENERATION_SQL)

    # Activities -------------------------------------------------------------------------------

    def add_activities(
        self,
        application_id: str,
        campaign_id: str,
        items: Iterable[Mapping[str, object]],
        *,
        on_duplicate: OnDuplicate = "error",
        add_treatments: bool = False,
        keep_items: bool = True,
    ) -> AddResult:
        """Check every item against the spec (see activity.prepare), then store them in order.

        Nothing is stored if any item is bad: ActivityValidationError whose pointer starts with
        /Item/<index in the input>. An Id that the campaign has, or that comes twice in the
        input: ConflictError with on_duplicate="error"; "skip" keeps the stored one; "replace"
        rewrites its JSON in place (same seq; unchanged when the bytes are equal). A TreatmentId
        the campaign lacks is a ValidationError unless ``add_treatments``, which adds it.
        ``keep_items=False`` leaves AddResult.items empty (large imports).
        """
        self._campaign(application_id, campaign_id)  # a missing campaign before bad items
        return self.add_prepared(
            application_id,
            campaign_id,
            prepare_items(items, application_id, campaign_id),
            on_duplicate=on_duplicate,
            add_treatments=add_treatments,
            keep_items=keep_items,
        )

    def add_prepared(
        self,
        application_id: str,
        campaign_id: str,
        prepared: Sequence[PreparedActivity],
        *,
        on_duplicate: OnDuplicate = "error",
        add_treatments: bool = False,
        keep_items: bool = True,
    ) -> AddResult:
        """add_activities for items checked already (see prepare_items): the Store checks
        them before it takes the write lock, so other writers do not wait for validation."""
        if on_duplicate not in ("error", "skip", "replace"):
            raise ValueError(f"on_duplicate must be error, skip or replace, got {on_duplicate!r}")
        campaign_pk, treatments = self._campaign(application_id, campaign_id)
        known = set(treatments)
        added_treatments: list[str] = []
        for index, activity in enumerate(prepared):
            treatment = activity.data.get("TreatmentId")
            if treatment is None or treatment in known:
                continue
            if not add_treatments:
                raise ActivityValidationError(
                    f"/Item/{index}/TreatmentId",
                    f"{treatment!r} is not a treatment of campaign {campaign_id}"
                    f" ({', '.join(treatments)})",
                )
            known.add(treatment)
            added_treatments.append(treatment)
        stored = self._stored(campaign_pk, [a.id for a in prepared])
        # Id -> its place in inserts (new activities, in input order); seq -> JSON to rewrite.
        pending: dict[str, int] = {}
        inserts: list[list[Any]] = []
        updates: dict[int, bytes] = {}
        results: list[dict[str, Any]] = []
        added = replaced = unchanged = 0
        for index, activity in enumerate(prepared):
            current: bytes | None
            seq: int | None = None
            if activity.id in pending:
                current = inserts[pending[activity.id]][1]
            elif activity.id in stored:
                seq, current = stored[activity.id]
                current = updates.get(seq, current)
            else:
                current = None
            if current is None:
                pending[activity.id] = len(inserts)
                inserts.append([activity.id, activity.body])
                added += 1
                data = activity.data
            elif on_duplicate == "error":
                if activity.id in pending:
                    raise ConflictError(
                        f"/Item/{index}: activity Id {activity.id!r} comes twice in the input"
                    )
                raise ConflictError(
                    f"/Item/{index}: activity Id {activity.id!r} is already in campaign"
                    f" {campaign_id}"
                )
            elif on_duplicate == "skip" or current == activity.body:
                unchanged += 1
                data = json.loads(current) if keep_items else {}
            else:
                if seq is None:
                    inserts[pending[activity.id]][1] = activity.body
                else:
                    updates[seq] = activity.body
                replaced += 1
                data = activity.data
            if keep_items:
                results.append(data)
        with self._atomic():
            self.insert_rows(campaign_pk, [(row[0], row[1]) for row in inserts])
            if updates:
                self._update_bodies(campaign_pk, updates)
            if added_treatments:
                self._set_treatments(campaign_pk, (*treatments, *added_treatments))
        return AddResult(results, added, replaced, unchanged)

    def insert_rows(self, campaign_pk: int, rows: Sequence[ActivityRow]) -> int:
        """Append pre-validated (Id, JSON) rows to a campaign (the bulk path); return the count.

        ConflictError, naming the Id, when one is already in the campaign.
        """
        if not rows:
            return 0
        # Inside BEGIN IMMEDIATE no other writer can run, so last_seq + 1 is ours and grows in
        # commit order: the property the pagination's exactly-once guarantee rests on.
        (last,) = self._conn.execute(
            "SELECT last_seq FROM campaigns WHERE pk = ?", (campaign_pk,)
        ).fetchone()
        first = int(last) + 1
        try:
            with self._atomic():
                self._conn.executemany(
                    _INSERT_ACTIVITY_SQL,
                    ((campaign_pk, first + i, *row) for i, row in enumerate(rows)),
                )
        except sqlite3.IntegrityError:
            raise self._conflict(campaign_pk, rows) from None
        self._conn.execute(
            "UPDATE campaigns SET last_seq = ? WHERE pk = ?", (first + len(rows) - 1, campaign_pk)
        )
        return len(rows)

    # Helpers ----------------------------------------------------------------------------------

    def _update_bodies(self, campaign_pk: int, updates: Mapping[int, bytes]) -> None:
        """Rewrite the JSON of the activities at these seqs."""
        self._execute_many(
            "UPDATE activities SET body = ? WHERE campaign_pk = ? AND seq = ?",
            [(body, campaign_pk, seq) for seq, body in updates.items()],
        )

    def _conflict(self, campaign_pk: int, rows: Sequence[ActivityRow]) -> ConflictError:
        """The ConflictError for rows that broke UNIQUE (campaign_pk, activity_id)."""
        seen: set[str] = set()
        for activity_id, _ in rows:
            if activity_id in seen:
                return ConflictError(f"activity Id {activity_id!r} comes twice in the input")
            seen.add(activity_id)
        stored = self._stored(campaign_pk, [row[0] for row in rows])
        name = next(iter(stored), "?")
        return ConflictError(f"activity Id {name!r} is already in the campaign")

    def _stored(self, campaign_pk: int, ids: Sequence[str]) -> dict[str, tuple[int, bytes]]:
        """Id -> (seq, JSON) of those of ``ids`` the campaign has (none asked when it is
        empty, the usual case of a load)."""
        found: dict[str, tuple[int, bytes]] = {}
        row = self._conn.execute(
            "SELECT EXISTS (SELECT 1 FROM activities WHERE campaign_pk = ?)", (campaign_pk,)
        ).fetchone()
        if not row[0]:
            return found
        unique = list(dict.fromkeys(ids))
        for start in range(0, len(unique), _LOOKUP_CHUNK):
            chunk = json.dumps(unique[start : start + _LOOKUP_CHUNK])
            for activity_id, seq, body in self._conn.execute(LOOKUP_SQL, (chunk, campaign_pk)):
                found[str(activity_id)] = (int(seq), bytes(body))
        return found

    def _carried_treatments(self, campaign_pk: int) -> set[str]:
        rows = self._conn.execute(
            "SELECT DISTINCT json_extract(CAST(body AS TEXT), '$.TreatmentId') FROM activities"
            " WHERE campaign_pk = ?",
            (campaign_pk,),
        )
        return {str(value) for (value,) in rows if value is not None}

    def _set_treatments(self, campaign_pk: int, treatments: Sequence[str]) -> None:
        self._execute(
            "UPDATE campaigns SET treatments = ? WHERE pk = ?",
            (json.dumps(list(treatments)), campaign_pk),
        )

    def _find_application_pk(self, application_id: str) -> int | None:
        row = self._execute(
            "SELECT pk FROM applications WHERE application_id = ?", (application_id,)
        ).fetchone()
        return None if row is None else int(row[0])

    def _find_campaign_pk(self, application_pk: int, campaign_id: str) -> int | None:
        row = self._execute(
            "SELECT pk FROM campaigns WHERE application_pk = ? AND campaign_id = ?",
            (application_pk, campaign_id),
        ).fetchone()
        return None if row is None else int(row[0])

    def _rename(self, table: str, pk: int, name: str) -> None:
        """Set the name of an application or campaign (``table`` is ours, never input)."""
        self._execute(f"UPDATE {table} SET name = ? WHERE pk = ?", (name, pk))

    def _application_pk(self, application_id: str) -> int:
        found = self._find_application_pk(application_id)
        if found is None:
            raise ApplicationNotFoundError(application_id)
        return found

    def _campaign(self, application_id: str, campaign_id: str) -> tuple[int, tuple[str, ...]]:
        row = campaign_row(self._conn, application_id, campaign_id, "c.treatments")
        return int(row[0]), tuple(json.loads(row[1]))
