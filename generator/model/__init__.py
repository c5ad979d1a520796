"""The intermediate model: what the parser builds from a validated document, and the only thing
targets see (:mod:`~generator.model.api`), typed queries over its schemas
(:mod:`~generator.model.schema`), media types and their kinds (:mod:`~generator.model.media`),
and the parser that builds it (:mod:`~generator.model.parse`)."""

from generator.model.api import (
    JSON,
    ApiModel,
    Encoding,
    Header,
    MediaType,
    Operation,
    Parameter,
    ParameterLocation,
    PathItem,
    RequestBody,
    Response,
    Schema,
    SecurityRequirement,
    SecurityScheme,
    Server,
    ServerVariable,
)
from generator.model.media import MEDIA_KINDS, MediaKind, covers, essence, media_kind, pick
from generator.model.parse import build_model
from generator.model.schema import COMPONENT_PREFIX, SchemaNode, component_name

__all__ = [
    "COMPONENT_PREFIX",
    "JSON",
    "MEDIA_KINDS",
    "ApiModel",
    "Encoding",
    "Header",
    "MediaKind",
    "MediaType",
    "Operation",
    "Parameter",
    "ParameterLocation",
    "PathItem",
    "RequestBody",
    "Response",
    "Schema",
    "SchemaNode",
    "SecurityRequirement",
    "SecurityScheme",
    "Server",
    "ServerVariable",
    "build_model",
    "component_name",
    "covers",
    "essence",
    "media_kind",
    "pick",
]
