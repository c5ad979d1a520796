"""The contract suite against the mock (in-process, over HTTP, signed) and against broken servers.

Each run is the real ``make contract`` code path (tests/contract/run.py driving the pinned
schemathesis CLI) with its reports in a temporary directory; the assertions read the summary that
run.py builds from schemathesis' own reports.
"""

from __future__ import annotations

import ast
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
import requests
from botocore.credentials import Credentials
from hypothesis import given
from hypothesis import strategies as st

from tests.contract import names, run, sigv4, target
from tests.contract.variants import VARIANTS
from tests.support.postgres import PostgresServer
from tests.support.servers import APPLICATION_ID, CAMPAIGN_ID

SEED = 20261030
CHECKS_PATH = Path(__file__).with_name("checks.py")
# schemathesis' max examples per operation and phase; the fuzzing of GetCampaignActivities alone
# then yields ~1,000 checked cases.
EXAMPLES = 1000
MIN_CHECKED_CASES = 1000
# Enough for every defect to show, and fast: the broken runs only have to fail. They continue
# after a failure, so every check that notices the defect gets to say so.
VARIANT_EXAMPLES = 100
VARIANT_ARGS = ("--no-shrink", "--continue-on-failure")
# Runs are subprocesses that mostly wait on each other (client and server); two at a time use
# two cores. Under pytest-xdist each test runs its own, as the worker's share is unknown upfront.
PARALLEL_RUNS = 2

STORES = ("sqlite", "postgresql")  # the mock's runs: on each store, as its --db
STORE_LABELS = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
MOCK_RUNS: dict[str, dict[str, Any]] = {
    "test_mock_in_process": {"asgi": target.DEFAULT_TARGET, "examples": EXAMPLES},
    "test_mock_in_process_sigv4": {
        "asgi": target.DEFAULT_TARGET,
        "auth": "sigv4",
        "examples": EXAMPLES,
    },
    "test_mock_over_http": {"examples": EXAMPLES},
    "test_mock_over_http_sigv4": {"auth": "sigv4", "examples": EXAMPLES},
}
RUNS: dict[str, dict[str, Any]] = {
    **{
        f"{name}[{store}]": {**options, "store": store}
        for name, options in MOCK_RUNS.items()
        for store in STORES
    },
    **{
        f"test_broken_variant_is_caught[{name}]": {
            "asgi": f"tests.contract.variants:{name}",
            "examples": VARIANT_EXAMPLES,
            "extra_args": VARIANT_ARGS,
        }
        for name in sorted(VARIANTS)
    },
}

Runs = Callable[[str], run.Result]


@pytest.fixture(scope="module")
def contract_runs(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Runs]:
    """``get(test name)``: the result of that test's contract run, started early in a pool."""
    futures: dict[str, Future[run.Result]] = {}
    unrunnable: dict[str, BaseException] = {}  # a PostgreSQL run's skip (or failure under CI)
    xdist = "PYTEST_XDIST_WORKER" in os.environ
    pool = ThreadPoolExecutor(max_workers=1 if xdist else PARALLEL_RUNS)

    def submit(name: str) -> None:
        directory = tmp_path_factory.mktemp("contract") / "reports"
        settings = dict(RUNS[name])
        if settings.pop("store", "sqlite") == "postgresql":
            try:
                settings["db"] = postgres_database(request)
            except (pytest.skip.Exception, pytest.fail.Exception) as outcome:
                unrunnable[name] = outcome
                return
        options = run.Options(seed=SEED, report_dir=directory, quiet=True, **settings)
        futures[name] = pool.submit(run.run, options)

    if not xdist:
        for item in request.session.items:
            if item.name in RUNS and item.name not in futures:
                submit(item.name)

    def get(name: str) -> run.Result:
        if name not in futures and name not in unrunnable:
            submit(name)
        if name in unrunnable:
            raise unrunnable[name]
        return futures[name].result()

    yield get
    pool.shutdown(cancel_futures=True)


def postgres_database(request: pytest.FixtureRequest) -> str:
    """A fresh database on the session's PostgreSQL server (skips as ``store_url`` does)."""
    server: PostgresServer = request.getfixturevalue("postgres_server")
    return server.create_database()


