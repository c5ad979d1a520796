"""The intermediate model: what the parser builds from the spec and the only thing templates see.

Everything is a frozen dataclass and every collection a tuple, in document order, so that a
template walks the same structure on every run and output is deterministic byte for byte.
Schemas are kept as the JSON the document holds (with their ``$ref``s to named components
intact): the targets compile them, and ``ApiModel.document`` resolves any local ``$ref``.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from generator.model.media import JSON_MEDIA_TYPE, MediaKind, media_kind, pick
from generator.model.schema import SchemaNode
from generator.spec.refs import Followed, decode_pointer, follow, node_at

JSON = Any
ParameterLocation = Literal["path", "query", "header"]


@dataclass(frozen=True)
class Schema:
    """A JSON Schema (2020-12) as the document holds it; ``$ref``s stay local pointers."""

    pointer: str  # JSON pointer of this schema in the document, e.g. "#/components/schemas/X"
    location: str  # the same place, as error messages name it: "components.schemas.X"
    data: JSON  # a dict or a boolean schema
    name: str | None = None  # the component name, for "#/components/schemas/<name>" and refs to it

    @property
    def ref_name(self) -> str | None:
        """The component name when this schema is just ``{"$ref": "#/components/schemas/N"}``."""
        if isinstance(self.data, dict) and set(self.data) <= {"$ref", "description"}:
            ref = self.data.get("$ref", "")
            prefix = "#/components/schemas/"
            if isinstance(ref, str) and ref.startswith(prefix):
                return ref[len(prefix) :]
        return None

    @property
    def description(self) -> str | None:
        if isinstance(self.data, dict):
            value = self.data.get("description")
            return value if isinstance(value, str) else None
        return None


@dataclass(frozen=True)
class Parameter:
    name: str  # wire name, e.g. "page-size"
    python_name: str  # identifier, e.g. "page_size"
    location: ParameterLocation
    required: bool
    description: str | None
    schema: Schema
    example: JSON = None
    explode: bool = True  # only meaningful for array query parameters (form style)


@dataclass(frozen=True)
class Header:
    """A response header."""

    name: str
    required: bool
    description: str | None
    schema: Schema | None


@dataclass(frozen=True)
class Encoding:
    """How one property of a form or multipart body is sent (OpenAPI's Encoding Object)."""

    name: str  # the property it describes
    content_type: str | None  # a multipart part's Content-Type, e.g. "image/png, image/jpeg"
    style: str | None  # form bodies: as a query parameter's; None when not written
    explode: bool | None
    allow_reserved: bool = False


@dataclass(frozen=True)
class MediaType:
    """One entry of a ``content`` map: the media type as the document writes it (JSON ones
    as ``application/json``), its schema, and for form and multipart bodies its encodings.
    ``kind`` (:mod:`generator.model.media`) is what targets decide on."""

    content_type: str
    schema: Schema | None
    encoding: tuple[Encoding, ...] = ()
    location: str = ""  # where the entry is written: "paths./x.post.requestBody.content.text/plain"

    @property
    def kind(self) -> MediaKind:
        kind = media_kind(self.content_type)
        assert kind is not None, self.content_type  # loading kept only media types with a kind
        return kind

    @property
    def is_range(self) -> bool:
        """A range (``image/*``, ``*/*``) rather than one media type."""
        return self.content_type.split(";", 1)[0].strip().endswith("/*")

    def encoding_for(self, name: str) -> Encoding | None:
        return next((e for e in self.encoding if e.name == name), None)


def _by_type(content: tuple[MediaType, ...], content_type: str) -> MediaType | None:
    return pick(content, content_type)


@dataclass(frozen=True)
class RequestBody:
    required: bool
    description: str | None
    content: tuple[MediaType, ...]  # document order

    @property
    def json(self) -> MediaType | None:
        """The ``application/json`` entry (not the other JSON kinds: see ``of_kind``)."""
        return next((m for m in self.content if m.content_type == JSON_MEDIA_TYPE), None)

    def of_kind(self, kind: MediaKind) -> tuple[MediaType, ...]:
        return tuple(m for m in self.content if m.kind == kind)

    def for_content_type(self, content_type: str) -> MediaType | None:
        """The entry a request's ``Content-Type`` selects (exact type, then the narrowest
        range), None when the body does not take it."""
        return _by_type(self.content, content_type)


@dataclass(frozen=True)
class Response:
    status: str  # as written: "200", "4XX", "default"
    description: str
    headers: tuple[Header, ...]
    content: tuple[MediaType, ...]  # document order; the first is the default answer
    error_name: str | None  # exception name for error statuses, e.g. "NotFoundException"
    component: str | None = None  # the components.responses name it came from, if any

    @property
    def status_code(self) -> int | None:
        return int(self.status) if self.status.isdigit() else None

    @property
    def is_error(self) -> bool:
        code = self.status_code
        if code is not None:
            return code >= 400
        return self.status == "default" or self.status[0] in "45"  # "4XX", "5XX", "default"

    @property
    def json(self) -> MediaType | None:
        """The ``application/json`` entry (not the other JSON kinds: see ``of_kind``)."""
        return next((m for m in self.content if m.content_type == JSON_MEDIA_TYPE), None)

    def of_kind(self, kind: MediaKind) -> tuple[MediaType, ...]:
        return tuple(m for m in self.content if m.kind == kind)

    def for_content_type(self, content_type: str) -> MediaType | None:
        return _by_type(self.content, content_type)


@dataclass(frozen=True)
class SecurityRequirement:
    schemes: tuple[str, ...]  # all of these together; an empty tuple means anonymous access


@dataclass(frozen=True)
class Operation:
    operation_id: str  # "GetCampaignActivities"
    python_name: str  # "get_campaign_activities"
    class_name: str  # "GetCampaignActivities" as a Python class name
    method: str  # upper case: "GET"
    path: str  # the template: "/v1/apps/{application-id}/..."
    summary: str | None
    description: str | None
    tags: tuple[str, ...]
    parameters: tuple[Parameter, ...]  # path, then query, then header; document order within
    request_body: RequestBody | None
    responses: tuple[Response, ...]  # sorted by status
    security: tuple[SecurityRequirement, ...]  # effective: its own, else the document's
    deprecated: bool = False
    # An explicit "security: []" applies (its own, else the document's): no credentials at all.
    # An empty ``security`` alone cannot say it: no security declared anywhere is empty too.
    anonymous: bool = False

    def params_in(self, location: ParameterLocation) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == location)

    @property
    def success_responses(self) -> tuple[Response, ...]:
        return tuple(r for r in self.responses if not r.is_error)

    @property
    def error_responses(self) -> tuple[Response, ...]:
        return tuple(r for r in self.responses if r.is_error)


