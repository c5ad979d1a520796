"""The one mapping from the model's JSON Schemas to Python types, for every target.

* :func:`wire_type`: what a parameter's wire text converts to (``int`` for an ``integer``
  schema, a list of those for an ``array``), which the server converts to and the client
  accepts;
* :func:`body_type`: a body in the client, as the model classes of openapi-python-client (an
  object component), lists of them, or plain JSON;
* :class:`TypeMapper`: hints with a TypedDict for each object shape, for the server's models.

Generated code is type-checked with ``mypy --strict``, so every hint must be valid in the module
that uses it. The mapper therefore returns hints in which every generated name is marked, and
:func:`render_hint` renders them with the prefix the using module imports them under
(``""`` inside ``models.py``, ``"_models."`` elsewhere). Names come from the component names
(PascalCase, never shadowing the ``typing`` names ``models.py`` imports); inline objects get a
name from where they sit (``<Parent><Property>``), so nothing is ``dict[str, Any]`` that the spec
describes. Every mapping reads schemas through :class:`~generator.model.SchemaNode`.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from generator.model import ApiModel, SchemaNode
from generator.naming import pascal

_MARK = "\x1f"  # wraps a generated name inside a hint until it is rendered with a prefix
_MARKED = re.compile(_MARK + r"([A-Za-z_][A-Za-z0-9_]*)" + _MARK)
# Names that models.py imports or that hints use: a class may not shadow them.
RESERVED = frozenset(
    {"Any", "Literal", "NotRequired", "Required", "TypeAlias", "TypedDict", "annotations"}
)
_HINT_NAMES = frozenset({"str", "int", "float", "bool", "list", "dict", "None"})
# The JSON types with one Python type each.
SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}
_LITERAL_TYPES = (str, int, bool, type(None))
# A pattern that only admits digits ("^[1-9][0-9]*$"): a number sent as text.
_DIGITS_ONLY_PATTERN = re.compile(r"\^?(?:\[[0-9-]+\]|\\d|[*+?]|\{\d+(?:,\d*)?\})+\$?")


# -- parameters -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class WireType:
    """What a parameter's text converts to."""

    kind: str  # "str", "int", "float", "bool": of each item for an array
    array: bool  # a repeated (exploded) parameter: a list of ``kind``
    digits: bool  # a string (only) whose pattern admits only digits: a number sent as text

    @property
    def annotation(self) -> str:
        return f"list[{self.kind}]" if self.array else self.kind


def wire_type(node: SchemaNode) -> WireType:
    """The conversion of a parameter's text: a string stays a string, even among other types."""
    resolved = node.resolved
    array = resolved.non_null_types == ("array",)
    item = (resolved.items or resolved.at({})).resolved if array else resolved
    types = item.non_null_types
    kind = "str"
    if types and "string" not in types:
        kind = next((SCALARS[t] for t in types if t in SCALARS), "str")
    digits = not array and types == ("string",) and _digits_only(item.pattern)
    return WireType(kind, array, digits)


def _digits_only(pattern: str | None) -> bool:
    return pattern is not None and bool(_DIGITS_ONLY_PATTERN.fullmatch(pattern))


# -- client bodies --------------------------------------------------------------------------------
@dataclass(frozen=True)
class PyType:
    """A body in the client: its annotation and how the client converts it."""

    annotation: str
    kind: str  # "model", "model_list", "json" (returned as it is), "none", "headers"
    model: str | None = None  # the class for "model" and "model_list"


def body_type(node: SchemaNode, model_class: Callable[[str], str]) -> PyType:
    """A body schema as the client types it; ``model_class`` names an object component's class
    (openapi-python-client's, checked against its output)."""
    if node.ref is not None:
        component = node.ref_component
        if component is not None and node.resolved.is_object:
            cls = model_class(component)
            return PyType(cls, "model", cls)
        return body_type(node.resolved, model_class)
    items = node.items
    if node.types == ("array",) and items is not None and not items.is_boolean:
        inner = body_type(items, model_class)
        if inner.kind == "model":
            return PyType(f"list[{inner.annotation}]", "model_list", inner.model)
        return PyType(f"list[{inner.annotation}]", "json")
    if len(node.types) == 1 and node.types[0] in SCALARS and node.types[0] != "null":
        return PyType(SCALARS[node.types[0]], "json")
    return PyType("Any", "json")


# -- server models --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Field:
    key: str  # the JSON property name
    hint: str  # marked hint; render with TypeMapper.hint
    required: bool
    description: str | None


