"""The server target on a spec unlike Pinpoint's (tests/server/specs/widgets.yaml), over HTTP.

Typed and array parameters, request bodies, several success statuses, HEAD, two parameters in
one segment, paths without OPTIONS, and an error schema spelled ``message``/``request_id``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.server.support import ROOT, generate_server, import_generated, serve

SPEC = ROOT / "tests" / "server" / "specs" / "widgets.yaml"


@pytest.fixture(scope="module")
def widgets(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return import_generated(generate_server(SPEC, tmp_path_factory.mktemp("widgets")))


def make_handlers(pkg: ModuleType) -> Any:
    errors = __import__(f"{pkg.__name__}.errors", fromlist=["x"])

    class Widgets(pkg.HandlersBase):  # type: ignore[name-defined,misc]
        def __init__(self) -> None:
            self.seen: dict[str, Any] = {}

        async def list_widgets(self, request: Any) -> Any:
            self.seen[request.context.request_id] = request
            return pkg.ListWidgetsResponse(body={"items": [], "next": None})

        async def create_widget(self, request: Any) -> Any:
            self.seen[request.context.request_id] = request
            if request.body["name"] == "taken":
                raise errors.ConflictException("exists")
            widget = {**request.body, "id": 7}
            return pkg.CreateWidgetResponse(body=widget, headers={"Location": "/widgets/7"})

        async def get_widget(self, request: Any) -> Any:
            self.seen[request.context.request_id] = request
            if request.widget_id == 404:
                raise errors.WidgetNotFound("no such widget")
            return pkg.GetWidgetResponse(body={"id": request.widget_id, "name": "w"})

        async def replace_widget(self, request: Any) -> Any:
            self.seen[request.context.request_id] = request
            if request.body is None:
                return pkg.ReplaceWidgetResponse(status=204)
            return pkg.ReplaceWidgetResponse(body={**request.body, "id": request.widget_id})

        async def delete_widget(self, request: Any) -> Any:
            self.seen[request.context.request_id] = request
            return pkg.DeleteWidgetResponse(status=204)

        async def head_widget(self, request: Any) -> Any:
            self.seen[request.context.request_id] = request
            return pkg.HeadWidgetResponse()

        async def get_file(self, request: Any) -> Any:
            self.seen[request.context.request_id] = request
            return pkg.GetFileResponse(body={"title": f"{request.name}.{request.ext}"})

    return Widgets()


@pytest.fixture(scope="module")
def served(widgets: ModuleType) -> Iterator[tuple[httpx.Client, Any]]:
    handlers = make_handlers(widgets)
    with (
        serve(widgets.create_app(handlers, validate_responses=True)) as url,
        httpx.Client(base_url=url) as client,
    ):
        yield client, handlers


def seen(served: tuple[httpx.Client, Any], response: httpx.Response) -> Any:
    return served[1].seen[response.headers["x-amzn-requestid"]]


def error(response: httpx.Response, status: int, error_type: str) -> str:
    assert response.status_code == status, response.text
    assert response.headers["x-amzn-errortype"] == error_type
    body = response.json()
    assert list(body) == ["request_id", "message"]  # the spec's spelling of the error body
    assert body["request_id"] == response.headers["x-amzn-requestid"]
    message: str = body["message"]
    return message


def test_query_parameters_convert_to_their_types(served: tuple[httpx.Client, Any]) -> None:
    client, _ = served
    response = client.get(
        "/widgets?limit=10&tag=red&tag=blue&active=false&ratio=0.5",
        headers={"X-Trace-Id": "0a1b2c3d"},
    )
    assert response.status_code == 200, response.text
    request = seen(served, response)
    assert (request.limit, request.tag, request.active, request.ratio) == (
        10,
        ["red", "blue"],
        False,
        0.5,
    )
    assert request.x_trace_id == "0a1b2c3d"
    assert type(request.limit) is int and type(request.ratio) is float


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("limit=ten", "Invalid value for query parameter 'limit': 'ten' is not an integer"),
        ("limit=1.5", "Invalid value for query parameter 'limit': '1.5' is not an integer"),
        ("limit=0", "Invalid value for query parameter 'limit': "),
        ("limit=101", "Invalid value for query parameter 'limit': "),
        ("active=yes", "Invalid value for query parameter 'active': 'yes' is not true or false"),
        ("ratio=nan", "Invalid value for query parameter 'ratio': 'nan' is not a number"),
        ("ratio=0", "Invalid value for query parameter 'ratio': "),
        ("tag=red&tag=pink", "Invalid value for query parameter 'tag' (item 1): "),
        ("tag=", "query parameter 'tag' must not be blank"),
    ],
)
def test_query_parameter_errors(served: tuple[httpx.Client, Any], query: str, message: str) -> None:
    response = served[0].get(f"/widgets?{query}")
    assert error(response, 400, "ValidationException").startswith(message)


def test_header_parameter_pattern_and_required_header(served: tuple[httpx.Client, Any]) -> None:
    client, _ = served
    response = client.get("/widgets", headers={"X-Trace-Id": "nothex!!"})
    assert error(response, 400, "ValidationException").startswith(
        "Invalid value for header parameter 'X-Trace-Id': "
    )
    response = client.get("/widgets/3")
    assert (
        error(response, 400, "ValidationException")
        == "header parameter 'If-None-Match' is required"
    )
    response = client.get("/widgets/3", headers={"If-None-Match": "x"})
    assert response.json() == {"id": 3, "name": "w"}


def test_integer_path_parameter(served: tuple[httpx.Client, Any]) -> None:
    client, _ = served
    assert error(client.delete("/widgets/abc"), 400, "ValidationException").startswith(
        "Invalid value for path parameter 'widgetId': 'abc' is not an integer"
    )
    assert error(client.delete("/widgets/0"), 400, "ValidationException").startswith(
        "Invalid value for path parameter 'widgetId': "
    )
    response = client.get("/widgets/404", headers={"If-None-Match": "x"})
    assert error(response, 404, "WidgetNotFound") == "no such widget"


def test_request_body(served: tuple[httpx.Client, Any]) -> None:
    client, _ = served
    widget = {"name": "gear", "class": "tool", "size": {"width": 2, "height": None}}
    response = client.post("/widgets", json=widget)
    assert response.status_code == 201, response.text
    assert response.headers["location"] == "/widgets/7"
    assert response.json() == {**widget, "id": 7}
    assert seen(served, response).body == widget

    assert error(client.post("/widgets", content=b"{"), 400, "ValidationException").startswith(
        "The request body is not valid JSON"
    )
    assert error(client.post("/widgets", content=b"NaN"), 400, "ValidationException").startswith(
        "The request body is not valid JSON"
    )
    assert (
        error(client.post("/widgets"), 400, "ValidationException")
        == "The request body is required."
    )
    message = error(
        client.post("/widgets", json={"name": "x", "size": {}}), 400, "ValidationException"
    )
    assert message.startswith("Invalid request body at /size: ")
    assert (
        error(client.post("/widgets", json={"name": "taken"}), 409, "ConflictException") == "exists"
    )


def test_optional_body_and_statuses_without_content(served: tuple[httpx.Client, Any]) -> None:
    client, _ = served
    response = client.put("/widgets/5")
    assert (response.status_code, response.content) == (204, b"")
    assert "content-type" not in response.headers
    response = client.put("/widgets/5", json={"name": "n"})
    assert response.json() == {"name": "n", "id": 5}
    assert client.delete("/widgets/5").status_code == 204


def test_declared_head(served: tuple[httpx.Client, Any]) -> None:
    client, _ = served
    response = client.head("/widgets/5")
    assert response.status_code == 200
    response = client.head("/widgets")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, POST"


def test_two_parameters_in_one_segment(served: tuple[httpx.Client, Any]) -> None:
    client, _ = served
    response = client.get("/files/report.v2.json")
    assert response.status_code == 200, response.text
    request = seen(served, response)
    assert (request.name, request.ext) == ("report.v2", "json")
    assert error(client.get("/files/report.pdf"), 400, "ValidationException").startswith(
        "Invalid value for path parameter 'ext': "
    )


def test_preflight_on_paths_without_options(served: tuple[httpx.Client, Any]) -> None:
    client, _ = served
    response = client.options(
        "/widgets", headers={"Origin": "https://x.example", "Access-Control-Request-Method": "POST"}
    )
    assert response.status_code == 200
    assert response.headers["access-control-allow-methods"] == "GET, POST"
    allowed = response.headers["access-control-allow-headers"]
    assert "X-Trace-Id" in allowed and "X-Api-Key" in allowed  # a header parameter, an API key
    assert error(client.options("/widgets"), 405, "MethodNotAllowedException").startswith(
        "Method OPTIONS"
    )


def test_generic_errors_for_undeclared_statuses(served: tuple[httpx.Client, Any]) -> None:
    assert error(served[0].get("/nope"), 404, "WidgetNotFound")  # the spec's 404 name
    assert error(served[0].patch("/widgets"), 405, "MethodNotAllowedException")


def test_validate_responses_checks_required_headers(widgets: ModuleType, tmp_path: Path) -> None:
    class Forgetful(make_handlers(widgets).__class__):  # type: ignore[misc]
        async def create_widget(self, request: Any) -> Any:
            return widgets.CreateWidgetResponse(body={**request.body, "id": 1}, status=201)

    with serve(widgets.create_app(Forgetful(), validate_responses=True)) as url:
        response = httpx.post(url + "/widgets", json={"name": "x"})
    assert response.status_code == 500
    assert json.loads(response.content)["message"] == "Internal server error"


def test_bound_values_are_kept_but_lists_are_never_shared(
    served: tuple[httpx.Client, Any], widgets: ModuleType
) -> None:
    client, _ = served
    binding = __import__(f"{widgets.__name__}._binding", fromlist=["x"])
    first = seen(served, client.get("/widgets?limit=3&tag=red"))
    second = seen(served, client.get("/widgets?limit=3&tag=red"))
    assert first.tag == second.tag == ["red"] and first.tag is not second.tag
    assert not hasattr(binding, "_queries_list_widgets")  # an array parameter: parsed anew
    one = seen(served, client.get("/widgets/5", headers={"If-None-Match": "x"}))
    again = seen(served, client.get("/widgets/5", headers={"If-None-Match": "y"}))
    assert (one.widget_id, one.if_none_match) == (5, "x")
    assert (again.widget_id, again.if_none_match) == (5, "y")  # headers are read every time
    assert list(binding._paths_get_widget.values()).count((5,)) == 1
    # A 400 is never kept: the same bad value is refused each time, with the same message.
    messages = {error(client.delete("/widgets/abc"), 400, "ValidationException") for _ in "12"}
    assert len(messages) == 1 and "'abc' is not an integer" in messages.pop()
