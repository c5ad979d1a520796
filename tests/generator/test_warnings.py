"""Skipped constructs: one ``warning:`` line each on stderr and a working package; ``--strict``
makes the first one the error (exit 2, one located line, nothing written)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[2]

DOCUMENT: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Warnings", "version": "2016-12-01"},
    "paths": {
        "/items": {
            "get": {  # no operationId: derived
                "parameters": [{"name": "session", "in": "cookie", "schema": {"type": "string"}}],
                "callbacks": {
                    "done": {
                        "{$request.query.url}": {
                            "post": {"responses": {"200": {"description": "ok"}}}
                        }
                    }
                },
                "responses": {
                    "200": {
                        "description": "Items.",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "array",
                                    "items": {"type": "string", "nullable": True},
                                }
                            },
                            "application/xml": {"schema": {"type": "string"}},
                        },
                    }
                },
            }
        }
    },
}


def _run(tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(DOCUMENT, sort_keys=False), encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "generator", "--spec", str(spec), "--out", str(tmp_path / "out"),
         "--only", "server,validators", *extra],
        cwd=REPO, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


def test_skipped_constructs_warn_once_each_and_generate(tmp_path: Path) -> None:
    result = _run(tmp_path)
    assert result.returncode == 0, result.stderr
    spec = tmp_path / "spec.yaml"
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert warnings == [
        f"warning: {spec}: paths./items.get.callbacks: callbacks are not served yet; skipped",
        f"warning: {spec}: paths./items.get.parameters[0]: parameter 'session': cookie"
        " parameters are not served yet; skipped",
        f"warning: {spec}: paths./items.get.responses.200.content.application/xml: media type"
        " 'application/xml' is not served yet; skipped",
    ], result.stderr
    assert result.stderr.count("\n") == len(warnings)
    server = (tmp_path / "out" / "pinpoint_server" / "pinpoint_server" / "handlers.py").read_text()
    assert "get_items" in server  # the derived operationId
    pyproject = (tmp_path / "out" / "pinpoint_server" / "pyproject.toml").read_text()
    assert 'version = "2016.12.1"' in pyproject


def test_strict_makes_the_first_warning_the_error(tmp_path: Path) -> None:
    result = _run(tmp_path, "--strict")
    assert result.returncode == 2, result.stderr
    assert result.stderr == (
        f"{tmp_path / 'spec.yaml'}: paths./items.get.callbacks: callbacks are not served yet;"
        " skipped (--strict makes warnings fatal)\n"
    )
    assert not (tmp_path / "out").exists()
