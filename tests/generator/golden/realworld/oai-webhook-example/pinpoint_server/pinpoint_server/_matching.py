"""Routing a request: the route of its raw path and its captured parameters (404), the answer to
a method the path does not declare (405, or a browser's CORS preflight).

The route table is ``_routing``'s; this module binds each route to its handlers once, at start,
and keeps the matches of the templated paths a client asks for again and again.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from typing import Any, Final
from urllib.parse import quote

from pinpoint_server import _routing
from pinpoint_server.errors import MethodNotAllowedException, NotFoundException
from pinpoint_server.handlers import Handlers

__all__ = ["Bound", "Matcher", "is_preflight", "shorten"]

Scope = MutableMapping[str, Any]
CORS_MAX_AGE: Final = 86400  # seconds; browsers cap it lower
MATCH_CACHE_SIZE: Final = 1024  # templated paths whose match is kept (see Matcher.cache)
MATCH_CACHE_KEY_BYTES: Final = 1024  # a longer raw path is matched every time
_RAW_SAFE: Final = "/:@!$&'()*+,;="
_NO_BODY: Final = (b"content-length", b"0")


class Bound:
    """A route with the handler of each of its methods looked up once, at start."""

    __slots__ = ("allow", "handlers", "operations", "preflight")

    def __init__(self, route: _routing.Route, handlers: Handlers) -> None:
        self.operations = route.operations
        self.handlers: dict[str, Callable[[Any], Awaitable[Any]]] = {
            method: getattr(handlers, op.handler_name) for method, op in route.operations.items()
        }
        self.allow = route.allow
        self.preflight: tuple[tuple[bytes, bytes], ...] = (
            (b"allow", route.allow.encode("latin-1")),
            (b"access-control-allow-methods", route.allow.encode("latin-1")),
            (b"access-control-allow-headers", route.cors_allow_headers.encode("latin-1")),
            (b"access-control-max-age", str(CORS_MAX_AGE).encode("ascii")),
        )


class Matcher:
    """The bound routes of one app, and the templated paths it matched lately."""

    def __init__(self, handlers: Handlers) -> None:
        self.static = {raw: Bound(route, handlers) for raw, route in _routing.STATIC.items()}
        self.dynamic = {
            group: (Bound(route, handlers), first, count)
            for group, (route, first, count) in _routing.DYNAMIC.items()
        }
        # A client asks for the same few paths again and again, and a dict lookup is a fifth of
        # the regular expression's cost. Forgotten all at once past MATCH_CACHE_SIZE, so a client
        # sending random IDs only costs the matching; paths over MATCH_CACHE_KEY_BYTES are not
        # kept, so the memory stays bounded too.
        self.cache: dict[bytes, tuple[Bound, tuple[bytes, ...]]] = {}

    def match(self, scope: Scope) -> tuple[Bound, tuple[bytes, ...]]:
        """The route of the raw path and its captured parameters, or a 404."""
        raw_path: bytes | None = scope.get("raw_path")
        if raw_path is None or scope.get("root_path"):
            raw_path = _below_root(scope)
        found = self.cache.get(raw_path)
        if found is not None:
            return found
        route = self.static.get(raw_path)
        if route is not None:
            return route, ()
        if _routing.PATTERN is not None:
            match = _routing.PATTERN.fullmatch(raw_path)
            if match is not None:
                assert match.lastindex is not None  # the route's outer group
                route, first, count = self.dynamic[match.lastindex]
                found = route, match.groups()[first : first + count]
                if len(raw_path) <= MATCH_CACHE_KEY_BYTES:
                    if len(self.cache) >= MATCH_CACHE_SIZE:
                        self.cache.clear()
                    self.cache[raw_path] = found
                return found
        raise NotFoundException(f"No resource matches the path {shorten(scope['path'])!r}.")


def unrouted(
    route: Bound,
    scope: Scope,
    method: str,
    request_id: str,
    cors: tuple[tuple[bytes, bytes], ...],
) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    """A method the path does not declare: 405, unless it is a browser's CORS preflight (the
    spec declares no OPTIONS there, but a browser must not be locked out; ``cors``: the app's
    CORS headers)."""
    if method == "OPTIONS" and is_preflight(scope["headers"]):
        headers = [*cors, *route.preflight, (b"x-amzn-requestid", request_id.encode())]
        headers.append(_NO_BODY)
        return 200, headers, b""
    raise MethodNotAllowedException(
        f"Method {shorten(method)} is not allowed for this resource.",
        headers={"Allow": route.allow},
    )


def is_preflight(headers: Sequence[tuple[bytes, bytes]]) -> bool:
    names = {name.lower() for name, _ in headers}
    return b"origin" in names and b"access-control-request-method" in names


def shorten(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[:limit] + "..."


def _below_root(scope: Scope) -> bytes:
    """The raw path below ``root_path`` (the app mounted under a prefix), for routing."""
    path: str = scope["path"]
    raw: bytes | None = scope.get("raw_path")
    root: str = scope.get("root_path", "")
    if root and path.startswith(root):
        path = path[len(root) :]
        raw_root = _quote(root)
        if raw is not None and raw.startswith(raw_root):
            return raw[len(raw_root) :]
        raw = None
    return raw if raw is not None else _quote(path)


def _quote(path: str) -> bytes:
    return quote(path, safe=_RAW_SAFE).encode("ascii")
