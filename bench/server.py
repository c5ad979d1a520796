"""The mock server's throughput and paging latency, against peers measured in the same run.

1. Throughput: requests per second for one 20-item page (``?page-size=20`` of the demo campaign),
   each server under uvicorn with one worker (uvloop, httptools, ``--log-level warning``, no
   ``server`` header, as ``mockserver serve`` runs it):

   * the mock server as ``python -m mockserver serve`` runs it: the same page again and again,
     so after the first read its page cache answers (``mockserver.page_cache``, kept while the
     read snapshot shows the database unchanged) and the request pays SigV4-free routing,
     validation, the token and the HTTP edge;
   * the ceiling: a bare ASGI app answering the mock's own response bytes from memory;
   * FastAPI: the same endpoint with pydantic response models, reading the same SQLite rows
     (columns, as an ORM-style endpoint would) and issuing the same NextToken;
   * the mock at ``--log-level info``, to show what the access log costs;
   * the mock walking 2,048 distinct pages of the 1,000,000-activity campaign in turn (a wrk
     script), more than its page cache keeps (``mockserver.page_cache``): every page is read
     from SQLite, the cost of a page nobody asked for lately.

   Servers are pinned to CPU 0 and ``wrk -t1 -c32`` to CPU 1 (``taskset``); each measurement is
   10 s after a 2 s warm-up, rounds alternate between the servers, and the median of 3 rounds
   counts. Targets: mock >= 0.5 x ceiling and >= 3 x FastAPI. Next to req/s, each server's CPU
   time per request (from /proc) gives the same ratios without the noise of other processes on
   the machine.
2. Latency: page 1 vs page 10,000 (20 items a page) of a 1,000,000-activity campaign, seeded once
   into .data/bench/ and reused; median of sequential requests over one keep-alive connection,
   each request reading its rows. Target: page 10,000 / page 1 <= 1.2.
3. Profile: the mock under cProfile (in-process, under uvicorn) while wrk loads it: the shares of
   uvicorn, the event loop, the generated app and the mock (with its SQLite calls), and the top
   functions.

``BENCH_QUICK=1`` shortens every phase (for trying the bench itself, not for numbers).
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

from bench._peers import BODY_ENV, DB_ENV
from bench._processes import (
    CLIENT_CPU,
    CONNECTIONS,
    REPO,
    Server,
    _ensure_wrk,
    _get,
    _mock_command,
    _server,
    _uvicorn_command,
    _verdict,
    measure_rounds,
    wrk,
)
from tests.support.servers import free_port

BENCH_DIR = REPO / ".data" / "bench"
BIG_DB = BENCH_DIR / "server-1m.sqlite3"
BIG_IDS = BENCH_DIR / "server-1m.json"
BIG_ACTIVITIES = 1_000_000
BIG_SEED = 1_000_000
DEEP_PAGE = 10_000
PAGE_SIZE = 20

QUICK = os.environ.get("BENCH_QUICK") == "1"
WARMUP_S = 1 if QUICK else 2
DURATION_S = 3 if QUICK else 10
ROUNDS = 1 if QUICK else 3
LATENCY_REQUESTS = 500 if QUICK else 3_000
PROFILE_S = 3 if QUICK else 6

TARGET_CEILING = 0.5
TARGET_FASTAPI = 3.0
TARGET_LATENCY = 1.2


DISTINCT_PAGES = 2_048  # twice mockserver.page_cache.MAX_PAGES: a cyclic walk never hits


def _distinct_pages_script(url: str, app: str, campaign: str, workdir: Path) -> Path:
    """A wrk script requesting the first DISTINCT_PAGES pages of the big campaign in turn (their
    NextTokens walked once here), so that every page the mock answers is read from SQLite."""
    first = f"/v1/apps/{app}/campaigns/{campaign}/activities?page-size={PAGE_SIZE}"
    paths = [first]
    while len(paths) < DISTINCT_PAGES:
        status, body = _get(url + paths[-1])
        token = json.loads(body)["NextToken"] if status == 200 else None
        if token is None:
            raise RuntimeError(f"the walk stopped at page {len(paths)}: {body[:300]!r}")
        paths.append(f"{first}&token={quote(token, safe='')}")
    script = workdir / "distinct-pages.lua"
    listed = ",\n".join(json.dumps(path) for path in paths)  # JSON strings are Lua strings here
    script.write_text(
        f"local paths = {{\n{listed}\n}}\nlocal i = 0\n"
        "request = function()\n  i = i % #paths + 1\n"
        '  return wrk.format("GET", paths[i])\nend\n'
    )
    return script


def throughput(wrk_binary: str | None, workdir: Path) -> None:
    from mockserver.page_cache import MAX_PAGES
    from mockserver.seed import DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID, seed_demo
    from mockserver.store import Store

    assert DISTINCT_PAGES > MAX_PAGES
    big = big_database()  # seeded before any server starts, so none shares the CPU with it

    db = workdir / "demo.sqlite3"
    with Store(db) as store:
        seed_demo(store)
    path = (
        f"/v1/apps/{DEMO_APPLICATION_ID}/campaigns/{DEMO_CAMPAIGN_ID}/activities"
        f"?page-size={PAGE_SIZE}"
    )
    names = ("mock", "ceiling", "fastapi", "mock+log", "mock distinct")
    ports = {name: free_port() for name in names}
    body_file = workdir / "body.json"
    env = {BODY_ENV: str(body_file), DB_ENV: str(db)}
    commands = {
        "mock": _mock_command(ports["mock"], db),
        "ceiling": _uvicorn_command(ports["ceiling"], "bench._peers:bare_app_factory"),
        "fastapi": _uvicorn_command(ports["fastapi"], "bench._peers:fastapi_app_factory"),
        "mock+log": _mock_command(ports["mock+log"], db, "info"),
        "mock distinct": _mock_command(ports["mock distinct"], BIG_DB),
    }
    servers: dict[str, Server] = {}
    with contextlib.ExitStack() as stack:
        for name in names:
            servers[name] = stack.enter_context(
                _server(name, commands[name], ports[name], workdir, env)
            )
            if name == "mock":  # the ceiling answers the mock's own bytes
                status, body = _get(servers[name].url + path)
                if status != 200:
                    raise RuntimeError(f"the mock answered {status}: {body[:500]!r}")
                body_file.write_bytes(body)
        expected = json.loads(body_file.read_bytes())
        assert len(expected["Item"]) == PAGE_SIZE and expected["NextToken"]
        scripts = {
            "mock distinct": _distinct_pages_script(servers["mock distinct"].url, *big, workdir)
        }
        for name, server in servers.items():
            if name in scripts:
                continue
            status, other = _get(server.url + path)
            # A NextToken carries the second it was issued: compare the items and that one came.
            if status != 200 or _untimed(json.loads(other)) != _untimed(expected):
                raise RuntimeError(f"{name} does not answer what the mock does: {other[:300]!r}")
        print(
            f"throughput of GET {PAGE_SIZE}-item page ({body_file.stat().st_size} bytes), uvicorn"
            f" 1 worker, wrk -t1 -c{CONNECTIONS} -d{DURATION_S}s after {WARMUP_S}s warm-up,"
            f" median of {ROUNDS}:",
            flush=True,
        )
        if wrk_binary is None:
            print("  skipped: wrk is not installed (apt-get install -y wrk, as root)")
            return
        rate, cost = measure_rounds(
            wrk_binary, servers, path, ROUNDS, WARMUP_S, DURATION_S, scripts
        )
    labels = {
        "mock": "mock server (log warning)",
        "ceiling": "bare ASGI, bytes from memory",
        "fastapi": "FastAPI + pydantic",
        "mock+log": "mock server (log info)",
        "mock distinct": f"mock, {DISTINCT_PAGES:,} pages in turn",
    }
    for name, label in labels.items():
        print(f"  {label:30} {rate[name]:9,.0f} req/s   {cost[name] * 1e6:6.1f} us CPU/request")
    ceiling = rate["mock"] / rate["ceiling"]
    fastapi = rate["mock"] / rate["fastapi"]
    print(f"  mock / ceiling: {ceiling:.2f}  {_verdict(ceiling >= TARGET_CEILING, '>= 0.5')}")
    distinct = rate["mock distinct"] / rate["ceiling"]
    print(
        f"  mock / ceiling, every page read from SQLite ({DISTINCT_PAGES:,} pages in turn):"
        f" {distinct:.2f} req/s, {cost['ceiling'] / cost['mock distinct']:.2f} by CPU per request"
    )
    print(f"  mock / FastAPI: {fastapi:.2f}  {_verdict(fastapi >= TARGET_FASTAPI, '>= 3')}")
    # Server CPU per request does not depend on what else the machine runs, which req/s does.
    print(
        f"  by server CPU per request: mock / ceiling {cost['ceiling'] / cost['mock']:.2f},"
        f" mock / FastAPI {cost['fastapi'] / cost['mock']:.2f}"
    )
    print(
        f"  the access log at info: {(cost['mock+log'] - cost['mock']) * 1e6:+.1f} us CPU/request,"
        f" {rate['mock+log'] / rate['mock'] - 1:+.0%} req/s"
    )


# -- 2. latency -----------------------------------------------------------------------------------


def big_database() -> tuple[str, str]:
    """The 1,000,000-activity campaign's (application, campaign), seeding it on first use."""
    from mockserver.store import Store

    if BIG_DB.exists() and BIG_IDS.exists():
        ids = json.loads(BIG_IDS.read_text())
        with Store(BIG_DB, read_only=True) as store:
            if store.count_activities(ids["app"], ids["campaign"]) == BIG_ACTIVITIES:
                return ids["app"], ids["campaign"]
    for stale in BENCH_DIR.glob(f"{BIG_DB.name}*"):
        stale.unlink()
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    print(f"  seeding {BIG_ACTIVITIES:,} activities into {BIG_DB} (once) ...", flush=True)
    started = time.perf_counter()
    seeded = subprocess.run(
        [sys.executable, "-m", "mockserver", "seed", "--db", str(BIG_DB), "--apps", "1",
         "--campaigns", "1", "--activities", str(BIG_ACTIVITIES), "--seed", str(BIG_SEED),
         "--no-demo", "--no-progress"],
        cwd=REPO, capture_output=True, text=True, check=True,
    )  # fmt: skip
    app, campaign = seeded.stdout.split()[1:4:2]  # "application <id> campaign <id>"
    BIG_IDS.write_text(json.dumps({"app": app, "campaign": campaign}))
    print(f"  seeded in {time.perf_counter() - started:.0f} s", flush=True)
    return app, campaign


