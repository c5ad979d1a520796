"""Instructions per request, counted by valgrind's callgrind: a load-insensitive req/s.

Wall-clock throughput on a shared 2-core machine swings by a factor of three between runs;
the number of instructions a server executes for a request does not depend on what else runs.
Each server runs alone under ``valgrind --tool=callgrind`` (one worker, one process, every
thread counted, ``PYTHONHASHSEED=0``); a client on this side sends WARMUP requests, then
``callgrind_control --zero`` starts the count, COUNT keep-alive GETs of the 20-item demo page
follow (CONNECTIONS connections in parallel, as ``bench.server``'s wrk load, so that the
requests of an event-loop turn share one read snapshot as they do there), and
``callgrind_control --dump`` ends it: instructions (Ir) / COUNT is the cost of a request,
startup excluded. The servers are the ones ``bench.server`` compares:

* the mock, ``python -m mockserver serve --log-level warning`` (the access log off);
* the mock at ``--log-level info`` (its access log written to a file);
* the ceiling, the bare ASGI app answering the mock's own bytes under the same uvicorn.

Ratios: ceiling / mock (the complement of ``bench.server``'s >= 0.5 target) and warning / info
(``bench.logs``' >= 0.9 target). ``python -m bench.instructions --checkout OTHER`` measures the
mock of another checkout (with its own ``.venv``) against this checkout's ceiling, for bisecting; ``--only`` picks servers; ``--callgrind-out DIR`` keeps the profiles for
``callgrind_annotate``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench._peers import BODY_ENV
from bench._processes import REPO, _get, _uvicorn_command, _verdict
from tests.support.servers import free_port

QUICK = os.environ.get("BENCH_QUICK") == "1"
WARMUP = 200 if QUICK else 500
COUNT = 500 if QUICK else 2_000
CONNECTIONS = 32
PAGE_SIZE = 20
START_TIMEOUT_S = 600.0  # imports under callgrind are ~50x slower
SERVERS = ("mock", "mock+log", "ceiling")
TARGET_CEILING = 0.5
TARGET_LOG = 0.9


@dataclass(frozen=True)
class Measured:
    name: str
    instructions: int
    requests: int

    @property
    def per_request(self) -> float:
        return self.instructions / self.requests


# -- the client -----------------------------------------------------------------------------------


async def _connection(port: int, request: bytes, count: int) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        for _ in range(count):
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            status = head.split(b" ", 2)[1]
            if status != b"200":
                raise RuntimeError(f"the server answered {head!r}")
            length = 0
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            await reader.readexactly(length)
    finally:
        writer.close()


async def _load(port: int, path: str, count: int) -> None:
    request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode()
    shares = [count // CONNECTIONS + (i < count % CONNECTIONS) for i in range(CONNECTIONS)]
    await asyncio.gather(*(_connection(port, request, share) for share in shares if share))


def load(port: int, path: str, count: int) -> None:
    """Send ``count`` GETs of ``path`` over CONNECTIONS keep-alive connections; each must be 200."""
    asyncio.run(_load(port, path, count))


# -- the server under callgrind -------------------------------------------------------------------


@contextlib.contextmanager
def _callgrind(
    name: str, command: list[str], port: int, workdir: Path, env: dict[str, str], cwd: Path
) -> Iterator[tuple[int, Path]]:
    """Run ``command`` under callgrind until the block ends; yield (its PID, its profile file)."""
    out = workdir / f"callgrind.{name.replace('+', '-')}.out"
    log_path = workdir / f"{name.replace('+', '-')}.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *command],
            cwd=cwd,
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONHASHSEED": "0", **env},
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"{name} exited: {log_path.read_text(errors='replace')}")
            with contextlib.suppress(OSError):
                _get(f"http://127.0.0.1:{port}/")
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f"{name} did not answer within {START_TIMEOUT_S:.0f} s")
            time.sleep(0.5)
        yield process.pid, out
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(timeout=120)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def _control(pid: int, option: str) -> None:
    subprocess.run(["callgrind_control", option, str(pid)], capture_output=True, check=True)


def _dumped_total(out: Path) -> int:
    """The Ir total of the last dump callgrind wrote for ``out`` (``out.1``, ``out.2``, ...)."""
    dumps = sorted(out.parent.glob(out.name + ".*"), key=lambda p: int(p.suffix[1:]))
    if not dumps:
        raise RuntimeError(f"callgrind wrote no dump beside {out}")
    for line in dumps[-1].read_text(errors="replace").splitlines():
        if line.startswith(("summary:", "totals:")):
            return int(line.split()[1])
    raise RuntimeError(f"no total in {dumps[-1]}")


def measure(
    name: str,
    command: list[str],
    port: int,
    path: str,
    workdir: Path,
    env: dict[str, str],
    cwd: Path = REPO,
) -> Measured:
    """Instructions of ``COUNT`` requests to a server started by ``command`` (after WARMUP)."""
    with _callgrind(name, command, port, workdir, env, cwd) as (pid, out):
        load(port, path, WARMUP)
        time.sleep(1.0)  # the access log's writer thread: what the warm-up queued is written
        _control(pid, "--zero")
        load(port, path, COUNT)
        time.sleep(1.0)  # ... and what the counted requests queued
        _control(pid, "--dump")
        return Measured(name, _dumped_total(out), COUNT)


# -- the bench ------------------------------------------------------------------------------------


def _seed(checkout: Path, db: Path) -> None:
    script = (
        "import sys\n"
        "from mockserver.seed import seed_demo\n"
        "from mockserver.store import Store\n"
        "with Store(sys.argv[1]) as store:\n"
        "    seed_demo(store)\n"
    )
    subprocess.run([_python(checkout), "-c", script, str(db)], cwd=checkout, check=True)


def _python(checkout: Path) -> str:
    return sys.executable if checkout == REPO else str(checkout / ".venv" / "bin" / "python")


def _mock(checkout: Path, port: int, db: Path, level: str) -> list[str]:
    return [
        _python(checkout), "-m", "mockserver", "serve", "--host", "127.0.0.1", "--port", str(port),
        "--db", str(db), "--log-level", level,
    ]  # fmt: skip


def run(checkout: Path, only: Sequence[str], keep: Path | None) -> dict[str, Measured]:
    """Measure the servers named in ``only`` (the mock of ``checkout``); print and return them."""
    from mockserver.seed import DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID

    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        print("  skipped: valgrind is not installed (apt-get install -y valgrind)")
        return {}
    path = (
        f"/v1/apps/{DEMO_APPLICATION_ID}/campaigns/{DEMO_CAMPAIGN_ID}/activities"
        f"?page-size={PAGE_SIZE}"
    )
    results: dict[str, Measured] = {}
    with tempfile.TemporaryDirectory(prefix="bench-instructions-") as tmp:
        workdir = keep if keep is not None else Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        db = workdir / "demo.sqlite3"
        if not db.exists():
            _seed(checkout, db)
        body = workdir / "body.json"
        cwd = {"mock": checkout, "mock+log": checkout, "ceiling": REPO}
        commands = {
            "mock": lambda port: _mock(checkout, port, db, "warning"),
            "mock+log": lambda port: _mock(checkout, port, db, "info"),
            "ceiling": lambda port: _uvicorn_command(port, "bench._peers:bare_app_factory"),
        }
        print(
            f"instructions per request (callgrind, {COUNT:,} GETs of a {PAGE_SIZE}-item page"
            f" after {WARMUP:,}, {CONNECTIONS} keep-alive connections):",
            flush=True,
        )
        for name in SERVERS:
            if name not in only:
                continue
            if name == "ceiling" and not body.exists():  # the ceiling answers the mock's bytes
                with _plain(_mock(checkout, 0, db, "warning"), workdir, checkout) as url:
                    status, page = _get(url + path)
                assert status == 200, page
                body.write_bytes(page)
            port = free_port()
            env = {BODY_ENV: str(body)}
            results[name] = measure(name, commands[name](port), port, path, workdir, env, cwd[name])
            print(
                f"  {name:10} {results[name].per_request:12,.0f} instructions/request", flush=True
            )
    _ratios(results)
    return results


@contextlib.contextmanager
def _plain(command: list[str], workdir: Path, cwd: Path) -> Iterator[str]:
    """Run the mock natively on a free port (to read the bytes the ceiling answers)."""
    port = free_port()
    command = [*command]
    command[command.index("--port") + 1] = str(port)
    with (workdir / "plain.log").open("wb") as log:
        process = subprocess.Popen(command, cwd=cwd, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError):
                _get(f"http://127.0.0.1:{port}/")
                break
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)


def _ratios(results: dict[str, Measured]) -> None:
    if "mock" in results and "ceiling" in results:
        ratio = results["ceiling"].per_request / results["mock"].per_request
        print(f"  ceiling / mock: {ratio:.2f}  {_verdict(ratio >= TARGET_CEILING, '>= 0.5')}")
    if "mock" in results and "mock+log" in results:
        ratio = results["mock"].per_request / results["mock+log"].per_request
        extra = results["mock+log"].per_request - results["mock"].per_request
        print(
            f"  warning / info: {ratio:.2f} ({extra:+,.0f} instructions a request for the log)"
            f"  {_verdict(ratio >= TARGET_LOG, '>= 0.9')}"
        )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.instructions")
    parser.add_argument(
        "--checkout", type=Path, default=REPO, help="the mock's checkout (with its .venv)"
    )
    parser.add_argument("--only", nargs="+", choices=SERVERS, default=list(SERVERS))
    parser.add_argument("--callgrind-out", type=Path, help="keep the profiles in this folder")
    args = parser.parse_args([] if argv is None else argv)
    run(args.checkout.resolve(), args.only, args.callgrind_out)


if __name__ == "__main__":
    main(sys.argv[1:])
