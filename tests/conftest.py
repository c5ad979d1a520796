"""Shared fixtures: the real mock server over real HTTP, one per test session by default."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.servers import RunningServer, mock_server

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"../shared is missing (looked for {SHARED}); tests read the reference from it")
    return SHARED


@pytest.fixture(scope="session")
def demo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """The mock server on a fresh database seeded with the demo data, auth off."""
    with mock_server(tmp_path_factory.mktemp("demo-server")) as server:
        yield server
