"""Formatting generated code: a file ruff cannot parse is named in the error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.errors import GeneratorError
from generator.formatting import format_tree


def test_format_failure_names_the_file_and_the_reason(tmp_path: Path) -> None:
    (tmp_path / "good.py").write_text("x = 1\n", encoding="utf-8")
    (tmp_path / "broken.py").write_text('def f():\n    """x""""\n', encoding="utf-8")
    with pytest.raises(GeneratorError) as info:
        format_tree(tmp_path)
    message = str(info.value)
    assert "broken.py" in message
    assert "Failed to parse" in message


def test_format_success_formats(tmp_path: Path) -> None:
    path = tmp_path / "ugly.py"
    path.write_text("import os\nx=( 1 ,2 )\n", encoding="utf-8")
    format_tree(tmp_path)
    assert path.read_text(encoding="utf-8") == "x = (1, 2)\n"


RACE = """
import threading
from generator.formatting import ruff_command
found, failed = [], []
def find():
    try:
        found.append(ruff_command("x")[0])
    except Exception as exc:
        failed.append(repr(exc))
threads = [threading.Thread(target=find) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert not failed and len(set(found)) == 1, (failed, found)
"""


def test_ruff_is_found_from_several_threads_at_once() -> None:
    """Targets format from their own threads; the first lookups of a fresh interpreter race in
    sysconfig (unlocked, it failed about one run in two)."""
    for _ in range(6):
        result = subprocess.run(
            [sys.executable, "-c", RACE], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stderr
