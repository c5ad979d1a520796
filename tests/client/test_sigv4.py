"""AWS Signature Version 4 against the mock server running ``--auth sigv4`` (verified by botocore)."""

from __future__ import annotations

import httpx
import pytest
from pinpoint_client import (
    AsyncPinpointClient,
    BadRequestException,
    ForbiddenException,
    NotFoundException,
    PinpointClient,
    SigV4Auth,
)
from pinpoint_client.sigv4 import SIGNING_NAME, MissingCredentialsError

from tests.client.conftest import ACCESS_KEY, SECRET_KEY, requests_in_log
from tests.support.servers import APPLICATION_ID, CAMPAIGN_ID, RunningServer

IDS = {"application_id": APPLICATION_ID, "campaign_id": CAMPAIGN_ID}


def _auth(secret: str = SECRET_KEY) -> SigV4Auth:
    return SigV4Auth("us-east-1", access_key_id=ACCESS_KEY, secret_access_key=secret)


def test_the_signing_name_comes_from_the_spec() -> None:
    assert SIGNING_NAME == "mobiletargeting"
    assert _auth().service == "mobiletargeting"


def test_signed_requests_pass(sigv4_server: RunningServer) -> None:
    with PinpointClient(sigv4_server.url, auth=_auth()) as client:
        page = client.get_campaign_activities(**IDS, page_size=2)
        assert len(page.item) == 2
        # the query string (page-size, a token with '.', '_', '-') is signed as it is sent
        everything = list(client.iter_get_campaign_activities(**IDS, page_size=3))
    assert len(everything) == len({a.id for a in everything}) >= 2


def test_a_wrong_secret_is_forbidden_and_not_retried(sigv4_server: RunningServer) -> None:
    with (
        PinpointClient(sigv4_server.url, auth=_auth("not-the-secret")) as client,
        pytest.raises(ForbiddenException) as caught,
    ):
        client.get_campaign_activities(application_id="wrong-secret-app", campaign_id="c")
    assert caught.value.status == 403
    assert caught.value.error_type == "ForbiddenException"
    assert requests_in_log(sigv4_server, "/wrong-secret-app/", expect=1) == ["403"]


def test_unsigned_requests_are_forbidden(sigv4_server: RunningServer) -> None:
    with PinpointClient(sigv4_server.url) as client, pytest.raises(ForbiddenException):
        client.get_campaign_activities(**IDS)


def test_encoded_ids_and_tokens_are_signed_as_sent(sigv4_server: RunningServer) -> None:
    """Reserved characters in path and query: the signature holds, the server answers 404/400."""
    with PinpointClient(sigv4_server.url, auth=_auth()) as client:
        with pytest.raises(NotFoundException):
            client.get_campaign_activities(application_id="a b/c?d=e&f%g~h", campaign_id="x y")
        with pytest.raises(BadRequestException):
            client.get_campaign_activities(**IDS, token="a+b/c=d e&f~g")


def test_credentials_from_the_environment(
    sigv4_server: RunningServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", ACCESS_KEY)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
    monkeypatch.delenv("AWS_SESSION_TOKEN", raising=False)
    with PinpointClient(sigv4_server.url, region="us-east-1", sigv4=True) as client:
        assert client.get_campaign_activities(**IDS).item


def test_a_botocore_credentials_object(sigv4_server: RunningServer) -> None:
    from botocore.credentials import Credentials

    auth = SigV4Auth("us-east-1", credentials=Credentials(ACCESS_KEY, SECRET_KEY))
    with PinpointClient(sigv4_server.url, auth=auth) as client:
        assert client.get_campaign_activities(**IDS).item


@pytest.mark.anyio
async def test_async_signed_and_forbidden(sigv4_server: RunningServer) -> None:
    async with AsyncPinpointClient(sigv4_server.url, auth=_auth()) as client:
        assert (await client.get_campaign_activities(**IDS)).item
    async with AsyncPinpointClient(sigv4_server.url, auth=_auth("wrong")) as client:
        with pytest.raises(ForbiddenException):
            await client.get_campaign_activities(**IDS)


def test_the_cors_preflight_is_never_signed(sigv4_server: RunningServer) -> None:
    """OPTIONS has ``security: []`` in the spec: it goes out without the client's auth."""
    with PinpointClient(sigv4_server.url, auth=_auth("wrong-secret")) as client:
        headers = client.options_campaign_activities(**IDS)
    assert "GET" in headers["allow"]
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, headers={"allow": "GET, OPTIONS"})

    transport = httpx.MockTransport(handler)
    with PinpointClient("http://pinpoint.test", auth=_auth(), transport=transport) as client:
        client.options_campaign_activities(**IDS)
    assert "authorization" not in sent[0].headers


def test_every_attempt_is_signed_afresh() -> None:
    """The auth flow runs per request: the same auth signs two requests with their own URLs."""
    auth = _auth()
    signed: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        signed.append(request)
        return httpx.Response(200, json={"Item": []})

    with PinpointClient(
        "http://pinpoint.test", auth=auth, transport=httpx.MockTransport(handler)
    ) as client:
        client.get_campaign_activities(**IDS)
        client.get_campaign_activities(**IDS, page_size=5)
    assert len(signed) == 2
    for request in signed:
        authorization = request.headers["Authorization"]
        assert authorization.startswith(f"AWS4-HMAC-SHA256 Credential={ACCESS_KEY}/")
        assert "/us-east-1/mobiletargeting/aws4_request" in authorization
        assert "SignedHeaders=host;x-amz-date" in authorization
        assert request.headers["X-Amz-Date"]
    assert signed[0].headers["Authorization"] != signed[1].headers["Authorization"]


def test_session_tokens_are_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", ACCESS_KEY)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
    monkeypatch.setenv("AWS_SESSION_TOKEN", "session-token-value")
    request = httpx.Request(
        "GET", "https://pinpoint.us-east-1.amazonaws.com/v1/apps/a/campaigns/b/activities"
    )
    SigV4Auth("us-east-1").sign(request)
    assert request.headers["X-Amz-Security-Token"] == "session-token-value"
    assert "x-amz-security-token" in request.headers["Authorization"]


def test_missing_credentials_fail_early(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(MissingCredentialsError):
        SigV4Auth("us-east-1")
    with pytest.raises(MissingCredentialsError):
        SigV4Auth("us-east-1", access_key_id="only-the-key")
    with pytest.raises(ValueError, match="either auth= or sigv4=True"):
        PinpointClient("http://x", auth=_auth(), sigv4=True)
