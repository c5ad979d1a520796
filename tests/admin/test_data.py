"""Applications, campaigns and activities through the control plane, read back with boto3."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from pinpoint_admin_client import (
    BadRequestException,
    ConflictException,
    NotFoundException,
    PinpointAdminClient,
)

from mockserver.seed import DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID, SPEC_PATH
from tests.admin.support import APP, CAMPAIGN, activities, stored, walk


def _activity_properties() -> dict[str, Any]:
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    properties: dict[str, Any] = spec["components"]["schemas"]["ActivityResponse"]["properties"]
    return properties


def _campaign(admin: PinpointAdminClient, **body: Any) -> None:
    admin.put_application(application_id=APP)
    admin.put_campaign(application_id=APP, campaign_id=CAMPAIGN, body=body or None)


def test_reset_empties_the_mock_and_demo_adds_the_demo_again(
    admin: PinpointAdminClient, pinpoint: Any
) -> None:
    assert admin.list_applications().item == []
    with pytest.raises(pinpoint.exceptions.NotFoundException):
        pinpoint.get_campaign_activities(
            ApplicationId=DEMO_APPLICATION_ID, CampaignId=DEMO_CAMPAIGN_ID
        )
    result = admin.reset_mock(demo=True)
    listed = admin.list_applications().item
    assert result.demo is True and result.applications == len(listed) > 0
    assert DEMO_APPLICATION_ID in [app.application_id for app in listed]
    page = pinpoint.get_campaign_activities(
        ApplicationId=DEMO_APPLICATION_ID, CampaignId=DEMO_CAMPAIGN_ID
    )["ActivitiesResponse"]
    assert page["Item"]
    _campaign(admin)
    admin.add_fault(body={"Operation": "GetCampaignActivities", "Status": 500})
    result = admin.reset_mock()
    assert (result.demo, result.applications) == (False, 0)
    assert admin.list_applications().item == [] and admin.list_faults().item == []


def test_put_application_creates_201_then_keeps_200(admin: PinpointAdminClient) -> None:
    path = f"/_mock/apps/{APP}"
    created = admin.request("PUT", path, json={"Name": "first"})
    assert created.status_code == 201
    assert created.json() == {"ApplicationId": APP, "Name": "first", "Campaigns": []}
    kept = admin.request("PUT", path)
    assert kept.status_code == 200 and kept.json()["Name"] == "first"
    renamed = admin.put_application(application_id=APP, body={"Name": "second"})
    assert (renamed.application_id, renamed.name) == (APP, "second")
    assert [app.name for app in admin.list_applications().item] == ["second"]


def test_put_campaign_creates_201_then_keeps_200(admin: PinpointAdminClient) -> None:
    path = f"/_mock/apps/{APP}/campaigns/{CAMPAIGN}"
    with pytest.raises(NotFoundException):
        admin.put_campaign(application_id=APP, campaign_id=CAMPAIGN)
    admin.put_application(application_id=APP)
    created = admin.request("PUT", path, json={"Name": "c", "TreatmentIds": ["0", "1"]})
    assert created.status_code == 201
    assert created.json() == {
        "ApplicationId": APP,
        "CampaignId": CAMPAIGN,
        "Name": "c",
        "TreatmentIds": ["0", "1"],
        "ActivityCount": 0,
    }
    kept = admin.request("PUT", path)
    assert kept.status_code == 200 and kept.json()["TreatmentIds"] == ["0", "1"]
    (app,) = admin.list_applications().item
    assert [campaign.campaign_id for campaign in app.campaigns] == [CAMPAIGN]


def test_deleting_what_does_not_exist_is_404(admin: PinpointAdminClient) -> None:
    with pytest.raises(NotFoundException):
        admin.delete_application(application_id=APP)
    admin.put_application(application_id=APP)
    with pytest.raises(NotFoundException):
        admin.delete_campaign(application_id=APP, campaign_id=CAMPAIGN)
    with pytest.raises(NotFoundException):
        admin.delete_activities(application_id=APP, campaign_id=CAMPAIGN)


def test_deletes_remove_what_is_under_them(admin: PinpointAdminClient, pinpoint: Any) -> None:
    _campaign(admin)
    stored(admin, APP, CAMPAIGN, activities(3))
    admin.delete_activities(application_id=APP, campaign_id=CAMPAIGN)
    assert walk(pinpoint, APP, CAMPAIGN) == []
    assert admin.list_applications().item[0].campaigns[0].activity_count == 0
    admin.delete_campaign(application_id=APP, campaign_id=CAMPAIGN)
    with pytest.raises(pinpoint.exceptions.NotFoundException):
        pinpoint.get_campaign_activities(ApplicationId=APP, CampaignId=CAMPAIGN)
    admin.delete_application(application_id=APP)
    assert admin.list_applications().item == []


def test_added_activities_are_read_back_by_boto3_in_order(
    admin: PinpointAdminClient, pinpoint: Any
) -> None:
    _campaign(admin)
    items = activities(25)
    items[3].pop("Id")  # generated
    result = stored(admin, APP, CAMPAIGN, items)
    assert [item.get("Id") for item in result[:3]] == [item["Id"] for item in items[:3]]
    assert result[3]["Id"] and result[3]["Id"] not in {item.get("Id") for item in items}
    for sent, kept in zip(items, result, strict=True):
        assert kept == {**sent, "Id": kept["Id"], "ApplicationId": APP, "CampaignId": CAMPAIGN}
    assert walk(pinpoint, APP, CAMPAIGN, PageSize="10") == result
    assert admin.list_applications().item[0].campaigns[0].activity_count == 25


def test_a_bad_item_is_400_naming_its_pointer_and_nothing_is_stored(
    admin: PinpointAdminClient, pinpoint: Any
) -> None:
    _campaign(admin)
    integer = next(
        name for name, schema in _activity_properties().items() if schema.get("type") == "integer"
    )
    items = activities(3)
    items[2][integer] = "not a number"
    with pytest.raises(BadRequestException) as caught:
        stored(admin, APP, CAMPAIGN, items)
    assert f"/Item/2/{integer}" in caught.value.message
    assert walk(pinpoint, APP, CAMPAIGN) == []


def test_a_path_mismatch_is_400(admin: PinpointAdminClient) -> None:
    _campaign(admin)
    items = activities(1)
    items[0]["CampaignId"] = "another"
    with pytest.raises(BadRequestException) as caught:
        stored(admin, APP, CAMPAIGN, items)
    assert "/Item/0/CampaignId" in caught.value.message


def test_a_duplicate_id_is_409(admin: PinpointAdminClient, pinpoint: Any) -> None:
    _campaign(admin)
    first = stored(admin, APP, CAMPAIGN, activities(2))
    with pytest.raises(ConflictException):
        stored(admin, APP, CAMPAIGN, activities(1))
    twice = activities(1, prefix="b") * 2
    with pytest.raises(ConflictException):
        stored(admin, APP, CAMPAIGN, twice)
    assert walk(pinpoint, APP, CAMPAIGN) == first


def test_unknown_campaign_is_404(admin: PinpointAdminClient) -> None:
    admin.put_application(application_id=APP)
    with pytest.raises(NotFoundException):
        stored(admin, APP, CAMPAIGN, activities(1))


def _token_into_ten(admin: PinpointAdminClient, pinpoint: Any) -> str:
    """The NextToken after the first page of a campaign of 10 activities."""
    _campaign(admin)
    stored(admin, APP, CAMPAIGN, activities(10))
    page = pinpoint.get_campaign_activities(ApplicationId=APP, CampaignId=CAMPAIGN, PageSize="4")
    token: str = page["ActivitiesResponse"]["NextToken"]
    return token


def test_a_token_from_before_delete_activities_walks_the_new_ones_once(
    admin: PinpointAdminClient, pinpoint: Any
) -> None:
    token = _token_into_ten(admin, pinpoint)
    admin.delete_activities(application_id=APP, campaign_id=CAMPAIGN)
    fresh = stored(admin, APP, CAMPAIGN, activities(6, prefix="n"))
    assert walk(pinpoint, APP, CAMPAIGN, PageSize="4", token=token) == fresh


def test_a_token_from_before_a_campaign_was_deleted_and_added_again(
    admin: PinpointAdminClient, pinpoint: Any
) -> None:
    token = _token_into_ten(admin, pinpoint)
    admin.delete_campaign(application_id=APP, campaign_id=CAMPAIGN)
    with pytest.raises(pinpoint.exceptions.NotFoundException):
        pinpoint.get_campaign_activities(ApplicationId=APP, CampaignId=CAMPAIGN, Token=token)
    admin.put_campaign(application_id=APP, campaign_id=CAMPAIGN)
    fresh = stored(admin, APP, CAMPAIGN, activities(10))  # the same Ids as before
    assert walk(pinpoint, APP, CAMPAIGN, PageSize="4", token=token) == fresh
