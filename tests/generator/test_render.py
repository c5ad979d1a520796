"""Text from the document inside generated docstrings: escaped so it cannot end them early."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from generator.cli import generate, read_model
from generator.config import Config
from generator.render import docstring


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('says "hi"', 'says "hi\\"'),
        ('a """ b', 'a \\"\\"\\" b'),
        ("back\\slash", "back\\\\slash"),
        ("", ""),
        (None, ""),
    ],
)
def test_docstring_escapes(text: str | None, expected: str) -> None:
    assert docstring(text) == expected


@pytest.mark.parametrize("text", ['ends in "quoted"', 'x"', '"', 'a \\"', 'q """'])
def test_docstring_parses_back_to_the_text(text: str) -> None:
    source = f'def f() -> None:\n    """{docstring(text, 4)}"""\n'
    function = ast.parse(source).body[0]
    assert isinstance(function, ast.FunctionDef)
    assert ast.get_docstring(function, clean=False) == text


def _spec(tmp_path: Path) -> Path:
    quoted = 'The "quoted"'
    document = {
        "openapi": "3.1.0",
        "info": {"title": "Quotes", "version": "1.0.0"},
        "paths": {
            "/things": {
                "post": {
                    "operationId": "PostThing",
                    "summary": quoted,
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        },
                    },
                    "responses": {"204": {"description": quoted}},
                }
            }
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "description": quoted,
                    "properties": {"name": {"type": "string", "description": quoted}},
                }
            }
        },
    }
    path = tmp_path / "quotes.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_server_docstrings_keep_a_final_quote(tmp_path: Path) -> None:
    """A description ending in ``"`` once rendered ``""" "`` and broke ``--only server``." ""
    spec = _spec(tmp_path)
    out = tmp_path / "out"
    generate(Config(spec=spec, out=out, only=("server",)), read_model(spec), out)
    package = out / "pinpoint_server" / "pinpoint_server"
    docstrings = set()
    for path in sorted(package.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                docstrings.add(ast.get_docstring(node, clean=False))
    assert 'The "quoted"' in docstrings
