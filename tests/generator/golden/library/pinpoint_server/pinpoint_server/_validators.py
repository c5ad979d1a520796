"""Validators for the schemas of Library, embedded in pinpoint_server. Generated: do not edit."""

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

_E1: Final = frozenset(["fiction", "non-fiction", "poetry", "drama"])
_N2: Final = frozenset(["name", "born", "links"])
_TN3: Final = frozenset((int, type(None)))
_P4: Final = re.compile("^\\d{3}-\\d{10}\\Z", re.ASCII).search
_M5: Final = Fraction("0.25")
_N6: Final = frozenset(
    ["title", "subtitle", "authors", "genre", "isbn", "pages", "price", "metadata", "rating"]
)
_TN7: Final = frozenset((str, type(None)))
_T8: Final = frozenset((float, int))
_E9: Final = frozenset(map(_key, ["available", "lent", "lost", None]))
_N10: Final = frozenset(["id", "status", "created"])
_E11: Final = frozenset(["available", "lent", "lost", None])
_N12: Final = frozenset(["items", "next", "total"])
_N13: Final = frozenset(["id", "name", "parent", "children"])
_N14: Final = frozenset(["title", "status", "detail"])
_P15: Final = re.compile("^[a-z0-9-]{3,40}\\Z", re.ASCII).search
_N16: Final = frozenset(["errors"])
_N17: Final = frozenset(["category", "tags"])
_E18: Final = frozenset(["unrated"])


def _ok_list_books_query_limit(v: Any) -> bool:
    if isinstance(v, str):
        v = _scalar(v, ("integer",))
    return _ok_list_books_limit(v)


def _okf_list_books_query_limit(v: Any) -> bool:
    if isinstance(v, str):
        v = _scalar(v, ("integer",))
    return _okf_list_books_limit(v)


