"""Load the document: JSON as JSON, YAML as YAML, a plain JSON-like dict out.

The format is decided by the extension (``.json``), else by the content (a document whose
first character is ``{`` is JSON). JSON is not read with the YAML parser: YAML rejects the
surrogate-pair escapes ``json.dumps`` writes for an emoji. Duplicate keys are rejected in both.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from generator.errors import SpecError

# libyaml's parser when PyYAML has it (a tenth of the pure-Python parser's time), with the same
# safe constructors and resolvers.
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_SafeLoader):  # type: ignore[misc,valid-type]
    """A SafeLoader that refuses duplicate keys, which YAML would otherwise silently overwrite,
    and reads an unquoted date (``example: 2024-01-01T00:00:00Z``) as the text it is: a JSON
    document has no dates, and every schema of the document describes JSON."""


_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_UniqueKeyLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP]
    for first, resolvers in _SafeLoader.yaml_implicit_resolvers.items()
}


def _construct_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    mapping: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node)
        if key in mapping:
            raise SpecError(
                f"line {key_node.start_mark.line + 1}", f"duplicate key {key!r} in a mapping"
            )
        mapping[key] = loader.construct_object(value_node, deep=True)
    return mapping


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    mapping: dict[str, Any] = {}
    for key, value in pairs:
        if key in mapping:
            raise SpecError("(document)", f"duplicate key {key!r} in an object")
        mapping[key] = value
    return mapping


def is_json(path: Path, text: str) -> bool:
    """JSON by extension, else by content; ``.yaml``/``.yml`` are always YAML."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        return True
    if suffix in {".yaml", ".yml"}:
        return False
    return text.lstrip("\ufeff \t\r\n").startswith("{")


def _load_json(text: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_unique_pairs)
    except json.JSONDecodeError as exc:
        raise SpecError(
            f"line {exc.lineno}, column {exc.colno}", f"invalid JSON: {exc.msg}"
        ) from None


def _load_yaml(text: str) -> Any:
    try:
        return yaml.load(text, Loader=_UniqueKeyLoader)  # a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "(document)"
        raise SpecError(where, f"invalid YAML: {exc.problem}") from None
    except yaml.YAMLError as exc:
        raise SpecError("(document)", f"invalid YAML: {exc}") from None


def load_document(path: Path) -> dict[str, Any]:
    """Parse the JSON or YAML file; keys that YAML read as numbers (status codes) become text."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError("(file)", f"cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise SpecError("(file)", f"not UTF-8 text: {exc.reason} at byte {exc.start}") from None
    document = _load_json(text) if is_json(path, text) else _load_yaml(text)
    if not isinstance(document, dict):
        raise SpecError("(document)", "the document must be a mapping")
    normalized = _stringify_keys(document)
    assert isinstance(normalized, dict)
    return normalized


def _stringify_keys(node: Any) -> Any:
    if isinstance(node, dict):
        return {str(k): _stringify_keys(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_stringify_keys(v) for v in node]
    return node
