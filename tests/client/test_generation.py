"""The client target: deterministic, up to date, strictly typed, and driven by any spec's model."""

from __future__ import annotations

import filecmp
import json
import os
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from generator.cli import generate, read_model, stale_files
from generator.config import Config
from generator.errors import SpecError
from generator.pipeline import validated_generate
from tests.support.servers import ROOT

SPEC = ROOT / "spec" / "pinpoint-campaign-activities.yaml"
MULTI = ROOT / "tests" / "client" / "fixtures" / "multi.yaml"
FIXTURES = ROOT / "tests" / "client" / "fixtures"
COMMITTED = ROOT / "generated" / "pinpoint_client"
MYPY = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--no-error-summary"]


def _generate(spec: Path, into: Path, package: str = "pinpoint_client") -> Path:
    config = Config(spec=spec, out=into, client_package=package, only=("client",))
    generate(config, read_model(spec), into)
    return into / package


def _files(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _generate(SPEC, tmp_path_factory.mktemp("fresh"))


@pytest.fixture(scope="module")
def petstore(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Another spec, generated into another package name."""
    return _generate(MULTI, tmp_path_factory.mktemp("petstore"), package="petstore_client")


def test_generation_is_deterministic(fresh: Path, tmp_path: Path) -> None:
    again = _generate(SPEC, tmp_path)
    assert _files(again) == _files(fresh)
    mismatched = [f for f in _files(fresh) if not filecmp.cmp(fresh / f, again / f, shallow=False)]
    assert mismatched == []


def test_the_committed_package_is_up_to_date(fresh: Path) -> None:
    assert stale_files(fresh, COMMITTED) == [], "run: python -m generator --only client"


def test_the_package_layout(fresh: Path) -> None:
    files = _files(fresh)
    assert not [f for f in files if re.search(r"(^|/)(\.ruff_cache|__pycache__|\.gitignore)", f)]
    for expected in (
        "pyproject.toml",
        "README.md",
        "pinpoint_client/py.typed",
        "pinpoint_client/high_level.py",
        "pinpoint_client/sigv4.py",
        "pinpoint_client/models/activities_response.py",
        "pinpoint_client/api/campaign_activities/get_campaign_activities.py",
    ):
        assert expected in files
    project = tomllib.loads((fresh / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["name"] == "pinpoint-client"
    assert project["project"]["version"] == "1.0.0"
    dependencies = " ".join(project["project"]["dependencies"])
    for name in ("httpx", "attrs", "anyio"):
        assert name in dependencies
    assert project["project"]["optional-dependencies"]["sigv4"][0].startswith("botocore")
    assert project["build-system"]["build-backend"] == "pdm.backend"
    readme = (fresh / "README.md").read_text(encoding="utf-8")
    for topic in ("pip install", "Typed errors", "Pagination", "Retries", "Signature Version 4",
                  "botocore", "Tolerant reading", "make serve", "4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b"):  # fmt: skip
        assert topic in readme


def test_the_generated_code_is_lint_clean(fresh: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--isolated", "--no-cache", "--select", "F,E9,I",
         "--line-length", "100", "--target-version", "py311", str(fresh)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_package_passes_mypy_strict(fresh: Path) -> None:
    done = subprocess.run(
        [*MYPY, "pinpoint_client"], cwd=fresh, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def _mypy_user_script(script: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MYPYPATH": str(COMMITTED)}
    return subprocess.run(
        [*MYPY, "--cache-dir", os.devnull, str(script)],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip


def test_a_user_script_passes_mypy_strict() -> None:
    done = _mypy_user_script(FIXTURES / "typed_usage.py")
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_rejects_misuse_of_the_client() -> None:
    """The client is typed, not Any: each line marked ``# E`` is an error, and only those."""
    script = FIXTURES / "typed_misuse.py"
    done = _mypy_user_script(script)
    lines = script.read_text(encoding="utf-8").splitlines()
    expected = {n for n, line in enumerate(lines, 1) if re.search(r"# E\b", line)}
    reported = {int(m.group(1)) for m in re.finditer(r"typed_misuse\.py:(\d+): error", done.stdout)}
    assert reported == expected, done.stdout


# -- another spec -------------------------------------------------------------------------------
def test_another_spec_gives_another_client(petstore: Path) -> None:
    high_level = (petstore / "petstore_client" / "high_level.py").read_text(encoding="utf-8")
    assert "class PetstoreClient:" in high_level and "class AsyncPetstoreClient:" in high_level
    for method in ("list_pets", "create_pet", "replace_pet", "delete_pet", "pet_names",
                   "add_nicknames", "iter_list_pets", "iter_list_pets_pages"):  # fmt: skip
        assert f"def {method}(" in high_level
    assert "def iter_create_pet" not in high_level
    # no AWS signing for a spec without it
    assert not (petstore / "petstore_client" / "sigv4.py").exists()
    project = tomllib.loads((petstore / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["version"] == "2.1.0rc1"
    assert "optional-dependencies" not in project["project"]
    done = subprocess.run(
        [*MYPY, "petstore_client"], cwd=petstore, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.fixture
def petstore_module(petstore: Path) -> Iterator[object]:
    sys.path.insert(0, str(petstore))
    try:
        import petstore_client

        yield petstore_client
    finally:
        sys.path.remove(str(petstore))
        for name in [m for m in sys.modules if m.split(".")[0] == "petstore_client"]:
            del sys.modules[name]


def test_another_spec_builds_its_requests_from_the_model(petstore_module: object) -> None:
    """Bodies, list/enum/header parameters, pagination by nextToken, 4XX/default errors."""
    import petstore_client
    from petstore_client.models import CreatePetRequest, Nickname, Pet

    seen: list[httpx.Request] = []
    pages = {
        None: {"nextToken": "p2", "pets": [{"id": "1", "name": "Rex", "kind": "dog"}]},
        "p2": {"nextToken": None, "pets": [{"id": "2", "name": "Tom", "kind": "axolotl"}]},
    }

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        path, method = request.url.path, request.method
        if path == "/api/pets" and method == "GET":
            if request.url.params.get("kind") == "bird":
                return httpx.Response(422, json={"message": "no birds", "requestId": "r-422"})
            if request.url.params.get("kind") == "fish":
                return httpx.Response(503, json={"message": "busy"})
            return httpx.Response(200, json=pages[request.url.params.get("next-token")])
        if path == "/api/pets" and method == "POST":
            body = json.loads(request.content)
            return httpx.Response(201, json={"id": "3", **body})
        if request.url.raw_path == b"/api/pets/a%2Fb" and method == "DELETE":
            return httpx.Response(204)
        if path.endswith("/names") and method == "GET":
            return httpx.Response(200, json=["Rex", "Rexy"])
        if path.endswith("/names") and method == "POST":
            return httpx.Response(
                200, json=[{"id": "1", "name": n["value"]} for n in json.loads(request.content)]
            )
        return httpx.Response(404, json={"message": "nope"})

    client = petstore_client.PetstoreClient(
        transport=httpx.MockTransport(handler), server_variables={"tenant": "acme"}, max_attempts=1
    )
    assert client.base_url == "https://acme.pets.example.com/api"
    pets = list(client.iter_list_pets(limit=1, kind="dog", tags=["a", "b c"], x_trace="t-1"))
    assert [p.name for p in pets] == ["Rex", "Tom"]
    assert pets[1].kind == "axolotl"  # not in the Kind enum: kept as a string
    first = seen[0]
    assert first.url.query == b"limit=1&kind=dog&tags=a&tags=b%20c"
    assert first.headers["X-Trace"] == "t-1"
    assert seen[1].url.params["next-token"] == "p2"

    created = client.create_pet(body=CreatePetRequest(name="Kit", kind="cat"))
    assert isinstance(created, Pet) and created.id == "3" and created.name == "Kit"
    assert json.loads(seen[-1].content) == {"name": "Kit", "kind": "cat"}
    assert seen[-1].headers["content-type"] == "application/json"
    assert client.create_pet(body={"name": "Plain"}).name == "Plain"

    assert client.delete_pet(pet_id="a/b") is None
    assert client.pet_names(pet_id="1") == ["Rex", "Rexy"]
    renamed = client.add_nicknames(pet_id="1", body=[Nickname(value="R"), {"value": "X"}])
    assert [p.name for p in renamed] == ["R", "X"]

    errors = petstore_client.exceptions
    with pytest.raises(errors.Status_4XXError) as caught:
        client.list_pets(kind="bird")
    assert (caught.value.status, caught.value.message, caught.value.request_id) == (
        422, "no birds", "r-422",
    )  # fmt: skip
    with pytest.raises(errors.StatusDefaultError):
        client.list_pets(kind="fish")
    with pytest.raises(errors.ApiError) as missing:
        client.replace_pet(pet_id="zzz")
    assert type(missing.value) is errors.NotFoundError  # named after the status by the parser
    client.close()


def test_a_tool_warning_is_a_located_warning_and_the_method_stays(tmp_path: Path) -> None:
    spec = tmp_path / "conflict.yaml"
    spec.write_text(
        """openapi: 3.1.0
info: {title: Conflict, version: 1.0.0}
paths:
  /x:
    get:
      operationId: getX
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                allOf:
                  - {type: object, properties: {a: {type: string}}}
                  - {type: object, properties: {a: {type: integer}}}
""",
        encoding="utf-8",
    )
    # The schema the tool refuses is one the derived document hoisted (no such component in
    # the user's document): the warning names the operation, whose method the client keeps
    # (tests/client/test_fallback.py calls such methods).
    config = Config(spec=spec, out=tmp_path, client_package="conflict_client", only=("client",))
    _, model = validated_generate(config, tmp_path)
    [(where, message)] = model.warnings
    assert where == "paths./x.get" and message.startswith("openapi-python-client")
    source = (tmp_path / "conflict_client" / "conflict_client" / "high_level.py").read_text()
    assert "def get_x(" in source and "_validators.validate_response" in source
    strict = Config(spec=spec, out=tmp_path, only=("client",), strict=True)
    with pytest.raises(SpecError, match="--strict") as caught:
        validated_generate(strict, tmp_path / "strict")
    assert caught.value.where == "paths./x.get"
