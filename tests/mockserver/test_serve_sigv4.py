"""``serve --auth sigv4`` with unmodified boto3, curl's SigV4 and unsigned HTTP."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import formatdate
from pathlib import Path
from typing import Any
from unittest import mock

import httpx
import pytest
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials as BotocoreCredentials

from mockserver.seed import DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID
from mockserver.sigv4 import INVALID_TOKEN, MISMATCH, MISSING_TOKEN
from tests.mockserver.serving import ACCESS_KEY, SECRET_KEY, capture_bodies, client, walk
from tests.support.servers import RunningServer, mock_server

TEMP_KEY = "ASIAMOCKSERVERTEMP01"
TEMP_SECRET = "temporary/secret+01"
SESSION_TOKEN = "FwoGZXIvYXdzEXAMPLEsessiontoken//+=="
RESOURCE = f"/v1/apps/{DEMO_APPLICATION_ID}/campaigns/{DEMO_CAMPAIGN_ID}/activities"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    workdir = tmp_path_factory.mktemp("sigv4-server")
    credentials = workdir / "credentials.json"
    credentials.write_text(
        json.dumps(
            {
                ACCESS_KEY: SECRET_KEY,
                TEMP_KEY: {"secret_access_key": TEMP_SECRET, "session_token": SESSION_TOKEN},
            }
        )
    )
    with mock_server(workdir, "--auth", "sigv4", "--credentials", str(credentials)) as running:
        yield running


def forbidden(call: Any, boto_client: Any) -> str:
    bodies = capture_bodies(boto_client)
    with pytest.raises(boto_client.exceptions.ForbiddenException) as info:
        call()
    response = info.value.response
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 403
    assert response["Error"]["Code"] == "ForbiddenException"
    assert response["ResponseMetadata"]["RequestId"] == bodies.last_json()["RequestID"]
    message: str = response["Error"]["Message"]
    return message


def get_demo(boto_client: Any, **params: str) -> dict[str, Any]:
    response: dict[str, Any] = boto_client.get_campaign_activities(
        ApplicationId=DEMO_APPLICATION_ID, CampaignId=DEMO_CAMPAIGN_ID, **params
    )
    return response


def test_right_credentials_pass(server: RunningServer) -> None:
    signed = client(server)
    assert len(get_demo(signed)["ActivitiesResponse"]["Item"]) == 20
    # A whole walk: every NextToken in the query string is signed and verified as sent.
    items = [item for page in walk(signed, DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID, PageSize="6")
             for item in page["Item"]]  # fmt: skip
    assert len(items) == 57 == len({item["Id"] for item in items})
    temporary = client(server, key=TEMP_KEY, secret=TEMP_SECRET, token=SESSION_TOKEN)
    assert get_demo(temporary, PageSize="1")["ActivitiesResponse"]["Item"]


def test_odd_ids_are_verified_then_not_found(server: RunningServer) -> None:
    """boto3 encodes "/" as %2F and UTF-8 as %XX; the server verifies the path as received."""
    signed = client(server)
    for app in ("team/project", "été ✓", "a" * 2000):
        with pytest.raises(signed.exceptions.NotFoundException) as info:
            signed.get_campaign_activities(ApplicationId=app, CampaignId="c")
        assert info.value.response["Error"]["Message"].startswith(
            f"Application not found: {app[:100]}"
        )


def test_wrong_secret_message(server: RunningServer) -> None:
    wrong = client(server, secret="not-the-secret")
    message = forbidden(lambda: get_demo(wrong, PageSize="2"), wrong)
    assert message.startswith(MISMATCH)
    assert "The Canonical String for this request should have been\n'GET\n" in message
    assert "page-size=2" in message and "AWS4-HMAC-SHA256\n" in message


def test_unknown_key_and_wrong_session_token_are_forbidden(server: RunningServer) -> None:
    unknown = client(server, key="AKIDNOBODYKNOWS00001")
    assert forbidden(lambda: get_demo(unknown), unknown) == INVALID_TOKEN
    wrong_token = client(server, key=TEMP_KEY, secret=TEMP_SECRET, token="stolen")
    assert forbidden(lambda: get_demo(wrong_token), wrong_token) == INVALID_TOKEN


def test_old_and_future_timestamps_are_forbidden(server: RunningServer) -> None:
    """boto3 as run on a machine whose clock is off by 20 minutes."""
    signed = client(server)
    for offset in (timedelta(minutes=-20), timedelta(minutes=20)):
        skewed = (datetime.now(UTC) + offset).replace(tzinfo=None)
        with mock.patch("botocore.auth.get_current_datetime", return_value=skewed):
            message = forbidden(lambda: get_demo(signed), signed)
        expected = "Signature expired: " if offset < timedelta(0) else "Signature not yet current: "
        assert message.startswith(expected) and "15 min." in message
    small = (datetime.now(UTC) - timedelta(minutes=10)).replace(tzinfo=None)
    with mock.patch("botocore.auth.get_current_datetime", return_value=small):
        assert get_demo(signed)["ResponseMetadata"]["HTTPStatusCode"] == 200


def test_unsigned_requests_are_forbidden_but_the_preflight_is_not(server: RunningServer) -> None:
    with httpx.Client(base_url=server.url) as http:
        response = http.get(RESOURCE)
        assert response.status_code == 403
        assert response.headers["x-amzn-errortype"] == "ForbiddenException"
        body = response.json()
        assert body == {"RequestID": response.headers["x-amzn-requestid"], "Message": MISSING_TOKEN}
        preflight = http.options(
            RESOURCE,
            headers={"Origin": "https://x.example", "Access-Control-Request-Method": "GET"},
        )
        assert preflight.status_code == 200 and "authorization" in (
            preflight.headers["access-control-allow-headers"].lower()
        )
        garbage = http.get(RESOURCE, headers={"Authorization": "Bearer abc"})
        assert (
            garbage.status_code == 403 and "Authorization=Bearer abc" in garbage.json()["Message"]
        )
        # Unsigned, an unknown path or method is API Gateway's 403 Missing Authentication Token.
        for unknown in (http.get("/v1/nothing"), http.delete(RESOURCE)):
            assert unknown.status_code == 403
            assert unknown.headers["x-amzn-errortype"] == "ForbiddenException"
            assert unknown.json() == {
                "RequestID": unknown.headers["x-amzn-requestid"],
                "Message": MISSING_TOKEN,
            }
        # Signed (even wrongly), routing answers first: 404 and 405 as without auth.
        assert http.get("/v1/nothing", headers={"Authorization": "x"}).status_code == 404
        assert http.delete(RESOURCE, headers={"Authorization": "x"}).status_code == 405


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_curl_aws_sigv4_is_accepted(server: RunningServer) -> None:
    """Another SigV4 implementation than botocore's: curl's --aws-sigv4."""
    done = subprocess.run(
        ["curl", "-s", "-w", "\n%{http_code}", "--aws-sigv4", "aws:amz:us-east-1:mobiletargeting",
         "--user", f"{ACCESS_KEY}:{SECRET_KEY}", f"{server.url}{RESOURCE}?page-size=3"],
        capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    body, _, status = done.stdout.rpartition("\n")
    assert status == "200", body
    assert len(json.loads(body)["Item"]) == 3


@pytest.mark.parametrize("form", ["ini", "env"])
def test_ini_file_and_environment_credentials(tmp_path: Path, form: str) -> None:
    key, secret = "AKIDFROM" + form.upper() + "00000001", f"{form}/secret"
    args: list[str] = ["--auth", "sigv4"]
    env = {"AWS_ACCESS_KEY_ID": "", "AWS_SECRET_ACCESS_KEY": ""}
    if form == "ini":
        path = tmp_path / "credentials"
        path.write_text(
            f"[default]\naws_access_key_id = {key}\naws_secret_access_key = {secret}\n"
            "[other]\naws_access_key_id = AKIDOTHER\naws_secret_access_key = other\n"
        )
        args += ["--credentials", str(path)]
    else:
        env = {"AWS_ACCESS_KEY_ID": key, "AWS_SECRET_ACCESS_KEY": secret}
    with mock_server(tmp_path, *args, env=env) as running:
        assert get_demo(client(running, key=key, secret=secret))["ActivitiesResponse"]["Item"]
        wrong = client(running, key=key, secret="wrong")
        assert forbidden(lambda: get_demo(wrong), wrong).startswith(MISMATCH)
        if form == "ini":
            assert get_demo(client(running, key="AKIDOTHER", secret="other"))


def signed_headers(
    server: RunningServer, url_path: str, *, date: bool = False, region: str = "us-east-1"
) -> dict[str, str]:
    """The headers botocore signs a GET of ``url_path`` with (a Date header first if asked:
    botocore then signs with Date and sends no X-Amz-Date)."""
    request = AWSRequest(method="GET", url=server.url + url_path)
    if date:
        request.headers["Date"] = formatdate(usegmt=True)
    SigV4Auth(BotocoreCredentials(ACCESS_KEY, SECRET_KEY), "mobiletargeting", region).add_auth(
        request
    )
    return dict(request.headers.items())


def test_a_date_header_instead_of_x_amz_date_verifies(server: RunningServer) -> None:
    headers = signed_headers(server, RESOURCE + "?page-size=2", date=True)
    assert "X-Amz-Date" not in headers and "date" in headers["Authorization"]
    with httpx.Client(base_url=server.url) as http:
        response = http.get(RESOURCE + "?page-size=2", headers=headers)
        assert response.status_code == 200, response.text
        assert len(response.json()["Item"]) == 2
        stale = dict(headers, Date=formatdate(time.time() - 3600, usegmt=True))
        assert http.get(RESOURCE + "?page-size=2", headers=stale).status_code == 403


def test_two_authorization_headers_are_forbidden(server: RunningServer) -> None:
    headers = signed_headers(server, RESOURCE)
    authorization = headers.pop("Authorization")
    with httpx.Client(base_url=server.url) as http:
        twice = [*headers.items(), ("Authorization", authorization), ("Authorization", "x")]
        response = http.get(RESOURCE, headers=twice)
        assert response.status_code == 403 and "more than one" in response.json()["Message"]
        again = [*headers.items(), ("Authorization", authorization)]
        assert http.get(RESOURCE, headers=again).status_code == 200


def test_the_query_is_canonicalized_as_sigv4_says(server: RunningServer) -> None:
    """Signed as page-size=2, sent as page%2Dsize=2: the server reads page-size, and verifies."""
    headers = signed_headers(server, RESOURCE + "?page-size=2")
    with httpx.Client(base_url=server.url) as http:
        response = http.get(server.url + RESOURCE + "?page%2Dsize=2", headers=headers)
        assert response.status_code == 200, response.text
        assert len(response.json()["Item"]) == 2
        # A value changed after signing is still a mismatch.
        changed = http.get(server.url + RESOURCE + "?page%2Dsize=3", headers=headers)
        assert changed.status_code == 403


def test_region_refuses_a_scope_for_another_region(tmp_path: Path) -> None:
    credentials = tmp_path / "credentials.json"
    credentials.write_text(json.dumps({ACCESS_KEY: SECRET_KEY}))
    with (
        mock_server(
            tmp_path, "--auth", "sigv4", "--credentials", str(credentials), "--region", "eu-west-1"
        ) as running,
        httpx.Client(base_url=running.url) as http,
    ):
        wrong = http.get(RESOURCE, headers=signed_headers(running, RESOURCE))
        assert wrong.status_code == 403
        assert "us-east-1" in wrong.json()["Message"]
        right = http.get(RESOURCE, headers=signed_headers(running, RESOURCE, region="eu-west-1"))
        assert right.status_code == 200
