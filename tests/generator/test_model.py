"""The model says what the document says, so no target re-reads the raw document."""

from __future__ import annotations

from typing import Any

import pytest

from generator.model import build_model


def _document(global_security: Any, own: dict[str, Any]) -> dict[str, Any]:
    operation: dict[str, Any] = {
        "operationId": "GetThing",
        "responses": {"204": {"description": "ok"}},
        **own,
    }
    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1.0.0"},
        "paths": {"/thing": {"get": operation}},
        "components": {"securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "k"}}},
    }
    if global_security is not None:
        document["security"] = global_security
    return document


@pytest.mark.parametrize(
    ("global_security", "own", "anonymous"),
    [
        (None, {}, False),  # nothing declared anywhere: says nothing
        (None, {"security": []}, True),
        ([], {}, True),  # the document's explicit empty list applies
        ([], {"security": [{"key": []}]}, False),  # the operation's own wins
        ([{"key": []}], {"security": []}, True),
        ([{"key": []}], {}, False),
    ],
)
def test_anonymous_tells_empty_security_from_none(
    global_security: Any, own: dict[str, Any], anonymous: bool
) -> None:
    (operation,) = build_model(_document(global_security, own), "t.yaml").operations
    assert operation.anonymous is anonymous
    assert bool(operation.security) is (not anonymous and bool(own or global_security))


def test_names_differing_only_in_case_or_punctuation_get_unique_python_names() -> None:
    """Twilio's ``StartTime``/``StartTime<``/``StartTime>``, and operationIds such as
    ``getUser``/``get_user``: the first keeps the name, later ones get ``_2``, ``_3``."""
    params = [
        {"name": n, "in": "query", "schema": {"type": "string"}}
        for n in ("StartTime", "StartTime<", "StartTime>")
    ]
    ok = {"204": {"description": "ok"}}
    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1.0.0"},
        "paths": {
            "/a": {"get": {"operationId": "getUser", "parameters": params, "responses": ok}},
            "/b": {"get": {"operationId": "get_user", "responses": ok}},
        },
    }
    first, second = build_model(document, "t.yaml").operations
    assert [p.python_name for p in first.parameters] == [
        "start_time",
        "start_time_2",
        "start_time_3",
    ]
    assert [p.name for p in first.parameters] == ["StartTime", "StartTime<", "StartTime>"]
    assert (first.python_name, second.python_name) == ("get_user", "get_user_2")
    assert (first.class_name, second.class_name) == ("GetUser", "GetUser_2")
