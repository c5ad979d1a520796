"""End-to-end golden outputs: every document of tests/specs/ generates exactly the committed bytes.

A refactoring of the generator must not change what it writes; these trees say what it writes.
After an intended change, update them with the generator itself (its sync touches only changed
files)::

    python -m generator --spec tests/specs/library.yaml --out tests/generator/golden/library
    python -m generator --spec tests/specs/keywords.yaml --out tests/generator/golden/keywords \\
        --only server,validators
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import generate, read_model, stale_files
from generator.config import Config

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).resolve().parent / "golden"

# keywords.yaml uses boolean schemas, which openapi-python-client rejects: no client for it.
CASES = {
    "library": ("client", "server", "validators"),
    "keywords": ("server", "validators"),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(CASES))
def test_output_matches_golden(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the READMEs name the document by the path it was given
    spec = Path("tests") / "specs" / f"{name}.yaml"
    config = Config(spec=spec, out=tmp_path, only=CASES[name])
    packages = generate(config, read_model(spec), tmp_path)
    assert packages, "nothing was generated"
    stale = [
        f"{package}: {line}"
        for package in packages
        for line in stale_files(tmp_path / package, GOLDEN / name / package)
    ]
    assert not stale, f"{name}: output differs from the golden tree:\n" + "\n".join(stale)


def test_golden_trees_hold_every_package() -> None:
    """A golden tree that lost a package would compare nothing for it."""
    for name, only in CASES.items():
        held = sorted(p.name for p in (GOLDEN / name).iterdir() if p.is_dir())
        assert held == sorted(f"pinpoint_{target}" for target in only), name
