"""Validators for the schemas of Bookshelf, embedded in pinpoint_server. Generated: do not edit."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Final


@dataclass(frozen=True, slots=True)
class ValidationError:
    """One failed keyword: where (a JSON pointer into the value), which keyword, and why."""

    pointer: str
    keyword: str
    message: str


class ValidationFailed(ValueError):
    """Raised by :func:`check`; ``errors`` holds every error, the message names the first."""

    def __init__(self, name: str, errors: list[ValidationError]) -> None:
        first = errors[0]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        super().__init__(f"{name}: at {first.pointer or '/'!r}: {first.message}{more}")
        self.name = name
        self.errors = errors


_Check = Callable[[Any], bool]
_Explain = Callable[[Any, str, list[ValidationError], bool], None]
_Entry = tuple[_Check, _Check, _Explain]
_MISSING: Final = object()
_ECMA_SPACE: Final = frozenset(
    "\t\n\x0b\x0c\r \xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
)


def _r(value: object) -> str:
    """A short repr for messages: a 10,000-item array must not become a 1 MB message."""
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _esc(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _is_int(v: object) -> bool:
    """JSON integer: an int that is not a bool, or a float with no fractional part."""
    if isinstance(v, int):
        return not isinstance(v, bool)
    return isinstance(v, float) and v.is_integer()


def _is_num(v: object) -> bool:
    """JSON number: int or float, but never bool."""
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _key(v: object) -> object:
    """A hashable key with JSON equality: 1 and 1.0 collide, True and 1 do not."""
    if v is True or v is False:
        return (bool, v)
    if isinstance(v, str) or v is None:
        return v
    if isinstance(v, (int, float)):
        return v
    if isinstance(v, list):
        return (list, tuple(map(_key, v)))
    if isinstance(v, dict):
        return (dict, frozenset((k, _key(x)) for k, x in v.items()))
    return (object, id(v))


def _unique(v: list[Any]) -> bool:
    if len(v) < 2:
        return True
    return len(set(map(_key, v))) == len(v)


def _multiple(v: int | float, m: Fraction) -> bool:
    """Exact test on the decimal text of ``v``: 0.0075 is a multiple of 0.0001."""
    if isinstance(v, float):
        if v != v or v in (float("inf"), float("-inf")):
            return False
        q = Fraction(repr(v)) / m
    else:
        q = v / m
    return q.denominator == 1


def _fmt_int32(v: int | float) -> bool:
    return _is_int(v) and -2147483648 <= v <= 2147483647


def _fmt_int64(v: int | float) -> bool:
    return _is_int(v) and -9223372036854775808 <= v <= 9223372036854775807


_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_TIME = re.compile(
    r"([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.[0-9]+)?(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))"
)
_MONTH_DAYS: Final = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _valid_date(year: int, month: int, day: int) -> bool:
    if not 1 <= month <= 12 or not 1 <= day <= _MONTH_DAYS[month - 1]:
        return False
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return month != 2 or day <= 28 or leap


def _fmt_date(v: str) -> bool:
    """RFC 3339 full-date."""
    m = _DATE.fullmatch(v)
    return m is not None and _valid_date(int(m[1]), int(m[2]), int(m[3]))


def _fmt_date_time(v: str) -> bool:
    """RFC 3339 date-time; a leap second (:60) only at 23:59 UTC."""
    d = _DATE.match(v)
    if d is None or len(v) < 11 or v[10] not in "Tt":
        return False
    t = _TIME.fullmatch(v, 11)
    if t is None or not _valid_date(int(d[1]), int(d[2]), int(d[3])):
        return False
    hour, minute, second = int(t[1]), int(t[2]), int(t[3])
    off_h, off_m = (int(t[5]), int(t[6])) if t[4] else (0, 0)
    if hour > 23 or minute > 59 or second > 60 or off_h > 23 or off_m > 59:
        return False
    if second == 60:
        sign = -1 if t[4] == "-" else 1
        minutes = (hour * 60 + minute - sign * (off_h * 60 + off_m)) % 1440
        return minutes == 23 * 60 + 59
    return True


def _scalar(v: str, kinds: tuple[str, ...]) -> Any:
    """A parameter's wire text as the first of ``kinds`` it parses as, else the text itself."""
    for kind in kinds:
        if kind == "integer" and _INT_TEXT.fullmatch(v):
            return int(v)
        if kind == "number" and _NUM_TEXT.fullmatch(v):
            return int(v) if _INT_TEXT.fullmatch(v) else float(v)
        if kind == "boolean" and v in ("true", "false"):
            return v == "true"
    return v


_INT_TEXT = re.compile(r"-?(?:0|[1-9][0-9]*)")
_NUM_TEXT = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")


def _ok_any(v: Any) -> bool:
    return True


