"""The spec is a valid, self-consistent OpenAPI 3.1 document with a checked example everywhere.

Each check is a function that returns its problems, so a bite test can run it on a broken copy.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import OpenAPIV31SpecValidator, validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
from packaging.version import InvalidVersion, Version
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from tests.spec.common import (
    JSONDict,
    deref,
    dotted,
    effective_parameters,
    is_json_media_type,
    iter_operations,
    json_pointer,
    load_spec,
    security_requirements,
)

Segments = tuple[str | int, ...]

# Schema keywords whose value is a schema, a list of schemas, or a map of names to schemas.
_SCHEMA_KEYWORDS = (
    "items", "not", "if", "then", "else", "contains", "additionalProperties", "additionalItems",
    "unevaluatedProperties", "unevaluatedItems", "propertyNames", "contentSchema",
)  # fmt: skip
_SCHEMA_LIST_KEYWORDS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_MAP_KEYWORDS = (
    "properties",
    "patternProperties",
    "$defs",
    "definitions",
    "dependentSchemas",
)
# OpenAPI fields whose keys are names chosen by the author (a property called "nullable" is fine).
_NAME_MAPS = (
    "paths", "webhooks", "headers", "content", "responses", "callbacks", "links", "encoding",
    "variables", "scopes", "schemas", "parameters", "examples", "requestBodies",
    "securitySchemes", "pathItems", "mapping",
)  # fmt: skip

APPLICATION_ID = ("path", "application-id", "ApplicationId")
CAMPAIGN_ID = ("path", "campaign-id", "CampaignId")
SPEC_URI = "urn:pinpoint-campaign-activities-spec"


@pytest.fixture
def spec() -> JSONDict:
    return load_spec()


# --- a walk that knows which nodes are schemas and which values are example data ---------------


def walk(document: JSONDict) -> Iterator[tuple[Segments, JSONDict, bool]]:
    """(location, mapping, is_schema) for every OpenAPI object and schema; skips example data."""
    yield from _walk_openapi(document, (), name_map=False)


def _walk_openapi(node: Any, at: Segments, name_map: bool) -> Iterator[tuple[Segments, Any, bool]]:
    if isinstance(node, list):
        for i, item in enumerate(node):
            yield from _walk_openapi(item, (*at, i), name_map=False)
        return
    if not isinstance(node, dict):
        return
    if not name_map:
        yield at, node, False
    for key, value in node.items():
        here = (*at, key)
        if name_map:
            # The values of a name map are objects (or, under components.schemas, schemas).
            if at == ("components", "schemas"):
                yield from _walk_schema(value, here)
            else:
                yield from _walk_openapi(value, here, name_map=False)
        elif key in ("example", "examples", "security") or key.startswith("x-"):
            continue  # data, scope lists, extensions: no keywords inside
        elif key == "schema":
            yield from _walk_schema(value, here)
        else:
            is_map = isinstance(value, dict) and (key in _NAME_MAPS or at == ("components",))
            yield from _walk_openapi(value, here, name_map=is_map)


def _walk_schema(node: Any, at: Segments) -> Iterator[tuple[Segments, Any, bool]]:
    if not isinstance(node, dict):
        return  # a boolean schema
    yield at, node, True
    for key in _SCHEMA_KEYWORDS:
        if isinstance(node.get(key), dict):
            yield from _walk_schema(node[key], (*at, key))
        elif isinstance(node.get(key), list):  # 'items' as a list is draft-04 style
            for i, sub in enumerate(node[key]):
                yield from _walk_schema(sub, (*at, key, i))
    for key in _SCHEMA_LIST_KEYWORDS:
        for i, sub in enumerate(node.get(key, [])):
            yield from _walk_schema(sub, (*at, key, i))
    for key in _SCHEMA_MAP_KEYWORDS:
        for name, sub in node.get(key, {}).items():
            yield from _walk_schema(sub, (*at, key, name))


# --- the checks ---------------------------------------------------------------------------------


def openapi30_keyword_problems(document: JSONDict) -> list[str]:
    """OpenAPI 3.0 spellings that a 3.1 document must not use (3.1 is plain JSON Schema)."""
    problems: list[str] = []
    for at, node, is_schema in walk(document):
        where = dotted(at)
        if "nullable" in node:
            problems.append(
                f"{where}: 'nullable' is OpenAPI 3.0-only (3.1: add 'null' to the type list)"
            )
        if not is_schema:
            continue
        if "x-nullable" in node:
            problems.append(
                f"{where}: 'x-nullable' is OpenAPI 3.0-only (3.1: add 'null' to the type list)"
            )
        for keyword in ("exclusiveMinimum", "exclusiveMaximum"):
            if isinstance(node.get(keyword), bool):
                problems.append(f"{where}: boolean '{keyword}' is OpenAPI 3.0-only (3.1: a number)")
    return problems


def missing_example_problems(document: JSONDict) -> list[str]:
    """Every component schema, every parameter and every JSON response body has an example."""
    problems: list[str] = []
    components = document.get("components", {})
    for name, schema in components.get("schemas", {}).items():
        if "example" not in schema:
            problems.append(f"components.schemas.{name}: no top-level example")
    parameters: dict[str, JSONDict] = {
        f"components.parameters.{name}": p for name, p in components.get("parameters", {}).items()
    }
    responses: dict[str, JSONDict] = {
        f"components.responses.{name}": r for name, r in components.get("responses", {}).items()
    }
    for path, method, path_item, operation in iter_operations(document):
        where = f"paths.{path}.{method.lower()}"
        for holder, prefix in ((path_item, f"paths.{path}"), (operation, where)):
            for i, parameter in enumerate(holder.get("parameters", [])):
                if "$ref" not in parameter:  # a $ref is checked at its component
                    parameters[f"{prefix}.parameters[{i}]"] = parameter
        for status, response in operation.get("responses", {}).items():
            if "$ref" not in response:
                responses[f"{where}.responses.{status}"] = response
    for where, parameter in parameters.items():
        if "example" not in deref(document, parameter):
            problems.append(f"{where}: no example")
    for where, response in responses.items():
        for media_type, media in deref(document, response).get("content", {}).items():
            if is_json_media_type(media_type) and not ("example" in media or "examples" in media):
                problems.append(f"{where}.content.{media_type}: no example or examples")
    return problems


def iter_examples(document: JSONDict) -> Iterator[tuple[str, str, Any]]:
    """(location, JSON pointer of the schema that governs it, value) for every example."""
    for at, node, is_schema in walk(document):
        where = dotted(at)
        if is_schema:
            if "example" in node:
                yield f"{where}.example", json_pointer(at), node["example"]
            for i, value in enumerate(node.get("examples", [])):
                yield f"{where}.examples[{i}]", json_pointer(at), value
        elif isinstance(node.get("schema"), dict):  # a parameter, header or media type
            governing = json_pointer((*at, "schema"))
            if "example" in node:
                yield f"{where}.example", governing, node["example"]
            for name, example in node.get("examples", {}).items():
                resolved = deref(document, example)
                if "value" in resolved:
                    yield f"{where}.examples.{name}.value", governing, resolved["value"]


def invalid_example_problems(document: JSONDict) -> list[str]:
    """Validate every example against its schema, with the document's local $refs resolvable."""
    registry: Registry[Any] = Registry().with_resource(
        SPEC_URI, DRAFT202012.create_resource(document)
    )
    problems: list[str] = []
    for where, pointer, value in iter_examples(document):
        validator = Draft202012Validator(
            {"$ref": f"{SPEC_URI}#{pointer}"},
            registry=registry,
            format_checker=Draft202012Validator.FORMAT_CHECKER,
        )
        for error in validator.iter_errors(value):
            inside = "".join(f"[{p!r}]" for p in error.absolute_path)
            problems.append(f"{where}{inside}: {error.message}")
    return problems


