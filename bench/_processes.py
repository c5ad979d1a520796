"""How the server benches run their processes: servers pinned to a CPU, wrk, CPU time, verdicts."""

from __future__ import annotations

import contextlib
import http.client
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[1]
SERVER_CPU, CLIENT_CPU = 0, 1
CONNECTIONS = 32


# -- processes ------------------------------------------------------------------------------------


def _pinned(cpu: int, command: list[str]) -> list[str]:
    if shutil.which("taskset") is None or os.cpu_count() in (None, 1):
        return command
    return ["taskset", "-c", str(cpu), *command]


@dataclass(frozen=True)
class Server:
    url: str
    pid: int


@contextlib.contextmanager
def _server(
    name: str, command: list[str], port: int, log_dir: Path, env: dict[str, str] | None = None
) -> Iterator[Server]:
    """Run a server on CPU 0 until the block ends (taskset execs it: the PID is the server's)."""
    log_path = log_dir / f"{name.replace(' ', '_')}.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            _pinned(SERVER_CPU, command),
            cwd=REPO,
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, **(env or {})},
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"{name} exited: {log_path.read_text(errors='replace')}")
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f"{name} did not listen within 60 s")
            time.sleep(0.05)
        yield Server(f"http://127.0.0.1:{port}", process.pid)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def _mock_command(port: int, db: Path, log_level: str = "warning", *extra: str) -> list[str]:
    return [
        sys.executable, "-m", "mockserver", "serve", "--host", "127.0.0.1", "--port", str(port),
        "--db", str(db), "--log-level", log_level, *extra,
    ]  # fmt: skip


def _uvicorn_command(port: int, factory: str) -> list[str]:
    return [
        sys.executable, "-m", "uvicorn", factory, "--factory", "--host", "127.0.0.1",
        "--port", str(port), "--loop", "uvloop", "--http", "httptools", "--lifespan", "off",
        "--log-level", "warning", "--no-access-log", "--no-server-header",  # as the mock runs
        "--no-proxy-headers",
    ]  # fmt: skip


def _ensure_wrk() -> str | None:
    """The path of wrk, installing Debian's package when run as root; None if unavailable."""
    found = shutil.which("wrk")
    if found is not None:
        return found
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        print("wrk is missing: apt-get install -y wrk", flush=True)
        for step in (["apt-get", "update"], ["apt-get", "install", "-y", "wrk"]):
            subprocess.run(step, capture_output=True, check=False)
        return shutil.which("wrk")
    return None


_WRK_RPS = re.compile(r"^Requests/sec:\s+([0-9.]+)", re.MULTILINE)
_WRK_TOTAL = re.compile(r"^\s*([0-9]+) requests in", re.MULTILINE)
_WRK_NON_2XX = re.compile(r"Non-2xx or 3xx responses:\s+([0-9]+)")
_WRK_ERRORS = re.compile(r"Socket errors:.*")


def wrk(binary: str, url: str, seconds: float, script: Path | None = None) -> tuple[float, int]:
    """(requests per second, requests) of ``wrk -t1 -c32`` on CPU 1 (with a Lua ``script`` that
    picks each request's path, when given); raises if one failed."""
    scripted = ["-s", str(script)] if script is not None else []
    done = subprocess.run(
        _pinned(CLIENT_CPU, [binary, "-t1", f"-c{CONNECTIONS}", f"-d{seconds:g}s", *scripted, url]),
        capture_output=True,
        text=True,
        check=True,
    )
    non_2xx = _WRK_NON_2XX.search(done.stdout)
    if non_2xx is not None:
        raise RuntimeError(f"{non_2xx.group(1)} error responses from {url}:\n{done.stdout}")
    errors = _WRK_ERRORS.search(done.stdout)
    if errors is not None:
        print(f"    note: {errors.group(0).strip()}")
    rps, total = _WRK_RPS.search(done.stdout), _WRK_TOTAL.search(done.stdout)
    if rps is None or total is None:
        raise RuntimeError(f"cannot read wrk's output:\n{done.stdout}\n{done.stderr}")
    return float(rps.group(1)), int(total.group(1))


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc), or NaN elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _get(url: str) -> tuple[int, bytes]:
    parts = urlsplit(url)
    assert parts.hostname is not None and parts.port is not None
    with contextlib.closing(http.client.HTTPConnection(parts.hostname, parts.port)) as conn:
        conn.request("GET", f"{parts.path}?{parts.query}" if parts.query else parts.path)
        response = conn.getresponse()
        return response.status, response.read()


def _verdict(ok: bool, target: str) -> str:
    return f"{'met' if ok else 'NOT met'} (target {target})"


# -- 1. throughput --------------------------------------------------------------------------------


def measure_rounds(
    wrk_binary: str,
    servers: dict[str, Server],
    path: str,
    rounds: int,
    warmup_s: float,
    seconds: float,
    scripts: Mapping[str, Path] | None = None,
) -> tuple[dict[str, float], dict[str, float]]:
    """Load each server in turn, ``rounds`` times (a warm-up, then a measured run; a server
    named in ``scripts`` gets its paths from that wrk script); return the median req/s and the
    median server CPU seconds per request of each, by name."""
    rates: dict[str, list[float]] = {name: [] for name in servers}
    costs: dict[str, list[float]] = {name: [] for name in servers}
    width = max(map(len, servers))
    for round_number in range(rounds):
        for name, server in servers.items():
            script = (scripts or {}).get(name)
            wrk(wrk_binary, server.url + path, warmup_s, script)
            before = cpu_seconds(server.pid)
            rps, total = wrk(wrk_binary, server.url + path, seconds, script)
            cost = (cpu_seconds(server.pid) - before) / total
            rates[name].append(rps)
            costs[name].append(cost)
            print(
                f"    round {round_number + 1} {name:{width}} {rps:9,.0f} req/s"
                f"  {cost * 1e6:6.1f} us CPU/request",
                flush=True,
            )
    return (
        {name: statistics.median(values) for name, values in rates.items()},
        {name: statistics.median(values) for name, values in costs.items()},
    )
