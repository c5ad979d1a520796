"""Who may call the control plane: open on loopback, off elsewhere without a token, and the
token required wherever one was given. The AWS API is never affected."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from pinpoint_admin_client import ForbiddenException

from mockserver.seed import DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID
from tests.admin.support import admin_client
from tests.support.servers import RunningServer, ready_server


def _demo_page(server: RunningServer) -> int:
    return httpx.get(server.activities_url(DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID)).status_code


def test_open_on_loopback_without_a_token(server: RunningServer) -> None:
    with admin_client(server) as admin:
        assert admin.get_health().status == "ok"


@pytest.fixture(scope="module")
def token() -> str:
    return secrets.token_urlsafe(16)


@pytest.fixture(scope="module")
def with_token(tmp_path_factory: pytest.TempPathFactory, token: str) -> Iterator[RunningServer]:
    with ready_server(tmp_path_factory.mktemp("token"), f"--admin-token={token}") as running:
        yield running


def _refused(server: RunningServer, token: str | None) -> ForbiddenException:
    with admin_client(server, token) as admin, pytest.raises(ForbiddenException) as caught:
        admin.get_health()
    assert caught.value.error_type == "ForbiddenException" and caught.value.request_id
    return caught.value


def test_a_token_given_on_loopback_is_required(with_token: RunningServer, token: str) -> None:
    assert "token" in _refused(with_token, None).message
    _refused(with_token, token + "x")
    _refused(with_token, token[:-1])
    with admin_client(with_token, token) as admin:
        assert admin.get_health().status == "ok"
        assert admin.list_applications().item
    response = httpx.get(f"{with_token.url}/_mock/health", headers={"Authorization": token})
    assert response.status_code == 403  # no Bearer scheme
    assert _demo_page(with_token) == 200


def test_off_on_a_non_loopback_address_without_a_token(tmp_path: Path) -> None:
    with ready_server(tmp_path, host="0.0.0.0") as server:
        assert server.url.startswith("http://127.0.0.1:")
        assert "--admin-token" in _refused(server, None).message
        _refused(server, "anything")
        assert _demo_page(server) == 200


def test_on_a_non_loopback_address_with_a_token_from_the_environment(
    tmp_path: Path, token: str
) -> None:
    env = {"PINPOINT_MOCK_ADMIN_TOKEN": token}
    with ready_server(tmp_path, host="0.0.0.0", env=env) as server:
        _refused(server, None)
        with admin_client(server, token) as admin:
            assert admin.get_health().status == "ok"