@dataclass(frozen=True)
class PathItem:
    path: str
    segments: tuple[str | Parameter, ...]  # literal text or the path parameter in its place
    operations: tuple[Operation, ...]

    @property
    def methods(self) -> tuple[str, ...]:
        return tuple(o.method for o in self.operations)


@dataclass(frozen=True)
class ServerVariable:
    name: str
    default: str
    enum: tuple[str, ...]
    description: str | None


@dataclass(frozen=True)
class Server:
    url: str
    description: str | None
    variables: tuple[ServerVariable, ...]


@dataclass(frozen=True)
class SecurityScheme:
    name: str
    type: str  # "apiKey", "http", ...
    description: str | None
    param_name: str | None  # for apiKey: the header/query/cookie name
    location: str | None  # for apiKey: "header", "query", "cookie"
    extensions: Mapping[str, JSON] = field(default_factory=dict)


@dataclass(frozen=True)
class ApiModel:
    source: str  # the spec path as given, for messages
    title: str
    version: str
    description: str | None
    info_extensions: Mapping[str, JSON]  # the x- fields of info
    servers: tuple[Server, ...]
    paths: tuple[PathItem, ...]
    schemas: tuple[Schema, ...]  # components.schemas, in document order
    security_schemes: tuple[SecurityScheme, ...]
    security: tuple[SecurityRequirement, ...]  # the document-wide default
    document: Mapping[str, JSON]  # the whole document, for resolving local "$ref"s
    # What was skipped while loading, as (location, message): see generator.spec.normalize.
    warnings: tuple[tuple[str, str], ...] = ()

    @property
    def operations(self) -> tuple[Operation, ...]:
        return tuple(op for item in self.paths for op in item.operations)

    def schema(self, name: str) -> Schema:
        return next(s for s in self.schemas if s.name == name)

    def resolve(self, pointer: str) -> JSON:
        """The node at a JSON pointer as the model writes them ("#/a/b~1c")."""
        return node_at(self.document, decode_pointer(self.document, pointer))

    def follow(self, data: JSON) -> Followed:
        """Where a chain of ``$ref``s starting at ``data`` ends (see :func:`refs.follow`)."""
        return follow(self.document, data)

    def node(self, schema: Schema | JSON) -> SchemaNode:
        """A schema of this document (a :class:`Schema` or its data), for typed queries."""
        return SchemaNode(schema.data if isinstance(schema, Schema) else schema, self.document)

    @property
    def media_types(self) -> tuple[MediaType, ...]:
        """Every media type of a request body or response, in document order (a component
        used by several operations once per use)."""
        found: list[MediaType] = []
        for op in self.operations:
            if op.request_body is not None:
                found.extend(op.request_body.content)
            for response in op.responses:
                found.extend(response.content)
        return tuple(found)

    def restricted(self, serves: Callable[[str], bool]) -> ApiModel:
        """This model with only the media types ``serves(content_type)`` accepts: in the
        operations, and in ``document`` (what a target hands to another tool). A request body
        left with none is no request body, as loading treats one without a media type it
        keeps. The model itself when nothing is left out."""
        if all(serves(m.content_type) for m in self.media_types) and _document_served(
            self.document, serves
        ):
            return self
        paths = tuple(
            replace(item, operations=tuple(_restricted(op, serves) for op in item.operations))
            for item in self.paths
        )
        return replace(self, paths=paths, document=_restricted_document(self.document, serves))


