"""Validators for Amazon Pinpoint Campaign Activities 1.0.0, compiled from the OpenAPI document; do not edit (regenerate with ``python -m generator``)."""

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

_N1: Final = frozenset(["NextToken", "Item"])
_TN2: Final = frozenset((str, type(None)))
_E3: Final = frozenset(["PENDING", "INITIALIZING", "RUNNING", "PAUSED", "CANCELLED", "COMPLETED"])
_E4: Final = frozenset(["SUCCESS", "FAIL"])
_N5: Final = frozenset(
    [
        "Id",
        "ApplicationId",
        "CampaignId",
        "TreatmentId",
        "State",
        "Result",
        "ScheduledStart",
        "Start",
        "End",
        "SuccessfulEndpointCount",
        "TotalEndpointCount",
        "TimezonesTotalCount",
        "TimezonesCompletedCount",
    ]
)
_N6: Final = frozenset(["RequestID", "Message"])
_P7: Final = re.compile("^[1-9][0-9]*\\Z", re.ASCII).search
_P8: Final = re.compile(
    "[^\\t\\n\\x0b\\x0c\\r \\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
    re.ASCII,
).search


def _okp_activities_response(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "Item" not in v:
        return False
    if "NextToken" in v:
        x1 = v["NextToken"]
        if not (type(x1) is str or isinstance(x1, str) or x1 is None):
            return False
    x2 = v["Item"]
    if not (type(x2) is list or isinstance(x2, list)):
        return False
    for x3 in x2:
        if not _okp_activity_response(x3):
            return False
    return True


def _ok_activities_response(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_activities_response(v)
    try:
        if not (type(v) is dict and "Item" in v and type(v.get("NextToken", "")) in _TN2):
            return _okp_activities_response(v)
        z1 = v["Item"]
        if not (type(z1) is list):
            return _okp_activities_response(v)
        for z2 in z1:
            if not (
                type(z2) is dict
                and type(z2.get("Id")) is str
                and type(z2.get("ApplicationId")) is str
                and type(z2.get("CampaignId")) is str
                and type(z2.get("TreatmentId", "")) is str
                and z2.get("State", "PENDING") in _E3
                and z2.get("Result", "SUCCESS") in _E4
                and type(z2.get("ScheduledStart", "")) is str
                and type(z2.get("Start", "")) is str
                and type(z2.get("End", "")) is str
                and type(z2.get("SuccessfulEndpointCount", 0)) is int
                and type(z2.get("TotalEndpointCount", 0)) is int
                and type(z2.get("TimezonesTotalCount", 0)) is int
                and type(z2.get("TimezonesCompletedCount", 0)) is int
            ):
                return _okp_activities_response(v)
    except TypeError:
        return _okp_activities_response(v)
    return True


def _err_activities_response(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "Item" not in v:
            e.append(ValidationError(p, "required", "'Item' is a required property"))
        if "NextToken" in v:
            x1 = v["NextToken"]
            if not (isinstance(x1, str) or x1 is None):
                e.append(
                    ValidationError(
                        p + "/NextToken", "type", _r(x1) + " is not of type 'string', 'null'"
                    )
                )
        if "Item" in v:
            x2 = v["Item"]
            if not (isinstance(x2, list)):
                e.append(ValidationError(p + "/Item", "type", _r(x2) + " is not of type 'array'"))
            if isinstance(x2, list):
                for i3 in range(0, len(x2)):
                    x4 = x2[i3]
                    if not (_okf_activity_response if f else _ok_activity_response)(x4):
                        _err_activity_response(x4, p + "/Item/" + str(i3), e, f)


def _okp_activity_response(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "Id" not in v or "ApplicationId" not in v or "CampaignId" not in v:
        return False
    x1 = v["Id"]
    if not (type(x1) is str or isinstance(x1, str)):
        return False
    x2 = v["ApplicationId"]
    if not (type(x2) is str or isinstance(x2, str)):
        return False
    x3 = v["CampaignId"]
    if not (type(x3) is str or isinstance(x3, str)):
        return False
    if "TreatmentId" in v:
        x4 = v["TreatmentId"]
        if not (type(x4) is str or isinstance(x4, str)):
            return False
    if "State" in v:
        x5 = v["State"]
        if not (type(x5) is str or isinstance(x5, str)):
            return False
        if not (x5 in _E3):
            return False
    if "Result" in v:
        x6 = v["Result"]
        if not (type(x6) is str or isinstance(x6, str)):
            return False
        if not (x6 in _E4):
            return False
    if "ScheduledStart" in v:
        x7 = v["ScheduledStart"]
        if not (type(x7) is str or isinstance(x7, str)):
            return False
    if "Start" in v:
        x8 = v["Start"]
        if not (type(x8) is str or isinstance(x8, str)):
            return False
    if "End" in v:
        x9 = v["End"]
        if not (type(x9) is str or isinstance(x9, str)):
            return False
    if "SuccessfulEndpointCount" in v:
        x10 = v["SuccessfulEndpointCount"]
        if not (type(x10) is int or _is_int(x10)):
            return False
    if "TotalEndpointCount" in v:
        x11 = v["TotalEndpointCount"]
        if not (type(x11) is int or _is_int(x11)):
            return False
    if "TimezonesTotalCount" in v:
        x12 = v["TimezonesTotalCount"]
        if not (type(x12) is int or _is_int(x12)):
            return False
    if "TimezonesCompletedCount" in v:
        x13 = v["TimezonesCompletedCount"]
        if not (type(x13) is int or _is_int(x13)):
            return False
    return True


def _ok_activity_response(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_activity_response(v)
    try:
        if not (
            type(v) is dict
            and type(v.get("Id")) is str
            and type(v.get("ApplicationId")) is str
            and type(v.get("CampaignId")) is str
            and type(v.get("TreatmentId", "")) is str
            and v.get("State", "PENDING") in _E3
            and v.get("Result", "SUCCESS") in _E4
            and type(v.get("ScheduledStart", "")) is str
            and type(v.get("Start", "")) is str
            and type(v.get("End", "")) is str
            and type(v.get("SuccessfulEndpointCount", 0)) is int
            and type(v.get("TotalEndpointCount", 0)) is int
            and type(v.get("TimezonesTotalCount", 0)) is int
            and type(v.get("TimezonesCompletedCount", 0)) is int
        ):
            return _okp_activity_response(v)
    except TypeError:
        return _okp_activity_response(v)
    return True


def _err_activity_response(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "Id" not in v:
            e.append(ValidationError(p, "required", "'Id' is a required property"))
        if "ApplicationId" not in v:
            e.append(ValidationError(p, "required", "'ApplicationId' is a required property"))
        if "CampaignId" not in v:
            e.append(ValidationError(p, "required", "'CampaignId' is a required property"))
        if "Id" in v:
            x1 = v["Id"]
            if not (isinstance(x1, str)):
                e.append(ValidationError(p + "/Id", "type", _r(x1) + " is not of type 'string'"))
        if "ApplicationId" in v:
            x2 = v["ApplicationId"]
            if not (isinstance(x2, str)):
                e.append(
                    ValidationError(
                        p + "/ApplicationId", "type", _r(x2) + " is not of type 'string'"
                    )
                )
        if "CampaignId" in v:
            x3 = v["CampaignId"]
            if not (isinstance(x3, str)):
                e.append(
                    ValidationError(p + "/CampaignId", "type", _r(x3) + " is not of type 'string'")
                )
        if "TreatmentId" in v:
            x4 = v["TreatmentId"]
            if not (isinstance(x4, str)):
                e.append(
                    ValidationError(p + "/TreatmentId", "type", _r(x4) + " is not of type 'string'")
                )
        if "State" in v:
            x5 = v["State"]
            if not (isinstance(x5, str)):
                e.append(ValidationError(p + "/State", "type", _r(x5) + " is not of type 'string'"))
            if not (isinstance(x5, str) and x5 in _E3):
                e.append(
                    ValidationError(
                        p + "/State",
                        "enum",
                        _r(x5)
                        + " is not one of ['PENDING', 'INITIALIZING', 'RUNNING', 'PAUSED', 'CANCELLED', 'COMPLETED']",
                    )
                )
        if "Result" in v:
            x6 = v["Result"]
            if not (isinstance(x6, str)):
                e.append(
                    ValidationError(p + "/Result", "type", _r(x6) + " is not of type 'string'")
                )
            if not (isinstance(x6, str) and x6 in _E4):
                e.append(
                    ValidationError(
                        p + "/Result", "enum", _r(x6) + " is not one of ['SUCCESS', 'FAIL']"
                    )
                )
        if "ScheduledStart" in v:
            x7 = v["ScheduledStart"]
            if not (isinstance(x7, str)):
                e.append(
                    ValidationError(
                        p + "/ScheduledStart", "type", _r(x7) + " is not of type 'string'"
                    )
                )
            if isinstance(x7, str):
                if f and not _fmt_date_time(x7):
                    e.append(
                        ValidationError(
                            p + "/ScheduledStart", "format", _r(x7) + " is not a valid 'date-time'"
                        )
                    )
        if "Start" in v:
            x8 = v["Start"]
            if not (isinstance(x8, str)):
                e.append(ValidationError(p + "/Start", "type", _r(x8) + " is not of type 'string'"))
            if isinstance(x8, str):
                if f and not _fmt_date_time(x8):
                    e.append(
                        ValidationError(
                            p + "/Start", "format", _r(x8) + " is not a valid 'date-time'"
                        )
                    )
        if "End" in v:
            x9 = v["End"]
            if not (isinstance(x9, str)):
                e.append(ValidationError(p + "/End", "type", _r(x9) + " is not of type 'string'"))
            if isinstance(x9, str):
                if f and not _fmt_date_time(x9):
                    e.append(
                        ValidationError(
                            p + "/End", "format", _r(x9) + " is not a valid 'date-time'"
                        )
                    )
        if "SuccessfulEndpointCount" in v:
            x10 = v["SuccessfulEndpointCount"]
            if not (_is_int(x10)):
                e.append(
                    ValidationError(
                        p + "/SuccessfulEndpointCount",
                        "type",
                        _r(x10) + " is not of type 'integer'",
                    )
                )
            if _is_num(x10):
                if f and not _fmt_int32(x10):
                    e.append(
                        ValidationError(
                            p + "/SuccessfulEndpointCount",
                            "format",
                            _r(x10) + " is not a valid 'int32'",
                        )
                    )
        if "TotalEndpointCount" in v:
            x11 = v["TotalEndpointCount"]
            if not (_is_int(x11)):
                e.append(
                    ValidationError(
                        p + "/TotalEndpointCount", "type", _r(x11) + " is not of type 'integer'"
                    )
                )
            if _is_num(x11):
                if f and not _fmt_int32(x11):
                    e.append(
                        ValidationError(
                            p + "/TotalEndpointCount", "format", _r(x11) + " is not a valid 'int32'"
                        )
                    )
        if "TimezonesTotalCount" in v:
            x12 = v["TimezonesTotalCount"]
            if not (_is_int(x12)):
                e.append(
                    ValidationError(
                        p + "/TimezonesTotalCount", "type", _r(x12) + " is not of type 'integer'"
                    )
                )
            if _is_num(x12):
                if f and not _fmt_int32(x12):
                    e.append(
                        ValidationError(
                            p + "/TimezonesTotalCount",
                            "format",
                            _r(x12) + " is not a valid 'int32'",
                        )
                    )
        if "TimezonesCompletedCount" in v:
            x13 = v["TimezonesCompletedCount"]
            if not (_is_int(x13)):
                e.append(
                    ValidationError(
                        p + "/TimezonesCompletedCount",
                        "type",
                        _r(x13) + " is not of type 'integer'",
                    )
                )
            if _is_num(x13):
                if f and not _fmt_int32(x13):
                    e.append(
                        ValidationError(
                            p + "/TimezonesCompletedCount",
                            "format",
                            _r(x13) + " is not a valid 'int32'",
                        )
                    )


def _okp_message_body(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "RequestID" in v:
        x1 = v["RequestID"]
        if not (type(x1) is str or isinstance(x1, str)):
            return False
    if "Message" in v:
        x2 = v["Message"]
        if not (type(x2) is str or isinstance(x2, str)):
            return False
    return True


def _ok_message_body(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_message_body(v)
    if not (
        type(v) is dict
        and type(v.get("RequestID", "")) is str
        and type(v.get("Message", "")) is str
    ):
        return _okp_message_body(v)
    return True


def _err_message_body(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "RequestID" in v:
            x1 = v["RequestID"]
            if not (isinstance(x1, str)):
                e.append(
                    ValidationError(p + "/RequestID", "type", _r(x1) + " is not of type 'string'")
                )
        if "Message" in v:
            x2 = v["Message"]
            if not (isinstance(x2, str)):
                e.append(
                    ValidationError(p + "/Message", "type", _r(x2) + " is not of type 'string'")
                )


def _okp_get_campaign_activities_application_id(v: Any) -> bool:
    if not (type(v) is str or isinstance(v, str)):
        return False
    return True


def _ok_get_campaign_activities_application_id(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_get_campaign_activities_application_id(v)
    if not (type(v) is str):
        return _okp_get_campaign_activities_application_id(v)
    return True


def _err_get_campaign_activities_application_id(
    v: Any, p: str, e: list[ValidationError], f: bool
) -> None:
    if not (isinstance(v, str)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'string'"))


def _okp_get_campaign_activities_campaign_id(v: Any) -> bool:
    if not (type(v) is str or isinstance(v, str)):
        return False
    return True


def _ok_get_campaign_activities_campaign_id(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_get_campaign_activities_campaign_id(v)
    if not (type(v) is str):
        return _okp_get_campaign_activities_campaign_id(v)
    return True


def _err_get_campaign_activities_campaign_id(
    v: Any, p: str, e: list[ValidationError], f: bool
) -> None:
    if not (isinstance(v, str)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'string'"))


def _okp_get_campaign_activities_page_size(v: Any) -> bool:
    if not (type(v) is str or isinstance(v, str)):
        return False
    if _P7(v) is None:
        return False
    return True


def _ok_get_campaign_activities_page_size(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_get_campaign_activities_page_size(v)
    if not (type(v) is str and _P7(v) is not None):
        return _okp_get_campaign_activities_page_size(v)
    return True


def _err_get_campaign_activities_page_size(
    v: Any, p: str, e: list[ValidationError], f: bool
) -> None:
    if not (isinstance(v, str)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'string'"))
    if isinstance(v, str):
        if _P7(v) is None:
            e.append(ValidationError(p, "pattern", _r(v) + " does not match '^[1-9][0-9]*$'"))


def _okp_get_campaign_activities_token(v: Any) -> bool:
    if not (type(v) is str or isinstance(v, str)):
        return False
    if _P8(v) is None:
        return False
    return True


def _ok_get_campaign_activities_token(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_get_campaign_activities_token(v)
    if not (type(v) is str and _P8(v) is not None):
        return _okp_get_campaign_activities_token(v)
    return True


def _err_get_campaign_activities_token(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, str)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'string'"))
    if isinstance(v, str):
        if _P8(v) is None:
            e.append(ValidationError(p, "pattern", _r(v) + " does not match '\\\\S'"))


def _okp_get_campaign_activities_accept(v: Any) -> bool:
    if not (type(v) is str or isinstance(v, str)):
        return False
    return True


def _ok_get_campaign_activities_accept(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_get_campaign_activities_accept(v)
    if not (type(v) is str):
        return _okp_get_campaign_activities_accept(v)
    return True


def _err_get_campaign_activities_accept(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, str)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'string'"))


def _okf_activities_response(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "Item" not in v:
        return False
    if "NextToken" in v:
        x1 = v["NextToken"]
        if not (type(x1) is str or isinstance(x1, str) or x1 is None):
            return False
    x2 = v["Item"]
    if not (type(x2) is list or isinstance(x2, list)):
        return False
    for x3 in x2:
        if not _okf_activity_response(x3):
            return False
    return True


def _okf_activity_response(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "Id" not in v or "ApplicationId" not in v or "CampaignId" not in v:
        return False
    x1 = v["Id"]
    if not (type(x1) is str or isinstance(x1, str)):
        return False
    x2 = v["ApplicationId"]
    if not (type(x2) is str or isinstance(x2, str)):
        return False
    x3 = v["CampaignId"]
    if not (type(x3) is str or isinstance(x3, str)):
        return False
    if "TreatmentId" in v:
        x4 = v["TreatmentId"]
        if not (type(x4) is str or isinstance(x4, str)):
            return False
    if "State" in v:
        x5 = v["State"]
        if not (type(x5) is str or isinstance(x5, str)):
            return False
        if not (x5 in _E3):
            return False
    if "Result" in v:
        x6 = v["Result"]
        if not (type(x6) is str or isinstance(x6, str)):
            return False
        if not (x6 in _E4):
            return False
    if "ScheduledStart" in v:
        x7 = v["ScheduledStart"]
        if not (type(x7) is str or isinstance(x7, str)):
            return False
        if not _fmt_date_time(x7):
            return False
    if "Start" in v:
        x8 = v["Start"]
        if not (type(x8) is str or isinstance(x8, str)):
            return False
        if not _fmt_date_time(x8):
            return False
    if "End" in v:
        x9 = v["End"]
        if not (type(x9) is str or isinstance(x9, str)):
            return False
        if not _fmt_date_time(x9):
            return False
    if "SuccessfulEndpointCount" in v:
        x10 = v["SuccessfulEndpointCount"]
        if not (type(x10) is int or _is_int(x10)):
            return False
        if not _fmt_int32(x10):
            return False
    if "TotalEndpointCount" in v:
        x11 = v["TotalEndpointCount"]
        if not (type(x11) is int or _is_int(x11)):
            return False
        if not _fmt_int32(x11):
            return False
    if "TimezonesTotalCount" in v:
        x12 = v["TimezonesTotalCount"]
        if not (type(x12) is int or _is_int(x12)):
            return False
        if not _fmt_int32(x12):
            return False
    if "TimezonesCompletedCount" in v:
        x13 = v["TimezonesCompletedCount"]
        if not (type(x13) is int or _is_int(x13)):
            return False
        if not _fmt_int32(x13):
            return False
    return True


_okf_message_body = _okp_message_body


_okf_get_campaign_activities_application_id = _okp_get_campaign_activities_application_id


_okf_get_campaign_activities_campaign_id = _okp_get_campaign_activities_campaign_id


_okf_get_campaign_activities_page_size = _okp_get_campaign_activities_page_size


_okf_get_campaign_activities_token = _okp_get_campaign_activities_token


_okf_get_campaign_activities_accept = _okp_get_campaign_activities_accept


def _ok_get_campaign_activities_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("application-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_get_campaign_activities_application_id(x):
        return False
    x = s_path.get("campaign-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_get_campaign_activities_campaign_id(x):
        return False
    s_query = v.get("query", {})
    if not isinstance(s_query, Mapping):
        return False
    x = s_query.get("page-size", _MISSING)
    if x is not _MISSING and not _ok_get_campaign_activities_page_size(x):
        return False
    x = s_query.get("token", _MISSING)
    if x is not _MISSING and not _ok_get_campaign_activities_token(x):
        return False
    s_header = v.get("header", {})
    if not isinstance(s_header, Mapping):
        return False
    x = s_header.get("accept", _MISSING)
    if x is not _MISSING and not _ok_get_campaign_activities_accept(x):
        return False
    return True


def _okf_get_campaign_activities_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("application-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_get_campaign_activities_application_id(x):
        return False
    x = s_path.get("campaign-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_get_campaign_activities_campaign_id(x):
        return False
    s_query = v.get("query", {})
    if not isinstance(s_query, Mapping):
        return False
    x = s_query.get("page-size", _MISSING)
    if x is not _MISSING and not _okf_get_campaign_activities_page_size(x):
        return False
    x = s_query.get("token", _MISSING)
    if x is not _MISSING and not _okf_get_campaign_activities_token(x):
        return False
    s_header = v.get("header", {})
    if not isinstance(s_header, Mapping):
        return False
    x = s_header.get("accept", _MISSING)
    if x is not _MISSING and not _okf_get_campaign_activities_accept(x):
        return False
    return True


def _err_get_campaign_activities_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not isinstance(v, Mapping):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
        return
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        e.append(ValidationError(p + "/path", "type", _r(s_path) + " is not of type 'object'"))
    else:
        x = s_path.get("application-id", _MISSING)
        if x is _MISSING:
            e.append(
                ValidationError(
                    p + "/path/application-id",
                    "required",
                    "'application-id' is a required path parameter",
                )
            )
        else:
            _err_get_campaign_activities_application_id(x, p + "/path/application-id", e, f)
        x = s_path.get("campaign-id", _MISSING)
        if x is _MISSING:
            e.append(
                ValidationError(
                    p + "/path/campaign-id",
                    "required",
                    "'campaign-id' is a required path parameter",
                )
            )
        else:
            _err_get_campaign_activities_campaign_id(x, p + "/path/campaign-id", e, f)
    s_query = v.get("query", {})
    if not isinstance(s_query, Mapping):
        e.append(ValidationError(p + "/query", "type", _r(s_query) + " is not of type 'object'"))
    else:
        x = s_query.get("page-size", _MISSING)
        if x is not _MISSING:
            _err_get_campaign_activities_page_size(x, p + "/query/page-size", e, f)
        x = s_query.get("token", _MISSING)
        if x is not _MISSING:
            _err_get_campaign_activities_token(x, p + "/query/token", e, f)
    s_header = v.get("header", {})
    if not isinstance(s_header, Mapping):
        e.append(ValidationError(p + "/header", "type", _r(s_header) + " is not of type 'object'"))
    else:
        x = s_header.get("accept", _MISSING)
        if x is not _MISSING:
            _err_get_campaign_activities_accept(x, p + "/header/accept", e, f)


def _ok_options_campaign_activities_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("application-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_get_campaign_activities_application_id(x):
        return False
    x = s_path.get("campaign-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_get_campaign_activities_campaign_id(x):
        return False
    return True


def _okf_options_campaign_activities_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("application-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_get_campaign_activities_application_id(x):
        return False
    x = s_path.get("campaign-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_get_campaign_activities_campaign_id(x):
        return False
    return True


def _err_options_campaign_activities_request(
    v: Any, p: str, e: list[ValidationError], f: bool
) -> None:
    if not isinstance(v, Mapping):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
        return
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        e.append(ValidationError(p + "/path", "type", _r(s_path) + " is not of type 'object'"))
    else:
        x = s_path.get("application-id", _MISSING)
        if x is _MISSING:
            e.append(
                ValidationError(
                    p + "/path/application-id",
                    "required",
                    "'application-id' is a required path parameter",
                )
            )
        else:
            _err_get_campaign_activities_application_id(x, p + "/path/application-id", e, f)
        x = s_path.get("campaign-id", _MISSING)
        if x is _MISSING:
            e.append(
                ValidationError(
                    p + "/path/campaign-id",
                    "required",
                    "'campaign-id' is a required path parameter",
                )
            )
        else:
            _err_get_campaign_activities_campaign_id(x, p + "/path/campaign-id", e, f)


_REGISTRY: Final[dict[str, _Entry]] = {
    "ActivitiesResponse": (
        _ok_activities_response,
        _okf_activities_response,
        _err_activities_response,
    ),
    "ActivityResponse": (_ok_activity_response, _okf_activity_response, _err_activity_response),
    "MessageBody": (_ok_message_body, _okf_message_body, _err_message_body),
    "GetCampaignActivities.path.application-id": (
        _ok_get_campaign_activities_application_id,
        _okf_get_campaign_activities_application_id,
        _err_get_campaign_activities_application_id,
    ),
    "GetCampaignActivities.path.campaign-id": (
        _ok_get_campaign_activities_campaign_id,
        _okf_get_campaign_activities_campaign_id,
        _err_get_campaign_activities_campaign_id,
    ),
    "GetCampaignActivities.query.page-size": (
        _ok_get_campaign_activities_page_size,
        _okf_get_campaign_activities_page_size,
        _err_get_campaign_activities_page_size,
    ),
    "GetCampaignActivities.query.token": (
        _ok_get_campaign_activities_token,
        _okf_get_campaign_activities_token,
        _err_get_campaign_activities_token,
    ),
    "GetCampaignActivities.header.accept": (
        _ok_get_campaign_activities_accept,
        _okf_get_campaign_activities_accept,
        _err_get_campaign_activities_accept,
    ),
    "GetCampaignActivities.request": (
        _ok_get_campaign_activities_request,
        _okf_get_campaign_activities_request,
        _err_get_campaign_activities_request,
    ),
    "GetCampaignActivities.response.200": (
        _ok_activities_response,
        _okf_activities_response,
        _err_activities_response,
    ),
    "GetCampaignActivities.response.400": (_ok_message_body, _okf_message_body, _err_message_body),
    "GetCampaignActivities.response.403": (_ok_message_body, _okf_message_body, _err_message_body),
    "GetCampaignActivities.response.404": (_ok_message_body, _okf_message_body, _err_message_body),
    "GetCampaignActivities.response.405": (_ok_message_body, _okf_message_body, _err_message_body),
    "GetCampaignActivities.response.429": (_ok_message_body, _okf_message_body, _err_message_body),
    "GetCampaignActivities.response.500": (_ok_message_body, _okf_message_body, _err_message_body),
    "OptionsCampaignActivities.path.application-id": (
        _ok_get_campaign_activities_application_id,
        _okf_get_campaign_activities_application_id,
        _err_get_campaign_activities_application_id,
    ),
    "OptionsCampaignActivities.path.campaign-id": (
        _ok_get_campaign_activities_campaign_id,
        _okf_get_campaign_activities_campaign_id,
        _err_get_campaign_activities_campaign_id,
    ),
    "OptionsCampaignActivities.request": (
        _ok_options_campaign_activities_request,
        _okf_options_campaign_activities_request,
        _err_options_campaign_activities_request,
    ),
    "OptionsCampaignActivities.response.200": (_ok_any, _okf_any, _err_any),
}
_RESPONSES: Final[dict[str, dict[str, _Entry]]] = {
    "GetCampaignActivities": {
        "200": (_ok_activities_response, _okf_activities_response, _err_activities_response),
        "400": (_ok_message_body, _okf_message_body, _err_message_body),
        "403": (_ok_message_body, _okf_message_body, _err_message_body),
        "404": (_ok_message_body, _okf_message_body, _err_message_body),
        "405": (_ok_message_body, _okf_message_body, _err_message_body),
        "429": (_ok_message_body, _okf_message_body, _err_message_body),
        "500": (_ok_message_body, _okf_message_body, _err_message_body),
    },
    "OptionsCampaignActivities": {
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


def validate_activities_response(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the ActivitiesResponse schema ('ActivitiesResponse'); empty when valid."""
    return _explain(
        (_ok_activities_response, _okf_activities_response, _err_activities_response),
        value,
        formats,
    )


is_valid_activities_response = (
    _ok_activities_response  # whether a value is valid against the ActivitiesResponse schema
)


def validate_activity_response(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the ActivityResponse schema ('ActivityResponse'); empty when valid."""
    return _explain(
        (_ok_activity_response, _okf_activity_response, _err_activity_response), value, formats
    )


is_valid_activity_response = (
    _ok_activity_response  # whether a value is valid against the ActivityResponse schema
)


def validate_message_body(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the MessageBody schema ('MessageBody'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_message_body = _ok_message_body  # whether a value is valid against the MessageBody schema


def validate_get_campaign_activities_path_application_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'application-id' of GetCampaignActivities ('GetCampaignActivities.path.application-id'); empty when valid."""
    return _explain(
        (
            _ok_get_campaign_activities_application_id,
            _okf_get_campaign_activities_application_id,
            _err_get_campaign_activities_application_id,
        ),
        value,
        formats,
    )


is_valid_get_campaign_activities_path_application_id = _ok_get_campaign_activities_application_id  # whether a value is valid against the path parameter 'application-id' of GetCampaignActivities


def validate_get_campaign_activities_path_campaign_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'campaign-id' of GetCampaignActivities ('GetCampaignActivities.path.campaign-id'); empty when valid."""
    return _explain(
        (
            _ok_get_campaign_activities_campaign_id,
            _okf_get_campaign_activities_campaign_id,
            _err_get_campaign_activities_campaign_id,
        ),
        value,
        formats,
    )


is_valid_get_campaign_activities_path_campaign_id = _ok_get_campaign_activities_campaign_id  # whether a value is valid against the path parameter 'campaign-id' of GetCampaignActivities


def validate_get_campaign_activities_query_page_size(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the query parameter 'page-size' of GetCampaignActivities ('GetCampaignActivities.query.page-size'); empty when valid."""
    return _explain(
        (
            _ok_get_campaign_activities_page_size,
            _okf_get_campaign_activities_page_size,
            _err_get_campaign_activities_page_size,
        ),
        value,
        formats,
    )


is_valid_get_campaign_activities_query_page_size = _ok_get_campaign_activities_page_size  # whether a value is valid against the query parameter 'page-size' of GetCampaignActivities


def validate_get_campaign_activities_query_token(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the query parameter 'token' of GetCampaignActivities ('GetCampaignActivities.query.token'); empty when valid."""
    return _explain(
        (
            _ok_get_campaign_activities_token,
            _okf_get_campaign_activities_token,
            _err_get_campaign_activities_token,
        ),
        value,
        formats,
    )


is_valid_get_campaign_activities_query_token = _ok_get_campaign_activities_token  # whether a value is valid against the query parameter 'token' of GetCampaignActivities


def validate_get_campaign_activities_header_accept(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the header parameter 'accept' of GetCampaignActivities ('GetCampaignActivities.header.accept'); empty when valid."""
    return _explain(
        (
            _ok_get_campaign_activities_accept,
            _okf_get_campaign_activities_accept,
            _err_get_campaign_activities_accept,
        ),
        value,
        formats,
    )


is_valid_get_campaign_activities_header_accept = _ok_get_campaign_activities_accept  # whether a value is valid against the header parameter 'accept' of GetCampaignActivities


def validate_get_campaign_activities_request(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a GetCampaignActivities request ('GetCampaignActivities.request'); empty when valid."""
    return _explain(
        (
            _ok_get_campaign_activities_request,
            _okf_get_campaign_activities_request,
            _err_get_campaign_activities_request,
        ),
        value,
        formats,
    )


def is_valid_get_campaign_activities_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a GetCampaignActivities request ('GetCampaignActivities.request')."""
    return (
        _okf_get_campaign_activities_request(value)
        if formats
        else _ok_get_campaign_activities_request(value)
    )


def validate_get_campaign_activities_response_200(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 200 response body of GetCampaignActivities ('GetCampaignActivities.response.200'); empty when valid."""
    return _explain(
        (_ok_activities_response, _okf_activities_response, _err_activities_response),
        value,
        formats,
    )


is_valid_get_campaign_activities_response_200 = _ok_activities_response  # whether a value is valid against the 200 response body of GetCampaignActivities


def validate_get_campaign_activities_response_400(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 400 response body of GetCampaignActivities ('GetCampaignActivities.response.400'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_get_campaign_activities_response_400 = _ok_message_body  # whether a value is valid against the 400 response body of GetCampaignActivities


def validate_get_campaign_activities_response_403(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 403 response body of GetCampaignActivities ('GetCampaignActivities.response.403'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_get_campaign_activities_response_403 = _ok_message_body  # whether a value is valid against the 403 response body of GetCampaignActivities


def validate_get_campaign_activities_response_404(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 404 response body of GetCampaignActivities ('GetCampaignActivities.response.404'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_get_campaign_activities_response_404 = _ok_message_body  # whether a value is valid against the 404 response body of GetCampaignActivities


def validate_get_campaign_activities_response_405(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 405 response body of GetCampaignActivities ('GetCampaignActivities.response.405'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_get_campaign_activities_response_405 = _ok_message_body  # whether a value is valid against the 405 response body of GetCampaignActivities


def validate_get_campaign_activities_response_429(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 429 response body of GetCampaignActivities ('GetCampaignActivities.response.429'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_get_campaign_activities_response_429 = _ok_message_body  # whether a value is valid against the 429 response body of GetCampaignActivities


def validate_get_campaign_activities_response_500(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 500 response body of GetCampaignActivities ('GetCampaignActivities.response.500'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_get_campaign_activities_response_500 = _ok_message_body  # whether a value is valid against the 500 response body of GetCampaignActivities


def validate_options_campaign_activities_path_application_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'application-id' of OptionsCampaignActivities ('OptionsCampaignActivities.path.application-id'); empty when valid."""
    return _explain(
        (
            _ok_get_campaign_activities_application_id,
            _okf_get_campaign_activities_application_id,
            _err_get_campaign_activities_application_id,
        ),
        value,
        formats,
    )


is_valid_options_campaign_activities_path_application_id = _ok_get_campaign_activities_application_id  # whether a value is valid against the path parameter 'application-id' of OptionsCampaignActivities


def validate_options_campaign_activities_path_campaign_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'campaign-id' of OptionsCampaignActivities ('OptionsCampaignActivities.path.campaign-id'); empty when valid."""
    return _explain(
        (
            _ok_get_campaign_activities_campaign_id,
            _okf_get_campaign_activities_campaign_id,
            _err_get_campaign_activities_campaign_id,
        ),
        value,
        formats,
    )


is_valid_options_campaign_activities_path_campaign_id = _ok_get_campaign_activities_campaign_id  # whether a value is valid against the path parameter 'campaign-id' of OptionsCampaignActivities


def validate_options_campaign_activities_request(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a OptionsCampaignActivities request ('OptionsCampaignActivities.request'); empty when valid."""
    return _explain(
        (
            _ok_options_campaign_activities_request,
            _okf_options_campaign_activities_request,
            _err_options_campaign_activities_request,
        ),
        value,
        formats,
    )


def is_valid_options_campaign_activities_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a OptionsCampaignActivities request ('OptionsCampaignActivities.request')."""
    return (
        _okf_options_campaign_activities_request(value)
        if formats
        else _ok_options_campaign_activities_request(value)
    )


def validate_options_campaign_activities_response_200(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 200 response body of OptionsCampaignActivities ('OptionsCampaignActivities.response.200'); empty when valid."""
    return _explain((_ok_any, _okf_any, _err_any), value, formats)


def is_valid_options_campaign_activities_response_200(
    value: object, *, formats: bool = False
) -> bool:
    """Whether ``value`` is valid against the 200 response body of OptionsCampaignActivities ('OptionsCampaignActivities.response.200')."""
    return _okf_any(value) if formats else _ok_any(value)


def validate_get_campaign_activities_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a GetCampaignActivities response body with this status; empty when valid."""
    return validate_response("GetCampaignActivities", status, body, formats=formats)


def is_valid_get_campaign_activities_response(
    status: int, body: object, *, formats: bool = False
) -> bool:
    """Whether a GetCampaignActivities response body with this status is valid."""
    return is_valid_response("GetCampaignActivities", status, body, formats=formats)


def validate_options_campaign_activities_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a OptionsCampaignActivities response body with this status; empty when valid."""
    return validate_response("OptionsCampaignActivities", status, body, formats=formats)


def is_valid_options_campaign_activities_response(
    status: int, body: object, *, formats: bool = False
) -> bool:
    """Whether a OptionsCampaignActivities response body with this status is valid."""
    return is_valid_response("OptionsCampaignActivities", status, body, formats=formats)


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
    "validate_activities_response",
    "is_valid_activities_response",
    "validate_activity_response",
    "is_valid_activity_response",
    "validate_message_body",
    "is_valid_message_body",
    "validate_get_campaign_activities_path_application_id",
    "is_valid_get_campaign_activities_path_application_id",
    "validate_get_campaign_activities_path_campaign_id",
    "is_valid_get_campaign_activities_path_campaign_id",
    "validate_get_campaign_activities_query_page_size",
    "is_valid_get_campaign_activities_query_page_size",
    "validate_get_campaign_activities_query_token",
    "is_valid_get_campaign_activities_query_token",
    "validate_get_campaign_activities_header_accept",
    "is_valid_get_campaign_activities_header_accept",
    "validate_get_campaign_activities_request",
    "is_valid_get_campaign_activities_request",
    "validate_get_campaign_activities_response_200",
    "is_valid_get_campaign_activities_response_200",
    "validate_get_campaign_activities_response_400",
    "is_valid_get_campaign_activities_response_400",
    "validate_get_campaign_activities_response_403",
    "is_valid_get_campaign_activities_response_403",
    "validate_get_campaign_activities_response_404",
    "is_valid_get_campaign_activities_response_404",
    "validate_get_campaign_activities_response_405",
    "is_valid_get_campaign_activities_response_405",
    "validate_get_campaign_activities_response_429",
    "is_valid_get_campaign_activities_response_429",
    "validate_get_campaign_activities_response_500",
    "is_valid_get_campaign_activities_response_500",
    "validate_options_campaign_activities_path_application_id",
    "is_valid_options_campaign_activities_path_application_id",
    "validate_options_campaign_activities_path_campaign_id",
    "is_valid_options_campaign_activities_path_campaign_id",
    "validate_options_campaign_activities_request",
    "is_valid_options_campaign_activities_request",
    "validate_options_campaign_activities_response_200",
    "is_valid_options_campaign_activities_response_200",
    "validate_get_campaign_activities_response",
    "is_valid_get_campaign_activities_response",
    "validate_options_campaign_activities_response",
    "is_valid_options_campaign_activities_response",
]
