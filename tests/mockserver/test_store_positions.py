"""Positions (seq) are never given out twice, so NextTokens stay exact across deletes, and the
campaign keys a serving store keeps are dropped when another store deletes campaigns. On each
store: a SQLite file and a PostgreSQL database (the ``store_url`` fixture)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from mockserver.errors import CampaignNotFoundError
from mockserver.service import ActivitiesService
from mockserver.storage import ActivityStore, open_store
from tests.mockserver.helpers import APP, CAMPAIGN, page, pending, walk
from tests.support.stores import all_positions, positions


@pytest.fixture
def db_path(store_url: str) -> str:
    return store_url


@pytest.fixture
def store(db_path: str) -> Iterator[ActivityStore]:
    with open_store(db_path) as opened:
        yield opened


def _add(store: ActivityStore, prefix: str, count: int, campaign: str = CAMPAIGN) -> list[str]:
    ids = [f"{prefix}{i:03d}" for i in range(count)]
    store.add_activities(APP, campaign, [pending(i) for i in ids])
    return ids


def _rest(service: ActivitiesService, token: str, page_size: str = "20") -> list[str]:
    """Follow NextToken from ``token`` to the end; the Ids in order."""
    ids: list[str] = []
    next_token: str | None = token
    while next_token is not None:
        decoded = page(service, APP, CAMPAIGN, page_size=page_size, token=next_token)
        ids += [item["Id"] for item in decoded["Item"]]
        next_token = decoded["NextToken"]
    return ids


def _seqs(store: ActivityStore) -> list[int]:
    return all_positions(store)


def test_a_token_from_before_deleting_activities_walks_the_new_ones_once(
    store: ActivityStore, service: ActivitiesService, campaign: tuple[str, str]
) -> None:
    _add(store, "old", 50)
    first = page(service, APP, CAMPAIGN)
    assert store.delete_activities(APP, CAMPAIGN) == 50
    new = _add(store, "new", 45)
    assert _rest(service, first["NextToken"]) == new
    assert _seqs(store) == list(range(51, 96))
    assert [i for p in walk(service, APP, CAMPAIGN) for i in p] == new


def test_a_token_walks_the_rest_once_when_part_is_deleted_and_added_again(
    store: ActivityStore, service: ActivitiesService, campaign: tuple[str, str]
) -> None:
    old = _add(store, "old", 30)
    first = page(service, APP, CAMPAIGN, page_size="10")
    assert [i["Id"] for i in first["Item"]] == old[:10]
    # Delete everything, add back the old ones in part and some new ones: the walk from the
    # token sees each of them once (they all come after every position it can name).
    store.delete_activities(APP, CAMPAIGN)
    again = _add(store, "old", 5) + _add(store, "new", 12)
    assert _rest(service, first["NextToken"], page_size="7") == again


def test_a_campaign_created_again_never_reuses_a_position(
    store: ActivityStore, service: ActivitiesService, campaign: tuple[str, str]
) -> None:
    _add(store, "old", 40)
    token = page(service, APP, CAMPAIGN)["NextToken"]
    old_last = max(_seqs(store))
    store.delete_campaign(APP, CAMPAIGN)
    with pytest.raises(CampaignNotFoundError):
        service.get_activities_page(APP, CAMPAIGN, None, token)
    store.put_campaign(APP, CAMPAIGN)
    new = _add(store, "new", 25)
    assert min(_seqs(store)) > old_last
    assert _rest(service, token) == new  # the old token names no position of the new data
    assert [i for p in walk(service, APP, CAMPAIGN) for i in p] == new


def test_an_application_created_again_or_a_reset_never_reuses_a_position(
    store: ActivityStore, service: ActivitiesService, campaign: tuple[str, str]
) -> None:
    _add(store, "a", 30)
    token = page(service, APP, CAMPAIGN)["NextToken"]
    store.delete_application(APP)
    store.put_application(APP)
    store.put_campaign(APP, CAMPAIGN)
    second = _add(store, "b", 30)
    assert min(_seqs(store)) > 30
    assert _rest(service, token) == second
    token = page(service, APP, CAMPAIGN)["NextToken"]
    high = max(_seqs(store))
    store.reset()
    store.put_application(APP)
    store.put_campaign(APP, CAMPAIGN)
    third = _add(store, "c", 21)
    assert min(_seqs(store)) > high
    assert _rest(service, token) == third


def test_campaigns_of_a_fresh_file_start_at_one_and_stay_contiguous(
    store: ActivityStore, campaign: tuple[str, str]
) -> None:
    store.put_campaign(APP, "c2")
    _add(store, "x", 5)
    _add(store, "y", 3, campaign="c2")
    _add(store, "x", 0)
    store.add_activities(APP, CAMPAIGN, [pending("z")])
    assert positions(store, APP, CAMPAIGN) == [1, 2, 3, 4, 5, 6]
    assert positions(store, APP, "c2") == [1, 2, 3]


class _Turn:
    """Stands in for an event loop turn: share_snapshot's end runs when the test says so."""

    def __init__(self) -> None:
        self.pending: list[Callable[[], None]] = []

    def schedule(self, callback: Callable[[], None]) -> None:
        self.pending.append(callback)

    def end(self) -> None:
        for callback in self.pending:
            callback()
        self.pending.clear()


def test_kept_campaign_keys_are_dropped_when_another_store_deletes(db_path: str) -> None:
    with open_store(db_path) as writer:
        writer.put_application(APP)
        writer.put_campaign(APP, CAMPAIGN)
        writer.add_activities(APP, CAMPAIGN, [pending("first")])
    with open_store(db_path, read_only=True) as server, open_store(db_path) as other:
        service = ActivitiesService(server)
        turn = _Turn()
        for _ in range(2):  # the second turn answers from the kept key
            server.share_snapshot(turn.schedule)
            assert [i["Id"] for i in page(service, APP, CAMPAIGN)["Item"]] == ["first"]
            turn.end()
        # Another store (another process, as far as SQLite knows) deletes the campaign and
        # creates another one, which SQLite gives the freed integer key (PostgreSQL's keys come
        # from a sequence and are never given twice: there the kept key simply names nothing).
        pk = server.resolve_campaign(APP, CAMPAIGN)
        other.delete_campaign(APP, CAMPAIGN)
        other.put_campaign(APP, "intruder")
        other.add_activities(APP, "intruder", [pending("not-yours")])
        if not db_path.startswith("postgresql://"):
            assert other.resolve_campaign(APP, "intruder") == pk
        server.share_snapshot(turn.schedule)
        with pytest.raises(CampaignNotFoundError):
            service.get_activities_page(APP, CAMPAIGN)
        assert [i["Id"] for i in page(service, APP, "intruder")["Item"]] == ["not-yours"]
        turn.end()
        # Created again: found at once, with its own (new) activities.
        other.put_campaign(APP, CAMPAIGN)
        other.add_activities(APP, CAMPAIGN, [pending("second")])
        server.share_snapshot(turn.schedule)
        assert [i["Id"] for i in page(service, APP, CAMPAIGN)["Item"]] == ["second"]
        turn.end()
