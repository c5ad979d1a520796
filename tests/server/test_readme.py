"""The README's example runs as written: served by uvicorn, it answers the spec's example."""

from __future__ import annotations

import re
from typing import Any

import httpx

from tests.server.support import GENERATED, serve

README = (GENERATED / "README.md").read_text(encoding="utf-8")


def example(after: str) -> str:
    section = README[README.index(after) :]
    match = re.search(r"```python\n(.*?)```", section, re.S)
    assert match is not None
    return match.group(1)


def test_readme_example_serves_the_spec_example() -> None:
    namespace: dict[str, Any] = {"__name__": "readme_example"}
    exec(compile(example("## Example"), "README.md", "exec"), namespace)
    with serve(namespace["app"]) as url, httpx.Client(base_url=url) as client:
        response = client.get("/v1/apps/a/campaigns/b/activities")
        assert response.status_code == 200
        assert response.json()["Item"][0]["Id"] == "0d6d5b27a4f54f3a9ce2b3a7d1e8f901"
        missing = client.get("/v1/apps/missing/campaigns/b/activities")
        assert missing.headers["x-amzn-errortype"] == "NotFoundException"


def test_readme_guards_example_refuses_unsigned_calls() -> None:
    namespace: dict[str, Any] = {"__name__": "readme_example"}
    exec(compile(example("## Example"), "README.md", "exec"), namespace)
    exec(compile(example("## Guards"), "README.md", "exec"), namespace)
    with serve(namespace["app"]) as url, httpx.Client(base_url=url) as client:
        refused = client.get("/v1/apps/a/campaigns/b/activities")
        assert refused.headers["x-amzn-errortype"] == "ForbiddenException"
        signed = client.get("/v1/apps/a/campaigns/b/activities", headers={"Authorization": "x"})
        assert signed.status_code == 200
        assert client.options("/v1/apps/a/campaigns/b/activities").status_code == 200


def test_readme_documents_the_interface() -> None:
    for topic in (
        "pip install generated/pinpoint_server",
        "uvicorn.run(app",
        "Mount(",
        "api.mount(",
        "X-Amzn-ErrorType",
        "x-amzn-RequestId",
        "guards=[",
        "validate_responses=True",
        "Retry-After",
    ):
        assert topic in README, topic
