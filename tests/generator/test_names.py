"""Generated names are unique by construction: a later claim gets a numbered suffix, never
silently redefining an earlier one (a component named like an operation's request, say)."""

from __future__ import annotations

import ast
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from generator.cli import generate, read_model
from generator.config import Config
from generator.naming import Names


def test_names_claim_in_order() -> None:
    names = Names({"response"})
    assert [names.claim(n) for n in ("a", "a", "response", "a", "a_2")] == [
        "a",
        "a_2",
        "response_2",
        "a_3",
        "a_2_2",
    ]
    assert "a_3" in names
    assert "b" not in names


_DOCUMENT = {
    "openapi": "3.1.0",
    "info": {"title": "Guilds", "version": "1.0.0"},
    "paths": {
        "/guilds/{guild}/bans": {
            "post": {
                "operationId": "BanUserFromGuild",
                "parameters": [
                    {"name": "guild", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/BanUserFromGuildRequest"}
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "banned",
                        "content": {"application/json": {"schema": {"type": "integer"}}},
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "BanUserFromGuildRequest": {
                "type": "object",
                "required": ["reason"],
                "properties": {"reason": {"type": "string"}},
            },
            "BanUserFromGuildResponse": {"type": "string"},
            "Response": {"type": "boolean"},
        }
    },
}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("names")
    spec = root / "guilds.json"
    spec.write_text(json.dumps(_DOCUMENT), encoding="utf-8")
    out = root / "out"
    generate(Config(spec=spec, out=out, only=("server", "validators")), read_model(spec), out)
    return out


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_colliding_validators_each_keep_their_meaning(generated: Path) -> None:
    v = _load(generated / "pinpoint_validators" / "pinpoint_validators" / "validators.py", "_v")
    # The component keeps its name; the operation's request dict gets the suffixed one.
    assert v.is_valid_ban_user_from_guild_request({"reason": "spam"})
    assert not v.is_valid_ban_user_from_guild_request({"path": {"guild": "g"}})
    assert v.validate_ban_user_from_guild_request({}) != []
    assert v.validate_ban_user_from_guild_request({"reason": "spam"}) == []
    assert v.validate_ban_user_from_guild_request_2({"path": {"guild": "g"}}) == []
    assert v.validate_ban_user_from_guild_request_2({"path": {}}) != []
    # Component "...Response" (a string) against the operation's status-based function.
    assert v.is_valid_ban_user_from_guild_response("x")
    assert not v.is_valid_ban_user_from_guild_response(1)
    assert v.is_valid_ban_user_from_guild_response_2(200, 1)
    assert not v.is_valid_ban_user_from_guild_response_2(200, "x")
    # Component "Response" does not shadow the runtime's validate_response.
    assert v.validate_response("BanUserFromGuild", 200, 1) == []
    assert v.is_valid_response_2(True)
    exported = set(v.__all__)
    assert {"validate_response_2", "validate_ban_user_from_guild_response_2"} <= exported


def test_no_generated_module_defines_a_name_twice(generated: Path) -> None:
    files = sorted(generated.rglob("*.py"))
    assert len(files) > 5
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        defined: Counter[str] = Counter()
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                defined[node.name] += 1
            elif isinstance(node, ast.Assign):
                defined.update(t.id for t in node.targets if isinstance(t, ast.Name))
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                defined[node.target.id] += 1
        twice = sorted(name for name, count in defined.items() if count > 1)
        assert not twice, f"{path.relative_to(generated)} defines {twice} more than once"


# Parameters whose snake_case names are a request class's own fields or type names its
# annotations use (Stripe's `object`, `expand`-style APIs' `body`, ...).
_RESERVED_NAMES = ("object", "body", "context", "str")
_RESERVED_DOCUMENT = {
    "openapi": "3.1.0",
    "info": {"title": "Reserved", "version": "1.0.0"},
    "paths": {
        "/things/{object}": {
            "get": {
                "operationId": "GetThing",
                "parameters": [
                    {"name": "object", "in": "path", "required": True, "schema": {"type": "string"}}
                ]
                + [
                    {"name": name, "in": "query", "schema": {"type": "integer"}}
                    for name in _RESERVED_NAMES[1:]
                ]
                + [{"name": "object_2", "in": "query", "schema": {"type": "string"}}],
                "responses": {"200": {"description": "the thing"}},
            }
        }
    },
}


def test_parameters_named_like_reserved_fields_are_bound_under_their_own_names(
    tmp_path: Path,
) -> None:
    """The server binds each under a free name; the generated client, which sends them, takes
    them as keyword arguments that shadow none of its own (``object_``, ``str_``)."""
    import httpx

    from tests.server.support import import_generated, serve

    spec = tmp_path / "reserved.json"
    spec.write_text(json.dumps(_RESERVED_DOCUMENT), encoding="utf-8")
    out = tmp_path / "out"
    config = Config(
        spec=spec,
        out=out,
        server_package="gen_reserved_server",
        client_package="gen_reserved_client",
        only=("server", "client"),
    )
    generate(config, read_model(spec), out)
    pkg = import_generated(out / "gen_reserved_server")
    client_pkg = import_generated(out / "gen_reserved_client")
    seen: list[object] = []

    async def get_thing(_self: object, request: object) -> object:
        seen.append(request)
        return pkg.GetThingResponse()

    handlers = type("Recording", (pkg.HandlersBase,), {"get_thing": get_thing})()
    query = {name: str(n) for n, name in enumerate(_RESERVED_NAMES[1:])} | {"object_2": "x"}
    arguments = {f"{name}_" if name in {"object", "str"} else name: n for name, n in query.items()}
    with serve(pkg.create_app(handlers)) as url:
        answer = httpx.get(f"{url}/things/t1", params=query)
        assert answer.status_code == 200, answer.text
        with client_pkg.GenReservedClient(url) as client:
            client.get_thing(object_="t1", **arguments)
    assert len(seen) == 2
    for request in seen:
        fields = type(request).__slots__
        # Each reserved name is bound under the next free name; the spec's own object_2 keeps it.
        wanted = {"object": "t1"} | {name: n for n, name in enumerate(_RESERVED_NAMES[1:])}
        for name, value in wanted.items():
            bound = [f for f in fields if f.startswith(f"{name}_") and getattr(request, f) == value]
            assert bound, f"{name!r} is not bound: {[(f, getattr(request, f)) for f in fields]}"
        assert request.object_2 == "x"
