"""``pull``: copy campaigns from a real running mock with the generated client, unsigned and
SigV4-signed; idempotent; errors as one line and exit 2."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from mockserver.cli import main
from mockserver.store import Store
from mockserver.transfer import export
from tests.mockserver.serving import ACCESS_KEY, SECRET_KEY
from tests.support.servers import RunningServer, free_port, mock_server


def campaigns_of(db: Path) -> list[tuple[str, str]]:
    """The campaigns the server's database holds, with activities (what a test pulls)."""
    with Store(db, read_only=True) as store:
        return [
            (a.application_id, c.campaign_id)
            for a in store.list_applications()
            for c in a.campaigns
            if c.activity_count
        ]


def exported(db: Path, campaigns: list[tuple[str, str]]) -> bytes:
    out = io.BytesIO()
    with Store(db, read_only=True) as store:
        export(store, out, campaigns)
    return out.getvalue()


def refs(campaigns: list[tuple[str, str]]) -> list[str]:
    return [f"{a}:{c}" for a, c in campaigns]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_pull_copies_every_campaign_exactly_and_again_changes_nothing(
    demo_server: RunningServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    campaigns = campaigns_of(demo_server.db)
    assert len(campaigns) > 2
    db = tmp_path / "pulled.sqlite3"
    argv = ["pull", "--endpoint", demo_server.url, "--db", str(db), "--page-size", "4"]
    status, out, err = run(capsys, *argv, "--ids", *refs(campaigns))
    assert (status, err) == (0, "")
    assert exported(db, campaigns) == exported(demo_server.db, campaigns)
    with Store(demo_server.db, read_only=True) as source:
        counts = [source.count_activities(a, c) for a, c in campaigns]
    assert out.splitlines() == [
        f"{ref}: added {n:,}, updated 0, unchanged 0"
        for ref, n in zip(refs(campaigns), counts, strict=True)
    ]
    status, out, _ = run(capsys, *argv[:-2], "--ids", *refs(campaigns))  # server's page size
    assert status == 0
    assert out.splitlines() == [
        f"{ref}: added 0, updated 0, unchanged {n:,}"
        for ref, n in zip(refs(campaigns), counts, strict=True)
    ]


def test_an_unknown_campaign_is_one_error_line_and_keeps_the_ones_before(
    demo_server: RunningServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (first, *_) = campaigns_of(demo_server.db)
    db = tmp_path / "pulled.sqlite3"
    missing = f"{first[0]}:no-such-campaign"
    status, out, err = run(
        capsys, "pull", "--endpoint", demo_server.url, "--db", str(db),
        "--ids", f"{first[0]}:{first[1]}", missing,
    )  # fmt: skip
    assert status == 2 and out.count("\n") == 1
    assert err.count("\n") == 1
    assert err.startswith(f"error: {missing}: {demo_server.url} answered 404 NotFoundException: ")
    assert err.endswith(f"; nothing of it was stored; {first[0]}:{first[1]} stay pulled\n")
    with Store(db) as store:
        assert [
            (first[0], c.campaign_id) for a in store.list_applications() for c in a.campaigns
        ] == [first]


def test_an_unreachable_endpoint(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    status, out, err = run(
        capsys, "pull", "--endpoint", url, "--db", str(tmp_path / "db.sqlite3"), "--ids", "a:b"
    )
    assert (status, out) == (2, "")
    assert err.startswith(f"error: a:b: cannot reach {url}: ") and err.count("\n") == 1
    with Store(tmp_path / "db.sqlite3") as store:
        assert store.list_applications() == []


@pytest.fixture(scope="module")
def sigv4_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    workdir = tmp_path_factory.mktemp("pull-sigv4")
    credentials = workdir / "credentials.json"
    credentials.write_text(json.dumps({ACCESS_KEY: SECRET_KEY}))
    with mock_server(workdir, "--auth", "sigv4", "--credentials", str(credentials)) as server:
        yield server


def test_sigv4_signs_with_the_environments_credentials(
    sigv4_server: RunningServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_SHARED_CREDENTIALS_FILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-config"))
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", ACCESS_KEY)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
    campaigns = campaigns_of(sigv4_server.db)[:2]
    db = tmp_path / "pulled.sqlite3"
    argv = ["pull", "--endpoint", sigv4_server.url, "--db", str(db), "--ids", *refs(campaigns)]
    status, _, err = run(capsys, *argv)
    assert status == 2 and err.count("\n") == 1
    assert f"{sigv4_server.url} answered 403 ForbiddenException: " in err
    status, _, err = run(capsys, *argv, "--sigv4")
    assert (status, err) == (0, "")
    assert exported(db, campaigns) == exported(sigv4_server.db, campaigns)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "not-the-secret")
    status, _, err = run(capsys, *argv, "--sigv4")
    assert status == 2 and "403 ForbiddenException" in err and err.count("\n") == 1
