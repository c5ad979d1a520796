"""Faults on demand, seen by unmodified boto3: status and error type, Retry-After, the count,
the scope, the delay, list and clear, and the count across two worker processes."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from botocore.exceptions import ClientError
from pinpoint_admin_client import BadRequestException, PinpointAdminClient

from mockserver.seed import SPEC_PATH
from tests.admin.support import APP, CAMPAIGN, activities, admin_client, stored
from tests.mockserver.serving import ACCESS_KEY, SECRET_KEY, client
from tests.support.servers import RunningServer, ready_server

OPERATION = "GetCampaignActivities"
OTHER_CAMPAIGN = "admincmp00000000000000000000002"


def _main_operations() -> dict[str, dict[str, Any]]:
    """operationId -> operation of the main spec."""
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return {
        operation["operationId"]: operation
        for item in spec["paths"].values()
        for method, operation in item.items()
        if isinstance(operation, dict) and "operationId" in operation
    }


@pytest.fixture
def campaigns(admin: PinpointAdminClient) -> PinpointAdminClient:
    admin.put_application(application_id=APP)
    for campaign in (CAMPAIGN, OTHER_CAMPAIGN):
        admin.put_campaign(application_id=APP, campaign_id=campaign)
        stored(admin, APP, campaign, activities(2))
    return admin


def _get(pinpoint: Any, campaign: str = CAMPAIGN) -> dict[str, Any]:
    page: dict[str, Any] = pinpoint.get_campaign_activities(ApplicationId=APP, CampaignId=campaign)
    return page


def _error(pinpoint: Any, campaign: str = CAMPAIGN) -> ClientError:
    with pytest.raises(ClientError) as caught:
        _get(pinpoint, campaign)
    return caught.value


def test_a_429_with_retry_after_is_boto3s_too_many_requests(
    campaigns: PinpointAdminClient, pinpoint: Any
) -> None:
    fault = campaigns.add_fault(
        body={"Operation": OPERATION, "Status": 429, "RetryAfterSeconds": 7}
    )
    assert (fault.remaining, fault.error_type, fault.retry_after_seconds) == (
        1,
        "TooManyRequestsException",
        7,
    )
    error = _error(pinpoint)
    assert isinstance(error, pinpoint.exceptions.TooManyRequestsException)
    response = error.response
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 429
    assert response["ResponseMetadata"]["HTTPHeaders"]["retry-after"] == "7"
    assert response["ResponseMetadata"]["RequestId"]
    assert response["Error"]["Message"]
    assert len(_get(pinpoint)["ActivitiesResponse"]["Item"]) == 2  # count 1: then normal


def test_exactly_count_requests_fail(campaigns: PinpointAdminClient, pinpoint: Any) -> None:
    campaigns.add_fault(body={"Operation": OPERATION, "Status": 503, "Count": 3})
    first = _error(pinpoint)
    assert first.response["Error"]["Code"] == "ServiceUnavailableException"
    assert first.response["ResponseMetadata"]["HTTPHeaders"]["retry-after"] == "1"
    (left,) = campaigns.list_faults().item
    assert left.remaining == 2
    for _ in range(2):
        assert _error(pinpoint).response["ResponseMetadata"]["HTTPStatusCode"] == 503
    assert campaigns.list_faults().item == []
    for _ in range(3):
        assert _get(pinpoint)["ActivitiesResponse"]["Item"]


def test_the_default_error_type_is_the_main_specs_for_the_status(
    campaigns: PinpointAdminClient, pinpoint: Any
) -> None:
    responses = _main_operations()[OPERATION]["responses"]
    declared = {
        int(status): response["$ref"].rsplit("/", 1)[-1]
        for status, response in responses.items()
        if status[0] in "45" and "$ref" in response
    }
    assert declared
    for status, error_type in declared.items():
        campaigns.add_fault(body={"Operation": OPERATION, "Status": status})
        error = _error(pinpoint)
        assert error.response["ResponseMetadata"]["HTTPStatusCode"] == status
        assert error.response["Error"]["Code"] == error_type


def test_a_fault_scoped_to_a_campaign_spares_the_others(
    campaigns: PinpointAdminClient, pinpoint: Any
) -> None:
    campaigns.add_fault(
        body={
            "Operation": OPERATION,
            "ApplicationId": APP,
            "CampaignId": OTHER_CAMPAIGN,
            "Status": 500,
            "ErrorType": "InternalFailure",
            "Message": "boom",
        }
    )
    assert _get(pinpoint)["ActivitiesResponse"]["Item"]
    error = _error(pinpoint, OTHER_CAMPAIGN)
    assert (error.response["Error"]["Code"], error.response["Error"]["Message"]) == (
        "InternalFailure",
        "boom",
    )
    assert _get(pinpoint, OTHER_CAMPAIGN)["ActivitiesResponse"]["Item"]


def test_a_delay_only_fault_delays_and_then_answers(
    campaigns: PinpointAdminClient, pinpoint: Any
) -> None:
    campaigns.add_fault(body={"Operation": OPERATION, "DelayMs": 400})
    started = time.monotonic()
    assert _get(pinpoint)["ActivitiesResponse"]["Item"]
    assert time.monotonic() - started >= 0.4
    assert campaigns.list_faults().item == []


def test_faults_are_listed_oldest_first_and_cleared(campaigns: PinpointAdminClient) -> None:
    one = campaigns.add_fault(body={"Operation": OPERATION, "Status": 500, "Count": 2})
    two = campaigns.add_fault(body={"Operation": OPERATION, "DelayMs": 5, "CampaignId": CAMPAIGN})
    listed = campaigns.list_faults().item
    assert [fault.fault_id for fault in listed] == [one.fault_id, two.fault_id]
    assert listed[1].to_dict() == two.to_dict()
    assert listed[1].campaign_id == CAMPAIGN and listed[1].delay_ms == 5
    campaigns.clear_faults()
    assert campaigns.list_faults().item == []


def test_every_main_operation_may_be_named_and_nothing_else(admin: PinpointAdminClient) -> None:
    for operation in _main_operations():
        admin.add_fault(body={"Operation": operation, "DelayMs": 1})
    assert len(admin.list_faults().item) == len(_main_operations())
    with pytest.raises(BadRequestException) as caught:
        admin.add_fault(body={"Operation": "NoSuchOperation", "Status": 500})
    assert OPERATION in caught.value.message
    with pytest.raises(BadRequestException):
        admin.add_fault(body={"Operation": OPERATION, "ErrorType": "X"})


@pytest.fixture(scope="module")
def two_workers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    with ready_server(tmp_path_factory.mktemp("faults-workers"), "--workers", "2") as running:
        yield running


def test_faults_count_across_workers(two_workers: RunningServer) -> None:
    with admin_client(two_workers) as admin:
        admin.reset_mock()
        admin.put_application(application_id=APP)
        admin.put_campaign(application_id=APP, campaign_id=CAMPAIGN)
        admin.add_fault(body={"Operation": OPERATION, "Status": 503, "Count": 5})
    url = f"{two_workers.url}/v1/apps/{APP}/campaigns/{CAMPAIGN}/activities"
    statuses = []
    for _ in range(16):  # a new connection each: the kernel spreads them over the workers
        with httpx.Client() as http:
            statuses.append(http.get(url).status_code)
    assert sorted(statuses) == [200] * 11 + [503] * 5
    assert client(two_workers).get_campaign_activities(ApplicationId=APP, CampaignId=CAMPAIGN)


def test_a_request_refused_by_sigv4_spends_no_fault(tmp_path: Path) -> None:
    env = {"AWS_ACCESS_KEY_ID": ACCESS_KEY, "AWS_SECRET_ACCESS_KEY": SECRET_KEY}
    with ready_server(tmp_path, "--auth", "sigv4", env=env) as server:
        with admin_client(server) as admin:  # the control plane is not SigV4's
            admin.reset_mock()
            admin.put_application(application_id=APP)
            admin.put_campaign(application_id=APP, campaign_id=CAMPAIGN)
            admin.add_fault(body={"Operation": OPERATION, "Status": 503})
            unsigned = httpx.get(f"{server.url}/v1/apps/{APP}/campaigns/{CAMPAIGN}/activities")
            assert unsigned.status_code == 403
            assert [fault.remaining for fault in admin.list_faults().item] == [1]
        signed = client(server)
        assert _error(signed).response["ResponseMetadata"]["HTTPStatusCode"] == 503
        assert _get(signed)["ActivitiesResponse"]["Item"] == []
