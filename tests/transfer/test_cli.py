"""The transfer subcommands' command line: registered in ``python -m mockserver``, their
arguments, and the ``seed --help`` default that used to be hidden."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mockserver.cli import build_parser
from mockserver.pagination import DEFAULT_PAGE_SIZE
from mockserver.store import DEFAULT_DB_PATH
from tests.support.servers import ROOT


def test_defaults() -> None:
    parser = build_parser()
    imp = parser.parse_args(["import", "a.jsonl", "b.json"])
    assert (imp.files, imp.db, imp.app, imp.campaign) == (
        [Path("a.jsonl"), Path("b.json")],
        DEFAULT_DB_PATH,
        None,
        None,
    )
    exp = parser.parse_args(["export"])
    assert (exp.ids, exp.format, exp.page_size, exp.output) == (
        None,
        "jsonl",
        DEFAULT_PAGE_SIZE,
        None,
    )
    pull = parser.parse_args(["pull", "--endpoint", "http://x", "--ids", "a:b", "c:d"])
    assert pull.ids == [("a", "b"), ("c", "d")] and pull.sigv4 is False


@pytest.mark.parametrize(
    "argv",
    [
        ["import"],
        ["export", "--format", "xml"],
        ["export", "--page-size", "0"],
        ["export", "--ids", "no-colon"],
        ["export", "--ids", ":campaign"],
        ["pull", "--ids", "a:b"],
        ["pull", "--endpoint", "http://x"],
    ],
)
def test_bad_arguments_exit_2(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as info:
        build_parser().parse_args(argv)
    assert info.value.code == 2


def test_seed_help_shows_the_activities_default() -> None:
    seed = build_parser().parse_args(["seed"])
    done = subprocess.run(
        [sys.executable, "-m", "mockserver", "seed", "--help"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert f"(default {seed.activities})" in " ".join(done.stdout.split())


def test_the_commands_are_subcommands_of_the_module() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mockserver", "--help"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )  # fmt: skip
    for command in ("import", "export", "pull"):
        assert command in done.stdout
