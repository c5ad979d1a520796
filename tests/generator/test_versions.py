"""Package versions: any ``info.version`` maps to a PEP 440 one, or ``[tool.generator]`` sets it."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.config import load_configs
from generator.errors import SpecError
from generator.model import build_model
from generator.pipeline import package_version, pep440_version


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("1.0.0", "1.0.0"),  # PEP 440 already: as it is
        ("2.1rc1", "2.1rc1"),
        ("2016-12-01", "2016.12.1"),  # AWS: the numbers, leading zeros dropped
        ("v1beta2", "1.2"),  # Google
        ("1.0.0-SNAPSHOT", "1.0.0"),
        ("Wed Oct 15 2025", "15.2025"),  # Stripe writes a date
        ("latest", "0"),
    ],
)
def test_any_info_version_maps_to_pep_440(written: str, expected: str) -> None:
    assert pep440_version(written) == expected
    assert pep440_version(expected) == expected  # stable: a mapped version maps to itself


def _model(version: str) -> object:
    return build_model(
        {"openapi": "3.1.0", "info": {"title": "T", "version": version}, "paths": {}}, "t.yaml"
    )


def test_configured_version_wins_and_must_be_pep_440() -> None:
    model = _model("2016-12-01")
    assert package_version(model, None) == "2016.12.1"  # type: ignore[arg-type]
    assert package_version(model, "3.2.1") == "3.2.1"  # type: ignore[arg-type]
    with pytest.raises(SpecError, match="'not-a-version' is not a PEP 440 version"):
        package_version(model, "not-a-version")  # type: ignore[arg-type]


def test_version_is_read_from_tool_generator(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(
        '[tool.generator]\nout = "gen"\n\n[[tool.generator.specs]]\nspec = "a.yaml"\n'
        'client_package = "a_client"\nserver_package = "a_server"\n'
        'validators_package = "a_validators"\nversion = "4.0.0"\n',
        encoding="utf-8",
    )
    (config,) = load_configs(pyproject)
    assert config.version == "4.0.0"
