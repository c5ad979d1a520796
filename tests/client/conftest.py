"""Fixtures of the client tests: the real mock server (seeded, rate-limited, SigV4) and, for what
the mock never does, the misbehaving server of ``tests.client.misbehaving``.

The client under test is the committed ``generated/pinpoint_client`` package, imported from its
folder as ``pip install generated/pinpoint_client`` would install it.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.client.misbehaving import RunningApp, serve_misbehaving
from tests.support.servers import ROOT, RunningServer, mock_server

PACKAGE_DIR = ROOT / "generated" / "pinpoint_client"
if str(PACKAGE_DIR) not in sys.path:
    sys.path.insert(0, str(PACKAGE_DIR))

ACCESS_KEY = "AKIDCLIENTTESTS0001"
SECRET_KEY = "client-tests-secret-key/0001"
# uvicorn's access log line: 127.0.0.1:5555 - "GET /v1/apps/x/... HTTP/1.1" 404
_ACCESS_LINE = re.compile(r'"(?P<method>[A-Z]+) (?P<target>\S+) HTTP/1\.[01]" (?P<status>\d{3})')


@dataclass(frozen=True)
class Seeded:
    """A mock server and the IDs of a campaign seeded with ``activities`` activities."""

    server: RunningServer
    application_id: str
    campaign_id: str
    activities: int

    @property
    def url(self) -> str:
        return self.server.url


def seed(db: Path, activities: int, seed_value: int) -> tuple[str, str]:
    """``python -m mockserver seed`` one application with one campaign; return their IDs."""
    done = subprocess.run(
        [sys.executable, "-m", "mockserver", "seed", "--db", str(db), "--apps", "1",
         "--campaigns", "1", "--activities", str(activities), "--seed", str(seed_value),
         "--no-progress"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )  # fmt: skip
    application_id, campaign_id = done.stdout.split()[1:4:2]  # application <id> campaign <id>
    return application_id, campaign_id


def requests_in_log(server: RunningServer, path_part: str = "", *, expect: int = 0) -> list[str]:
    """The statuses of the requests the server logged whose target contains ``path_part``.

    Waits (up to 5 s) until at least ``expect`` are there: the log is written as requests end.
    """
    deadline = time.monotonic() + 5
    while True:
        statuses = [
            match.group("status")
            for match in _ACCESS_LINE.finditer(server.log_text())
            if path_part in match.group("target")
        ]
        if len(statuses) >= expect or time.monotonic() > deadline:
            return statuses
        time.sleep(0.05)


def write_credentials(path: Path, access_key: str = ACCESS_KEY, secret: str = SECRET_KEY) -> Path:
    """The ``--credentials`` file of ``--auth sigv4``: the INI format of ~/.aws/credentials."""
    path.write_text(
        f"[default]\naws_access_key_id = {access_key}\naws_secret_access_key = {secret}\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture(scope="session")
def seeded_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Seeded]:
    """Auth off, access log on, the demo data plus a campaign of 1,000 activities."""
    workdir = tmp_path_factory.mktemp("client-seeded")
    db = workdir / "mock.sqlite3"
    application_id, campaign_id = seed(db, 1000, 1)
    with mock_server(workdir, "--log-level", "debug", db=db) as server:
        yield Seeded(server, application_id, campaign_id, 1000)


@pytest.fixture(scope="session")
def sigv4_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """``--auth sigv4`` with the credentials ACCESS_KEY/SECRET_KEY, access log on."""
    workdir = tmp_path_factory.mktemp("client-sigv4")
    credentials = write_credentials(workdir / "credentials")
    with mock_server(
        workdir, "--auth", "sigv4", "--credentials", str(credentials), "--log-level", "debug"
    ) as server:
        yield server


@pytest.fixture
def rate_limited_server(tmp_path: Path) -> Iterator[RunningServer]:
    """A fresh server per test allowing 1 request per second (then 429 with Retry-After)."""
    with mock_server(tmp_path, "--rate-limit", "1", "--log-level", "debug") as server:
        yield server


@pytest.fixture(scope="session")
def misbehaving() -> Iterator[RunningApp]:
    with serve_misbehaving() as app:
        yield app
