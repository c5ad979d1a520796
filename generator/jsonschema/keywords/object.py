"""``required``, ``properties``, ``patternProperties``, ``additionalProperties`` and the
property counts."""

from __future__ import annotations

from typing import Any

from generator.errors import SpecError, location
from generator.jsonschema.context import (
    HOLE,
    Add,
    Context,
    Parts,
    conjunction,
    is_empty,
    tail,
)
from generator.jsonschema.emit import JSON, Ptr, SchemaPath, Writer, lit
from generator.jsonschema.keywords.base import (
    Family,
    Schema,
    check_count,
    check_schema_map,
    check_subschema,
    fail_if,
)
from generator.jsonschema.keywords.types import witness
from generator.jsonschema.patterns import check_pattern

KEYWORDS = (
    "minProperties", "maxProperties", "required", "properties", "patternProperties",
    "additionalProperties",
)  # fmt: skip


def applies_fast(c: Context, s: Schema, formats: bool) -> bool:
    present = set(s) & set(KEYWORDS)
    if not present:
        return False
    if present <= {"properties"}:
        return any(sub is not True for sub in s["properties"].values())
    return True


def applies_explain(s: Schema) -> bool:
    return any(k in s for k in KEYWORDS)


def _rejects_none(expression: str) -> bool:
    """Whether an optimistic expression surely fails for None: it starts with an exact
    non-null type test or a membership test in a set of strings."""
    return expression.startswith(
        (f"type({HOLE}) is ", f"type({HOLE}) in _T", f"{HOLE} in _E")
    ) and not expression.startswith(f"type({HOLE}) in _TN")


def optimistic(
    c: Context, s: Schema, path: SchemaPath, x: str, stack: tuple[SchemaPath, ...], partial: bool
) -> Parts | None:
    """Object conditions; with ``partial``, properties that need loops are left out (the
    caller checks them with statements: :func:`optimistic_properties`)."""
    out: Parts = []
    if s.get("minProperties", 0) > 0:
        out.append((f"len({x}) >= {s['minProperties']}", True))
    if "maxProperties" in s:
        out.append((f"len({x}) <= {s['maxProperties']}", True))
    required = list(dict.fromkeys(s.get("required", ())))
    properties: dict[str, Any] = s.get("properties", {})
    checks: Parts = []
    fetched: set[str] = set()
    for name, sub in properties.items():
        sub_path = (*path, "properties", name)
        parts = c.opt_parts(sub, sub_path, HOLE, stack)
        if parts is None:
            if partial:
                continue
            return None
        if not parts:
            continue
        inner = conjunction([p for p, _ in parts])
        definitive = all(d for _, d in parts)
        if name in required and _rejects_none(inner):
            source: str | None = f"{x}.get({lit(name)})"  # a missing key reads as None
            fetched.add(name)
        elif name in required:
            source = f"{x}[{lit(name)}]"
        else:
            literal = witness(c, sub, sub_path)
            source = None if literal is None else f"{x}.get({lit(name)}, {literal})"
        if source is None:
            bound = c.bind(inner, f"{x}[{lit(name)}]")
            checks.append((f"({lit(name)} not in {x} or {bound})", definitive))
        else:
            checks.append((c.bind(inner, source), definitive))
    out += [(f"{lit(k)} in {x}", True) for k in required if k not in fetched]
    out += checks
    if s.get("additionalProperties", True) is False and not s.get("patternProperties"):
        if properties:
            names = c.constant(f"frozenset({lit(list(properties))})", "N")
            out.append((f"{names}.issuperset({x})", True))
        else:
            out.append((f"len({x}) == 0", True))
    return out


def optimistic_properties(
    c: Context,
    w: Writer,
    s: Schema,
    loops: dict[str, Any],
    path: SchemaPath,
    v: str,
    fail: str,
    stack: tuple[SchemaPath, ...],
) -> None:
    """Statements for the properties that need loops (their siblings are in the head), then the
    precise path for the loop keywords themselves."""
    for name, sub in s.get("properties", {}).items():
        sub_path = (*path, "properties", name)
        if c.opt_parts(sub, sub_path, HOLE, stack) is not None:
            continue
        x = c.var("z")
        if name in s.get("required", ()):
            w.line(f"{x} = {v}[{lit(name)}]")
            c.opt_stmt(w, sub, sub_path, x, fail, stack)
        else:
            with w.block(f"if {lit(name)} in {v}:"):
                w.line(f"{x} = {v}[{lit(name)}]")
                c.opt_stmt(w, sub, sub_path, x, fail, stack)
    if loops:
        with w.block(f"if not {c.call(path, False, precise=True)}({v}):"):
            w.line(fail)


