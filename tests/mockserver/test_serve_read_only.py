"""``serve --read-only``: a database nobody may write (a read-only file, or a read-only directory
where SQLite cannot even make its -shm file) is served, pages and tokens work, and every change
through the control plane is a 403 in the AWS error shape; the file's bytes never change."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from mockserver.dbcheck import StoreReadOnlyError
from mockserver.seed import DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID
from mockserver.store import Store
from tests.support.servers import ROOT, ready_server

RESOURCE = f"/v1/apps/{DEMO_APPLICATION_ID}/campaigns/{DEMO_CAMPAIGN_ID}/activities"
CAMPAIGN = f"/_mock/apps/{DEMO_APPLICATION_ID}/campaigns/{DEMO_CAMPAIGN_ID}"
# Changes through the control plane: (method, path, JSON body).
CHANGES = [
    ("POST", "/_mock/reset", {}),
    ("PUT", "/_mock/apps/new-app", {"Name": "x"}),
    ("DELETE", CAMPAIGN, None),
    ("POST", f"{CAMPAIGN}/activities", {"Item": []}),
    ("DELETE", f"{CAMPAIGN}/activities", None),
    ("PUT", "/_mock/clock", {"Now": "2030-01-01T00:00:00Z"}),
    ("POST", "/_mock/faults", {"Operation": "GetCampaignActivities", "Status": 500}),
    ("DELETE", "/_mock/faults", None),
]


def _seeded(folder: Path) -> Path:
    folder.mkdir()
    db = folder / "mock.sqlite3"
    done = subprocess.run(
        [sys.executable, "-m", "mockserver", "seed", "--db", str(db), "--activities", "23",
         "--no-progress"],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return db


@contextmanager
def _read_only(path: Path) -> Iterator[None]:
    """chmod for others; for root (who may write any mode) the immutable flag."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"running as root and chattr +i failed: {done.stderr!r}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def _walk(http: httpx.Client) -> list[str]:
    ids: list[str] = []
    params: dict[str, str] = {"page-size": "7"}
    while True:
        answer = http.get(RESOURCE, params=params)
        assert answer.status_code == 200, (str(answer.request.url), answer.text)
        page = answer.json()
        ids += [item["Id"] for item in page["Item"]]
        if page.get("NextToken") is None:  # null on the last page
            return ids
        params = {"page-size": "7", "token": page["NextToken"]}


@pytest.mark.parametrize("what", ["file", "directory"])
def test_a_read_only_database_is_served_and_never_changed(what: str, tmp_path: Path) -> None:
    db = _seeded(tmp_path / "data")
    with Store(db) as store:  # writable: its close removes the -wal and -shm files again
        expected = [item["Id"] for item in store.activities(DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID)]
    assert sorted(p.name for p in db.parent.iterdir()) == [db.name]
    before = db.read_bytes()
    with (
        _read_only(db if what == "file" else db.parent),
        ready_server(tmp_path, "--read-only", db=db) as server,
        httpx.Client(base_url=server.url, timeout=10) as http,
    ):
        assert _walk(http) == expected  # every activity once, NextTokens and all
        health = http.get("/_mock/health").json()
        assert health["Store"]["ReadOnly"] is True
        for method, path, body in CHANGES:
            answer = http.request(method, path, json=body)
            assert answer.status_code == 403, (method, path, answer.text)
            assert answer.headers["X-Amzn-ErrorType"] == "ForbiddenException"
            assert "read-only" in answer.json()["Message"], answer.text
        assert _walk(http) == expected
        assert "(read-only)" in server.log.read_text()  # the banner says so
    assert db.read_bytes() == before
    if what == "directory":
        assert sorted(p.name for p in db.parent.iterdir()) == [db.name]  # no -shm could be made


def test_without_read_only_a_read_only_file_is_refused_with_the_way_out(tmp_path: Path) -> None:
    db = _seeded(tmp_path / "data")
    with _read_only(db):
        done = subprocess.run(
            [sys.executable, "-m", "mockserver", "serve", "--port", "0", "--db", str(db)],
            cwd=ROOT, capture_output=True, text=True, check=False, timeout=60,
        )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("error: ") and done.stderr.count("\n") == 1, done.stderr
    assert "serve --read-only" in done.stderr


def test_a_read_only_store_refuses_writes_and_a_writable_one_reports_it(tmp_path: Path) -> None:
    db = _seeded(tmp_path / "data")
    with Store(db, read_only=True) as store, pytest.raises(StoreReadOnlyError) as caught:
        store.add_application("more")
    assert str(db) in caught.value.message and "read-only" in caught.value.message
    with Store(db) as store:
        assert "more" not in store.application_ids()
        assert not store.read_only
