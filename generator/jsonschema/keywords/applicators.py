"""``allOf``, ``anyOf``, ``oneOf`` and ``not``: subschemas combined.

``allOf`` branches are written inline; the others call each branch's own functions.
"""

from __future__ import annotations

from typing import Any

from generator.jsonschema.context import Add, Context, Parts, short
from generator.jsonschema.emit import Ptr, SchemaPath, Writer, lit
from generator.jsonschema.keywords.base import check_schema_list, check_subschema


def optimistic(
    c: Context, s: dict[str, Any], path: SchemaPath, x: str, stack: tuple[SchemaPath, ...]
) -> Parts | None:
    parts: Parts = []
    for index, sub in enumerate(s.get("allOf", ())):
        inner = c.opt_parts(sub, (*path, "allOf", index), x, stack)
        if inner is None:
            return None
        parts += inner
    if "anyOf" in s:
        tests = [f"{c.call((*path, 'anyOf', i), False)}({x})" for i in range(len(s["anyOf"]))]
        parts.append((f"({' or '.join(tests)})", True))
    if "oneOf" in s:
        tests = [f"{c.call((*path, 'oneOf', i), False)}({x})" for i in range(len(s["oneOf"]))]
        parts.append((f"({' + '.join(tests)}) == 1", True))
    if "not" in s:
        parts.append((f"not {c.call((*path, 'not'), False)}({x})", True))
    return parts


def fast(
    c: Context,
    w: Writer,
    s: dict[str, Any],
    path: SchemaPath,
    v: str,
    known: frozenset[str] | None,
    formats: bool,
) -> bool:
    """Fast-path statements; True when the code always fails (an ``allOf`` branch is False)."""
    for index, sub in enumerate(s.get("allOf", ())):
        if c.fast(w, sub, (*path, "allOf", index), v, known, formats):
            return True
    if "anyOf" in s:
        tests = [
            f"{c.precise_call((*path, 'anyOf', i), formats)}({v})" for i in range(len(s["anyOf"]))
        ]
        with w.block(f"if not ({' or '.join(tests)}):"):
            w.line("return False")
    if "oneOf" in s:
        tests = [
            f"{c.precise_call((*path, 'oneOf', i), formats)}({v})" for i in range(len(s["oneOf"]))
        ]
        count = c.var("n")
        w.line(f"{count} = 0")
        for test in tests:
            with w.block(f"if {test}:"):
                w.line(f"{count} += 1")
        with w.block(f"if {count} != 1:"):
            w.line("return False")
    if "not" in s:
        with w.block(f"if {c.precise_call((*path, 'not'), formats)}({v}):"):
            w.line("return False")
    return False


def explain(
    c: Context,
    w: Writer,
    s: dict[str, Any],
    path: SchemaPath,
    v: str,
    ptr: Ptr,
    known: frozenset[str] | None,
    add: Add,
) -> None:
    for index, sub in enumerate(s.get("allOf", ())):
        c.explain(w, sub, (*path, "allOf", index), v, ptr, known)
    for key in ("anyOf", "oneOf"):
        if key not in s:
            continue
        tests = [c.explain_test((*path, key, i), v) for i in range(len(s[key]))]
        if key == "anyOf":
            with w.block(f"if not ({' or '.join(tests)}):"):
                add("anyOf", f"_r({v}) + ' is not valid under any of the given schemas'")
        else:
            count = c.var("n")
            w.line(f"{count} = {' + '.join(f'({t})' for t in tests)}")
            with w.block(f"if {count} == 0:"):
                add("oneOf", f"_r({v}) + ' is not valid under any of the given schemas'")
            with w.block(f"elif {count} > 1:"):
                add("oneOf", f"_r({v}) + ' is valid under more than one of the given schemas'")
    if "not" in s:
        with w.block(f"if {c.explain_test((*path, 'not'), v)}:"):
            add("not", f"_r({v}) + ' should not be valid under ' + {lit(short(s['not']))}")


CHECKS = {
    "allOf": check_schema_list,
    "anyOf": check_schema_list,
    "oneOf": check_schema_list,
    "not": check_subschema,
}
