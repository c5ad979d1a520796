"""The comparison of the spec with the AWS reference, apart from its tests (test_fidelity.py).

``compare_to_reference`` returns readable problem lines; spec/reference-additions.yaml lists the
ones the spec adds on purpose (``load_additions``, ``unlisted_and_stale``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests.spec.common import (
    ADDITIONS_PATH,
    JSONDict,
    deref,
    effective_parameters,
    is_json_media_type,
    iter_operations,
    read_allowlist,
    ref_name,
    schema_types,
)
from tests.spec.reference import Reference, RefProperty, RefSchema

_NULL_WORD = re.compile(r"\bnull\b", re.IGNORECASE)
# How every addition line ends ("...: in the spec but not in the reference", "... is not in the
# reference"); spec/reference-additions.yaml may list only such lines.
_ADDITION = " not in the reference"
# The formats a reference description can imply (RefProperty.format); others, such as int32 on an
# integer, are the spec's own detail that the reference does not print.
_REFERENCE_FORMATS = ("date-time",)


def reference_type(schema: Any) -> str:
    """How the reference prints a schema's type: "string", "Array of type ActivityResponse"."""
    name = ref_name(schema)
    if name is not None:
        return name
    types = [t for t in schema_types(schema) if t != "null"]
    if types == ["array"]:
        return f"Array of type {reference_type(schema.get('items', {}))}"
    if types == ["object"] and isinstance(schema.get("additionalProperties"), dict):
        return f"Map of type {reference_type(schema['additionalProperties'])}"
    return "|".join(types) or "(untyped)"


def _response_model(response: JSONDict) -> str:
    """The schema name of the JSON body, or "None" as the reference prints a body-less response."""
    content = response.get("content") or {}
    json_types = [m for m in content if is_json_media_type(m)]
    if not content:
        return "None"
    if len(json_types) != 1:
        return f"(media types {sorted(content)})"
    schema = content[json_types[0]].get("schema", {})
    return ref_name(schema) or reference_type(schema)


def compare_to_reference(spec: JSONDict, reference: Reference) -> list[str]:
    """Every difference between the spec and the reference, as one readable line each."""
    problems: list[str] = []
    paths = spec.get("paths", {})
    matching = [p for p in paths if p.replace("{", "").replace("}", "") == reference.uri]
    if len(matching) != 1:
        return [f"paths: expected one path for the reference URI {reference.uri}, got {matching}"]
    path = matching[0]
    problems += [f"paths.{p}: not in the reference" for p in paths if p != path]
    operations = {m: (item, op) for p, m, item, op in iter_operations(spec) if p == path}
    for method in sorted(set(reference.operations) - set(operations)):
        problems.append(
            f"paths.{path}.{method.lower()}: in the reference but missing from the spec"
        )
    for method in sorted(set(operations) - set(reference.operations)):
        problems.append(f"paths.{path}.{method.lower()}: in the spec but not in the reference")
    # The reference prints the path parameters only under the methods that have other rows too
    # (not under OPTIONS), but they belong to the URI, which every method of the resource shares.
    uri_parameters = {
        p.name: p
        for op in reference.operations.values()
        for p in op.parameters
        if p.location == "path"
    }
    for method, ref_op in reference.operations.items():
        if method not in operations:
            continue
        expected = list(ref_op.parameters)
        if not any(p.location == "path" for p in expected):
            expected = [*uri_parameters.values(), *expected]
        path_item, operation = operations[method]
        where = f"paths.{path}.{method.lower()}"
        if ref_op.operation_id is not None and operation.get("operationId") != ref_op.operation_id:
            problems.append(
                f"{where}.operationId: spec {operation.get('operationId')!r}, "
                f"reference {ref_op.operation_id!r}"
            )
        if ref_op.description not in (operation.get("summary"), operation.get("description")):
            problems.append(
                f"{where}: neither summary nor description is the reference's "
                f"{ref_op.description!r} (summary: {operation.get('summary')!r})"
            )
        problems += _compare_parameters(spec, where, path_item, operation, expected)
        problems += _compare_responses(spec, where, operation, ref_op.responses)
    problems += _compare_schemas(spec, reference.schemas)
    return problems


def _compare_parameters(
    spec: JSONDict, where: str, path_item: JSONDict, operation: JSONDict, expected: list[Any]
) -> list[str]:
    problems: list[str] = []
    actual = {(p["in"], p["name"]): p for p in effective_parameters(spec, path_item, operation)}
    wanted = {(p.location, p.name): p for p in expected}
    for key in sorted(wanted.keys() - actual.keys()):
        problems.append(f"{where}.parameters: {key[0]} parameter {key[1]!r} is missing")
    for key in sorted(actual.keys() - wanted.keys()):
        problems.append(
            f"{where}.parameters: {key[0]} parameter {key[1]!r} is not in the reference"
        )
    for key in sorted(wanted.keys() & actual.keys()):
        ref_p, spec_p = wanted[key], actual[key]
        label = f"{where}.parameters[{key[0]} {key[1]}]"
        if bool(spec_p.get("required", False)) != ref_p.required:
            problems.append(
                f"{label}.required: spec {bool(spec_p.get('required', False))}, "
                f"reference {ref_p.required}"
            )
        spec_type = reference_type(spec_p.get("schema", {}))
        if spec_type.casefold() != ref_p.type.casefold():
            problems.append(f"{label}.type: spec {spec_type!r}, reference {ref_p.type!r}")
        if spec_p.get("description") != ref_p.description:
            problems.append(
                f"{label}.description: spec {spec_p.get('description')!r}, "
                f"reference {ref_p.description!r}"
            )
    return problems


