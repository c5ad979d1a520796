"""Validators for the schemas of Pinpoint Mock Admin, embedded in pinpoint_admin_server. Generated: do not edit."""

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

_N1: Final = frozenset(["RequestID", "Message"])
_E2: Final = frozenset(["ok"])
_N3: Final = frozenset(["Status", "Version", "Store", "Now"])
_N4: Final = frozenset(["Kind", "Location", "ReadOnly"])
_N5: Final = frozenset(["Demo", "Applications"])
_N6: Final = frozenset(["Name"])
_N7: Final = frozenset(["ApplicationId", "Name", "Campaigns"])
_N8: Final = frozenset(["Item"])
_N9: Final = frozenset(["Name", "TreatmentIds"])
_N10: Final = frozenset(["ApplicationId", "CampaignId", "Name", "TreatmentIds", "ActivityCount"])
_N11: Final = frozenset(["NextToken", "Item"])
_TN12: Final = frozenset((str, type(None)))
_N13: Final = frozenset(["Item", "NextToken"])
_N14: Final = frozenset(["Now", "Frozen", "Real"])
_N15: Final = frozenset(["Seconds"])
_T16: Final = frozenset((float, int))
_P17: Final = re.compile("^[A-Za-z][A-Za-z0-9]*\\Z", re.ASCII).search
_N18: Final = frozenset(
    [
        "Operation",
        "ApplicationId",
        "CampaignId",
        "Count",
        "Status",
        "ErrorType",
        "Message",
        "RetryAfterSeconds",
        "DelayMs",
    ]
)
_N19: Final = frozenset(
    [
        "FaultId",
        "Operation",
        "ApplicationId",
        "CampaignId",
        "Remaining",
        "Status",
        "ErrorType",
        "Message",
        "RetryAfterSeconds",
        "DelayMs",
    ]
)
_N20: Final = frozenset(["Schedule", "Segment", "Treatments", "Delivery", "Failure"])
_E21: Final = frozenset(["ONCE", "HOURLY", "DAILY", "WEEKLY", "MONTHLY"])
_N22: Final = frozenset(["StartTime", "EndTime", "Frequency", "IsLocalTime", "Timezone"])
_N23: Final = frozenset(["InitializingSeconds", "EndpointsPerSecond", "SecondsPerTimezone"])
_N24: Final = frozenset(["EndpointFailureRate", "Fail"])
_N25: Final = frozenset(["TreatmentId", "Percentage"])
_N26: Final = frozenset(["EndpointCount", "Timezones"])
_N27: Final = frozenset(["Timezone", "EndpointCount"])
_E28: Final = frozenset(["PAUSE", "RESUME", "CANCEL"])
_N29: Final = frozenset(["Type", "Time"])
_K30: Final = frozenset(
    [
        "RunId",
        "ApplicationId",
        "CampaignId",
        "State",
        "CreatedAt",
        "Schedule",
        "Segment",
        "Treatments",
        "Delivery",
        "Failure",
        "Events",
        "ActivityCount",
        "Now",
    ]
)
_E31: Final = frozenset(["SCHEDULED", "RUNNING", "PAUSED", "COMPLETED", "CANCELLED"])
_P32: Final = re.compile("^[^/]+\\Z", re.ASCII).search


def _ok_reset_mock_query_demo(v: Any) -> bool:
    if isinstance(v, str):
        v = _scalar(v, ("boolean",))
    return _ok_reset_mock_demo(v)


def _okf_reset_mock_query_demo(v: Any) -> bool:
    if isinstance(v, str):
        v = _scalar(v, ("boolean",))
    return _okf_reset_mock_demo(v)


