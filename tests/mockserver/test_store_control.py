"""The store API the control plane calls: put, list, delete, reset, add_activities' modes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from mockserver.errors import (
    ActivityValidationError,
    ApplicationNotFoundError,
    CampaignNotFoundError,
    ConflictError,
    ValidationError,
)
from mockserver.inventory import ApplicationInfo, CampaignInfo
from mockserver.store import Store
from mockserver.writes import LOOKUP_SQL
from tests.mockserver.helpers import APP, CAMPAIGN, pending, spec_enum, unknown_property


def _ids(store: Store, app: str = APP, campaign: str = CAMPAIGN) -> list[str]:
    return [item["Id"] for item in store.activities(app, campaign)]


def _rows(store: Store) -> int:
    return int(store.connection().execute("SELECT count(*) FROM activities").fetchone()[0])


def test_put_application_creates_keeps_and_renames(store: Store) -> None:
    info, created = store.put_application(APP, name="first")
    assert created and info == ApplicationInfo(APP, "first", ())
    info, created = store.put_application(APP)
    assert not created and info.name == "first"  # None keeps the name
    info, created = store.put_application(APP, name="renamed")
    assert not created and info.name == "renamed"
    assert store.put_application("other")[0] == ApplicationInfo("other", "", ())
    assert [a.application_id for a in store.list_applications()] == [APP, "other"]
    with pytest.raises(ValidationError):
        store.put_application("has/slash")


def test_put_campaign_creates_keeps_and_updates(store: Store) -> None:
    with pytest.raises(ApplicationNotFoundError):
        store.put_campaign(APP, CAMPAIGN)
    store.put_application(APP)
    info, created = store.put_campaign(APP, CAMPAIGN, name="c")
    assert created and info == CampaignInfo(APP, CAMPAIGN, "c", ("0",), 0)
    info, created = store.put_campaign(APP, CAMPAIGN, treatment_ids=["0", "1"])
    assert not created and info == CampaignInfo(APP, CAMPAIGN, "c", ("0", "1"), 0)
    store.add_activities(APP, CAMPAIGN, [{**pending("a1"), "TreatmentId": "1"}])
    info, _ = store.put_campaign(APP, CAMPAIGN, name="renamed")
    assert info == CampaignInfo(APP, CAMPAIGN, "renamed", ("0", "1"), 1)
    assert store.put_campaign(APP, "c2", treatment_ids=("a", "b"))[0].treatment_ids == ("a", "b")
    with pytest.raises(ValidationError):
        store.put_campaign(APP, "c3", treatment_ids=["0", "0"])


def test_removing_a_carried_treatment_is_a_conflict(store: Store) -> None:
    store.put_application(APP)
    store.put_campaign(APP, CAMPAIGN, treatment_ids=["0", "1", "2"])
    store.add_activities(APP, CAMPAIGN, [{**pending("a1"), "TreatmentId": "2"}])
    with pytest.raises(ConflictError, match="'2'"):
        store.put_campaign(APP, CAMPAIGN, name="new", treatment_ids=["0"])
    assert store.campaign(APP, CAMPAIGN) == CampaignInfo(APP, CAMPAIGN, "", ("0", "1", "2"), 1)
    assert store.put_campaign(APP, CAMPAIGN, treatment_ids=["2"])[0].treatment_ids == ("2",)


def test_list_application_and_campaign_read_what_is_stored(store: Store) -> None:
    for app in ("b", "a"):
        store.put_application(app, name=app.upper())
        for campaign in ("y", "x"):
            store.put_campaign(app, campaign)
    store.add_activities("a", "x", [pending("1"), pending("2")])
    listed = store.list_applications()
    assert [(a.application_id, a.name) for a in listed] == [("b", "B"), ("a", "A")]
    assert [c.campaign_id for c in listed[1].campaigns] == ["y", "x"]  # insertion order
    assert [c.activity_count for c in listed[1].campaigns] == [0, 2]
    assert store.application("a") == listed[1]
    assert store.campaign("a", "x") == listed[1].campaigns[1]
    with pytest.raises(ApplicationNotFoundError):
        store.application("nope")
    with pytest.raises(ApplicationNotFoundError):
        store.campaign("nope", "x")
    with pytest.raises(CampaignNotFoundError):
        store.campaign("a", "nope")


def test_deletes_cascade_and_report_missing_ones(store: Store) -> None:
    for app in (APP, "other"):
        store.put_application(app)
        for campaign in (CAMPAIGN, "c2"):
            store.put_campaign(app, campaign)
            store.add_activities(app, campaign, [pending("a1"), pending("a2")])
    assert store.delete_activities(APP, "c2") == 2
    assert store.delete_activities(APP, "c2") == 0
    assert store.campaign(APP, "c2").activity_count == 0
    store.delete_campaign(APP, CAMPAIGN)
    with pytest.raises(CampaignNotFoundError):
        store.delete_campaign(APP, CAMPAIGN)
    with pytest.raises(CampaignNotFoundError):
        store.resolve_campaign(APP, CAMPAIGN)
    assert _rows(store) == 4
    store.delete_application("other")
    assert _rows(store) == 0
    assert [a.application_id for a in store.list_applications()] == [APP]
    with pytest.raises(ApplicationNotFoundError):
        store.delete_application("other")
    with pytest.raises(ApplicationNotFoundError):
        store.delete_activities("other", CAMPAIGN)


def test_reset_empties_all_but_the_secret(store: Store) -> None:
    store.put_application(APP)
    store.put_campaign(APP, CAMPAIGN)
    store.add_activities(APP, CAMPAIGN, [pending("a1")])
    conn = store.connection()
    conn.execute(
        "INSERT INTO faults (fault_id, operation, remaining) VALUES ('f1', 'GetCampaignActivities', 1)"
    )
    conn.execute("UPDATE clock SET offset_ms = 5, frozen_at_ms = 7, is_real = 0")
    secret = store.token_secret
    store.reset()
    assert store.is_empty() and store.list_applications() == [] and _rows(store) == 0
    assert conn.execute("SELECT count(*) FROM faults").fetchone() == (0,)
    assert conn.execute("SELECT offset_ms, frozen_at_ms, is_real FROM clock").fetchall() == [
        (0, None, 1)
    ]
    assert conn.execute("SELECT value FROM meta WHERE key = 'token_secret'").fetchone()[0] == secret
    assert conn.execute("SELECT value FROM meta WHERE key = 'seq_high'").fetchone()[0] == 1


def test_a_bad_item_names_its_index_and_nothing_is_stored(store: Store) -> None:
    store.put_application(APP)
    store.put_campaign(APP, CAMPAIGN)
    bad_state = spec_enum("State")[0] + "X"
    items = [pending("a1"), pending("a2"), {**pending("a3"), "State": bad_state}]
    with pytest.raises(ActivityValidationError) as caught:
        store.add_activities(APP, CAMPAIGN, items)
    assert caught.value.pointer == "/Item/2/State"
    assert str(caught.value).startswith(f"/Item/2/State: {bad_state!r}")
    unknown = unknown_property()
    with pytest.raises(ActivityValidationError) as undeclared:
        store.add_activities(APP, CAMPAIGN, [pending("a1"), {**pending("a2"), unknown: "x"}])
    assert undeclared.value.pointer == f"/Item/1/{unknown}"
    with pytest.raises(ActivityValidationError) as elsewhere:
        store.add_activities(APP, CAMPAIGN, [{"CampaignId": "elsewhere"}])
    assert elsewhere.value.pointer == "/Item/0/CampaignId"
    assert _rows(store) == 0


def test_treatments_must_be_the_campaigns_unless_added(store: Store) -> None:
    store.put_application(APP)
    store.put_campaign(APP, CAMPAIGN, treatment_ids=["0", "1"])
    items = [
        pending("a1"),
        {**pending("a2"), "TreatmentId": "9"},
        {**pending("a3"), "TreatmentId": "8"},
    ]
    with pytest.raises(ActivityValidationError) as caught:
        store.add_activities(APP, CAMPAIGN, items)
    assert caught.value.pointer == "/Item/1/TreatmentId" and "'9'" in str(caught.value)
    assert _rows(store) == 0 and store.treatments(APP, CAMPAIGN) == ("0", "1")
    result = store.add_activities(APP, CAMPAIGN, items, add_treatments=True)
    assert result.added == 3
    assert store.treatments(APP, CAMPAIGN) == ("0", "1", "9", "8")


def test_duplicate_ids_conflict_and_store_nothing(store: Store) -> None:
    store.put_application(APP)
    store.put_campaign(APP, CAMPAIGN)
    with pytest.raises(ConflictError, match=r"^/Item/2: activity Id 'a1' comes twice"):
        store.add_activities(APP, CAMPAIGN, [pending("a1"), pending("a2"), pending("a1")])
    assert _rows(store) == 0
    store.add_activities(APP, CAMPAIGN, [pending("a1")])
    with pytest.raises(ConflictError, match=r"^/Item/1: activity Id 'a1' is already in campaign"):
        store.add_activities(APP, CAMPAIGN, [pending("a0"), pending("a1")])
    assert _ids(store) == ["a1"]


def test_skip_keeps_the_stored_activity(store: Store) -> None:
    store.put_application(APP)
    store.put_campaign(APP, CAMPAIGN)
    store.add_activities(APP, CAMPAIGN, [pending("a1", day=1)])
    stored = store.activities(APP, CAMPAIGN)[0]
    result = store.add_activities(
        APP,
        CAMPAIGN,
        [pending("a1", day=9), pending("a2"), pending("a2", day=5)],
        on_duplicate="skip",
    )
    assert (result.added, result.replaced, result.unchanged) == (1, 0, 2)
    assert result.items[0] == stored
    assert result.items[2] == result.items[1] == store.activities(APP, CAMPAIGN)[1]
    assert _ids(store) == ["a1", "a2"]


def test_replace_rewrites_in_place(store: Store) -> None:
    store.put_application(APP)
    store.put_campaign(APP, CAMPAIGN)
    store.add_activities(APP, CAMPAIGN, [pending("a1"), pending("a2"), pending("a3")])
    seqs = (
        store.connection()
        .execute("SELECT seq, activity_id FROM activities ORDER BY seq")
        .fetchall()
    )
    result = store.add_activities(
        APP,
        CAMPAIGN,
        [pending("a2", day=7), pending("a3"), pending("a4"), pending("a4", day=8)],
        on_duplicate="replace",
    )
    assert (result.added, result.replaced, result.unchanged) == (1, 2, 1)
    assert [item["Id"] for item in result.items] == ["a2", "a3", "a4", "a4"]
    assert (
        store.connection()
        .execute("SELECT seq, activity_id FROM activities ORDER BY seq LIMIT 3")
        .fetchall()
        == seqs
    )
    items = store.activities(APP, CAMPAIGN)
    assert [i["Id"] for i in items] == ["a1", "a2", "a3", "a4"]
    assert items[1]["ScheduledStart"] == pending("a2", day=7)["ScheduledStart"]
    assert items[3]["ScheduledStart"] == pending("a4", day=8)["ScheduledStart"]
    assert store.add_activities(APP, CAMPAIGN, [], keep_items=False).items == []
    quiet = store.add_activities(
        APP, CAMPAIGN, [pending("a1")], on_duplicate="skip", keep_items=False
    )
    assert (quiet.items, quiet.unchanged) == ([], 1)
    with pytest.raises(ValueError, match="on_duplicate"):
        store.add_activities(APP, CAMPAIGN, [], on_duplicate="merge")  # type: ignore[arg-type]


def test_an_error_inside_a_transaction_leaves_the_rest_of_it(store: Store) -> None:
    with store.write() as tx:
        tx.put_application(APP)
        tx.put_campaign(APP, CAMPAIGN)
        tx.add_activities(APP, CAMPAIGN, [pending("a1")])
        with pytest.raises(ConflictError):
            tx.add_activities(APP, CAMPAIGN, [pending("a2"), pending("a1")])
        with pytest.raises(ConflictError):
            tx.put_campaign(APP, CAMPAIGN, treatment_ids=["x"])
        assert tx.campaign(APP, CAMPAIGN).activity_count == 1
        tx.add_activities(APP, CAMPAIGN, [pending("a3")])
    assert _ids(store) == ["a1", "a3"]
    assert store.treatments(APP, CAMPAIGN) == ("0",)


def test_the_file_keeps_foreign_keys_consistent(db_path: Path) -> None:
    with Store(db_path) as store:
        store.put_application(APP)
        store.put_campaign(APP, CAMPAIGN)
        store.add_activities(APP, CAMPAIGN, [pending("a1")])
        store.delete_application(APP)
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_the_id_lookup_is_one_index_search_per_id(store: Store) -> None:
    plan = store.connection().execute(f"EXPLAIN QUERY PLAN {LOOKUP_SQL}", ("[]", 1)).fetchall()
    details = [row[3] for row in plan]
    assert any("activity_id=?" in d and d.startswith("SEARCH a USING INDEX") for d in details)
    assert not any(d.startswith("SCAN a") or "PRIMARY KEY (campaign_pk=?)" in d for d in details)


def test_adding_again_finds_the_stored_ids_in_any_number(store: Store) -> None:
    store.put_application(APP)
    store.put_campaign(APP, CAMPAIGN)
    items = [pending(f"a{i:05d}") for i in range(12_345)]  # more than one lookup chunk
    assert store.add_activities(APP, CAMPAIGN, items, keep_items=False).added == len(items)
    again = store.add_activities(APP, CAMPAIGN, [*items[::-1], pending("new")], on_duplicate="skip")
    assert (again.added, again.unchanged) == (1, len(items))
    assert again.items[0] == store.activities(APP, CAMPAIGN)[len(items) - 1]


def test_items_are_checked_before_the_write_lock_is_taken(store: Store, db_path: Path) -> None:
    store.put_application(APP)
    store.put_campaign(APP, CAMPAIGN)
    bad = [pending("a1"), {**pending("a2"), "State": spec_enum("State")[0] + "X"}]
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the lock
    try:
        # Refused at once: were the check made inside the write transaction, this would wait
        # for the lock (the busy timeout) and end in "database is locked".
        with pytest.raises(ActivityValidationError, match=r"^/Item/1/State"):
            store.add_activities(APP, CAMPAIGN, bad)
        with pytest.raises(CampaignNotFoundError):  # the missing campaign comes first
            store.add_activities(APP, "nope", bad)
    finally:
        other.execute("ROLLBACK")
        other.close()
    with store.write() as tx, pytest.raises(CampaignNotFoundError):
        tx.add_activities(APP, "nope", bad)
