"""``mockserver.testing.MockServer`` in both modes: a real server on port 0, its own database,
state put in and read back through the real generated admin client and real boto3."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError
from pinpoint_admin_client import ConflictException, NotFoundException

from mockserver.seed import DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID
from mockserver.testing import MODES, MockServer, MockServerError

NO_RETRIES = Config(retries={"total_max_attempts": 1})


@pytest.fixture(scope="module", params=MODES)
def server(request: pytest.FixtureRequest) -> Iterator[MockServer]:
    with MockServer(mode=request.param) as mock:
        yield mock


@pytest.fixture
def mock(server: MockServer) -> MockServer:
    server.reset()
    return server


def _page(mock: MockServer, app: str, campaign: str, **kwargs: object) -> dict[str, object]:
    client = mock.boto3_client(config=NO_RETRIES)
    response = client.get_campaign_activities(ApplicationId=app, CampaignId=campaign, **kwargs)
    page: dict[str, object] = response["ActivitiesResponse"]
    return page


def test_starts_empty_on_its_own_database(server: MockServer) -> None:
    assert server.url.startswith("http://127.0.0.1:") and server.port > 0
    assert server.db is not None and server.db.is_file()
    assert server.admin.get_health().store.location == str(server.db)
    server.reset()
    assert server.admin.list_applications().item == []


def test_added_activities_are_what_boto3_reads(mock: MockServer) -> None:
    app = mock.add_application(name="shop")
    campaign = mock.add_campaign(app, name="sale", treatment_ids=["0", "1"])
    assert (app.name, campaign.name, campaign.treatment_ids) == ("shop", "sale", ["0", "1"])
    stored = mock.add_activities(app, campaign, [{}, {"TreatmentId": "1"}])
    assert [item["ApplicationId"] for item in stored] == [app.application_id] * 2
    assert [item["CampaignId"] for item in stored] == [campaign.campaign_id] * 2
    assert len({item["Id"] for item in stored}) == 2
    assert stored[1]["TreatmentId"] == "1"
    page = _page(mock, app.application_id, campaign.campaign_id)
    assert page["Item"] == stored


def test_given_ids_are_kept_and_checked(mock: MockServer) -> None:
    app = mock.add_application(id="my-app")
    assert mock.add_application(id="my-app").application_id == app.application_id == "my-app"
    campaign = mock.add_campaign("my-app", id="my-campaign")
    (item,) = mock.add_activities("my-app", "my-campaign", [{"Id": "activity-1"}])
    assert (campaign.campaign_id, item["Id"]) == ("my-campaign", "activity-1")
    with pytest.raises(ConflictException):
        mock.add_activities(app, campaign, [{"Id": "activity-1"}])
    with pytest.raises(NotFoundException):
        mock.add_campaign("no-such-app")
    assert [a.application_id for a in mock.admin.list_applications().item] == ["my-app"]


def test_reset_with_demo_data(mock: MockServer) -> None:
    mock.add_application(id="gone-after-reset")
    result = mock.reset(demo=True)
    assert result.demo is True
    ids = [app.application_id for app in mock.admin.list_applications().item]
    assert DEMO_APPLICATION_ID in ids and "gone-after-reset" not in ids
    assert _page(mock, DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID)["Item"]
    assert mock.reset().applications == 0


def test_a_fault_reaches_boto3_and_clears(mock: MockServer) -> None:
    app = mock.add_application()
    campaign = mock.add_campaign(app)
    fault = mock.add_fault(status=503, count=2)
    assert [f.fault_id for f in mock.admin.list_faults().item] == [fault.fault_id]
    with pytest.raises(ClientError) as raised:
        _page(mock, app.application_id, campaign.campaign_id)
    assert raised.value.response["Error"]["Code"] == fault.error_type
    assert raised.value.response["ResponseMetadata"]["HTTPStatusCode"] == 503
    mock.clear_faults()
    assert mock.admin.list_faults().item == []
    assert _page(mock, app.application_id, campaign.campaign_id)["Item"] == []


def test_the_clock_is_set_and_advanced(mock: MockServer) -> None:
    instant = datetime(2030, 1, 1, tzinfo=UTC)
    clock = mock.set_clock(instant)
    assert clock.frozen is True and clock.real is False
    assert clock.now == instant
    advanced = mock.advance_clock(90.5)
    assert advanced.now == instant + timedelta(seconds=90.5)
    assert mock.set_clock("2031-02-03T04:05:06Z").now == datetime(2031, 2, 3, 4, 5, 6, tzinfo=UTC)
    assert mock.set_clock(real=True).real is True
    with pytest.raises(ValueError, match="aware"):
        mock.set_clock(datetime(2030, 1, 1))  # naive on purpose


def test_a_given_database_stays_and_keeps_its_data(tmp_path: Path) -> None:
    db = tmp_path / "kept.sqlite3"
    with MockServer(db=db, demo=False) as mock:
        mock.add_application(id="kept")
    assert db.is_file()
    with MockServer(db=db) as mock:  # demo=None: as serve leaves it
        assert [a.application_id for a in mock.admin.list_applications().item] == ["kept"]


def test_the_temporary_database_is_removed_on_stop() -> None:
    mock = MockServer(mode="thread").start()
    db = mock.db
    assert db is not None and db.is_file()
    mock.stop()
    assert not db.parent.exists()
    with pytest.raises(MockServerError, match="not running"):
        mock.admin  # noqa: B018
    with mock:  # a restart gets a new temporary database
        assert mock.db is not None and mock.db.is_file() and mock.db != db
        assert mock.admin.list_applications().item == []


@pytest.mark.parametrize("mode", MODES)
def test_a_bad_serve_option_fails_the_start(mode: str) -> None:
    with pytest.raises(MockServerError, match="error: --credentials is for --auth sigv4"):
        MockServer(mode=mode, serve_args=["--credentials", "creds.json"]).start()  # type: ignore[arg-type]
    with pytest.raises(MockServerError):
        MockServer(mode=mode, serve_args=["--no-such-option"]).start()  # type: ignore[arg-type]


def test_sigv4_accepts_the_boto3_client_and_refuses_unsigned_calls() -> None:
    with MockServer(auth="sigv4") as mock:
        app = mock.add_application()
        campaign = mock.add_campaign(app)
        assert _page(mock, app.application_id, campaign.campaign_id)["Item"] == []
        unsigned = httpx.get(
            f"{mock.url}/v1/apps/{app.application_id}/campaigns/{campaign.campaign_id}/activities"
        )
        assert unsigned.status_code == 403
        other = mock.boto3_client(aws_access_key_id="AKIDOTHER", config=NO_RETRIES)
        with pytest.raises(ClientError) as raised:
            other.get_campaign_activities(
                ApplicationId=app.application_id, CampaignId=campaign.campaign_id
            )
        assert raised.value.response["ResponseMetadata"]["HTTPStatusCode"] == 403


def test_an_unknown_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="thread, subprocess"):
        MockServer(mode="fork")  # type: ignore[arg-type]
