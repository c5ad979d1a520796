"""The pytest plugin of the mock (entry point ``pytest11``): the ``pinpoint_mock`` fixture.

One server per test session, and so one per pytest-xdist worker (each worker is a session of its
own): it listens on port 0 with its own temporary database, so workers never share state or
fight over a port. Every test starts from an empty mock (``reset()``), so tests cannot see each
other's data whatever the order. Nothing is imported or started until a test asks for the
fixture: every project that has the package installed loads the plugin.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, cast

import pytest

if TYPE_CHECKING:
    from mockserver.testing import MockServer, Mode


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("pinpoint-mock", "the Pinpoint Campaign Activities mock server")
    group.addoption(
        "--pinpoint-mock-mode",
        default=None,
        help="thread: uvicorn inside the test process; subprocess: `python -m mockserver serve`"
        " (default: the pinpoint_mock_mode ini value, else thread)",
    )
    parser.addini(
        "pinpoint_mock_mode", "how to run the pinpoint_mock server: thread or subprocess", "string"
    )
    parser.addini(
        "pinpoint_mock_demo",
        "reset the pinpoint_mock server to the demo data before each test (default: empty)",
        "bool",
        default=False,
    )
    parser.addini(
        "pinpoint_mock_serve_args",
        "more `serve` options for the pinpoint_mock server, e.g. --rate-limit 5",
        "args",
        default=[],
    )


def _mode(config: pytest.Config) -> Mode:
    """The --pinpoint-mock-mode option, else the ini value, else thread; checked only here, so
    that loading the plugin imports nothing of the mock."""
    from mockserver.testing import MODES

    mode = config.getoption("pinpoint_mock_mode") or config.getini("pinpoint_mock_mode") or "thread"
    if mode not in MODES:
        raise pytest.UsageError(f"pinpoint_mock_mode must be one of {', '.join(MODES)}: {mode!r}")
    return cast("Mode", mode)


@pytest.fixture(scope="session")
def pinpoint_mock_server(pytestconfig: pytest.Config) -> Iterator[MockServer]:
    """The session's mock server (one per xdist worker); use ``pinpoint_mock`` in tests."""
    from mockserver.testing import MockServer

    args = [str(arg) for arg in pytestconfig.getini("pinpoint_mock_serve_args")]
    with MockServer(mode=_mode(pytestconfig), serve_args=args) as server:
        yield server


@pytest.fixture
def pinpoint_mock(pinpoint_mock_server: MockServer, pytestconfig: pytest.Config) -> MockServer:
    """The session's mock server, emptied (or reset to the demo data) for this test."""
    pinpoint_mock_server.reset(demo=bool(pytestconfig.getini("pinpoint_mock_demo")))
    return pinpoint_mock_server
