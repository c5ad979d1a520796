"""Collect the JSON-Schema-Test-Suite pass counts per file and print them as a table.

Each suite test records its counts as a user property, which reaches this process's reports
with or without pytest-xdist; the table goes into the terminal summary (shown with or without
``-s``).
"""

from __future__ import annotations

import json
from collections import defaultdict

import pytest

SUITE_PROPERTY = "json_schema_suite"
_counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # file -> passed, failed, skipped


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when != "call" and not (report.when == "setup" and report.skipped):
        return
    for name, value in report.user_properties:
        if name == SUITE_PROPERTY:
            record = json.loads(str(value))
            row = _counts[record["file"]]
            for index, key in enumerate(("passed", "failed", "skipped")):
                row[index] += record[key]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _counts:
        return
    tr = terminalreporter
    tr.section("JSON-Schema-Test-Suite draft2020-12: compiled validators")
    width = max(len(name) for name in _counts)
    tr.write_line(f"{'file':<{width}}  {'passed':>6}  {'failed':>6}  {'skipped':>7}")
    totals = [0, 0, 0]
    for name in sorted(_counts):
        row = _counts[name]
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        tr.write_line(f"{name:<{width}}  {row[0]:>6}  {row[1]:>6}  {row[2]:>7}")
    tr.write_line(f"{'total':<{width}}  {totals[0]:>6}  {totals[1]:>6}  {totals[2]:>7}")
