"""The page and the API reference in a real browser (headless Chromium, see browser.py).

A real mock with a campaign run (an A/B test over four time zones) on a frozen clock: the page
shows its activities with state and progress and the clock; the clock moves through the control
plane, the run's activities move on with it, and the page, polling, shows them advanced without
a reload. The last state is saved as
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
START = "2026-06-01T08:59:00.000Z"
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


RUN = {
    "Schedule": {
        "StartTime": "2026-06-01T09:00:00Z",
        "Frequency": "DAILY",
        "EndTime": "2026-06-03T00:00:00Z",
    },
    "Segment": {
        "Timezones": [
            {"Timezone": "Asia/Tokyo", "EndpointCount": 1000},
            {"Timezone": "America/New_York", "EndpointCount": 2000},
            {"Timezone": "Europe/Paris", "EndpointCount": 3000},
            {"Timezone": "UTC", "EndpointCount": 4000},
        ]
    },
    "Treatments": [{"TreatmentId": "0", "Percentage": 80}, {"TreatmentId": "1", "Percentage": 20}],
    "Delivery": {"InitializingSeconds": 5, "EndpointsPerSecond": 20},
    "Failure": {"EndpointFailureRate": 0.02},
}


def _api_rows(mock: MockServer) -> dict[str, list[Any]]:
    """What the API answers by the mock's clock now: Id -> the fields the page's rows show."""
    page = mock.admin.list_activities(application_id=APP, campaign_id=CAMPAIGN, page_size="100")
    rows = {}
    for activity in page.item:
        item = activity.to_dict()
        rows[item["Id"]] = [
            item["State"], item.get("Result"), item.get("TimezonesCompletedCount"),
            item.get("TimezonesTotalCount"), item.get("SuccessfulEndpointCount"),
            item.get("TotalEndpointCount"),
        ]  # fmt: skip
    return rows


def _page_shows(driver: Any, mock: MockServer) -> dict[str, list[Any]]:
    """Wait until the page shows the clock and the activities the API gives now; return them."""
    now = _clock_now(mock)
    expected = _api_rows(mock)
    wanted = {
        key: [None if v is None else str(v) for v in value] for key, value in expected.items()
    }

    def shown(driver: Any) -> bool:
        if driver.find_element("id", "clock-now").text != now:
            return False
        rows = driver.execute_script(READ_ROWS)
        rows = {key: [None if v in (None, "") else v for v in value] for key, value in rows.items()}
        return bool(rows == wanted)

    wait_for(driver, shown, f"the clock at {now} and the activities {wanted}")
    return expected


def _clock_now(mock: MockServer) -> str:
    now: str = httpx.get(f"{mock.url}/_mock/clock", timeout=10).json()["Now"]
    return now


def test_the_page_follows_a_run_as_the_clock_moves(browser: Any, mock: MockServer) -> None:
    """A daily A/B run over four time zones: the page shows its first occurrence pending,
    then sending zone after zone, then done with the next day's waiting, each time exactly what
    GetCampaignActivities answers by the clock, without a reload."""
    mock.reset()
    mock.add_application(APP, name="Retail app")
    mock.add_campaign(APP, CAMPAIGN, name="Summer sale (A/B)")
    mock.set_clock(START)  # 08:59, a minute before the first occurrence
    mock.admin.create_run(application_id=APP, campaign_id=CAMPAIGN, body=RUN)

    browser.get(f"{mock.url}/_mock/")
    pending = _page_shows(browser, mock)
    assert [row[0] for row in pending.values()] == ["PENDING", "PENDING"]
    assert browser.find_element("id", "clock-mode").text == "frozen"
    assert "Summer sale (A/B)" in browser.find_element("css selector", ".campaign h3").text
    polls = int(browser.execute_script("return document.body.dataset.polls"))

    mock.advance_clock(60 + 5 + 90)  # 90 s of sending
    running = _page_shows(browser, mock)
    base, variant = (running[key] for key in pending)
    assert base[0] == "RUNNING" and 0 < int(base[2]) < int(base[3]) == 4
    assert variant[0] == "COMPLETED" and variant[1] == "SUCCESS" and variant[2] == 4
    # Polled, never reloaded: the same document counted more polls.
    assert int(browser.execute_script("return document.body.dataset.polls")) > polls
    bars = browser.find_elements(
        "css selector", f'tr[data-activity-id="{next(iter(pending))}"] .bar'
    )
    tracks = browser.find_elements(
        "css selector", f'tr[data-activity-id="{next(iter(pending))}"] .progress'
    )
    shares = [
        float(bar.value_of_css_property("width").removesuffix("px"))
        / float(track.value_of_css_property("width").removesuffix("px"))
        for bar, track in zip(bars, tracks, strict=True)
    ]
    assert shares == pytest.approx([base[2] / base[3], base[4] / base[5]], abs=0.01)
    assert browser.find_element("id", "status").get_attribute("class") == "status ok"
    _save_screenshot(browser)

    mock.advance_clock(3600)
    done = _page_shows(browser, mock)
    assert [done[key][0] for key in pending] == ["COMPLETED", "COMPLETED"]
    tomorrow = [row for key, row in done.items() if key not in pending]
    assert [row[0] for row in tomorrow] == ["PENDING", "PENDING"]  # the next day's occurrence


def _save_screenshot(browser: Any) -> None:
    """The page, cut to its content's height, as reports/page.png (and docs/page.png when
    UPDATE_SCREENSHOT=1)."""
    size = browser.get_window_size()
    content, chrome = browser.execute_script(
        "return [Math.ceil(document.body.getBoundingClientRect().bottom) + 8,"
        " window.outerHeight - window.innerHeight]"
    )
    browser.set_window_size(size["width"], int(min(max(content, 300), 2000) + chrome))
    try:
        REPORT.parent.mkdir(exist_ok=True)
        assert browser.save_screenshot(str(REPORT))
    finally:
        browser.set_window_size(size["width"], size["height"])
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


def test_try_it_out_calls_this_server(browser: Any, mock: MockServer) -> None:
    """The documents name other servers (AWS, port 8080); "Try it out" goes to this one."""
    browser.get(f"{mock.url}/_mock/docs/")
    block = "#swagger-admin #operations-Mock-GetHealth"
    summary = wait_for(
        browser,
        lambda d: d.find_elements("css selector", f"{block} .opblock-summary"),
        "the GetHealth operation",
    )
    summary[0].click()
    wait_for(
        browser, lambda d: d.find_elements("css selector", f"{block} .try-out__btn"), "Try it out"
    )[0].click()
    wait_for(browser, lambda d: d.find_elements("css selector", f"{block} .execute"), "Execute")[
        0
    ].click()
    status = wait_for(
        browser,
        lambda d: [
            cell.text
            for cell in d.find_elements(
                "css selector", f"{block} .live-responses-table .response-col_status"
            )
            if cell.text.strip().isdigit()
        ],
        "the live response of GetHealth",
    )
    assert status == ["200"], status
    url = browser.find_element("css selector", f"{block} .request-url pre").text
    assert url == f"{mock.url}/_mock/health", url
