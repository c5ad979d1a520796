"""The README's campaign-run examples run as written: the Python block against a MockServer of
its own, the curl block's run body posted to a served mock (and accepted)."""

from __future__ import annotations

import re
import shlex

import httpx

from tests.support.servers import RunningServer
from tests.testing.readme import README, _python_block_after

TEXT = README.read_text(encoding="utf-8")


def test_the_readme_python_example_polls_until_completed() -> None:
    code = _python_block_after(TEXT, "<!-- the runs example: tests/runs/test_readme.py")
    exec(compile(code, "README.md", "exec"), {"__name__": "readme_runs"})


def test_the_readme_curl_example_is_accepted(server: RunningServer) -> None:
    start = TEXT.index("<!-- the runs curl: tests/runs/test_readme.py")
    block = re.compile(r"```sh\n(.*?)```", re.S).search(TEXT, start)
    assert block is not None
    commands = [shlex.split(line) for line in block[1].replace("\\\n", " ").splitlines()]
    with httpx.Client() as http:
        http.post(f"{server.url}/_mock/reset")
        for words in commands:
            method = words[words.index("-X") + 1]
            url = next(w for w in words if w.startswith("localhost:8080"))
            body = words[words.index("-d") + 1] if "-d" in words else None
            answer = http.request(
                method,
                "http://" + url.replace("localhost:8080", server.url.removeprefix("http://")),
                content=body,
                headers={"Content-Type": "application/json"} if body else None,
            )
            assert answer.status_code in (200, 201), answer.text
        run = answer.json()
        assert run["Schedule"]["Frequency"] == "DAILY"
        assert run["ActivityCount"] == 7  # the StartTime is past by real time: all appeared
