"""Request bodies and answers beyond JSON, over real HTTP: servers generated from the corpus
documents that use them (file uploads, forms, several response media types), run by uvicorn on
127.0.0.1, called by httpx, which builds real multipart and form bodies.

The requests are built from each document's schemas (a file for every binary property, a number
for every integer one), so what a handler must see is computed from the spec, not pinned.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.cli import read_model
from generator.model import ApiModel, MediaType, Operation
from tests.server.support import ROOT, generate_server, import_generated, serve

CORPUS = ROOT / "tests" / "specs" / "realworld"
UPLOADS = CORPUS / "readme-file-uploads.yaml"
FORM = CORPUS / "readme-form-data.yaml"
ANSWERS = CORPUS / "readme-response-multiple-mediatypes.yaml"


class Served:
    """A generated server package, its model, the handlers' record and the base URL."""

    def __init__(self, spec: Path, folder: Path) -> None:
        self.model: ApiModel = read_model(spec)
        self.pkg = import_generated(generate_server(spec, folder))
        self.errors = __import__(f"{self.pkg.__name__}.errors", fromlist=["x"])
        self.seen: list[Any] = []
        self.answer: Any = None  # what the handlers put in a response body, when it has one
        self.url = ""

    def error_type(self, status: int) -> str:
        """The error class the package answers a status with (declared, else generic)."""
        names = [
            name
            for name in self.errors.__all__
            if name != "ApiError" and getattr(self.errors, name).status == status
        ]
        return names[0]

    def operation(self, python_name: str) -> Operation:
        return next(op for op in self.model.operations if op.python_name == python_name)

    def handlers(self) -> Any:
        served = self

        def method(op: Operation) -> Any:
            response_class = getattr(self.pkg, f"{op.class_name}Response")

            async def handle(_self: Any, request: Any) -> Any:
                served.seen.append(request)
                if "body" in response_class.__slots__:
                    return response_class(body=served.answer)
                return response_class()

            return handle

        methods = {op.python_name: method(op) for op in self.model.operations}
        return type("Recording", (self.pkg.HandlersBase,), methods)()


@pytest.fixture(scope="module")
def served(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Served]:
    spec: Path = request.param
    target = Served(spec, tmp_path_factory.mktemp(spec.stem))
    with serve(target.pkg.create_app(target.handlers())) as url:
        target.url = url
        yield target


def _media(op: Operation, kind: str) -> MediaType:
    assert op.request_body is not None
    (media,) = op.request_body.of_kind(kind)  # type: ignore[arg-type]
    return media


def _properties(model: ApiModel, media: MediaType) -> dict[str, Any]:
    assert media.schema is not None
    return {k: v.resolved for k, v in model.node(media.schema).resolved.properties.items()}


def _is_file(node: Any) -> bool:
    return node.keywords.get("format") == "binary"


