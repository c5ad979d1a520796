"""Typed queries over the schemas of a document, so every target reads a keyword the same way.

A :class:`SchemaNode` is a schema as written (``data``: a dict or a boolean schema) together
with the document its ``$ref``s point into. Each property reads one keyword, typed: ``types`` is
a tuple whether ``type`` is a string, a list or missing, ``properties`` a dict of nodes, and so
on, where targets used to repeat ``data.get("type") if isinstance(data, dict) else None``.
Queries read the node as written; :attr:`SchemaNode.resolved` follows its ``$ref`` chain first.

The parser checked every schema against the supported subset (keyword values of the right JSON
type, every ``$ref`` resolves, no chain of ``$ref``s loops), so the queries do not check again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType
from typing import Any

from generator.spec.refs import Followed, follow

JSON = Any
COMPONENT_PREFIX = "#/components/schemas/"
_NOTHING: Mapping[str, JSON] = MappingProxyType({})


def component_name(ref: str | None) -> str | None:
    """``N`` for the pointer ``#/components/schemas/N``; None for any other (or a deeper) one."""
    if ref is None or not ref.startswith(COMPONENT_PREFIX):
        return None
    tail = ref[len(COMPONENT_PREFIX) :]
    return None if not tail or "/" in tail else tail


@dataclass(frozen=True)
class SchemaNode:
    """A schema and the document it sits in; compares by ``data``."""

    data: JSON
    document: Mapping[str, JSON] = field(repr=False, compare=False)

    def at(self, data: JSON) -> SchemaNode:
        """Another schema of the same document (a subschema, a member)."""
        return SchemaNode(data, self.document)

    # -- references ---------------------------------------------------------------------------
    @property
    def ref(self) -> str | None:
        """This node's own ``$ref``, if it has one."""
        ref = self.keywords.get("$ref")
        return ref if isinstance(ref, str) else None

    @cached_property
    def followed(self) -> Followed:
        return follow(self.document, self.data)

    @cached_property
    def resolved(self) -> SchemaNode:
        """Where the ``$ref`` chain from here ends (this node when it is no reference); the
        ``true`` schema for a chain that loops, which only an unchecked document can hold."""
        if self.ref is None:
            return self
        followed = self.followed
        return self.at(True if followed.cycle else followed.schema)

    @property
    def component(self) -> str | None:
        """The component schema the ``$ref`` chain ends at (the last pointer followed)."""
        followed = self.followed
        return None if followed.cycle else component_name(followed.ref)

    @property
    def ref_component(self) -> str | None:
        """The component schema this node's own ``$ref`` names (the first pointer)."""
        return component_name(self.ref)

    # -- what it says -------------------------------------------------------------------------
    @property
    def keywords(self) -> Mapping[str, JSON]:
        """The keywords as written; none for a boolean schema."""
        return self.data if isinstance(self.data, dict) else _NOTHING

    @property
    def is_boolean(self) -> bool:
        return isinstance(self.data, bool)

    @property
    def types(self) -> tuple[str, ...]:
        """``type`` as a tuple, in document order; empty when it is not declared."""
        value = self.keywords.get("type")
        if isinstance(value, str):
            return (value,)
        return tuple(value) if isinstance(value, list) else ()

    @property
    def non_null_types(self) -> tuple[str, ...]:
        return tuple(t for t in self.types if t != "null")

    @property
    def enum(self) -> tuple[JSON, ...] | None:
        """The ``enum`` values; None when there is no (non-empty) ``enum``."""
        values = self.keywords.get("enum")
        return tuple(values) if isinstance(values, list) and values else None

    @property
    def literals(self) -> tuple[JSON, ...] | None:
        """The only values allowed: ``(const,)``, else the ``enum``; None when not restricted."""
        if "const" in self.keywords:
            return (self.keywords["const"],)
        return self.enum

    @property
    def nullable(self) -> bool:
        """Whether ``null`` is declared: a ``"null"`` type or a ``null`` in the enum."""
        return "null" in self.types or None in (self.enum or ())

    @property
    def items(self) -> SchemaNode | None:
        return self._sub("items")

    @property
    def additional_properties(self) -> SchemaNode | None:
        return self._sub("additionalProperties")

    @property
    def properties(self) -> dict[str, SchemaNode]:
        """``properties`` in document order."""
        value = self.keywords.get("properties")
        if not isinstance(value, dict):
            return {}
        return {key: self.at(sub) for key, sub in value.items()}

    @property
    def required(self) -> tuple[str, ...]:
        value = self.keywords.get("required")
        return tuple(value) if isinstance(value, list) else ()

    @property
    def all_of(self) -> tuple[SchemaNode, ...]:
        return self._members("allOf")

    @property
    def any_of(self) -> tuple[SchemaNode, ...]:
        return self._members("anyOf")

    @property
    def one_of(self) -> tuple[SchemaNode, ...]:
        return self._members("oneOf")

    @property
    def description(self) -> str | None:
        return self._text("description")

    @property
    def pattern(self) -> str | None:
        return self._text("pattern")

    @property
    def examples(self) -> tuple[JSON, ...]:
        """OpenAPI's ``example``, then JSON Schema's ``examples``."""
        found = (self.keywords["example"],) if "example" in self.keywords else ()
        listed = self.keywords.get("examples")
        return found + (tuple(listed) if isinstance(listed, list) else ())

    @property
    def is_object(self) -> bool:
        """Declared an object: ``object`` among its types, or no type and ``properties``."""
        types = self.types
        return "object" in types or (not types and "properties" in self.keywords)

    def has(self, keyword: str) -> bool:
        return keyword in self.keywords

    def _sub(self, keyword: str) -> SchemaNode | None:
        value = self.keywords.get(keyword)
        return None if value is None else self.at(value)

    def _members(self, keyword: str) -> tuple[SchemaNode, ...]:
        value = self.keywords.get(keyword)
        return tuple(self.at(m) for m in value) if isinstance(value, list) else ()

    def _text(self, keyword: str) -> str | None:
        value = self.keywords.get(keyword)
        return value if isinstance(value, str) else None


__all__ = ["COMPONENT_PREFIX", "SchemaNode", "component_name"]
