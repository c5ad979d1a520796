"""Fixtures of the transfer tests: pages saved from the real demo server by real boto3."""

from __future__ import annotations

from typing import Any

import pytest

from tests.mockserver.serving import client
from tests.support.servers import APPLICATION_ID, CAMPAIGN_ID, RunningServer


@pytest.fixture(scope="session")
def saved_responses(demo_server: RunningServer) -> list[dict[str, Any]]:
    """Every page of the demo campaign as boto3 returned it (three items a page)."""
    pinpoint = client(demo_server)
    responses: list[dict[str, Any]] = []
    kwargs: dict[str, Any] = {"ApplicationId": APPLICATION_ID, "CampaignId": CAMPAIGN_ID}
    while True:
        response = pinpoint.get_campaign_activities(PageSize="3", **kwargs)
        responses.append(response)
        token = response["ActivitiesResponse"].get("NextToken")
        if not token:
            return responses
        kwargs["Token"] = token
