"""Fixtures of the campaign-run tests: one real server per module (the control plane's
fixtures), with an application and a campaign, and the clock frozen at an instant."""

from __future__ import annotations

from typing import Any

import pytest
from pinpoint_admin_client import PinpointAdminClient

from tests.admin.conftest import admin, admin_module, pinpoint, server
from tests.admin.support import APP, CAMPAIGN

__all__ = ["admin", "admin_module", "pinpoint", "server"]

T0 = "2026-03-01T08:00:00.000Z"


@pytest.fixture
def campaign(admin: PinpointAdminClient) -> PinpointAdminClient:
    """The admin client, on a mock with APP/CAMPAIGN and the clock frozen at T0."""
    admin.put_application(application_id=APP)
    admin.put_campaign(application_id=APP, campaign_id=CAMPAIGN)
    admin.set_clock(body={"Now": T0})
    return admin


def activities(pinpoint: Any) -> list[dict[str, Any]]:
    """The campaign's activities by boto3, one page."""
    page = pinpoint.get_campaign_activities(ApplicationId=APP, CampaignId=CAMPAIGN, PageSize="100")
    items: list[dict[str, Any]] = page["ActivitiesResponse"]["Item"]
    return items
