"""The stale check (`python -m generator --check`) and the sync of a regenerate look only at
generated files: what `pip install generated/<pkg>` leaves behind (build/, *.egg-info/) and dist/
are neither "extra" files nor deleted, while a real extra file still is."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import stale_files, sync

GENERATED = Path(__file__).resolve().parents[2] / "generated"
# A package built with setuptools (it leaves build/ and <name>.egg-info/ next to pyproject.toml).
PACKAGE = next(
    p.parent
    for p in sorted(GENERATED.glob("*/pyproject.toml"))
    if "setuptools.build_meta" in p.read_text(encoding="utf-8")
)


def _copy(target: Path) -> Path:
    shutil.copytree(PACKAGE, target, ignore=shutil.ignore_patterns("__pycache__", ".mypy_cache"))
    return target


def _pip_install(package: Path, target: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         "--no-deps", "--no-build-isolation", "--target", str(target), str(package)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_pip_install_leaves_artefacts_that_are_not_stale(tmp_path: Path) -> None:
    current = _copy(tmp_path / "current")
    _pip_install(current, tmp_path / "site")
    left = sorted(p.name for p in current.iterdir() if p.name in ("build", "dist") or
                  p.name.endswith(".egg-info"))  # fmt: skip
    assert left, "the build left nothing behind, so this test checks nothing"
    assert stale_files(PACKAGE, current) == []


def test_build_artefacts_are_ignored_and_kept_but_other_files_are_not(tmp_path: Path) -> None:
    current = _copy(tmp_path / "current")
    artefacts = [
        "build/lib/x/__init__.py",
        "dist/x-1.0.0-py3-none-any.whl",
        "x.egg-info/PKG-INFO",
    ]
    for name in artefacts:
        (current / name).parent.mkdir(parents=True, exist_ok=True)
        (current / name).write_text("built\n")
    assert stale_files(PACKAGE, current) == []

    package_dir = next(p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file())
    extra = f"{package_dir}/build/leftover.py"  # a build/ inside the package is not an artefact
    (current / extra).parent.mkdir(parents=True)
    (current / extra).write_text("x = 1\n")
    assert stale_files(PACKAGE, current) == [f"extra    {extra}"]

    assert sync(PACKAGE, current) == 1  # the extra file goes; the artefacts stay
    assert not (current / extra).exists()
    assert all((current / name).is_file() for name in artefacts)
    assert stale_files(PACKAGE, current) == []


def test_a_moving_sync_renames_the_changed_files_and_leaves_the_others(tmp_path: Path) -> None:
    """What a regenerate does (``sync(..., move=True)`` from its scratch folder): a changed file
    is the scratch file itself, renamed (its inode), an unchanged one is not touched."""
    fresh, current = _copy(tmp_path / "fresh"), _copy(tmp_path / "current")
    files = sorted(p for p in fresh.rglob("*.py") if p.is_file())
    changed, unchanged = files[0].relative_to(fresh), files[1].relative_to(fresh)
    (fresh / changed).write_text("x = 2\n", encoding="utf-8")
    inode = (fresh / changed).stat().st_ino
    kept = (current / unchanged).stat()
    assert sync(fresh, current, move=True) == 1
    assert (current / changed).read_text(encoding="utf-8") == "x = 2\n"
    assert (current / changed).stat().st_ino == inode  # renamed, not copied
    after = (current / unchanged).stat()
    assert (after.st_ino, after.st_mtime_ns) == (kept.st_ino, kept.st_mtime_ns)
    assert stale_files(PACKAGE, current) == [f"stale    {changed.as_posix()}"]
