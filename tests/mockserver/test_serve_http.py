"""Raw HTTP against ``python -m mockserver serve``: CORS, 404/405, odd IDs and query strings.

Whatever the request, the answer is never a 500, and every error is a MessageBody
({"RequestID", "Message"}) with X-Amzn-ErrorType and an x-amzn-RequestId equal to its RequestID,
which is all the AWS SDKs read.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from mockserver.seed import DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID
from tests.mockserver.serving import ACCESS_LINE
from tests.support.aws import assert_error
from tests.support.servers import RunningServer, mock_server, wait_for_log

RESOURCE = f"/v1/apps/{DEMO_APPLICATION_ID}/campaigns/{DEMO_CAMPAIGN_ID}/activities"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    with mock_server(tmp_path_factory.mktemp("http-server")) as running:
        yield running


@pytest.fixture(scope="module")
def http(server: RunningServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=10) as session:
        yield session


def test_get_carries_request_id_and_cors_headers_for_a_browser(http: httpx.Client) -> None:
    browser = {"Origin": "https://app.example"}
    first, second = http.get(RESOURCE, headers=browser), http.get(RESOURCE, headers=browser)
    assert first.status_code == 200 and first.headers["content-type"] == "application/json"
    assert len(first.json()["Item"]) == 20
    assert first.headers["x-amzn-requestid"] != second.headers["x-amzn-requestid"]
    assert first.headers["access-control-allow-origin"] == "*"
    exposed = first.headers["access-control-expose-headers"].lower()
    assert "x-amzn-requestid" in exposed and "x-amzn-errortype" in exposed
    assert "x-amzn-errortype" not in first.headers
    missing = http.get("/v1/apps/missing/campaigns/x/activities", headers=browser)
    assert missing.status_code == 404 and missing.headers["access-control-allow-origin"] == "*"


def test_an_sdk_request_without_origin_gets_no_cors_headers(http: httpx.Client) -> None:
    for response in (http.get(RESOURCE), http.get("/v1/apps/missing/campaigns/x/activities")):
        assert response.status_code in (200, 404)
        assert len(response.headers["x-amzn-requestid"]) == 36
        assert "access-control-allow-origin" not in response.headers
        assert "access-control-expose-headers" not in response.headers


@pytest.mark.parametrize("preflight", [False, True])
def test_options_answers_the_cors_preflight(http: httpx.Client, preflight: bool) -> None:
    headers = (
        {"Origin": "https://app.example", "Access-Control-Request-Method": "GET"}
        if preflight
        else {}
    )
    response = http.options(RESOURCE, headers=headers)
    assert response.status_code == 200 and response.content == b""
    assert response.headers["allow"] == "GET, OPTIONS"
    assert response.headers["access-control-allow-origin"] == "*"
    assert set(response.headers["access-control-allow-methods"].replace(" ", "").split(",")) == {
        "GET",
        "OPTIONS",
    }
    allowed = response.headers["access-control-allow-headers"].lower()
    for name in ("authorization", "x-amz-date", "x-amz-security-token", "content-type"):
        assert name in allowed
    assert len(response.headers["x-amzn-requestid"]) == 36
    # On an application that does not exist too: the preflight checks no resource.
    assert http.options("/v1/apps/nope/campaigns/nope/activities").status_code == 200


@pytest.mark.parametrize("method", ["DELETE", "POST", "PUT", "PATCH", "HEAD"])
def test_undeclared_methods_are_405_with_allow(http: httpx.Client, method: str) -> None:
    response = http.request(method, RESOURCE, content=b'{"x": 1}' if method != "HEAD" else None)
    if method == "HEAD":
        assert response.status_code == 405 and response.headers["allow"] == "GET, OPTIONS"
        assert response.headers["x-amzn-errortype"] == "MethodNotAllowedException"
        return
    message = assert_error(response, 405, "MethodNotAllowedException")
    assert response.headers["allow"] == "GET, OPTIONS"
    assert method in message


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/v1",
        "/v1/apps",
        f"/v1/apps/{DEMO_APPLICATION_ID}",
        f"/v1/apps/{DEMO_APPLICATION_ID}/campaigns/{DEMO_CAMPAIGN_ID}",
        RESOURCE + "/",
        RESOURCE + "/extra",
        "/v1/apps//campaigns/x/activities",
        "/V1/APPS/x/campaigns/y/activities",
    ],
)
def test_unknown_paths_are_404(http: httpx.Client, path: str) -> None:
    assert_error(http.get(path), 404, "NotFoundException")


def test_encoded_slash_stays_in_the_id(http: httpx.Client) -> None:
    message = assert_error(
        http.get("/v1/apps/team%2Fproject/campaigns/c/activities"), 404, "NotFoundException"
    )
    assert message == "Application not found: team/project"
    message = assert_error(
        http.get(f"/v1/apps/{DEMO_APPLICATION_ID}/campaigns/spring%2F2026/activities"),
        404,
        "NotFoundException",
    )
    assert message == f"Campaign not found: spring/2026 (application {DEMO_APPLICATION_ID})"


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("page-size=", "page-size"),
        ("page-size", "page-size"),
        ("page-size=%20", "page-size"),
        ("token=", "token"),
        ("page-size=5&page-size=5", "page-size"),
        ("token=a&token=b", "token"),
        ("page-size=%C3%A9", "page-size"),
        ("page-size=0", "page-size"),
        ("page-size=-1", "page-size"),
        ("page-size=" + "0" * 100, "page-size"),
        ("token=" + "A" * 10_000, "token"),
    ],
)
def test_blank_repeated_and_malformed_query_parameters_are_400(
    http: httpx.Client, query: str, name: str
) -> None:
    message = assert_error(http.get(f"{RESOURCE}?{query}"), 400, "BadRequestException")
    assert name in message and len(message) < 1000


def test_query_edge_cases_that_are_fine(http: httpx.Client) -> None:
    huge = http.get(f"{RESOURCE}?page-size={'9' * 100}")
    assert huge.status_code == 200
    assert len(huge.json()["Item"]) == 57 and huge.json()["NextToken"] is None
    unknown = http.get(f"{RESOURCE}?unknown=1&other=&page-size=2")
    assert unknown.status_code == 200 and len(unknown.json()["Item"]) == 2
    empty_pairs = http.get(f"{RESOURCE}?&&page-size=3&")
    assert empty_pairs.status_code == 200 and len(empty_pairs.json()["Item"]) == 3


def test_very_long_ids_are_404_with_a_short_message(http: httpx.Client) -> None:
    long_id = "a" * 10_000
    message = assert_error(
        http.get(f"/v1/apps/{long_id}/campaigns/c/activities"), 404, "NotFoundException"
    )
    assert message.startswith("Application not found: aaaa") and len(message) < 300
    message = assert_error(
        http.get(f"/v1/apps/{DEMO_APPLICATION_ID}/campaigns/{long_id}/activities"),
        404,
        "NotFoundException",
    )
    assert message.startswith("Campaign not found: aaaa") and len(message) < 400


def test_non_ascii_ids(http: httpx.Client) -> None:
    message = assert_error(
        http.get("/v1/apps/%C3%A9t%C3%A9%20%E2%9C%93/campaigns/c/activities"),
        404,
        "NotFoundException",
    )
    assert message == "Application not found: été ✓"
    for bad in ("%FF", "%C3", "%ED%A0%80", "ok%C0%AF"):  # invalid, truncated, surrogate, overlong
        message = assert_error(
            http.get(f"/v1/apps/{bad}/campaigns/c/activities"), 400, "BadRequestException"
        )
        assert "application-id" in message
    message = assert_error(
        http.get(f"/v1/apps/{DEMO_APPLICATION_ID}/campaigns/%FF%FE/activities"),
        400,
        "BadRequestException",
    )
    assert "campaign-id" in message


def _raw(server: RunningServer, request: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send bytes as they are (httpx would encode them) and read the response."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(request)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:])
    return int(lines[0].split()[1]), {k.lower(): v for k, v in headers.items()}, body


@pytest.mark.parametrize("target", [b"/v1/apps/\xc3\xa9/campaigns/x/activities", b"/\xff"])
def test_raw_non_ascii_bytes_in_the_request_line_are_refused_not_crashed(
    server: RunningServer, target: bytes
) -> None:
    """uvicorn's HTTP parser refuses these itself (a plain-text 400) before the app runs."""
    status, _, _ = _raw(
        server, b"GET " + target + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    )
    assert status == 400


