"""The PostgreSQL store with its per-turn page batch, on the suite's PostgreSQL (tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mockserver.pg.pages import PageBatch
from mockserver.pg.store import PgStore
from mockserver.storage import open_store


@pytest.fixture
def store(postgres_url: str) -> Iterator[PgStore]:
    opened = open_store(postgres_url)
    assert isinstance(opened, PgStore) and isinstance(opened.page_batcher, PageBatch)
    with opened:
        yield opened
