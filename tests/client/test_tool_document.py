"""The derived document openapi-python-client reads: the parts of real documents it trips on
(found with the real-world corpus) are reshaped so that the low layer generates and type-checks,
while the high-level client still finds every class it uses."""

from __future__ import annotations

from typing import Any

from generator.model import build_model
from generator.targets.client import tolerant_document
from generator.targets.client.report import read_report

OK = {"204": {"description": "ok"}}


def _derived(paths: dict[str, Any], schemas: dict[str, Any]) -> tuple[dict[str, Any], Any]:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }
    return tolerant_document(build_model(document, "t.yaml"))


def _get(schema_ref: str) -> dict[str, Any]:
    return {
        "operationId": "getIt",
        "responses": {
            "200": {
                "description": "ok",
                "content": {"application/json": {"schema": {"$ref": schema_ref}}},
            }
        },
    }


def test_components_that_shadow_the_tools_names_are_renamed_with_their_refs() -> None:
    schemas = {
        "Response": {
            "type": "object",
            "title": "Response",
            "properties": {"a": {"type": "string"}},
        },
        "Requests": {"type": "object", "properties": {"requests": {"type": "array"}}},
        "Page": {
            "type": "object",
            "properties": {"item": {"$ref": "#/components/schemas/Response"}},
        },
    }
    document, classes = _derived({"/x": {"get": _get("#/components/schemas/Requests")}}, schemas)
    derived = document["components"]["schemas"]
    assert "Response" not in derived and "Requests" not in derived
    assert derived["ResponseModel"] == {"type": "object", "properties": {"a": {"type": "string"}}}
    assert derived["Page"]["properties"]["item"] == {"$ref": "#/components/schemas/ResponseModel"}
    ok = document["paths"]["/x"]["get"]["responses"]["200"]["content"]["application/json"]
    assert ok["schema"] == {"$ref": "#/components/schemas/RequestsModel"}
    assert classes[("component", "Response")] == "ResponseModel"
    assert classes[("component", "Requests")] == "RequestsModel"


def test_a_title_naming_another_class_is_dropped_and_an_equal_one_kept() -> None:
    schemas = {
        "Zone": {"type": "object", "title": "Zone object"},
        "Item": {"type": "object", "title": "item"},
    }
    document, _ = _derived({}, schemas)
    assert "title" not in document["components"]["schemas"]["Zone"]
    assert document["components"]["schemas"]["Item"]["title"] == "item"


def test_a_property_named_additional_properties_is_left_to_the_tools_own() -> None:
    schemas = {
        "Stats": {
            "type": "object",
            "required": ["additionalProperties", "n"],
            "properties": {"additionalProperties": {"type": "boolean"}, "n": {"type": "integer"}},
        }
    }
    document, _ = _derived({}, schemas)
    stats = document["components"]["schemas"]["Stats"]
    assert list(stats["properties"]) == ["n"] and stats["required"] == ["n"]


def test_parameters_sharing_a_python_name_keep_only_the_first_for_the_tool() -> None:
    params = [
        {"name": n, "in": "query", "schema": {"type": "string"}}
        for n in ("StartTime", "StartTime<", "StartTime>", "Page")
    ]
    paths = {"/calls": {"get": {"operationId": "listCalls", "parameters": params, "responses": OK}}}
    document, _ = _derived(paths, {})
    kept = document["paths"]["/calls"]["get"]["parameters"]
    assert [p["name"] for p in kept] == ["StartTime", "Page"]


def test_a_path_parameter_default_is_dropped_for_the_tool() -> None:
    param = {
        "name": "section",
        "in": "path",
        "required": True,
        "schema": {"type": "string", "default": "guides"},
    }
    paths = {
        "/{section}": {"get": {"operationId": "getSection", "parameters": [param], "responses": OK}}
    }
    document, _ = _derived(paths, {})
    assert document["paths"]["/{section}"]["get"]["parameters"][0]["schema"] == {"type": "string"}


TOOL_OUTPUT = """Warning(s) encountered while generating. Client was generated, but some pieces may be missing
WARNING parsing POST /getThing within default.

Cannot parse response for status code <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f9f40dee090> (Could not find reference in parsed models or enums), response will be omitted from generated client

Unable to process schema /components/schemas/Thing:

Cannot take allOf a non-object

Unable to process schema /components/schemas/GetThingResponse200:

Reference in allOf was not processed
"""


def test_the_tools_report_names_the_operations_and_schemas_it_left_out() -> None:
    report = read_report(TOOL_OUTPUT, True, {})
    assert report.crash is None
    [(key, whys)] = report.operations.items()
    assert key == ("POST", "/getThing") and key not in report.dropped
    assert whys == ("a response omitted (Could not find reference in parsed models or enums)",)
    assert report.schemas == {
        "Thing": "Cannot take allOf a non-object",
        "GetThingResponse200": "Reference in allOf was not processed",
    }
    dropped = read_report(
        "WARNING parsing GET /x within default. Endpoint will not be generated.\n\nwhy\n", True, {}
    )
    assert dropped.dropped == {("GET", "/x")} and dropped.operations[("GET", "/x")] == ("why",)