def explain(result: run.Result) -> str:
    """The end of the CLI output and the summary, for an assertion message."""
    return f"{result.output[-6000:]}\n{result.summary.to_text()}"


def assert_clean_run(result: run.Result, *, auth: str) -> None:
    """A passing run that exercised what it claims: 1,000+ checked cases, every check, JUnit."""
    summary = result.summary
    assert result.exit_code == 0, explain(result)
    assert summary.ok and not summary.failed_checks, explain(result)
    assert summary.checked_cases >= MIN_CHECKED_CASES, explain(result)
    # The summary's counts are schemathesis' own: its CLI line, rebuilt, and a partition of it.
    assert summary.reconciles, explain(result)
    assert f"  {summary.schemathesis_line()}\n" in result.output, explain(result)
    if any(w.startswith("validation_mismatch:") for w in summary.warnings):
        by_data = summary.checked_by_data
        assert (
            by_data.get("negative 400", 0) + by_data.get("positive 400", 0)
            == (summary.checked_by_status["400"])
        )
        assert "Expected, not a defect." in summary.to_text()
    assert {"200", "400", "405"} <= set(summary.checked_by_status), explain(result)
    assert summary.phases["examples"] == "success"
    assert summary.phases["coverage"] == "success"
    assert summary.phases["fuzzing"] == "success"
    assert summary.phases["stateful"].startswith("skip"), "the spec has no links"
    expected = set(names.CUSTOM_CHECKS) - (set() if auth == "sigv4" else names.SIGV4_ONLY_CHECKS)
    missing = {name for name in expected if not summary.checks.get(name, {}).get("success")}
    assert not missing, f"custom checks that never passed a case: {missing}\n{explain(result)}"
    # The probes of the custom checks reached the unknown resources and the following pages.
    assert summary.followups_by_status.get("404", 0) >= 2
    assert summary.followups_by_status.get("200", 0) >= 1
    junit = ET.parse(result.report_dir / "junit.xml").getroot()
    assert list(junit.iter("testcase")), "the JUnit report lists no test case"
    text = (result.report_dir / "summary.txt").read_text(encoding="utf-8")
    assert "Contract run: PASSED" in text


def assert_signed_run(result: run.Result) -> None:
    """Signed cases were accepted, unsigned or garbled ones refused: the auth checks had work."""
    assert_clean_run(result, auth="sigv4")
    summary = result.summary
    assert summary.checks["sigv4_accepted"]["success"] >= MIN_CHECKED_CASES
    assert summary.checks["unsigned_request_forbidden"]["success"] >= 1
    assert summary.checks["ignored_auth"]["success"] >= 1
    assert summary.checked_by_status.get("403", 0) >= 1
    assert summary.followups_by_status.get("403", 0) >= 2, "ignored_auth's unsigned probes"


on_each_store = pytest.mark.parametrize("store", STORES)


@pytest.mark.slow
@on_each_store
def test_mock_in_process(contract_runs: Runs, store: str) -> None:
    result = contract_runs(f"test_mock_in_process[{store}]")
    assert_clean_run(result, auth="none")
    assert result.summary.target.endswith(f"({STORE_LABELS[store]})")


@pytest.mark.slow
@on_each_store
def test_mock_in_process_sigv4(contract_runs: Runs, store: str) -> None:
    assert_signed_run(contract_runs(f"test_mock_in_process_sigv4[{store}]"))


@pytest.mark.slow
@on_each_store
def test_mock_over_http(contract_runs: Runs, store: str) -> None:
    result = contract_runs(f"test_mock_over_http[{store}]")
    assert_clean_run(result, auth="none")
    assert (
        result.summary.target == f"mock server (python -m mockserver serve, {STORE_LABELS[store]})"
    )


