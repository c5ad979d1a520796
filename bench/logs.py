"""What the access log costs: the mock at ``--log-level info`` against itself at ``warning``.

Both servers run as ``python -m mockserver serve`` (one worker, stdout to a file), are measured
in the same run with the same ``wrk`` load (bench.server's helpers: CPU pinning, warm-up,
alternating rounds, median), and answer the same 20-item page. Target: info keeps >= 0.9 of
warning's req/s (the log costs at most 10 %). Server CPU per request gives the same ratio
without the noise of other processes on the machine (req/s swings by a third when the machine
runs other work; the CPU time of the server process does not), so both are judged.
"""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

from bench._processes import (
    Server,
    _ensure_wrk,
    _get,
    _mock_command,
    _server,
    _verdict,
    measure_rounds,
)
from bench.server import DURATION_S, PAGE_SIZE, ROUNDS, WARMUP_S
from tests.support.servers import free_port

TARGET_LOG_RATIO = 0.9
LEVELS = ("warning", "info")


def measure(wrk_binary: str | None, workdir: Path) -> None:
    from mockserver.seed import DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID, seed_demo
    from mockserver.store import Store

    db = workdir / "demo.sqlite3"
    with Store(db) as store:
        seed_demo(store)
    path = (
        f"/v1/apps/{DEMO_APPLICATION_ID}/campaigns/{DEMO_CAMPAIGN_ID}/activities"
        f"?page-size={PAGE_SIZE}"
    )
    print(
        f"access log cost: the mock at --log-level info vs warning, GET {PAGE_SIZE}-item page,"
        f" {DURATION_S}s per round after {WARMUP_S}s warm-up, median of {ROUNDS}:",
        flush=True,
    )
    if wrk_binary is None:
        print("  skipped: wrk is not installed (apt-get install -y wrk, as root)")
        return
    with contextlib.ExitStack() as stack:
        servers: dict[str, Server] = {}
        for level in LEVELS:
            port = free_port()
            servers[level] = stack.enter_context(
                _server(f"mock-{level}", _mock_command(port, db, level), port, workdir)
            )
            status, body = _get(servers[level].url + path)
            if status != 200:
                raise RuntimeError(f"the mock at {level} answered {status}: {body[:300]!r}")
        rate, cost = measure_rounds(wrk_binary, servers, path, ROUNDS, WARMUP_S, DURATION_S)
        written = (workdir / "mock-info.log").read_text(errors="replace").count(' HTTP/1.1" 200 ')
    ratio = rate["info"] / rate["warning"]
    print(f"  info / warning req/s: {ratio:.2f}  {_verdict(ratio >= TARGET_LOG_RATIO, '>= 0.9')}")
    by_cpu = cost["warning"] / cost["info"]
    print(
        f"  by server CPU per request: warning / info {by_cpu:.2f}"
        f" ({(cost['info'] - cost['warning']) * 1e6:+.1f} us a request)"
        f"  {_verdict(by_cpu >= TARGET_LOG_RATIO, '>= 0.9')}; {written:,} access lines written"
    )


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-logs-") as tmp:
        measure(_ensure_wrk(), Path(tmp))


if __name__ == "__main__":
    main()
