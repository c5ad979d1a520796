"""The web page's files over real HTTP: the pages, their assets, Swagger UI and the two specs
served with their content types and ETags, and nothing else: no directory traversal, no other
method, a 404 in the AWS shape for what is not there. The control plane and the AWS API keep
every other path."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml
from pinpoint_admin_server.errors import MethodNotAllowedException, NotFoundException

from mockserver.web import SPECS, STATIC, is_web_path, swagger_ui_folder
from mockserver.web.files import Folder, content_type, safe_name
from tests.edge.raw import assert_aws_error, exchange
from tests.support.servers import ROOT, RunningServer, ready_server

PAGES = {"/_mock/": "index.html", "/_mock/docs/": "docs.html"}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    with ready_server(tmp_path_factory.mktemp("web")) as running:
        yield running


def _get(server: RunningServer, path: str, **kwargs: object) -> httpx.Response:
    return httpx.get(f"{server.url}{path}", timeout=10, **kwargs)  # type: ignore[arg-type]


def _raw_get(server: RunningServer, target: str, method: str = "GET") -> list:  # type: ignore[type-arg]
    request = f"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    return exchange(server.port, request.encode())


@pytest.mark.parametrize("path", sorted(PAGES))
def test_the_pages_are_the_static_files(server: RunningServer, path: str) -> None:
    response = _get(server, path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert response.content == (STATIC / PAGES[path]).read_bytes()
    assert response.headers["x-content-type-options"] == "nosniff"


def test_every_static_file_is_served_with_the_type_of_its_extension(server: RunningServer) -> None:
    names = sorted(path.name for path in STATIC.iterdir())
    assert {"index.html", "page.js", "page.css"} <= set(names)
    for name in names:
        response = _get(server, f"/_mock/ui/{name}")
        assert response.status_code == 200, (name, response.text)
        assert response.content == (STATIC / name).read_bytes()
        assert response.headers["content-type"] == content_type(name)
    assert content_type("page.js") == "text/javascript; charset=utf-8"  # ES modules need it
    assert content_type("x.css").startswith("text/css")


def test_the_pages_reference_only_files_that_are_served(server: RunningServer) -> None:
    """Every local src/href of both pages answers 200: no CDN, nothing missing offline."""
    import re

    for path in PAGES:
        html = _get(server, path).text
        links = re.findall(r'(?:src|href)="([^"#]+)"', html)
        assert links, path
        for link in links:
            assert not link.startswith(("http:", "https:", "//")), (path, link)
            if link.startswith("data:"):
                continue
            target = httpx.URL(f"{server.url}{path}").join(link)
            assert _get(server, target.raw_path.decode()).status_code == 200, (path, link)


def test_the_specs_are_the_repository_documents(server: RunningServer) -> None:
    documents = {
        "pinpoint.yaml": ROOT / "spec" / "pinpoint-campaign-activities.yaml",
        "mock-admin.yaml": ROOT / "spec" / "mock-admin.yaml",
    }
    assert set(SPECS) == set(documents)
    for name, document in documents.items():
        response = _get(server, f"/_mock/specs/{name}")
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == "application/yaml"
        assert response.content == document.read_bytes()
        assert yaml.safe_load(response.content)["openapi"].startswith("3.1")


def test_swagger_ui_comes_from_the_installed_package(server: RunningServer) -> None:
    folder = swagger_ui_folder()
    assert folder is not None, "swagger-ui-py is a runtime dependency"
    for name in ("swagger-ui-bundle.js", "swagger-ui.css"):
        response = _get(server, f"/_mock/docs/swagger-ui/{name}")
        assert response.status_code == 200
        assert response.content == (folder / name).read_bytes()
    bundle = (folder / "swagger-ui-bundle.js").read_text(encoding="utf-8", errors="replace")
    assert "3.1" in bundle  # Swagger UI 5 knows OpenAPI 3.1 (4.x refuses it)


def test_etag_revalidation_answers_304_without_a_body(server: RunningServer) -> None:
    first = _get(server, "/_mock/ui/page.js")
    etag = first.headers["etag"]
    assert etag.startswith('"') and first.headers["cache-control"] == "no-cache"
    again = _get(server, "/_mock/ui/page.js", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["etag"] == etag
    other = _get(server, "/_mock/ui/page.js", headers={"If-None-Match": '"something-else"'})
    assert other.status_code == 200 and other.content == first.content


def test_head_has_the_headers_of_get_and_no_body(server: RunningServer) -> None:
    (answer,) = _raw_get(server, "/_mock/ui/page.css", "HEAD") or [None]
    get = _get(server, "/_mock/ui/page.css")
    assert answer.status == 200 and answer.body == b""
    assert answer.headers["etag"] == get.headers["etag"]
    assert answer.headers["content-type"] == get.headers["content-type"]


@pytest.mark.parametrize(
    "target",
    [
        "/_mock/ui/../__init__.py",
        "/_mock/ui/../../app.py",
        "/_mock/ui/%2e%2e/__init__.py",
        "/_mock/ui/..%2f__init__.py",
        "/_mock/ui/%2E%2E%2F%2E%2E%2Fapp.py",
        "/_mock/ui/..%5c__init__.py",
        "/_mock/ui/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/_mock/docs/swagger-ui/../../../../../../../../../../../../../../etc/passwd",
        "/_mock/docs/swagger-ui/%2e%2e/__init__.py",
        "/_mock/specs/../web/__init__.py",
        "/_mock/specs/%2e%2e%2f__init__.py",
        "/_mock/specs/drift-allowlist.yaml",
        "/_mock/ui/page.js%00.html",
        "/_mock/ui//etc/passwd",
        "/_mock/ui/",
        "/_mock/ui/.",
        "/_mock/ui/./page.js",
        "/_mock/ui/nothing-here.js",
        "/_mock/docs/swagger-ui/",
    ],
)
def test_nothing_outside_the_folders_is_served(server: RunningServer, target: str) -> None:
    (answer,) = _raw_get(server, target)
    body = assert_aws_error(answer, NotFoundException)
    assert "root:" not in body["Message"]


def test_a_symlink_out_of_a_folder_is_not_followed(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text("secret")
    root = tmp_path / "static"
    root.mkdir()
    (root / "page.js").write_text("ok")
    os.symlink(tmp_path / "secret.txt", root / "link.txt")
    folder = Folder(root)
    page = folder.get("page.js")
    assert page is not None and page.body == b"ok"
    assert folder.get("link.txt") is None
    assert folder.get("../secret.txt") is None
    assert not safe_name("a/../b") and not safe_name(".hidden") and not safe_name("a\\b")
    assert safe_name("swagger-ui.css") and safe_name("sub/file.js")


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_other_methods_are_405_with_allow(server: RunningServer, method: str) -> None:
    request = (
        f"{method} /_mock/ui/page.js HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n"
        "Connection: close\r\n\r\n"
    )
    (answer,) = exchange(server.port, request.encode())
    assert_aws_error(answer, MethodNotAllowedException)
    assert answer.headers["allow"] == "GET, HEAD"


def test_the_bare_prefixes_redirect_with_the_query(server: RunningServer) -> None:
    response = _get(server, "/_mock?token=abc")
    assert response.status_code == 308 and response.headers["location"] == "/_mock/?token=abc"
    response = _get(server, "/_mock/docs")
    assert response.status_code == 308 and response.headers["location"] == "/_mock/docs/"


def test_no_control_plane_path_is_a_web_path() -> None:
    """The hook in mockserver.app takes only the web paths: every path of the admin document
    (its templates, and an example of each) stays the control plane's."""
    document = yaml.safe_load((ROOT / "spec" / "mock-admin.yaml").read_text(encoding="utf-8"))
    for template in document["paths"]:
        example = template.replace("{", "x").replace("}", "x")
        assert not is_web_path(template.encode()), template
        assert not is_web_path(example.encode()), template
    assert is_web_path(b"/_mock/") and is_web_path(b"/_mock/ui/page.js")
    assert not is_web_path(b"/_mock/health") and not is_web_path(b"/_mock/apps")


def test_the_control_plane_and_the_api_keep_their_paths(server: RunningServer) -> None:
    assert _get(server, "/_mock/health").json()["Status"] == "ok"
    (answer,) = _raw_get(server, "/_mock/nothing")
    assert_aws_error(answer, NotFoundException)
    assert _get(server, "/v1/apps/x/campaigns/y/activities").status_code == 404


def test_the_page_is_served_where_the_control_plane_is_off(tmp_path: Path) -> None:
    """The files hold no data: on 0.0.0.0 without --admin-token the page loads, and the data
    it asks for is refused (the page shows that refusal)."""
    with ready_server(tmp_path, host="0.0.0.0") as server:
        assert _get(server, "/_mock/").status_code == 200
        assert _get(server, "/_mock/specs/mock-admin.yaml").status_code == 200
        refused = _get(server, "/_mock/apps")
        assert refused.status_code == 403
        assert refused.headers["x-amzn-errortype"] == "ForbiddenException"
