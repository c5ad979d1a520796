"""Local ``$ref`` resolution: the one place that turns a reference into a document path.

Only local references (``#/...``, percent-encoded or not) are supported; anything else is a
located :class:`SpecError`. Paths are tuples of keys and list indexes from the document root.
"""

from __future__ import annotations

from dataclasses import dataclass
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


@dataclass(frozen=True)
class Followed:
    """Where a chain of ``$ref``s ends."""

    schema: Any  # the first node that is not a $ref (on a cycle: the node that closes it)
    ref: str | None  # the last $ref followed; None when the node was not a reference
    cycle: bool  # the chain came back to a $ref it had already followed


def follow(document: Any, data: Any) -> Followed:
    """Follow ``{"$ref": ...}`` nodes from ``data`` until one is not a reference. The parser
    has checked that every $ref of the document resolves, so targets need not handle errors."""
    seen: set[str] = set()
    last: str | None = None
    while isinstance(data, dict) and isinstance(data.get("$ref"), str):
        ref: str = data["$ref"]
        if ref in seen:
            return Followed(data, last, cycle=True)
        seen.add(ref)
        last = ref
        data = node_at(document, resolve_local(document, ref, ()))
    return Followed(data, last, cycle=False)


def encode_pointer(path: DocPath) -> str:
    """The ``#/...`` pointer of a document path (the inverse of :func:`decode_pointer`)."""
    return "#/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in path)


__all__ = [
    "DocPath",
    "Followed",
    "decode_pointer",
    "encode_pointer",
    "follow",
    "node_at",
    "resolve_local",
]
