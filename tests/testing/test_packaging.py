"""``make dist`` and the wheel it builds: installed into a fresh venv from the package index,
``pinpoint-mock`` serves (port 0, ready file) and has every subcommand of ``python -m mockserver``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from mockserver.cli import build_parser
from mockserver.seed import DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID
from tests.support.servers import ROOT

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
GENERATED = ROOT / "generated"


def _make(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    # -o: never rebuild the venv from here; PY: the interpreter running the tests.
    command = ["make", "--no-print-directory", "-o", ".venv/.bootstrapped", f"PY={sys.executable}"]
    return subprocess.run([*command, *args], cwd=cwd, capture_output=True, text=True, check=False)


def _subcommands() -> set[str]:
    (action,) = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    return set(action.choices)


def _build_artifacts() -> list[Path]:
    return sorted(
        path for pattern in ("build", "*.egg-info") for path in GENERATED.glob(f"*/{pattern}")
    )


def _wait_for_ready(ready: Path, process: subprocess.Popen[bytes], log: Path) -> dict[str, object]:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(
                f"pinpoint-mock exited with {process.returncode}:\n{log.read_text()}"
            )
        with contextlib.suppress(FileNotFoundError):
            info: dict[str, object] = json.loads(ready.read_text(encoding="utf-8"))
            return info
        time.sleep(0.05)
    raise AssertionError(f"no ready file within 60 s:\n{log.read_text()}")


def _check_web_files(url: str) -> None:
    """The web page, the API reference (Swagger UI from its package) and both documents, as
    the installed wheel serves them: package data, the specs as files (not dangling links)."""
    for path, kind in (
        ("/_mock/", "text/html"),
        ("/_mock/ui/page.js", "text/javascript"),
        ("/_mock/docs/", "text/html"),
        ("/_mock/docs/swagger-ui/swagger-ui-bundle.js", "text/javascript"),
    ):
        response = httpx.get(f"{url}{path}", timeout=10)
        assert response.status_code == 200, (path, response.text[:300])
        assert response.headers["content-type"].startswith(kind) and response.content, path
    for name, document in (
        ("pinpoint.yaml", ROOT / "spec" / "pinpoint-campaign-activities.yaml"),
        ("mock-admin.yaml", ROOT / "spec" / "mock-admin.yaml"),
    ):
        response = httpx.get(f"{url}/_mock/specs/{name}", timeout=10)
        assert response.status_code == 200, (name, response.text[:300])
        assert response.content == document.read_bytes(), name


@pytest.mark.slow
def test_make_dist_wheel_installs_and_serves(tmp_path: Path) -> None:
    before = _build_artifacts()
    dist = tmp_path / "dist"
    built = _make("dist", f"DIST={dist}")
    assert built.returncode == 0, built.stdout + built.stderr
    wheels = sorted(path.name for path in dist.glob("*.whl"))
    packages = sorted(
        path.name for path in GENERATED.iterdir() if (path / "pyproject.toml").is_file()
    )
    assert len(wheels) == 1 + len(packages), wheels
    for package in packages:
        assert any(name.startswith(f"{package}-") for name in wheels), (package, wheels)
    assert _build_artifacts() == before  # built from copies: nothing new inside generated/
    (root_wheel,) = dist.glob("pinpoint_campaign_activities_toolkit-*.whl")

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    install = subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "--disable-pip-version-check",
         "-q", str(root_wheel)],
        capture_output=True, text=True, check=False, env=env, cwd=tmp_path,
    )  # fmt: skip
    assert install.returncode == 0, install.stdout + install.stderr
    command = venv / "bin" / "pinpoint-mock"

    helped = subprocess.run(
        [str(command), "--help"], capture_output=True, text=True, check=False, env=env, cwd=tmp_path
    )
    assert helped.returncode == 0, helped.stderr
    assert helped.stdout.startswith("usage: pinpoint-mock ")
    listed = re.search(r"\{([a-z,-]+)\}", helped.stdout)
    assert listed is not None, helped.stdout
    assert set(listed.group(1).split(",")) == _subcommands()

    ready, log = tmp_path / "ready.json", tmp_path / "serve.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [str(command), "serve", "--port", "0", "--ready-file", str(ready),
             "--db", str(tmp_path / "mock.sqlite3")],
            stdout=sink, stderr=subprocess.STDOUT, env=env, cwd=tmp_path, start_new_session=True,
        )  # fmt: skip
    try:
        info = _wait_for_ready(ready, process, log)
        url = str(info["url"])
        assert info["port"] != 0 and url.endswith(f":{info['port']}")
        health = httpx.get(f"{url}/_mock/health", timeout=10)
        assert health.status_code == 200 and health.json()["Status"] == "ok", health.text
        page = httpx.get(
            f"{url}/v1/apps/{DEMO_APPLICATION_ID}/campaigns/{DEMO_CAMPAIGN_ID}/activities",
            timeout=10,
        )
        assert page.status_code == 200, page.text
        items = page.json()["Item"]
        assert items and {item["CampaignId"] for item in items} == {DEMO_CAMPAIGN_ID}
        _check_web_files(url)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=15)
    where = subprocess.run(
        [str(venv / "bin" / "python"), "-c",
         "import mockserver, pinpoint_server, pinpoint_admin_client; print(mockserver.__file__)"],
        capture_output=True, text=True, check=True, env=env, cwd=tmp_path,
    )  # fmt: skip
    assert where.stdout.strip().startswith(str(venv))  # the wheel's copy, not this checkout


def test_make_help_prints_the_values_of_the_variables() -> None:
    helped = _make("help", "PORT=18080", "MOCK_DB=/tmp/x.sqlite3", "HOST=127.0.0.2")
    assert helped.returncode == 0, helped.stderr
    assert "$(" not in helped.stdout, helped.stdout
    (serve,) = [line for line in helped.stdout.splitlines() if line.split()[1:2] == ["serve"]]
    assert "127.0.0.2:18080 with /tmp/x.sqlite3" in serve, serve
