"""The handlers and the guard the behavioural tests serve: a small in-memory implementation.

It subclasses HandlersBase, as any user of the package does; special application IDs make it
misbehave on purpose (crash, wrong type, a body that breaks the spec) so the tests can watch the
app turn each mistake into the right answer.
"""

from __future__ import annotations

import json
from typing import Any

from pinpoint_server import (
    GetCampaignActivitiesRequest,
    GetCampaignActivitiesResponse,
    HandlersBase,
    OptionsCampaignActivitiesRequest,
    OptionsCampaignActivitiesResponse,
    RawJSON,
    RequestContext,
)
from pinpoint_server.errors import (
    BadRequestException,
    ForbiddenException,
    NotFoundException,
    TooManyRequestsException,
)
from pinpoint_server.models import ActivityResponse

APPLICATION_ID = "4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b"
CAMPAIGN_ID = "7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f"
SECRET = "secret-detail-6d1f"  # a crash's message: it must never reach a client


def activity(application_id: str, campaign_id: str) -> ActivityResponse:
    return {
        "Id": "0d6d5b27a4f54f3a9ce2b3a7d1e8f901",
        "ApplicationId": application_id,
        "CampaignId": campaign_id,
        "State": "COMPLETED",
        "Result": "SUCCESS",
        "SuccessfulEndpointCount": 18734,
    }


class DemoHandlers(HandlersBase):
    def __init__(self) -> None:
        self.seen: dict[str, Any] = {}  # request id -> the request the handler received

    def received(self, request_id: str) -> Any:
        return self.seen[request_id]

    async def get_campaign_activities(
        self, request: GetCampaignActivitiesRequest
    ) -> GetCampaignActivitiesResponse:
        self.seen[request.context.request_id] = request
        app, campaign = request.application_id, request.campaign_id
        if app == "missing":
            raise NotFoundException("Application not found")
        if app == "invalid-token":
            raise BadRequestException("Invalid token")
        if app == "boom":
            raise RuntimeError(SECRET)
        if app == "wrong-type":
            return {"Item": []}  # type: ignore[return-value]
        if app == "bad-body":
            item: Any = {**activity(app, campaign), "State": 3}
            return GetCampaignActivitiesResponse(body={"Item": [item]})
        if app == "bad-raw":
            broken = {"Item": [{**activity(app, campaign), "State": "EXPLODED"}]}
            return GetCampaignActivitiesResponse(body=RawJSON(json.dumps(broken).encode()))
        if app == "raw":
            data = json.dumps({"Item": [activity(app, campaign)], "NextToken": None}).encode()
            return GetCampaignActivitiesResponse(body=RawJSON(data))
        return GetCampaignActivitiesResponse(
            body={"Item": [activity(app, campaign)], "NextToken": "next-page"},
            headers={"X-Handler": "demo"},
        )

    async def options_campaign_activities(
        self, request: OptionsCampaignActivitiesRequest
    ) -> OptionsCampaignActivitiesResponse:
        self.seen[request.context.request_id] = request
        return OptionsCampaignActivitiesResponse(headers={"X-Handler": "options"})


class RecordingGuard:
    """Records every context; refuses when the test asks (header ``x-test-guard``)."""

    def __init__(self) -> None:
        self.contexts: dict[str, RequestContext] = {}

    async def __call__(self, context: RequestContext) -> None:
        self.contexts[context.request_id] = context
        verdict = context.header("X-Test-Guard")
        if verdict == "forbid":
            raise ForbiddenException(
                "The request signature we calculated does not match the signature you provided."
            )
        if verdict == "throttle":
            raise TooManyRequestsException("Too many requests", headers={"Retry-After": "1"})