def fast(c: Context, w: Writer, s: Schema, path: SchemaPath, v: str, formats: bool) -> None:
    if "minProperties" in s and s["minProperties"] > 0:
        fail_if(w, f"len({v}) < {s['minProperties']}")
    if "maxProperties" in s:
        fail_if(w, f"len({v}) > {s['maxProperties']}")
    required: list[str] = list(dict.fromkeys(s.get("required", ())))
    if len(required) > 6:
        fail_if(w, f"not {c.constant(f'frozenset({lit(required)})', 'K')} <= {v}.keys()")
    elif required:
        fail_if(w, " or ".join(f"{lit(k)} not in {v}" for k in required))
    properties: dict[str, Any] = s.get("properties", {})
    for name, sub in properties.items():
        if sub is True or is_empty(sub):
            continue
        x = c.var()
        sub_path = (*path, "properties", name)
        if name in required:
            w.line(f"{x} = {v}[{lit(name)}]")
            c.fast(w, sub, sub_path, x, None, formats)
        else:
            with w.block(f"if {lit(name)} in {v}:"):
                w.line(f"{x} = {v}[{lit(name)}]")
                c.fast(w, sub, sub_path, x, None, formats)
    patterns: dict[str, Any] = s.get("patternProperties", {})
    extra = s.get("additionalProperties", True)
    names = c.constant(f"frozenset({lit(list(properties))})", "N") if properties else None
    if not patterns and extra is False:
        if names is None:
            fail_if(w, f"len({v}) > 0")
        else:
            fail_if(w, f"not {names}.issuperset({v})")
        return
    active = [(p, sub) for p, sub in patterns.items() if sub is not True]
    if not active and (extra is True or is_empty(extra)):
        return
    k, x = c.var("k"), c.var()
    with w.block(f"for {k}, {x} in {v}.items():"):
        matched = c.var("m") if patterns and extra is not True else None
        if matched:
            w.line(f"{matched} = False")
        for pattern, sub in patterns.items():
            with w.block(f"if {c.pattern(pattern)}({k}) is not None:"):
                if matched:
                    w.line(f"{matched} = True")
                c.fast(w, sub, (*path, "patternProperties", pattern), x, None, formats)
        if extra is not True and not is_empty(extra):
            conditions = [f"not {matched}"] if matched else []
            if names:
                conditions.append(f"{k} not in {names}")
            header = f"if {' and '.join(conditions)}:" if conditions else None
            if header:
                with w.block(header):
                    c.fast(w, extra, (*path, "additionalProperties"), x, None, formats)
            else:
                c.fast(w, extra, (*path, "additionalProperties"), x, None, formats)


def explain(c: Context, w: Writer, s: Schema, path: SchemaPath, v: str, ptr: Ptr, add: Add) -> None:
    for key, op, text in (
        ("minProperties", "<", "fewer"),
        ("maxProperties", ">", "more"),
    ):
        if key in s:
            with w.block(f"if len({v}) {op} {s[key]}:"):
                add(key, tail(v, f" has {text} than {s[key]} properties"))
    for name in dict.fromkeys(s.get("required", ())):
        with w.block(f"if {lit(name)} not in {v}:"):
            add("required", lit(f"{name!r} is a required property"))
    properties: dict[str, Any] = s.get("properties", {})
    for name, sub in properties.items():
        if sub is True or is_empty(sub):
            continue
        with w.block(f"if {lit(name)} in {v}:"):
            x = c.var()
            w.line(f"{x} = {v}[{lit(name)}]")
            c.explain_skip_valid(w, sub, (*path, "properties", name), x, ptr.child(name))
    patterns: dict[str, Any] = s.get("patternProperties", {})
    extra = s.get("additionalProperties", True)
    if not patterns and extra is True:
        return
    names = c.constant(f"frozenset({lit(list(properties))})", "N") if properties else None
    k, x = c.var("k"), c.var()
    if extra is False:
        unexpected = c.var("u")
        w.line(f"{unexpected}: list[str] = []")
    with w.block(f"for {k}, {x} in {v}.items():"):
        matched = c.var("m") if patterns and extra is not True else None
        if matched:
            w.line(f"{matched} = False")
        at = ptr.dynamic(f"_esc({k})")
        for pattern, sub in patterns.items():
            with w.block(f"if {c.pattern(pattern)}({k}) is not None:"):
                if matched:
                    w.line(f"{matched} = True")
                c.explain(w, sub, (*path, "patternProperties", pattern), x, at, None)
        if extra is not True:
            conditions = [f"not {matched}"] if matched else []
            if names:
                conditions.append(f"{k} not in {names}")
            with w.block(f"if {' and '.join(conditions) or 'True'}:"):
                if extra is False:
                    w.line(f"{unexpected}.append({k})")
                else:
                    c.explain(w, extra, (*path, "additionalProperties"), x, at, None)
    if extra is False:
        with w.block(f"if {unexpected}:"):
            add(
                "additionalProperties",
                f"'Additional properties are not allowed (' + ', '.join(map(repr, {unexpected}))"
                f" + (' was' if len({unexpected}) == 1 else ' were') + ' unexpected)'",
            )


def check_required(c: Context, value: JSON, at: SchemaPath) -> None:
    if not isinstance(value, list):
        raise SpecError(location(at), "must be a non-empty array")
    if not all(isinstance(v, str) for v in value):
        raise SpecError(location(at), "must be an array of strings")


def check_pattern_properties(c: Context, value: JSON, at: SchemaPath) -> None:
    if not isinstance(value, dict):
        raise SpecError(location(at), "must be an object")
    for pattern, sub in value.items():
        check_pattern(pattern, (*at, pattern))
        c.check(sub, (*at, pattern))


FAMILY = Family(
    kind="object",
    keywords=KEYWORDS,
    applies_fast=applies_fast,
    applies_explain=applies_explain,
    optimistic=optimistic,
    fast=fast,
    explain=explain,
    checks={
        "minProperties": check_count,
        "maxProperties": check_count,
        "required": check_required,
        "properties": check_schema_map,
        "patternProperties": check_pattern_properties,
        "additionalProperties": check_subschema,
    },
)