@dataclass(frozen=True)
class TypedDictDef:
    name: str
    description: str | None
    fields: tuple[Field, ...]
    bases: tuple[str, ...]  # generated TypedDict names (allOf members)
    # Class syntax (readable, with docstrings) unless a key is no identifier or is a name that
    # hints use (a key ``str`` would shadow the type ``str`` in the class body).
    class_syntax: bool = True


@dataclass(frozen=True)
class AliasDef:
    name: str
    description: str | None
    target: str  # marked hint


Definition = TypedDictDef | AliasDef


def references(hint: str) -> tuple[str, ...]:
    """The generated names a marked hint refers to."""
    return tuple(_MARKED.findall(hint))


def render_hint(hint: str, prefix: str = "") -> str:
    """A marked hint as source text, generated names prefixed (``_models.X``)."""
    return _MARKED.sub(lambda m: prefix + m.group(1), hint)


class TypeMapper:
    """Names every component schema, then maps schemas to hints on demand.

    Inline object schemas met while mapping become new TypedDicts; :attr:`definitions` lists
    everything ``models.py`` must define, bases before the classes that extend them.
    """

    def __init__(self, model: ApiModel, reserved: Iterable[str] = ()) -> None:
        self.model = model
        self._taken: set[str] = set(RESERVED) | set(reserved)
        self._component_names: dict[str, str] = {}
        self._definitions: dict[str, Definition] = {}
        self._resolving: set[str] = set()
        for schema in model.schemas:
            assert schema.name is not None
            self._component_names[schema.name] = self._claim(schema.name)
        for schema in model.schemas:
            assert schema.name is not None
            self._define_component(schema.name, model.node(schema))

    # -- public ---------------------------------------------------------------------------------
    def component(self, name: str) -> str:
        """The Python name of ``#/components/schemas/<name>``."""
        return self._component_names[name]

    def annotation(self, node: SchemaNode, hint_name: str) -> str:
        """The marked hint for a schema outside the components (bodies, parameters).

        ``hint_name`` names the TypedDict an inline object would get.
        """
        return self._hint(node, hint_name)

    def claim(self, wanted: str) -> str:
        """A new unique name for a definition the caller makes itself (see ``define``)."""
        return self._claim(wanted)

    def define(self, definition: TypedDictDef) -> None:
        """Add a TypedDict the caller built (under a name from ``claim``) to ``definitions``."""
        self._definitions[definition.name] = definition

    def named(self, node: SchemaNode, hint_name: str) -> str:
        """One generated name for ``node``'s type: its component's or inline object's, else a
        new alias ``hint_name`` of its hint (for code that refers to shapes by name only)."""
        hint = self._hint(node, hint_name)
        found = references(hint)
        if len(found) == 1 and hint == _MARK + found[0] + _MARK:
            return found[0]
        name = self._claim(hint_name)
        self._definitions[name] = AliasDef(name, node.description, hint)
        return name

    @property
    def definitions(self) -> tuple[Definition, ...]:
        ordered: list[Definition] = []
        done: set[str] = set()

        def visit(name: str) -> None:
            if name in done:
                return
            done.add(name)
            definition = self._definitions[name]
            if isinstance(definition, TypedDictDef):
                for base in definition.bases:
                    visit(base)
            ordered.append(definition)

        for name in self._definitions:
            visit(name)
        return tuple(self._finish(d) for d in ordered)

    def _finish(self, definition: Definition) -> Definition:
        """Choose the TypedDict syntax, now that every name a key could shadow is known."""
        if not isinstance(definition, TypedDictDef):
            return definition
        shadowed = self._taken | _HINT_NAMES
        if all(
            f.key.isidentifier() and not keyword.iskeyword(f.key) and f.key not in shadowed
            for f in definition.fields
        ):
            return definition
        # The functional syntax has no bases: copy the inherited keys in instead.
        fields = {f.key: f for f in self._all_fields(definition.name)}
        return TypedDictDef(
            definition.name, definition.description, tuple(fields.values()), (), False
        )

    # -- naming ---------------------------------------------------------------------------------
    def _claim(self, wanted: str) -> str:
        base = pascal(wanted)
        if base in RESERVED:
            base += "Model"
        name, counter = base, 2
        while name in self._taken:
            name, counter = f"{base}{counter}", counter + 1
        self._taken.add(name)
        return name

    # -- definitions ----------------------------------------------------------------------------
    def _define_component(self, name: str, node: SchemaNode) -> None:
        python_name = self._component_names[name]
        if self._object_shape(node):
            self._definitions[python_name] = self._typed_dict(python_name, node)
        else:
            self._definitions[python_name] = AliasDef(
                python_name, node.description, self._hint(node, python_name + "Object")
            )

    def _typed_dict(self, python_name: str, node: SchemaNode) -> TypedDictDef:
        self._definitions[python_name] = TypedDictDef(python_name, None, (), ())  # placeholder
        bases: list[str] = []
        fields: dict[str, Field] = {}
        for member in node.all_of:
            resolved, component = member.resolved, member.component
            if component is not None and self._object_shape(resolved):
                bases.append(self._component_names[component])
            elif not resolved.is_boolean:
                for f in self._fields(resolved, python_name):
                    fields[f.key] = f
        for f in self._fields(node, python_name):
            fields[f.key] = f
        definition = TypedDictDef(
            name=python_name,
            description=node.description,
            fields=tuple(fields.values()),
            bases=tuple(dict.fromkeys(bases)),
        )
        self._definitions[python_name] = definition
        return definition

    def _all_fields(self, name: str) -> tuple[Field, ...]:
        definition = self._definitions[name]
        if not isinstance(definition, TypedDictDef):
            return ()
        inherited = [f for base in definition.bases for f in self._all_fields(base)]
        return (*inherited, *definition.fields)

    def _fields(self, node: SchemaNode, owner: str) -> list[Field]:
        required = set(node.required)
        return [
            Field(
                key=key,
                hint=self._hint(sub, owner + pascal(key)),
                required=key in required,
                description=sub.description,
            )
            for key, sub in node.properties.items()
        ]

    # -- hints ----------------------------------------------------------------------------------
    def _object_shape(self, node: SchemaNode, depth: int = 0) -> bool:
        """True for schemas that become a TypedDict: declared properties, or an allOf of them."""
        if node.is_boolean or depth > 32:  # an allOf that includes itself
            return False
        if node.types and node.types != ("object",):
            return False
        if node.has("properties"):
            return True
        members = [m.resolved for m in node.all_of]
        return (
            len(members) > 1
            and all(not m.is_boolean and m.types in ((), ("object",)) for m in members)
            and any(self._object_shape(m, depth + 1) for m in members)
        )

    def _hint(self, node: SchemaNode, hint_name: str) -> str:
        if node.is_boolean:
            return "Any"  # boolean schemas: anything (true) or nothing (false)
        ref = node.ref
        if ref is not None:
            component = node.component
            if component is not None:
                return _MARK + self._component_names[component] + _MARK
            if ref in self._resolving:
                return "Any"
            self._resolving.add(ref)
            try:
                return self._hint(node.resolved, hint_name)
            finally:
                self._resolving.discard(ref)
        literal = _literal(node)
        if literal is not None:
            return literal
        for members in (node.any_of, node.one_of):
            if members:
                return _union(
                    self._hint(m, f"{hint_name}{i + 1}" if len(members) > 1 else hint_name)
                    for i, m in enumerate(members)
                )
        all_of = node.all_of
        if all_of and not self._object_shape(node):
            # Every member holds: the first that says anything is a sound hint for the value.
            hints = [self._hint(m, hint_name) for m in all_of]
            return next((h for h in hints if h != "Any"), "Any")
        types = node.types
        if not types:
            if node.has("properties") or node.has("additionalProperties") or all_of:
                types = ("object",)
            elif node.has("items") or node.has("prefixItems"):
                types = ("array",)
            else:
                return "Any"
        return _union(self._typed_hint(t, node, hint_name) for t in types)

    def _typed_hint(self, kind: str, node: SchemaNode, hint_name: str) -> str:
        if kind in SCALARS:
            return SCALARS[kind]
        if kind == "array":
            items = node.items
            return f"list[{self._hint(items, hint_name + 'Item') if items is not None else 'Any'}]"
        if self._object_shape(node.at({**node.keywords, "type": "object"})):  # inline: name it
            name = self._claim(hint_name)
            self._typed_dict(name, node)
            return _MARK + name + _MARK
        additional = node.additional_properties
        if additional is not None and not additional.is_boolean and additional.keywords:
            return f"dict[str, {self._hint(additional, hint_name + 'Value')}]"
        return "dict[str, Any]"


def _literal(node: SchemaNode) -> str | None:
    values = node.literals
    if values is None or not all(isinstance(v, _LITERAL_TYPES) for v in values):
        return None
    concrete = [repr(v) for v in dict.fromkeys(values) if v is not None]
    parts = [f"Literal[{', '.join(concrete)}]"] if concrete else []
    if None in values:
        parts.append("None")
    return " | ".join(parts)


def _union(hints: Iterable[str]) -> str:
    unique = list(dict.fromkeys(hints))
    if "Any" in unique:
        return "Any"
    return " | ".join(unique)
