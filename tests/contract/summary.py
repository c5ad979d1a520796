"""What a contract run exercised, read back from schemathesis' own reports.

The NDJSON event log holds every scenario's recorder: each case, the request it sent, the response
and each check's verdict. This module counts them (cases per status code, phase and operation;
passes and failures per check) and adds the verdict of the JSON run report, so a reader sees what
was actually exercised, not only that nothing failed. Parsing schemathesis' reports instead of
hooking its internals keeps the counts right for checks' follow-up requests too.
"""

from __future__ import annotations

import json
import textwrap
import tomllib
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

NETWORK_ERROR = "no response"
# The parameters whose schema-valid values the server may still refuse with 400 (a NextToken it
# never issued), as schemathesis.toml allows them to the check positive_400_by_design.
POSITIVE_400_PARAMETERS: tuple[str, ...] = tuple(
    tomllib.loads(Path(__file__).with_name("schemathesis.toml").read_text(encoding="utf-8"))
    .get("checks", {})
    .get("positive_400_by_design", {})
    .get("any_value", ())
)


@dataclass
class Summary:
    """Counts of one contract run; ``to_json`` is what summary.json holds."""

    target: str = ""
    auth: str = ""
    seed: int | None = None
    max_examples: int | None = None
    ids: str = ""
    exit_code: int | None = None
    schemathesis_version: str = ""
    running_time: float | None = None
    phases: dict[str, str] = field(default_factory=dict)
    # The run report's counts of test cases, as schemathesis prints them ("generated" is every
    # recorded case, the checks' follow-up requests included; "skipped" the cases without checks).
    generated_cases: int = 0
    cases_with_failures: int = 0
    unique_failures: int = 0
    cases_without_checks: int = 0
    errored_cases: int = 0
    # Responses that went through the checks (the generated cases), by status code.
    checked_by_status: dict[str, int] = field(default_factory=dict)
    checked_by_phase: dict[str, int] = field(default_factory=dict)
    checked_by_operation: dict[str, int] = field(default_factory=dict)
    # Checked cases of which a check raised an error (schemathesis counts them as errored).
    checked_errored: int = 0
    # Checked responses by the data sent: "positive" schema-valid, "negative" schema-invalid.
    checked_by_data: dict[str, int] = field(default_factory=dict)
    # "phase operation" where no schema-valid case was served (what schemathesis' warnings see).
    positive_all_refused: list[str] = field(default_factory=list)
    # Requests that checks sent on their own (probes, page walks), by status code.
    followups_by_status: dict[str, int] = field(default_factory=dict)
    checks: dict[str, dict[str, int]] = field(default_factory=dict)
    failures: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def failed_checks(self) -> set[str]:
        return {name for name, counts in self.checks.items() if counts.get("failure", 0)}

    @property
    def checked_cases(self) -> int:
        return sum(self.checked_by_status.values())

    @property
    def followups(self) -> int:
        return sum(self.followups_by_status.values())

    @property
    def reconciles(self) -> bool:
        """The event log's counts add up to the run report's: every recorded case is checked or
        a follow-up, and schemathesis' partition (judged, skipped, errored) covers them all."""
        judged = self.checked_cases - self.checked_errored
        return (
            self.checked_cases + self.followups == self.generated_cases
            and judged + self.cases_without_checks + self.errored_cases == self.generated_cases
        )

    def schemathesis_line(self) -> str:
        """The "Test cases:" line of schemathesis' CLI, rebuilt from the run report."""
        if self.generated_cases == 0:
            return "No test cases were generated"
        parts = [f"{self.generated_cases} generated"]
        if self.cases_without_checks + self.errored_cases != self.generated_cases:
            if self.unique_failures > 0:
                plural = "" if self.unique_failures == 1 else "s"
                parts.append(
                    f"{self.cases_with_failures} found {self.unique_failures} unique failure{plural}"
                )
            else:
                parts.append(f"{self.generated_cases} passed")
        if self.errored_cases:
            parts.append(f"{self.errored_cases} errored")
        if self.cases_without_checks:
            parts.append(f"{self.cases_without_checks} skipped")
        return ", ".join(parts)

    def _test_case_lines(self) -> list[str]:
        """What each number of schemathesis' line stands for."""
        judged = self.checked_cases - self.checked_errored
        passed = judged - self.cases_with_failures
        lines = [
            f'  test cases: schemathesis\' "{self.schemathesis_line()}" counts',
            f"    {judged:>6} cases schemathesis generated and the checks judged:"
            f" {passed} passed, {self.cases_with_failures} with failures",
            f"  + {self.cases_without_checks:>6} follow-up requests our checks sent (page walks,"
            ' probes), "skipped":',
            "           no check runs on them; the check that sent each one judged its response",
            f"  + {self.errored_cases:>6} errored (a check raised, or no response)",
            f'  = {self.generated_cases:>6} "generated"; its "passed" repeats that total when'
            " no case failed",
        ]
        if not self.reconciles:
            lines.append(
                f"  COUNTS DO NOT ADD UP: {self.checked_cases} checked + {self.followups}"
                f" follow-ups read from the event log, {self.generated_cases} generated,"
                f" {self.cases_without_checks} skipped, {self.errored_cases} errored in the report"
            )
        return lines

    def _validation_mismatch_lines(self) -> list[str]:
        """Why schemathesis' validation_mismatch warning is expected here, from this run's counts."""
        negative = self.checked_by_data.get("negative 400", 0)
        positive = self.checked_by_data.get("positive 400", 0)
        allowed = self.checks.get("positive_400_by_design", {})
        names = " or ".join(f"`{name}`" for name in POSITIVE_400_PARAMETERS) or "(none)"
        where = "; ".join(self.positive_all_refused) or "none in this run's event log"
        text = (
            "Expected, not a defect. schemathesis warns when no schema-valid request of an"
            " operation was served in a phase and refusals of the data (a 4xx other than 401,"
            " 403, 404, 409 or 429, such as 400) are a tenth or more of its 4xx answers"
            f" (here: {where}). Of the {negative + positive} checked 400s, {negative} refused"
            f" schema-invalid (negative) data, as they must, and {positive} refused schema-valid"
            f" requests carrying {names}: any string is valid to the spec, but only a NextToken"
            " that the server issued is valid to the server. positive_400_by_design, which"
            " allows a 400 to schema-valid data for that reason only, passed"
            f" {allowed.get('success', 0)} and failed {allowed.get('failure', 0)}."
        )
        return textwrap.wrap(
            text, width=96, initial_indent="    ", subsequent_indent="    ", break_on_hyphens=False
        )

    @property
    def ok(self) -> bool:
        """Passed: schemathesis exited 0, no check failed, no error, and something was checked."""
        return (
            self.exit_code == 0
            and not self.failed_checks
            and not self.errors
            and self.checked_cases > 0
        )

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["ok"] = self.ok
        data["failed_checks"] = sorted(self.failed_checks)
        return data

    def to_text(self) -> str:
        lines = [
            f"Contract run: {'PASSED' if self.ok else 'FAILED'} (exit code {self.exit_code})",
            f"  target {self.target}, auth {self.auth}, seed {self.seed}, "
            f"max examples {self.max_examples}, ids {self.ids}",
            f"  schemathesis {self.schemathesis_version}, {self.running_time or 0:.1f} s",
            "  phases: " + ", ".join(f"{name} {status}" for name, status in self.phases.items()),
            *self._test_case_lines(),
            "",
            f"Checked responses by status code ({self.checked_cases}):",
            *_table(self.checked_by_status),
            "By data sent (positive: schema-valid, negative: schema-invalid) and status code:",
            *_table(self.checked_by_data),
            "By phase:",
            *_table(self.checked_by_phase),
            "By operation:",
            *_table(self.checked_by_operation),
            f"Follow-up requests sent by checks ({self.followups}):",
            *_table(self.followups_by_status),
            "",
            f"{'Check':<32} {'passed':>8} {'failed':>8}",
        ]
        for name, counts in sorted(self.checks.items()):
            lines.append(
                f"{name:<32} {counts.get('success', 0):>8} {counts.get('failure', 0):>8}"
                + (f"  ({counts['error']} errors)" if counts.get("error") else "")
            )
        if self.failures:
            lines += ["", "Failures:"]
            lines += [
                f"  {f['check'] or '?'}: {f['title']} ({f['operation']}, {f['count']}x)"
                for f in self.failures
            ]
        if self.errors:
            lines += ["", "Errors:"] + [f"  {e['title']} ({e['count']}x)" for e in self.errors]
        if self.warnings:
            lines += ["", "Warnings (not failures):"]
            for warning in self.warnings:
                lines.append(f"  {warning}")
                if warning.startswith("validation_mismatch:"):
                    lines += self._validation_mismatch_lines()
        return "\n".join(lines) + "\n"


