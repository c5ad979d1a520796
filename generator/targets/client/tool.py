"""Running the pinned openapi-python-client on the derived document, and reading back with
``ast`` what it generated, so every name the templates use is checked against its output."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.errors import GeneratorError
from generator.targets import Files, TargetContext
from generator.targets.client.report import ToolReport, read_report

# Paths of the tool's output that we replace with our own files or do not ship.
REPLACED = frozenset({"pyproject.toml", "README.md", ".gitignore"})
SKIPPED_PARTS = frozenset({".ruff_cache", "__pycache__", ".mypy_cache", ".pytest_cache"})


def run_tool(document: Mapping[str, Any], context: TargetContext) -> tuple[Path | None, ToolReport]:
    """Run the pinned openapi-python-client on ``document``: its output folder (None when it
    generated nothing) and what it reported about the parts it left out."""
    spec = context.scratch / "derived-openapi.json"
    spec.write_text(json.dumps(document, indent=1, ensure_ascii=False), encoding="utf-8")
    config = context.scratch / "openapi-python-client.json"
    config.write_text(
        json.dumps(
            {
                "project_name_override": context.package.replace("_", "-"),
                "package_name_override": context.package,
                "package_version_override": context.version,
                # No hooks: the tool's default ruff hooks read any ruff config around and leave
                # code that fails mypy --strict. The generator runs the pinned ruff with explicit
                # rule sets over every target's files once, at the end (generator.formatting).
                "post_hooks": [],
            },
            indent=1,
        ),
        encoding="utf-8",
    )
    out = context.scratch / "openapi-python-client"
    # Warnings are not fatal: the parts the tool leaves out are read from its report, and the
    # high-level client sends those operations itself (generator.targets.client.fallback).
    command = [
        sys.executable, "-m", "openapi_python_client", "generate",
        "--path", str(spec), "--config", str(config), "--output-path", str(out),
        "--meta", "pdm",
    ]  # fmt: skip
    # Keep this interpreter's folder first on PATH so that nothing depends on how the generator
    # was started.
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": os.pathsep.join([bin_dir, os.environ.get("PATH", "")])}
    try:
        result = subprocess.run(
            command, cwd=context.scratch, env=env, capture_output=True, text=True, check=False
        )
    except OSError as exc:  # pragma: no cover - the interpreter itself is missing
        raise GeneratorError(f"cannot run openapi-python-client: {exc}") from None
    generated = result.returncode == 0 and (out / context.package / "client.py").is_file()
    report = read_report(result.stdout + result.stderr, generated, document)
    return (out if generated else None), report


def collect(out: Path, package: str) -> Files:
    """The tool's files, minus caches and the files our templates replace."""
    files: Files = {}
    for path in sorted(out.rglob("*")):
        relative = path.relative_to(out)
        if not path.is_file() or SKIPPED_PARTS.intersection(relative.parts):
            continue
        key = relative.as_posix()
        if key in REPLACED or key == f"{package}/__init__.py":
            continue
        files[key] = path.read_text(encoding="utf-8")
    return files


# -- what the tool generated, read back ----------------------------------------------------------
# What the package declares when the tool generated nothing: the high-level layer needs httpx
# (with the tool's own bounds, so that both kinds of package install alike).
NO_LOW_LAYER_DEPENDENCIES = ("httpx>=0.23.1,<0.29.0",)
NO_LOW_LAYER_BUILD_SYSTEM = {"requires": ["pdm-backend"], "build-backend": "pdm.backend"}


class MissingModel(GeneratorError):
    """The tool generated no model class the high-level client needs: the operation falls back
    to typing its bodies itself."""

    def __init__(self, name: str, why: str) -> None:
        super().__init__(f"openapi-python-client did not generate the model {name!r} ({why})")
        self.name = name
        self.why = why


@dataclass(frozen=True)
class ToolOutput:
    """Names found in the tool's output: model classes and their annotated attributes."""

    models: frozenset[str]  # exported by <package>/models/__init__.py
    attributes: Mapping[str, Mapping[str, str]]  # class -> attribute -> annotation source
    client_names: frozenset[str]  # top-level names of <package>/client.py
    dependencies: tuple[str, ...]  # [project].dependencies of the tool's pyproject.toml
    build_system: Mapping[str, Any]
    imports_dateutil: bool
    generated: bool = True  # False: the tool generated nothing (see ``nothing``)

    @classmethod
    def nothing(cls) -> ToolOutput:
        """The output of a run that generated no package: no models, no low-level Client."""
        return cls(
            models=frozenset(),
            attributes={},
            client_names=frozenset(),
            dependencies=NO_LOW_LAYER_DEPENDENCIES,
            build_system=NO_LOW_LAYER_BUILD_SYSTEM,
            imports_dateutil=False,
            generated=False,
        )

    def require_model(self, name: str, why: str) -> str:
        if name not in self.models:
            raise MissingModel(name, why)
        return name

    def annotation(self, cls: str, attribute: str, why: str) -> str:
        found = self.attributes.get(cls, {}).get(attribute)
        if found is None:
            raise GeneratorError(
                f"openapi-python-client's {cls} has no attribute {attribute!r} ({why}); "
                f"attributes: {', '.join(self.attributes.get(cls, {}))}"
            )
        return found


def read_tool_output(out: Path, package: str) -> ToolOutput:
    root = out / package
    models: set[str] = set()
    init = root / "models" / "__init__.py"
    if init.is_file():
        for node in ast.parse(init.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
            ):
                value = ast.literal_eval(node.value)
                models.update(str(v) for v in value)
    attributes: dict[str, dict[str, str]] = {}
    for module in sorted((root / "models").glob("*.py")):
        source = module.read_text(encoding="utf-8")
        for node in ast.parse(source).body:
            if isinstance(node, ast.ClassDef):
                attributes[node.name] = {
                    item.target.id: ast.unparse(item.annotation)
                    for item in node.body
                    if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
                }
    client_module = root / "client.py"
    client_names = (
        {
            node.name
            for node in ast.parse(client_module.read_text(encoding="utf-8")).body
            if isinstance(node, ast.ClassDef)
        }
        if client_module.is_file()
        else set()
    )
    pyproject = tomllib.loads((out / "pyproject.toml").read_text(encoding="utf-8"))
    project = pyproject.get("project", {})
    imports_dateutil = any(
        "dateutil" in p.read_text(encoding="utf-8") for p in sorted(root.rglob("*.py"))
    )
    return ToolOutput(
        models=frozenset(models),
        attributes=attributes,
        client_names=frozenset(client_names),
        dependencies=tuple(project.get("dependencies", ())),
        build_system=pyproject.get("build-system", {}),
        imports_dateutil=imports_dateutil,
    )
