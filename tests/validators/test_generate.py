"""The validators target through the CLI: every spec generates, the package type-checks and
imports, the output is deterministic, and the spec's own examples validate."""

from __future__ import annotations

import filecmp
import importlib
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.validators.support import REPO, SPECS, load_spec

PACKAGE = "pinpoint_validators"


def generate(spec: Path, out: Path) -> Path:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "--spec", str(spec), "--out", str(out),
         "--only", "validators"],
        cwd=REPO, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return out / PACKAGE


@pytest.fixture(scope="module", params=SPECS, ids=[p.stem for p in SPECS])
def generated(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    spec: Path = request.param
    return generate(spec, tmp_path_factory.mktemp(spec.stem))


def test_deterministic(generated: Path, tmp_path: Path) -> None:
    spec = next(p for p in SPECS if generated.parent.name.startswith(p.stem))
    again = generate(spec, tmp_path)
    files = sorted(p.relative_to(generated) for p in generated.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(again) for p in again.rglob("*") if p.is_file())
    _, mismatch, errors = filecmp.cmpfiles(generated, again, [str(f) for f in files], shallow=False)
    assert mismatch == [] and errors == []


def test_layout(generated: Path) -> None:
    assert {p.relative_to(generated).as_posix() for p in generated.rglob("*") if p.is_file()} == {
        "pyproject.toml",
        "README.md",
        f"{PACKAGE}/__init__.py",
        f"{PACKAGE}/py.typed",
        f"{PACKAGE}/validators.py",
    }
    pyproject = (generated / "pyproject.toml").read_text(encoding="utf-8")
    assert "dependencies = []" in pyproject and 'requires-python = ">=3.11"' in pyproject


def test_mypy_strict(generated: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", PACKAGE],
        cwd=generated, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_imports_standalone_and_checks_examples(generated: Path) -> None:
    """Import the package from its folder (as installed) and validate the spec's examples."""
    spec = next(p for p in SPECS if generated.parent.name.startswith(p.stem))
    model, _ = load_spec(spec)
    sys.path.insert(0, str(generated))
    try:
        for name in [n for n in sys.modules if n == PACKAGE or n.startswith(PACKAGE + ".")]:
            del sys.modules[name]
        package: Any = importlib.import_module(PACKAGE)
        assert Path(package.__file__).parent == generated / PACKAGE
        assert set(package.__all__) <= set(dir(package))
        for schema in model.schemas:
            if isinstance(schema.data, dict) and "example" in schema.data:
                assert package.validate(schema.name, schema.data["example"]) == []
        assert len(package.SCHEMA_NAMES) == len(set(package.SCHEMA_NAMES))
    finally:
        sys.path.remove(str(generated))
        for name in [n for n in sys.modules if n == PACKAGE or n.startswith(PACKAGE + ".")]:
            del sys.modules[name]


def test_committed_package_is_fresh() -> None:
    """generated/pinpoint_validators equals a fresh run (what `make check-generated` checks)."""
    result = subprocess.run(
        [sys.executable, "-m", "generator", "--check", "--only", "validators"],
        cwd=REPO, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
