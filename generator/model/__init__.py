"""The intermediate model: what the parser builds from a validated document, and the only thing
targets see (:mod:`~generator.model.api`), and the parser that builds it
(:mod:`~generator.model.parse`)."""

from generator.model.api import (
    JSON,
    ApiModel,
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
from generator.model.parse import build_model

__all__ = [
    "JSON",
    "ApiModel",
    "Header",
    "MediaType",
    "Operation",
    "Parameter",
    "ParameterLocation",
    "PathItem",
    "RequestBody",
    "Response",
    "Schema",
    "SecurityRequirement",
    "SecurityScheme",
    "Server",
    "ServerVariable",
    "build_model",
]
