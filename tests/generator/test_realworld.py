"""The real-world corpus (tests/specs/realworld/): documents nobody here wrote, end to end.

For each document, ``expected.toml`` says what the generator does with it today:

* ``status = "ok"``: all three targets generate into a temporary folder, each package imports,
  ``mypy --strict`` passes on it (``mypy_fails`` lists the packages known not to pass, and
  the test asserts they still fail, so a fix shows up here), and the validators agree with
  ``jsonschema`` on every example the document gives for a component schema;
* ``status = "error"``: the CLI fails with exactly one located line ``SPEC: WHERE: MESSAGE``
  (exit 2), never a traceback or an empty message.

Improving the generator means editing that table. Big documents are marked ``slow`` (still in
``make test``).

Each run of a document also records its row of the corpus table (spec, OpenAPI version,
operations, result, warnings, seconds) in ``reports/realworld.md`` (one row per document, the
latest run of each; rows are kept in ``reports/realworld/*.json``, under a file lock, since
test workers run side by side). The README's table has the same version, operations and
result columns, checked here against the files and ``expected.toml``.
"""

from __future__ import annotations

import contextlib
import datetime
import fcntl
import json
import os
import re
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from generator.config import Config
from generator.model.parse import METHODS
from generator.pipeline import validated_generate
from generator.spec.load import load_document
from generator.spec.normalize import normalize

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "specs" / "realworld"
EXPECTED: dict[str, dict[str, Any]] = tomllib.loads(
    (CORPUS / "expected.toml").read_text(encoding="utf-8")
)["documents"]
TARGETS = ("client", "server", "validators")
REPORTS = ROOT / "reports"
_ALLOWED_KEYS = {"status", "slow", "where", "message", "mypy_fails", "why"}


def _documents() -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if p.suffix in {".yaml", ".json"})


def _cases() -> list[Any]:
    cases = []
    for name, entry in sorted(EXPECTED.items()):
        marks = [pytest.mark.slow] if entry.get("slow") else []
        cases.append(pytest.param(name, id=name, marks=marks))
    return cases


def _packages(name: str) -> dict[str, str]:
    slug = re.sub(r"\W+", "_", Path(name).stem).strip("_").lower()
    return {target: f"rw_{slug}_{target}" for target in TARGETS}


def test_every_document_has_one_expected_entry_and_a_readme_row() -> None:
    assert sorted(EXPECTED) == [p.name for p in _documents()]
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    for name, entry in EXPECTED.items():
        assert set(entry) <= _ALLOWED_KEYS, name
        assert entry["status"] in {"ok", "error"}, name
        assert entry["status"] == "ok" or {"where", "message"} <= set(entry), name
        row = next((line for line in readme.splitlines() if line.startswith(f"| `{name}` |")), None)
        assert row is not None, f"{name} has no row in README.md"
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        document = load_document(CORPUS / name)
        expected = [document["openapi"], str(_operations(document)), _result(entry)]
        assert cells[4:7] == expected, f"README row of {name}"


def _operations(document: dict[str, Any]) -> int:
    return sum(
        1 for item in (document.get("paths") or {}).values() for method in item if method in METHODS
    )


def _result(entry: dict[str, Any]) -> str:
    """The result column: what ``expected.toml`` says the generator does with the document."""
    if entry["status"] == "error":
        return f"located error at `{entry['where']}`"
    failing = entry.get("mypy_fails")
    return f"ok, mypy fails on {', '.join(failing)}" if failing else "ok"


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache per test process: typeshed is read once, not once per document."""
    return tmp_path_factory.mktemp("mypy-cache")


@pytest.mark.parametrize("name", _cases())
def test_document(name: str, tmp_path: Path, mypy_cache: Path) -> None:
    with _recorded(name) as row:
        _check_document(name, tmp_path, mypy_cache, row)


def _check_document(name: str, tmp_path: Path, mypy_cache: Path, row: dict[str, Any]) -> None:
    entry = EXPECTED[name]
    spec = CORPUS / name
    if entry["status"] == "error":
        _assert_located_error(spec, entry, tmp_path)
        return
    packages = _packages(name)
    config = Config(
        spec=spec,
        out=tmp_path,
        client_package=packages["client"],
        server_package=packages["server"],
        validators_package=packages["validators"],
    )
    started = time.perf_counter()
    generated, model = validated_generate(config, tmp_path)
    row["generate_seconds"] = time.perf_counter() - started
    row["warnings"] = len(model.warnings)
    assert generated == list(packages.values())
    examples = _component_examples(spec)
    verdicts = _import_and_validate(tmp_path, packages, examples)
    assert verdicts == _jsonschema_verdicts(spec, examples), "validators disagree with jsonschema"
    failing = _mypy(tmp_path, packages, mypy_cache)
    assert failing == sorted(entry.get("mypy_fails", [])), f"mypy --strict failed on {failing}"


@contextlib.contextmanager
def _recorded(name: str) -> Iterator[dict[str, Any]]:
    """Time the document's test and record its row of the corpus table, passed or failed."""
    document = load_document(CORPUS / name)
    row: dict[str, Any] = {
        "spec": name,
        "openapi": document.get("openapi"),
        "operations": _operations(document),
        "expected": _result(EXPECTED[name]),
    }
    started = time.perf_counter()
    try:
        yield row
        row["result"] = row["expected"]
    except BaseException as exc:
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        row["result"] = f"FAILED (expected {row['expected']}): {first[:160]}"
        raise
    finally:
        row["seconds"] = time.perf_counter() - started
        row["at"] = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
        _write_row(row)


