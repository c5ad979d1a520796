"""Normalize a validated document into the one shape the model reads: OpenAPI 3.1, served parts.

* **3.0.x** is converted on load: ``nullable: true`` becomes a type union with ``"null"`` (or
  an ``anyOf`` with ``{type: null}`` beside a ``$ref`` or composition), a boolean
  ``exclusiveMinimum``/``exclusiveMaximum`` takes the value of ``minimum``/``maximum``, and a
  schema's ``example`` becomes ``examples: [...]``; ``openapi`` then says ``3.1.0``. A 3.1
  document that still writes ``nullable`` gets the same conversion, with a warning, and a 3.0
  one that writes 3.1's ``type: 'null'`` keeps it, with a warning.
* **Constructs no target serves yet** are removed with one warning each, naming the first
  place (a construct met at many places is one warning that counts them): ``webhooks``,
  ``callbacks``, response ``links``, cookie parameters and parameters the targets cannot
  serialize (``content``, non-default ``style``, ``allowReserved``), headers with ``content``,
  the ``xml`` and ``discriminator`` schema keywords, ``headers`` of a multipart encoding, and
  media types of no kind (:mod:`generator.model.media`: XML, NDJSON...; a request body left
  without one is skipped). ``application/json; charset=...`` is ``application/json``. The
  kinds a target does not serve yet are left out for that target only (the pipeline warns).
* **A missing operationId** is derived from the method and the path (``GET /pets/{id}`` ->
  ``get_pets_by_id``), unique against every other operation's Python name.

The input document is never modified (the validator may still be reading it): the result is
a converted copy.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from generator.errors import SpecError, Warnings, location
from generator.model.media import JSON_MEDIA_TYPE, essence, media_kind
from generator.naming import Names, snake, words
from generator.spec.refs import node_at, resolve_local
from generator.spec.resources import resolve_resources
from generator.spec.subset import (
    ANNOTATION_KEYWORDS,
    FREE_JSON_KEYS,
    SUBSCHEMA_LISTS,
    SUBSCHEMA_MAPS,
    SUBSCHEMA_SINGLE,
)

Path = tuple[str | int, ...]
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Schema keywords that only describe (serialization hints, client dispatch): dropped, warned.
SKIPPED_KEYWORDS = {
    "xml": "XML serialization is not served",
    "discriminator": "oneOf/anyOf still validate; the mapping is not used",
}
# Keys whose values are free JSON (examples) or extensions: never walked for schemas.
_OPAQUE = FREE_JSON_KEYS
_DEFAULT_STYLE = {"query": "form", "path": "simple", "header": "simple"}


@dataclass(frozen=True)
class Normalized:
    document: dict[str, Any]  # OpenAPI 3.1 in shape, the skipped constructs removed
    source_version: str  # the ``openapi`` field as the document had it
    warnings: Warnings


def normalize(document: dict[str, Any], warnings: Warnings | None = None) -> Normalized:
    """The converted copy of ``document`` and what was skipped on the way."""
    return _Normalizer(document, warnings or Warnings()).run()


class _Normalizer:
    def __init__(self, document: dict[str, Any], warnings: Warnings) -> None:
        self.original = document
        self.doc: dict[str, Any] = copy.deepcopy(document)
        self.version = str(document.get("openapi", ""))
        self.v30 = self.version.startswith("3.0.")
        self.warnings = warnings

    def warn(self, where: Path, message: str, key: str | None = None) -> None:
        self.warnings.warn(location(where), message, key)

    def run(self) -> Normalized:
        doc = self.doc
        if "webhooks" in doc:
            if doc["webhooks"]:
                self.warn(("webhooks",), "webhooks are not served yet; skipped")
            del doc["webhooks"]
        doc.setdefault("paths", {})  # 3.1 allows none (webhooks only); the targets want one
        resolve_resources(doc, self.warn)  # $id and $dynamicRef: plain local $refs from here
        self.walk(doc, ())
        components = doc.get("components")
        if isinstance(components, dict):
            for kind in ("requestBodies", "responses"):
                for name, item in (components.get(kind) or {}).items():
                    if isinstance(item, dict):
                        self.content_holder(item, ("components", kind, name))
        self.operations()
        if self.v30:
            doc["openapi"] = "3.1.0"
        return Normalized(document=doc, source_version=self.version, warnings=self.warnings)

    # -- schemas --------------------------------------------------------------------------------
    def walk(self, node: Any, path: Path) -> None:
        """Find every schema outside schemas (``schema`` fields, ``components.schemas``)."""
        if isinstance(node, dict):
            for key in list(node):
                if key in _OPAQUE or (isinstance(key, str) and key.startswith("x-")):
                    continue
                value = node[key]
                if key == "schema" or path == ("components", "schemas"):
                    node[key] = self.schema(value, (*path, key))
                elif isinstance(value, (dict, list)):
                    self.walk(value, (*path, key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                self.walk(value, (*path, index))

    def schema(self, node: Any, path: Path) -> Any:
        if not isinstance(node, dict):
            return node
        for key in SUBSCHEMA_MAPS:
            if isinstance(node.get(key), dict):
                node[key] = {
                    name: self.schema(sub, (*path, key, name)) for name, sub in node[key].items()
                }
        for key in SUBSCHEMA_LISTS:
            if isinstance(node.get(key), list):
                node[key] = [self.schema(s, (*path, key, i)) for i, s in enumerate(node[key])]
        for key in SUBSCHEMA_SINGLE:
            if isinstance(node.get(key), dict):
                node[key] = self.schema(node[key], (*path, key))
        node = _annotated_ref(node)
        for key, why in SKIPPED_KEYWORDS.items():
            if key in node:
                del node[key]
                self.warn((*path, key), f"{key!r} is not served yet ({why}); skipped", key)
        if self.v30:
            if node.get("type") == "null":  # tolerated by validation (see validate.py)
                self.warn(
                    (*path, "type"),
                    "type 'null' is OpenAPI 3.1, not 3.0; read as 3.1 reads it",
                    "type null",
                )
            _exclusive(node, "exclusiveMinimum", "minimum")
            _exclusive(node, "exclusiveMaximum", "maximum")
            if "example" in node:
                example = node.pop("example")
                node.setdefault("examples", [example])
        if "nullable" in node:
            if not self.v30:
                self.warn(
                    (*path, "nullable"),
                    "'nullable' is OpenAPI 3.0, not 3.1; read as a union with null",
                    "nullable",
                )
            if node.pop("nullable") is True:
                return _nullable(node)
        return node

    # -- request bodies, responses, parameters --------------------------------------------------
    def content_holder(self, item: dict[str, Any], path: Path) -> None:
        """Keep the media types of a request body or response that have a kind
        (:mod:`generator.model.media`; one ``application/json``); skip the others, encoding
        headers, and a response's links and headers with ``content``."""
        if "links" in item:
            if item["links"]:
                self.warn((*path, "links"), "links are not served yet; skipped", "links")
            del item["links"]
        headers = item.get("headers")
        if isinstance(headers, dict):
            for name, header in list(headers.items()):
                target, where = self.deref(header, (*path, "headers", name))
                if isinstance(target, dict) and "content" in target:
                    self.warn((*where, "content"), _HEADER_CONTENT, "header content")
                    del headers[name]
        content = item.get("content")
        if not isinstance(content, dict):
            return
        kept: dict[str, Any] = {}
        for media_type, media in content.items():
            where = (*path, "content", media_type)
            kind = media_kind(media_type)
            if kind == "json" and essence(media_type) == JSON_MEDIA_TYPE:
                media_type = JSON_MEDIA_TYPE  # "application/json; charset=utf-8" is JSON
            if kind is None or media_type in kept:
                self.warn(
                    where,
                    f"media type {media_type!r} is not served yet; skipped",
                    f"media {media_type}",
                )
                continue
            if isinstance(media, dict) and isinstance(media.get("encoding"), dict):
                for name, encoding in media["encoding"].items():
                    if isinstance(encoding, dict) and "headers" in encoding:
                        self.warn(
                            (*where, "encoding", name, "headers"),
                            "encoding headers are not served yet; skipped",
                            "encoding headers",
                        )
                        del encoding["headers"]
            kept[media_type] = media
        item["content"] = kept

    def parameters(self, params: Any, path: Path) -> None:
        if not isinstance(params, list):
            return
        kept = []
        for index, param in enumerate(params):
            target, where = self.deref(param, (*path, index))
            why = _unserved_parameter(target)
            if why is None:
                kept.append(param)
            else:
                self.warn(where, f"parameter {target.get('name')!r}: {why}; skipped")
        params[:] = kept

    def deref(self, node: Any, where: Path) -> tuple[Any, Path]:
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            if node["$ref"] in seen:
                break
            seen.add(node["$ref"])
            try:
                where = resolve_local(self.doc, node["$ref"], (*where, "$ref"))
            except SpecError:
                return node, where  # the parser reports it, located
            node = node_at(self.doc, where)
        return node, where

    def operations(self) -> None:
        paths = self.doc.get("paths")
        if not isinstance(paths, dict):
            return
        missing: list[tuple[str, str, dict[str, Any]]] = []
        names = Names()
        for route, item in paths.items():
            if not isinstance(item, dict):
                continue
            self.parameters(item.get("parameters"), ("paths", route, "parameters"))
            for method in METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                where: Path = ("paths", route, method)
                if "callbacks" in op:
                    if op["callbacks"]:
                        self.warn((*where, "callbacks"), "callbacks are not served yet; skipped")
                    del op["callbacks"]
                self.parameters(op.get("parameters"), (*where, "parameters"))
                body = op.get("requestBody")
                if isinstance(body, dict):
                    target, body_where = self.deref(body, (*where, "requestBody"))
                    if isinstance(target, dict) and body is target:
                        self.content_holder(target, body_where)
                    if isinstance(target, dict) and target.get("content") == {}:
                        self.warn(
                            body_where, "the request body has no media type that is served; skipped"
                        )
                        del op["requestBody"]
                for status, response in (op.get("responses") or {}).items():
                    if isinstance(response, dict) and "$ref" not in response:
                        self.content_holder(response, (*where, "responses", str(status)))
                operation_id = op.get("operationId")
                if isinstance(operation_id, str) and operation_id:
                    names.claim(snake(operation_id))
                else:
                    missing.append((route, method, op))
        for route, method, op in missing:
            op["operationId"] = names.claim(derived_operation_id(method, route))


