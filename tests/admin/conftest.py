"""Fixtures of the control-plane tests: one real server (``serve --port 0 --ready-file``) per
module, the generated admin client on it, unmodified boto3 for the AWS API, a reset before each
test."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pinpoint_admin_client import PinpointAdminClient

from tests.admin.support import admin_client
from tests.mockserver.serving import client
from tests.support.servers import RunningServer, ready_server


@pytest.fixture(scope="module")
def server(
    tmp_path_factory: pytest.TempPathFactory, module_store_url: str
) -> Iterator[RunningServer]:
    """The module's server, on each store (a SQLite file, a PostgreSQL database)."""
    folder = tmp_path_factory.mktemp("admin-server")
    with ready_server(folder, db=module_store_url) as running:  # type: ignore[arg-type]
        yield running


@pytest.fixture(scope="module")
def admin_module(server: RunningServer) -> Iterator[PinpointAdminClient]:
    with admin_client(server) as admin:
        yield admin


@pytest.fixture
def admin(admin_module: PinpointAdminClient) -> PinpointAdminClient:
    """The admin client, on a mock emptied for this test."""
    admin_module.reset_mock()
    return admin_module


@pytest.fixture(scope="module")
def pinpoint(server: RunningServer) -> Any:
    """boto3's Pinpoint client on the mock, without retries (one request per call)."""
    return client(server)
