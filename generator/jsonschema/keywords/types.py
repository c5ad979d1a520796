"""``type``, ``enum`` and ``const``, and the JSON data model they test against.

JSON data model: ``bool`` is neither an integer nor a number, ``1.0`` is an integer, ``1 == 1.0``
for ``enum``/``const`` but ``True != 1``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from generator.errors import SpecError, location
from generator.jsonschema.context import Add, Context, Parts, short
from generator.jsonschema.emit import JSON, SchemaPath, Writer, lit
from generator.spec.subset import ANNOTATIONS_AND_FORMAT, JSON_TYPES

# The exact Python type of each JSON type (subclasses and 1.0-as-integer take the precise path).
_EXACT = {
    "string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "type(None)",
    "array": "list", "object": "dict",
}  # fmt: skip


def types_of(value: JSON) -> list[str]:
    """``type``'s value as a list without repeats."""
    return list(dict.fromkeys(value if isinstance(value, list) else [value]))


def json_type(value: JSON) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, str):
        return "string"
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "array" if isinstance(value, list) else "object"


def json_type_ok(value: JSON, types: list[str]) -> bool:
    kind = json_type(value)
    return kind in types or (kind == "integer" and "number" in types)


def _same(a: JSON, b: JSON) -> bool:
    """JSON equality for scalars: bool never equals a number."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    return bool(a == b)


def narrow(known: frozenset[str] | None, types: list[str]) -> frozenset[str]:
    new = frozenset(types)
    return new if known is None else known & new


def type_test(types: Iterable[str], v: str, *, fast: bool) -> str:
    """A condition true when ``v`` has one of ``types``; the fast form tries exact types first."""
    tests: list[str] = []
    for t in types:
        if t == "string":
            tests += (
                [f"type({v}) is str", f"isinstance({v}, str)"]
                if fast
                else [f"isinstance({v}, str)"]
            )
        elif t == "integer":
            tests += [f"type({v}) is int", f"_is_int({v})"] if fast else [f"_is_int({v})"]
        elif t == "number":
            tests += (
                [f"type({v}) is int", f"type({v}) is float", f"_is_num({v})"]
                if fast
                else [f"_is_num({v})"]
            )
        elif t == "boolean":
            tests += [f"{v} is True", f"{v} is False"]
        elif t == "null":
            tests.append(f"{v} is None")
        elif t == "array":
            tests += (
                [f"type({v}) is list", f"isinstance({v}, list)"]
                if fast
                else [f"isinstance({v}, list)"]
            )
        elif t == "object":
            tests += (
                [f"type({v}) is dict", f"isinstance({v}, dict)"]
                if fast
                else [f"isinstance({v}, dict)"]
            )
    return " or ".join(dict.fromkeys(tests))


def exact_type_test(c: Context, types: list[str], x: str) -> str:
    """Exact types only (subclasses and 1.0-as-integer go to the precise path)."""
    names = {_EXACT[t] for t in types}
    if "number" in types:
        names.add("int")
    if len(names) == 1:
        (name,) = names
        return f"{x} is None" if name == "type(None)" else f"type({x}) is {name}"
    ordered = ", ".join(sorted(names))
    tag = "TN" if "type(None)" in names else "T"
    return f"type({x}) in {c.constant(f'frozenset(({ordered}))', tag)}"


def enum_test(c: Context, values: list[JSON], v: str, known: frozenset[str] | None) -> str:
    if values and all(isinstance(x, str) for x in values):
        members = c.constant(f"frozenset({lit(list(dict.fromkeys(values)))})", "E")
        if known is not None and known <= {"string"}:
            return f"({v} in {members})"
        return f"(isinstance({v}, str) and {v} in {members})"
    keys = c.constant(f"frozenset(map(_key, {lit(values)}))", "E")
    return f"(_key({v}) in {keys})"


def const_test(c: Context, value: JSON, v: str) -> str:
    if value is None or isinstance(value, bool):
        return f"({v} is {value!r})"
    if isinstance(value, str):
        return f"({v} == {lit(value)})"
    return f"(_key({v}) == {c.constant(f'_key({lit(value)})', 'C')})"


def witness(c: Context, schema: JSON, path: SchemaPath) -> str | None:
    """A literal that surely passes ``schema`` (the default for an absent optional property)."""
    if schema is True:
        return "None"
    if not isinstance(schema, dict):
        return None
    if "$ref" in schema and set(schema) - ANNOTATIONS_AND_FORMAT == {"$ref"}:
        target = c.resolve(schema["$ref"], (*path, "$ref"))
        return witness(c, c.node(target), target) if target != path else None
    if set(schema) - ANNOTATIONS_AND_FORMAT - {"type", "enum", "const"}:
        return None
    types = types_of(schema.get("type", list(JSON_TYPES)))
    candidates: list[JSON] = []
    if "const" in schema:
        candidates.append(schema["const"])
    candidates += schema.get("enum", [])
    candidates += ["", 0, False, None]
    for candidate in candidates:
        if not isinstance(candidate, (str, int, float, type(None))):
            continue
        if not json_type_ok(candidate, types):
            continue
        if "enum" in schema and not any(_same(candidate, m) for m in schema["enum"]):
            continue
        if "const" in schema and not _same(candidate, schema["const"]):
            continue
        return lit(candidate)
    return None


def optimistic(c: Context, s: dict[str, Any], x: str) -> tuple[Parts, frozenset[str] | None]:
    """The optimistic conjuncts of ``type``/``enum``/``const``, and the types ``x`` then has."""
    parts: Parts = []
    known: frozenset[str] | None = None
    enum: list[JSON] | None = s.get("enum")
    simple_enum = enum is not None and all(isinstance(m, str) or m is None for m in enum)
    if "type" in s:
        types = types_of(s["type"])
        if enum is not None and simple_enum and all(json_type_ok(m, types) for m in enum):
            pass  # membership in the enum implies the type
        else:
            test = exact_type_test(c, types, x)
            parts.append((test, set(types) <= {"null", "boolean"}))  # bool has no subclass
        known = frozenset(types)
    if enum is not None:
        if simple_enum:
            members = c.constant(f"frozenset({lit(list(dict.fromkeys(enum)))})", "E")
            parts.append((f"{x} in {members}", True))
            c.hashes()
            known = frozenset(json_type(m) for m in enum)
        else:
            parts.append((enum_test(c, enum, x, None), True))
    if "const" in s:
        parts.append((const_test(c, s["const"], x), True))
    return parts, known


def fast(
    c: Context, w: Writer, s: dict[str, Any], v: str, known: frozenset[str] | None
) -> frozenset[str] | None:
    """Fast-path statements of ``type``/``enum``/``const``; the types ``v`` then has."""
    if "type" in s:
        types = types_of(s["type"])
        with w.block(f"if not ({type_test(types, v, fast=True)}):"):
            w.line("return False")
        known = narrow(known, types)
    if "enum" in s:
        with w.block(f"if not {enum_test(c, s['enum'], v, known)}:"):
            w.line("return False")
    if "const" in s:
        with w.block(f"if not {const_test(c, s['const'], v)}:"):
            w.line("return False")
    return known


def explain(c: Context, w: Writer, s: dict[str, Any], v: str, add: Add) -> None:
    if "type" in s:
        types = types_of(s["type"])
        with w.block(f"if not ({type_test(types, v, fast=False)}):"):
            names = ", ".join(repr(t) for t in types)
            add("type", f"_r({v}) + {lit(' is not of type ' + names)}")
    if "enum" in s:
        with w.block(f"if not {enum_test(c, s['enum'], v, None)}:"):
            add("enum", f"_r({v}) + {lit(' is not one of ' + short(s['enum']))}")
    if "const" in s:
        with w.block(f"if not {const_test(c, s['const'], v)}:"):
            add("const", lit(f"{short(s['const'])} was expected"))


def check_type(c: Context, value: JSON, at: SchemaPath) -> None:
    types = value if isinstance(value, list) else [value]
    if not types or any(t not in JSON_TYPES for t in types):
        raise SpecError(location(at), f"invalid type {value!r}")


def check_enum(c: Context, value: JSON, at: SchemaPath) -> None:
    if not isinstance(value, list):
        raise SpecError(location(at), "must be a non-empty array")


CHECKS = {"type": check_type, "enum": check_enum}