def derived_operation_id(method: str, route: str) -> str:
    """``get`` + ``/pets/{petId}/toys`` -> ``get_pets_by_pet_id_toys``; ``/`` is ``root``."""
    parts = [method]
    for segment in route.strip("/").split("/"):
        if segment.startswith("{") and segment.endswith("}"):
            parts += ["by", *words(segment[1:-1])]
        elif segment:
            parts += words(segment)
    return snake(" ".join(parts if len(parts) > 1 else [method, "root"]))


_HEADER_CONTENT = "headers with 'content' are not served yet; skipped"


def _unserved_parameter(param: Any) -> str | None:
    """Why the targets cannot serve a parameter, or None. Path parameters are never skipped
    (the route needs them): the parser reports what it cannot serve there."""
    if not isinstance(param, dict):
        return None
    place = param.get("in")
    if place == "cookie":
        return "cookie parameters are not served yet"
    if place == "path":
        return None
    if "content" in param:
        return "parameters with 'content' are not served yet"
    if "style" in param and param["style"] != _DEFAULT_STYLE.get(str(place)):
        return f"style {param['style']!r} is not served yet"
    if param.get("allowReserved"):
        return "'allowReserved' is not served yet"
    return None


def _annotated_ref(node: dict[str, Any]) -> dict[str, Any]:
    """``allOf: [{$ref: X}, {description: ...}]``, the way 3.0 documents (AWS's among them)
    describe a property whose schema is a reference, is ``{$ref: X, description: ...}`` in
    3.1, where a ``$ref`` may have siblings; the same schema, in the shape every tool reads."""
    parts = node.get("allOf")
    if not isinstance(parts, list) or not all(isinstance(p, dict) for p in parts):
        return node
    refs = [p for p in parts if "$ref" in p]
    notes = [p for p in parts if "$ref" not in p]
    if len(refs) != 1 or set(refs[0]) != {"$ref"} or "$ref" in node:
        return node
    if not all(set(p) <= ANNOTATION_KEYWORDS for p in notes):
        return node
    merged = {k: v for k, v in node.items() if k != "allOf"}
    for note in notes:
        for key, value in note.items():
            merged.setdefault(key, value)
    merged["$ref"] = refs[0]["$ref"]
    return merged


