"""Golden outputs of a few small corpus documents: 3.0 converted (petstore-expanded), webhooks
only (no operation at all), a form body (readme-form-data: every target serves it) and
FastAPI's JSON with a surrogate-pair escape. A change to what the loading layer does shows up here byte for byte.

After an intended change, update a tree with the generator itself::

    python -m generator --spec tests/specs/realworld/NAME --out tests/generator/golden/realworld/STEM
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import generate, read_model, stale_files
from generator.config import TARGETS, Config

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).resolve().parent / "golden" / "realworld"
CASES = (
    "oai-petstore-expanded.yaml",
    "oai-webhook-example.yaml",
    "readme-form-data.yaml",
    "fastapi-app.json",
)


@pytest.mark.slow
@pytest.mark.parametrize("name", CASES)
def test_output_matches_golden(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the READMEs name the document by the path it was given
    spec = Path("tests") / "specs" / "realworld" / name
    packages = generate(Config(spec=spec, out=tmp_path), read_model(spec), tmp_path)
    golden = GOLDEN / Path(name).stem
    assert sorted(packages) == sorted(p.name for p in golden.iterdir() if p.is_dir())
    assert len(packages) == len(TARGETS)
    stale = [
        f"{package}: {line}"
        for package in packages
        for line in stale_files(tmp_path / package, golden / package)
    ]
    assert not stale, f"{name}: output differs from the golden tree:\n" + "\n".join(stale)
