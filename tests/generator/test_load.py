"""Loading: JSON read as JSON (surrogate pairs), YAML as YAML, errors located."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.errors import SpecError
from generator.spec.load import is_json, load_document


def test_json_with_surrogate_pair_escapes_loads_the_character(tmp_path: Path) -> None:
    spec = tmp_path / "api.json"
    text = json.dumps({"openapi": "3.1.0", "info": {"title": "Rocket 🚀", "version": "1"}})
    assert "\\ud83d\\ude80" in text  # what json.dumps writes; YAML would keep two surrogates
    spec.write_text(text, encoding="utf-8")
    document = load_document(spec)
    assert document["info"]["title"] == "Rocket 🚀"
    document["info"]["title"].encode("utf-8")  # no lone surrogates left


def test_json_duplicate_keys_are_refused(tmp_path: Path) -> None:
    spec = tmp_path / "api.json"
    spec.write_text('{"openapi": "3.1.0", "openapi": "3.0.0"}', encoding="utf-8")
    with pytest.raises(SpecError, match="duplicate key 'openapi'"):
        load_document(spec)


def test_json_syntax_error_is_located(tmp_path: Path) -> None:
    spec = tmp_path / "api.json"
    spec.write_text('{\n  "openapi": "3.1.0",\n  "info": \n}', encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        load_document(spec)
    assert caught.value.where == "line 4, column 1"
    assert caught.value.message.startswith("invalid JSON: ")


def test_yaml_keys_read_as_numbers_become_text(tmp_path: Path) -> None:
    spec = tmp_path / "api.yaml"
    spec.write_text("openapi: 3.1.0\nresponses:\n  200: {description: ok}\n", encoding="utf-8")
    assert load_document(spec)["responses"] == {"200": {"description": "ok"}}


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("a.json", "openapi: 3.1.0", True),  # the extension decides
        ("a.yaml", '{"openapi": "3.1.0"}', False),  # YAML, even when it looks like JSON
        ("a.yml", "{}", False),
        ("openapi", '\n  {"openapi": "3.1.0"}', True),  # no extension: the content decides
        ("openapi.txt", "openapi: 3.1.0", False),
    ],
)
def test_format_by_extension_then_content(name: str, text: str, expected: bool) -> None:
    assert is_json(Path(name), text) is expected


def test_a_file_that_is_not_utf8_is_one_located_error(tmp_path: Path) -> None:
    spec = tmp_path / "api.yaml"
    spec.write_bytes(b"openapi: 3.1.0\ninfo: {title: \xff}\n")
    with pytest.raises(SpecError, match="not UTF-8 text"):
        load_document(spec)


def test_yaml_dates_stay_text_and_other_scalars_keep_their_types(tmp_path: Path) -> None:
    spec = tmp_path / "s.yaml"
    spec.write_text(
        "a: 2024-01-01T00:00:00Z\nb: 2024-01-02\nc: 1\nd: true\ne: null\nf: 1.5\n",
        encoding="utf-8",
    )
    document = load_document(spec)
    assert document == {
        "a": "2024-01-01T00:00:00Z",
        "b": "2024-01-02",
        "c": 1,
        "d": True,
        "e": None,
        "f": 1.5,
    }
    json.dumps(document)  # JSON, as every target writes it