def _exclusive(node: dict[str, Any], exclusive: str, bound: str) -> None:
    """3.0's boolean ``exclusiveMinimum: true`` beside ``minimum: n`` is 3.1's
    ``exclusiveMinimum: n``; ``false`` says nothing."""
    value = node.get(exclusive)
    if not isinstance(value, bool):
        return
    del node[exclusive]
    if value and bound in node:
        node[exclusive] = node.pop(bound)


def _nullable(node: dict[str, Any]) -> dict[str, Any]:
    """``null`` added to what a 3.0 ``nullable: true`` schema accepts."""
    schema_type = node.get("type")
    if isinstance(schema_type, str):
        node["type"] = [schema_type, "null"]
    elif isinstance(schema_type, list) and "null" not in schema_type:
        node["type"] = [*schema_type, "null"]
    if isinstance(node.get("enum"), list) and None not in node["enum"]:
        node["enum"] = [*node["enum"], None]
    if schema_type is None and any(k in node for k in ("$ref", "allOf", "anyOf", "oneOf")):
        annotations = {k: node.pop(k) for k in list(node) if k in ANNOTATION_KEYWORDS}
        return {**annotations, "anyOf": [node, {"type": "null"}]}
    return node


__all__ = ["Normalized", "derived_operation_id", "normalize"]
