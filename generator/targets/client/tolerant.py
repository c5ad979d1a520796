"""The derived document openapi-python-client reads: the parts where the tool is strict made
tolerant (open enums, nullable and digits-only fields, hoisted inline bodies)."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from generator.model import COMPONENT_PREFIX, ApiModel, Operation, SchemaNode
from generator.naming import pascal, snake
from generator.spec.refs import follow
from generator.spec.subset import (
    ANNOTATION_KEYWORDS,
    JSON_TYPES,
    SUBSCHEMA_LISTS,
    SUBSCHEMA_MAPS,
    SUBSCHEMA_SINGLE,
)

_NO_DOCUMENT: Mapping[str, Any] = {}


class _Tolerance:
    """Rewrite a document so that the tool's output keeps what a newer server may send.

    * every string (or integer) enum in a schema that can appear in a body becomes
      ``anyOf: [<the enum>, {type: string}]``: the tool then parses a known value into its enum
      class and keeps an unknown one (``"ARCHIVED"``) as a plain ``str`` instead of raising. An
      inline enum is first hoisted into ``components.schemas`` under the name the tool would
      have given its class (``ActivityResponseState``), so public names do not change;
    * ``additionalProperties: false`` is dropped, so that unknown properties are kept in the
      models' ``additional_properties`` (AWS adds properties over time);
    * inline object schemas of request bodies and success responses are hoisted into
      ``components.schemas`` under names we choose, so that the high-level client knows their
      class names without guessing the tool's naming rules.

    Parameters are left alone: the high-level client types them itself.
    """

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document: dict[str, Any] = copy.deepcopy(dict(document))
        components = self.document.setdefault("components", {})
        self.schemas: dict[str, Any] = components.setdefault("schemas", {})
        self.body_classes: dict[tuple[str, str], str] = {}  # (pointer kind, key) -> class name
        self.rename_shadowing_components()
        _no_reserved_properties(self.document)
        for name, schema in self.schemas.items():
            # The tool names a component's class after its title; the high-level client looks
            # it up by the component's name, so a title that names another class goes.
            title = schema.get("title") if isinstance(schema, dict) else None
            if isinstance(title, str) and pascal(title) != pascal(name):
                self.schemas[name] = {k: v for k, v in schema.items() if k != "title"}
        self.original_names = frozenset(self.schemas)

    def rename_shadowing_components(self) -> None:
        """A component named like a name of the tool's own modules (request-baskets has a
        ``Response``) shadows it in the generated low layer, and one with a property named like
        the class (``Requests.requests``) shadows the instance in its ``from_dict``; such a
        component is renamed
        ``<Name>Model`` in the tool's document, every ``$ref`` to it too, and the new class
        name is recorded under ``("component", <name>)`` for the high-level client."""
        clashes = sorted(n for n in self.schemas if _shadows(n, self.schemas[n]))
        if not clashes:
            return
        renames = {}
        for name in clashes:
            new = self.unique_name(f"{name}Model")
            self.schemas[new] = self.schemas.pop(name)
            if isinstance(self.schemas[new], dict):  # the tool would name it after its title
                self.schemas[new] = {k: v for k, v in self.schemas[new].items() if k != "title"}
            renames[COMPONENT_PREFIX + name] = COMPONENT_PREFIX + new
            self.body_classes[("component", name)] = new
        _rewrite_refs(self.document, renames)

    def unique_name(self, hint: str) -> str:
        name = pascal(hint)
        candidate, counter = name, 2
        taken = {pascal(n) for n in self.schemas}
        while candidate in taken:
            candidate, counter = f"{name}{counter}", counter + 1
        return candidate

    def enum_component(self, name: str) -> bool:
        data = self.schemas.get(name)
        return isinstance(data, dict) and _enum_type(data) is not None

    def schema(self, node: Any, hint: str) -> Any:
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str):
            if ref.startswith(COMPONENT_PREFIX) and self.enum_component(
                ref[len(COMPONENT_PREFIX) :]
            ):
                fallback = _enum_type(self.schemas[ref[len(COMPONENT_PREFIX) :]])
                rest = {k: v for k, v in node.items() if k != "$ref"}
                return {"anyOf": [{"$ref": ref}, {"type": fallback}], **rest}
            return node
        if _any_json(node):
            return {k: v for k, v in node.items() if k in ANNOTATION_KEYWORDS}
        enum_type = _enum_type(node)
        if enum_type is not None:
            return self.hoist_enum(node, enum_type, hint)
        result = dict(node)
        if result.get("additionalProperties") is False:
            del result["additionalProperties"]
        for key in SUBSCHEMA_MAPS:
            if isinstance(result.get(key), dict):
                result[key] = {
                    name: self.schema(sub, f"{hint}_{name}") for name, sub in result[key].items()
                }
        for key in SUBSCHEMA_LISTS:
            if isinstance(result.get(key), list):
                result[key] = [
                    self.schema(sub, f"{hint}_{key}{index}")
                    for index, sub in enumerate(result[key])
                ]
        for key in SUBSCHEMA_SINGLE:
            if isinstance(result.get(key), dict):
                result[key] = self.schema(
                    result[key], f"{hint}_{'item' if key == 'items' else key}"
                )
        return result

    def hoist_enum(self, node: dict[str, Any], enum_type: str, hint: str) -> dict[str, Any]:
        values = [v for v in node["enum"] if v is not None]
        nullable = _node(node).nullable
        name = self.unique_name(hint)
        annotations = ("description", "title")
        hoisted = {k: v for k, v in node.items() if k not in (*annotations, "default", "example")}
        hoisted.update(type=enum_type, enum=values)
        if "description" in node:
            hoisted["description"] = node["description"]
        self.schemas[name] = hoisted
        branches: list[dict[str, Any]] = [
            {"$ref": COMPONENT_PREFIX + name},
            {"type": enum_type},
        ]
        if nullable:
            branches.append({"type": "null"})
        return {"anyOf": branches, **{k: node[k] for k in annotations if k in node}}

    def hoist_object(self, node: Any, hint: str, key: tuple[str, str]) -> Any:
        """Give an inline object body schema a component name; return the new node."""
        if not isinstance(node, dict) or "$ref" in node or not _node(node).is_object:
            return node
        name = self.unique_name(hint)
        # The tool names a class after a schema's title (FastAPI writes one on every body):
        # without it, the class is named after the component, as the high-level client expects.
        self.schemas[name] = self.schema({k: v for k, v in node.items() if k != "title"}, name)
        self.body_classes[key] = name
        return {"$ref": COMPONENT_PREFIX + name}

    def content(self, content: Any, hint: str, key: tuple[str, str] | None) -> None:
        if not isinstance(content, dict):
            return
        for media in content.values():
            if isinstance(media, dict) and "schema" in media:
                if key is not None:
                    media["schema"] = self.hoist_object(media["schema"], hint, key)
                media["schema"] = self.schema(media["schema"], hint)

    def drop_renamed_parameters(self, op: Operation, op_data: dict[str, Any]) -> None:
        """The tool refuses an operation whose parameters share a Python name (Twilio's
        ``StartTime``, ``StartTime<``); the model renamed the later ones (``start_time_2``).
        The high-level client builds every request itself, so the tool's document keeps only
        the first of each: its functions are not what the client calls."""
        renamed = {(p.location, p.name) for p in op.parameters if p.python_name != snake(p.name)}
        params = op_data.get("parameters")
        if not renamed or not isinstance(params, list):
            return
        kept = []
        for param in params:
            target = follow(self.document, param).schema
            if (
                not isinstance(target, dict)
                or (target.get("in"), target.get("name")) not in renamed
            ):
                kept.append(param)
        op_data["parameters"] = kept

    def build(self, model: ApiModel) -> dict[str, Any]:
        for name in list(self.schemas):
            if name in self.original_names and not self.enum_component(name):
                self.schemas[name] = self.schema(self.schemas[name], name)
        components = self.document["components"]
        for name, response in (components.get("responses") or {}).items():
            if isinstance(response, dict):
                self.content(response.get("content"), f"{name}_body", None)
        for name, body in (components.get("requestBodies") or {}).items():
            if isinstance(body, dict):
                self.content(body.get("content"), f"{name}_body", None)
                original = model.document["components"]["requestBodies"][name]
                _union_body_required(model.document, original, body)
        for item in model.paths:
            path_data = self.document["paths"][item.path]
            _no_path_defaults(path_data.get("parameters"))
            for op in item.operations:
                op_data = path_data[op.method.lower()]
                _no_path_defaults(op_data.get("parameters"))
                self.drop_renamed_parameters(op, op_data)
                body = op_data.get("requestBody")
                if isinstance(body, dict) and "$ref" not in body:
                    self.content(
                        body.get("content"),
                        f"{op.class_name}_request",
                        ("request", op.operation_id),
                    )
                    original = model.document["paths"][item.path][op.method.lower()]
                    _union_body_required(model.document, original["requestBody"], body)
                for status, response in (op_data.get("responses") or {}).items():
                    if not isinstance(response, dict) or "$ref" in response:
                        continue
                    success = status.startswith("2")
                    self.content(
                        response.get("content"),
                        f"{op.class_name}_response_{status}",
                        ("response", f"{op.operation_id} {status}") if success else None,
                    )
        return self.document


def _node(data: Any) -> SchemaNode:
    """A schema of the derived document, for queries on its own keywords (no $ref followed)."""
    return SchemaNode(data, _NO_DOCUMENT)


def _any_json(data: Mapping[str, Any]) -> bool:
    """Whether ``data`` is an ``anyOf`` of bare types that together take every JSON value,
    ``null`` aside (Blockfrost's ``json_metadata``: string, object, array, integer, number,
    boolean, null). The tool would type it as a union whose ``list[Any]`` branch it ``cast``s
    redundantly (a ``mypy --strict`` error). In the tool's document it is ``{}``, which the
    tool types as ``Any``: that reads ``null`` too, which is tolerant, like the rest of this
    document (the validators still check the schema as written)."""
    branches = data.get("anyOf")
    rest = {k: v for k, v in data.items() if k != "anyOf"}
    if not isinstance(branches, list) or not _unconstrained(rest):
        return False
    covered: set[str] = set()
    for branch in branches:
        types = branch.get("type") if isinstance(branch, dict) else None
        if not isinstance(types, (str, list)) or not _unconstrained(branch, "type"):
            return False
        covered.update([types] if isinstance(types, str) else types)
    if "number" in covered:
        covered.add("integer")
    return covered >= set(JSON_TYPES) - {"null"}


def _unconstrained(schema: Mapping[str, Any], *allowed: str) -> bool:
    """Whether ``schema`` says nothing beyond annotations (and the ``allowed`` keys): arrays
    of anything, objects with any further properties."""
    for key, value in schema.items():
        if key in ANNOTATION_KEYWORDS or key in allowed:
            continue
        if key not in {"items", "additionalProperties"}:
            return False
        if value is not True and not (
            isinstance(value, dict) and set(value) <= ANNOTATION_KEYWORDS
        ):
            return False
    return True


def _enum_type(data: Mapping[str, Any]) -> str | None:
    """``"string"``/``"integer"`` for an enum of such values (null allowed), else None."""
    node = _node(data)
    if node.enum is None or node.ref is not None:
        return None
    present = [v for v in node.enum if v is not None]
    if present and all(isinstance(v, str) for v in present):
        return "string"
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return "integer"
    return None


# The names of openapi-python-client's own modules that its generated code imports beside the
# models (types.py, client.py, errors.py).
TOOL_NAMES = frozenset(
    {"Response", "Client", "AuthenticatedClient", "Unset", "UNSET", "File", "FileTypes", "Errors"}
)


def _shadows(name: str, schema: Any) -> bool:
    """Whether the tool's code for this component would shadow one of its own names."""
    if pascal(name) in TOOL_NAMES:
        return True
    properties = schema.get("properties") if isinstance(schema, dict) else None
    own = snake(pascal(name))
    return isinstance(properties, dict) and any(snake(p) == own for p in properties)


