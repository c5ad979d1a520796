"""``export``: JSON Lines or boto3-shaped pages in API order; export -> import -> export is
byte-identical."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pinpoint_validators import is_valid

from mockserver.cli import main
from mockserver.seed import seed_demo
from mockserver.store import Store
from mockserver.synthetic import seed_synthetic
from mockserver.transfer import ACTIVITIES_KEY, ITEMS_KEY, TOKEN_KEY
from tests.support.servers import ROOT


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """The demo data and synthetic campaigns (some A/B tests) in a real SQLite file."""
    db = tmp_path / "source.sqlite3"
    with Store(db) as store:
        seed_demo(store)
        seed_synthetic(store, apps=2, campaigns=3, activities=25, seed=11)
    return db


def export_bytes(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> bytes:
    out = db.with_suffix(".out")
    assert main(["export", "--db", str(db), "-o", str(out), *args]) == 0
    capsys.readouterr()
    return out.read_bytes()


def all_activities(db: Path) -> list[list[dict[str, object]]]:
    with Store(db) as store:
        return [
            store.activities(a.application_id, c.campaign_id)
            for a in store.list_applications()
            for c in a.campaigns
        ]


def test_json_lines_are_every_activity_in_api_order(
    source: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = export_bytes(capsys, source).splitlines()
    expected = [item for campaign in all_activities(source) for item in campaign]
    assert [json.loads(line) for line in lines] == expected
    assert all(is_valid("ActivityResponse", json.loads(line), formats=True) for line in lines)


@pytest.mark.parametrize("fmt", ["jsonl", "pages"])
def test_export_import_export_gives_the_same_bytes(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    first = export_bytes(capsys, source, "--format", fmt, "--page-size", "7")
    saved = tmp_path / f"saved.{fmt}"
    saved.write_bytes(first)
    fresh = tmp_path / "fresh.sqlite3"
    assert main(["import", "--db", str(fresh), str(saved)]) == 0
    assert export_bytes(capsys, fresh, "--format", fmt, "--page-size", "7") == first
    # Every campaign with activities, with the same activities (empty ones are not exported).
    assert all_activities(fresh) == [c for c in all_activities(source) if c]


def test_pages_are_boto3_shaped_and_numbered(
    source: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store(source) as store:
        app = store.list_applications()[1]
        campaign = app.campaigns[0]
        items = store.activities(app.application_id, campaign.campaign_id)
    ref = f"{app.application_id}:{campaign.campaign_id}"
    raw = export_bytes(capsys, source, "--format", "pages", "--page-size", "10", "--ids", ref)
    pages = [json.loads(line)[ACTIVITIES_KEY] for line in raw.splitlines()]
    assert all(is_valid("ActivitiesResponse", page, formats=True) for page in pages)
    assert [p[ITEMS_KEY] for p in pages] == [items[i : i + 10] for i in range(0, len(items), 10)]
    assert [p[TOKEN_KEY] for p in pages] == [*map(str, range(2, len(pages) + 1)), None]


def test_ids_choose_campaigns_in_the_order_given(
    source: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store(source) as store:
        refs = [
            (a.application_id, c.campaign_id)
            for a in store.list_applications()
            for c in a.campaigns
        ]
        chosen = [refs[3], refs[1]]
        expected = [item for a, c in chosen for item in store.activities(a, c)]
    raw = export_bytes(capsys, source, "--ids", *(f"{a}:{c}" for a, c in chosen))
    assert [json.loads(line) for line in raw.splitlines()] == expected


def test_errors_are_one_line_and_exit_2(source: Path, tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "mockserver", "export", *args],
            cwd=ROOT, capture_output=True, text=True, check=False,
        )  # fmt: skip

    with Store(source) as store:
        app = store.list_applications()[0].application_id
    for args, message in [
        (["--db", str(tmp_path / "none.sqlite3")], "error: no mock database at "),
        (["--db", str(source), "--ids", f"{app}:no-such-campaign"], "error: Campaign not found: "),
        (["--db", str(source), "--ids", "no-such-app:x"], "error: Application not found: "),
    ]:
        done = run(*args)
        assert (done.returncode, done.stdout) == (2, ""), done.stderr
        assert done.stderr.startswith(message) and done.stderr.count("\n") == 1, done.stderr
    out = tmp_path / "kept.jsonl"
    out.write_text("before\n")
    done = run("--db", str(source), "--ids", "no-such-app:x", "-o", str(out))
    assert done.returncode == 2 and out.read_text() == "before\n"  # no half-written file
    assert not list(tmp_path.glob("*.partial"))
