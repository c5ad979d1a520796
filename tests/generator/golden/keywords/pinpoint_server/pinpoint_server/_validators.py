"""Validators for the schemas of Keyword zoo, embedded in pinpoint_server. Generated: do not edit."""

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

_P1: Final = re.compile("^[A-Z]{2}\\d+\\Z", re.ASCII).search
_M2: Final = Fraction("0.5")
_P3: Final = re.compile("^x-", re.ASCII).search
_E4: Final = frozenset(map(_key, [1, "1", True, None, [1, 2], {"a": 1}]))
_N5: Final = frozenset(
    [
        "kind",
        "code",
        "when",
        "day",
        "small",
        "big",
        "pair",
        "head",
        "labels",
        "notZero",
        "mixed",
        "choice",
        "anything",
        "nothing",
        "exclusive",
        "tree",
    ]
)
_T6: Final = frozenset((float, int))
_T7: Final = frozenset((int, str))
_N8: Final = frozenset(["value", "next"])
_P9: Final = re.compile("^[a-z]+\\Z", re.ASCII).search
_TN10: Final = frozenset((float, int, type(None)))
_C11: Final = _key(0)
_N12: Final = frozenset(["radius"])
_N13: Final = frozenset(["side"])


def _ok_post_thing_query_tags(v: Any) -> bool:
    if isinstance(v, str):
        v = [v]
    return _ok_post_thing_tags(v)


def _okf_post_thing_query_tags(v: Any) -> bool:
    if isinstance(v, str):
        v = [v]
    return _okf_post_thing_tags(v)


