"""The ``python -m mockserver`` command line (seed; serve's checks before it needs HTTP)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mockserver.cli import build_parser, main
from mockserver.seed import DEMO_APPLICATION_ID
from mockserver.store import DEFAULT_DB_PATH, Store

REPO = Path(__file__).resolve().parents[2]


def test_parser_defaults() -> None:
    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port, args.db, args.workers, args.auth) == (
        "127.0.0.1",
        8080,
        DEFAULT_DB_PATH,
        1,
        "none",
    )
    assert args.rate_limit is None and args.credentials is None and args.log_level == "info"
    assert args.validate_responses is False
    assert build_parser().parse_args(["serve", "--validate-responses"]).validate_responses
    seed = build_parser().parse_args(["seed"])
    assert (seed.apps, seed.campaigns, seed.activities, seed.seed) == (1, 1, 1000, 0)


@pytest.mark.parametrize(
    "argv",
    [
        ["seed", "--activities", "-1"],
        ["serve", "--workers", "0"],
        ["serve", "--auth", "basic"],
        ["serve", "--rate-limit", "0"],
        [],
    ],
)
def test_bad_arguments_exit_2(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as info:
        build_parser().parse_args(argv)
    assert info.value.code == 2


def test_seed_prints_ids_and_is_reproducible(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--apps", "2", "--campaigns", "2", "--activities", "30", "--seed", "4", "--no-progress"]
    assert main(["seed", "--db", str(tmp_path / "a.sqlite3"), *argv]) == 0
    first = capsys.readouterr()
    lines = first.out.split("\n")[:-1]
    assert len(lines) == 4
    assert all(line.split()[::2] == ["application", "campaign"] for line in lines)
    assert "added the demo data" in first.err and "added 120 activities" in first.err
    with Store(tmp_path / "a.sqlite3") as store:
        assert DEMO_APPLICATION_ID in store.application_ids()
        app, campaign = lines[0].split()[1::2]
        assert store.count_activities(app, campaign) == 30

    assert main(["seed", "--db", str(tmp_path / "b.sqlite3"), "--no-demo", *argv]) == 0
    assert capsys.readouterr().out == first.out  # same seed, same IDs
    with Store(tmp_path / "b.sqlite3") as store:
        assert DEMO_APPLICATION_ID not in store.application_ids()

    assert main(["seed", "--db", str(tmp_path / "a.sqlite3"), *argv]) == 2
    assert "pass another --seed" in capsys.readouterr().err


def test_python_dash_m_seed(tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite3"
    result = subprocess.run(
        [sys.executable, "-m", "mockserver", "seed", "--db", str(db), "--activities", "12000"],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(db) as conn:
        (count,) = conn.execute("SELECT COUNT(*) FROM activities").fetchone()
    assert count > 12000  # the synthetic campaign plus the demo data


def test_serve_sigv4_needs_credentials(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("AWS_ACCESS_KEY_ID", raising=False)
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY", raising=False)
    db = tmp_path / "s.sqlite3"
    assert main(["serve", "--db", str(db), "--auth", "sigv4"]) == 2
    assert "--credentials" in capsys.readouterr().err
    missing = tmp_path / "nope.txt"
    assert main(["serve", "--db", str(db), "--auth", "sigv4", "--credentials", str(missing)]) == 2
    assert "cannot read the credentials file" in capsys.readouterr().err
    empty = tmp_path / "empty.json"
    empty.write_text("{}")
    assert main(["serve", "--db", str(db), "--auth", "sigv4", "--credentials", str(empty)]) == 2
    assert "holds no access key" in capsys.readouterr().err
    assert main(["serve", "--db", str(db), "--credentials", str(empty)]) == 2
    assert "--credentials is for --auth sigv4" in capsys.readouterr().err
    assert not db.exists()  # refused before touching the database


def test_serve_config_round_trips_through_the_environment() -> None:
    from mockserver.config import ENV_VAR, ServeConfig

    config = ServeConfig(
        db="x.sqlite3",
        port=9000,
        workers=3,
        auth="sigv4",
        credentials="c",
        rate_limit=2.5,
        validate_responses=True,
    )
    assert ServeConfig.from_env({ENV_VAR: config.to_env()}) == config
    assert ServeConfig.from_env({}) == ServeConfig()
    with pytest.raises(ValueError):
        ServeConfig.from_env({ENV_VAR: '{"auth": "basic"}'})
