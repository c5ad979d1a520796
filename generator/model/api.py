"""The intermediate model: what the parser builds from the spec and the only thing templates see.

Everything is a frozen dataclass and every collection a tuple, in document order, so that a
template walks the same structure on every run and output is deterministic byte for byte.
Schemas are kept as the JSON the document holds (with their ``$ref``s to named components
intact): the targets compile them, and ``ApiModel.document`` resolves any local ``$ref``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

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
class MediaType:
    content_type: str
    schema: Schema | None


@dataclass(frozen=True)
class RequestBody:
    required: bool
    description: str | None
    content: tuple[MediaType, ...]

    @property
    def json(self) -> MediaType | None:
        return next((m for m in self.content if m.content_type == "application/json"), None)


@dataclass(frozen=True)
class Response:
    status: str  # as written: "200", "4XX", "default"
    description: str
    headers: tuple[Header, ...]
    content: tuple[MediaType, ...]
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
        return next((m for m in self.content if m.content_type == "application/json"), None)


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
