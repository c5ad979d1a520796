"""Turn the raw parts of a request into the typed request of its operation, or a 400.

Each operation has a ``bind_<operation>`` function written out at generation time, so a request
pays only for the parameters its operation declares. The rules, and the message of the
``Status_4XXError`` that breaking one answers:

* a required parameter is present, and no path or query value is blank ("... must not be
  blank"); a blank header counts as absent, as HTTP intermediaries treat an empty field;
* a query parameter that is not an array appears once ("... must not be repeated"); unknown
  query parameters are ignored, as AWS ignores them;
* a value converts to its schema's type (``integer``, ``number``, ``boolean``), then satisfies
  its schema, checked by the embedded validators ("Invalid value for ... parameter ...");
* a JSON request body parses, and satisfies its schema.

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

from pinpoint_server import _validators
from pinpoint_server.errors import Status_4XXError
from pinpoint_server.requests import (
    CreateBookRequest,
    GetCategoryRequest,
    ListBooksRequest,
    PutCategoryRequest,
    RequestContext,
    _new_CreateBookRequest,
    _new_GetCategoryRequest,
    _new_ListBooksRequest,
    _new_PutCategoryRequest,
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
    raise Status_4XXError(f"{location} parameter {name!r} must not be blank")


def _path(raw: bytes, name: str) -> str:
    """A path segment, percent-decoded as UTF-8 (``+`` stays a plus, as in any path)."""
    try:
        value = (unquote_to_bytes(raw) if b"%" in raw else raw).decode("utf-8")
    except UnicodeDecodeError:
        raise Status_4XXError(
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
        raise Status_4XXError("The query string is not UTF-8.") from None
    if len(pieces) > _MAX_QUERY_FIELDS:
        raise Status_4XXError(f"The query string has more than {_MAX_QUERY_FIELDS} parameters.")
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
        raise Status_4XXError("The query string is not UTF-8 once percent-decoded.") from None
    return query


def _one(query: _Query, name: str) -> str | None:
    values = query.get(name)
    if values is None:
        return None
    if len(values) > 1:
        raise Status_4XXError(f"query parameter {name!r} must not be repeated")
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
                raise Status_4XXError(
                    f"Invalid value for header parameter {name!r}: not UTF-8"
                ) from None
            found = value if found is None else f"{found}, {value}"
    if found is not None and not found.strip():
        return None  # an empty header line says nothing (clients and proxies send them): absent
    return found


def _required(value: _T | None, location: str, name: str) -> _T:
    if value is None:
        raise Status_4XXError(f"{location} parameter {name!r} is required")
    return value


def _int(value: str, location: str, name: str) -> int:
    if _INTEGER.fullmatch(value) is not None:
        try:
            return int(value)
        except ValueError:  # more digits than int() converts
            pass
    raise Status_4XXError(
        f"Invalid value for {location} parameter {name!r}: {_echo(value)} is not an integer"
    )


def _float(value: str, location: str, name: str) -> float:
    if _NUMBER.fullmatch(value) is not None:
        number = float(value)
        if number not in (float("inf"), float("-inf")):
            return number
    raise Status_4XXError(
        f"Invalid value for {location} parameter {name!r}: {_echo(value)} is not a number"
    )


def _bool(value: str, location: str, name: str) -> bool:
    if value == "true":
        return True
    if value == "false":
        return False
    raise Status_4XXError(
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
    raise Status_4XXError(f"Invalid value for {location} parameter {name!r}{where}: {message}")


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
            raise Status_4XXError("The request body is required.")
        return None
    try:
        value = json.loads(context.body, parse_constant=_reject_constant)
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise Status_4XXError(f"The request body is not valid JSON: {exc}") from None
    if schema is not None and not _validators.is_valid(schema, value, formats=True):
        error = _validators.validate(schema, value, formats=True)[0]
        raise Status_4XXError(
            f"Invalid request body at {error.pointer or '/'}: {error.message[: 2 * _MAX_ECHO]}"
        )
    return value


_valid_list_books_shelf_id = _validators.predicate("ListBooks.path.shelf-id", formats=True)
_valid_list_books_limit = _validators.predicate("ListBooks.query.limit", formats=True)
_valid_list_books_genre = _validators.predicate("ListBooks.query.genre", formats=True)
_valid_list_books_x_trace_id = _validators.predicate("ListBooks.header.X-Trace-Id", formats=True)
_paths_list_books: dict[tuple[bytes, ...], tuple[str]] = {}


def _bind_path_list_books(_groups: tuple[bytes, ...]) -> tuple[str]:
    shelf_id = _path(_groups[0], "shelf-id")
    if not _valid_list_books_shelf_id(shelf_id):
        _invalid("ListBooks.path.shelf-id", "path", "shelf-id", shelf_id)
    return (shelf_id,)


def _bind_query_list_books(_context: RequestContext) -> tuple[int | None, list[str] | None, bool]:
    _query_values = _query(_context)
    _p1 = _one(_query_values, "limit")
    limit: int | None = None
    if _p1 is not None:
        limit = _int(_p1, "query", "limit")
        if not _valid_list_books_limit(limit):
            _invalid("ListBooks.query.limit", "query", "limit", limit)
    _p2 = _many(_query_values, "genre")
    genre: list[str] | None = None
    if _p2 is not None:
        genre = _p2
        if not _valid_list_books_genre(genre):
            _invalid("ListBooks.query.genre", "query", "genre", genre)
    _p3 = _required(_one(_query_values, "available"), "query", "available")
    available = _bool(_p3, "query", "available")
    return (limit, genre, available)


def bind_list_books(_groups: tuple[bytes, ...], _context: RequestContext) -> ListBooksRequest:
    """Bind ``GET /v1/shelves/{shelf-id}/books`` (ListBooks).

    The path and query values of recent requests are kept (see ``_memo``).
    """
    _path_values = _paths_list_books.get(_groups)
    if _path_values is None:
        _path_values = _memo(
            _paths_list_books, _groups, len(_context.raw_path), _bind_path_list_books(_groups)
        )
    (shelf_id,) = _path_values
    _query_params = _bind_query_list_books(_context)  # lists: not shared between requests
    (limit, genre, available) = _query_params
    _p1 = _header(_context, b"x-trace-id", "X-Trace-Id")
    x_trace_id: str | None = None
    if _p1 is not None:
        x_trace_id = _p1
        if not _valid_list_books_x_trace_id(x_trace_id):
            _invalid("ListBooks.header.X-Trace-Id", "header", "X-Trace-Id", x_trace_id)
    return _new_ListBooksRequest(
        shelf_id,
        available,
        _context,
        limit,
        genre,
        x_trace_id,
    )


_valid_create_book_shelf_id = _validators.predicate("CreateBook.path.shelf-id", formats=True)
_paths_create_book: dict[tuple[bytes, ...], tuple[str]] = {}


def _bind_path_create_book(_groups: tuple[bytes, ...]) -> tuple[str]:
    shelf_id = _path(_groups[0], "shelf-id")
    if not _valid_create_book_shelf_id(shelf_id):
        _invalid("CreateBook.path.shelf-id", "path", "shelf-id", shelf_id)
    return (shelf_id,)


def bind_create_book(_groups: tuple[bytes, ...], _context: RequestContext) -> CreateBookRequest:
    """Bind ``POST /v1/shelves/{shelf-id}/books`` (CreateBook).

    The path and query values of recent requests are kept (see ``_memo``).
    """
    _path_values = _paths_create_book.get(_groups)
    if _path_values is None:
        _path_values = _memo(
            _paths_create_book, _groups, len(_context.raw_path), _bind_path_create_book(_groups)
        )
    (shelf_id,) = _path_values
    return _new_CreateBookRequest(
        shelf_id,
        _body(_context, True, "CreateBook.body"),
        _context,
    )


_valid_get_category_category_id = _validators.predicate(
    "GetCategory.path.category-id", formats=True
)
_valid_get_category_depth = _validators.predicate("GetCategory.query.depth", formats=True)
_paths_get_category: dict[tuple[bytes, ...], tuple[int]] = {}


def _bind_path_get_category(_groups: tuple[bytes, ...]) -> tuple[int]:
    _p1 = _path(_groups[0], "category-id")
    category_id = _int(_p1, "path", "category-id")
    if not _valid_get_category_category_id(category_id):
        _invalid("GetCategory.path.category-id", "path", "category-id", category_id)
    return (category_id,)


_queries_get_category: dict[bytes, tuple[float | None]] = {}


def _bind_query_get_category(_context: RequestContext) -> tuple[float | None]:
    _query_values = _query(_context)
    _p1 = _one(_query_values, "depth")
    depth: float | None = None
    if _p1 is not None:
        depth = _float(_p1, "query", "depth")
        if not _valid_get_category_depth(depth):
            _invalid("GetCategory.query.depth", "query", "depth", depth)
    return (depth,)


def bind_get_category(_groups: tuple[bytes, ...], _context: RequestContext) -> GetCategoryRequest:
    """Bind ``GET /v1/categories/{category-id}`` (GetCategory).

    The path and query values of recent requests are kept (see ``_memo``).
    """
    _path_values = _paths_get_category.get(_groups)
    if _path_values is None:
        _path_values = _memo(
            _paths_get_category, _groups, len(_context.raw_path), _bind_path_get_category(_groups)
        )
    (category_id,) = _path_values
    _query_key = _context.query_string
    _query_params = _queries_get_category.get(_query_key)
    if _query_params is None:
        _query_params = _memo(
            _queries_get_category, _query_key, len(_query_key), _bind_query_get_category(_context)
        )
    (depth,) = _query_params
    return _new_GetCategoryRequest(
        category_id,
        _context,
        depth,
    )


_paths_put_category: dict[tuple[bytes, ...], tuple[int]] = {}


def _bind_path_put_category(_groups: tuple[bytes, ...]) -> tuple[int]:
    _p1 = _path(_groups[0], "category-id")
    category_id = _int(_p1, "path", "category-id")
    return (category_id,)


def bind_put_category(_groups: tuple[bytes, ...], _context: RequestContext) -> PutCategoryRequest:
    """Bind ``PUT /v1/categories/{category-id}`` (PutCategory).

    The path and query values of recent requests are kept (see ``_memo``).
    """
    _path_values = _paths_put_category.get(_groups)
    if _path_values is None:
        _path_values = _memo(
            _paths_put_category, _groups, len(_context.raw_path), _bind_path_put_category(_groups)
        )
    (category_id,) = _path_values
    return _new_PutCategoryRequest(
        category_id,
        _context,
        _body(_context, False, "PutCategory.body"),
    )
