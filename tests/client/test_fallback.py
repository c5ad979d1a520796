"""Operations openapi-python-client leaves out are still methods of the high-level client.

``fixtures/dropped.yaml`` has a recursive union (``Node``) that the tool cannot build: it omits
the responses and bodies that use it and every model that refers to it. The client target still
gives each operation its method, typed with ``shapes`` and checked with the embedded validators,
and warns at each one. The client and the server stub are generated from that spec and talk over
real HTTP on 127.0.0.1. A second spec makes the tool generate nothing at all.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import jsonschema
import pytest
import yaml
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from generator.config import Config
from generator.pipeline import validated_generate
from tests.server.support import serve
from tests.support.servers import ROOT

SPEC = ROOT / "tests" / "client" / "fixtures" / "dropped.yaml"
DOCUMENT: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = DOCUMENT["components"]["schemas"]
PREFIX = "#/components/schemas/"
MYPY = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--no-error-summary"]


def _refs(node: Any) -> set[str]:
    """The components ``node`` refers to directly."""
    if isinstance(node, dict):
        found = (
            {node["$ref"][len(PREFIX) :]} if str(node.get("$ref", "")).startswith(PREFIX) else set()
        )
        return found.union(*(_refs(v) for v in node.values()))
    if isinstance(node, list):
        return set().union(*(_refs(v) for v in node))
    return set()


def _reach(node: Any) -> set[str]:
    """The components ``node`` refers to, directly or through others."""
    seen: set[str] = set()
    todo = list(_refs(node))
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo += _refs(SCHEMAS[name])
    return seen


# The recursive unions of the spec (what the tool cannot build), and the operations using them.
RECURSIVE = {
    name for name, schema in SCHEMAS.items() if "anyOf" in schema and name in _reach(schema)
}
OPERATIONS = {
    (path, method): op for path, item in DOCUMENT["paths"].items() for method, op in item.items()
}
DROPPED = {key for key, op in OPERATIONS.items() if _reach(op) & RECURSIVE}


@dataclass(frozen=True)
class Generated:
    out: Path
    warnings: tuple[tuple[str, str], ...]
    client: ModuleType
    server: ModuleType


def _import(project: Path) -> ModuleType:
    sys.path.insert(0, str(project))
    try:
        return importlib.import_module(project.name)
    finally:
        sys.path.remove(str(project))


def _generate(spec: Path, out: Path, name: str) -> Generated:
    config = Config(
        spec=spec,
        out=out,
        client_package=f"{name}_client",
        server_package=f"{name}_server",
        only=("client", "server"),
    )
    packages, model = validated_generate(config, out)
    client, server = (_import(out / p) for p in packages)
    return Generated(out, model.warnings, client, server)


@pytest.fixture(scope="module")
def orchard(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    return _generate(SPEC, tmp_path_factory.mktemp("orchard"), "orchard")


def _orchard_handlers(server: ModuleType) -> Any:
    """A real implementation of the orchard: planted trees in a dict, pages of two."""
    responses, errors = server.responses, server.errors

    class Orchard(server.handlers.HandlersBase):  # type: ignore[name-defined,misc]
        def __init__(self) -> None:
            self.trees: dict[str, dict[str, Any]] = {}

        async def plant_tree(self, request: Any) -> Any:
            tree = {"id": f"t{len(self.trees) + 1}", **request.body}
            self.trees[tree["id"]] = tree
            return responses.PlantTreeResponse(tree)

        async def get_tree(self, request: Any) -> Any:
            if request.tree_id == "broken":  # a body the spec does not allow
                first_required = SCHEMAS["Tree"]["required"][0]
                tree = {k: v for k, v in next(iter(self.trees.values())).items()}
                del tree[first_required]
                return responses.GetTreeResponse(responses.RawJSON(json.dumps(tree).encode()))
            if request.tree_id not in self.trees:
                raise errors.NotFoundError(f"no tree {request.tree_id}")
            return responses.GetTreeResponse(self.trees[request.tree_id])

        async def list_trees(self, request: Any) -> Any:
            ids = sorted(self.trees, key=lambda i: int(i[1:]))
            start = ids.index(request.next_token) if request.next_token else 0
            page = ids[start : start + 2]
            after = ids[start + 2] if start + 2 < len(ids) else None
            return responses.ListTreesResponse(
                {"items": [self.trees[i] for i in page], "NextToken": after}
            )

        async def get_health(self, request: Any) -> Any:
            return responses.GetHealthResponse({"ok": True})

    return Orchard()


@pytest.fixture(scope="module")
def orchard_url(orchard: Generated) -> Iterator[str]:
    with serve(orchard.server.create_app(_orchard_handlers(orchard.server))) as url:
        yield url


def test_each_dropped_operation_gets_one_warning_at_its_location(orchard: Generated) -> None:
    assert RECURSIVE and DROPPED and set(OPERATIONS) - DROPPED  # the spec has both kinds
    where = [w for w, _ in orchard.warnings]
    assert sorted(where) == sorted(f"paths.{path}.{method}" for path, method in DROPPED)
    for _, message in orchard.warnings:
        assert "openapi-python-client" in message and "shapes" in message
        assert "object at 0x" not in message
        assert any(name in message for name in RECURSIVE), message  # the cause is named


def test_the_shapes_are_the_specs_schemas(orchard: Generated) -> None:
    shapes = orchard.client.shapes
    for name, schema in SCHEMAS.items():
        shape = getattr(shapes, name)
        if "properties" in schema:
            assert shape.__required_keys__ == frozenset(schema.get("required", ()))
            assert shape.__optional_keys__ == frozenset(schema["properties"]) - frozenset(
                schema.get("required", ())
            )


def test_dropped_operations_round_trip_against_the_real_server(
    orchard: Generated, orchard_url: str
) -> None:
    client_class = orchard.client.OrchardClient
    planted = [{"root": ["trunk", ["branch", "leaf"]], "height": 3}, {"root": "sapling"}]
    planted += [{"root": [f"b{i}"]} for i in range(3)]
    with client_class(orchard_url, max_attempts=1) as client:
        trees = [client.plant_tree(body=p) for p in planted]
        assert [{k: v for k, v in t.items() if k != "id"} for t in trees] == planted
        assert client.get_tree(tree_id=trees[0]["id"]) == trees[0]
        pages = list(client.iter_list_trees_pages())
        assert [len(p["items"]) for p in pages] == [2, 2, 1]
        assert list(client.iter_list_trees()) == trees
        # The operation the tool does serve still returns its model.
        health = client.get_health()
        assert isinstance(health, orchard.client.models.Health) and health.ok is True


def test_declared_errors_raise_the_typed_exceptions(orchard: Generated, orchard_url: str) -> None:
    exceptions = orchard.client.exceptions
    with orchard.client.OrchardClient(orchard_url, max_attempts=1) as client:
        with pytest.raises(exceptions.NotFoundError) as missing:
            client.get_tree(tree_id="nowhere")
        assert missing.value.status == 404 and "nowhere" in str(missing.value)
        minimum = SCHEMAS["Planting"]["properties"]["height"]["minimum"]
        with pytest.raises(exceptions.BadRequestError):  # the server stub validates the body
            client.plant_tree(body={"root": "x", "height": minimum - 1})


def test_a_response_outside_the_spec_is_an_invalid_response(
    orchard: Generated, orchard_url: str
) -> None:
    exceptions = orchard.client.exceptions
    with orchard.client.OrchardClient(orchard_url, max_attempts=1) as client:
        client.plant_tree(body={"root": "x"})
        with pytest.raises(exceptions.InvalidResponseError) as invalid:
            client.get_tree(tree_id="broken")
    assert SCHEMAS["Tree"]["required"][0] in str(invalid.value)


def test_the_async_client_serves_dropped_operations_too(
    orchard: Generated, orchard_url: str
) -> None:
    async def main() -> list[Any]:
        async with orchard.client.AsyncOrchardClient(orchard_url, max_attempts=1) as client:
            tree = await client.plant_tree(body={"root": ["async"]})
            return [tree, await client.get_tree(tree_id=tree["id"])]

    tree, again = asyncio.run(main())
    assert tree == again and tree["root"] == ["async"]


def test_the_package_passes_mypy_strict(orchard: Generated) -> None:
    project = orchard.out / "orchard_client"
    result = subprocess.run(
        [*MYPY, "-p", "orchard_client"], cwd=project, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout[-3000:]


# -- the tool generates nothing ---------------------------------------------------------------------
# pydantic's schema of the tool refuses a `const` that is not a string: the whole document fails.
CRASHING: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Settings", "version": "2"},
    "paths": {
        "/settings": {
            "put": {
                "operationId": "putSettings",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": f"{PREFIX}Settings"}}},
                },
                "responses": {
                    "200": {
                        "description": "Stored.",
                        "content": {"application/json": {"schema": {"$ref": f"{PREFIX}Settings"}}},
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Settings": {
                "type": "object",
                "required": ["format", "name"],
                "properties": {"format": {"const": {"major": 2}}, "name": {"type": "string"}},
            }
        }
    },
}


def test_a_document_the_tool_cannot_read_still_gets_a_working_client(tmp_path: Path) -> None:
    spec = tmp_path / "settings.json"
    spec.write_text(json.dumps(CRASHING), encoding="utf-8")
    generated = _generate(spec, tmp_path / "out", "settings")
    [(where, message)] = generated.warnings
    assert where == "components.schemas.Settings.properties.format.const"
    assert "generated nothing" in message
    package = generated.out / "settings_client" / "settings_client"
    assert not (package / "models").exists() and not (package / "client.py").exists()
    pyproject = (generated.out / "settings_client" / "pyproject.toml").read_text(encoding="utf-8")
    project = tomllib.loads(pyproject)
    assert [d.split(">")[0] for d in project["project"]["dependencies"]] == ["httpx", "anyio"]

    class Handlers(generated.server.handlers.HandlersBase):  # type: ignore[name-defined,misc]
        async def put_settings(self, request: Any) -> Any:
            return generated.server.responses.PutSettingsResponse(request.body)

    schema = CRASHING["components"]["schemas"]["Settings"]
    settings = {"format": schema["properties"]["format"]["const"], "name": "n"}
    with (
        serve(generated.server.create_app(Handlers())) as url,
        generated.client.SettingsClient(url, max_attempts=1) as client,
    ):
        assert client.put_settings(body=settings) == settings
    result = subprocess.run(
        [*MYPY, "-p", "settings_client"],
        cwd=generated.out / "settings_client", capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:]


# -- a corpus document the tool drops operations of ---------------------------------------------
DIGITALOCEAN = ROOT / "tests" / "specs" / "realworld" / "digitalocean.json"


@pytest.mark.slow
def test_digitalocean_operations_the_tool_drops_answer_through_the_fallback(tmp_path: Path) -> None:
    """DigitalOcean's API refers into ``paths`` thousands of times; openapi-python-client leaves
    parts of every operation out. Each GET without parameters to fill whose 200 response has
    examples is called against the server stub answering each example: the client returns it
    when the spec's schema (jsonschema's verdict) allows it, else raises InvalidResponseError."""
    from generator.model import build_model
    from generator.spec.load import load_document
    from generator.spec.normalize import normalize

    generated = _generate(DIGITALOCEAN, tmp_path, "ocean")
    document = normalize(load_document(DIGITALOCEAN)).document
    model = build_model(document, str(DIGITALOCEAN))
    warned = {where for where, message in generated.warnings if "openapi-python-client" in message}
    registry: Registry[Any] = Registry().with_resource(
        "urn:doc", DRAFT202012.create_resource(document)
    )
    cases: list[tuple[Any, Any, bool]] = []
    for op in model.operations:
        ok = next((r for r in op.responses if r.status == "200"), None)
        media = ok.json if ok is not None else None
        examples = _examples(document, op.path, op.method) if media and media.schema else []
        if op.method != "GET" or any(p.required for p in op.parameters) or not examples:
            continue
        assert media is not None and media.schema is not None
        assert f"paths.{op.path}.get" in warned  # the tool left this operation's parts out
        pointer = media.schema.pointer
        validator = jsonschema.Draft202012Validator(
            {"$ref": f"urn:doc{pointer}"}, registry=registry
        )
        cases += [(op, value, validator.is_valid(value)) for value in examples]
    assert len({op.operation_id for op, _, _ in cases}) >= 10

    answers: dict[str, Any] = {}
    server = generated.server

    def handler(op: Any) -> Any:
        response_class = getattr(server.responses, f"{op.class_name}Response")

        async def answer(self: Any, request: Any) -> Any:
            return response_class(
                server.responses.RawJSON(json.dumps(answers[op.operation_id]).encode())
            )

        return answer

    methods = {op.python_name: handler(op) for op, _, _ in cases}
    handlers = type("Ocean", (server.handlers.HandlersBase,), methods)()
    sync_class = getattr(generated.client, generated.client.high_level.__all__[0])
    exceptions = generated.client.exceptions
    with serve(server.create_app(handlers)) as url, sync_class(url, max_attempts=1) as client:
        for op, value, valid in cases:
            answers[op.operation_id] = value
            call = getattr(client, op.python_name)
            if valid:
                assert call() == value, op.operation_id
            else:
                with pytest.raises(exceptions.InvalidResponseError):
                    call()
    assert any(valid for _, _, valid in cases)


def _examples(document: dict[str, Any], path: str, method: str) -> list[Any]:
    """The values of the examples of an operation's 200 JSON response, as written."""
    content = document["paths"][path][method.lower()]["responses"]["200"].get("content", {})
    media = content.get("application/json", {})
    found = [e["value"] for e in (media.get("examples") or {}).values() if "value" in e]
    return found + ([media["example"]] if "example" in media else [])
