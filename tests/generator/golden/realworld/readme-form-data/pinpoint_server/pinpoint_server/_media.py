"""Request bodies in every media type the spec declares, and answers in them (standard library
only). The ``Content-Type`` picks the declared media type (the exact type, else the narrowest
range such as ``image/*``; none: ``UnsupportedMediaTypeException``, 415), whose kind binds the body:

* JSON (``application/json``, any ``+json``): parsed, then validated against its schema;
* a form (``application/x-www-form-urlencoded``) and ``multipart/form-data``: one field per key
  or part, converted to its property's type (``integer``, ``number``, ``boolean``; an object or
  ``contentType: application/json`` part parsed as JSON), a list for an ``array`` property,
  then the object of fields validated; a multipart file is an :class:`UploadedFile` (its bytes,
  filename and Content-Type), checked for presence only;
* text (``text/*``): decoded by its ``charset`` (UTF-8 by default), validated as a string;
* binary (``application/octet-stream``, ``image/*``, ``*/*``...): the bytes as they came.

A body that breaks a rule is a ``BadRequestException`` (400) naming the field. Parsing is bounded: the
app's ``max_body_size`` bounds the bytes, ``MAX_FIELDS`` the fields and parts,
``MAX_PART_HEADERS`` a part's headers; each boundary is found by one linear scan.

An answer's media type is the handler's ``content_type`` if it sets one (a declared type must
cover it), else, among the declared types that can carry the body's Python type, the best the
request's ``Accept`` admits (document order among equal quality), else the first of them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from email import policy
from email.parser import HeaderParser
from typing import Any, Final, NoReturn
from urllib.parse import parse_qsl, urlencode

from pinpoint_server import _validators
from pinpoint_server.errors import BadRequestException, UnsupportedMediaTypeException

__all__ = ["Field", "Media", "UploadedFile", "answer", "bind_body"]

MAX_FIELDS: Final = 1000  # form fields or multipart parts in one body
MAX_PART_HEADERS: Final = 8192  # bytes of one part's headers
_MAX_ECHO: Final = 200  # characters of a client's value echoed in a message
_INTEGER: Final = re.compile(r"-?[0-9]+")
_NUMBER: Final = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_TOKEN: Final = r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+"
_MEDIA_TYPE: Final = re.compile(rf"{_TOKEN}/{_TOKEN}")
_PARAMETER: Final = re.compile(rf'\s*({_TOKEN})\s*=\s*("(?:[^"\\]|\\.)*"|{_TOKEN})\s*')
_HEADERS: Final = HeaderParser(policy=policy.HTTP)
_encode_json: Final = json.JSONEncoder(
    ensure_ascii=False, allow_nan=False, separators=(",", ":")
).encode


@dataclass(frozen=True, slots=True)
class UploadedFile:
    """A file part of a multipart body."""

    filename: str | None
    """The ``filename`` of its ``Content-Disposition``, None when the part has none."""
    content_type: str
    """Its ``Content-Type``, ``application/octet-stream`` when the part declares none."""
    data: bytes


@dataclass(frozen=True, slots=True)
class Field:
    """A declared property of a form or multipart body."""

    name: str
    kind: str  # "str", "int", "float", "bool", "json"
    array: bool
    binary: bool
    delimited: bool = False  # a form array in one comma-separated value (explode: false)


@dataclass(frozen=True, slots=True)
class Media:
    """A media type an operation takes or answers in, as the spec declares it."""

    content_type: str
    kind: str  # "json", "form", "multipart", "text", "binary"
    validator: str | None = None
    fields: tuple[Field, ...] = ()


def _echo(value: str) -> str:
    return repr(value if len(value) <= _MAX_ECHO else value[:_MAX_ECHO] + "...")


def _header(headers: Sequence[tuple[bytes, bytes]], key: bytes) -> str | None:
    for name, value in headers:
        if name.lower() == key:
            return value.decode("latin-1")
    return None


def parse_media_type(value: str) -> tuple[str, dict[str, str]] | None:
    """``type/subtype`` in lower case and the parameters (names in lower case, quotes removed);
    None when the value is no media type."""
    essence, _, rest = value.partition(";")
    essence = essence.strip()
    if _MEDIA_TYPE.fullmatch(essence) is None:
        return None
    params: dict[str, str] = {}
    for piece in rest.split(";") if rest else ():
        match = _PARAMETER.fullmatch(piece)
        if match is None:
            if piece.strip():
                return None
            continue
        name, raw = match.groups()
        if raw.startswith('"'):
            raw = re.sub(r"\\(.)", r"\1", raw[1:-1])
        params[name.lower()] = raw
    return essence.lower(), params


def _covers(declared: str, essence: str) -> int:
    """How closely a declared type covers a media type: 3 exact, 2 ``type/*``, 1 ``*/*``, 0 not."""
    pattern = declared.split(";", 1)[0].strip().lower()
    if pattern == essence:
        return 3
    if pattern == "*/*":
        return 1
    top, _, sub = pattern.partition("/")
    return 2 if sub == "*" and essence.partition("/")[0] == top else 0


def choose(media: Sequence[Media], essence: str) -> Media | None:
    """The declared media type that takes ``essence``: the closest, document order among equals."""
    best: Media | None = None
    rank = 0
    for entry in media:
        level = _covers(entry.content_type, essence)
        if level > rank:
            best, rank = entry, level
    return best


def _offered(media: Sequence[Media]) -> str:
    return ", ".join(m.content_type for m in media)


# -- requests -------------------------------------------------------------------------------
def bind_body(
    headers: Sequence[tuple[bytes, bytes]], body: bytes, media: Sequence[Media], required: bool
) -> Any:
    """The request body of an operation taking ``media``, bound by its Content-Type's kind."""
    if not body:
        if required:
            raise BadRequestException("The request body is required.")
        return None
    declared = _header(headers, b"content-type")
    params: dict[str, str] = {}
    chosen: Media
    if declared is None:
        if len(media) != 1:
            raise UnsupportedMediaTypeException(
                f"The request body needs a Content-Type: one of {_offered(media)}."
            )
        chosen = media[0]
    else:
        parsed = parse_media_type(declared)
        if parsed is None:
            raise BadRequestException(f"The Content-Type {_echo(declared)} is not a media type.")
        essence, params = parsed
        found = choose(media, essence)
        if found is None:
            raise UnsupportedMediaTypeException(
                f"Unsupported Content-Type {essence!r}: this operation takes {_offered(media)}."
            )
        chosen = found
    kind = chosen.kind
    if kind == "json":
        value = _json(body)
    elif kind == "form":
        value = _fields(_form(body), chosen)
    elif kind == "multipart":
        boundary = params.get("boundary")
        if not boundary:
            raise BadRequestException("The multipart/form-data Content-Type has no boundary.")
        value = _fields(_multipart(body, boundary), chosen)
    elif kind == "text":
        value = _decode(body, params.get("charset", "utf-8"), "The request body")
    else:
        return body
    if chosen.validator is not None and not _validators.is_valid(
        chosen.validator, value, formats=True
    ):
        error = _validators.validate(chosen.validator, value, formats=True)[0]
        where = error.pointer.lstrip("/")
        field = f" field {where.split('/')[0]!r}" if kind in ("form", "multipart") and where else ""
        at = "" if field else f" at {error.pointer or '/'}"
        raise BadRequestException(
            f"Invalid request body{field}{at}: {error.message[: 2 * _MAX_ECHO]}"
        )
    return value


