"""``minItems``, ``maxItems``, ``uniqueItems``, ``prefixItems`` and ``items``."""

from __future__ import annotations

from typing import Any

from generator.errors import SpecError, location
from generator.jsonschema.context import Add, Context, Parts, tail
from generator.jsonschema.emit import JSON, Ptr, SchemaPath, Writer
from generator.jsonschema.keywords.base import (
    Family,
    Schema,
    check_count,
    check_schema_list,
    check_subschema,
    error_if,
    fail_if,
)

KEYWORDS = ("minItems", "maxItems", "uniqueItems", "prefixItems", "items")


def applies_fast(c: Context, s: Schema, formats: bool) -> bool:
    present = [k for k in KEYWORDS if k in s]
    return bool(present) and not (present == ["uniqueItems"] and s["uniqueItems"] is False)


def applies_explain(s: Schema) -> bool:
    return any(k in s for k in KEYWORDS)


def optimistic(
    c: Context, s: Schema, path: SchemaPath, x: str, stack: tuple[SchemaPath, ...], partial: bool
) -> Parts | None:
    out: list[str] = []
    if s.get("minItems", 0) > 0:
        out.append(f"len({x}) >= {s['minItems']}")
    if "maxItems" in s:
        out.append(f"len({x}) <= {s['maxItems']}")
    if s.get("uniqueItems") is True:
        out.append(f"_unique({x})")
    return [(condition, True) for condition in out]


def optimistic_items(
    c: Context,
    w: Writer,
    loops: dict[str, Any],
    path: SchemaPath,
    v: str,
    fail: str,
    stack: tuple[SchemaPath, ...],
) -> None:
    """The optimistic statements of ``prefixItems`` and ``items``, after the head expression."""
    prefix = loops.get("prefixItems", [])
    for index, sub in enumerate(prefix):
        with w.block(f"if len({v}) > {index}:"):
            x = c.var("z")
            w.line(f"{x} = {v}[{index}]")
            c.opt_stmt(w, sub, (*path, "prefixItems", index), x, fail, stack)
    items = loops.get("items", True)
    if items is False:
        with w.block(f"if len({v}) > {len(prefix)}:"):
            w.line(fail)
    elif items is not True:
        x = c.var("z")
        source = f"{v}[{len(prefix)}:]" if prefix else v
        with w.block(f"for {x} in {source}:"):
            c.opt_stmt(w, items, (*path, "items"), x, fail, stack)


def fast(c: Context, w: Writer, s: Schema, path: SchemaPath, v: str, formats: bool) -> None:
    if s.get("minItems", 0) > 0:
        fail_if(w, f"len({v}) < {s['minItems']}")
    if "maxItems" in s:
        fail_if(w, f"len({v}) > {s['maxItems']}")
    if s.get("uniqueItems") is True:
        fail_if(w, f"not _unique({v})")
    prefix = s.get("prefixItems", [])
    for index, sub in enumerate(prefix):
        if sub is True:
            continue
        with w.block(f"if len({v}) > {index}:"):
            x = c.var()
            w.line(f"{x} = {v}[{index}]")
            c.fast(w, sub, (*path, "prefixItems", index), x, None, formats)
    items = s.get("items", True)
    if items is False:
        fail_if(w, f"len({v}) > {len(prefix)}")
    elif items is not True:
        x = c.var()
        source = f"{v}[{len(prefix)}:]" if prefix else v
        with w.block(f"for {x} in {source}:"):
            c.fast(w, items, (*path, "items"), x, None, formats)


def explain(c: Context, w: Writer, s: Schema, path: SchemaPath, v: str, ptr: Ptr, add: Add) -> None:
    if "minItems" in s:
        error_if(
            w,
            add,
            f"len({v}) < {s['minItems']}",
            "minItems",
            tail(v, f" has fewer than {s['minItems']} items"),
        )
    if "maxItems" in s:
        error_if(
            w,
            add,
            f"len({v}) > {s['maxItems']}",
            "maxItems",
            tail(v, f" has more than {s['maxItems']} items"),
        )
    if s.get("uniqueItems") is True:
        error_if(
            w, add, f"not _unique({v})", "uniqueItems", f"_r({v}) + ' has non-unique elements'"
        )
    prefix = s.get("prefixItems", [])
    for index, sub in enumerate(prefix):
        with w.block(f"if len({v}) > {index}:"):
            x = c.var()
            w.line(f"{x} = {v}[{index}]")
            c.explain(w, sub, (*path, "prefixItems", index), x, ptr.child(index), None)
    items = s.get("items", True)
    if items is False:
        error_if(
            w,
            add,
            f"len({v}) > {len(prefix)}",
            "items",
            tail(v, f" has more than {len(prefix)} items"),
        )
    elif items is not True:
        i, x = c.var("i"), c.var()
        with w.block(f"for {i} in range({len(prefix)}, len({v})):"):
            w.line(f"{x} = {v}[{i}]")
            c.explain_skip_valid(w, items, (*path, "items"), x, ptr.dynamic(f"str({i})"))


def check_unique_items(c: Context, value: JSON, at: SchemaPath) -> None:
    if not isinstance(value, bool):
        raise SpecError(location(at), "must be a boolean")


FAMILY = Family(
    kind="array",
    keywords=KEYWORDS,
    applies_fast=applies_fast,
    applies_explain=applies_explain,
    optimistic=optimistic,
    fast=fast,
    explain=explain,
    checks={
        "minItems": check_count,
        "maxItems": check_count,
        "uniqueItems": check_unique_items,
        "prefixItems": check_schema_list,
        "items": check_subschema,
    },
)