def _err_post_thing_query_tags(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if isinstance(v, str):
        v = [v]
    _err_post_thing_tags(v, p, e, f)


def _ok_post_thing_query_ratio(v: Any) -> bool:
    if isinstance(v, str):
        v = _scalar(v, ("number",))
    return _ok_post_thing_ratio(v)


def _okf_post_thing_query_ratio(v: Any) -> bool:
    if isinstance(v, str):
        v = _scalar(v, ("number",))
    return _okf_post_thing_ratio(v)


def _err_post_thing_query_ratio(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if isinstance(v, str):
        v = _scalar(v, ("number",))
    _err_post_thing_ratio(v, p, e, f)


def _okp_thing(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "kind" not in v or "code" not in v:
        return False
    x1 = v["kind"]
    if not (x1 == "thing"):
        return False
    x2 = v["code"]
    if not (type(x2) is str or isinstance(x2, str)):
        return False
    if _P1(x2) is None:
        return False
    if "when" in v:
        x3 = v["when"]
        if not (type(x3) is str or isinstance(x3, str)):
            return False
    if "day" in v:
        x4 = v["day"]
        if not (type(x4) is str or isinstance(x4, str)):
            return False
    if "small" in v:
        x5 = v["small"]
        if not (type(x5) is int or _is_int(x5)):
            return False
    if "big" in v:
        x6 = v["big"]
        if not (type(x6) is int or _is_int(x6)):
            return False
    if "pair" in v:
        x7 = v["pair"]
        if not (type(x7) is list or isinstance(x7, list)):
            return False
        if len(x7) > 0:
            x8 = x7[0]
            if not (type(x8) is str or isinstance(x8, str)):
                return False
        if len(x7) > 1:
            x9 = x7[1]
            if not (type(x9) is int or _is_int(x9)):
                return False
        if len(x7) > 2:
            return False
    if "head" in v:
        x10 = v["head"]
        if not (type(x10) is list or isinstance(x10, list)):
            return False
        if len(x10) > 0:
            x11 = x10[0]
            if not (x11 == "start"):
                return False
        for x12 in x10[1:]:
            if not (type(x12) is int or type(x12) is float or _is_num(x12)):
                return False
            if not _multiple(x12, _M2):
                return False
    if "labels" in v:
        x13 = v["labels"]
        if not (type(x13) is dict or isinstance(x13, dict)):
            return False
        if len(x13) < 1:
            return False
        if len(x13) > 4:
            return False
        for k14, x15 in x13.items():
            m16 = False
            if _P3(k14) is not None:
                m16 = True
                if not (type(x15) is str or isinstance(x15, str)):
                    return False
            if not m16:
                if not (type(x15) is int or _is_int(x15)):
                    return False
    if "notZero" in v:
        x17 = v["notZero"]
        if _okp_thing_not_zero_not(x17):
            return False
    if "mixed" in v:
        x18 = v["mixed"]
        if not (_key(x18) in _E4):
            return False
    if "choice" in v:
        x19 = v["choice"]
        n20 = 0
        if _okp_thing_choice_one_of__0(x19):
            n20 += 1
        if _okp_thing_choice_one_of__1(x19):
            n20 += 1
        if n20 != 1:
            return False
    if "nothing" in v:
        x21 = v["nothing"]
        return False
    if "exclusive" in v:
        x22 = v["exclusive"]
        if not (type(x22) is int or type(x22) is float or _is_num(x22)):
            return False
        if x22 <= -1.5:
            return False
        if x22 >= 10:
            return False
    if "tree" in v:
        x23 = v["tree"]
        if not _okp_node(x23):
            return False
    return True


def _ok_thing(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_thing(v)
    if not (
        type(v) is dict
        and "kind" in v
        and "code" in v
        and (v["kind"] == "thing")
        and (type(y2 := v["code"]) is str and _P1(y2) is not None)
        and type(v.get("when", "")) is str
        and type(v.get("day", "")) is str
        and type(v.get("small", 0)) is int
        and type(v.get("big", 0)) is int
    ):
        return _okp_thing(v)
    if not ("notZero" not in v or not _ok_thing_not_zero_not(v["notZero"])):
        return False
    if not (_key(v.get("mixed", 1)) in _E4):
        return _okp_thing(v)
    if not (
        "choice" not in v
        or (_ok_thing_choice_one_of__0(y3 := v["choice"]) + _ok_thing_choice_one_of__1(y3)) == 1
    ):
        return False
    if not (
        ("nothing" not in v or False)
        and (
            "exclusive" not in v
            or (type(y4 := v["exclusive"]) in _T6 and not y4 <= -1.5 and not y4 >= 10)
        )
        and (
            "tree" not in v
            or (
                type(y6 := v["tree"]) is dict
                and len(y6) >= 1
                and type(y6.get("value", "")) in _T7
                and (
                    "next" not in y6
                    or (_ok_node_next_one_of__0(y5 := y6["next"]) + _ok_node_next_one_of__1(y5))
                    == 1
                )
            )
        )
    ):
        return _okp_thing(v)
    if "pair" in v:
        z7 = v["pair"]
        if not (type(z7) is list):
            return _okp_thing(v)
        if len(z7) > 0:
            z8 = z7[0]
            if not (type(z8) is str):
                return _okp_thing(v)
        if len(z7) > 1:
            z9 = z7[1]
            if not (type(z9) is int):
                return _okp_thing(v)
        if len(z7) > 2:
            return _okp_thing(v)
    if "head" in v:
        z10 = v["head"]
        if not (type(z10) is list):
            return _okp_thing(v)
        if len(z10) > 0:
            z11 = z10[0]
            if not (z11 == "start"):
                return _okp_thing(v)
        for z12 in z10[1:]:
            if not (type(z12) in _T6 and _multiple(z12, _M2)):
                return _okp_thing(v)
    if "labels" in v:
        z13 = v["labels"]
        if not (type(z13) is dict and len(z13) >= 1 and len(z13) <= 4):
            return _okp_thing(v)
        if not _okp_thing_labels(z13):
            return _okp_thing(v)
    return True


def _err_thing(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "kind" not in v:
            e.append(ValidationError(p, "required", "'kind' is a required property"))
        if "code" not in v:
            e.append(ValidationError(p, "required", "'code' is a required property"))
        if "kind" in v:
            x1 = v["kind"]
            if not (x1 == "thing"):
                e.append(ValidationError(p + "/kind", "const", "'thing' was expected"))
        if "code" in v:
            x2 = v["code"]
            if not (isinstance(x2, str)):
                e.append(ValidationError(p + "/code", "type", _r(x2) + " is not of type 'string'"))
            if isinstance(x2, str):
                if _P1(x2) is None:
                    e.append(
                        ValidationError(
                            p + "/code", "pattern", _r(x2) + " does not match '^[A-Z]{2}\\\\d+$'"
                        )
                    )
        if "when" in v:
            x3 = v["when"]
            if not (isinstance(x3, str)):
                e.append(ValidationError(p + "/when", "type", _r(x3) + " is not of type 'string'"))
            if isinstance(x3, str):
                if f and not _fmt_date_time(x3):
                    e.append(
                        ValidationError(
                            p + "/when", "format", _r(x3) + " is not a valid 'date-time'"
                        )
                    )
        if "day" in v:
            x4 = v["day"]
            if not (isinstance(x4, str)):
                e.append(ValidationError(p + "/day", "type", _r(x4) + " is not of type 'string'"))
            if isinstance(x4, str):
                if f and not _fmt_date(x4):
                    e.append(
                        ValidationError(p + "/day", "format", _r(x4) + " is not a valid 'date'")
                    )
        if "small" in v:
            x5 = v["small"]
            if not (_is_int(x5)):
                e.append(
                    ValidationError(p + "/small", "type", _r(x5) + " is not of type 'integer'")
                )
            if _is_num(x5):
                if f and not _fmt_int32(x5):
                    e.append(
                        ValidationError(p + "/small", "format", _r(x5) + " is not a valid 'int32'")
                    )
        if "big" in v:
            x6 = v["big"]
            if not (_is_int(x6)):
                e.append(ValidationError(p + "/big", "type", _r(x6) + " is not of type 'integer'"))
            if _is_num(x6):
                if f and not _fmt_int64(x6):
                    e.append(
                        ValidationError(p + "/big", "format", _r(x6) + " is not a valid 'int64'")
                    )
        if "pair" in v:
            x7 = v["pair"]
            if not (isinstance(x7, list)):
                e.append(ValidationError(p + "/pair", "type", _r(x7) + " is not of type 'array'"))
            if isinstance(x7, list):
                if len(x7) > 0:
                    x8 = x7[0]
                    if not (isinstance(x8, str)):
                        e.append(
                            ValidationError(
                                p + "/pair/0", "type", _r(x8) + " is not of type 'string'"
                            )
                        )
                if len(x7) > 1:
                    x9 = x7[1]
                    if not (_is_int(x9)):
                        e.append(
                            ValidationError(
                                p + "/pair/1", "type", _r(x9) + " is not of type 'integer'"
                            )
                        )
                if len(x7) > 2:
                    e.append(
                        ValidationError(p + "/pair", "items", _r(x7) + " has more than 2 items")
                    )
        if "head" in v:
            x10 = v["head"]
            if not (isinstance(x10, list)):
                e.append(ValidationError(p + "/head", "type", _r(x10) + " is not of type 'array'"))
            if isinstance(x10, list):
                if len(x10) > 0:
                    x11 = x10[0]
                    if not (x11 == "start"):
                        e.append(ValidationError(p + "/head/0", "const", "'start' was expected"))
                for i12 in range(1, len(x10)):
                    x13 = x10[i12]
                    if not (_is_num(x13)):
                        e.append(
                            ValidationError(
                                p + "/head/" + str(i12),
                                "type",
                                _r(x13) + " is not of type 'number'",
                            )
                        )
                    if _is_num(x13):
                        if not _multiple(x13, _M2):
                            e.append(
                                ValidationError(
                                    p + "/head/" + str(i12),
                                    "multipleOf",
                                    _r(x13) + " is not a multiple of 0.5",
                                )
                            )
        if "labels" in v:
            x14 = v["labels"]
            if not (isinstance(x14, dict)):
                e.append(
                    ValidationError(p + "/labels", "type", _r(x14) + " is not of type 'object'")
                )
            if isinstance(x14, dict):
                if len(x14) < 1:
                    e.append(
                        ValidationError(
                            p + "/labels", "minProperties", _r(x14) + " has fewer than 1 properties"
                        )
                    )
                if len(x14) > 4:
                    e.append(
                        ValidationError(
                            p + "/labels", "maxProperties", _r(x14) + " has more than 4 properties"
                        )
                    )
                for k15, x16 in x14.items():
                    m17 = False
                    if _P3(k15) is not None:
                        m17 = True
                        if not (isinstance(x16, str)):
                            e.append(
                                ValidationError(
                                    p + "/labels/" + _esc(k15),
                                    "type",
                                    _r(x16) + " is not of type 'string'",
                                )
                            )
                    if not m17:
                        if not (_is_int(x16)):
                            e.append(
                                ValidationError(
                                    p + "/labels/" + _esc(k15),
                                    "type",
                                    _r(x16) + " is not of type 'integer'",
                                )
                            )
        if "notZero" in v:
            x18 = v["notZero"]
            if (_okf_thing_not_zero_not if f else _ok_thing_not_zero_not)(x18):
                e.append(
                    ValidationError(
                        p + "/notZero",
                        "not",
                        _r(x18) + " should not be valid under " + "{'const': 0}",
                    )
                )
        if "mixed" in v:
            x19 = v["mixed"]
            if not (_key(x19) in _E4):
                e.append(
                    ValidationError(
                        p + "/mixed",
                        "enum",
                        _r(x19) + " is not one of [1, '1', True, None, [1, 2], {'a': 1}]",
                    )
                )
        if "choice" in v:
            x20 = v["choice"]
            n21 = ((_okf_thing_choice_one_of__0 if f else _ok_thing_choice_one_of__0)(x20)) + (
                (_okf_thing_choice_one_of__1 if f else _ok_thing_choice_one_of__1)(x20)
            )
            if n21 == 0:
                e.append(
                    ValidationError(
                        p + "/choice",
                        "oneOf",
                        _r(x20) + " is not valid under any of the given schemas",
                    )
                )
            elif n21 > 1:
                e.append(
                    ValidationError(
                        p + "/choice",
                        "oneOf",
                        _r(x20) + " is valid under more than one of the given schemas",
                    )
                )
        if "nothing" in v:
            x22 = v["nothing"]
            e.append(
                ValidationError(p + "/nothing", "false", "False schema does not allow " + _r(x22))
            )
        if "exclusive" in v:
            x23 = v["exclusive"]
            if not (_is_num(x23)):
                e.append(
                    ValidationError(p + "/exclusive", "type", _r(x23) + " is not of type 'number'")
                )
            if _is_num(x23):
                if x23 <= -1.5:
                    e.append(
                        ValidationError(
                            p + "/exclusive",
                            "exclusiveMinimum",
                            _r(x23) + " is less than or equal to the exclusive minimum of -1.5",
                        )
                    )
                if x23 >= 10:
                    e.append(
                        ValidationError(
                            p + "/exclusive",
                            "exclusiveMaximum",
                            _r(x23) + " is greater than or equal to the exclusive maximum of 10",
                        )
                    )
        if "tree" in v:
            x24 = v["tree"]
            if not (_okf_node if f else _ok_node)(x24):
                _err_node(x24, p + "/tree", e, f)


def _okp_shape(v: Any) -> bool:
    return True


def _ok_shape(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_shape(v)
    return True


def _err_shape(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    pass


def _okp_node(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if len(v) < 1:
        return False
    if "value" in v:
        x1 = v["value"]
        if not (type(x1) is int or _is_int(x1) or type(x1) is str or isinstance(x1, str)):
            return False
    if "next" in v:
        x2 = v["next"]
        n3 = 0
        if _okp_node_next_one_of__0(x2):
            n3 += 1
        if _okp_node_next_one_of__1(x2):
            n3 += 1
        if n3 != 1:
            return False
    return True


def _ok_node(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_node(v)
    if not (type(v) is dict and len(v) >= 1 and type(v.get("value", "")) in _T7):
        return _okp_node(v)
    if not (
        "next" not in v
        or (_ok_node_next_one_of__0(y1 := v["next"]) + _ok_node_next_one_of__1(y1)) == 1
    ):
        return False
    return True


def _err_node(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if len(v) < 1:
            e.append(ValidationError(p, "minProperties", _r(v) + " has fewer than 1 properties"))
        if "value" in v:
            x1 = v["value"]
            if not (_is_int(x1) or isinstance(x1, str)):
                e.append(
                    ValidationError(
                        p + "/value", "type", _r(x1) + " is not of type 'integer', 'string'"
                    )
                )
        if "next" in v:
            x2 = v["next"]
            n3 = ((_okf_node_next_one_of__0 if f else _ok_node_next_one_of__0)(x2)) + (
                (_okf_node_next_one_of__1 if f else _ok_node_next_one_of__1)(x2)
            )
            if n3 == 0:
                e.append(
                    ValidationError(
                        p + "/next",
                        "oneOf",
                        _r(x2) + " is not valid under any of the given schemas",
                    )
                )
            elif n3 > 1:
                e.append(
                    ValidationError(
                        p + "/next",
                        "oneOf",
                        _r(x2) + " is valid under more than one of the given schemas",
                    )
                )


def _okp_post_thing_tags(v: Any) -> bool:
    if not (type(v) is list or isinstance(v, list)):
        return False
    if len(v) > 3:
        return False
    if not _unique(v):
        return False
    for x1 in v:
        if not (type(x1) is str or isinstance(x1, str)):
            return False
        if _P9(x1) is None:
            return False
    return True


def _ok_post_thing_tags(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_post_thing_tags(v)
    if not (type(v) is list and len(v) <= 3 and _unique(v)):
        return _okp_post_thing_tags(v)
    for z1 in v:
        if not (type(z1) is str and _P9(z1) is not None):
            return _okp_post_thing_tags(v)
    return True


def _err_post_thing_tags(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, list)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'array'"))
    if isinstance(v, list):
        if len(v) > 3:
            e.append(ValidationError(p, "maxItems", _r(v) + " has more than 3 items"))
        if not _unique(v):
            e.append(ValidationError(p, "uniqueItems", _r(v) + " has non-unique elements"))
        for i1 in range(0, len(v)):
            x2 = v[i1]
            if not (isinstance(x2, str)):
                e.append(
                    ValidationError(p + "/" + str(i1), "type", _r(x2) + " is not of type 'string'")
                )
            if isinstance(x2, str):
                if _P9(x2) is None:
                    e.append(
                        ValidationError(
                            p + "/" + str(i1), "pattern", _r(x2) + " does not match '^[a-z]+$'"
                        )
                    )


def _okp_post_thing_ratio(v: Any) -> bool:
    if not (type(v) is int or type(v) is float or _is_num(v) or v is None):
        return False
    if v is not None:
        if v < 0:
            return False
        if v > 1:
            return False
    return True


def _ok_post_thing_ratio(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_post_thing_ratio(v)
    if not (type(v) in _TN10 and (not _is_num(v) or (not v < 0 and not v > 1))):
        return _okp_post_thing_ratio(v)
    return True


def _err_post_thing_ratio(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (_is_num(v) or v is None):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'number', 'null'"))
    if _is_num(v):
        if v < 0:
            e.append(ValidationError(p, "minimum", _r(v) + " is less than the minimum of 0"))
        if v > 1:
            e.append(ValidationError(p, "maximum", _r(v) + " is greater than the maximum of 1"))


def _okp_thing_not_zero_not(v: Any) -> bool:
    if not (_key(v) == _C11):
        return False
    return True


def _ok_thing_not_zero_not(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_thing_not_zero_not(v)
    if not (_key(v) == _C11):
        return _okp_thing_not_zero_not(v)
    return True


def _err_thing_not_zero_not(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (_key(v) == _C11):
        e.append(ValidationError(p, "const", "0 was expected"))


def _okp_thing_choice_one_of__0(v: Any) -> bool:
    if not _okp_shape_defs_circle(v):
        return False
    return True


def _ok_thing_choice_one_of__0(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_thing_choice_one_of__0(v)
    if not (type(v) is dict and "radius" in v and (type(y1 := v["radius"]) in _T6 and not y1 < 0)):
        return _okp_thing_choice_one_of__0(v)
    return True


def _err_thing_choice_one_of__0(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    _err_shape_defs_circle(v, p, e, f)


def _okp_thing_choice_one_of__1(v: Any) -> bool:
    if not _okp_shape_defs_square(v):
        return False
    return True


def _ok_thing_choice_one_of__1(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_thing_choice_one_of__1(v)
    if not (type(v) is dict and "side" in v and (type(y1 := v["side"]) in _T6 and not y1 < 0)):
        return _okp_thing_choice_one_of__1(v)
    return True


def _err_thing_choice_one_of__1(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    _err_shape_defs_square(v, p, e, f)


def _okp_node_next_one_of__0(v: Any) -> bool:
    if not _okp_node(v):
        return False
    return True


def _ok_node_next_one_of__0(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_node_next_one_of__0(v)
    if not (type(v) is dict and len(v) >= 1 and type(v.get("value", "")) in _T7):
        return _okp_node_next_one_of__0(v)
    if not (
        "next" not in v
        or (_ok_node_next_one_of__0(y1 := v["next"]) + _ok_node_next_one_of__1(y1)) == 1
    ):
        return False
    return True


def _err_node_next_one_of__0(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    _err_node(v, p, e, f)


def _okp_node_next_one_of__1(v: Any) -> bool:
    if not (v is None):
        return False
    return True


def _ok_node_next_one_of__1(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_node_next_one_of__1(v)
    if not (v is None):
        return _okp_node_next_one_of__1(v)
    return True


def _err_node_next_one_of__1(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (v is None):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'null'"))


def _okp_thing_labels(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if len(v) < 1:
        return False
    if len(v) > 4:
        return False
    for k1, x2 in v.items():
        m3 = False
        if _P3(k1) is not None:
            m3 = True
            if not (type(x2) is str or isinstance(x2, str)):
                return False
        if not m3:
            if not (type(x2) is int or _is_int(x2)):
                return False
    return True


def _ok_thing_labels(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_thing_labels(v)
    if not (type(v) is dict and len(v) >= 1 and len(v) <= 4):
        return _okp_thing_labels(v)
    if not _okp_thing_labels(v):
        return _okp_thing_labels(v)
    return True


def _err_thing_labels(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if len(v) < 1:
            e.append(ValidationError(p, "minProperties", _r(v) + " has fewer than 1 properties"))
        if len(v) > 4:
            e.append(ValidationError(p, "maxProperties", _r(v) + " has more than 4 properties"))
        for k1, x2 in v.items():
            m3 = False
            if _P3(k1) is not None:
                m3 = True
                if not (isinstance(x2, str)):
                    e.append(
                        ValidationError(
                            p + "/" + _esc(k1), "type", _r(x2) + " is not of type 'string'"
                        )
                    )
            if not m3:
                if not (_is_int(x2)):
                    e.append(
                        ValidationError(
                            p + "/" + _esc(k1), "type", _r(x2) + " is not of type 'integer'"
                        )
                    )


def _okp_shape_defs_circle(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "radius" not in v:
        return False
    x1 = v["radius"]
    if not (type(x1) is int or type(x1) is float or _is_num(x1)):
        return False
    if x1 < 0:
        return False
    return True


def _ok_shape_defs_circle(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_shape_defs_circle(v)
    if not (type(v) is dict and "radius" in v and (type(y1 := v["radius"]) in _T6 and not y1 < 0)):
        return _okp_shape_defs_circle(v)
    return True


def _err_shape_defs_circle(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "radius" not in v:
            e.append(ValidationError(p, "required", "'radius' is a required property"))
        if "radius" in v:
            x1 = v["radius"]
            if not (_is_num(x1)):
                e.append(
                    ValidationError(p + "/radius", "type", _r(x1) + " is not of type 'number'")
                )
            if _is_num(x1):
                if x1 < 0:
                    e.append(
                        ValidationError(
                            p + "/radius", "minimum", _r(x1) + " is less than the minimum of 0"
                        )
                    )


def _okp_shape_defs_square(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "side" not in v:
        return False
    x1 = v["side"]
    if not (type(x1) is int or type(x1) is float or _is_num(x1)):
        return False
    if x1 < 0:
        return False
    return True


def _ok_shape_defs_square(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_shape_defs_square(v)
    if not (type(v) is dict and "side" in v and (type(y1 := v["side"]) in _T6 and not y1 < 0)):
        return _okp_shape_defs_square(v)
    return True


def _err_shape_defs_square(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "side" not in v:
            e.append(ValidationError(p, "required", "'side' is a required property"))
        if "side" in v:
            x1 = v["side"]
            if not (_is_num(x1)):
                e.append(ValidationError(p + "/side", "type", _r(x1) + " is not of type 'number'"))
            if _is_num(x1):
                if x1 < 0:
                    e.append(
                        ValidationError(
                            p + "/side", "minimum", _r(x1) + " is less than the minimum of 0"
                        )
                    )


def _okf_thing(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "kind" not in v or "code" not in v:
        return False
    x1 = v["kind"]
    if not (x1 == "thing"):
        return False
    x2 = v["code"]
    if not (type(x2) is str or isinstance(x2, str)):
        return False
    if _P1(x2) is None:
        return False
    if "when" in v:
        x3 = v["when"]
        if not (type(x3) is str or isinstance(x3, str)):
            return False
        if not _fmt_date_time(x3):
            return False
    if "day" in v:
        x4 = v["day"]
        if not (type(x4) is str or isinstance(x4, str)):
            return False
        if not _fmt_date(x4):
            return False
    if "small" in v:
        x5 = v["small"]
        if not (type(x5) is int or _is_int(x5)):
            return False
        if not _fmt_int32(x5):
            return False
    if "big" in v:
        x6 = v["big"]
        if not (type(x6) is int or _is_int(x6)):
            return False
        if not _fmt_int64(x6):
            return False
    if "pair" in v:
        x7 = v["pair"]
        if not (type(x7) is list or isinstance(x7, list)):
            return False
        if len(x7) > 0:
            x8 = x7[0]
            if not (type(x8) is str or isinstance(x8, str)):
                return False
        if len(x7) > 1:
            x9 = x7[1]
            if not (type(x9) is int or _is_int(x9)):
                return False
        if len(x7) > 2:
            return False
    if "head" in v:
        x10 = v["head"]
        if not (type(x10) is list or isinstance(x10, list)):
            return False
        if len(x10) > 0:
            x11 = x10[0]
            if not (x11 == "start"):
                return False
        for x12 in x10[1:]:
            if not (type(x12) is int or type(x12) is float or _is_num(x12)):
                return False
            if not _multiple(x12, _M2):
                return False
    if "labels" in v:
        x13 = v["labels"]
        if not (type(x13) is dict or isinstance(x13, dict)):
            return False
        if len(x13) < 1:
            return False
        if len(x13) > 4:
            return False
        for k14, x15 in x13.items():
            m16 = False
            if _P3(k14) is not None:
                m16 = True
                if not (type(x15) is str or isinstance(x15, str)):
                    return False
            if not m16:
                if not (type(x15) is int or _is_int(x15)):
                    return False
    if "notZero" in v:
        x17 = v["notZero"]
        if _okf_thing_not_zero_not(x17):
            return False
    if "mixed" in v:
        x18 = v["mixed"]
        if not (_key(x18) in _E4):
            return False
    if "choice" in v:
        x19 = v["choice"]
        n20 = 0
        if _okf_thing_choice_one_of__0(x19):
            n20 += 1
        if _okf_thing_choice_one_of__1(x19):
            n20 += 1
        if n20 != 1:
            return False
    if "nothing" in v:
        x21 = v["nothing"]
        return False
    if "exclusive" in v:
        x22 = v["exclusive"]
        if not (type(x22) is int or type(x22) is float or _is_num(x22)):
            return False
        if x22 <= -1.5:
            return False
        if x22 >= 10:
            return False
    if "tree" in v:
        x23 = v["tree"]
        if not _okf_node(x23):
            return False
    return True


_okf_shape = _okp_shape


_okf_node = _okp_node


_okf_post_thing_tags = _okp_post_thing_tags


_okf_post_thing_ratio = _okp_post_thing_ratio


_okf_thing_not_zero_not = _okp_thing_not_zero_not


_okf_thing_choice_one_of__0 = _okp_thing_choice_one_of__0


_okf_thing_choice_one_of__1 = _okp_thing_choice_one_of__1


_okf_node_next_one_of__0 = _okp_node_next_one_of__0


_okf_node_next_one_of__1 = _okp_node_next_one_of__1


_okf_thing_labels = _okp_thing_labels


_okf_shape_defs_circle = _okp_shape_defs_circle


_okf_shape_defs_square = _okp_shape_defs_square


def _ok_post_thing_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_query = v.get("query", {})
    if not isinstance(s_query, Mapping):
        return False
    x = s_query.get("tags", _MISSING)
    if x is not _MISSING and not _ok_post_thing_query_tags(x):
        return False
    x = s_query.get("ratio", _MISSING)
    if x is not _MISSING and not _ok_post_thing_query_ratio(x):
        return False
    return True


def _okf_post_thing_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_query = v.get("query", {})
    if not isinstance(s_query, Mapping):
        return False
    x = s_query.get("tags", _MISSING)
    if x is not _MISSING and not _okf_post_thing_query_tags(x):
        return False
    x = s_query.get("ratio", _MISSING)
    if x is not _MISSING and not _okf_post_thing_query_ratio(x):
        return False
    return True


def _err_post_thing_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not isinstance(v, Mapping):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
        return
    s_query = v.get("query", {})
    if not isinstance(s_query, Mapping):
        e.append(ValidationError(p + "/query", "type", _r(s_query) + " is not of type 'object'"))
    else:
        x = s_query.get("tags", _MISSING)
        if x is not _MISSING:
            _err_post_thing_query_tags(x, p + "/query/tags", e, f)
        x = s_query.get("ratio", _MISSING)
        if x is not _MISSING:
            _err_post_thing_query_ratio(x, p + "/query/ratio", e, f)


_REGISTRY: Final[dict[str, _Entry]] = {
    "Thing": (_ok_thing, _okf_thing, _err_thing),
    "Shape": (_ok_shape, _okf_shape, _err_shape),
    "Node": (_ok_node, _okf_node, _err_node),
    "PostThing.query.tags": (
        _ok_post_thing_query_tags,
        _okf_post_thing_query_tags,
        _err_post_thing_query_tags,
    ),
    "PostThing.query.ratio": (
        _ok_post_thing_query_ratio,
        _okf_post_thing_query_ratio,
        _err_post_thing_query_ratio,
    ),
    "PostThing.request": (_ok_post_thing_request, _okf_post_thing_request, _err_post_thing_request),
    "PostThing.body": (_ok_thing, _okf_thing, _err_thing),
    "PostThing.response.200": (_ok_thing, _okf_thing, _err_thing),
    "PostThing.response.400": (_ok_any, _okf_any, _err_any),
}
_RESPONSES: Final[dict[str, dict[str, _Entry]]] = {
    "PostThing": {
        "200": (_ok_thing, _okf_thing, _err_thing),
        "400": (_ok_any, _okf_any, _err_any),
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


def validate_thing(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the Thing schema ('Thing'); empty when valid."""
    return _explain((_ok_thing, _okf_thing, _err_thing), value, formats)


is_valid_thing = _ok_thing  # whether a value is valid against the Thing schema


def validate_shape(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the Shape schema ('Shape'); empty when valid."""
    return _explain((_ok_shape, _okf_shape, _err_shape), value, formats)


is_valid_shape = _ok_shape  # whether a value is valid against the Shape schema


def validate_node(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the Node schema ('Node'); empty when valid."""
    return _explain((_ok_node, _okf_node, _err_node), value, formats)


is_valid_node = _ok_node  # whether a value is valid against the Node schema


def validate_post_thing_query_tags(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the query parameter 'tags' of PostThing ('PostThing.query.tags'); empty when valid."""
    return _explain(
        (_ok_post_thing_query_tags, _okf_post_thing_query_tags, _err_post_thing_query_tags),
        value,
        formats,
    )


def is_valid_post_thing_query_tags(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the query parameter 'tags' of PostThing ('PostThing.query.tags')."""
    return _okf_post_thing_query_tags(value) if formats else _ok_post_thing_query_tags(value)


def validate_post_thing_query_ratio(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the query parameter 'ratio' of PostThing ('PostThing.query.ratio'); empty when valid."""
    return _explain(
        (_ok_post_thing_query_ratio, _okf_post_thing_query_ratio, _err_post_thing_query_ratio),
        value,
        formats,
    )


def is_valid_post_thing_query_ratio(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the query parameter 'ratio' of PostThing ('PostThing.query.ratio')."""
    return _okf_post_thing_query_ratio(value) if formats else _ok_post_thing_query_ratio(value)


def validate_post_thing_request(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a PostThing request ('PostThing.request'); empty when valid."""
    return _explain(
        (_ok_post_thing_request, _okf_post_thing_request, _err_post_thing_request), value, formats
    )


def is_valid_post_thing_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a PostThing request ('PostThing.request')."""
    return _okf_post_thing_request(value) if formats else _ok_post_thing_request(value)


def validate_post_thing_body(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the request body of PostThing ('PostThing.body'); empty when valid."""
    return _explain((_ok_thing, _okf_thing, _err_thing), value, formats)


is_valid_post_thing_body = (
    _ok_thing  # whether a value is valid against the request body of PostThing
)


def validate_post_thing_response_200(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 200 response body of PostThing ('PostThing.response.200'); empty when valid."""
    return _explain((_ok_thing, _okf_thing, _err_thing), value, formats)


is_valid_post_thing_response_200 = (
    _ok_thing  # whether a value is valid against the 200 response body of PostThing
)


def validate_post_thing_response_400(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 400 response body of PostThing ('PostThing.response.400'); empty when valid."""
    return _explain((_ok_any, _okf_any, _err_any), value, formats)


def is_valid_post_thing_response_400(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the 400 response body of PostThing ('PostThing.response.400')."""
    return _okf_any(value) if formats else _ok_any(value)


def validate_post_thing_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a PostThing response body with this status; empty when valid."""
    return validate_response("PostThing", status, body, formats=formats)


def is_valid_post_thing_response(status: int, body: object, *, formats: bool = False) -> bool:
    """Whether a PostThing response body with this status is valid."""
    return is_valid_response("PostThing", status, body, formats=formats)


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
    "validate_thing",
    "is_valid_thing",
    "validate_shape",
    "is_valid_shape",
    "validate_node",
    "is_valid_node",
    "validate_post_thing_query_tags",
    "is_valid_post_thing_query_tags",
    "validate_post_thing_query_ratio",
    "is_valid_post_thing_query_ratio",
    "validate_post_thing_request",
    "is_valid_post_thing_request",
    "validate_post_thing_body",
    "is_valid_post_thing_body",
    "validate_post_thing_response_200",
    "is_valid_post_thing_response_200",
    "validate_post_thing_response_400",
    "is_valid_post_thing_response_400",
    "validate_post_thing_response",
    "is_valid_post_thing_response",
]
