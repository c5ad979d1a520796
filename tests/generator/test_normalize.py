"""Normalization: OpenAPI 3.0 read into the 3.1 model, unserved constructs skipped with one
located warning each, missing operationIds derived."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from openapi_spec_validator import OpenAPIV31SpecValidator

from generator.spec.normalize import derived_operation_id, normalize


def _doc(version: str = "3.0.3", **schemas: Any) -> dict[str, Any]:
    return {
        "openapi": version,
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/things/{thingId}": {
                "get": {
                    "operationId": "getThing",
                    "parameters": [
                        {
                            "name": "thingId",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Thing"}
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {"schemas": {"Thing": {"type": "object"}, **schemas}},
    }


def _schema(schema: Any, version: str = "3.0.3") -> Any:
    return normalize(_doc(version, S=schema)).document["components"]["schemas"]["S"]


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "string", "nullable": True}, {"type": ["string", "null"]}),
        ({"type": "string", "nullable": False}, {"type": "string"}),
        (
            {"type": "string", "enum": ["a", "b"], "nullable": True},
            {"type": ["string", "null"], "enum": ["a", "b", None]},
        ),
        (
            {"$ref": "#/components/schemas/Thing", "nullable": True, "description": "d"},
            {
                "description": "d",
                "anyOf": [{"$ref": "#/components/schemas/Thing"}, {"type": "null"}],
            },
        ),
        (
            {"allOf": [{"$ref": "#/components/schemas/Thing"}], "nullable": True},
            {"anyOf": [{"$ref": "#/components/schemas/Thing"}, {"type": "null"}]},
        ),
        (
            {"type": "integer", "minimum": 1, "exclusiveMinimum": True},
            {"type": "integer", "exclusiveMinimum": 1},
        ),
        (
            {"type": "integer", "minimum": 1, "exclusiveMinimum": False},
            {"type": "integer", "minimum": 1},
        ),
        (
            {"type": "number", "maximum": 9, "exclusiveMaximum": True},
            {"type": "number", "exclusiveMaximum": 9},
        ),
        ({"type": "string", "example": "x"}, {"type": "string", "examples": ["x"]}),
        (
            {
                "type": "object",
                "properties": {"a": {"type": "integer", "nullable": True, "example": 1}},
            },
            {"type": "object", "properties": {"a": {"type": ["integer", "null"], "examples": [1]}}},
        ),
        (
            {"type": "array", "items": {"type": "string", "nullable": True}},
            {"type": "array", "items": {"type": ["string", "null"]}},
        ),
        (  # AWS's way of describing a referenced property
            {"allOf": [{"$ref": "#/components/schemas/Thing"}, {"description": "The thing."}]},
            {"$ref": "#/components/schemas/Thing", "description": "The thing."},
        ),
        (  # a real composition stays one
            {"allOf": [{"$ref": "#/components/schemas/Thing"}, {"required": ["a"]}]},
            {"allOf": [{"$ref": "#/components/schemas/Thing"}, {"required": ["a"]}]},
        ),
    ],
)
def test_openapi_30_schemas_become_31(schema: Any, expected: Any) -> None:
    assert _schema(schema) == expected


def test_31_example_keyword_stays() -> None:
    assert _schema({"type": "string", "example": "x"}, "3.1.0") == {
        "type": "string",
        "example": "x",
    }


def test_31_nullable_is_converted_with_a_warning() -> None:
    result = normalize(_doc("3.1.0", S={"type": "string", "nullable": True}))
    assert result.document["components"]["schemas"]["S"] == {"type": ["string", "null"]}
    ((where, message),) = result.warnings.items()
    assert where == "components.schemas.S.nullable" and "OpenAPI 3.0" in message


def test_30_type_null_is_read_as_31_with_one_located_warning() -> None:
    null = {"type": "null"}
    result = normalize(_doc(S={"anyOf": [{"type": "string"}, null]}, N=null))
    schemas = result.document["components"]["schemas"]
    assert schemas["S"] == {"anyOf": [{"type": "string"}, null]} and schemas["N"] == null
    ((where, message),) = result.warnings.items()
    assert where == "components.schemas.S.anyOf[1].type"
    assert "OpenAPI 3.1" in message and "1 more place" in message


def test_a_converted_30_document_is_a_valid_31_document() -> None:
    document = _doc(
        S={
            "type": "object",
            "nullable": True,
            "properties": {"n": {"type": "number", "minimum": 0, "exclusiveMinimum": True}},
            "example": {"n": 1},
        }
    )
    original = copy.deepcopy(document)
    result = normalize(document)
    assert result.document["openapi"] == "3.1.0" and result.source_version == "3.0.3"
    assert list(OpenAPIV31SpecValidator(result.document).iter_errors()) == []
    assert document == original, "the input document was modified"


def _operation(result_doc: dict[str, Any]) -> dict[str, Any]:
    op: dict[str, Any] = result_doc["paths"]["/things/{thingId}"]["get"]
    return op


def test_unserved_constructs_are_removed_with_one_warning_each() -> None:
    document = _doc("3.1.0")
    document["webhooks"] = {"new": {"post": {"responses": {"200": {"description": "ok"}}}}}
    op = _operation(document)
    op["callbacks"] = {
        "cb": {"{$request.body#/url}": {"post": {"responses": {"200": {"description": "ok"}}}}}
    }
    op["parameters"] += [
        {"name": "session", "in": "cookie", "schema": {"type": "string"}},
        {"name": "filter", "in": "query", "style": "deepObject", "schema": {"type": "object"}},
        {"$ref": "#/components/parameters/Tracking"},
        {"name": "q", "in": "query", "schema": {"type": "string"}},
    ]
    document["components"]["parameters"] = {
        "Tracking": {"name": "t", "in": "cookie", "schema": {"type": "string"}}
    }
    response = op["responses"]["200"]
    response["links"] = {"self": {"operationId": "getThing"}}
    response["content"]["application/xml"] = {"schema": {"type": "string"}}
    document["components"]["schemas"]["Thing"] = {
        "type": "object",
        "xml": {"name": "thing"},
        "properties": {"a": {"type": "string", "xml": {"attribute": True}}},
        "discriminator": {"propertyName": "a"},
    }
    result = normalize(document)
    warnings = dict(result.warnings.items())
    get = "paths./things/{thingId}.get"
    assert sorted(warnings) == sorted(
        [
            "webhooks",
            f"{get}.callbacks",
            f"{get}.parameters[1]",
            f"{get}.parameters[2]",
            "components.parameters.Tracking",
            f"{get}.responses.200.links",
            f"{get}.responses.200.content.application/xml",
            "components.schemas.Thing.properties.a.xml",  # the first of two: one warning
            "components.schemas.Thing.discriminator",
        ]
    )
    assert warnings["components.schemas.Thing.properties.a.xml"].endswith(
        "(and at 1 more place(s))"
    )
    assert "cookie" in warnings[f"{get}.parameters[1]"]
    out = result.document
    assert "webhooks" not in out and "callbacks" not in _operation(out)
    assert [p.get("name") for p in _operation(out)["parameters"]] == ["thingId", "q"]
    assert list(_operation(out)["responses"]["200"]["content"]) == ["application/json"]
    assert "links" not in _operation(out)["responses"]["200"]
    assert set(out["components"]["schemas"]["Thing"]) == {"type", "properties"}


def test_json_with_parameters_is_json_and_media_of_no_kind_are_skipped() -> None:
    document = _doc("3.1.0")
    op = _operation(document)
    op["requestBody"] = {
        "content": {
            "multipart/form-data": {
                "schema": {"type": "object"},
                "encoding": {"file": {"contentType": "image/png", "headers": {"X-A": {}}}},
            },
            "application/xml": {"schema": {"type": "object"}},
        }
    }
    op["responses"]["200"]["content"] = {
        "application/json; charset=utf-8": {"schema": {"type": "string"}},
        "application/problem+json": {"schema": {"type": "object"}},
        "application/x-ndjson": {"schema": {"type": "string"}},
    }
    result = normalize(document)
    out = _operation(result.document)
    assert list(out["requestBody"]["content"]) == ["multipart/form-data"]
    assert out["requestBody"]["content"]["multipart/form-data"]["encoding"] == {
        "file": {"contentType": "image/png"}
    }
    assert out["responses"]["200"]["content"] == {
        "application/json": {"schema": {"type": "string"}},
        "application/problem+json": {"schema": {"type": "object"}},
    }
    get = "paths./things/{thingId}.get"
    assert dict(result.warnings.items()).keys() == {
        f"{get}.requestBody.content.multipart/form-data.encoding.file.headers",
        f"{get}.requestBody.content.application/xml",
        f"{get}.responses.200.content.application/x-ndjson",
    }


def test_a_body_of_media_types_of_no_kind_is_skipped() -> None:
    document = _doc("3.1.0")
    op = _operation(document)
    op["requestBody"] = {"content": {"application/xml": {"schema": {"type": "object"}}}}
    result = normalize(document)
    assert "requestBody" not in _operation(result.document)
    assert dict(result.warnings.items()).keys() == {
        "paths./things/{thingId}.get.requestBody.content.application/xml",
        "paths./things/{thingId}.get.requestBody",
    }


def test_a_document_without_paths_gets_an_empty_one() -> None:
    document = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "webhooks": {}}
    assert normalize(document).document["paths"] == {}


@pytest.mark.parametrize(
    ("method", "route", "expected"),
    [
        ("get", "/pets/{petId}", "get_pets_by_pet_id"),
        ("post", "/v1/apps/{app-id}/campaigns", "post_v1_apps_by_app_id_campaigns"),
        ("get", "/", "get_root"),
        ("delete", "/Users.json", "delete_users_json"),
    ],
)
def test_derived_operation_ids(method: str, route: str, expected: str) -> None:
    assert derived_operation_id(method, route) == expected


def test_missing_operation_ids_are_derived_and_unique() -> None:
    document = _doc("3.1.0")
    item = document["paths"]["/things/{thingId}"]
    item["put"] = {"responses": {"204": {"description": "ok"}}}
    document["paths"]["/things/{thing_id}"] = {"put": {"responses": {"204": {"description": "ok"}}}}
    document["paths"]["/x"] = {"get": {"operationId": "put_things_by_thing_id", "responses": {}}}
    paths = normalize(document).document["paths"]
    assert paths["/things/{thingId}"]["get"]["operationId"] == "getThing"  # kept
    # Both puts want put_things_by_thing_id, which an explicit operationId already has.
    assert paths["/things/{thingId}"]["put"]["operationId"] == "put_things_by_thing_id_2"
    assert paths["/things/{thing_id}"]["put"]["operationId"] == "put_things_by_thing_id_3"
