"""Store-neutral reads for the suites that run on both stores (opened with the mock's own
``mockserver.storage.open_store``, a SQLite path or a ``postgresql://`` URL)."""

from __future__ import annotations

from typing import Any


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
