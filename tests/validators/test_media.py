"""The validators of bodies beyond JSON: a form or multipart body is the object of its fields
(a multipart file checked for presence only: JSON Schema cannot say what bytes are), a text body
a string, a binary body has none. Each verdict is checked against jsonschema on the schema the
spec writes, except where a file stands, so the test follows the spec rather than pinning it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
import yaml

from generator.cli import read_model
from generator.model import ApiModel
from generator.targets.validators.module import build_module
from tests.validators.support import load_source

ROOT = Path(__file__).resolve().parents[2]
UPLOADS = ROOT / "tests" / "specs" / "realworld" / "readme-file-uploads.yaml"

DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Media", "version": "1"},
    "paths": {
        "/notes": {
            "post": {
                "operationId": "postNote",
                "requestBody": {
                    "required": True,
                    "content": {
                        "text/plain": {"schema": {"type": "string", "maxLength": 5}},
                        "application/x-www-form-urlencoded": {
                            "schema": {
                                "type": "object",
                                "required": ["title"],
                                "properties": {
                                    "title": {"type": "string", "minLength": 1},
                                    "stars": {"type": "integer", "maximum": 5},
                                },
                            }
                        },
                        "multipart/form-data": {
                            "schema": {
                                "type": "object",
                                "required": ["title", "scan"],
                                "properties": {
                                    "title": {"type": "string"},
                                    "scan": {"type": "string", "contentMediaType": "image/png"},
                                    "pages": {
                                        "type": "array",
                                        "maxItems": 2,
                                        "items": {"type": "string", "format": "binary"},
                                    },
                                },
                            }
                        },
                        "application/octet-stream": {},
                    },
                },
                "responses": {"204": {"description": "ok"}},
            }
        }
    },
}


def _module(model: ApiModel) -> Any:
    return load_source(build_module(model, docstring="Test.").source, "media")


def _model(tmp_path: Path) -> ApiModel:
    spec = tmp_path / "media.yaml"
    spec.write_text(yaml.safe_dump(DOCUMENT, sort_keys=False), encoding="utf-8")
    return read_model(spec)


def _schema(content_type: str) -> Any:
    return DOCUMENT["paths"]["/notes"]["post"]["requestBody"]["content"][content_type]["schema"]


def test_text_and_form_bodies_follow_their_schemas(tmp_path: Path) -> None:
    validators = _module(_model(tmp_path))
    cases = {
        "text/plain": ["short", "too long", 5],
        "application/x-www-form-urlencoded": [
            {"title": "a", "stars": 5},
            {"title": "", "stars": 5},
            {"stars": 6},
            {"title": "a", "stars": "5"},  # a form's values are bound to the schema's types
        ],
    }
    for content_type, values in cases.items():
        for value in values:
            got = validators.is_valid(f"postNote.body.{content_type}", value)
            assert got == jsonschema.Draft202012Validator(_schema(content_type)).is_valid(value)
    assert validators.is_valid("postNote.body.text/plain", "ok")
    assert not validators.is_valid("postNote.body.text/plain", "too long")


def test_multipart_files_are_checked_for_presence_only(tmp_path: Path) -> None:
    validators = _module(_model(tmp_path))
    name = "postNote.body.multipart/form-data"
    scan = object()  # whatever the server binds a file to (an UploadedFile)
    assert validators.is_valid(name, {"title": "t", "scan": scan})
    assert validators.is_valid(name, {"title": "t", "scan": b"\x89PNG", "pages": [b"1", b"2"]})
    assert not validators.is_valid(name, {"title": "t"})  # the file is required
    assert not validators.is_valid(name, {"title": 1, "scan": scan})  # the fields still checked
    assert not validators.is_valid(name, {"title": "t", "scan": scan, "pages": [b"1"] * 3})
    errors = validators.validate(name, {"title": "t"})
    assert "scan" in errors[0].message
    # with the files as strings, the verdict is jsonschema's on the schema as written
    for value in ({"title": "t", "scan": "x"}, {"title": 2, "scan": "x"}, {"scan": "x"}):
        expected = jsonschema.Draft202012Validator(_schema("multipart/form-data")).is_valid(value)
        assert validators.is_valid(name, value) == expected


def test_binary_bodies_have_no_validator(tmp_path: Path) -> None:
    listed = {name for name, _ in build_module(_model(tmp_path), docstring="Test.").entries}
    assert "postNote.body.application/octet-stream" not in listed
    assert {
        "postNote.body.text/plain",
        "postNote.body.application/x-www-form-urlencoded",
        "postNote.body.multipart/form-data",
    } <= listed


def test_the_corpus_upload_bodies_have_field_validators() -> None:
    model = read_model(UPLOADS)
    listed = {name for name, _ in build_module(model, docstring="Test.").entries}
    for op in model.operations:
        for media in op.request_body.content if op.request_body else ():
            name = f"{op.operation_id}.body.{media.content_type}"
            assert (name in listed) == (media.kind != "binary" and media.schema is not None)
