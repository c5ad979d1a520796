"""Map the model's JSON Schemas to Python type hints, with a TypedDict for each object shape.

Generated code is type-checked with ``mypy --strict``, so every hint must be valid in the module
that uses it. The mapper therefore returns hints in which every generated name is marked, and
:meth:`TypeMapper.hint` renders them with the prefix the using module imports them under
(``""`` inside ``models.py``, ``"_models."`` elsewhere). Names come from the component names
(PascalCase, never shadowing the ``typing`` names ``models.py`` imports); inline objects get a
name from where they sit (``<Parent><Property>``), so nothing is ``dict[str, Any]`` that the spec
describes.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from generator.model import ApiModel
from generator.naming import pascal

_MARK = "\x1f"  # wraps a generated name inside a hint until it is rendered with a prefix
_MARKED = re.compile(_MARK + r"([A-Za-z_][A-Za-z0-9_]*)" + _MARK)
_COMPONENT_PREFIX = "#/components/schemas/"
# Names that models.py imports or that hints use: a class may not shadow them.
RESERVED = frozenset(
    {"Any", "Literal", "NotRequired", "Required", "TypeAlias", "TypedDict", "annotations"}
)
_HINT_NAMES = frozenset({"str", "int", "float", "bool", "list", "dict", "None"})
_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}
_LITERAL_TYPES = (str, int, bool, type(None))


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
            self._define_component(schema.name, schema.data)

    # -- public ---------------------------------------------------------------------------------
    def component(self, name: str) -> str:
        """The Python name of ``#/components/schemas/<name>``."""
        return self._component_names[name]

    def annotation(self, data: Any, hint_name: str) -> str:
        """The marked hint for a schema outside the components (bodies, parameters).

        ``hint_name`` names the TypedDict an inline object would get.
        """
        return self._hint(data, hint_name)

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
    def _define_component(self, name: str, data: Any) -> None:
        python_name = self._component_names[name]
        if self._object_shape(data):
            self._definitions[python_name] = self._typed_dict(python_name, data)
        else:
            description = data.get("description") if isinstance(data, dict) else None
            self._definitions[python_name] = AliasDef(
                python_name, description, self._hint(data, python_name + "Object")
            )

    def _typed_dict(self, python_name: str, data: dict[str, Any]) -> TypedDictDef:
        self._definitions[python_name] = TypedDictDef(python_name, None, (), ())  # placeholder
        bases: list[str] = []
        fields: dict[str, Field] = {}
        for member in data.get("allOf") or ():
            resolved, component = self._follow(member)
            if component is not None and self._object_shape(resolved):
                bases.append(self._component_names[component])
            elif isinstance(resolved, dict):
                for f in self._fields(resolved, python_name):
                    fields[f.key] = f
        for f in self._fields(data, python_name):
            fields[f.key] = f
        description = data.get("description")
        definition = TypedDictDef(
            name=python_name,
            description=description if isinstance(description, str) else None,
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

    def _fields(self, data: dict[str, Any], owner: str) -> list[Field]:
        properties = data.get("properties")
        if not isinstance(properties, dict):
            return []
        required = set(data.get("required") or ())
        fields = []
        for key, sub in properties.items():
            description = sub.get("description") if isinstance(sub, dict) else None
            fields.append(
                Field(
                    key=key,
                    hint=self._hint(sub, owner + pascal(key)),
                    required=key in required,
                    description=description if isinstance(description, str) else None,
                )
            )
        return fields

    # -- hints ----------------------------------------------------------------------------------
    def _follow(self, data: Any) -> tuple[Any, str | None]:
        """Resolve a ``$ref`` chain; also return the component name it ends at, if any."""
        followed = self.model.follow(data)
        if followed.cycle:
            return True, None
        ref = followed.ref
        if ref is None or not ref.startswith(_COMPONENT_PREFIX):
            return followed.schema, None
        tail = ref[len(_COMPONENT_PREFIX) :]
        return followed.schema, None if "/" in tail else tail

    def _object_shape(self, data: Any, depth: int = 0) -> bool:
        """True for schemas that become a TypedDict: declared properties, or an allOf of them."""
        if not isinstance(data, dict) or depth > 32:  # an allOf that includes itself
            return False
        types = data.get("type")
        type_list = types if isinstance(types, list) else [types] if types else []
        if type_list and type_list != ["object"]:
            return False
        if isinstance(data.get("properties"), dict):
            return True
        members = [self._follow(m)[0] for m in data.get("allOf") or ()]
        return (
            len(members) > 1
            and all(isinstance(m, dict) and m.get("type", "object") == "object" for m in members)
            and any(self._object_shape(m, depth + 1) for m in members)
        )

    def _hint(self, data: Any, hint_name: str) -> str:
        if not isinstance(data, dict):
            return "Any"  # boolean schemas: anything (true) or nothing (false)
        ref = data.get("$ref")
        if isinstance(ref, str):
            resolved, component = self._follow(data)
            if component is not None:
                return _MARK + self._component_names[component] + _MARK
            if ref in self._resolving:
                return "Any"
            self._resolving.add(ref)
            try:
                return self._hint(resolved, hint_name)
            finally:
                self._resolving.discard(ref)
        literal = self._literal(data)
        if literal is not None:
            return literal
        for combinator in ("anyOf", "oneOf"):
            members = data.get(combinator)
            if isinstance(members, list) and members:
                return _union(
                    self._hint(m, f"{hint_name}{i + 1}" if len(members) > 1 else hint_name)
                    for i, m in enumerate(members)
                )
        all_of = data.get("allOf")
        if isinstance(all_of, list) and all_of and not self._object_shape(data):
            # Every member holds: the first that says anything is a sound hint for the value.
            hints = [self._hint(m, hint_name) for m in all_of]
            return next((h for h in hints if h != "Any"), "Any")
        types = data.get("type")
        type_list: list[str] = types if isinstance(types, list) else [types] if types else []
        if not type_list:
            if "properties" in data or "additionalProperties" in data or all_of:
                type_list = ["object"]
            elif "items" in data or "prefixItems" in data:
                type_list = ["array"]
            else:
                return "Any"
        return _union(self._typed_hint(t, data, hint_name) for t in type_list)

    def _typed_hint(self, kind: str, data: dict[str, Any], hint_name: str) -> str:
        if kind in _SCALARS:
            return _SCALARS[kind]
        if kind == "array":
            items = data.get("items")
            return f"list[{self._hint(items, hint_name + 'Item') if items is not None else 'Any'}]"
        if self._object_shape({**data, "type": "object"}):  # an inline object: name it
            name = self._claim(hint_name)
            self._typed_dict(name, data)
            return _MARK + name + _MARK
        additional = data.get("additionalProperties")
        if isinstance(additional, dict) and additional:
            return f"dict[str, {self._hint(additional, hint_name + 'Value')}]"
        return "dict[str, Any]"

    @staticmethod
    def _literal(data: dict[str, Any]) -> str | None:
        if "const" in data:
            values = [data["const"]]
        elif isinstance(data.get("enum"), list) and data["enum"]:
            values = data["enum"]
        else:
            return None
        if not all(isinstance(v, _LITERAL_TYPES) for v in values):
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
