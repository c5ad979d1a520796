"""The README's example runs as written: served by uvicorn, it answers the spec's example; what
it says about the handler's request holds for every parameter of the spec."""

from __future__ import annotations

import re
from typing import Any

import httpx
from pinpoint_server import (
    GetCampaignActivitiesRequest,
    GetCampaignActivitiesResponse,
    HandlersBase,
    RawJSON,
    create_app,
)

from generator.naming import snake
from tests.server.support import GENERATED, serve
from tests.spec.common import deref, effective_parameters, load_spec

README = (GENERATED / "README.md").read_text(encoding="utf-8")
SPEC = load_spec()
PATH, PATH_ITEM = next((p, item) for p, item in SPEC["paths"].items() if "get" in item)
PARAMETERS = effective_parameters(SPEC, PATH_ITEM, PATH_ITEM["get"])
# The conversions the README states, by schema type.
PYTHON_TYPES = {"string": str, "integer": int, "number": float, "boolean": bool}


def resource(first: str = "a") -> str:
    """The GET path with each path parameter filled in, the first one with ``first``."""
    names = [p["name"] for p in PARAMETERS if p["in"] == "path"]
    values = {name: (first if i == 0 else f"p{i}") for i, name in enumerate(names)}
    return re.sub(r"\{([^}]+)\}", lambda m: values[m[1]], PATH)


def success_example() -> Any:
    """The example of the GET's success schema, which the README's handler returns."""
    media = deref(SPEC, PATH_ITEM["get"]["responses"]["200"])["content"]["application/json"]
    return deref(SPEC, media["schema"])["example"]


def example(after: str) -> str:
    section = README[README.index(after) :]
    match = re.search(r"```python\n(.*?)```", section, re.S)
    assert match is not None
    return match.group(1)


def test_readme_example_serves_the_spec_example() -> None:
    namespace: dict[str, Any] = {"__name__": "readme_example"}
    exec(compile(example("## Example"), "README.md", "exec"), namespace)
    with serve(namespace["app"]) as url, httpx.Client(base_url=url) as client:
        response = client.get(resource())
        assert response.status_code == 200
        assert response.json() == success_example()
        missing = client.get(resource("missing"))
        assert missing.headers["x-amzn-errortype"] == "NotFoundException"


def test_readme_guards_example_refuses_unsigned_calls() -> None:
    namespace: dict[str, Any] = {"__name__": "readme_example"}
    exec(compile(example("## Example"), "README.md", "exec"), namespace)
    exec(compile(example("## Guards"), "README.md", "exec"), namespace)
    with serve(namespace["app"]) as url, httpx.Client(base_url=url) as client:
        refused = client.get(resource())
        assert refused.headers["x-amzn-errortype"] == "ForbiddenException"
        signed = client.get(resource(), headers={"Authorization": "x"})
        assert signed.status_code == 200
        assert client.options(resource()).status_code == 200


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


def test_readme_says_how_parameters_convert() -> None:
    """Each parameter, sent with its example, reaches the handler as the README says its schema
    type converts; an absent optional one is None."""
    assert "converted by the `type` of its schema" in README
    seen: list[GetCampaignActivitiesRequest] = []

    class Service(HandlersBase):
        async def get_campaign_activities(
            self, request: GetCampaignActivitiesRequest
        ) -> GetCampaignActivitiesResponse:
            seen.append(request)
            return GetCampaignActivitiesResponse(RawJSON(b'{"Item":[]}'))

    path = PATH
    for p in (p for p in PARAMETERS if p["in"] == "path"):
        path = path.replace("{" + p["name"] + "}", str(p["example"]))
    query = {p["name"]: str(p["example"]) for p in PARAMETERS if p["in"] == "query"}
    headers = {p["name"]: str(p["example"]) for p in PARAMETERS if p["in"] == "header"}
    with serve(create_app(Service())) as base, httpx.Client(base_url=base) as client:
        assert client.get(path, params=query, headers=headers).status_code == 200
        del client.headers["accept"]  # httpx's default header would fill an optional parameter
        assert client.get(resource()).status_code == 200
    full, bare = seen
    for p in PARAMETERS:
        kind = PYTHON_TYPES[deref(SPEC, p["schema"])["type"]]
        value = getattr(full, snake(p["name"]))
        assert type(value) is kind and value == kind(p["example"]), p["name"]
        if not p.get("required"):
            assert getattr(bare, snake(p["name"])) is None, p["name"]
