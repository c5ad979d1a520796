"""The spec says what the AWS reference says: every parameter, status code, schema, property and
enum value it names, with the same flags and descriptions, and nothing more.

All expectations are parsed from ../shared/reference/ (tests/spec/reference.py); the comparison
returns a list of readable problems, so the bite tests below can show that each check fires.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.spec.common import (
    JSONDict,
    SharedMaterialMissingError,
    deref,
    iter_operations,
    load_spec,
    read_reference,
)
from tests.spec.fidelity import compare_to_reference, load_additions, unlisted_and_stale
from tests.spec.reference import Reference, parse_reference


@pytest.fixture(scope="module")
def reference() -> Reference:
    try:
        return parse_reference(read_reference())
    except SharedMaterialMissingError as exc:
        message = str(exc)
    pytest.fail(message, pytrace=False)  # outside `except`: no chained traceback in the report


@pytest.fixture
def spec() -> JSONDict:
    return load_spec()


def test_spec_matches_reference(spec: JSONDict, reference: Reference) -> None:
    unlisted, _ = unlisted_and_stale(compare_to_reference(spec, reference), load_additions())
    assert not unlisted, (
        "the spec differs from the reference; fix the spec or, for an intentional addition, list "
        "the line with a reason in spec/reference-additions.yaml:\n  " + "\n  ".join(unlisted)
    )


def test_no_stale_additions(spec: JSONDict, reference: Reference) -> None:
    _, stale = unlisted_and_stale(compare_to_reference(spec, reference), load_additions())
    assert not stale, (
        "spec/reference-additions.yaml lists additions that the spec no longer has; remove "
        "them:\n  " + "\n  ".join(stale)
    )


def test_additions_allow_only_what_they_list(
    spec: JSONDict, reference: Reference, tmp_path: Path
) -> None:
    """An addition is reported until listed; a listed addition that the spec lacks is stale."""
    schema = next(iter(reference.schemas))
    properties = spec["components"]["schemas"][schema]["properties"]
    name = next(n for n in (f"NotInTheSpec{i}" for i in range(1000)) if n not in properties)
    properties[name] = {"type": "string"}
    key = f"components.schemas.{schema}.properties.{name}: in the spec but not in the reference"
    listed = tmp_path / "additions.yaml"
    listed.write_text(yaml.safe_dump({"allowed": [{"key": key, "reason": "for the test"}]}))
    additions = load_additions(listed)

    baseline = compare_to_reference(load_spec(), reference)
    problems = compare_to_reference(spec, reference)
    assert [p for p in problems if p not in baseline] == [key]
    assert key not in unlisted_and_stale(problems, additions)[0]
    assert unlisted_and_stale(baseline, additions)[1] == [key]


def test_additions_refuse_other_differences(tmp_path: Path) -> None:
    listed = tmp_path / "additions.yaml"
    key = "components.schemas.ActivityResponse.properties.Id.description: spec 'x', reference 'y'"
    listed.write_text(yaml.safe_dump({"allowed": [{"key": key, "reason": "nope"}]}))
    with pytest.raises(ValueError, match="is not an addition"):
        load_additions(listed)


def test_reference_parser_found_the_tables(reference: Reference) -> None:
    """Guards against a parser that silently reads nothing (and so compares nothing)."""
    assert reference.operations, "no HTTP method parsed"
    assert all(op.responses for op in reference.operations.values()), "an operation without rows"
    assert any(op.parameters for op in reference.operations.values()), "no parameter parsed"
    assert reference.schemas and all(s.properties for s in reference.schemas.values())
    assert any(p.enum for s in reference.schemas.values() for p in s.properties), "no enum parsed"
    assert any(p.format for s in reference.schemas.values() for p in s.properties), "no format"


def test_reference_parser_agrees_with_the_example_bodies(reference: Reference) -> None:
    """The reference prints each body twice (example JSON and property tables): cross-check."""
    shown = set().union(*reference.example_keys.values())
    tabled = {p.name for s in reference.schemas.values() for p in s.properties}
    assert shown == tabled, f"example keys {sorted(shown ^ tabled)} disagree with the tables"


def test_missing_shared_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SharedMaterialMissingError, match=r"\.\./shared"):
        read_reference(tmp_path / "nope" / "reference.txt")


# --- the comparison bites ----------------------------------------------------------------------


def _remove_parameter(spec: JSONDict, location: str, name: str) -> None:
    for _, _, path_item, operation in iter_operations(spec):
        for holder in (path_item, operation):
            kept = [
                p
                for p in holder.get("parameters", [])
                if (deref(spec, p)["in"], deref(spec, p)["name"]) != (location, name)
            ]
            if "parameters" in holder:
                holder["parameters"] = kept


def test_comparison_reports_removed_property_parameter_and_status(
    spec: JSONDict, reference: Reference
) -> None:
    schema = next(s for s in reference.schemas.values() if s.properties)
    prop = schema.properties[-1].name
    get = reference.operations["GET"]
    parameter = get.parameters[-1]
    status = next(r.status for r in get.responses if r.status.startswith("4"))

    mutated = copy.deepcopy(spec)
    target = mutated["components"]["schemas"][schema.name]
    del target["properties"][prop]
    target["required"] = [r for r in target.get("required", []) if r != prop]
    _remove_parameter(mutated, parameter.location, parameter.name)
    path = next(p for p, m, _, _ in iter_operations(mutated) if m == "GET")
    del mutated["paths"][path]["get"]["responses"][status]

    baseline = compare_to_reference(spec, reference)  # listed additions, if any
    problems = [p for p in compare_to_reference(mutated, reference) if p not in baseline]
    expected = [
        f"components.schemas.{schema.name}.properties.{prop}: in the reference",
        f"{parameter.location} parameter {parameter.name!r} is missing",
        f"status {status} (",
    ]
    for fragment in expected:
        assert [p for p in problems if fragment in p], f"{fragment!r} not reported in {problems}"
    assert len(problems) == len(expected), problems


def _set(path: tuple[str, ...], value: Any) -> Any:
    def mutate(spec: JSONDict) -> None:
        node: Any = spec
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return mutate


def _on_get(change: Any) -> Any:
    def mutate(spec: JSONDict) -> None:
        change(next(op for _, method, _, op in iter_operations(spec) if method == "GET"))

    return mutate


_ACTIVITY = ("components", "schemas", "ActivityResponse")


@pytest.mark.parametrize(
    ("mutate", "fragment"),
    [
        pytest.param(
            _set((*_ACTIVITY, "properties", "Bogus"), {"type": "string"}),
            "ActivityResponse.properties.Bogus: in the spec but not in the reference",
            id="extra-property",
        ),
        pytest.param(
            _set((*_ACTIVITY, "required"), ["Id", "ApplicationId"]),
            "ActivityResponse.properties.CampaignId: required is False in the spec",
            id="required-flag",
        ),
        pytest.param(
            _set((*_ACTIVITY, "properties", "Id", "description"), "An identifier."),
            "ActivityResponse.properties.Id.description",
            id="property-description",
        ),
        pytest.param(
            _set((*_ACTIVITY, "properties", "TotalEndpointCount", "type"), "string"),
            "TotalEndpointCount.type: spec 'string', reference 'integer'",
            id="property-type",
        ),
        pytest.param(
            _set((*_ACTIVITY, "properties", "State", "enum"), ["PENDING", "RUNNING", "DONE"]),
            "State.enum: the reference names 'INITIALIZING'",
            id="enum-value",
        ),
        pytest.param(
            _set((*_ACTIVITY, "properties", "Id", "type"), ["string", "null"]),
            "Id.type: the spec allows null",
            id="nullable",
        ),
        pytest.param(
            _set(("components", "parameters", "PageSize", "required"), True),
            "parameters[query page-size].required: spec True, reference False",
            id="parameter-required",
        ),
        pytest.param(
            _set(("components", "responses", "NotFoundException", "description"), "Not found."),
            "responses.404.description",
            id="response-description",
        ),
        pytest.param(
            _on_get(lambda get: get["responses"].update({"418": {"description": "Teapot."}})),
            "responses: status 418 is not in the reference",
            id="extra-status",
        ),
        pytest.param(
            _on_get(
                lambda get: get["parameters"].append(
                    {"name": "limit", "in": "query", "schema": {"type": "string"}}
                )
            ),
            "query parameter 'limit' is not in the reference",
            id="extra-parameter",
        ),
        pytest.param(
            _on_get(lambda get: get.update({"operationId": "ListActivities"})),
            "get.operationId: spec 'ListActivities', reference 'GetCampaignActivities'",
            id="operation-id",
        ),
        pytest.param(
            _set(("components", "schemas", "Extra"), {"type": "object"}),
            "components.schemas.Extra: in the spec but not in the reference",
            id="extra-schema",
        ),
    ],
)
def test_comparison_reports_each_kind_of_difference(
    spec: JSONDict, reference: Reference, mutate: Any, fragment: str
) -> None:
    mutate(spec)
    problems = compare_to_reference(spec, reference)
    assert [p for p in problems if fragment in p], f"{fragment!r} not reported in {problems}"


def _spec_property(spec: JSONDict, schema: str, name: str) -> JSONDict:
    node: JSONDict = deref(spec, spec["components"]["schemas"][schema]["properties"][name])
    return node


def test_comparison_reports_a_lost_or_an_invented_date_time(
    spec: JSONDict, reference: Reference
) -> None:
    """The properties are picked from the reference: one it calls ISO 8601, one it does not."""
    schema, dated = next(
        (s, p) for s in reference.schemas.values() for p in s.properties if p.format
    )
    plain = next(
        p.name for p in schema.properties if p.format is None and p.type.casefold() == "string"
    )
    baseline = compare_to_reference(spec, reference)  # listed additions, if any
    del _spec_property(spec, schema.name, dated.name)["format"]
    _spec_property(spec, schema.name, plain)["format"] = "date-time"
    where = f"components.schemas.{schema.name}.properties"
    implies = "the reference's description implies"
    problems = [p for p in compare_to_reference(spec, reference) if p not in baseline]
    assert sorted(problems) == sorted(
        [
            f"{where}.{dated.name}.format: spec None, {implies} 'date-time'",
            f"{where}.{plain}.format: spec 'date-time', {implies} None",
        ]
    )
