"""The generated Pinpoint server package over real HTTP: uvicorn on 127.0.0.1, demo handlers."""

from __future__ import annotations

import logging
import re
import socket
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest

from tests.server.handlers import APPLICATION_ID, CAMPAIGN_ID, SECRET, DemoHandlers, RecordingGuard
from tests.support.aws import assert_error, request_id_of

PATH = "/v1/apps/{app}/campaigns/{campaign}/activities"
ACTIVITIES = PATH.format(app=APPLICATION_ID, campaign=CAMPAIGN_ID)
EXPOSE = "x-amzn-RequestId, X-Amzn-ErrorType"


@pytest.fixture()
def client(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url) as http:
        yield http


# -- success ----------------------------------------------------------------------------------------
def test_success_body_headers_and_request(client: httpx.Client, handlers: DemoHandlers) -> None:
    response = client.get(ACTIVITIES, params={"page-size": "20", "token": "abc"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert "access-control-allow-origin" not in response.headers  # no Origin: not a browser
    assert "access-control-expose-headers" not in response.headers
    assert response.headers["x-handler"] == "demo"
    assert "x-amzn-errortype" not in response.headers
    body = response.json()
    assert body["NextToken"] == "next-page"
    assert body["Item"][0]["ApplicationId"] == APPLICATION_ID
    request = handlers.received(request_id_of(response))
    assert (request.page_size, request.token, request.accept) == ("20", "abc", "*/*")
    assert request.context.operation_id == "GetCampaignActivities"
    assert request.context.method == "GET"
    assert request.context.query_string == b"page-size=20&token=abc"


def test_raw_json_body_is_sent_as_is(client: httpx.Client) -> None:
    response = client.get(PATH.format(app="raw", campaign="c"))
    assert response.status_code == 200
    assert response.content.startswith(b'{"Item": [{"Id": ')  # json.dumps spacing: not re-encoded


@pytest.mark.parametrize(
    ("raw_app", "raw_campaign", "app", "campaign"),
    [
        ("a%2Fb", "c%2F%2Fd", "a/b", "c//d"),  # an encoded slash belongs to the ID
        ("%C3%A9t%C3%A9", "%E6%B4%BB%E5%8B%95", "été", "活動"),  # UTF-8, percent-encoded
        ("a+b", "c%20d", "a+b", "c d"),  # '+' is a plus in a path
        ("%25", "~x", "%", "~x"),
    ],
)
def test_path_parameters_are_decoded_after_matching(
    client: httpx.Client,
    handlers: DemoHandlers,
    raw_app: str,
    raw_campaign: str,
    app: str,
    campaign: str,
) -> None:
    response = client.get(PATH.format(app=raw_app, campaign=raw_campaign))
    assert response.status_code == 200, response.text
    request = handlers.received(request_id_of(response))
    assert (request.application_id, request.campaign_id) == (app, campaign)
    assert response.json()["Item"][0]["CampaignId"] == campaign


def test_header_parameter_matches_case_insensitively(
    client: httpx.Client, handlers: DemoHandlers
) -> None:
    response = client.get(ACTIVITIES, headers={"ACCEPT": "application/json"})
    assert handlers.received(request_id_of(response)).accept == "application/json"


def test_unknown_query_parameters_are_ignored_and_values_decoded(
    client: httpx.Client, handlers: DemoHandlers
) -> None:
    response = client.get(f"{ACTIVITIES}?foo=1&foo=2&bar=&token=a%2Bb+c")
    assert response.status_code == 200
    assert handlers.received(request_id_of(response)).token == "a+b c"  # parse_qs semantics


def test_a_body_on_get_is_ignored_but_seen_by_guards(
    client: httpx.Client, guard: RecordingGuard
) -> None:
    response = client.request("GET", ACTIVITIES, content=b'{"ignored": true}')
    assert response.status_code == 200
    assert guard.contexts[request_id_of(response)].body == b'{"ignored": true}'


# -- routing errors ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "path",
    [
        "/nope",
        "/",
        ACTIVITIES + "/",  # a trailing slash is another path, as in API Gateway
        "/v1/apps//campaigns/x/activities",  # an empty segment matches no parameter
        "/v1/apps/a/b/campaigns/x/activities",  # a raw slash ends the parameter
        "/V1/apps/a/campaigns/x/activities",
    ],
)
def test_unknown_path_is_404(client: httpx.Client, path: str) -> None:
    message = assert_error(client.get(path), 404, "NotFoundException")
    assert "does not match" in message or "No resource" in message


@pytest.mark.parametrize("method", ["DELETE", "POST", "PUT", "PATCH", "HEAD"])
def test_undeclared_method_is_405_with_allow(client: httpx.Client, method: str) -> None:
    response = client.request(method, ACTIVITIES)
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, OPTIONS"
    assert response.headers["x-amzn-errortype"] == "MethodNotAllowedException"
    request_id_of(response)
    if method != "HEAD":  # a HEAD answer has no body
        message = assert_error(response, 405, "MethodNotAllowedException")
        assert message == f"Method {method} is not allowed for this resource."


# -- parameter validation ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            "page-size=abc",
            "Invalid value for query parameter 'page-size': 'abc' does not match",
        ),
        ("page-size=0", "Invalid value for query parameter 'page-size': '0' does not match"),
        ("page-size=", "query parameter 'page-size' must not be blank"),
        ("token=", "query parameter 'token' must not be blank"),
        ("token=%20", "query parameter 'token' must not be blank"),
        ("token=a&token=b", "query parameter 'token' must not be repeated"),
        ("page-size=1&page-size=2", "query parameter 'page-size' must not be repeated"),
        ("token=%FF", "The query string is not UTF-8 once percent-decoded."),
    ],
)
def test_invalid_query_parameters_are_400(client: httpx.Client, query: str, expected: str) -> None:
    message = assert_error(client.get(f"{ACTIVITIES}?{query}"), 400, "BadRequestException")
    assert message.startswith(expected), message
    if "does not match" in expected:
        assert "^[1-9][0-9]*$" in message  # the rule broken