def _table(counter: dict[str, int]) -> list[str]:
    if not counter:
        return ["  (none)"]
    return [f"  {key:<28} {count:>8}" for key, count in counter.items()]


def _events(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                event = json.loads(line)
                ((kind, data),) = event.items()
                yield kind, data


def _generation_mode(node: Any) -> str:
    """ "positive" or "negative" as schemathesis generated the case, "?" when it does not say."""
    case = (node or {}).get("value") or {}
    return str(((case.get("meta") or {}).get("generation") or {}).get("mode") or "?")


def _sorted(counter: Counter[str]) -> dict[str, int]:
    return dict(sorted(counter.items()))


def read(ndjson: Path, run_json: Path | None = None) -> Summary:
    """Summarize one run from its NDJSON event log and (if written) its JSON run report."""
    summary = Summary()
    if not ndjson.exists():
        summary.errors.append({"title": f"schemathesis wrote no event log ({ndjson})", "count": 1})
        return summary
    by_status: Counter[str] = Counter()
    by_phase: Counter[str] = Counter()
    by_operation: Counter[str] = Counter()
    followups: Counter[str] = Counter()
    by_data: Counter[str] = Counter()
    refused: list[str] = []
    checks: dict[str, Counter[str]] = {}
    failed: dict[str, str] = {}  # failure title -> check name
    for kind, data in _events(ndjson):
        if kind == "Initialize":
            summary.seed = data.get("seed")
            summary.schemathesis_version = data.get("schemathesis_version", "")
        elif kind == "PhaseFinished":
            phase = data["phase"]
            if phase["name"] in ("examples", "coverage", "fuzzing", "stateful"):
                reason = phase.get("skip_reason")
                summary.phases[phase["name"]] = data["status"] + (f" ({reason})" if reason else "")
        elif kind == "ScenarioFinished":
            recorder = data.get("recorder") or {}
            verdicts = recorder.get("checks") or {}
            cases = recorder.get("cases") or {}
            positive_served: list[bool] = []
            for case_id, interaction in (recorder.get("interactions") or {}).items():
                response = interaction.get("response")
                status = str(response["status_code"]) if response else NETWORK_ERROR
                mode = _generation_mode(cases.get(case_id))
                if mode == "positive" and response:
                    positive_served.append(int(response["status_code"]) < 400)
                if case_id in verdicts:
                    by_status[status] += 1
                    by_phase[data["phase"]] += 1
                    by_operation[recorder.get("label", "?")] += 1
                    by_data[f"{mode} {status}"] += 1
                    if any(node.get("status") == "error" for node in verdicts[case_id]):
                        summary.checked_errored += 1
                else:
                    followups[status] += 1
            if positive_served and not any(positive_served):
                refused.append(f"{data['phase']} {recorder.get('label', '?')}")
            for nodes in verdicts.values():
                for node in nodes:
                    checks.setdefault(node["name"], Counter())[node["status"]] += 1
                    info = node.get("failure_info") or {}
                    title = (info.get("failure") or {}).get("title")
                    if title:
                        failed.setdefault(title, node["name"])
    summary.checked_by_status = _sorted(by_status)
    summary.checked_by_phase = _sorted(by_phase)
    summary.checked_by_operation = _sorted(by_operation)
    summary.followups_by_status = _sorted(followups)
    summary.checked_by_data = _sorted(by_data)
    summary.positive_all_refused = refused
    summary.checks = {name: dict(counts) for name, counts in sorted(checks.items())}
    if run_json is not None and run_json.exists():
        report = json.loads(run_json.read_text(encoding="utf-8"))
        summary.exit_code = report.get("exit_code")
        summary.running_time = report.get("running_time")
        cases = report.get("test_cases") or {}
        summary.generated_cases = int(cases.get("generated", 0))
        summary.cases_with_failures = int(cases.get("with_failures", 0))
        summary.unique_failures = int(cases.get("unique_failures", 0))
        summary.cases_without_checks = int(cases.get("without_checks", 0))
        summary.errored_cases = int(cases.get("errored", 0))
        summary.failures = [
            {
                "check": failed.get(group["title"]),
                "code": group.get("code"),
                "title": group["title"],
                "count": group.get("count", 1),
                "operation": ", ".join(group.get("operations") or []),
            }
            for group in report.get("failures") or []
        ]
        summary.errors = list(report.get("errors") or [])
        summary.warnings = sorted(
            f"{name}: {', '.join(map(str, labels))}"
            for name, labels in (report.get("warnings") or {}).items()
            if labels
        )
    return summary


def write(summary: Summary, directory: Path) -> tuple[Path, Path]:
    """Write summary.json and summary.txt into ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    as_json = directory / "summary.json"
    as_text = directory / "summary.txt"
    as_json.write_text(json.dumps(summary.to_json(), indent=2) + "\n", encoding="utf-8")
    as_text.write_text(summary.to_text(), encoding="utf-8")
    return as_json, as_text