def test_odd_headers_and_bodies_never_500(server: RunningServer, http: httpx.Client) -> None:
    responses: list[Any] = [
        http.get(RESOURCE, headers={"Accept": "text/html"}),
        http.get(RESOURCE, headers={"Authorization": "AWS4-HMAC-SHA256 garbage"}),
        http.get(RESOURCE, headers={"X-Amz-Date": "yesterday"}),
        http.request("GET", RESOURCE, content=b"\xff" * 1000),
    ]
    for response in responses:
        assert response.status_code == 200
    status, headers, body = _raw(
        server,
        f"GET {RESOURCE} HTTP/1.1\r\nHost: x\r\nAccept: \xe9\r\nConnection: close\r\n\r\n".encode(
            "latin-1"
        ),
    )
    assert status in (200, 400), body
    if status == 400:
        assert headers["x-amzn-errortype"] == "BadRequestException"
        assert json.loads(body)["RequestID"] == headers["x-amzn-requestid"]


def test_one_access_log_line_per_request_at_info(server: RunningServer, http: httpx.Client) -> None:
    ids = {
        http.get(RESOURCE).headers["x-amzn-requestid"]: "200",
        http.get("/v1/apps/x/campaigns/y/activities").headers["x-amzn-requestid"]: "404",
        http.delete(RESOURCE).headers["x-amzn-requestid"]: "405",
        http.get(RESOURCE + "?page-size=0").headers["x-amzn-requestid"]: "400",
    }
    text = wait_for_log(server, lambda log: all(rid in log for rid in ids))
    for request_id, status in ids.items():
        lines = [m for m in ACCESS_LINE.finditer(text) if m.group("request_id") == request_id]
        assert len(lines) == 1, request_id
        assert lines[0].group("status") == status and float(lines[0].group("ms")) >= 0
    (bad,) = [line for line in text.splitlines() if list(ids)[-1] in line]
    assert bad.endswith(" ?page-size=0"), "the query string follows the request line"