def _compare_responses(
    spec: JSONDict, where: str, operation: JSONDict, expected: list[Any]
) -> list[str]:
    problems: list[str] = []
    actual = {str(code): deref(spec, r) for code, r in operation.get("responses", {}).items()}
    wanted = {r.status: r for r in expected}
    for status in sorted(wanted.keys() - actual.keys()):
        problems.append(
            f"{where}.responses: status {status} ({wanted[status].description}) is missing"
        )
    for status in sorted(actual.keys() - wanted.keys()):
        problems.append(f"{where}.responses: status {status} is not in the reference")
    for status in sorted(wanted.keys() & actual.keys()):
        ref_r, spec_r = wanted[status], actual[status]
        model = _response_model(spec_r)
        if model != ref_r.model:
            problems.append(
                f"{where}.responses.{status}: model spec {model!r}, reference {ref_r.model!r}"
            )
        if spec_r.get("description") != ref_r.description:
            problems.append(
                f"{where}.responses.{status}.description: spec {spec_r.get('description')!r}, "
                f"reference {ref_r.description!r}"
            )
    return problems


def _compare_schemas(spec: JSONDict, expected: dict[str, RefSchema]) -> list[str]:
    problems: list[str] = []
    schemas = spec.get("components", {}).get("schemas", {})
    for name in sorted(expected.keys() - schemas.keys()):
        problems.append(f"components.schemas.{name}: in the reference but missing from the spec")
    for name in sorted(schemas.keys() - expected.keys()):
        problems.append(f"components.schemas.{name}: in the spec but not in the reference")
    for name in sorted(expected.keys() & schemas.keys()):
        ref_s, schema = expected[name], deref(spec, schemas[name])
        where = f"components.schemas.{name}"
        if schema.get("description") != ref_s.description:
            problems.append(
                f"{where}.description: spec {schema.get('description')!r}, "
                f"reference {ref_s.description!r}"
            )
        properties = schema.get("properties", {})
        required = set(schema.get("required", []))
        wanted = {p.name: p for p in ref_s.properties}
        for prop in [p for p in wanted if p not in properties]:
            problems.append(
                f"{where}.properties.{prop}: in the reference ({wanted[prop].type}, "
                f"{'required' if wanted[prop].required else 'optional'}) but missing from the spec"
            )
        for prop in [p for p in properties if p not in wanted]:
            problems.append(f"{where}.properties.{prop}: in the spec but not in the reference")
        for prop in [p for p in wanted if p in properties]:
            problems += _compare_property(
                spec, f"{where}.properties.{prop}", wanted[prop], properties[prop], required
            )
        for prop in sorted(required - properties.keys()):
            problems.append(f"{where}.required: lists {prop!r}, which is not a property")
    return problems


def _compare_property(
    spec: JSONDict, where: str, ref_p: RefProperty, node: Any, required: set[str]
) -> list[str]:
    problems: list[str] = []
    prop = deref(spec, node)
    spec_type = reference_type(node)
    if spec_type.casefold() != ref_p.type.casefold():
        problems.append(f"{where}.type: spec {spec_type!r}, reference {ref_p.type!r}")
    if (ref_p.name in required) != ref_p.required:
        problems.append(
            f"{where}: required is {ref_p.name in required} in the spec, "
            f"{ref_p.required} in the reference"
        )
    if prop.get("description") != ref_p.description:
        problems.append(
            f"{where}.description: spec {prop.get('description')!r}, "
            f"reference {ref_p.description!r}"
        )
    if "null" in schema_types(prop) and not _NULL_WORD.search(ref_p.description):
        problems.append(f"{where}.type: the spec allows null, the reference never says so")
    spec_format = prop.get("format") if prop.get("format") in _REFERENCE_FORMATS else None
    if spec_format != ref_p.format:
        problems.append(
            f"{where}.format: spec {spec_format!r}, the reference's description implies "
            f"{ref_p.format!r}"
        )
    spec_enum = [str(v) for v in prop.get("enum", []) if v is not None]
    for value in ref_p.enum:
        if value not in spec_enum:
            problems.append(f"{where}.enum: the reference names {value!r}, the spec lacks it")
    for value in spec_enum:
        if value not in ref_p.enum:
            problems.append(f"{where}.enum: the spec has {value!r}, the reference does not name it")
    return problems


# --- the checks --------------------------------------------------------------------------------


def load_additions(path: Path = ADDITIONS_PATH) -> dict[str, str]:
    """spec/reference-additions.yaml: problem line -> reason; only additions may be listed."""
    additions = read_allowlist(path)
    for key in additions:
        if not key.endswith(_ADDITION):
            raise ValueError(
                f"{path}: {key!r} is not an addition (a line ending in {_ADDITION!r}); "
                "fix the spec instead"
            )
    return additions


def unlisted_and_stale(
    problems: list[str], additions: dict[str, str]
) -> tuple[list[str], list[str]]:
    """The problems the additions do not list, and the additions that match no problem."""
    return [p for p in problems if p not in additions], [k for k in additions if k not in problems]
