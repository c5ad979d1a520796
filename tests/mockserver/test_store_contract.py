"""The store contract (mockserver.storage), run unchanged on both stores: a SQLite file and a
real PostgreSQL database (the ``store_url`` fixture: a fresh database per test). Concurrency,
migration races, tokens across servers and kill -9 use separate processes, as replicas are."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from mockserver.clock import MockClock
from mockserver.errors import ConflictError, NotFoundError, ThrottledError
from mockserver.faults import FaultTable
from mockserver.pagination import ExpiredTokenError
from mockserver.ratelimit import SharedRateLimiter
from mockserver.seed import seed_demo
from mockserver.service import ActivitiesService
from mockserver.storage import ActivityStore, open_store
from mockserver.synthetic import seed_synthetic
from mockserver.transfer import export
from mockserver.transfer_import import import_file
from tests.mockserver.helpers import APP, CAMPAIGN, page, pending, walk
from tests.support.servers import ready_server

REPO = Path(__file__).resolve().parents[2]
WORKER = [sys.executable, "-m", "tests.mockserver.store_worker"]


@pytest.fixture
def store(store_url: str) -> Iterator[ActivityStore]:
    with open_store(store_url) as opened:
        yield opened


@pytest.fixture
def filled(store: ActivityStore) -> ActivityStore:
    store.add_application(APP, name="app")
    store.add_campaign(APP, CAMPAIGN, name="campaign")
    store.add_activities(APP, CAMPAIGN, [pending(f"a-{i:03d}") for i in range(30)])
    return store


def _ids(pages: list[list[str]]) -> list[str]:
    return [i for p in pages for i in p]


def test_kind_location_and_secret(store_url: str, store: ActivityStore) -> None:
    assert store.kind == ("postgresql" if store_url.startswith("postgresql") else "sqlite")
    assert store.location == store_url  # no password in these URLs
    assert len(store.token_secret) >= 16
    with open_store(store_url) as again:  # a second opener: same secret, nothing re-migrated
        assert again.token_secret == store.token_secret


def test_containers_and_activities(filled: ActivityStore) -> None:
    store = filled
    assert store.application_ids() == [APP]
    assert store.campaign_ids(APP) == [CAMPAIGN]
    assert store.count_activities(APP, CAMPAIGN) == 30
    assert [a["Id"] for a in store.activities(APP, CAMPAIGN)] == [f"a-{i:03d}" for i in range(30)]
    assert store.last_activity_id(APP, CAMPAIGN) == "a-029"
    info, created = store.put_campaign(APP, CAMPAIGN, name="renamed", treatment_ids=["0", "1"])
    assert not created and info.name == "renamed" and info.treatment_ids == ("0", "1")
    with pytest.raises(ConflictError):
        store.put_campaign(APP, CAMPAIGN, treatment_ids=["1"])  # activities carry "0"
    with pytest.raises(ConflictError):
        store.add_activities(APP, CAMPAIGN, [pending("a-001")])
    result = store.add_activities(
        APP, CAMPAIGN, [pending("a-001", day=2), pending("b-1")], on_duplicate="replace"
    )
    assert (result.added, result.replaced, result.unchanged) == (1, 1, 0)
    # A conflict inside a write rolls the whole transaction back.
    with pytest.raises(ConflictError), store.write() as tx:
        tx.add_application("x1")
        tx.add_application("x1")
    assert "x1" not in store.application_ids()
    with pytest.raises(NotFoundError):
        store.resolve_campaign(APP, "missing")
    assert [a.application_id for a in store.list_applications()] == [APP]


def test_pages_walk_exactly_once_across_deletes(filled: ActivityStore) -> None:
    service = ActivitiesService(filled)
    first = page(service, APP, CAMPAIGN, page_size="7")
    assert [i["Id"] for i in first["Item"]] == [f"a-{i:03d}" for i in range(7)]
    assert _ids(walk(service, APP, CAMPAIGN, page_size="7")) == [f"a-{i:03d}" for i in range(30)]
    # Deleted and made again under the same IDs: the new campaign's positions start past every
    # position an old token can name, so an old token walks the new activities exactly once.
    filled.delete_campaign(APP, CAMPAIGN)
    filled.add_campaign(APP, CAMPAIGN)
    filled.add_activities(APP, CAMPAIGN, [pending(f"n-{i}") for i in range(10)])
    rest = page(ActivitiesService(filled), APP, CAMPAIGN, token=first["NextToken"])
    assert [i["Id"] for i in rest["Item"]] == [f"n-{i}" for i in range(10)]
    assert rest["NextToken"] is None
    assert _ids(walk(service, APP, CAMPAIGN, page_size="3")) == [f"n-{i}" for i in range(10)]
    assert filled.delete_activities(APP, CAMPAIGN) == 10
    filled.delete_application(APP)
    assert filled.is_empty()


def test_reset_clock_and_faults(filled: ActivityStore) -> None:
    clock = MockClock(filled)
    assert clock.reading().real
    set_at = clock.set(1_700_000_000_000)
    assert clock.now_ms() == set_at.now_ms == 1_700_000_000_000
    token = page(ActivitiesService(filled), APP, CAMPAIGN, page_size="5")["NextToken"]
    clock.advance(25 * 3600)
    with pytest.raises(ExpiredTokenError):
        ActivitiesService(filled).get_activities_page(APP, CAMPAIGN, token=token)
    faults = FaultTable(filled, ["GetCampaignActivities"], {})
    assert not faults.armed
    faults.add("GetCampaignActivities", count=2, status=503)
    assert faults.armed and len(faults.list()) == 1
    taken = [faults.take("GetCampaignActivities", APP, CAMPAIGN) for _ in range(3)]
    assert [f is not None and f.status for f in taken] == [503, 503, False]
    faults.add("GetCampaignActivities", application_id="other", status=500)
    assert faults.take("GetCampaignActivities", APP, CAMPAIGN) is None  # another app's
    secret = filled.token_secret
    filled.reset()
    faults.settle()
    assert filled.is_empty() and faults.list() == [] and clock.reading().real
    assert filled.token_secret == secret
    assert seed_demo(filled) and not seed_demo(filled)


def test_shared_rate_limit_bucket(store_url: str, store: ActivityStore) -> None:
    """Two limiters on the store (two workers, or two replicas) charge ONE bucket."""
    with open_store(store_url) as other:
        limiters = [
            SharedRateLimiter(store, 0.01, burst=3),
            SharedRateLimiter(other, 0.01, burst=3),
        ]
        outcomes = []
        for n in range(6):
            try:
                limiters[n % 2].take("key:shared")
                outcomes.append("ok")
            except ThrottledError as exc:
                outcomes.append(f"429 {exc.retry_after}")
        assert outcomes[:3] == ["ok", "ok", "ok"]
        assert all(o.startswith("429 ") and int(o.split()[1]) >= 1 for o in outcomes[3:])
        limiters[1].take("key:another")  # a caller of its own has its own bucket


def test_seed_export_import_round_trip(
    store_url: str, store: ActivityStore, tmp_path: Path
) -> None:
    apps = seed_synthetic(store, apps=1, campaigns=2, activities=300, seed=7, batch_size=128)
    with pytest.raises(ConflictError):  # resumable: nothing left to add
        seed_synthetic(store, apps=1, campaigns=2, activities=300, seed=7)
    out = io.BytesIO()
    assert export(store, out) == 600
    saved = tmp_path / "saved.jsonl"
    saved.write_bytes(out.getvalue())
    target = store_url + "-copy" if not store_url.startswith("postgresql") else None
    if target is None:  # a second database on the same server: the store's reset, then import
        store.reset()
        into = store
    else:
        into = open_store(target)
    try:
        result = import_file(into, saved)
        assert result.added == 600
        again = io.BytesIO()
        export(into, again)
        assert again.getvalue() == out.getvalue()
        assert into.campaign_ids(apps[0].application_id) == list(apps[0].campaign_ids)
    finally:
        if into is not store:
            into.close()


def test_migration_race_several_processes_on_an_empty_store(store_url: str) -> None:
    """Replicas starting at once on an empty database migrate it once and share one secret."""
    procs = [
        subprocess.Popen(
            [*WORKER, "open", store_url],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    secrets = set()
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        secrets.add(out.strip())
    with open_store(store_url) as store:
        assert secrets == {store.token_secret.hex()}
        assert store.is_empty()


def test_walking_while_two_processes_write(store_url: str, store: ActivityStore) -> None:
    """Two writer processes (three threads each, one activity per transaction) while this
    one walks NextTokens again and again: every walk is duplicate-free and extends the one
    before it (an activity never appears before one a walk already passed), and the last walk
    after the writers stopped holds every acknowledged activity exactly once."""
    store.add_application(APP)
    store.add_campaign(APP, CAMPAIGN)
    store.add_activities(APP, CAMPAIGN, [pending(f"init-{i:03d}") for i in range(100)])
    writers = [
        subprocess.Popen(
            [*WORKER, "write", store_url, tag, "240", "3"],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("p1", "p2")
    ]
    service = ActivitiesService(store)
    previous: list[str] = []
    walks = 0
    while any(w.poll() is None for w in writers) or walks < 3:
        ids = _ids(walk(service, APP, CAMPAIGN, page_size="9"))
        assert len(ids) == len(set(ids))
        assert ids[: len(previous)] == previous  # new activities only ever at the end
        previous = ids
        walks += 1
    acked = []
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        acked += out.split()
    final = _ids(walk(service, APP, CAMPAIGN, page_size="13"))
    assert sorted(final) == sorted([f"init-{i:03d}" for i in range(100)] + acked)
    assert len(acked) == 480 and walks > 3


def test_kill_9_mid_write_loses_nothing_acknowledged(store_url: str, store: ActivityStore) -> None:
    store.add_application(APP)
    store.add_campaign(APP, CAMPAIGN)
    writer = subprocess.Popen(
        [*WORKER, "write", store_url, "k", "100000", "2"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None
    acked = [writer.stdout.readline().strip() for _ in range(200)]  # 200 commits returned
    os.kill(writer.pid, signal.SIGKILL)
    rest, _ = writer.communicate(timeout=30)
    acked += rest.split()
    stored = {a["Id"] for a in store.activities(APP, CAMPAIGN)}
    assert set(acked) <= stored
    assert _ids(walk(ActivitiesService(store), APP, CAMPAIGN, page_size="50")) == [
        a["Id"] for a in store.activities(APP, CAMPAIGN)
    ]
    store.add_activities(APP, CAMPAIGN, [pending("after")])  # no lock left behind


def _get(url: str, **params: str) -> httpx.Response:
    return httpx.get(url, params=params, timeout=30)


def test_tokens_walk_across_two_servers_and_share_a_rate_limit(
    store_url: str, tmp_path: Path
) -> None:
    with open_store(store_url) as store:
        seed_demo(store)
        store.add_application(APP)
        store.add_campaign(APP, CAMPAIGN)
        store.add_activities(APP, CAMPAIGN, [pending(f"t-{i:02d}") for i in range(25)])
    with (
        ready_server(tmp_path, db=store_url) as a,  # type: ignore[arg-type]
        ready_server(tmp_path, db=store_url) as b,  # type: ignore[arg-type]
    ):
        path = f"/v1/apps/{APP}/campaigns/{CAMPAIGN}/activities"
        seen: list[str] = []
        token = None
        for n in range(10):
            params = {"page-size": "4", **({"token": token} if token else {})}
            answer = _get((a, b)[n % 2].url + path, **params)
            assert answer.status_code == 200, answer.text
            body: dict[str, Any] = answer.json()
            seen += [item["Id"] for item in body["Item"]]
            token = body.get("NextToken")
            if not token:
                break
        assert seen == [f"t-{i:02d}" for i in range(25)]
        health = _get(a.url + "/_mock/health").json()
        assert health["Store"]["Kind"] == ("postgresql" if "://" in store_url else "sqlite")
    with (
        ready_server(tmp_path, "--rate-limit", "0.01", db=store_url) as a,  # type: ignore[arg-type]
        ready_server(tmp_path, "--rate-limit", "0.01", db=store_url) as b,  # type: ignore[arg-type]
    ):
        statuses = [_get((a, b)[n % 2].url + path).status_code for n in range(4)]
        assert statuses == [200, 429, 429, 429]  # burst 1, one bucket for both servers
        refused = _get(b.url + path)
        assert refused.headers["x-amzn-errortype"].startswith("TooManyRequestsException")
        assert int(refused.headers["retry-after"]) >= 1


def test_unreachable_store_is_one_error_line_exit_2(tmp_path: Path) -> None:
    """Down at start: every subcommand says so in one ``error:`` line and exits 2."""
    with socketless_port() as port:
        url = f"postgresql://postgres@127.0.0.1:{port}/nothing"
        saved = tmp_path / "in.jsonl"
        saved.write_text("")
        for args in (
            ["serve", "--db", url, "--port", "0"],
            ["seed", "--db", url, "--no-progress"],
            ["import", "--db", url, str(saved)],
            ["export", "--db", url],
            ["pull", "--db", url, "--endpoint", "http://127.0.0.1:9", "--ids", "a:b"],
        ):
            started = time.monotonic()
            done = subprocess.run(
                [sys.executable, "-m", "mockserver", *args],
                cwd=REPO, capture_output=True, text=True, timeout=60,
            )  # fmt: skip
            lines = done.stderr.strip().splitlines()
            assert done.returncode == 2, (args, done.stderr)
            assert len(lines) == 1 and lines[0].startswith("error: "), (args, done.stderr)
            assert "PostgreSQL" in lines[0] and "Traceback" not in done.stderr
            assert time.monotonic() - started < 20


class socketless_port:
    """A free TCP port with nothing listening on it (bound, never listened, while in use)."""

    def __enter__(self) -> int:
        import socket

        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        port: int = self._sock.getsockname()[1]
        return port

    def __exit__(self, *exc: object) -> None:
        self._sock.close()


def test_postgres_lost_while_serving_is_503_and_recovers(tmp_path: Path) -> None:
    """PostgreSQL stopped under a serving mock: AWS-shaped 503s within a bounded time, never a
    traceback or a hang; started again: the same mock serves again by itself. Its own cluster,
    so stopping it disturbs no other test."""
    from tests.support.postgres import PostgresUnavailable, running_postgres, start

    try:
        cluster = running_postgres()
        pg = cluster.__enter__()
    except PostgresUnavailable as exc:
        pytest.skip(str(exc))
    try:
        url = pg.create_database()
        with ready_server(tmp_path, db=url) as server:  # type: ignore[arg-type]
            assert _get(server.activities_url()).status_code == 200
            pg.stop()
            for _ in range(3):
                started = time.monotonic()
                answer = _get(server.activities_url())
                assert time.monotonic() - started < 10
                assert answer.status_code == 503, answer.text
                assert answer.headers["x-amzn-errortype"].startswith("ServiceUnavailable")
                assert "PostgreSQL" in answer.json()["Message"]
            admin = _get(server.url + "/_mock/apps")
            assert admin.status_code == 503 and "x-amzn-errortype" in admin.headers
            start(pg)
            deadline = time.monotonic() + 30
            while (status := _get(server.activities_url()).status_code) != 200:
                assert status == 503 and time.monotonic() < deadline
                time.sleep(0.2)
            assert _get(server.url + "/_mock/apps").status_code == 200
            assert "Traceback" not in server.log_text()
    finally:
        cluster.__exit__(None, None, None)


def test_pull_and_export_through_the_cli(store_url: str, tmp_path: Path) -> None:
    """``pull --db`` copies a running mock's campaigns into the store; pulling again changes
    nothing; ``export --db`` gives back what the source serves."""
    source = tmp_path / "source.sqlite3"
    with ready_server(tmp_path, db=source) as server:
        with open_store(source, read_only=True) as store:
            ids = [
                f"{a.application_id}:{c.campaign_id}"
                for a in store.list_applications()
                for c in a.campaigns
                if c.activity_count
            ]
            expected = io.BytesIO()
            export(store, expected)
        for _ in range(2):
            done = subprocess.run(
                [sys.executable, "-m", "mockserver", "pull", "--db", store_url,
                 "--endpoint", server.url, "--ids", *ids],
                cwd=REPO, capture_output=True, text=True, timeout=120,
            )  # fmt: skip
            assert done.returncode == 0, done.stderr
    out = subprocess.run(
        [sys.executable, "-m", "mockserver", "export", "--db", store_url, "--ids", *ids],
        cwd=REPO, capture_output=True, timeout=120,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert out.stdout == expected.getvalue()


def test_concurrent_run_syncs_insert_each_occurrence_once(store_url: str) -> None:
    """Two servers' read paths find a campaign run stale at once: each occurrence is inserted
    once (the writers of a campaign take turns, see lock_campaign), none fails."""
    import threading

    from mockserver.runs.service import RunService
    from mockserver.timefmt import parse_ms

    with open_store(store_url) as one, open_store(store_url) as two:
        one.add_application(APP)
        one.add_campaign(APP, CAMPAIGN)
        clock = MockClock(one)
        clock.set(parse_ms("2026-03-01T08:00:00Z"))
        RunService(one, clock).create(
            APP, CAMPAIGN, {"Schedule": {"StartTime": "2026-03-01T09:00:00Z"}}
        )
        clock.advance(30 * 86400)  # every occurrence due: all stale
        errors: list[BaseException] = []
        services = [RunService(s, MockClock(s)) for s in (one, two, one, two)]
        start = threading.Barrier(len(services))

        def sync(service: RunService) -> None:
            try:
                start.wait()
                service.sync(APP, CAMPAIGN)
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=sync, args=(s,)) for s in services]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        ids = [a["Id"] for a in one.activities(APP, CAMPAIGN)]
        assert ids and len(ids) == len(set(ids))
