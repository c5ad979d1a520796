"""Files served as they are, for the web page: a folder, read-only, GET and HEAD.

Small on purpose: the page and the API reference are a handful of files that a package ships, so
there is no need for a framework's static handler. A name is looked up segment by segment and
refused (404) unless every segment is a plain file name and the file resolves inside the folder,
so no ``..``, encoded slash or symlink leads out of it. The ETag is the content's hash: a browser
that polls the page revalidates with one 304 instead of downloading Swagger UI again.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Final

CONTENT_TYPES: Final = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".map": "application/json",
    ".json": "application/json",
    ".yaml": "application/yaml",  # RFC 9512
    ".png": "image/png",
    ".svg": "image/svg+xml",
    ".ico": "image/x-icon",
    ".txt": "text/plain; charset=utf-8",
}
DEFAULT_CONTENT_TYPE: Final = "application/octet-stream"
_BAD_SEGMENTS: Final = frozenset({"", ".", ".."})


@dataclass(frozen=True)
class File:
    """A file's bytes as served, with the headers that describe them."""

    body: bytes
    content_type: str
    etag: str


def content_type(name: str) -> str:
    """The Content-Type of a file name, by its extension."""
    return CONTENT_TYPES.get(os.path.splitext(name)[1].lower(), DEFAULT_CONTENT_TYPE)


def safe_name(name: str) -> bool:
    """Whether ``name`` (a decoded URL path below a folder) names a file and only goes down."""
    if "\\" in name or "\x00" in name:
        return False
    return not any(
        segment in _BAD_SEGMENTS or segment.startswith(".") for segment in name.split("/")
    )


class Folder:
    """Reads files below ``root``; a file is cached with its hash until its mtime or size
    changes (an editable install serves an edit at once)."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self._cache: dict[Path, tuple[tuple[int, int], File]] = {}

    def get(self, name: str) -> File | None:
        """The file ``name`` below the folder, or None when there is no such (safe) file."""
        if not safe_name(name):
            return None
        path = (self.root / name).resolve()
        if not path.is_relative_to(self.root):
            return None
        return read_file(path, self._cache)


def read_file(path: Path, cache: dict[Path, tuple[tuple[int, int], File]]) -> File | None:
    """The file at ``path`` (a regular file), from ``cache`` while it is unchanged."""
    try:
        stat = path.stat()
    except OSError:
        return None
    if not path.is_file():
        return None
    key = (stat.st_mtime_ns, stat.st_size)
    cached = cache.get(path)
    if cached is not None and cached[0] == key:
        return cached[1]
    try:
        body = path.read_bytes()
    except OSError:
        return None
    digest = hashlib.blake2b(body, digest_size=12).hexdigest()
    found = File(body, content_type(path.name), f'"{digest}"')
    cache[path] = (key, found)
    return found


def etag_matches(if_none_match: bytes | None, etag: str) -> bool:
    """Whether an If-None-Match header names ``etag`` (or is ``*``)."""
    if if_none_match is None:
        return False
    wanted = etag.encode()
    for candidate in if_none_match.split(b","):
        candidate = candidate.strip()
        if candidate in (b"*", wanted, b"W/" + wanted):
            return True
    return False
