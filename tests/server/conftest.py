"""Fixtures of the server target's tests: the generated package, served by uvicorn."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pinpoint_server import create_app

from tests.server.handlers import DemoHandlers, RecordingGuard
from tests.server.support import serve


@pytest.fixture(scope="session")
def handlers() -> DemoHandlers:
    return DemoHandlers()


@pytest.fixture(scope="session")
def guard() -> RecordingGuard:
    return RecordingGuard()


@pytest.fixture(scope="session")
def base_url(handlers: DemoHandlers, guard: RecordingGuard) -> Iterator[str]:
    """The Pinpoint server package around the demo handlers, validating its responses."""
    app = create_app(handlers, validate_responses=True, guards=[guard])
    with serve(app) as url:
        yield url
