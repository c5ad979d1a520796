"""Turn the raw parts of a request into the typed request of its operation, or a 400.

Each operation has a ``bind_<operation>`` function written out at generation time, so a request
pays only for the parameters its operation declares. The rules, and the message of the
``BadRequestException`` that breaking one answers:

* a required parameter is present, and no path or query value is blank ("... must not be
  blank"); a blank header counts as absent, as HTTP intermediaries treat an empty field;
* a query parameter that is not an array appears once ("... must not be repeated"); unknown
  query parameters are ignored, as AWS ignores them;
* a value converts to its schema's type (``integer``, ``number``, ``boolean``), then satisfies
  its schema, checked by the embedded validators ("Invalid value for ... parameter ...");
* a JSON request body parses, and satisfies its schema; a body of another media
  type is bound by ``_media`` (its Content-Type picks the declared media type, or a 415).

Path parameters are checked before query parameters, and those before headers. The bound path
and query values of recent requests are kept per operation, so a client asking for the same
page again skips the parsing (a query with array parameters, whose lists a handler could
change, is always parsed anew).
"""

from __future__ import annotations

import json
import re
from typing import Any, NoReturn, TypeVar
from urllib.parse import unquote, unquote_to_bytes

from pinpoint_server import _media, _validators
from pinpoint_server.errors import BadRequestException
from pinpoint_server.requests import (
    DemoFormDataRequest,
    RequestContext,
    _new_DemoFormDataRequest,
)

_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_MAX_QUERY_FIELDS = 1000
_MAX_ECHO = 200  # characters of a client's value echoed in a message
_Query = dict[str, list[str]]
_T = TypeVar("_T")
_K = TypeVar("_K", bytes, tuple[bytes, ...])
_V = TypeVar("_V")
_MEMO_SIZE = 1024  # bound values kept per operation and location (see _memo)
_MEMO_KEY_BYTES = 1024  # a longer query string (or more path segments) is bound every time


def _echo(value: str) -> str:
    return repr(value if len(value) <= _MAX_ECHO else value[:_MAX_ECHO] + "...")


def _blank(location: str, name: str) -> NoReturn:
    raise BadRequestException(f"{location} parameter {name!r} must not be blank")


def _path(raw: bytes, name: str) -> str:
    """A path segment, percent-decoded as UTF-8 (``+`` stays a plus, as in any path)."""
    try:
        value = (unquote_to_bytes(raw) if b"%" in raw else raw).decode("utf-8")
    except UnicodeDecodeError:
        raise BadRequestException(
            f"Invalid value for path parameter {name!r}: not UTF-8 once percent-decoded"
        ) from None
    if not value.strip():
        _blank("path", name)
    return value


def _query(context: RequestContext) -> _Query:
    """The query string, read as ``parse_qs(qs, keep_blank_values=True)`` reads it.

    Written out because ``parse_qs`` is generic and slow; the tests hold the two equal. Values
    are percent-decoded as strict UTF-8 (an undecodable one is a 400); blank values are kept, to
    be refused by name.
    """
    raw = context.query_string
    if not raw:
        return {}
    try:
        pieces = raw.decode("utf-8").split("&")
    except UnicodeDecodeError:
        raise BadRequestException("The query string is not UTF-8.") from None
    if len(pieces) > _MAX_QUERY_FIELDS:
        raise BadRequestException(f"The query string has more than {_MAX_QUERY_FIELDS} parameters.")
    query: _Query = {}
    try:
        for piece in pieces:
            if not piece:
                continue
            name, _, value = piece.partition("=")
            if "%" in name or "+" in name:
                name = unquote(name.replace("+", " "), errors="strict")
            if "%" in value or "+" in value:
                value = unquote(value.replace("+", " "), errors="strict")
            found = query.get(name)
            if found is None:
                query[name] = [value]
            else:
                found.append(value)
    except UnicodeDecodeError:
        raise BadRequestException("The query string is not UTF-8 once percent-decoded.") from None
    return query


def _one(query: _Query, name: str) -> str | None:
    values = query.get(name)
    if values is None:
        return None
    if len(values) > 1:
        raise BadRequestException(f"query parameter {name!r} must not be repeated")
    value = values[0]
    if not value.strip():
        _blank("query", name)
    return value


def _many(query: _Query, name: str) -> list[str] | None:
    values = query.get(name)
    if values is not None and not all(v.strip() for v in values):
        _blank("query", name)
    return values


