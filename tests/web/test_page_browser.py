"""The page and the API reference in a real browser (headless Chromium, see browser.py).

A real mock with an A/B campaign on a frozen clock: the page shows its activities with state
and progress and the clock; the clock moves through the control plane and the activities move on
with it, and the page, polling, shows them advanced without a reload. The last state is saved as
``reports/page.png`` (``UPDATE_SCREENSHOT=1`` copies it to ``docs/page.png``, the README's
picture). The API reference renders every operation of both documents.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from mockserver.testing import MockServer
from tests.support.servers import ROOT, ready_server
from tests.web.browser import wait_for

APP = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"
CAMPAIGN = "c0ffee00c0ffee00c0ffee00c0ffee01"
START = "2026-06-01T09:00:00.000Z"
DAYS = {1: "2026-05-31", 2: "2026-06-01"}  # an occurrence a day
REPORT = ROOT / "reports" / "page.png"
README_PICTURE = ROOT / "docs" / "page.png"
# What the page's rows say, read in one script: Id -> [state, result, zones done, zones total,
# endpoints done, endpoints total] (the numbers from the progress bars' data attributes).
READ_ROWS = """
return Object.fromEntries([...document.querySelectorAll("tr.activity")].map((row) => {
  const bar = (kind) => row.querySelector(`.progress.${kind}`);
  return [row.dataset.activityId, [row.dataset.state, row.dataset.result,
    bar("timezones").dataset.done, bar("timezones").dataset.total,
    bar("endpoints").dataset.done, bar("endpoints").dataset.total]];
}));
"""


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    with MockServer() as server:
        yield server


def _activity(
    occurrence: int, treatment: str, state: str, zones: int, sent: int, **times: str
) -> dict[str, Any]:
    item: dict[str, Any] = {
        "Id": f"run{occurrence:02d}t{treatment}".ljust(32, "0"),
        "TreatmentId": treatment,
        "State": state,
        "ScheduledStart": f"{DAYS[occurrence]}T09:00:00.000Z",
        "TimezonesTotalCount": 4,
        "TimezonesCompletedCount": zones,
        "TotalEndpointCount": 10000 if treatment == "0" else 2500,
        "SuccessfulEndpointCount": sent,
        **times,
    }
    if state == "COMPLETED":
        item["Result"] = "SUCCESS"
    return item


def _history() -> list[dict[str, Any]]:
    """Yesterday's occurrence of the campaign, done."""
    done = {"Start": "2026-05-31T09:00:02.000Z", "End": "2026-05-31T09:48:10.000Z"}
    return [
        _activity(1, "0", "COMPLETED", 4, 9731, **done),
        _activity(1, "1", "COMPLETED", 4, 2456, **done),
    ]


def _replace(mock: MockServer, items: list[dict[str, Any]]) -> None:
    """What the campaign has done by the clock now (posted activities cannot change)."""
    mock.admin.delete_activities(application_id=APP, campaign_id=CAMPAIGN)
    mock.add_activities(APP, CAMPAIGN, items)


def _clock_now(mock: MockServer) -> str:
    now: str = httpx.get(f"{mock.url}/_mock/clock", timeout=10).json()["Now"]
    return now


def _page_shows(driver: Any, mock: MockServer, expected: dict[str, list[Any]]) -> None:
    now = _clock_now(mock)
    wanted = {
        key: [None if v is None else str(v) for v in value] for key, value in expected.items()
    }

    def shown(driver: Any) -> bool:
        if driver.find_element("id", "clock-now").text != now:
            return False
        rows = driver.execute_script(READ_ROWS)
        return all(
            [None if v in (None, "") else v for v in rows.get(key, [])] == value
            for key, value in wanted.items()
        )

    wait_for(driver, shown, f"the clock at {now} and the activities {wanted}")


def _expected(items: list[dict[str, Any]]) -> dict[str, list[Any]]:
    return {
        item["Id"]: [
            item["State"], item.get("Result"), item["TimezonesCompletedCount"],
            item["TimezonesTotalCount"], item["SuccessfulEndpointCount"], item["TotalEndpointCount"],
        ]
        for item in items
    }  # fmt: skip


