"""Campaign runs through the real server: the generated admin client drives runs and the
clock, unmodified boto3 reads GetCampaignActivities."""

from __future__ import annotations

import time
from datetime import datetime
from typing import Any

import pytest
from pinpoint_admin_client import (
    BadRequestException,
    ConflictException,
    NotFoundException,
    PinpointAdminClient,
)

from tests.admin.support import APP, CAMPAIGN, walk
from tests.runs.conftest import activities


def at(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def create(admin: PinpointAdminClient, **body: Any) -> Any:
    body.setdefault("Schedule", {"StartTime": "2026-03-01T09:00:00Z"})
    return admin.create_run(application_id=APP, campaign_id=CAMPAIGN, body=body)


def test_a_run_goes_pending_initializing_running_completed(
    campaign: PinpointAdminClient, pinpoint: Any
) -> None:
    run = create(campaign, Segment={"EndpointCount": 1000}, Delivery={"EndpointsPerSecond": 10})
    assert run.state.value == "SCHEDULED" and run.activity_count == 1
    (pending,) = activities(pinpoint)
    assert pending["State"] == "PENDING" and "Start" not in pending and "End" not in pending
    assert pending["ScheduledStart"] == "2026-03-01T09:00:00.000Z"
    assert pending["TotalEndpointCount"] == 0 and pending["TimezonesTotalCount"] == 1
    campaign.advance_clock(body={"Seconds": 3600 + 2})  # 09:00:02
    (initializing,) = activities(pinpoint)
    assert initializing["State"] == "INITIALIZING"
    assert initializing["Start"] == "2026-03-01T09:00:00.000Z"
    campaign.advance_clock(body={"Seconds": 53})  # 50 s of sending at 10/s
    (running,) = activities(pinpoint)
    assert running["State"] == "RUNNING" and running["TotalEndpointCount"] == 500
    assert running["SuccessfulEndpointCount"] == 500 and "End" not in running
    states = []
    while True:  # poll as a job that waits for COMPLETED does
        (item,) = activities(pinpoint)
        states.append(item["State"])
        if item["State"] == "COMPLETED":
            break
        campaign.advance_clock(body={"Seconds": 10})
    assert set(states) <= {"RUNNING", "COMPLETED"} and len(states) == 6
    assert item["Result"] == "SUCCESS"
    assert item["End"] == "2026-03-01T09:01:45.000Z"  # 5 s initializing + 100 s sending
    assert item["TotalEndpointCount"] == item["SuccessfulEndpointCount"] == 1000
    assert item["TimezonesCompletedCount"] == item["TimezonesTotalCount"] == 1
    got = campaign.get_run(application_id=APP, campaign_id=CAMPAIGN, run_id=run.run_id)
    assert got.state.value == "COMPLETED"


def test_pause_resume_and_cancel(campaign: PinpointAdminClient, pinpoint: Any) -> None:
    run = create(campaign, Segment={"EndpointCount": 100}, Delivery={"EndpointsPerSecond": 1})
    ids = {"application_id": APP, "campaign_id": CAMPAIGN, "run_id": run.run_id}
    campaign.set_clock(body={"Now": "2026-03-01T09:00:15Z"})  # 10 s of sending
    assert activities(pinpoint)[0]["TotalEndpointCount"] == 10
    assert campaign.pause_run(**ids).state.value == "PAUSED"
    with pytest.raises(ConflictException):
        campaign.pause_run(**ids)
    campaign.advance_clock(body={"Seconds": 600})
    (paused,) = activities(pinpoint)
    assert paused["State"] == "PAUSED" and paused["TotalEndpointCount"] == 10
    assert campaign.resume_run(**ids).state.value == "RUNNING"
    with pytest.raises(ConflictException):
        campaign.resume_run(**ids)
    campaign.advance_clock(body={"Seconds": 20})
    (resumed,) = activities(pinpoint)
    assert resumed["State"] == "RUNNING" and resumed["TotalEndpointCount"] == 30
    cancelled = campaign.cancel_run(**ids)
    assert cancelled.state.value == "CANCELLED"
    assert [e.type_.value for e in cancelled.events] == ["PAUSE", "RESUME", "CANCEL"]
    campaign.advance_clock(body={"Seconds": 3600})
    (item,) = activities(pinpoint)
    assert item["State"] == "CANCELLED" and item["TotalEndpointCount"] == 30
    assert item["End"] == "2026-03-01T09:10:35.000Z" and "Result" not in item
    with pytest.raises(ConflictException):
        campaign.cancel_run(**ids)


def test_local_time_goes_zone_after_zone_earliest_utc_first(
    campaign: PinpointAdminClient, pinpoint: Any
) -> None:
    zones = ["America/New_York", "UTC", "Asia/Tokyo"]  # 09:00 local: 14:00, 09:00, 00:00 UTC
    campaign.set_clock(body={"Now": "2026-02-28T12:00:00Z"})
    create(
        campaign,
        Schedule={"StartTime": "2026-03-01T09:00:00Z", "IsLocalTime": True},
        Segment={"EndpointCount": 300, "Timezones": [{"Timezone": z} for z in zones]},
        Delivery={"InitializingSeconds": 0, "SecondsPerTimezone": 60},
    )
    seen = []
    for instant in ("00:00:30", "00:01:00", "09:01:00", "13:59:59", "14:01:00"):
        campaign.set_clock(body={"Now": f"2026-03-01T{instant}Z"})
        (item,) = activities(pinpoint)
        seen.append((item["State"], item["TimezonesCompletedCount"], item["TotalEndpointCount"]))
        assert item["ScheduledStart"] == "2026-03-01T00:00:00.000Z"  # Tokyo's 09:00
        assert item["TimezonesTotalCount"] == 3
    assert seen == [
        ("RUNNING", 0, 50),
        ("RUNNING", 1, 100),
        ("RUNNING", 2, 200),
        ("RUNNING", 2, 200),
        ("COMPLETED", 3, 300),
    ]


def test_without_local_time_every_zone_starts_at_once(
    campaign: PinpointAdminClient, pinpoint: Any
) -> None:
    create(
        campaign,
        Segment={"Timezones": [{"Timezone": "Asia/Tokyo"}, {"Timezone": "UTC-05"}]},
        Delivery={"InitializingSeconds": 0, "SecondsPerTimezone": 60},
    )
    campaign.set_clock(body={"Now": "2026-03-01T09:01:00Z"})
    (item,) = activities(pinpoint)
    assert (item["State"], item["TimezonesCompletedCount"]) == ("COMPLETED", 2)


def test_ab_treatments_split_the_segment(campaign: PinpointAdminClient, pinpoint: Any) -> None:
    create(
        campaign,
        Segment={"EndpointCount": 1001},
        Treatments=[{"TreatmentId": "0", "Percentage": 70}, {"TreatmentId": "B", "Percentage": 30}],
    )
    treatments = campaign.list_applications().item[0].campaigns[0].treatment_ids
    assert treatments == ["0", "B"]
    campaign.set_clock(body={"Now": "2026-03-02T00:00:00Z"})
    items = activities(pinpoint)
    assert [i["TreatmentId"] for i in items] == ["0", "B"]
    assert [i["TotalEndpointCount"] for i in items] == [701, 300]
    assert len({i["Id"] for i in items}) == 2


def test_failure_modes(campaign: PinpointAdminClient, pinpoint: Any) -> None:
    create(campaign, Segment={"EndpointCount": 1000}, Failure={"EndpointFailureRate": 0.25})
    create(campaign, Failure={"Fail": True})
    campaign.set_clock(body={"Now": "2026-03-02T00:00:00Z"})
    share, failed = activities(pinpoint)
    assert (share["Result"], share["SuccessfulEndpointCount"]) == ("SUCCESS", 750)
    assert (failed["State"], failed["Result"]) == ("COMPLETED", "FAIL")


def test_occurrences_appear_while_a_walk_goes_and_each_is_seen_once(
    campaign: PinpointAdminClient, pinpoint: Any
) -> None:
    run = create(
        campaign,
        Schedule={"StartTime": "2026-03-01T09:00:00Z", "Frequency": "HOURLY",
                  "EndTime": "2026-03-02T09:00:00Z"},
        Treatments=[{"TreatmentId": "0", "Percentage": 50}, {"TreatmentId": "1", "Percentage": 50}],
        Delivery={"InitializingSeconds": 0, "SecondsPerTimezone": 600},
    )  # fmt: skip
    assert run.activity_count == 2  # the first occurrence, two treatments
    campaign.set_clock(body={"Now": "2026-03-01T13:00:00Z"})  # 5 started: 6 appeared
    seen: list[str] = []
    token = None
    while True:  # each page, an hour passes: 2 more activities appear, 5 are read
        extra = {} if token is None else {"Token": token}
        page = pinpoint.get_campaign_activities(
            ApplicationId=APP, CampaignId=CAMPAIGN, PageSize="5", **extra
        )["ActivitiesResponse"]
        seen.extend(item["Id"] for item in page["Item"])
        token = page.get("NextToken")
        if token is None:
            break
        campaign.advance_clock(body={"Seconds": 3600})
    assert len(seen) == len(set(seen)) > 12
    campaign.set_clock(body={"Now": "2026-03-03T00:00:00Z"})
    everything = walk(pinpoint, APP, CAMPAIGN, PageSize="7")
    assert [i["Id"] for i in everything][: len(seen)] == seen
    starts = [at(i["ScheduledStart"]) for i in everything]
    assert starts == sorted(starts) and len(everything) == 48 == len({i["Id"] for i in everything})
    assert {i["State"] for i in everything} == {"COMPLETED"}
    assert run.run_id in {
        r.run_id for r in campaign.list_runs(application_id=APP, campaign_id=CAMPAIGN).item
    }


def test_bad_schedules_are_400_naming_the_field(campaign: PinpointAdminClient) -> None:
    cases = {
        "/Schedule/StartTime": {"Schedule": {"StartTime": "2026-03-01"}},
        "/Schedule/Frequency": {"Schedule": {"StartTime": "2026-03-01T09:00:00Z",
                                             "Frequency": "EVENT"}},
        "/Schedule/EndTime": {"Schedule": {"StartTime": "2026-03-01T09:00:00Z",
                                           "Frequency": "DAILY"}},
        "/Schedule/Timezone": {"Schedule": {"StartTime": "2026-03-01T09:00:00Z",
                                            "Timezone": "Mars/Olympus"}},
        "/Treatments": {"Schedule": {"StartTime": "2026-03-01T09:00:00Z"},
                        "Treatments": [{"TreatmentId": "0", "Percentage": 60}]},
        "/Segment/Timezones/1/Timezone": {"Schedule": {"StartTime": "2026-03-01T09:00:00Z"},
                                          "Segment": {"Timezones": [{"Timezone": "UTC"},
                                                                    {"Timezone": "UTC+99"}]}},
    }  # fmt: skip
    for pointer, body in cases.items():
        with pytest.raises(BadRequestException) as caught:
            campaign.create_run(application_id=APP, campaign_id=CAMPAIGN, body=body)
        assert pointer in str(caught.value), (pointer, str(caught.value))
    assert campaign.list_runs(application_id=APP, campaign_id=CAMPAIGN).item == []


def test_unknown_runs_and_campaigns_are_404(campaign: PinpointAdminClient) -> None:
    ids = {"application_id": APP, "campaign_id": CAMPAIGN, "run_id": "nope"}
    for call in (campaign.get_run, campaign.pause_run, campaign.cancel_run, campaign.delete_run):
        with pytest.raises(NotFoundException):
            call(**ids)
    with pytest.raises(NotFoundException):
        campaign.create_run(
            application_id=APP,
            campaign_id="missing",
            body={"Schedule": {"StartTime": "2026-03-01T09:00:00Z"}},
        )


def test_delete_removes_the_run_and_its_activities(
    campaign: PinpointAdminClient, pinpoint: Any
) -> None:
    run = create(campaign)
    assert len(activities(pinpoint)) == 1
    campaign.delete_run(application_id=APP, campaign_id=CAMPAIGN, run_id=run.run_id)
    assert activities(pinpoint) == []
    assert campaign.list_runs(application_id=APP, campaign_id=CAMPAIGN).item == []


def test_a_run_progresses_on_a_running_clock(campaign: PinpointAdminClient, pinpoint: Any) -> None:
    now = campaign.set_clock(body={"Now": "2026-03-01T09:00:00Z", "Frozen": False}).now
    create(
        campaign,
        Schedule={"StartTime": now.isoformat()},
        Segment={"EndpointCount": 10},
        Delivery={"InitializingSeconds": 0, "SecondsPerTimezone": 1},
    )
    deadline = time.monotonic() + 60  # a wait, not a timed assertion: the clock runs for real
    seen = []
    while time.monotonic() < deadline:
        (item,) = activities(pinpoint)
        seen.append(item["TotalEndpointCount"])
        if item["State"] == "COMPLETED":
            break
        time.sleep(0.05)
    assert item["State"] == "COMPLETED" and item["TotalEndpointCount"] == 10
    assert seen == sorted(seen)  # never down while it ran
