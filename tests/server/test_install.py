"""``pip install generated/pinpoint_server`` works in a fresh venv with nothing else installed.

The package is copied first: a setuptools build leaves build/ and *.egg-info next to its
pyproject.toml, which would make generated/ look stale.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.server.support import GENERATED
from tests.spec.common import load_spec

SCRIPT = textwrap.dedent(
    """
    import asyncio, importlib.metadata, importlib.resources, json, sys
    import pinpoint_server
    from pinpoint_server import GetCampaignActivitiesResponse, HandlersBase, RawJSON, create_app

    class Service(HandlersBase):
        async def get_campaign_activities(self, request):
            return GetCampaignActivitiesResponse(RawJSON(b'{"Item":[]}'))

    sent = []

    async def receive():
        return {"type": "http.request", "body": b""}

    async def send(message):
        sent.append(message)

    path = "/v1/apps/a%2Fb/campaigns/c/activities"
    scope = {"type": "http", "method": "GET", "path": path, "raw_path": path.encode(),
             "query_string": b"page-size=5", "headers": []}
    asyncio.run(create_app(Service(), validate_responses=True)(scope, receive, send))
    assert sent[0]["status"] == 200, sent
    assert sent[1]["body"] == b'{"Item":[]}'
    assert importlib.resources.files("pinpoint_server").joinpath("py.typed").is_file()
    assert not [m for m in sys.modules if m.split(".")[0] in ("starlette", "pydantic", "yaml")]
    print(importlib.metadata.version("pinpoint-server"), pinpoint_server.__file__)
    """
)


@pytest.mark.slow
def test_pip_install_in_a_fresh_venv(tmp_path: Path) -> None:
    project = tmp_path / "pinpoint_server"
    shutil.copytree(GENERATED, project, ignore=shutil.ignore_patterns("__pycache__", ".mypy_cache"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / ("Scripts" if sys.platform == "win32" else "bin") / "python"
    # The venv must see only what it installed, whatever PYTHONPATH the test run has.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    install = subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--disable-pip-version-check",
            "--quiet",
            str(project),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    run = subprocess.run(
        [str(python), "-c", SCRIPT], env=env, capture_output=True, text=True, check=False,
        cwd=tmp_path,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    version, location = run.stdout.split()
    assert version == load_spec()["info"]["version"]
    assert str(venv) in location  # the installed copy, not the repository's
