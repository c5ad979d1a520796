"""The ActivityResponse model and the store's Python API for tests and seeds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from mockserver.errors import (
    ApplicationNotFoundError,
    CampaignNotFoundError,
    ConflictError,
    ValidationError,
)
from mockserver.model import ACTIVITY_FIELDS, RESULTS, STATES, Activity
from mockserver.seed import SPEC_PATH
from mockserver.store import Store
from tests.mockserver.helpers import APP, CAMPAIGN, pending


def _spec() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return spec


def test_field_order_and_enums_match_the_spec() -> None:
    schema = _spec()["components"]["schemas"]["ActivityResponse"]
    assert tuple(schema["properties"]) == ACTIVITY_FIELDS
    assert tuple(schema["properties"]["State"]["enum"]) == STATES
    assert tuple(schema["properties"]["Result"]["enum"]) == RESULTS


def test_json_is_compact_in_spec_order_and_omits_absent_fields() -> None:
    activity = Activity(
        id="x1",
        state="RUNNING",
        scheduled_start="2026-03-08T09:00:00.000Z",
        total_endpoint_count=0,
    )
    assert activity.to_json("A", "C") == (
        b'{"Id":"x1","ApplicationId":"A","CampaignId":"C","State":"RUNNING",'
        b'"ScheduledStart":"2026-03-08T09:00:00.000Z","TotalEndpointCount":0}'
    )


def test_json_escapes_hostile_strings() -> None:
    activity = Activity(id='a"b\\c\u2028\U0001f600', treatment_id="</script>")
    body = activity.to_json("A", "C")
    assert body.isascii()
    assert json.loads(body)["Id"] == 'a"b\\c\u2028\U0001f600'


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("state", "DONE"),
        ("state", "completed"),
        ("result", "OK"),
        ("scheduled_start", "yesterday"),
        ("end", "2026-13-01T00:00:00Z"),
        ("successful_endpoint_count", -1),
        ("total_endpoint_count", 2**31),
        ("timezones_total_count", True),
        ("timezones_completed_count", 1.5),
        ("treatment_id", 0),
    ],
)
def test_invalid_values_are_refused(field: str, value: object) -> None:
    with pytest.raises(ValidationError):
        Activity(id="x", **{field: value})  # type: ignore[arg-type]


def test_every_enum_value_is_accepted() -> None:
    for state in STATES:
        Activity(id="x", state=state)
    for result in RESULTS:
        Activity(id="x", result=result)


def test_from_wire_checks_names_and_ids() -> None:
    with pytest.raises(ValidationError, match="unknown"):
        Activity.from_wire({"Id": "x", "Status": "RUNNING"})
    with pytest.raises(ValidationError, match="required"):
        Activity.from_wire({"State": "RUNNING"})
    with pytest.raises(ValidationError, match="ApplicationId"):
        Activity.from_wire({"Id": "x", "ApplicationId": "other"}, application_id="A")
    with pytest.raises(ValidationError, match="CampaignId"):
        Activity.from_wire({"Id": "x", "CampaignId": "other"}, campaign_id="C")
    with pytest.raises(ValidationError):
        Activity.from_wire({"Id": "x", "TotalEndpointCount": "12"})
    ok = Activity.from_wire(
        {"Id": "x", "ApplicationId": "A", "CampaignId": "C"}, application_id="A"
    )
    assert ok.to_wire("A", "C") == {"Id": "x", "ApplicationId": "A", "CampaignId": "C"}


def test_add_and_read_back(store: Store) -> None:
    assert store.is_empty()
    assert store.add_application(APP, name="n") == APP
    assert not store.is_empty()
    generated = store.add_application()
    assert len(generated) == 32 and int(generated, 16) >= 0
    store.add_campaign(APP, CAMPAIGN, treatments=("0", "1", "2"))
    added = store.add_activities(
        APP,
        CAMPAIGN,
        [pending("a1"), Activity(id="a2", treatment_id="2", state="PAUSED")],
    )
    assert added == 2
    assert store.application_ids() == [APP, generated]
    assert store.campaign_ids(APP) == [CAMPAIGN]
    assert store.campaign_ids(generated) == []
    assert store.treatments(APP, CAMPAIGN) == ("0", "1", "2")
    assert store.count_activities(APP, CAMPAIGN) == 2
    items = store.activities(APP, CAMPAIGN)
    assert items[0] == {**pending("a1"), "ApplicationId": APP, "CampaignId": CAMPAIGN}
    assert list(items[0]) == [f for f in ACTIVITY_FIELDS if f in items[0]]
    assert items[1] == {
        "Id": "a2",
        "ApplicationId": APP,
        "CampaignId": CAMPAIGN,
        "TreatmentId": "2",
        "State": "PAUSED",
    }


def test_stored_columns_mirror_the_json(store: Store) -> None:
    store.add_application(APP)
    store.add_campaign(APP, CAMPAIGN)
    wire = {
        "Id": "a1",
        "TreatmentId": "0",
        "State": "COMPLETED",
        "Result": "FAIL",
        "ScheduledStart": "2026-03-01T09:00:00.000Z",
        "Start": "2026-03-01T09:00:01.000Z",
        "End": "2026-03-01T09:30:00.000Z",
        "SuccessfulEndpointCount": 5,
        "TotalEndpointCount": 9,
        "TimezonesTotalCount": 2,
        "TimezonesCompletedCount": 2,
    }
    store.add_activities(APP, CAMPAIGN, [wire])
    row = (
        store.connection()
        .execute(
            "SELECT activity_id, treatment_id, state, result, scheduled_start, start_time,"
            " end_time, successful_endpoint_count, total_endpoint_count, timezones_total_count,"
            " timezones_completed_count FROM activities"
        )
        .fetchone()
    )
    assert row == tuple(wire.values())


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


def test_schema_checks_guard_the_bulk_path(store: Store) -> None:
    store.add_application(APP)
    store.add_campaign(APP, CAMPAIGN)
    bad = ("x", None, "FINISHED", None, None, None, None, None, None, None, None, b"{}")
    with pytest.raises(Exception, match="CHECK"):
        store.bulk_load(APP, CAMPAIGN, [bad])


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
