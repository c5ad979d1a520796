"""Generator configuration: ``[tool.generator]`` in pyproject.toml, overridden by the CLI.

One document or several. The flat form names one document and its three packages::

    [tool.generator]
    spec = "spec/api.yaml"
    out = "generated"
    client_package = "api_client"

The list form generates several documents into one ``out`` folder, each with its own packages::

    [tool.generator]
    out = "generated"

    [[tool.generator.specs]]
    spec = "spec/api.yaml"
    client_package = "api_client"
    server_package = "api_server"
    validators_package = "api_validators"

Every package name must be unique across the documents: they share the output folder.
An optional ``version`` (flat form, or per document) sets the generated packages' version
instead of the one derived from ``info.version`` (see :func:`generator.pipeline.package_version`).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

TARGETS = ("client", "server", "validators")
_PACKAGE_KEYS = tuple(f"{target}_package" for target in TARGETS)
_SPEC_KEYS = frozenset({"spec", *_PACKAGE_KEYS})
_OPTIONAL_KEYS = frozenset({"version"})


@dataclass(frozen=True)
class Config:
    """One document to generate: where it is, where its packages go, and their names."""

    spec: Path = Path("spec/pinpoint-campaign-activities.yaml")
    out: Path = Path("generated")
    client_package: str = "pinpoint_client"
    server_package: str = "pinpoint_server"
    validators_package: str = "pinpoint_validators"
    only: tuple[str, ...] = TARGETS
    version: str | None = None  # the packages' version; None: derived from info.version
    strict: bool = False  # warnings (skipped constructs) are fatal

    def package_for(self, target: str) -> str:
        name: str = getattr(self, f"{target}_package")
        return name


def load_config(pyproject: Path = Path("pyproject.toml")) -> Config:
    """The first (or only) document of ``[tool.generator]``."""
    return load_configs(pyproject)[0]


def load_configs(pyproject: Path = Path("pyproject.toml")) -> tuple[Config, ...]:
    """Every document of ``[tool.generator]``, in the order given; defaults without a table."""
    if not pyproject.is_file():
        return (Config(),)
    table = (
        tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {}).get("generator", {})
    )
    where = f"{pyproject}: [tool.generator]"
    specs = table.get("specs")
    if specs is None:
        unknown = sorted(set(table) - _SPEC_KEYS - _OPTIONAL_KEYS - {"out"})
        if unknown:
            raise ValueError(f"{where}: unknown keys {', '.join(unknown)}")
        return (_apply(Config(), table, where),)
    unknown = sorted(set(table) - {"out", "specs"})
    if unknown:
        raise ValueError(
            f"{where}: unknown keys {', '.join(unknown)} (with 'specs', only 'out' may stand"
            " beside it)"
        )
    if not isinstance(specs, list) or not specs or not all(isinstance(s, dict) for s in specs):
        raise ValueError(f"{where}.specs: expected a non-empty array of tables")
    base = _apply(Config(), {k: v for k, v in table.items() if k == "out"}, where)
    configs: list[Config] = []
    owners: dict[str, str] = {}
    for index, entry in enumerate(specs):
        entry_where = f"{where}.specs[{index}]"
        unknown = sorted(set(entry) - _SPEC_KEYS - _OPTIONAL_KEYS)
        if unknown:
            raise ValueError(f"{entry_where}: unknown keys {', '.join(unknown)}")
        missing = sorted(_SPEC_KEYS - set(entry))
        if missing:
            raise ValueError(f"{entry_where}: missing keys {', '.join(missing)}")
        config = _apply(base, entry, entry_where)
        for key in _PACKAGE_KEYS:
            name = config.package_for(key.removesuffix("_package"))
            if name in owners:
                raise ValueError(
                    f"{entry_where}.{key}: package {name!r} is already {owners[name]}'s"
                )
            owners[name] = f"{config.spec}"
        configs.append(config)
    return tuple(configs)


def _apply(config: Config, table: dict[str, Any], where: str) -> Config:
    for key, value in table.items():
        if not isinstance(value, str) or not value:
            raise ValueError(f"{where}.{key}: expected a non-empty string")
        if key.endswith("_package") and not value.isidentifier():
            raise ValueError(f"{where}.{key}: {value!r} is not a Python name")
        converted: Path | str = Path(value) if key in {"spec", "out"} else value
        config = replace(config, **{key: converted})  # type: ignore[arg-type]
    return config
