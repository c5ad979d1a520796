"""``$ref`` (local references, each target compiled to its own functions) and ``$defs``."""

from __future__ import annotations

from typing import Any

from generator.errors import SpecError, location
from generator.jsonschema.context import Context, Parts
from generator.jsonschema.emit import JSON, Ptr, SchemaPath, Writer
from generator.jsonschema.keywords.base import check_schema_map
from generator.spec.refs import follow

_INLINE_SIZE = 200  # schema nodes: larger $ref targets are called, not inlined


def _size(schema: JSON) -> int:
    if isinstance(schema, dict):
        return 1 + sum(_size(v) for v in schema.values())
    if isinstance(schema, list):
        return 1 + sum(_size(v) for v in schema)
    return 1


def inlinable(c: Context, path: SchemaPath, stack: tuple[SchemaPath, ...]) -> bool:
    """Whether the optimistic path may copy the target's conditions instead of calling it."""
    return path not in stack and _size(c.node(path)) <= _INLINE_SIZE


def optimistic(
    c: Context, s: dict[str, Any], path: SchemaPath, x: str, stack: tuple[SchemaPath, ...]
) -> Parts:
    if "$ref" not in s:
        return []
    target = c.resolve(s["$ref"], (*path, "$ref"))
    inner = (
        c.opt_parts(c.node(target), target, x, (*stack, target))
        if inlinable(c, target, stack)
        else None
    )
    return inner if inner is not None else [(f"{c.call(target, False)}({x})", True)]


def fast(c: Context, w: Writer, s: dict[str, Any], path: SchemaPath, v: str, formats: bool) -> None:
    if "$ref" in s:
        fn = c.precise_call(c.resolve(s["$ref"], (*path, "$ref")), formats)
        with w.block(f"if not {fn}({v}):"):
            w.line("return False")


def explain(c: Context, w: Writer, s: dict[str, Any], path: SchemaPath, v: str, ptr: Ptr) -> None:
    if "$ref" in s:
        c.explain_call(w, c.resolve(s["$ref"], (*path, "$ref")), v, ptr)


def check_ref(c: Context, value: JSON, at: SchemaPath) -> None:
    """A local reference that resolves, and not into a chain of references back to itself."""
    c.resolve(value, at)
    if follow(c.document, {"$ref": value}).cycle:
        raise SpecError(location(at), f"$ref cycle through {value!r}")


CHECKS = {"$ref": check_ref, "$defs": check_schema_map}
