"""``[tool.generator]``: the flat form (one document) and the list form (several)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main, parse_args
from generator.config import Config, load_configs

FLAT = """
[tool.generator]
spec = "a.yaml"
out = "gen"
client_package = "a_client"
"""

LIST = """
[tool.generator]
out = "gen"

[[tool.generator.specs]]
spec = "a.yaml"
client_package = "a_client"
server_package = "a_server"
validators_package = "a_validators"

[[tool.generator.specs]]
spec = "b.yaml"
client_package = "b_client"
server_package = "b_server"
validators_package = "b_validators"
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "pyproject.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_flat_form_is_one_document(tmp_path: Path) -> None:
    (config,) = load_configs(_write(tmp_path, FLAT))
    assert config.spec == Path("a.yaml")
    assert config.out == Path("gen")
    assert config.client_package == "a_client"
    assert config.server_package == Config().server_package  # the default stays


def test_list_form_keeps_order_and_shares_out(tmp_path: Path) -> None:
    configs = load_configs(_write(tmp_path, LIST))
    assert [c.spec for c in configs] == [Path("a.yaml"), Path("b.yaml")]
    assert {c.out for c in configs} == {Path("gen")}
    assert [c.package_for("server") for c in configs] == ["a_server", "b_server"]


def test_no_file_means_defaults(tmp_path: Path) -> None:
    assert load_configs(tmp_path / "missing.toml") == (Config(),)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (LIST.replace('"b_server"', '"a_server"'), "package 'a_server' is already a.yaml's"),
        (
            LIST.replace('client_package = "b_client"\n', ""),
            "specs[1]: missing keys client_package",
        ),
        (LIST.replace('out = "gen"', 'out = "gen"\nspec = "x.yaml"'), "unknown keys spec"),
        (LIST.replace('"b_client"', '"b-client"'), "'b-client' is not a Python name"),
        (FLAT + 'colour = "red"\n', "unknown keys colour"),
        ('[tool.generator]\nspecs = "a.yaml"\n', "expected a non-empty array of tables"),
    ],
)
def test_bad_tables_name_the_key(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ValueError, match=r"tool\.generator") as info:
        load_configs(_write(tmp_path, text))
    assert message in str(info.value)


def test_cli_spec_picks_its_configured_packages(tmp_path: Path) -> None:
    configs = load_configs(_write(tmp_path, LIST))
    everything, check = parse_args([], configs)
    assert everything == configs and not check
    (chosen,), _ = parse_args(["--spec", "b.yaml", "--only", "server"], configs)
    assert chosen.server_package == "b_server" and chosen.only == ("server",)
    (other,), _ = parse_args(["--spec", "elsewhere.yaml", "--out", "x"], configs)
    assert other.client_package == "a_client"  # an unconfigured document: the first's names
    assert other.spec == Path("elsewhere.yaml") and other.out == Path("x")


def _two_documents(tmp_path: Path, first: str) -> None:
    """A project with two documents (``first`` as the first's text, then a valid one)."""
    valid = (Path(__file__).resolve().parents[1] / "specs" / "keywords.yaml").read_text("utf-8")
    (tmp_path / "a.yaml").write_text(first, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(valid, encoding="utf-8")
    _write(tmp_path, LIST)


@pytest.mark.slow
def test_documents_generate_together_and_land_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    valid = (Path(__file__).resolve().parents[1] / "specs" / "keywords.yaml").read_text("utf-8")
    _two_documents(tmp_path, valid)
    monkeypatch.chdir(tmp_path)
    assert main(["--only", "validators"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines] == ["gen/a_validators", "gen/b_validators"]
    assert main(["--only", "validators", "--check"]) == 0


def test_a_failing_document_stops_the_ones_after_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _two_documents(tmp_path, "swagger: '2.0'\n")  # OpenAPI 3.0 is read since issue #13
    monkeypatch.chdir(tmp_path)
    assert main(["--only", "validators"]) == 2
    assert "a.yaml: openapi: unsupported version Swagger '2.0'" in capsys.readouterr().err
    assert not (tmp_path / "gen").exists()  # b.yaml was generated, but is not written
