"""Validators for x-www-form-urlencoded support 1.0.0, compiled from the OpenAPI document; do not edit (regenerate with ``python -m generator``)."""

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

_N1: Final = frozenset(["access_token", "token_type", "expires_in"])
_N2: Final = frozenset(["client_id", "client_secret", "scope"])


def _okp_token(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "access_token" not in v or "token_type" not in v or "expires_in" not in v:
        return False
    x1 = v["access_token"]
    if not (type(x1) is int or _is_int(x1)):
        return False
    x2 = v["token_type"]
    if not (type(x2) is str or isinstance(x2, str)):
        return False
    x3 = v["expires_in"]
    if not (type(x3) is int or _is_int(x3)):
        return False
    return True


def _ok_token(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_token(v)
    if not (
        type(v) is dict
        and type(v.get("access_token")) is int
        and type(v.get("token_type")) is str
        and type(v.get("expires_in")) is int
    ):
        return _okp_token(v)
    return True


def _err_token(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "access_token" not in v:
            e.append(ValidationError(p, "required", "'access_token' is a required property"))
        if "token_type" not in v:
            e.append(ValidationError(p, "required", "'token_type' is a required property"))
        if "expires_in" not in v:
            e.append(ValidationError(p, "required", "'expires_in' is a required property"))
        if "access_token" in v:
            x1 = v["access_token"]
            if not (_is_int(x1)):
                e.append(
                    ValidationError(
                        p + "/access_token", "type", _r(x1) + " is not of type 'integer'"
                    )
                )
            if _is_num(x1):
                if f and not _fmt_int32(x1):
                    e.append(
                        ValidationError(
                            p + "/access_token", "format", _r(x1) + " is not a valid 'int32'"
                        )
                    )
        if "token_type" in v:
            x2 = v["token_type"]
            if not (isinstance(x2, str)):
                e.append(
                    ValidationError(p + "/token_type", "type", _r(x2) + " is not of type 'string'")
                )
        if "expires_in" in v:
            x3 = v["expires_in"]
            if not (_is_int(x3)):
                e.append(
                    ValidationError(p + "/expires_in", "type", _r(x3) + " is not of type 'integer'")
                )
            if _is_num(x3):
                if f and not _fmt_int32(x3):
                    e.append(
                        ValidationError(
                            p + "/expires_in", "format", _r(x3) + " is not a valid 'int32'"
                        )
                    )


def _okp_demo_form_data_body_application_x_www_form_urlencoded(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "client_id" not in v or "client_secret" not in v:
        return False
    x1 = v["client_id"]
    if not (type(x1) is str or isinstance(x1, str)):
        return False
    x2 = v["client_secret"]
    if not (type(x2) is str or isinstance(x2, str)):
        return False
    if "scope" in v:
        x3 = v["scope"]
        if not (type(x3) is int or _is_int(x3)):
            return False
    return True


def _ok_demo_form_data_body_application_x_www_form_urlencoded(
    v: Any, *, formats: bool = False
) -> bool:
    if formats:
        return _okf_demo_form_data_body_application_x_www_form_urlencoded(v)
    if not (
        type(v) is dict
        and type(v.get("client_id")) is str
        and type(v.get("client_secret")) is str
        and type(v.get("scope", 0)) is int
    ):
        return _okp_demo_form_data_body_application_x_www_form_urlencoded(v)
    return True


def _err_demo_form_data_body_application_x_www_form_urlencoded(
    v: Any, p: str, e: list[ValidationError], f: bool
) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "client_id" not in v:
            e.append(ValidationError(p, "required", "'client_id' is a required property"))
        if "client_secret" not in v:
            e.append(ValidationError(p, "required", "'client_secret' is a required property"))
        if "client_id" in v:
            x1 = v["client_id"]
            if not (isinstance(x1, str)):
                e.append(
                    ValidationError(p + "/client_id", "type", _r(x1) + " is not of type 'string'")
                )
        if "client_secret" in v:
            x2 = v["client_secret"]
            if not (isinstance(x2, str)):
                e.append(
                    ValidationError(
                        p + "/client_secret", "type", _r(x2) + " is not of type 'string'"
                    )
                )
        if "scope" in v:
            x3 = v["scope"]
            if not (_is_int(x3)):
                e.append(
                    ValidationError(p + "/scope", "type", _r(x3) + " is not of type 'integer'")
                )
            if _is_num(x3):
                if f and not _fmt_int32(x3):
                    e.append(
                        ValidationError(p + "/scope", "format", _r(x3) + " is not a valid 'int32'")
                    )


def _okf_token(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "access_token" not in v or "token_type" not in v or "expires_in" not in v:
        return False
    x1 = v["access_token"]
    if not (type(x1) is int or _is_int(x1)):
        return False
    if not _fmt_int32(x1):
        return False
    x2 = v["token_type"]
    if not (type(x2) is str or isinstance(x2, str)):
        return False
    x3 = v["expires_in"]
    if not (type(x3) is int or _is_int(x3)):
        return False
    if not _fmt_int32(x3):
        return False
    return True


def _okf_demo_form_data_body_application_x_www_form_urlencoded(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "client_id" not in v or "client_secret" not in v:
        return False
    x1 = v["client_id"]
    if not (type(x1) is str or isinstance(x1, str)):
        return False
    x2 = v["client_secret"]
    if not (type(x2) is str or isinstance(x2, str)):
        return False
    if "scope" in v:
        x3 = v["scope"]
        if not (type(x3) is int or _is_int(x3)):
            return False
        if not _fmt_int32(x3):
            return False
    return True


def _ok_demo_form_data_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    return True


def _okf_demo_form_data_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    return True


def _err_demo_form_data_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not isinstance(v, Mapping):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
        return


_REGISTRY: Final[dict[str, _Entry]] = {
    "Token": (_ok_token, _okf_token, _err_token),
    "demoFormData.request": (
        _ok_demo_form_data_request,
        _okf_demo_form_data_request,
        _err_demo_form_data_request,
    ),
    "demoFormData.body.application/x-www-form-urlencoded": (
        _ok_demo_form_data_body_application_x_www_form_urlencoded,
        _okf_demo_form_data_body_application_x_www_form_urlencoded,
        _err_demo_form_data_body_application_x_www_form_urlencoded,
    ),
    "demoFormData.response.200": (_ok_token, _okf_token, _err_token),
    "demoFormData.response.401": (_ok_any, _okf_any, _err_any),
}
_RESPONSES: Final[dict[str, dict[str, _Entry]]] = {
    "demoFormData": {
        "200": (_ok_token, _okf_token, _err_token),
        "401": (_ok_any, _okf_any, _err_any),
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


def validate_token(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the Token schema ('Token'); empty when valid."""
    return _explain((_ok_token, _okf_token, _err_token), value, formats)


is_valid_token = _ok_token  # whether a value is valid against the Token schema


def validate_demo_form_data_request(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a demoFormData request ('demoFormData.request'); empty when valid."""
    return _explain(
        (_ok_demo_form_data_request, _okf_demo_form_data_request, _err_demo_form_data_request),
        value,
        formats,
    )


def is_valid_demo_form_data_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a demoFormData request ('demoFormData.request')."""
    return _okf_demo_form_data_request(value) if formats else _ok_demo_form_data_request(value)


def validate_demo_form_data_body_application_x_www_form_urlencoded(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the application/x-www-form-urlencoded request body of demoFormData ('demoFormData.body.application/x-www-form-urlencoded'); empty when valid."""
    return _explain(
        (
            _ok_demo_form_data_body_application_x_www_form_urlencoded,
            _okf_demo_form_data_body_application_x_www_form_urlencoded,
            _err_demo_form_data_body_application_x_www_form_urlencoded,
        ),
        value,
        formats,
    )


is_valid_demo_form_data_body_application_x_www_form_urlencoded = _ok_demo_form_data_body_application_x_www_form_urlencoded  # whether a value is valid against the application/x-www-form-urlencoded request body of demoFormData


def validate_demo_form_data_response_200(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 200 response body of demoFormData ('demoFormData.response.200'); empty when valid."""
    return _explain((_ok_token, _okf_token, _err_token), value, formats)


is_valid_demo_form_data_response_200 = (
    _ok_token  # whether a value is valid against the 200 response body of demoFormData
)


def validate_demo_form_data_response_401(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 401 response body of demoFormData ('demoFormData.response.401'); empty when valid."""
    return _explain((_ok_any, _okf_any, _err_any), value, formats)


def is_valid_demo_form_data_response_401(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the 401 response body of demoFormData ('demoFormData.response.401')."""
    return _okf_any(value) if formats else _ok_any(value)


def validate_demo_form_data_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a demoFormData response body with this status; empty when valid."""
    return validate_response("demoFormData", status, body, formats=formats)


def is_valid_demo_form_data_response(status: int, body: object, *, formats: bool = False) -> bool:
    """Whether a demoFormData response body with this status is valid."""
    return is_valid_response("demoFormData", status, body, formats=formats)


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
    "validate_token",
    "is_valid_token",
    "validate_demo_form_data_request",
    "is_valid_demo_form_data_request",
    "validate_demo_form_data_body_application_x_www_form_urlencoded",
    "is_valid_demo_form_data_body_application_x_www_form_urlencoded",
    "validate_demo_form_data_response_200",
    "is_valid_demo_form_data_response_200",
    "validate_demo_form_data_response_401",
    "is_valid_demo_form_data_response_401",
    "validate_demo_form_data_response",
    "is_valid_demo_form_data_response",
]
