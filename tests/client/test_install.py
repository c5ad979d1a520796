"""``pip install generated/pinpoint_client`` into a fresh virtual environment, then use it.

Nothing else of this repository is installed or on the path: the package must declare every
runtime dependency and ship ``py.typed``. Needs the package registry (as CI has).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.servers import APPLICATION_ID, CAMPAIGN_ID, ROOT, RunningServer

SCRIPT = """
import sys
from pathlib import Path

import pinpoint_client
from pinpoint_client import NotFoundException, PinpointClient, SigV4Auth

url, app, campaign = sys.argv[1:4]
assert "site-packages" in pinpoint_client.__file__, pinpoint_client.__file__
assert (Path(pinpoint_client.__file__).parent / "py.typed").is_file()
with PinpointClient(base_url=url) as client:
    activities = list(client.iter_get_campaign_activities(application_id=app, campaign_id=campaign))
    for activity in activities:
        print(activity.id, activity.state)
    try:
        client.get_campaign_activities(application_id="no-such-app", campaign_id=campaign)
    except NotFoundException as error:
        print("404", error.request_id is not None)
# the sigv4 extra brings botocore
SigV4Auth("us-east-1", access_key_id="AKID", secret_access_key="secret")
print("total", len(activities))
"""


@pytest.mark.slow
def test_pip_install_into_a_fresh_venv(tmp_path: Path, demo_server: RunningServer) -> None:
    # Install from a copy: a build must not leave files in generated/ (nor read caches there).
    source = tmp_path / "pinpoint_client"
    shutil.copytree(
        ROOT / "generated" / "pinpoint_client",
        source,
        ignore=shutil.ignore_patterns("__pycache__", ".mypy_cache", ".ruff_cache"),
    )
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    installed = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         f"{source}[sigv4]"],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=False, timeout=600,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stdout + installed.stderr
    script = tmp_path / "list_activities.py"
    script.write_text(SCRIPT, encoding="utf-8")
    done = subprocess.run(
        [str(python), "-I", str(script), demo_server.url, APPLICATION_ID, CAMPAIGN_ID],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    total = int(lines[-1].split()[1])
    assert total > 0 and len(lines) == total + 2
    assert "404 True" in lines