def _header(context: RequestContext, key: bytes, name: str) -> str | None:
    """A header's value (repeated lines joined with ", ", as HTTP combines them)."""
    found: str | None = None
    for header, raw in context.headers:
        if header == key or header.lower() == key:
            try:
                value = raw.decode("utf-8")
            except UnicodeDecodeError:
                raise BadRequestException(
                    f"Invalid value for header parameter {name!r}: not UTF-8"
                ) from None
            found = value if found is None else f"{found}, {value}"
    if found is not None and not found.strip():
        return None  # an empty header line says nothing (clients and proxies send them): absent
    return found


def _required(value: _T | None, location: str, name: str) -> _T:
    if value is None:
        raise BadRequestException(f"{location} parameter {name!r} is required")
    return value


def _int(value: str, location: str, name: str) -> int:
    if _INTEGER.fullmatch(value) is not None:
        try:
            return int(value)
        except ValueError:  # more digits than int() converts
            pass
    raise BadRequestException(
        f"Invalid value for {location} parameter {name!r}: {_echo(value)} is not an integer"
    )


def _float(value: str, location: str, name: str) -> float:
    if _NUMBER.fullmatch(value) is not None:
        number = float(value)
        if number not in (float("inf"), float("-inf")):
            return number
    raise BadRequestException(
        f"Invalid value for {location} parameter {name!r}: {_echo(value)} is not a number"
    )


def _bool(value: str, location: str, name: str) -> bool:
    if value == "true":
        return True
    if value == "false":
        return False
    raise BadRequestException(
        f"Invalid value for {location} parameter {name!r}: {_echo(value)} is not true or false"
    )


def _invalid(schema: str, location: str, name: str, value: object) -> NoReturn:
    """The 400 of a value its schema refuses: the first error names the rule broken."""
    error = _validators.validate(schema, value, formats=True)[0]
    where = f" (item {error.pointer.lstrip('/')})" if error.pointer else ""
    message = (
        error.message
        if len(error.message) <= 2 * _MAX_ECHO
        else error.message[: 2 * _MAX_ECHO] + "..."
    )
    raise BadRequestException(f"Invalid value for {location} parameter {name!r}{where}: {message}")


def _memo(memo: dict[_K, _V], key: _K, size: int, value: _V) -> _V:
    """Keep a key's bound values, forgetting them all past _MEMO_SIZE, and return them.

    Binding is a pure function of the raw path and query, and clients send the same few again
    and again (the same campaign, the first page); a dict lookup costs a fraction of parsing,
    decoding and validating. Only values are kept, never a 400, and no key of over
    _MEMO_KEY_BYTES (``size``, the raw path's or query string's length).
    """
    if size <= _MEMO_KEY_BYTES:
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        memo[key] = value
    return value


def _reject_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not JSON")


def _body(context: RequestContext, required: bool, schema: str | None) -> Any:
    """The request body as JSON (any UTF encoding), validated; None when absent and optional."""
    if not context.body.strip():
        if required:
            raise BadRequestException("The request body is required.")
        return None
    try:
        value = json.loads(context.body, parse_constant=_reject_constant)
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise BadRequestException(f"The request body is not valid JSON: {exc}") from None
    if schema is not None and not _validators.is_valid(schema, value, formats=True):
        error = _validators.validate(schema, value, formats=True)[0]
        raise BadRequestException(
            f"Invalid request body at {error.pointer or '/'}: {error.message[: 2 * _MAX_ECHO]}"
        )
    return value


_BODY_demo_form_data: tuple[_media.Media, ...] = (
    _media.Media(
        "application/x-www-form-urlencoded",
        "form",
        "demoFormData.body.application/x-www-form-urlencoded",
        (
            _media.Field("client_id", "str", False, False),
            _media.Field("client_secret", "str", False, False),
            _media.Field("scope", "int", False, False),
        ),
    ),
)


def bind_demo_form_data(
    _groups: tuple[bytes, ...], _context: RequestContext
) -> DemoFormDataRequest:
    """Bind ``POST /anything`` (demoFormData).

    The path and query values of recent requests are kept (see ``_memo``).
    """
    return _new_DemoFormDataRequest(
        _context,
        _media.bind_body(_context.headers, _context.body, _BODY_demo_form_data, False),
    )
