"""``minLength``, ``maxLength``, ``pattern`` and the string ``format``s (``date-time``, ``date``)."""

from __future__ import annotations

from generator.errors import SpecError, location
from generator.jsonschema.context import Add, Context, Parts, tail
from generator.jsonschema.emit import JSON, Ptr, SchemaPath, Writer
from generator.jsonschema.keywords.base import Family, Schema, check_count, error_if, fail_if
from generator.jsonschema.patterns import check_pattern

KEYWORDS = ("minLength", "maxLength", "pattern")
FORMATS = {"date-time": "_fmt_date_time", "date": "_fmt_date"}  # format -> runtime function


def applies_fast(c: Context, s: Schema, formats: bool) -> bool:
    if any(k in s for k in KEYWORDS):
        return True
    if s.get("format") in FORMATS:
        return formats or c.track_format()
    return False


def applies_explain(s: Schema) -> bool:
    return any(k in s for k in KEYWORDS) or s.get("format") in FORMATS


def optimistic(
    c: Context, s: Schema, path: SchemaPath, x: str, stack: tuple[SchemaPath, ...], partial: bool
) -> Parts | None:
    out: list[str] = []
    if s.get("minLength", 0) > 0:
        out.append(f"len({x}) >= {s['minLength']}")
    if "maxLength" in s:
        out.append(f"len({x}) <= {s['maxLength']}")
    if "pattern" in s:
        out.append(f"{c.pattern(s['pattern'])}({x}) is not None")
    return [(condition, True) for condition in out]


def fast(c: Context, w: Writer, s: Schema, path: SchemaPath, v: str, formats: bool) -> None:
    if "minLength" in s and s["minLength"] > 0:
        fail_if(w, f"len({v}) < {s['minLength']}")
    if "maxLength" in s:
        fail_if(w, f"len({v}) > {s['maxLength']}")
    if "pattern" in s:
        fail_if(w, f"{c.pattern(s['pattern'])}({v}) is None")
    fmt = s.get("format")
    if fmt in FORMATS:
        c.track_format()
        if formats:
            fail_if(w, f"not {FORMATS[fmt]}({v})")


def explain(c: Context, w: Writer, s: Schema, path: SchemaPath, v: str, ptr: Ptr, add: Add) -> None:
    if "minLength" in s:
        error_if(
            w,
            add,
            f"len({v}) < {s['minLength']}",
            "minLength",
            tail(v, f" is shorter than {s['minLength']} characters"),
        )
    if "maxLength" in s:
        error_if(
            w,
            add,
            f"len({v}) > {s['maxLength']}",
            "maxLength",
            tail(v, f" is longer than {s['maxLength']} characters"),
        )
    if "pattern" in s:
        error_if(
            w,
            add,
            f"{c.pattern(s['pattern'])}({v}) is None",
            "pattern",
            tail(v, f" does not match {s['pattern']!r}"),
        )
    fmt = s.get("format")
    if fmt in FORMATS:
        error_if(
            w, add, f"f and not {FORMATS[fmt]}({v})", "format", tail(v, f" is not a valid {fmt!r}")
        )


def check_string(c: Context, value: JSON, at: SchemaPath) -> None:
    """``format`` (and ``pattern``): a string."""
    if not isinstance(value, str):
        raise SpecError(location(at), "must be a string")


def check_pattern_keyword(c: Context, value: JSON, at: SchemaPath) -> None:
    check_string(c, value, at)
    check_pattern(value, at)


FAMILY = Family(
    kind="string",
    keywords=KEYWORDS,
    applies_fast=applies_fast,
    applies_explain=applies_explain,
    optimistic=optimistic,
    fast=fast,
    explain=explain,
    checks={
        "minLength": check_count,
        "maxLength": check_count,
        "pattern": check_pattern_keyword,
        "format": check_string,
    },
)