def _assert_error(response: httpx.Response, served: Served, status: int, *words: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["x-amzn-errortype"] == served.error_type(status)
    assert response.headers["content-type"] == "application/json"
    message = next(v for k, v in response.json().items() if k.lower() == "message")
    for word in words:
        assert word in message, message


def _multipart_ops(served: Served) -> list[Operation]:
    return [
        op
        for op in served.model.operations
        if op.request_body is not None and op.request_body.of_kind("multipart")
    ]


@pytest.mark.parametrize("served", [UPLOADS], indirect=True)
def test_multipart_bodies_bind_files_and_typed_fields(served: Served) -> None:
    ops = _multipart_ops(served)
    assert ops, "the document has multipart bodies"
    for op in ops:
        props = _properties(served.model, _media(op, "multipart"))
        files: list[tuple[str, tuple[str, bytes, str]]] = []
        data: dict[str, str] = {}
        expected: dict[str, Any] = {}
        for index, (name, node) in enumerate(props.items()):
            if _is_file(node):
                payload = bytes(range(256)) * (index + 1)
                files.append((name, (f"{name}.bin", payload, "application/x-test")))
                expected[name] = ("file", f"{name}.bin", "application/x-test", payload)
            elif node.types == ("array",) and _is_file(node.items.resolved):
                parts = [(name, (f"{name}{i}.txt", b"part %d" % i, "text/plain")) for i in range(2)]
                files += parts
                expected[name] = [("file", p[1][0], p[1][2], p[1][1]) for p in parts]
            elif node.types == ("integer",):
                data[name] = str(index + 40)
                expected[name] = index + 40
            else:
                data[name] = f"text {index}"
                expected[name] = f"text {index}"
        served.seen.clear()
        response = httpx.request(op.method, served.url + op.path, data=data, files=files)
        assert response.status_code == op.success_responses[0].status_code, response.text
        (request,) = served.seen
        bound = {}
        for key, value in request.body.items():
            if isinstance(value, list):
                bound[key] = [("file", v.filename, v.content_type, v.data) for v in value]
            elif hasattr(value, "data"):
                bound[key] = ("file", value.filename, value.content_type, value.data)
            else:
                bound[key] = value
        assert bound == expected


@pytest.mark.parametrize("served", [UPLOADS], indirect=True)
def test_bad_multipart_bodies_are_400_naming_the_field(served: Served) -> None:
    op = next(
        op
        for op in _multipart_ops(served)
        if any(
            n.types == ("integer",)
            for n in _properties(served.model, _media(op, "multipart")).values()
        )
    )
    props = _properties(served.model, _media(op, "multipart"))
    number = next(name for name, node in props.items() if node.types == ("integer",))
    url = served.url + op.path
    response = httpx.request(op.method, url, files={number: (None, b"forty")})
    _assert_error(response, served, 400, repr(number), "'forty'", "integer")
    response = httpx.request(op.method, url, files=[(number, (None, b"1")), (number, (None, b"2"))])
    _assert_error(response, served, 400, repr(number), "repeated")
    boundary = "b0undary"
    headers = {"Content-Type": f"multipart/form-data; boundary={boundary}"}
    truncated = f'--{boundary}\r\nContent-Disposition: form-data; name="{number}"\r\n\r\n1'
    response = httpx.request(op.method, url, content=truncated.encode(), headers=headers)
    _assert_error(response, served, 400, "closing boundary")
    response = httpx.request(
        op.method, url, content=b"no boundary here", headers={"Content-Type": "multipart/form-data"}
    )
    _assert_error(response, served, 400, "boundary")
    nameless = f"--{boundary}\r\nContent-Type: text/plain\r\n\r\nx\r\n--{boundary}--\r\n"
    response = httpx.request(op.method, url, content=nameless.encode(), headers=headers)
    _assert_error(response, served, 400, "Content-Disposition")


@pytest.mark.parametrize("served", [UPLOADS], indirect=True)
def test_binary_bodies_are_bytes_and_other_types_415(served: Served) -> None:
    op = next(
        op
        for op in served.model.operations
        if op.request_body and op.request_body.of_kind("binary")
    )
    declared = _media(op, "binary").content_type
    payload = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    served.seen.clear()
    response = httpx.request(
        op.method, served.url + op.path, content=payload, headers={"Content-Type": declared}
    )
    assert response.status_code == op.success_responses[0].status_code, response.text
    assert served.seen[-1].body == payload
    response = httpx.request(
        op.method, served.url + op.path, content=b"hello", headers={"Content-Type": "text/plain"}
    )
    _assert_error(response, served, 415, "'text/plain'", declared)
    response = httpx.request(
        op.method, served.url + op.path, content=b"hello", headers={"Content-Type": "no-slash"}
    )
    _assert_error(response, served, 400, "Content-Type")


@pytest.mark.parametrize("served", [FORM], indirect=True)
def test_form_bodies_bind_into_the_schema_types(served: Served) -> None:
    (op,) = [op for op in served.model.operations if op.request_body]
    media = _media(op, "form")
    props = _properties(served.model, media)
    assert media.schema is not None
    required = served.model.node(media.schema).resolved.required
    data = {}
    expected: dict[str, Any] = {}
    for index, (name, node) in enumerate(props.items()):
        if node.types == ("integer",):
            data[name], expected[name] = str(index), index
        else:
            data[name], expected[name] = f"välue {index}&=", f"välue {index}&="
    served.answer = served.pkg.RawJSON(b"{}")
    served.seen.clear()
    url = served.url + op.path
    response = httpx.request(op.method, url, data=data)
    assert response.status_code == op.success_responses[0].status_code, response.text
    assert served.seen[-1].body == expected
    missing = required[0]
    response = httpx.request(op.method, url, data={k: v for k, v in data.items() if k != missing})
    _assert_error(response, served, 400, repr(missing))
    number = next(name for name, node in props.items() if node.types == ("integer",))
    response = httpx.request(op.method, url, data={**data, number: "many"})
    _assert_error(response, served, 400, repr(number), "integer")
    response = httpx.request(
        op.method, url, content=b"a=%ff", headers={"Content-Type": media.content_type}
    )
    _assert_error(response, served, 400, "UTF-8")
    response = httpx.request(op.method, url, json=expected)
    _assert_error(response, served, 415, "application/json", media.content_type)


@pytest.mark.parametrize("served", [ANSWERS], indirect=True)
def test_answers_follow_accept_among_the_declared_types(served: Served) -> None:
    op = next(op for op in served.model.operations if len(op.success_responses[0].content) > 1)
    declared = [m.content_type for m in op.success_responses[0].content]
    assert {m.kind for m in op.success_responses[0].content} == {"text", "json"}
    served.answer = "OK"
    url = served.url + op.path
    first = httpx.request(op.method, url, json={})
    assert first.status_code == 200, first.text
    assert first.headers["content-type"].split(";")[0] == declared[0]
    for content_type in declared:
        response = httpx.request(op.method, url, json={}, headers={"Accept": content_type})
        assert response.headers["content-type"].split(";")[0] == content_type
        expected = b'"OK"' if content_type.endswith("json") else b"OK"
        assert response.content == expected
        assert int(response.headers["content-length"]) == len(expected)
    last = declared[-1]
    weighted = f"{declared[0]};q=0.2, {last}"
    response = httpx.request(op.method, url, json={}, headers={"Accept": weighted})
    assert response.headers["content-type"].split(";")[0] == last
    response = httpx.request(op.method, url, json={}, headers={"Accept": "image/png"})
    assert response.headers["content-type"].split(";")[0] == declared[0]  # the first declared
    text = next(m.content_type for m in op.success_responses[0].content if m.kind == "text")
    json_type = next(m.content_type for m in op.success_responses[0].content if m.kind == "json")
    served.answer = b"\xffraw"  # bytes: only text carries them, whatever Accept says
    response = httpx.request(op.method, url, json={}, headers={"Accept": json_type})
    assert response.headers["content-type"].split(";")[0] == text
    assert response.content == b"\xffraw"
    served.answer = {"a": [1]}  # a dict: only JSON carries it
    response = httpx.request(op.method, url, json={}, headers={"Accept": text})
    assert response.headers["content-type"] == json_type
    assert response.json() == {"a": [1]}
    served.answer = {1j}  # encodable by none: the handler's bug, a 500
    response = httpx.request(op.method, url, json={}, headers={"Accept": json_type})
    _assert_error(response, served, 500, "Internal")


def test_json_only_operations_keep_reading_any_body_as_json() -> None:
    """A JSON-only API (Pinpoint's) takes JSON whatever the Content-Type says, as before."""
    spec = ROOT / "tests" / "server" / "specs" / "widgets.yaml"
    text = spec.read_text(encoding="utf-8")
    assert "multipart/" not in text and "x-www-form" not in text
    model = read_model(spec)
    assert all(
        m.content_type == "application/json"
        for op in model.operations
        if op.request_body
        for m in op.request_body.content
    )


def test_media_module_only_where_needed(tmp_path: Path) -> None:
    project = generate_server(UPLOADS, tmp_path / "uploads")
    assert (project / project.name / "_media.py").is_file()
    plain = generate_server(ROOT / "tests" / "server" / "specs" / "widgets.yaml", tmp_path / "w")
    assert not (plain / plain.name / "_media.py").exists()
    assert "UnsupportedMediaType" not in (plain / plain.name / "errors.py").read_text()
    assert json.loads("{}") == {}


@pytest.mark.parametrize("served", [UPLOADS], indirect=True)
def test_mangled_multipart_bodies_never_get_a_500(served: Served) -> None:
    """Seeded mutations of a real multipart body (bytes dropped, flipped, inserted, cut): every
    answer is the success, a 400 or a 415, never a 500; and 1001 parts are refused."""
    import random

    op = _multipart_ops(served)[0]
    props = list(_properties(served.model, _media(op, "multipart")))
    request = httpx.Request(
        op.method,
        served.url + op.path,
        files=[(name, (f"{name}.bin", b"data\r\n--x", "image/png")) for name in props],
    )
    body = request.read()
    content_type = request.headers["content-type"]
    rng = random.Random(13)
    pieces = [b"\r\n", b"--", b'"', b";", b"=", b"\xff", b"name", b"\r\n\r\n", b"filename*="]
    allowed = {op.success_responses[0].status_code, 400, 415}
    with httpx.Client() as client:
        for _ in range(300):
            mangled = bytearray(body)
            for _ in range(rng.randint(1, 4)):
                at = rng.randrange(len(mangled) + 1)
                action = rng.randrange(4)
                if action == 0:
                    del mangled[at : at + rng.randint(1, 8)]
                elif action == 1 and at < len(mangled):
                    mangled[at] = rng.randrange(256)
                elif action == 2:
                    mangled[at:at] = rng.choice(pieces)
                else:
                    del mangled[at:]
            response = client.request(
                op.method, served.url + op.path, content=bytes(mangled),
                headers={"Content-Type": content_type},
            )  # fmt: skip
            assert response.status_code in allowed, (bytes(mangled), response.text)
        boundary = "many"
        parts = b"".join(
            b'--many\r\nContent-Disposition: form-data; name="x%d"\r\n\r\nv\r\n' % i
            for i in range(1001)
        )
        response = client.request(
            op.method, served.url + op.path, content=parts + b"--many--\r\n",
            headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
        )  # fmt: skip
        _assert_error(response, served, 400, "1000")


NOTES: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Notes", "version": "1"},
    "paths": {
        "/notes": {
            "post": {
                "operationId": "postNote",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/problem+json": {
                            "schema": {"$ref": "#/components/schemas/Note"}
                        },
                        "application/x-www-form-urlencoded": {
                            "schema": {"$ref": "#/components/schemas/Note"},
                            "encoding": {"labels": {"style": "form", "explode": False}},
                        },
                        "text/*": {"schema": {"type": "string", "maxLength": 8}},
                        "multipart/form-data": {
                            "schema": {
                                "type": "object",
                                "required": ["scan"],
                                "properties": {
                                    "meta": {
                                        "type": "object",
                                        "properties": {"n": {"type": "integer"}},
                                    },
                                    "scan": {"type": "string", "contentMediaType": "image/png"},
                                },
                            },
                            "encoding": {"meta": {"contentType": "application/json"}},
                        },
                    },
                },
                "responses": {"204": {"description": "stored"}},
            }
        }
    },
    "components": {
        "schemas": {
            "Note": {
                "type": "object",
                "required": ["title"],
                "properties": {
                    "title": {"type": "string"},
                    "stars": {"type": "integer", "maximum": 5},
                    "draft": {"type": "boolean"},
                    "labels": {"type": "array", "items": {"type": "string"}},
                },
            }
        }
    },
}


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    import yaml

    folder = tmp_path_factory.mktemp("notes")
    spec = folder / "notes.yaml"
    spec.write_text(yaml.safe_dump(NOTES, sort_keys=False), encoding="utf-8")
    target = Served(spec, folder)
    with serve(target.pkg.create_app(target.handlers())) as url:
        target.url = url
        yield target


