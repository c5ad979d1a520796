"""Tolerant reading: unknown enum values and unknown properties are kept, never fatal."""

from __future__ import annotations

from typing import Any

import pytest
from pinpoint_client import AsyncPinpointClient, PinpointClient
from pinpoint_client.models import (
    ActivitiesResponse,
    ActivityResponse,
    ActivityResponseResult,
    ActivityResponseState,
)

from generator.cli import read_model
from generator.targets.client import tolerant_document
from tests.client.misbehaving import (
    KNOWN_RESULT,
    KNOWN_STATE,
    NEW_PAGE_PROPERTY,
    NEW_PROPERTY,
    NEW_RESULT,
    NEW_STATE,
    RunningApp,
)
from tests.support.servers import ROOT


def test_a_newer_state_and_extra_properties_are_kept(misbehaving: RunningApp) -> None:
    with PinpointClient(misbehaving.url) as client:
        page = client.get_campaign_activities(application_id="archived", campaign_id="c")
    newer, known = page.item
    assert newer.state == NEW_STATE and not isinstance(newer.state, ActivityResponseState)
    assert newer.result == NEW_RESULT and not isinstance(newer.result, ActivityResponseResult)
    assert newer.additional_properties == {NEW_PROPERTY: {"Sent": "12"}}
    assert newer[NEW_PROPERTY] == {"Sent": "12"}
    assert page.additional_properties == {NEW_PAGE_PROPERTY: [1, 2]}
    # the values the spec lists still parse into their enums
    assert known.state is ActivityResponseState(KNOWN_STATE)
    assert known.result is ActivityResponseResult(KNOWN_RESULT)
    # and nothing is lost on the way back
    round_trip = page.to_dict()
    assert round_trip["Item"][0]["State"] == NEW_STATE
    assert round_trip["Item"][0][NEW_PROPERTY] == {"Sent": "12"}
    assert round_trip[NEW_PAGE_PROPERTY] == [1, 2]


@pytest.mark.anyio
async def test_async_reads_the_newer_state(misbehaving: RunningApp) -> None:
    async with AsyncPinpointClient(misbehaving.url) as client:
        items = [
            a
            async for a in client.iter_get_campaign_activities(
                application_id="archived", campaign_id="c"
            )
        ]
    assert [a.state for a in items] == [NEW_STATE, ActivityResponseState(KNOWN_STATE)]


def test_models_parse_sdk_shaped_data_offline() -> None:
    data: dict[str, Any] = {
        "Item": [{"Id": "1", "ApplicationId": "a", "CampaignId": "c", "State": NEW_STATE}],
        "NextToken": None,
    }
    page = ActivitiesResponse.from_dict(data)
    assert isinstance(page.item[0], ActivityResponse) and page.item[0].state == NEW_STATE


def test_the_derived_document_widens_enums_and_drops_additional_properties_false() -> None:
    model = read_model(ROOT / "tests" / "client" / "fixtures" / "multi.yaml")
    document, hoisted = tolerant_document(model)
    schemas = document["components"]["schemas"]
    # a component enum stays as it is; every reference to it accepts any string
    assert schemas["Kind"] == {"type": "string", "enum": ["dog", "cat"]}
    pet = schemas["Pet"]["properties"]
    assert pet["kind"] == {"anyOf": [{"$ref": "#/components/schemas/Kind"}, {"type": "string"}]}
    # an inline enum is hoisted under the name the tool gives it; null stays allowed
    assert schemas["PetStatus"] == {"type": "string", "enum": ["available", "sold"]}
    assert pet["status"]["anyOf"] == [
        {"$ref": "#/components/schemas/PetStatus"},
        {"type": "string"},
        {"type": "null"},
    ]
    assert pet["colors"]["items"]["anyOf"][1] == {"type": "string"}
    # inline body schemas get names we chose; integer enums fall back to integers
    assert hoisted == {
        ("response", "listPets 200"): "ListPetsResponse200",
        ("request", "createPet"): "CreatePetRequest",
    }
    create = schemas["CreatePetRequest"]
    assert "additionalProperties" not in create
    assert create["properties"]["size"]["anyOf"][1] == {"type": "integer"}
    # parameters are untouched (the high-level client types them itself)
    kind = document["paths"]["/pets"]["get"]["parameters"][2]
    assert kind["schema"] == {"type": "string", "enum": ["dog", "cat"]}
    # and the spec itself is not modified
    assert model.document["components"]["schemas"]["Pet"]["properties"]["kind"] == {
        "$ref": "#/components/schemas/Kind"
    }
