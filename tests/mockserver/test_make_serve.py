"""``make serve``: starts the mock and prints a URL, a curl command and a boto3 snippet that
work exactly as printed (the test runs what it reads from the output)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from mockserver.banner import SNIPPET_END, SNIPPET_START
from mockserver.seed import DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID
from mockserver.store import Store
from tests.support.servers import ROOT, free_port, server_process, wait_for_log

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def _make_command(*targets: str) -> list[str]:
    # -o: never rebuild the venv from here; PY: the interpreter running the tests, if another.
    command = ["make", "--no-print-directory", "-o", ".venv/.bootstrapped", *targets]
    if Path(sys.executable).resolve() != (ROOT / ".venv" / "bin" / "python").resolve():
        command.append(f"PY={sys.executable}")
    return command


def test_make_serve_defaults() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("PORT", "MOCK_DB", "HOST")}
    done = subprocess.run(
        [*_make_command("-n", "serve")], cwd=ROOT, env=env, capture_output=True, text=True,
        check=True,
    )  # fmt: skip
    assert re.search(
        r"-m mockserver serve --host 127\.0\.0\.1 --port 8080 --db '\.data/mock\.sqlite3'$",  # quoted: a URL's ? and &
        done.stdout.strip(),
        re.M,
    ), done.stdout


def test_printed_url_curl_and_boto3_snippet_work_as_printed(tmp_path: Path) -> None:
    port = free_port()
    db = tmp_path / "fresh" / "mock.sqlite3"
    env = {"PORT": str(port), "MOCK_DB": str(db)}
    with server_process(_make_command("serve"), port, db, tmp_path, env=env) as server:
        output = wait_for_log(
            server, lambda text: SNIPPET_END + "\n" in text.split(SNIPPET_START)[-1]
        )
        with Store(db, read_only=True) as store:  # seeded on this first run
            expected = store.activities(DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID)[:5]
        assert len(expected) == 5

        (url_line,) = [line for line in output.splitlines() if line.strip().startswith("URL:")]
        assert url_line.split()[-1] == f"http://127.0.0.1:{port}"

        (curl_line,) = [line for line in output.splitlines() if line.startswith("curl ")]
        curl_url = shlex.split(curl_line)[-1]
        assert curl_url.startswith(f"http://127.0.0.1:{port}/")
        assert httpx.get(curl_url).json()["Item"] == expected
        if shutil.which("curl"):
            done = subprocess.run(
                shlex.split(curl_line), capture_output=True, text=True, check=True, timeout=30
            )
            assert json.loads(done.stdout)["Item"] == expected

        snippet = output.split(SNIPPET_START + "\n", 1)[1].split("\n" + SNIPPET_END + "\n", 1)[0]
        namespace: dict[str, Any] = {}
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(snippet, "<printed boto3 snippet>", "exec"), namespace)
        assert namespace["page"]["Item"] == expected
        assert [line.split()[0] for line in printed.getvalue().splitlines()] == [
            item["Id"] for item in expected
        ]
        wait_for_log(server, lambda text: "Uvicorn running on" in text)