def test_one_body_in_several_types_binds_the_same_fields(notes: Served) -> None:
    url = notes.url + "/notes"
    note = {"title": "t", "stars": 4, "draft": True, "labels": ["a", "b"]}
    notes.seen.clear()
    response = httpx.post(
        url, content=json.dumps(note), headers={"Content-Type": "application/problem+json"}
    )
    assert response.status_code == 204, response.text
    form = {"title": "t", "stars": "4", "draft": "true", "labels": "a,b"}  # explode: false
    assert httpx.post(url, data=form).status_code == 204
    assert [r.body for r in notes.seen] == [note, note]
    response = httpx.post(url, data={**form, "stars": "6"})
    _assert_error(response, notes, 400, "'stars'")
    response = httpx.post(url, data={**form, "draft": "yes"})
    _assert_error(response, notes, 400, "'draft'", "true or false")
    response = httpx.post(url, content=b"{}", headers={"Content-Type": "application/json"})
    _assert_error(response, notes, 415, "application/problem+json")
    response = httpx.post(url)
    _assert_error(response, notes, 400, "required")


def test_text_bodies_are_strings_in_their_charset(notes: Served) -> None:
    url = notes.url + "/notes"
    notes.seen.clear()
    response = httpx.post(
        url,
        content="héllo".encode("latin-1"),
        headers={"Content-Type": "text/plain; charset=latin-1"},
    )
    assert response.status_code == 204, response.text
    assert notes.seen[-1].body == "héllo"
    response = httpx.post(url, content=b"\xff", headers={"Content-Type": "text/markdown"})
    _assert_error(response, notes, 400, "utf-8")
    response = httpx.post(url, content=b"far too long", headers={"Content-Type": "text/plain"})
    _assert_error(response, notes, 400, "Invalid request body")
    response = httpx.post(
        url, content=b"x", headers={"Content-Type": "text/plain; charset=no-such"}
    )
    _assert_error(response, notes, 400, "charset")


def test_multipart_json_parts_and_required_files(notes: Served) -> None:
    url = notes.url + "/notes"
    notes.seen.clear()
    files = {
        "meta": (None, b'{"n": 3}', "application/json"),
        "scan": ("s.png", b"\x89PNG", "image/png"),
    }
    response = httpx.post(url, files=files)
    assert response.status_code == 204, response.text
    body = notes.seen[-1].body
    assert body["meta"] == {"n": 3}
    assert (body["scan"].filename, body["scan"].content_type, body["scan"].data) == (
        "s.png", "image/png", b"\x89PNG",
    )  # fmt: skip
    response = httpx.post(url, files={"meta": files["meta"]})
    _assert_error(response, notes, 400, "scan")
    response = httpx.post(url, files={**files, "meta": (None, b"{", "application/json")})
    _assert_error(response, notes, 400, "'meta'", "JSON")
    requests = __import__(f"{notes.pkg.__name__}.requests", fromlist=["x"])
    parts = requests.PostNoteRequestParts
    assert parts.__required_keys__ == {"scan"}