def _reject_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not JSON")


def _json(data: bytes | str, what: str = "The request body") -> Any:
    try:
        return json.loads(data, parse_constant=_reject_constant)
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise BadRequestException(f"{what} is not valid JSON: {exc}") from None


def _decode(data: bytes, charset: str, what: str) -> str:
    try:
        return data.decode(charset)
    except LookupError:
        raise BadRequestException(f"{what} has an unknown charset {_echo(charset)}.") from None
    except UnicodeDecodeError:
        raise BadRequestException(f"{what} is not valid {charset} text.") from None


def _form(body: bytes) -> dict[str, list[str | UploadedFile]]:
    """The fields of an ``application/x-www-form-urlencoded`` body, blank values kept."""
    try:
        pairs = parse_qsl(
            body.decode("ascii"),
            keep_blank_values=True,
            encoding="utf-8",
            errors="strict",
            max_num_fields=MAX_FIELDS,
        )
    except UnicodeError:
        raise BadRequestException("The form body is not UTF-8 once percent-decoded.") from None
    except ValueError:
        raise BadRequestException(f"The form body has more than {MAX_FIELDS} fields.") from None
    values: dict[str, list[str | UploadedFile]] = {}
    for name, value in pairs:
        values.setdefault(name, []).append(value)
    return values