def test_the_page_follows_a_campaign_as_the_clock_moves(browser: Any, mock: MockServer) -> None:
    mock.reset()
    mock.add_application(APP, name="Retail app")
    mock.add_campaign(APP, CAMPAIGN, name="Summer sale (A/B)", treatment_ids=["0", "1"])
    mock.set_clock(START)
    pending = [*_history(), _activity(2, "0", "PENDING", 0, 0), _activity(2, "1", "PENDING", 0, 0)]
    _replace(mock, pending)

    browser.get(f"{mock.url}/_mock/")
    _page_shows(browser, mock, _expected(pending))
    assert browser.find_element("id", "clock-mode").text == "frozen"
    assert "Summer sale (A/B)" in browser.find_element("css selector", ".campaign h3").text
    polls = int(browser.execute_script("return document.body.dataset.polls"))

    mock.advance_clock(300)
    started = {"Start": "2026-06-01T09:00:03.000Z"}
    running = [
        *_history(),
        _activity(2, "0", "RUNNING", 1, 2380, **started),
        _activity(2, "1", "INITIALIZING", 0, 0, **started),
    ]
    _replace(mock, running)
    _page_shows(browser, mock, _expected(running))

    mock.advance_clock(1500)
    later = [
        *_history(),
        _activity(2, "0", "RUNNING", 3, 7125, **started),
        _activity(2, "1", "COMPLETED", 4, 2471, **started, End="2026-06-01T09:24:41.000Z"),
    ]
    _replace(mock, later)
    _page_shows(browser, mock, _expected(later))
    # Polled, never reloaded: the same document counted more polls.
    assert int(browser.execute_script("return document.body.dataset.polls")) > polls
    bars = browser.find_elements("css selector", f'tr[data-activity-id="{later[2]["Id"]}"] .bar')
    widths = [float(bar.value_of_css_property("width").removesuffix("px")) for bar in bars]
    tracks = browser.find_elements(
        "css selector", f'tr[data-activity-id="{later[2]["Id"]}"] .progress'
    )
    shares = [
        width / float(t.value_of_css_property("width").removesuffix("px"))
        for width, t in zip(widths, tracks, strict=True)
    ]
    assert shares == pytest.approx([3 / 4, 7125 / 10000], abs=0.01)
    assert browser.find_element("id", "status").get_attribute("class") == "status ok"

    REPORT.parent.mkdir(exist_ok=True)
    assert browser.save_screenshot(str(REPORT))
    assert REPORT.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if os.environ.get("UPDATE_SCREENSHOT") == "1":
        README_PICTURE.parent.mkdir(exist_ok=True)
        shutil.copyfile(REPORT, README_PICTURE)


def test_with_an_admin_token_the_page_takes_it_once_from_the_address(
    browser: Any, tmp_path: Path
) -> None:
    """Without the token the page shows the control plane's refusal; opened once as
    ``/_mock/?token=T`` it keeps T for the tab (sessionStorage), drops it from the address bar,
    and reads the data, a reload included."""
    with ready_server(tmp_path, "--admin-token", "page-t0ken") as guarded:
        browser.get(f"{guarded.url}/_mock/")
        browser.execute_script("window.sessionStorage.clear()")
        browser.refresh()
        status = wait_for(
            browser,
            lambda d: (
                "ForbiddenException" in d.find_element("id", "status").text
                and d.find_element("id", "status")
            ),
            "the ForbiddenException of the control plane",
        )
        assert "token" in status.text
        bearer = {"Authorization": "Bearer page-t0ken"}
        reset = httpx.post(f"{guarded.url}/_mock/reset?demo=true", headers=bearer, timeout=10)
        assert reset.status_code == 200, reset.text
        browser.get(f"{guarded.url}/_mock/?token=page-t0ken")
        wait_for(browser, lambda d: d.find_elements("css selector", "tr.activity"), "activities")
        assert browser.current_url == f"{guarded.url}/_mock/"
        browser.refresh()
        wait_for(browser, lambda d: d.find_elements("css selector", "tr.activity"), "activities")
        assert browser.find_element("id", "status").get_attribute("class") == "status ok"


def _operation_ids(document: str) -> set[str]:
    spec = yaml.safe_load((ROOT / "spec" / document).read_text(encoding="utf-8"))
    return {
        operation["operationId"]
        for item in spec["paths"].values()
        for key, operation in item.items()
        if isinstance(operation, dict) and "operationId" in operation
    }


def test_the_api_reference_renders_both_documents(browser: Any, mock: MockServer) -> None:
    main = _operation_ids("pinpoint-campaign-activities.yaml")
    admin = _operation_ids("mock-admin.yaml")
    browser.get(f"{mock.url}/_mock/docs/")

    def rendered(driver: Any) -> dict[str, set[str]] | None:
        found = driver.execute_script(
            """return Object.fromEntries(["swagger-api", "swagger-admin"].map((id) => [id,
              [...document.querySelectorAll(`#${id} .opblock-summary-operation-id`)]
                .map((node) => node.textContent.trim())]));"""
        )
        shown = {key: set(value) for key, value in found.items()}
        return shown if shown["swagger-api"] == main and shown["swagger-admin"] == admin else None

    shown = wait_for(browser, rendered, f"the operations {sorted(main)} and {sorted(admin)}")
    assert shown["swagger-api"] and shown["swagger-admin"]
    titles = [node.text for node in browser.find_elements("css selector", "h2.title")]
    assert any("Pinpoint Campaign Activities" in title for title in titles), titles
    assert any("Pinpoint Mock Admin" in title for title in titles), titles
    errors = browser.find_elements("css selector", ".errors-wrapper")
    assert not [error.text for error in errors if error.text], "Swagger UI reported errors"
