"""``serve --workers 2``: two processes serving one SQLite file while another process writes."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import httpx
import pytest

from mockserver.seed import DEMO_APPLICATION_ID
from mockserver.store import Store
from tests.mockserver.helpers import pending
from tests.mockserver.serving import ACCESS_LINE
from tests.support.servers import ROOT, RunningServer, mock_server, wait_for_log

CAMPAIGN = "two-workers-campaign"
INITIAL = 200
ADDED = 400
READERS = 6

_WRITER = textwrap.dedent(
    """
    import sys, time
    from mockserver.store import Store
    from tests.mockserver.helpers import pending
    db, app, campaign, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    with Store(db) as store:
        print("ready", flush=True)
        n = 0
        while n < count:
            batch = [pending(f"added-{i:05d}", 1 + i % 28) for i in range(n, min(n + 2, count))]
            store.add_activities(app, campaign, batch)
            n += len(batch)
            time.sleep(0.02)
    """
)


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _workers(server: RunningServer) -> list[int]:
    text = wait_for_log(server, lambda log: log.count("Started server process") >= 2)
    pids = sorted({int(line.rsplit("[", 1)[1].rstrip("]")) for line in text.splitlines()
                   if "Started server process" in line})  # fmt: skip
    assert len(pids) == 2 and server.process.pid not in pids
    return pids


def _walk(http: httpx.Client, path: str) -> list[str]:
    ids: list[str] = []
    token: str | None = None
    while True:
        params = {"page-size": "7"} if token is None else {"page-size": "7", "token": token}
        response = http.get(path, params=params)
        if response.status_code != 200:
            raise AssertionError(f"{response.status_code}: {response.text}")
        body = response.json()
        ids.extend(item["Id"] for item in body["Item"])
        token = body["NextToken"]
        if token is None:
            return ids


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_two_workers_serve_concurrent_reads_while_a_process_writes(tmp_path: Path) -> None:
    db = tmp_path / "workers.sqlite3"
    initial = [f"initial-{n:05d}" for n in range(INITIAL)]
    with Store(db) as store:
        store.add_application(DEMO_APPLICATION_ID)
        store.add_campaign(DEMO_APPLICATION_ID, CAMPAIGN)
        store.add_activities(DEMO_APPLICATION_ID, CAMPAIGN, [pending(i) for i in initial])
    path = f"/v1/apps/{DEMO_APPLICATION_ID}/campaigns/{CAMPAIGN}/activities"
    with mock_server(tmp_path, "--workers", "2", db=db) as server:
        pids = _workers(server)
        cpu_before = [_cpu_seconds(pid) for pid in pids]
        writer = subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(db), DEMO_APPLICATION_ID, CAMPAIGN, str(ADDED)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        failures: list[BaseException] = []
        walks: list[list[str]] = []
        lock = threading.Lock()

        def reader() -> None:
            try:
                while writer.poll() is None:
                    # A new connection per walk, so both workers' accept loops get some.
                    with httpx.Client(base_url=server.url, timeout=30) as http:
                        ids = _walk(http, path)
                    with lock:
                        walks.append(ids)
            except BaseException as exc:  # reported below
                failures.append(exc)

        try:
            assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
            threads = [threading.Thread(target=reader) for _ in range(READERS)]
            for thread in threads:
                thread.start()
            assert writer.wait(timeout=120) == 0
            for thread in threads:
                thread.join(timeout=120)
        finally:
            if writer.poll() is None:
                writer.kill()
                writer.wait()
        assert not failures, failures[0]
        assert len(walks) >= READERS
        for ids in walks:  # every walk: nothing twice, every initial activity once and in order
            assert len(ids) == len(set(ids))
            assert ids[:INITIAL] == initial
            added = ids[INITIAL:]
            assert added == sorted(added) and all(a.startswith("added-") for a in added)
        assert any(INITIAL < len(ids) < INITIAL + ADDED for ids in walks), "no walk overlapped"
        with httpx.Client(base_url=server.url) as http:
            final = _walk(http, path)
        assert len(final) == INITIAL + ADDED == len(set(final))
        with Store(db, read_only=True) as store:
            assert final == [row["Id"] for row in store.activities(DEMO_APPLICATION_ID, CAMPAIGN)]
        # Each worker writes its own access lines to the shared stdout: all there, none cut.
        requests = sum(-(-len(ids) // 7) for ids in [*walks, final])  # pages of 7
        text = wait_for_log(server, lambda log: log.count(f'GET {path} HTTP/1.1" 200 ') >= requests)
        assert all(m.group("path") == path for m in ACCESS_LINE.finditer(text))
        assert len(ACCESS_LINE.findall(text)) == text.count(' HTTP/1.1" ')
        used = [_cpu_seconds(pid) - before for pid, before in zip(pids, cpu_before, strict=True)]
        assert all(seconds > 0.02 for seconds in used), f"CPU seconds per worker: {used}"
        assert "Traceback" not in server.log_text()