def _err_reset_mock_query_demo(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if isinstance(v, str):
        v = _scalar(v, ("boolean",))
    _err_reset_mock_demo(v, p, e, f)


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


def _okp_health(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "Status" not in v or "Version" not in v or "Store" not in v or "Now" not in v:
        return False
    x1 = v["Status"]
    if not (type(x1) is str or isinstance(x1, str)):
        return False
    if not (x1 in _E2):
        return False
    x2 = v["Version"]
    if not (type(x2) is str or isinstance(x2, str)):
        return False
    x3 = v["Store"]
    if not _okp_store_info(x3):
        return False
    x4 = v["Now"]
    if not (type(x4) is str or isinstance(x4, str)):
        return False
    return True


def _ok_health(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_health(v)
    try:
        if not (
            type(v) is dict
            and "Store" in v
            and v.get("Status") in _E2
            and type(v.get("Version")) is str
            and (
                type(y1 := v["Store"]) is dict
                and type(y1.get("Kind")) is str
                and type(y1.get("Location")) is str
                and type(y1.get("ReadOnly")) is bool
            )
            and type(v.get("Now")) is str
        ):
            return _okp_health(v)
    except TypeError:
        return _okp_health(v)
    return True


def _err_health(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "Status" not in v:
            e.append(ValidationError(p, "required", "'Status' is a required property"))
        if "Version" not in v:
            e.append(ValidationError(p, "required", "'Version' is a required property"))
        if "Store" not in v:
            e.append(ValidationError(p, "required", "'Store' is a required property"))
        if "Now" not in v:
            e.append(ValidationError(p, "required", "'Now' is a required property"))
        if "Status" in v:
            x1 = v["Status"]
            if not (isinstance(x1, str)):
                e.append(
                    ValidationError(p + "/Status", "type", _r(x1) + " is not of type 'string'")
                )
            if not (isinstance(x1, str) and x1 in _E2):
                e.append(ValidationError(p + "/Status", "enum", _r(x1) + " is not one of ['ok']"))
        if "Version" in v:
            x2 = v["Version"]
            if not (isinstance(x2, str)):
                e.append(
                    ValidationError(p + "/Version", "type", _r(x2) + " is not of type 'string'")
                )
        if "Store" in v:
            x3 = v["Store"]
            if not (_okf_store_info if f else _ok_store_info)(x3):
                _err_store_info(x3, p + "/Store", e, f)
        if "Now" in v:
            x4 = v["Now"]
            if not (isinstance(x4, str)):
                e.append(ValidationError(p + "/Now", "type", _r(x4) + " is not of type 'string'"))
            if isinstance(x4, str):
                if f and not _fmt_date_time(x4):
                    e.append(
                        ValidationError(
                            p + "/Now", "format", _r(x4) + " is not a valid 'date-time'"
                        )
                    )


def _okp_store_info(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "Kind" not in v or "Location" not in v or "ReadOnly" not in v:
        return False
    x1 = v["Kind"]
    if not (type(x1) is str or isinstance(x1, str)):
        return False
    x2 = v["Location"]
    if not (type(x2) is str or isinstance(x2, str)):
        return False
    x3 = v["ReadOnly"]
    if not (x3 is True or x3 is False):
        return False
    return True


def _ok_store_info(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_store_info(v)
    if not (
        type(v) is dict
        and type(v.get("Kind")) is str
        and type(v.get("Location")) is str
        and type(v.get("ReadOnly")) is bool
    ):
        return _okp_store_info(v)
    return True


def _err_store_info(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "Kind" not in v:
            e.append(ValidationError(p, "required", "'Kind' is a required property"))
        if "Location" not in v:
            e.append(ValidationError(p, "required", "'Location' is a required property"))
        if "ReadOnly" not in v:
            e.append(ValidationError(p, "required", "'ReadOnly' is a required property"))
        if "Kind" in v:
            x1 = v["Kind"]
            if not (isinstance(x1, str)):
                e.append(ValidationError(p + "/Kind", "type", _r(x1) + " is not of type 'string'"))
        if "Location" in v:
            x2 = v["Location"]
            if not (isinstance(x2, str)):
                e.append(
                    ValidationError(p + "/Location", "type", _r(x2) + " is not of type 'string'")
                )
        if "ReadOnly" in v:
            x3 = v["ReadOnly"]
            if not (x3 is True or x3 is False):
                e.append(
                    ValidationError(p + "/ReadOnly", "type", _r(x3) + " is not of type 'boolean'")
                )


def _okp_reset_result(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "Demo" not in v or "Applications" not in v:
        return False
    x1 = v["Demo"]
    if not (x1 is True or x1 is False):
        return False
    x2 = v["Applications"]
    if not (type(x2) is int or _is_int(x2)):
        return False
    if x2 < 0:
        return False
    return True


def _ok_reset_result(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_reset_result(v)
    if not (
        type(v) is dict
        and "Applications" in v
        and type(v.get("Demo")) is bool
        and (type(y1 := v["Applications"]) is int and not y1 < 0)
    ):
        return _okp_reset_result(v)
    return True


def _err_reset_result(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "Demo" not in v:
            e.append(ValidationError(p, "required", "'Demo' is a required property"))
        if "Applications" not in v:
            e.append(ValidationError(p, "required", "'Applications' is a required property"))
        if "Demo" in v:
            x1 = v["Demo"]
            if not (x1 is True or x1 is False):
                e.append(ValidationError(p + "/Demo", "type", _r(x1) + " is not of type 'boolean'"))
        if "Applications" in v:
            x2 = v["Applications"]
            if not (_is_int(x2)):
                e.append(
                    ValidationError(
                        p + "/Applications", "type", _r(x2) + " is not of type 'integer'"
                    )
                )
            if _is_num(x2):
                if x2 < 0:
                    e.append(
                        ValidationError(
                            p + "/Applications",
                            "minimum",
                            _r(x2) + " is less than the minimum of 0",
                        )
                    )


def _okp_application_input(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "Name" in v:
        x1 = v["Name"]
        if not (type(x1) is str or isinstance(x1, str)):
            return False
        if len(x1) > 1024:
            return False
    if not _N6.issuperset(v):
        return False
    return True


def _ok_application_input(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_application_input(v)
    if not (
        type(v) is dict
        and ("Name" not in v or (type(y1 := v["Name"]) is str and len(y1) <= 1024))
        and _N6.issuperset(v)
    ):
        return _okp_application_input(v)
    return True


def _err_application_input(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "Name" in v:
            x1 = v["Name"]
            if not (isinstance(x1, str)):
                e.append(ValidationError(p + "/Name", "type", _r(x1) + " is not of type 'string'"))
            if isinstance(x1, str):
                if len(x1) > 1024:
                    e.append(
                        ValidationError(
                            p + "/Name", "maxLength", _r(x1) + " is longer than 1024 characters"
                        )
                    )
        u4: list[str] = []
        for k2, x3 in v.items():
            if k2 not in _N6:
                u4.append(k2)
        if u4:
            e.append(
                ValidationError(
                    p,
                    "additionalProperties",
                    "Additional properties are not allowed ("
                    + ", ".join(map(repr, u4))
                    + (" was" if len(u4) == 1 else " were")
                    + " unexpected)",
                )
            )


def _okp_application(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "ApplicationId" not in v or "Name" not in v or "Campaigns" not in v:
        return False
    x1 = v["ApplicationId"]
    if not (type(x1) is str or isinstance(x1, str)):
        return False
    x2 = v["Name"]
    if not (type(x2) is str or isinstance(x2, str)):
        return False
    x3 = v["Campaigns"]
    if not (type(x3) is list or isinstance(x3, list)):
        return False
    for x4 in x3:
        if not _okp_campaign(x4):
            return False
    return True


def _ok_application(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_application(v)
    if not (
        type(v) is dict
        and "Campaigns" in v
        and type(v.get("ApplicationId")) is str
        and type(v.get("Name")) is str
    ):
        return _okp_application(v)
    z1 = v["Campaigns"]
    if not (type(z1) is list):
        return _okp_application(v)
    for z2 in z1:
        if not (_ok_campaign(z2)):
            return False
    return True


def _err_application(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "ApplicationId" not in v:
            e.append(ValidationError(p, "required", "'ApplicationId' is a required property"))
        if "Name" not in v:
            e.append(ValidationError(p, "required", "'Name' is a required property"))
        if "Campaigns" not in v:
            e.append(ValidationError(p, "required", "'Campaigns' is a required property"))
        if "ApplicationId" in v:
            x1 = v["ApplicationId"]
            if not (isinstance(x1, str)):
                e.append(
                    ValidationError(
                        p + "/ApplicationId", "type", _r(x1) + " is not of type 'string'"
                    )
                )
        if "Name" in v:
            x2 = v["Name"]
            if not (isinstance(x2, str)):
                e.append(ValidationError(p + "/Name", "type", _r(x2) + " is not of type 'string'"))
        if "Campaigns" in v:
            x3 = v["Campaigns"]
            if not (isinstance(x3, list)):
                e.append(
                    ValidationError(p + "/Campaigns", "type", _r(x3) + " is not of type 'array'")
                )
            if isinstance(x3, list):
                for i4 in range(0, len(x3)):
                    x5 = x3[i4]
                    if not (_okf_campaign if f else _ok_campaign)(x5):
                        _err_campaign(x5, p + "/Campaigns/" + str(i4), e, f)


def _okp_application_list(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "Item" not in v:
        return False
    x1 = v["Item"]
    if not (type(x1) is list or isinstance(x1, list)):
        return False
    for x2 in x1:
        if not _okp_application(x2):
            return False
    return True


def _ok_application_list(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_application_list(v)
    if not (type(v) is dict and "Item" in v):
        return _okp_application_list(v)
    z1 = v["Item"]
    if not (type(z1) is list):
        return _okp_application_list(v)
    for z2 in z1:
        if not (_ok_application(z2)):
            return False
    return True


def _err_application_list(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "Item" not in v:
            e.append(ValidationError(p, "required", "'Item' is a required property"))
        if "Item" in v:
            x1 = v["Item"]
            if not (isinstance(x1, list)):
                e.append(ValidationError(p + "/Item", "type", _r(x1) + " is not of type 'array'"))
            if isinstance(x1, list):
                for i2 in range(0, len(x1)):
                    x3 = x1[i2]
                    if not (_okf_application if f else _ok_application)(x3):
                        _err_application(x3, p + "/Item/" + str(i2), e, f)


def _okp_campaign_input(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "Name" in v:
        x1 = v["Name"]
        if not (type(x1) is str or isinstance(x1, str)):
            return False
        if len(x1) > 1024:
            return False
    if "TreatmentIds" in v:
        x2 = v["TreatmentIds"]
        if not (type(x2) is list or isinstance(x2, list)):
            return False
        if len(x2) < 1:
            return False
        if len(x2) > 100:
            return False
        if not _unique(x2):
            return False
        for x3 in x2:
            if not (type(x3) is str or isinstance(x3, str)):
                return False
            if len(x3) < 1:
                return False
            if len(x3) > 256:
                return False
    if not _N9.issuperset(v):
        return False
    return True


def _ok_campaign_input(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_campaign_input(v)
    if not (
        type(v) is dict and ("Name" not in v or (type(y2 := v["Name"]) is str and len(y2) <= 1024))
    ):
        return _okp_campaign_input(v)
    if "TreatmentIds" in v:
        z3 = v["TreatmentIds"]
        if not (type(z3) is list and len(z3) >= 1 and len(z3) <= 100 and _unique(z3)):
            return _okp_campaign_input(v)
        for z4 in z3:
            if not (type(z4) is str and len(z4) >= 1 and len(z4) <= 256):
                return _okp_campaign_input(v)
    if not _okp_campaign_input(v):
        return _okp_campaign_input(v)
    return True


def _err_campaign_input(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "Name" in v:
            x1 = v["Name"]
            if not (isinstance(x1, str)):
                e.append(ValidationError(p + "/Name", "type", _r(x1) + " is not of type 'string'"))
            if isinstance(x1, str):
                if len(x1) > 1024:
                    e.append(
                        ValidationError(
                            p + "/Name", "maxLength", _r(x1) + " is longer than 1024 characters"
                        )
                    )
        if "TreatmentIds" in v:
            x2 = v["TreatmentIds"]
            if not (isinstance(x2, list)):
                e.append(
                    ValidationError(p + "/TreatmentIds", "type", _r(x2) + " is not of type 'array'")
                )
            if isinstance(x2, list):
                if len(x2) < 1:
                    e.append(
                        ValidationError(
                            p + "/TreatmentIds", "minItems", _r(x2) + " has fewer than 1 items"
                        )
                    )
                if len(x2) > 100:
                    e.append(
                        ValidationError(
                            p + "/TreatmentIds", "maxItems", _r(x2) + " has more than 100 items"
                        )
                    )
                if not _unique(x2):
                    e.append(
                        ValidationError(
                            p + "/TreatmentIds", "uniqueItems", _r(x2) + " has non-unique elements"
                        )
                    )
                for i3 in range(0, len(x2)):
                    x4 = x2[i3]
                    if not (isinstance(x4, str)):
                        e.append(
                            ValidationError(
                                p + "/TreatmentIds/" + str(i3),
                                "type",
                                _r(x4) + " is not of type 'string'",
                            )
                        )
                    if isinstance(x4, str):
                        if len(x4) < 1:
                            e.append(
                                ValidationError(
                                    p + "/TreatmentIds/" + str(i3),
                                    "minLength",
                                    _r(x4) + " is shorter than 1 characters",
                                )
                            )
                        if len(x4) > 256:
                            e.append(
                                ValidationError(
                                    p + "/TreatmentIds/" + str(i3),
                                    "maxLength",
                                    _r(x4) + " is longer than 256 characters",
                                )
                            )
        u7: list[str] = []
        for k5, x6 in v.items():
            if k5 not in _N9:
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


def _okp_campaign(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if (
        "ApplicationId" not in v
        or "CampaignId" not in v
        or "Name" not in v
        or "TreatmentIds" not in v
        or "ActivityCount" not in v
    ):
        return False
    x1 = v["ApplicationId"]
    if not (type(x1) is str or isinstance(x1, str)):
        return False
    x2 = v["CampaignId"]
    if not (type(x2) is str or isinstance(x2, str)):
        return False
    x3 = v["Name"]
    if not (type(x3) is str or isinstance(x3, str)):
        return False
    x4 = v["TreatmentIds"]
    if not (type(x4) is list or isinstance(x4, list)):
        return False
    for x5 in x4:
        if not (type(x5) is str or isinstance(x5, str)):
            return False
    x6 = v["ActivityCount"]
    if not (type(x6) is int or _is_int(x6)):
        return False
    if x6 < 0:
        return False
    return True


def _ok_campaign(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_campaign(v)
    if not (
        type(v) is dict
        and "TreatmentIds" in v
        and "ActivityCount" in v
        and type(v.get("ApplicationId")) is str
        and type(v.get("CampaignId")) is str
        and type(v.get("Name")) is str
        and (type(y1 := v["ActivityCount"]) is int and not y1 < 0)
    ):
        return _okp_campaign(v)
    z2 = v["TreatmentIds"]
    if not (type(z2) is list):
        return _okp_campaign(v)
    for z3 in z2:
        if not (type(z3) is str):
            return _okp_campaign(v)
    return True


def _err_campaign(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "ApplicationId" not in v:
            e.append(ValidationError(p, "required", "'ApplicationId' is a required property"))
        if "CampaignId" not in v:
            e.append(ValidationError(p, "required", "'CampaignId' is a required property"))
        if "Name" not in v:
            e.append(ValidationError(p, "required", "'Name' is a required property"))
        if "TreatmentIds" not in v:
            e.append(ValidationError(p, "required", "'TreatmentIds' is a required property"))
        if "ActivityCount" not in v:
            e.append(ValidationError(p, "required", "'ActivityCount' is a required property"))
        if "ApplicationId" in v:
            x1 = v["ApplicationId"]
            if not (isinstance(x1, str)):
                e.append(
                    ValidationError(
                        p + "/ApplicationId", "type", _r(x1) + " is not of type 'string'"
                    )
                )
        if "CampaignId" in v:
            x2 = v["CampaignId"]
            if not (isinstance(x2, str)):
                e.append(
                    ValidationError(p + "/CampaignId", "type", _r(x2) + " is not of type 'string'")
                )
        if "Name" in v:
            x3 = v["Name"]
            if not (isinstance(x3, str)):
                e.append(ValidationError(p + "/Name", "type", _r(x3) + " is not of type 'string'"))
        if "TreatmentIds" in v:
            x4 = v["TreatmentIds"]
            if not (isinstance(x4, list)):
                e.append(
                    ValidationError(p + "/TreatmentIds", "type", _r(x4) + " is not of type 'array'")
                )
            if isinstance(x4, list):
                for i5 in range(0, len(x4)):
                    x6 = x4[i5]
                    if not (isinstance(x6, str)):
                        e.append(
                            ValidationError(
                                p + "/TreatmentIds/" + str(i5),
                                "type",
                                _r(x6) + " is not of type 'string'",
                            )
                        )
        if "ActivityCount" in v:
            x7 = v["ActivityCount"]
            if not (_is_int(x7)):
                e.append(
                    ValidationError(
                        p + "/ActivityCount", "type", _r(x7) + " is not of type 'integer'"
                    )
                )
            if _is_num(x7):
                if x7 < 0:
                    e.append(
                        ValidationError(
                            p + "/ActivityCount",
                            "minimum",
                            _r(x7) + " is less than the minimum of 0",
                        )
                    )


def _okp_activities_input(v: Any) -> bool:
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
    if len(x2) > 10000:
        return False
    for x3 in x2:
        if not (type(x3) is dict or isinstance(x3, dict)):
            return False
    return True


def _ok_activities_input(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_activities_input(v)
    if not (type(v) is dict and "Item" in v and type(v.get("NextToken", "")) in _TN12):
        return _okp_activities_input(v)
    z1 = v["Item"]
    if not (type(z1) is list and len(z1) <= 10000):
        return _okp_activities_input(v)
    for z2 in z1:
        if not (type(z2) is dict):
            return _okp_activities_input(v)
    return True


def _err_activities_input(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
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
                if len(x2) > 10000:
                    e.append(
                        ValidationError(
                            p + "/Item", "maxItems", _r(x2) + " has more than 10000 items"
                        )
                    )
                for i3 in range(0, len(x2)):
                    x4 = x2[i3]
                    if not (isinstance(x4, dict)):
                        e.append(
                            ValidationError(
                                p + "/Item/" + str(i3), "type", _r(x4) + " is not of type 'object'"
                            )
                        )


def _okp_stored_activities(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "Item" not in v:
        return False
    x1 = v["Item"]
    if not (type(x1) is list or isinstance(x1, list)):
        return False
    for x2 in x1:
        if not (type(x2) is dict or isinstance(x2, dict)):
            return False
    return True


def _ok_stored_activities(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_stored_activities(v)
    if not (type(v) is dict and "Item" in v):
        return _okp_stored_activities(v)
    z1 = v["Item"]
    if not (type(z1) is list):
        return _okp_stored_activities(v)
    for z2 in z1:
        if not (type(z2) is dict):
            return _okp_stored_activities(v)
    return True


def _err_stored_activities(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "Item" not in v:
            e.append(ValidationError(p, "required", "'Item' is a required property"))
        if "Item" in v:
            x1 = v["Item"]
            if not (isinstance(x1, list)):
                e.append(ValidationError(p + "/Item", "type", _r(x1) + " is not of type 'array'"))
            if isinstance(x1, list):
                for i2 in range(0, len(x1)):
                    x3 = x1[i2]
                    if not (isinstance(x3, dict)):
                        e.append(
                            ValidationError(
                                p + "/Item/" + str(i2), "type", _r(x3) + " is not of type 'object'"
                            )
                        )


def _okp_activities_page(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "Item" not in v:
        return False
    x1 = v["Item"]
    if not (type(x1) is list or isinstance(x1, list)):
        return False
    for x2 in x1:
        if not (type(x2) is dict or isinstance(x2, dict)):
            return False
    if "NextToken" in v:
        x3 = v["NextToken"]
        if not (type(x3) is str or isinstance(x3, str) or x3 is None):
            return False
    return True


def _ok_activities_page(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_activities_page(v)
    if not (type(v) is dict and "Item" in v and type(v.get("NextToken", "")) in _TN12):
        return _okp_activities_page(v)
    z1 = v["Item"]
    if not (type(z1) is list):
        return _okp_activities_page(v)
    for z2 in z1:
        if not (type(z2) is dict):
            return _okp_activities_page(v)
    return True


def _err_activities_page(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "Item" not in v:
            e.append(ValidationError(p, "required", "'Item' is a required property"))
        if "Item" in v:
            x1 = v["Item"]
            if not (isinstance(x1, list)):
                e.append(ValidationError(p + "/Item", "type", _r(x1) + " is not of type 'array'"))
            if isinstance(x1, list):
                for i2 in range(0, len(x1)):
                    x3 = x1[i2]
                    if not (isinstance(x3, dict)):
                        e.append(
                            ValidationError(
                                p + "/Item/" + str(i2), "type", _r(x3) + " is not of type 'object'"
                            )
                        )
        if "NextToken" in v:
            x4 = v["NextToken"]
            if not (isinstance(x4, str) or x4 is None):
                e.append(
                    ValidationError(
                        p + "/NextToken", "type", _r(x4) + " is not of type 'string', 'null'"
                    )
                )


def _okp_clock(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "Now" not in v or "Frozen" not in v or "Real" not in v:
        return False
    x1 = v["Now"]
    if not (type(x1) is str or isinstance(x1, str)):
        return False
    x2 = v["Frozen"]
    if not (x2 is True or x2 is False):
        return False
    x3 = v["Real"]
    if not (x3 is True or x3 is False):
        return False
    return True


def _ok_clock(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_clock(v)
    if not (
        type(v) is dict
        and type(v.get("Now")) is str
        and type(v.get("Frozen")) is bool
        and type(v.get("Real")) is bool
    ):
        return _okp_clock(v)
    return True


def _err_clock(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "Now" not in v:
            e.append(ValidationError(p, "required", "'Now' is a required property"))
        if "Frozen" not in v:
            e.append(ValidationError(p, "required", "'Frozen' is a required property"))
        if "Real" not in v:
            e.append(ValidationError(p, "required", "'Real' is a required property"))
        if "Now" in v:
            x1 = v["Now"]
            if not (isinstance(x1, str)):
                e.append(ValidationError(p + "/Now", "type", _r(x1) + " is not of type 'string'"))
            if isinstance(x1, str):
                if f and not _fmt_date_time(x1):
                    e.append(
                        ValidationError(
                            p + "/Now", "format", _r(x1) + " is not a valid 'date-time'"
                        )
                    )
        if "Frozen" in v:
            x2 = v["Frozen"]
            if not (x2 is True or x2 is False):
                e.append(
                    ValidationError(p + "/Frozen", "type", _r(x2) + " is not of type 'boolean'")
                )
        if "Real" in v:
            x3 = v["Real"]
            if not (x3 is True or x3 is False):
                e.append(ValidationError(p + "/Real", "type", _r(x3) + " is not of type 'boolean'"))


def _okp_clock_setting(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "Now" in v:
        x1 = v["Now"]
        if not (type(x1) is str or isinstance(x1, str)):
            return False
    if "Frozen" in v:
        x2 = v["Frozen"]
        if not (x2 is True or x2 is False):
            return False
    if "Real" in v:
        x3 = v["Real"]
        if not (x3 is True or x3 is False):
            return False
    if not _N14.issuperset(v):
        return False
    return True


def _ok_clock_setting(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_clock_setting(v)
    if not (
        type(v) is dict
        and type(v.get("Now", "")) is str
        and type(v.get("Frozen", False)) is bool
        and type(v.get("Real", False)) is bool
        and _N14.issuperset(v)
    ):
        return _okp_clock_setting(v)
    return True


def _err_clock_setting(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "Now" in v:
            x1 = v["Now"]
            if not (isinstance(x1, str)):
                e.append(ValidationError(p + "/Now", "type", _r(x1) + " is not of type 'string'"))
            if isinstance(x1, str):
                if f and not _fmt_date_time(x1):
                    e.append(
                        ValidationError(
                            p + "/Now", "format", _r(x1) + " is not a valid 'date-time'"
                        )
                    )
        if "Frozen" in v:
            x2 = v["Frozen"]
            if not (x2 is True or x2 is False):
                e.append(
                    ValidationError(p + "/Frozen", "type", _r(x2) + " is not of type 'boolean'")
                )
        if "Real" in v:
            x3 = v["Real"]
            if not (x3 is True or x3 is False):
                e.append(ValidationError(p + "/Real", "type", _r(x3) + " is not of type 'boolean'"))
        u6: list[str] = []
        for k4, x5 in v.items():
            if k4 not in _N14:
                u6.append(k4)
        if u6:
            e.append(
                ValidationError(
                    p,
                    "additionalProperties",
                    "Additional properties are not allowed ("
                    + ", ".join(map(repr, u6))
                    + (" was" if len(u6) == 1 else " were")
                    + " unexpected)",
                )
            )


def _okp_clock_advance(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "Seconds" not in v:
        return False
    x1 = v["Seconds"]
    if not (type(x1) is int or type(x1) is float or _is_num(x1)):
        return False
    if x1 < 0:
        return False
    if x1 > 3153600000:
        return False
    if not _N15.issuperset(v):
        return False
    return True


def _ok_clock_advance(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_clock_advance(v)
    if not (
        type(v) is dict
        and "Seconds" in v
        and (type(y1 := v["Seconds"]) in _T16 and not y1 < 0 and not y1 > 3153600000)
        and _N15.issuperset(v)
    ):
        return _okp_clock_advance(v)
    return True


def _err_clock_advance(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "Seconds" not in v:
            e.append(ValidationError(p, "required", "'Seconds' is a required property"))
        if "Seconds" in v:
            x1 = v["Seconds"]
            if not (_is_num(x1)):
                e.append(
                    ValidationError(p + "/Seconds", "type", _r(x1) + " is not of type 'number'")
                )
            if _is_num(x1):
                if x1 < 0:
                    e.append(
                        ValidationError(
                            p + "/Seconds", "minimum", _r(x1) + " is less than the minimum of 0"
                        )
                    )
                if x1 > 3153600000:
                    e.append(
                        ValidationError(
                            p + "/Seconds",
                            "maximum",
                            _r(x1) + " is greater than the maximum of 3153600000",
                        )
                    )
        u4: list[str] = []
        for k2, x3 in v.items():
            if k2 not in _N15:
                u4.append(k2)
        if u4:
            e.append(
                ValidationError(
                    p,
                    "additionalProperties",
                    "Additional properties are not allowed ("
                    + ", ".join(map(repr, u4))
                    + (" was" if len(u4) == 1 else " were")
                    + " unexpected)",
                )
            )


def _okp_fault_input(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "Operation" not in v:
        return False
    x1 = v["Operation"]
    if not (type(x1) is str or isinstance(x1, str)):
        return False
    if len(x1) < 1:
        return False
    if "ApplicationId" in v:
        x2 = v["ApplicationId"]
        if not (type(x2) is str or isinstance(x2, str)):
            return False
    if "CampaignId" in v:
        x3 = v["CampaignId"]
        if not (type(x3) is str or isinstance(x3, str)):
            return False
    if "Count" in v:
        x4 = v["Count"]
        if not (type(x4) is int or _is_int(x4)):
            return False
        if x4 < 1:
            return False
        if x4 > 1000000:
            return False
    if "Status" in v:
        x5 = v["Status"]
        if not (type(x5) is int or _is_int(x5)):
            return False
        if x5 < 400:
            return False
        if x5 > 599:
            return False
    if "ErrorType" in v:
        x6 = v["ErrorType"]
        if not (type(x6) is str or isinstance(x6, str)):
            return False
        if _P17(x6) is None:
            return False
    if "Message" in v:
        x7 = v["Message"]
        if not (type(x7) is str or isinstance(x7, str)):
            return False
        if len(x7) > 1024:
            return False
    if "RetryAfterSeconds" in v:
        x8 = v["RetryAfterSeconds"]
        if not (type(x8) is int or _is_int(x8)):
            return False
        if x8 < 0:
            return False
        if x8 > 86400:
            return False
    if "DelayMs" in v:
        x9 = v["DelayMs"]
        if not (type(x9) is int or _is_int(x9)):
            return False
        if x9 < 0:
            return False
        if x9 > 60000:
            return False
    if not _N18.issuperset(v):
        return False
    return True


def _ok_fault_input(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_fault_input(v)
    if not (
        type(v) is dict
        and "Operation" in v
        and (type(y1 := v["Operation"]) is str and len(y1) >= 1)
        and type(v.get("ApplicationId", "")) is str
        and type(v.get("CampaignId", "")) is str
        and (
            "Count" not in v or (type(y2 := v["Count"]) is int and not y2 < 1 and not y2 > 1000000)
        )
        and (
            "Status" not in v or (type(y3 := v["Status"]) is int and not y3 < 400 and not y3 > 599)
        )
        and ("ErrorType" not in v or (type(y4 := v["ErrorType"]) is str and _P17(y4) is not None))
        and ("Message" not in v or (type(y5 := v["Message"]) is str and len(y5) <= 1024))
        and (
            "RetryAfterSeconds" not in v
            or (type(y6 := v["RetryAfterSeconds"]) is int and not y6 < 0 and not y6 > 86400)
        )
        and (
            "DelayMs" not in v
            or (type(y7 := v["DelayMs"]) is int and not y7 < 0 and not y7 > 60000)
        )
        and _N18.issuperset(v)
    ):
        return _okp_fault_input(v)
    return True


def _err_fault_input(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "Operation" not in v:
            e.append(ValidationError(p, "required", "'Operation' is a required property"))
        if "Operation" in v:
            x1 = v["Operation"]
            if not (isinstance(x1, str)):
                e.append(
                    ValidationError(p + "/Operation", "type", _r(x1) + " is not of type 'string'")
                )
            if isinstance(x1, str):
                if len(x1) < 1:
                    e.append(
                        ValidationError(
                            p + "/Operation", "minLength", _r(x1) + " is shorter than 1 characters"
                        )
                    )
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
        if "Count" in v:
            x4 = v["Count"]
            if not (_is_int(x4)):
                e.append(
                    ValidationError(p + "/Count", "type", _r(x4) + " is not of type 'integer'")
                )
            if _is_num(x4):
                if x4 < 1:
                    e.append(
                        ValidationError(
                            p + "/Count", "minimum", _r(x4) + " is less than the minimum of 1"
                        )
                    )
                if x4 > 1000000:
                    e.append(
                        ValidationError(
                            p + "/Count",
                            "maximum",
                            _r(x4) + " is greater than the maximum of 1000000",
                        )
                    )
        if "Status" in v:
            x5 = v["Status"]
            if not (_is_int(x5)):
                e.append(
                    ValidationError(p + "/Status", "type", _r(x5) + " is not of type 'integer'")
                )
            if _is_num(x5):
                if x5 < 400:
                    e.append(
                        ValidationError(
                            p + "/Status", "minimum", _r(x5) + " is less than the minimum of 400"
                        )
                    )
                if x5 > 599:
                    e.append(
                        ValidationError(
                            p + "/Status", "maximum", _r(x5) + " is greater than the maximum of 599"
                        )
                    )
        if "ErrorType" in v:
            x6 = v["ErrorType"]
            if not (isinstance(x6, str)):
                e.append(
                    ValidationError(p + "/ErrorType", "type", _r(x6) + " is not of type 'string'")
                )
            if isinstance(x6, str):
                if _P17(x6) is None:
                    e.append(
                        ValidationError(
                            p + "/ErrorType",
                            "pattern",
                            _r(x6) + " does not match '^[A-Za-z][A-Za-z0-9]*$'",
                        )
                    )
        if "Message" in v:
            x7 = v["Message"]
            if not (isinstance(x7, str)):
                e.append(
                    ValidationError(p + "/Message", "type", _r(x7) + " is not of type 'string'")
                )
            if isinstance(x7, str):
                if len(x7) > 1024:
                    e.append(
                        ValidationError(
                            p + "/Message", "maxLength", _r(x7) + " is longer than 1024 characters"
                        )
                    )
        if "RetryAfterSeconds" in v:
            x8 = v["RetryAfterSeconds"]
            if not (_is_int(x8)):
                e.append(
                    ValidationError(
                        p + "/RetryAfterSeconds", "type", _r(x8) + " is not of type 'integer'"
                    )
                )
            if _is_num(x8):
                if x8 < 0:
                    e.append(
                        ValidationError(
                            p + "/RetryAfterSeconds",
                            "minimum",
                            _r(x8) + " is less than the minimum of 0",
                        )
                    )
                if x8 > 86400:
                    e.append(
                        ValidationError(
                            p + "/RetryAfterSeconds",
                            "maximum",
                            _r(x8) + " is greater than the maximum of 86400",
                        )
                    )
        if "DelayMs" in v:
            x9 = v["DelayMs"]
            if not (_is_int(x9)):
                e.append(
                    ValidationError(p + "/DelayMs", "type", _r(x9) + " is not of type 'integer'")
                )
            if _is_num(x9):
                if x9 < 0:
                    e.append(
                        ValidationError(
                            p + "/DelayMs", "minimum", _r(x9) + " is less than the minimum of 0"
                        )
                    )
                if x9 > 60000:
                    e.append(
                        ValidationError(
                            p + "/DelayMs",
                            "maximum",
                            _r(x9) + " is greater than the maximum of 60000",
                        )
                    )
        u12: list[str] = []
        for k10, x11 in v.items():
            if k10 not in _N18:
                u12.append(k10)
        if u12:
            e.append(
                ValidationError(
                    p,
                    "additionalProperties",
                    "Additional properties are not allowed ("
                    + ", ".join(map(repr, u12))
                    + (" was" if len(u12) == 1 else " were")
                    + " unexpected)",
                )
            )


def _okp_fault(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "FaultId" not in v or "Operation" not in v or "Remaining" not in v:
        return False
    x1 = v["FaultId"]
    if not (type(x1) is str or isinstance(x1, str)):
        return False
    x2 = v["Operation"]
    if not (type(x2) is str or isinstance(x2, str)):
        return False
    if "ApplicationId" in v:
        x3 = v["ApplicationId"]
        if not (type(x3) is str or isinstance(x3, str)):
            return False
    if "CampaignId" in v:
        x4 = v["CampaignId"]
        if not (type(x4) is str or isinstance(x4, str)):
            return False
    x5 = v["Remaining"]
    if not (type(x5) is int or _is_int(x5)):
        return False
    if x5 < 0:
        return False
    if "Status" in v:
        x6 = v["Status"]
        if not (type(x6) is int or _is_int(x6)):
            return False
    if "ErrorType" in v:
        x7 = v["ErrorType"]
        if not (type(x7) is str or isinstance(x7, str)):
            return False
    if "Message" in v:
        x8 = v["Message"]
        if not (type(x8) is str or isinstance(x8, str)):
            return False
    if "RetryAfterSeconds" in v:
        x9 = v["RetryAfterSeconds"]
        if not (type(x9) is int or _is_int(x9)):
            return False
    if "DelayMs" in v:
        x10 = v["DelayMs"]
        if not (type(x10) is int or _is_int(x10)):
            return False
    return True


def _ok_fault(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_fault(v)
    if not (
        type(v) is dict
        and "Remaining" in v
        and type(v.get("FaultId")) is str
        and type(v.get("Operation")) is str
        and type(v.get("ApplicationId", "")) is str
        and type(v.get("CampaignId", "")) is str
        and (type(y1 := v["Remaining"]) is int and not y1 < 0)
        and type(v.get("Status", 0)) is int
        and type(v.get("ErrorType", "")) is str
        and type(v.get("Message", "")) is str
        and type(v.get("RetryAfterSeconds", 0)) is int
        and type(v.get("DelayMs", 0)) is int
    ):
        return _okp_fault(v)
    return True


def _err_fault(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "FaultId" not in v:
            e.append(ValidationError(p, "required", "'FaultId' is a required property"))
        if "Operation" not in v:
            e.append(ValidationError(p, "required", "'Operation' is a required property"))
        if "Remaining" not in v:
            e.append(ValidationError(p, "required", "'Remaining' is a required property"))
        if "FaultId" in v:
            x1 = v["FaultId"]
            if not (isinstance(x1, str)):
                e.append(
                    ValidationError(p + "/FaultId", "type", _r(x1) + " is not of type 'string'")
                )
        if "Operation" in v:
            x2 = v["Operation"]
            if not (isinstance(x2, str)):
                e.append(
                    ValidationError(p + "/Operation", "type", _r(x2) + " is not of type 'string'")
                )
        if "ApplicationId" in v:
            x3 = v["ApplicationId"]
            if not (isinstance(x3, str)):
                e.append(
                    ValidationError(
                        p + "/ApplicationId", "type", _r(x3) + " is not of type 'string'"
                    )
                )
        if "CampaignId" in v:
            x4 = v["CampaignId"]
            if not (isinstance(x4, str)):
                e.append(
                    ValidationError(p + "/CampaignId", "type", _r(x4) + " is not of type 'string'")
                )
        if "Remaining" in v:
            x5 = v["Remaining"]
            if not (_is_int(x5)):
                e.append(
                    ValidationError(p + "/Remaining", "type", _r(x5) + " is not of type 'integer'")
                )
            if _is_num(x5):
                if x5 < 0:
                    e.append(
                        ValidationError(
                            p + "/Remaining", "minimum", _r(x5) + " is less than the minimum of 0"
                        )
                    )
        if "Status" in v:
            x6 = v["Status"]
            if not (_is_int(x6)):
                e.append(
                    ValidationError(p + "/Status", "type", _r(x6) + " is not of type 'integer'")
                )
        if "ErrorType" in v:
            x7 = v["ErrorType"]
            if not (isinstance(x7, str)):
                e.append(
                    ValidationError(p + "/ErrorType", "type", _r(x7) + " is not of type 'string'")
                )
        if "Message" in v:
            x8 = v["Message"]
            if not (isinstance(x8, str)):
                e.append(
                    ValidationError(p + "/Message", "type", _r(x8) + " is not of type 'string'")
                )
        if "RetryAfterSeconds" in v:
            x9 = v["RetryAfterSeconds"]
            if not (_is_int(x9)):
                e.append(
                    ValidationError(
                        p + "/RetryAfterSeconds", "type", _r(x9) + " is not of type 'integer'"
                    )
                )
        if "DelayMs" in v:
            x10 = v["DelayMs"]
            if not (_is_int(x10)):
                e.append(
                    ValidationError(p + "/DelayMs", "type", _r(x10) + " is not of type 'integer'")
                )


def _okp_fault_list(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "Item" not in v:
        return False
    x1 = v["Item"]
    if not (type(x1) is list or isinstance(x1, list)):
        return False
    for x2 in x1:
        if not _okp_fault(x2):
            return False
    return True


def _ok_fault_list(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_fault_list(v)
    if not (type(v) is dict and "Item" in v):
        return _okp_fault_list(v)
    z1 = v["Item"]
    if not (type(z1) is list):
        return _okp_fault_list(v)
    for z2 in z1:
        if not (
            type(z2) is dict
            and "Remaining" in z2
            and type(z2.get("FaultId")) is str
            and type(z2.get("Operation")) is str
            and type(z2.get("ApplicationId", "")) is str
            and type(z2.get("CampaignId", "")) is str
            and (type(y3 := z2["Remaining"]) is int and not y3 < 0)
            and type(z2.get("Status", 0)) is int
            and type(z2.get("ErrorType", "")) is str
            and type(z2.get("Message", "")) is str
            and type(z2.get("RetryAfterSeconds", 0)) is int
            and type(z2.get("DelayMs", 0)) is int
        ):
            return _okp_fault_list(v)
    return True


def _err_fault_list(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "Item" not in v:
            e.append(ValidationError(p, "required", "'Item' is a required property"))
        if "Item" in v:
            x1 = v["Item"]
            if not (isinstance(x1, list)):
                e.append(ValidationError(p + "/Item", "type", _r(x1) + " is not of type 'array'"))
            if isinstance(x1, list):
                for i2 in range(0, len(x1)):
                    x3 = x1[i2]
                    if not (_okf_fault if f else _ok_fault)(x3):
                        _err_fault(x3, p + "/Item/" + str(i2), e, f)


def _okp_run_input(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "Schedule" not in v:
        return False
    x1 = v["Schedule"]
    if not _okp_run_schedule(x1):
        return False
    if "Segment" in v:
        x2 = v["Segment"]
        if not _okp_run_segment(x2):
            return False
    if "Treatments" in v:
        x3 = v["Treatments"]
        if not (type(x3) is list or isinstance(x3, list)):
            return False
        if len(x3) < 1:
            return False
        if len(x3) > 100:
            return False
        for x4 in x3:
            if not _okp_run_treatment(x4):
                return False
    if "Delivery" in v:
        x5 = v["Delivery"]
        if not _okp_run_delivery(x5):
            return False
    if "Failure" in v:
        x6 = v["Failure"]
        if not _okp_run_failure(x6):
            return False
    if not _N20.issuperset(v):
        return False
    return True


def _ok_run_input(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_run_input(v)
    try:
        if not (
            type(v) is dict
            and "Schedule" in v
            and (
                type(y5 := v["Schedule"]) is dict
                and type(y5.get("StartTime")) is str
                and type(y5.get("EndTime", "")) is str
                and y5.get("Frequency", "ONCE") in _E21
                and type(y5.get("IsLocalTime", False)) is bool
                and (
                    "Timezone" not in y5
                    or (type(y4 := y5["Timezone"]) is str and len(y4) >= 1 and len(y4) <= 64)
                )
                and _N22.issuperset(y5)
            )
        ):
            return _okp_run_input(v)
        if not ("Segment" not in v or _ok_run_segment(v["Segment"])):
            return False
        if not (
            (
                "Delivery" not in v
                or (
                    type((y10 := v["Delivery"])) is dict
                    and (
                        "InitializingSeconds" not in y10
                        or (
                            type((y7 := y10["InitializingSeconds"])) in _T16
                            and not y7 < 0
                            and not y7 > 86400
                        )
                    )
                    and (
                        "EndpointsPerSecond" not in y10
                        or (
                            type((y8 := y10["EndpointsPerSecond"])) in _T16
                            and not y8 > 1000000000
                            and not y8 <= 0
                        )
                    )
                    and (
                        "SecondsPerTimezone" not in y10
                        or (
                            type((y9 := y10["SecondsPerTimezone"])) in _T16
                            and not y9 < 0
                            and not y9 > 2592000
                        )
                    )
                    and _N23.issuperset(y10)
                )
            )
            and (
                "Failure" not in v
                or (
                    type(y12 := v["Failure"]) is dict
                    and (
                        "EndpointFailureRate" not in y12
                        or (
                            type(y11 := y12["EndpointFailureRate"]) in _T16
                            and not y11 < 0
                            and not y11 > 1
                        )
                    )
                    and type(y12.get("Fail", False)) is bool
                    and _N24.issuperset(y12)
                )
            )
        ):
            return _okp_run_input(v)
        if "Treatments" in v:
            z15 = v["Treatments"]
            if not (type(z15) is list and len(z15) >= 1 and len(z15) <= 100):
                return _okp_run_input(v)
            for z16 in z15:
                if not (
                    type(z16) is dict
                    and "TreatmentId" in z16
                    and "Percentage" in z16
                    and (
                        type(y17 := z16["TreatmentId"]) is str and len(y17) >= 1 and len(y17) <= 256
                    )
                    and (type(y18 := z16["Percentage"]) is int and not y18 < 0 and not y18 > 100)
                    and _N25.issuperset(z16)
                ):
                    return _okp_run_input(v)
        if not _okp_run_input(v):
            return _okp_run_input(v)
    except TypeError:
        return _okp_run_input(v)
    return True


def _err_run_input(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "Schedule" not in v:
            e.append(ValidationError(p, "required", "'Schedule' is a required property"))
        if "Schedule" in v:
            x1 = v["Schedule"]
            if not (_okf_run_schedule if f else _ok_run_schedule)(x1):
                _err_run_schedule(x1, p + "/Schedule", e, f)
        if "Segment" in v:
            x2 = v["Segment"]
            if not (_okf_run_segment if f else _ok_run_segment)(x2):
                _err_run_segment(x2, p + "/Segment", e, f)
        if "Treatments" in v:
            x3 = v["Treatments"]
            if not (isinstance(x3, list)):
                e.append(
                    ValidationError(p + "/Treatments", "type", _r(x3) + " is not of type 'array'")
                )
            if isinstance(x3, list):
                if len(x3) < 1:
                    e.append(
                        ValidationError(
                            p + "/Treatments", "minItems", _r(x3) + " has fewer than 1 items"
                        )
                    )
                if len(x3) > 100:
                    e.append(
                        ValidationError(
                            p + "/Treatments", "maxItems", _r(x3) + " has more than 100 items"
                        )
                    )
                for i4 in range(0, len(x3)):
                    x5 = x3[i4]
                    if not (_okf_run_treatment if f else _ok_run_treatment)(x5):
                        _err_run_treatment(x5, p + "/Treatments/" + str(i4), e, f)
        if "Delivery" in v:
            x6 = v["Delivery"]
            if not (_okf_run_delivery if f else _ok_run_delivery)(x6):
                _err_run_delivery(x6, p + "/Delivery", e, f)
        if "Failure" in v:
            x7 = v["Failure"]
            if not (_okf_run_failure if f else _ok_run_failure)(x7):
                _err_run_failure(x7, p + "/Failure", e, f)
        u10: list[str] = []
        for k8, x9 in v.items():
            if k8 not in _N20:
                u10.append(k8)
        if u10:
            e.append(
                ValidationError(
                    p,
                    "additionalProperties",
                    "Additional properties are not allowed ("
                    + ", ".join(map(repr, u10))
                    + (" was" if len(u10) == 1 else " were")
                    + " unexpected)",
                )
            )


def _okp_run_schedule(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "StartTime" not in v:
        return False
    x1 = v["StartTime"]
    if not (type(x1) is str or isinstance(x1, str)):
        return False
    if "EndTime" in v:
        x2 = v["EndTime"]
        if not (type(x2) is str or isinstance(x2, str)):
            return False
    if "Frequency" in v:
        x3 = v["Frequency"]
        if not (type(x3) is str or isinstance(x3, str)):
            return False
        if not (x3 in _E21):
            return False
    if "IsLocalTime" in v:
        x4 = v["IsLocalTime"]
        if not (x4 is True or x4 is False):
            return False
    if "Timezone" in v:
        x5 = v["Timezone"]
        if not (type(x5) is str or isinstance(x5, str)):
            return False
        if len(x5) < 1:
            return False
        if len(x5) > 64:
            return False
    if not _N22.issuperset(v):
        return False
    return True


def _ok_run_schedule(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_run_schedule(v)
    try:
        if not (
            type(v) is dict
            and type(v.get("StartTime")) is str
            and type(v.get("EndTime", "")) is str
            and v.get("Frequency", "ONCE") in _E21
            and type(v.get("IsLocalTime", False)) is bool
            and (
                "Timezone" not in v
                or (type(y1 := v["Timezone"]) is str and len(y1) >= 1 and len(y1) <= 64)
            )
            and _N22.issuperset(v)
        ):
            return _okp_run_schedule(v)
    except TypeError:
        return _okp_run_schedule(v)
    return True


def _err_run_schedule(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "StartTime" not in v:
            e.append(ValidationError(p, "required", "'StartTime' is a required property"))
        if "StartTime" in v:
            x1 = v["StartTime"]
            if not (isinstance(x1, str)):
                e.append(
                    ValidationError(p + "/StartTime", "type", _r(x1) + " is not of type 'string'")
                )
            if isinstance(x1, str):
                if f and not _fmt_date_time(x1):
                    e.append(
                        ValidationError(
                            p + "/StartTime", "format", _r(x1) + " is not a valid 'date-time'"
                        )
                    )
        if "EndTime" in v:
            x2 = v["EndTime"]
            if not (isinstance(x2, str)):
                e.append(
                    ValidationError(p + "/EndTime", "type", _r(x2) + " is not of type 'string'")
                )
            if isinstance(x2, str):
                if f and not _fmt_date_time(x2):
                    e.append(
                        ValidationError(
                            p + "/EndTime", "format", _r(x2) + " is not a valid 'date-time'"
                        )
                    )
        if "Frequency" in v:
            x3 = v["Frequency"]
            if not (isinstance(x3, str)):
                e.append(
                    ValidationError(p + "/Frequency", "type", _r(x3) + " is not of type 'string'")
                )
            if not (isinstance(x3, str) and x3 in _E21):
                e.append(
                    ValidationError(
                        p + "/Frequency",
                        "enum",
                        _r(x3) + " is not one of ['ONCE', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY']",
                    )
                )
        if "IsLocalTime" in v:
            x4 = v["IsLocalTime"]
            if not (x4 is True or x4 is False):
                e.append(
                    ValidationError(
                        p + "/IsLocalTime", "type", _r(x4) + " is not of type 'boolean'"
                    )
                )
        if "Timezone" in v:
            x5 = v["Timezone"]
            if not (isinstance(x5, str)):
                e.append(
                    ValidationError(p + "/Timezone", "type", _r(x5) + " is not of type 'string'")
                )
            if isinstance(x5, str):
                if len(x5) < 1:
                    e.append(
                        ValidationError(
                            p + "/Timezone", "minLength", _r(x5) + " is shorter than 1 characters"
                        )
                    )
                if len(x5) > 64:
                    e.append(
                        ValidationError(
                            p + "/Timezone", "maxLength", _r(x5) + " is longer than 64 characters"
                        )
                    )
        u8: list[str] = []
        for k6, x7 in v.items():
            if k6 not in _N22:
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


def _okp_run_segment(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "EndpointCount" in v:
        x1 = v["EndpointCount"]
        if not (type(x1) is int or _is_int(x1)):
            return False
        if x1 < 0:
            return False
        if x1 > 2147483647:
            return False
    if "Timezones" in v:
        x2 = v["Timezones"]
        if not (type(x2) is list or isinstance(x2, list)):
            return False
        if len(x2) < 1:
            return False
        if len(x2) > 100:
            return False
        for x3 in x2:
            if not _okp_run_timezone(x3):
                return False
    if not _N26.issuperset(v):
        return False
    return True


def _ok_run_segment(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_run_segment(v)
    if not (
        type(v) is dict
        and (
            "EndpointCount" not in v
            or (type(y2 := v["EndpointCount"]) is int and not y2 < 0 and not y2 > 2147483647)
        )
    ):
        return _okp_run_segment(v)
    if "Timezones" in v:
        z3 = v["Timezones"]
        if not (type(z3) is list and len(z3) >= 1 and len(z3) <= 100):
            return _okp_run_segment(v)
        for z4 in z3:
            if not (
                type(z4) is dict
                and "Timezone" in z4
                and (type(y5 := z4["Timezone"]) is str and len(y5) >= 1 and len(y5) <= 64)
                and (
                    "EndpointCount" not in z4
                    or (
                        type(y6 := z4["EndpointCount"]) is int
                        and not y6 < 0
                        and not y6 > 2147483647
                    )
                )
                and _N27.issuperset(z4)
            ):
                return _okp_run_segment(v)
    if not _okp_run_segment(v):
        return _okp_run_segment(v)
    return True


def _err_run_segment(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "EndpointCount" in v:
            x1 = v["EndpointCount"]
            if not (_is_int(x1)):
                e.append(
                    ValidationError(
                        p + "/EndpointCount", "type", _r(x1) + " is not of type 'integer'"
                    )
                )
            if _is_num(x1):
                if x1 < 0:
                    e.append(
                        ValidationError(
                            p + "/EndpointCount",
                            "minimum",
                            _r(x1) + " is less than the minimum of 0",
                        )
                    )
                if x1 > 2147483647:
                    e.append(
                        ValidationError(
                            p + "/EndpointCount",
                            "maximum",
                            _r(x1) + " is greater than the maximum of 2147483647",
                        )
                    )
        if "Timezones" in v:
            x2 = v["Timezones"]
            if not (isinstance(x2, list)):
                e.append(
                    ValidationError(p + "/Timezones", "type", _r(x2) + " is not of type 'array'")
                )
            if isinstance(x2, list):
                if len(x2) < 1:
                    e.append(
                        ValidationError(
                            p + "/Timezones", "minItems", _r(x2) + " has fewer than 1 items"
                        )
                    )
                if len(x2) > 100:
                    e.append(
                        ValidationError(
                            p + "/Timezones", "maxItems", _r(x2) + " has more than 100 items"
                        )
                    )
                for i3 in range(0, len(x2)):
                    x4 = x2[i3]
                    if not (_okf_run_timezone if f else _ok_run_timezone)(x4):
                        _err_run_timezone(x4, p + "/Timezones/" + str(i3), e, f)
        u7: list[str] = []
        for k5, x6 in v.items():
            if k5 not in _N26:
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


def _okp_run_timezone(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "Timezone" not in v:
        return False
    x1 = v["Timezone"]
    if not (type(x1) is str or isinstance(x1, str)):
        return False
    if len(x1) < 1:
        return False
    if len(x1) > 64:
        return False
    if "EndpointCount" in v:
        x2 = v["EndpointCount"]
        if not (type(x2) is int or _is_int(x2)):
            return False
        if x2 < 0:
            return False
        if x2 > 2147483647:
            return False
    if not _N27.issuperset(v):
        return False
    return True


def _ok_run_timezone(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_run_timezone(v)
    if not (
        type(v) is dict
        and "Timezone" in v
        and (type(y1 := v["Timezone"]) is str and len(y1) >= 1 and len(y1) <= 64)
        and (
            "EndpointCount" not in v
            or (type(y2 := v["EndpointCount"]) is int and not y2 < 0 and not y2 > 2147483647)
        )
        and _N27.issuperset(v)
    ):
        return _okp_run_timezone(v)
    return True


def _err_run_timezone(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "Timezone" not in v:
            e.append(ValidationError(p, "required", "'Timezone' is a required property"))
        if "Timezone" in v:
            x1 = v["Timezone"]
            if not (isinstance(x1, str)):
                e.append(
                    ValidationError(p + "/Timezone", "type", _r(x1) + " is not of type 'string'")
                )
            if isinstance(x1, str):
                if len(x1) < 1:
                    e.append(
                        ValidationError(
                            p + "/Timezone", "minLength", _r(x1) + " is shorter than 1 characters"
                        )
                    )
                if len(x1) > 64:
                    e.append(
                        ValidationError(
                            p + "/Timezone", "maxLength", _r(x1) + " is longer than 64 characters"
                        )
                    )
        if "EndpointCount" in v:
            x2 = v["EndpointCount"]
            if not (_is_int(x2)):
                e.append(
                    ValidationError(
                        p + "/EndpointCount", "type", _r(x2) + " is not of type 'integer'"
                    )
                )
            if _is_num(x2):
                if x2 < 0:
                    e.append(
                        ValidationError(
                            p + "/EndpointCount",
                            "minimum",
                            _r(x2) + " is less than the minimum of 0",
                        )
                    )
                if x2 > 2147483647:
                    e.append(
                        ValidationError(
                            p + "/EndpointCount",
                            "maximum",
                            _r(x2) + " is greater than the maximum of 2147483647",
                        )
                    )
        u5: list[str] = []
        for k3, x4 in v.items():
            if k3 not in _N27:
                u5.append(k3)
        if u5:
            e.append(
                ValidationError(
                    p,
                    "additionalProperties",
                    "Additional properties are not allowed ("
                    + ", ".join(map(repr, u5))
                    + (" was" if len(u5) == 1 else " were")
                    + " unexpected)",
                )
            )


def _okp_run_treatment(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "TreatmentId" not in v or "Percentage" not in v:
        return False
    x1 = v["TreatmentId"]
    if not (type(x1) is str or isinstance(x1, str)):
        return False
    if len(x1) < 1:
        return False
    if len(x1) > 256:
        return False
    x2 = v["Percentage"]
    if not (type(x2) is int or _is_int(x2)):
        return False
    if x2 < 0:
        return False
    if x2 > 100:
        return False
    if not _N25.issuperset(v):
        return False
    return True


def _ok_run_treatment(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_run_treatment(v)
    if not (
        type(v) is dict
        and "TreatmentId" in v
        and "Percentage" in v
        and (type(y1 := v["TreatmentId"]) is str and len(y1) >= 1 and len(y1) <= 256)
        and (type(y2 := v["Percentage"]) is int and not y2 < 0 and not y2 > 100)
        and _N25.issuperset(v)
    ):
        return _okp_run_treatment(v)
    return True


def _err_run_treatment(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "TreatmentId" not in v:
            e.append(ValidationError(p, "required", "'TreatmentId' is a required property"))
        if "Percentage" not in v:
            e.append(ValidationError(p, "required", "'Percentage' is a required property"))
        if "TreatmentId" in v:
            x1 = v["TreatmentId"]
            if not (isinstance(x1, str)):
                e.append(
                    ValidationError(p + "/TreatmentId", "type", _r(x1) + " is not of type 'string'")
                )
            if isinstance(x1, str):
                if len(x1) < 1:
                    e.append(
                        ValidationError(
                            p + "/TreatmentId",
                            "minLength",
                            _r(x1) + " is shorter than 1 characters",
                        )
                    )
                if len(x1) > 256:
                    e.append(
                        ValidationError(
                            p + "/TreatmentId",
                            "maxLength",
                            _r(x1) + " is longer than 256 characters",
                        )
                    )
        if "Percentage" in v:
            x2 = v["Percentage"]
            if not (_is_int(x2)):
                e.append(
                    ValidationError(p + "/Percentage", "type", _r(x2) + " is not of type 'integer'")
                )
            if _is_num(x2):
                if x2 < 0:
                    e.append(
                        ValidationError(
                            p + "/Percentage", "minimum", _r(x2) + " is less than the minimum of 0"
                        )
                    )
                if x2 > 100:
                    e.append(
                        ValidationError(
                            p + "/Percentage",
                            "maximum",
                            _r(x2) + " is greater than the maximum of 100",
                        )
                    )
        u5: list[str] = []
        for k3, x4 in v.items():
            if k3 not in _N25:
                u5.append(k3)
        if u5:
            e.append(
                ValidationError(
                    p,
                    "additionalProperties",
                    "Additional properties are not allowed ("
                    + ", ".join(map(repr, u5))
                    + (" was" if len(u5) == 1 else " were")
                    + " unexpected)",
                )
            )


def _okp_run_delivery(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "InitializingSeconds" in v:
        x1 = v["InitializingSeconds"]
        if not (type(x1) is int or type(x1) is float or _is_num(x1)):
            return False
        if x1 < 0:
            return False
        if x1 > 86400:
            return False
    if "EndpointsPerSecond" in v:
        x2 = v["EndpointsPerSecond"]
        if not (type(x2) is int or type(x2) is float or _is_num(x2)):
            return False
        if x2 > 1000000000:
            return False
        if x2 <= 0:
            return False
    if "SecondsPerTimezone" in v:
        x3 = v["SecondsPerTimezone"]
        if not (type(x3) is int or type(x3) is float or _is_num(x3)):
            return False
        if x3 < 0:
            return False
        if x3 > 2592000:
            return False
    if not _N23.issuperset(v):
        return False
    return True


def _ok_run_delivery(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_run_delivery(v)
    if not (
        type(v) is dict
        and (
            "InitializingSeconds" not in v
            or (type(y1 := v["InitializingSeconds"]) in _T16 and not y1 < 0 and not y1 > 86400)
        )
        and (
            "EndpointsPerSecond" not in v
            or (type(y2 := v["EndpointsPerSecond"]) in _T16 and not y2 > 1000000000 and not y2 <= 0)
        )
        and (
            "SecondsPerTimezone" not in v
            or (type(y3 := v["SecondsPerTimezone"]) in _T16 and not y3 < 0 and not y3 > 2592000)
        )
        and _N23.issuperset(v)
    ):
        return _okp_run_delivery(v)
    return True


def _err_run_delivery(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "InitializingSeconds" in v:
            x1 = v["InitializingSeconds"]
            if not (_is_num(x1)):
                e.append(
                    ValidationError(
                        p + "/InitializingSeconds", "type", _r(x1) + " is not of type 'number'"
                    )
                )
            if _is_num(x1):
                if x1 < 0:
                    e.append(
                        ValidationError(
                            p + "/InitializingSeconds",
                            "minimum",
                            _r(x1) + " is less than the minimum of 0",
                        )
                    )
                if x1 > 86400:
                    e.append(
                        ValidationError(
                            p + "/InitializingSeconds",
                            "maximum",
                            _r(x1) + " is greater than the maximum of 86400",
                        )
                    )
        if "EndpointsPerSecond" in v:
            x2 = v["EndpointsPerSecond"]
            if not (_is_num(x2)):
                e.append(
                    ValidationError(
                        p + "/EndpointsPerSecond", "type", _r(x2) + " is not of type 'number'"
                    )
                )
            if _is_num(x2):
                if x2 > 1000000000:
                    e.append(
                        ValidationError(
                            p + "/EndpointsPerSecond",
                            "maximum",
                            _r(x2) + " is greater than the maximum of 1000000000",
                        )
                    )
                if x2 <= 0:
                    e.append(
                        ValidationError(
                            p + "/EndpointsPerSecond",
                            "exclusiveMinimum",
                            _r(x2) + " is less than or equal to the exclusive minimum of 0",
                        )
                    )
        if "SecondsPerTimezone" in v:
            x3 = v["SecondsPerTimezone"]
            if not (_is_num(x3)):
                e.append(
                    ValidationError(
                        p + "/SecondsPerTimezone", "type", _r(x3) + " is not of type 'number'"
                    )
                )
            if _is_num(x3):
                if x3 < 0:
                    e.append(
                        ValidationError(
                            p + "/SecondsPerTimezone",
                            "minimum",
                            _r(x3) + " is less than the minimum of 0",
                        )
                    )
                if x3 > 2592000:
                    e.append(
                        ValidationError(
                            p + "/SecondsPerTimezone",
                            "maximum",
                            _r(x3) + " is greater than the maximum of 2592000",
                        )
                    )
        u6: list[str] = []
        for k4, x5 in v.items():
            if k4 not in _N23:
                u6.append(k4)
        if u6:
            e.append(
                ValidationError(
                    p,
                    "additionalProperties",
                    "Additional properties are not allowed ("
                    + ", ".join(map(repr, u6))
                    + (" was" if len(u6) == 1 else " were")
                    + " unexpected)",
                )
            )


def _okp_run_failure(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "EndpointFailureRate" in v:
        x1 = v["EndpointFailureRate"]
        if not (type(x1) is int or type(x1) is float or _is_num(x1)):
            return False
        if x1 < 0:
            return False
        if x1 > 1:
            return False
    if "Fail" in v:
        x2 = v["Fail"]
        if not (x2 is True or x2 is False):
            return False
    if not _N24.issuperset(v):
        return False
    return True


def _ok_run_failure(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_run_failure(v)
    if not (
        type(v) is dict
        and (
            "EndpointFailureRate" not in v
            or (type(y1 := v["EndpointFailureRate"]) in _T16 and not y1 < 0 and not y1 > 1)
        )
        and type(v.get("Fail", False)) is bool
        and _N24.issuperset(v)
    ):
        return _okp_run_failure(v)
    return True


def _err_run_failure(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "EndpointFailureRate" in v:
            x1 = v["EndpointFailureRate"]
            if not (_is_num(x1)):
                e.append(
                    ValidationError(
                        p + "/EndpointFailureRate", "type", _r(x1) + " is not of type 'number'"
                    )
                )
            if _is_num(x1):
                if x1 < 0:
                    e.append(
                        ValidationError(
                            p + "/EndpointFailureRate",
                            "minimum",
                            _r(x1) + " is less than the minimum of 0",
                        )
                    )
                if x1 > 1:
                    e.append(
                        ValidationError(
                            p + "/EndpointFailureRate",
                            "maximum",
                            _r(x1) + " is greater than the maximum of 1",
                        )
                    )
        if "Fail" in v:
            x2 = v["Fail"]
            if not (x2 is True or x2 is False):
                e.append(ValidationError(p + "/Fail", "type", _r(x2) + " is not of type 'boolean'"))
        u5: list[str] = []
        for k3, x4 in v.items():
            if k3 not in _N24:
                u5.append(k3)
        if u5:
            e.append(
                ValidationError(
                    p,
                    "additionalProperties",
                    "Additional properties are not allowed ("
                    + ", ".join(map(repr, u5))
                    + (" was" if len(u5) == 1 else " were")
                    + " unexpected)",
                )
            )


def _okp_run_event(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "Type" not in v or "Time" not in v:
        return False
    x1 = v["Type"]
    if not (type(x1) is str or isinstance(x1, str)):
        return False
    if not (x1 in _E28):
        return False
    x2 = v["Time"]
    if not (type(x2) is str or isinstance(x2, str)):
        return False
    return True


def _ok_run_event(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_run_event(v)
    try:
        if not (type(v) is dict and v.get("Type") in _E28 and type(v.get("Time")) is str):
            return _okp_run_event(v)
    except TypeError:
        return _okp_run_event(v)
    return True


def _err_run_event(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "Type" not in v:
            e.append(ValidationError(p, "required", "'Type' is a required property"))
        if "Time" not in v:
            e.append(ValidationError(p, "required", "'Time' is a required property"))
        if "Type" in v:
            x1 = v["Type"]
            if not (isinstance(x1, str)):
                e.append(ValidationError(p + "/Type", "type", _r(x1) + " is not of type 'string'"))
            if not (isinstance(x1, str) and x1 in _E28):
                e.append(
                    ValidationError(
                        p + "/Type", "enum", _r(x1) + " is not one of ['PAUSE', 'RESUME', 'CANCEL']"
                    )
                )
        if "Time" in v:
            x2 = v["Time"]
            if not (isinstance(x2, str)):
                e.append(ValidationError(p + "/Time", "type", _r(x2) + " is not of type 'string'"))
            if isinstance(x2, str):
                if f and not _fmt_date_time(x2):
                    e.append(
                        ValidationError(
                            p + "/Time", "format", _r(x2) + " is not a valid 'date-time'"
                        )
                    )


def _okp_run(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if not _K30 <= v.keys():
        return False
    x1 = v["RunId"]
    if not (type(x1) is str or isinstance(x1, str)):
        return False
    x2 = v["ApplicationId"]
    if not (type(x2) is str or isinstance(x2, str)):
        return False
    x3 = v["CampaignId"]
    if not (type(x3) is str or isinstance(x3, str)):
        return False
    x4 = v["State"]
    if not (type(x4) is str or isinstance(x4, str)):
        return False
    if not (x4 in _E31):
        return False
    x5 = v["CreatedAt"]
    if not (type(x5) is str or isinstance(x5, str)):
        return False
    x6 = v["Schedule"]
    if not _okp_run_schedule(x6):
        return False
    x7 = v["Segment"]
    if not _okp_run_segment(x7):
        return False
    x8 = v["Treatments"]
    if not (type(x8) is list or isinstance(x8, list)):
        return False
    for x9 in x8:
        if not _okp_run_treatment(x9):
            return False
    x10 = v["Delivery"]
    if not _okp_run_delivery(x10):
        return False
    x11 = v["Failure"]
    if not _okp_run_failure(x11):
        return False
    x12 = v["Events"]
    if not (type(x12) is list or isinstance(x12, list)):
        return False
    for x13 in x12:
        if not _okp_run_event(x13):
            return False
    x14 = v["ActivityCount"]
    if not (type(x14) is int or _is_int(x14)):
        return False
    if x14 < 0:
        return False
    x15 = v["Now"]
    if not (type(x15) is str or isinstance(x15, str)):
        return False
    return True


def _ok_run(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_run(v)
    try:
        if not (
            type(v) is dict
            and "Schedule" in v
            and "Segment" in v
            and "Treatments" in v
            and "Delivery" in v
            and "Failure" in v
            and "Events" in v
            and "ActivityCount" in v
            and type(v.get("RunId")) is str
            and type(v.get("ApplicationId")) is str
            and type(v.get("CampaignId")) is str
            and v.get("State") in _E31
            and type(v.get("CreatedAt")) is str
            and (
                type(y5 := v["Schedule"]) is dict
                and type(y5.get("StartTime")) is str
                and type(y5.get("EndTime", "")) is str
                and y5.get("Frequency", "ONCE") in _E21
                and type(y5.get("IsLocalTime", False)) is bool
                and (
                    "Timezone" not in y5
                    or (type(y4 := y5["Timezone"]) is str and len(y4) >= 1 and len(y4) <= 64)
                )
                and _N22.issuperset(y5)
            )
        ):
            return _okp_run(v)
        if not (_ok_run_segment(v["Segment"])):
            return False
        if not (
            (
                type((y10 := v["Delivery"])) is dict
                and (
                    "InitializingSeconds" not in y10
                    or (
                        type((y7 := y10["InitializingSeconds"])) in _T16
                        and not y7 < 0
                        and not y7 > 86400
                    )
                )
                and (
                    "EndpointsPerSecond" not in y10
                    or (
                        type((y8 := y10["EndpointsPerSecond"])) in _T16
                        and not y8 > 1000000000
                        and not y8 <= 0
                    )
                )
                and (
                    "SecondsPerTimezone" not in y10
                    or (
                        type((y9 := y10["SecondsPerTimezone"])) in _T16
                        and not y9 < 0
                        and not y9 > 2592000
                    )
                )
                and _N23.issuperset(y10)
            )
            and (
                type(y12 := v["Failure"]) is dict
                and (
                    "EndpointFailureRate" not in y12
                    or (
                        type(y11 := y12["EndpointFailureRate"]) in _T16
                        and not y11 < 0
                        and not y11 > 1
                    )
                )
                and type(y12.get("Fail", False)) is bool
                and _N24.issuperset(y12)
            )
            and (type(y13 := v["ActivityCount"]) is int and not y13 < 0)
            and type(v.get("Now")) is str
        ):
            return _okp_run(v)
        z16 = v["Treatments"]
        if not (type(z16) is list):
            return _okp_run(v)
        for z17 in z16:
            if not (
                type(z17) is dict
                and "TreatmentId" in z17
                and "Percentage" in z17
                and (type(y18 := z17["TreatmentId"]) is str and len(y18) >= 1 and len(y18) <= 256)
                and (type(y19 := z17["Percentage"]) is int and not y19 < 0 and not y19 > 100)
                and _N25.issuperset(z17)
            ):
                return _okp_run(v)
        z24 = v["Events"]
        if not (type(z24) is list):
            return _okp_run(v)
        for z25 in z24:
            if not (type(z25) is dict and z25.get("Type") in _E28 and type(z25.get("Time")) is str):
                return _okp_run(v)
    except TypeError:
        return _okp_run(v)
    return True


def _err_run(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "RunId" not in v:
            e.append(ValidationError(p, "required", "'RunId' is a required property"))
        if "ApplicationId" not in v:
            e.append(ValidationError(p, "required", "'ApplicationId' is a required property"))
        if "CampaignId" not in v:
            e.append(ValidationError(p, "required", "'CampaignId' is a required property"))
        if "State" not in v:
            e.append(ValidationError(p, "required", "'State' is a required property"))
        if "CreatedAt" not in v:
            e.append(ValidationError(p, "required", "'CreatedAt' is a required property"))
        if "Schedule" not in v:
            e.append(ValidationError(p, "required", "'Schedule' is a required property"))
        if "Segment" not in v:
            e.append(ValidationError(p, "required", "'Segment' is a required property"))
        if "Treatments" not in v:
            e.append(ValidationError(p, "required", "'Treatments' is a required property"))
        if "Delivery" not in v:
            e.append(ValidationError(p, "required", "'Delivery' is a required property"))
        if "Failure" not in v:
            e.append(ValidationError(p, "required", "'Failure' is a required property"))
        if "Events" not in v:
            e.append(ValidationError(p, "required", "'Events' is a required property"))
        if "ActivityCount" not in v:
            e.append(ValidationError(p, "required", "'ActivityCount' is a required property"))
        if "Now" not in v:
            e.append(ValidationError(p, "required", "'Now' is a required property"))
        if "RunId" in v:
            x1 = v["RunId"]
            if not (isinstance(x1, str)):
                e.append(ValidationError(p + "/RunId", "type", _r(x1) + " is not of type 'string'"))
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
        if "State" in v:
            x4 = v["State"]
            if not (isinstance(x4, str)):
                e.append(ValidationError(p + "/State", "type", _r(x4) + " is not of type 'string'"))
            if not (isinstance(x4, str) and x4 in _E31):
                e.append(
                    ValidationError(
                        p + "/State",
                        "enum",
                        _r(x4)
                        + " is not one of ['SCHEDULED', 'RUNNING', 'PAUSED', 'COMPLETED', 'CANCELLED']",
                    )
                )
        if "CreatedAt" in v:
            x5 = v["CreatedAt"]
            if not (isinstance(x5, str)):
                e.append(
                    ValidationError(p + "/CreatedAt", "type", _r(x5) + " is not of type 'string'")
                )
            if isinstance(x5, str):
                if f and not _fmt_date_time(x5):
                    e.append(
                        ValidationError(
                            p + "/CreatedAt", "format", _r(x5) + " is not a valid 'date-time'"
                        )
                    )
        if "Schedule" in v:
            x6 = v["Schedule"]
            if not (_okf_run_schedule if f else _ok_run_schedule)(x6):
                _err_run_schedule(x6, p + "/Schedule", e, f)
        if "Segment" in v:
            x7 = v["Segment"]
            if not (_okf_run_segment if f else _ok_run_segment)(x7):
                _err_run_segment(x7, p + "/Segment", e, f)
        if "Treatments" in v:
            x8 = v["Treatments"]
            if not (isinstance(x8, list)):
                e.append(
                    ValidationError(p + "/Treatments", "type", _r(x8) + " is not of type 'array'")
                )
            if isinstance(x8, list):
                for i9 in range(0, len(x8)):
                    x10 = x8[i9]
                    if not (_okf_run_treatment if f else _ok_run_treatment)(x10):
                        _err_run_treatment(x10, p + "/Treatments/" + str(i9), e, f)
        if "Delivery" in v:
            x11 = v["Delivery"]
            if not (_okf_run_delivery if f else _ok_run_delivery)(x11):
                _err_run_delivery(x11, p + "/Delivery", e, f)
        if "Failure" in v:
            x12 = v["Failure"]
            if not (_okf_run_failure if f else _ok_run_failure)(x12):
                _err_run_failure(x12, p + "/Failure", e, f)
        if "Events" in v:
            x13 = v["Events"]
            if not (isinstance(x13, list)):
                e.append(
                    ValidationError(p + "/Events", "type", _r(x13) + " is not of type 'array'")
                )
            if isinstance(x13, list):
                for i14 in range(0, len(x13)):
                    x15 = x13[i14]
                    if not (_okf_run_event if f else _ok_run_event)(x15):
                        _err_run_event(x15, p + "/Events/" + str(i14), e, f)
        if "ActivityCount" in v:
            x16 = v["ActivityCount"]
            if not (_is_int(x16)):
                e.append(
                    ValidationError(
                        p + "/ActivityCount", "type", _r(x16) + " is not of type 'integer'"
                    )
                )
            if _is_num(x16):
                if x16 < 0:
                    e.append(
                        ValidationError(
                            p + "/ActivityCount",
                            "minimum",
                            _r(x16) + " is less than the minimum of 0",
                        )
                    )
        if "Now" in v:
            x17 = v["Now"]
            if not (isinstance(x17, str)):
                e.append(ValidationError(p + "/Now", "type", _r(x17) + " is not of type 'string'"))
            if isinstance(x17, str):
                if f and not _fmt_date_time(x17):
                    e.append(
                        ValidationError(
                            p + "/Now", "format", _r(x17) + " is not a valid 'date-time'"
                        )
                    )


def _okp_run_list(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "Item" not in v:
        return False
    x1 = v["Item"]
    if not (type(x1) is list or isinstance(x1, list)):
        return False
    for x2 in x1:
        if not _okp_run(x2):
            return False
    return True


def _ok_run_list(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_run_list(v)
    try:
        if not (type(v) is dict and "Item" in v):
            return _okp_run_list(v)
        z1 = v["Item"]
        if not (type(z1) is list):
            return _okp_run_list(v)
        for z2 in z1:
            if not (_ok_run(z2)):
                return False
    except TypeError:
        return _okp_run_list(v)
    return True


def _err_run_list(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, dict)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
    if isinstance(v, dict):
        if "Item" not in v:
            e.append(ValidationError(p, "required", "'Item' is a required property"))
        if "Item" in v:
            x1 = v["Item"]
            if not (isinstance(x1, list)):
                e.append(ValidationError(p + "/Item", "type", _r(x1) + " is not of type 'array'"))
            if isinstance(x1, list):
                for i2 in range(0, len(x1)):
                    x3 = x1[i2]
                    if not (_okf_run if f else _ok_run)(x3):
                        _err_run(x3, p + "/Item/" + str(i2), e, f)


def _okp_reset_mock_demo(v: Any) -> bool:
    if not (v is True or v is False):
        return False
    return True


def _ok_reset_mock_demo(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_reset_mock_demo(v)
    if not (type(v) is bool):
        return _okp_reset_mock_demo(v)
    return True


def _err_reset_mock_demo(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (v is True or v is False):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'boolean'"))


def _okp_put_application_application_id(v: Any) -> bool:
    if not (type(v) is str or isinstance(v, str)):
        return False
    if _P32(v) is None:
        return False
    return True


def _ok_put_application_application_id(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_put_application_application_id(v)
    if not (type(v) is str and _P32(v) is not None):
        return _okp_put_application_application_id(v)
    return True


def _err_put_application_application_id(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, str)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'string'"))
    if isinstance(v, str):
        if _P32(v) is None:
            e.append(ValidationError(p, "pattern", _r(v) + " does not match '^[^/]+$'"))


def _okp_put_campaign_campaign_id(v: Any) -> bool:
    if not (type(v) is str or isinstance(v, str)):
        return False
    if _P32(v) is None:
        return False
    return True


def _ok_put_campaign_campaign_id(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_put_campaign_campaign_id(v)
    if not (type(v) is str and _P32(v) is not None):
        return _okp_put_campaign_campaign_id(v)
    return True


def _err_put_campaign_campaign_id(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, str)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'string'"))
    if isinstance(v, str):
        if _P32(v) is None:
            e.append(ValidationError(p, "pattern", _r(v) + " does not match '^[^/]+$'"))


def _okp_list_activities_page_size(v: Any) -> bool:
    if not (type(v) is str or isinstance(v, str)):
        return False
    return True


def _ok_list_activities_page_size(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_list_activities_page_size(v)
    if not (type(v) is str):
        return _okp_list_activities_page_size(v)
    return True


def _err_list_activities_page_size(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, str)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'string'"))


def _okp_list_activities_token(v: Any) -> bool:
    if not (type(v) is str or isinstance(v, str)):
        return False
    if len(v) < 1:
        return False
    return True


def _ok_list_activities_token(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_list_activities_token(v)
    if not (type(v) is str and len(v) >= 1):
        return _okp_list_activities_token(v)
    return True


def _err_list_activities_token(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, str)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'string'"))
    if isinstance(v, str):
        if len(v) < 1:
            e.append(ValidationError(p, "minLength", _r(v) + " is shorter than 1 characters"))


def _okp_get_run_run_id(v: Any) -> bool:
    if not (type(v) is str or isinstance(v, str)):
        return False
    if _P32(v) is None:
        return False
    return True


def _ok_get_run_run_id(v: Any, *, formats: bool = False) -> bool:
    if formats:
        return _okf_get_run_run_id(v)
    if not (type(v) is str and _P32(v) is not None):
        return _okp_get_run_run_id(v)
    return True


def _err_get_run_run_id(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not (isinstance(v, str)):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'string'"))
    if isinstance(v, str):
        if _P32(v) is None:
            e.append(ValidationError(p, "pattern", _r(v) + " does not match '^[^/]+$'"))


_okf_message_body = _okp_message_body


def _okf_health(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "Status" not in v or "Version" not in v or "Store" not in v or "Now" not in v:
        return False
    x1 = v["Status"]
    if not (type(x1) is str or isinstance(x1, str)):
        return False
    if not (x1 in _E2):
        return False
    x2 = v["Version"]
    if not (type(x2) is str or isinstance(x2, str)):
        return False
    x3 = v["Store"]
    if not _okf_store_info(x3):
        return False
    x4 = v["Now"]
    if not (type(x4) is str or isinstance(x4, str)):
        return False
    if not _fmt_date_time(x4):
        return False
    return True


_okf_store_info = _okp_store_info


_okf_reset_result = _okp_reset_result


_okf_application_input = _okp_application_input


_okf_application = _okp_application


_okf_application_list = _okp_application_list


_okf_campaign_input = _okp_campaign_input


_okf_campaign = _okp_campaign


_okf_activities_input = _okp_activities_input


_okf_stored_activities = _okp_stored_activities


_okf_activities_page = _okp_activities_page


def _okf_clock(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "Now" not in v or "Frozen" not in v or "Real" not in v:
        return False
    x1 = v["Now"]
    if not (type(x1) is str or isinstance(x1, str)):
        return False
    if not _fmt_date_time(x1):
        return False
    x2 = v["Frozen"]
    if not (x2 is True or x2 is False):
        return False
    x3 = v["Real"]
    if not (x3 is True or x3 is False):
        return False
    return True


def _okf_clock_setting(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "Now" in v:
        x1 = v["Now"]
        if not (type(x1) is str or isinstance(x1, str)):
            return False
        if not _fmt_date_time(x1):
            return False
    if "Frozen" in v:
        x2 = v["Frozen"]
        if not (x2 is True or x2 is False):
            return False
    if "Real" in v:
        x3 = v["Real"]
        if not (x3 is True or x3 is False):
            return False
    if not _N14.issuperset(v):
        return False
    return True


_okf_clock_advance = _okp_clock_advance


_okf_fault_input = _okp_fault_input


_okf_fault = _okp_fault


_okf_fault_list = _okp_fault_list


def _okf_run_input(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "Schedule" not in v:
        return False
    x1 = v["Schedule"]
    if not _okf_run_schedule(x1):
        return False
    if "Segment" in v:
        x2 = v["Segment"]
        if not _okf_run_segment(x2):
            return False
    if "Treatments" in v:
        x3 = v["Treatments"]
        if not (type(x3) is list or isinstance(x3, list)):
            return False
        if len(x3) < 1:
            return False
        if len(x3) > 100:
            return False
        for x4 in x3:
            if not _okf_run_treatment(x4):
                return False
    if "Delivery" in v:
        x5 = v["Delivery"]
        if not _okf_run_delivery(x5):
            return False
    if "Failure" in v:
        x6 = v["Failure"]
        if not _okf_run_failure(x6):
            return False
    if not _N20.issuperset(v):
        return False
    return True


def _okf_run_schedule(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "StartTime" not in v:
        return False
    x1 = v["StartTime"]
    if not (type(x1) is str or isinstance(x1, str)):
        return False
    if not _fmt_date_time(x1):
        return False
    if "EndTime" in v:
        x2 = v["EndTime"]
        if not (type(x2) is str or isinstance(x2, str)):
            return False
        if not _fmt_date_time(x2):
            return False
    if "Frequency" in v:
        x3 = v["Frequency"]
        if not (type(x3) is str or isinstance(x3, str)):
            return False
        if not (x3 in _E21):
            return False
    if "IsLocalTime" in v:
        x4 = v["IsLocalTime"]
        if not (x4 is True or x4 is False):
            return False
    if "Timezone" in v:
        x5 = v["Timezone"]
        if not (type(x5) is str or isinstance(x5, str)):
            return False
        if len(x5) < 1:
            return False
        if len(x5) > 64:
            return False
    if not _N22.issuperset(v):
        return False
    return True


_okf_run_segment = _okp_run_segment


_okf_run_timezone = _okp_run_timezone


_okf_run_treatment = _okp_run_treatment


_okf_run_delivery = _okp_run_delivery


_okf_run_failure = _okp_run_failure


def _okf_run_event(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "Type" not in v or "Time" not in v:
        return False
    x1 = v["Type"]
    if not (type(x1) is str or isinstance(x1, str)):
        return False
    if not (x1 in _E28):
        return False
    x2 = v["Time"]
    if not (type(x2) is str or isinstance(x2, str)):
        return False
    if not _fmt_date_time(x2):
        return False
    return True


def _okf_run(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if not _K30 <= v.keys():
        return False
    x1 = v["RunId"]
    if not (type(x1) is str or isinstance(x1, str)):
        return False
    x2 = v["ApplicationId"]
    if not (type(x2) is str or isinstance(x2, str)):
        return False
    x3 = v["CampaignId"]
    if not (type(x3) is str or isinstance(x3, str)):
        return False
    x4 = v["State"]
    if not (type(x4) is str or isinstance(x4, str)):
        return False
    if not (x4 in _E31):
        return False
    x5 = v["CreatedAt"]
    if not (type(x5) is str or isinstance(x5, str)):
        return False
    if not _fmt_date_time(x5):
        return False
    x6 = v["Schedule"]
    if not _okf_run_schedule(x6):
        return False
    x7 = v["Segment"]
    if not _okf_run_segment(x7):
        return False
    x8 = v["Treatments"]
    if not (type(x8) is list or isinstance(x8, list)):
        return False
    for x9 in x8:
        if not _okf_run_treatment(x9):
            return False
    x10 = v["Delivery"]
    if not _okf_run_delivery(x10):
        return False
    x11 = v["Failure"]
    if not _okf_run_failure(x11):
        return False
    x12 = v["Events"]
    if not (type(x12) is list or isinstance(x12, list)):
        return False
    for x13 in x12:
        if not _okf_run_event(x13):
            return False
    x14 = v["ActivityCount"]
    if not (type(x14) is int or _is_int(x14)):
        return False
    if x14 < 0:
        return False
    x15 = v["Now"]
    if not (type(x15) is str or isinstance(x15, str)):
        return False
    if not _fmt_date_time(x15):
        return False
    return True


def _okf_run_list(v: Any) -> bool:
    if not (type(v) is dict or isinstance(v, dict)):
        return False
    if "Item" not in v:
        return False
    x1 = v["Item"]
    if not (type(x1) is list or isinstance(x1, list)):
        return False
    for x2 in x1:
        if not _okf_run(x2):
            return False
    return True


_okf_reset_mock_demo = _okp_reset_mock_demo


_okf_put_application_application_id = _okp_put_application_application_id


_okf_put_campaign_campaign_id = _okp_put_campaign_campaign_id


_okf_list_activities_page_size = _okp_list_activities_page_size


_okf_list_activities_token = _okp_list_activities_token


_okf_get_run_run_id = _okp_get_run_run_id


def _ok_get_health_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    return True


def _okf_get_health_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    return True


def _err_get_health_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not isinstance(v, Mapping):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
        return


def _ok_reset_mock_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_query = v.get("query", {})
    if not isinstance(s_query, Mapping):
        return False
    x = s_query.get("demo", _MISSING)
    if x is not _MISSING and not _ok_reset_mock_query_demo(x):
        return False
    return True


def _okf_reset_mock_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_query = v.get("query", {})
    if not isinstance(s_query, Mapping):
        return False
    x = s_query.get("demo", _MISSING)
    if x is not _MISSING and not _okf_reset_mock_query_demo(x):
        return False
    return True


def _err_reset_mock_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not isinstance(v, Mapping):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
        return
    s_query = v.get("query", {})
    if not isinstance(s_query, Mapping):
        e.append(ValidationError(p + "/query", "type", _r(s_query) + " is not of type 'object'"))
    else:
        x = s_query.get("demo", _MISSING)
        if x is not _MISSING:
            _err_reset_mock_query_demo(x, p + "/query/demo", e, f)


def _ok_list_applications_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    return True


def _okf_list_applications_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    return True


def _err_list_applications_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not isinstance(v, Mapping):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
        return


def _ok_put_application_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("application-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_put_application_application_id(x):
        return False
    return True


def _okf_put_application_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("application-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_put_application_application_id(x):
        return False
    return True


def _err_put_application_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
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
            _err_put_application_application_id(x, p + "/path/application-id", e, f)


def _ok_delete_application_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("application-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_put_application_application_id(x):
        return False
    return True


def _okf_delete_application_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("application-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_put_application_application_id(x):
        return False
    return True


def _err_delete_application_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
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
            _err_put_application_application_id(x, p + "/path/application-id", e, f)


def _ok_put_campaign_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("application-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_put_application_application_id(x):
        return False
    x = s_path.get("campaign-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_put_campaign_campaign_id(x):
        return False
    return True


def _okf_put_campaign_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("application-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_put_application_application_id(x):
        return False
    x = s_path.get("campaign-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_put_campaign_campaign_id(x):
        return False
    return True


def _err_put_campaign_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
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
            _err_put_application_application_id(x, p + "/path/application-id", e, f)
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
            _err_put_campaign_campaign_id(x, p + "/path/campaign-id", e, f)


def _ok_delete_campaign_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("application-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_put_application_application_id(x):
        return False
    x = s_path.get("campaign-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_put_campaign_campaign_id(x):
        return False
    return True


def _okf_delete_campaign_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("application-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_put_application_application_id(x):
        return False
    x = s_path.get("campaign-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_put_campaign_campaign_id(x):
        return False
    return True


def _err_delete_campaign_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
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
            _err_put_application_application_id(x, p + "/path/application-id", e, f)
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
            _err_put_campaign_campaign_id(x, p + "/path/campaign-id", e, f)


def _ok_list_activities_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("application-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_put_application_application_id(x):
        return False
    x = s_path.get("campaign-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_put_campaign_campaign_id(x):
        return False
    s_query = v.get("query", {})
    if not isinstance(s_query, Mapping):
        return False
    x = s_query.get("page-size", _MISSING)
    if x is not _MISSING and not _ok_list_activities_page_size(x):
        return False
    x = s_query.get("token", _MISSING)
    if x is not _MISSING and not _ok_list_activities_token(x):
        return False
    return True


def _okf_list_activities_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("application-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_put_application_application_id(x):
        return False
    x = s_path.get("campaign-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_put_campaign_campaign_id(x):
        return False
    s_query = v.get("query", {})
    if not isinstance(s_query, Mapping):
        return False
    x = s_query.get("page-size", _MISSING)
    if x is not _MISSING and not _okf_list_activities_page_size(x):
        return False
    x = s_query.get("token", _MISSING)
    if x is not _MISSING and not _okf_list_activities_token(x):
        return False
    return True


def _err_list_activities_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
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
            _err_put_application_application_id(x, p + "/path/application-id", e, f)
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
            _err_put_campaign_campaign_id(x, p + "/path/campaign-id", e, f)
    s_query = v.get("query", {})
    if not isinstance(s_query, Mapping):
        e.append(ValidationError(p + "/query", "type", _r(s_query) + " is not of type 'object'"))
    else:
        x = s_query.get("page-size", _MISSING)
        if x is not _MISSING:
            _err_list_activities_page_size(x, p + "/query/page-size", e, f)
        x = s_query.get("token", _MISSING)
        if x is not _MISSING:
            _err_list_activities_token(x, p + "/query/token", e, f)


def _ok_add_activities_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("application-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_put_application_application_id(x):
        return False
    x = s_path.get("campaign-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_put_campaign_campaign_id(x):
        return False
    return True


def _okf_add_activities_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("application-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_put_application_application_id(x):
        return False
    x = s_path.get("campaign-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_put_campaign_campaign_id(x):
        return False
    return True


def _err_add_activities_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
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
            _err_put_application_application_id(x, p + "/path/application-id", e, f)
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
            _err_put_campaign_campaign_id(x, p + "/path/campaign-id", e, f)


def _ok_delete_activities_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("application-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_put_application_application_id(x):
        return False
    x = s_path.get("campaign-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_put_campaign_campaign_id(x):
        return False
    return True


def _okf_delete_activities_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("application-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_put_application_application_id(x):
        return False
    x = s_path.get("campaign-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_put_campaign_campaign_id(x):
        return False
    return True


def _err_delete_activities_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
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
            _err_put_application_application_id(x, p + "/path/application-id", e, f)
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
            _err_put_campaign_campaign_id(x, p + "/path/campaign-id", e, f)


def _ok_list_runs_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("application-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_put_application_application_id(x):
        return False
    x = s_path.get("campaign-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_put_campaign_campaign_id(x):
        return False
    return True


def _okf_list_runs_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("application-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_put_application_application_id(x):
        return False
    x = s_path.get("campaign-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_put_campaign_campaign_id(x):
        return False
    return True


def _err_list_runs_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
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
            _err_put_application_application_id(x, p + "/path/application-id", e, f)
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
            _err_put_campaign_campaign_id(x, p + "/path/campaign-id", e, f)


def _ok_create_run_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("application-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_put_application_application_id(x):
        return False
    x = s_path.get("campaign-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_put_campaign_campaign_id(x):
        return False
    return True


def _okf_create_run_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("application-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_put_application_application_id(x):
        return False
    x = s_path.get("campaign-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_put_campaign_campaign_id(x):
        return False
    return True


def _err_create_run_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
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
            _err_put_application_application_id(x, p + "/path/application-id", e, f)
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
            _err_put_campaign_campaign_id(x, p + "/path/campaign-id", e, f)


def _ok_get_run_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("application-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_put_application_application_id(x):
        return False
    x = s_path.get("campaign-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_put_campaign_campaign_id(x):
        return False
    x = s_path.get("run-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_get_run_run_id(x):
        return False
    return True


def _okf_get_run_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("application-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_put_application_application_id(x):
        return False
    x = s_path.get("campaign-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_put_campaign_campaign_id(x):
        return False
    x = s_path.get("run-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_get_run_run_id(x):
        return False
    return True


def _err_get_run_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
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
            _err_put_application_application_id(x, p + "/path/application-id", e, f)
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
            _err_put_campaign_campaign_id(x, p + "/path/campaign-id", e, f)
        x = s_path.get("run-id", _MISSING)
        if x is _MISSING:
            e.append(
                ValidationError(
                    p + "/path/run-id", "required", "'run-id' is a required path parameter"
                )
            )
        else:
            _err_get_run_run_id(x, p + "/path/run-id", e, f)


def _ok_delete_run_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("application-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_put_application_application_id(x):
        return False
    x = s_path.get("campaign-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_put_campaign_campaign_id(x):
        return False
    x = s_path.get("run-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_get_run_run_id(x):
        return False
    return True


def _okf_delete_run_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("application-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_put_application_application_id(x):
        return False
    x = s_path.get("campaign-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_put_campaign_campaign_id(x):
        return False
    x = s_path.get("run-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_get_run_run_id(x):
        return False
    return True


def _err_delete_run_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
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
            _err_put_application_application_id(x, p + "/path/application-id", e, f)
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
            _err_put_campaign_campaign_id(x, p + "/path/campaign-id", e, f)
        x = s_path.get("run-id", _MISSING)
        if x is _MISSING:
            e.append(
                ValidationError(
                    p + "/path/run-id", "required", "'run-id' is a required path parameter"
                )
            )
        else:
            _err_get_run_run_id(x, p + "/path/run-id", e, f)


def _ok_pause_run_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("application-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_put_application_application_id(x):
        return False
    x = s_path.get("campaign-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_put_campaign_campaign_id(x):
        return False
    x = s_path.get("run-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_get_run_run_id(x):
        return False
    return True


def _okf_pause_run_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("application-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_put_application_application_id(x):
        return False
    x = s_path.get("campaign-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_put_campaign_campaign_id(x):
        return False
    x = s_path.get("run-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_get_run_run_id(x):
        return False
    return True


def _err_pause_run_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
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
            _err_put_application_application_id(x, p + "/path/application-id", e, f)
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
            _err_put_campaign_campaign_id(x, p + "/path/campaign-id", e, f)
        x = s_path.get("run-id", _MISSING)
        if x is _MISSING:
            e.append(
                ValidationError(
                    p + "/path/run-id", "required", "'run-id' is a required path parameter"
                )
            )
        else:
            _err_get_run_run_id(x, p + "/path/run-id", e, f)


def _ok_resume_run_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("application-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_put_application_application_id(x):
        return False
    x = s_path.get("campaign-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_put_campaign_campaign_id(x):
        return False
    x = s_path.get("run-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_get_run_run_id(x):
        return False
    return True


def _okf_resume_run_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("application-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_put_application_application_id(x):
        return False
    x = s_path.get("campaign-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_put_campaign_campaign_id(x):
        return False
    x = s_path.get("run-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_get_run_run_id(x):
        return False
    return True


def _err_resume_run_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
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
            _err_put_application_application_id(x, p + "/path/application-id", e, f)
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
            _err_put_campaign_campaign_id(x, p + "/path/campaign-id", e, f)
        x = s_path.get("run-id", _MISSING)
        if x is _MISSING:
            e.append(
                ValidationError(
                    p + "/path/run-id", "required", "'run-id' is a required path parameter"
                )
            )
        else:
            _err_get_run_run_id(x, p + "/path/run-id", e, f)


def _ok_cancel_run_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("application-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_put_application_application_id(x):
        return False
    x = s_path.get("campaign-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_put_campaign_campaign_id(x):
        return False
    x = s_path.get("run-id", _MISSING)
    if x is _MISSING:
        return False
    if not _ok_get_run_run_id(x):
        return False
    return True


def _okf_cancel_run_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    s_path = v.get("path", {})
    if not isinstance(s_path, Mapping):
        return False
    x = s_path.get("application-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_put_application_application_id(x):
        return False
    x = s_path.get("campaign-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_put_campaign_campaign_id(x):
        return False
    x = s_path.get("run-id", _MISSING)
    if x is _MISSING:
        return False
    if not _okf_get_run_run_id(x):
        return False
    return True


def _err_cancel_run_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
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
            _err_put_application_application_id(x, p + "/path/application-id", e, f)
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
            _err_put_campaign_campaign_id(x, p + "/path/campaign-id", e, f)
        x = s_path.get("run-id", _MISSING)
        if x is _MISSING:
            e.append(
                ValidationError(
                    p + "/path/run-id", "required", "'run-id' is a required path parameter"
                )
            )
        else:
            _err_get_run_run_id(x, p + "/path/run-id", e, f)


def _ok_get_clock_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    return True


def _okf_get_clock_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    return True


def _err_get_clock_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not isinstance(v, Mapping):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
        return


def _ok_set_clock_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    return True


def _okf_set_clock_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    return True


def _err_set_clock_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not isinstance(v, Mapping):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
        return


def _ok_advance_clock_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    return True


def _okf_advance_clock_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    return True


def _err_advance_clock_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not isinstance(v, Mapping):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
        return


def _ok_list_faults_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    return True


def _okf_list_faults_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    return True


def _err_list_faults_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not isinstance(v, Mapping):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
        return


def _ok_add_fault_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    return True


def _okf_add_fault_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    return True


def _err_add_fault_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not isinstance(v, Mapping):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
        return


def _ok_clear_faults_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    return True


def _okf_clear_faults_request(v: Any) -> bool:
    if not isinstance(v, Mapping):
        return False
    return True


def _err_clear_faults_request(v: Any, p: str, e: list[ValidationError], f: bool) -> None:
    if not isinstance(v, Mapping):
        e.append(ValidationError(p, "type", _r(v) + " is not of type 'object'"))
        return


_REGISTRY: Final[dict[str, _Entry]] = {
    "MessageBody": (_ok_message_body, _okf_message_body, _err_message_body),
    "Health": (_ok_health, _okf_health, _err_health),
    "StoreInfo": (_ok_store_info, _okf_store_info, _err_store_info),
    "ResetResult": (_ok_reset_result, _okf_reset_result, _err_reset_result),
    "ApplicationInput": (_ok_application_input, _okf_application_input, _err_application_input),
    "Application": (_ok_application, _okf_application, _err_application),
    "ApplicationList": (_ok_application_list, _okf_application_list, _err_application_list),
    "CampaignInput": (_ok_campaign_input, _okf_campaign_input, _err_campaign_input),
    "Campaign": (_ok_campaign, _okf_campaign, _err_campaign),
    "ActivitiesInput": (_ok_activities_input, _okf_activities_input, _err_activities_input),
    "StoredActivities": (_ok_stored_activities, _okf_stored_activities, _err_stored_activities),
    "ActivitiesPage": (_ok_activities_page, _okf_activities_page, _err_activities_page),
    "Clock": (_ok_clock, _okf_clock, _err_clock),
    "ClockSetting": (_ok_clock_setting, _okf_clock_setting, _err_clock_setting),
    "ClockAdvance": (_ok_clock_advance, _okf_clock_advance, _err_clock_advance),
    "FaultInput": (_ok_fault_input, _okf_fault_input, _err_fault_input),
    "Fault": (_ok_fault, _okf_fault, _err_fault),
    "FaultList": (_ok_fault_list, _okf_fault_list, _err_fault_list),
    "RunInput": (_ok_run_input, _okf_run_input, _err_run_input),
    "RunSchedule": (_ok_run_schedule, _okf_run_schedule, _err_run_schedule),
    "RunSegment": (_ok_run_segment, _okf_run_segment, _err_run_segment),
    "RunTimezone": (_ok_run_timezone, _okf_run_timezone, _err_run_timezone),
    "RunTreatment": (_ok_run_treatment, _okf_run_treatment, _err_run_treatment),
    "RunDelivery": (_ok_run_delivery, _okf_run_delivery, _err_run_delivery),
    "RunFailure": (_ok_run_failure, _okf_run_failure, _err_run_failure),
    "RunEvent": (_ok_run_event, _okf_run_event, _err_run_event),
    "Run": (_ok_run, _okf_run, _err_run),
    "RunList": (_ok_run_list, _okf_run_list, _err_run_list),
    "GetHealth.request": (_ok_get_health_request, _okf_get_health_request, _err_get_health_request),
    "GetHealth.response.200": (_ok_health, _okf_health, _err_health),
    "GetHealth.response.403": (_ok_message_body, _okf_message_body, _err_message_body),
    "GetHealth.response.500": (_ok_message_body, _okf_message_body, _err_message_body),
    "ResetMock.query.demo": (
        _ok_reset_mock_query_demo,
        _okf_reset_mock_query_demo,
        _err_reset_mock_query_demo,
    ),
    "ResetMock.request": (_ok_reset_mock_request, _okf_reset_mock_request, _err_reset_mock_request),
    "ResetMock.response.200": (_ok_reset_result, _okf_reset_result, _err_reset_result),
    "ResetMock.response.400": (_ok_message_body, _okf_message_body, _err_message_body),
    "ResetMock.response.403": (_ok_message_body, _okf_message_body, _err_message_body),
    "ResetMock.response.500": (_ok_message_body, _okf_message_body, _err_message_body),
    "ListApplications.request": (
        _ok_list_applications_request,
        _okf_list_applications_request,
        _err_list_applications_request,
    ),
    "ListApplications.response.200": (
        _ok_application_list,
        _okf_application_list,
        _err_application_list,
    ),
    "ListApplications.response.403": (_ok_message_body, _okf_message_body, _err_message_body),
    "ListApplications.response.500": (_ok_message_body, _okf_message_body, _err_message_body),
    "PutApplication.path.application-id": (
        _ok_put_application_application_id,
        _okf_put_application_application_id,
        _err_put_application_application_id,
    ),
    "PutApplication.request": (
        _ok_put_application_request,
        _okf_put_application_request,
        _err_put_application_request,
    ),
    "PutApplication.body": (_ok_application_input, _okf_application_input, _err_application_input),
    "PutApplication.response.200": (_ok_application, _okf_application, _err_application),
    "PutApplication.response.201": (_ok_application, _okf_application, _err_application),
    "PutApplication.response.400": (_ok_message_body, _okf_message_body, _err_message_body),
    "PutApplication.response.403": (_ok_message_body, _okf_message_body, _err_message_body),
    "PutApplication.response.500": (_ok_message_body, _okf_message_body, _err_message_body),
    "DeleteApplication.path.application-id": (
        _ok_put_application_application_id,
        _okf_put_application_application_id,
        _err_put_application_application_id,
    ),
    "DeleteApplication.request": (
        _ok_delete_application_request,
        _okf_delete_application_request,
        _err_delete_application_request,
    ),
    "DeleteApplication.response.204": (_ok_any, _okf_any, _err_any),
    "DeleteApplication.response.403": (_ok_message_body, _okf_message_body, _err_message_body),
    "DeleteApplication.response.404": (_ok_message_body, _okf_message_body, _err_message_body),
    "DeleteApplication.response.500": (_ok_message_body, _okf_message_body, _err_message_body),
    "PutCampaign.path.application-id": (
        _ok_put_application_application_id,
        _okf_put_application_application_id,
        _err_put_application_application_id,
    ),
    "PutCampaign.path.campaign-id": (
        _ok_put_campaign_campaign_id,
        _okf_put_campaign_campaign_id,
        _err_put_campaign_campaign_id,
    ),
    "PutCampaign.request": (
        _ok_put_campaign_request,
        _okf_put_campaign_request,
        _err_put_campaign_request,
    ),
    "PutCampaign.body": (_ok_campaign_input, _okf_campaign_input, _err_campaign_input),
    "PutCampaign.response.200": (_ok_campaign, _okf_campaign, _err_campaign),
    "PutCampaign.response.201": (_ok_campaign, _okf_campaign, _err_campaign),
    "PutCampaign.response.400": (_ok_message_body, _okf_message_body, _err_message_body),
    "PutCampaign.response.403": (_ok_message_body, _okf_message_body, _err_message_body),
    "PutCampaign.response.404": (_ok_message_body, _okf_message_body, _err_message_body),
    "PutCampaign.response.409": (_ok_message_body, _okf_message_body, _err_message_body),
    "PutCampaign.response.500": (_ok_message_body, _okf_message_body, _err_message_body),
    "DeleteCampaign.path.application-id": (
        _ok_put_application_application_id,
        _okf_put_application_application_id,
        _err_put_application_application_id,
    ),
    "DeleteCampaign.path.campaign-id": (
        _ok_put_campaign_campaign_id,
        _okf_put_campaign_campaign_id,
        _err_put_campaign_campaign_id,
    ),
    "DeleteCampaign.request": (
        _ok_delete_campaign_request,
        _okf_delete_campaign_request,
        _err_delete_campaign_request,
    ),
    "DeleteCampaign.response.204": (_ok_any, _okf_any, _err_any),
    "DeleteCampaign.response.403": (_ok_message_body, _okf_message_body, _err_message_body),
    "DeleteCampaign.response.404": (_ok_message_body, _okf_message_body, _err_message_body),
    "DeleteCampaign.response.500": (_ok_message_body, _okf_message_body, _err_message_body),
    "ListActivities.path.application-id": (
        _ok_put_application_application_id,
        _okf_put_application_application_id,
        _err_put_application_application_id,
    ),
    "ListActivities.path.campaign-id": (
        _ok_put_campaign_campaign_id,
        _okf_put_campaign_campaign_id,
        _err_put_campaign_campaign_id,
    ),
    "ListActivities.query.page-size": (
        _ok_list_activities_page_size,
        _okf_list_activities_page_size,
        _err_list_activities_page_size,
    ),
    "ListActivities.query.token": (
        _ok_list_activities_token,
        _okf_list_activities_token,
        _err_list_activities_token,
    ),
    "ListActivities.request": (
        _ok_list_activities_request,
        _okf_list_activities_request,
        _err_list_activities_request,
    ),
    "ListActivities.response.200": (
        _ok_activities_page,
        _okf_activities_page,
        _err_activities_page,
    ),
    "ListActivities.response.400": (_ok_message_body, _okf_message_body, _err_message_body),
    "ListActivities.response.403": (_ok_message_body, _okf_message_body, _err_message_body),
    "ListActivities.response.404": (_ok_message_body, _okf_message_body, _err_message_body),
    "ListActivities.response.500": (_ok_message_body, _okf_message_body, _err_message_body),
    "AddActivities.path.application-id": (
        _ok_put_application_application_id,
        _okf_put_application_application_id,
        _err_put_application_application_id,
    ),
    "AddActivities.path.campaign-id": (
        _ok_put_campaign_campaign_id,
        _okf_put_campaign_campaign_id,
        _err_put_campaign_campaign_id,
    ),
    "AddActivities.request": (
        _ok_add_activities_request,
        _okf_add_activities_request,
        _err_add_activities_request,
    ),
    "AddActivities.body": (_ok_activities_input, _okf_activities_input, _err_activities_input),
    "AddActivities.response.201": (
        _ok_stored_activities,
        _okf_stored_activities,
        _err_stored_activities,
    ),
    "AddActivities.response.400": (_ok_message_body, _okf_message_body, _err_message_body),
    "AddActivities.response.403": (_ok_message_body, _okf_message_body, _err_message_body),
    "AddActivities.response.404": (_ok_message_body, _okf_message_body, _err_message_body),
    "AddActivities.response.409": (_ok_message_body, _okf_message_body, _err_message_body),
    "AddActivities.response.413": (_ok_message_body, _okf_message_body, _err_message_body),
    "AddActivities.response.500": (_ok_message_body, _okf_message_body, _err_message_body),
    "DeleteActivities.path.application-id": (
        _ok_put_application_application_id,
        _okf_put_application_application_id,
        _err_put_application_application_id,
    ),
    "DeleteActivities.path.campaign-id": (
        _ok_put_campaign_campaign_id,
        _okf_put_campaign_campaign_id,
        _err_put_campaign_campaign_id,
    ),
    "DeleteActivities.request": (
        _ok_delete_activities_request,
        _okf_delete_activities_request,
        _err_delete_activities_request,
    ),
    "DeleteActivities.response.204": (_ok_any, _okf_any, _err_any),
    "DeleteActivities.response.403": (_ok_message_body, _okf_message_body, _err_message_body),
    "DeleteActivities.response.404": (_ok_message_body, _okf_message_body, _err_message_body),
    "DeleteActivities.response.500": (_ok_message_body, _okf_message_body, _err_message_body),
    "ListRuns.path.application-id": (
        _ok_put_application_application_id,
        _okf_put_application_application_id,
        _err_put_application_application_id,
    ),
    "ListRuns.path.campaign-id": (
        _ok_put_campaign_campaign_id,
        _okf_put_campaign_campaign_id,
        _err_put_campaign_campaign_id,
    ),
    "ListRuns.request": (_ok_list_runs_request, _okf_list_runs_request, _err_list_runs_request),
    "ListRuns.response.200": (_ok_run_list, _okf_run_list, _err_run_list),
    "ListRuns.response.403": (_ok_message_body, _okf_message_body, _err_message_body),
    "ListRuns.response.404": (_ok_message_body, _okf_message_body, _err_message_body),
    "ListRuns.response.500": (_ok_message_body, _okf_message_body, _err_message_body),
    "CreateRun.path.application-id": (
        _ok_put_application_application_id,
        _okf_put_application_application_id,
        _err_put_application_application_id,
    ),
    "CreateRun.path.campaign-id": (
        _ok_put_campaign_campaign_id,
        _okf_put_campaign_campaign_id,
        _err_put_campaign_campaign_id,
    ),
    "CreateRun.request": (_ok_create_run_request, _okf_create_run_request, _err_create_run_request),
    "CreateRun.body": (_ok_run_input, _okf_run_input, _err_run_input),
    "CreateRun.response.201": (_ok_run, _okf_run, _err_run),
    "CreateRun.response.400": (_ok_message_body, _okf_message_body, _err_message_body),
    "CreateRun.response.403": (_ok_message_body, _okf_message_body, _err_message_body),
    "CreateRun.response.404": (_ok_message_body, _okf_message_body, _err_message_body),
    "CreateRun.response.500": (_ok_message_body, _okf_message_body, _err_message_body),
    "GetRun.path.application-id": (
        _ok_put_application_application_id,
        _okf_put_application_application_id,
        _err_put_application_application_id,
    ),
    "GetRun.path.campaign-id": (
        _ok_put_campaign_campaign_id,
        _okf_put_campaign_campaign_id,
        _err_put_campaign_campaign_id,
    ),
    "GetRun.path.run-id": (_ok_get_run_run_id, _okf_get_run_run_id, _err_get_run_run_id),
    "GetRun.request": (_ok_get_run_request, _okf_get_run_request, _err_get_run_request),
    "GetRun.response.200": (_ok_run, _okf_run, _err_run),
    "GetRun.response.403": (_ok_message_body, _okf_message_body, _err_message_body),
    "GetRun.response.404": (_ok_message_body, _okf_message_body, _err_message_body),
    "GetRun.response.500": (_ok_message_body, _okf_message_body, _err_message_body),
    "DeleteRun.path.application-id": (
        _ok_put_application_application_id,
        _okf_put_application_application_id,
        _err_put_application_application_id,
    ),
    "DeleteRun.path.campaign-id": (
        _ok_put_campaign_campaign_id,
        _okf_put_campaign_campaign_id,
        _err_put_campaign_campaign_id,
    ),
    "DeleteRun.path.run-id": (_ok_get_run_run_id, _okf_get_run_run_id, _err_get_run_run_id),
    "DeleteRun.request": (_ok_delete_run_request, _okf_delete_run_request, _err_delete_run_request),
    "DeleteRun.response.204": (_ok_any, _okf_any, _err_any),
    "DeleteRun.response.403": (_ok_message_body, _okf_message_body, _err_message_body),
    "DeleteRun.response.404": (_ok_message_body, _okf_message_body, _err_message_body),
    "DeleteRun.response.500": (_ok_message_body, _okf_message_body, _err_message_body),
    "PauseRun.path.application-id": (
        _ok_put_application_application_id,
        _okf_put_application_application_id,
        _err_put_application_application_id,
    ),
    "PauseRun.path.campaign-id": (
        _ok_put_campaign_campaign_id,
        _okf_put_campaign_campaign_id,
        _err_put_campaign_campaign_id,
    ),
    "PauseRun.path.run-id": (_ok_get_run_run_id, _okf_get_run_run_id, _err_get_run_run_id),
    "PauseRun.request": (_ok_pause_run_request, _okf_pause_run_request, _err_pause_run_request),
    "PauseRun.response.200": (_ok_run, _okf_run, _err_run),
    "PauseRun.response.403": (_ok_message_body, _okf_message_body, _err_message_body),
    "PauseRun.response.404": (_ok_message_body, _okf_message_body, _err_message_body),
    "PauseRun.response.409": (_ok_message_body, _okf_message_body, _err_message_body),
    "PauseRun.response.500": (_ok_message_body, _okf_message_body, _err_message_body),
    "ResumeRun.path.application-id": (
        _ok_put_application_application_id,
        _okf_put_application_application_id,
        _err_put_application_application_id,
    ),
    "ResumeRun.path.campaign-id": (
        _ok_put_campaign_campaign_id,
        _okf_put_campaign_campaign_id,
        _err_put_campaign_campaign_id,
    ),
    "ResumeRun.path.run-id": (_ok_get_run_run_id, _okf_get_run_run_id, _err_get_run_run_id),
    "ResumeRun.request": (_ok_resume_run_request, _okf_resume_run_request, _err_resume_run_request),
    "ResumeRun.response.200": (_ok_run, _okf_run, _err_run),
    "ResumeRun.response.403": (_ok_message_body, _okf_message_body, _err_message_body),
    "ResumeRun.response.404": (_ok_message_body, _okf_message_body, _err_message_body),
    "ResumeRun.response.409": (_ok_message_body, _okf_message_body, _err_message_body),
    "ResumeRun.response.500": (_ok_message_body, _okf_message_body, _err_message_body),
    "CancelRun.path.application-id": (
        _ok_put_application_application_id,
        _okf_put_application_application_id,
        _err_put_application_application_id,
    ),
    "CancelRun.path.campaign-id": (
        _ok_put_campaign_campaign_id,
        _okf_put_campaign_campaign_id,
        _err_put_campaign_campaign_id,
    ),
    "CancelRun.path.run-id": (_ok_get_run_run_id, _okf_get_run_run_id, _err_get_run_run_id),
    "CancelRun.request": (_ok_cancel_run_request, _okf_cancel_run_request, _err_cancel_run_request),
    "CancelRun.response.200": (_ok_run, _okf_run, _err_run),
    "CancelRun.response.403": (_ok_message_body, _okf_message_body, _err_message_body),
    "CancelRun.response.404": (_ok_message_body, _okf_message_body, _err_message_body),
    "CancelRun.response.409": (_ok_message_body, _okf_message_body, _err_message_body),
    "CancelRun.response.500": (_ok_message_body, _okf_message_body, _err_message_body),
    "GetClock.request": (_ok_get_clock_request, _okf_get_clock_request, _err_get_clock_request),
    "GetClock.response.200": (_ok_clock, _okf_clock, _err_clock),
    "GetClock.response.403": (_ok_message_body, _okf_message_body, _err_message_body),
    "GetClock.response.500": (_ok_message_body, _okf_message_body, _err_message_body),
    "SetClock.request": (_ok_set_clock_request, _okf_set_clock_request, _err_set_clock_request),
    "SetClock.body": (_ok_clock_setting, _okf_clock_setting, _err_clock_setting),
    "SetClock.response.200": (_ok_clock, _okf_clock, _err_clock),
    "SetClock.response.400": (_ok_message_body, _okf_message_body, _err_message_body),
    "SetClock.response.403": (_ok_message_body, _okf_message_body, _err_message_body),
    "SetClock.response.500": (_ok_message_body, _okf_message_body, _err_message_body),
    "AdvanceClock.request": (
        _ok_advance_clock_request,
        _okf_advance_clock_request,
        _err_advance_clock_request,
    ),
    "AdvanceClock.body": (_ok_clock_advance, _okf_clock_advance, _err_clock_advance),
    "AdvanceClock.response.200": (_ok_clock, _okf_clock, _err_clock),
    "AdvanceClock.response.400": (_ok_message_body, _okf_message_body, _err_message_body),
    "AdvanceClock.response.403": (_ok_message_body, _okf_message_body, _err_message_body),
    "AdvanceClock.response.500": (_ok_message_body, _okf_message_body, _err_message_body),
    "ListFaults.request": (
        _ok_list_faults_request,
        _okf_list_faults_request,
        _err_list_faults_request,
    ),
    "ListFaults.response.200": (_ok_fault_list, _okf_fault_list, _err_fault_list),
    "ListFaults.response.403": (_ok_message_body, _okf_message_body, _err_message_body),
    "ListFaults.response.500": (_ok_message_body, _okf_message_body, _err_message_body),
    "AddFault.request": (_ok_add_fault_request, _okf_add_fault_request, _err_add_fault_request),
    "AddFault.body": (_ok_fault_input, _okf_fault_input, _err_fault_input),
    "AddFault.response.201": (_ok_fault, _okf_fault, _err_fault),
    "AddFault.response.400": (_ok_message_body, _okf_message_body, _err_message_body),
    "AddFault.response.403": (_ok_message_body, _okf_message_body, _err_message_body),
    "AddFault.response.500": (_ok_message_body, _okf_message_body, _err_message_body),
    "ClearFaults.request": (
        _ok_clear_faults_request,
        _okf_clear_faults_request,
        _err_clear_faults_request,
    ),
    "ClearFaults.response.204": (_ok_any, _okf_any, _err_any),
    "ClearFaults.response.403": (_ok_message_body, _okf_message_body, _err_message_body),
    "ClearFaults.response.500": (_ok_message_body, _okf_message_body, _err_message_body),
}
_RESPONSES: Final[dict[str, dict[str, _Entry]]] = {
    "GetHealth": {
        "200": (_ok_health, _okf_health, _err_health),
        "403": (_ok_message_body, _okf_message_body, _err_message_body),
        "500": (_ok_message_body, _okf_message_body, _err_message_body),
    },
    "ResetMock": {
        "200": (_ok_reset_result, _okf_reset_result, _err_reset_result),
        "400": (_ok_message_body, _okf_message_body, _err_message_body),
        "403": (_ok_message_body, _okf_message_body, _err_message_body),
        "500": (_ok_message_body, _okf_message_body, _err_message_body),
    },
    "ListApplications": {
        "200": (_ok_application_list, _okf_application_list, _err_application_list),
        "403": (_ok_message_body, _okf_message_body, _err_message_body),
        "500": (_ok_message_body, _okf_message_body, _err_message_body),
    },
    "PutApplication": {
        "200": (_ok_application, _okf_application, _err_application),
        "201": (_ok_application, _okf_application, _err_application),
        "400": (_ok_message_body, _okf_message_body, _err_message_body),
        "403": (_ok_message_body, _okf_message_body, _err_message_body),
        "500": (_ok_message_body, _okf_message_body, _err_message_body),
    },
    "DeleteApplication": {
        "204": (_ok_any, _okf_any, _err_any),
        "403": (_ok_message_body, _okf_message_body, _err_message_body),
        "404": (_ok_message_body, _okf_message_body, _err_message_body),
        "500": (_ok_message_body, _okf_message_body, _err_message_body),
    },
    "PutCampaign": {
        "200": (_ok_campaign, _okf_campaign, _err_campaign),
        "201": (_ok_campaign, _okf_campaign, _err_campaign),
        "400": (_ok_message_body, _okf_message_body, _err_message_body),
        "403": (_ok_message_body, _okf_message_body, _err_message_body),
        "404": (_ok_message_body, _okf_message_body, _err_message_body),
        "409": (_ok_message_body, _okf_message_body, _err_message_body),
        "500": (_ok_message_body, _okf_message_body, _err_message_body),
    },
    "DeleteCampaign": {
        "204": (_ok_any, _okf_any, _err_any),
        "403": (_ok_message_body, _okf_message_body, _err_message_body),
        "404": (_ok_message_body, _okf_message_body, _err_message_body),
        "500": (_ok_message_body, _okf_message_body, _err_message_body),
    },
    "ListActivities": {
        "200": (_ok_activities_page, _okf_activities_page, _err_activities_page),
        "400": (_ok_message_body, _okf_message_body, _err_message_body),
        "403": (_ok_message_body, _okf_message_body, _err_message_body),
        "404": (_ok_message_body, _okf_message_body, _err_message_body),
        "500": (_ok_message_body, _okf_message_body, _err_message_body),
    },
    "AddActivities": {
        "201": (_ok_stored_activities, _okf_stored_activities, _err_stored_activities),
        "400": (_ok_message_body, _okf_message_body, _err_message_body),
        "403": (_ok_message_body, _okf_message_body, _err_message_body),
        "404": (_ok_message_body, _okf_message_body, _err_message_body),
        "409": (_ok_message_body, _okf_message_body, _err_message_body),
        "413": (_ok_message_body, _okf_message_body, _err_message_body),
        "500": (_ok_message_body, _okf_message_body, _err_message_body),
    },
    "DeleteActivities": {
        "204": (_ok_any, _okf_any, _err_any),
        "403": (_ok_message_body, _okf_message_body, _err_message_body),
        "404": (_ok_message_body, _okf_message_body, _err_message_body),
        "500": (_ok_message_body, _okf_message_body, _err_message_body),
    },
    "ListRuns": {
        "200": (_ok_run_list, _okf_run_list, _err_run_list),
        "403": (_ok_message_body, _okf_message_body, _err_message_body),
        "404": (_ok_message_body, _okf_message_body, _err_message_body),
        "500": (_ok_message_body, _okf_message_body, _err_message_body),
    },
    "CreateRun": {
        "201": (_ok_run, _okf_run, _err_run),
        "400": (_ok_message_body, _okf_message_body, _err_message_body),
        "403": (_ok_message_body, _okf_message_body, _err_message_body),
        "404": (_ok_message_body, _okf_message_body, _err_message_body),
        "500": (_ok_message_body, _okf_message_body, _err_message_body),
    },
    "GetRun": {
        "200": (_ok_run, _okf_run, _err_run),
        "403": (_ok_message_body, _okf_message_body, _err_message_body),
        "404": (_ok_message_body, _okf_message_body, _err_message_body),
        "500": (_ok_message_body, _okf_message_body, _err_message_body),
    },
    "DeleteRun": {
        "204": (_ok_any, _okf_any, _err_any),
        "403": (_ok_message_body, _okf_message_body, _err_message_body),
        "404": (_ok_message_body, _okf_message_body, _err_message_body),
        "500": (_ok_message_body, _okf_message_body, _err_message_body),
    },
    "PauseRun": {
        "200": (_ok_run, _okf_run, _err_run),
        "403": (_ok_message_body, _okf_message_body, _err_message_body),
        "404": (_ok_message_body, _okf_message_body, _err_message_body),
        "409": (_ok_message_body, _okf_message_body, _err_message_body),
        "500": (_ok_message_body, _okf_message_body, _err_message_body),
    },
    "ResumeRun": {
        "200": (_ok_run, _okf_run, _err_run),
        "403": (_ok_message_body, _okf_message_body, _err_message_body),
        "404": (_ok_message_body, _okf_message_body, _err_message_body),
        "409": (_ok_message_body, _okf_message_body, _err_message_body),
        "500": (_ok_message_body, _okf_message_body, _err_message_body),
    },
    "CancelRun": {
        "200": (_ok_run, _okf_run, _err_run),
        "403": (_ok_message_body, _okf_message_body, _err_message_body),
        "404": (_ok_message_body, _okf_message_body, _err_message_body),
        "409": (_ok_message_body, _okf_message_body, _err_message_body),
        "500": (_ok_message_body, _okf_message_body, _err_message_body),
    },
    "GetClock": {
        "200": (_ok_clock, _okf_clock, _err_clock),
        "403": (_ok_message_body, _okf_message_body, _err_message_body),
        "500": (_ok_message_body, _okf_message_body, _err_message_body),
    },
    "SetClock": {
        "200": (_ok_clock, _okf_clock, _err_clock),
        "400": (_ok_message_body, _okf_message_body, _err_message_body),
        "403": (_ok_message_body, _okf_message_body, _err_message_body),
        "500": (_ok_message_body, _okf_message_body, _err_message_body),
    },
    "AdvanceClock": {
        "200": (_ok_clock, _okf_clock, _err_clock),
        "400": (_ok_message_body, _okf_message_body, _err_message_body),
        "403": (_ok_message_body, _okf_message_body, _err_message_body),
        "500": (_ok_message_body, _okf_message_body, _err_message_body),
    },
    "ListFaults": {
        "200": (_ok_fault_list, _okf_fault_list, _err_fault_list),
        "403": (_ok_message_body, _okf_message_body, _err_message_body),
        "500": (_ok_message_body, _okf_message_body, _err_message_body),
    },
    "AddFault": {
        "201": (_ok_fault, _okf_fault, _err_fault),
        "400": (_ok_message_body, _okf_message_body, _err_message_body),
        "403": (_ok_message_body, _okf_message_body, _err_message_body),
        "500": (_ok_message_body, _okf_message_body, _err_message_body),
    },
    "ClearFaults": {
        "204": (_ok_any, _okf_any, _err_any),
        "403": (_ok_message_body, _okf_message_body, _err_message_body),
        "500": (_ok_message_body, _okf_message_body, _err_message_body),
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


def validate_message_body(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the MessageBody schema ('MessageBody'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_message_body = _ok_message_body  # whether a value is valid against the MessageBody schema


def validate_health(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the Health schema ('Health'); empty when valid."""
    return _explain((_ok_health, _okf_health, _err_health), value, formats)


is_valid_health = _ok_health  # whether a value is valid against the Health schema


def validate_store_info(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the StoreInfo schema ('StoreInfo'); empty when valid."""
    return _explain((_ok_store_info, _okf_store_info, _err_store_info), value, formats)


is_valid_store_info = _ok_store_info  # whether a value is valid against the StoreInfo schema


def validate_reset_result(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the ResetResult schema ('ResetResult'); empty when valid."""
    return _explain((_ok_reset_result, _okf_reset_result, _err_reset_result), value, formats)


is_valid_reset_result = _ok_reset_result  # whether a value is valid against the ResetResult schema


def validate_application_input(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the ApplicationInput schema ('ApplicationInput'); empty when valid."""
    return _explain(
        (_ok_application_input, _okf_application_input, _err_application_input), value, formats
    )


is_valid_application_input = (
    _ok_application_input  # whether a value is valid against the ApplicationInput schema
)


def validate_application(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the Application schema ('Application'); empty when valid."""
    return _explain((_ok_application, _okf_application, _err_application), value, formats)


is_valid_application = _ok_application  # whether a value is valid against the Application schema


def validate_application_list(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the ApplicationList schema ('ApplicationList'); empty when valid."""
    return _explain(
        (_ok_application_list, _okf_application_list, _err_application_list), value, formats
    )


is_valid_application_list = (
    _ok_application_list  # whether a value is valid against the ApplicationList schema
)


def validate_campaign_input(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the CampaignInput schema ('CampaignInput'); empty when valid."""
    return _explain((_ok_campaign_input, _okf_campaign_input, _err_campaign_input), value, formats)


is_valid_campaign_input = (
    _ok_campaign_input  # whether a value is valid against the CampaignInput schema
)


def validate_campaign(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the Campaign schema ('Campaign'); empty when valid."""
    return _explain((_ok_campaign, _okf_campaign, _err_campaign), value, formats)


is_valid_campaign = _ok_campaign  # whether a value is valid against the Campaign schema


def validate_activities_input(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the ActivitiesInput schema ('ActivitiesInput'); empty when valid."""
    return _explain(
        (_ok_activities_input, _okf_activities_input, _err_activities_input), value, formats
    )


is_valid_activities_input = (
    _ok_activities_input  # whether a value is valid against the ActivitiesInput schema
)


def validate_stored_activities(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the StoredActivities schema ('StoredActivities'); empty when valid."""
    return _explain(
        (_ok_stored_activities, _okf_stored_activities, _err_stored_activities), value, formats
    )


is_valid_stored_activities = (
    _ok_stored_activities  # whether a value is valid against the StoredActivities schema
)


def validate_activities_page(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the ActivitiesPage schema ('ActivitiesPage'); empty when valid."""
    return _explain(
        (_ok_activities_page, _okf_activities_page, _err_activities_page), value, formats
    )


is_valid_activities_page = (
    _ok_activities_page  # whether a value is valid against the ActivitiesPage schema
)


def validate_clock(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the Clock schema ('Clock'); empty when valid."""
    return _explain((_ok_clock, _okf_clock, _err_clock), value, formats)


is_valid_clock = _ok_clock  # whether a value is valid against the Clock schema


def validate_clock_setting(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the ClockSetting schema ('ClockSetting'); empty when valid."""
    return _explain((_ok_clock_setting, _okf_clock_setting, _err_clock_setting), value, formats)


is_valid_clock_setting = (
    _ok_clock_setting  # whether a value is valid against the ClockSetting schema
)


def validate_clock_advance(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the ClockAdvance schema ('ClockAdvance'); empty when valid."""
    return _explain((_ok_clock_advance, _okf_clock_advance, _err_clock_advance), value, formats)


is_valid_clock_advance = (
    _ok_clock_advance  # whether a value is valid against the ClockAdvance schema
)


def validate_fault_input(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the FaultInput schema ('FaultInput'); empty when valid."""
    return _explain((_ok_fault_input, _okf_fault_input, _err_fault_input), value, formats)


is_valid_fault_input = _ok_fault_input  # whether a value is valid against the FaultInput schema


def validate_fault(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the Fault schema ('Fault'); empty when valid."""
    return _explain((_ok_fault, _okf_fault, _err_fault), value, formats)


is_valid_fault = _ok_fault  # whether a value is valid against the Fault schema


def validate_fault_list(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the FaultList schema ('FaultList'); empty when valid."""
    return _explain((_ok_fault_list, _okf_fault_list, _err_fault_list), value, formats)


is_valid_fault_list = _ok_fault_list  # whether a value is valid against the FaultList schema


def validate_run_input(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the RunInput schema ('RunInput'); empty when valid."""
    return _explain((_ok_run_input, _okf_run_input, _err_run_input), value, formats)


is_valid_run_input = _ok_run_input  # whether a value is valid against the RunInput schema


def validate_run_schedule(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the RunSchedule schema ('RunSchedule'); empty when valid."""
    return _explain((_ok_run_schedule, _okf_run_schedule, _err_run_schedule), value, formats)


is_valid_run_schedule = _ok_run_schedule  # whether a value is valid against the RunSchedule schema


def validate_run_segment(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the RunSegment schema ('RunSegment'); empty when valid."""
    return _explain((_ok_run_segment, _okf_run_segment, _err_run_segment), value, formats)


is_valid_run_segment = _ok_run_segment  # whether a value is valid against the RunSegment schema


def validate_run_timezone(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the RunTimezone schema ('RunTimezone'); empty when valid."""
    return _explain((_ok_run_timezone, _okf_run_timezone, _err_run_timezone), value, formats)


is_valid_run_timezone = _ok_run_timezone  # whether a value is valid against the RunTimezone schema


def validate_run_treatment(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the RunTreatment schema ('RunTreatment'); empty when valid."""
    return _explain((_ok_run_treatment, _okf_run_treatment, _err_run_treatment), value, formats)


is_valid_run_treatment = (
    _ok_run_treatment  # whether a value is valid against the RunTreatment schema
)


def validate_run_delivery(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the RunDelivery schema ('RunDelivery'); empty when valid."""
    return _explain((_ok_run_delivery, _okf_run_delivery, _err_run_delivery), value, formats)


is_valid_run_delivery = _ok_run_delivery  # whether a value is valid against the RunDelivery schema


def validate_run_failure(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the RunFailure schema ('RunFailure'); empty when valid."""
    return _explain((_ok_run_failure, _okf_run_failure, _err_run_failure), value, formats)


is_valid_run_failure = _ok_run_failure  # whether a value is valid against the RunFailure schema


def validate_run_event(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the RunEvent schema ('RunEvent'); empty when valid."""
    return _explain((_ok_run_event, _okf_run_event, _err_run_event), value, formats)


is_valid_run_event = _ok_run_event  # whether a value is valid against the RunEvent schema


def validate_run(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the Run schema ('Run'); empty when valid."""
    return _explain((_ok_run, _okf_run, _err_run), value, formats)


is_valid_run = _ok_run  # whether a value is valid against the Run schema


def validate_run_list(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the RunList schema ('RunList'); empty when valid."""
    return _explain((_ok_run_list, _okf_run_list, _err_run_list), value, formats)


is_valid_run_list = _ok_run_list  # whether a value is valid against the RunList schema


def validate_get_health_request(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a GetHealth request ('GetHealth.request'); empty when valid."""
    return _explain(
        (_ok_get_health_request, _okf_get_health_request, _err_get_health_request), value, formats
    )


def is_valid_get_health_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a GetHealth request ('GetHealth.request')."""
    return _okf_get_health_request(value) if formats else _ok_get_health_request(value)


def validate_get_health_response_200(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 200 response body of GetHealth ('GetHealth.response.200'); empty when valid."""
    return _explain((_ok_health, _okf_health, _err_health), value, formats)


is_valid_get_health_response_200 = (
    _ok_health  # whether a value is valid against the 200 response body of GetHealth
)


def validate_get_health_response_403(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 403 response body of GetHealth ('GetHealth.response.403'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_get_health_response_403 = (
    _ok_message_body  # whether a value is valid against the 403 response body of GetHealth
)


def validate_get_health_response_500(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 500 response body of GetHealth ('GetHealth.response.500'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_get_health_response_500 = (
    _ok_message_body  # whether a value is valid against the 500 response body of GetHealth
)


def validate_reset_mock_query_demo(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the query parameter 'demo' of ResetMock ('ResetMock.query.demo'); empty when valid."""
    return _explain(
        (_ok_reset_mock_query_demo, _okf_reset_mock_query_demo, _err_reset_mock_query_demo),
        value,
        formats,
    )


def is_valid_reset_mock_query_demo(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the query parameter 'demo' of ResetMock ('ResetMock.query.demo')."""
    return _okf_reset_mock_query_demo(value) if formats else _ok_reset_mock_query_demo(value)


def validate_reset_mock_request(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a ResetMock request ('ResetMock.request'); empty when valid."""
    return _explain(
        (_ok_reset_mock_request, _okf_reset_mock_request, _err_reset_mock_request), value, formats
    )


def is_valid_reset_mock_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a ResetMock request ('ResetMock.request')."""
    return _okf_reset_mock_request(value) if formats else _ok_reset_mock_request(value)


def validate_reset_mock_response_200(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 200 response body of ResetMock ('ResetMock.response.200'); empty when valid."""
    return _explain((_ok_reset_result, _okf_reset_result, _err_reset_result), value, formats)


is_valid_reset_mock_response_200 = (
    _ok_reset_result  # whether a value is valid against the 200 response body of ResetMock
)


def validate_reset_mock_response_400(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 400 response body of ResetMock ('ResetMock.response.400'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_reset_mock_response_400 = (
    _ok_message_body  # whether a value is valid against the 400 response body of ResetMock
)


def validate_reset_mock_response_403(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 403 response body of ResetMock ('ResetMock.response.403'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_reset_mock_response_403 = (
    _ok_message_body  # whether a value is valid against the 403 response body of ResetMock
)


def validate_reset_mock_response_500(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 500 response body of ResetMock ('ResetMock.response.500'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_reset_mock_response_500 = (
    _ok_message_body  # whether a value is valid against the 500 response body of ResetMock
)


def validate_list_applications_request(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a ListApplications request ('ListApplications.request'); empty when valid."""
    return _explain(
        (
            _ok_list_applications_request,
            _okf_list_applications_request,
            _err_list_applications_request,
        ),
        value,
        formats,
    )


def is_valid_list_applications_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a ListApplications request ('ListApplications.request')."""
    return (
        _okf_list_applications_request(value) if formats else _ok_list_applications_request(value)
    )


def validate_list_applications_response_200(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 200 response body of ListApplications ('ListApplications.response.200'); empty when valid."""
    return _explain(
        (_ok_application_list, _okf_application_list, _err_application_list), value, formats
    )


is_valid_list_applications_response_200 = _ok_application_list  # whether a value is valid against the 200 response body of ListApplications


def validate_list_applications_response_403(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 403 response body of ListApplications ('ListApplications.response.403'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_list_applications_response_403 = (
    _ok_message_body  # whether a value is valid against the 403 response body of ListApplications
)


def validate_list_applications_response_500(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 500 response body of ListApplications ('ListApplications.response.500'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_list_applications_response_500 = (
    _ok_message_body  # whether a value is valid against the 500 response body of ListApplications
)


def validate_put_application_path_application_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'application-id' of PutApplication ('PutApplication.path.application-id'); empty when valid."""
    return _explain(
        (
            _ok_put_application_application_id,
            _okf_put_application_application_id,
            _err_put_application_application_id,
        ),
        value,
        formats,
    )


is_valid_put_application_path_application_id = _ok_put_application_application_id  # whether a value is valid against the path parameter 'application-id' of PutApplication


def validate_put_application_request(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a PutApplication request ('PutApplication.request'); empty when valid."""
    return _explain(
        (_ok_put_application_request, _okf_put_application_request, _err_put_application_request),
        value,
        formats,
    )


def is_valid_put_application_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a PutApplication request ('PutApplication.request')."""
    return _okf_put_application_request(value) if formats else _ok_put_application_request(value)


def validate_put_application_body(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the request body of PutApplication ('PutApplication.body'); empty when valid."""
    return _explain(
        (_ok_application_input, _okf_application_input, _err_application_input), value, formats
    )


is_valid_put_application_body = (
    _ok_application_input  # whether a value is valid against the request body of PutApplication
)


def validate_put_application_response_200(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 200 response body of PutApplication ('PutApplication.response.200'); empty when valid."""
    return _explain((_ok_application, _okf_application, _err_application), value, formats)


is_valid_put_application_response_200 = (
    _ok_application  # whether a value is valid against the 200 response body of PutApplication
)


def validate_put_application_response_201(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 201 response body of PutApplication ('PutApplication.response.201'); empty when valid."""
    return _explain((_ok_application, _okf_application, _err_application), value, formats)


is_valid_put_application_response_201 = (
    _ok_application  # whether a value is valid against the 201 response body of PutApplication
)


def validate_put_application_response_400(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 400 response body of PutApplication ('PutApplication.response.400'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_put_application_response_400 = (
    _ok_message_body  # whether a value is valid against the 400 response body of PutApplication
)


def validate_put_application_response_403(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 403 response body of PutApplication ('PutApplication.response.403'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_put_application_response_403 = (
    _ok_message_body  # whether a value is valid against the 403 response body of PutApplication
)


def validate_put_application_response_500(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 500 response body of PutApplication ('PutApplication.response.500'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_put_application_response_500 = (
    _ok_message_body  # whether a value is valid against the 500 response body of PutApplication
)


def validate_delete_application_path_application_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'application-id' of DeleteApplication ('DeleteApplication.path.application-id'); empty when valid."""
    return _explain(
        (
            _ok_put_application_application_id,
            _okf_put_application_application_id,
            _err_put_application_application_id,
        ),
        value,
        formats,
    )


is_valid_delete_application_path_application_id = _ok_put_application_application_id  # whether a value is valid against the path parameter 'application-id' of DeleteApplication


def validate_delete_application_request(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a DeleteApplication request ('DeleteApplication.request'); empty when valid."""
    return _explain(
        (
            _ok_delete_application_request,
            _okf_delete_application_request,
            _err_delete_application_request,
        ),
        value,
        formats,
    )


def is_valid_delete_application_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a DeleteApplication request ('DeleteApplication.request')."""
    return (
        _okf_delete_application_request(value) if formats else _ok_delete_application_request(value)
    )


def validate_delete_application_response_204(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 204 response body of DeleteApplication ('DeleteApplication.response.204'); empty when valid."""
    return _explain((_ok_any, _okf_any, _err_any), value, formats)


def is_valid_delete_application_response_204(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the 204 response body of DeleteApplication ('DeleteApplication.response.204')."""
    return _okf_any(value) if formats else _ok_any(value)


def validate_delete_application_response_403(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 403 response body of DeleteApplication ('DeleteApplication.response.403'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_delete_application_response_403 = (
    _ok_message_body  # whether a value is valid against the 403 response body of DeleteApplication
)


def validate_delete_application_response_404(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 404 response body of DeleteApplication ('DeleteApplication.response.404'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_delete_application_response_404 = (
    _ok_message_body  # whether a value is valid against the 404 response body of DeleteApplication
)


def validate_delete_application_response_500(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 500 response body of DeleteApplication ('DeleteApplication.response.500'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_delete_application_response_500 = (
    _ok_message_body  # whether a value is valid against the 500 response body of DeleteApplication
)


def validate_put_campaign_path_application_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'application-id' of PutCampaign ('PutCampaign.path.application-id'); empty when valid."""
    return _explain(
        (
            _ok_put_application_application_id,
            _okf_put_application_application_id,
            _err_put_application_application_id,
        ),
        value,
        formats,
    )


is_valid_put_campaign_path_application_id = _ok_put_application_application_id  # whether a value is valid against the path parameter 'application-id' of PutCampaign


def validate_put_campaign_path_campaign_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'campaign-id' of PutCampaign ('PutCampaign.path.campaign-id'); empty when valid."""
    return _explain(
        (
            _ok_put_campaign_campaign_id,
            _okf_put_campaign_campaign_id,
            _err_put_campaign_campaign_id,
        ),
        value,
        formats,
    )


is_valid_put_campaign_path_campaign_id = _ok_put_campaign_campaign_id  # whether a value is valid against the path parameter 'campaign-id' of PutCampaign


def validate_put_campaign_request(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a PutCampaign request ('PutCampaign.request'); empty when valid."""
    return _explain(
        (_ok_put_campaign_request, _okf_put_campaign_request, _err_put_campaign_request),
        value,
        formats,
    )


def is_valid_put_campaign_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a PutCampaign request ('PutCampaign.request')."""
    return _okf_put_campaign_request(value) if formats else _ok_put_campaign_request(value)


def validate_put_campaign_body(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the request body of PutCampaign ('PutCampaign.body'); empty when valid."""
    return _explain((_ok_campaign_input, _okf_campaign_input, _err_campaign_input), value, formats)


is_valid_put_campaign_body = (
    _ok_campaign_input  # whether a value is valid against the request body of PutCampaign
)


def validate_put_campaign_response_200(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 200 response body of PutCampaign ('PutCampaign.response.200'); empty when valid."""
    return _explain((_ok_campaign, _okf_campaign, _err_campaign), value, formats)


is_valid_put_campaign_response_200 = (
    _ok_campaign  # whether a value is valid against the 200 response body of PutCampaign
)


def validate_put_campaign_response_201(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 201 response body of PutCampaign ('PutCampaign.response.201'); empty when valid."""
    return _explain((_ok_campaign, _okf_campaign, _err_campaign), value, formats)


is_valid_put_campaign_response_201 = (
    _ok_campaign  # whether a value is valid against the 201 response body of PutCampaign
)


def validate_put_campaign_response_400(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 400 response body of PutCampaign ('PutCampaign.response.400'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_put_campaign_response_400 = (
    _ok_message_body  # whether a value is valid against the 400 response body of PutCampaign
)


def validate_put_campaign_response_403(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 403 response body of PutCampaign ('PutCampaign.response.403'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_put_campaign_response_403 = (
    _ok_message_body  # whether a value is valid against the 403 response body of PutCampaign
)


def validate_put_campaign_response_404(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 404 response body of PutCampaign ('PutCampaign.response.404'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_put_campaign_response_404 = (
    _ok_message_body  # whether a value is valid against the 404 response body of PutCampaign
)


def validate_put_campaign_response_409(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 409 response body of PutCampaign ('PutCampaign.response.409'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_put_campaign_response_409 = (
    _ok_message_body  # whether a value is valid against the 409 response body of PutCampaign
)


def validate_put_campaign_response_500(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 500 response body of PutCampaign ('PutCampaign.response.500'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_put_campaign_response_500 = (
    _ok_message_body  # whether a value is valid against the 500 response body of PutCampaign
)


def validate_delete_campaign_path_application_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'application-id' of DeleteCampaign ('DeleteCampaign.path.application-id'); empty when valid."""
    return _explain(
        (
            _ok_put_application_application_id,
            _okf_put_application_application_id,
            _err_put_application_application_id,
        ),
        value,
        formats,
    )


is_valid_delete_campaign_path_application_id = _ok_put_application_application_id  # whether a value is valid against the path parameter 'application-id' of DeleteCampaign


def validate_delete_campaign_path_campaign_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'campaign-id' of DeleteCampaign ('DeleteCampaign.path.campaign-id'); empty when valid."""
    return _explain(
        (
            _ok_put_campaign_campaign_id,
            _okf_put_campaign_campaign_id,
            _err_put_campaign_campaign_id,
        ),
        value,
        formats,
    )


is_valid_delete_campaign_path_campaign_id = _ok_put_campaign_campaign_id  # whether a value is valid against the path parameter 'campaign-id' of DeleteCampaign


def validate_delete_campaign_request(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a DeleteCampaign request ('DeleteCampaign.request'); empty when valid."""
    return _explain(
        (_ok_delete_campaign_request, _okf_delete_campaign_request, _err_delete_campaign_request),
        value,
        formats,
    )


def is_valid_delete_campaign_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a DeleteCampaign request ('DeleteCampaign.request')."""
    return _okf_delete_campaign_request(value) if formats else _ok_delete_campaign_request(value)


def validate_delete_campaign_response_204(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 204 response body of DeleteCampaign ('DeleteCampaign.response.204'); empty when valid."""
    return _explain((_ok_any, _okf_any, _err_any), value, formats)


def is_valid_delete_campaign_response_204(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the 204 response body of DeleteCampaign ('DeleteCampaign.response.204')."""
    return _okf_any(value) if formats else _ok_any(value)


def validate_delete_campaign_response_403(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 403 response body of DeleteCampaign ('DeleteCampaign.response.403'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_delete_campaign_response_403 = (
    _ok_message_body  # whether a value is valid against the 403 response body of DeleteCampaign
)


def validate_delete_campaign_response_404(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 404 response body of DeleteCampaign ('DeleteCampaign.response.404'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_delete_campaign_response_404 = (
    _ok_message_body  # whether a value is valid against the 404 response body of DeleteCampaign
)


def validate_delete_campaign_response_500(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 500 response body of DeleteCampaign ('DeleteCampaign.response.500'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_delete_campaign_response_500 = (
    _ok_message_body  # whether a value is valid against the 500 response body of DeleteCampaign
)


def validate_list_activities_path_application_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'application-id' of ListActivities ('ListActivities.path.application-id'); empty when valid."""
    return _explain(
        (
            _ok_put_application_application_id,
            _okf_put_application_application_id,
            _err_put_application_application_id,
        ),
        value,
        formats,
    )


is_valid_list_activities_path_application_id = _ok_put_application_application_id  # whether a value is valid against the path parameter 'application-id' of ListActivities


def validate_list_activities_path_campaign_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'campaign-id' of ListActivities ('ListActivities.path.campaign-id'); empty when valid."""
    return _explain(
        (
            _ok_put_campaign_campaign_id,
            _okf_put_campaign_campaign_id,
            _err_put_campaign_campaign_id,
        ),
        value,
        formats,
    )


is_valid_list_activities_path_campaign_id = _ok_put_campaign_campaign_id  # whether a value is valid against the path parameter 'campaign-id' of ListActivities


def validate_list_activities_query_page_size(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the query parameter 'page-size' of ListActivities ('ListActivities.query.page-size'); empty when valid."""
    return _explain(
        (
            _ok_list_activities_page_size,
            _okf_list_activities_page_size,
            _err_list_activities_page_size,
        ),
        value,
        formats,
    )


is_valid_list_activities_query_page_size = _ok_list_activities_page_size  # whether a value is valid against the query parameter 'page-size' of ListActivities


def validate_list_activities_query_token(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the query parameter 'token' of ListActivities ('ListActivities.query.token'); empty when valid."""
    return _explain(
        (_ok_list_activities_token, _okf_list_activities_token, _err_list_activities_token),
        value,
        formats,
    )


is_valid_list_activities_query_token = _ok_list_activities_token  # whether a value is valid against the query parameter 'token' of ListActivities


def validate_list_activities_request(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a ListActivities request ('ListActivities.request'); empty when valid."""
    return _explain(
        (_ok_list_activities_request, _okf_list_activities_request, _err_list_activities_request),
        value,
        formats,
    )


def is_valid_list_activities_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a ListActivities request ('ListActivities.request')."""
    return _okf_list_activities_request(value) if formats else _ok_list_activities_request(value)


def validate_list_activities_response_200(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 200 response body of ListActivities ('ListActivities.response.200'); empty when valid."""
    return _explain(
        (_ok_activities_page, _okf_activities_page, _err_activities_page), value, formats
    )


is_valid_list_activities_response_200 = (
    _ok_activities_page  # whether a value is valid against the 200 response body of ListActivities
)


def validate_list_activities_response_400(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 400 response body of ListActivities ('ListActivities.response.400'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_list_activities_response_400 = (
    _ok_message_body  # whether a value is valid against the 400 response body of ListActivities
)


def validate_list_activities_response_403(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 403 response body of ListActivities ('ListActivities.response.403'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_list_activities_response_403 = (
    _ok_message_body  # whether a value is valid against the 403 response body of ListActivities
)


def validate_list_activities_response_404(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 404 response body of ListActivities ('ListActivities.response.404'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_list_activities_response_404 = (
    _ok_message_body  # whether a value is valid against the 404 response body of ListActivities
)


def validate_list_activities_response_500(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 500 response body of ListActivities ('ListActivities.response.500'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_list_activities_response_500 = (
    _ok_message_body  # whether a value is valid against the 500 response body of ListActivities
)


def validate_add_activities_path_application_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'application-id' of AddActivities ('AddActivities.path.application-id'); empty when valid."""
    return _explain(
        (
            _ok_put_application_application_id,
            _okf_put_application_application_id,
            _err_put_application_application_id,
        ),
        value,
        formats,
    )


is_valid_add_activities_path_application_id = _ok_put_application_application_id  # whether a value is valid against the path parameter 'application-id' of AddActivities


def validate_add_activities_path_campaign_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'campaign-id' of AddActivities ('AddActivities.path.campaign-id'); empty when valid."""
    return _explain(
        (
            _ok_put_campaign_campaign_id,
            _okf_put_campaign_campaign_id,
            _err_put_campaign_campaign_id,
        ),
        value,
        formats,
    )


is_valid_add_activities_path_campaign_id = _ok_put_campaign_campaign_id  # whether a value is valid against the path parameter 'campaign-id' of AddActivities


def validate_add_activities_request(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a AddActivities request ('AddActivities.request'); empty when valid."""
    return _explain(
        (_ok_add_activities_request, _okf_add_activities_request, _err_add_activities_request),
        value,
        formats,
    )


def is_valid_add_activities_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a AddActivities request ('AddActivities.request')."""
    return _okf_add_activities_request(value) if formats else _ok_add_activities_request(value)


def validate_add_activities_body(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the request body of AddActivities ('AddActivities.body'); empty when valid."""
    return _explain(
        (_ok_activities_input, _okf_activities_input, _err_activities_input), value, formats
    )


is_valid_add_activities_body = (
    _ok_activities_input  # whether a value is valid against the request body of AddActivities
)


def validate_add_activities_response_201(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 201 response body of AddActivities ('AddActivities.response.201'); empty when valid."""
    return _explain(
        (_ok_stored_activities, _okf_stored_activities, _err_stored_activities), value, formats
    )


is_valid_add_activities_response_201 = (
    _ok_stored_activities  # whether a value is valid against the 201 response body of AddActivities
)


def validate_add_activities_response_400(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 400 response body of AddActivities ('AddActivities.response.400'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_add_activities_response_400 = (
    _ok_message_body  # whether a value is valid against the 400 response body of AddActivities
)


def validate_add_activities_response_403(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 403 response body of AddActivities ('AddActivities.response.403'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_add_activities_response_403 = (
    _ok_message_body  # whether a value is valid against the 403 response body of AddActivities
)


def validate_add_activities_response_404(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 404 response body of AddActivities ('AddActivities.response.404'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_add_activities_response_404 = (
    _ok_message_body  # whether a value is valid against the 404 response body of AddActivities
)


def validate_add_activities_response_409(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 409 response body of AddActivities ('AddActivities.response.409'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_add_activities_response_409 = (
    _ok_message_body  # whether a value is valid against the 409 response body of AddActivities
)


def validate_add_activities_response_413(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 413 response body of AddActivities ('AddActivities.response.413'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_add_activities_response_413 = (
    _ok_message_body  # whether a value is valid against the 413 response body of AddActivities
)


def validate_add_activities_response_500(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 500 response body of AddActivities ('AddActivities.response.500'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_add_activities_response_500 = (
    _ok_message_body  # whether a value is valid against the 500 response body of AddActivities
)


def validate_delete_activities_path_application_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'application-id' of DeleteActivities ('DeleteActivities.path.application-id'); empty when valid."""
    return _explain(
        (
            _ok_put_application_application_id,
            _okf_put_application_application_id,
            _err_put_application_application_id,
        ),
        value,
        formats,
    )


is_valid_delete_activities_path_application_id = _ok_put_application_application_id  # whether a value is valid against the path parameter 'application-id' of DeleteActivities


def validate_delete_activities_path_campaign_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'campaign-id' of DeleteActivities ('DeleteActivities.path.campaign-id'); empty when valid."""
    return _explain(
        (
            _ok_put_campaign_campaign_id,
            _okf_put_campaign_campaign_id,
            _err_put_campaign_campaign_id,
        ),
        value,
        formats,
    )


is_valid_delete_activities_path_campaign_id = _ok_put_campaign_campaign_id  # whether a value is valid against the path parameter 'campaign-id' of DeleteActivities


def validate_delete_activities_request(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a DeleteActivities request ('DeleteActivities.request'); empty when valid."""
    return _explain(
        (
            _ok_delete_activities_request,
            _okf_delete_activities_request,
            _err_delete_activities_request,
        ),
        value,
        formats,
    )


def is_valid_delete_activities_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a DeleteActivities request ('DeleteActivities.request')."""
    return (
        _okf_delete_activities_request(value) if formats else _ok_delete_activities_request(value)
    )


def validate_delete_activities_response_204(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 204 response body of DeleteActivities ('DeleteActivities.response.204'); empty when valid."""
    return _explain((_ok_any, _okf_any, _err_any), value, formats)


def is_valid_delete_activities_response_204(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the 204 response body of DeleteActivities ('DeleteActivities.response.204')."""
    return _okf_any(value) if formats else _ok_any(value)


def validate_delete_activities_response_403(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 403 response body of DeleteActivities ('DeleteActivities.response.403'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_delete_activities_response_403 = (
    _ok_message_body  # whether a value is valid against the 403 response body of DeleteActivities
)


def validate_delete_activities_response_404(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 404 response body of DeleteActivities ('DeleteActivities.response.404'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_delete_activities_response_404 = (
    _ok_message_body  # whether a value is valid against the 404 response body of DeleteActivities
)


def validate_delete_activities_response_500(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 500 response body of DeleteActivities ('DeleteActivities.response.500'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_delete_activities_response_500 = (
    _ok_message_body  # whether a value is valid against the 500 response body of DeleteActivities
)


def validate_list_runs_path_application_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'application-id' of ListRuns ('ListRuns.path.application-id'); empty when valid."""
    return _explain(
        (
            _ok_put_application_application_id,
            _okf_put_application_application_id,
            _err_put_application_application_id,
        ),
        value,
        formats,
    )


is_valid_list_runs_path_application_id = _ok_put_application_application_id  # whether a value is valid against the path parameter 'application-id' of ListRuns


def validate_list_runs_path_campaign_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'campaign-id' of ListRuns ('ListRuns.path.campaign-id'); empty when valid."""
    return _explain(
        (
            _ok_put_campaign_campaign_id,
            _okf_put_campaign_campaign_id,
            _err_put_campaign_campaign_id,
        ),
        value,
        formats,
    )


is_valid_list_runs_path_campaign_id = _ok_put_campaign_campaign_id  # whether a value is valid against the path parameter 'campaign-id' of ListRuns


def validate_list_runs_request(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a ListRuns request ('ListRuns.request'); empty when valid."""
    return _explain(
        (_ok_list_runs_request, _okf_list_runs_request, _err_list_runs_request), value, formats
    )


def is_valid_list_runs_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a ListRuns request ('ListRuns.request')."""
    return _okf_list_runs_request(value) if formats else _ok_list_runs_request(value)


def validate_list_runs_response_200(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 200 response body of ListRuns ('ListRuns.response.200'); empty when valid."""
    return _explain((_ok_run_list, _okf_run_list, _err_run_list), value, formats)


is_valid_list_runs_response_200 = (
    _ok_run_list  # whether a value is valid against the 200 response body of ListRuns
)


def validate_list_runs_response_403(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 403 response body of ListRuns ('ListRuns.response.403'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_list_runs_response_403 = (
    _ok_message_body  # whether a value is valid against the 403 response body of ListRuns
)


def validate_list_runs_response_404(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 404 response body of ListRuns ('ListRuns.response.404'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_list_runs_response_404 = (
    _ok_message_body  # whether a value is valid against the 404 response body of ListRuns
)


def validate_list_runs_response_500(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 500 response body of ListRuns ('ListRuns.response.500'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_list_runs_response_500 = (
    _ok_message_body  # whether a value is valid against the 500 response body of ListRuns
)


def validate_create_run_path_application_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'application-id' of CreateRun ('CreateRun.path.application-id'); empty when valid."""
    return _explain(
        (
            _ok_put_application_application_id,
            _okf_put_application_application_id,
            _err_put_application_application_id,
        ),
        value,
        formats,
    )


is_valid_create_run_path_application_id = _ok_put_application_application_id  # whether a value is valid against the path parameter 'application-id' of CreateRun


def validate_create_run_path_campaign_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'campaign-id' of CreateRun ('CreateRun.path.campaign-id'); empty when valid."""
    return _explain(
        (
            _ok_put_campaign_campaign_id,
            _okf_put_campaign_campaign_id,
            _err_put_campaign_campaign_id,
        ),
        value,
        formats,
    )


is_valid_create_run_path_campaign_id = _ok_put_campaign_campaign_id  # whether a value is valid against the path parameter 'campaign-id' of CreateRun


def validate_create_run_request(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a CreateRun request ('CreateRun.request'); empty when valid."""
    return _explain(
        (_ok_create_run_request, _okf_create_run_request, _err_create_run_request), value, formats
    )


def is_valid_create_run_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a CreateRun request ('CreateRun.request')."""
    return _okf_create_run_request(value) if formats else _ok_create_run_request(value)


def validate_create_run_body(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the request body of CreateRun ('CreateRun.body'); empty when valid."""
    return _explain((_ok_run_input, _okf_run_input, _err_run_input), value, formats)


is_valid_create_run_body = (
    _ok_run_input  # whether a value is valid against the request body of CreateRun
)


def validate_create_run_response_201(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 201 response body of CreateRun ('CreateRun.response.201'); empty when valid."""
    return _explain((_ok_run, _okf_run, _err_run), value, formats)


is_valid_create_run_response_201 = (
    _ok_run  # whether a value is valid against the 201 response body of CreateRun
)


def validate_create_run_response_400(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 400 response body of CreateRun ('CreateRun.response.400'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_create_run_response_400 = (
    _ok_message_body  # whether a value is valid against the 400 response body of CreateRun
)


def validate_create_run_response_403(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 403 response body of CreateRun ('CreateRun.response.403'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_create_run_response_403 = (
    _ok_message_body  # whether a value is valid against the 403 response body of CreateRun
)


def validate_create_run_response_404(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 404 response body of CreateRun ('CreateRun.response.404'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_create_run_response_404 = (
    _ok_message_body  # whether a value is valid against the 404 response body of CreateRun
)


def validate_create_run_response_500(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 500 response body of CreateRun ('CreateRun.response.500'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_create_run_response_500 = (
    _ok_message_body  # whether a value is valid against the 500 response body of CreateRun
)


def validate_get_run_path_application_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'application-id' of GetRun ('GetRun.path.application-id'); empty when valid."""
    return _explain(
        (
            _ok_put_application_application_id,
            _okf_put_application_application_id,
            _err_put_application_application_id,
        ),
        value,
        formats,
    )


is_valid_get_run_path_application_id = _ok_put_application_application_id  # whether a value is valid against the path parameter 'application-id' of GetRun


def validate_get_run_path_campaign_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'campaign-id' of GetRun ('GetRun.path.campaign-id'); empty when valid."""
    return _explain(
        (
            _ok_put_campaign_campaign_id,
            _okf_put_campaign_campaign_id,
            _err_put_campaign_campaign_id,
        ),
        value,
        formats,
    )


is_valid_get_run_path_campaign_id = _ok_put_campaign_campaign_id  # whether a value is valid against the path parameter 'campaign-id' of GetRun


def validate_get_run_path_run_id(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'run-id' of GetRun ('GetRun.path.run-id'); empty when valid."""
    return _explain((_ok_get_run_run_id, _okf_get_run_run_id, _err_get_run_run_id), value, formats)


is_valid_get_run_path_run_id = (
    _ok_get_run_run_id  # whether a value is valid against the path parameter 'run-id' of GetRun
)


def validate_get_run_request(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a GetRun request ('GetRun.request'); empty when valid."""
    return _explain(
        (_ok_get_run_request, _okf_get_run_request, _err_get_run_request), value, formats
    )


def is_valid_get_run_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a GetRun request ('GetRun.request')."""
    return _okf_get_run_request(value) if formats else _ok_get_run_request(value)


def validate_get_run_response_200(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the 200 response body of GetRun ('GetRun.response.200'); empty when valid."""
    return _explain((_ok_run, _okf_run, _err_run), value, formats)


is_valid_get_run_response_200 = (
    _ok_run  # whether a value is valid against the 200 response body of GetRun
)


def validate_get_run_response_403(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the 403 response body of GetRun ('GetRun.response.403'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_get_run_response_403 = (
    _ok_message_body  # whether a value is valid against the 403 response body of GetRun
)


def validate_get_run_response_404(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the 404 response body of GetRun ('GetRun.response.404'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_get_run_response_404 = (
    _ok_message_body  # whether a value is valid against the 404 response body of GetRun
)


def validate_get_run_response_500(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the 500 response body of GetRun ('GetRun.response.500'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_get_run_response_500 = (
    _ok_message_body  # whether a value is valid against the 500 response body of GetRun
)


def validate_delete_run_path_application_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'application-id' of DeleteRun ('DeleteRun.path.application-id'); empty when valid."""
    return _explain(
        (
            _ok_put_application_application_id,
            _okf_put_application_application_id,
            _err_put_application_application_id,
        ),
        value,
        formats,
    )


is_valid_delete_run_path_application_id = _ok_put_application_application_id  # whether a value is valid against the path parameter 'application-id' of DeleteRun


def validate_delete_run_path_campaign_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'campaign-id' of DeleteRun ('DeleteRun.path.campaign-id'); empty when valid."""
    return _explain(
        (
            _ok_put_campaign_campaign_id,
            _okf_put_campaign_campaign_id,
            _err_put_campaign_campaign_id,
        ),
        value,
        formats,
    )


is_valid_delete_run_path_campaign_id = _ok_put_campaign_campaign_id  # whether a value is valid against the path parameter 'campaign-id' of DeleteRun


def validate_delete_run_path_run_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'run-id' of DeleteRun ('DeleteRun.path.run-id'); empty when valid."""
    return _explain((_ok_get_run_run_id, _okf_get_run_run_id, _err_get_run_run_id), value, formats)


is_valid_delete_run_path_run_id = (
    _ok_get_run_run_id  # whether a value is valid against the path parameter 'run-id' of DeleteRun
)


def validate_delete_run_request(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a DeleteRun request ('DeleteRun.request'); empty when valid."""
    return _explain(
        (_ok_delete_run_request, _okf_delete_run_request, _err_delete_run_request), value, formats
    )


def is_valid_delete_run_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a DeleteRun request ('DeleteRun.request')."""
    return _okf_delete_run_request(value) if formats else _ok_delete_run_request(value)


def validate_delete_run_response_204(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 204 response body of DeleteRun ('DeleteRun.response.204'); empty when valid."""
    return _explain((_ok_any, _okf_any, _err_any), value, formats)


def is_valid_delete_run_response_204(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the 204 response body of DeleteRun ('DeleteRun.response.204')."""
    return _okf_any(value) if formats else _ok_any(value)


def validate_delete_run_response_403(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 403 response body of DeleteRun ('DeleteRun.response.403'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_delete_run_response_403 = (
    _ok_message_body  # whether a value is valid against the 403 response body of DeleteRun
)


def validate_delete_run_response_404(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 404 response body of DeleteRun ('DeleteRun.response.404'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_delete_run_response_404 = (
    _ok_message_body  # whether a value is valid against the 404 response body of DeleteRun
)


def validate_delete_run_response_500(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 500 response body of DeleteRun ('DeleteRun.response.500'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_delete_run_response_500 = (
    _ok_message_body  # whether a value is valid against the 500 response body of DeleteRun
)


def validate_pause_run_path_application_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'application-id' of PauseRun ('PauseRun.path.application-id'); empty when valid."""
    return _explain(
        (
            _ok_put_application_application_id,
            _okf_put_application_application_id,
            _err_put_application_application_id,
        ),
        value,
        formats,
    )


is_valid_pause_run_path_application_id = _ok_put_application_application_id  # whether a value is valid against the path parameter 'application-id' of PauseRun


def validate_pause_run_path_campaign_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'campaign-id' of PauseRun ('PauseRun.path.campaign-id'); empty when valid."""
    return _explain(
        (
            _ok_put_campaign_campaign_id,
            _okf_put_campaign_campaign_id,
            _err_put_campaign_campaign_id,
        ),
        value,
        formats,
    )


is_valid_pause_run_path_campaign_id = _ok_put_campaign_campaign_id  # whether a value is valid against the path parameter 'campaign-id' of PauseRun


def validate_pause_run_path_run_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'run-id' of PauseRun ('PauseRun.path.run-id'); empty when valid."""
    return _explain((_ok_get_run_run_id, _okf_get_run_run_id, _err_get_run_run_id), value, formats)


is_valid_pause_run_path_run_id = (
    _ok_get_run_run_id  # whether a value is valid against the path parameter 'run-id' of PauseRun
)


def validate_pause_run_request(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a PauseRun request ('PauseRun.request'); empty when valid."""
    return _explain(
        (_ok_pause_run_request, _okf_pause_run_request, _err_pause_run_request), value, formats
    )


def is_valid_pause_run_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a PauseRun request ('PauseRun.request')."""
    return _okf_pause_run_request(value) if formats else _ok_pause_run_request(value)


def validate_pause_run_response_200(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 200 response body of PauseRun ('PauseRun.response.200'); empty when valid."""
    return _explain((_ok_run, _okf_run, _err_run), value, formats)


is_valid_pause_run_response_200 = (
    _ok_run  # whether a value is valid against the 200 response body of PauseRun
)


def validate_pause_run_response_403(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 403 response body of PauseRun ('PauseRun.response.403'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_pause_run_response_403 = (
    _ok_message_body  # whether a value is valid against the 403 response body of PauseRun
)


def validate_pause_run_response_404(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 404 response body of PauseRun ('PauseRun.response.404'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_pause_run_response_404 = (
    _ok_message_body  # whether a value is valid against the 404 response body of PauseRun
)


def validate_pause_run_response_409(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 409 response body of PauseRun ('PauseRun.response.409'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_pause_run_response_409 = (
    _ok_message_body  # whether a value is valid against the 409 response body of PauseRun
)


def validate_pause_run_response_500(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 500 response body of PauseRun ('PauseRun.response.500'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_pause_run_response_500 = (
    _ok_message_body  # whether a value is valid against the 500 response body of PauseRun
)


def validate_resume_run_path_application_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'application-id' of ResumeRun ('ResumeRun.path.application-id'); empty when valid."""
    return _explain(
        (
            _ok_put_application_application_id,
            _okf_put_application_application_id,
            _err_put_application_application_id,
        ),
        value,
        formats,
    )


is_valid_resume_run_path_application_id = _ok_put_application_application_id  # whether a value is valid against the path parameter 'application-id' of ResumeRun


def validate_resume_run_path_campaign_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'campaign-id' of ResumeRun ('ResumeRun.path.campaign-id'); empty when valid."""
    return _explain(
        (
            _ok_put_campaign_campaign_id,
            _okf_put_campaign_campaign_id,
            _err_put_campaign_campaign_id,
        ),
        value,
        formats,
    )


is_valid_resume_run_path_campaign_id = _ok_put_campaign_campaign_id  # whether a value is valid against the path parameter 'campaign-id' of ResumeRun


def validate_resume_run_path_run_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'run-id' of ResumeRun ('ResumeRun.path.run-id'); empty when valid."""
    return _explain((_ok_get_run_run_id, _okf_get_run_run_id, _err_get_run_run_id), value, formats)


is_valid_resume_run_path_run_id = (
    _ok_get_run_run_id  # whether a value is valid against the path parameter 'run-id' of ResumeRun
)


def validate_resume_run_request(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a ResumeRun request ('ResumeRun.request'); empty when valid."""
    return _explain(
        (_ok_resume_run_request, _okf_resume_run_request, _err_resume_run_request), value, formats
    )


def is_valid_resume_run_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a ResumeRun request ('ResumeRun.request')."""
    return _okf_resume_run_request(value) if formats else _ok_resume_run_request(value)


def validate_resume_run_response_200(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 200 response body of ResumeRun ('ResumeRun.response.200'); empty when valid."""
    return _explain((_ok_run, _okf_run, _err_run), value, formats)


is_valid_resume_run_response_200 = (
    _ok_run  # whether a value is valid against the 200 response body of ResumeRun
)


def validate_resume_run_response_403(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 403 response body of ResumeRun ('ResumeRun.response.403'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_resume_run_response_403 = (
    _ok_message_body  # whether a value is valid against the 403 response body of ResumeRun
)


def validate_resume_run_response_404(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 404 response body of ResumeRun ('ResumeRun.response.404'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_resume_run_response_404 = (
    _ok_message_body  # whether a value is valid against the 404 response body of ResumeRun
)


def validate_resume_run_response_409(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 409 response body of ResumeRun ('ResumeRun.response.409'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_resume_run_response_409 = (
    _ok_message_body  # whether a value is valid against the 409 response body of ResumeRun
)


def validate_resume_run_response_500(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 500 response body of ResumeRun ('ResumeRun.response.500'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_resume_run_response_500 = (
    _ok_message_body  # whether a value is valid against the 500 response body of ResumeRun
)


def validate_cancel_run_path_application_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'application-id' of CancelRun ('CancelRun.path.application-id'); empty when valid."""
    return _explain(
        (
            _ok_put_application_application_id,
            _okf_put_application_application_id,
            _err_put_application_application_id,
        ),
        value,
        formats,
    )


is_valid_cancel_run_path_application_id = _ok_put_application_application_id  # whether a value is valid against the path parameter 'application-id' of CancelRun


def validate_cancel_run_path_campaign_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'campaign-id' of CancelRun ('CancelRun.path.campaign-id'); empty when valid."""
    return _explain(
        (
            _ok_put_campaign_campaign_id,
            _okf_put_campaign_campaign_id,
            _err_put_campaign_campaign_id,
        ),
        value,
        formats,
    )


is_valid_cancel_run_path_campaign_id = _ok_put_campaign_campaign_id  # whether a value is valid against the path parameter 'campaign-id' of CancelRun


def validate_cancel_run_path_run_id(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the path parameter 'run-id' of CancelRun ('CancelRun.path.run-id'); empty when valid."""
    return _explain((_ok_get_run_run_id, _okf_get_run_run_id, _err_get_run_run_id), value, formats)


is_valid_cancel_run_path_run_id = (
    _ok_get_run_run_id  # whether a value is valid against the path parameter 'run-id' of CancelRun
)


def validate_cancel_run_request(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a CancelRun request ('CancelRun.request'); empty when valid."""
    return _explain(
        (_ok_cancel_run_request, _okf_cancel_run_request, _err_cancel_run_request), value, formats
    )


def is_valid_cancel_run_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a CancelRun request ('CancelRun.request')."""
    return _okf_cancel_run_request(value) if formats else _ok_cancel_run_request(value)


def validate_cancel_run_response_200(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 200 response body of CancelRun ('CancelRun.response.200'); empty when valid."""
    return _explain((_ok_run, _okf_run, _err_run), value, formats)


is_valid_cancel_run_response_200 = (
    _ok_run  # whether a value is valid against the 200 response body of CancelRun
)


def validate_cancel_run_response_403(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 403 response body of CancelRun ('CancelRun.response.403'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_cancel_run_response_403 = (
    _ok_message_body  # whether a value is valid against the 403 response body of CancelRun
)


def validate_cancel_run_response_404(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 404 response body of CancelRun ('CancelRun.response.404'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_cancel_run_response_404 = (
    _ok_message_body  # whether a value is valid against the 404 response body of CancelRun
)


def validate_cancel_run_response_409(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 409 response body of CancelRun ('CancelRun.response.409'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_cancel_run_response_409 = (
    _ok_message_body  # whether a value is valid against the 409 response body of CancelRun
)


def validate_cancel_run_response_500(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 500 response body of CancelRun ('CancelRun.response.500'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_cancel_run_response_500 = (
    _ok_message_body  # whether a value is valid against the 500 response body of CancelRun
)


def validate_get_clock_request(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a GetClock request ('GetClock.request'); empty when valid."""
    return _explain(
        (_ok_get_clock_request, _okf_get_clock_request, _err_get_clock_request), value, formats
    )


def is_valid_get_clock_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a GetClock request ('GetClock.request')."""
    return _okf_get_clock_request(value) if formats else _ok_get_clock_request(value)


def validate_get_clock_response_200(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 200 response body of GetClock ('GetClock.response.200'); empty when valid."""
    return _explain((_ok_clock, _okf_clock, _err_clock), value, formats)


is_valid_get_clock_response_200 = (
    _ok_clock  # whether a value is valid against the 200 response body of GetClock
)


def validate_get_clock_response_403(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 403 response body of GetClock ('GetClock.response.403'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_get_clock_response_403 = (
    _ok_message_body  # whether a value is valid against the 403 response body of GetClock
)


def validate_get_clock_response_500(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 500 response body of GetClock ('GetClock.response.500'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_get_clock_response_500 = (
    _ok_message_body  # whether a value is valid against the 500 response body of GetClock
)


def validate_set_clock_request(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a SetClock request ('SetClock.request'); empty when valid."""
    return _explain(
        (_ok_set_clock_request, _okf_set_clock_request, _err_set_clock_request), value, formats
    )


def is_valid_set_clock_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a SetClock request ('SetClock.request')."""
    return _okf_set_clock_request(value) if formats else _ok_set_clock_request(value)


def validate_set_clock_body(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the request body of SetClock ('SetClock.body'); empty when valid."""
    return _explain((_ok_clock_setting, _okf_clock_setting, _err_clock_setting), value, formats)


is_valid_set_clock_body = (
    _ok_clock_setting  # whether a value is valid against the request body of SetClock
)


def validate_set_clock_response_200(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 200 response body of SetClock ('SetClock.response.200'); empty when valid."""
    return _explain((_ok_clock, _okf_clock, _err_clock), value, formats)


is_valid_set_clock_response_200 = (
    _ok_clock  # whether a value is valid against the 200 response body of SetClock
)


def validate_set_clock_response_400(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 400 response body of SetClock ('SetClock.response.400'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_set_clock_response_400 = (
    _ok_message_body  # whether a value is valid against the 400 response body of SetClock
)


def validate_set_clock_response_403(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 403 response body of SetClock ('SetClock.response.403'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_set_clock_response_403 = (
    _ok_message_body  # whether a value is valid against the 403 response body of SetClock
)


def validate_set_clock_response_500(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 500 response body of SetClock ('SetClock.response.500'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_set_clock_response_500 = (
    _ok_message_body  # whether a value is valid against the 500 response body of SetClock
)


def validate_advance_clock_request(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a AdvanceClock request ('AdvanceClock.request'); empty when valid."""
    return _explain(
        (_ok_advance_clock_request, _okf_advance_clock_request, _err_advance_clock_request),
        value,
        formats,
    )


def is_valid_advance_clock_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a AdvanceClock request ('AdvanceClock.request')."""
    return _okf_advance_clock_request(value) if formats else _ok_advance_clock_request(value)


def validate_advance_clock_body(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the request body of AdvanceClock ('AdvanceClock.body'); empty when valid."""
    return _explain((_ok_clock_advance, _okf_clock_advance, _err_clock_advance), value, formats)


is_valid_advance_clock_body = (
    _ok_clock_advance  # whether a value is valid against the request body of AdvanceClock
)


def validate_advance_clock_response_200(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 200 response body of AdvanceClock ('AdvanceClock.response.200'); empty when valid."""
    return _explain((_ok_clock, _okf_clock, _err_clock), value, formats)


is_valid_advance_clock_response_200 = (
    _ok_clock  # whether a value is valid against the 200 response body of AdvanceClock
)


def validate_advance_clock_response_400(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 400 response body of AdvanceClock ('AdvanceClock.response.400'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_advance_clock_response_400 = (
    _ok_message_body  # whether a value is valid against the 400 response body of AdvanceClock
)


def validate_advance_clock_response_403(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 403 response body of AdvanceClock ('AdvanceClock.response.403'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_advance_clock_response_403 = (
    _ok_message_body  # whether a value is valid against the 403 response body of AdvanceClock
)


def validate_advance_clock_response_500(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 500 response body of AdvanceClock ('AdvanceClock.response.500'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_advance_clock_response_500 = (
    _ok_message_body  # whether a value is valid against the 500 response body of AdvanceClock
)


def validate_list_faults_request(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a ListFaults request ('ListFaults.request'); empty when valid."""
    return _explain(
        (_ok_list_faults_request, _okf_list_faults_request, _err_list_faults_request),
        value,
        formats,
    )


def is_valid_list_faults_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a ListFaults request ('ListFaults.request')."""
    return _okf_list_faults_request(value) if formats else _ok_list_faults_request(value)


def validate_list_faults_response_200(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 200 response body of ListFaults ('ListFaults.response.200'); empty when valid."""
    return _explain((_ok_fault_list, _okf_fault_list, _err_fault_list), value, formats)


is_valid_list_faults_response_200 = (
    _ok_fault_list  # whether a value is valid against the 200 response body of ListFaults
)


def validate_list_faults_response_403(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 403 response body of ListFaults ('ListFaults.response.403'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_list_faults_response_403 = (
    _ok_message_body  # whether a value is valid against the 403 response body of ListFaults
)


def validate_list_faults_response_500(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 500 response body of ListFaults ('ListFaults.response.500'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_list_faults_response_500 = (
    _ok_message_body  # whether a value is valid against the 500 response body of ListFaults
)


def validate_add_fault_request(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a AddFault request ('AddFault.request'); empty when valid."""
    return _explain(
        (_ok_add_fault_request, _okf_add_fault_request, _err_add_fault_request), value, formats
    )


def is_valid_add_fault_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a AddFault request ('AddFault.request')."""
    return _okf_add_fault_request(value) if formats else _ok_add_fault_request(value)


def validate_add_fault_body(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the request body of AddFault ('AddFault.body'); empty when valid."""
    return _explain((_ok_fault_input, _okf_fault_input, _err_fault_input), value, formats)


is_valid_add_fault_body = (
    _ok_fault_input  # whether a value is valid against the request body of AddFault
)


def validate_add_fault_response_201(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 201 response body of AddFault ('AddFault.response.201'); empty when valid."""
    return _explain((_ok_fault, _okf_fault, _err_fault), value, formats)


is_valid_add_fault_response_201 = (
    _ok_fault  # whether a value is valid against the 201 response body of AddFault
)


def validate_add_fault_response_400(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 400 response body of AddFault ('AddFault.response.400'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_add_fault_response_400 = (
    _ok_message_body  # whether a value is valid against the 400 response body of AddFault
)


def validate_add_fault_response_403(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 403 response body of AddFault ('AddFault.response.403'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_add_fault_response_403 = (
    _ok_message_body  # whether a value is valid against the 403 response body of AddFault
)


def validate_add_fault_response_500(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 500 response body of AddFault ('AddFault.response.500'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_add_fault_response_500 = (
    _ok_message_body  # whether a value is valid against the 500 response body of AddFault
)


def validate_clear_faults_request(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against the parameters of a ClearFaults request ('ClearFaults.request'); empty when valid."""
    return _explain(
        (_ok_clear_faults_request, _okf_clear_faults_request, _err_clear_faults_request),
        value,
        formats,
    )


def is_valid_clear_faults_request(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the parameters of a ClearFaults request ('ClearFaults.request')."""
    return _okf_clear_faults_request(value) if formats else _ok_clear_faults_request(value)


def validate_clear_faults_response_204(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 204 response body of ClearFaults ('ClearFaults.response.204'); empty when valid."""
    return _explain((_ok_any, _okf_any, _err_any), value, formats)


def is_valid_clear_faults_response_204(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against the 204 response body of ClearFaults ('ClearFaults.response.204')."""
    return _okf_any(value) if formats else _ok_any(value)


def validate_clear_faults_response_403(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 403 response body of ClearFaults ('ClearFaults.response.403'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_clear_faults_response_403 = (
    _ok_message_body  # whether a value is valid against the 403 response body of ClearFaults
)


def validate_clear_faults_response_500(
    value: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of ``value`` against the 500 response body of ClearFaults ('ClearFaults.response.500'); empty when valid."""
    return _explain((_ok_message_body, _okf_message_body, _err_message_body), value, formats)


is_valid_clear_faults_response_500 = (
    _ok_message_body  # whether a value is valid against the 500 response body of ClearFaults
)


def validate_get_health_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a GetHealth response body with this status; empty when valid."""
    return validate_response("GetHealth", status, body, formats=formats)


def is_valid_get_health_response(status: int, body: object, *, formats: bool = False) -> bool:
    """Whether a GetHealth response body with this status is valid."""
    return is_valid_response("GetHealth", status, body, formats=formats)


def validate_reset_mock_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a ResetMock response body with this status; empty when valid."""
    return validate_response("ResetMock", status, body, formats=formats)


def is_valid_reset_mock_response(status: int, body: object, *, formats: bool = False) -> bool:
    """Whether a ResetMock response body with this status is valid."""
    return is_valid_response("ResetMock", status, body, formats=formats)


def validate_list_applications_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a ListApplications response body with this status; empty when valid."""
    return validate_response("ListApplications", status, body, formats=formats)


def is_valid_list_applications_response(
    status: int, body: object, *, formats: bool = False
) -> bool:
    """Whether a ListApplications response body with this status is valid."""
    return is_valid_response("ListApplications", status, body, formats=formats)


def validate_put_application_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a PutApplication response body with this status; empty when valid."""
    return validate_response("PutApplication", status, body, formats=formats)


def is_valid_put_application_response(status: int, body: object, *, formats: bool = False) -> bool:
    """Whether a PutApplication response body with this status is valid."""
    return is_valid_response("PutApplication", status, body, formats=formats)


def validate_delete_application_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a DeleteApplication response body with this status; empty when valid."""
    return validate_response("DeleteApplication", status, body, formats=formats)


def is_valid_delete_application_response(
    status: int, body: object, *, formats: bool = False
) -> bool:
    """Whether a DeleteApplication response body with this status is valid."""
    return is_valid_response("DeleteApplication", status, body, formats=formats)


def validate_put_campaign_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a PutCampaign response body with this status; empty when valid."""
    return validate_response("PutCampaign", status, body, formats=formats)


def is_valid_put_campaign_response(status: int, body: object, *, formats: bool = False) -> bool:
    """Whether a PutCampaign response body with this status is valid."""
    return is_valid_response("PutCampaign", status, body, formats=formats)


def validate_delete_campaign_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a DeleteCampaign response body with this status; empty when valid."""
    return validate_response("DeleteCampaign", status, body, formats=formats)


def is_valid_delete_campaign_response(status: int, body: object, *, formats: bool = False) -> bool:
    """Whether a DeleteCampaign response body with this status is valid."""
    return is_valid_response("DeleteCampaign", status, body, formats=formats)


def validate_list_activities_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a ListActivities response body with this status; empty when valid."""
    return validate_response("ListActivities", status, body, formats=formats)


def is_valid_list_activities_response(status: int, body: object, *, formats: bool = False) -> bool:
    """Whether a ListActivities response body with this status is valid."""
    return is_valid_response("ListActivities", status, body, formats=formats)


def validate_add_activities_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a AddActivities response body with this status; empty when valid."""
    return validate_response("AddActivities", status, body, formats=formats)


def is_valid_add_activities_response(status: int, body: object, *, formats: bool = False) -> bool:
    """Whether a AddActivities response body with this status is valid."""
    return is_valid_response("AddActivities", status, body, formats=formats)


def validate_delete_activities_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a DeleteActivities response body with this status; empty when valid."""
    return validate_response("DeleteActivities", status, body, formats=formats)


def is_valid_delete_activities_response(
    status: int, body: object, *, formats: bool = False
) -> bool:
    """Whether a DeleteActivities response body with this status is valid."""
    return is_valid_response("DeleteActivities", status, body, formats=formats)


def validate_list_runs_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a ListRuns response body with this status; empty when valid."""
    return validate_response("ListRuns", status, body, formats=formats)


def is_valid_list_runs_response(status: int, body: object, *, formats: bool = False) -> bool:
    """Whether a ListRuns response body with this status is valid."""
    return is_valid_response("ListRuns", status, body, formats=formats)


def validate_create_run_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a CreateRun response body with this status; empty when valid."""
    return validate_response("CreateRun", status, body, formats=formats)


def is_valid_create_run_response(status: int, body: object, *, formats: bool = False) -> bool:
    """Whether a CreateRun response body with this status is valid."""
    return is_valid_response("CreateRun", status, body, formats=formats)


def validate_get_run_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a GetRun response body with this status; empty when valid."""
    return validate_response("GetRun", status, body, formats=formats)


def is_valid_get_run_response(status: int, body: object, *, formats: bool = False) -> bool:
    """Whether a GetRun response body with this status is valid."""
    return is_valid_response("GetRun", status, body, formats=formats)


def validate_delete_run_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a DeleteRun response body with this status; empty when valid."""
    return validate_response("DeleteRun", status, body, formats=formats)


def is_valid_delete_run_response(status: int, body: object, *, formats: bool = False) -> bool:
    """Whether a DeleteRun response body with this status is valid."""
    return is_valid_response("DeleteRun", status, body, formats=formats)


def validate_pause_run_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a PauseRun response body with this status; empty when valid."""
    return validate_response("PauseRun", status, body, formats=formats)


def is_valid_pause_run_response(status: int, body: object, *, formats: bool = False) -> bool:
    """Whether a PauseRun response body with this status is valid."""
    return is_valid_response("PauseRun", status, body, formats=formats)


def validate_resume_run_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a ResumeRun response body with this status; empty when valid."""
    return validate_response("ResumeRun", status, body, formats=formats)


def is_valid_resume_run_response(status: int, body: object, *, formats: bool = False) -> bool:
    """Whether a ResumeRun response body with this status is valid."""
    return is_valid_response("ResumeRun", status, body, formats=formats)


def validate_cancel_run_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a CancelRun response body with this status; empty when valid."""
    return validate_response("CancelRun", status, body, formats=formats)


def is_valid_cancel_run_response(status: int, body: object, *, formats: bool = False) -> bool:
    """Whether a CancelRun response body with this status is valid."""
    return is_valid_response("CancelRun", status, body, formats=formats)


def validate_get_clock_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a GetClock response body with this status; empty when valid."""
    return validate_response("GetClock", status, body, formats=formats)


def is_valid_get_clock_response(status: int, body: object, *, formats: bool = False) -> bool:
    """Whether a GetClock response body with this status is valid."""
    return is_valid_response("GetClock", status, body, formats=formats)


def validate_set_clock_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a SetClock response body with this status; empty when valid."""
    return validate_response("SetClock", status, body, formats=formats)


def is_valid_set_clock_response(status: int, body: object, *, formats: bool = False) -> bool:
    """Whether a SetClock response body with this status is valid."""
    return is_valid_response("SetClock", status, body, formats=formats)


def validate_advance_clock_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a AdvanceClock response body with this status; empty when valid."""
    return validate_response("AdvanceClock", status, body, formats=formats)


def is_valid_advance_clock_response(status: int, body: object, *, formats: bool = False) -> bool:
    """Whether a AdvanceClock response body with this status is valid."""
    return is_valid_response("AdvanceClock", status, body, formats=formats)


def validate_list_faults_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a ListFaults response body with this status; empty when valid."""
    return validate_response("ListFaults", status, body, formats=formats)


def is_valid_list_faults_response(status: int, body: object, *, formats: bool = False) -> bool:
    """Whether a ListFaults response body with this status is valid."""
    return is_valid_response("ListFaults", status, body, formats=formats)


def validate_add_fault_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a AddFault response body with this status; empty when valid."""
    return validate_response("AddFault", status, body, formats=formats)


def is_valid_add_fault_response(status: int, body: object, *, formats: bool = False) -> bool:
    """Whether a AddFault response body with this status is valid."""
    return is_valid_response("AddFault", status, body, formats=formats)


def validate_clear_faults_response(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a ClearFaults response body with this status; empty when valid."""
    return validate_response("ClearFaults", status, body, formats=formats)


def is_valid_clear_faults_response(status: int, body: object, *, formats: bool = False) -> bool:
    """Whether a ClearFaults response body with this status is valid."""
    return is_valid_response("ClearFaults", status, body, formats=formats)


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
    "validate_message_body",
    "is_valid_message_body",
    "validate_health",
    "is_valid_health",
    "validate_store_info",
    "is_valid_store_info",
    "validate_reset_result",
    "is_valid_reset_result",
    "validate_application_input",
    "is_valid_application_input",
    "validate_application",
    "is_valid_application",
    "validate_application_list",
    "is_valid_application_list",
    "validate_campaign_input",
    "is_valid_campaign_input",
    "validate_campaign",
    "is_valid_campaign",
    "validate_activities_input",
    "is_valid_activities_input",
    "validate_stored_activities",
    "is_valid_stored_activities",
    "validate_activities_page",
    "is_valid_activities_page",
    "validate_clock",
    "is_valid_clock",
    "validate_clock_setting",
    "is_valid_clock_setting",
    "validate_clock_advance",
    "is_valid_clock_advance",
    "validate_fault_input",
    "is_valid_fault_input",
    "validate_fault",
    "is_valid_fault",
    "validate_fault_list",
    "is_valid_fault_list",
    "validate_run_input",
    "is_valid_run_input",
    "validate_run_schedule",
    "is_valid_run_schedule",
    "validate_run_segment",
    "is_valid_run_segment",
    "validate_run_timezone",
    "is_valid_run_timezone",
    "validate_run_treatment",
    "is_valid_run_treatment",
    "validate_run_delivery",
    "is_valid_run_delivery",
    "validate_run_failure",
    "is_valid_run_failure",
    "validate_run_event",
    "is_valid_run_event",
    "validate_run",
    "is_valid_run",
    "validate_run_list",
    "is_valid_run_list",
    "validate_get_health_request",
    "is_valid_get_health_request",
    "validate_get_health_response_200",
    "is_valid_get_health_response_200",
    "validate_get_health_response_403",
    "is_valid_get_health_response_403",
    "validate_get_health_response_500",
    "is_valid_get_health_response_500",
    "validate_reset_mock_query_demo",
    "is_valid_reset_mock_query_demo",
    "validate_reset_mock_request",
    "is_valid_reset_mock_request",
    "validate_reset_mock_response_200",
    "is_valid_reset_mock_response_200",
    "validate_reset_mock_response_400",
    "is_valid_reset_mock_response_400",
    "validate_reset_mock_response_403",
    "is_valid_reset_mock_response_403",
    "validate_reset_mock_response_500",
    "is_valid_reset_mock_response_500",
    "validate_list_applications_request",
    "is_valid_list_applications_request",
    "validate_list_applications_response_200",
    "is_valid_list_applications_response_200",
    "validate_list_applications_response_403",
    "is_valid_list_applications_response_403",
    "validate_list_applications_response_500",
    "is_valid_list_applications_response_500",
    "validate_put_application_path_application_id",
    "is_valid_put_application_path_application_id",
    "validate_put_application_request",
    "is_valid_put_application_request",
    "validate_put_application_body",
    "is_valid_put_application_body",
    "validate_put_application_response_200",
    "is_valid_put_application_response_200",
    "validate_put_application_response_201",
    "is_valid_put_application_response_201",
    "validate_put_application_response_400",
    "is_valid_put_application_response_400",
    "validate_put_application_response_403",
    "is_valid_put_application_response_403",
    "validate_put_application_response_500",
    "is_valid_put_application_response_500",
    "validate_delete_application_path_application_id",
    "is_valid_delete_application_path_application_id",
    "validate_delete_application_request",
    "is_valid_delete_application_request",
    "validate_delete_application_response_204",
    "is_valid_delete_application_response_204",
    "validate_delete_application_response_403",
    "is_valid_delete_application_response_403",
    "validate_delete_application_response_404",
    "is_valid_delete_application_response_404",
    "validate_delete_application_response_500",
    "is_valid_delete_application_response_500",
    "validate_put_campaign_path_application_id",
    "is_valid_put_campaign_path_application_id",
    "validate_put_campaign_path_campaign_id",
    "is_valid_put_campaign_path_campaign_id",
    "validate_put_campaign_request",
    "is_valid_put_campaign_request",
    "validate_put_campaign_body",
    "is_valid_put_campaign_body",
    "validate_put_campaign_response_200",
    "is_valid_put_campaign_response_200",
    "validate_put_campaign_response_201",
    "is_valid_put_campaign_response_201",
    "validate_put_campaign_response_400",
    "is_valid_put_campaign_response_400",
    "validate_put_campaign_response_403",
    "is_valid_put_campaign_response_403",
    "validate_put_campaign_response_404",
    "is_valid_put_campaign_response_404",
    "validate_put_campaign_response_409",
    "is_valid_put_campaign_response_409",
    "validate_put_campaign_response_500",
    "is_valid_put_campaign_response_500",
    "validate_delete_campaign_path_application_id",
    "is_valid_delete_campaign_path_application_id",
    "validate_delete_campaign_path_campaign_id",
    "is_valid_delete_campaign_path_campaign_id",
    "validate_delete_campaign_request",
    "is_valid_delete_campaign_request",
    "validate_delete_campaign_response_204",
    "is_valid_delete_campaign_response_204",
    "validate_delete_campaign_response_403",
    "is_valid_delete_campaign_response_403",
    "validate_delete_campaign_response_404",
    "is_valid_delete_campaign_response_404",
    "validate_delete_campaign_response_500",
    "is_valid_delete_campaign_response_500",
    "validate_list_activities_path_application_id",
    "is_valid_list_activities_path_application_id",
    "validate_list_activities_path_campaign_id",
    "is_valid_list_activities_path_campaign_id",
    "validate_list_activities_query_page_size",
    "is_valid_list_activities_query_page_size",
    "validate_list_activities_query_token",
    "is_valid_list_activities_query_token",
    "validate_list_activities_request",
    "is_valid_list_activities_request",
    "validate_list_activities_response_200",
    "is_valid_list_activities_response_200",
    "validate_list_activities_response_400",
    "is_valid_list_activities_response_400",
    "validate_list_activities_response_403",
    "is_valid_list_activities_response_403",
    "validate_list_activities_response_404",
    "is_valid_list_activities_response_404",
    "validate_list_activities_response_500",
    "is_valid_list_activities_response_500",
    "validate_add_activities_path_application_id",
    "is_valid_add_activities_path_application_id",
    "validate_add_activities_path_campaign_id",
    "is_valid_add_activities_path_campaign_id",
    "validate_add_activities_request",
    "is_valid_add_activities_request",
    "validate_add_activities_body",
    "is_valid_add_activities_body",
    "validate_add_activities_response_201",
    "is_valid_add_activities_response_201",
    "validate_add_activities_response_400",
    "is_valid_add_activities_response_400",
    "validate_add_activities_response_403",
    "is_valid_add_activities_response_403",
    "validate_add_activities_response_404",
    "is_valid_add_activities_response_404",
    "validate_add_activities_response_409",
    "is_valid_add_activities_response_409",
    "validate_add_activities_response_413",
    "is_valid_add_activities_response_413",
    "validate_add_activities_response_500",
    "is_valid_add_activities_response_500",
    "validate_delete_activities_path_application_id",
    "is_valid_delete_activities_path_application_id",
    "validate_delete_activities_path_campaign_id",
    "is_valid_delete_activities_path_campaign_id",
    "validate_delete_activities_request",
    "is_valid_delete_activities_request",
    "validate_delete_activities_response_204",
    "is_valid_delete_activities_response_204",
    "validate_delete_activities_response_403",
    "is_valid_delete_activities_response_403",
    "validate_delete_activities_response_404",
    "is_valid_delete_activities_response_404",
    "validate_delete_activities_response_500",
    "is_valid_delete_activities_response_500",
    "validate_list_runs_path_application_id",
    "is_valid_list_runs_path_application_id",
    "validate_list_runs_path_campaign_id",
    "is_valid_list_runs_path_campaign_id",
    "validate_list_runs_request",
    "is_valid_list_runs_request",
    "validate_list_runs_response_200",
    "is_valid_list_runs_response_200",
    "validate_list_runs_response_403",
    "is_valid_list_runs_response_403",
    "validate_list_runs_response_404",
    "is_valid_list_runs_response_404",
    "validate_list_runs_response_500",
    "is_valid_list_runs_response_500",
    "validate_create_run_path_application_id",
    "is_valid_create_run_path_application_id",
    "validate_create_run_path_campaign_id",
    "is_valid_create_run_path_campaign_id",
    "validate_create_run_request",
    "is_valid_create_run_request",
    "validate_create_run_body",
    "is_valid_create_run_body",
    "validate_create_run_response_201",
    "is_valid_create_run_response_201",
    "validate_create_run_response_400",
    "is_valid_create_run_response_400",
    "validate_create_run_response_403",
    "is_valid_create_run_response_403",
    "validate_create_run_response_404",
    "is_valid_create_run_response_404",
    "validate_create_run_response_500",
    "is_valid_create_run_response_500",
    "validate_get_run_path_application_id",
    "is_valid_get_run_path_application_id",
    "validate_get_run_path_campaign_id",
    "is_valid_get_run_path_campaign_id",
    "validate_get_run_path_run_id",
    "is_valid_get_run_path_run_id",
    "validate_get_run_request",
    "is_valid_get_run_request",
    "validate_get_run_response_200",
    "is_valid_get_run_response_200",
    "validate_get_run_response_403",
    "is_valid_get_run_response_403",
    "validate_get_run_response_404",
    "is_valid_get_run_response_404",
    "validate_get_run_response_500",
    "is_valid_get_run_response_500",
    "validate_delete_run_path_application_id",
    "is_valid_delete_run_path_application_id",
    "validate_delete_run_path_campaign_id",
    "is_valid_delete_run_path_campaign_id",
    "validate_delete_run_path_run_id",
    "is_valid_delete_run_path_run_id",
    "validate_delete_run_request",
    "is_valid_delete_run_request",
    "validate_delete_run_response_204",
    "is_valid_delete_run_response_204",
    "validate_delete_run_response_403",
    "is_valid_delete_run_response_403",
    "validate_delete_run_response_404",
    "is_valid_delete_run_response_404",
    "validate_delete_run_response_500",
    "is_valid_delete_run_response_500",
    "validate_pause_run_path_application_id",
    "is_valid_pause_run_path_application_id",
    "validate_pause_run_path_campaign_id",
    "is_valid_pause_run_path_campaign_id",
    "validate_pause_run_path_run_id",
    "is_valid_pause_run_path_run_id",
    "validate_pause_run_request",
    "is_valid_pause_run_request",
    "validate_pause_run_response_200",
    "is_valid_pause_run_response_200",
    "validate_pause_run_response_403",
    "is_valid_pause_run_response_403",
    "validate_pause_run_response_404",
    "is_valid_pause_run_response_404",
    "validate_pause_run_response_409",
    "is_valid_pause_run_response_409",
    "validate_pause_run_response_500",
    "is_valid_pause_run_response_500",
    "validate_resume_run_path_application_id",
    "is_valid_resume_run_path_application_id",
    "validate_resume_run_path_campaign_id",
    "is_valid_resume_run_path_campaign_id",
    "validate_resume_run_path_run_id",
    "is_valid_resume_run_path_run_id",
    "validate_resume_run_request",
    "is_valid_resume_run_request",
    "validate_resume_run_response_200",
    "is_valid_resume_run_response_200",
    "validate_resume_run_response_403",
    "is_valid_resume_run_response_403",
    "validate_resume_run_response_404",
    "is_valid_resume_run_response_404",
    "validate_resume_run_response_409",
    "is_valid_resume_run_response_409",
    "validate_resume_run_response_500",
    "is_valid_resume_run_response_500",
    "validate_cancel_run_path_application_id",
    "is_valid_cancel_run_path_application_id",
    "validate_cancel_run_path_campaign_id",
    "is_valid_cancel_run_path_campaign_id",
    "validate_cancel_run_path_run_id",
    "is_valid_cancel_run_path_run_id",
    "validate_cancel_run_request",
    "is_valid_cancel_run_request",
    "validate_cancel_run_response_200",
    "is_valid_cancel_run_response_200",
    "validate_cancel_run_response_403",
    "is_valid_cancel_run_response_403",
    "validate_cancel_run_response_404",
    "is_valid_cancel_run_response_404",
    "validate_cancel_run_response_409",
    "is_valid_cancel_run_response_409",
    "validate_cancel_run_response_500",
    "is_valid_cancel_run_response_500",
    "validate_get_clock_request",
    "is_valid_get_clock_request",
    "validate_get_clock_response_200",
    "is_valid_get_clock_response_200",
    "validate_get_clock_response_403",
    "is_valid_get_clock_response_403",
    "validate_get_clock_response_500",
    "is_valid_get_clock_response_500",
    "validate_set_clock_request",
    "is_valid_set_clock_request",
    "validate_set_clock_body",
    "is_valid_set_clock_body",
    "validate_set_clock_response_200",
    "is_valid_set_clock_response_200",
    "validate_set_clock_response_400",
    "is_valid_set_clock_response_400",
    "validate_set_clock_response_403",
    "is_valid_set_clock_response_403",
    "validate_set_clock_response_500",
    "is_valid_set_clock_response_500",
    "validate_advance_clock_request",
    "is_valid_advance_clock_request",
    "validate_advance_clock_body",
    "is_valid_advance_clock_body",
    "validate_advance_clock_response_200",
    "is_valid_advance_clock_response_200",
    "validate_advance_clock_response_400",
    "is_valid_advance_clock_response_400",
    "validate_advance_clock_response_403",
    "is_valid_advance_clock_response_403",
    "validate_advance_clock_response_500",
    "is_valid_advance_clock_response_500",
    "validate_list_faults_request",
    "is_valid_list_faults_request",
    "validate_list_faults_response_200",
    "is_valid_list_faults_response_200",
    "validate_list_faults_response_403",
    "is_valid_list_faults_response_403",
    "validate_list_faults_response_500",
    "is_valid_list_faults_response_500",
    "validate_add_fault_request",
    "is_valid_add_fault_request",
    "validate_add_fault_body",
    "is_valid_add_fault_body",
    "validate_add_fault_response_201",
    "is_valid_add_fault_response_201",
    "validate_add_fault_response_400",
    "is_valid_add_fault_response_400",
    "validate_add_fault_response_403",
    "is_valid_add_fault_response_403",
    "validate_add_fault_response_500",
    "is_valid_add_fault_response_500",
    "validate_clear_faults_request",
    "is_valid_clear_faults_request",
    "validate_clear_faults_response_204",
    "is_valid_clear_faults_response_204",
    "validate_clear_faults_response_403",
    "is_valid_clear_faults_response_403",
    "validate_clear_faults_response_500",
    "is_valid_clear_faults_response_500",
    "validate_get_health_response",
    "is_valid_get_health_response",
    "validate_reset_mock_response",
    "is_valid_reset_mock_response",
    "validate_list_applications_response",
    "is_valid_list_applications_response",
    "validate_put_application_response",
    "is_valid_put_application_response",
    "validate_delete_application_response",
    "is_valid_delete_application_response",
    "validate_put_campaign_response",
    "is_valid_put_campaign_response",
    "validate_delete_campaign_response",
    "is_valid_delete_campaign_response",
    "validate_list_activities_response",
    "is_valid_list_activities_response",
    "validate_add_activities_response",
    "is_valid_add_activities_response",
    "validate_delete_activities_response",
    "is_valid_delete_activities_response",
    "validate_list_runs_response",
    "is_valid_list_runs_response",
    "validate_create_run_response",
    "is_valid_create_run_response",
    "validate_get_run_response",
    "is_valid_get_run_response",
    "validate_delete_run_response",
    "is_valid_delete_run_response",
    "validate_pause_run_response",
    "is_valid_pause_run_response",
    "validate_resume_run_response",
    "is_valid_resume_run_response",
    "validate_cancel_run_response",
    "is_valid_cancel_run_response",
    "validate_get_clock_response",
    "is_valid_get_clock_response",
    "validate_set_clock_response",
    "is_valid_set_clock_response",
    "validate_advance_clock_response",
    "is_valid_advance_clock_response",
    "validate_list_faults_response",
    "is_valid_list_faults_response",
    "validate_add_fault_response",
    "is_valid_add_fault_response",
    "validate_clear_faults_response",
    "is_valid_clear_faults_response",
]
