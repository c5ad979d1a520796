"""What a keyword family provides, and the value checks several families share."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from generator.errors import SpecError, location
from generator.jsonschema.context import Add, Context, Parts, is_count, is_number
from generator.jsonschema.emit import JSON, Ptr, SchemaPath, Writer

# Checks one keyword's value (``at`` is the keyword's own path); recurses into subschemas.
Check = Callable[[Context, JSON, SchemaPath], None]
Schema = dict[str, Any]


@dataclass(frozen=True)
class Family:
    """The keywords of one instance type, asserted only when a value has that type."""

    kind: str  # "string", "number", "array" or "object"
    keywords: tuple[str, ...]
    # Whether the fast path has anything to check (format-asserting variant or not).
    applies_fast: Callable[[Context, Schema, bool], bool]
    # Whether the error path has anything to check.
    applies_explain: Callable[[Schema], bool]
    # Optimistic conditions for a value known to have the type; None when loops are needed.
    optimistic: Callable[
        [Context, Schema, SchemaPath, str, tuple[SchemaPath, ...], bool], Parts | None
    ]
    # Fast-path statements that ``return False``.
    fast: Callable[[Context, Writer, Schema, SchemaPath, str, bool], None]
    # Error-path statements that append errors.
    explain: Callable[[Context, Writer, Schema, SchemaPath, str, Ptr, Add], None]
    checks: Mapping[str, Check]


def check_count(c: Context, value: JSON, at: SchemaPath) -> None:
    if not is_count(value):
        raise SpecError(location(at), "must be a non-negative integer")


def check_number(c: Context, value: JSON, at: SchemaPath) -> None:
    if not is_number(value):
        raise SpecError(location(at), "must be a number")


def check_schema_map(c: Context, value: JSON, at: SchemaPath) -> None:
    """``properties``/``$defs``: an object of subschemas."""
    if not isinstance(value, dict):
        raise SpecError(location(at), "must be an object")
    for sub_key, sub in value.items():
        c.check(sub, (*at, sub_key))


def check_schema_list(c: Context, value: JSON, at: SchemaPath) -> None:
    """``allOf``/``anyOf``/``oneOf``/``prefixItems``: a non-empty array of subschemas."""
    if not isinstance(value, list) or not value:
        raise SpecError(location(at), "must be a non-empty array")
    for index, sub in enumerate(value):
        c.check(sub, (*at, index))


def check_subschema(c: Context, value: JSON, at: SchemaPath) -> None:
    """``items``/``additionalProperties``/``not``: one subschema."""
    c.check(value, at)


def fail_if(w: Writer, condition: str) -> None:
    """A fast-path check: ``return False`` when ``condition`` holds."""
    with w.block(f"if {condition}:"):
        w.line("return False")


def error_if(w: Writer, add: Add, condition: str, keyword: str, message: str) -> None:
    """An error-path check: append an error when ``condition`` holds."""
    with w.block(f"if {condition}:"):
        add(keyword, message)
