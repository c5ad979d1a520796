"""generator.model.schema: each query reads its keyword the same way whatever form it is written in."""

from __future__ import annotations

from typing import Any

import pytest

from generator.model import SchemaNode, build_model, component_name

DOCUMENT: dict[str, Any] = {
    "components": {
        "schemas": {
            "Page": {"type": "object", "properties": {"Item": {"$ref": "#/components/schemas/A"}}},
            "A": {"$ref": "#/components/schemas/B"},
            "B": {"type": "string", "enum": ["x", None]},
            "Loop": {"$ref": "#/components/schemas/Loop"},
        }
    }
}


def node(data: Any) -> SchemaNode:
    return SchemaNode(data, DOCUMENT)


@pytest.mark.parametrize(
    ("data", "types"),
    [
        ({}, ()),
        (True, ()),
        ({"type": "string"}, ("string",)),
        ({"type": ["integer", "null"]}, ("integer", "null")),
    ],
)
def test_types_is_a_tuple_whatever_the_form(data: Any, types: tuple[str, ...]) -> None:
    assert node(data).types == types
    assert node(data).non_null_types == tuple(t for t in types if t != "null")


@pytest.mark.parametrize(
    ("data", "nullable"),
    [
        ({"type": "string"}, False),
        ({"type": ["string", "null"]}, True),
        ({"enum": ["a", None]}, True),
        ({"enum": ["a"]}, False),
        (False, False),
    ],
)
def test_nullable_by_type_or_enum(data: Any, nullable: bool) -> None:
    assert node(data).nullable is nullable


def test_literals_prefer_const_and_ignore_an_empty_enum() -> None:
    assert node({"const": None}).literals == (None,)
    assert node({"enum": ["a", 1]}).literals == ("a", 1)
    assert node({"enum": []}).literals is None
    assert node({"type": "string"}).literals is None


def test_resolved_follows_the_whole_chain_and_names_both_ends() -> None:
    start = node({"$ref": "#/components/schemas/A"})
    assert start.ref == "#/components/schemas/A"
    assert start.ref_component == "A"  # the first pointer
    assert start.component == "B"  # where the chain ends
    assert start.resolved.data == {"type": "string", "enum": ["x", None]}
    assert start.resolved.nullable


def test_a_node_that_is_no_reference_resolves_to_itself() -> None:
    plain = node({"type": "integer"})
    assert plain.resolved is plain
    assert plain.ref is None
    assert plain.component is None


def test_a_looping_chain_resolves_to_the_true_schema() -> None:
    looping = node({"$ref": "#/components/schemas/Loop"})
    assert looping.resolved.data is True
    assert looping.component is None


@pytest.mark.parametrize(
    ("ref", "name"),
    [
        ("#/components/schemas/Page", "Page"),
        ("#/components/schemas/Page/properties/Item", None),
        ("#/components/responses/Page", None),
        ("#/components/schemas/", None),
        (None, None),
    ],
)
def test_component_name_only_for_a_whole_component(ref: str | None, name: str | None) -> None:
    assert component_name(ref) == name


def test_properties_keep_document_order_and_are_nodes_of_the_same_document() -> None:
    page = node({"$ref": "#/components/schemas/Page"}).resolved
    assert list(page.properties) == ["Item"]
    item = page.properties["Item"]
    assert item.document is DOCUMENT
    assert item.component == "B"


def test_subschemas_and_members() -> None:
    data = {
        "type": "array",
        "items": {"type": "integer"},
        "allOf": [{"minItems": 1}, {"maxItems": 3}],
        "anyOf": [True],
    }
    array = node(data)
    assert array.items == node({"type": "integer"})
    assert [m.data for m in array.all_of] == [{"minItems": 1}, {"maxItems": 3}]
    assert array.any_of == (node(True),)
    assert array.one_of == ()
    assert array.additional_properties is None
    assert node({"additionalProperties": False}).additional_properties == node(False)


def test_required_and_text_keywords() -> None:
    data = {"required": ["a", "b"], "description": "why", "pattern": "^[0-9]+$"}
    assert node(data).required == ("a", "b")
    assert node(data).description == "why"
    assert node(data).pattern == "^[0-9]+$"
    assert node({}).required == ()
    assert node(True).description is None


def test_examples_take_openapi_example_first() -> None:
    assert node({"example": 1, "examples": [2, 3]}).examples == (1, 2, 3)
    assert node({"example": None}).examples == (None,)
    assert node({}).examples == ()


@pytest.mark.parametrize(
    ("data", "is_object"),
    [
        ({"type": "object"}, True),
        ({"type": ["object", "null"]}, True),
        ({"properties": {}}, True),
        ({"type": "string", "properties": {}}, False),
        ({}, False),
        (True, False),
    ],
)
def test_is_object_by_type_or_bare_properties(data: Any, is_object: bool) -> None:
    assert node(data).is_object is is_object


def test_a_boolean_schema_has_no_keywords() -> None:
    assert node(False).is_boolean
    assert dict(node(False).keywords) == {}
    assert not node({}).is_boolean
    assert not node(True).has("type")


def test_the_model_makes_nodes_of_its_document() -> None:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1.0.0"},
        "paths": {},
        "components": {"schemas": {"N": {"type": ["integer", "null"]}}},
    }
    model = build_model(document, "t.yaml")
    (schema,) = model.schemas
    assert model.node(schema).types == ("integer", "null")
    assert model.node(schema.data) == model.node(schema)
    assert model.node({"$ref": "#/components/schemas/N"}).component == "N"
