"""The mock's web page and API reference, under ``/_mock/`` beside the control plane.

What a person opens in a browser: ``/_mock/`` (applications, campaigns and their activities with
state and progress, the mock's clock, polled from the control plane), ``/_mock/docs/`` (Swagger UI
over both documents, from the files the ``swagger-ui-py`` package ships: no CDN, works offline)
and ``/_mock/specs/<name>.yaml`` (the two OpenAPI documents, shipped in the wheel as package data).

These files hold no data, so they are served to whoever reaches the server; the data the page
shows comes from the control plane under its access rules (with ``--admin-token``, open the page
once as ``/_mock/?token=<token>``: the script keeps it in sessionStorage and sends it as Bearer).
``mockserver.app`` hands this app only the paths ``is_web_path`` accepts; every other ``/_mock``
path stays the generated admin app's, and the AWS API's hot path never reaches here.
"""

from __future__ import annotations

import importlib.util
import json
import uuid
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any, Final

from pinpoint_admin_server.errors import (  # type: ignore[import-not-found, unused-ignore]
    MethodNotAllowedException,
    NotFoundException,
)

from mockserver.web.files import File, Folder, etag_matches, read_file

__all__ = ["SPECS", "WebApp", "is_web_path", "swagger_ui_folder"]

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]

HERE: Final = Path(__file__).resolve().parent
STATIC: Final = HERE / "static"
# URL name -> the document (package data: symlinks to spec/ in the repository, files in a wheel).
SPECS: Final = {
    "pinpoint.yaml": HERE / "specs" / "pinpoint.yaml",
    "mock-admin.yaml": HERE / "specs" / "mock-admin.yaml",
}
PAGES: Final = {"/_mock/": "index.html", "/_mock/docs/": "docs.html"}
REDIRECTS: Final = {"/_mock": "/_mock/", "/_mock/docs": "/_mock/docs/"}
UI_PREFIX: Final = "/_mock/ui/"
SWAGGER_PREFIX: Final = "/_mock/docs/swagger-ui/"
SPECS_PREFIX: Final = "/_mock/specs/"
_EXACT: Final = frozenset(path.encode() for path in (*PAGES, *REDIRECTS))
_PREFIXES: Final = tuple(p.encode() for p in (UI_PREFIX, SWAGGER_PREFIX, SPECS_PREFIX))
_ALLOW: Final = "GET, HEAD"


def is_web_path(raw_path: bytes) -> bool:
    """Whether a path under ``/_mock`` is the web page's (not the control plane's)."""
    return raw_path in _EXACT or raw_path.startswith(_PREFIXES)


def swagger_ui_folder() -> Path | None:
    """The dist files of Swagger UI that ``swagger-ui-py`` ships, found without importing it
    (its Python code is for other frameworks and needs Jinja2)."""
    spec = importlib.util.find_spec("swagger_ui")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "static"
    return folder if (folder / "swagger-ui-bundle.js").is_file() else None


class WebApp:
    """ASGI app of the page, its assets, the API reference and the specs (GET and HEAD)."""

    def __init__(self) -> None:
        self.static = Folder(STATIC)
        swagger = swagger_ui_folder()
        self.swagger = None if swagger is None else Folder(swagger)
        self._specs: dict[Path, tuple[tuple[int, int], File]] = {}

    def lookup(self, path: str) -> File | None:
        """The file a decoded request path names, or None."""
        if path in PAGES:
            return self.static.get(PAGES[path])
        if path.startswith(UI_PREFIX):
            return self.static.get(path.removeprefix(UI_PREFIX))
        if path.startswith(SWAGGER_PREFIX):
            return None if self.swagger is None else self.swagger.get(path[len(SWAGGER_PREFIX) :])
        if path.startswith(SPECS_PREFIX):
            spec = SPECS.get(path.removeprefix(SPECS_PREFIX))
            return None if spec is None else read_file(spec, self._specs)
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return  # lifespan and websockets go to the other apps; nothing to do here
        method: str = scope["method"]
        path: str = scope["path"]
        if method not in ("GET", "HEAD"):
            message = f"Method {method[:32]} is not allowed for this resource."
            allow = ((b"allow", _ALLOW.encode()),)
            await _error(send, method, MethodNotAllowedException(message), allow)
            return
        if path in REDIRECTS:
            query = scope.get("query_string", b"")
            location = REDIRECTS[path].encode() + (b"?" + query if query else b"")
            await _send(send, 308, [(b"location", location)], b"", method)
            return
        found = self.lookup(path)
        if found is None:
            missing = NotFoundException(f"No file of the web page matches the path {path[:256]!r}.")
            await _error(send, method, missing)
            return
        headers = [
            (b"etag", found.etag.encode()),
            (b"cache-control", b"no-cache"),
            (b"x-content-type-options", b"nosniff"),
        ]
        if etag_matches(_header(scope, b"if-none-match"), found.etag):
            await _send(send, 304, headers, b"", method)
            return
        headers.append((b"content-type", found.content_type.encode()))
        await _send(send, 200, headers, found.body, method)


def _header(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope["headers"]:
        if key == name:
            return bytes(value)
    return None


async def _send(
    send: Send,
    status: int,
    headers: list[tuple[bytes, bytes]],
    body: bytes,
    method: str,
    request_id: str | None = None,
) -> None:
    head = [*headers, (b"x-amzn-requestid", (request_id or str(uuid.uuid4())).encode())]
    if status != 304:
        head.append((b"content-length", b"%d" % len(body)))
    await send({"type": "http.response.start", "status": status, "headers": head})
    await send({"type": "http.response.body", "body": b"" if method == "HEAD" else body})


async def _error(
    send: Send, method: str, error: Any, headers: tuple[tuple[bytes, bytes], ...] = ()
) -> None:
    """An error in the AWS shape of the two APIs: the type in X-Amzn-ErrorType, and a body
    ``{"RequestID", "Message"}`` with the request ID of the x-amzn-RequestId header."""
    request_id = str(uuid.uuid4())
    body = json.dumps(
        {"RequestID": request_id, "Message": str(error.message)}, separators=(",", ":")
    ).encode()
    head = [
        *headers,
        (b"content-type", b"application/json"),
        (b"x-amzn-errortype", str(error.error_type).encode("latin-1")),
    ]
    await _send(send, int(error.status), head, body, method, request_id)
