"""Jinja2 environments for the targets' templates, with the filters every target shares."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jinja2

from generator.naming import pascal, snake

TEMPLATES = Path(__file__).parent / "templates"


def _pyrepr(value: Any) -> str:
    """A Python literal for JSON data: deterministic, and valid for None/True/False."""
    return repr(value)


def docstring(text: str | None, indent: int = 0) -> str:
    """Text safe inside a triple-quoted docstring: escaped, never ending in a quote (which would
    run into the closing quotes), continued at ``indent`` spaces."""
    if not text:
        return ""
    cleaned = text.strip().replace("\\", "\\\\")
    if cleaned.endswith('"'):
        cleaned = cleaned[:-1] + '\\"'
    cleaned = cleaned.replace('"""', '\\"\\"\\"')
    pad = " " * indent
    return "\n".join(pad + line if line else "" for line in cleaned.splitlines()).lstrip()


def copied(target: str, name: str) -> str:
    """A template file that is plain Python (linted and type-checked where it lies), as is."""
    return (TEMPLATES / target / name).read_text(encoding="utf-8")


def environment(target: str) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES / target),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters.update(
        snake=snake,
        pascal=pascal,
        pyrepr=_pyrepr,
        docstring=docstring,
        tojson_compact=lambda v: json.dumps(v, separators=(",", ":"), sort_keys=False),
    )
    return env
