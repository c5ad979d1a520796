"""The handler over the generated ``pinpoint_server`` types (skipped until it is generated)."""

from __future__ import annotations

import asyncio
import json
import uuid
from typing import Any

import pytest

from mockserver.seed import DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID, SPEC_FIRST_ACTIVITY
from mockserver.service import ActivitiesService
from mockserver.store import Store

pinpoint_server = pytest.importorskip("pinpoint_server")
errors = pytest.importorskip("pinpoint_server.errors")


def _request(app: str, campaign: str, **query: str | None) -> Any:
    context = pinpoint_server.RequestContext(
        request_id=str(uuid.uuid4()),
        operation_id="GetCampaignActivities",
        security=("sigv4",),
        method="GET",
        raw_path=f"/v1/apps/{app}/campaigns/{campaign}/activities".encode(),
        path=f"/v1/apps/{app}/campaigns/{campaign}/activities",
        query_string=b"",
        headers=(),
        client=None,
        body=b"",
    )
    return pinpoint_server.GetCampaignActivitiesRequest(
        application_id=app,
        campaign_id=campaign,
        accept=None,
        page_size=query.get("page_size"),
        token=query.get("token"),
        context=context,
    )


def test_pages_and_errors(demo_store: Store) -> None:
    from mockserver.handler import ActivitiesHandlers

    handlers = ActivitiesHandlers(ActivitiesService(demo_store))

    def call(app: str, campaign: str, **query: str | None) -> Any:
        return asyncio.run(handlers.get_campaign_activities(_request(app, campaign, **query)))

    response = call(DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID)
    assert response.status == 200
    assert isinstance(response.body, pinpoint_server.RawJSON)
    body = json.loads(response.body.data)
    assert body["Item"][0] == SPEC_FIRST_ACTIVITY and body["NextToken"]
    with pytest.raises(errors.NotFoundException, match="Application not found"):
        call("missing", DEMO_CAMPAIGN_ID)
    with pytest.raises(errors.NotFoundException, match="Campaign not found"):
        call(DEMO_APPLICATION_ID, "missing")
    with pytest.raises(errors.BadRequestException, match="token"):
        call(DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID, token="forged")