def test_undecodable_path_parameter_is_400(client: httpx.Client) -> None:
    message = assert_error(
        client.get(PATH.format(app="%FF%FE", campaign="x")), 400, "BadRequestException"
    )
    assert (
        message
        == "Invalid value for path parameter 'application-id': not UTF-8 once percent-decoded"
    )


def test_blank_path_parameter_is_400(client: httpx.Client) -> None:
    message = assert_error(
        client.get(PATH.format(app="x", campaign="%20")), 400, "BadRequestException"
    )
    assert message == "path parameter 'campaign-id' must not be blank"


def test_blank_header_parameter_counts_as_absent(base_url: str) -> None:
    """An empty header line is no value (RFC 9110 lets intermediaries send one): not a 400."""
    status, headers, _ = raw_request(base_url, f"GET {ACTIVITIES} HTTP/1.1\r\nAccept:\r\n")
    assert status == 200
    assert "x-amzn-errortype" not in headers


def test_an_error_raised_by_the_handler_keeps_its_type(client: httpx.Client) -> None:
    message = assert_error(
        client.get(PATH.format(app="missing", campaign="x")), 404, "NotFoundException"
    )
    assert message == "Application not found"
    assert_error(
        client.get(PATH.format(app="invalid-token", campaign="x")), 400, "BadRequestException"
    )


# -- crashes and validate_responses -----------------------------------------------------------------
def test_handler_crash_is_a_generic_500_and_a_log_line(
    client: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR, logger="pinpoint_server")
    response = client.get(PATH.format(app="boom", campaign="x"))
    message = assert_error(response, 500, "InternalServerErrorException")
    assert message == "Internal server error"
    assert SECRET not in response.text and "Traceback" not in response.text
    request_id = request_id_of(response)
    [record] = [
        r for r in caplog.records if r.name == "pinpoint_server" and request_id in r.getMessage()
    ]
    assert record.levelno == logging.ERROR
    assert record.exc_info is not None and SECRET in str(record.exc_info[1])


def test_handler_returning_the_wrong_type_is_500(
    client: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR, logger="pinpoint_server")
    response = client.get(PATH.format(app="wrong-type", campaign="x"))
    assert_error(response, 500, "InternalServerErrorException")
    request_id = request_id_of(response)
    [record] = [r for r in caplog.records if request_id in r.getMessage()]
    assert "returned dict, not GetCampaignActivitiesResponse" in str(record.exc_info[1])  # type: ignore[index]


@pytest.mark.parametrize(
    ("app", "pointer"), [("bad-body", "/Item/0/State"), ("bad-raw", "/Item/0/State")]
)
def test_validate_responses_turns_a_spec_violation_into_500(
    client: httpx.Client, caplog: pytest.LogCaptureFixture, app: str, pointer: str
) -> None:
    caplog.set_level(logging.ERROR, logger="pinpoint_server")
    response = client.get(PATH.format(app=app, campaign="x"))
    assert_error(response, 500, "InternalServerErrorException")
    request_id = request_id_of(response)
    [record] = [r for r in caplog.records if request_id in r.getMessage()]
    assert f"response of GetCampaignActivities 200 violates the spec at {pointer}: " in (
        record.getMessage()
    )


# -- OPTIONS and CORS -------------------------------------------------------------------------------
def test_options_answers_the_preflight(
    client: httpx.Client, handlers: DemoHandlers, guard: RecordingGuard
) -> None:
    response = client.options(
        ACTIVITIES,
        headers={"Origin": "https://example.com", "Access-Control-Request-Method": "GET"},
    )
    assert response.status_code == 200
    assert response.content == b""
    headers = response.headers
    assert headers["allow"] == "GET, OPTIONS"
    assert headers["access-control-allow-origin"] == "*"
    assert headers["access-control-allow-methods"] == "GET, OPTIONS"
    allowed = [h.strip().lower() for h in headers["access-control-allow-headers"].split(",")]
    for name in ("authorization", "content-type", "x-amz-date", "x-amz-security-token"):
        assert name in allowed
    assert allowed.count("accept") == 1  # the header parameter, listed once
    assert int(headers["access-control-max-age"]) > 0
    assert headers["x-handler"] == "options"  # the OPTIONS handler was called
    request_id = request_id_of(response)
    assert handlers.received(request_id).application_id == APPLICATION_ID
    assert guard.contexts[request_id].security == ()  # security: [] in the spec