@pytest.mark.slow
@on_each_store
def test_mock_over_http_sigv4(contract_runs: Runs, store: str) -> None:
    assert_signed_run(contract_runs(f"test_mock_over_http_sigv4[{store}]"))


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_broken_variant_is_caught(contract_runs: Runs, name: str) -> None:
    variant = VARIANTS[name]
    result = contract_runs(f"test_broken_variant_is_caught[{name}]")
    failed = result.summary.failed_checks
    assert result.exit_code != 0, f"{variant.description} went unnoticed\n{explain(result)}"
    assert variant.must_fail <= failed, (
        f"{variant.description}: expected failures of {sorted(variant.must_fail)}, "
        f"got {sorted(failed)}\n{explain(result)}"
    )


# Fast tests of the harness itself -----------------------------------------------------------------


def test_every_relaxation_has_a_reason() -> None:
    """A check relaxed in schemathesis.toml has a "# RELAXATION <check>" comment just above."""
    lines = run.CONFIG.read_text(encoding="utf-8").splitlines()
    relaxed = re.compile(r"^checks\.(\w+)\.(enabled\s*=\s*false|expected-statuses\s*=)")
    found = []
    for index, line in enumerate(lines):
        match = relaxed.match(line.strip())
        if match:
            comment = []
            for previous in reversed(lines[:index]):
                if not previous.startswith("#"):
                    break
                comment.append(previous)
            assert any(f"RELAXATION {match.group(1)}" in c for c in comment), line
            found.append(match.group(1))
    assert found == ["positive_data_acceptance", "missing_required_header"]
    # The options run.py adds for --auth none are the ones the config documents.
    text = "\n".join(lines)
    pairs = zip(run.UNAUTHENTICATED_ARGS[::2], run.UNAUTHENTICATED_ARGS[1::2], strict=True)
    for option, value in pairs:
        assert f"#   {option} {value}" in text


def test_ids_replace_the_pinned_ones(tmp_path: Path) -> None:
    config = run.effective_config(("a" * 32, "b" * 32), tmp_path / "st.toml").read_text()
    assert '"path.application-id" = "' + "a" * 32 + '"' in config
    assert '"path.campaign-id" = "' + "b" * 32 + '"' in config
    assert APPLICATION_ID not in config and CAMPAIGN_ID not in config


def test_signing_name_is_the_specs() -> None:
    assert f"x-aws-signing-name: {sigv4.SIGNING_NAME}" in run.SPEC.read_text(encoding="utf-8")


@given(st.lists(st.tuples(st.text(), st.text()), max_size=4))
def test_canonical_query_keeps_the_parameters(params: list[tuple[str, str]]) -> None:
    """Re-encoding the query for SigV4 sends the same parameters, in RFC 3986 encoding."""
    url = requests.Request("GET", "http://h/p", params=params).prepare().url
    assert url is not None
    canonical = sigv4.canonical_query_url(url)
    before = parse_qsl(urlsplit(url).query, keep_blank_values=True)
    after = parse_qsl(urlsplit(canonical).query, keep_blank_values=True)
    assert before == after
    assert "+" not in urlsplit(canonical).query
    assert sigv4.canonical_query_url(canonical) == canonical


def test_signature_covers_the_final_url() -> None:
    """The signer signs what is sent: another query gives another signature."""
    auth = sigv4.SigV4RequestsAuth(Credentials("AKIDEXAMPLE", "secret"), "us-east-1")
    signed = [
        auth(requests.Request("GET", "http://h/p", params={"token": value}).prepare())
        for value in ("a b", "a+b")
    ]
    assert all(str(s.headers["Authorization"]).startswith("AWS4-HMAC-SHA256 ") for s in signed)
    assert signed[0].url == "http://h/p?token=a%20b"
    assert signed[0].headers["Authorization"] != signed[1].headers["Authorization"]


def test_custom_checks_are_listed_and_not_imported_here() -> None:
    """names.CUSTOM_CHECKS is every registered check, and pytest never registers them itself
    (that would add probing checks to every other schemathesis test of the session)."""
    tree = ast.parse(Path(CHECKS_PATH).read_text(encoding="utf-8"))
    registered = [
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef | ast.ClassDef)
        and any(ast.unparse(d) == "schemathesis.check" for d in node.decorator_list)
    ]
    assert sorted(registered) == sorted(names.CUSTOM_CHECKS)
    assert "tests.contract.checks" not in sys.modules
