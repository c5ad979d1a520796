"""The contract summary reads schemathesis' reports: its counts reconcile with schemathesis' own
"Test cases:" line, and its warnings say why they are expected. Event logs here are written in
schemathesis' format (the slow runs in test_contract.py check the same against real runs)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.contract import summary

LABEL = "GET /v1/things"


def _case(case_id: str, mode: str) -> dict[str, Any]:
    return {"value": {"id": case_id, "meta": {"generation": {"mode": mode}}}}


def _scenario(phase: str, cases: list[tuple[str, str, int | None, str | None]]) -> dict[str, Any]:
    """cases: (id, generation mode, status or None for no response, check status or None)."""
    return {
        "ScenarioFinished": {
            "phase": phase,
            "status": "success",
            "recorder": {
                "label": LABEL,
                "cases": {cid: _case(cid, mode) for cid, mode, _, _ in cases},
                "interactions": {
                    cid: {"response": {"status_code": status} if status is not None else None}
                    for cid, _, status, _ in cases
                },
                "checks": {
                    cid: [{"name": "not_a_server_error", "status": check}]
                    for cid, _, _, check in cases
                    if check is not None
                },
            },
        }
    }


def _write(
    tmp_path: Path, scenarios: list[dict[str, Any]], report: dict[str, Any]
) -> summary.Summary:
    events = tmp_path / "events.ndjson"
    events.write_text("".join(json.dumps(e) + "\n" for e in scenarios), encoding="utf-8")
    run_json = tmp_path / "run.json"
    run_json.write_text(json.dumps(report), encoding="utf-8")
    return summary.read(events, run_json)


def _report(generated: int, without_checks: int, errored: int = 0, **more: Any) -> dict[str, Any]:
    cases = {"generated": generated, "without_checks": without_checks, "errored": errored}
    return {
        "exit_code": 0,
        "test_cases": {**cases, "with_failures": 0, "unique_failures": 0, **more},
    }


def test_counts_reconcile_with_schemathesis_line(tmp_path: Path) -> None:
    cases = [
        ("a", "positive", 200, "success"),
        ("b", "negative", 400, "success"),
        ("c", "positive", 200, None),  # a check's follow-up request
    ]
    result = _write(tmp_path, [_scenario("fuzzing", cases)], _report(3, 1))
    assert result.schemathesis_line() == "3 generated, 3 passed, 1 skipped"
    assert result.reconciles
    text = result.to_text()
    assert 'schemathesis\' "3 generated, 3 passed, 1 skipped" counts' in text
    assert "2 cases schemathesis generated and the checks judged: 2 passed" in text
    assert '1 follow-up requests our checks sent (page walks, probes), "skipped"' in text
    assert "COUNTS DO NOT ADD UP" not in text
    assert result.checked_by_data == {"negative 400": 1, "positive 200": 1}


def test_failures_and_errors_read_as_schemathesis_prints_them(tmp_path: Path) -> None:
    cases = [
        ("a", "positive", 500, "failure"),
        ("b", "positive", 200, "error"),
        ("c", "positive", None, None),
    ]
    report = _report(3, 0, errored=2, with_failures=1, unique_failures=1)
    result = _write(tmp_path, [_scenario("fuzzing", cases)], report)
    assert result.schemathesis_line() == "3 generated, 1 found 1 unique failure, 2 errored"
    assert result.reconciles, result.to_text()
    assert "1 cases schemathesis generated and the checks judged: 0 passed, 1 with failures" in (
        result.to_text()
    )


def test_counts_that_do_not_add_up_are_said(tmp_path: Path) -> None:
    result = _write(
        tmp_path, [_scenario("fuzzing", [("a", "positive", 200, "success")])], _report(5, 0)
    )
    assert not result.reconciles
    assert "COUNTS DO NOT ADD UP" in result.to_text()


def test_validation_mismatch_is_explained_from_the_counts(tmp_path: Path) -> None:
    """Every schema-valid example refused (a NextToken the server never issued): the warning
    schemathesis gives, explained with this run's numbers and the allowed parameter."""
    report = _report(3, 0)
    report["warnings"] = {"validation_mismatch": [LABEL]}
    result = _write(
        tmp_path,
        [
            _scenario("examples", [("a", "positive", 400, "success")]),
            _scenario(
                "fuzzing", [("b", "positive", 200, "success"), ("c", "negative", 400, "success")]
            ),
        ],
        report,
    )
    assert result.positive_all_refused == [f"examples {LABEL}"]
    text = " ".join(result.to_text().split())
    assert f"validation_mismatch: {LABEL} Expected, not a defect." in text
    assert "Of the 2 checked 400s, 1 refused schema-invalid (negative) data" in text
    assert "and 1 refused schema-valid requests carrying" in text
    assert all(f"`{name}`" in text for name in summary.POSITIVE_400_PARAMETERS)
    assert summary.POSITIVE_400_PARAMETERS, "schemathesis.toml allows no parameter any more"
