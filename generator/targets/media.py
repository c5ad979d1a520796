"""What the server and the validators read off a form or multipart body's schema, in one place:
which properties are files, and the schema the fields are validated against.

JSON Schema says nothing about bytes, so a multipart file is checked for presence (``required``)
and, by the server, for being a part at all; its own schema (``format: binary``,
``contentMediaType``) is replaced by ``{}`` in the *fields schema* the validators compile.
"""

from __future__ import annotations

from typing import Any

from generator.model import ApiModel, MediaType, SchemaNode, media_kind

MEDIA_SCHEMAS = "x-generator-media"  # where derived fields schemas sit in the compiled document


def serves_all_kinds(content_type: str) -> bool:
    """A target that serves every media type loading keeps (the server, the validators)."""
    return media_kind(content_type) is not None


def is_file(node: SchemaNode, part_type: str | None = None) -> bool:
    """A property sent as a file: ``format: binary`` (3.0), a ``contentMediaType`` without a
    ``contentEncoding`` (3.1), or an encoding ``contentType`` of a binary kind."""
    resolved = node.resolved
    keywords = resolved.keywords
    if keywords.get("format") == "binary":
        return True
    if "contentMediaType" in keywords and "contentEncoding" not in keywords:
        return True
    return part_type is not None and media_kind(part_type.split(",")[0]) == "binary"


def file_property(node: SchemaNode, part_type: str | None = None) -> tuple[bool, bool]:
    """(is a file, is an array of files) for one property of a multipart body."""
    resolved = node.resolved
    items = resolved.items
    if resolved.non_null_types == ("array",) and items is not None and is_file(items, part_type):
        return True, True
    return is_file(node, part_type), False


def object_schema(model: ApiModel, media: MediaType) -> SchemaNode | None:
    """The body's object schema, its ``$ref`` chain followed; None when it is no object."""
    if media.schema is None:
        return None
    node = model.node(media.schema).resolved
    return node if node.is_object or node.properties else None


def fields_schema(model: ApiModel, media: MediaType) -> dict[str, Any] | None:
    """The multipart schema with each file property's schema ``{}`` (an array of files keeps its
    array keywords, its items ``{}``); None when it has no file property (compile it as is)."""
    node = object_schema(model, media)
    if media.kind != "multipart" or node is None:
        return None
    properties = dict(node.keywords.get("properties") or {})
    changed = False
    for name, sub in node.properties.items():
        encoding = media.encoding_for(name)
        file, array = file_property(sub, encoding.content_type if encoding else None)
        if not file:
            continue
        changed = True
        if array:
            properties[name] = {**sub.resolved.keywords, "items": {}}
        else:
            properties[name] = {}
    if not changed:
        return None
    return {**node.keywords, "properties": properties}


__all__ = [
    "MEDIA_SCHEMAS",
    "fields_schema",
    "file_property",
    "is_file",
    "object_schema",
    "serves_all_kinds",
]
