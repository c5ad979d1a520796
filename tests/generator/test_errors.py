"""A broken or unsupported spec gives one clear line on stderr, ``SPEC: LOCATION: MESSAGE``,
and exit status 2: no traceback, nothing written."""

from __future__ import annotations

import copy
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]

BASE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Errors", "version": "1.0.0"},
    "paths": {
        "/v1/items/{item-id}": {
            "get": {
                "operationId": "GetItem",
                "parameters": [
                    {
                        "name": "item-id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "responses": {
                    "200": {
                        "description": "An item.",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Item"}}
                        },
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Item": {
                "type": "object",
                "required": ["id"],
                "properties": {"id": {"type": "string"}, "size": {"type": "integer"}},
            }
        }
    },
}


def _item(doc: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = doc["components"]["schemas"]["Item"]
    return schema


def _param(doc: dict[str, Any]) -> dict[str, Any]:
    param: dict[str, Any] = doc["paths"]["/v1/items/{item-id}"]["get"]["parameters"][0]
    return param


def _remote_ref(doc: dict[str, Any]) -> None:
    _item(doc)["properties"]["size"] = {"$ref": "https://example.com/schemas/size.json"}


def _bad_regex(doc: dict[str, Any]) -> None:
    _item(doc)["properties"]["id"]["pattern"] = "^[a-"


def _unicode_property_regex(doc: dict[str, Any]) -> None:
    _item(doc)["properties"]["id"]["pattern"] = "^\\p{L}+$"


def _python_only_regex(doc: dict[str, Any]) -> None:
    _item(doc)["properties"]["id"]["pattern"] = "^[\\S]+$"  # fine for Python, not translatable


def _if_keyword(doc: dict[str, Any]) -> None:
    _item(doc)["if"] = {"required": ["size"]}


def _dependent_required(doc: dict[str, Any]) -> None:
    _item(doc)["dependentRequired"] = {"size": ["id"]}


def _contains(doc: dict[str, Any]) -> None:
    _item(doc)["properties"]["tags"] = {"type": "array", "contains": {"type": "string"}}


def _dangling_ref(doc: dict[str, Any]) -> None:
    _item(doc)["properties"]["size"] = {"$ref": "#/components/schemas/Missing"}


def _swagger_20(doc: dict[str, Any]) -> None:
    del doc["openapi"]
    doc["swagger"] = "2.0"


CASES = {
    "remote $ref": (
        _remote_ref,
        "components.schemas.Item.properties.size.$ref",
        re.escape("unsupported $ref 'https://example.com/schemas/size.json'"),
    ),
    "invalid regex": (
        _bad_regex,
        "components.schemas.Item.properties.id.pattern",
        "is not a 'regex'|invalid regular expression",
    ),
    "ECMA-262 only regex": (
        _unicode_property_regex,
        "components.schemas.Item.properties.id.pattern",
        "is not a 'regex'|invalid regular expression",
    ),
    "untranslatable regex": (
        _python_only_regex,
        "components.schemas.Item.properties.id.pattern",
        "invalid regular expression",
    ),
    "if": (_if_keyword, "components.schemas.Item", "unsupported keyword 'if'"),
    "dependentRequired": (
        _dependent_required,
        "components.schemas.Item",
        "unsupported keyword 'dependentRequired'",
    ),
    "contains": (
        _contains,
        "components.schemas.Item.properties.tags",
        "unsupported keyword 'contains'",
    ),
    "dangling $ref": (
        _dangling_ref,
        "components.schemas.Item.properties.size.$ref",
        "does not resolve",
    ),
    "Swagger 2.0": (_swagger_20, "openapi", re.escape("unsupported version Swagger '2.0'")),
}


def run_generator(spec: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "--spec", str(spec), "--out", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _assert_one_error(
    result: subprocess.CompletedProcess[str], spec: Path, where: str, message: str
) -> None:
    lines = result.stderr.splitlines()
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"{spec}: {where}: "), lines[0]
    assert re.search(message, lines[0].removeprefix(f"{spec}: {where}: ")), lines[0]


@pytest.mark.parametrize("case", sorted(CASES))
def test_unsupported_or_broken_spec(case: str, tmp_path: Path) -> None:
    change, where, message = CASES[case]
    doc = copy.deepcopy(BASE)
    change(doc)
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    result = run_generator(spec, tmp_path / "out")
    _assert_one_error(result, spec, where, message)
    assert not (tmp_path / "out").exists()


def test_yaml_syntax_error(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text("openapi: 3.1.0\ninfo: [unclosed\n", encoding="utf-8")
    result = run_generator(spec, tmp_path / "out")
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    assert re.fullmatch(
        rf"{re.escape(str(spec))}: line \d+, column \d+: invalid YAML: .+\n", result.stderr
    ), result.stderr


def test_the_base_spec_generates(tmp_path: Path) -> None:
    """The cases above fail because of their change, not because the base is broken."""
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(BASE, sort_keys=False), encoding="utf-8")
    result = run_generator(spec, tmp_path / "out")
    assert result.returncode == 0, result.stderr
