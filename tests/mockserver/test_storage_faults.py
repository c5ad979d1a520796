"""Storage faults (issue 11, points 10-12): files that are no mock database, a full disk while
seeding, a file replaced under a running server, tokens past 2**63 or past their lifetime.

Every refusal of the command line is one ``error:`` line and exit status 2, for each subcommand
that opens the database; every refusal over HTTP is AWS-shaped, never a 500.
"""

from __future__ import annotations

import os
import resource
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from pathlib import Path
from typing import Any

import httpx
import pytest

from mockserver.pagination import MAX_POSITION, TOKEN_LIFETIME_S, TokenCodec
from mockserver.schema import SCHEMA_VERSION
from mockserver.seed import DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID
from mockserver.store import Store
from tests.support.aws import assert_error
from tests.support.servers import ROOT, RunningServer, mock_server, wait_for_log

# Each subcommand that opens the database, with the arguments it needs besides --db.
COMMANDS: dict[str, list[str]] = {
    "seed": ["seed", "--activities", "5", "--no-progress"],
    "import": ["import", "--no-progress", str(ROOT / "pyproject.toml")],
    "export": ["export"],
    "pull": ["pull", "--endpoint", "http://127.0.0.1:9", "--ids", "a:b"],
    "serve": ["serve", "--port", "0"],
}
READ_ONLY_COMMANDS = {"export"}


def _mock_db(path: Path) -> Path:
    with Store(path) as store:
        store.add_application("app")
    return path


def _directory(tmp: Path) -> Path:
    (tmp / "dir.sqlite3").mkdir()
    return tmp / "dir.sqlite3"


def _text(tmp: Path) -> Path:
    (tmp / "notes.sqlite3").write_text("these are my notes\n" * 100)
    return tmp / "notes.sqlite3"


