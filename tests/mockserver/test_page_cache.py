"""The service's page cache: never stale, bounded, and invisible in what it returns."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from mockserver.errors import InvalidTokenError
from mockserver.service import ActivitiesService
from mockserver.store import Store
from tests.mockserver.helpers import APP, CAMPAIGN, page, pending, walk

REPO = Path(__file__).resolve().parents[2]


def test_a_write_through_the_same_connection_is_seen(
    store: Store, service: ActivitiesService, campaign: tuple[str, str]
) -> None:
    """data_version ignores a connection's own commits; the cache must not."""
    store.add_activities(APP, CAMPAIGN, [pending("a-1")])
    assert [i["Id"] for i in page(service, APP, CAMPAIGN)["Item"]] == ["a-1"]
    store.add_activities(APP, CAMPAIGN, [pending("a-2")])
    assert [i["Id"] for i in page(service, APP, CAMPAIGN)["Item"]] == ["a-1", "a-2"]


def test_a_write_by_another_process_is_seen(
    db_path: Path, store: Store, service: ActivitiesService, campaign: tuple[str, str]
) -> None:
    store.add_activities(APP, CAMPAIGN, [pending(f"b-{n}") for n in range(3)])
    reader = ActivitiesService(Store(db_path, read_only=True))
    first = walk(reader, APP, CAMPAIGN, page_size="2")
    assert first == [["b-0", "b-1"], ["b-2"]]
    script = textwrap.dedent(
        f"""
        from mockserver.store import Store
        from tests.mockserver.helpers import pending
        with Store({str(db_path)!r}) as store:
            store.add_activities({APP!r}, {CAMPAIGN!r}, [pending("b-3")])
        """
    )
    subprocess.run([sys.executable, "-c", script], cwd=REPO, check=True)
    assert walk(reader, APP, CAMPAIGN, page_size="2") == [["b-0", "b-1"], ["b-2", "b-3"]]


def test_cached_and_uncached_pages_are_the_same_bytes(demo_store: Store) -> None:
    from mockserver.seed import DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID

    cached = ActivitiesService(demo_store)
    uncached = ActivitiesService(demo_store, page_cache_bytes=0)
    for size in (None, "1", "7", "100"):
        token: str | None = None
        while True:
            for _ in range(2):  # the second call is a hit
                body = cached.get_activities_page(
                    DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID, page_size=size, token=token
                )
                assert body == uncached.get_activities_page(
                    DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID, page_size=size, token=token
                )
            token = page(
                cached, DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID, page_size=size, token=token
            )["NextToken"]
            if token is None:
                break


def test_bad_tokens_are_checked_every_time_and_the_cache_is_bounded(
    store: Store, campaign: tuple[str, str]
) -> None:
    store.add_activities(APP, CAMPAIGN, [pending(f"c-{n:02d}") for n in range(40)])
    service = ActivitiesService(store, page_cache_bytes=2_000)
    token = page(service, APP, CAMPAIGN, page_size="1")["NextToken"]
    forged = token[:-1] + ("A" if token[-1] != "A" else "B")
    for _ in range(2):
        with pytest.raises(InvalidTokenError):
            service.get_activities_page(APP, CAMPAIGN, token=forged)
    pages = walk(service, APP, CAMPAIGN, page_size="1")
    assert len(pages) == 40
    cache = service._cache
    assert 0 < cache.size <= 2_000 and cache.size == sum(map(len, cache.pages.values()))
    with pytest.raises(ValueError):
        ActivitiesService(store, page_cache_bytes=-1)
