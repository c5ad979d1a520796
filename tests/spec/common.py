"""Shared loaders and OpenAPI helpers for the spec checks (validity, fidelity, SDK drift).

The YAML is read with the generator's own loader (duplicate keys refused, status codes as text);
everything these tests check about the document is their own.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from generator.errors import SpecError
from generator.spec.load import load_document

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED_DIR = REPO_ROOT / ".." / "shared"
REFERENCE_PATH = SHARED_DIR / "reference" / "000_f1faaf7dff4a6173.txt"
ALLOWLIST_PATH = REPO_ROOT / "spec" / "drift-allowlist.yaml"
ADDITIONS_PATH = REPO_ROOT / "spec" / "reference-additions.yaml"

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

JSONDict = dict[str, Any]


class SharedMaterialMissingError(RuntimeError):
    """The read-only ../shared folder (or a file in it) is not next to the repository."""


def spec_path() -> Path:
    """The AWS transcription as [tool.generator] names it (its first document), so the tests
    check the file the generator reads."""
    from generator.config import load_config

    return REPO_ROOT / load_config(REPO_ROOT / "pyproject.toml").spec


def load_yaml(path: Path) -> Any:
    """Parse the YAML as the generator does: duplicate keys refused, mapping keys as text."""
    try:
        return load_document(path)
    except SpecError as exc:
        raise ValueError(f"{path}: {exc}") from None


@functools.cache
def _cached_spec(path: Path) -> JSONDict:
    document = load_yaml(path)
    if not isinstance(document, dict):
        raise TypeError(f"{path}: the spec must be a YAML mapping")
    return document


def load_spec(path: Path | None = None) -> JSONDict:
    """A fresh deep copy of the spec, so a test that mutates it cannot leak into another."""
    return copy.deepcopy(_cached_spec(path or spec_path()))


def read_reference(path: Path = REFERENCE_PATH) -> str:
    """The AWS reference text; a clear error when ../shared is absent rather than a bare OSError."""
    if not path.is_file():
        raise SharedMaterialMissingError(
            f"the AWS reference {path} is missing: these tests read the read-only ../shared folder "
            f"next to the repository root ({REPO_ROOT}); see ../shared/README.md"
        )
    return path.read_text(encoding="utf-8")


def read_allowlist(path: Path) -> dict[str, str]:
    """An allow-list file (``allowed: [{key, reason}, ...]``) as key -> reason; a malformed file
    is an error, not an empty list."""
    document = load_yaml(path)
    entries = document.get("allowed") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        raise ValueError(f"{path}: expected a mapping with an 'allowed' list")
    allowed: dict[str, str] = {}
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict) or set(entry) != {"key", "reason"}:
            raise ValueError(f"{path}: allowed[{i}] must have exactly 'key' and 'reason'")
        key, reason = entry["key"], entry["reason"]
        if not isinstance(key, str) or not isinstance(reason, str) or not reason.strip():
            raise ValueError(f"{path}: allowed[{i}] needs a text key and a non-empty reason")
        if key in allowed:
            raise ValueError(f"{path}: allowed[{i}] repeats the key {key!r}")
        allowed[key] = " ".join(reason.split())
    return allowed


def escape_pointer(segment: str) -> str:
    """Escape one JSON Pointer segment (RFC 6901)."""
    return segment.replace("~", "~0").replace("/", "~1")


def json_pointer(segments: tuple[str | int, ...]) -> str:
    return "".join("/" + escape_pointer(str(s)) for s in segments)


def dotted(segments: tuple[str | int, ...]) -> str:
    """A readable location such as components.schemas.X.properties.Y or allOf[0]."""
    out = ""
    for segment in segments:
        if isinstance(segment, int):
            out += f"[{segment}]"
        else:
            out += ("." if out else "") + segment
    return out or "(document)"


def resolve_pointer(document: JSONDict, ref: str) -> Any:
    """Follow one local reference ('#/a/b'); other references are not used by this spec."""
    if not ref.startswith("#/"):
        raise ValueError(f"only local references are supported, got {ref!r}")
    node: Any = document
    for raw in ref[2:].split("/"):
        segment = raw.replace("~1", "/").replace("~0", "~")
        node = node[int(segment)] if isinstance(node, list) else node[segment]
    return node


def deref(document: JSONDict, node: Any) -> Any:
    """Follow $ref chains until a node without $ref."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = str(node["$ref"])
        if ref in seen:
            raise ValueError(f"reference cycle at {ref}")
        seen.add(ref)
        node = resolve_pointer(document, ref)
    return node


def ref_name(node: Any) -> str | None:
    """The last segment of a $ref ('#/components/schemas/X' -> 'X'), or None."""
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        return str(node["$ref"]).rsplit("/", 1)[-1]
    return None


def iter_operations(document: JSONDict) -> Iterator[tuple[str, str, JSONDict, JSONDict]]:
    """(path, METHOD, path item, operation) for every operation."""
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method.upper(), item, item[method]


def effective_parameters(
    document: JSONDict, path_item: JSONDict, operation: JSONDict
) -> list[JSONDict]:
    """Path-level parameters overridden by operation-level ones with the same (in, name)."""
    merged: dict[tuple[str, str], JSONDict] = {}
    for raw in [*path_item.get("parameters", []), *operation.get("parameters", [])]:
        parameter = deref(document, raw)
        merged[(parameter["in"], parameter["name"])] = parameter
    return list(merged.values())


def security_requirements(document: JSONDict, operation: JSONDict) -> list[JSONDict]:
    """The operation's security requirements; the document's when the operation has none."""
    requirements = operation["security"] if "security" in operation else document.get("security")
    return list(requirements or [])


def schema_types(schema: JSONDict) -> list[str]:
    """The JSON types a schema declares, as a list ('type: string' and 'type: [string]' alike)."""
    declared = schema.get("type")
    if declared is None:
        return []
    return [str(t) for t in declared] if isinstance(declared, list) else [str(declared)]


def is_json_media_type(media_type: str) -> bool:
    essence = media_type.split(";", 1)[0].strip().lower()
    return essence == "application/json" or essence.endswith("+json")
