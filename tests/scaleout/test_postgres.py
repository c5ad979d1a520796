"""The test PostgreSQL server itself: it starts, each test gets an empty database of its own,
it is stopped at the end (also on Ctrl-C, SIGTERM, and after a SIGKILL by the next session),
two sessions do not collide, and a missing server is a skip here but a failure under CI."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.support.postgres import PostgresServer, reap_stale, running_postgres

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("probe_postgres.py")


def _listening(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _gone(pid: int, timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not Path(f"/proc/{pid}").exists():
            return True
        stat = Path(f"/proc/{pid}/stat").read_text()
        if stat.rsplit(")", 1)[1].split()[0] == "Z":
            return True
        time.sleep(0.05)
    return False


def _probe(tmp_path: Path, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """A pytest of its own running the probe (its own postgres_server session fixture)."""
    command = [sys.executable, "-m", "pytest", str(PROBE), "-q", "-rs", "-p", "no:cacheprovider"]
    return subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "PROBE_OUT": str(tmp_path / "probe.json"), **(env or {})},
    )  # fmt: skip


def _wait_for_probe(tmp_path: Path, process: subprocess.Popen[str]) -> dict[str, Any]:
    out = tmp_path / "probe.json"
    deadline = time.monotonic() + 120
    while not out.exists() or not out.read_text():
        assert process.poll() is None, process.communicate()[0]
        assert time.monotonic() < deadline, "the probe session never started postgres"
        time.sleep(0.05)
    info: dict[str, Any] = json.loads(out.read_text())
    return info


def test_the_session_server_answers_by_tcp_and_socket(postgres_server: PostgresServer) -> None:
    assert postgres_server.psql("SELECT 6 * 7") == "42"
    assert postgres_server.psql("SHOW listen_addresses") == "127.0.0.1"
    assert postgres_server.psql("SHOW fsync") == "off"
    assert _listening(postgres_server.port)
    assert postgres_server.url().startswith(
        f"postgresql://postgres@127.0.0.1:{postgres_server.port}/"
    )


def test_each_test_gets_a_fresh_empty_database(
    postgres_server: PostgresServer, postgres_url: str
) -> None:
    name = postgres_url.rsplit("/", 1)[1]
    assert name in postgres_server.databases
    assert (
        postgres_server.psql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", name)
        == "0"
    )
    postgres_server.psql("CREATE TABLE left_behind (x int)", name)
    with postgres_server.database() as other:
        assert other != postgres_url
        tables = "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
        assert postgres_server.psql(tables, other.rsplit("/", 1)[1]) == "0"
    assert other.rsplit("/", 1)[1] not in postgres_server.psql("SELECT datname FROM pg_database")


def test_a_cluster_is_stopped_and_removed_at_the_end(tmp_path: Path) -> None:
    with running_postgres() as server:
        pid = server.postmaster_pid()
        assert pid is not None and _listening(server.port)
        root, port = server.root, server.port
    assert _gone(pid), "postgres still runs after the block"
    assert not root.exists() and not _listening(port)


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGTERM])
def test_an_interrupted_session_stops_its_server(
    postgres_server: PostgresServer, tmp_path: Path, how: signal.Signals
) -> None:
    """Another session runs beside this one (its own port and folder), then gets Ctrl-C or
    SIGTERM while a test holds: its postgres is gone afterwards, this one still answers."""
    probe = _probe(tmp_path, {"PROBE_HOLD": "120"})
    try:
        info = _wait_for_probe(tmp_path, probe)
        assert info["answer"] == "42"
        assert info["port"] != postgres_server.port and info["root"] != str(postgres_server.root)
        probe.send_signal(how)
        output, _ = probe.communicate(timeout=60)
    finally:
        if probe.poll() is None:
            probe.kill()
            probe.wait()
    assert _gone(info["pid"]), output
    assert not Path(info["root"]).exists(), output
    assert postgres_server.psql("SELECT 1") == "1"


def test_a_killed_sessions_server_is_stopped_by_the_next(tmp_path: Path) -> None:
    probe = _probe(tmp_path, {"PROBE_HOLD": "120"})
    try:
        info = _wait_for_probe(tmp_path, probe)
        probe.kill()  # SIGKILL: no teardown runs
        probe.wait()
        assert not _gone(info["pid"], timeout=0.5), "postgres should outlive a SIGKILLed pytest"
        assert Path(info["root"]) in reap_stale()
    finally:
        if probe.poll() is None:
            probe.kill()
            probe.wait()
    assert _gone(info["pid"]) and not Path(info["root"]).exists()


def test_missing_binaries_are_a_skip_here_and_a_failure_under_ci(tmp_path: Path) -> None:
    missing = {"POSTGRES_BIN": str(tmp_path / "no-postgres-here")}
    skipped = _probe(tmp_path, {**missing, "CI": "false"})
    output, _ = skipped.communicate(timeout=120)
    assert skipped.returncode == 0 and "1 skipped" in output, output
    assert "PostgreSQL server binaries not found" in output
    failed = _probe(tmp_path, {**missing, "CI": "true"})
    output, _ = failed.communicate(timeout=120)
    assert failed.returncode == 1 and "1 error" in output, output
    assert "CI=true and PostgreSQL server binaries not found" in output


def test_store_url_is_a_sqlite_path_or_a_fresh_postgres_database(store_url: str) -> None:
    if store_url.startswith("postgresql://"):
        assert store_url.rsplit("/", 1)[1].startswith("t_")
    else:
        path = Path(store_url)
        assert path.suffix == ".sqlite3" and path.parent.is_dir() and not path.exists()
