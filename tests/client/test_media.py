"""The client sends and reads every media type: forms, multipart bodies with files, binary and
text bodies, and responses read by their Content-Type.

Clients are generated from corpus documents (tests/specs/realworld/readme-*.yaml) and talk
over real HTTP to an ASGI app on 127.0.0.1 that keeps each request's bytes and answers what the
test asks; the bytes are parsed here with the standard library (``urllib.parse``, ``email``),
not with the client's own code. Field names, types and media types come from the documents.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs

import pytest

from generator.config import Config
from generator.model import ApiModel, Operation
from generator.pipeline import read_model, validated_generate
from tests.server.support import serve
from tests.support.servers import ROOT

CORPUS = ROOT / "tests" / "specs" / "realworld"


@dataclass
class Echo:
    """Keeps the last request; answers ``answer`` (status, Content-Type, body)."""

    requests: list[dict[str, Any]] = field(default_factory=list)
    answer: tuple[int, str | None, bytes] = (200, None, b"")

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        self.requests.append(
            {"method": scope["method"], "path": scope["path"], "headers": headers, "body": body}
        )
        status, content_type, payload = self.answer
        reply = [(b"content-length", str(len(payload)).encode())]
        if content_type:
            reply.append((b"content-type", content_type.encode()))
        await send({"type": "http.response.start", "status": status, "headers": reply})
        await send({"type": "http.response.body", "body": payload})

    @property
    def last(self) -> dict[str, Any]:
        return self.requests[-1]


@dataclass(frozen=True)
class Generated:
    model: ApiModel
    client: ModuleType

    def operation(self, method: str, path: str) -> Operation:
        return next(op for op in self.model.operations if (op.method, op.path) == (method, path))

    @property
    def sync_class(self) -> Any:
        """The sync client class (high_level names it first)."""
        return getattr(self.client, self.client.high_level.__all__[0])

    def method(self, instance: Any, op: Operation) -> Any:
        return getattr(instance, op.python_name)


def _generate(name: str, out: Path) -> Generated:
    spec = CORPUS / name
    package = "media_" + "".join(c if c.isalnum() else "_" for c in spec.stem)
    config = Config(spec=spec, out=out, client_package=package, only=("client",))
    validated_generate(config, out)
    sys.path.insert(0, str(out / package))
    try:
        module = importlib.import_module(package)
    finally:
        sys.path.remove(str(out / package))
    return Generated(read_model(spec, ("client",)), module)


@pytest.fixture(scope="module")
def echo() -> Iterator[tuple[Echo, str]]:
    app = Echo()
    with serve(app, lifespan="off") as url:
        yield app, url


def _value(schema: dict[str, Any], name: str) -> Any:
    """A value of a property's type (strings name the property, so every field differs)."""
    kind = schema.get("type")
    if kind == "integer":
        return 7 + len(name)
    if kind == "boolean":
        return True
    return f"value of {name}"


def _wire(value: Any) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def _multipart(request: dict[str, Any]) -> list[EmailMessage]:
    raw = f"Content-Type: {request['headers']['content-type']}\r\n\r\n".encode() + request["body"]
    message = BytesParser(policy=HTTP).parsebytes(raw)
    assert isinstance(message, EmailMessage) and message.is_multipart()
    return [p for p in message.iter_parts() if isinstance(p, EmailMessage)]


# -- forms ------------------------------------------------------------------------------------
def test_a_form_body_is_sent_urlencoded_and_the_json_answer_read(
    echo: tuple[Echo, str], tmp_path: Path
) -> None:
    app, url = echo
    generated = _generate("readme-form-data.yaml", tmp_path)
    [op] = [o for o in generated.model.operations if o.request_body is not None]
    [media] = op.request_body.content if op.request_body else ()
    assert media.kind == "form" and media.schema is not None
    schema = generated.model.node(media.schema).resolved
    fields = {name: _value(sub.keywords, name) for name, sub in schema.properties.items()}
    ok = op.success_responses[0]
    token_schema = generated.model.node(ok.json.schema if ok.json else None).resolved
    token = {name: _value(sub.keywords, name) for name, sub in token_schema.properties.items()}
    app.answer = (200, "application/json", json.dumps(token).encode())
    with generated.sync_class(url, max_attempts=1) as client:
        result = generated.method(client, op)(body=fields)
    request = app.last
    assert request["headers"]["content-type"] == media.content_type
    assert parse_qs(request["body"].decode(), keep_blank_values=True) == {
        k: [_wire(v)] for k, v in fields.items()
    }
    assert result.to_dict() == token  # the tool's model of the JSON answer


