"""Replicas on several hosts: PostgreSQL in one network namespace, 2-3 mock replicas
(``python -m mockserver serve --db postgresql://...``) in others, the test client in the root
namespace. A walk whose pages alternate between replicas while another replica writes sees every
activity exactly once; one shared ``--rate-limit`` answers 429 on whichever replica the excess
request reaches.

Skipped, with the reason, only where namespaces cannot be made: not root, no ``ip`` (iproute2),
or ``ip netns add`` refused. CI runs as root with iproute2 installed by .ci/run, so it runs there.
By hand: ``sudo .venv/bin/python -m pytest tests/scaleout/test_replicas.py -v``.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import boto3
import httpx
import pytest
from botocore.config import Config

from tests.admin.support import activities
from tests.support import netns
from tests.support.postgres import PostgresServer, find_binaries, running_postgres

ROOT = Path(__file__).resolve().parents[2]
APP = "5ca1e0a7000000000000000000000001"
CAMPAIGN = "5ca1e0a7000000000000000000000002"
PORT = 8080
PG_PORT = 5432  # a namespace of its own: nothing else listens there
ADMIN_TOKEN = "scale-out-admin-token"
ADMIN = {"Authorization": f"Bearer {ADMIN_TOKEN}"}


@dataclass(frozen=True)
class Cluster:
    lan: netns.Lan
    postgres: PostgresServer
    db_host: netns.Host
    workdir: Path

    def database(self) -> str:
        """A fresh database, by the address replicas reach PostgreSQL at."""
        url = self.postgres.create_database()
        return self.postgres.url(url.rsplit("/", 1)[1], host=self.db_host.address)


@dataclass(frozen=True)
class Replica:
    host: netns.Host
    url: str
    log: Path

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    """The LAN, PostgreSQL listening on its own host (x.y.z.1), trusting the LAN's clients."""
    reason = netns.unavailable_reason()
    if reason:
        pytest.skip(reason)
    if find_binaries() is None:
        message = "PostgreSQL server binaries not found; apt-get install postgresql"
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true and {message}")
        pytest.skip(message)
    with netns.lan() as lan:
        db_host = lan.host("db", 1)
        with running_postgres(
            db_host.address, port=PG_PORT, networks=[lan.cidr], prefix=db_host.prefix()
        ) as postgres:
            yield Cluster(lan, postgres, db_host, tmp_path_factory.mktemp("replicas"))


@contextlib.contextmanager
def replicas(
    cluster: Cluster, db: str, *specs: tuple[str, list[str]], together: bool = False
) -> Iterator[list[Replica]]:
    """Start one replica per (label, extra serve args) on a host of its own, on ``db``: the
    first alone, then the others at once (``together``: all at once, on a database that may be
    empty); wait until each serves and the root namespace reaches it; stop them at the end."""
    started: list[tuple[netns.Host, Path, Path, subprocess.Popen[bytes]]] = []
    running: list[Replica] = []
    deadline = time.monotonic() + 90

    def start(label: str, extra: list[str]) -> None:
        host = cluster.lan.host(label, 10 + len(cluster.lan.hosts))
        ready = cluster.workdir / f"{host.namespace}.ready.json"
        log = cluster.workdir / f"{host.namespace}.log"
        command = [
            sys.executable, "-m", "mockserver", "serve", "--db", db,
            "--host", host.address, "--port", str(PORT), "--ready-file", str(ready),
            "--admin-token", ADMIN_TOKEN, "--log-level", "warning", *extra,
        ]  # fmt: skip
        started.append((host, ready, log, netns.spawn(host, command, log, ROOT)))

    def wait() -> None:
        for host, ready, log, process in started[len(running) :]:
            while not ready.exists():
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(
                        f"replica {host.namespace} never got ready ({process.returncode}):\n"
                        + log.read_text(errors="replace")
                    )
                time.sleep(0.05)
            assert json.loads(ready.read_text(encoding="utf-8"))["port"] == PORT
            cluster.lan.wait_reachable(host, PORT)
            running.append(Replica(host, f"http://{host.address}:{PORT}", log))

    try:
        for index, (label, extra) in enumerate(specs):
            start(label, extra)
            if index == 0 and not together:
                wait()
        wait()
        yield running
    finally:
        for _, _, _, process in started:
            netns.stop(process)


def pinpoint(replica: Replica) -> Any:
    """An unmodified boto3 client on one replica (auth off: any key; no retries)."""
    return boto3.client(
        "pinpoint",
        endpoint_url=replica.url,
        region_name="us-east-1",
        aws_access_key_id="AKIDSCALEOUT00000001",
        aws_secret_access_key="scale-out-secret",
        config=Config(retries={"total_max_attempts": 1}),
    )


def add(replica: Replica, items: list[dict[str, Any]]) -> None:
    response = httpx.post(
        f"{replica.url}/_mock/apps/{APP}/campaigns/{CAMPAIGN}/activities",
        json={"Item": items},
        headers=ADMIN,
        timeout=30,
    )
    assert response.status_code == 201, response.text


