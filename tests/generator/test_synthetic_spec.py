"""bench/_synthetic_spec.py: the size target's document (issue #13) is what the bench says it
is, the same bytes every time, and a document the generator reads without a warning."""

from __future__ import annotations

from pathlib import Path

from bench import _synthetic_spec
from generator.pipeline import read_model


def test_the_synthetic_spec_is_deterministic_valid_and_of_the_target_size(tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    counts = _synthetic_spec.write(first)
    _synthetic_spec.write(second)
    assert first.read_bytes() == second.read_bytes()
    assert counts["operations"] == 250 and counts["schemas"] >= 500
    model = read_model(first)  # validated as written, then the model: every schema checked
    assert sum(len(item.operations) for item in model.paths) == counts["operations"]
    assert len([s for s in model.schemas if s.name]) == counts["schemas"]
    assert not model.warnings
