"""Items for the transfer tests, made from the spec (its example activity and its enums)."""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tests.spec.common import load_spec


@functools.cache
def _schemas() -> dict[str, Any]:
    """The spec's schemas (callers copy what they hand out)."""
    schemas: dict[str, Any] = load_spec()["components"]["schemas"]
    return schemas


def example_item() -> dict[str, Any]:
    """The first activity of the spec's ActivitiesResponse example."""
    items = _schemas()["ActivitiesResponse"]["example"]["Item"]
    return copy.deepcopy(items[0])


def items_key() -> str:
    """The array property of the spec's ActivitiesResponse (where a page holds its items)."""
    properties = _schemas()["ActivitiesResponse"]["properties"]
    (name,) = [n for n, p in properties.items() if p.get("type") == "array"]
    return str(name)


def token_key() -> str:
    """The other property of the spec's ActivitiesResponse: the page token."""
    properties = _schemas()["ActivitiesResponse"]["properties"]
    (name,) = [n for n in properties if n != items_key()]
    return str(name)


def states() -> list[str]:
    """The spec's enum of ActivityResponse.State."""
    return list(_schemas()["ActivityResponse"]["properties"]["State"]["enum"])


def make_items(count: int, app: str, campaign: str, *, prefix: str = "id") -> list[dict[str, Any]]:
    """``count`` valid activities of one campaign: the spec's example with distinct Ids."""
    example = example_item()
    items = []
    for index in range(count):
        item = dict(example)
        item.update(Id=f"{prefix}{index:06d}", ApplicationId=app, CampaignId=campaign)
        items.append(item)
    return items


def page(items: list[dict[str, Any]], token: str | None = None) -> dict[str, Any]:
    """A raw REST page body."""
    return {token_key(): token, items_key(): items}


def boto3_response(items: list[dict[str, Any]], token: str | None = None) -> dict[str, Any]:
    """What boto3's get_campaign_activities returns, as people saved it with json.dump."""
    return {
        "ResponseMetadata": {"RequestId": "r-1", "HTTPStatusCode": 200, "RetryAttempts": 0},
        "ActivitiesResponse": page(items, token),
    }


def write_jsonl(path: Path, values: Iterable[object]) -> Path:
    path.write_text("".join(json.dumps(v) + "\n" for v in values), encoding="utf-8")
    return path
