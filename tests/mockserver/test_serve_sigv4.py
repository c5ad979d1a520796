"""``serve --auth sigv4`` with unmodified boto3, curl's SigV4 and unsigned HTTP."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from unittest import mock

import httpx
import pytest

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
        # Unknown paths stay 404 and undeclared methods 405: routing comes before the guard.
        assert http.get("/v1/nothing").status_code == 404
        assert http.delete(RESOURCE).status_code == 405


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