def create_campaign(replica: Replica) -> None:
    for path in (f"/_mock/apps/{APP}", f"/_mock/apps/{APP}/campaigns/{CAMPAIGN}"):
        response = httpx.put(f"{replica.url}{path}", json={}, headers=ADMIN, timeout=30)
        assert response.status_code in (200, 201), response.text


def walk_ids(clients: list[Any], page_size: str, pause: float = 0.0) -> list[str]:
    """Every Id of the campaign, page k through ``clients[k % len(clients)]``."""
    seen: list[str] = []
    token: str | None = None
    for turn in range(100_000):
        extra = {} if token is None else {"Token": token}
        page = clients[turn % len(clients)].get_campaign_activities(
            ApplicationId=APP, CampaignId=CAMPAIGN, PageSize=page_size, **extra
        )["ActivitiesResponse"]
        seen += [item["Id"] for item in page["Item"]]
        token = page.get("NextToken")
        if token is None:
            return seen
        time.sleep(pause)
    raise AssertionError("the walk never ended")


def test_a_walk_across_replicas_sees_each_activity_once_while_another_writes(
    cluster: Cluster,
) -> None:
    db = cluster.database()
    with replicas(cluster, db, ("r1", []), ("r2", []), ("r3", [])) as (r1, r2, r3):
        create_campaign(r1)
        initial = activities(120, prefix="i")
        add(r2, initial)
        stop = threading.Event()
        written: list[str] = []
        errors: list[BaseException] = []

        def writer() -> None:
            try:
                for batch in range(300):  # bounded: at most 300 posts, until the walk ends
                    if stop.is_set():
                        return
                    items = activities(2, prefix=f"w{batch:04d}-")
                    add(r3, items)
                    written.extend(item["Id"] for item in items)
                    time.sleep(0.005)
            except BaseException as exc:  # surfaced by the assertion below
                errors.append(exc)

        thread = threading.Thread(target=writer)
        thread.start()
        try:
            while not written and thread.is_alive():
                time.sleep(0.01)
            at_start = len(written)
            seen = walk_ids([pinpoint(r1), pinpoint(r2)], page_size="5", pause=0.01)
            during = len(written) - at_start
        finally:
            stop.set()
            thread.join(timeout=60)
        assert not errors, errors
        final = walk_ids([pinpoint(r3)], page_size="100")
    initial_ids = [item["Id"] for item in initial]
    assert len(seen) == len(set(seen)), "an activity was returned twice"
    assert seen[: len(initial_ids)] == initial_ids  # all that existed first, once, in order
    assert seen == final[: len(seen)], "an activity committed before a page was skipped"
    assert sorted(final) == sorted(initial_ids + written)
    assert during > 0 and len(seen) > len(initial_ids), "the writer did not overlap the walk"


def test_one_rate_limit_is_shared_by_every_replica_and_worker(cluster: Cluster) -> None:
    """--rate-limit 1 (burst 1) for one client address on three replicas (one with two
    workers): per process that would allow about 4 + 4/s; shared, it allows 1 + 1/s, and the
    excess is a 429 on each replica."""
    db = cluster.database()
    limited = ["--rate-limit", "1"]
    specs = [("q1", [*limited, "--workers", "2"]), ("q2", limited), ("q3", limited)]
    with replicas(cluster, db, *specs) as running:
        create_campaign(running[0])
        statuses: dict[str, list[int]] = {replica.url: [] for replica in running}
        with httpx.Client(timeout=30) as client:
            started = time.monotonic()
            for turn in range(60):  # 20 rounds, ~3 s: bounded in count and time
                replica = running[turn % len(running)]
                path = f"/v1/apps/{APP}/campaigns/{CAMPAIGN}/activities"
                response = client.get(f"{replica.url}{path}")
                assert response.status_code in (200, 429), response.text
                if response.status_code == 429:
                    assert response.headers["x-amzn-errortype"] == "TooManyRequestsException"
                statuses[replica.url].append(response.status_code)
                time.sleep(0.05)
            elapsed = time.monotonic() - started
    allowed = sum(codes.count(200) for codes in statuses.values())
    # One bucket: a burst of 1, then 1 a second; a little slack for the edges of the window.
    assert elapsed - 1 <= allowed <= 1 + elapsed * 1 + 1, (allowed, elapsed, statuses)
    for url, codes in statuses.items():
        assert 429 in codes, f"{url} never answered 429: {codes}"


def test_replicas_started_together_on_an_empty_database_all_serve(cluster: Cluster) -> None:
    db = cluster.database()
    specs = [("s1", []), ("s2", []), ("s3", [])]
    with replicas(cluster, db, *specs, together=True) as running:
        for replica in running:
            answer = httpx.get(
                f"{replica.url}/_mock/health",
                headers={"Authorization": f"Bearer {ADMIN_TOKEN}"},
                timeout=30,
            )
            assert answer.json()["Store"]["Kind"] == "postgresql", answer.text
