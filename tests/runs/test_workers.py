"""``serve --workers 2``: both processes sync a run's activities from one file; at a frozen
instant every answer is the same, whichever worker gives it, and no activity is inserted twice."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from tests.admin.support import APP, CAMPAIGN, admin_client
from tests.support.servers import ready_server


def test_two_workers_give_the_same_answer_at_the_same_instant(tmp_path: Path) -> None:
    with ready_server(tmp_path, "--workers", "2") as server, admin_client(server) as admin:
        admin.put_application(application_id=APP)
        admin.put_campaign(application_id=APP, campaign_id=CAMPAIGN)
        admin.set_clock(body={"Now": "2026-03-01T08:00:00Z"})
        admin.create_run(
            application_id=APP,
            campaign_id=CAMPAIGN,
            body={
                "Schedule": {"StartTime": "2026-03-01T09:00:00Z", "Frequency": "HOURLY",
                             "EndTime": "2026-03-01T21:00:00Z"},
                "Treatments": [{"TreatmentId": "0", "Percentage": 50},
                               {"TreatmentId": "1", "Percentage": 50}],
                "Delivery": {"EndpointsPerSecond": 1},
            },
        )  # fmt: skip
        url = server.activities_url(APP, CAMPAIGN) + "?page-size=1000"

        def page(_: int) -> str:
            # A fresh connection each time, so both workers answer.
            return json.dumps(httpx.get(url, timeout=30).json()["Item"], sort_keys=True)

        for step in range(6):
            with ThreadPoolExecutor(8) as pool:
                answers = set(pool.map(page, range(24)))
            assert len(answers) == 1, f"step {step}: {len(answers)} different answers"
            items = json.loads(answers.pop())
            assert len(items) == len({item["Id"] for item in items}) == 2 * min(step * 2 + 1, 12)
            admin.advance_clock(body={"Seconds": 2 * 3600 + 150})
