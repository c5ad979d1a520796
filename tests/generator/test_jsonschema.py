"""The JSON Schema compiler's pieces: the runtime is a real module emitted from its source, and
every supported keyword has one place (a check, and code on every path)."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from generator.errors import SpecError
from generator.jsonschema import compile_schema, runtime
from generator.jsonschema.check import CHECKS, FAMILIES
from generator.jsonschema.emit import runtime_section
from generator.spec.subset import ASSERTION_KEYWORDS, SUPPORTED_KEYWORDS


def test_compiled_modules_start_with_the_runtime_source() -> None:
    source = compile_schema({"type": "integer"})
    prelude, api = runtime_section("prelude"), runtime_section("api")
    assert prelude.startswith("from __future__ import annotations")
    assert prelude in source and api in source
    assert source.index(prelude) < source.index("_REGISTRY") < source.index(api)
    # What lies outside the markers (the stand-ins) is never emitted.
    assert "_USED_BY_COMPILED_CODE" not in source
    lines = Path(runtime.__file__).read_text(encoding="utf-8").splitlines()
    assert [line for line in lines if line.startswith(("# emit: ", "# end: "))] == [
        "# emit: prelude",
        "# end: prelude",
        "# emit: api",
        "# end: api",
    ]


def test_runtime_module_works_as_imported() -> None:
    assert runtime._multiple(0.0075, Fraction("0.0001"))
    assert not runtime._multiple(0.0075, Fraction("0.001"))
    assert runtime._is_int(1.0) and not runtime._is_int(True)
    assert runtime._unique([1, True]) and not runtime._unique([1, 1.0])
    assert runtime._fmt_date_time("1998-12-31T23:59:60Z")
    assert not runtime._fmt_date_time("1998-12-31T22:59:60Z")
    assert runtime._scalar("12", ("integer",)) == 12


def test_compiled_module_runs() -> None:
    namespace: dict[str, object] = {}
    exec(compile(compile_schema({"type": "string", "minLength": 2}), "<v>", "exec"), namespace)
    validate = namespace["validate"]
    assert callable(validate)
    assert validate("root", "ab") == []
    assert [e.keyword for e in validate("root", "a")] == ["minLength"]


def test_every_keyword_has_its_place() -> None:
    """A keyword added to the subset needs a value check and a home among the keyword
    modules, or the compiler would accept it and ignore it."""
    family_keywords = {k for family in FAMILIES for k in family.keywords}
    routed = family_keywords | {"type", "enum", "const", "$ref", "$defs", "format"}
    routed |= {"allOf", "anyOf", "oneOf", "not"}
    assert routed == ASSERTION_KEYWORDS
    assert set(CHECKS) <= SUPPORTED_KEYWORDS
    assert ASSERTION_KEYWORDS - set(CHECKS) == {"const"}  # any JSON value is a valid const


@pytest.mark.parametrize(
    ("schema", "where", "message"),
    [
        ({"minLength": -1}, "minLength", "must be a non-negative integer"),
        ({"multipleOf": 0}, "multipleOf", "must be a number greater than 0"),
        ({"type": "text"}, "type", "invalid type"),
        ({"pattern": "\\p{L}"}, "pattern", "invalid regular expression"),
        ({"patternProperties": {"(": {}}}, "patternProperties.(", "invalid regular expression"),
        ({"allOf": []}, "allOf", "must be a non-empty array"),
        ({"required": [1]}, "required", "must be an array of strings"),
        ({"items": {"if": {}}}, "items", "unsupported keyword 'if'"),
        ({"$ref": "#/nowhere"}, "$ref", "does not resolve"),
        (
            {
                "$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}},
                "$ref": "#/$defs/a",
            },
            "$defs.a.$ref",
            "$ref cycle",
        ),
    ],
)
def test_keyword_checks_are_located(schema: object, where: str, message: str) -> None:
    with pytest.raises(SpecError) as info:
        compile_schema(schema)
    assert info.value.where == where
    assert message in info.value.message
