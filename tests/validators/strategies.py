"""Hypothesis strategies for the supported JSON Schema subset: instances and mutated instances.

The instances are mostly valid, not always (allOf is merged shallowly, recursion is cut off):
the differential tests only need both validators to see the same values. Strings are printable
ASCII without newlines, where ECMA-262 and Python's re (which jsonschema uses) agree.
"""

from __future__ import annotations

import string
from typing import Any

from hypothesis import strategies as st

from generator.jsonschema.patterns import translate_pattern

ALPHABET = st.sampled_from(string.ascii_letters + string.digits + " -_.:/~")
MAX_DEPTH = 4
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-1000, 1000),
    st.floats(-1e6, 1e6, allow_nan=False),
    st.text(ALPHABET, max_size=8),
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.text(ALPHABET, max_size=5), inner, max_size=3),
    ),
    max_leaves=6,
)


class Instances:
    """Strategies for the schemas of one document (refs are '#/...' into it)."""

    def __init__(self, document: Any) -> None:
        self.document = document

    def resolve(self, ref: str) -> Any:
        node = self.document
        for raw in ref.removeprefix("#").split("/")[1:]:
            token = raw.replace("~1", "/").replace("~0", "~")
            node = node[int(token)] if isinstance(node, list) else node[token]
        return node

    def merged(self, schema: dict[str, Any], depth: int) -> dict[str, Any]:
        """allOf and $ref folded into one dict, shallowly (good enough to aim at valid)."""
        out = {k: v for k, v in schema.items() if k not in ("allOf", "$ref")}
        parts = list(schema.get("allOf", []))
        if "$ref" in schema:
            parts.insert(0, self.resolve(schema["$ref"]))
        for part in parts:
            if not isinstance(part, dict):
                continue
            part = self.merged(part, depth)
            for key, value in part.items():
                if key == "properties":
                    out["properties"] = {**value, **out.get("properties", {})}
                elif key == "required":
                    out["required"] = list(dict.fromkeys([*out.get("required", []), *value]))
                else:
                    out.setdefault(key, value)
        return out

    def of(self, schema: Any, depth: int = 0) -> st.SearchStrategy[Any]:
        if isinstance(schema, bool):
            return JSON_VALUES
        schema = self.merged(schema, depth)
        if depth > MAX_DEPTH:
            return SCALARS
        if "const" in schema:
            return st.just(schema["const"])
        if "enum" in schema:
            return st.sampled_from(schema["enum"])
        branches = schema.get("anyOf") or schema.get("oneOf")
        if branches:
            return st.one_of([self.of(b, depth + 1) for b in branches])
        types = schema.get("type")
        if types is None:
            for kind, keys in (
                ("object", ("properties", "required", "additionalProperties")),
                ("array", ("items", "prefixItems")),
                ("string", ("pattern", "minLength", "maxLength")),
                ("number", ("minimum", "maximum", "multipleOf")),
            ):
                if any(k in schema for k in keys):
                    types = kind
                    break
            else:
                return JSON_VALUES
        if isinstance(types, list):
            return st.one_of([self.typed(t, schema, depth) for t in types])
        return self.typed(types, schema, depth)

    def typed(self, kind: str, s: dict[str, Any], depth: int) -> st.SearchStrategy[Any]:
        if kind == "null":
            return st.none()
        if kind == "boolean":
            return st.booleans()
        if kind == "string":
            if "pattern" in s:
                return st.from_regex(translate_pattern(s["pattern"]), alphabet=ALPHABET)
            return st.text(
                ALPHABET, min_size=s.get("minLength", 0), max_size=s.get("maxLength", 12)
            )
        if kind in ("integer", "number"):
            low = s.get("minimum", s.get("exclusiveMinimum"))
            high = s.get("maximum", s.get("exclusiveMaximum"))
            low = None if low is None else int(low) + 1
            high = None if high is None else int(high) - 1
            if low is not None and high is not None and low > high:
                low, high = high, low
            ints = st.integers(low, high)
            if "multipleOf" in s:
                m = s["multipleOf"]
                return st.integers(-20, 20).map(lambda k: k * m)
            if kind == "integer":
                return st.one_of(ints, ints.map(float))
            return st.one_of(ints, st.floats(low, high, allow_nan=False, allow_infinity=False))
        if kind == "array":
            prefix = [self.of(p, depth + 1) for p in s.get("prefixItems", [])]
            items = s.get("items", True)
            low = max(0, s.get("minItems", 0) - len(prefix))
            high = min(3, s.get("maxItems", 3))
            rest = (
                st.just([])
                if items is False
                else st.lists(self.of(items, depth + 1), min_size=min(low, high), max_size=high)
            )
            return st.tuples(st.tuples(*prefix), rest).map(lambda pr: [*pr[0], *pr[1]])
        properties: dict[str, Any] = s.get("properties", {})
        required = [k for k in s.get("required", []) if True]
        fixed = {k: self.of(properties.get(k, True), depth + 1) for k in required}
        optional = {k: self.of(v, depth + 1) for k, v in properties.items() if k not in required}
        extra = s.get("additionalProperties", True)
        extras: st.SearchStrategy[dict[str, Any]] = st.just({})
        if extra is not False:
            keys = st.text(ALPHABET, min_size=1, max_size=6).filter(lambda k: k not in properties)
            for pattern, sub in s.get("patternProperties", {}).items():
                keys = st.from_regex(translate_pattern(pattern), alphabet=ALPHABET)
                extra = sub
                break
            extras = st.dictionaries(keys, self.of(extra, depth + 1), max_size=2)
        return st.tuples(st.fixed_dictionaries(fixed, optional=optional), extras).map(
            lambda pair: {**pair[1], **pair[0]}
        )


@st.composite
def mutated(draw: st.DrawFn, base: st.SearchStrategy[Any]) -> Any:
    """An instance with one change somewhere: a key dropped or added, a value replaced."""
    value = draw(base)
    containers: list[Any] = []

    def walk(node: Any) -> None:
        if isinstance(node, (dict, list)):
            containers.append(node)
            for child in node.values() if isinstance(node, dict) else node:
                walk(child)

    walk(value)
    replacement = draw(
        st.one_of(SCALARS, st.just([]), st.just({}), st.sampled_from(["DONE", "", "1", 1.5, -1]))
    )
    if not containers:
        return replacement
    target = draw(st.sampled_from(containers))
    if isinstance(target, dict):
        action = draw(st.sampled_from(["drop", "add", "replace"]))
        if action == "add" or not target:
            target[draw(st.text(ALPHABET, min_size=1, max_size=4))] = replacement
        elif action == "drop":
            del target[draw(st.sampled_from(sorted(target)))]
        else:
            target[draw(st.sampled_from(sorted(target)))] = replacement
    elif target:
        target[draw(st.integers(0, len(target) - 1))] = replacement
    else:
        target.append(replacement)
    return value
