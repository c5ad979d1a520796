"""Media types in the model: every kind loading keeps reaches the model with its schema and
encodings, a request's Content-Type picks the entry, and a target's restricted model (and
document) holds only what it serves, as the pipeline hands it over."""

from __future__ import annotations

from typing import Any

import pytest

from generator.model import build_model, covers, media_kind, pick
from generator.pipeline import with_media_warnings
from generator.spec.normalize import normalize
from generator.targets import media_warnings, only_json


@pytest.mark.parametrize(
    ("content_type", "kind"),
    [
        ("application/json", "json"),
        ("Application/JSON; charset=utf-8", "json"),
        ("application/problem+json", "json"),
        ("application/vnd.api+json", "json"),
        ("application/x-www-form-urlencoded", "form"),
        ("multipart/form-data; boundary=x", "multipart"),
        ("text/plain", "text"),
        ("text/html; charset=utf-8", "text"),
        ("text/*", "text"),
        ("application/octet-stream", "binary"),
        ("image/png", "binary"),
        ("image/*", "binary"),
        ("*/*", "binary"),
        ("application/pdf", "binary"),
        ("application/xml", None),
        ("application/atom+xml", None),
        ("application/x-ndjson", None),
        ("multipart/mixed", None),
    ],
)
def test_media_kind(content_type: str, kind: str | None) -> None:
    assert media_kind(content_type) == kind


def test_covers_ranges() -> None:
    assert covers("image/*", "image/png")
    assert covers("*/*", "application/json")
    assert covers("text/plain", "text/plain; charset=utf-8")
    assert not covers("image/*", "text/plain")
    assert not covers("image/png", "image/jpeg")


def _document() -> dict[str, Any]:
    upload = {
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {"id": {"type": "integer"}, "file": {"format": "binary"}},
                },
                "encoding": {"file": {"contentType": "image/png"}},
            },
            "application/json": {"schema": {"type": "object"}},
            "image/*": {"schema": {"type": "string", "format": "binary"}},
        }
    }
    ok = {
        "200": {
            "description": "ok",
            "content": {
                "application/json": {"schema": {"type": "object"}},
                "text/html": {"schema": {"type": "string"}},
            },
        }
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/up": {"post": {"operationId": "up", "requestBody": upload, "responses": ok}},
            "/form": {
                "post": {
                    "operationId": "form",
                    "requestBody": {"$ref": "#/components/requestBodies/Form"},
                    "responses": {"204": {"description": "ok"}},
                }
            },
        },
        "components": {
            "requestBodies": {
                "Form": {
                    "content": {
                        "application/x-www-form-urlencoded": {
                            "schema": {"type": "object"},
                            "encoding": {"tags": {"style": "form", "explode": False}},
                        }
                    }
                }
            }
        },
    }


def _model() -> Any:
    return build_model(normalize(_document()).document, "t.yaml")


def test_every_kind_reaches_the_model_with_schema_encoding_and_location() -> None:
    up, form = _model().operations
    assert up.request_body is not None and form.request_body is not None
    kinds = [(m.content_type, m.kind) for m in up.request_body.content]
    assert kinds == [
        ("multipart/form-data", "multipart"),
        ("application/json", "json"),
        ("image/*", "binary"),
    ]
    multipart = up.request_body.content[0]
    assert multipart.schema is not None and "file" in multipart.schema.data["properties"]
    file = multipart.encoding_for("file")
    assert file is not None and file.content_type == "image/png"
    assert multipart.location == "paths./up.post.requestBody.content.multipart/form-data"
    (urlencoded,) = form.request_body.of_kind("form")
    tags = urlencoded.encoding_for("tags")
    assert tags is not None and (tags.style, tags.explode) == ("form", False)
    assert urlencoded.location.startswith("components.requestBodies.Form.content.")
    assert [m.kind for m in up.responses[0].content] == ["json", "text"]


def test_the_request_content_type_picks_the_narrowest_entry() -> None:
    up = _model().operations[0]
    assert up.request_body is not None
    body = up.request_body
    assert body.for_content_type("multipart/form-data; boundary=abc") is body.content[0]
    picked = body.for_content_type("image/png")
    assert picked is not None and picked.content_type == "image/*"
    assert body.for_content_type("text/plain") is None
    assert pick(body.content, "application/json") is body.json


def test_restricted_keeps_only_what_a_target_serves_in_model_and_document() -> None:
    model = _model()
    json_only = model.restricted(only_json)
    up, form = json_only.operations
    assert up.request_body is not None
    assert [m.content_type for m in up.request_body.content] == ["application/json"]
    assert [m.content_type for m in up.responses[0].content] == ["application/json"]
    assert form.request_body is None  # nothing it serves left: no body, as loading does
    document = json_only.document
    assert list(document["paths"]["/up"]["post"]["requestBody"]["content"]) == ["application/json"]
    assert "requestBody" not in document["paths"]["/form"]["post"]
    assert document["components"]["requestBodies"]["Form"]["content"] == {}
    # the full model is untouched, and a target serving everything gets it as it is
    assert len(model.operations[0].request_body.content) == 3
    assert model.restricted(lambda _: True) is model
    assert json_only.restricted(only_json) is json_only


def test_media_warnings_name_the_targets_that_skip() -> None:
    model = _model()
    warnings = dict(
        media_warnings(
            model, {"client": only_json, "server": lambda t: True, "validators": only_json}
        )
    )
    assert warnings["paths./up.post.requestBody.content.multipart/form-data"] == (
        "media type 'multipart/form-data' is not served by the client and validators yet;"
        " skipped there"
    )
    assert warnings["components.requestBodies.Form"] == (
        "the request body is not served by the client and validators yet; skipped there"
    )
    everywhere = dict(media_warnings(model, {"client": only_json, "validators": only_json}))
    assert everywhere["paths./up.post.responses.200.content.text/html"] == (
        "media type 'text/html' is not served yet; skipped"
    )
    # the pipeline asks the targets themselves: the server serves every kind, so it warns none
    assert with_media_warnings(model, ("server",)).warnings == ()
