"""The official JSON-Schema-Test-Suite (draft 2020-12) against the compiled validators.

Every group of every file for a supported keyword compiles to a module; each test's verdict must
match on both paths (``is_valid`` and ``validate``). Groups that need what the generator rejects
by design are in SKIPPED with the reason, and the test checks the generator does reject them, so
the list cannot go stale.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from generator.errors import SpecError
from generator.jsonschema.compiler import compile_schema
from tests.validators.conftest import SUITE_PROPERTY
from tests.validators.support import SUITE, compile_standalone

# file -> whether `format` asserts (formats=True) for it
FILES: dict[str, bool] = {
    **{
        f"{keyword}.json": False
        for keyword in (
            "type", "enum", "const", "required", "properties", "additionalProperties",
            "patternProperties", "items", "prefixItems", "minItems", "maxItems", "uniqueItems",
            "minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum",
            "exclusiveMaximum", "multipleOf", "minProperties", "maxProperties", "allOf", "anyOf",
            "oneOf", "not", "ref", "defs", "boolean_schema", "infinite-loop-detection", "format",
        )
    },
    "optional/bignum.json": False,
    "optional/float-overflow.json": False,
    "optional/format/date-time.json": True,
    "optional/format/date.json": True,
}  # fmt: skip

_ID = "$id/$anchor (non-local identifiers) are outside the supported subset"
_REMOTE = "remote $ref: only local refs ('#/...') are supported"
# "file / group description" -> why the generator rejects the group's schema
SKIPPED: dict[str, str] = {
    "additionalProperties.json / additionalProperties with propertyNames": (
        "propertyNames is outside the supported subset"
    ),
    "additionalProperties.json / dependentSchemas with additionalProperties": (
        "dependentSchemas is outside the supported subset"
    ),
    "patternProperties.json / patternProperties with Unicode property escape": (
        "\\p{...} has no Python re equivalent; such patterns are rejected"
    ),
    "pattern.json / pattern with Unicode property escape requires unicode mode": (
        "\\p{...} has no Python re equivalent; such patterns are rejected"
    ),
    "not.json / collect annotations inside a 'not', even if collection is disabled": (
        "unevaluatedProperties is outside the supported subset"
    ),
    "ref.json / remote ref, containing refs itself": _REMOTE,
    "ref.json / Recursive references between schemas": _ID,
    "ref.json / ref creates new scope when adjacent to keywords": (
        "unevaluatedProperties is outside the supported subset"
    ),
    "ref.json / refs with relative uris and defs": _ID,
    "ref.json / relative refs with absolute uris and defs": _ID,
    "ref.json / $id must be resolved against nearest parent, not just immediate parent": _ID,
    "ref.json / order of evaluation: $id and $ref": _ID,
    "ref.json / order of evaluation: $id and $anchor and $ref": _ID,
    "ref.json / order of evaluation: $id and $ref on nested schema": _ID,
    "ref.json / simple URN base URI with $ref via the URN": _ID,
    "ref.json / simple URN base URI with JSON pointer": _ID,
    "ref.json / URN base URI with NSS": _ID,
    "ref.json / URN base URI with r-component": _ID,
    "ref.json / URN base URI with q-component": _ID,
    "ref.json / URN base URI with URN and JSON pointer ref": _ID,
    "ref.json / URN base URI with URN and anchor ref": _ID,
    "ref.json / URN ref with nested pointer ref": _REMOTE,
    "ref.json / ref to if": _REMOTE,
    "ref.json / ref to then": _REMOTE,
    "ref.json / ref to else": _REMOTE,
    "ref.json / ref with absolute-path-reference": _ID,
    "ref.json / $id with file URI still resolves pointers - *nix": _ID,
    "ref.json / $id with file URI still resolves pointers - windows": _ID,
    "defs.json / validate definition against metaschema": _REMOTE,
}


def _groups() -> list[Any]:
    if not SUITE.is_dir():
        return [pytest.param(None, None, id="suite-missing")]
    params = []
    for name in FILES:
        groups = json.loads((SUITE / name).read_text(encoding="utf-8"))
        for index, _group in enumerate(groups):
            params.append(pytest.param(name, index, id=f"{name}[{index}]"))
    return params


def _load(name: str, index: int) -> dict[str, Any]:
    group: dict[str, Any] = json.loads((SUITE / name).read_text(encoding="utf-8"))[index]
    return group


@pytest.mark.parametrize(("name", "index"), _groups())
def test_suite_group(name: str | None, index: int | None, record_property: Any) -> None:
    if name is None or index is None:
        pytest.fail(
            f"the JSON-Schema-Test-Suite is missing: expected {SUITE} (../shared next to the repo)"
        )
    group = _load(name, index)
    key = f"{name} / {group['description']}"
    total = len(group["tests"])
    if key in SKIPPED:
        with pytest.raises(SpecError):
            compile_schema(group["schema"])
        record_property(
            SUITE_PROPERTY, json.dumps({"file": name, "passed": 0, "failed": 0, "skipped": total})
        )
        pytest.skip(f"{key}: {SKIPPED[key]}")
    formats = FILES[name]
    module = compile_standalone(group["schema"])
    failures = []
    for test in group["tests"]:
        data, expected = test["data"], test["valid"]
        fast = module.is_valid("root", data, formats=formats)
        errors = module.validate("root", data, formats=formats)
        if fast is not expected or (not errors) is not expected:
            failures.append(
                f"{test['description']}: expected valid={expected}, is_valid={fast},"
                f" validate={errors[:3]}"
            )
    record_property(
        SUITE_PROPERTY,
        json.dumps(
            {"file": name, "passed": total - len(failures), "failed": len(failures), "skipped": 0}
        ),
    )
    assert not failures, f"{key}:\n" + "\n".join(failures)


def test_skip_list_names_existing_groups() -> None:
    """A skip entry for a group that no longer exists (renamed upstream) is a mistake."""
    if not SUITE.is_dir():
        pytest.fail(f"the JSON-Schema-Test-Suite is missing: expected {SUITE}")
    known = {
        f"{name} / {group['description']}"
        for name in FILES
        for group in json.loads((SUITE / name).read_text(encoding="utf-8"))
    }
    assert sorted(set(SKIPPED) - known) == []


def test_suite_files_exist() -> None:
    missing = [name for name in FILES if not (SUITE / name).is_file()]
    assert missing == [], f"suite files missing under {SUITE}: {missing}"
