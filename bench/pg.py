"""The PostgreSQL store against SQLite on this machine, measured in one run (``python -m bench pg``).

The method, so that both stores get the same machine: a PostgreSQL cluster of its own
(tests/support/postgres.py: initdb into a temporary folder, the Debian defaults but for the
listen address) is started under ``taskset -c 0``, and so is every mock server; ``wrk -t1 -c32``
runs on CPU 1 (bench._processes). So the whole server side of either store, the mock's workers
and, on PostgreSQL, the postmaster and its backends, shares the one core CPU 0, the SQLite runs
get that same core, and the load generator never competes with them. PostgreSQL's own CPU is
counted: CPU per request is every process of the server side (the mock's supervisor and
workers, the postmaster and every backend, exited ones too), read from /proc.

1. Throughput of a 20-item page (the demo campaign) with 1 and 2 workers on each store: rounds
   alternate between the servers, median of ROUNDS. Target: PostgreSQL >= 0.5 x SQLite with
   2 workers. The store is reached by TCP on 127.0.0.1, as replicas on other hosts reach it;
   one more server connects through the unix socket, to show what TCP costs.
2. Latency: page 10,000 against page 1 (20 a page) of a 1,000,000-activity campaign on
   PostgreSQL (seeded with ``mockserver seed`` at the start, ~50 s, then VACUUM ANALYZE and a
   CHECKPOINT, so no autovacuum of the fresh rows runs on the servers' core meanwhile); median of
   sequential requests on one keep-alive connection. Target: <= 1.2.
3. What the shared rate limit costs: one worker with ``--rate-limit 1000000`` (never reached, so
   every request takes a token from the shared bucket and none is refused) against none, on each
   store; wrk's 32 connections share one client address, so one bucket row (the worst case).

``BENCH_QUICK=1`` shortens every phase and seeds 250,000 activities (for trying the bench itself).
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bench._processes import (
    CLIENT_CPU,
    CONNECTIONS,
    REPO,
    SERVER_CPU,
    Server,
    _ensure_wrk,
    _get,
    _pinned,
    _server,
    _verdict,
    wrk,
)
from bench.server import DURATION_S, LATENCY_REQUESTS, PAGE_SIZE, QUICK, ROUNDS, WARMUP_S
from bench.server import _timed_gets as timed_gets
from tests.support.postgres import PostgresServer, PostgresUnavailable, running_postgres
from tests.support.servers import free_port

BIG_ACTIVITIES = 250_000 if QUICK else 1_000_000
DEEP_PAGE = 10_000
TARGET_THROUGHPUT = 0.5
TARGET_LATENCY = 1.2
HIGH_LIMIT = "1000000"
# Debian's defaults, as an installed server runs, but for where it listens (set by start()).
SETTINGS = {"max_connections": "100"}
SOCKET = "PostgreSQL 2 workers, unix socket"


def _command(port: int, db: str, *extra: str) -> list[str]:
    return [
        sys.executable, "-m", "mockserver", "serve", "--host", "127.0.0.1", "--port", str(port),
        "--db", db, "--log-level", "warning", *extra,
    ]  # fmt: skip


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            tree.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    return tree


def tree_cpu(roots: list[int]) -> float:
    """User + system CPU seconds of ``roots`` and all their descendants, with what their
    exited children were charged (a worker or a backend that ended counts too)."""
    tree, total, todo = _children(), 0.0, list(roots)
    tick = os.sysconf("SC_CLK_TCK")
    while todo:
        pid = todo.pop()
        with contextlib.suppress(OSError, IndexError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += sum(int(n) for n in fields[11:15]) / tick  # utime stime cutime cstime
        todo += tree.get(pid, [])
    return total


@dataclass(frozen=True)
class Side:
    """One server side: the mock (its supervisor's tree) and, on PostgreSQL, the postmaster."""

    server: Server
    database: list[int]  # the postmaster's pid, or nothing for SQLite


@dataclass(frozen=True)
class Figures:
    """Medians of the rounds: req/s, CPU seconds per request, the database's share of it."""

    rate: float
    cost: float
    database_cost: float


def rounds(wrk_binary: str, sides: dict[str, Side], path: str) -> dict[str, Figures]:
    """As bench._processes.measure_rounds, with the CPU of every process of each server side,
    not of one pid (the workers, PostgreSQL's backends)."""
    samples: dict[str, list[tuple[float, float, float]]] = {name: [] for name in sides}
    width = max(map(len, sides))
    for number in range(ROUNDS):
        for name, side in sides.items():
            wrk(wrk_binary, side.server.url + path, WARMUP_S)
            mock, database = tree_cpu([side.server.pid]), tree_cpu(side.database)
            rps, total = wrk(wrk_binary, side.server.url + path, DURATION_S)
            mock = (tree_cpu([side.server.pid]) - mock) / total
            database = (tree_cpu(side.database) - database) / total
            samples[name].append((rps, mock + database, database))
            print(
                f"    round {number + 1} {name:{width}} {rps:9,.0f} req/s"
                f"  {(mock + database) * 1e6:6.1f} us CPU/request"
                + (f" ({database * 1e6:.1f} in PostgreSQL)" if side.database else ""),
                flush=True,
            )
    return {
        name: Figures(*(statistics.median(column) for column in zip(*values, strict=True)))
        for name, values in samples.items()
    }


@contextlib.contextmanager
def _servers(
    specs: dict[str, tuple[str, list[str]]], path: str, workdir: Path, postgres: PostgresServer
) -> Iterator[dict[str, Side]]:
    """Start each (db, extra args) in turn (the first on a store seeds its demo data) and
    check that it answers ``path``."""
    postmaster = postgres.postmaster_pid()
    with contextlib.ExitStack() as stack:
        sides: dict[str, Side] = {}
        for name, (db, extra) in specs.items():
            port = free_port()
            server = stack.enter_context(_server(name, _command(port, db, *extra), port, workdir))
            status, body = _get(server.url + path)
            if status != 200:
                raise RuntimeError(f"{name} answered {status}: {body[:300]!r}")
            on_postgres = db.startswith("postgresql://") and postmaster is not None
            sides[name] = Side(server, [postmaster] if on_postgres and postmaster else [])
        yield sides


def _demo_path() -> str:
    from mockserver.seed import DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID

    return (
        f"/v1/apps/{DEMO_APPLICATION_ID}/campaigns/{DEMO_CAMPAIGN_ID}/activities"
        f"?page-size={PAGE_SIZE}"
    )


def throughput(wrk_binary: str, postgres: PostgresServer, workdir: Path) -> None:
    sqlite, pg = str(workdir / "demo.sqlite3"), postgres.create_database()
    socket = postgres.socket_url(pg.rsplit("/", 1)[1])
    specs = {
        "SQLite 1 worker": (sqlite, []),
        "SQLite 2 workers": (sqlite, ["--workers", "2"]),
        "PostgreSQL 1 worker": (pg, []),
        "PostgreSQL 2 workers": (pg, ["--workers", "2"]),
        SOCKET: (socket, ["--workers", "2"]),
    }
    print(
        f"throughput of GET {PAGE_SIZE}-item page, wrk -t1 -c{CONNECTIONS} -d{DURATION_S}s after"
        f" {WARMUP_S}s warm-up, median of {ROUNDS}:",
        flush=True,
    )
    with _servers(specs, _demo_path(), workdir, postgres) as sides:
        got = rounds(wrk_binary, sides, _demo_path())
    for name in specs:
        share = f" ({got[name].database_cost * 1e6:.1f} in PostgreSQL)" if "Postgre" in name else ""
        print(
            f"  {name:34} {got[name].rate:9,.0f} req/s"
            f"   {got[name].cost * 1e6:6.1f} us CPU/request{share}"
        )
    for pg_name, workers in (
        ("PostgreSQL 1 worker", "1 worker"),
        ("PostgreSQL 2 workers", "2 workers"),
        (SOCKET, "2 workers"),
    ):
        on_pg, on_lite = got[pg_name], got[f"SQLite {workers}"]
        ratio, by_cpu = on_pg.rate / on_lite.rate, on_lite.cost / on_pg.cost
        target = pg_name == "PostgreSQL 2 workers"
        verdict = _verdict(ratio >= TARGET_THROUGHPUT, ">= 0.5") if target else ""
        print(
            f"  {pg_name} / SQLite {workers}: {ratio:.2f} req/s, {by_cpu:.2f} by CPU per"
            f" request  {verdict}".rstrip()
        )


def _seed_big(url: str) -> tuple[str, str]:
    print(f"  seeding {BIG_ACTIVITIES:,} activities into PostgreSQL ...", flush=True)
    started = time.perf_counter()
    seeded = subprocess.run(
        [sys.executable, "-m", "mockserver", "seed", "--db", url, "--apps", "1",
         "--campaigns", "1", "--activities", str(BIG_ACTIVITIES), "--seed", "1000000",
         "--no-demo", "--no-progress"],
        cwd=REPO, capture_output=True, text=True, check=True,
    )  # fmt: skip
    app, campaign = seeded.stdout.split()[1:4:2]  # "application <id> campaign <id>"
    print(f"  seeded in {time.perf_counter() - started:.0f} s", flush=True)
    return app, campaign


def _deep_token(url: str, app: str, campaign: str) -> tuple[str, bytes]:
    """The NextToken that leads to page DEEP_PAGE, and that page's first activity."""
    from mockserver.pagination import TokenCodec
    from mockserver.storage import open_store

    with open_store(url, read_only=True) as store:
        pk = store.resolve_campaign(app, campaign)
        # A fresh campaign's positions are 1, 2, ...: check it rather than assume it.
        position = (DEEP_PAGE - 1) * PAGE_SIZE
        ((before, _), (seq, first)) = store.fetch_page(pk, position - 1, 2)
        if (before, seq) != (position, position + 1):
            raise RuntimeError(f"positions are not dense: {before}, {seq} after {position - 1}")
        now_ms = time.time_ns() // 1_000_000  # NextTokens expire (24 h by the mock's clock)
        return TokenCodec(store.token_secret).encode(app, campaign, position, now_ms), first


def latency(postgres: PostgresServer, workdir: Path) -> None:
    url = postgres.create_database()
    app, campaign = _seed_big(url)
    database = url.rsplit("/", 1)[1]
    postgres.psql("VACUUM (ANALYZE) activities", database, timeout=600)  # now, not meanwhile
    postgres.psql("CHECKPOINT", database)
    token, first = _deep_token(url, app, campaign)
    base = f"/v1/apps/{app}/campaigns/{campaign}/activities?page-size={PAGE_SIZE}"
    deep = f"page {DEEP_PAGE:,}"
    paths = {"page 1": base, deep: f"{base}&token={token}"}
    port = free_port()
    affinity = os.sched_getaffinity(0)
    with _server("mock-pg-big", _command(port, url), port, workdir):
        if CLIENT_CPU in affinity and len(affinity) > 1:
            os.sched_setaffinity(0, {CLIENT_CPU})
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port)
            conn.request("GET", paths[deep])
            page = json.loads(conn.getresponse().read())
            if page["Item"][0] != json.loads(first) or not page["NextToken"]:
                raise RuntimeError(f"{deep} is not the expected page")
            for path in paths.values():
                timed_gets(conn, path, 200)  # warm the buffers and the connection
            times: dict[str, list[float]] = {name: [] for name in paths}
            for _ in range(LATENCY_REQUESTS // 100):
                for name, path in paths.items():
                    times[name].extend(timed_gets(conn, path, 100))
            conn.close()
        finally:
            os.sched_setaffinity(0, affinity)
    print(
        f"latency on PostgreSQL, {BIG_ACTIVITIES:,}-activity campaign, {PAGE_SIZE} a page,"
        f" sequential requests on one keep-alive connection ({LATENCY_REQUESTS:,} each):"
    )
    medians = {}
    for name, values in times.items():
        values.sort()
        medians[name] = statistics.median(values)
        p90 = values[int(len(values) * 0.9)]
        print(f"  {name:12} median {medians[name] * 1e6:7.0f} us   p90 {p90 * 1e6:7.0f} us")
    ratio = medians[deep] / medians["page 1"]
    print(f"  {deep} / page 1: {ratio:.2f}  {_verdict(ratio <= TARGET_LATENCY, '<= 1.2')}")


def rate_limit_cost(wrk_binary: str, postgres: PostgresServer, workdir: Path) -> None:
    sqlite, pg = str(workdir / "limits.sqlite3"), postgres.create_database()
    limit = ["--rate-limit", HIGH_LIMIT]
    specs = {
        "SQLite, no limit": (sqlite, []),
        "SQLite, --rate-limit": (sqlite, limit),
        "PostgreSQL, no limit": (pg, []),
        "PostgreSQL, --rate-limit": (pg, limit),
    }
    print(
        f"the shared rate limit's cost, 1 worker, --rate-limit {HIGH_LIMIT} (never refused) vs"
        f" none, same load, median of {ROUNDS}:",
        flush=True,
    )
    with _servers(specs, _demo_path(), workdir, postgres) as sides:
        got = rounds(wrk_binary, sides, _demo_path())
    for store in ("SQLite", "PostgreSQL"):
        off, on = got[f"{store}, no limit"], got[f"{store}, --rate-limit"]
        print(
            f"  {store:10} {(on.cost - off.cost) * 1e6:+6.1f} us CPU/request"
            f" ({off.cost * 1e6:.1f} -> {on.cost * 1e6:.1f}),"
            f" req/s {on.rate / off.rate:.2f} of unlimited ({on.rate:,.0f} vs {off.rate:,.0f})"
        )


def main() -> None:
    wrk_binary = _ensure_wrk()
    try:
        # The cluster on the servers' CPU: its backends are the PostgreSQL store's server side.
        cluster = running_postgres(settings=SETTINGS, prefix=_pinned(SERVER_CPU, []))
        with tempfile.TemporaryDirectory(prefix="bench-pg-") as tmp, cluster as postgres:
            workdir = Path(tmp)
            if wrk_binary is None:
                print("  throughput and rate limit skipped: wrk is not installed")
            else:
                throughput(wrk_binary, postgres, workdir)
            latency(postgres, workdir)
            if wrk_binary is not None:
                rate_limit_cost(wrk_binary, postgres, workdir)
    except PostgresUnavailable as exc:
        print(f"  skipped: {exc}")


if __name__ == "__main__":
    main()
