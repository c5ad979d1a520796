"""``serve --port 0``: the real port in the banner, the ready line and the ready file; a bind
failure is one error line before any banner; ``serve --help`` shows the defaults."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

from pinpoint_admin_client import PinpointAdminClient

from mockserver.launch import READY_PREFIX
from tests.admin.support import admin_client
from tests.support.servers import ROOT, RunningServer, wait_for_log


def test_port_0_gives_the_real_port_everywhere(server: RunningServer) -> None:
    assert server.port > 0 and server.url == f"http://127.0.0.1:{server.port}"
    text = wait_for_log(server, lambda log: READY_PREFIX in log)
    (line,) = [line for line in text.splitlines() if line.startswith(READY_PREFIX)]
    info = json.loads(line[len(READY_PREFIX) :])
    assert info == {
        "url": server.url,
        "port": server.port,
        "pid": server.process.pid,
        "admin": f"{server.url}/_mock",
    }
    banner_url = next(line for line in text.splitlines() if line.strip().startswith("URL:"))
    assert banner_url.split()[-1] == server.url
    control = next(line for line in text.splitlines() if line.strip().startswith("control:"))
    assert f"{server.url}/_mock, open" in control
    assert text.index("URL:") < text.index(READY_PREFIX)


def test_health_names_the_store_version_and_clock(server: RunningServer) -> None:
    with admin_client(server) as admin:
        health = admin.get_health()
        raw = admin.request("GET", "/_mock/health").json()
    assert health.status == "ok" and health.version and health.version == raw["Version"]
    kind = "postgresql" if str(server.db).startswith("postgresql://") else "sqlite"
    assert (health.store.kind, health.store.location) == (kind, str(server.db))
    assert isinstance(admin, PinpointAdminClient) and raw["Now"].endswith("Z")


def test_a_taken_port_is_one_error_line_before_any_banner(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        db = tmp_path / "never.sqlite3"
        done = subprocess.run(
            [sys.executable, "-m", "mockserver", "serve", "--port", str(port), "--db", str(db)],
            cwd=ROOT, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
    assert done.returncode == 2
    assert done.stdout == ""
    (line,) = done.stderr.splitlines()
    assert line.startswith(f"error: cannot listen on 127.0.0.1:{port}: "), line
    assert not db.exists()


def test_serve_help_shows_the_defaults() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mockserver", "serve", "--help"],
        cwd=ROOT, capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    text = " ".join(done.stdout.split())
    for default in ("default 127.0.0.1", "default 8080", "default .data/mock.sqlite3"):
        assert default in text, text
    assert "--admin-token" in text and "--ready-file" in text


def test_the_readme_example_of_the_control_plane_runs(server: RunningServer) -> None:
    text = (ROOT / "mockserver" / "README.md").read_text(encoding="utf-8")
    section = text.split("## The control plane", 1)[1]
    example = section.split("```python\n", 1)[1].split("```", 1)[0]
    assert 'base_url="http://127.0.0.1:8080"' in example
    namespace: dict[str, object] = {}
    exec(example.replace("http://127.0.0.1:8080", server.url), namespace)
    with admin_client(server) as admin:
        (fault,) = admin.list_faults().item
        assert fault.remaining == 2
        (app,) = admin.list_applications().item
        assert (app.name, app.campaigns[0].activity_count) == ("Shop", 1)
        admin.reset_mock()
