"""The output folder: which generated files are stale, and making it equal a fresh generation.

Only files that changed are touched, so a regenerate keeps the timestamps (and the caches keyed
on them) of everything else.
"""

from __future__ import annotations

import filecmp
import os
import shutil
from pathlib import Path

# Tool caches inside a generated package (mypy runs there) are not generated files.
_CACHE_DIRS = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"})
# Nor is what building the package leaves next to its pyproject.toml (`pip install
# generated/<pkg>` with setuptools: build/ and <name>.egg-info/; `python -m build`: dist/).
_BUILD_DIRS = frozenset({"build", "dist"})


def _generated(relative: Path) -> bool:
    """False for a file of a tool cache or a build artefact: neither stale nor synced away."""
    parts = relative.parts
    return not (
        parts[0] in _BUILD_DIRS
        or any(part in _CACHE_DIRS or part.endswith(".egg-info") for part in parts)
    )


def _files(root: Path) -> set[str]:
    if not root.is_dir():
        return set()
    return {
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and _generated(p.relative_to(root))
    }


def stale_files(fresh: Path, current: Path) -> list[str]:
    """Files that differ, are missing, or should not be there, as ``status path`` lines."""
    new, old = _files(fresh), _files(current)
    lines = [f"missing  {p}" for p in sorted(new - old)]
    lines += [f"extra    {p}" for p in sorted(old - new)]
    lines += [
        f"stale    {p}"
        for p in sorted(new & old)
        if not filecmp.cmp(fresh / p, current / p, shallow=False)
    ]
    return lines


def sync(fresh: Path, current: Path, *, move: bool = False) -> int:
    """Make ``current`` equal ``fresh``, touching only files that changed; return the count.

    ``move`` takes the changed files out of ``fresh`` (a scratch folder) by renaming them when
    both are on one file system: creating a file costs more than the rest of writing it (a
    regenerate of a thousand files spent most of its system time in creates)."""
    changes = 0
    current.mkdir(parents=True, exist_ok=True)
    new, old = _files(fresh), _files(current)
    for relative in sorted(old - new):
        (current / relative).unlink()
        changes += 1
    for relative in sorted(new):
        target = current / relative
        if relative in old and filecmp.cmp(fresh / relative, target, shallow=False):
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if not move or not _moved(fresh / relative, target):
            shutil.copyfile(fresh / relative, target)
        changes += 1
    for directory in sorted((p for p in current.rglob("*") if p.is_dir()), reverse=True):
        if not any(directory.iterdir()):
            directory.rmdir()
    return changes


def _moved(source: Path, target: Path) -> bool:
    """Rename ``source`` over ``target``; False when they are on different file systems."""
    try:
        os.replace(source, target)
    except OSError:
        return False
    return True


__all__ = ["stale_files", "sync"]