CRASH_OUTPUT = """Error(s) encountered while generating, client was not created

Failed to parse OpenAPI document

1 validation error for OpenAPI
components.schemas.Thing.other.properties.k.other.enum
  List should have at least 1 item after validation, not 0 [type=too_short]
    For further information visit https://errors.pydantic.dev/2.14/v/too_short
"""


def test_a_tool_that_generated_nothing_is_located_in_the_document() -> None:
    document = {"components": {"schemas": {"Thing": {"properties": {"k": {"enum": []}}}}}}
    report = read_report(CRASH_OUTPUT, False, document)
    assert report.crash == (
        "components.schemas.Thing.properties.k.enum",
        "List should have at least 1 item after validation, not 0 [type=too_short]",
    )
    # Nothing to walk: the document itself, with the tool's first explanation.
    assert read_report(CRASH_OUTPUT, False, {}).crash == (
        "(document)",
        "Failed to parse OpenAPI document",
    )
    traceback = "Traceback (most recent call last):\n  File \"x.py\", line 1\nKeyError: '$ref'\n"
    assert read_report(traceback, False, document).crash == (
        "(document)",
        "it raised KeyError: '$ref'",
    )


def test_an_optional_body_of_a_union_of_objects_is_required_for_the_tool() -> None:
    a = {"type": "object", "properties": {"a": {"type": "string"}}}
    b = {"type": "object", "properties": {"b": {"type": "string"}}}
    union = {"anyOf": [a, {"$ref": "#/components/schemas/B"}]}
    nullable = {"anyOf": [a, {"type": "null"}]}

    def post(operation_id: str, schema: Any) -> dict[str, Any]:
        body = {"content": {"application/json": {"schema": schema}}}
        return {"post": {"operationId": operation_id, "requestBody": body, "responses": OK}}

    paths = {
        "/union": post("postUnion", union),
        "/ref": post("postRef", {"$ref": "#/components/schemas/U"}),
        "/nullable": post("postNullable", nullable),
        "/object": post("postObject", a),
    }
    document, _ = _derived(paths, {"B": b, "U": union})
    required = {
        route: document["paths"][route]["post"]["requestBody"].get("required", False)
        for route in paths
    }
    # The tool's else branch would call to_dict on Unset for the first two, not the others.
    assert required == {"/union": True, "/ref": True, "/nullable": False, "/object": False}


def test_an_any_of_every_json_type_is_any_json_for_the_tool() -> None:
    every = [
        {"type": "string"},
        {"type": "object", "additionalProperties": True},
        {"type": "array", "items": {}},
        {"type": "integer"},
        {"type": "number"},
        {"type": "boolean"},
        {"type": "null"},
    ]
    schemas = {
        "Any": {"anyOf": every, "description": "any JSON"},
        "NoNull": {"anyOf": every[:-1], "additionalProperties": True},  # null read too
        "NoBoolean": {"anyOf": [*every[:5], every[6]]},  # a boolean is refused: a union
        "Strings": {"anyOf": [{"type": "string", "minLength": 1}, *every[1:]]},  # constrained
        "One": {"oneOf": every},  # an integer matches two branches: not any JSON
    }
    document, _ = _derived({"/it": {"get": _get("#/components/schemas/Any")}}, schemas)
    derived = document["components"]["schemas"]
    assert derived["Any"] == {"description": "any JSON"} and derived["NoNull"] == {}
    unions = [n for n in schemas if n not in {"Any", "NoNull"}]
    assert [len(derived[n].get("anyOf") or derived[n]["oneOf"]) for n in unions] == [6, 7, 7]


def test_a_body_whose_ref_runs_through_a_hoisted_body_is_read_in_the_users_document() -> None:
    """DigitalOcean's bundle refers into ``paths``; the tool's document hoists the inline body
    such a ref runs through, so the union check reads the user's document instead."""
    inline = {"type": "object", "properties": {"a": {"type": "string"}}}
    into = "#/paths/~1a/post/requestBody/content/application~1json/schema"

    def post(operation_id: str, schema: Any) -> dict[str, Any]:
        body = {"content": {"application/json": {"schema": schema}}}
        return {"post": {"operationId": operation_id, "requestBody": body, "responses": OK}}

    union = {"anyOf": [{"$ref": into}, {"$ref": f"{into}/properties/a"}]}
    paths = {
        "/a": post("postA", inline),
        "/b": post("postB", {"$ref": into}),
        "/c": post("postC", union),
    }
    document, _ = _derived(paths, {})
    body_a = document["paths"]["/a"]["post"]["requestBody"]
    assert body_a["content"]["application/json"]["schema"]["$ref"].startswith("#/components/")
    assert "required" not in document["paths"]["/b"]["post"]["requestBody"]
    assert "required" not in document["paths"]["/c"]["post"]["requestBody"]  # last: a string