def test_guards_see_the_operations_security(client: httpx.Client, guard: RecordingGuard) -> None:
    response = client.get(ACTIVITIES)
    context = guard.contexts[request_id_of(response)]
    assert context.security == ("sigv4",)
    assert context.operation_id == "GetCampaignActivities"
    assert context.raw_path == ACTIVITIES.encode()
    assert context.client is not None and context.client[0] == "127.0.0.1"


def _every_kind_of_response(client: httpx.Client, headers: dict[str, str]) -> list[httpx.Response]:
    return [
        client.get(ACTIVITIES, headers=headers),
        client.get("/nope", headers=headers),
        client.delete(ACTIVITIES, headers=headers),
        client.get(f"{ACTIVITIES}?page-size=x", headers=headers),
        client.get(PATH.format(app="boom", campaign="x"), headers=headers),
        client.get(ACTIVITIES, headers={**headers, "X-Test-Guard": "forbid"}),
        client.get(ACTIVITIES, headers={**headers, "X-Test-Guard": "throttle"}),
    ]


def test_every_response_to_a_browser_carries_a_request_id_and_cors_headers(
    client: httpx.Client,
) -> None:
    responses = [
        *_every_kind_of_response(client, {"Origin": "https://app.example"}),
        client.options(ACTIVITIES),  # a preflight answer has them, Origin or not
    ]
    ids = [request_id_of(r) for r in responses]
    assert len(set(ids)) == len(ids)
    for response in responses:
        assert response.headers["access-control-allow-origin"] == "*"
        assert response.headers["access-control-expose-headers"].startswith(EXPOSE)
        if response.status_code >= 400:
            assert response.headers["x-amzn-errortype"].endswith("Exception")


def test_a_request_without_origin_gets_no_cors_headers(client: httpx.Client) -> None:
    """SDKs send no Origin, and read no CORS header: the app does not send them."""
    responses = _every_kind_of_response(client, {})
    assert {r.status_code for r in responses} == {200, 400, 403, 404, 405, 429, 500}
    for response in responses:
        request_id_of(response)
        assert "access-control-allow-origin" not in response.headers
        assert "access-control-expose-headers" not in response.headers


# -- guards ------------------------------------------------------------------------------------------
def test_guard_refuses_with_403(client: httpx.Client) -> None:
    response = client.get(ACTIVITIES, headers={"X-Test-Guard": "forbid"})
    assert assert_error(response, 403, "ForbiddenException").startswith("The request signature")


def test_guard_refuses_with_429_and_retry_after(client: httpx.Client) -> None:
    response = client.get(ACTIVITIES, headers={"X-Test-Guard": "throttle"})
    assert_error(response, 429, "TooManyRequestsException")
    assert response.headers["retry-after"] == "1"


def test_guards_run_before_parameter_validation(client: httpx.Client) -> None:
    response = client.get(f"{ACTIVITIES}?page-size=abc", headers={"X-Test-Guard": "forbid"})
    assert_error(response, 403, "ForbiddenException")


def test_guards_do_not_run_for_unrouted_requests(
    client: httpx.Client, guard: RecordingGuard
) -> None:
    response = client.get("/nope", headers={"X-Test-Guard": "forbid"})
    assert_error(response, 404, "NotFoundException")
    assert request_id_of(response) not in guard.contexts


# -- logging -----------------------------------------------------------------------------------------
def test_one_access_log_line_per_request(
    client: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="pinpoint_server.access")
    response = client.get(f"{ACTIVITIES}?page-size=x")
    request_id = request_id_of(response)
    # The app logs after the response is sent, on the server's thread: wait for the line.
    deadline = time.monotonic() + 10
    while True:
        lines = [
            r.getMessage()
            for r in caplog.records
            if r.name == "pinpoint_server.access" and request_id in r.getMessage()
        ]
        if lines or time.monotonic() > deadline:
            break
        time.sleep(0.01)
    [line] = lines
    assert re.fullmatch(
        rf'"GET {re.escape(ACTIVITIES)} HTTP/1.1" 400 {request_id} \d+\.\d+ms', line
    )


# -- helpers -----------------------------------------------------------------------------------------
def raw_request(base_url: str, head: str) -> tuple[int, dict[str, str], bytes]:
    """Send an HTTP/1.1 request byte for byte (what httpx would normalise away)."""
    url = urlsplit(base_url)
    with socket.create_connection((url.hostname or "", url.port or 80), timeout=10) as sock:
        sock.sendall(f"{head}Host: {url.netloc}\r\nConnection: close\r\n\r\n".encode("latin-1"))
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head_bytes, _, body = data.partition(b"\r\n\r\n")
    status_line, *lines = head_bytes.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, v in (line.split(":", 1) for line in lines)}
    return int(status_line.split()[1]), headers, body
