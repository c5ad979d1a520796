"""Helpers for the validator tests: compile schemas and specs in memory and import the result."""

from __future__ import annotations

import itertools
import json
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from generator.cli import read_model
from generator.jsonschema.compiler import compile_schema
from generator.model import ApiModel
from generator.targets.validators.module import build_module

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SUITE = SHARED / "JSON-Schema-Test-Suite" / "tests" / "draft2020-12"
SPECS = (
    REPO / "spec" / "pinpoint-campaign-activities.yaml",
    *sorted((REPO / "tests" / "specs").glob("*.yaml")),
)
_names = itertools.count()


def load_source(source: str, hint: str = "compiled") -> types.ModuleType:
    """Execute generated source as a fresh module (registered, as dataclasses need)."""
    name = f"_validators_{hint}_{next(_names)}"
    module = types.ModuleType(name)
    sys.modules[name] = module
    exec(compile(source, f"<{name}>", "exec"), module.__dict__)
    return module


def compile_standalone(schema: Any) -> types.ModuleType:
    """One schema (its own document for '#' refs) as the registry name 'root'."""
    return load_source(compile_schema(schema), "schema")


def load_spec(path: Path) -> tuple[ApiModel, types.ModuleType]:
    model = read_model(path)
    return model, load_source(build_module(model, docstring="Test.").source, path.stem)


def bundle(model: ApiModel, pointer: str) -> dict[str, Any]:
    """A standalone 2020-12 schema for the peers: the target's data, refs into the document.

    The whole document rides along under $defs-free keys, so '#/components/...' refs resolve
    as they do in the spec: the schema is the document itself plus a root $ref.
    """
    document = json.loads(json.dumps(dict(model.document)))
    for key in ("$ref", "$schema"):
        document.pop(key, None)
    document["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    document["$ref"] = pointer
    return document


def suite_files() -> Iterator[Path]:
    yield from sorted(SUITE.rglob("*.json"))
