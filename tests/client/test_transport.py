"""The sync client's lean HTTP/1.1 transport, over real sockets (and TLS)."""

from __future__ import annotations

import shutil
import ssl
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from pinpoint_client import PinpointClient
from pinpoint_client._transport import Http11Transport

from tests.client.misbehaving import RunningApp, serve_misbehaving


def test_the_sync_client_uses_it_by_default(misbehaving: RunningApp) -> None:
    with PinpointClient(misbehaving.url) as client:
        assert isinstance(client.http._transport, Http11Transport)


def test_a_proxy_in_the_environment_keeps_httpx_transport(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.invalid:3128")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    with PinpointClient("https://pinpoint.us-east-1.amazonaws.com") as client:
        assert not isinstance(client.http._transport, Http11Transport)


@pytest.mark.parametrize("scenario", ["ok", "sized", "gzip", "close"])
def test_bodies_chunked_sized_compressed_and_closing(
    misbehaving: RunningApp, scenario: str
) -> None:
    with PinpointClient(misbehaving.url) as client:
        for _ in range(3):  # the same pooled connection, or a new one after "close"
            page = client.get_campaign_activities(
                application_id=f"{scenario}~body", campaign_id="c"
            )
            assert page.item[0].id == "a1"
    assert misbehaving.count(f"{scenario}~body") == 3


def test_head_has_no_body(misbehaving: RunningApp) -> None:
    with PinpointClient(misbehaving.url) as client:
        response = client.request("HEAD", "/v1/apps/sized~head/campaigns/c/activities")
    assert response.status_code == 200 and response.content == b""


def test_an_idle_connection_closed_by_the_server_is_replaced() -> None:
    with serve_misbehaving(keep_alive=1) as app, PinpointClient(app.url) as client:
        client.get_campaign_activities(application_id="ok~idle", campaign_id="c")
        time.sleep(1.6)  # the server closes the kept-alive connection meanwhile
        client.get_campaign_activities(application_id="ok~idle", campaign_id="c")
        assert app.count("ok~idle") == 2  # no request lost or sent twice


def test_read_timeout(misbehaving: RunningApp) -> None:
    client = PinpointClient(misbehaving.url, timeout=0.3, max_attempts=1)
    with client, pytest.raises(httpx.ReadTimeout):
        client.get_campaign_activities(application_id="slow~timeout", campaign_id="c")


def test_threads_share_the_pool(misbehaving: RunningApp) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with PinpointClient(misbehaving.url) as client, ThreadPoolExecutor(8) as pool:
        pages = list(
            pool.map(
                lambda _: client.get_campaign_activities(
                    application_id="ok~threads", campaign_id="c"
                ),
                range(64),
            )
        )
    assert len(pages) == 64 and misbehaving.count("ok~threads") == 64


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
        check=True, capture_output=True,
    )  # fmt: skip
    yield str(cert), str(key)


def test_tls(certificate: tuple[str, str], tmp_path: Path) -> None:
    cert, key = certificate
    with serve_misbehaving(certfile=cert, keyfile=key) as app:
        trusted = ssl.create_default_context(cafile=cert)
        with PinpointClient(app.url, verify=trusted) as client:
            for _ in range(2):
                assert client.get_campaign_activities(application_id="ok~tls", campaign_id="c").item
        untrusted = PinpointClient(app.url, max_attempts=1)  # not in httpx's CA bundle
        with untrusted, pytest.raises(httpx.ConnectError):
            untrusted.get_campaign_activities(application_id="ok~tls", campaign_id="c")
    assert app.count("ok~tls") == 2