def _restricted(op: Operation, serves: Callable[[str], bool]) -> Operation:
    body = op.request_body
    if body is not None:
        kept = tuple(m for m in body.content if serves(m.content_type))
        body = None if body.content and not kept else replace(body, content=kept)
    responses = tuple(
        replace(r, content=tuple(m for m in r.content if serves(m.content_type)))
        for r in op.responses
    )
    return replace(op, request_body=body, responses=responses)


def _content_holders(document: Mapping[str, JSON]) -> list[tuple[Any, Any | None]]:
    """(request body or response, the operation holding a request body there) for every
    content map of the document: inline in operations, and the components'."""
    holders: list[tuple[Any, Any | None]] = []
    for item in (document.get("paths") or {}).values():
        for op in item.values() if isinstance(item, dict) else ():
            if not isinstance(op, dict):
                continue
            if isinstance(op.get("requestBody"), dict):
                holders.append((op["requestBody"], op))
            for response in (op.get("responses") or {}).values():
                holders.append((response, None))
    components = document.get("components") or {}
    for kind in ("requestBodies", "responses"):
        holders.extend((item, None) for item in (components.get(kind) or {}).values())
    return holders


def _document_served(document: Mapping[str, JSON], serves: Callable[[str], bool]) -> bool:
    for holder, _ in _content_holders(document):
        content = holder.get("content") if isinstance(holder, dict) else None
        if isinstance(content, dict) and not all(serves(t) for t in content):
            return False
    return True


def _restricted_document(
    document: Mapping[str, JSON], serves: Callable[[str], bool]
) -> dict[str, JSON]:
    doc: dict[str, JSON] = copy.deepcopy(dict(document))
    emptied: set[int] = set()
    for holder, _ in _content_holders(doc):
        content = holder.get("content") if isinstance(holder, dict) else None
        if isinstance(content, dict) and content:
            holder["content"] = {t: m for t, m in content.items() if serves(t)}
            if not holder["content"]:
                emptied.add(id(holder))
    for holder, op in _content_holders(doc):
        if op is None or not isinstance(holder, dict):
            continue
        target = holder
        if "$ref" in holder:
            followed = follow(doc, holder)
            target = followed.schema if not followed.cycle else holder
        if id(target) in emptied:
            del op["requestBody"]
    return doc
