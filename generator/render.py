"""Jinja2 environments for the targets' templates, with the filters every target shares.

Compiling the templates is most of the generator's own work, so it is done once: each target's
environment is made once per process, and the compiled templates are kept across runs in
Jinja's bytecode cache (a per-user folder under the temporary directory, as Jinja makes it),
keyed by the template's path and the options that change what it compiles to, and checked
against the template's source; a cache that cannot be used is skipped.
"""

from __future__ import annotations

import functools
import hashlib
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


class _BytecodeCache(jinja2.FileSystemBytecodeCache):
    """Jinja's cache, its keys also naming the options a template was compiled with."""

    def __init__(self, options: str) -> None:
        super().__init__()
        self.options = options

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        return super().get_cache_key(f"{name}\0{self.options}", filename)


_OPTIONS: dict[str, Any] = {
    "keep_trailing_newline": True,
    "trim_blocks": True,
    "lstrip_blocks": True,
    "autoescape": False,
}


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    options = json.dumps([jinja2.__version__, _OPTIONS], sort_keys=True)
    try:
        return _BytecodeCache(hashlib.sha256(options.encode()).hexdigest())
    except (OSError, RuntimeError):  # no usable temporary folder: compile every time
        return None


@functools.cache
def environment(target: str) -> jinja2.Environment:
    """The target's environment, made once per process (targets add their own filters to it)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES / target),
        undefined=jinja2.StrictUndefined,
        bytecode_cache=_bytecode_cache(),
        **_OPTIONS,
    )
    env.filters.update(
        snake=snake,
        pascal=pascal,
        pyrepr=_pyrepr,
        docstring=docstring,
        tojson_compact=lambda v: json.dumps(v, separators=(",", ":"), sort_keys=False),
    )
    return env
