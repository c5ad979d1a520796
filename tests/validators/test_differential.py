"""Differential tests: the compiled validators against jsonschema's Draft202012Validator.

For every JSON schema of every spec (the real one and tests/specs/*), on generated instances and
on mutated ones: the same verdict, ``validate`` empty exactly when ``is_valid``, and where both
report exactly one error, the same pointer and keyword.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.validators.strategies import Instances, mutated
from tests.validators.support import SPECS, bundle, load_spec

EXAMPLES = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


@functools.cache
def _loaded(path: Path) -> tuple[Any, Any]:
    return load_spec(path)


def _targets() -> list[Any]:
    """(spec, registry name, schema pointer) for every registry entry that is a JSON schema."""
    params = []
    for path in SPECS:
        model, _ = _loaded(path)
        entries = [(s.name, s.pointer) for s in model.schemas]
        for op in model.operations:
            body = op.request_body.json if op.request_body else None
            if body and body.schema:
                entries.append((f"{op.operation_id}.body", body.schema.pointer))
            for response in op.responses:
                media = response.json
                if media and media.schema:
                    entries.append(
                        (f"{op.operation_id}.response.{response.status}", media.schema.pointer)
                    )
        params += [pytest.param(path, n, p, id=f"{path.stem}:{n}") for n, p in entries]
    return params


def _pointer(error: jsonschema.ValidationError) -> str:
    return "".join(
        "/" + str(token).replace("~", "~0").replace("/", "~1") for token in error.absolute_path
    )


def _compare(module: Any, validator: Any, name: str, value: Any) -> bool:
    expected = validator.is_valid(value)
    assert module.is_valid(name, value) is expected, f"is_valid disagrees on {value!r}"
    ours = module.validate(name, value)
    assert (ours == []) is expected, f"validate disagrees with is_valid on {value!r}: {ours}"
    theirs = list(validator.iter_errors(value))
    # jsonschema reports a `false` subschema's error without the path to it: not comparable.
    if len(ours) == 1 and len(theirs) == 1 and theirs[0].validator is not None:
        keyword = theirs[0].validator
        assert (ours[0].pointer, ours[0].keyword) == (_pointer(theirs[0]), keyword), (
            f"{value!r}: ours {ours[0]}, jsonschema {_pointer(theirs[0])!r} {keyword}:"
            f" {theirs[0].message}"
        )
    return expected


@functools.cache
def _validator(path: Path, pointer: str) -> Any:
    model, _ = _loaded(path)
    schema = bundle(model, pointer)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize(("path", "name", "pointer"), _targets())
@EXAMPLES
@given(data=st.data())
def test_generated_instances_agree(path: Path, name: str, pointer: str, data: Any) -> None:
    model, module = _loaded(path)
    strategy = Instances(model.document).of({"$ref": pointer})
    _compare(module, _validator(path, pointer), name, data.draw(strategy))


@pytest.mark.parametrize(("path", "name", "pointer"), _targets())
@EXAMPLES
@given(data=st.data())
def test_mutated_instances_agree(path: Path, name: str, pointer: str, data: Any) -> None:
    model, module = _loaded(path)
    strategy = mutated(Instances(model.document).of({"$ref": pointer}))
    _compare(module, _validator(path, pointer), name, data.draw(strategy))


@pytest.mark.parametrize("path", SPECS, ids=[p.stem for p in SPECS])
def test_generated_instances_are_often_valid(path: Path) -> None:
    """The strategies must mostly hit valid values, or the first test proves little."""
    model, module = _loaded(path)
    valid = total = 0
    for schema in model.schemas:
        strategy = Instances(model.document).of({"$ref": schema.pointer})
        name = str(schema.name)
        for value in _examples(strategy, 30):
            total += 1
            valid += bool(module.is_valid(name, value))
    assert valid >= total // 3, f"only {valid} of {total} generated instances are valid"


def _examples(strategy: st.SearchStrategy[Any], count: int) -> list[Any]:
    found: list[Any] = []

    @settings(max_examples=count, deadline=None, database=None)
    @given(strategy)
    def collect(value: Any) -> None:
        found.append(value)

    collect()
    return found
