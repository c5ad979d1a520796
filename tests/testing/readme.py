"""The code blocks of the README's tester section, which the tests run as they are."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"
EXAMPLE_MARKER = "<!-- the example test: tests/testing/test_plugin.py runs it as it is -->"


def _python_block_after(text: str, anchor: str) -> str:
    start = text.index(anchor) + len(anchor)
    match = re.compile(r"```python\n(.*?)```", re.S).search(text, start)
    assert match is not None, f"no python block after {anchor!r} in {README}"
    return match.group(1)


def example_test() -> tuple[str, str]:
    """The README's complete pytest example: (its file name, from its first line; its code)."""
    code = _python_block_after(README.read_text(encoding="utf-8"), EXAMPLE_MARKER)
    first = code.splitlines()[0]
    assert first.startswith("# test_") and first.endswith(".py"), first
    return first[2:], code


def api_example() -> str:
    """The README's example of ``mockserver.testing.MockServer``."""
    return _python_block_after(README.read_text(encoding="utf-8"), "### The Python API")
