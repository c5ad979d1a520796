"""Media types: what kind of body a ``content`` entry holds, and which entry a request takes.

Every target decides per *kind*, not per string, because a kind says how the bytes map to the
schema's fields:

========== ===================================================== ==============================
kind       media types                                           the body is
========== ===================================================== ==============================
json       ``application/json``, any ``+json`` (problem+json)    JSON text
form       ``application/x-www-form-urlencoded``                 ``a=1&b=x``, one field per key
multipart  ``multipart/form-data``                               parts, one field (or file) each
text       ``text/*``                                            a string
binary     ``application/octet-stream``, ``image/*``,            bytes as they are
           ``audio/*``, ``video/*``, ``font/*``, ``application/
           pdf``, ``application/zip``, ``application/gzip``,
           ``*/*``, ``application/*``
========== ===================================================== ==============================

Anything else (``application/xml``, ``+xml``, ``application/x-ndjson``...) has no kind: loading
skips it with a located warning (:mod:`generator.spec.normalize`).

A target says which media types it serves with a ``serves_media(media) -> bool`` function in
its module (:func:`generator.targets.serves_media`; without one, only ``application/json``); the
pipeline hands each target :meth:`ApiModel.restricted` to those, so a target never meets a kind
it cannot serve and the others keep it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, Protocol, TypeVar

MediaKind = Literal["json", "form", "multipart", "text", "binary"]
MEDIA_KINDS: tuple[MediaKind, ...] = ("json", "form", "multipart", "text", "binary")
JSON_MEDIA_TYPE = "application/json"
FORM_MEDIA_TYPE = "application/x-www-form-urlencoded"
MULTIPART_MEDIA_TYPE = "multipart/form-data"
_BINARY_TOP = frozenset({"image", "audio", "video", "font"})
_BINARY_EXACT = frozenset(
    {
        "application/octet-stream",
        "application/pdf",
        "application/zip",
        "application/gzip",
        "application/*",
        "*/*",
    }
)


def essence(content_type: str) -> str:
    """``type/subtype`` in lower case, without parameters: ``Text/Plain; charset=x`` ->
    ``text/plain``."""
    return content_type.split(";", 1)[0].strip().lower()


def media_kind(content_type: str) -> MediaKind | None:
    """The kind of a media type (or range, ``image/*``) as a spec or a header writes it."""
    value = essence(content_type)
    top, _, sub = value.partition("/")
    if value == JSON_MEDIA_TYPE or (top == "application" and sub.endswith("+json")):
        return "json"
    if value == FORM_MEDIA_TYPE:
        return "form"
    if value == MULTIPART_MEDIA_TYPE:
        return "multipart"
    if top == "text":
        return "text"
    if top in _BINARY_TOP or value in _BINARY_EXACT:
        return "binary"
    return None


class _Media(Protocol):
    @property
    def content_type(self) -> str: ...


def covers(declared: str, content_type: str) -> bool:
    """Whether a declared media type or range (``image/*``, ``*/*``) covers a concrete one."""
    pattern, value = essence(declared), essence(content_type)
    if pattern == value or pattern == "*/*":
        return True
    top, _, sub = pattern.partition("/")
    return sub == "*" and value.partition("/")[0] == top


def specificity(declared: str) -> int:
    """2 for ``type/subtype``, 1 for ``type/*``, 0 for ``*/*``: the most specific match wins."""
    value = essence(declared)
    if value == "*/*":
        return 0
    return 1 if value.endswith("/*") else 2


M = TypeVar("M", bound=_Media)


def pick(content: Iterable[M], content_type: str) -> M | None:
    """The declared entry a request's ``Content-Type`` selects: an exact type first, then the
    narrowest range that covers it, document order among equals."""
    best: M | None = None
    rank = -1
    for media in content:
        if covers(media.content_type, content_type):
            level = specificity(media.content_type)
            if level > rank:
                best, rank = media, level
    return best


__all__ = [
    "FORM_MEDIA_TYPE",
    "JSON_MEDIA_TYPE",
    "MEDIA_KINDS",
    "MULTIPART_MEDIA_TYPE",
    "MediaKind",
    "covers",
    "essence",
    "media_kind",
    "pick",
    "specificity",
]
