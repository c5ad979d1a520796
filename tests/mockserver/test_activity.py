"""activity.prepare: the spec's ActivityResponse, from the generated code, checked and encoded.

Every expectation is computed from the spec (read from the YAML): property order, required
properties, enums, formats, and a name that is not a property.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from pinpoint_server.models import ActivityResponse

from mockserver import activity
from mockserver.activity import PROPERTIES, REQUIRED, prepare
from mockserver.errors import ActivityValidationError, ValidationError
from tests.mockserver.helpers import activity_schema, unknown_property

APP = "A"
CAMPAIGN = "C"


def _properties(**where: object) -> list[str]:
    """The spec's ActivityResponse properties whose schema has every key=value of ``where``."""
    return [
        name
        for name, schema in activity_schema()["properties"].items()
        if all(schema.get(key) == value for key, value in where.items())
    ]


def _sample(name: str) -> object:
    """A valid value for one property, from its schema."""
    schema = activity_schema()["properties"][name]
    if "enum" in schema:
        return schema["enum"][0]
    if schema.get("format") == "date-time":
        return "2026-03-01T09:00:00.000Z"
    if schema.get("type") == "integer":
        return 7
    if schema.get("type") == "string":
        return "s"
    if schema.get("type") == "object":
        return {}
    raise AssertionError(f"no sample for {name}: {schema}")


def _full_item() -> dict[str, Any]:
    return {name: _sample(name) for name in PROPERTIES} | {
        "ApplicationId": APP,
        "CampaignId": CAMPAIGN,
    }


def test_properties_come_from_the_generated_model_and_equal_the_spec() -> None:
    schema = activity_schema()
    assert tuple(ActivityResponse.__annotations__) == PROPERTIES
    assert tuple(schema["properties"]) == PROPERTIES
    assert REQUIRED == frozenset(ActivityResponse.__required_keys__) == set(schema["required"])
    assert activity.SCHEMA_NAME == "ActivityResponse"


def test_ids_are_filled_and_json_is_compact_in_spec_order() -> None:
    item = _full_item()
    del item["ApplicationId"], item["CampaignId"], item["Id"]
    reversed_item = dict(reversed(list(item.items())))
    prepared = prepare(reversed_item, APP, CAMPAIGN)
    assert len(prepared.id) == 32 and int(prepared.id, 16) >= 0
    decoded = json.loads(prepared.body)
    assert list(decoded) == list(PROPERTIES)  # every property, in the spec's order
    assert (
        decoded
        == prepared.data
        == {**item, "Id": prepared.id, "ApplicationId": APP, "CampaignId": CAMPAIGN}
    )
    assert json.dumps(decoded, separators=(",", ":")).encode() == prepared.body
    assert prepare(reversed_item, APP, CAMPAIGN).id != prepared.id  # a new Id each time
    assert (
        prepare({"Id": "x"}, APP, CAMPAIGN).body
        == b'{"Id":"x","ApplicationId":"A","CampaignId":"C"}'
    )


def test_items_in_spec_order_and_others_give_the_same_bytes() -> None:
    full = _full_item()  # in the spec's order, complete: prepare's fast path
    shuffled = dict(sorted(full.items()))
    assert list(shuffled) != list(full)
    assert prepare(full, APP, CAMPAIGN) == prepare(shuffled, APP, CAMPAIGN)
    assert prepare(full, APP, CAMPAIGN).data is not full  # the caller's dict is not kept
    for name in ("ApplicationId", "CampaignId"):  # in order, but for another campaign
        with pytest.raises(ActivityValidationError) as caught:
            prepare({**full, name: "elsewhere"}, APP, CAMPAIGN)
        assert caught.value.pointer == f"/{name}"
    with pytest.raises(ActivityValidationError, match=r"^/State: "):
        prepare({**full, "State": 1}, APP, CAMPAIGN)


def test_given_ids_must_match_the_path() -> None:
    assert (
        prepare({"Id": "x", "ApplicationId": APP, "CampaignId": CAMPAIGN}, APP, CAMPAIGN).id == "x"
    )
    for name in ("ApplicationId", "CampaignId"):
        with pytest.raises(ActivityValidationError) as caught:
            prepare({"Id": "x", name: "elsewhere"}, APP, CAMPAIGN)
        assert caught.value.pointer == f"/{name}"
        assert str(caught.value).startswith(f"/{name}: 'elsewhere'")


