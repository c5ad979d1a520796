"""Helpers of the control-plane tests: the admin client, activities made from the spec's
examples, and a walk of every page with boto3."""

from __future__ import annotations

import copy
from typing import Any

from pinpoint_admin_client import PinpointAdminClient

from mockserver.seed import load_spec_examples
from tests.support.servers import RunningServer

APP = "adminapp000000000000000000000001"
CAMPAIGN = "admincmp00000000000000000000001"


def admin_client(server: RunningServer, token: str | None = None) -> PinpointAdminClient:
    """The generated admin client on ``server``, without retries."""
    headers = None if token is None else {"Authorization": f"Bearer {token}"}
    return PinpointAdminClient(base_url=server.url, max_attempts=1, headers=headers)


def activities(count: int, prefix: str = "a") -> list[dict[str, Any]]:
    """``count`` activities shaped as the spec's first example item, with their own Ids and
    without ApplicationId and CampaignId (the path gives them)."""
    first, _ = load_spec_examples()
    template = {
        key: value for key, value in first.items() if key not in ("ApplicationId", "CampaignId")
    }
    items = []
    for index in range(count):
        item = copy.deepcopy(template)
        item["Id"] = f"{prefix}{index:031d}"
        items.append(item)
    return items


def walk(
    pinpoint: Any, app: str, campaign: str, *, token: str | None = None, **kwargs: Any
) -> list[dict[str, Any]]:
    """Every item of a campaign (after ``token``), page by page through boto3's NextToken."""
    items: list[dict[str, Any]] = []
    while True:
        extra = {} if token is None else {"Token": token}
        page = pinpoint.get_campaign_activities(
            ApplicationId=app, CampaignId=campaign, **kwargs, **extra
        )["ActivitiesResponse"]
        items.extend(page["Item"])
        token = page.get("NextToken")
        if token is None:
            return items


def stored(
    admin: PinpointAdminClient, app: str, campaign: str, items: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Add ``items`` through the control plane; return the stored items as plain dicts."""
    result = admin.add_activities(application_id=app, campaign_id=campaign, body={"Item": items})
    return [item.to_dict() for item in result.item]
