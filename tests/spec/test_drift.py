"""The spec agrees with botocore's model of GetCampaignActivities, except for the differences that
spec/drift-allowlist.yaml lists with a reason; the allow-list holds no stale entries."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from botocore.model import ServiceModel, StructureShape

from tests.spec.common import REPO_ROOT, JSONDict, load_spec
from tests.spec.drift import (
    Report,
    Row,
    compare,
    evaluate,
    load_allowlist,
    load_service_model,
    main,
    render,
    run,
)


@pytest.fixture(scope="module")
def model() -> ServiceModel:
    return load_service_model()


@pytest.fixture(scope="module")
def allowed() -> dict[str, str]:
    return load_allowlist()


@pytest.fixture
def spec() -> JSONDict:
    return load_spec()


def _report(spec: JSONDict, model: ServiceModel, allowed: dict[str, str]) -> Report:
    return evaluate(compare(spec, model), allowed)


def test_no_unlisted_drift(spec: JSONDict, model: ServiceModel, allowed: dict[str, str]) -> None:
    report = _report(spec, model, allowed)
    assert not report.drift, (
        "the spec differs from botocore; fix the spec or list the difference, with a reason, in "
        "spec/drift-allowlist.yaml:\n  " + "\n  ".join(v.row.key for v in report.drift)
    )


def test_no_stale_allowlist_entries(
    spec: JSONDict, model: ServiceModel, allowed: dict[str, str]
) -> None:
    report = _report(spec, model, allowed)
    assert not report.stale, (
        "spec/drift-allowlist.yaml lists differences that no longer occur; remove them:\n  "
        + "\n  ".join(report.stale)
    )


def test_comparison_covers_every_part(spec: JSONDict, model: ServiceModel) -> None:
    """Guards against a comparison that silently compares nothing: every section is present and
    every SDK output member appears in a row."""
    rows = compare(spec, model)
    for prefix in ("service.", "operation.", "input.", "output.", "error."):
        assert any(r.item.startswith(prefix) for r in rows), f"no {prefix}* row"
    items = {r.item for r in rows}
    activity = model.shape_for("ActivityResponse")
    assert isinstance(activity, StructureShape)
    for member in activity.members:
        assert f"output.ActivityResponse.{member}" in items or any(
            i.startswith(f"output.ActivityResponse.{member}.") for i in items
        ), f"ActivityResponse.{member} was not compared"


def test_removed_property_is_new_drift(
    spec: JSONDict, model: ServiceModel, allowed: dict[str, str]
) -> None:
    properties = spec["components"]["schemas"]["ActivityResponse"]["properties"]
    activity = model.shape_for("ActivityResponse")
    assert isinstance(activity, StructureShape)
    name = next(
        p
        for p in reversed(properties)
        if p in activity.members and f"output.ActivityResponse.{p}: missing in spec" not in allowed
    )
    before = {v.row.key for v in _report(spec, model, allowed).drift}
    del properties[name]
    report = _report(spec, model, allowed)
    assert [v.row.key for v in report.drift if v.row.key not in before] == [
        f"output.ActivityResponse.{name}: missing in spec"
    ]


@pytest.mark.parametrize(
    ("path", "value", "key"),
    [
        pytest.param(
            ("components", "parameters", "PageSize", "in"),
            "header",
            "input.PageSize.location: spec header != SDK querystring",
            id="parameter-location",
        ),
        pytest.param(
            ("components", "parameters", "Token", "required"),
            True,
            "input.Token.required: spec true != SDK false",
            id="parameter-required",
        ),
        pytest.param(
            ("components", "schemas", "ActivityResponse", "properties", "End", "type"),
            "integer",
            "output.ActivityResponse.End.type: spec integer != SDK string",
            id="property-type",
        ),
        pytest.param(
            ("components", "schemas", "ActivitiesResponse", "required"),
            [],
            "output.ActivitiesResponse.Item.required: spec false != SDK true",
            id="property-required",
        ),
        pytest.param(
            ("components", "responses", "NotFoundException", "description"),
            "Not found (NoSuchException).",
            "error.NotFoundException.description-names: spec NoSuchException != SDK "
            "NotFoundException",
            id="error-description",
        ),
        pytest.param(
            ("info", "x-aws-api-version"),
            "2017-01-01",
            "service.apiVersion: spec 2017-01-01 != SDK 2016-12-01",
            id="api-version",
        ),
    ],
)
def test_changed_spec_is_new_drift(
    spec: JSONDict,
    model: ServiceModel,
    allowed: dict[str, str],
    path: tuple[str, ...],
    value: object,
    key: str,
) -> None:
    node = spec
    for segment in path[:-1]:
        node = node[segment]
    node[path[-1]] = value
    assert key in [v.row.key for v in _report(spec, model, allowed).drift]


def test_error_status_change_is_new_drift(
    spec: JSONDict, model: ServiceModel, allowed: dict[str, str]
) -> None:
    get = spec["paths"][next(iter(spec["paths"]))]["get"]
    get["responses"]["409"] = get["responses"].pop("429")
    keys = [v.row.key for v in _report(spec, model, allowed).drift]
    assert "error.TooManyRequestsException.httpStatusCode: spec 409 != SDK 429" in keys


def test_fixed_difference_makes_its_entry_stale(
    spec: JSONDict, model: ServiceModel, allowed: dict[str, str]
) -> None:
    """A listed difference that the spec then fixes makes its entry stale, so it must go. Here
    the difference is made by removing an SDK member from a copy of the spec and listing it."""
    properties = spec["components"]["schemas"]["ActivityResponse"]["properties"]
    activity = model.shape_for("ActivityResponse")
    assert isinstance(activity, StructureShape)
    name = next(p for p in properties if p in activity.members)
    key = f"output.ActivityResponse.{name}: missing in spec"
    listed = {**allowed, key: "removed for the test"}
    fixed = copy.deepcopy(spec)
    del properties[name]
    assert key in [
        v.row.key for v in _report(spec, model, listed).verdicts if v.status == "ALLOWED"
    ]
    assert key not in _report(spec, model, listed).stale
    assert key in _report(fixed, model, listed).stale


def test_evaluate_statuses() -> None:
    rows = [Row("a", "1", "1"), Row("b", "1", None), Row("c", None, "2"), Row("d", "1", "2")]
    report = evaluate(rows, {"b: missing in SDK": "known", "x: missing in spec": "gone"})
    assert [(v.row.item, v.status) for v in report.verdicts] == [
        ("a", "OK"),
        ("b", "ALLOWED"),
        ("c", "DRIFT"),
        ("d", "DRIFT"),
    ]
    assert [v.row.key for v in report.drift] == ["c: missing in spec", "d: spec 1 != SDK 2"]
    assert report.stale == ["x: missing in spec"]
    table = render(report)
    assert "ALLOWED (known)" in table and "STALE allow-list entry" in table


@pytest.mark.parametrize(
    "content",
    [
        "allowed: {}",
        "allowed:\n  - key: a\n",
        "allowed:\n  - key: a\n    reason: ''\n",
        "allowed:\n  - {key: a, reason: x}\n  - {key: a, reason: y}\n",
        "allowed:\n  - {key: a, reason: x, note: y}\n",
    ],
)
def test_malformed_allowlist_is_rejected(tmp_path: Path, content: str) -> None:
    path = tmp_path / "allow.yaml"
    path.write_text(content)
    with pytest.raises(ValueError, match="allow"):
        load_allowlist(path)


def test_cli_fails_on_a_drifted_spec(
    tmp_path: Path, spec: JSONDict, capsys: pytest.CaptureFixture[str]
) -> None:
    del spec["components"]["schemas"]["ActivityResponse"]["properties"]["Id"]
    spec_file = tmp_path / "spec.yaml"
    spec_file.write_text(yaml.safe_dump(spec, sort_keys=False))
    assert main(["--spec", str(spec_file)]) == 1
    out = capsys.readouterr().out
    assert "output.ActivityResponse.Id" in out and "DRIFT" in out


def test_module_runs() -> None:
    """`make drift` runs `python -m tests.spec.drift` from the repository root."""
    result = subprocess.run(
        [sys.executable, "-m", "tests.spec.drift"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    report = run()  # what the repository's spec and allow-list give; asserted above on its own
    assert result.returncode == (0 if report.ok else 1), result.stdout + result.stderr
    assert "ITEM" in result.stdout
    assert f"{len(report.drift)} DRIFT, {len(report.stale)} STALE" in result.stdout
