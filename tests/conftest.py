"""Shared fixtures: the real mock server over real HTTP, one per test session by default, and a
real PostgreSQL server (tests/support/postgres.py) for the tests of the PostgreSQL store."""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

import pytest
from hypothesis import HealthCheck, settings

from tests.support.postgres import PostgresServer, PostgresUnavailable, running_postgres
from tests.support.servers import RunningServer, mock_server

# Property tests share a 2-core CI machine with servers the suite runs: Hypothesis's timing
# checks (a slow example, slow data generation) measure that load, not the code under test.
settings.register_profile(
    "suite", deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.load_profile("suite")

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
STORES = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"../shared is missing (looked for {SHARED}); tests read the reference from it")
    return SHARED


@pytest.fixture(scope="module")
def anyio_backend() -> str:
    """The async tests run on asyncio, as the mock and the generated clients do. anyio's plugin
    would add every backend installed, and trio is (selenium, for tests/web, needs it)."""
    return "asyncio"


@pytest.fixture(scope="session")
def demo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """The mock server on a fresh database seeded with the demo data, auth off."""
    with mock_server(tmp_path_factory.mktemp("demo-server")) as server:
        yield server


def _interrupt_on_sigterm() -> None:
    """A SIGTERM to pytest becomes a KeyboardInterrupt, so session teardown stops postgres."""

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt(f"signal {signum}")

    if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
        with contextlib.suppress(ValueError):  # not the main thread
            signal.signal(signal.SIGTERM, interrupt)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One real PostgreSQL server for the session; skipped where it is not installed, except
    under CI (CI=true), where a missing server fails: CI never skips PostgreSQL silently."""
    with contextlib.ExitStack() as stack:
        try:
            server = stack.enter_context(running_postgres())
        except PostgresUnavailable as exc:
            if os.environ.get("CI") == "true":
                pytest.fail(f"CI=true and {exc}")
            pytest.skip(str(exc))
        _interrupt_on_sigterm()
        yield server


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A fresh empty database of its own for one test, dropped after it."""
    with postgres_server.database() as url:
        yield url


def _store_url(request: pytest.FixtureRequest, folder: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(folder / "mock.sqlite3")
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    with server.database() as url:
        yield url


@pytest.fixture(params=STORES)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """``--db`` for one test: a SQLite file path, or a fresh PostgreSQL database's URL."""
    yield from _store_url(request, tmp_path)


@pytest.fixture(scope="module", params=STORES)
def module_store_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """``store_url`` shared by a module's tests (for a server started once per module)."""
    yield from _store_url(request, tmp_path_factory.mktemp("store"))
