"""Validators for Swagger Petstore 1.0.0, compiled from the OpenAPI document; do not edit (regenerate with ``python -m generator``)."""

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

_N1: Final = frozenset(["id"])
_N2: Final = frozenset(["name", "tag"])
_N3: Final = frozenset(["code", "message"])


def _ok_find_pets_query_tags(v: Any) -> bool:
    if isinstance(v, str):
        v = [v]
    return _ok_find_pets_tags(v)


def _okf_find_pets_query_tags(v: Any) -> bool:
    if isinstance(v, str):
        v = [v]
    return _okf_find_pets_tags(v)


def _err_find_pets_query_tags(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if isinstance(v, str):
        v = [v]
    _err_find_pets_tags(v, p, e, f)


def _ok_find_pets_query_limit(v: Any) -> bool:
    if isinstance(v, str):
        v = _scalar(v, ("integer",))
    return _ok_find_pets_limit(v)


def _okf_find_pets_query_limit(v: Any) -> bool:
    if isinstance(v, str):
        v = _scalar(v, ("integer",))
    return _okf_find_pets_limit(v)


def _err_find_pets_query_limit(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if isinstance(v, str):
        v = _scalar(v, ("integer",))
    _err_find_pets_limit(v, p, e, f)


def _ok_find_pet_by_id_path_id(v: Any) -> bool:
    if isinstance(v, str):
        v = _scalar(v, ("integer",))
    return _ok_find_pet_by_id_id(v)


def _okf_find_pet_by_id_path_id(v: Any) -> bool:
    if isinstance(v, str):
        v = _scalar(v, ("integer",))
    return _okf_find_pet_by_id_id(v)


def _err_find_pet_by_id_path_id(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if isinstance(v, str):
        v = _scalar(v, ("integer",))
    _err_find_pet_by_id_id(v, p, e, f)


def _ok_delete_pet_path_id(v: Any) -> bool:
    if isinstance(v, str):
        v = _scalar(v, ("integer",))
    return _ok_delete_pet_id(v)


def _okf_delete_pet_path_id(v: Any) -> bool:
    if isinstance(v, str):
        v = _scalar(v, ("integer",))
    return _okf_delete_pet_id(v)


def _err_delete_pet_path_id(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if isinstance(v, str):
        v = _scalar(v, ("integer",))
    _err_delete_pet_id(v, p, e, f)


def _okp_pet(v: Any) -> bool:
    if not _okp_new_pet(v):
        return False
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "id" not in v:
        return False
    x1 = v["id"]
    if not (type(x1) is int or _is_int(x1)):
        return False
    return True


def _ok_pet(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_pet(v)
    if not (
        type(v) is dict
        and type(v.get("name")) is str
        and type(v.get("tag", "")) is str
        and type(v) is dict
        and type(v.get("id")) is int
    ):
        return _okp_pet(v)
    return True


def _err_pet(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    _err_new_pet(v, p, e, f)
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "id" not in v:
            e.append(ValidationError(p, "required", "'id' is a required property"))
        if "id" in v:
            x1 = v["id"]
            if not (_is_int(x1)):
                e.append(ValidationError(p + "/id", "type", _r(x1) + " is not of type 'integer'"))
            if _is_num(x1):
                if f and not _fmt_int64(x1):
                    e.append(
                        ValidationError(p + "/id", "format", _r(x1) + " is not a valid 'int64'")
                    )


def _okp_new_pet(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "name" not in v:
        return False
    x1 = v["name"]
    if not (type(x1) is str or isinstance(x1, str)):
        return False
    if "tag" in v:
        x2 = v["tag"]
        if not (type(x2) is str or isinstance(x2, str)):
            return False
    return True


def _ok_new_pet(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_new_pet(v)
    if not (type(v) is dict and type(v.get("name")) is str and type(v.get("tag", "")) is str):
        return _okp_new_pet(v)
    return True


def _err_new_pet(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "name" not in v:
            e.append(ValidationError(p, "required", "'name' is a required property"))
        if "name" in v:
            x1 = v["name"]
            if not (isinstance(x1, str)):
                e.append(ValidationError(p + "/name", "type", _r(x1) + " is not of type 'string'"))
        if "tag" in v:
            x2 = v["tag"]
            if not (isinstance(x2, str)):
                e.append(ValidationError(p + "/tag", "type", _r(x2) + " is not of type 'string'"))


def _okp_error(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "code" not in v or "message" not in v:
        return False
    x1 = v["code"]
    if not (type(x1) is int or _is_int(x1)):
        return False
    x2 = v["message"]
    if not (type(x2) is str or isinstance(x2, str)):
        return False
    return True


def _ok_error(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_error(v)
    if not (type(v) is dict and type(v.get("code")) is int and type(v.get("message")) is str):
        return _okp_error(v)
    return True


def _err_error(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "code" not in v:
            e.append(ValidationError(p, "required", "'code' is a required property"))
        if "message" not in v:
            e.append(ValidationError(p, "required", "'message' is a required property"))
        if "code" in v:
            x1 = v["code"]
            if not (_is_int(x1)):
                e.append(ValidationError(p + "/code", "type", _r(x1) + " is not of type 'integer'"))
            if _is_num(x1):
                if f and not _fmt_int32(x1):
                    e.append(
                        ValidationError(p + "/code", "format", _r(x1) + " is not a valid 'int32'")
                    )
        if "message" in v:
            x2 = v["message"]
            if not (isinstance(x2, str)):
                e.append(
                    ValidationError(p + "/message", "type", _r(x2) + " is not of type 'string'")
                )


def _okp_find_pets_tags(v: Any) -> bool:
    if not (type(v) is list or isinstance(v, list)):
        return False
    for x1 in v:
        if not (type(x1) is str or isinstance(x1, str)):
            return False
    return True


def _ok_find_pets_tags(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_find_pets_tags(v)
    if not (type(v) is list):
        return _okp_find_pets_tags(v)
    for z1 in v:
        if not (type(z1) is str):
            return _okp_find_pets_tags(v)
    return True


def _err_find_pets_tags(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, list)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'array'"))
    if isinstance(v, list):
        for i1 in range(0, len(v)):
            x2 = v[i1]
            if not (isinstance(x2, str)):
                e.append(
                    ValidationError(p + "/" + str(i1), "type", _r(x2) + " is not of type 'string'")
                )


def _okp_find_pets_limit(v: Any) -> bool:
    if not (type(v) is int or _is_int(v)):
        return False
    return True


def _ok_find_pets_limit(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_find_pets_limit(v)
    if not (type(v) is int):
        return _okp_find_pets_limit(v)
    return True


def _err_find_pets_limit(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (_is_int(v)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'integer'"))
    if _is_num(v):
        if f and not _fmt_int32(v):
            e.append(ValidationError(p, "format", _r(v) + " is not a valid 'int32'"))


def _okp_find_pets_response_200(v: Any) -> bool:
    if not (type(v) is list or isinstance(v, list)):
        return False
    for x1 in v:
        if not _okp_pet(x1):
            return False
    return True


def _ok_find_pets_response_200(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_find_pets_response_200(v)
    if not (type(v) is list):
        return _okp_find_pets_response_200(v)
    for z1 in v:
        if not (
            type(z1) is dict
            and type(z1.get("name")) is str
            and type(z1.get("tag", "")) is str
            and type(z1) is dict
            and type(z1.get("id")) is int
        ):
            return _okp_find_pets_response_200(v)
    return True


def _err_find_pets_response_200(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, list)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'array'"))
    if isinstance(v, list):
        for i1 in range(0, len(v)):
            x2 = v[i1]
            if not (_okf_pet if f else _ok_pet)(x2):
                _err_pet(x2, p + "/" + str(i1), e, f)


def _okp_find_pet_by_id_id(v: Any) -> bool:
    if not (type(v) is int or _is_int(v)):
        return False
    return True


def _ok_find_pet_by_id_id(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_find_pet_by_id_id(v)
    if not (type(v) is int):
        return _okp_find_pet_by_id_id(v)
    return True


def _err_find_pet_by_id_id(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (_is_int(v)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'integer'"))
    if _is_num(v):
        if f and not _fmt_int64(v):
            e.append(ValidationError(p, "format", _r(v) + " is not a valid 'int64'"))


def _okp_delete_pet_id(v: Any) -> bool:
    if not (type(v) is int or _is_int(v)):
        return False
    return True


def _ok_delete_pet_id(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_delete_pet_id(v)
    if not (type(v) is int):
        return _okp_delete_pet_id(v)
    return True


def _err_delete_pet_id(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (_is_int(v)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'integer'"))
    if _is_num(v):
        if f and not _fmt_int64(v):
            e.append(ValidationError(p, "format", _r(v) + " is not a valid 'int64'"))


def _okf_pet(v: Any) -> bool:
    if not _okf_new_pet(v):
        return False
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "id" not in v:
        return False
    x1 = v["id"]
    if not (type(x1) is int or _is_int(x1)):
        return False
    if not _fmt_int64(x1):
        return False
    return True


_okf_new_pet = _okp_new_pet


def _okf_error(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "code" not in v or "message" not in v:
        return False
    x1 = v["code"]
    if not (type(x1) is int or _is_int(x1)):
        return False
    if not _fmt_int32(x1):
        return False
    x2 = v["message"]
    if not (type(x2) is str or isinstance(x2, str)):
        return False
    return True


_okf_find_pets_tags = _okp_find_pets_tags


def _okf_find_pets_limit(v: Any) -> bool:
    if not (type(v) is int or _is_int(v)):
        return False
    if not _fmt_int32(v):
        return False
    return True


def _okf_find_pets_response_200(v: Any) -> bool:
    if not (type(v) is list or isinstance(v, list)):
        return False
    for x1 in v:
        if not _okf_pet(x1):
            return False
    return True


def _okf_find_pet_by_id_id(v: Any) -> bool:
    if not (type(v) is int or _is_int(v)):
        return False
    if not _fmt_int64(v):
        return False
    return True


def _okf_delete_pet_id(v: Any) -> bool:
    if not (type(v) is int or _is_int(v)):
        return False
    if not _fmt_int64(v):
        return False
    return True


def _ok_find_pets_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_query = v.get("query", {})
    if not isinstance(s_query, Mapping):
        return False
    x = s_query.get("tags", _MISSING)
    if x is not _MISSING and not _ok_find_pets_query_tags(x):
        return False
    x = s_query.get("limit", _MISSING)
    if x is not _MISSING and not _ok_find_pets_query_limit(x):
        return False
    return True


def _okf_find_pets_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_query = v.get("query", {})
    if not isinstance(s_query, Mapping):
        return False
    x = s_query.get("tags", _MISSING)
    if x is not _MISSING and not _okf_find_pets_query_tags(x):
        return False
    x = s_query.get("limit", _MISSING)
    if x is not _MISSING and not _okf_find_pets_query_limit(x):
        return False
    return True


def _err_find_pets_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not isinstance(v, Mapping):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
        return
    s_query = v.get("query", {})
    if not isinstance(s_query, Mapping):
        e.append(ValidationError(p + "/query", "type", _r(s_query) + " is not of type 'object'"))
    else:
        x = s_query.get("tags", _MISSING)
        if x is not _MISSING:
            _err_find_pets_query_tags(x, p + "/query/tags", e, f)
        x = s_query.get("limit", _MISSING)
        if x is not _MISSING:
            _err_find_pets_query_limit(x, p + "/query/limit", e, f)


def _ok_add_pet_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    return True


def _okf_add_pet_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    return True


def _err_add_pet_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not isinstance(v, Mapping):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
        return


def _ok_find_pet_by_id_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_find_pet_by_id_path_id(x):
        return False
    return True


def _okf_find_pet_by_id_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_find_pet_by_id_path_id(x):
        return False
    return True


def _err_find_pet_by_id_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not isinstance(v, Mapping):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
        return
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        e.append(ValidationError(p + "/path", "type", _r(s_path) + " is not of type 'object'"))
    else:
        x = s_path.get("id", _MISSING)
        if x is _MISSING:
            e.append(
                ValidationError(p + "/path/id", "required", "'id' is a required path parameter")
            )
        else:
            _err_find_pet_by_id_path_id(x, p + "/path/id", e, f)


def _ok_delete_pet_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_delete_pet_path_id(x):
        return False
    return True


def _okf_delete_pet_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_delete_pet_path_id(x):
        return False
    return True


def _err_delete_pet_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not isinstance(v, Mapping):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
        return
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        e.append(ValidationError(p + "/path", "type", _r(s_path) + " is not of type 'object'"))
    else:
        x = s_path.get("id", _MISSING)
        if x is _MISSING:
            e.append(
                ValidationError(p + "/path/id", "required", "'id' is a required path parameter")
            )
        else:
            _err_delete_pet_path_id(x, p + "/path/id", e, f)


_REGISTRY: Final[dict[str, _Entry]] = {
    "Pet": (_ok_pet, _okf_pet, _err_pet),
    "NewPet": (_ok_new_pet, _okf_new_pet, _err_new_pet),
    "Error": (_ok_error, _okf_error, _err_error),
    "findPets.query.tags": (
        _ok_find_pets_query_tags,
        _okf_find_pets_query_tags,
        _err_find_pets_query_tags,
    ),
    "findPets.query.limit": (
        _ok_find_pets_query_limit,
        _okf_find_pets_query_limit,
        _err_find_pets_query_limit,
    ),
    "findPets.request": (_ok_find_pets_request, _okf_find_pets_request, _err_find_pets_request),
    "findPets.response.200": (
        _ok_find_pets_response_200,
        _okf_find_pets_response_200,
        _err_find_pets_response_200,
    ),
    "findPets.response.default": (_ok_error, _okf_error, _err_error),
    "addPet.request": (_ok_add_pet_request, _okf_add_pet_request, _err_add_pet_request),
    "addPet.body": (_ok_new_pet, _okf_new_pet, _err_new_pet),
    "addPet.response.200": (_ok_pet, _okf_pet, _err_pet),
    "addPet.response.default": (_ok_error, _okf_error, _err_error),
    "find pet by id.path.id": (
        _ok_find_pet_by_id_path_id,
        _okf_find_pet_by_id_path_id,
        _err_find_pet_by_id_path_id,
    ),
    "find pet by id.request": (
        _ok_find_pet_by_id_request,
        _okf_find_pet_by_id_request,
        _err_find_pet_by_id_request,
    ),
    "find pet by id.response.200": (_ok_pet, _okf_pet, _err_pet),
    "find pet by id.response.default": (_ok_error, _okf_error, _err_error),
    "deletePet.path.id": (_ok_delete_pet_path_id, _okf_delete_pet_path_id, _err_delete_pet_path_id),
    "deletePet.request": (_ok_delete_pet_request, _okf_delete_pet_request, _err_delete_pet_request),
    "deletePet.response.204": (_ok_any, _okf_any, _err_any),
    "deletePet.response.default": (_ok_error, _okf_error, _err_error),
}
_RESPONSES: Final[dict[str, dict[str, _Entry]]] = {
    "findPets": {
        "200": (
            _ok_find_pets_response_200,
            _okf_find_pets_response_200,
            _err_find_pets_response_200,
        ),
        "default": (_ok_error, _okf_error, _err_error),
    },
    "addPet": {
        "200": (_ok_pet, _okf_pet, _err_pet),
        "default": (_ok_error, _okf_error, _err_error),
    },
    "find pet by id": {
        "200": (_ok_pet, _okf_pet, _err_pet),
        "default": (_ok_error, _okf_error, _err_error),
    },
    "deletePet": {
        "204": (_ok_any, _okf_any, _err_any),
        "default": (_ok_error, _okf_error, _err_error),
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


def validate_pet(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the Pet schema ('Pet'); empty when valid."""
    return _explain((_ok_pet, _okf_pet, _err_pet), value, formats)


is_valid_pet = _ok_pet  # whether a value is valid against the Pet schema


def validate_new_pet(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the NewPet schema ('NewPet'); empty when valid."""
    return _explain((_ok_new_pet, _okf_new_pet, _err_new_pet), value, formats)


is_valid_new_pet = _ok_new_pet  # whether a value is valid against the NewPet schema


def validate_error(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the Error schema ('Error'); empty when valid."""
    return _explain((_ok_error, _okf_error, _err_error), value, formats)


is_valid_error = _ok_error  # whether a value is valid against the Error schema


def validate_find_pets_query_tags(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the query parameter 'tags' of findPets ('findPets.query.tags'); empty when valid."""
    return _explain(
        (_ok_find_pets_query_tags, _okf_find_pets_query_tags, _err_find_pets_query_tags),
        value,
        formats,
    )


def is_valid_find_pets_query_tags(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the query parameter 'tags' of findPets ('findPets.query.tags')."""
    return _okf_find_pets_query_tags(value) if formats else _ok_find_pets_query_tags(value)


def validate_find_pets_query_limit(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the query parameter 'limit' of findPets ('findPets.query.limit'); empty when valid."""
    return _explain(
        (_ok_find_pets_query_limit, _okf_find_pets_query_limit, _err_find_pets_query_limit),
        value,
        formats,
    )


def is_valid_find_pets_query_limit(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the query parameter 'limit' of findPets ('findPets.query.limit')."""
    return _okf_find_pets_query_limit(value) if formats else _ok_find_pets_query_limit(value)


def validate_find_pets_request(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a findPets request ('findPets.request'); empty when valid."""
    return _explain(
        (_ok_find_pets_request, _okf_find_pets_request, _err_find_pets_request), value, formats
    )


def is_valid_find_pets_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a findPets request ('findPets.request')."""
    return _okf_find_pets_request(value) if formats else _ok_find_pets_request(value)


def validate_find_pets_response_200(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 200 response body of findPets ('findPets.response.200'); empty when valid."""
    return _explain(
        (_ok_find_pets_response_200, _okf_find_pets_response_200, _err_find_pets_response_200),
        value,
        formats,
    )


is_valid_find_pets_response_200 = (
    _ok_find_pets_response_200  # whether a value is valid against the 200 response body of findPets
)


def validate_find_pets_response_default(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the default response body of findPets ('findPets.response.default'); empty when valid."""
    return _explain((_ok_error, _okf_error, _err_error), value, formats)


is_valid_find_pets_response_default = (
    _ok_error  # whether a value is valid against the default response body of findPets
)


def validate_add_pet_request(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a addPet request ('addPet.request'); empty when valid."""
    return _explain(
        (_ok_add_pet_request, _okf_add_pet_request, _err_add_pet_request), value, formats
    )


def is_valid_add_pet_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a addPet request ('addPet.request')."""
    return _okf_add_pet_request(value) if formats else _ok_add_pet_request(value)


def validate_add_pet_body(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the request body of addPet ('addPet.body'); empty when valid."""
    return _explain((_ok_new_pet, _okf_new_pet, _err_new_pet), value, formats)


is_valid_add_pet_body = _ok_new_pet  # whether a value is valid against the request body of addPet


def validate_add_pet_response_200(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the 200 response body of addPet ('addPet.response.200'); empty when valid."""
    return _explain((_ok_pet, _okf_pet, _err_pet), value, formats)


is_valid_add_pet_response_200 = (
    _ok_pet  # whether a value is valid against the 200 response body of addPet
)


def validate_add_pet_response_default(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the default response body of addPet ('addPet.response.default'); empty when valid."""
    return _explain((_ok_error, _okf_error, _err_error), value, formats)


is_valid_add_pet_response_default = (
    _ok_error  # whether a value is valid against the default response body of addPet
)


def validate_find_pet_by_id_path_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'id' of find pet by id ('find pet by id.path.id'); empty when valid."""
    return _explain(
        (_ok_find_pet_by_id_path_id, _okf_find_pet_by_id_path_id, _err_find_pet_by_id_path_id),
        value,
        formats,
    )


def is_valid_find_pet_by_id_path_id(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the path parameter 'id' of find pet by id ('find pet by id.path.id')."""
    return _okf_find_pet_by_id_path_id(value) if formats else _ok_find_pet_by_id_path_id(value)


def validate_find_pet_by_id_request(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a find pet by id request ('find pet by id.request'); empty when valid."""
    return _explain(
        (_ok_find_pet_by_id_request, _okf_find_pet_by_id_request, _err_find_pet_by_id_request),
        value,
        formats,
    )


def is_valid_find_pet_by_id_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a find pet by id request ('find pet by id.request')."""
    return _okf_find_pet_by_id_request(value) if formats else _ok_find_pet_by_id_request(value)


def validate_find_pet_by_id_response_200(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 200 response body of find pet by id ('find pet by id.response.200'); empty when valid."""
    return _explain((_ok_pet, _okf_pet, _err_pet), value, formats)


is_valid_find_pet_by_id_response_200 = (
    _ok_pet  # whether a value is valid against the 200 response body of find pet by id
)


def validate_find_pet_by_id_response_default(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the default response body of find pet by id ('find pet by id.response.default'); empty when valid."""
    return _explain((_ok_error, _okf_error, _err_error), value, formats)


is_valid_find_pet_by_id_response_default = (
    _ok_error  # whether a value is valid against the default response body of find pet by id
)


def validate_delete_pet_path_id(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'id' of deletePet ('deletePet.path.id'); empty when valid."""
    return _explain(
        (_ok_delete_pet_path_id, _okf_delete_pet_path_id, _err_delete_pet_path_id), value, formats
    )


def is_valid_delete_pet_path_id(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the path parameter 'id' of deletePet ('deletePet.path.id')."""
    return _okf_delete_pet_path_id(value) if formats else _ok_delete_pet_path_id(value)


def validate_delete_pet_request(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a deletePet request ('deletePet.request'); empty when valid."""
    return _explain(
        (_ok_delete_pet_request, _okf_delete_pet_request, _err_delete_pet_request), value, formats
    )


def is_valid_delete_pet_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a deletePet request ('deletePet.request')."""
    return _okf_delete_pet_request(value) if formats else _ok_delete_pet_request(value)


def validate_delete_pet_response_204(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 204 response body of deletePet ('deletePet.response.204'); empty when valid."""
    return _explain((_ok_any, _okf_any, _err_any), value, formats)


def is_valid_delete_pet_response_204(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the 204 response body of deletePet ('deletePet.response.204')."""
    return _okf_any(value) if formats else _ok_any(value)


def validate_delete_pet_response_default(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the default response body of deletePet ('deletePet.response.default'); empty when valid."""
    return _explain((_ok_error, _okf_error, _err_error), value, formats)


is_valid_delete_pet_response_default = (
    _ok_error  # whether a value is valid against the default response body of deletePet
)


def validate_find_pets_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a findPets response body with this status; empty when valid."""
    return validate_response("findPets", status, body, formats=formats)


def is_valid_find_pets_response(status: int, body: object, *, formats: bool = False) -> bool:
    """Whether a findPets response body with this status is valid."""
    return is_valid_response("findPets", status, body, formats=formats)


def validate_add_pet_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a addPet response body with this status; empty when valid."""
    return validate_response("addPet", status, body, formats=formats)


def is_valid_add_pet_response(status: int, body: object, *, formats: bool = False) -> bool:
    """Whether a addPet response body with this status is valid."""
    return is_valid_response("addPet", status, body, formats=formats)


def validate_find_pet_by_id_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a find pet by id response body with this status; empty when valid."""
    return validate_response("find pet by id", status, body, formats=formats)


def is_valid_find_pet_by_id_response(status: int, body: object, *, formats: bool = False) -> bool:
    """Whether a find pet by id response body with this status is valid."""
    return is_valid_response("find pet by id", status, body, formats=formats)


def validate_delete_pet_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a deletePet response body with this status; empty when valid."""
    return validate_response("deletePet", status, body, formats=formats)


def is_valid_delete_pet_response(status: int, body: object, *, formats: bool = False) -> bool:
    """Whether a deletePet response body with this status is valid."""
    return is_valid_response("deletePet", status, body, formats=formats)


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
    "validate_pet",
    "is_valid_pet",
    "validate_new_pet",
    "is_valid_new_pet",
    "validate_error",
    "is_valid_error",
    "validate_find_pets_query_tags",
    "is_valid_find_pets_query_tags",
    "validate_find_pets_query_limit",
    "is_valid_find_pets_query_limit",
    "validate_find_pets_request",
    "is_valid_find_pets_request",
    "validate_find_pets_response_200",
    "is_valid_find_pets_response_200",
    "validate_find_pets_response_default",
    "is_valid_find_pets_response_default",
    "validate_add_pet_request",
    "is_valid_add_pet_request",
    "validate_add_pet_body",
    "is_valid_add_pet_body",
    "validate_add_pet_response_200",
    "is_valid_add_pet_response_200",
    "validate_add_pet_response_default",
    "is_valid_add_pet_response_default",
    "validate_find_pet_by_id_path_id",
    "is_valid_find_pet_by_id_path_id",
    "validate_find_pet_by_id_request",
    "is_valid_find_pet_by_id_request",
    "validate_find_pet_by_id_response_200",
    "is_valid_find_pet_by_id_response_200",
    "validate_find_pet_by_id_response_default",
    "is_valid_find_pet_by_id_response_default",
    "validate_delete_pet_path_id",
    "is_valid_delete_pet_path_id",
    "validate_delete_pet_request",
    "is_valid_delete_pet_request",
    "validate_delete_pet_response_204",
    "is_valid_delete_pet_response_204",
    "validate_delete_pet_response_default",
    "is_valid_delete_pet_response_default",
    "validate_find_pets_response",
    "is_valid_find_pets_response",
    "validate_add_pet_response",
    "is_valid_add_pet_response",
    "validate_find_pet_by_id_response",
    "is_valid_find_pet_by_id_response",
    "validate_delete_pet_response",
    "is_valid_delete_pet_response",
]
