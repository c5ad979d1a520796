"""Run by tests/scaleout/test_postgres.py in a pytest of its own (not collected by the suite):
writes where its session's PostgreSQL server is to $PROBE_OUT, then holds if $PROBE_HOLD."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from tests.support.postgres import PostgresServer


def test_probe(postgres_server: PostgresServer, postgres_url: str) -> None:
    info = {
        "port": postgres_server.port,
        "root": str(postgres_server.root),
        "pid": postgres_server.postmaster_pid(),
        "url": postgres_url,
        "answer": postgres_server.psql("SELECT 6 * 7"),
    }
    Path(os.environ["PROBE_OUT"]).write_text(json.dumps(info), encoding="utf-8")
    if os.environ.get("PROBE_HOLD"):
        time.sleep(float(os.environ["PROBE_HOLD"]))
