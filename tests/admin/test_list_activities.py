"""ListActivities (``GET /_mock/.../activities``): the pages of GetCampaignActivities through
the control plane, for the web page, which cannot sign with SigV4. The same service answers
both, so the items, their order and the NextTokens are the same, and either API walks on from a
token of the other."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from pinpoint_admin_client import (
    BadRequestException,
    NotFoundException,
    PinpointAdminClient,
)

from tests.admin.support import APP, CAMPAIGN, activities, admin_client, stored, walk
from tests.support.servers import ready_server


@pytest.fixture
def filled(admin: PinpointAdminClient) -> list[dict[str, Any]]:
    admin.put_application(application_id=APP)
    admin.put_campaign(application_id=APP, campaign_id=CAMPAIGN)
    return stored(admin, APP, CAMPAIGN, activities(7))


def _admin_walk(admin: PinpointAdminClient, page_size: str) -> tuple[list[Any], list[str]]:
    items: list[Any] = []
    tokens: list[str] = []
    token = None
    while True:
        page = admin.list_activities(
            application_id=APP, campaign_id=CAMPAIGN, page_size=page_size, token=token
        )
        items.extend(item.to_dict() for item in page.item)
        token = page.next_token if isinstance(page.next_token, str) else None
        if token is None:
            return items, tokens
        tokens.append(token)


def test_the_pages_are_those_of_the_aws_api(
    admin: PinpointAdminClient, pinpoint: Any, filled: list[dict[str, Any]]
) -> None:
    items, tokens = _admin_walk(admin, "3")
    assert len(tokens) == 2  # 3 + 3 + 1
    assert items == filled == walk(pinpoint, APP, CAMPAIGN, PageSize="3")
    # A token of one API walks on in the other.
    rest = walk(pinpoint, APP, CAMPAIGN, token=tokens[0], PageSize="3")
    assert rest == filled[3:]
    first = pinpoint.get_campaign_activities(ApplicationId=APP, CampaignId=CAMPAIGN, PageSize="2")
    boto_token = first["ActivitiesResponse"]["NextToken"]
    page = admin.list_activities(
        application_id=APP, campaign_id=CAMPAIGN, page_size="100", token=boto_token
    )
    assert [item.to_dict() for item in page.item] == filled[2:]


def test_the_default_page_size_is_the_aws_apis(
    admin: PinpointAdminClient, pinpoint: Any, filled: list[dict[str, Any]]
) -> None:
    stored(admin, APP, CAMPAIGN, activities(30, prefix="b"))
    page = admin.list_activities(application_id=APP, campaign_id=CAMPAIGN)
    boto = pinpoint.get_campaign_activities(ApplicationId=APP, CampaignId=CAMPAIGN)
    assert len(page.item) == len(boto["ActivitiesResponse"]["Item"]) < 37


def test_unknown_ids_and_bad_parameters_are_the_aws_apis_errors(
    admin: PinpointAdminClient, filled: list[dict[str, Any]]
) -> None:
    with pytest.raises(NotFoundException) as missing_app:
        admin.list_activities(application_id="nope", campaign_id=CAMPAIGN)
    assert "nope" in missing_app.value.message
    with pytest.raises(NotFoundException):
        admin.list_activities(application_id=APP, campaign_id="nope")
    with pytest.raises(BadRequestException) as token:
        admin.list_activities(application_id=APP, campaign_id=CAMPAIGN, token="forged.token")
    assert token.value.error_type == "BadRequestException" and token.value.request_id
    with pytest.raises(BadRequestException):
        admin.list_activities(application_id=APP, campaign_id=CAMPAIGN, page_size="0")


def test_it_needs_no_signature_where_the_aws_api_does(tmp_path: Path) -> None:
    credentials = tmp_path / "credentials.json"
    credentials.write_text('{"test": "test"}', encoding="utf-8")
    with ready_server(tmp_path, "--auth", "sigv4", "--credentials", str(credentials)) as server:
        with admin_client(server) as admin:
            admin.reset_mock(demo=True)
            app = admin.list_applications().item[0]
            campaign = app.campaigns[0]
            page = admin.list_activities(
                application_id=app.application_id, campaign_id=campaign.campaign_id
            )
        assert page.item
        unsigned = httpx.get(
            f"{server.url}/v1/apps/{app.application_id}/campaigns/{campaign.campaign_id}/activities"
        )
        assert unsigned.status_code == 403  # the AWS API still wants its signature


def test_it_follows_the_admin_token(tmp_path: Path) -> None:
    with ready_server(tmp_path, "--admin-token", "s3cret") as server:
        path = f"{server.url}/_mock/apps/x/campaigns/y/activities"
        refused = httpx.get(path)
        assert refused.status_code == 403
        assert refused.headers["x-amzn-errortype"] == "ForbiddenException"
        allowed = httpx.get(path, headers={"Authorization": "Bearer s3cret"})
        assert allowed.status_code == 404  # past the guard: no application x
