"""``minimum``, ``maximum``, the exclusive bounds, ``multipleOf`` and the number ``format``s."""

from __future__ import annotations

from generator.errors import SpecError, location
from generator.jsonschema.context import Add, Context, Parts, is_number, tail
from generator.jsonschema.emit import JSON, Ptr, SchemaPath, Writer, lit
from generator.jsonschema.keywords.base import Family, Schema, check_number, error_if, fail_if

KEYWORDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")
FORMATS = {"int32": "_fmt_int32", "int64": "_fmt_int64"}  # format -> runtime function
BOUNDS = {"minimum": "<", "maximum": ">", "exclusiveMinimum": "<=", "exclusiveMaximum": ">="}
_BOUND_TEXT = {
    "minimum": "less than the minimum of",
    "maximum": "greater than the maximum of",
    "exclusiveMinimum": "less than or equal to the exclusive minimum of",
    "exclusiveMaximum": "greater than or equal to the exclusive maximum of",
}


def applies_fast(c: Context, s: Schema, formats: bool) -> bool:
    if any(k in s for k in KEYWORDS):
        return True
    if s.get("format") in FORMATS:
        return formats or c.track_format()
    return False


def applies_explain(s: Schema) -> bool:
    return any(k in s for k in KEYWORDS) or s.get("format") in FORMATS


def multiple_test(c: Context, m: int | float, v: str) -> str:
    """Whether ``v`` is a multiple of ``m``: integer arithmetic when it can, else exact
    fractions of the decimal text (0.0075 is a multiple of 0.0001), never float division."""
    if isinstance(m, int) or (isinstance(m, float) and m.is_integer() and abs(m) < 2**53):
        divisor = int(m)
        if divisor == 1:
            return f"_is_int({v})"
        return f"(_multiple({v}, {c.constant(f'Fraction({divisor})', 'M')}) if type({v}) is float else {v} % {divisor} == 0)"
    return f"_multiple({v}, {c.constant(f'Fraction({lit(repr(m))})', 'M')})"


def optimistic(
    c: Context, s: Schema, path: SchemaPath, x: str, stack: tuple[SchemaPath, ...], partial: bool
) -> Parts | None:
    out: list[str] = []
    for key, op in BOUNDS.items():
        if key in s:
            out.append(f"not {x} {op} {lit(s[key])}")
    if "multipleOf" in s:
        out.append(multiple_test(c, s["multipleOf"], x))
    return [(condition, True) for condition in out]


def fast(c: Context, w: Writer, s: Schema, path: SchemaPath, v: str, formats: bool) -> None:
    for key, op in BOUNDS.items():
        if key in s:
            fail_if(w, f"{v} {op} {lit(s[key])}")
    if "multipleOf" in s:
        fail_if(w, f"not {multiple_test(c, s['multipleOf'], v)}")
    fmt = s.get("format")
    if fmt in FORMATS:
        c.track_format()
        if formats:
            fail_if(w, f"not {FORMATS[fmt]}({v})")


def explain(c: Context, w: Writer, s: Schema, path: SchemaPath, v: str, ptr: Ptr, add: Add) -> None:
    for key, op in BOUNDS.items():
        if key in s:
            error_if(
                w,
                add,
                f"{v} {op} {lit(s[key])}",
                key,
                tail(v, f" is {_BOUND_TEXT[key]} {s[key]!r}"),
            )
    if "multipleOf" in s:
        error_if(
            w,
            add,
            f"not {multiple_test(c, s['multipleOf'], v)}",
            "multipleOf",
            tail(v, f" is not a multiple of {s['multipleOf']!r}"),
        )
    fmt = s.get("format")
    if fmt in FORMATS:
        error_if(
            w, add, f"f and not {FORMATS[fmt]}({v})", "format", tail(v, f" is not a valid {fmt!r}")
        )


def check_multiple_of(c: Context, value: JSON, at: SchemaPath) -> None:
    if not is_number(value) or value <= 0:
        raise SpecError(location(at), "must be a number greater than 0")


FAMILY = Family(
    kind="number",
    keywords=KEYWORDS,
    applies_fast=applies_fast,
    applies_explain=applies_explain,
    optimistic=optimistic,
    fast=fast,
    explain=explain,
    checks={
        "minimum": check_number,
        "maximum": check_number,
        "exclusiveMinimum": check_number,
        "exclusiveMaximum": check_number,
        "multipleOf": check_multiple_of,
    },
)
