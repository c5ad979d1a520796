"""Build the intermediate model from a validated document, rejecting what no target supports.

Every unsupported construct raises :class:`SpecError` with its location; nothing is skipped
silently, because a silently dropped parameter is a bug the user finds in production.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from http import HTTPStatus
from typing import Any

from generator.errors import SpecError, Warnings, location
from generator.jsonschema.check import SchemaChecker
from generator.model.api import (
    ApiModel,
    Encoding,
    Header,
    MediaType,
    Operation,
    Parameter,
    PathItem,
    RequestBody,
    Response,
    Schema,
    SecurityRequirement,
    SecurityScheme,
    Server,
    ServerVariable,
)
from generator.model.media import media_kind
from generator.naming import Names, pascal, snake
from generator.spec.refs import encode_pointer, node_at, resolve_local

Path = tuple[str | int, ...]

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_ERROR_IN_DESCRIPTION = re.compile(r"\((\w+(?:Exception|Error))\)\s*\.?\s*$")
_PATH_TEMPLATE = re.compile(r"\{([^{}]+)\}")


def build_model(
    document: dict[str, Any], source: str, warnings: Warnings | None = None
) -> ApiModel:
    """The model of a normalized document (:mod:`generator.spec.normalize`); ``warnings`` are
    what loading skipped, kept on the model for the CLI to print."""
    return _Parser(document, source, warnings or Warnings()).build()


class _Parser:
    def __init__(self, document: dict[str, Any], source: str, warnings: Warnings) -> None:
        self.document = document
        self.source = source
        self.warnings = warnings
        self.checker = SchemaChecker(document, source)

    # -- references -------------------------------------------------------------------------
    def resolve_ref(self, ref: Any, where: Path) -> tuple[Any, Path]:
        """Follow a local ``$ref`` (and chains of Reference Objects) to its target and path."""
        seen: set[str] = set()
        while True:
            if isinstance(ref, str) and ref in seen:
                raise SpecError(location(where), f"$ref cycle through {ref!r}")
            if isinstance(ref, str):
                seen.add(ref)
            path = resolve_local(self.document, ref, where)
            node = node_at(self.document, path)
            if (
                isinstance(node, dict)
                and "$ref" in node
                and set(node) <= {"$ref", "summary", "description"}
            ):
                ref, where = node["$ref"], path
                continue
            return node, path

    def deref(self, node: Any, where: Path) -> tuple[Any, Path, str | None]:
        """Resolve a Reference Object; also return the component name it pointed at, if any."""
        if isinstance(node, dict) and "$ref" in node:
            target, path = self.resolve_ref(node["$ref"], (*where, "$ref"))
            name = str(path[2]) if len(path) == 3 and path[0] == "components" else None
            return target, path, name
        return node, where, None

    # -- schemas ----------------------------------------------------------------------------
    def schema(self, data: Any, where: Path, name: str | None = None) -> Schema:
        self.check_schema(data, where)
        pointer = encode_pointer(where)
        return Schema(pointer=pointer, location=location(where), data=data, name=name)

    def check_schema(self, data: Any, where: Path) -> None:
        """Reject keywords outside the supported subset, and bad keyword values, anywhere
        inside the schema (the validators' checker: one definition of the subset)."""
        self.checker.check(data, where)

    # -- document parts ---------------------------------------------------------------------
    def build(self) -> ApiModel:
        doc = self.document
        for unsupported in ("webhooks",):
            if doc.get(unsupported):
                raise SpecError(unsupported, f"unsupported construct {unsupported!r}")
        components = doc.get("components") or {}
        schemas = tuple(
            self.schema(data, ("components", "schemas", name), name=name)
            for name, data in (components.get("schemas") or {}).items()
        )
        schemes = tuple(
            self.security_scheme(name, data, ("components", "securitySchemes", name))
            for name, data in (components.get("securitySchemes") or {}).items()
        )
        global_security = self.security(doc.get("security"), ("security",))
        paths = tuple(
            self.path_item(path, item, ("paths", path), global_security)
            for path, item in (doc.get("paths") or {}).items()
        )
        paths = _unique_operation_names(paths)
        info = doc["info"]
        return ApiModel(
            source=self.source,
            title=info["title"],
            version=str(info["version"]),
            description=info.get("description"),
            info_extensions={k: v for k, v in info.items() if k.startswith("x-")},
            servers=tuple(
                self.server(s, ("servers", i)) for i, s in enumerate(doc.get("servers") or [])
            ),
            paths=paths,
            schemas=schemas,
            security_schemes=schemes,
            security=global_security,
            document=doc,
            warnings=self.warnings.items(),
        )

    def server(self, data: dict[str, Any], where: Path) -> Server:
        variables = tuple(
            ServerVariable(
                name=name,
                default=str(var["default"]),
                enum=tuple(str(v) for v in var.get("enum") or ()),
                description=var.get("description"),
            )
            for name, var in (data.get("variables") or {}).items()
        )
        return Server(url=data["url"], description=data.get("description"), variables=variables)

    def security_scheme(self, name: str, data: Any, where: Path) -> SecurityScheme:
        data, where, _ = self.deref(data, where)
        return SecurityScheme(
            name=name,
            type=data["type"],
            description=data.get("description"),
            param_name=data.get("name"),
            location=data.get("in"),
            extensions={k: v for k, v in data.items() if k.startswith("x-")},
        )

    def security(self, data: Any, where: Path) -> tuple[SecurityRequirement, ...]:
        if data is None:
            return ()
        known = set((self.document.get("components") or {}).get("securitySchemes") or {})
        requirements = []
        for index, requirement in enumerate(data):
            for scheme in requirement:
                if scheme not in known:
                    raise SpecError(location((*where, index, scheme)), "unknown security scheme")
            requirements.append(SecurityRequirement(tuple(sorted(requirement))))
        return tuple(requirements)

    def path_item(
        self, path: str, data: Any, where: Path, global_security: tuple[SecurityRequirement, ...]
    ) -> PathItem:
        data, where, _ = self.deref(data, where)
        for key in data:
            if key not in (
                *METHODS,
                "parameters",
                "summary",
                "description",
                "servers",
            ) and not key.startswith("x-"):
                raise SpecError(location((*where, key)), f"unsupported construct {key!r}")
        common = [
            self.parameter(p, (*where, "parameters", i))
            for i, p in enumerate(data.get("parameters") or [])
        ]
        operations = tuple(
            self.operation(path, method, data[method], (*where, method), common, global_security)
            for method in METHODS
            if method in data
        )
        template_names = _PATH_TEMPLATE.findall(path)
        path_params = {p.name: p for op in operations for p in op.params_in("path")}
        segments: list[str | Parameter] = []
        for index, piece in enumerate(_PATH_TEMPLATE.split(path)):
            if index % 2 == 0:
                if piece:
                    segments.append(piece)
            elif piece in path_params:
                segments.append(path_params[piece])
            elif operations:
                raise SpecError(location(where), f"path parameter {{{piece}}} is not declared")
        if len(set(template_names)) != len(template_names):
            raise SpecError(location(where), "a path parameter appears twice in the template")
        return PathItem(path=path, segments=tuple(segments), operations=operations)

    def parameter(self, data: Any, where: Path) -> Parameter:
        data, where, _ = self.deref(data, where)
        name, place = data["name"], data["in"]
        if place == "cookie":
            raise SpecError(location((*where, "in")), "unsupported parameter location 'cookie'")
        if "content" in data:
            raise SpecError(location((*where, "content")), "unsupported: parameters with 'content'")
        if "schema" not in data:
            raise SpecError(location(where), "a parameter needs a 'schema'")
        default_style = "form" if place == "query" else "simple"
        style = data.get("style", default_style)
        if style != default_style:
            raise SpecError(location((*where, "style")), f"unsupported style {style!r}")
        if data.get("allowReserved"):
            raise SpecError(location((*where, "allowReserved")), "unsupported: 'allowReserved'")
        schema = self.schema(data["schema"], (*where, "schema"))
        resolved = self.resolve_schema(schema.data, (*where, "schema"))
        schema_type = resolved.get("type") if isinstance(resolved, dict) else None
        if schema_type == "object" or (isinstance(schema_type, list) and "object" in schema_type):
            raise SpecError(location((*where, "schema")), "unsupported: object-valued parameters")
        if schema_type == "array" and place != "query":
            raise SpecError(
                location((*where, "schema")), f"unsupported: array-valued {place} parameter"
            )
        explode = bool(data.get("explode", style == "form"))
        if schema_type == "array" and not explode:
            raise SpecError(location((*where, "explode")), "unsupported: 'explode: false' arrays")
        example = data.get("example")
        if example is None and isinstance(data.get("examples"), dict) and data["examples"]:
            first = next(iter(data["examples"].values()))
            example = first.get("value") if isinstance(first, dict) else None
        return Parameter(
            name=name,
            python_name=snake(name),
            location=place,
            required=bool(data.get("required", False)),
            description=data.get("description"),
            schema=schema,
            example=example,
            explode=explode,
        )

    def resolve_schema(self, data: Any, where: Path) -> Any:
        while isinstance(data, dict) and "$ref" in data:
            data, where = self.resolve_ref(data["$ref"], (*where, "$ref"))
        return data

    def operation(
        self,
        path: str,
        method: str,
        data: Any,
        where: Path,
        common: list[Parameter],
        global_security: tuple[SecurityRequirement, ...],
    ) -> Operation:
        for key in ("callbacks",):
            if data.get(key):
                raise SpecError(location((*where, key)), f"unsupported construct {key!r}")
        operation_id = data.get("operationId")
        if not isinstance(operation_id, str) or not operation_id:
            raise SpecError(
                location(where), "every operation needs an operationId (names derive from it)"
            )
        own = [
            self.parameter(p, (*where, "parameters", i))
            for i, p in enumerate(data.get("parameters") or [])
        ]
        merged: dict[tuple[str, str], Parameter] = {(p.location, p.name): p for p in common}
        merged.update({(p.location, p.name): p for p in own})
        order = {"path": 0, "query": 1, "header": 2}
        parameters = tuple(sorted(merged.values(), key=lambda p: order[p.location]))
        # Names that differ only in punctuation (Twilio's ``StartTime``, ``StartTime<``) share
        # a Python name: the later ones, in order, get ``_2``, ``_3``...
        python_names = Names()
        parameters = tuple(
            replace(p, python_name=python_names.claim(p.python_name)) for p in parameters
        )
        for p in parameters:
            if p.location == "path" and f"{{{p.name}}}" not in path:
                raise SpecError(
                    location(where), f"path parameter {p.name!r} is not in the path template"
                )
        body = None
        if "requestBody" in data:
            body = self.request_body(data["requestBody"], (*where, "requestBody"))
        responses_data = data.get("responses") or {}
        responses = tuple(
            sorted(
                (
                    self.response(status, r, (*where, "responses", status))
                    for status, r in responses_data.items()
                ),
                key=lambda r: (r.status_code or 1000, r.status),
            )
        )
        security = (
            self.security(data["security"], (*where, "security"))
            if "security" in data
            else global_security
        )
        declared = data["security"] if "security" in data else self.document.get("security")
        return Operation(
            operation_id=operation_id,
            python_name=snake(operation_id),
            class_name=pascal(operation_id),
            method=method.upper(),
            path=path,
            summary=data.get("summary"),
            description=data.get("description"),
            tags=tuple(data.get("tags") or ()),
            parameters=parameters,
            request_body=body,
            responses=responses,
            security=security,
            deprecated=bool(data.get("deprecated", False)),
            anonymous=declared == [],
        )

    def content(self, data: Any, where: Path) -> tuple[MediaType, ...]:
        media = []
        for content_type, item in (data or {}).items():
            place = (*where, content_type)
            if media_kind(content_type) is None:
                raise SpecError(location(place), f"unsupported media type {content_type!r}")
            schema = self.schema(item["schema"], (*place, "schema")) if "schema" in item else None
            encoding = tuple(
                Encoding(
                    name=name,
                    content_type=value.get("contentType"),
                    style=value.get("style"),
                    explode=value.get("explode"),
                    allow_reserved=bool(value.get("allowReserved", False)),
                )
                for name, value in (item.get("encoding") or {}).items()
                if isinstance(value, dict)
            )
            media.append(
                MediaType(
                    content_type=content_type,
                    schema=schema,
                    encoding=encoding,
                    location=location(place),
                )
            )
        return tuple(media)

    def request_body(self, data: Any, where: Path) -> RequestBody:
        data, where, _ = self.deref(data, where)
        return RequestBody(
            required=bool(data.get("required", False)),
            description=data.get("description"),
            content=self.content(data.get("content"), (*where, "content")),
        )

    def response(self, status: str, data: Any, where: Path) -> Response:
        data, where, component = self.deref(data, where)
        headers = []
        for name, header in (data.get("headers") or {}).items():
            header, header_where, _ = self.deref(header, (*where, "headers", name))
            if "content" in header:
                raise SpecError(
                    location((*header_where, "content")), "unsupported: headers with 'content'"
                )
            schema = (
                self.schema(header["schema"], (*header_where, "schema"))
                if "schema" in header
                else None
            )
            headers.append(
                Header(
                    name=name,
                    required=bool(header.get("required")),
                    description=header.get("description"),
                    schema=schema,
                )
            )
        description = data.get("description", "")
        response = Response(
            status=status,
            description=description,
            headers=tuple(headers),
            content=self.content(data.get("content"), (*where, "content")),
            error_name=None,
            component=component,
        )
        if response.is_error:
            response = Response(
                **{**response.__dict__, "error_name": _error_name(status, data, component)}
            )
        return response


def _unique_operation_names(paths: tuple[PathItem, ...]) -> tuple[PathItem, ...]:
    """Operations whose ids differ only in case or punctuation (``getUser``, ``get_user``)
    share a Python name: the later ones, in document order, get ``_2``, ``_3``..."""
    functions, classes = Names(), Names()
    renamed = []
    for item in paths:
        operations = tuple(
            replace(
                op,
                python_name=functions.claim(op.python_name),
                class_name=classes.claim(op.class_name),
            )
            for op in item.operations
        )
        renamed.append(replace(item, operations=operations))
    return tuple(renamed)


def _error_name(status: str, data: Mapping[str, Any], component: str | None) -> str:
    """The exception name: ``x-error-type``, else the component name, else the description's."""
    explicit = data.get("x-error-type")
    if isinstance(explicit, str) and explicit.isidentifier():
        return explicit
    if component and component.endswith(("Exception", "Error")):
        return pascal(component)
    match = _ERROR_IN_DESCRIPTION.search(str(data.get("description", "")))
    if match:
        return match.group(1)
    if status.isdigit():
        try:
            return pascal(HTTPStatus(int(status)).phrase) + "Error"
        except ValueError:
            pass
    return f"Status{pascal(status)}Error"
