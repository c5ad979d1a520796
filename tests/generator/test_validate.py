"""generator.spec.validate: a document seen valid is remembered; a failing one never is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openapi_spec_validator
import pytest

from generator.errors import SpecError
from generator.spec.validate import validate_document


def document(title: str = "T") -> dict[str, Any]:
    return {"openapi": "3.1.0", "info": {"title": title, "version": "1.0.0"}, "paths": {}}


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "pinpoint-generator" / "valid"


class Refused(Exception):
    pass


def without_the_validator(monkeypatch: pytest.MonkeyPatch) -> None:
    """openapi-spec-validator refuses to run from now on."""

    def refuse(*args: object) -> None:
        raise Refused

    monkeypatch.setattr(openapi_spec_validator, "OpenAPIV31SpecValidator", refuse)


def test_a_valid_document_is_validated_once(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    validate_document(document())
    assert len(list(cache.iterdir())) == 1
    without_the_validator(monkeypatch)
    validate_document(document())  # remembered: the validator is not needed
    with pytest.raises(Refused):
        validate_document(document("another"))  # not remembered: validated


def test_a_failing_document_is_never_remembered(cache: Path) -> None:
    broken = {**document(), "info": {"title": "T"}}  # no version
    for _ in range(2):
        with pytest.raises(SpecError) as raised:
            validate_document(broken)
        assert "version" in raised.value.message
    assert not cache.exists()


def test_key_order_is_not_content(cache: Path) -> None:
    validate_document(document())
    reordered = dict(reversed(list(document().items())))
    validate_document(reordered)
    assert len(list(cache.iterdir())) == 1


def test_an_unwritable_cache_still_validates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # a file: no folder can be made in it
    validate_document(document())
    with pytest.raises(SpecError):
        validate_document({**document(), "info": {"title": "T"}})


def _v30(schema: Any) -> dict[str, Any]:
    return {**document(), "openapi": "3.0.3", "components": {"schemas": {"S": schema}}}


def test_a_30_document_may_write_31s_type_null(cache: Path) -> None:
    validate_document(_v30({"anyOf": [{"type": "string"}, {"type": "null"}]}))
    stock = openapi_spec_validator.schemas.schema_v30["definitions"]["Schema"]
    assert "null" not in stock["properties"]["type"]["enum"], "the stock schema was modified"


@pytest.mark.parametrize(
    "schema",
    [
        {"type": ["string", "null"]},  # 3.1's type list stays refused in 3.0
        {"type": "nil"},
        {"anyOf": [{"type": "null"}], "properties": []},  # broken beside a tolerated null
    ],
)
def test_a_broken_30_schema_still_fails_located(cache: Path, schema: Any) -> None:
    with pytest.raises(SpecError) as raised:
        validate_document(_v30(schema))
    assert raised.value.where.startswith("components.schemas.S"), raised.value
    assert raised.value.message.strip()
    assert not cache.exists()


def test_a_failed_one_of_names_the_deepest_error_under_it(cache: Path) -> None:
    """The fast backend reports "not valid under any of the given schemas" at the component;
    the error names the keyword that is wrong instead."""
    schema = {"type": "object", "properties": {"tag": {"type": ["string", "null"]}}}
    with pytest.raises(SpecError) as raised:
        validate_document(_v30(schema))
    assert raised.value.where == "components.schemas.S.properties.tag.type"
    assert "is not of type 'string'" in raised.value.message


def test_an_error_under_a_status_code_is_located_with_the_documents_key(cache: Path) -> None:
    response = {
        "description": "ok",
        "content": {"application/json": {"schema": {"type": ["string", "null"]}}},
    }
    broken = {
        **document(),
        "openapi": "3.0.3",
        "paths": {"/x": {"get": {"responses": {"200": response}}}},
    }
    with pytest.raises(SpecError) as raised:
        validate_document(broken)
    assert raised.value.where == "paths./x.get.responses.200.content.application/json.schema.type"
