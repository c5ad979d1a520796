"""Running the pinned openapi-python-client on the derived document, and reading back with
``ast`` what it generated, so every name the templates use is checked against its output."""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.errors import GeneratorError, SpecError
from generator.targets import Files, TargetContext

# Paths of the tool's output that we replace with our own files or do not ship.
REPLACED = frozenset({"pyproject.toml", "README.md", ".gitignore"})
SKIPPED_PARTS = frozenset({".ruff_cache", "__pycache__", ".mypy_cache", ".pytest_cache"})


def run_tool(
    document: Mapping[str, Any], context: TargetContext, components: frozenset[str] = frozenset()
) -> Path:
    """Run the pinned openapi-python-client on ``document``; return its output folder.
    ``components`` are the schema names of the user's document: a failure the tool reports
    on one of those (not on a schema only the derived document has) is located there."""
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
    command = [
        sys.executable, "-m", "openapi_python_client", "generate",
        "--path", str(spec), "--config", str(config), "--output-path", str(out),
        "--meta", "pdm", "--fail-on-warning",
    ]  # fmt: skip
    # The tool skips a post hook whose command is not on PATH (a warning, fatal here): keep this
    # interpreter's folder first so that nothing depends on how the generator was started.
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": os.pathsep.join([bin_dir, os.environ.get("PATH", "")])}
    try:
        result = subprocess.run(
            command, cwd=context.scratch, env=env, capture_output=True, text=True, check=False
        )
    except OSError as exc:  # pragma: no cover - the interpreter itself is missing
        raise GeneratorError(f"cannot run openapi-python-client: {exc}") from None
    if result.returncode != 0 or not (out / context.package).is_dir():
        output = (result.stdout + result.stderr).strip()
        located = located_tool_error(output, components)
        if located is not None:
            raise located
        raise GeneratorError("openapi-python-client failed (warnings are fatal):\n" + output)
    return out


# "WARNING parsing GET /pets/{id} within pets." and the explanation after a blank line.
_TOOL_WARNING = re.compile(
    r"^WARNING parsing (?P<method>[A-Z]+) (?P<path>\S+) within [^\n]*\n\n(?P<why>[^\n]+)",
    re.MULTILINE,
)
_TOOL_SCHEMA = re.compile(
    r"^Unable to (?:parse|process) schema /components/schemas/(?P<name>\S+?):?\s*$\n*"
    r"(?P<why>[^\n]*)",
    re.MULTILINE,
)
_OBJECT_AT = re.compile(r"<[\w.]+ object at 0x[0-9a-f]+>")


def located_tool_error(output: str, components: frozenset[str]) -> SpecError | None:
    """The tool's first complaint about a part of the user's document, as a located error (its
    output names the component or the operation); None when it names no such part."""
    # A schema the tool could not process is the cause of the operations it then drops.
    found = [
        (f"components.schemas.{m['name']}", m["why"])
        for m in _TOOL_SCHEMA.finditer(output)
        if m["name"] in components
    ]
    found += [
        (f"paths.{m['path']}.{m['method'].lower()}", m["why"])
        for m in _TOOL_WARNING.finditer(output)
    ]
    if not found:
        return None
    where, why = found[0]
    why = _OBJECT_AT.sub("?", why).strip() or "unsupported"
    more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
    return SpecError(where, f"openapi-python-client (the client's low layer): {why}{more}")


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
@dataclass(frozen=True)
class ToolOutput:
    """Names found in the tool's output: model classes and their annotated attributes."""

    models: frozenset[str]  # exported by <package>/models/__init__.py
    attributes: Mapping[str, Mapping[str, str]]  # class -> attribute -> annotation source
    client_names: frozenset[str]  # top-level names of <package>/client.py
    dependencies: tuple[str, ...]  # [project].dependencies of the tool's pyproject.toml
    build_system: Mapping[str, Any]
    imports_dateutil: bool

    def require_model(self, name: str, why: str) -> str:
        if name not in self.models:
            raise GeneratorError(
                f"openapi-python-client did not generate the model {name!r} ({why}); "
                f"models: {', '.join(sorted(self.models))}"
            )
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
