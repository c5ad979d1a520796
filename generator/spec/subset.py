"""The supported subset of JSON Schema 2020-12 (as OpenAPI 3.1 uses it), in one place.

The parser rejects what is outside it and the validators' compiler compiles what is inside it;
both import these sets from here, so neither needs the other to know what is supported.
"""

from __future__ import annotations

# Keywords the validators compile.
ASSERTION_KEYWORDS = frozenset(
    {
        "type", "enum", "const", "required", "properties", "additionalProperties",
        "patternProperties", "items", "prefixItems", "minItems", "maxItems", "uniqueItems",
        "minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum",
        "exclusiveMaximum", "multipleOf", "minProperties", "maxProperties", "allOf", "anyOf",
        "oneOf", "not", "$ref", "$defs", "format",
    }
)  # fmt: skip
# Keywords that only annotate: allowed, never enforced.
ANNOTATION_KEYWORDS = frozenset(
    {
        "title", "description", "default", "examples", "example", "deprecated", "readOnly",
        "writeOnly", "$comment", "contentMediaType", "contentEncoding", "externalDocs", "$schema",
    }
)  # fmt: skip
SUPPORTED_KEYWORDS = ASSERTION_KEYWORDS | ANNOTATION_KEYWORDS
# Annotations plus ``format``, which asserts only when a caller opts in.
ANNOTATIONS_AND_FORMAT = ANNOTATION_KEYWORDS | {"format"}
# The formats that assert when a caller opts in (``formats=True``).
ASSERTED_FORMATS = ("date-time", "date", "int32", "int64")

# Keys whose values are free JSON (examples, values), never schemas: walks skip them.
FREE_JSON_KEYS = frozenset({"example", "examples", "default", "enum", "const"})

# The seven JSON Schema instance types (``type``'s values).
JSON_TYPES = ("string", "integer", "number", "boolean", "null", "array", "object")

# Where subschemas sit: maps of them, lists of them, single ones.
SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs")
SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
SUBSCHEMA_SINGLE = ("additionalProperties", "items", "not")

__all__ = [
    "ANNOTATIONS_AND_FORMAT",
    "ANNOTATION_KEYWORDS",
    "ASSERTED_FORMATS",
    "ASSERTION_KEYWORDS",
    "FREE_JSON_KEYS",
    "JSON_TYPES",
    "SUBSCHEMA_LISTS",
    "SUBSCHEMA_MAPS",
    "SUBSCHEMA_SINGLE",
    "SUPPORTED_KEYWORDS",
]