def _write_row(row: dict[str, Any]) -> None:
    rows = REPORTS / "realworld"
    rows.mkdir(parents=True, exist_ok=True)
    with open(REPORTS / ".realworld.lock", "w", encoding="utf-8") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        (rows / f"{row['spec']}.json").write_text(json.dumps(row), encoding="utf-8")
        known = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(rows.glob("*.json"))]
        table = _report([r for r in known if r["spec"] in EXPECTED])
        scratch = REPORTS / "realworld.md.tmp"
        scratch.write_text(table, encoding="utf-8")
        scratch.replace(REPORTS / "realworld.md")


def _report(rows: list[dict[str, Any]]) -> str:
    def seconds(value: float | None) -> str:
        return "" if value is None else f"{value:.1f}"

    passed = sum(1 for r in rows if r["result"] == r["expected"])
    ok = sum(1 for r in rows if r["result"] == "ok")
    lines = [
        "# The real-world corpus (tests/generator/test_realworld.py)",
        "",
        f"{len(rows)} of {len(EXPECTED)} documents run, {passed} as expected.toml says;"
        f" {ok} ok: all three targets generate, import, pass mypy --strict and agree with"
        " jsonschema on the component examples. Seconds: generating the three targets, then"
        " the whole check (generate, import, validators, mypy --strict).",
        "",
        "| spec | OpenAPI | operations | result | warnings | generate s | total s | run at |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in sorted(rows, key=lambda r: r["spec"]):
        lines.append(
            f"| `{r['spec']}` | {r['openapi']} | {r['operations']} | {r['result']} |"
            f" {r.get('warnings', '')} | {seconds(r.get('generate_seconds'))} |"
            f" {seconds(r['seconds'])} | {r['at']} |"
        )
    return "\n".join(lines) + "\n"


def test_a_broken_corpus_document_fails_with_one_located_line(tmp_path: Path) -> None:
    """The ``error`` status's check, on a corpus document broken on purpose: 3.1's type list
    in a 3.0 document (the one 3.1 form validation tolerates in 3.0 is ``type: 'null'``)."""
    document = load_document(CORPUS / "oai-petstore-expanded.yaml")
    document["components"]["schemas"]["NewPet"]["properties"]["tag"]["type"] = ["string", "null"]
    spec = tmp_path / "broken.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    entry = {"where": "components.schemas.NewPet.properties.tag.type", "message": "not of type"}
    _assert_located_error(spec, entry, tmp_path)


def _assert_located_error(spec: Path, entry: dict[str, Any], tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "--spec", str(spec), "--out", str(tmp_path / "out")],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    errors = [line for line in result.stderr.splitlines() if not line.startswith("warning: ")]
    assert result.returncode == 2, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    assert len(errors) == 1, result.stderr[-3000:]
    prefix = f"{spec}: {entry['where']}: "
    assert errors[0].startswith(prefix), errors[0]
    message = errors[0].removeprefix(prefix)
    assert message.strip() and re.search(entry["message"], message), errors[0]
    assert not (tmp_path / "out").exists()


def _component_examples(spec: Path) -> list[tuple[str, Any]]:
    """``(component, example)`` for every example of a component schema (3.0's ``example``
    is ``examples`` once normalized)."""
    schemas = normalize(load_document(spec)).document.get("components", {}).get("schemas", {})
    found: list[tuple[str, Any]] = []
    for component, schema in schemas.items():
        if isinstance(schema, dict):
            found += [(component, value) for value in schema.get("examples") or []]
            if "example" in schema:  # 3.1 documents may still write it
                found.append((component, schema["example"]))
    return found


_PROBE = """
import importlib, json, sys
names, examples = json.loads(sys.stdin.read())
for name in names:
    importlib.import_module(name)
validators = importlib.import_module(names[-1])
print(json.dumps([validators.is_valid(c, v) for c, v in examples]))
"""


def _import_and_validate(
    out: Path, packages: dict[str, str], examples: list[tuple[str, Any]]
) -> list[bool]:
    """Import the three packages in a fresh interpreter (their folders only on the path), and
    ask the generated validators about each example there."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(str(out / p) for p in packages.values()),
    }
    names = [packages[t] for t in TARGETS]
    result = subprocess.run(
        [sys.executable, "-c", _PROBE],
        input=json.dumps([names, examples]),
        env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    verdicts: list[bool] = json.loads(result.stdout)
    return verdicts


def _jsonschema_verdicts(spec: Path, examples: list[tuple[str, Any]]) -> list[bool]:
    document = normalize(load_document(spec)).document
    registry: Registry[Any] = Registry().with_resource(
        "urn:doc", DRAFT202012.create_resource(document)
    )
    verdicts = []
    for component, value in examples:
        pointer = "/".join(p.replace("~", "~0").replace("/", "~1") for p in (component,))
        validator = jsonschema.Draft202012Validator(
            {"$ref": f"urn:doc#/components/schemas/{pointer}"}, registry=registry
        )
        verdicts.append(validator.is_valid(value))
    return verdicts


def _mypy(out: Path, packages: dict[str, str], cache: Path) -> list[str]:
    """The targets whose package fails ``mypy --strict`` (one mypy run for the three)."""
    env = {**os.environ, "MYPYPATH": os.pathsep.join(str(out / p) for p in packages.values())}
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache)]
    for package in packages.values():
        command += ["-p", package]
    result = subprocess.run(
        command, cwd=out, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    if result.returncode == 0:
        return []
    failing = sorted(
        target
        for target, package in packages.items()
        if re.search(rf"^{re.escape(package)}/.*: error:", result.stdout, re.MULTILINE)
    )
    assert failing, f"mypy failed without an error in a package:\n{result.stdout[-3000:]}"
    return failing
