"""The media types of the client: which entry a request body is sent as, how the bodies of
each kind are typed, and which kinds a success response is read as.

The high-level client builds every request itself, so it serves every kind the model carries
(:mod:`generator.model.media`): JSON through the tool's models (or ``shapes``), forms and
multipart bodies as ``shapes`` TypedDicts (a file part is ``bytes | File``), text as ``str``
and binary as ``bytes``. openapi-python-client still reads only the JSON of the document (its
low layer is unchanged by the other kinds).
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.model import ApiModel, MediaType, RequestBody, Response, SchemaNode
from generator.model.media import JSON_MEDIA_TYPE, media_kind
from generator.naming import pascal
from generator.pytypes import Field, TypedDictDef, TypeMapper

# What a request body of a range (image/*, */*) is sent as unless the caller names the type.
RANGE_DEFAULT = "application/octet-stream"


def serves_media(content_type: str) -> bool:
    """The client sends and reads every kind: JSON, forms, multipart, text and binary."""
    return media_kind(content_type) is not None


def only_json(content_type: str) -> bool:
    """What openapi-python-client is given: ``application/json`` alone (its low layer)."""
    return content_type == JSON_MEDIA_TYPE


def body_media(body: RequestBody) -> MediaType | None:
    """The entry the client sends: ``application/json``, else another JSON type, else the
    first one the document writes."""
    if not body.content:
        return None
    return body.json or next(iter(body.of_kind("json")), None) or body.content[0]


def response_media(response: Response) -> tuple[MediaType | None, bool, bool]:
    """(the JSON entry, whether text is declared, whether anything else is) of a response."""
    json_media = response.json or next(iter(response.of_kind("json")), None)
    kinds = {m.kind for m in response.content}
    return json_media, "text" in kinds, bool(kinds - {"json", "text"})


def accept_header(response: Response) -> str | None:
    """The ``Accept`` of a call whose success response is not just JSON: its media types in
    the document's order (None keeps the client's ``application/json``)."""
    types = [m.content_type for m in response.content]
    if not types or types == [JSON_MEDIA_TYPE]:
        return None
    return ", ".join(dict.fromkeys(types))


def default_content_type(media: MediaType) -> str:
    """The Content-Type a body of ``media`` is sent with (a range gets a concrete default)."""
    value = media.content_type
    if media.kind == "text" and "charset" not in value.lower():
        return f"{value}; charset=utf-8"
    return RANGE_DEFAULT if media.is_range else value


def is_file(node: SchemaNode) -> bool:
    """A property sent as a file part: a binary string (3.0's ``format: binary``, 3.1's
    ``contentMediaType`` without a text encoding)."""
    resolved = node.resolved
    if resolved.is_boolean or resolved.non_null_types != ("string",):
        return False
    keywords = resolved.keywords
    if keywords.get("format") == "binary":
        return True
    return "contentMediaType" in keywords and "contentEncoding" not in keywords


@dataclass(frozen=True)
class MultipartShape:
    definition: TypedDictDef | None  # None: the schema names no properties (any parts)
    parts: tuple[tuple[str, str | None], ...]  # (property, its part's Content-Type, if written)


def multipart_shape(
    model: ApiModel, mapper: TypeMapper, media: MediaType, name: str, operation_id: str
) -> MultipartShape:
    """The TypedDict of a multipart body: the schema's properties, a file one as
    ``bytes | File`` (a list of those for an array of files)."""
    parts = tuple((e.name, e.content_type) for e in media.encoding if e.content_type)
    if media.schema is None:
        return MultipartShape(None, parts)
    node = model.node(media.schema).resolved
    if not node.has("properties"):
        return MultipartShape(None, parts)
    required = set(node.required)
    fields = []
    for key, sub in node.properties.items():
        items = sub.resolved.items
        if is_file(sub):
            hint = "bytes | File"
        elif sub.resolved.non_null_types == ("array",) and items is not None and is_file(items):
            hint = "list[bytes | File]"
        else:
            hint = mapper.annotation(sub, name + pascal(key))
        fields.append(Field(key, hint, key in required, sub.description))
    description = (
        node.description or f"The parts of a {operation_id} request (multipart/form-data)."
    )
    definition = TypedDictDef(mapper.claim(name), description, tuple(fields), ())
    mapper.define(definition)
    return MultipartShape(definition, parts)
