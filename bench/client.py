"""The generated client (``pinpoint_client``) against boto3, both calling one mock server.

Measured, with the mock server started once (auth none) on a campaign of 100 activities, each
call fetching one page of the server's default size (20 activities):

* client-side CPU per call: user + system time of a client subprocess that makes N calls, from
  ``resource.getrusage(RUSAGE_CHILDREN)`` around it, minus the same subprocess making 0 calls
  (interpreter start, imports, client construction), divided by N. The children also report the
  CPU of their call loop alone, as a cross-check. Target: ours <= 1/3 of boto3.
* the whole process: import, construct the client and make one call, wall and CPU time, median
  of 5 subprocess runs. Target: ours <= 1/2 of boto3.

boto3 gets an ``endpoint_url`` to the mock and dummy credentials (it signs every request anyway);
ours runs unsigned, as the server needs. Runs alternate between the two clients so that a noisy
machine penalizes both alike.
"""

from __future__ import annotations

import contextlib
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from tests.support.servers import free_port, server_process

REPO = Path(__file__).resolve().parents[1]
PACKAGE_DIR = REPO / "generated" / "pinpoint_client"
CALLS = 2_000
CPU_ROUNDS = 5
PROCESS_RUNS = 5
TARGET_CALL = 1 / 3
TARGET_PROCESS = 1 / 2

_OURS = """
import sys, time
from pinpoint_client import PinpointClient
url, app, campaign, calls = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
client = PinpointClient(base_url=url)
started = time.process_time()
for _ in range(calls):
    client.get_campaign_activities(application_id=app, campaign_id=campaign)
print(time.process_time() - started)
"""

_BOTO3 = """
import sys, time
import boto3
url, app, campaign, calls = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
client = boto3.client(
    "pinpoint", region_name="us-east-1", endpoint_url=url,
    aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="dummy-secret",
)
started = time.process_time()
for _ in range(calls):
    client.get_campaign_activities(ApplicationId=app, CampaignId=campaign)
print(time.process_time() - started)
"""

CLIENTS = {"pinpoint_client": _OURS, "boto3": _BOTO3}


@contextlib.contextmanager
def mock_server(workdir: Path) -> Iterator[tuple[str, str, str]]:
    """Seed a campaign of 100 activities, serve it; yield (url, application, campaign)."""
    db = workdir / "bench.sqlite3"
    seeded = subprocess.run(
        [sys.executable, "-m", "mockserver", "seed", "--db", str(db), "--apps", "1",
         "--campaigns", "1", "--activities", "100", "--seed", "2026", "--no-progress"],
        cwd=REPO, capture_output=True, text=True, check=True,
    )  # fmt: skip
    app, campaign = seeded.stdout.split()[1:4:2]  # "application <id> campaign <id>"
    port = free_port()
    command = [
        sys.executable, "-m", "mockserver", "serve", "--host", "127.0.0.1", "--port", str(port),
        "--db", str(db), "--log-level", "warning",
    ]  # fmt: skip
    with server_process(command, port, db, workdir) as server:
        yield server.url, app, campaign


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PACKAGE_DIR), env.get("PYTHONPATH")]))
    return env


def run_child(code: str, args: list[str]) -> tuple[float, float, float]:
    """Run ``code`` in a fresh interpreter: (wall, user+system CPU of the child, its loop CPU)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=REPO, env=_environment(), capture_output=True, text=True, check=False,
    )  # fmt: skip
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(f"benchmark child failed:\n{done.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, float(done.stdout.strip().splitlines()[-1])


def per_call_cpu(url: str, app: str, campaign: str) -> dict[str, tuple[float, float, float]]:
    """Per client: CPU per call from RUSAGE_CHILDREN differences, the loop's CPU per call, and
    the whole child's CPU (start-up included) divided by the calls."""
    loaded: dict[str, list[float]] = {name: [] for name in CLIENTS}
    empty: dict[str, list[float]] = {name: [] for name in CLIENTS}
    loops: dict[str, list[float]] = {name: [] for name in CLIENTS}
    for _ in range(CPU_ROUNDS):
        for name, code in CLIENTS.items():
            _, cpu, loop = run_child(code, [url, app, campaign, str(CALLS)])
            loaded[name].append(cpu)
            loops[name].append(loop)
            empty[name].append(run_child(code, [url, app, campaign, "0"])[1])
    return {
        name: (
            (statistics.median(loaded[name]) - statistics.median(empty[name])) / CALLS,
            statistics.median(loops[name]) / CALLS,
            statistics.median(loaded[name]) / CALLS,
        )
        for name in CLIENTS
    }


def whole_process(url: str, app: str, campaign: str) -> dict[str, tuple[float, float]]:
    """Per client: median (wall, CPU) of import + construct + one call, in fresh interpreters."""
    walls: dict[str, list[float]] = {name: [] for name in CLIENTS}
    cpus: dict[str, list[float]] = {name: [] for name in CLIENTS}
    for code in CLIENTS.values():  # warm the OS file cache for both
        run_child(code, [url, app, campaign, "1"])
    for _ in range(PROCESS_RUNS):
        for name, code in CLIENTS.items():
            wall, cpu, _ = run_child(code, [url, app, campaign, "1"])
            walls[name].append(wall)
            cpus[name].append(cpu)
    return {
        name: (statistics.median(walls[name]), statistics.median(cpus[name])) for name in CLIENTS
    }


def _verdict(ratio: float, target: float) -> str:
    return f"{'met' if ratio <= target else 'NOT met'} (target <= {target:.2f})"


def main() -> None:
    with (
        tempfile.TemporaryDirectory(prefix="bench-client-") as tmp,
        mock_server(Path(tmp)) as (
            url,
            app,
            campaign,
        ),
    ):
        # One call each first, so that a broken client fails before any timing.
        for code in CLIENTS.values():
            run_child(code, [url, app, campaign, "1"])
        calls = per_call_cpu(url, app, campaign)
        process = whole_process(url, app, campaign)

    ours, boto3 = calls["pinpoint_client"], calls["boto3"]
    print(f"client CPU per get_campaign_activities call ({CALLS:,} calls, 20 items a page):")
    for name, (per_call, loop, whole) in calls.items():
        print(
            f"  {name:16} {per_call * 1e6:8.0f} us   (call loop alone: {loop * 1e6:.0f} us,"
            f" whole child / calls: {whole * 1e6:.0f} us)"
        )
    ratio = ours[0] / boto3[0]
    print(f"  ratio ours/boto3: {ratio:.3f}  {_verdict(ratio, TARGET_CALL)}")
    print(f"  loop-only ratio:  {ours[1] / boto3[1]:.3f}")
    print(f"  whole-child ratio: {ours[2] / boto3[2]:.3f}")

    print(f"whole process: import, construct, one call (median of {PROCESS_RUNS}):")
    for name, (wall, cpu) in process.items():
        print(f"  {name:16} wall {wall * 1e3:7.1f} ms   CPU {cpu * 1e3:7.1f} ms")
    wall_ratio = process["pinpoint_client"][0] / process["boto3"][0]
    cpu_ratio = process["pinpoint_client"][1] / process["boto3"][1]
    print(f"  wall ratio ours/boto3: {wall_ratio:.3f}  {_verdict(wall_ratio, TARGET_PROCESS)}")
    print(f"  CPU ratio ours/boto3:  {cpu_ratio:.3f}  {_verdict(cpu_ratio, TARGET_PROCESS)}")


if __name__ == "__main__":
    main()
