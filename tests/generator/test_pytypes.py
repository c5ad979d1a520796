"""generator.pytypes: the one schema-to-Python mapping, for parameters, client bodies and models."""

from __future__ import annotations

from typing import Any

import pytest

from generator.model import ApiModel, SchemaNode, build_model
from generator.pytypes import (
    AliasDef,
    PyType,
    TypedDictDef,
    TypeMapper,
    body_type,
    render_hint,
    wire_type,
)


def model_of(schemas: dict[str, Any]) -> ApiModel:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1.0.0"},
        "paths": {},
        "components": {"schemas": schemas},
    }
    return build_model(document, "t.yaml")


SCHEMAS: dict[str, Any] = {
    "Thing": {
        "type": "object",
        "required": ["Id"],
        "properties": {
            "Id": {"type": "string", "description": "the key"},
            "State": {"enum": ["ON", "OFF", None]},
            "Inner": {"type": "object", "properties": {"N": {"type": "integer"}}},
            "Tags": {"type": "object", "additionalProperties": {"type": "string"}},
        },
    },
    "Things": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}},
    "Count": {"type": "integer"},
    "CountRef": {"$ref": "#/components/schemas/Count"},
}
MODEL = model_of(SCHEMAS)


def node(data: Any) -> SchemaNode:
    return MODEL.node(data)


@pytest.mark.parametrize(
    ("data", "kind", "array", "annotation"),
    [
        ({"type": "integer"}, "int", False, "int"),
        ({"type": ["number", "null"]}, "float", False, "float"),
        ({"type": "boolean"}, "bool", False, "bool"),
        ({"type": ["integer", "string"]}, "str", False, "str"),  # a string stays a string
        ({}, "str", False, "str"),
        (True, "str", False, "str"),
        ({"type": "array", "items": {"type": "integer"}}, "int", True, "list[int]"),
        (
            {"type": "array", "items": {"$ref": "#/components/schemas/Count"}},
            "int",
            True,
            "list[int]",
        ),
        ({"type": "array"}, "str", True, "list[str]"),
        ({"$ref": "#/components/schemas/CountRef"}, "int", False, "int"),
    ],
)
def test_wire_type(data: Any, kind: str, array: bool, annotation: str) -> None:
    wire = wire_type(node(data))
    assert (wire.kind, wire.array, wire.annotation) == (kind, array, annotation)


@pytest.mark.parametrize(
    ("data", "digits"),
    [
        ({"type": "string", "pattern": "^[1-9][0-9]*$"}, True),
        ({"type": "string", "pattern": "^\\d{1,3}$"}, True),
        ({"type": "string", "pattern": "^[a-z]+$"}, False),
        ({"pattern": "^[0-9]+$"}, False),  # no declared string: not said to be text
        ({"type": "integer"}, False),
    ],
)
def test_wire_type_tells_digits_sent_as_text(data: Any, digits: bool) -> None:
    assert wire_type(node(data)).digits is digits


def named(component: str) -> str:
    return f"Model{component}"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"$ref": "#/components/schemas/Thing"}, PyType("ModelThing", "model", "ModelThing")),
        (
            {"$ref": "#/components/schemas/Things"},
            PyType("list[ModelThing]", "model_list", "ModelThing"),
        ),
        ({"type": "array", "items": {"type": "string"}}, PyType("list[str]", "json")),
        ({"type": "array", "items": True}, PyType("Any", "json")),
        ({"$ref": "#/components/schemas/CountRef"}, PyType("int", "json")),
        ({"type": "boolean"}, PyType("bool", "json")),
        ({"type": ["string", "null"]}, PyType("Any", "json")),
        ({"type": "object"}, PyType("Any", "json")),  # inline: the client target hoists these
        (False, PyType("Any", "json")),
    ],
)
def test_body_type(data: Any, expected: PyType) -> None:
    assert body_type(node(data), named) == expected


def test_the_mapper_defines_a_typed_dict_per_object_and_names_inline_ones() -> None:
    mapper = TypeMapper(MODEL)
    definitions = {d.name: d for d in mapper.definitions}
    thing = definitions["Thing"]
    assert isinstance(thing, TypedDictDef)
    fields = {f.key: f for f in thing.fields}
    assert fields["Id"].required and fields["Id"].description == "the key"
    assert render_hint(fields["Id"].hint) == "str"
    assert render_hint(fields["State"].hint) == "Literal['ON', 'OFF'] | None"
    assert render_hint(fields["Inner"].hint) == "ThingInner"
    assert render_hint(fields["Tags"].hint) == "dict[str, str]"
    assert isinstance(definitions["ThingInner"], TypedDictDef)
    things = definitions["Things"]
    assert isinstance(things, AliasDef)
    assert render_hint(things.target, "_models.") == "list[_models.Thing]"
    assert render_hint(mapper.annotation(node({"type": "integer"}), "X")) == "int"
    assert render_hint(mapper.annotation(node({"$ref": "#/components/schemas/Count"}), "X")) == (
        "Count"
    )


def test_a_component_never_shadows_a_typing_name() -> None:
    mapper = TypeMapper(model_of({"Any": {"type": "string"}}))
    assert mapper.component("Any") == "AnyModel"
