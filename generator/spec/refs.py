"""Local ``$ref`` resolution: the one place that turns a reference into a document path.

Only local references (``#/...``, percent-encoded or not) are supported; anything else is a
located :class:`SpecError`. Paths are tuples of keys and list indexes from the document root.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from generator.errors import SpecError, location

DocPath = tuple[str | int, ...]


def resolve_local(document: Any, ref: Any, where: DocPath) -> DocPath:
    """The document path a local ``$ref`` names, or a SpecError located at ``where``."""
    if not isinstance(ref, str) or not ref.startswith("#"):
        raise SpecError(location(where), f"unsupported $ref {ref!r}: only local refs ('#/...') are")
    fragment = unquote(ref[1:])
    if fragment and not fragment.startswith("/"):
        raise SpecError(location(where), f"unsupported $ref {ref!r}: plain-name fragments")
    path: list[str | int] = []
    node = document
    for raw in fragment.split("/")[1:] if fragment else []:
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
            path.append(token)
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
            path.append(int(token))
        else:
            raise SpecError(location(where), f"$ref {ref!r} does not resolve")
    return tuple(path)


def decode_pointer(document: Any, pointer: str) -> DocPath:
    """The path of a JSON pointer as the model writes them (``#/a/b~1c``, no %-escapes), with
    list indexes as ints; the pointer must exist."""
    path: list[str | int] = []
    node = document
    for raw in pointer.removeprefix("#").split("/")[1:]:
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list):
            path.append(int(token))
            node = node[int(token)]
        else:
            path.append(token)
            node = node[token]
    return tuple(path)


def node_at(document: Any, path: DocPath) -> Any:
    """The value at a document path."""
    node = document
    for token in path:
        node = node[token]
    return node


def encode_pointer(path: DocPath) -> str:
    """The ``#/...`` pointer of a document path (the inverse of :func:`decode_pointer`)."""
    return "#/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in path)


__all__ = ["DocPath", "decode_pointer", "encode_pointer", "node_at", "resolve_local"]
