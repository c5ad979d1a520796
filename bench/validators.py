"""Validate ActivitiesResponse bodies with the generated validators and with their peers.

Peers, each built once before timing: jsonschema (Draft202012Validator), fastjsonschema (compiled
code) and jsonschema-rs (Rust). They get one bundled 2020-12 schema (the component schemas under
$defs); formats are annotations for everyone. The targets, on the valid 20-item body: at least 5x
fastjsonschema and at least 0.5x jsonschema-rs.
"""

from __future__ import annotations

import copy
import importlib
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import fastjsonschema
import jsonschema
import jsonschema_rs

from generator.cli import read_model

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "spec" / "pinpoint-campaign-activities.yaml"
PACKAGE = "pinpoint_validators"
ROUND_SECONDS = 0.25
ROUNDS = 3
TARGET_FAST = 5.0  # x fastjsonschema
TARGET_RS = 0.5  # x jsonschema-rs


def load_generated() -> Any:
    """The generated package as pip would install it (generated/<package>/ on sys.path)."""
    folder = str(REPO / "generated" / PACKAGE)
    if folder not in sys.path:
        sys.path.insert(0, folder)
    return importlib.import_module(PACKAGE)


def bundle(root: str) -> dict[str, Any]:
    """The spec's component schemas as one 2020-12 schema: $defs, refs rewritten to them."""
    model = read_model(SPEC)
    defs = {s.name: _rewrite(copy.deepcopy(s.data)) for s in model.schemas}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$defs": defs,
        "$ref": f"#/$defs/{root}",
    }


def _rewrite(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: (
                v.replace("#/components/schemas/", "#/$defs/")
                if k == "$ref" and isinstance(v, str)
                else _rewrite(v)
            )
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_rewrite(v) for v in node]
    return node


def activities(count: int, *, valid: bool) -> dict[str, Any]:
    """A response body with ``count`` fully populated items; an invalid one fails in the last."""
    items = [
        {
            "Id": f"{i:032x}",
            "ApplicationId": "4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b",
            "CampaignId": "7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f",
            "TreatmentId": str(i % 3),
            "State": ("PENDING", "RUNNING", "COMPLETED")[i % 3],
            "Result": ("SUCCESS", "FAIL")[i % 2],
            "ScheduledStart": "2026-03-01T09:00:00.000Z",
            "Start": "2026-03-01T09:00:03.512Z",
            "End": "2026-03-01T09:41:27.094Z",
            "SuccessfulEndpointCount": 18734 + i,
            "TotalEndpointCount": 19021 + i,
            "TimezonesTotalCount": 12,
            "TimezonesCompletedCount": i % 13,
        }
        for i in range(count)
    ]
    if not valid:
        items[-1]["State"] = "DONE"
    return {"NextToken": "eyJ2IjoxLCJrIjoiMjAyNi0wMy0wMlQwOTowMDowMFoifQ", "Item": items}


def rate(fn: Callable[[], object]) -> float:
    """Calls per second: the best of a few rounds, each about ROUND_SECONDS long."""
    best = 0.0
    calls = 1
    for _ in range(ROUNDS):
        while True:
            started = time.perf_counter()
            for _ in range(calls):
                fn()
            elapsed = time.perf_counter() - started
            if elapsed >= ROUND_SECONDS / 4 or calls > 1 << 22:
                break
            calls *= 4
        best = max(best, calls / elapsed)
        calls = max(1, int(calls * ROUND_SECONDS / elapsed))
    return best


def _fast_valid(check: Callable[[Any], object]) -> Callable[[Any], bool]:
    def run(value: Any) -> bool:
        try:
            check(value)
        except fastjsonschema.JsonSchemaValueException:
            return False
        return True

    return run


def main() -> None:
    ours = load_generated()
    schema = bundle("ActivitiesResponse")
    peers: dict[str, Callable[[Any], bool]] = {
        "jsonschema": jsonschema.Draft202012Validator(schema).is_valid,
        "fastjsonschema": _fast_valid(fastjsonschema.compile(schema, use_formats=False)),
        "jsonschema-rs": jsonschema_rs.validator_for(schema).is_valid,
    }
    ours_fast = ours.is_valid_activities_response
    ours_errors = ours.validate_activities_response
    print(f"generated validators: {Path(ours.__file__).parent}")
    header = f"{'case':<16} {'implementation':<30} {'ops/s':>12} {'ours/peer':>10}"
    print(header)
    print("-" * len(header))
    verdicts: dict[str, float] = {}
    for count in (20, 1000):
        for valid in (True, False):
            body = activities(count, valid=valid)
            case = f"{count} {'valid' if valid else 'invalid'}"
            for name, fn in peers.items():
                assert fn(body) is valid, f"{name} disagrees on {case}"
            assert ours_fast(body) is valid and (ours_errors(body) == []) is valid
            ours_rate = rate(lambda body=body: ours_fast(body))
            print(f"{case:<16} {'ours (is_valid)':<30} {ours_rate:>12,.0f} {'':>10}")
            if not valid:
                errors_rate = rate(lambda body=body: ours_errors(body))
                print(f"{case:<16} {'ours (validate: error list)':<30} {errors_rate:>12,.0f}")
            for name, fn in peers.items():
                peer_rate = rate(lambda body=body, fn=fn: fn(body))
                ratio = ours_rate / peer_rate
                print(f"{case:<16} {name:<30} {peer_rate:>12,.0f} {ratio:>9.1f}x")
                if count == 20 and valid:
                    verdicts[name] = ratio
    print()
    fast_ok = verdicts["fastjsonschema"] >= TARGET_FAST
    rs_ok = verdicts["jsonschema-rs"] >= TARGET_RS
    print(
        f"target >= {TARGET_FAST}x fastjsonschema on 20 valid items:"
        f" {verdicts['fastjsonschema']:.1f}x {'MET' if fast_ok else 'NOT MET'}"
    )
    print(
        f"target >= {TARGET_RS}x jsonschema-rs on 20 valid items:"
        f" {verdicts['jsonschema-rs']:.2f}x {'MET' if rs_ok else 'NOT MET'}"
    )


if __name__ == "__main__":
    main()
