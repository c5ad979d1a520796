"""The store's Python API for tests and seeds: adding, reading, conflicts, not-found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mockserver.activity import PROPERTIES
from mockserver.errors import (
    ApplicationNotFoundError,
    CampaignNotFoundError,
    ConflictError,
    ValidationError,
)
from mockserver.store import Store
from tests.mockserver.helpers import APP, CAMPAIGN, pending


def test_add_and_read_back(store: Store) -> None:
    assert store.is_empty()
    assert store.add_application(APP, name="n") == APP
    assert not store.is_empty()
    generated = store.add_application()
    assert len(generated) == 32 and int(generated, 16) >= 0
    store.add_campaign(APP, CAMPAIGN, treatments=("0", "1", "2"))
    added = store.add_activities(
        APP, CAMPAIGN, [pending("a1"), {"Id": "a2", "TreatmentId": "2", "State": "PAUSED"}]
    )
    assert (added.added, added.replaced, added.unchanged) == (2, 0, 0)
    assert added.items == store.activities(APP, CAMPAIGN)
    assert store.application_ids() == [APP, generated]
    assert store.campaign_ids(APP) == [CAMPAIGN]
    assert store.campaign_ids(generated) == []
    assert store.treatments(APP, CAMPAIGN) == ("0", "1", "2")
    assert store.count_activities(APP, CAMPAIGN) == 2
    items = store.activities(APP, CAMPAIGN)
    assert items[0] == {**pending("a1"), "ApplicationId": APP, "CampaignId": CAMPAIGN}
    assert list(items[0]) == [f for f in PROPERTIES if f in items[0]]
    assert items[1] == {
        "Id": "a2",
        "ApplicationId": APP,
        "CampaignId": CAMPAIGN,
        "TreatmentId": "2",
        "State": "PAUSED",
    }


def test_stored_row_is_the_id_and_the_served_json(store: Store) -> None:
    store.add_application(APP)
    store.add_campaign(APP, CAMPAIGN)
    result = store.add_activities(APP, CAMPAIGN, [pending("a1")])
    rows = store.connection().execute("SELECT seq, activity_id, body FROM activities").fetchall()
    assert len(rows) == 1
    seq, activity_id, body = rows[0]
    assert (seq, activity_id) == (1, "a1")
    assert (
        json.loads(body)
        == result.items[0]
        == {**pending("a1"), "ApplicationId": APP, "CampaignId": CAMPAIGN}
    )


def test_conflicts(store: Store) -> None:
    store.add_application(APP)
    store.add_campaign(APP, CAMPAIGN)
    store.add_activities(APP, CAMPAIGN, [pending("a1")])
    with pytest.raises(ConflictError):
        store.add_application(APP)
    with pytest.raises(ConflictError):
        store.add_campaign(APP, CAMPAIGN)
    with pytest.raises(ConflictError):
        store.add_activities(APP, CAMPAIGN, [pending("a2"), pending("a1")])
    # The failed batch left nothing behind.
    assert [a["Id"] for a in store.activities(APP, CAMPAIGN)] == ["a1"]
    # The same campaign ID in another application is another campaign.
    store.add_application("other")
    store.add_campaign("other", CAMPAIGN)
    store.add_activities("other", CAMPAIGN, [pending("a1")])


def test_validation_errors_of_the_python_api(store: Store) -> None:
    store.add_application(APP)
    store.add_campaign(APP, CAMPAIGN, treatments=("0", "1"))
    with pytest.raises(ValidationError, match="TreatmentId"):
        store.add_activities(APP, CAMPAIGN, [{"Id": "x", "TreatmentId": "7"}])
    with pytest.raises(ValidationError, match="State"):
        store.add_activities(APP, CAMPAIGN, [{"Id": "x", "State": "FINISHED"}])
    with pytest.raises(ValidationError, match="CampaignId"):
        store.add_activities(APP, CAMPAIGN, [{"Id": "x", "CampaignId": "elsewhere"}])
    with pytest.raises(ValidationError):
        store.add_campaign(APP, "c2", treatments="012")
    with pytest.raises(ValidationError):
        store.add_campaign(APP, "c2", treatments=("0", "0"))
    with pytest.raises(ValidationError):
        store.add_application("has/slash")
    with pytest.raises(ValidationError):
        store.add_application("")
    assert store.count_activities(APP, CAMPAIGN) == 0


def test_the_bulk_path_names_a_conflicting_id(store: Store) -> None:
    store.add_application(APP)
    store.add_campaign(APP, CAMPAIGN)
    store.add_activities(APP, CAMPAIGN, [pending("a1")])
    with pytest.raises(ConflictError, match="'a1' is already"):
        store.bulk_load(APP, CAMPAIGN, [("a2", b"{}"), ("a1", b"{}")])
    with pytest.raises(ConflictError, match="'b' comes twice"):
        store.bulk_load(APP, CAMPAIGN, [("b", b"{}"), ("b", b"{}")])
    assert [a["Id"] for a in store.activities(APP, CAMPAIGN)] == ["a1"]


def test_not_found_semantics(store: Store) -> None:
    store.add_application(APP)
    store.add_campaign(APP, CAMPAIGN)
    with pytest.raises(ApplicationNotFoundError) as app_missing:
        store.resolve_campaign("nope", CAMPAIGN)
    assert app_missing.value.message == "Application not found: nope"
    with pytest.raises(CampaignNotFoundError) as campaign_missing:
        store.resolve_campaign(APP, "nope")
    assert campaign_missing.value.message.startswith("Campaign not found: nope")
    assert APP in campaign_missing.value.message
    with pytest.raises(ApplicationNotFoundError):
        store.add_campaign("nope", "c")
    with pytest.raises(ApplicationNotFoundError):
        store.add_activities("nope", CAMPAIGN, [pending("a")])
    with pytest.raises(CampaignNotFoundError):
        store.add_activities(APP, "nope", [pending("a")])
    long_id = "x" * 5000
    with pytest.raises(ApplicationNotFoundError) as long_missing:
        store.resolve_campaign(long_id, CAMPAIGN)
    assert len(long_missing.value.message) < 200


def test_write_transaction_is_atomic(store: Store) -> None:
    with pytest.raises(RuntimeError), store.write() as tx:
        tx.add_application(APP)
        tx.add_campaign(APP, CAMPAIGN)
        raise RuntimeError("abort")
    assert store.is_empty()
    assert not store.connection().in_transaction


def test_data_survives_reopen(db_path: Path) -> None:
    with Store(db_path) as store:
        store.add_application(APP)
        store.add_campaign(APP, CAMPAIGN)
        store.add_activities(APP, CAMPAIGN, [pending(f"a{i}") for i in range(5)])
        before = store.activities(APP, CAMPAIGN)
    with Store(db_path) as store:
        assert store.activities(APP, CAMPAIGN) == before
        store.add_activities(APP, CAMPAIGN, [pending("a5")])  # seq continues after reopen
        assert [a["Id"] for a in store.activities(APP, CAMPAIGN)][-2:] == ["a4", "a5"]
