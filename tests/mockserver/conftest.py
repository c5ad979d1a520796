"""Fixtures of the mock server's data-layer tests: real SQLite files under tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mockserver.seed import seed_demo
from mockserver.service import ActivitiesService
from mockserver.store import Store
from tests.mockserver.helpers import APP, CAMPAIGN


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "nested" / "dir" / "mock.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store(db_path) as opened:
        yield opened


@pytest.fixture
def campaign(store: Store) -> tuple[str, str]:
    """An application with one empty campaign."""
    store.add_application(APP, name="test app")
    store.add_campaign(APP, CAMPAIGN, name="test campaign")
    return APP, CAMPAIGN


@pytest.fixture
def demo_store(store: Store) -> Store:
    assert seed_demo(store)
    return store


@pytest.fixture
def service(store: Store) -> ActivitiesService:
    return ActivitiesService(store)