def _no_reserved_properties(node: Any) -> None:
    """Every model of the tool has an ``additional_properties`` attribute; a property of that
    name (ReadMe's API has one) would be defined twice. Left out of the tool's document, its
    value is kept among the model's additional properties, under its own key."""
    if isinstance(node, dict):
        properties = node.get("properties")
        if isinstance(properties, dict):
            reserved = [p for p in properties if snake(p) == "additional_properties"]
            for name in reserved:
                del properties[name]
            if reserved and isinstance(node.get("required"), list):
                node["required"] = [r for r in node["required"] if r not in reserved]
        for value in node.values():
            _no_reserved_properties(value)
    elif isinstance(node, list):
        for value in node:
            _no_reserved_properties(value)


def _rewrite_refs(node: Any, renames: Mapping[str, str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref in renames:
            node["$ref"] = renames[ref]
        for value in node.values():
            _rewrite_refs(value, renames)
    elif isinstance(node, list):
        for value in node:
            _rewrite_refs(value, renames)


def _union_body_required(
    document: Mapping[str, Any], original: Mapping[str, Any], body: dict[str, Any]
) -> None:
    """The tool types an optional request body whose schema is a union of objects (ReadMe's
    ``createBranch``) as ``A | B | Unset`` and calls ``to_dict`` on the last branch's class in
    its ``else``, which crashes when the body is left out and fails ``mypy --strict``. In the
    tool's document such a body is required. (With a ``null`` branch the ``else`` sends the
    value as it is, which type-checks.) The high-level client builds its requests itself (its
    ``body`` stays optional), so only the tool's low-level function asks for the body.

    The union is looked for in the ``original`` body, with refs followed in the model's
    ``document``: refs into ``paths`` (DigitalOcean's bundle has thousands) may run through a
    schema this document has hoisted."""
    if body.get("required") is True or not isinstance(original.get("content"), dict):
        return
    for media in original["content"].values():
        schema = follow(document, media.get("schema")).schema if isinstance(media, dict) else None
        branches = next(
            (schema[k] for k in ("anyOf", "oneOf") if isinstance(schema, dict) and k in schema),
            None,
        )
        if not isinstance(branches, list) or len(branches) < 2:
            continue
        nodes = [_node(follow(document, b).schema) for b in branches if isinstance(b, dict)]
        if nodes and nodes[-1].is_object and not any(n.nullable for n in nodes):
            body["required"] = True
            return


def _no_path_defaults(parameters: Any) -> None:
    """A path parameter is always required, so a ``default`` in its schema means nothing; the
    tool would give it a default value and then write a required parameter after it."""
    for param in parameters if isinstance(parameters, list) else ():
        schema = param.get("schema") if isinstance(param, dict) else None
        if param.get("in") == "path" and isinstance(schema, dict) and "default" in schema:
            param["schema"] = {k: v for k, v in schema.items() if k != "default"}


def tolerant_document(model: ApiModel) -> tuple[dict[str, Any], dict[tuple[str, str], str]]:
    """The document the tool reads, and the names given to hoisted inline body schemas."""
    tolerance = _Tolerance(model.document)
    document = tolerance.build(model)
    return document, tolerance.body_classes