def _err_any(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    return None


_okp_any = _okf_any = _ok_any

_N1: Final = frozenset(["title", "author", "year", "genre", "tags", "id"])
_E2: Final = frozenset(["fiction", "science", "history"])
_N3: Final = frozenset(["title", "author", "year", "genre", "tags"])
_N4: Final = frozenset(["detail"])
_N5: Final = frozenset(["items", "next_token"])
_N6: Final = frozenset(["loc", "msg", "type", "input", "ctx"])


def _ok_list_books_books_get_query_limit(v: Any) -> bool:
    if isinstance(v, str):
        v = _scalar(v, ("integer",))
    return _ok_list_books_books_get_limit(v)


def _okf_list_books_books_get_query_limit(v: Any) -> bool:
    if isinstance(v, str):
        v = _scalar(v, ("integer",))
    return _okf_list_books_books_get_limit(v)


def _err_list_books_books_get_query_limit(
    v: Any, p: str, e: list[ValidationError], f: bool
) -> None:
    if isinstance(v, str):
        v = _scalar(v, ("integer",))
    _err_list_books_books_get_limit(v, p, e, f)


def _ok_get_book_books_book_id_get_path_book_id(v: Any) -> bool:
    if isinstance(v, str):
        v = _scalar(v, ("integer",))
    return _ok_get_book_books_book_id_get_book_id(v)


def _okf_get_book_books_book_id_get_path_book_id(v: Any) -> bool:
    if isinstance(v, str):
        v = _scalar(v, ("integer",))
    return _okf_get_book_books_book_id_get_book_id(v)


def _err_get_book_books_book_id_get_path_book_id(
    v: Any, p: str, e: list[ValidationError], f: bool
) -> None:
    if isinstance(v, str):
        v = _scalar(v, ("integer",))
    _err_get_book_books_book_id_get_book_id(v, p, e, f)


def _ok_delete_book_books_book_id_delete_path_book_id(v: Any) -> bool:
    if isinstance(v, str):
        v = _scalar(v, ("integer",))
    return _ok_delete_book_books_book_id_delete_book_id(v)


def _okf_delete_book_books_book_id_delete_path_book_id(v: Any) -> bool:
    if isinstance(v, str):
        v = _scalar(v, ("integer",))
    return _okf_delete_book_books_book_id_delete_book_id(v)


def _err_delete_book_books_book_id_delete_path_book_id(
    v: Any, p: str, e: list[ValidationError], f: bool
) -> None:
    if isinstance(v, str):
        v = _scalar(v, ("integer",))
    _err_delete_book_books_book_id_delete_book_id(v, p, e, f)


def _okp_book(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "title" not in v or "author" not in v or "id" not in v:
        return False
    x1 = v["title"]
    if not (type(x1) is str or isinstance(x1, str)):
        return False
    if len(x1) < 1:
        return False
    if len(x1) > 200:
        return False
    x2 = v["author"]
    if not (type(x2) is str or isinstance(x2, str)):
        return False
    if "year" in v:
        x3 = v["year"]
        if not (_okp_book_year_any_of__0(x3) or _okp_book_year_any_of__1(x3)):
            return False
    if "genre" in v:
        x4 = v["genre"]
        if not _okp_genre(x4):
            return False
    if "tags" in v:
        x5 = v["tags"]
        if not (type(x5) is list or isinstance(x5, list)):
            return False
        for x6 in x5:
            if not (type(x6) is str or isinstance(x6, str)):
                return False
    x7 = v["id"]
    if not (type(x7) is int or _is_int(x7)):
        return False
    return True


def _ok_book(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_book(v)
    try:
        if not (
            type(v) is dict
            and "title" in v
            and (type(y3 := v["title"]) is str and len(y3) >= 1 and len(y3) <= 200)
            and type(v.get("author")) is str
        ):
            return _okp_book(v)
        if not (
            "year" not in v
            or (_ok_book_year_any_of__0(y4 := v["year"]) or _ok_book_year_any_of__1(y4))
        ):
            return False
        if not (v.get("genre", "fiction") in _E2 and type(v.get("id")) is int):
            return _okp_book(v)
        if "tags" in v:
            z5 = v["tags"]
            if not (type(z5) is list):
                return _okp_book(v)
            for z6 in z5:
                if not (type(z6) is str):
                    return _okp_book(v)
    except TypeError:
        return _okp_book(v)
    return True


def _err_book(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "title" not in v:
            e.append(ValidationError(p, "required", "'title' is a required property"))
        if "author" not in v:
            e.append(ValidationError(p, "required", "'author' is a required property"))
        if "id" not in v:
            e.append(ValidationError(p, "required", "'id' is a required property"))
        if "title" in v:
            x1 = v["title"]
            if not (isinstance(x1, str)):
                e.append(ValidationError(p + "/title", "type", _r(x1) + " is not of type 'string'"))
            if isinstance(x1, str):
                if len(x1) < 1:
                    e.append(
                        ValidationError(
                            p + "/title", "minLength", _r(x1) + " is shorter than 1 characters"
                        )
                    )
                if len(x1) > 200:
                    e.append(
                        ValidationError(
                            p + "/title", "maxLength", _r(x1) + " is longer than 200 characters"
                        )
                    )
        if "author" in v:
            x2 = v["author"]
            if not (isinstance(x2, str)):
                e.append(
                    ValidationError(p + "/author", "type", _r(x2) + " is not of type 'string'")
                )
        if "year" in v:
            x3 = v["year"]
            if not (
                (_okf_book_year_any_of__0 if f else _ok_book_year_any_of__0)(x3)
                or (_okf_book_year_any_of__1 if f else _ok_book_year_any_of__1)(x3)
            ):
                e.append(
                    ValidationError(
                        p + "/year",
                        "anyOf",
                        _r(x3) + " is not valid under any of the given schemas",
                    )
                )
        if "genre" in v:
            x4 = v["genre"]
            _err_genre(x4, p + "/genre", e, f)
        if "tags" in v:
            x5 = v["tags"]
            if not (isinstance(x5, list)):
                e.append(ValidationError(p + "/tags", "type", _r(x5) + " is not of type 'array'"))
            if isinstance(x5, list):
                for i6 in range(0, len(x5)):
                    x7 = x5[i6]
                    if not (isinstance(x7, str)):
                        e.append(
                            ValidationError(
                                p + "/tags/" + str(i6), "type", _r(x7) + " is not of type 'string'"
                            )
                        )
        if "id" in v:
            x8 = v["id"]
            if not (_is_int(x8)):
                e.append(ValidationError(p + "/id", "type", _r(x8) + " is not of type 'integer'"))


def _okp_book_in(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "title" not in v or "author" not in v:
        return False
    x1 = v["title"]
    if not (type(x1) is str or isinstance(x1, str)):
        return False
    if len(x1) < 1:
        return False
    if len(x1) > 200:
        return False
    x2 = v["author"]
    if not (type(x2) is str or isinstance(x2, str)):
        return False
    if "year" in v:
        x3 = v["year"]
        if not (_okp_book_in_year_any_of__0(x3) or _okp_book_in_year_any_of__1(x3)):
            return False
    if "genre" in v:
        x4 = v["genre"]
        if not _okp_genre(x4):
            return False
    if "tags" in v:
        x5 = v["tags"]
        if not (type(x5) is list or isinstance(x5, list)):
            return False
        for x6 in x5:
            if not (type(x6) is str or isinstance(x6, str)):
                return False
    return True


def _ok_book_in(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_book_in(v)
    try:
        if not (
            type(v) is dict
            and "title" in v
            and (type(y3 := v["title"]) is str and len(y3) >= 1 and len(y3) <= 200)
            and type(v.get("author")) is str
        ):
            return _okp_book_in(v)
        if not (
            "year" not in v
            or (_ok_book_in_year_any_of__0(y4 := v["year"]) or _ok_book_in_year_any_of__1(y4))
        ):
            return False
        if not (v.get("genre", "fiction") in _E2):
            return _okp_book_in(v)
        if "tags" in v:
            z5 = v["tags"]
            if not (type(z5) is list):
                return _okp_book_in(v)
            for z6 in z5:
                if not (type(z6) is str):
                    return _okp_book_in(v)
    except TypeError:
        return _okp_book_in(v)
    return True


def _err_book_in(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "title" not in v:
            e.append(ValidationError(p, "required", "'title' is a required property"))
        if "author" not in v:
            e.append(ValidationError(p, "required", "'author' is a required property"))
        if "title" in v:
            x1 = v["title"]
            if not (isinstance(x1, str)):
                e.append(ValidationError(p + "/title", "type", _r(x1) + " is not of type 'string'"))
            if isinstance(x1, str):
                if len(x1) < 1:
                    e.append(
                        ValidationError(
                            p + "/title", "minLength", _r(x1) + " is shorter than 1 characters"
                        )
                    )
                if len(x1) > 200:
                    e.append(
                        ValidationError(
                            p + "/title", "maxLength", _r(x1) + " is longer than 200 characters"
                        )
                    )
        if "author" in v:
            x2 = v["author"]
            if not (isinstance(x2, str)):
                e.append(
                    ValidationError(p + "/author", "type", _r(x2) + " is not of type 'string'")
                )
        if "year" in v:
            x3 = v["year"]
            if not (
                (_okf_book_in_year_any_of__0 if f else _ok_book_in_year_any_of__0)(x3)
                or (_okf_book_in_year_any_of__1 if f else _ok_book_in_year_any_of__1)(x3)
            ):
                e.append(
                    ValidationError(
                        p + "/year",
                        "anyOf",
                        _r(x3) + " is not valid under any of the given schemas",
                    )
                )
        if "genre" in v:
            x4 = v["genre"]
            _err_genre(x4, p + "/genre", e, f)
        if "tags" in v:
            x5 = v["tags"]
            if not (isinstance(x5, list)):
                e.append(ValidationError(p + "/tags", "type", _r(x5) + " is not of type 'array'"))
            if isinstance(x5, list):
                for i6 in range(0, len(x5)):
                    x7 = x5[i6]
                    if not (isinstance(x7, str)):
                        e.append(
                            ValidationError(
                                p + "/tags/" + str(i6), "type", _r(x7) + " is not of type 'string'"
                            )
                        )


def _okp_genre(v: Any) -> bool:
    if not (type(v) is str or isinstance(v, str)):
        return False
    if not (v in _E2):
        return False
    return True


def _ok_genre(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_genre(v)
    try:
        if not (v in _E2):
            return _okp_genre(v)
    except TypeError:
        return _okp_genre(v)
    return True


def _err_genre(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, str)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'string'"))
    if not (isinstance(v, str) and v in _E2):
        e.append(
            ValidationError(p, "enum", _r(v) + " is not one of ['fiction', 'science', 'history']")
        )


def _okp_http_validation_error(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "detail" in v:
        x1 = v["detail"]
        if not (type(x1) is list or isinstance(x1, list)):
            return False
        for x2 in x1:
            if not _okp_validation_error(x2):
                return False
    return True


def _ok_http_validation_error(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_http_validation_error(v)
    if not (type(v) is dict):
        return _okp_http_validation_error(v)
    if "detail" in v:
        z1 = v["detail"]
        if not (type(z1) is list):
            return _okp_http_validation_error(v)
        for z2 in z1:
            if not (_ok_validation_error(z2)):
                return False
    return True


def _err_http_validation_error(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "detail" in v:
            x1 = v["detail"]
            if not (isinstance(x1, list)):
                e.append(ValidationError(p + "/detail", "type", _r(x1) + " is not of type 'array'"))
            if isinstance(x1, list):
                for i2 in range(0, len(x1)):
                    x3 = x1[i2]
                    if not (_okf_validation_error if f else _ok_validation_error)(x3):
                        _err_validation_error(x3, p + "/detail/" + str(i2), e, f)


def _okp_page(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "items" not in v:
        return False
    x1 = v["items"]
    if not (type(x1) is list or isinstance(x1, list)):
        return False
    for x2 in x1:
        if not _okp_book(x2):
            return False
    if "next_token" in v:
        x3 = v["next_token"]
        if not (_okp_page_next_token_any_of__0(x3) or _okp_page_next_token_any_of__1(x3)):
            return False
    return True


def _ok_page(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_page(v)
    try:
        if not (type(v) is dict and "items" in v):
            return _okp_page(v)
        if not (
            "next_token" not in v
            or (
                _ok_page_next_token_any_of__0(y1 := v["next_token"])
                or _ok_page_next_token_any_of__1(y1)
            )
        ):
            return False
        z2 = v["items"]
        if not (type(z2) is list):
            return _okp_page(v)
        for z3 in z2:
            if not (_ok_book(z3)):
                return False
    except TypeError:
        return _okp_page(v)
    return True


def _err_page(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "items" not in v:
            e.append(ValidationError(p, "required", "'items' is a required property"))
        if "items" in v:
            x1 = v["items"]
            if not (isinstance(x1, list)):
                e.append(ValidationError(p + "/items", "type", _r(x1) + " is not of type 'array'"))
            if isinstance(x1, list):
                for i2 in range(0, len(x1)):
                    x3 = x1[i2]
                    if not (_okf_book if f else _ok_book)(x3):
                        _err_book(x3, p + "/items/" + str(i2), e, f)
        if "next_token" in v:
            x4 = v["next_token"]
            if not (
                (_okf_page_next_token_any_of__0 if f else _ok_page_next_token_any_of__0)(x4)
                or (_okf_page_next_token_any_of__1 if f else _ok_page_next_token_any_of__1)(x4)
            ):
                e.append(
                    ValidationError(
                        p + "/next_token",
                        "anyOf",
                        _r(x4) + " is not valid under any of the given schemas",
                    )
                )


def _okp_validation_error(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "loc" not in v or "msg" not in v or "type" not in v:
        return False
    x1 = v["loc"]
    if not (type(x1) is list or isinstance(x1, list)):
        return False
    for x2 in x1:
        if not (
            _okp_validation_error_loc_items_any_of__0(x2)
            or _okp_validation_error_loc_items_any_of__1(x2)
        ):
            return False
    x3 = v["msg"]
    if not (type(x3) is str or isinstance(x3, str)):
        return False
    x4 = v["type"]
    if not (type(x4) is str or isinstance(x4, str)):
        return False
    if "ctx" in v:
        x5 = v["ctx"]
        if not (type(x5) is dict or isinstance(x5, dict)):
            return False
    return True


def _ok_validation_error(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_validation_error(v)
    if not (
        type(v) is dict
        and "loc" in v
        and type(v.get("msg")) is str
        and type(v.get("type")) is str
        and ("ctx" not in v or type(v["ctx"]) is dict)
    ):
        return _okp_validation_error(v)
    z1 = v["loc"]
    if not (type(z1) is list):
        return _okp_validation_error(v)
    for z2 in z1:
        if not (
            _ok_validation_error_loc_items_any_of__0(z2)
            or _ok_validation_error_loc_items_any_of__1(z2)
        ):
            return False
    return True


def _err_validation_error(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "loc" not in v:
            e.append(ValidationError(p, "required", "'loc' is a required property"))
        if "msg" not in v:
            e.append(ValidationError(p, "required", "'msg' is a required property"))
        if "type" not in v:
            e.append(ValidationError(p, "required", "'type' is a required property"))
        if "loc" in v:
            x1 = v["loc"]
            if not (isinstance(x1, list)):
                e.append(ValidationError(p + "/loc", "type", _r(x1) + " is not of type 'array'"))
            if isinstance(x1, list):
                for i2 in range(0, len(x1)):
                    x3 = x1[i2]
                    if not (
                        (
                            _okf_validation_error_loc_items_any_of__0
                            if f
                            else _ok_validation_error_loc_items_any_of__0
                        )(x3)
                        or (
                            _okf_validation_error_loc_items_any_of__1
                            if f
                            else _ok_validation_error_loc_items_any_of__1
                        )(x3)
                    ):
                        e.append(
                            ValidationError(
                                p + "/loc/" + str(i2),
                                "anyOf",
                                _r(x3) + " is not valid under any of the given schemas",
                            )
                        )
        if "msg" in v:
            x4 = v["msg"]
            if not (isinstance(x4, str)):
                e.append(ValidationError(p + "/msg", "type", _r(x4) + " is not of type 'string'"))
        if "type" in v:
            x5 = v["type"]
            if not (isinstance(x5, str)):
                e.append(ValidationError(p + "/type", "type", _r(x5) + " is not of type 'string'"))
        if "ctx" in v:
            x6 = v["ctx"]
            if not (isinstance(x6, dict)):
                e.append(ValidationError(p + "/ctx", "type", _r(x6) + " is not of type 'object'"))


def _okp_list_books_books_get_genre(v: Any) -> bool:
    if not (_okp_list_books_books_get_genre_sub(v) or _okp_list_books_books_get_genre_sub_2(v)):
        return False
    return True


def _ok_list_books_books_get_genre(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_list_books_books_get_genre(v)
    if not (_ok_list_books_books_get_genre_sub(v) or _ok_list_books_books_get_genre_sub_2(v)):
        return False
    return True


def _err_list_books_books_get_genre(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (
        (_okf_list_books_books_get_genre_sub if f else _ok_list_books_books_get_genre_sub)(v)
        or (_okf_list_books_books_get_genre_sub_2 if f else _ok_list_books_books_get_genre_sub_2)(v)
    ):
        e.append(
            ValidationError(p, "anyOf", _r(v) + " is not valid under any of the given schemas")
        )


def _okp_list_books_books_get_limit(v: Any) -> bool:
    if not (type(v) is int or _is_int(v)):
        return False
    if v < 1:
        return False
    if v > 100:
        return False
    return True


def _ok_list_books_books_get_limit(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_list_books_books_get_limit(v)
    if not (type(v) is int and not v < 1 and not v > 100):
        return _okp_list_books_books_get_limit(v)
    return True


def _err_list_books_books_get_limit(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (_is_int(v)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'integer'"))
    if _is_num(v):
        if v < 1:
            e.append(ValidationError(p, "minimum", _r(v) + " is less than the minimum of 1"))
        if v > 100:
            e.append(ValidationError(p, "maximum", _r(v) + " is greater than the maximum of 100"))


def _okp_list_books_books_get_token(v: Any) -> bool:
    if not (_okp_list_books_books_get_token_sub(v) or _okp_list_books_books_get_token_sub_2(v)):
        return False
    return True


def _ok_list_books_books_get_token(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_list_books_books_get_token(v)
    if not (_ok_list_books_books_get_token_sub(v) or _ok_list_books_books_get_token_sub_2(v)):
        return False
    return True


def _err_list_books_books_get_token(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (
        (_okf_list_books_books_get_token_sub if f else _ok_list_books_books_get_token_sub)(v)
        or (_okf_list_books_books_get_token_sub_2 if f else _ok_list_books_books_get_token_sub_2)(v)
    ):
        e.append(
            ValidationError(p, "anyOf", _r(v) + " is not valid under any of the given schemas")
        )


def _okp_create_book_books_post_x_request_id(v: Any) -> bool:
    if not (
        _okp_create_book_books_post_x_request_id_sub(v)
        or _okp_create_book_books_post_x_request_id_sub_2(v)
    ):
        return False
    return True


def _ok_create_book_books_post_x_request_id(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_create_book_books_post_x_request_id(v)
    if not (
        _ok_create_book_books_post_x_request_id_sub(v)
        or _ok_create_book_books_post_x_request_id_sub_2(v)
    ):
        return False
    return True


def _err_create_book_books_post_x_request_id(
    v: Any, p: str, e: list[ValidationError], f: bool
) -> None:
    if not (
        (
            _okf_create_book_books_post_x_request_id_sub
            if f
            else _ok_create_book_books_post_x_request_id_sub
        )(v)
        or (
            _okf_create_book_books_post_x_request_id_sub_2
            if f
            else _ok_create_book_books_post_x_request_id_sub_2
        )(v)
    ):
        e.append(
            ValidationError(p, "anyOf", _r(v) + " is not valid under any of the given schemas")
        )


def _okp_get_book_books_book_id_get_book_id(v: Any) -> bool:
    if not (type(v) is int or _is_int(v)):
        return False
    if v < 1:
        return False
    return True


def _ok_get_book_books_book_id_get_book_id(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_get_book_books_book_id_get_book_id(v)
    if not (type(v) is int and not v < 1):
        return _okp_get_book_books_book_id_get_book_id(v)
    return True


def _err_get_book_books_book_id_get_book_id(
    v: Any, p: str, e: list[ValidationError], f: bool
) -> None:
    if not (_is_int(v)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'integer'"))
    if _is_num(v):
        if v < 1:
            e.append(ValidationError(p, "minimum", _r(v) + " is less than the minimum of 1"))


def _okp_delete_book_books_book_id_delete_book_id(v: Any) -> bool:
    if not (type(v) is int or _is_int(v)):
        return False
    return True


def _ok_delete_book_books_book_id_delete_book_id(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_delete_book_books_book_id_delete_book_id(v)
    if not (type(v) is int):
        return _okp_delete_book_books_book_id_delete_book_id(v)
    return True


def _err_delete_book_books_book_id_delete_book_id(
    v: Any, p: str, e: list[ValidationError], f: bool
) -> None:
    if not (_is_int(v)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'integer'"))


def _okp_health_health_get_response_200(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    for k1, x2 in v.items():
        if not (type(x2) is str or isinstance(x2, str)):
            return False
    return True


def _ok_health_health_get_response_200(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_health_health_get_response_200(v)
    if not (type(v) is dict):
        return _okp_health_health_get_response_200(v)
    if not _okp_health_health_get_response_200(v):
        return _okp_health_health_get_response_200(v)
    return True


def _err_health_health_get_response_200(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        for k1, x2 in v.items():
            if True:
                if not (isinstance(x2, str)):
                    e.append(
                        ValidationError(
                            p + "/" + _esc(k1), "type", _r(x2) + " is not of type 'string'"
                        )
                    )


def _okp_book_year_any_of__0(v: Any) -> bool:
    if not (type(v) is int or _is_int(v)):
        return False
    if v < 0.0:
        return False
    if v > 3000.0:
        return False
    return True


def _ok_book_year_any_of__0(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_book_year_any_of__0(v)
    if not (type(v) is int and not v < 0.0 and not v > 3000.0):
        return _okp_book_year_any_of__0(v)
    return True


def _err_book_year_any_of__0(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (_is_int(v)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'integer'"))
    if _is_num(v):
        if v < 0.0:
            e.append(ValidationError(p, "minimum", _r(v) + " is less than the minimum of 0.0"))
        if v > 3000.0:
            e.append(
                ValidationError(p, "maximum", _r(v) + " is greater than the maximum of 3000.0")
            )


def _okp_book_year_any_of__1(v: Any) -> bool:
    if not (v is None):
        return False
    return True


def _ok_book_year_any_of__1(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_book_year_any_of__1(v)
    if not (v is None):
        return _okp_book_year_any_of__1(v)
    return True


def _err_book_year_any_of__1(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (v is None):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'null'"))


def _okp_book_in_year_any_of__0(v: Any) -> bool:
    if not (type(v) is int or _is_int(v)):
        return False
    if v < 0.0:
        return False
    if v > 3000.0:
        return False
    return True


def _ok_book_in_year_any_of__0(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_book_in_year_any_of__0(v)
    if not (type(v) is int and not v < 0.0 and not v > 3000.0):
        return _okp_book_in_year_any_of__0(v)
    return True


def _err_book_in_year_any_of__0(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (_is_int(v)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'integer'"))
    if _is_num(v):
        if v < 0.0:
            e.append(ValidationError(p, "minimum", _r(v) + " is less than the minimum of 0.0"))
        if v > 3000.0:
            e.append(
                ValidationError(p, "maximum", _r(v) + " is greater than the maximum of 3000.0")
            )


def _okp_book_in_year_any_of__1(v: Any) -> bool:
    if not (v is None):
        return False
    return True


def _ok_book_in_year_any_of__1(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_book_in_year_any_of__1(v)
    if not (v is None):
        return _okp_book_in_year_any_of__1(v)
    return True


def _err_book_in_year_any_of__1(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (v is None):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'null'"))


def _okp_page_next_token_any_of__0(v: Any) -> bool:
    if not (type(v) is str or isinstance(v, str)):
        return False
    return True


def _ok_page_next_token_any_of__0(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_page_next_token_any_of__0(v)
    if not (type(v) is str):
        return _okp_page_next_token_any_of__0(v)
    return True


def _err_page_next_token_any_of__0(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, str)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'string'"))


def _okp_page_next_token_any_of__1(v: Any) -> bool:
    if not (v is None):
        return False
    return True


def _ok_page_next_token_any_of__1(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_page_next_token_any_of__1(v)
    if not (v is None):
        return _okp_page_next_token_any_of__1(v)
    return True


def _err_page_next_token_any_of__1(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (v is None):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'null'"))


def _okp_validation_error_loc_items_any_of__0(v: Any) -> bool:
    if not (type(v) is str or isinstance(v, str)):
        return False
    return True


def _ok_validation_error_loc_items_any_of__0(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_validation_error_loc_items_any_of__0(v)
    if not (type(v) is str):
        return _okp_validation_error_loc_items_any_of__0(v)
    return True


def _err_validation_error_loc_items_any_of__0(
    v: Any, p: str, e: list[ValidationError], f: bool
) -> None:
    if not (isinstance(v, str)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'string'"))


def _okp_validation_error_loc_items_any_of__1(v: Any) -> bool:
    if not (type(v) is int or _is_int(v)):
        return False
    return True


def _ok_validation_error_loc_items_any_of__1(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_validation_error_loc_items_any_of__1(v)
    if not (type(v) is int):
        return _okp_validation_error_loc_items_any_of__1(v)
    return True


def _err_validation_error_loc_items_any_of__1(
    v: Any, p: str, e: list[ValidationError], f: bool
) -> None:
    if not (_is_int(v)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'integer'"))


def _okp_list_books_books_get_genre_sub(v: Any) -> bool:
    if not _okp_genre(v):
        return False
    return True


def _ok_list_books_books_get_genre_sub(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_list_books_books_get_genre_sub(v)
    try:
        if not (v in _E2):
            return _okp_list_books_books_get_genre_sub(v)
    except TypeError:
        return _okp_list_books_books_get_genre_sub(v)
    return True


def _err_list_books_books_get_genre_sub(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    _err_genre(v, p, e, f)


def _okp_list_books_books_get_genre_sub_2(v: Any) -> bool:
    if not (v is None):
        return False
    return True


def _ok_list_books_books_get_genre_sub_2(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_list_books_books_get_genre_sub_2(v)
    if not (v is None):
        return _okp_list_books_books_get_genre_sub_2(v)
    return True


def _err_list_books_books_get_genre_sub_2(
    v: Any, p: str, e: list[ValidationError], f: bool
) -> None:
    if not (v is None):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'null'"))


def _okp_list_books_books_get_token_sub(v: Any) -> bool:
    if not (type(v) is str or isinstance(v, str)):
        return False
    return True


def _ok_list_books_books_get_token_sub(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_list_books_books_get_token_sub(v)
    if not (type(v) is str):
        return _okp_list_books_books_get_token_sub(v)
    return True


def _err_list_books_books_get_token_sub(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, str)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'string'"))


def _okp_list_books_books_get_token_sub_2(v: Any) -> bool:
    if not (v is None):
        return False
    return True


def _ok_list_books_books_get_token_sub_2(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_list_books_books_get_token_sub_2(v)
    if not (v is None):
        return _okp_list_books_books_get_token_sub_2(v)
    return True


def _err_list_books_books_get_token_sub_2(
    v: Any, p: str, e: list[ValidationError], f: bool
) -> None:
    if not (v is None):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'null'"))


def _okp_create_book_books_post_x_request_id_sub(v: Any) -> bool:
    if not (type(v) is str or isinstance(v, str)):
        return False
    return True


def _ok_create_book_books_post_x_request_id_sub(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_create_book_books_post_x_request_id_sub(v)
    if not (type(v) is str):
        return _okp_create_book_books_post_x_request_id_sub(v)
    return True


def _err_create_book_books_post_x_request_id_sub(
    v: Any, p: str, e: list[ValidationError], f: bool
) -> None:
    if not (isinstance(v, str)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'string'"))


def _okp_create_book_books_post_x_request_id_sub_2(v: Any) -> bool:
    if not (v is None):
        return False
    return True


def _ok_create_book_books_post_x_request_id_sub_2(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_create_book_books_post_x_request_id_sub_2(v)
    if not (v is None):
        return _okp_create_book_books_post_x_request_id_sub_2(v)
    return True


def _err_create_book_books_post_x_request_id_sub_2(
    v: Any, p: str, e: list[ValidationError], f: bool
) -> None:
    if not (v is None):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'null'"))


_okf_book = _okp_book


_okf_book_in = _okp_book_in


_okf_genre = _okp_genre


_okf_http_validation_error = _okp_http_validation_error


_okf_page = _okp_page


_okf_validation_error = _okp_validation_error


_okf_list_books_books_get_genre = _okp_list_books_books_get_genre


_okf_list_books_books_get_limit = _okp_list_books_books_get_limit


_okf_list_books_books_get_token = _okp_list_books_books_get_token


_okf_create_book_books_post_x_request_id = _okp_create_book_books_post_x_request_id


_okf_get_book_books_book_id_get_book_id = _okp_get_book_books_book_id_get_book_id


_okf_delete_book_books_book_id_delete_book_id = _okp_delete_book_books_book_id_delete_book_id


_okf_health_health_get_response_200 = _okp_health_health_get_response_200


_okf_book_year_any_of__0 = _okp_book_year_any_of__0


_okf_book_year_any_of__1 = _okp_book_year_any_of__1


_okf_book_in_year_any_of__0 = _okp_book_in_year_any_of__0


_okf_book_in_year_any_of__1 = _okp_book_in_year_any_of__1


_okf_page_next_token_any_of__0 = _okp_page_next_token_any_of__0


_okf_page_next_token_any_of__1 = _okp_page_next_token_any_of__1


_okf_validation_error_loc_items_any_of__0 = _okp_validation_error_loc_items_any_of__0


_okf_validation_error_loc_items_any_of__1 = _okp_validation_error_loc_items_any_of__1


_okf_list_books_books_get_genre_sub = _okp_list_books_books_get_genre_sub


_okf_list_books_books_get_genre_sub_2 = _okp_list_books_books_get_genre_sub_2


_okf_list_books_books_get_token_sub = _okp_list_books_books_get_token_sub


_okf_list_books_books_get_token_sub_2 = _okp_list_books_books_get_token_sub_2


_okf_create_book_books_post_x_request_id_sub = _okp_create_book_books_post_x_request_id_sub


_okf_create_book_books_post_x_request_id_sub_2 = _okp_create_book_books_post_x_request_id_sub_2


def _ok_list_books_books_get_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_query = v.get("query", {})
    if not isinstance(s_query, Mapping):
        return False
    x = s_query.get("genre", _MISSING)
    if x is not _MISSING and not _ok_list_books_books_get_genre(x):
        return False
    x = s_query.get("limit", _MISSING)
    if x is not _MISSING and not _ok_list_books_books_get_query_limit(x):
        return False
    x = s_query.get("token", _MISSING)
    if x is not _MISSING and not _ok_list_books_books_get_token(x):
        return False
    return True


def _okf_list_books_books_get_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_query = v.get("query", {})
    if not isinstance(s_query, Mapping):
        return False
    x = s_query.get("genre", _MISSING)
    if x is not _MISSING and not _okf_list_books_books_get_genre(x):
        return False
    x = s_query.get("limit", _MISSING)
    if x is not _MISSING and not _okf_list_books_books_get_query_limit(x):
        return False
    x = s_query.get("token", _MISSING)
    if x is not _MISSING and not _okf_list_books_books_get_token(x):
        return False
    return True


def _err_list_books_books_get_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not isinstance(v, Mapping):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
        return
    s_query = v.get("query", {})
    if not isinstance(s_query, Mapping):
        e.append(ValidationError(p + "/query", "type", _r(s_query) + " is not of type 'object'"))
    else:
        x = s_query.get("genre", _MISSING)
        if x is not _MISSING:
            _err_list_books_books_get_genre(x, p + "/query/genre", e, f)
        x = s_query.get("limit", _MISSING)
        if x is not _MISSING:
            _err_list_books_books_get_query_limit(x, p + "/query/limit", e, f)
        x = s_query.get("token", _MISSING)
        if x is not _MISSING:
            _err_list_books_books_get_token(x, p + "/query/token", e, f)


def _ok_create_book_books_post_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_header = v.get("header", {})
    if not isinstance(s_header, Mapping):
        return False
    x = s_header.get("x-request-id", _MISSING)
    if x is not _MISSING and not _ok_create_book_books_post_x_request_id(x):
        return False
    return True


def _okf_create_book_books_post_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_header = v.get("header", {})
    if not isinstance(s_header, Mapping):
        return False
    x = s_header.get("x-request-id", _MISSING)
    if x is not _MISSING and not _okf_create_book_books_post_x_request_id(x):
        return False
    return True


def _err_create_book_books_post_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not isinstance(v, Mapping):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
        return
    s_header = v.get("header", {})
    if not isinstance(s_header, Mapping):
        e.append(ValidationError(p + "/header", "type", _r(s_header) + " is not of type 'object'"))
    else:
        x = s_header.get("x-request-id", _MISSING)
        if x is not _MISSING:
            _err_create_book_books_post_x_request_id(x, p + "/header/x-request-id", e, f)


def _ok_get_book_books_book_id_get_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("book_id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_get_book_books_book_id_get_path_book_id(x):
        return False
    return True


def _okf_get_book_books_book_id_get_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("book_id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_get_book_books_book_id_get_path_book_id(x):
        return False
    return True


def _err_get_book_books_book_id_get_request(
    v: Any, p: str, e: list[ValidationError], f: bool
) -> None:
    if not isinstance(v, Mapping):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
        return
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        e.append(ValidationError(p + "/path", "type", _r(s_path) + " is not of type 'object'"))
    else:
        x = s_path.get("book_id", _MISSING)
        if x is _MISSING:
            e.append(
                ValidationError(
                    p + "/path/book_id", "required", "'book_id' is a required path parameter"
                )
            )
        else:
            _err_get_book_books_book_id_get_path_book_id(x, p + "/path/book_id", e, f)


def _ok_delete_book_books_book_id_delete_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("book_id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_delete_book_books_book_id_delete_path_book_id(x):
        return False
    return True


def _okf_delete_book_books_book_id_delete_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("book_id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_delete_book_books_book_id_delete_path_book_id(x):
        return False
    return True


def _err_delete_book_books_book_id_delete_request(
    v: Any, p: str, e: list[ValidationError], f: bool
) -> None:
    if not isinstance(v, Mapping):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
        return
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        e.append(ValidationError(p + "/path", "type", _r(s_path) + " is not of type 'object'"))
    else:
        x = s_path.get("book_id", _MISSING)
        if x is _MISSING:
            e.append(
                ValidationError(
                    p + "/path/book_id", "required", "'book_id' is a required path parameter"
                )
            )
        else:
            _err_delete_book_books_book_id_delete_path_book_id(x, p + "/path/book_id", e, f)


def _ok_health_health_get_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    return True


def _okf_health_health_get_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    return True


def _err_health_health_get_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not isinstance(v, Mapping):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
        return


_REGISTRY: Final[dict[str, _Entry]] = {
    "Book": (_ok_book, _okf_book, _err_book),
    "BookIn": (_ok_book_in, _okf_book_in, _err_book_in),
    "Genre": (_ok_genre, _okf_genre, _err_genre),
    "HTTPValidationError": (
        _ok_http_validation_error,
        _okf_http_validation_error,
        _err_http_validation_error,
    ),
    "Page": (_ok_page, _okf_page, _err_page),
    "ValidationError": (_ok_validation_error, _okf_validation_error, _err_validation_error),
    "list_books_books_get.query.genre": (
        _ok_list_books_books_get_genre,
        _okf_list_books_books_get_genre,
        _err_list_books_books_get_genre,
    ),
    "list_books_books_get.query.limit": (
        _ok_list_books_books_get_query_limit,
        _okf_list_books_books_get_query_limit,
        _err_list_books_books_get_query_limit,
    ),
    "list_books_books_get.query.token": (
        _ok_list_books_books_get_token,
        _okf_list_books_books_get_token,
        _err_list_books_books_get_token,
    ),
    "list_books_books_get.request": (
        _ok_list_books_books_get_request,
        _okf_list_books_books_get_request,
        _err_list_books_books_get_request,
    ),
    "list_books_books_get.response.200": (_ok_page, _okf_page, _err_page),
    "list_books_books_get.response.422": (
        _ok_http_validation_error,
        _okf_http_validation_error,
        _err_http_validation_error,
    ),
    "create_book_books_post.header.x-request-id": (
        _ok_create_book_books_post_x_request_id,
        _okf_create_book_books_post_x_request_id,
        _err_create_book_books_post_x_request_id,
    ),
    "create_book_books_post.request": (
        _ok_create_book_books_post_request,
        _okf_create_book_books_post_request,
        _err_create_book_books_post_request,
    ),
    "create_book_books_post.body": (_ok_book_in, _okf_book_in, _err_book_in),
    "create_book_books_post.response.201": (_ok_book, _okf_book, _err_book),
    "create_book_books_post.response.422": (
        _ok_http_validation_error,
        _okf_http_validation_error,
        _err_http_validation_error,
    ),
    "get_book_books__book_id__get.path.book_id": (
        _ok_get_book_books_book_id_get_path_book_id,
        _okf_get_book_books_book_id_get_path_book_id,
        _err_get_book_books_book_id_get_path_book_id,
    ),
    "get_book_books__book_id__get.request": (
        _ok_get_book_books_book_id_get_request,
        _okf_get_book_books_book_id_get_request,
        _err_get_book_books_book_id_get_request,
    ),
    "get_book_books__book_id__get.response.200": (_ok_book, _okf_book, _err_book),
    "get_book_books__book_id__get.response.422": (
        _ok_http_validation_error,
        _okf_http_validation_error,
        _err_http_validation_error,
    ),
    "delete_book_books__book_id__delete.path.book_id": (
        _ok_delete_book_books_book_id_delete_path_book_id,
        _okf_delete_book_books_book_id_delete_path_book_id,
        _err_delete_book_books_book_id_delete_path_book_id,
    ),
    "delete_book_books__book_id__delete.request": (
        _ok_delete_book_books_book_id_delete_request,
        _okf_delete_book_books_book_id_delete_request,
        _err_delete_book_books_book_id_delete_request,
    ),
    "delete_book_books__book_id__delete.response.204": (_ok_any, _okf_any, _err_any),
    "delete_book_books__book_id__delete.response.422": (
        _ok_http_validation_error,
        _okf_http_validation_error,
        _err_http_validation_error,
    ),
    "health_health_get.request": (
        _ok_health_health_get_request,
        _okf_health_health_get_request,
        _err_health_health_get_request,
    ),
    "health_health_get.response.200": (
        _ok_health_health_get_response_200,
        _okf_health_health_get_response_200,
        _err_health_health_get_response_200,
    ),
}
_RESPONSES: Final[dict[str, dict[str, _Entry]]] = {
    "list_books_books_get": {
        "200": (_ok_page, _okf_page, _err_page),
        "422": (_ok_http_validation_error, _okf_http_validation_error, _err_http_validation_error),
    },
    "create_book_books_post": {
        "201": (_ok_book, _okf_book, _err_book),
        "422": (_ok_http_validation_error, _okf_http_validation_error, _err_http_validation_error),
    },
    "get_book_books__book_id__get": {
        "200": (_ok_book, _okf_book, _err_book),
        "422": (_ok_http_validation_error, _okf_http_validation_error, _err_http_validation_error),
    },
    "delete_book_books__book_id__delete": {
        "204": (_ok_any, _okf_any, _err_any),
        "422": (_ok_http_validation_error, _okf_http_validation_error, _err_http_validation_error),
    },
    "health_health_get": {
        "200": (
            _ok_health_health_get_response_200,
            _okf_health_health_get_response_200,
            _err_health_health_get_response_200,
        ),
    },
}
SCHEMA_NAMES: Final = tuple(_REGISTRY)


def _entry(name: str) -> _Entry:
    try:
        return _REGISTRY[name]
    except KeyError:
        raise KeyError(f"unknown schema name {name!r}; see SCHEMA_NAMES") from None


def _explain(entry: _Entry, value: object, formats: bool) -> list[ValidationError]:
    if (entry[1] if formats else entry[0])(value):
        return []
    errors: list[ValidationError] = []
    entry[2](value, "", errors, formats)
    return errors


def validate(name: str, value: object, *, formats: bool = False) -> list[ValidationError]:
    """Every error of ``value`` against the schema registered as ``name``; empty when valid.

    ``formats=True`` makes ``format`` assert (date-time, date, int32, int64) instead of annotate.
    """
    return _explain(_entry(name), value, formats)


def is_valid(name: str, value: object, *, formats: bool = False) -> bool:
    """The fast path: only whether ``value`` is valid, without building any error."""
    return (_entry(name)[1] if formats else _entry(name)[0])(value)


def predicate(name: str, *, formats: bool = False) -> Callable[[Any], bool]:
    """``is_valid`` for one schema, looked up once: for code that checks many values."""
    entry = _entry(name)
    return entry[1] if formats else entry[0]


def check(name: str, value: object, *, formats: bool = False) -> None:
    """Raise :class:`ValidationFailed` when ``value`` is invalid."""
    errors = _explain(_entry(name), value, formats)
    if errors:
        raise ValidationFailed(name, errors)


def _response_entry(operation_id: str, status: int) -> _Entry | None:
    table = _RESPONSES[operation_id]
    text = str(status)
    return table.get(text) or table.get(text[:1] + "XX") or table.get("default")


def validate_response(
    operation_id: str, status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a response body, found by status as OpenAPI does: exact, then 4XX, then default."""
    entry = _response_entry(operation_id, status)
    if entry is None:
        return [
            ValidationError("", "status", f"status {status} is not declared for {operation_id}")
        ]
    return _explain(entry, body, formats)


def is_valid_response(
    operation_id: str, status: int, body: object, *, formats: bool = False
) -> bool:
    entry = _response_entry(operation_id, status)
    return entry is not None and (entry[1] if formats else entry[0])(body)


def validate_book(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the Book schema ('Book'); empty when valid."""
    return _explain((_ok_book, _okf_book, _err_book), value, formats)


is_valid_book = _ok_book  # whether a value is valid against the Book schema


def validate_book_in(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the BookIn schema ('BookIn'); empty when valid."""
    return _explain((_ok_book_in, _okf_book_in, _err_book_in), value, formats)


is_valid_book_in = _ok_book_in  # whether a value is valid against the BookIn schema


def validate_genre(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the Genre schema ('Genre'); empty when valid."""
    return _explain((_ok_genre, _okf_genre, _err_genre), value, formats)


is_valid_genre = _ok_genre  # whether a value is valid against the Genre schema


def validate_http_validation_error(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the HTTPValidationError schema ('HTTPValidationError'); empty when valid."""
    return _explain(
        (_ok_http_validation_error, _okf_http_validation_error, _err_http_validation_error),
        value,
        formats,
    )


is_valid_http_validation_error = (
    _ok_http_validation_error  # whether a value is valid against the HTTPValidationError schema
)


def validate_page(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the Page schema ('Page'); empty when valid."""
    return _explain((_ok_page, _okf_page, _err_page), value, formats)


is_valid_page = _ok_page  # whether a value is valid against the Page schema


def validate_validation_error(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the ValidationError schema ('ValidationError'); empty when valid."""
    return _explain(
        (_ok_validation_error, _okf_validation_error, _err_validation_error), value, formats
    )


is_valid_validation_error = (
    _ok_validation_error  # whether a value is valid against the ValidationError schema
)


def validate_list_books_books_get_query_genre(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the query parameter 'genre' of list_books_books_get ('list_books_books_get.query.genre'); empty when valid."""
    return _explain(
        (
            _ok_list_books_books_get_genre,
            _okf_list_books_books_get_genre,
            _err_list_books_books_get_genre,
        ),
        value,
        formats,
    )


is_valid_list_books_books_get_query_genre = _ok_list_books_books_get_genre  # whether a value is valid against the query parameter 'genre' of list_books_books_get


def validate_list_books_books_get_query_limit(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the query parameter 'limit' of list_books_books_get ('list_books_books_get.query.limit'); empty when valid."""
    return _explain(
        (
            _ok_list_books_books_get_query_limit,
            _okf_list_books_books_get_query_limit,
            _err_list_books_books_get_query_limit,
        ),
        value,
        formats,
    )


def is_valid_list_books_books_get_query_limit(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the query parameter 'limit' of list_books_books_get ('list_books_books_get.query.limit')."""
    return (
        _okf_list_books_books_get_query_limit(value)
        if formats
        else _ok_list_books_books_get_query_limit(value)
    )


def validate_list_books_books_get_query_token(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the query parameter 'token' of list_books_books_get ('list_books_books_get.query.token'); empty when valid."""
    return _explain(
        (
            _ok_list_books_books_get_token,
            _okf_list_books_books_get_token,
            _err_list_books_books_get_token,
        ),
        value,
        formats,
    )


is_valid_list_books_books_get_query_token = _ok_list_books_books_get_token  # whether a value is valid against the query parameter 'token' of list_books_books_get


def validate_list_books_books_get_request(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a list_books_books_get request ('list_books_books_get.request'); empty when valid."""
    return _explain(
        (
            _ok_list_books_books_get_request,
            _okf_list_books_books_get_request,
            _err_list_books_books_get_request,
        ),
        value,
        formats,
    )


def is_valid_list_books_books_get_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a list_books_books_get request ('list_books_books_get.request')."""
    return (
        _okf_list_books_books_get_request(value)
        if formats
        else _ok_list_books_books_get_request(value)
    )


def validate_list_books_books_get_response_200(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 200 response body of list_books_books_get ('list_books_books_get.response.200'); empty when valid."""
    return _explain((_ok_page, _okf_page, _err_page), value, formats)


is_valid_list_books_books_get_response_200 = (
    _ok_page  # whether a value is valid against the 200 response body of list_books_books_get
)


def validate_list_books_books_get_response_422(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 422 response body of list_books_books_get ('list_books_books_get.response.422'); empty when valid."""
    return _explain(
        (_ok_http_validation_error, _okf_http_validation_error, _err_http_validation_error),
        value,
        formats,
    )


is_valid_list_books_books_get_response_422 = _ok_http_validation_error  # whether a value is valid against the 422 response body of list_books_books_get


def validate_create_book_books_post_header_x_request_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the header parameter 'x-request-id' of create_book_books_post ('create_book_books_post.header.x-request-id'); empty when valid."""
    return _explain(
        (
            _ok_create_book_books_post_x_request_id,
            _okf_create_book_books_post_x_request_id,
            _err_create_book_books_post_x_request_id,
        ),
        value,
        formats,
    )


is_valid_create_book_books_post_header_x_request_id = _ok_create_book_books_post_x_request_id  # whether a value is valid against the header parameter 'x-request-id' of create_book_books_post


def validate_create_book_books_post_request(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a create_book_books_post request ('create_book_books_post.request'); empty when valid."""
    return _explain(
        (
            _ok_create_book_books_post_request,
            _okf_create_book_books_post_request,
            _err_create_book_books_post_request,
        ),
        value,
        formats,
    )


def is_valid_create_book_books_post_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a create_book_books_post request ('create_book_books_post.request')."""
    return (
        _okf_create_book_books_post_request(value)
        if formats
        else _ok_create_book_books_post_request(value)
    )


def validate_create_book_books_post_body(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the request body of create_book_books_post ('create_book_books_post.body'); empty when valid."""
    return _explain((_ok_book_in, _okf_book_in, _err_book_in), value, formats)


is_valid_create_book_books_post_body = (
    _ok_book_in  # whether a value is valid against the request body of create_book_books_post
)


def validate_create_book_books_post_response_201(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 201 response body of create_book_books_post ('create_book_books_post.response.201'); empty when valid."""
    return _explain((_ok_book, _okf_book, _err_book), value, formats)


is_valid_create_book_books_post_response_201 = (
    _ok_book  # whether a value is valid against the 201 response body of create_book_books_post
)


def validate_create_book_books_post_response_422(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 422 response body of create_book_books_post ('create_book_books_post.response.422'); empty when valid."""
    return _explain(
        (_ok_http_validation_error, _okf_http_validation_error, _err_http_validation_error),
        value,
        formats,
    )


is_valid_create_book_books_post_response_422 = _ok_http_validation_error  # whether a value is valid against the 422 response body of create_book_books_post


def validate_get_book_books_book_id_get_path_book_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'book_id' of get_book_books__book_id__get ('get_book_books__book_id__get.path.book_id'); empty when valid."""
    return _explain(
        (
            _ok_get_book_books_book_id_get_path_book_id,
            _okf_get_book_books_book_id_get_path_book_id,
            _err_get_book_books_book_id_get_path_book_id,
        ),
        value,
        formats,
    )


def is_valid_get_book_books_book_id_get_path_book_id(
    value: object, *, formats: bool = False
) -> bool:
    """Whether ``value`` is valid against the path parameter 'book_id' of get_book_books__book_id__get ('get_book_books__book_id__get.path.book_id')."""
    return (
        _okf_get_book_books_book_id_get_path_book_id(value)
        if formats
        else _ok_get_book_books_book_id_get_path_book_id(value)
    )


def validate_get_book_books_book_id_get_request(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a get_book_books__book_id__get request ('get_book_books__book_id__get.request'); empty when valid."""
    return _explain(
        (
            _ok_get_book_books_book_id_get_request,
            _okf_get_book_books_book_id_get_request,
            _err_get_book_books_book_id_get_request,
        ),
        value,
        formats,
    )


def is_valid_get_book_books_book_id_get_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a get_book_books__book_id__get request ('get_book_books__book_id__get.request')."""
    return (
        _okf_get_book_books_book_id_get_request(value)
        if formats
        else _ok_get_book_books_book_id_get_request(value)
    )


def validate_get_book_books_book_id_get_response_200(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 200 response body of get_book_books__book_id__get ('get_book_books__book_id__get.response.200'); empty when valid."""
    return _explain((_ok_book, _okf_book, _err_book), value, formats)


is_valid_get_book_books_book_id_get_response_200 = _ok_book  # whether a value is valid against the 200 response body of get_book_books__book_id__get


def validate_get_book_books_book_id_get_response_422(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 422 response body of get_book_books__book_id__get ('get_book_books__book_id__get.response.422'); empty when valid."""
    return _explain(
        (_ok_http_validation_error, _okf_http_validation_error, _err_http_validation_error),
        value,
        formats,
    )


is_valid_get_book_books_book_id_get_response_422 = _ok_http_validation_error  # whether a value is valid against the 422 response body of get_book_books__book_id__get


def validate_delete_book_books_book_id_delete_path_book_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'book_id' of delete_book_books__book_id__delete ('delete_book_books__book_id__delete.path.book_id'); empty when valid."""
    return _explain(
        (
            _ok_delete_book_books_book_id_delete_path_book_id,
            _okf_delete_book_books_book_id_delete_path_book_id,
            _err_delete_book_books_book_id_delete_path_book_id,
        ),
        value,
        formats,
    )


def is_valid_delete_book_books_book_id_delete_path_book_id(
    value: object, *, formats: bool = False
) -> bool:
    """Whether ``value`` is valid against the path parameter 'book_id' of delete_book_books__book_id__delete ('delete_book_books__book_id__delete.path.book_id')."""
    return (
        _okf_delete_book_books_book_id_delete_path_book_id(value)
        if formats
        else _ok_delete_book_books_book_id_delete_path_book_id(value)
    )


def validate_delete_book_books_book_id_delete_request(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a delete_book_books__book_id__delete request ('delete_book_books__book_id__delete.request'); empty when valid."""
    return _explain(
        (
            _ok_delete_book_books_book_id_delete_request,
            _okf_delete_book_books_book_id_delete_request,
            _err_delete_book_books_book_id_delete_request,
        ),
        value,
        formats,
    )


def is_valid_delete_book_books_book_id_delete_request(
    value: object, *, formats: bool = False
) -> bool:
    """Whether ``value`` is valid against the parameters of a delete_book_books__book_id__delete request ('delete_book_books__book_id__delete.request')."""
    return (
        _okf_delete_book_books_book_id_delete_request(value)
        if formats
        else _ok_delete_book_books_book_id_delete_request(value)
    )


def validate_delete_book_books_book_id_delete_response_204(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 204 response body of delete_book_books__book_id__delete ('delete_book_books__book_id__delete.response.204'); empty when valid."""
    return _explain((_ok_any, _okf_any, _err_any), value, formats)


def is_valid_delete_book_books_book_id_delete_response_204(
    value: object, *, formats: bool = False
) -> bool:
    """Whether ``value`` is valid against the 204 response body of delete_book_books__book_id__delete ('delete_book_books__book_id__delete.response.204')."""
    return _okf_any(value) if formats else _ok_any(value)


def validate_delete_book_books_book_id_delete_response_422(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 422 response body of delete_book_books__book_id__delete ('delete_book_books__book_id__delete.response.422'); empty when valid."""
    return _explain(
        (_ok_http_validation_error, _okf_http_validation_error, _err_http_validation_error),
        value,
        formats,
    )


is_valid_delete_book_books_book_id_delete_response_422 = _ok_http_validation_error  # whether a value is valid against the 422 response body of delete_book_books__book_id__delete


def validate_health_health_get_request(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a health_health_get request ('health_health_get.request'); empty when valid."""
    return _explain(
        (
            _ok_health_health_get_request,
            _okf_health_health_get_request,
            _err_health_health_get_request,
        ),
        value,
        formats,
    )


def is_valid_health_health_get_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a health_health_get request ('health_health_get.request')."""
    return (
        _okf_health_health_get_request(value) if formats else _ok_health_health_get_request(value)
    )


def validate_health_health_get_response_200(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 200 response body of health_health_get ('health_health_get.response.200'); empty when valid."""
    return _explain(
        (
            _ok_health_health_get_response_200,
            _okf_health_health_get_response_200,
            _err_health_health_get_response_200,
        ),
        value,
        formats,
    )


is_valid_health_health_get_response_200 = _ok_health_health_get_response_200  # whether a value is valid against the 200 response body of health_health_get


def validate_list_books_books_get_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a list_books_books_get response body with this status; empty when valid."""
    return validate_response("list_books_books_get", status, body, formats=formats)


def is_valid_list_books_books_get_response(
    status: int, body: object, *, formats: bool = False
) -> bool:
    """Whether a list_books_books_get response body with this status is valid."""
    return is_valid_response("list_books_books_get", status, body, formats=formats)


def validate_create_book_books_post_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a create_book_books_post response body with this status; empty when valid."""
    return validate_response("create_book_books_post", status, body, formats=formats)


def is_valid_create_book_books_post_response(
    status: int, body: object, *, formats: bool = False
) -> bool:
    """Whether a create_book_books_post response body with this status is valid."""
    return is_valid_response("create_book_books_post", status, body, formats=formats)


def validate_get_book_books_book_id_get_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a get_book_books__book_id__get response body with this status; empty when valid."""
    return validate_response("get_book_books__book_id__get", status, body, formats=formats)


def is_valid_get_book_books_book_id_get_response(
    status: int, body: object, *, formats: bool = False
) -> bool:
    """Whether a get_book_books__book_id__get response body with this status is valid."""
    return is_valid_response("get_book_books__book_id__get", status, body, formats=formats)


def validate_delete_book_books_book_id_delete_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a delete_book_books__book_id__delete response body with this status; empty when valid."""
    return validate_response("delete_book_books__book_id__delete", status, body, formats=formats)


def is_valid_delete_book_books_book_id_delete_response(
    status: int, body: object, *, formats: bool = False
) -> bool:
    """Whether a delete_book_books__book_id__delete response body with this status is valid."""
    return is_valid_response("delete_book_books__book_id__delete", status, body, formats=formats)


def validate_health_health_get_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a health_health_get response body with this status; empty when valid."""
    return validate_response("health_health_get", status, body, formats=formats)


def is_valid_health_health_get_response(
    status: int, body: object, *, formats: bool = False
) -> bool:
    """Whether a health_health_get response body with this status is valid."""
    return is_valid_response("health_health_get", status, body, formats=formats)


__all__ = [
    "SCHEMA_NAMES",
    "ValidationError",
    "ValidationFailed",
    "check",
    "is_valid",
    "predicate",
    "is_valid_response",
    "validate",
    "validate_response",
    "validate_book",
    "is_valid_book",
    "validate_book_in",
    "is_valid_book_in",
    "validate_genre",
    "is_valid_genre",
    "validate_http_validation_error",
    "is_valid_http_validation_error",
    "validate_page",
    "is_valid_page",
    "validate_validation_error",
    "is_valid_validation_error",
    "validate_list_books_books_get_query_genre",
    "is_valid_list_books_books_get_query_genre",
    "validate_list_books_books_get_query_limit",
    "is_valid_list_books_books_get_query_limit",
    "validate_list_books_books_get_query_token",
    "is_valid_list_books_books_get_query_token",
    "validate_list_books_books_get_request",
    "is_valid_list_books_books_get_request",
    "validate_list_books_books_get_response_200",
    "is_valid_list_books_books_get_response_200",
    "validate_list_books_books_get_response_422",
    "is_valid_list_books_books_get_response_422",
    "validate_create_book_books_post_header_x_request_id",
    "is_valid_create_book_books_post_header_x_request_id",
    "validate_create_book_books_post_request",
    "is_valid_create_book_books_post_request",
    "validate_create_book_books_post_body",
    "is_valid_create_book_books_post_body",
    "validate_create_book_books_post_response_201",
    "is_valid_create_book_books_post_response_201",
    "validate_create_book_books_post_response_422",
    "is_valid_create_book_books_post_response_422",
    "validate_get_book_books_book_id_get_path_book_id",
    "is_valid_get_book_books_book_id_get_path_book_id",
    "validate_get_book_books_book_id_get_request",
    "is_valid_get_book_books_book_id_get_request",
    "validate_get_book_books_book_id_get_response_200",
    "is_valid_get_book_books_book_id_get_response_200",
    "validate_get_book_books_book_id_get_response_422",
    "is_valid_get_book_books_book_id_get_response_422",
    "validate_delete_book_books_book_id_delete_path_book_id",
    "is_valid_delete_book_books_book_id_delete_path_book_id",
    "validate_delete_book_books_book_id_delete_request",
    "is_valid_delete_book_books_book_id_delete_request",
    "validate_delete_book_books_book_id_delete_response_204",
    "is_valid_delete_book_books_book_id_delete_response_204",
    "validate_delete_book_books_book_id_delete_response_422",
    "is_valid_delete_book_books_book_id_delete_response_422",
    "validate_health_health_get_request",
    "is_valid_health_health_get_request",
    "validate_health_health_get_response_200",
    "is_valid_health_health_get_response_200",
    "validate_list_books_books_get_response",
    "is_valid_list_books_books_get_response",
    "validate_create_book_books_post_response",
    "is_valid_create_book_books_post_response",
    "validate_get_book_books_book_id_get_response",
    "is_valid_get_book_books_book_id_get_response",
    "validate_delete_book_books_book_id_delete_response",
    "is_valid_delete_book_books_book_id_delete_response",
    "validate_health_health_get_response",
    "is_valid_health_health_get_response",
]
