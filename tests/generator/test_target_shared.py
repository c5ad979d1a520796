"""generator.targets.errors and generator.targets.examples: what the client and server targets
take from the spec in one place (error classes, error body keys, README examples)."""

from __future__ import annotations

from typing import Any

import pytest

from generator.errors import SpecError
from generator.model import ApiModel, build_model
from generator.targets.errors import (
    MESSAGE_KEYS,
    REQUEST_ID_KEYS,
    declared_errors,
    error_body_keys,
)
from generator.targets.examples import body_example, call_example


def error(name: str, schema: str = "Error") -> dict[str, Any]:
    return {
        "description": f"Bad. ({name})",
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}},
    }


def model_of(
    responses: dict[str, Any],
    error_schema: dict[str, Any] | None = None,
    parameters: list[dict[str, Any]] | None = None,
    servers: list[dict[str, Any]] | None = None,
) -> ApiModel:
    operation = {
        "operationId": "GetThing",
        "parameters": parameters or [],
        "responses": {
            "200": {
                "description": "ok",
                "content": {
                    "application/json": {"schema": {"type": "object", "example": {"Id": "t-1"}}}
                },
            },
            **responses,
        },
    }
    document = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1.0.0"},
        "servers": servers or [],
        "paths": {"/things/{thing-id}": {"get": operation}},
        "components": {
            "schemas": {"Error": error_schema or {"type": "object", "properties": {}}},
        },
    }
    return build_model(document, "t.yaml")


THING_ID = {"name": "thing-id", "in": "path", "required": True, "schema": {"type": "string"}}


def test_declared_errors_once_each_with_every_status() -> None:
    model = model_of(
        {
            "400": error("BadRequestException"),
            "404": error("NotFoundException"),
            "4XX": error("BadRequestException"),
            "5XX": error("InternalException"),
        },
        parameters=[THING_ID],
    )
    found = {e.name: e for e in declared_errors(model, frozenset(), "the client")}
    assert list(found) == ["BadRequestException", "NotFoundException", "InternalException"]
    assert found["BadRequestException"].statuses == ("400", "4XX")
    assert found["BadRequestException"].status == 400
    assert found["BadRequestException"].description == "Bad. (BadRequestException)"
    assert found["InternalException"].status == 500  # "5XX": no code of its own


def test_a_reserved_error_name_is_a_located_error() -> None:
    model = model_of({"404": error("PaginationError")}, parameters=[THING_ID])
    with pytest.raises(SpecError) as raised:
        declared_errors(model, frozenset({"PaginationError"}), "the client")
    assert raised.value.where == "paths./things/{thing-id}.get.responses.404"
    assert "reserved by the client" in raised.value.message
    assert declared_errors(model, frozenset(), "the server")  # the server reserves other names


def test_error_body_keys_as_the_spec_spells_them_then_aws() -> None:
    schema = {"type": "object", "properties": {"request_id": {}, "message": {}, "Code": {}}}
    keys = error_body_keys(model_of({"404": error("NotFoundException")}, schema, [THING_ID]))
    # The server writes the first of each; the client reads every spelling.
    assert keys.request_id == ("request_id", *REQUEST_ID_KEYS)
    assert keys.message == ("message", "Message")


def test_error_body_keys_default_to_aws() -> None:
    keys = error_body_keys(model_of({}, parameters=[THING_ID]))
    assert (keys.request_id, keys.message) == (REQUEST_ID_KEYS, MESSAGE_KEYS)


def test_call_example_takes_parameter_examples_and_the_local_server() -> None:
    servers = [{"url": "https://api.example.com"}, {"url": "http://127.0.0.1:8080"}]
    parameters = [
        {**THING_ID, "example": "t-1"},
        {"name": "page", "in": "query", "required": True, "schema": {"type": "integer"}},
        {"name": "size", "in": "query", "schema": {"type": "integer"}},
    ]
    model = model_of({}, parameters=parameters, servers=servers)
    example = call_example(model, model.operations[0])
    assert example.arguments == (("thing_id", "t-1"), ("page", "my-page"))
    assert example.missing == (("thing_id", "no-such-id"), ("page", "my-page"))
    assert example.local_url == "http://127.0.0.1:8080"


def test_body_example_is_python_source_of_the_schema_example() -> None:
    model = model_of({"404": error("NotFoundException")}, parameters=[THING_ID])
    ok, missing = model.operations[0].responses
    assert body_example(model, ok) == "{'Id': 't-1'}"
    assert body_example(model, missing) is None
