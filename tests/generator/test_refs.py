"""generator.spec.refs: the one place that turns a local $ref into a document path."""

from __future__ import annotations

from typing import Any

import pytest

from generator.errors import SpecError
from generator.spec.refs import decode_pointer, encode_pointer, follow, node_at, resolve_local

DOCUMENT: dict[str, Any] = {
    "components": {
        "schemas": {
            "a/b": {"type": "string"},
            "t~x": {"$ref": "#/components/schemas/a~1b"},
            "loop": {"$ref": "#/components/schemas/loop2"},
            "loop2": {"$ref": "#/components/schemas/loop"},
            "list": {"allOf": [{"type": "integer"}]},
            "with space": {"type": "null"},
        }
    }
}


@pytest.mark.parametrize(
    ("ref", "path"),
    [
        ("#/components/schemas/a~1b", ("components", "schemas", "a/b")),
        ("#/components/schemas/t~0x", ("components", "schemas", "t~x")),
        ("#/components/schemas/with%20space", ("components", "schemas", "with space")),
        ("#/components/schemas/list/allOf/0", ("components", "schemas", "list", "allOf", 0)),
        ("#", ()),
    ],
)
def test_resolve_local(ref: str, path: tuple[str | int, ...]) -> None:
    assert resolve_local(DOCUMENT, ref, ("here",)) == path


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        ("other.yaml#/x", "only local refs"),
        ("#name", "plain-name fragments"),
        ("#/components/missing", "does not resolve"),
        ("#/components/schemas/list/allOf/1", "does not resolve"),
        (3, "only local refs"),
    ],
)
def test_resolve_local_errors_are_located(ref: object, message: str) -> None:
    with pytest.raises(SpecError) as info:
        resolve_local(DOCUMENT, ref, ("paths", "/x", "$ref"))
    assert info.value.where == "paths./x.$ref"
    assert message in info.value.message


def test_pointers_round_trip() -> None:
    path = ("components", "schemas", "a/b")
    assert encode_pointer(path) == "#/components/schemas/a~1b"
    assert decode_pointer(DOCUMENT, encode_pointer(path)) == path
    assert node_at(DOCUMENT, path) == {"type": "string"}


def test_follow_chains_and_cycles() -> None:
    schemas = DOCUMENT["components"]["schemas"]
    chained = follow(DOCUMENT, schemas["t~x"])
    assert (chained.schema, chained.ref, chained.cycle) == (
        {"type": "string"},
        "#/components/schemas/a~1b",
        False,
    )
    plain = follow(DOCUMENT, {"type": "integer"})
    assert (plain.ref, plain.cycle) == (None, False)
    looped = follow(DOCUMENT, schemas["loop"])
    assert looped.cycle
    assert "$ref" in looped.schema
