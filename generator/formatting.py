"""Format generated Python with the pinned ruff, isolated from any project's ruff config."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ruff import find_ruff_bin  # type: ignore[import-untyped]  # no py.typed

from generator.errors import GeneratorError

LINE_LENGTH = "100"
TARGET_VERSION = "py311"
# UP013/UP014 would turn functional TypedDict/NamedTuple into class syntax, which breaks keys
# that are not identifiers or that shadow names (the server's models use the functional form).
_KEEP_FUNCTIONAL_SYNTAX = "UP013,UP014"


def _find_ruff() -> list[str]:
    """The pinned ruff's binary itself: ``python -m ruff`` would start an interpreter first,
    which costs more than formatting a package."""
    try:
        return [os.fsdecode(find_ruff_bin())]
    except FileNotFoundError:  # pragma: no cover - a broken ruff install: let it say so
        return [sys.executable, "-m", "ruff"]


# Found when this module is imported, before any target thread starts: the lookup reads
# sysconfig, which fills its variables without a lock, so two threads looking up at once could
# read them half made.
_RUFF = _find_ruff()


def ruff_command(*args: str) -> list[str]:
    return [*_RUFF, *args]


def format_tree(root: Path) -> None:
    """Sort imports, drop unused ones, modernize syntax (UP), then format; the same input always gives the same bytes."""
    common = (
        "--isolated",
        "--no-cache",
        "--line-length",
        LINE_LENGTH,
        "--target-version",
        TARGET_VERSION,
    )
    steps = (
        (
            "check",
            *common,
            "--select",
            "I,F401,UP",
            "--ignore",
            _KEEP_FUNCTIONAL_SYNTAX,
            "--fix",
            "--exit-zero",
            "--quiet",
            str(root),
        ),
        # Not --quiet: a file ruff cannot parse is named only in its messages.
        ("format", *common, str(root)),
    )
    for step in steps:
        try:
            result = subprocess.run(
                ruff_command(*step), capture_output=True, text=True, check=False
            )
        except OSError as exc:  # pragma: no cover - the interpreter itself is missing
            raise GeneratorError(f"cannot run ruff: {exc}") from None
        if result.returncode != 0:
            raise GeneratorError(f"ruff {step[0]} failed:\n{result.stderr or result.stdout}")
