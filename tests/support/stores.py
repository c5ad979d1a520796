"""Open the store a ``--db`` names (a SQLite path or a ``postgresql://`` URL) from a test."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any


def postgres_store_built() -> bool:
    """Whether the mock has its PostgreSQL store yet (mockserver.pg.store and psycopg)."""
    return all(importlib.util.find_spec(name) for name in ("psycopg", "mockserver.pg"))


def open_store(db: str | Path, *, read_only: bool = False) -> Any:
    """The mock's own ``open_store``: the test reads and writes the database the server uses."""
    try:
        from mockserver.storage import open_store as real
    except ImportError:  # before the PostgreSQL store: one implementation, SQLite
        from mockserver.store import Store

        return Store(db, read_only=read_only)
    return real(db, read_only=read_only)


def positions(store: Any, application_id: str, campaign_id: str) -> list[int]:
    """The positions (seq) of a campaign's activities in order, read through the store's
    contract (``fetch_page``), so the same assertion holds on SQLite and on PostgreSQL."""
    pk = store.resolve_campaign(application_id, campaign_id)
    return [int(seq) for seq, _ in store.fetch_page(pk, 0, 2**62)]


def all_positions(store: Any) -> list[int]:
    """Every activity's position in the store, ascending."""
    return sorted(
        seq
        for app in store.application_ids()
        for campaign in store.campaign_ids(app)
        for seq in positions(store, app, campaign)
    )