def test_undeclared_properties_are_refused_by_name() -> None:
    name = unknown_property()
    with pytest.raises(ActivityValidationError) as caught:
        prepare({"Id": "x", name: 1}, APP, CAMPAIGN)
    assert caught.value.pointer == f"/{name}"
    assert repr(name) in str(caught.value) and "unknown property" in str(caught.value)
    assert isinstance(caught.value, ValidationError)
    with pytest.raises(ActivityValidationError) as slashed:
        prepare({"Id": "x", f"{name}/a~b": 1}, APP, CAMPAIGN)
    assert slashed.value.pointer == f"/{name}~1a~0b"  # RFC 6901 escaping


@pytest.mark.parametrize("name", _properties(type="string") + _properties(type="integer"))
def test_every_property_checks_its_type(name: str) -> None:
    wrong: object = 5 if activity_schema()["properties"][name]["type"] == "string" else "5"
    with pytest.raises(ActivityValidationError) as caught:
        prepare({"Id": "x", name: wrong}, APP, CAMPAIGN)
    assert caught.value.pointer == f"/{name}"
    assert str(caught.value).startswith(f"/{name}: ")


@pytest.mark.parametrize(
    "name", [n for n in PROPERTIES if "enum" in activity_schema()["properties"][n]]
)
def test_enums_accept_their_values_only(name: str) -> None:
    values = activity_schema()["properties"][name]["enum"]
    for value in values:
        assert prepare({name: value}, APP, CAMPAIGN).data[name] == value
    for wrong in (values[0].lower(), values[0] + "X", ""):
        assert wrong not in values
        with pytest.raises(ActivityValidationError, match=f"^/{name}: ") as caught:
            prepare({name: wrong}, APP, CAMPAIGN)
        assert repr(wrong) in str(caught.value)


@pytest.mark.parametrize("name", _properties(format="date-time"))
def test_date_time_properties_need_an_rfc3339_date_time(name: str) -> None:
    assert prepare({name: "2026-03-01T09:00:00.000Z"}, APP, CAMPAIGN)
    assert prepare({name: "2026-03-01T10:00:00+01:00"}, APP, CAMPAIGN)
    for wrong in ("2026-01-01", "yesterday", "2026-13-01T00:00:00Z", "2026-03-01 09:00:00Z"):
        with pytest.raises(ActivityValidationError) as caught:
            prepare({name: wrong}, APP, CAMPAIGN)
        assert caught.value.pointer == f"/{name}"


@pytest.mark.parametrize("name", _properties(format="int32"))
def test_int32_properties_are_bounded_and_not_booleans(name: str) -> None:
    assert prepare({name: 2**31 - 1}, APP, CAMPAIGN).data[name] == 2**31 - 1
    for wrong in (2**31, True, 1.5):
        with pytest.raises(ActivityValidationError, match=f"^/{name}: "):
            prepare({name: wrong}, APP, CAMPAIGN)


def test_every_problem_is_named_and_within_prefixes_them() -> None:
    names = _properties(type="integer")[:2]
    assert len(names) == 2
    with pytest.raises(ActivityValidationError) as caught:
        prepare({name: "x" for name in names}, APP, CAMPAIGN)
    error = caught.value
    assert [p for p, _ in error.problems] == [f"/{n}" for n in names]
    moved = error.within("/Item/3")
    assert moved.pointer == f"/Item/3/{names[0]}"
    assert str(moved).startswith(f"/Item/3/{names[0]}: ")
    assert f"; /Item/3/{names[1]}: " in str(moved)


def test_non_objects_and_unencodable_values_are_refused() -> None:
    with pytest.raises(ActivityValidationError) as caught:
        prepare(["Id"], APP, CAMPAIGN)  # type: ignore[arg-type]
    assert caught.value.pointer == ""
    with pytest.raises(ActivityValidationError):
        prepare({"Id": None}, APP, CAMPAIGN)  # null is not a string: the spec has no nulls


def test_hostile_strings_are_escaped_ascii() -> None:
    hostile = 'a"b\\c\u2028\U0001f600</script>'
    prepared = prepare({"Id": hostile, "TreatmentId": hostile}, APP, CAMPAIGN)
    assert prepared.body.isascii()
    assert json.loads(prepared.body)["Id"] == hostile == prepared.id


def test_errors_survive_pickling() -> None:
    import pickle

    with pytest.raises(ActivityValidationError) as caught:
        prepare({"Id": 1, "State": 2}, APP, CAMPAIGN)
    copy = pickle.loads(pickle.dumps(caught.value.within("/Item/0")))
    assert (copy.pointer, copy.problems, str(copy)) == (
        "/Item/0/Id",
        caught.value.within("/Item/0").problems,
        str(caught.value.within("/Item/0")),
    )
