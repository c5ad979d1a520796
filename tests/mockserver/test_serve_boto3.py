"""Unmodified boto3 against ``python -m mockserver serve`` over real HTTP (auth off), on each
store: ``--db`` a SQLite file and ``--db`` a PostgreSQL URL (the ``module_store_url`` fixture)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from typing import Any

import pytest
import yaml

from mockserver.seed import DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID, SPEC_PATH
from mockserver.storage import open_store
from tests.mockserver.helpers import pending
from tests.mockserver.serving import capture_bodies, client, walk
from tests.support.servers import ROOT, RunningServer, mock_server


@pytest.fixture(scope="module")
def server(
    tmp_path_factory: pytest.TempPathFactory, module_store_url: str
) -> Iterator[RunningServer]:
    with mock_server(tmp_path_factory.mktemp("boto3-server"), db=module_store_url) as running:
        yield running


@pytest.fixture(scope="module")
def pinpoint(server: RunningServer) -> Any:
    return client(server)


def test_every_demo_campaign_matches_the_store_field_for_field(
    server: RunningServer, pinpoint: Any
) -> None:
    with open_store(server.db, read_only=True) as store:
        campaigns = [
            (app, campaign)
            for app in store.application_ids()
            for campaign in store.campaign_ids(app)
        ]
        expected = {key: store.activities(*key) for key in campaigns}
    assert len(campaigns) == 5 and sum(map(len, expected.values())) > 60
    for app, campaign in campaigns:
        items = [item for page in walk(pinpoint, app, campaign) for item in page["Item"]]
        assert items == expected[app, campaign], (app, campaign)
    empty = [key for key, rows in expected.items() if not rows]
    assert empty, "the demo has an empty campaign"
    page = pinpoint.get_campaign_activities(ApplicationId=empty[0][0], CampaignId=empty[0][1])
    assert page["ActivitiesResponse"] == {"Item": []}  # NextToken null: boto3 leaves it out


def test_first_and_last_activities_are_the_spec_examples(pinpoint: Any) -> None:
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    examples = spec["paths"]["/v1/apps/{application-id}/campaigns/{campaign-id}/activities"]["get"][
        "responses"
    ]["200"]["content"]["application/json"]["examples"]
    pages = list(walk(pinpoint, DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID, PageSize="20"))
    assert [len(page["Item"]) for page in pages] == [20, 20, 17]
    assert pages[0]["Item"][0] == examples["firstPage"]["value"]["Item"][0]
    assert pages[-1]["Item"][-1] == examples["lastPage"]["value"]["Item"][0]
    assert "NextToken" not in pages[-1]


def test_default_page_is_20_and_the_body_is_what_boto3_parsed(pinpoint: Any) -> None:
    """A malformed 200 body would parse to {} without an error: compare with the raw bytes."""
    bodies = capture_bodies(pinpoint)
    page = pinpoint.get_campaign_activities(
        ApplicationId=DEMO_APPLICATION_ID, CampaignId=DEMO_CAMPAIGN_ID
    )
    raw = bodies.last_json()
    assert list(raw) == ["NextToken", "Item"] and len(raw["Item"]) == 20
    assert page["ActivitiesResponse"] == raw
    assert page["ResponseMetadata"]["HTTPStatusCode"] == 200
    assert len(page["ResponseMetadata"]["RequestId"]) == 36


@pytest.mark.parametrize("page_size", ["1", "3", "7", "57", "100", "1" + "0" * 99])
def test_walking_token_returns_every_activity_exactly_once(
    server: RunningServer, pinpoint: Any, page_size: str
) -> None:
    with open_store(server.db, read_only=True) as store:
        expected = [row["Id"] for row in store.activities(DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID)]
    pages = list(walk(pinpoint, DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID, PageSize=page_size))
    seen = [item["Id"] for page in pages for item in page["Item"]]
    assert seen == expected
    size = min(int(page_size[:4]), 100)
    assert all(len(page["Item"]) == size for page in pages[:-1])
    assert 1 <= len(pages[-1]["Item"]) <= size


_WRITER = textwrap.dedent(
    """
    import sys, time
    from tests.mockserver.helpers import pending
    from mockserver.storage import open_store
    db, app, campaign, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    with open_store(db) as store:
        print("ready", flush=True)
        for n in range(count):
            store.add_activities(app, campaign, [pending(f"added-{n:04d}", 1 + n % 28)])
            time.sleep(0.002)
    print("done", flush=True)
    """
)


def test_walk_during_concurrent_writes_sees_each_activity_once(
    server: RunningServer, pinpoint: Any
) -> None:
    campaign = "concurrent-walk-campaign"
    initial = [f"initial-{n:04d}" for n in range(150)]
    with open_store(server.db) as store:
        store.add_campaign(DEMO_APPLICATION_ID, campaign)
        store.add_activities(DEMO_APPLICATION_ID, campaign, [pending(i) for i in initial])
    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(server.db), DEMO_APPLICATION_ID, campaign, "300"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        seen: list[str] = []
        for page in walk(pinpoint, DEMO_APPLICATION_ID, campaign, PageSize="4"):
            seen.extend(item["Id"] for item in page["Item"])
            time.sleep(0.003)
        assert writer.wait(timeout=60) == 0
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()
    assert len(seen) == len(set(seen)), "an activity was returned twice"
    assert seen[: len(initial)] == initial  # all that existed at the start, once, in order
    added = seen[len(initial) :]
    assert added == sorted(added) and all(a.startswith("added-") for a in added)
    assert len(added) > 0, "the writer did not run during the walk"
    with open_store(server.db, read_only=True) as store:
        stored = [row["Id"] for row in store.activities(DEMO_APPLICATION_ID, campaign)]
    assert len(stored) == len(initial) + 300 and seen == stored[: len(seen)]


def _error(call: Any, exception: type[Exception], boto_client: Any) -> dict[str, Any]:
    bodies = capture_bodies(boto_client)
    with pytest.raises(exception) as info:
        call()
    response: dict[str, Any] = info.value.response  # type: ignore[attr-defined]
    body = bodies.last_json()
    assert set(body) == {"RequestID", "Message"}
    assert response["ResponseMetadata"]["RequestId"] == body["RequestID"]
    assert response["Error"]["Message"] == body["Message"]
    return response


def test_unknown_application_or_campaign_is_not_found(pinpoint: Any) -> None:
    missing = pinpoint.exceptions.NotFoundException
    response = _error(
        lambda: pinpoint.get_campaign_activities(
            ApplicationId="0" * 32, CampaignId=DEMO_CAMPAIGN_ID
        ),
        missing,
        pinpoint,
    )
    assert response["Error"]["Code"] == "NotFoundException"
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 404
    assert response["Error"]["Message"] == f"Application not found: {'0' * 32}"
    response = _error(
        lambda: pinpoint.get_campaign_activities(
            ApplicationId=DEMO_APPLICATION_ID, CampaignId="no-such-campaign"
        ),
        missing,
        pinpoint,
    )
    assert response["Error"]["Message"] == (
        f"Campaign not found: no-such-campaign (application {DEMO_APPLICATION_ID})"
    )


@pytest.mark.parametrize("page_size", ["abc", "0", "-1", "01", "1.5", " 5"])
def test_bad_page_size_is_a_bad_request(pinpoint: Any, page_size: str) -> None:
    response = _error(
        lambda: pinpoint.get_campaign_activities(
            ApplicationId=DEMO_APPLICATION_ID, CampaignId=DEMO_CAMPAIGN_ID, PageSize=page_size
        ),
        pinpoint.exceptions.BadRequestException,
        pinpoint,
    )
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 400
    assert "page-size" in response["Error"]["Message"]


def test_tampered_or_foreign_token_is_a_bad_request(pinpoint: Any) -> None:
    first = pinpoint.get_campaign_activities(
        ApplicationId=DEMO_APPLICATION_ID, CampaignId=DEMO_CAMPAIGN_ID, PageSize="5"
    )["ActivitiesResponse"]
    token: str = first["NextToken"]
    flipped = token[:-1] + ("A" if token[-1] != "A" else "B")
    position_edit = ("B" if token[0] != "B" else "C") + token[1:]
    for bad in (flipped, position_edit, token[:-1], token + "x", "garbage"):
        response = _error(
            lambda bad=bad: pinpoint.get_campaign_activities(
                ApplicationId=DEMO_APPLICATION_ID, CampaignId=DEMO_CAMPAIGN_ID, Token=bad
            ),
            pinpoint.exceptions.BadRequestException,
            pinpoint,
        )
        assert "token" in response["Error"]["Message"]
    # A genuine token of another campaign is foreign there.
    _error(
        lambda: pinpoint.get_campaign_activities(
            ApplicationId=DEMO_APPLICATION_ID,
            CampaignId="a1b2c3d4e5f60718293a4b5c6d7e8f90",
            Token=token,
        ),
        pinpoint.exceptions.BadRequestException,
        pinpoint,
    )
    # The genuine token still works.
    second = pinpoint.get_campaign_activities(
        ApplicationId=DEMO_APPLICATION_ID, CampaignId=DEMO_CAMPAIGN_ID, PageSize="5", Token=token
    )["ActivitiesResponse"]
    assert second["Item"][0]["Id"] != first["Item"][0]["Id"]
