"""The public API of the compiled module: registry, errors, requests, responses, formats."""

from __future__ import annotations

import dataclasses
import enum
from typing import Any

import pytest

from tests.validators.support import REPO, load_spec

PINPOINT = REPO / "spec" / "pinpoint-campaign-activities.yaml"
LIBRARY = REPO / "tests" / "specs" / "library.yaml"
KEYWORDS = REPO / "tests" / "specs" / "keywords.yaml"


@pytest.fixture(scope="module")
def pinpoint() -> Any:
    return load_spec(PINPOINT)[1]


@pytest.fixture(scope="module")
def library() -> Any:
    return load_spec(LIBRARY)[1]


@pytest.fixture(scope="module")
def keywords() -> Any:
    return load_spec(KEYWORDS)[1]


def item(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"Id": "a", "ApplicationId": "b", "CampaignId": "c", "State": "RUNNING"}
    return {**base, **changes}


def test_registry_names_follow_the_model() -> None:
    model, module = load_spec(PINPOINT)
    expected = [s.name for s in model.schemas]
    for op in model.operations:
        expected += [f"{op.operation_id}.{p.location}.{p.name}" for p in op.parameters]
        expected.append(f"{op.operation_id}.request")
        expected += [f"{op.operation_id}.response.{r.status}" for r in op.responses]
    assert list(module.SCHEMA_NAMES) == expected
    assert "GetCampaignActivities.query.page-size" in module.SCHEMA_NAMES


def test_error_objects(pinpoint: Any) -> None:
    body = {"Item": [item(), item(), item(), item(State="DONE")]}
    errors = pinpoint.validate("ActivitiesResponse", body)
    assert [(e.pointer, e.keyword) for e in errors] == [("/Item/3/State", "enum")]
    assert errors[0].message.startswith("'DONE' is not one of ['PENDING'")
    assert dataclasses.is_dataclass(errors[0]) and not hasattr(errors[0], "__dict__")
    with pytest.raises(dataclasses.FrozenInstanceError):
        errors[0].pointer = "/"  # type: ignore[misc]
    assert pinpoint.validate_activities_response(body) == errors
    assert pinpoint.is_valid_activities_response(body) is False
    with pytest.raises(pinpoint.ValidationFailed) as raised:
        pinpoint.check("ActivitiesResponse", body)
    assert isinstance(raised.value, ValueError)
    assert raised.value.errors == errors and "/Item/3/State" in str(raised.value)
    pinpoint.check("ActivitiesResponse", {"Item": []})
    with pytest.raises(KeyError, match="unknown schema name"):
        pinpoint.validate("Nope", {})


def test_root_and_required_pointers(pinpoint: Any) -> None:
    assert [(e.pointer, e.keyword) for e in pinpoint.validate("ActivityResponse", [])] == [
        ("", "type")
    ]
    errors = pinpoint.validate("ActivityResponse", {"Id": "x", "ApplicationId": "y"})
    assert [(e.pointer, e.keyword, e.message) for e in errors] == [
        ("", "required", "'CampaignId' is a required property")
    ]


def test_json_semantics_on_the_fast_and_precise_paths(pinpoint: Any) -> None:
    class State(enum.StrEnum):
        RUNNING = "RUNNING"

    class Text(str):
        pass

    valid = [
        item(SuccessfulEndpointCount=5.0),  # 1.0 is an integer
        item(State=State.RUNNING),  # a str subclass is a string
        item(Id=Text("x")),
        item(TotalEndpointCount=2**70),
    ]
    for value in valid:
        assert pinpoint.is_valid("ActivityResponse", value), value
        assert pinpoint.validate("ActivityResponse", value) == [], value
    invalid = [
        item(SuccessfulEndpointCount=True),  # bool is not an integer
        item(SuccessfulEndpointCount=5.5),
        item(State=["RUNNING"]),  # unhashable where an enum is tested
        item(State={"RUNNING": 1}),
        item(Id=None),
    ]
    for value in invalid:
        assert not pinpoint.is_valid("ActivityResponse", value), value
        assert pinpoint.validate("ActivityResponse", value) != [], value


def test_request_parameters(pinpoint: Any) -> None:
    ok = {"path": {"application-id": "a", "campaign-id": "c"}, "query": {"page-size": "20"}}
    assert pinpoint.validate("GetCampaignActivities.request", ok) == []
    assert pinpoint.is_valid_get_campaign_activities_request(ok)
    bad = {
        "path": {"application-id": "a"},
        "query": {"page-size": "0", "other": "ignored"},
        "header": {"accept": 5},
    }
    assert [
        (e.pointer, e.keyword) for e in pinpoint.validate_get_campaign_activities_request(bad)
    ] == [
        ("/path/campaign-id", "required"),
        ("/query/page-size", "pattern"),
        ("/header/accept", "type"),
    ]
    assert pinpoint.validate("GetCampaignActivities.query.page-size", "7") == []
    assert not pinpoint.is_valid("GetCampaignActivities.query.page-size", "x")
    assert [e.pointer for e in pinpoint.validate("GetCampaignActivities.request", {"path": 1})] == [
        "/path"
    ]


