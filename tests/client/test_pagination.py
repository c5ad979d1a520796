"""Pagination: the iterators follow NextToken over many pages and never loop forever."""

from __future__ import annotations

import math

import pytest
from pinpoint_client import AsyncPinpointClient, PaginationError, PinpointClient
from pinpoint_client.models import ActivitiesResponse, ActivityResponse

from tests.client.conftest import Seeded, requests_in_log
from tests.client.misbehaving import RunningApp
from tests.support.servers import APPLICATION_ID, CAMPAIGN_ID, RunningServer


def test_items_cover_every_activity_exactly_once(seeded_server: Seeded) -> None:
    campaign = f"/{seeded_server.campaign_id}/"
    before = len(requests_in_log(seeded_server.server, campaign))
    with PinpointClient(seeded_server.url) as client:
        activities = list(
            client.iter_get_campaign_activities(
                application_id=seeded_server.application_id,
                campaign_id=seeded_server.campaign_id,
                page_size=7,
            )
        )
    ids = [a.id for a in activities]
    assert len(ids) == seeded_server.activities == 1000
    assert len(set(ids)) == len(ids)
    assert all(isinstance(a, ActivityResponse) for a in activities)
    assert {a.campaign_id for a in activities} == {seeded_server.campaign_id}
    # one request per page, none repeated
    pages = math.ceil(1000 / 7)
    logged = requests_in_log(seeded_server.server, campaign, expect=before + pages)[before:]
    assert logged == ["200"] * pages


def test_pages_end_on_a_null_token(seeded_server: Seeded) -> None:
    with PinpointClient(seeded_server.url) as client:
        pages = list(
            client.iter_get_campaign_activities_pages(
                application_id=seeded_server.application_id,
                campaign_id=seeded_server.campaign_id,
                page_size="100",
            )
        )
    assert len(pages) == 10
    assert all(isinstance(p, ActivitiesResponse) for p in pages)
    assert [len(p.item) for p in pages] == [100] * 10
    assert pages[-1].next_token is None
    assert all(isinstance(p.next_token, str) for p in pages[:-1])


def test_iteration_can_start_from_a_token(seeded_server: Seeded) -> None:
    ids = {"application_id": seeded_server.application_id, "campaign_id": seeded_server.campaign_id}
    with PinpointClient(seeded_server.url) as client:
        first = client.get_campaign_activities(**ids, page_size=7)
        assert isinstance(first.next_token, str)
        rest = [
            a.id
            for a in client.iter_get_campaign_activities(**ids, page_size=7, token=first.next_token)
        ]
    assert len(rest) == 1000 - 7
    assert not {a.id for a in first.item} & set(rest)


def test_default_page_size_on_the_demo_data(demo_server: RunningServer) -> None:
    with PinpointClient(demo_server.url) as client:
        page = client.get_campaign_activities(
            application_id=APPLICATION_ID, campaign_id=CAMPAIGN_ID
        )
        everything = list(
            client.iter_get_campaign_activities(
                application_id=APPLICATION_ID, campaign_id=CAMPAIGN_ID
            )
        )
    assert [a.id for a in everything[: len(page.item)]] == [a.id for a in page.item]
    assert len({a.id for a in everything}) == len(everything)


@pytest.mark.anyio
async def test_async_iterators_cover_every_activity(seeded_server: Seeded) -> None:
    ids = {"application_id": seeded_server.application_id, "campaign_id": seeded_server.campaign_id}
    async with AsyncPinpointClient(seeded_server.url) as client:
        found = [a.id async for a in client.iter_get_campaign_activities(**ids, page_size=7)]
        pages = [p async for p in client.iter_get_campaign_activities_pages(**ids, page_size=250)]
    assert len(found) == len(set(found)) == 1000
    assert [len(p.item) for p in pages] == [100] * 10  # the server clamps page-size to 100


def test_a_repeating_token_raises_instead_of_looping(misbehaving: RunningApp) -> None:
    seen: list[str] = []
    with PinpointClient(misbehaving.url) as client, pytest.raises(PaginationError) as caught:
        for activity in client.iter_get_campaign_activities(application_id="loop", campaign_id="c"):
            seen.append(activity.id)
    # pages: (none) -> t1 -> t2 -> t1 again: the third page's token has been followed before
    assert seen == ["after-", "after-t1", "after-t2"]
    assert caught.value.token == "t1"
    assert caught.value.operation == "GetCampaignActivities"


@pytest.mark.anyio
async def test_async_repeating_token_raises(misbehaving: RunningApp) -> None:
    async with AsyncPinpointClient(misbehaving.url) as client:
        with pytest.raises(PaginationError):
            async for _ in client.iter_get_campaign_activities_pages(
                application_id="loop", campaign_id="c"
            ):
                pass


@pytest.mark.parametrize("scenario", ["empty-token", "missing-token"])
def test_an_empty_or_missing_token_ends_the_iteration(
    misbehaving: RunningApp, scenario: str
) -> None:
    with PinpointClient(misbehaving.url) as client:
        pages = list(
            client.iter_get_campaign_activities_pages(application_id=scenario, campaign_id="c")
        )
    assert len(pages) == 1
