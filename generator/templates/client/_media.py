"""Bodies other than JSON: forms, multipart parts and files, and the kind of a response.

Part of the generated client (copied by ``python -m generator``; do not edit). A body is
encoded once, into bytes, so that a retry sends the same bytes again.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import IO, Any
from urllib.parse import urlencode

DEFAULT_FILE_TYPE = "application/octet-stream"


def text(value: object) -> str:
    """A field value as the wire carries it (as ``_runtime.text``; this module stands alone)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else str(value)


@dataclass(frozen=True)
class File:
    """A file part of a multipart body: its bytes (or a binary file, read when the request is
    built), and the file name and Content-Type it is sent with (by default the property's name
    and the type the spec declares for the part, else ``application/octet-stream``)."""

    content: bytes | IO[bytes]
    filename: str | None = None
    content_type: str | None = None


def form_body(fields: Mapping[str, Any]) -> bytes:
    """``application/x-www-form-urlencoded`` as OpenAPI's default (``form``, exploded) writes
    it: a list repeats its key, an object sends its own keys; None leaves a field out."""
    pairs: list[tuple[str, str]] = []
    for key, value in fields.items():
        if value is None:
            continue
        if isinstance(value, list | tuple):
            pairs += [(key, text(v)) for v in value]
        elif isinstance(value, Mapping):
            pairs += [(str(k), text(v)) for k, v in value.items()]
        else:
            pairs.append((key, text(value)))
    return urlencode(pairs).encode("ascii")


def multipart_body(
    fields: Mapping[str, Any], part_types: Mapping[str, str] | None = None
) -> tuple[bytes, str]:
    """``multipart/form-data``: one part per field (per item of a list), files as file parts;
    returns the body and its Content-Type (with the boundary). ``part_types``: the spec's
    ``encoding`` Content-Type per property, for files sent without one."""
    boundary = secrets.token_hex(16)
    chunks: list[bytes] = []
    for name, value in fields.items():
        if value is None:
            continue
        for item in value if isinstance(value, list) else [value]:
            chunks.append(_part(boundary, name, item, (part_types or {}).get(name)))
    chunks.append(f"--{boundary}--\r\n".encode("ascii"))
    return b"".join(chunks), f"multipart/form-data; boundary={boundary}"


def _part(boundary: str, name: str, value: Any, declared: str | None) -> bytes:
    disposition = f'form-data; name="{_quoted(name)}"'
    content_type: str | None = None
    if isinstance(value, File | bytes | bytearray | memoryview):
        file = value if isinstance(value, File) else File(bytes(value))
        data = file.content if isinstance(file.content, bytes) else file.content.read()
        disposition += f'; filename="{_quoted(file.filename or name)}"'
        content_type = file.content_type or _concrete(declared) or DEFAULT_FILE_TYPE
    elif isinstance(value, Mapping | list | tuple):
        data = json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        content_type = "application/json"
    else:
        data = text(value).encode("utf-8")
    head = f"--{boundary}\r\nContent-Disposition: {disposition}\r\n"
    if content_type:
        head += f"Content-Type: {content_type}\r\n"
    return head.encode("utf-8") + b"\r\n" + data + b"\r\n"


def _quoted(value: str) -> str:
    """A name or file name inside a quoted header parameter, escaped as browsers do."""
    return value.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


def _concrete(declared: str | None) -> str | None:
    """The first media type of an encoding's list, unless it is a range (``image/*``)."""
    first = (declared or "").split(",", 1)[0].strip()
    return first if first and not first.endswith("/*") else None


def media_kind(content_type: str | None) -> str:
    """``json``, ``text`` or ``binary`` for a response's Content-Type; ``""`` without one."""
    value = (content_type or "").split(";", 1)[0].strip().lower()
    if not value:
        return ""
    top, _, sub = value.partition("/")
    if value == "application/json" or (top == "application" and sub.endswith("+json")):
        return "json"
    return "text" if top == "text" else "binary"