def _path_parameter(document: JSONDict, name: str) -> JSONDict:
    for _, _, path_item, operation in iter_operations(document):
        for parameter in effective_parameters(document, path_item, operation):
            if (parameter["in"], parameter["name"]) == ("path", name):
                return parameter
    raise AssertionError(f"no path parameter {name!r} in the spec")


def _data_with_key(value: Any, key: str, at: str) -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict):
        for k, v in value.items():
            if k == key:
                yield f"{at}.{k}", v
            yield from _data_with_key(v, key, f"{at}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _data_with_key(v, key, f"{at}[{i}]")


def seeded_id_problems(document: JSONDict) -> tuple[list[str], int]:
    """Examples use the application and campaign IDs of the path parameters' examples (the mock
    server seeds exactly those): returns the problems and how many ID occurrences were checked."""
    problems: list[str] = []
    checked = 0
    for location, wire, field in (APPLICATION_ID, CAMPAIGN_ID):
        parameter = _path_parameter(document, wire)
        expected = parameter.get("example")
        if parameter.get("schema", {}).get("example", expected) != expected:
            problems.append(
                f"{location} parameter {wire}: schema example differs from {expected!r}"
            )
        occurrences: list[tuple[str, Any]] = []
        for where, _, value in iter_examples(document):
            if where.endswith(f".properties.{field}.example"):
                occurrences.append((where, value))
            else:
                occurrences += _data_with_key(value, field, where)
        for where, value in occurrences:
            if value != expected:
                problems.append(f"{where}: {value!r} is not the {wire} example {expected!r}")
        checked += len(occurrences)
    return problems, checked


# --- tests --------------------------------------------------------------------------------------


def test_openapi_31_valid(spec: JSONDict) -> None:
    assert str(spec.get("openapi", "")).startswith("3.1."), "the spec must declare OpenAPI 3.1.x"
    validate(spec, cls=OpenAPIV31SpecValidator)


def test_validator_rejects_a_broken_copy(spec: JSONDict) -> None:
    del spec["info"]["title"]
    with pytest.raises(OpenAPIValidationError):
        validate(spec, cls=OpenAPIV31SpecValidator)


def test_no_openapi30_keywords(spec: JSONDict) -> None:
    problems = openapi30_keyword_problems(spec)
    assert not problems, "\n".join(problems)


def test_lint_catches_injected_30_keywords(spec: JSONDict) -> None:
    broken = copy.deepcopy(spec)
    schemas = broken["components"]["schemas"]
    schemas["ActivityResponse"]["properties"]["TreatmentId"]["nullable"] = True
    schemas["ActivityResponse"]["properties"]["End"]["x-nullable"] = True
    schemas["ActivityResponse"]["properties"]["TotalEndpointCount"]["exclusiveMinimum"] = True
    broken["components"]["parameters"]["PageSize"]["nullable"] = True
    problems = openapi30_keyword_problems(broken)
    assert problems == [
        "components.parameters.PageSize: 'nullable' is OpenAPI 3.0-only"
        " (3.1: add 'null' to the type list)",
        "components.schemas.ActivityResponse.properties.TreatmentId: 'nullable' is OpenAPI"
        " 3.0-only (3.1: add 'null' to the type list)",
        "components.schemas.ActivityResponse.properties.End: 'x-nullable' is OpenAPI 3.0-only"
        " (3.1: add 'null' to the type list)",
        "components.schemas.ActivityResponse.properties.TotalEndpointCount: boolean"
        " 'exclusiveMinimum' is OpenAPI 3.0-only (3.1: a number)",
    ]


def test_lint_ignores_names_and_example_data(spec: JSONDict) -> None:
    """A property named 'nullable' or a 'nullable' key inside an example is not a keyword."""
    activity = spec["components"]["schemas"]["ActivityResponse"]
    activity["properties"]["nullable"] = {"type": "boolean", "example": True}
    activity["example"]["nullable"] = True
    spec["components"]["schemas"]["MessageBody"]["x-nullable-note"] = {"nullable": True}
    assert openapi30_keyword_problems(spec) == []


def test_info_version_is_pep440(spec: JSONDict) -> None:
    try:
        Version(str(spec["info"]["version"]))
    except InvalidVersion as exc:
        pytest.fail(f"info.version: {exc}")


def test_aws_api_version(spec: JSONDict) -> None:
    assert spec["info"].get("x-aws-api-version") == "2016-12-01"


def test_servers(spec: JSONDict) -> None:
    servers = {s["url"]: s for s in spec.get("servers", [])}
    aws = servers.get("https://pinpoint.{region}.amazonaws.com")
    assert aws is not None, f"no AWS regional server in {sorted(servers)}"
    assert aws.get("variables", {}).get("region", {}).get("default") == "us-east-1"
    assert "http://127.0.0.1:8080" in servers, f"no mock server entry in {sorted(servers)}"


def test_sigv4_security_scheme_used_by_get(spec: JSONDict) -> None:
    schemes = spec["components"]["securitySchemes"]
    sigv4 = {
        name
        for name, s in schemes.items()
        if (s.get("type"), s.get("name"), s.get("in"), s.get("x-amazon-apigateway-authtype"))
        == ("apiKey", "Authorization", "header", "awsSigv4")
    }
    assert sigv4, f"no apiKey/Authorization/header scheme with awsSigv4 in {sorted(schemes)}"
    gets = [op for _, method, _, op in iter_operations(spec) if method == "GET"]
    assert gets, "no GET operation"
    for operation in gets:
        requirements = security_requirements(spec, operation)
        used = {name for requirement in requirements for name in requirement}
        assert used <= schemes.keys(), f"unknown scheme(s) {sorted(used - schemes.keys())}"
        assert used & sigv4, f"{operation.get('operationId')} does not require SigV4 ({used})"


def test_everything_has_an_example(spec: JSONDict) -> None:
    problems = missing_example_problems(spec)
    assert not problems, "\n".join(problems)


def test_missing_example_is_reported(spec: JSONDict) -> None:
    del spec["components"]["schemas"]["MessageBody"]["example"]
    del spec["components"]["parameters"]["Token"]["example"]
    del spec["components"]["responses"]["NotFoundException"]["content"]["application/json"][
        "example"
    ]
    assert missing_example_problems(spec) == [
        "components.schemas.MessageBody: no top-level example",
        "components.parameters.Token: no example",
        "components.responses.NotFoundException.content.application/json: no example or examples",
    ]


def test_examples_use_the_seeded_ids(spec: JSONDict) -> None:
    problems, checked = seeded_id_problems(spec)
    assert not problems, "\n".join(problems)
    assert checked > 0, "no example carries an ApplicationId or CampaignId: nothing was checked"


def test_foreign_id_in_an_example_is_reported(spec: JSONDict) -> None:
    spec["components"]["schemas"]["ActivityResponse"]["example"]["CampaignId"] = "other"
    problems, _ = seeded_id_problems(spec)
    assert problems == [
        "components.schemas.ActivityResponse.example.CampaignId: 'other' is not the campaign-id"
        f" example {_path_parameter(spec, 'campaign-id')['example']!r}"
    ]


def test_every_example_validates(spec: JSONDict) -> None:
    assert len(list(iter_examples(spec))) > 10, "suspiciously few examples found"
    problems = invalid_example_problems(spec)
    assert not problems, "\n".join(problems)


_Mutation = Callable[[JSONDict], None]


def _response_example(spec: JSONDict) -> JSONDict:
    get = next(op for _, method, _, op in iter_operations(spec) if method == "GET")
    examples: JSONDict = get["responses"]["200"]["content"]["application/json"]["examples"]
    return examples


@pytest.mark.parametrize(
    ("mutate", "fragment"),
    [
        pytest.param(
            lambda s: s["components"]["schemas"]["ActivityResponse"]["example"].update(
                State="DONE"
            ),
            "components.schemas.ActivityResponse.example['State']: 'DONE' is not one of",
            id="enum-through-component",
        ),
        pytest.param(
            lambda s: _response_example(s)["firstPage"]["value"]["Item"][0].pop("Id"),
            "examples.firstPage.value['Item'][0]: 'Id' is a required property",
            id="required-through-ref",
        ),
        pytest.param(
            lambda s: s["components"]["parameters"]["PageSize"].update(example="0"),
            "components.parameters.PageSize.example: '0' does not match",
            id="parameter-pattern",
        ),
        pytest.param(
            lambda s: s["components"]["schemas"]["ActivityResponse"]["properties"][
                "TotalEndpointCount"
            ].update(example="many"),
            "properties.TotalEndpointCount.example: 'many' is not of type 'integer'",
            id="property-type",
        ),
    ],
)
def test_invalid_example_is_reported(spec: JSONDict, mutate: _Mutation, fragment: str) -> None:
    mutate(spec)
    problems = invalid_example_problems(spec)
    assert [p for p in problems if fragment in p], f"{fragment!r} not in {problems}"
