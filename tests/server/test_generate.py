"""The server target as a generator: deterministic, up to date, and working for any spec.

Every document under tests/specs/ and tests/server/specs/ is generated, imported, served for one
request and type-checked with ``mypy --strict``, because users add operations, parameters and
schemas and regenerate: nothing may depend on the Pinpoint spec.
"""

from __future__ import annotations

import asyncio
import filecmp
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.cli import generate, read_model
from generator.config import Config
from tests.server.support import GENERATED, ROOT, generate_server, import_generated, spec_files
from tests.spec.common import iter_operations, load_spec, ref_name

SPECS = spec_files()
PINPOINT = ROOT / "spec" / "pinpoint-campaign-activities.yaml"


def tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and ".mypy_cache" not in p.parts
    }


@pytest.fixture(scope="module")
def pinpoint_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pinpoint")
    config = Config(spec=PINPOINT, out=out, only=("server",))
    generate(config, read_model(PINPOINT), out)
    return out / "pinpoint_server"


def test_output_is_deterministic(pinpoint_output: Path, tmp_path: Path) -> None:
    config = Config(spec=PINPOINT, out=tmp_path, only=("server",))
    generate(config, read_model(PINPOINT), tmp_path)
    assert tree(tmp_path / "pinpoint_server") == tree(pinpoint_output)


def test_committed_package_is_up_to_date(pinpoint_output: Path) -> None:
    fresh, committed = tree(pinpoint_output), tree(GENERATED)
    assert sorted(fresh) == sorted(committed), "run: python -m generator --only server"
    stale = [name for name in fresh if fresh[name] != committed[name]]
    assert not stale, f"stale: {stale}; run: python -m generator --only server"


def test_package_layout(pinpoint_output: Path) -> None:
    names = set(tree(pinpoint_output))
    for expected in (
        "pyproject.toml",
        "README.md",
        "pinpoint_server/py.typed",
        "pinpoint_server/__init__.py",
        "pinpoint_server/app.py",
        "pinpoint_server/errors.py",
        "pinpoint_server/models.py",
        "pinpoint_server/handlers.py",
        "pinpoint_server/requests.py",
        "pinpoint_server/responses.py",
        "pinpoint_server/_validators.py",
    ):
        assert expected in names
    for name in names:
        if name.endswith(".py"):
            imports = (pinpoint_output / name).read_text()
            for third_party in (
                "import starlette",
                "import fastapi",
                "import pydantic",
                "import yaml",
            ):
                assert third_party not in imports, name


def test_public_interface() -> None:
    import pinpoint_server
    from pinpoint_server import errors, models

    for name in (
        "create_app", "Handlers", "HandlersBase", "RequestContext", "Guard", "RawJSON",
        "GetCampaignActivitiesRequest", "GetCampaignActivitiesResponse",
        "OptionsCampaignActivitiesRequest", "OptionsCampaignActivitiesResponse",
    ):  # fmt: skip
        assert name in pinpoint_server.__all__ and hasattr(pinpoint_server, name)
    spec = load_spec()
    # Every error response of the spec (named by its components.responses entry) is a class.
    statuses = {
        ref_name(response): int(status)
        for _, _, _, operation in iter_operations(spec)
        for status, response in operation["responses"].items()
        if status[0] in "45"
    }
    assert statuses
    for name, status in statuses.items():
        cls = getattr(errors, str(name))
        assert issubclass(cls, errors.ApiError)
        assert (cls.status, cls.error_type) == (status, name)
    activity = spec["components"]["schemas"]["ActivityResponse"]
    assert models.ActivityResponse.__required_keys__ == set(activity["required"])
    assert models.ActivityResponse.__optional_keys__ == set(activity["properties"]) - set(
        activity["required"]
    )
    annotations = models.ActivityResponse.__annotations__
    enums = {name: node["enum"] for name, node in activity["properties"].items() if "enum" in node}
    assert enums
    for name, values in enums.items():
        assert f"Literal[{', '.join(map(repr, values))}]" in str(annotations[name]), name
    assert "str | None" in str(models.ActivitiesResponse.__annotations__["NextToken"])
    response = pinpoint_server.GetCampaignActivitiesResponse(pinpoint_server.RawJSON(b"{}"))
    assert (response.status, dict(response.headers)) == (200, {})


def test_own_error_subclasses_get_their_name() -> None:
    from pinpoint_server.errors import ApiError

    class ThrottlingException(ApiError):
        status = 429

    error = ThrottlingException("slow down", headers={"Retry-After": "2"})
    assert (error.status, error.error_type, error.message) == (
        429,
        "ThrottlingException",
        "slow down",
    )


@pytest.mark.parametrize("spec", SPECS, ids=[p.name for p in SPECS])
def test_every_spec_generates_an_importable_server(spec: Path, tmp_path: Path) -> None:
    project = generate_server(spec, tmp_path)
    readme = (project / "README.md").read_text(encoding="utf-8")
    for number, block in enumerate(re.findall(r"```python\n(.*?)```", readme, re.S)):
        compile(block, f"README.md, block {number}", "exec")  # the examples are valid Python
    package = import_generated(project)
    app = package.create_app(package.HandlersBase(), validate_responses=True)
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b""}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "GET", "path": "/no/such/path", "raw_path": b"/no/such/path",
             "query_string": b"", "headers": []}  # fmt: skip
    asyncio.run(app(scope, receive, send))
    headers = dict(sent[0]["headers"])
    assert sent[0]["status"] == 404
    assert headers[b"x-amzn-errortype"]
    assert headers[b"x-amzn-requestid"]


@pytest.mark.slow
@pytest.mark.parametrize("spec", SPECS, ids=[p.name for p in SPECS])
def test_every_generated_server_passes_mypy_strict(spec: Path, tmp_path: Path) -> None:
    project = generate_server(spec, tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", project.name],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_generic_error_names_when_the_spec_declares_none(tmp_path: Path) -> None:
    project = generate_server(ROOT / "tests" / "server" / "specs" / "minimal.yaml", tmp_path)
    errors = (project / project.name / "errors.py").read_text()
    for name in ("BadRequestException", "NotFoundException", "MethodNotAllowedException",
                 "InternalServerErrorException"):  # fmt: skip
        assert f"class {name}(ApiError):" in errors
    models = (project / project.name / "models.py").read_text()
    assert "class AnyModel(" in models or "AnyModel = TypedDict(" in models  # no shadowing
    assert (
        'AnyModel = TypedDict(\n    "AnyModel",\n    {\n        "str": NotRequired[str],' in models
    )


def test_extra_spec_files_exist() -> None:
    assert any(p.parent.name == "specs" and p.parent.parent.name == "server" for p in SPECS)
    assert filecmp  # imported for tree comparisons elsewhere