def _err_list_books_query_limit(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if isinstance(v, str):
        v = _scalar(v, ("integer",))
    _err_list_books_limit(v, p, e, f)


def _ok_list_books_query_genre(v: Any) -> bool:
    if isinstance(v, str):
        v = [v]
    return _ok_list_books_genre(v)


def _okf_list_books_query_genre(v: Any) -> bool:
    if isinstance(v, str):
        v = [v]
    return _okf_list_books_genre(v)


def _err_list_books_query_genre(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if isinstance(v, str):
        v = [v]
    _err_list_books_genre(v, p, e, f)


def _ok_list_books_query_available(v: Any) -> bool:
    if isinstance(v, str):
        v = _scalar(v, ("boolean",))
    return _ok_list_books_available(v)


def _okf_list_books_query_available(v: Any) -> bool:
    if isinstance(v, str):
        v = _scalar(v, ("boolean",))
    return _okf_list_books_available(v)


def _err_list_books_query_available(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if isinstance(v, str):
        v = _scalar(v, ("boolean",))
    _err_list_books_available(v, p, e, f)


def _ok_get_category_path_category_id(v: Any) -> bool:
    if isinstance(v, str):
        v = _scalar(v, ("integer",))
    return _ok_get_category_category_id(v)


def _okf_get_category_path_category_id(v: Any) -> bool:
    if isinstance(v, str):
        v = _scalar(v, ("integer",))
    return _okf_get_category_category_id(v)


def _err_get_category_path_category_id(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if isinstance(v, str):
        v = _scalar(v, ("integer",))
    _err_get_category_category_id(v, p, e, f)


def _ok_get_category_query_depth(v: Any) -> bool:
    if isinstance(v, str):
        v = _scalar(v, ("number",))
    return _ok_get_category_depth(v)


def _okf_get_category_query_depth(v: Any) -> bool:
    if isinstance(v, str):
        v = _scalar(v, ("number",))
    return _okf_get_category_depth(v)


def _err_get_category_query_depth(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if isinstance(v, str):
        v = _scalar(v, ("number",))
    _err_get_category_depth(v, p, e, f)


def _ok_put_category_path_category_id(v: Any) -> bool:
    if isinstance(v, str):
        v = _scalar(v, ("integer",))
    return _ok_put_category_category_id(v)


def _okf_put_category_path_category_id(v: Any) -> bool:
    if isinstance(v, str):
        v = _scalar(v, ("integer",))
    return _okf_put_category_category_id(v)


def _err_put_category_path_category_id(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if isinstance(v, str):
        v = _scalar(v, ("integer",))
    _err_put_category_category_id(v, p, e, f)


def _okp_genre(v: Any) -> bool:
    if not (type(v) is str or isinstance(v, str)):
        return False
    if not (v in _E1):
        return False
    return True


def _ok_genre(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_genre(v)
    try:
        if not (v in _E1):
            return _okp_genre(v)
    except TypeError:
        return _okp_genre(v)
    return True


def _err_genre(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, str)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'string'"))
    if not (isinstance(v, str) and v in _E1):
        e.append(
            ValidationError(
                p, "enum", _r(v) + " is not one of ['fiction', 'non-fiction', 'poetry', 'drama']"
            )
        )


def _okp_author(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "name" not in v:
        return False
    x1 = v["name"]
    if not (type(x1) is str or isinstance(x1, str)):
        return False
    if len(x1) < 1:
        return False
    if len(x1) > 80:
        return False
    if "born" in v:
        x2 = v["born"]
        if not (type(x2) is int or _is_int(x2) or x2 is None):
            return False
        if x2 is not None:
            if x2 < -3000:
                return False
            if x2 > 2100:
                return False
    if "links" in v:
        x3 = v["links"]
        if not (type(x3) is list or isinstance(x3, list)):
            return False
        if not _unique(x3):
            return False
        for x4 in x3:
            if not (type(x4) is str or isinstance(x4, str)):
                return False
    if not _N2.issuperset(v):
        return False
    return True


def _ok_author(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_author(v)
    if not (
        type(v) is dict
        and "name" in v
        and (type(y3 := v["name"]) is str and len(y3) >= 1 and len(y3) <= 80)
        and (
            "born" not in v
            or (
                type(y4 := v["born"]) in _TN3
                and (not _is_num(y4) or (not y4 < -3000 and not y4 > 2100))
            )
        )
    ):
        return _okp_author(v)
    if "links" in v:
        z5 = v["links"]
        if not (type(z5) is list and _unique(z5)):
            return _okp_author(v)
        for z6 in z5:
            if not (type(z6) is str):
                return _okp_author(v)
    if not _okp_author(v):
        return _okp_author(v)
    return True


def _err_author(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "name" not in v:
            e.append(ValidationError(p, "required", "'name' is a required property"))
        if "name" in v:
            x1 = v["name"]
            if not (isinstance(x1, str)):
                e.append(ValidationError(p + "/name", "type", _r(x1) + " is not of type 'string'"))
            if isinstance(x1, str):
                if len(x1) < 1:
                    e.append(
                        ValidationError(
                            p + "/name", "minLength", _r(x1) + " is shorter than 1 characters"
                        )
                    )
                if len(x1) > 80:
                    e.append(
                        ValidationError(
                            p + "/name", "maxLength", _r(x1) + " is longer than 80 characters"
                        )
                    )
        if "born" in v:
            x2 = v["born"]
            if not (_is_int(x2) or x2 is None):
                e.append(
                    ValidationError(
                        p + "/born", "type", _r(x2) + " is not of type 'integer', 'null'"
                    )
                )
            if _is_num(x2):
                if x2 < -3000:
                    e.append(
                        ValidationError(
                            p + "/born", "minimum", _r(x2) + " is less than the minimum of -3000"
                        )
                    )
                if x2 > 2100:
                    e.append(
                        ValidationError(
                            p + "/born", "maximum", _r(x2) + " is greater than the maximum of 2100"
                        )
                    )
        if "links" in v:
            x3 = v["links"]
            if not (isinstance(x3, list)):
                e.append(ValidationError(p + "/links", "type", _r(x3) + " is not of type 'array'"))
            if isinstance(x3, list):
                if not _unique(x3):
                    e.append(
                        ValidationError(
                            p + "/links", "uniqueItems", _r(x3) + " has non-unique elements"
                        )
                    )
                for i4 in range(0, len(x3)):
                    x5 = x3[i4]
                    if not (isinstance(x5, str)):
                        e.append(
                            ValidationError(
                                p + "/links/" + str(i4), "type", _r(x5) + " is not of type 'string'"
                            )
                        )
        u8: list[str] = []
        for k6, x7 in v.items():
            if k6 not in _N2:
                u8.append(k6)
        if u8:
            e.append(
                ValidationError(
                    p,
                    "additionalProperties",
                    "Additional properties are not allowed ("
                    + ", ".join(map(repr, u8))
                    + (" was" if len(u8) == 1 else " were")
                    + " unexpected)",
                )
            )


def _okp_new_book(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "title" not in v or "authors" not in v or "genre" not in v:
        return False
    x1 = v["title"]
    if not (type(x1) is str or isinstance(x1, str)):
        return False
    if len(x1) < 1:
        return False
    if "subtitle" in v:
        x2 = v["subtitle"]
        if not (type(x2) is str or isinstance(x2, str) or x2 is None):
            return False
    x3 = v["authors"]
    if not (type(x3) is list or isinstance(x3, list)):
        return False
    if len(x3) < 1:
        return False
    if len(x3) > 5:
        return False
    for x4 in x3:
        if not _okp_author(x4):
            return False
    x5 = v["genre"]
    if not _okp_genre(x5):
        return False
    if "isbn" in v:
        x6 = v["isbn"]
        if not (type(x6) is str or isinstance(x6, str)):
            return False
        if _P4(x6) is None:
            return False
    if "pages" in v:
        x7 = v["pages"]
        if not (type(x7) is int or _is_int(x7)):
            return False
        if x7 < 1:
            return False
    if "price" in v:
        x8 = v["price"]
        if not (type(x8) is int or type(x8) is float or _is_num(x8)):
            return False
        if x8 <= 0:
            return False
        if not _multiple(x8, _M5):
            return False
    if "metadata" in v:
        x9 = v["metadata"]
        if not (type(x9) is dict or isinstance(x9, dict)):
            return False
        for k10, x11 in x9.items():
            if not (
                type(x11) is str
                or isinstance(x11, str)
                or type(x11) is int
                or type(x11) is float
                or _is_num(x11)
                or x11 is True
                or x11 is False
            ):
                return False
    if "rating" in v:
        x12 = v["rating"]
        n13 = 0
        if _okp_new_book_rating_one_of__0(x12):
            n13 += 1
        if _okp_new_book_rating_one_of__1(x12):
            n13 += 1
        if n13 != 1:
            return False
    if not _N6.issuperset(v):
        return False
    return True


def _ok_new_book(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_new_book(v)
    try:
        if not (
            type(v) is dict
            and "title" in v
            and "authors" in v
            and (type(y2 := v["title"]) is str and len(y2) >= 1)
            and type(v.get("subtitle", "")) in _TN7
            and v.get("genre") in _E1
            and ("isbn" not in v or (type(y3 := v["isbn"]) is str and _P4(y3) is not None))
            and ("pages" not in v or (type(y4 := v["pages"]) is int and not y4 < 1))
            and (
                "price" not in v
                or (type(y5 := v["price"]) in _T8 and not y5 <= 0 and _multiple(y5, _M5))
            )
        ):
            return _okp_new_book(v)
        if not (
            "rating" not in v
            or (
                _ok_new_book_rating_one_of__0(y6 := v["rating"]) + _ok_new_book_rating_one_of__1(y6)
            )
            == 1
        ):
            return False
        z7 = v["authors"]
        if not (type(z7) is list and len(z7) >= 1 and len(z7) <= 5):
            return _okp_new_book(v)
        for z8 in z7:
            if not (_ok_author(z8)):
                return False
        if "metadata" in v:
            z11 = v["metadata"]
            if not (type(z11) is dict):
                return _okp_new_book(v)
            if not _okp_new_book_metadata(z11):
                return _okp_new_book(v)
        if not _okp_new_book(v):
            return _okp_new_book(v)
    except TypeError:
        return _okp_new_book(v)
    return True


def _err_new_book(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "title" not in v:
            e.append(ValidationError(p, "required", "'title' is a required property"))
        if "authors" not in v:
            e.append(ValidationError(p, "required", "'authors' is a required property"))
        if "genre" not in v:
            e.append(ValidationError(p, "required", "'genre' is a required property"))
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
        if "subtitle" in v:
            x2 = v["subtitle"]
            if not (isinstance(x2, str) or x2 is None):
                e.append(
                    ValidationError(
                        p + "/subtitle", "type", _r(x2) + " is not of type 'string', 'null'"
                    )
                )
        if "authors" in v:
            x3 = v["authors"]
            if not (isinstance(x3, list)):
                e.append(
                    ValidationError(p + "/authors", "type", _r(x3) + " is not of type 'array'")
                )
            if isinstance(x3, list):
                if len(x3) < 1:
                    e.append(
                        ValidationError(
                            p + "/authors", "minItems", _r(x3) + " has fewer than 1 items"
                        )
                    )
                if len(x3) > 5:
                    e.append(
                        ValidationError(
                            p + "/authors", "maxItems", _r(x3) + " has more than 5 items"
                        )
                    )
                for i4 in range(0, len(x3)):
                    x5 = x3[i4]
                    if not (_okf_author if f else _ok_author)(x5):
                        _err_author(x5, p + "/authors/" + str(i4), e, f)
        if "genre" in v:
            x6 = v["genre"]
            if not (_okf_genre if f else _ok_genre)(x6):
                _err_genre(x6, p + "/genre", e, f)
        if "isbn" in v:
            x7 = v["isbn"]
            if not (isinstance(x7, str)):
                e.append(ValidationError(p + "/isbn", "type", _r(x7) + " is not of type 'string'"))
            if isinstance(x7, str):
                if _P4(x7) is None:
                    e.append(
                        ValidationError(
                            p + "/isbn",
                            "pattern",
                            _r(x7) + " does not match '^\\\\d{3}-\\\\d{10}$'",
                        )
                    )
        if "pages" in v:
            x8 = v["pages"]
            if not (_is_int(x8)):
                e.append(
                    ValidationError(p + "/pages", "type", _r(x8) + " is not of type 'integer'")
                )
            if _is_num(x8):
                if x8 < 1:
                    e.append(
                        ValidationError(
                            p + "/pages", "minimum", _r(x8) + " is less than the minimum of 1"
                        )
                    )
        if "price" in v:
            x9 = v["price"]
            if not (_is_num(x9)):
                e.append(ValidationError(p + "/price", "type", _r(x9) + " is not of type 'number'"))
            if _is_num(x9):
                if x9 <= 0:
                    e.append(
                        ValidationError(
                            p + "/price",
                            "exclusiveMinimum",
                            _r(x9) + " is less than or equal to the exclusive minimum of 0",
                        )
                    )
                if not _multiple(x9, _M5):
                    e.append(
                        ValidationError(
                            p + "/price", "multipleOf", _r(x9) + " is not a multiple of 0.25"
                        )
                    )
        if "metadata" in v:
            x10 = v["metadata"]
            if not (isinstance(x10, dict)):
                e.append(
                    ValidationError(p + "/metadata", "type", _r(x10) + " is not of type 'object'")
                )
            if isinstance(x10, dict):
                for k11, x12 in x10.items():
                    if True:
                        if not (
                            isinstance(x12, str) or _is_num(x12) or x12 is True or x12 is False
                        ):
                            e.append(
                                ValidationError(
                                    p + "/metadata/" + _esc(k11),
                                    "type",
                                    _r(x12) + " is not of type 'string', 'number', 'boolean'",
                                )
                            )
        if "rating" in v:
            x13 = v["rating"]
            n14 = (
                (_okf_new_book_rating_one_of__0 if f else _ok_new_book_rating_one_of__0)(x13)
            ) + ((_okf_new_book_rating_one_of__1 if f else _ok_new_book_rating_one_of__1)(x13))
            if n14 == 0:
                e.append(
                    ValidationError(
                        p + "/rating",
                        "oneOf",
                        _r(x13) + " is not valid under any of the given schemas",
                    )
                )
            elif n14 > 1:
                e.append(
                    ValidationError(
                        p + "/rating",
                        "oneOf",
                        _r(x13) + " is valid under more than one of the given schemas",
                    )
                )
        u17: list[str] = []
        for k15, x16 in v.items():
            if k15 not in _N6:
                u17.append(k15)
        if u17:
            e.append(
                ValidationError(
                    p,
                    "additionalProperties",
                    "Additional properties are not allowed ("
                    + ", ".join(map(repr, u17))
                    + (" was" if len(u17) == 1 else " were")
                    + " unexpected)",
                )
            )


def _okp_book(v: Any) -> bool:
    if not _okp_new_book(v):
        return False
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "id" not in v or "status" not in v:
        return False
    x1 = v["id"]
    if not (type(x1) is str or isinstance(x1, str)):
        return False
    x2 = v["status"]
    if not (_key(x2) in _E9):
        return False
    if "created" in v:
        x3 = v["created"]
        if not (type(x3) is str or isinstance(x3, str)):
            return False
    return True


def _ok_book(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_book(v)
    try:
        if not (_ok_new_book(v)):
            return False
        if not (
            type(v) is dict
            and type(v.get("id")) is str
            and v.get("status") in _E11
            and type(v.get("created", "")) is str
        ):
            return _okp_book(v)
    except TypeError:
        return _okp_book(v)
    return True


def _err_book(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    _err_new_book(v, p, e, f)
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "id" not in v:
            e.append(ValidationError(p, "required", "'id' is a required property"))
        if "status" not in v:
            e.append(ValidationError(p, "required", "'status' is a required property"))
        if "id" in v:
            x1 = v["id"]
            if not (isinstance(x1, str)):
                e.append(ValidationError(p + "/id", "type", _r(x1) + " is not of type 'string'"))
        if "status" in v:
            x2 = v["status"]
            if not (_key(x2) in _E9):
                e.append(
                    ValidationError(
                        p + "/status",
                        "enum",
                        _r(x2) + " is not one of ['available', 'lent', 'lost', None]",
                    )
                )
        if "created" in v:
            x3 = v["created"]
            if not (isinstance(x3, str)):
                e.append(
                    ValidationError(p + "/created", "type", _r(x3) + " is not of type 'string'")
                )
            if isinstance(x3, str):
                if f and not _fmt_date_time(x3):
                    e.append(
                        ValidationError(
                            p + "/created", "format", _r(x3) + " is not a valid 'date-time'"
                        )
                    )


def _okp_book_page(v: Any) -> bool:
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
    if "next" in v:
        x3 = v["next"]
        if not (type(x3) is str or isinstance(x3, str) or x3 is None):
            return False
    if "total" in v:
        x4 = v["total"]
        if not (type(x4) is int or _is_int(x4)):
            return False
        if x4 < 0:
            return False
    return True


def _ok_book_page(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_book_page(v)
    try:
        if not (
            type(v) is dict
            and "items" in v
            and type(v.get("next", "")) in _TN7
            and ("total" not in v or (type(y1 := v["total"]) is int and not y1 < 0))
        ):
            return _okp_book_page(v)
        z2 = v["items"]
        if not (type(z2) is list):
            return _okp_book_page(v)
        for z3 in z2:
            if not (_ok_new_book(z3)):
                return False
            if not (
                type(z3) is dict
                and type(z3.get("id")) is str
                and z3.get("status") in _E11
                and type(z3.get("created", "")) is str
            ):
                return _okp_book_page(v)
    except TypeError:
        return _okp_book_page(v)
    return True


def _err_book_page(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
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
        if "next" in v:
            x4 = v["next"]
            if not (isinstance(x4, str) or x4 is None):
                e.append(
                    ValidationError(
                        p + "/next", "type", _r(x4) + " is not of type 'string', 'null'"
                    )
                )
        if "total" in v:
            x5 = v["total"]
            if not (_is_int(x5)):
                e.append(
                    ValidationError(p + "/total", "type", _r(x5) + " is not of type 'integer'")
                )
            if _is_num(x5):
                if x5 < 0:
                    e.append(
                        ValidationError(
                            p + "/total", "minimum", _r(x5) + " is less than the minimum of 0"
                        )
                    )
                if f and not _fmt_int64(x5):
                    e.append(
                        ValidationError(p + "/total", "format", _r(x5) + " is not a valid 'int64'")
                    )


def _okp_category(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "id" not in v or "name" not in v:
        return False
    x1 = v["id"]
    if not (type(x1) is int or _is_int(x1)):
        return False
    x2 = v["name"]
    if not (type(x2) is str or isinstance(x2, str)):
        return False
    if "parent" in v:
        x3 = v["parent"]
        if not (_okp_category_parent_any_of__0(x3) or _okp_category_parent_any_of__1(x3)):
            return False
    if "children" in v:
        x4 = v["children"]
        if not (type(x4) is list or isinstance(x4, list)):
            return False
        for x5 in x4:
            if not _okp_category(x5):
                return False
    return True


def _ok_category(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_category(v)
    if not (type(v) is dict and type(v.get("id")) is int and type(v.get("name")) is str):
        return _okp_category(v)
    if not (
        "parent" not in v
        or (_ok_category_parent_any_of__0(y2 := v["parent"]) or _ok_category_parent_any_of__1(y2))
    ):
        return False
    if "children" in v:
        z3 = v["children"]
        if not (type(z3) is list):
            return _okp_category(v)
        for z4 in z3:
            if not (_ok_category(z4)):
                return False
    return True


def _err_category(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "id" not in v:
            e.append(ValidationError(p, "required", "'id' is a required property"))
        if "name" not in v:
            e.append(ValidationError(p, "required", "'name' is a required property"))
        if "id" in v:
            x1 = v["id"]
            if not (_is_int(x1)):
                e.append(ValidationError(p + "/id", "type", _r(x1) + " is not of type 'integer'"))
        if "name" in v:
            x2 = v["name"]
            if not (isinstance(x2, str)):
                e.append(ValidationError(p + "/name", "type", _r(x2) + " is not of type 'string'"))
        if "parent" in v:
            x3 = v["parent"]
            if not (
                (_okf_category_parent_any_of__0 if f else _ok_category_parent_any_of__0)(x3)
                or (_okf_category_parent_any_of__1 if f else _ok_category_parent_any_of__1)(x3)
            ):
                e.append(
                    ValidationError(
                        p + "/parent",
                        "anyOf",
                        _r(x3) + " is not valid under any of the given schemas",
                    )
                )
        if "children" in v:
            x4 = v["children"]
            if not (isinstance(x4, list)):
                e.append(
                    ValidationError(p + "/children", "type", _r(x4) + " is not of type 'array'")
                )
            if isinstance(x4, list):
                for i5 in range(0, len(x4)):
                    x6 = x4[i5]
                    if not (_okf_category if f else _ok_category)(x6):
                        _err_category(x6, p + "/children/" + str(i5), e, f)


def _okp_problem(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "title" not in v:
        return False
    x1 = v["title"]
    if not (type(x1) is str or isinstance(x1, str)):
        return False
    if "status" in v:
        x2 = v["status"]
        if not (type(x2) is int or _is_int(x2)):
            return False
    if "detail" in v:
        x3 = v["detail"]
        if not (type(x3) is str or isinstance(x3, str)):
            return False
    return True


def _ok_problem(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_problem(v)
    if not (
        type(v) is dict
        and type(v.get("title")) is str
        and type(v.get("status", 0)) is int
        and type(v.get("detail", "")) is str
    ):
        return _okp_problem(v)
    return True


def _err_problem(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "title" not in v:
            e.append(ValidationError(p, "required", "'title' is a required property"))
        if "title" in v:
            x1 = v["title"]
            if not (isinstance(x1, str)):
                e.append(ValidationError(p + "/title", "type", _r(x1) + " is not of type 'string'"))
        if "status" in v:
            x2 = v["status"]
            if not (_is_int(x2)):
                e.append(
                    ValidationError(p + "/status", "type", _r(x2) + " is not of type 'integer'")
                )
            if _is_num(x2):
                if f and not _fmt_int32(x2):
                    e.append(
                        ValidationError(p + "/status", "format", _r(x2) + " is not a valid 'int32'")
                    )
        if "detail" in v:
            x3 = v["detail"]
            if not (isinstance(x3, str)):
                e.append(
                    ValidationError(p + "/detail", "type", _r(x3) + " is not of type 'string'")
                )


def _okp_list_books_shelf_id(v: Any) -> bool:
    if not (type(v) is str or isinstance(v, str)):
        return False
    if _P15(v) is None:
        return False
    return True


def _ok_list_books_shelf_id(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_list_books_shelf_id(v)
    if not (type(v) is str and _P15(v) is not None):
        return _okp_list_books_shelf_id(v)
    return True


def _err_list_books_shelf_id(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, str)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'string'"))
    if isinstance(v, str):
        if _P15(v) is None:
            e.append(ValidationError(p, "pattern", _r(v) + " does not match '^[a-z0-9-]{3,40}$'"))


def _okp_list_books_limit(v: Any) -> bool:
    if not (type(v) is int or _is_int(v)):
        return False
    if v < 1:
        return False
    if v > 100:
        return False
    return True


def _ok_list_books_limit(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_list_books_limit(v)
    if not (type(v) is int and not v < 1 and not v > 100):
        return _okp_list_books_limit(v)
    return True


def _err_list_books_limit(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (_is_int(v)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'integer'"))
    if _is_num(v):
        if v < 1:
            e.append(ValidationError(p, "minimum", _r(v) + " is less than the minimum of 1"))
        if v > 100:
            e.append(ValidationError(p, "maximum", _r(v) + " is greater than the maximum of 100"))


def _okp_list_books_genre(v: Any) -> bool:
    if not (type(v) is list or isinstance(v, list)):
        return False
    for x1 in v:
        if not _okp_genre(x1):
            return False
    return True


def _ok_list_books_genre(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_list_books_genre(v)
    try:
        if not (type(v) is list):
            return _okp_list_books_genre(v)
        for z1 in v:
            if not (z1 in _E1):
                return _okp_list_books_genre(v)
    except TypeError:
        return _okp_list_books_genre(v)
    return True


def _err_list_books_genre(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, list)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'array'"))
    if isinstance(v, list):
        for i1 in range(0, len(v)):
            x2 = v[i1]
            if not (_okf_genre if f else _ok_genre)(x2):
                _err_genre(x2, p + "/" + str(i1), e, f)


def _okp_list_books_available(v: Any) -> bool:
    if not (v is True or v is False):
        return False
    return True


def _ok_list_books_available(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_list_books_available(v)
    if not (type(v) is bool):
        return _okp_list_books_available(v)
    return True


def _err_list_books_available(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (v is True or v is False):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'boolean'"))


def _okp_list_books_x_trace_id(v: Any) -> bool:
    if not (type(v) is str or isinstance(v, str)):
        return False
    if len(v) < 8:
        return False
    return True


def _ok_list_books_x_trace_id(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_list_books_x_trace_id(v)
    if not (type(v) is str and len(v) >= 8):
        return _okp_list_books_x_trace_id(v)
    return True


def _err_list_books_x_trace_id(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, str)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'string'"))
    if isinstance(v, str):
        if len(v) < 8:
            e.append(ValidationError(p, "minLength", _r(v) + " is shorter than 8 characters"))


def _okp_create_book_response_422(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "errors" not in v:
        return False
    x1 = v["errors"]
    if not (type(x1) is dict or isinstance(x1, dict)):
        return False
    for k2, x3 in x1.items():
        if not (type(x3) is list or isinstance(x3, list)):
            return False
        if len(x3) < 1:
            return False
        for x4 in x3:
            if not (type(x4) is str or isinstance(x4, str)):
                return False
    return True


def _ok_create_book_response_422(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_create_book_response_422(v)
    if not (type(v) is dict and "errors" in v):
        return _okp_create_book_response_422(v)
    z1 = v["errors"]
    if not (type(z1) is dict):
        return _okp_create_book_response_422(v)
    if not _okp_create_book_response_422_sub(z1):
        return _okp_create_book_response_422(v)
    return True


def _err_create_book_response_422(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "errors" not in v:
            e.append(ValidationError(p, "required", "'errors' is a required property"))
        if "errors" in v:
            x1 = v["errors"]
            if not (isinstance(x1, dict)):
                e.append(
                    ValidationError(p + "/errors", "type", _r(x1) + " is not of type 'object'")
                )
            if isinstance(x1, dict):
                for k2, x3 in x1.items():
                    if True:
                        if not (isinstance(x3, list)):
                            e.append(
                                ValidationError(
                                    p + "/errors/" + _esc(k2),
                                    "type",
                                    _r(x3) + " is not of type 'array'",
                                )
                            )
                        if isinstance(x3, list):
                            if len(x3) < 1:
                                e.append(
                                    ValidationError(
                                        p + "/errors/" + _esc(k2),
                                        "minItems",
                                        _r(x3) + " has fewer than 1 items",
                                    )
                                )
                            for i4 in range(0, len(x3)):
                                x5 = x3[i4]
                                if not (isinstance(x5, str)):
                                    e.append(
                                        ValidationError(
                                            p + "/errors/" + _esc(k2) + "/" + str(i4),
                                            "type",
                                            _r(x5) + " is not of type 'string'",
                                        )
                                    )


def _okp_get_category_category_id(v: Any) -> bool:
    if not (type(v) is int or _is_int(v)):
        return False
    if v < 0:
        return False
    return True


def _ok_get_category_category_id(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_get_category_category_id(v)
    if not (type(v) is int and not v < 0):
        return _okp_get_category_category_id(v)
    return True


def _err_get_category_category_id(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (_is_int(v)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'integer'"))
    if _is_num(v):
        if v < 0:
            e.append(ValidationError(p, "minimum", _r(v) + " is less than the minimum of 0"))


def _okp_get_category_depth(v: Any) -> bool:
    if not (type(v) is int or type(v) is float or _is_num(v)):
        return False
    if v <= 0:
        return False
    return True


def _ok_get_category_depth(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_get_category_depth(v)
    if not (type(v) in _T8 and not v <= 0):
        return _okp_get_category_depth(v)
    return True


def _err_get_category_depth(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (_is_num(v)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'number'"))
    if _is_num(v):
        if v <= 0:
            e.append(
                ValidationError(
                    p,
                    "exclusiveMinimum",
                    _r(v) + " is less than or equal to the exclusive minimum of 0",
                )
            )


def _okp_put_category_category_id(v: Any) -> bool:
    if not (type(v) is int or _is_int(v)):
        return False
    return True


def _ok_put_category_category_id(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_put_category_category_id(v)
    if not (type(v) is int):
        return _okp_put_category_category_id(v)
    return True


def _err_put_category_category_id(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (_is_int(v)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'integer'"))


def _okp_put_category_body(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "category" not in v:
        return False
    x1 = v["category"]
    if not _okp_category(x1):
        return False
    if "tags" in v:
        x2 = v["tags"]
        if not (type(x2) is dict or isinstance(x2, dict)):
            return False
        if len(x2) > 5:
            return False
        for k3, x4 in x2.items():
            if not (type(x4) is str or isinstance(x4, str) or x4 is None):
                return False
    if not _N17.issuperset(v):
        return False
    return True


def _ok_put_category_body(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_put_category_body(v)
    if not (type(v) is dict and "category" in v):
        return _okp_put_category_body(v)
    if not (_ok_category(v["category"])):
        return False
    if "tags" in v:
        z4 = v["tags"]
        if not (type(z4) is dict and len(z4) <= 5):
            return _okp_put_category_body(v)
        if not _okp_put_category_body_sub(z4):
            return _okp_put_category_body(v)
    if not _okp_put_category_body(v):
        return _okp_put_category_body(v)
    return True


def _err_put_category_body(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "category" not in v:
            e.append(ValidationError(p, "required", "'category' is a required property"))
        if "category" in v:
            x1 = v["category"]
            if not (_okf_category if f else _ok_category)(x1):
                _err_category(x1, p + "/category", e, f)
        if "tags" in v:
            x2 = v["tags"]
            if not (isinstance(x2, dict)):
                e.append(ValidationError(p + "/tags", "type", _r(x2) + " is not of type 'object'"))
            if isinstance(x2, dict):
                if len(x2) > 5:
                    e.append(
                        ValidationError(
                            p + "/tags", "maxProperties", _r(x2) + " has more than 5 properties"
                        )
                    )
                for k3, x4 in x2.items():
                    if True:
                        if not (isinstance(x4, str) or x4 is None):
                            e.append(
                                ValidationError(
                                    p + "/tags/" + _esc(k3),
                                    "type",
                                    _r(x4) + " is not of type 'string', 'null'",
                                )
                            )
        u7: list[str] = []
        for k5, x6 in v.items():
            if k5 not in _N17:
                u7.append(k5)
        if u7:
            e.append(
                ValidationError(
                    p,
                    "additionalProperties",
                    "Additional properties are not allowed ("
                    + ", ".join(map(repr, u7))
                    + (" was" if len(u7) == 1 else " were")
                    + " unexpected)",
                )
            )


def _okp_new_book_rating_one_of__0(v: Any) -> bool:
    if not (type(v) is int or _is_int(v)):
        return False
    if v < 1:
        return False
    if v > 5:
        return False
    return True


def _ok_new_book_rating_one_of__0(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_new_book_rating_one_of__0(v)
    if not (type(v) is int and not v < 1 and not v > 5):
        return _okp_new_book_rating_one_of__0(v)
    return True


def _err_new_book_rating_one_of__0(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (_is_int(v)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'integer'"))
    if _is_num(v):
        if v < 1:
            e.append(ValidationError(p, "minimum", _r(v) + " is less than the minimum of 1"))
        if v > 5:
            e.append(ValidationError(p, "maximum", _r(v) + " is greater than the maximum of 5"))


def _okp_new_book_rating_one_of__1(v: Any) -> bool:
    if not (type(v) is str or isinstance(v, str)):
        return False
    if not (v in _E18):
        return False
    return True


def _ok_new_book_rating_one_of__1(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_new_book_rating_one_of__1(v)
    try:
        if not (v in _E18):
            return _okp_new_book_rating_one_of__1(v)
    except TypeError:
        return _okp_new_book_rating_one_of__1(v)
    return True


def _err_new_book_rating_one_of__1(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, str)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'string'"))
    if not (isinstance(v, str) and v in _E18):
        e.append(ValidationError(p, "enum", _r(v) + " is not one of ['unrated']"))


def _okp_new_book_metadata(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    for k1, x2 in v.items():
        if not (
            type(x2) is str
            or isinstance(x2, str)
            or type(x2) is int
            or type(x2) is float
            or _is_num(x2)
            or x2 is True
            or x2 is False
        ):
            return False
    return True


def _ok_new_book_metadata(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_new_book_metadata(v)
    if not (type(v) is dict):
        return _okp_new_book_metadata(v)
    if not _okp_new_book_metadata(v):
        return _okp_new_book_metadata(v)
    return True


def _err_new_book_metadata(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        for k1, x2 in v.items():
            if True:
                if not (isinstance(x2, str) or _is_num(x2) or x2 is True or x2 is False):
                    e.append(
                        ValidationError(
                            p + "/" + _esc(k1),
                            "type",
                            _r(x2) + " is not of type 'string', 'number', 'boolean'",
                        )
                    )


def _okp_category_parent_any_of__0(v: Any) -> bool:
    if not (v is None):
        return False
    return True


def _ok_category_parent_any_of__0(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_category_parent_any_of__0(v)
    if not (v is None):
        return _okp_category_parent_any_of__0(v)
    return True


def _err_category_parent_any_of__0(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (v is None):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'null'"))


def _okp_category_parent_any_of__1(v: Any) -> bool:
    if not (type(v) is int or _is_int(v)):
        return False
    return True


def _ok_category_parent_any_of__1(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_category_parent_any_of__1(v)
    if not (type(v) is int):
        return _okp_category_parent_any_of__1(v)
    return True


def _err_category_parent_any_of__1(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (_is_int(v)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'integer'"))


def _okp_create_book_response_422_sub(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    for k1, x2 in v.items():
        if not (type(x2) is list or isinstance(x2, list)):
            return False
        if len(x2) < 1:
            return False
        for x3 in x2:
            if not (type(x3) is str or isinstance(x3, str)):
                return False
    return True


def _ok_create_book_response_422_sub(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_create_book_response_422_sub(v)
    if not (type(v) is dict):
        return _okp_create_book_response_422_sub(v)
    if not _okp_create_book_response_422_sub(v):
        return _okp_create_book_response_422_sub(v)
    return True


def _err_create_book_response_422_sub(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        for k1, x2 in v.items():
            if True:
                if not (isinstance(x2, list)):
                    e.append(
                        ValidationError(
                            p + "/" + _esc(k1), "type", _r(x2) + " is not of type 'array'"
                        )
                    )
                if isinstance(x2, list):
                    if len(x2) < 1:
                        e.append(
                            ValidationError(
                                p + "/" + _esc(k1), "minItems", _r(x2) + " has fewer than 1 items"
                            )
                        )
                    for i3 in range(0, len(x2)):
                        x4 = x2[i3]
                        if not (isinstance(x4, str)):
                            e.append(
                                ValidationError(
                                    p + "/" + _esc(k1) + "/" + str(i3),
                                    "type",
                                    _r(x4) + " is not of type 'string'",
                                )
                            )


def _okp_put_category_body_sub(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if len(v) > 5:
        return False
    for k1, x2 in v.items():
        if not (type(x2) is str or isinstance(x2, str) or x2 is None):
            return False
    return True


def _ok_put_category_body_sub(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_put_category_body_sub(v)
    if not (type(v) is dict and len(v) <= 5):
        return _okp_put_category_body_sub(v)
    if not _okp_put_category_body_sub(v):
        return _okp_put_category_body_sub(v)
    return True


def _err_put_category_body_sub(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if len(v) > 5:
            e.append(ValidationError(p, "maxProperties", _r(v) + " has more than 5 properties"))
        for k1, x2 in v.items():
            if True:
                if not (isinstance(x2, str) or x2 is None):
                    e.append(
                        ValidationError(
                            p + "/" + _esc(k1), "type", _r(x2) + " is not of type 'string', 'null'"
                        )
                    )


_okf_genre = _okp_genre


_okf_author = _okp_author


_okf_new_book = _okp_new_book


def _okf_book(v: Any) -> bool:
    if not _okf_new_book(v):
        return False
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "id" not in v or "status" not in v:
        return False
    x1 = v["id"]
    if not (type(x1) is str or isinstance(x1, str)):
        return False
    x2 = v["status"]
    if not (_key(x2) in _E9):
        return False
    if "created" in v:
        x3 = v["created"]
        if not (type(x3) is str or isinstance(x3, str)):
            return False
        if not _fmt_date_time(x3):
            return False
    return True


def _okf_book_page(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "items" not in v:
        return False
    x1 = v["items"]
    if not (type(x1) is list or isinstance(x1, list)):
        return False
    for x2 in x1:
        if not _okf_book(x2):
            return False
    if "next" in v:
        x3 = v["next"]
        if not (type(x3) is str or isinstance(x3, str) or x3 is None):
            return False
    if "total" in v:
        x4 = v["total"]
        if not (type(x4) is int or _is_int(x4)):
            return False
        if x4 < 0:
            return False
        if not _fmt_int64(x4):
            return False
    return True


_okf_category = _okp_category


def _okf_problem(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "title" not in v:
        return False
    x1 = v["title"]
    if not (type(x1) is str or isinstance(x1, str)):
        return False
    if "status" in v:
        x2 = v["status"]
        if not (type(x2) is int or _is_int(x2)):
            return False
        if not _fmt_int32(x2):
            return False
    if "detail" in v:
        x3 = v["detail"]
        if not (type(x3) is str or isinstance(x3, str)):
            return False
    return True


_okf_list_books_shelf_id = _okp_list_books_shelf_id


_okf_list_books_limit = _okp_list_books_limit


_okf_list_books_genre = _okp_list_books_genre


_okf_list_books_available = _okp_list_books_available


_okf_list_books_x_trace_id = _okp_list_books_x_trace_id


_okf_create_book_response_422 = _okp_create_book_response_422


_okf_get_category_category_id = _okp_get_category_category_id


_okf_get_category_depth = _okp_get_category_depth


_okf_put_category_category_id = _okp_put_category_category_id


_okf_put_category_body = _okp_put_category_body


_okf_new_book_rating_one_of__0 = _okp_new_book_rating_one_of__0


_okf_new_book_rating_one_of__1 = _okp_new_book_rating_one_of__1


_okf_new_book_metadata = _okp_new_book_metadata


_okf_category_parent_any_of__0 = _okp_category_parent_any_of__0


_okf_category_parent_any_of__1 = _okp_category_parent_any_of__1


_okf_create_book_response_422_sub = _okp_create_book_response_422_sub


_okf_put_category_body_sub = _okp_put_category_body_sub


def _ok_list_books_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("shelf-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_list_books_shelf_id(x):
        return False
    s_query = v.get("query", {})
    if not isinstance(s_query, Mapping):
        return False
    x = s_query.get("limit", _MISSING)
    if x is not _MISSING and not _ok_list_books_query_limit(x):
        return False
    x = s_query.get("genre", _MISSING)
    if x is not _MISSING and not _ok_list_books_query_genre(x):
        return False
    x = s_query.get("available", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_list_books_query_available(x):
        return False
    s_header = v.get("header", {})
    if not isinstance(s_header, Mapping):
        return False
    x = s_header.get("x-trace-id", _MISSING)
    if x is not _MISSING and not _ok_list_books_x_trace_id(x):
        return False
    return True


def _okf_list_books_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("shelf-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_list_books_shelf_id(x):
        return False
    s_query = v.get("query", {})
    if not isinstance(s_query, Mapping):
        return False
    x = s_query.get("limit", _MISSING)
    if x is not _MISSING and not _okf_list_books_query_limit(x):
        return False
    x = s_query.get("genre", _MISSING)
    if x is not _MISSING and not _okf_list_books_query_genre(x):
        return False
    x = s_query.get("available", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_list_books_query_available(x):
        return False
    s_header = v.get("header", {})
    if not isinstance(s_header, Mapping):
        return False
    x = s_header.get("x-trace-id", _MISSING)
    if x is not _MISSING and not _okf_list_books_x_trace_id(x):
        return False
    return True


def _err_list_books_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not isinstance(v, Mapping):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
        return
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        e.append(ValidationError(p + "/path", "type", _r(s_path) + " is not of type 'object'"))
    else:
        x = s_path.get("shelf-id", _MISSING)
        if x is _MISSING:
            e.append(
                ValidationError(
                    p + "/path/shelf-id", "required", "'shelf-id' is a required path parameter"
                )
            )
        else:
            _err_list_books_shelf_id(x, p + "/path/shelf-id", e, f)
    s_query = v.get("query", {})
    if not isinstance(s_query, Mapping):
        e.append(ValidationError(p + "/query", "type", _r(s_query) + " is not of type 'object'"))
    else:
        x = s_query.get("limit", _MISSING)
        if x is not _MISSING:
            _err_list_books_query_limit(x, p + "/query/limit", e, f)
        x = s_query.get("genre", _MISSING)
        if x is not _MISSING:
            _err_list_books_query_genre(x, p + "/query/genre", e, f)
        x = s_query.get("available", _MISSING)
        if x is _MISSING:
            e.append(
                ValidationError(
                    p + "/query/available", "required", "'available' is a required query parameter"
                )
            )
        else:
            _err_list_books_query_available(x, p + "/query/available", e, f)
    s_header = v.get("header", {})
    if not isinstance(s_header, Mapping):
        e.append(ValidationError(p + "/header", "type", _r(s_header) + " is not of type 'object'"))
    else:
        x = s_header.get("x-trace-id", _MISSING)
        if x is not _MISSING:
            _err_list_books_x_trace_id(x, p + "/header/x-trace-id", e, f)


def _ok_create_book_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("shelf-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_list_books_shelf_id(x):
        return False
    return True


def _okf_create_book_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("shelf-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_list_books_shelf_id(x):
        return False
    return True


def _err_create_book_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not isinstance(v, Mapping):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
        return
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        e.append(ValidationError(p + "/path", "type", _r(s_path) + " is not of type 'object'"))
    else:
        x = s_path.get("shelf-id", _MISSING)
        if x is _MISSING:
            e.append(
                ValidationError(
                    p + "/path/shelf-id", "required", "'shelf-id' is a required path parameter"
                )
            )
        else:
            _err_list_books_shelf_id(x, p + "/path/shelf-id", e, f)


def _ok_get_category_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("category-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_get_category_path_category_id(x):
        return False
    s_query = v.get("query", {})
    if not isinstance(s_query, Mapping):
        return False
    x = s_query.get("depth", _MISSING)
    if x is not _MISSING and not _ok_get_category_query_depth(x):
        return False
    return True


def _okf_get_category_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("category-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_get_category_path_category_id(x):
        return False
    s_query = v.get("query", {})
    if not isinstance(s_query, Mapping):
        return False
    x = s_query.get("depth", _MISSING)
    if x is not _MISSING and not _okf_get_category_query_depth(x):
        return False
    return True


def _err_get_category_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not isinstance(v, Mapping):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
        return
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        e.append(ValidationError(p + "/path", "type", _r(s_path) + " is not of type 'object'"))
    else:
        x = s_path.get("category-id", _MISSING)
        if x is _MISSING:
            e.append(
                ValidationError(
                    p + "/path/category-id",
                    "required",
                    "'category-id' is a required path parameter",
                )
            )
        else:
            _err_get_category_path_category_id(x, p + "/path/category-id", e, f)
    s_query = v.get("query", {})
    if not isinstance(s_query, Mapping):
        e.append(ValidationError(p + "/query", "type", _r(s_query) + " is not of type 'object'"))
    else:
        x = s_query.get("depth", _MISSING)
        if x is not _MISSING:
            _err_get_category_query_depth(x, p + "/query/depth", e, f)


def _ok_put_category_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("category-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_put_category_path_category_id(x):
        return False
    return True


def _okf_put_category_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("category-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_put_category_path_category_id(x):
        return False
    return True


def _err_put_category_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not isinstance(v, Mapping):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
        return
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        e.append(ValidationError(p + "/path", "type", _r(s_path) + " is not of type 'object'"))
    else:
        x = s_path.get("category-id", _MISSING)
        if x is _MISSING:
            e.append(
                ValidationError(
                    p + "/path/category-id",
                    "required",
                    "'category-id' is a required path parameter",
                )
            )
        else:
            _err_put_category_path_category_id(x, p + "/path/category-id", e, f)


_REGISTRY: Final[dict[str, _Entry]] = {
    "Genre": (_ok_genre, _okf_genre, _err_genre),
    "Author": (_ok_author, _okf_author, _err_author),
    "NewBook": (_ok_new_book, _okf_new_book, _err_new_book),
    "Book": (_ok_book, _okf_book, _err_book),
    "BookPage": (_ok_book_page, _okf_book_page, _err_book_page),
    "Category": (_ok_category, _okf_category, _err_category),
    "Problem": (_ok_problem, _okf_problem, _err_problem),
    "ListBooks.path.shelf-id": (
        _ok_list_books_shelf_id,
        _okf_list_books_shelf_id,
        _err_list_books_shelf_id,
    ),
    "ListBooks.query.limit": (
        _ok_list_books_query_limit,
        _okf_list_books_query_limit,
        _err_list_books_query_limit,
    ),
    "ListBooks.query.genre": (
        _ok_list_books_query_genre,
        _okf_list_books_query_genre,
        _err_list_books_query_genre,
    ),
    "ListBooks.query.available": (
        _ok_list_books_query_available,
        _okf_list_books_query_available,
        _err_list_books_query_available,
    ),
    "ListBooks.header.X-Trace-Id": (
        _ok_list_books_x_trace_id,
        _okf_list_books_x_trace_id,
        _err_list_books_x_trace_id,
    ),
    "ListBooks.request": (_ok_list_books_request, _okf_list_books_request, _err_list_books_request),
    "ListBooks.response.200": (_ok_book_page, _okf_book_page, _err_book_page),
    "ListBooks.response.4XX": (_ok_problem, _okf_problem, _err_problem),
    "ListBooks.response.default": (_ok_problem, _okf_problem, _err_problem),
    "CreateBook.path.shelf-id": (
        _ok_list_books_shelf_id,
        _okf_list_books_shelf_id,
        _err_list_books_shelf_id,
    ),
    "CreateBook.request": (
        _ok_create_book_request,
        _okf_create_book_request,
        _err_create_book_request,
    ),
    "CreateBook.body": (_ok_new_book, _okf_new_book, _err_new_book),
    "CreateBook.response.201": (_ok_book, _okf_book, _err_book),
    "CreateBook.response.422": (
        _ok_create_book_response_422,
        _okf_create_book_response_422,
        _err_create_book_response_422,
    ),
    "GetCategory.path.category-id": (
        _ok_get_category_path_category_id,
        _okf_get_category_path_category_id,
        _err_get_category_path_category_id,
    ),
    "GetCategory.query.depth": (
        _ok_get_category_query_depth,
        _okf_get_category_query_depth,
        _err_get_category_query_depth,
    ),
    "GetCategory.request": (
        _ok_get_category_request,
        _okf_get_category_request,
        _err_get_category_request,
    ),
    "GetCategory.response.200": (_ok_category, _okf_category, _err_category),
    "GetCategory.response.204": (_ok_any, _okf_any, _err_any),
    "PutCategory.path.category-id": (
        _ok_put_category_path_category_id,
        _okf_put_category_path_category_id,
        _err_put_category_path_category_id,
    ),
    "PutCategory.request": (
        _ok_put_category_request,
        _okf_put_category_request,
        _err_put_category_request,
    ),
    "PutCategory.body": (_ok_put_category_body, _okf_put_category_body, _err_put_category_body),
    "PutCategory.response.200": (_ok_any, _okf_any, _err_any),
}
_RESPONSES: Final[dict[str, dict[str, _Entry]]] = {
    "ListBooks": {
        "200": (_ok_book_page, _okf_book_page, _err_book_page),
        "4XX": (_ok_problem, _okf_problem, _err_problem),
        "default": (_ok_problem, _okf_problem, _err_problem),
    },
    "CreateBook": {
        "201": (_ok_book, _okf_book, _err_book),
        "422": (
            _ok_create_book_response_422,
            _okf_create_book_response_422,
            _err_create_book_response_422,
        ),
    },
    "GetCategory": {
        "200": (_ok_category, _okf_category, _err_category),
        "204": (_ok_any, _okf_any, _err_any),
    },
    "PutCategory": {
        "200": (_ok_any, _okf_any, _err_any),
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


def validate_genre(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the Genre schema ('Genre'); empty when valid."""
    return _explain((_ok_genre, _okf_genre, _err_genre), value, formats)


is_valid_genre = _ok_genre  # whether a value is valid against the Genre schema


def validate_author(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the Author schema ('Author'); empty when valid."""
    return _explain((_ok_author, _okf_author, _err_author), value, formats)


is_valid_author = _ok_author  # whether a value is valid against the Author schema


def validate_new_book(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the NewBook schema ('NewBook'); empty when valid."""
    return _explain((_ok_new_book, _okf_new_book, _err_new_book), value, formats)


is_valid_new_book = _ok_new_book  # whether a value is valid against the NewBook schema


def validate_book(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the Book schema ('Book'); empty when valid."""
    return _explain((_ok_book, _okf_book, _err_book), value, formats)


is_valid_book = _ok_book  # whether a value is valid against the Book schema


def validate_book_page(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the BookPage schema ('BookPage'); empty when valid."""
    return _explain((_ok_book_page, _okf_book_page, _err_book_page), value, formats)


is_valid_book_page = _ok_book_page  # whether a value is valid against the BookPage schema


def validate_category(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the Category schema ('Category'); empty when valid."""
    return _explain((_ok_category, _okf_category, _err_category), value, formats)


is_valid_category = _ok_category  # whether a value is valid against the Category schema


def validate_problem(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the Problem schema ('Problem'); empty when valid."""
    return _explain((_ok_problem, _okf_problem, _err_problem), value, formats)


is_valid_problem = _ok_problem  # whether a value is valid against the Problem schema


def validate_list_books_path_shelf_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'shelf-id' of ListBooks ('ListBooks.path.shelf-id'); empty when valid."""
    return _explain(
        (_ok_list_books_shelf_id, _okf_list_books_shelf_id, _err_list_books_shelf_id),
        value,
        formats,
    )


is_valid_list_books_path_shelf_id = _ok_list_books_shelf_id  # whether a value is valid against the path parameter 'shelf-id' of ListBooks


def validate_list_books_query_limit(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the query parameter 'limit' of ListBooks ('ListBooks.query.limit'); empty when valid."""
    return _explain(
        (_ok_list_books_query_limit, _okf_list_books_query_limit, _err_list_books_query_limit),
        value,
        formats,
    )


def is_valid_list_books_query_limit(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the query parameter 'limit' of ListBooks ('ListBooks.query.limit')."""
    return _okf_list_books_query_limit(value) if formats else _ok_list_books_query_limit(value)


def validate_list_books_query_genre(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the query parameter 'genre' of ListBooks ('ListBooks.query.genre'); empty when valid."""
    return _explain(
        (_ok_list_books_query_genre, _okf_list_books_query_genre, _err_list_books_query_genre),
        value,
        formats,
    )


def is_valid_list_books_query_genre(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the query parameter 'genre' of ListBooks ('ListBooks.query.genre')."""
    return _okf_list_books_query_genre(value) if formats else _ok_list_books_query_genre(value)


def validate_list_books_query_available(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the query parameter 'available' of ListBooks ('ListBooks.query.available'); empty when valid."""
    return _explain(
        (
            _ok_list_books_query_available,
            _okf_list_books_query_available,
            _err_list_books_query_available,
        ),
        value,
        formats,
    )


def is_valid_list_books_query_available(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the query parameter 'available' of ListBooks ('ListBooks.query.available')."""
    return (
        _okf_list_books_query_available(value) if formats else _ok_list_books_query_available(value)
    )


def validate_list_books_header_x_trace_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the header parameter 'X-Trace-Id' of ListBooks ('ListBooks.header.X-Trace-Id'); empty when valid."""
    return _explain(
        (_ok_list_books_x_trace_id, _okf_list_books_x_trace_id, _err_list_books_x_trace_id),
        value,
        formats,
    )


is_valid_list_books_header_x_trace_id = _ok_list_books_x_trace_id  # whether a value is valid against the header parameter 'X-Trace-Id' of ListBooks


def validate_list_books_request(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a ListBooks request ('ListBooks.request'); empty when valid."""
    return _explain(
        (_ok_list_books_request, _okf_list_books_request, _err_list_books_request), value, formats
    )


def is_valid_list_books_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a ListBooks request ('ListBooks.request')."""
    return _okf_list_books_request(value) if formats else _ok_list_books_request(value)


def validate_list_books_response_200(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 200 response body of ListBooks ('ListBooks.response.200'); empty when valid."""
    return _explain((_ok_book_page, _okf_book_page, _err_book_page), value, formats)


is_valid_list_books_response_200 = (
    _ok_book_page  # whether a value is valid against the 200 response body of ListBooks
)


def validate_list_books_response_4xx(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 4XX response body of ListBooks ('ListBooks.response.4XX'); empty when valid."""
    return _explain((_ok_problem, _okf_problem, _err_problem), value, formats)


is_valid_list_books_response_4xx = (
    _ok_problem  # whether a value is valid against the 4XX response body of ListBooks
)


def validate_list_books_response_default(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the default response body of ListBooks ('ListBooks.response.default'); empty when valid."""
    return _explain((_ok_problem, _okf_problem, _err_problem), value, formats)


is_valid_list_books_response_default = (
    _ok_problem  # whether a value is valid against the default response body of ListBooks
)


def validate_create_book_path_shelf_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'shelf-id' of CreateBook ('CreateBook.path.shelf-id'); empty when valid."""
    return _explain(
        (_ok_list_books_shelf_id, _okf_list_books_shelf_id, _err_list_books_shelf_id),
        value,
        formats,
    )


is_valid_create_book_path_shelf_id = _ok_list_books_shelf_id  # whether a value is valid against the path parameter 'shelf-id' of CreateBook


def validate_create_book_request(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a CreateBook request ('CreateBook.request'); empty when valid."""
    return _explain(
        (_ok_create_book_request, _okf_create_book_request, _err_create_book_request),
        value,
        formats,
    )


def is_valid_create_book_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a CreateBook request ('CreateBook.request')."""
    return _okf_create_book_request(value) if formats else _ok_create_book_request(value)


def validate_create_book_body(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the request body of CreateBook ('CreateBook.body'); empty when valid."""
    return _explain((_ok_new_book, _okf_new_book, _err_new_book), value, formats)


is_valid_create_book_body = (
    _ok_new_book  # whether a value is valid against the request body of CreateBook
)


def validate_create_book_response_201(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 201 response body of CreateBook ('CreateBook.response.201'); empty when valid."""
    return _explain((_ok_book, _okf_book, _err_book), value, formats)


is_valid_create_book_response_201 = (
    _ok_book  # whether a value is valid against the 201 response body of CreateBook
)


def validate_create_book_response_422(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 422 response body of CreateBook ('CreateBook.response.422'); empty when valid."""
    return _explain(
        (
            _ok_create_book_response_422,
            _okf_create_book_response_422,
            _err_create_book_response_422,
        ),
        value,
        formats,
    )


is_valid_create_book_response_422 = _ok_create_book_response_422  # whether a value is valid against the 422 response body of CreateBook


def validate_get_category_path_category_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'category-id' of GetCategory ('GetCategory.path.category-id'); empty when valid."""
    return _explain(
        (
            _ok_get_category_path_category_id,
            _okf_get_category_path_category_id,
            _err_get_category_path_category_id,
        ),
        value,
        formats,
    )


def is_valid_get_category_path_category_id(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the path parameter 'category-id' of GetCategory ('GetCategory.path.category-id')."""
    return (
        _okf_get_category_path_category_id(value)
        if formats
        else _ok_get_category_path_category_id(value)
    )


def validate_get_category_query_depth(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the query parameter 'depth' of GetCategory ('GetCategory.query.depth'); empty when valid."""
    return _explain(
        (
            _ok_get_category_query_depth,
            _okf_get_category_query_depth,
            _err_get_category_query_depth,
        ),
        value,
        formats,
    )


def is_valid_get_category_query_depth(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the query parameter 'depth' of GetCategory ('GetCategory.query.depth')."""
    return _okf_get_category_query_depth(value) if formats else _ok_get_category_query_depth(value)


def validate_get_category_request(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a GetCategory request ('GetCategory.request'); empty when valid."""
    return _explain(
        (_ok_get_category_request, _okf_get_category_request, _err_get_category_request),
        value,
        formats,
    )


def is_valid_get_category_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a GetCategory request ('GetCategory.request')."""
    return _okf_get_category_request(value) if formats else _ok_get_category_request(value)


def validate_get_category_response_200(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 200 response body of GetCategory ('GetCategory.response.200'); empty when valid."""
    return _explain((_ok_category, _okf_category, _err_category), value, formats)


is_valid_get_category_response_200 = (
    _ok_category  # whether a value is valid against the 200 response body of GetCategory
)


def validate_get_category_response_204(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 204 response body of GetCategory ('GetCategory.response.204'); empty when valid."""
    return _explain((_ok_any, _okf_any, _err_any), value, formats)


def is_valid_get_category_response_204(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the 204 response body of GetCategory ('GetCategory.response.204')."""
    return _okf_any(value) if formats else _ok_any(value)


def validate_put_category_path_category_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'category-id' of PutCategory ('PutCategory.path.category-id'); empty when valid."""
    return _explain(
        (
            _ok_put_category_path_category_id,
            _okf_put_category_path_category_id,
            _err_put_category_path_category_id,
        ),
        value,
        formats,
    )


def is_valid_put_category_path_category_id(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the path parameter 'category-id' of PutCategory ('PutCategory.path.category-id')."""
    return (
        _okf_put_category_path_category_id(value)
        if formats
        else _ok_put_category_path_category_id(value)
    )


def validate_put_category_request(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a PutCategory request ('PutCategory.request'); empty when valid."""
    return _explain(
        (_ok_put_category_request, _okf_put_category_request, _err_put_category_request),
        value,
        formats,
    )


def is_valid_put_category_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a PutCategory request ('PutCategory.request')."""
    return _okf_put_category_request(value) if formats else _ok_put_category_request(value)


def validate_put_category_body(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the request body of PutCategory ('PutCategory.body'); empty when valid."""
    return _explain(
        (_ok_put_category_body, _okf_put_category_body, _err_put_category_body), value, formats
    )


is_valid_put_category_body = (
    _ok_put_category_body  # whether a value is valid against the request body of PutCategory
)


def validate_put_category_response_200(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 200 response body of PutCategory ('PutCategory.response.200'); empty when valid."""
    return _explain((_ok_any, _okf_any, _err_any), value, formats)


def is_valid_put_category_response_200(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the 200 response body of PutCategory ('PutCategory.response.200')."""
    return _okf_any(value) if formats else _ok_any(value)


def validate_list_books_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a ListBooks response body with this status; empty when valid."""
    return validate_response("ListBooks", status, body, formats=formats)


def is_valid_list_books_response(status: int, body: object, *, formats: bool = False) -> bool:
    """Whether a ListBooks response body with this status is valid."""
    return is_valid_response("ListBooks", status, body, formats=formats)


def validate_create_book_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a CreateBook response body with this status; empty when valid."""
    return validate_response("CreateBook", status, body, formats=formats)


def is_valid_create_book_response(status: int, body: object, *, formats: bool = False) -> bool:
    """Whether a CreateBook response body with this status is valid."""
    return is_valid_response("CreateBook", status, body, formats=formats)


def validate_get_category_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a GetCategory response body with this status; empty when valid."""
    return validate_response("GetCategory", status, body, formats=formats)


def is_valid_get_category_response(status: int, body: object, *, formats: bool = False) -> bool:
    """Whether a GetCategory response body with this status is valid."""
    return is_valid_response("GetCategory", status, body, formats=formats)


def validate_put_category_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a PutCategory response body with this status; empty when valid."""
    return validate_response("PutCategory", status, body, formats=formats)


def is_valid_put_category_response(status: int, body: object, *, formats: bool = False) -> bool:
    """Whether a PutCategory response body with this status is valid."""
    return is_valid_response("PutCategory", status, body, formats=formats)


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
    "validate_genre",
    "is_valid_genre",
    "validate_author",
    "is_valid_author",
    "validate_new_book",
    "is_valid_new_book",
    "validate_book",
    "is_valid_book",
    "validate_book_page",
    "is_valid_book_page",
    "validate_category",
    "is_valid_category",
    "validate_problem",
    "is_valid_problem",
    "validate_list_books_path_shelf_id",
    "is_valid_list_books_path_shelf_id",
    "validate_list_books_query_limit",
    "is_valid_list_books_query_limit",
    "validate_list_books_query_genre",
    "is_valid_list_books_query_genre",
    "validate_list_books_query_available",
    "is_valid_list_books_query_available",
    "validate_list_books_header_x_trace_id",
    "is_valid_list_books_header_x_trace_id",
    "validate_list_books_request",
    "is_valid_list_books_request",
    "validate_list_books_response_200",
    "is_valid_list_books_response_200",
    "validate_list_books_response_4xx",
    "is_valid_list_books_response_4xx",
    "validate_list_books_response_default",
    "is_valid_list_books_response_default",
    "validate_create_book_path_shelf_id",
    "is_valid_create_book_path_shelf_id",
    "validate_create_book_request",
    "is_valid_create_book_request",
    "validate_create_book_body",
    "is_valid_create_book_body",
    "validate_create_book_response_201",
    "is_valid_create_book_response_201",
    "validate_create_book_response_422",
    "is_valid_create_book_response_422",
    "validate_get_category_path_category_id",
    "is_valid_get_category_path_category_id",
    "validate_get_category_query_depth",
    "is_valid_get_category_query_depth",
    "validate_get_category_request",
    "is_valid_get_category_request",
    "validate_get_category_response_200",
    "is_valid_get_category_response_200",
    "validate_get_category_response_204",
    "is_valid_get_category_response_204",
    "validate_put_category_path_category_id",
    "is_valid_put_category_path_category_id",
    "validate_put_category_request",
    "is_valid_put_category_request",
    "validate_put_category_body",
    "is_valid_put_category_body",
    "validate_put_category_response_200",
    "is_valid_put_category_response_200",
    "validate_list_books_response",
    "is_valid_list_books_response",
    "validate_create_book_response",
    "is_valid_create_book_response",
    "validate_get_category_response",
    "is_valid_get_category_response",
    "validate_put_category_response",
    "is_valid_put_category_response",
]
