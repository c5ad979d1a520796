"""Helpers shared by the mock server's tests."""

from __future__ import annotations

import json
from typing import Any

from mockserver.service import ActivitiesService
from tests.spec.common import load_spec

APP = "app00000000000000000000000000001"
CAMPAIGN = "cmp00000000000000000000000000001"


def activity_schema() -> dict[str, Any]:
    """The spec's ActivityResponse schema, read from the YAML (a fresh copy)."""
    schema: dict[str, Any] = load_spec()["components"]["schemas"]["ActivityResponse"]
    return schema


def spec_enum(name: str) -> tuple[str, ...]:
    """The enum of one ActivityResponse property in the spec (State, Result)."""
    return tuple(activity_schema()["properties"][name]["enum"])


def unknown_property() -> str:
    """A property name that the spec's ActivityResponse does not declare (computed, so no real
    property can be mistaken for an unknown one)."""
    known = set(activity_schema()["properties"])
    name = "Undeclared"
    while name in known:
        name += "X"
    return name


def pending(activity_id: str, day: int = 1) -> dict[str, object]:
    """A minimal valid activity (ActivityResponse-shaped)."""
    return {
        "Id": activity_id,
        "TreatmentId": "0",
        "State": "PENDING",
        "ScheduledStart": f"2026-04-{day:02d}T09:00:00.000Z",
        "SuccessfulEndpointCount": 0,
        "TotalEndpointCount": 0,
        "TimezonesTotalCount": 3,
        "TimezonesCompletedCount": 0,
    }


def page(
    service: ActivitiesService,
    app: str,
    campaign: str,
    *,
    page_size: str | None = None,
    token: str | None = None,
) -> dict[str, Any]:
    """One decoded page; also checks the body is the compact JSON the server sends."""
    body = service.get_activities_page(app, campaign, page_size=page_size, token=token)
    decoded: dict[str, Any] = json.loads(body)
    assert list(decoded) == ["NextToken", "Item"]
    assert json.dumps(decoded, separators=(",", ":")).encode() == body
    return decoded


def walk(
    service: ActivitiesService, app: str, campaign: str, *, page_size: str | None = None
) -> list[list[str]]:
    """Follow NextToken to the end; return the Ids of each page."""
    pages: list[list[str]] = []
    token: str | None = None
    while True:
        decoded = page(service, app, campaign, page_size=page_size, token=token)
        pages.append([item["Id"] for item in decoded["Item"]])
        token = decoded["NextToken"]
        if token is None:
            return pages
        assert isinstance(token, str) and token
        assert len(pages) < 100_000, "the walk does not end"