def _truncated(tmp: Path) -> Path:
    db = _mock_db(tmp / "whole.sqlite3")
    with Store(db) as store:  # a few pages, checkpointed into the main file on close
        store.add_campaign("app", "c")
        store.add_activities("app", "c", [{"Id": f"a{i}", "State": "PENDING"} for i in range(300)])
    data = db.read_bytes()
    (tmp / "truncated.sqlite3").write_bytes(data[: len(data) // 2])
    return tmp / "truncated.sqlite3"


def _header_only(tmp: Path) -> Path:
    data = _mock_db(tmp / "whole.sqlite3").read_bytes()
    (tmp / "short.sqlite3").write_bytes(data[:60])
    return tmp / "short.sqlite3"


def _foreign(tmp: Path) -> Path:
    with closing(sqlite3.connect(tmp / "other.sqlite3")) as conn, conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        conn.execute("INSERT INTO invoices (total) VALUES (9.5)")
    return tmp / "other.sqlite3"


def _without_secret(tmp: Path) -> Path:
    db = _mock_db(tmp / "nosecret.sqlite3")
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("DELETE FROM meta WHERE key = 'token_secret'")
    return db


def _newer(tmp: Path) -> Path:
    db = _mock_db(tmp / "newer.sqlite3")
    with closing(sqlite3.connect(db)) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    return db


def _parent_is_a_file(tmp: Path) -> Path:
    (tmp / "plain").write_text("x")
    return tmp / "plain" / "mock.sqlite3"


CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "directory": (_directory, "is a directory, not a database file"),
    "text file": (_text, "is not an SQLite database (it starts with 'these are my not'"),
    "truncated": (_truncated, "is truncated ("),
    "header only": (_header_only, "is truncated (60 bytes"),
    "foreign sqlite": (_foreign, "is an SQLite database of another program (tables invoices;"),
    "no token secret": (_without_secret, "lacks its token secret (meta)"),
    "newer schema": (_newer, "was written by a newer mock server (schema version"),
    "parent is a file": (_parent_is_a_file, "is a file, not a directory"),
}


def _run(argv: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mockserver", *argv],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=60, **kwargs,
    )  # fmt: skip


def _assert_one_error_line(done: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert done.returncode == 2, (done.returncode, done.stdout, done.stderr)
    assert done.stderr.startswith("error: ") and done.stderr.count("\n") == 1, done.stderr
    assert fragment in done.stderr, done.stderr
    assert "Traceback" not in done.stderr and "ready" not in done.stdout


@pytest.mark.parametrize("case", CASES)
def test_a_file_that_is_no_usable_mock_database_is_one_error_line(
    case: str, tmp_path: Path
) -> None:
    make, fragment = CASES[case]
    db = make(tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    with ThreadPoolExecutor(len(COMMANDS)) as pool:
        runs = dict(
            zip(
                COMMANDS,
                pool.map(lambda argv: _run([*argv, "--db", str(db)]), COMMANDS.values()),
                strict=True,
            )
        )
    for command, done in runs.items():
        if command in READ_ONLY_COMMANDS and case == "parent is a file":
            _assert_one_error_line(done, "no mock database at")
        else:
            _assert_one_error_line(done, fragment)
    # Refused files are left exactly as they were: nothing migrated, no WAL frame written. Five
    # processes open the file at once, and when a read-only one closes last SQLite leaves the
    # (empty) -wal and its -shm beside it for the next opener to delete: allowed, but only empty.
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    wal = after.pop(f"{db.name}-wal", b"")
    assert wal == b"", f"{len(wal)} bytes of WAL written beside a refused database"
    if f"{db.name}-shm" not in before:
        after.pop(f"{db.name}-shm", None)
    assert after == before


def test_a_missing_directory_is_created_for_writing_not_for_reading(tmp_path: Path) -> None:
    db = tmp_path / "new" / "deeper" / "mock.sqlite3"
    _assert_one_error_line(_run([*COMMANDS["export"], "--db", str(db)]), "no mock database at")
    assert not (tmp_path / "new").exists()
    done = _run([*COMMANDS["seed"], "--db", str(db)])
    assert done.returncode == 0, done.stderr
    with Store(db, read_only=True) as store:
        assert done.stdout.split()[1] in store.application_ids()


def _make_read_only(path: Path) -> None:
    """chmod, or for root (who may write any mode) the immutable flag."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        return
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"running as root and chattr +i failed: {done.stderr!r}")


def test_a_read_only_file_is_one_error_line_for_writers_and_exports(tmp_path: Path) -> None:
    db = _mock_db(tmp_path / "ro.sqlite3")
    before = db.read_bytes()
    _make_read_only(db)
    try:
        for command, argv in COMMANDS.items():
            done = _run([*argv, "--db", str(db)])
            if command in READ_ONLY_COMMANDS:  # reading needs no write permission
                assert (done.returncode, done.stdout) == (0, ""), done.stderr
            else:
                _assert_one_error_line(done, "is read-only: make it writable")
        assert db.read_bytes() == before
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(db)], check=True)


def _file_size_limit(limit: int) -> Callable[[], None]:
    def apply() -> None:  # in the child, before exec: writes past `limit` fail with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_a_full_disk_while_seeding_is_one_line_and_the_same_command_resumes(
    tmp_path: Path,
) -> None:
    db = tmp_path / "full.sqlite3"
    seed = [
        "seed",
        "--db",
        str(db),
        "--apps",
        "3",
        "--activities",
        "12000",
        "--no-progress",
        "--no-demo",
    ]
    # Python ignores SIGXFSZ, so a write past the limit fails with EFBIG, as on a full disk.
    full = _run(seed, preexec_fn=_file_size_limit(12 << 20))
    _assert_one_error_line(full, "the same command again resumes the seed")
    assert "disk" in full.stderr and "full" in full.stderr
    with Store(db, read_only=True) as store:
        seeded = sum(c.activity_count for app in store.list_applications() for c in app.campaigns)
    assert 0 < seeded < 36_000 and seeded % 12_000 == 0  # whole campaigns (one batch each)
    resumed = _run(seed)
    assert resumed.returncode == 0, resumed.stderr
    assert f"resumed seed 0: {seeded:,} of 36,000 activities" in resumed.stderr
    assert f"added {36_000 - seeded:,} in" in resumed.stderr
    assert len(resumed.stdout.splitlines()) == 3
    with Store(db, read_only=True) as store:
        counts = [c.activity_count for app in store.list_applications() for c in app.campaigns]
    assert counts == [12_000] * 3


# Over HTTP --------------------------------------------------------------------------------------

RESOURCE = f"/v1/apps/{DEMO_APPLICATION_ID}/campaigns/{DEMO_CAMPAIGN_ID}/activities"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    with mock_server(tmp_path) as running:
        yield running


def _codec(db: Path) -> TokenCodec:
    with Store(db, read_only=True) as store:
        return TokenCodec(store.token_secret)


def test_a_genuine_token_past_2_63_is_a_400(server: RunningServer) -> None:
    codec = _codec(server.db)  # only the database's secret can mint these
    with httpx.Client(base_url=server.url, timeout=10) as http:
        now_ms = time.time_ns() // 1_000_000
        for position in (MAX_POSITION + 1, 2**64 - 1):
            token = codec.encode(DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID, position, now_ms)
            response = http.get(RESOURCE, params={"token": token})
            assert "NextToken" in assert_error(response, 400, "BadRequestException")
        highest = codec.encode(DEMO_APPLICATION_ID, DEMO_CAMPAIGN_ID, MAX_POSITION, now_ms)
        last = http.get(RESOURCE, params={"token": highest})
        assert last.status_code == 200 and last.json() == {"NextToken": None, "Item": []}
    assert "Traceback" not in server.log_text()


def test_tokens_expire_by_the_mock_clock(server: RunningServer) -> None:
    with httpx.Client(base_url=server.url, timeout=10) as http:
        assert http.put("/_mock/clock", json={"Now": "2031-05-06T07:08:09Z"}).status_code == 200
        token = http.get(RESOURCE, params={"page-size": "5"}).json()["NextToken"]
        advance = http.post("/_mock/clock/advance", json={"Seconds": TOKEN_LIFETIME_S})
        assert advance.status_code == 200
        fresh = http.get(RESOURCE, params={"page-size": "5", "token": token})
        assert fresh.status_code == 200 and len(fresh.json()["Item"]) == 5  # the last second
        assert http.post("/_mock/clock/advance", json={"Seconds": 1}).status_code == 200
        expired = http.get(RESOURCE, params={"page-size": "5", "token": token})
        assert "has expired" in assert_error(expired, 400, "BadRequestException")
        # A token issued now is good again: expiry is the token's age, not the clock's value.
        again = http.get(RESOURCE, params={"page-size": "5"}).json()["NextToken"]
        assert http.get(RESOURCE, params={"token": again}).status_code == 200


def test_a_copied_database_accepts_the_originals_tokens(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with mock_server(tmp_path / "a") as original:
        token = httpx.get(original.url + RESOURCE, timeout=10).json()["NextToken"]
    copy = tmp_path / "copy.sqlite3"
    # A consistent copy (the WAL included) through SQLite's backup API.
    with Store(original.db) as store, closing(sqlite3.connect(copy)) as target:
        store.connection().backup(target)
    with mock_server(tmp_path / "b", db=copy) as served:
        page = httpx.get(served.url + RESOURCE, params={"token": token}, timeout=10)
    assert page.status_code == 200 and page.json()["Item"]


def test_a_database_replaced_under_the_server_is_detected(server: RunningServer) -> None:
    with httpx.Client(base_url=server.url, timeout=10) as http:
        assert http.get(RESOURCE).status_code == 200
        replacement = server.db.with_name("replacement.sqlite3")
        with Store(replacement) as store:
            store.add_application("other")
        os.replace(replacement, server.db)  # mv over the served file
        deadline = time.monotonic() + 20
        while (response := http.get(RESOURCE)).status_code == 200:
            assert time.monotonic() < deadline, "still served from the deleted file"
            time.sleep(0.05)
        message = assert_error(response, 503, "ServiceUnavailableException")
        assert "replaced or deleted" in message and "restart" in message
        # The control plane writes nothing into the deleted file either.
        write = http.put("/_mock/apps/new-app", json={})
        assert assert_error(write, 503, "ServiceUnavailableException") == message
    wait_for_log(server, lambda text: "was replaced or deleted after the server opened" in text)
    assert "Traceback" not in server.log_text()
