"""Dates and times: a `format: date-time` property of the spec is a timezone-aware `datetime` in the
client's models, and what `to_dict()` writes back is still a date-time to the spec's validators.

The properties and their example values come from the spec, so a new date-time property is
covered without editing this file.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pinpoint_client.models
import pytest
from pinpoint_client import InvalidResponseError, PinpointClient
from pinpoint_validators import validate

from generator.naming import snake
from tests.client.conftest import Seeded
from tests.client.misbehaving import RunningApp
from tests.spec.common import load_spec


def _date_time_examples() -> list[tuple[str, str, dict[str, Any]]]:
    """(schema, property, the schema's example) for every date-time property the example shows."""
    found = []
    for name, schema in load_spec()["components"]["schemas"].items():
        example = schema.get("example")
        for prop, node in schema.get("properties", {}).items():
            if node.get("format") == "date-time" and isinstance(example, dict) and prop in example:
                found.append((name, prop, example))
    return found


@pytest.mark.parametrize(("schema", "prop", "example"), _date_time_examples())
def test_a_date_time_is_an_aware_datetime_and_writes_back_valid(
    schema: str, prop: str, example: dict[str, Any]
) -> None:
    model = getattr(pinpoint_client.models, schema).from_dict(example)
    value = getattr(model, snake(prop))
    assert isinstance(value, datetime) and value.utcoffset() is not None
    assert value == datetime.fromisoformat(example[prop])
    written = model.to_dict()
    assert datetime.fromisoformat(written[prop]) == value  # the same instant
    assert validate(schema, written, formats=True) == []


def test_the_mock_servers_dates_parse(seeded_server: Seeded) -> None:
    with PinpointClient(seeded_server.url, max_attempts=1) as client:
        page = client.get_campaign_activities(
            application_id=seeded_server.application_id, campaign_id=seeded_server.campaign_id
        )
    spec = load_spec()["components"]["schemas"]["ActivityResponse"]["properties"]
    dated = [snake(p) for p, node in spec.items() if node.get("format") == "date-time"]
    values = [getattr(item, name) for item in page.item for name in dated]
    parsed = [v for v in values if isinstance(v, datetime)]
    assert parsed and all(v.utcoffset() is not None for v in parsed)


def test_a_date_python_cannot_read_is_an_invalid_response(misbehaving: RunningApp) -> None:
    with (
        PinpointClient(misbehaving.url, max_attempts=1) as client,
        pytest.raises(InvalidResponseError),
    ):
        client.get_campaign_activities(application_id="bad-date", campaign_id="c")
