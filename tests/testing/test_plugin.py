"""The pytest plugin, run as a user runs it: a pytest subprocess on a small project, with
pytest-xdist (-n 2), the plugin found through its entry point like any installed plugin."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from mockserver.testing import MODES
from tests.testing.readme import api_example, example_test

pytest_plugins = ["pytester"]  # here, not in a conftest: pytest refuses it in nested ones
# Plugins of this repository's dev environment that a user's has not, off for speed (their
# imports cost each pytest process about two seconds of CPU).
UNRELATED = ("-p", "no:schemathesis", "-p", "no:hypothesispytest")

# Each test checks that it starts from an empty mock, adds data under the same fixed IDs (a
# leftover of another test, or of the other worker running the same test at the same time,
# would show up as more activities), and records its server.
ISOLATION_TESTS = textwrap.dedent(
    """
    import json, os
    from pathlib import Path

    import pytest

    @pytest.mark.parametrize("n", range(8))
    def test_sees_only_its_own_data(pinpoint_mock, n):
        assert pinpoint_mock.admin.list_applications().item == []
        app = pinpoint_mock.add_application(id="shared-app")
        campaign = pinpoint_mock.add_campaign(app, id="shared-campaign")
        pinpoint_mock.add_activities(app, campaign, [{} for _ in range(n + 1)])
        page = pinpoint_mock.boto3_client().get_campaign_activities(
            ApplicationId="shared-app", CampaignId="shared-campaign", PageSize="20"
        )
        assert len(page["ActivitiesResponse"]["Item"]) == n + 1
        record = {"worker": os.environ.get("PYTEST_XDIST_WORKER", "main"),
                  "url": pinpoint_mock.url, "db": str(pinpoint_mock.db)}
        Path(os.environ["RECORDS"], f"{record['worker']}-{n}.json").write_text(json.dumps(record))
    """
)


def _outcomes(result: pytest.RunResult) -> dict[str, int]:
    return result.parseoutcomes()


@pytest.mark.parametrize("mode", MODES)
def test_xdist_workers_get_isolated_servers(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    name, code = example_test()
    pytester.makepyfile(**{Path(name).stem: code, "test_isolation": ISOLATION_TESTS})
    records = pytester.mkdir("records")
    monkeypatch.setenv("RECORDS", str(records))
    # --dist each: both workers run every test, at the same time, with the same IDs.
    result = pytester.runpytest_subprocess(
        *UNRELATED, "-n", "2", "--dist", "each", f"--pinpoint-mock-mode={mode}"
    )
    example_count = code.count("\ndef test_")
    assert _outcomes(result) == {"passed": 2 * (8 + example_count)}, result.stdout.str()
    seen = [json.loads(path.read_text()) for path in records.iterdir()]
    assert len(seen) == 2 * 8
    by_worker: dict[str, set[tuple[str, str]]] = {}
    for record in seen:
        by_worker.setdefault(record["worker"], set()).add((record["url"], record["db"]))
    assert set(by_worker) == {"gw0", "gw1"}, by_worker
    assert all(len(servers) == 1 for servers in by_worker.values())  # one server a session
    urls, dbs = zip(*(next(iter(s)) for s in by_worker.values()), strict=True)
    assert len(set(urls)) == len(set(dbs)) == 2  # a port and a database each


def test_a_session_without_the_fixture_starts_nothing(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_plain="""
        import sys, threading

        def test_plain():
            assert "mockserver.testing" not in sys.modules
            assert not [t for t in threading.enumerate() if t.name == "pinpoint-mock"]
        """
    )
    result = pytester.runpytest_subprocess(*UNRELATED, "-p", "no:cacheprovider")
    assert _outcomes(result) == {"passed": 1}, result.stdout.str()


def test_the_demo_setting_resets_to_the_demo_data(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\npinpoint_mock_demo = true\n")
    pytester.makepyfile(
        test_demo="""
        from mockserver.seed import DEMO_APPLICATION_ID

        def test_demo(pinpoint_mock):
            ids = [a.application_id for a in pinpoint_mock.admin.list_applications().item]
            assert DEMO_APPLICATION_ID in ids
        """
    )
    result = pytester.runpytest_subprocess(*UNRELATED)
    assert _outcomes(result) == {"passed": 1}, result.stdout.str()


def test_an_unknown_mode_is_a_usage_error(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_any="def test_any(pinpoint_mock):\n    pass\n")
    result = pytester.runpytest_subprocess(*UNRELATED, "--pinpoint-mock-mode=fork")
    assert "pinpoint_mock_mode must be one of thread, subprocess: 'fork'" in result.stdout.str()
    assert result.ret != 0


def test_the_readme_api_example_runs() -> None:
    exec(compile(api_example(), "README.md", "exec"), {})