def _multipart(body: bytes, boundary: str) -> dict[str, list[str | UploadedFile]]:
    """The parts of a ``multipart/form-data`` body (RFC 7578): text for a part without a
    filename whose type is text, an UploadedFile otherwise; one linear scan per boundary."""
    if len(boundary) > 70:
        raise BadRequestException("The multipart boundary is longer than 70 characters.")
    delimiter = b"--" + boundary.encode("latin-1")
    if body.startswith(delimiter):
        position = 0
    else:
        position = body.find(b"\r\n" + delimiter)
        if position < 0:
            raise BadRequestException("The multipart body does not contain its boundary.")
        position += 2
    values: dict[str, list[str | UploadedFile]] = {}
    count = 0
    while True:
        position += len(delimiter)
        if body.startswith(b"--", position):
            return values  # the close delimiter; what follows is the epilogue
        line_end = body.find(b"\r\n", position)
        if line_end < 0 or body[position:line_end].strip(b" \t"):
            raise BadRequestException(
                "The multipart body is truncated or malformed after a boundary."
            )
        start = line_end + 2
        end = body.find(b"\r\n" + delimiter, start)
        if end < 0:
            raise BadRequestException("The multipart body has no closing boundary.")
        count += 1
        if count > MAX_FIELDS:
            raise BadRequestException(f"The multipart body has more than {MAX_FIELDS} parts.")
        name, value = _part(body[start:end])
        values.setdefault(name, []).append(value)
        position = end + 2


def _part(raw: bytes) -> tuple[str, str | UploadedFile]:
    if raw.startswith(b"\r\n"):
        head, data = b"", raw[2:]
    else:
        split = raw.find(b"\r\n\r\n")
        if split < 0:
            raise BadRequestException("A multipart part has no blank line after its headers.")
        head, data = raw[:split], raw[split + 4 :]
    if len(head) > MAX_PART_HEADERS:
        raise BadRequestException(
            f"The headers of a multipart part exceed {MAX_PART_HEADERS} bytes."
        )
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        raise BadRequestException("The headers of a multipart part are not UTF-8.") from None
    try:
        message = _HEADERS.parsestr(text + "\r\n\r\n")
        disposition = message.get("content-disposition")
        params = dict(getattr(disposition, "params", {}))
        form_data = getattr(disposition, "content_disposition", None) == "form-data"
        declared = message.get("content-type")
        content_type: str | None = None
        charset = "utf-8"
        if declared is not None and not declared.defects:
            content_type = str(declared.content_type)
            charset = str(declared.params.get("charset", "utf-8"))
    except Exception:  # the email package's header parser has raised on odd input before
        raise BadRequestException("The headers of a multipart part cannot be parsed.") from None
    if not form_data or not params.get("name"):
        raise BadRequestException(
            'A multipart part has no "Content-Disposition: form-data; name=...".'
        )
    name = str(params["name"])
    filename = params.get("filename")
    if filename is None and (content_type is None or content_type.startswith("text/")):
        return name, _decode(data, charset, f"The multipart part {name!r}")
    return name, UploadedFile(
        None if filename is None else str(filename),
        content_type or "application/octet-stream",
        data,
    )


def _fields(values: dict[str, list[str | UploadedFile]], media: Media) -> dict[str, Any]:
    """Form or multipart values as the schema types its properties; undeclared ones as sent."""
    declared = {f.name: f for f in media.fields}
    bound: dict[str, Any] = {}
    for name, items in values.items():
        field = declared.get(name)
        if field is None:
            bound[name] = items[0] if len(items) == 1 else items
            continue
        if field.binary:
            converted: list[Any] = [
                item
                if isinstance(item, UploadedFile)
                else UploadedFile(None, "text/plain; charset=utf-8", item.encode())
                for item in items
            ]
        else:
            texts = [_text(item, name) for item in items]
            if field.delimited:
                texts = [piece for text in texts for piece in text.split(",")]
            converted = [_convert(field, name, text) for text in texts]
        if field.array:
            bound[name] = converted
        elif len(converted) > 1:
            raise BadRequestException(
                f"Invalid request body field {name!r}: it must not be repeated"
            )
        else:
            bound[name] = converted[0]
    return bound


