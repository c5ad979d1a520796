"""Load the document: YAML (or JSON) in, a plain JSON-like dict out, duplicate keys rejected."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from generator.errors import SpecError

# libyaml's parser when PyYAML has it (a tenth of the pure-Python parser's time), with the same
# safe constructors and resolvers.
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_SafeLoader):  # type: ignore[misc,valid-type]
    """A SafeLoader that refuses duplicate keys, which YAML would otherwise silently overwrite."""


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


def load_document(path: Path) -> dict[str, Any]:
    """Parse the YAML (or JSON) file; keys that YAML read as numbers (status codes) become text."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError("(file)", f"cannot read: {exc.strerror or exc}") from None
    try:
        document = yaml.load(text, Loader=_UniqueKeyLoader)  # a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "(document)"
        raise SpecError(where, f"invalid YAML: {exc.problem}") from None
    except yaml.YAMLError as exc:
        raise SpecError("(document)", f"invalid YAML: {exc}") from None
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
