"""generator.spec.resources: ``$id`` and ``$dynamicRef`` read into plain local refs that
validate what the document's own schemas validate (jsonschema on the document as written is
the judge), or a located error."""

from __future__ import annotations

import copy
from typing import Any

import jsonschema
import pytest
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from generator.errors import SpecError
from generator.spec.normalize import normalize

# A generic list (``Page<T>``, an item type bound by whoever refers to it) in the JSON Schema
# 2020-12 way, bound to integers by ``IntPage`` (by absolute URI) and to strings by an inline
# response schema (by a URI relative to its own $id).
PAGE = {
    "$id": "https://example.com/schemas/Page",
    "description": "A page of T.",
    "$defs": {"T": {"$dynamicAnchor": "T", "not": {}}},
    "type": "object",
    "required": ["items"],
    "properties": {"items": {"type": "array", "items": {"$dynamicRef": "#T"}}},
}
INT_PAGE = {
    "$id": "https://example.com/schemas/IntPage",
    "$defs": {"T": {"$dynamicAnchor": "T", "type": "integer"}},
    "$ref": "https://example.com/schemas/Page",
    "description": "A page of integers.",
}
STRING_PAGE = {
    "$id": "https://example.com/schemas/StringPage",
    "$defs": {"T": {"$dynamicAnchor": "T", "type": "string"}},
    "$ref": "Page",
}


def _document(**schemas: Any) -> dict[str, Any]:
    response = {
        "description": "ok",
        "content": {"application/json": {"schema": copy.deepcopy(STRING_PAGE)}},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {"/pages": {"get": {"operationId": "getPages", "responses": {"200": response}}}},
        "components": {"schemas": schemas},
    }


def _as_written(document: dict[str, Any], schema: dict[str, Any]) -> jsonschema.Validator:
    """jsonschema on a schema of the document as written: the resources registered by $id."""
    resources = [DRAFT202012.create_resource(s) for s in document["components"]["schemas"].values()]
    registry: Registry[Any] = Registry().with_resources((r.id(), r) for r in resources if r.id())
    return jsonschema.Draft202012Validator(schema, registry=registry)


INSTANCES = [
    {"items": []},
    {"items": [1, 2]},
    {"items": ["a"]},
    {"items": [1, "a"]},
    {"items": None},
    {},
]


def test_a_generic_is_specialized_where_it_is_bound_and_validates_the_same() -> None:
    document = _document(Page=PAGE, IntPage=INT_PAGE)
    original = copy.deepcopy(document)
    result = normalize(document)
    assert document == original, "the input document was modified"
    schemas = result.document["components"]["schemas"]
    inline = result.document["paths"]["/pages"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]["schema"]
    for name, written, read in (
        ("Page", PAGE, schemas["Page"]),
        ("IntPage", INT_PAGE, schemas["IntPage"]),
        ("inline", STRING_PAGE, inline),
    ):
        text = repr(read)
        assert "$id" not in text and "$dynamic" not in text and "$defs" not in text, name
        expected = [_as_written(original, written).is_valid(i) for i in INSTANCES]
        got = [jsonschema.Draft202012Validator(read).is_valid(i) for i in INSTANCES]
        assert got == expected, name
    assert schemas["IntPage"]["description"] == "A page of integers."  # the binder's own wins
    assert schemas["IntPage"]["properties"]["items"]["items"] == {"type": "integer"}
    ((where, message),) = result.warnings.items()
    # the first in document order (paths before components), the others counted
    assert where == "paths./pages.get.responses.200.content.application/json.schema.$id"
    assert "'$id'" in message and "2 more place" in message


def _error(document: dict[str, Any]) -> SpecError:
    with pytest.raises(SpecError) as raised:
        normalize(document)
    return raised.value


def test_a_dynamic_ref_without_its_anchor_is_a_located_error() -> None:
    page = {**PAGE, "$defs": {}}
    error = _error(_document(Page=page, IntPage=INT_PAGE))
    assert error.where == "components.schemas.Page.properties.items.items.$dynamicRef"
    assert "no $dynamicAnchor 'T'" in error.message


def test_a_dynamic_ref_that_is_not_a_name_is_a_located_error() -> None:
    page = copy.deepcopy(PAGE)
    page["properties"]["items"]["items"] = {"$dynamicRef": "#/$defs/T"}
    error = _error(_document(Page=page))
    assert error.where == "components.schemas.Page.properties.items.items.$dynamicRef"
    assert "only '#name'" in error.message


def test_a_recursive_generic_bound_from_outside_is_a_located_error() -> None:
    page = copy.deepcopy(PAGE)
    page["properties"]["next"] = {"$ref": "#/components/schemas/Page"}  # Page<T> holds Page<T>
    error = _error(_document(Page=page, IntPage=INT_PAGE))
    assert error.where.endswith(".$ref") and "more than one $ref" in error.message


def test_a_ref_by_a_uri_that_is_no_resource_here_is_left_to_the_parser() -> None:
    other = {"$id": "https://example.com/schemas/Other", "type": "string"}
    remote = {"$ref": "https://elsewhere.example/Thing"}
    result = normalize(_document(Other=other, Remote=remote))
    assert result.document["components"]["schemas"]["Remote"] == remote
    assert result.document["components"]["schemas"]["Other"] == {"type": "string"}