def test_request_parameter_parsing(library: Any) -> None:
    """Wire texts are parsed for integer, number and boolean schemas; arrays from lists."""
    path = {"shelf-id": "main-shelf"}

    def errors(query: dict[str, Any], header: dict[str, str] | None = None) -> list[Any]:
        request = {"path": path, "query": query, "header": header or {}}
        return [(e.pointer, e.keyword) for e in library.validate("ListBooks.request", request)]

    assert errors({"available": "true", "limit": "5", "genre": ["fiction", "poetry"]}) == []
    assert errors({"available": "false", "genre": "drama"}) == []
    assert errors({"available": "yes"}) == [("/query/available", "type")]
    assert errors({"available": "true", "limit": "abc"}) == [("/query/limit", "type")]
    assert errors({"available": "true", "limit": "500"}) == [("/query/limit", "maximum")]
    assert errors({"available": "true", "genre": ["fiction", "cooking"]}) == [
        ("/query/genre/1", "enum")
    ]
    assert errors({}) == [("/query/available", "required")]
    assert errors({"available": "true"}, {"x-trace-id": "short"}) == [
        ("/header/x-trace-id", "minLength")
    ]
    assert library.validate("GetCategory.path.category-id", "12") == []
    assert library.validate("GetCategory.query.depth", "0.5") == []
    assert [e.keyword for e in library.validate("GetCategory.query.depth", "0")] == [
        "exclusiveMinimum"
    ]


def test_response_dispatch(library: Any, pinpoint: Any) -> None:
    page = {"items": [], "next": None}
    assert library.validate_list_books_response(200, page) == []
    assert [e.keyword for e in library.validate_list_books_response(404, {})] == ["required"]
    assert library.validate_list_books_response(404, {"title": "Not found"}) == []
    assert library.validate_list_books_response(503, {"title": "Busy"}) == []  # default
    assert library.validate_response("ListBooks", 418, {"title": "teapot"}) == []
    assert library.validate_get_category_response(204, "anything") == []  # no JSON body
    assert [e.keyword for e in pinpoint.validate_get_campaign_activities_response(418, {})] == [
        "status"
    ]
    assert pinpoint.is_valid_get_campaign_activities_response(200, {"Item": []})
    assert not pinpoint.is_valid_get_campaign_activities_response(418, {})


def test_formats_are_opt_in(keywords: Any) -> None:
    thing = {"kind": "thing", "code": "AB12", "when": "yesterday", "small": 2**31}
    assert keywords.validate("Thing", thing) == []
    assert keywords.is_valid("Thing", thing)
    errors = keywords.validate("Thing", thing, formats=True)
    assert [(e.pointer, e.keyword) for e in errors] == [("/when", "format"), ("/small", "format")]
    assert not keywords.is_valid("Thing", thing, formats=True)
    good = {**thing, "when": "2026-03-01T09:00:00.5+01:00", "small": -(2**31), "day": "2024-02-29"}
    assert keywords.is_valid("Thing", good, formats=True)
    assert not keywords.is_valid("Thing", {**good, "day": "2023-02-29"}, formats=True)


def test_ecma_regex_semantics(keywords: Any) -> None:
    """`\\d` is ASCII and `$` does not match before a final newline, as in ECMA-262."""
    base = {"kind": "thing"}
    assert keywords.is_valid("Thing", {**base, "code": "AB12"})
    assert not keywords.is_valid("Thing", {**base, "code": "AB\u0661\u0662"})  # Arabic-Indic
    assert not keywords.is_valid("Thing", {**base, "code": "AB12\n"})


def test_recursive_schema(library: Any) -> None:
    tree: dict[str, Any] = {"id": 0, "name": "root"}
    leaf = tree
    for depth in range(1, 50):
        child = {"id": depth, "name": f"n{depth}", "parent": depth - 1}
        leaf["children"] = [child]
        leaf = child
    assert library.is_valid("Category", tree)
    leaf["children"] = [{"id": "x", "name": "bad"}]
    errors = library.validate("Category", tree)
    assert len(errors) == 1 and errors[0].keyword == "type"
    assert errors[0].pointer == "/children/0" * 49 + "/children/0/id"


def test_predicate_is_is_valid_looked_up_once(pinpoint: Any) -> None:
    cases = [
        ("ActivityResponse", item()),
        ("ActivityResponse", item(State="DONE")),
        ("ActivityResponse", item(TotalEndpointCount=2**40)),
        ("GetCampaignActivities.query.page-size", "20"),
        ("GetCampaignActivities.query.page-size", "twenty"),
    ]
    for name, value in cases:
        for formats in (False, True):
            check = pinpoint.predicate(name, formats=formats)
            assert check(value) is pinpoint.is_valid(name, value, formats=formats), (name, value)
    too_big = item(TotalEndpointCount=2**40)  # format int32: asserted only with formats=True
    assert pinpoint.predicate("ActivityResponse", formats=True)(too_big) is False
    assert pinpoint.predicate("ActivityResponse")(too_big) is True
    with pytest.raises(KeyError, match="unknown schema name"):
        pinpoint.predicate("NoSuchSchema")