def _text(item: str | UploadedFile, name: str) -> str:
    if isinstance(item, str):
        return item
    return _decode(item.data, "utf-8", f"The request body field {name!r}")


def _convert(field: Field, name: str, value: str) -> Any:
    kind = field.kind
    if kind == "str":
        return value
    if kind == "int" and _INTEGER.fullmatch(value) is not None:
        try:
            return int(value)
        except ValueError:  # more digits than int() converts
            pass
    elif kind == "float" and _NUMBER.fullmatch(value) is not None:
        number = float(value)
        if number not in (float("inf"), float("-inf")):
            return number
    elif kind == "bool" and value in ("true", "false"):
        return value == "true"
    elif kind == "json":
        return _json(value, f"The request body field {name!r}")
    expected = {"int": "an integer", "float": "a number", "bool": "true or false"}[kind]
    raise BadRequestException(
        f"Invalid request body field {name!r}: {_echo(value)} is not {expected}"
    )


# -- answers --------------------------------------------------------------------------------
def _accepted(accept: str) -> list[tuple[float, str]]:
    ranges = []
    for item in accept.split(","):
        parsed = parse_media_type(item.strip()) if item.strip() else None
        if parsed is None:
            continue
        essence, params = parsed
        try:
            quality = float(params.get("q", "1"))
        except ValueError:
            quality = 0.0
        ranges.append((quality, essence))
    return ranges


def negotiate(media: Sequence[Media], accept: str | None) -> Media:
    """The declared type to answer in: the best ``Accept`` admits, else the first declared."""
    if accept is None or len(media) == 1:
        return media[0]
    best: Media | None = None
    score = (0.0, 0)
    for entry in media:
        essence = entry.content_type.split(";", 1)[0].strip().lower()
        for quality, wanted in _accepted(accept):
            level = _covers(wanted, essence) or _covers(essence, wanted)
            if level and quality > 0 and (quality, level) > score:
                best, score = entry, (quality, level)
    return best if best is not None else media[0]


def _fits(kind: str, body: object) -> bool:
    """Whether a body of this Python type can go out as this kind."""
    binary = isinstance(body, bytes | bytearray | memoryview)
    if kind == "json":
        return not binary
    if kind == "text":
        return binary or isinstance(body, str)
    if kind == "form":
        return isinstance(body, dict)
    return binary


def answer(
    media: Sequence[Media],
    body: object,
    content_type: str | None,
    accept: str | None,
) -> tuple[str, bytes, bytes]:
    """(kind, Content-Type, payload) of a handler's body; ``content_type`` is the handler's.
    Without one, the types that can carry the body (``str`` text or JSON, ``bytes`` binary or
    text, a ``dict`` JSON or a form, a :class:`RawJSON` JSON) are negotiated."""
    if content_type is not None:
        parsed = parse_media_type(content_type)
        chosen = choose(media, parsed[0]) if parsed is not None else None
        if chosen is None:
            raise ValueError(
                f"the handler's content_type {content_type!r} is not declared ({_offered(media)})"
            )
        sent = content_type
    else:
        fitting = [m for m in media if _fits(m.kind, body)]
        if not fitting:
            raise TypeError(f"a {type(body).__name__} body fits none of {_offered(media)}")
        chosen = negotiate(fitting, accept)
        sent = chosen.content_type
        if sent.split(";", 1)[0].strip().endswith("*"):
            sent = "application/octet-stream"
    kind = chosen.kind
    if kind == "json":
        data = getattr(body, "data", None)
        payload = data if isinstance(data, bytes) else _encode_json(body).encode()
    elif kind == "text" and isinstance(body, str):
        payload = body.encode("utf-8")
        if content_type is None and "charset=" not in sent.lower():
            sent += "; charset=utf-8"
    elif kind == "form" and isinstance(body, dict):
        payload = urlencode(body, doseq=True).encode("ascii")
    elif isinstance(body, bytes | bytearray | memoryview):
        payload = bytes(body)
    else:
        raise TypeError(f"a {sent} body must be bytes{' or str' if kind == 'text' else ''}")
    return kind, sent.encode("latin-1"), payload
