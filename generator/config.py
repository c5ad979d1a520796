"""Generator configuration: ``[tool.generator]`` in pyproject.toml, overridden by the CLI."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

TARGETS = ("client", "server", "validators")


@dataclass(frozen=True)
class Config:
    spec: Path = Path("spec/pinpoint-campaign-activities.yaml")
    out: Path = Path("generated")
    client_package: str = "pinpoint_client"
    server_package: str = "pinpoint_server"
    validators_package: str = "pinpoint_validators"
    only: tuple[str, ...] = TARGETS

    def package_for(self, target: str) -> str:
        name: str = getattr(self, f"{target}_package")
        return name


def load_config(pyproject: Path = Path("pyproject.toml")) -> Config:
    """Read ``[tool.generator]``; a missing file or table means the defaults."""
    if not pyproject.is_file():
        return Config()
    table = (
        tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {}).get("generator", {})
    )
    config = Config()
    known = {"spec", "out", "client_package", "server_package", "validators_package"}
    unknown = sorted(set(table) - known)
    if unknown:
        raise ValueError(f"{pyproject}: [tool.generator]: unknown keys {', '.join(unknown)}")
    for key, value in table.items():
        if not isinstance(value, str) or not value:
            raise ValueError(f"{pyproject}: [tool.generator].{key}: expected a non-empty string")
        if key.endswith("_package") and not value.isidentifier():
            raise ValueError(f"{pyproject}: [tool.generator].{key}: {value!r} is not a Python name")
        converted: Path | str = Path(value) if key in {"spec", "out"} else value
        config = replace(config, **{key: converted})  # type: ignore[arg-type]
    return config