def _timed_gets(conn: http.client.HTTPConnection, path: str, count: int) -> list[float]:
    times = []
    for _ in range(count):
        started = time.perf_counter()
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        times.append(time.perf_counter() - started)
        if response.status != 200:
            raise RuntimeError(f"GET {path} answered {response.status}")
    return times


def _untimed(page: dict[str, Any]) -> dict[str, Any]:
    return {**page, "NextToken": page["NextToken"] is not None}


def latency(workdir: Path) -> None:
    from mockserver.pagination import TokenCodec
    from mockserver.store import Store

    app, campaign = big_database()
    with Store(BIG_DB, read_only=True) as store:
        campaign_pk = store.resolve_campaign(app, campaign)
        # The NextToken that leads to page DEEP_PAGE: the position of the last activity of the
        # page before it (seq is not assumed dense: read it).
        (position,) = (
            store.connection()
            .execute(
                "SELECT seq FROM activities WHERE campaign_pk = ? ORDER BY seq LIMIT 1 OFFSET ?",
                (campaign_pk, (DEEP_PAGE - 1) * PAGE_SIZE - 1),
            )
            .fetchone()
        )
        now_ms = time.time_ns() // 1_000_000  # NextTokens expire (24 h by the mock's clock)
        token = TokenCodec(store.token_secret).encode(app, campaign, position, now_ms)
        (expected_first,) = store.fetch_page(campaign_pk, position, 1)
    base = f"/v1/apps/{app}/campaigns/{campaign}/activities?page-size={PAGE_SIZE}"
    paths = {"page 1": base, f"page {DEEP_PAGE:,}": f"{base}&token={token}"}
    port = free_port()
    affinity = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    command = _mock_command(port, BIG_DB, "warning")
    with _server("mock-1m", command, port, workdir):
        if affinity is not None and CLIENT_CPU in affinity and len(affinity) > 1:
            os.sched_setaffinity(0, {CLIENT_CPU})
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port)
            conn.request("GET", paths[f"page {DEEP_PAGE:,}"])
            deep = json.loads(conn.getresponse().read())
            if deep["Item"][0] != json.loads(expected_first[1]) or not deep["NextToken"]:
                raise RuntimeError(f"page {DEEP_PAGE:,} is not the expected page")
            for path in paths.values():
                _timed_gets(conn, path, 200)  # warm SQLite's page cache and the connection
            times: dict[str, list[float]] = {name: [] for name in paths}
            block = 100
            for _ in range(LATENCY_REQUESTS // block):
                for name, path in paths.items():
                    times[name].extend(_timed_gets(conn, path, block))
            conn.close()
        finally:
            if affinity is not None:
                os.sched_setaffinity(0, affinity)
    print(
        f"latency, {BIG_ACTIVITIES:,}-activity campaign, {PAGE_SIZE} a page,"
        f" sequential requests on one keep-alive connection ({LATENCY_REQUESTS:,} each):"
    )
    medians = {}
    for name, values in times.items():
        values.sort()
        medians[name] = statistics.median(values)
        p90 = values[int(len(values) * 0.9)]
        print(f"  {name:12} median {medians[name] * 1e6:7.0f} us   p90 {p90 * 1e6:7.0f} us")
    ratio = medians[f"page {DEEP_PAGE:,}"] / medians["page 1"]
    print(
        f"  page {DEEP_PAGE:,} / page 1: {ratio:.2f}  {_verdict(ratio <= TARGET_LATENCY, '<= 1.2')}"
    )


# -- 3. profile -----------------------------------------------------------------------------------

_AREAS = (
    ("generated app (pinpoint_server)", ("/pinpoint_server/",)),
    ("mock server (mockserver, with its SQLite calls)", ("/mockserver/",)),
    ("uvicorn + httptools", ("/uvicorn/", "httptools")),
    ("event loop (asyncio, uvloop: I/O in C)", ("/asyncio/", "uvloop")),
)


def _area(filename: str) -> str | None:
    """The area of a Python function; None for C functions and generated code (dataclass
    __init__s are "<string>"), which count for the area of their caller."""
    if filename in ("~", "<string>"):
        return None
    for area, needles in _AREAS:
        if any(needle in filename for needle in needles):
            return area
    return "other Python (startup imports, stdlib)"


def profile(wrk_binary: str | None, workdir: Path) -> None:
    from mockserver.seed import DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID

    if wrk_binary is None:
        return
    db = workdir / "demo.sqlite3"
    out = workdir / "mock.prof"
    port = free_port()
    command = [sys.executable, "-m", "cProfile", "-o", str(out), *_mock_command(port, db)[1:]]
    path = (
        f"/v1/apps/{DEMO_APPLICATION_ID}/campaigns/{DEMO_CAMPAIGN_ID}/activities"
        f"?page-size={PAGE_SIZE}"
    )
    with _server("mock-profiled", command, port, workdir) as server:
        wrk(wrk_binary, server.url + path, PROFILE_S)
    stats = pstats.Stats(str(out))
    raw: dict[tuple[str, int, str], Any] = stats.stats  # type: ignore[attr-defined]
    shares: dict[str, float] = {}
    for (filename, _, _), (_, _, tottime, _, callers) in raw.items():
        area = _area(filename)
        if area is not None:
            shares[area] = shares.get(area, 0.0) + tottime
            continue
        for caller, (_, _, caller_tottime, _) in callers.items():  # C time, split by caller
            owner = _area(caller[0]) or "C called from C"
            shares[owner] = shares.get(owner, 0.0) + caller_tottime
    total = sum(shares.values())
    print(
        f"profile of the mock under wrk ({PROFILE_S} s, cProfile, wall time by area, C functions"
        " counted for their Python caller):"
    )
    for area, seconds in sorted(shares.items(), key=lambda item: -item[1]):
        print(f"  {area:48} {seconds / total:6.1%}")
    print("  top functions by own time:")
    top = sorted(raw.items(), key=lambda item: -item[1][2])[:12]
    for (filename, line, function), (_, calls, tottime, _, _) in top:
        where = (
            filename
            if filename == "~"
            else f"{Path(filename).parent.name}/{Path(filename).name}:{line}"
        )
        print(f"    {tottime / total:6.1%}  {calls:8}  {function} ({where})")


def main() -> None:
    wrk_binary = _ensure_wrk()
    if wrk_binary is None:
        print("wrk is not installed; install it with: apt-get install -y wrk")
    with tempfile.TemporaryDirectory(prefix="bench-server-") as tmp:
        workdir = Path(tmp)
        throughput(wrk_binary, workdir)
        latency(workdir)
        profile(wrk_binary, workdir)


if __name__ == "__main__":
    main()