# -- multipart and binary ----------------------------------------------------------------------
def test_multipart_bodies_send_fields_and_files_and_binary_bodies_bytes(
    echo: tuple[Echo, str], tmp_path: Path
) -> None:
    app, url = echo
    generated = _generate("readme-file-uploads.yaml", tmp_path)
    File = generated.client.File
    app.answer = (200, None, b"")
    sent = 0
    with generated.sync_class(url, max_attempts=1) as client:
        for op in generated.model.operations:
            body = op.request_body
            assert body is not None
            [media] = body.content
            method = generated.method(client, op)
            if media.kind == "binary":
                data = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
                assert method(body=data) is None
                assert app.last["headers"]["content-type"] == media.content_type
                assert app.last["body"] == data
                sent += 1
                continue
            assert media.kind == "multipart" and media.schema is not None
            properties = generated.model.node(media.schema).resolved.properties
            fields: dict[str, Any] = {}
            files: dict[str, list[tuple[str, str, bytes]]] = {}
            for name, sub in properties.items():
                keywords = sub.resolved.keywords
                if keywords.get("format") == "binary":
                    content = f"the bytes of {name}\r\n--not a boundary\x00".encode()
                    fields[name] = File(
                        content, filename=f"{name}.pdf", content_type="application/pdf"
                    )
                    files[name] = [(f"{name}.pdf", "application/pdf", content)]
                elif keywords.get("type") == "array":
                    contents = [f"file {i} of {name}".encode() for i in range(3)]
                    fields[name] = contents  # bare bytes: named after the field
                    files[name] = [(name, "application/octet-stream", c) for c in contents]
                else:
                    fields[name] = _value(keywords, name)
            assert method(body=fields) is None
            parts = _multipart(app.last)
            seen_files: dict[str, list[tuple[str, str, bytes]]] = {}
            seen_fields: dict[str, str] = {}
            for part in parts:
                name = part.get_param("name", header="content-disposition")
                assert isinstance(name, str)
                payload = part.get_payload(decode=True)
                assert isinstance(payload, bytes)
                filename = part.get_filename()
                if filename is None:
                    seen_fields[name] = payload.decode()
                else:
                    seen_files.setdefault(name, []).append(
                        (filename, part.get_content_type(), payload)
                    )
            assert seen_files == files
            assert seen_fields == {k: _wire(v) for k, v in fields.items() if k not in files}
            sent += 1
    assert sent == len(generated.model.operations) == 3


# -- responses of several media types ------------------------------------------------------------
def test_a_response_is_read_by_its_content_type(echo: tuple[Echo, str], tmp_path: Path) -> None:
    app, url = echo
    generated = _generate("readme-response-multiple-mediatypes.yaml", tmp_path)
    mixed = [
        op
        for op in generated.model.operations
        if {m.kind for m in op.success_responses[0].content} >= {"json", "text"}
    ]
    assert mixed
    with generated.sync_class(url, max_attempts=1) as client:
        for op in mixed:
            response = op.success_responses[0]
            method = generated.method(client, op)
            text_media = next(m for m in response.content if m.kind == "text")
            app.answer = (
                int(response.status),
                f"{text_media.content_type}; charset=utf-8",
                b"OK \xe2\x9c\x93",
            )
            assert method(body={}) == "OK \u2713"
            request = app.last
            assert request["headers"]["accept"] == ", ".join(
                m.content_type for m in response.content
            )
            assert request["headers"]["content-type"] == "application/json"
            json_media = next(m for m in response.content if m.kind == "json")
            examples = generated.model.document["paths"][op.path][op.method.lower()]["responses"][
                response.status
            ]["content"][json_media.content_type]["examples"]
            for example in examples.values():
                app.answer = (
                    int(response.status),
                    json_media.content_type,
                    json.dumps(example["value"]).encode(),
                )
                assert method(body={}) == example["value"]


# -- a range: the caller names the type ---------------------------------------------------------
BLOBS = {
    "openapi": "3.1.0",
    "info": {"title": "Blobs", "version": "1"},
    "paths": {
        "/blobs/{name}": {
            "put": {
                "operationId": "putBlob",
                "parameters": [
                    {"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "requestBody": {
                    "required": True,
                    "content": {"image/*": {"schema": {"type": "string", "format": "binary"}}},
                },
                "responses": {"200": {"description": "The stored bytes.", "content": {"*/*": {}}}},
            }
        }
    },
}


def test_a_binary_range_takes_the_callers_content_type_and_bytes_come_back(
    echo: tuple[Echo, str], tmp_path: Path
) -> None:
    app, url = echo
    spec = tmp_path / "blobs.json"
    spec.write_text(json.dumps(BLOBS), encoding="utf-8")
    config = Config(spec=spec, out=tmp_path / "out", client_package="media_blobs", only=("client",))
    validated_generate(config, tmp_path / "out")
    sys.path.insert(0, str(tmp_path / "out" / "media_blobs"))
    try:
        module = importlib.import_module("media_blobs")
    finally:
        sys.path.remove(str(tmp_path / "out" / "media_blobs"))
    data = bytes(range(256)) * 3
    app.answer = (200, "application/x-anything", data[::-1])
    with getattr(module, module.high_level.__all__[0])(url, max_attempts=1) as client:
        assert client.put_blob(name="a b", body=data, content_type="image/webp") == data[::-1]
    assert app.last["headers"]["content-type"] == "image/webp"
    assert app.last["body"] == data and app.last["path"] == "/blobs/a b"
