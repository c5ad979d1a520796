"""The high-level clients: ``PinpointAdminClient`` and ``AsyncPinpointAdminClient``.

The API: Pinpoint Mock Admin.

Generated from the OpenAPI document by ``python -m generator``; do not edit.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from typing import Any, Self

import httpx

from . import _runtime, _transport
from .exceptions import (
    BadRequestException,
    ConflictException,
    ForbiddenException,
    InternalServerErrorException,
    NotFoundException,
    PaginationError,
    PayloadTooLargeException,
)
from .models import (
    ActivitiesInput,
    ActivitiesPage,
    ActivitiesPageItemItem,
    Application,
    ApplicationInput,
    ApplicationList,
    Campaign,
    CampaignInput,
    Clock,
    ClockAdvance,
    ClockSetting,
    Fault,
    FaultInput,
    FaultList,
    Health,
    ResetResult,
    Run,
    RunInput,
    RunList,
    StoredActivities,
)

SERVER_URL = "http://127.0.0.1:8080"
SERVER_VARIABLES: dict[str, str] = {}
USER_AGENT = "pinpoint-admin-client/1.0.0 httpx/" + httpx.__version__
DEFAULT_HEADERS = {"accept": "application/json", "user-agent": USER_AGENT}

_ANY_ERRORS = _runtime.ErrorMap(
    statuses={
        403: ForbiddenException,
        500: InternalServerErrorException,
        400: BadRequestException,
        404: NotFoundException,
        409: ConflictException,
        413: PayloadTooLargeException,
    },
    ranges={},
    default=None,
)
_GET_HEALTH_ERRORS = _runtime.ErrorMap(
    statuses={
        403: ForbiddenException,
        500: InternalServerErrorException,
    },
    ranges={},
    default=None,
)
_RESET_MOCK_ERRORS = _runtime.ErrorMap(
    statuses={
        400: BadRequestException,
        403: ForbiddenException,
        500: InternalServerErrorException,
    },
    ranges={},
    default=None,
)
_LIST_APPLICATIONS_ERRORS = _runtime.ErrorMap(
    statuses={
        403: ForbiddenException,
        500: InternalServerErrorException,
    },
    ranges={},
    default=None,
)
_PUT_APPLICATION_ERRORS = _runtime.ErrorMap(
    statuses={
        400: BadRequestException,
        403: ForbiddenException,
        500: InternalServerErrorException,
    },
    ranges={},
    default=None,
)
_DELETE_APPLICATION_ERRORS = _runtime.ErrorMap(
    statuses={
        403: ForbiddenException,
        404: NotFoundException,
        500: InternalServerErrorException,
    },
    ranges={},
    default=None,
)
_PUT_CAMPAIGN_ERRORS = _runtime.ErrorMap(
    statuses={
        400: BadRequestException,
        403: ForbiddenException,
        404: NotFoundException,
        409: ConflictException,
        500: InternalServerErrorException,
    },
    ranges={},
    default=None,
)
_DELETE_CAMPAIGN_ERRORS = _runtime.ErrorMap(
    statuses={
        403: ForbiddenException,
        404: NotFoundException,
        500: InternalServerErrorException,
    },
    ranges={},
    default=None,
)
_LIST_ACTIVITIES_ERRORS = _runtime.ErrorMap(
    statuses={
        400: BadRequestException,
        403: ForbiddenException,
        404: NotFoundException,
        500: InternalServerErrorException,
    },
    ranges={},
    default=None,
)
_ADD_ACTIVITIES_ERRORS = _runtime.ErrorMap(
    statuses={
        400: BadRequestException,
        403: ForbiddenException,
        404: NotFoundException,
        409: ConflictException,
        413: PayloadTooLargeException,
        500: InternalServerErrorException,
    },
    ranges={},
    default=None,
)
_DELETE_ACTIVITIES_ERRORS = _runtime.ErrorMap(
    statuses={
        403: ForbiddenException,
        404: NotFoundException,
        500: InternalServerErrorException,
    },
    ranges={},
    default=None,
)
_LIST_RUNS_ERRORS = _runtime.ErrorMap(
    statuses={
        403: ForbiddenException,
        404: NotFoundException,
        500: InternalServerErrorException,
    },
    ranges={},
    default=None,
)
_CREATE_RUN_ERRORS = _runtime.ErrorMap(
    statuses={
        400: BadRequestException,
        403: ForbiddenException,
        404: NotFoundException,
        500: InternalServerErrorException,
    },
    ranges={},
    default=None,
)
_GET_RUN_ERRORS = _runtime.ErrorMap(
    statuses={
        403: ForbiddenException,
        404: NotFoundException,
        500: InternalServerErrorException,
    },
    ranges={},
    default=None,
)
_DELETE_RUN_ERRORS = _runtime.ErrorMap(
    statuses={
        403: ForbiddenException,
        404: NotFoundException,
        500: InternalServerErrorException,
    },
    ranges={},
    default=None,
)
_PAUSE_RUN_ERRORS = _runtime.ErrorMap(
    statuses={
        403: ForbiddenException,
        404: NotFoundException,
        409: ConflictException,
        500: InternalServerErrorException,
    },
    ranges={},
    default=None,
)
_RESUME_RUN_ERRORS = _runtime.ErrorMap(
    statuses={
        403: ForbiddenException,
        404: NotFoundException,
        409: ConflictException,
        500: InternalServerErrorException,
    },
    ranges={},
    default=None,
)
_CANCEL_RUN_ERRORS = _runtime.ErrorMap(
    statuses={
        403: ForbiddenException,
        404: NotFoundException,
        409: ConflictException,
        500: InternalServerErrorException,
    },
    ranges={},
    default=None,
)
_GET_CLOCK_ERRORS = _runtime.ErrorMap(
    statuses={
        403: ForbiddenException,
        500: InternalServerErrorException,
    },
    ranges={},
    default=None,
)
_SET_CLOCK_ERRORS = _runtime.ErrorMap(
    statuses={
        400: BadRequestException,
        403: ForbiddenException,
        500: InternalServerErrorException,
    },
    ranges={},
    default=None,
)
_ADVANCE_CLOCK_ERRORS = _runtime.ErrorMap(
    statuses={
        400: BadRequestException,
        403: ForbiddenException,
        500: InternalServerErrorException,
    },
    ranges={},
    default=None,
)
_LIST_FAULTS_ERRORS = _runtime.ErrorMap(
    statuses={
        403: ForbiddenException,
        500: InternalServerErrorException,
    },
    ranges={},
    default=None,
)
_ADD_FAULT_ERRORS = _runtime.ErrorMap(
    statuses={
        400: BadRequestException,
        403: ForbiddenException,
        500: InternalServerErrorException,
    },
    ranges={},
    default=None,
)
_CLEAR_FAULTS_ERRORS = _runtime.ErrorMap(
    statuses={
        403: ForbiddenException,
        500: InternalServerErrorException,
    },
    ranges={},
    default=None,
)


class _NoCookies(httpx.Cookies):
    """A cookie jar that keeps nothing: the API sets no cookies, and extracting them from every
    response costs more CPU than the rest of httpx's client layer."""

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


class _HttpClient(httpx.Client):
    """``httpx.Client`` without cookie handling (see ``_NoCookies``)."""

    @property
    def cookies(self) -> httpx.Cookies:
        jar: httpx.Cookies = self.__dict__.setdefault("_no_cookies", _NoCookies())
        return jar

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        if cookies:
            raise ValueError("this client keeps no cookies")


class _AsyncHttpClient(httpx.AsyncClient):
    """``httpx.AsyncClient`` without cookie handling (see ``_NoCookies``)."""

    @property
    def cookies(self) -> httpx.Cookies:
        jar: httpx.Cookies = self.__dict__.setdefault("_no_cookies", _NoCookies())
        return jar

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        if cookies:
            raise ValueError("this client keeps no cookies")


def _default_base_url(region: str, variables: Mapping[str, str] | None) -> str:
    if not SERVER_URL:
        raise ValueError("the spec names no server: pass base_url")
    return _runtime.server_url(
        SERVER_URL, {**SERVER_VARIABLES, "region": region, **(variables or {})}
    )


async def _async_sleep(seconds: float) -> None:
    import anyio

    await anyio.sleep(seconds)


def _path(value: object) -> str:
    return _runtime.path(value)


def _build_get_health() -> _runtime.Call:
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    content: bytes | None = None
    return _runtime.Call(
        method="GET",
        url=_runtime.with_query("/_mock/health", query),
        headers=headers,
        content=content,
        errors=_GET_HEALTH_ERRORS,
    )


def _parse_get_health(response: httpx.Response) -> Health:
    data = _runtime.object_of(response)
    try:
        return Health.from_dict(data)
    except _runtime.PARSE_ERRORS as exc:
        raise _runtime.invalid_response(response, f"does not fit Health: {exc!r}") from None


def _build_reset_mock(
    *,
    demo: bool | None = None,
) -> _runtime.Call:
    query: list[tuple[str, str]] = []
    if demo is not None:
        query.append(("demo", _runtime.text(demo)))
    headers: dict[str, str] = {}
    content: bytes | None = None
    return _runtime.Call(
        method="POST",
        url=_runtime.with_query("/_mock/reset", query),
        headers=headers,
        content=content,
        errors=_RESET_MOCK_ERRORS,
    )


def _parse_reset_mock(response: httpx.Response) -> ResetResult:
    data = _runtime.object_of(response)
    try:
        return ResetResult.from_dict(data)
    except _runtime.PARSE_ERRORS as exc:
        raise _runtime.invalid_response(response, f"does not fit ResetResult: {exc!r}") from None


def _build_list_applications() -> _runtime.Call:
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    content: bytes | None = None
    return _runtime.Call(
        method="GET",
        url=_runtime.with_query("/_mock/apps", query),
        headers=headers,
        content=content,
        errors=_LIST_APPLICATIONS_ERRORS,
    )


def _parse_list_applications(response: httpx.Response) -> ApplicationList:
    data = _runtime.object_of(response)
    try:
        return ApplicationList.from_dict(data)
    except _runtime.PARSE_ERRORS as exc:
        raise _runtime.invalid_response(
            response, f"does not fit ApplicationList: {exc!r}"
        ) from None


def _build_put_application(
    *,
    application_id: str,
    body: ApplicationInput | Mapping[str, Any] | None = None,
) -> _runtime.Call:
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    content: bytes | None = None
    if body is not None:
        content = _runtime.json_body(
            body.to_dict() if isinstance(body, ApplicationInput) else dict(body)
        )
        headers.update(_runtime.JSON_HEADERS)
    return _runtime.Call(
        method="PUT",
        url=_runtime.with_query("/_mock/apps/" + _path(application_id), query),
        headers=headers,
        content=content,
        errors=_PUT_APPLICATION_ERRORS,
    )


def _parse_put_application(response: httpx.Response) -> Application:
    data = _runtime.object_of(response)
    try:
        return Application.from_dict(data)
    except _runtime.PARSE_ERRORS as exc:
        raise _runtime.invalid_response(response, f"does not fit Application: {exc!r}") from None


def _build_delete_application(
    *,
    application_id: str,
) -> _runtime.Call:
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    content: bytes | None = None
    return _runtime.Call(
        method="DELETE",
        url=_runtime.with_query("/_mock/apps/" + _path(application_id), query),
        headers=headers,
        content=content,
        errors=_DELETE_APPLICATION_ERRORS,
    )


def _parse_delete_application(response: httpx.Response) -> httpx.Headers:
    return response.headers


def _build_put_campaign(
    *,
    application_id: str,
    campaign_id: str,
    body: CampaignInput | Mapping[str, Any] | None = None,
) -> _runtime.Call:
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    content: bytes | None = None
    if body is not None:
        content = _runtime.json_body(
            body.to_dict() if isinstance(body, CampaignInput) else dict(body)
        )
        headers.update(_runtime.JSON_HEADERS)
    return _runtime.Call(
        method="PUT",
        url=_runtime.with_query(
            "/_mock/apps/" + _path(application_id) + "/campaigns/" + _path(campaign_id), query
        ),
        headers=headers,
        content=content,
        errors=_PUT_CAMPAIGN_ERRORS,
    )


def _parse_put_campaign(response: httpx.Response) -> Campaign:
    data = _runtime.object_of(response)
    try:
        return Campaign.from_dict(data)
    except _runtime.PARSE_ERRORS as exc:
        raise _runtime.invalid_response(response, f"does not fit Campaign: {exc!r}") from None


def _build_delete_campaign(
    *,
    application_id: str,
    campaign_id: str,
) -> _runtime.Call:
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    content: bytes | None = None
    return _runtime.Call(
        method="DELETE",
        url=_runtime.with_query(
            "/_mock/apps/" + _path(application_id) + "/campaigns/" + _path(campaign_id), query
        ),
        headers=headers,
        content=content,
        errors=_DELETE_CAMPAIGN_ERRORS,
    )


def _parse_delete_campaign(response: httpx.Response) -> httpx.Headers:
    return response.headers


def _build_list_activities(
    *,
    application_id: str,
    campaign_id: str,
    page_size: str | None = None,
    token: str | None = None,
) -> _runtime.Call:
    query: list[tuple[str, str]] = []
    if page_size is not None:
        query.append(("page-size", _runtime.text(page_size)))
    if token is not None:
        query.append(("token", _runtime.text(token)))
    headers: dict[str, str] = {}
    content: bytes | None = None
    return _runtime.Call(
        method="GET",
        url=_runtime.with_query(
            "/_mock/apps/"
            + _path(application_id)
            + "/campaigns/"
            + _path(campaign_id)
            + "/activities",
            query,
        ),
        headers=headers,
        content=content,
        errors=_LIST_ACTIVITIES_ERRORS,
    )


def _parse_list_activities(response: httpx.Response) -> ActivitiesPage:
    data = _runtime.object_of(response)
    try:
        return ActivitiesPage.from_dict(data)
    except _runtime.PARSE_ERRORS as exc:
        raise _runtime.invalid_response(response, f"does not fit ActivitiesPage: {exc!r}") from None


def _build_add_activities(
    *,
    application_id: str,
    campaign_id: str,
    body: ActivitiesInput | Mapping[str, Any],
) -> _runtime.Call:
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    content: bytes | None = None
    content = _runtime.json_body(
        body.to_dict() if isinstance(body, ActivitiesInput) else dict(body)
    )
    headers.update(_runtime.JSON_HEADERS)
    return _runtime.Call(
        method="POST",
        url=_runtime.with_query(
            "/_mock/apps/"
            + _path(application_id)
            + "/campaigns/"
            + _path(campaign_id)
            + "/activities",
            query,
        ),
        headers=headers,
        content=content,
        errors=_ADD_ACTIVITIES_ERRORS,
    )


def _parse_add_activities(response: httpx.Response) -> StoredActivities:
    data = _runtime.object_of(response)
    try:
        return StoredActivities.from_dict(data)
    except _runtime.PARSE_ERRORS as exc:
        raise _runtime.invalid_response(
            response, f"does not fit StoredActivities: {exc!r}"
        ) from None


def _build_delete_activities(
    *,
    application_id: str,
    campaign_id: str,
) -> _runtime.Call:
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    content: bytes | None = None
    return _runtime.Call(
        method="DELETE",
        url=_runtime.with_query(
            "/_mock/apps/"
            + _path(application_id)
            + "/campaigns/"
            + _path(campaign_id)
            + "/activities",
            query,
        ),
        headers=headers,
        content=content,
        errors=_DELETE_ACTIVITIES_ERRORS,
    )


def _parse_delete_activities(response: httpx.Response) -> httpx.Headers:
    return response.headers


def _build_list_runs(
    *,
    application_id: str,
    campaign_id: str,
) -> _runtime.Call:
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    content: bytes | None = None
    return _runtime.Call(
        method="GET",
        url=_runtime.with_query(
            "/_mock/apps/" + _path(application_id) + "/campaigns/" + _path(campaign_id) + "/runs",
            query,
        ),
        headers=headers,
        content=content,
        errors=_LIST_RUNS_ERRORS,
    )


def _parse_list_runs(response: httpx.Response) -> RunList:
    data = _runtime.object_of(response)
    try:
        return RunList.from_dict(data)
    except _runtime.PARSE_ERRORS as exc:
        raise _runtime.invalid_response(response, f"does not fit RunList: {exc!r}") from None


def _build_create_run(
    *,
    application_id: str,
    campaign_id: str,
    body: RunInput | Mapping[str, Any],
) -> _runtime.Call:
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    content: bytes | None = None
    content = _runtime.json_body(body.to_dict() if isinstance(body, RunInput) else dict(body))
    headers.update(_runtime.JSON_HEADERS)
    return _runtime.Call(
        method="POST",
        url=_runtime.with_query(
            "/_mock/apps/" + _path(application_id) + "/campaigns/" + _path(campaign_id) + "/runs",
            query,
        ),
        headers=headers,
        content=content,
        errors=_CREATE_RUN_ERRORS,
    )


def _parse_create_run(response: httpx.Response) -> Run:
    data = _runtime.object_of(response)
    try:
        return Run.from_dict(data)
    except _runtime.PARSE_ERRORS as exc:
        raise _runtime.invalid_response(response, f"does not fit Run: {exc!r}") from None


def _build_get_run(
    *,
    application_id: str,
    campaign_id: str,
    run_id: str,
) -> _runtime.Call:
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    content: bytes | None = None
    return _runtime.Call(
        method="GET",
        url=_runtime.with_query(
            "/_mock/apps/"
            + _path(application_id)
            + "/campaigns/"
            + _path(campaign_id)
            + "/runs/"
            + _path(run_id),
            query,
        ),
        headers=headers,
        content=content,
        errors=_GET_RUN_ERRORS,
    )


def _parse_get_run(response: httpx.Response) -> Run:
    data = _runtime.object_of(response)
    try:
        return Run.from_dict(data)
    except _runtime.PARSE_ERRORS as exc:
        raise _runtime.invalid_response(response, f"does not fit Run: {exc!r}") from None


def _build_delete_run(
    *,
    application_id: str,
    campaign_id: str,
    run_id: str,
) -> _runtime.Call:
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    content: bytes | None = None
    return _runtime.Call(
        method="DELETE",
        url=_runtime.with_query(
            "/_mock/apps/"
            + _path(application_id)
            + "/campaigns/"
            + _path(campaign_id)
            + "/runs/"
            + _path(run_id),
            query,
        ),
        headers=headers,
        content=content,
        errors=_DELETE_RUN_ERRORS,
    )


def _parse_delete_run(response: httpx.Response) -> httpx.Headers:
    return response.headers


def _build_pause_run(
    *,
    application_id: str,
    campaign_id: str,
    run_id: str,
) -> _runtime.Call:
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    content: bytes | None = None
    return _runtime.Call(
        method="POST",
        url=_runtime.with_query(
            "/_mock/apps/"
            + _path(application_id)
            + "/campaigns/"
            + _path(campaign_id)
            + "/runs/"
            + _path(run_id)
            + "/pause",
            query,
        ),
        headers=headers,
        content=content,
        errors=_PAUSE_RUN_ERRORS,
    )


def _parse_pause_run(response: httpx.Response) -> Run:
    data = _runtime.object_of(response)
    try:
        return Run.from_dict(data)
    except _runtime.PARSE_ERRORS as exc:
        raise _runtime.invalid_response(response, f"does not fit Run: {exc!r}") from None


def _build_resume_run(
    *,
    application_id: str,
    campaign_id: str,
    run_id: str,
) -> _runtime.Call:
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    content: bytes | None = None
    return _runtime.Call(
        method="POST",
        url=_runtime.with_query(
            "/_mock/apps/"
            + _path(application_id)
            + "/campaigns/"
            + _path(campaign_id)
            + "/runs/"
            + _path(run_id)
            + "/resume",
            query,
        ),
        headers=headers,
        content=content,
        errors=_RESUME_RUN_ERRORS,
    )


def _parse_resume_run(response: httpx.Response) -> Run:
    data = _runtime.object_of(response)
    try:
        return Run.from_dict(data)
    except _runtime.PARSE_ERRORS as exc:
        raise _runtime.invalid_response(response, f"does not fit Run: {exc!r}") from None


def _build_cancel_run(
    *,
    application_id: str,
    campaign_id: str,
    run_id: str,
) -> _runtime.Call:
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    content: bytes | None = None
    return _runtime.Call(
        method="POST",
        url=_runtime.with_query(
            "/_mock/apps/"
            + _path(application_id)
            + "/campaigns/"
            + _path(campaign_id)
            + "/runs/"
            + _path(run_id)
            + "/cancel",
            query,
        ),
        headers=headers,
        content=content,
        errors=_CANCEL_RUN_ERRORS,
    )


def _parse_cancel_run(response: httpx.Response) -> Run:
    data = _runtime.object_of(response)
    try:
        return Run.from_dict(data)
    except _runtime.PARSE_ERRORS as exc:
        raise _runtime.invalid_response(response, f"does not fit Run: {exc!r}") from None


def _build_get_clock() -> _runtime.Call:
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    content: bytes | None = None
    return _runtime.Call(
        method="GET",
        url=_runtime.with_query("/_mock/clock", query),
        headers=headers,
        content=content,
        errors=_GET_CLOCK_ERRORS,
    )


def _parse_get_clock(response: httpx.Response) -> Clock:
    data = _runtime.object_of(response)
    try:
        return Clock.from_dict(data)
    except _runtime.PARSE_ERRORS as exc:
        raise _runtime.invalid_response(response, f"does not fit Clock: {exc!r}") from None


def _build_set_clock(
    *,
    body: ClockSetting | Mapping[str, Any],
) -> _runtime.Call:
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    content: bytes | None = None
    content = _runtime.json_body(body.to_dict() if isinstance(body, ClockSetting) else dict(body))
    headers.update(_runtime.JSON_HEADERS)
    return _runtime.Call(
        method="PUT",
        url=_runtime.with_query("/_mock/clock", query),
        headers=headers,
        content=content,
        errors=_SET_CLOCK_ERRORS,
    )


def _parse_set_clock(response: httpx.Response) -> Clock:
    data = _runtime.object_of(response)
    try:
        return Clock.from_dict(data)
    except _runtime.PARSE_ERRORS as exc:
        raise _runtime.invalid_response(response, f"does not fit Clock: {exc!r}") from None


def _build_advance_clock(
    *,
    body: ClockAdvance | Mapping[str, Any],
) -> _runtime.Call:
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    content: bytes | None = None
    content = _runtime.json_body(body.to_dict() if isinstance(body, ClockAdvance) else dict(body))
    headers.update(_runtime.JSON_HEADERS)
    return _runtime.Call(
        method="POST",
        url=_runtime.with_query("/_mock/clock/advance", query),
        headers=headers,
        content=content,
        errors=_ADVANCE_CLOCK_ERRORS,
    )


def _parse_advance_clock(response: httpx.Response) -> Clock:
    data = _runtime.object_of(response)
    try:
        return Clock.from_dict(data)
    except _runtime.PARSE_ERRORS as exc:
        raise _runtime.invalid_response(response, f"does not fit Clock: {exc!r}") from None


def _build_list_faults() -> _runtime.Call:
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    content: bytes | None = None
    return _runtime.Call(
        method="GET",
        url=_runtime.with_query("/_mock/faults", query),
        headers=headers,
        content=content,
        errors=_LIST_FAULTS_ERRORS,
    )


def _parse_list_faults(response: httpx.Response) -> FaultList:
    data = _runtime.object_of(response)
    try:
        return FaultList.from_dict(data)
    except _runtime.PARSE_ERRORS as exc:
        raise _runtime.invalid_response(response, f"does not fit FaultList: {exc!r}") from None


def _build_add_fault(
    *,
    body: FaultInput | Mapping[str, Any],
) -> _runtime.Call:
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    content: bytes | None = None
    content = _runtime.json_body(body.to_dict() if isinstance(body, FaultInput) else dict(body))
    headers.update(_runtime.JSON_HEADERS)
    return _runtime.Call(
        method="POST",
        url=_runtime.with_query("/_mock/faults", query),
        headers=headers,
        content=content,
        errors=_ADD_FAULT_ERRORS,
    )


def _parse_add_fault(response: httpx.Response) -> Fault:
    data = _runtime.object_of(response)
    try:
        return Fault.from_dict(data)
    except _runtime.PARSE_ERRORS as exc:
        raise _runtime.invalid_response(response, f"does not fit Fault: {exc!r}") from None


def _build_clear_faults() -> _runtime.Call:
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    content: bytes | None = None
    return _runtime.Call(
        method="DELETE",
        url=_runtime.with_query("/_mock/faults", query),
        headers=headers,
        content=content,
        errors=_CLEAR_FAULTS_ERRORS,
    )


def _parse_clear_faults(response: httpx.Response) -> httpx.Headers:
    return response.headers


class PinpointAdminClient:
    """The client of Pinpoint Mock Admin.

    Every operation of the spec is a method with keyword arguments that returns the model of its
    success response; error responses raise the exceptions of ``pinpoint_admin_client.exceptions``.
    Throttling (429), server errors (500, 502, 503, 504) and connection failures are retried with
    exponential backoff and full jitter, honouring ``Retry-After``.

    Args:
        base_url: the server; by default ``http://127.0.0.1:8080``
            with the variables filled in.
        region: the AWS Region, for the server URL.
        server_variables: values for other variables of the server URL.
        auth: any ``httpx.Auth``, e.g. ``pinpoint_admin_client.sigv4.SigV4Auth``.
        timeout: seconds (or an ``httpx.Timeout``) for each attempt.
        verify: TLS verification: True (httpx's CA bundle), False, or an ``ssl.SSLContext``.
        max_attempts: attempts per call, the first one included (1 disables retries).
        backoff_base: the first backoff cap in seconds; it doubles after every attempt.
        backoff_max: the largest wait in seconds, also the longest ``Retry-After`` honoured.
        headers: extra headers for every request.
        transport: an httpx transport; by default a lean HTTP/1.1 one on
            ``http.client`` (``pinpoint_admin_client._transport``), or httpx's when the environment sets a proxy.
        sleep: how to wait between attempts.
    """

    def __init__(
        self,
        base_url: str | None = None,
        *,
        region: str = "us-east-1",
        server_variables: Mapping[str, str] | None = None,
        auth: httpx.Auth | None = None,
        timeout: float | httpx.Timeout | None = 10.0,
        verify: ssl.SSLContext | bool = True,
        max_attempts: int = 3,
        backoff_base: float = 0.25,
        backoff_max: float = 20.0,
        headers: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        self.region = region
        self.base_url = base_url or _default_base_url(region, server_variables)
        self.retry = _runtime.RetryPolicy(max_attempts, backoff_base, backoff_max)
        self._sleep = sleep or time.sleep
        if transport is None and not _transport.proxied(self.base_url):
            transport = _transport.Http11Transport(verify=verify)
        self._origin = self.base_url.rstrip("/")
        self._http = _HttpClient(
            base_url=self.base_url,
            auth=auth,
            timeout=timeout,
            verify=verify,
            headers={**DEFAULT_HEADERS, **(headers or {})},
            transport=transport,
        )

    @property
    def http(self) -> httpx.Client:
        """The underlying httpx client (connection pool, auth, timeouts)."""
        return self._http

    def close(self) -> None:
        """Close the connections."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def request(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, str] | Sequence[tuple[str, str]] | None = None,
        headers: Mapping[str, str] | None = None,
        json: Any = None,
    ) -> httpx.Response:
        """Send any request with this client's retries, auth and exceptions.

        ``url`` is relative to ``base_url`` and already percent-encoded; ``params`` are encoded
        here. An error status raises the exception the spec documents for it (any operation),
        else :class:`~pinpoint_admin_client.exceptions.ApiError`.
        """
        query = list(params.items()) if isinstance(params, Mapping) else list(params or ())
        call = _runtime.Call(
            method=method.upper(),
            url=_runtime.with_query(url, query),
            headers={**(headers or {}), **(_runtime.JSON_HEADERS if json is not None else {})},
            content=_runtime.json_body(json) if json is not None else None,
            errors=_ANY_ERRORS,
        )
        return self._send(call)

    def _send(self, call: _runtime.Call) -> httpx.Response:
        attempt = 0
        while True:
            attempt += 1
            request = self._http.build_request(
                call.method, self._origin + call.url, headers=call.headers, content=call.content
            )
            try:
                response = self._http.send(
                    request, auth=None if call.anonymous else httpx.USE_CLIENT_DEFAULT
                )
            except httpx.TransportError as error:
                delay = self.retry.after_error(error, call, attempt)
                if delay is None:
                    raise
            else:
                if _runtime.is_success(response):
                    return response
                delay = self.retry.after_response(response, call, attempt)
                if delay is None:
                    raise _runtime.error_from_response(response, call.errors)
            self._sleep(delay)

    def get_health(
        self,
    ) -> Health:
        """Says that the server serves, with its version, store and clock.

        ``GET /_mock/health``
        (operation ``GetHealth``).

        Returns:
            The ``Health`` of the success response.

        Raises:
            ForbiddenException: HTTP 403.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = self._send(_build_get_health())
        return _parse_get_health(response)

    def reset_mock(
        self,
        *,
        demo: bool | None = None,
    ) -> ResetResult:
        """Empties every application, campaign, activity and fault, and puts the clock back
        to real time.

        ``POST /_mock/reset``
        (operation ``ResetMock``).

        NextTokens issued before a reset stay signed, but name campaigns that no longer exist
        (404) until they are added again; their activities are then walked from the start of
        what was added after the token, never twice.

        Args:
            demo: Add the demo data again after emptying (the spec's example IDs and
                activities).

        Returns:
            The ``ResetResult`` of the success response.

        Raises:
            BadRequestException: HTTP 400.
            ForbiddenException: HTTP 403.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = self._send(
            _build_reset_mock(
                demo=demo,
            )
        )
        return _parse_reset_mock(response)

    def list_applications(
        self,
    ) -> ApplicationList:
        """Lists the applications with their campaigns.

        ``GET /_mock/apps``
        (operation ``ListApplications``).

        Returns:
            The ``ApplicationList`` of the success response.

        Raises:
            ForbiddenException: HTTP 403.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = self._send(_build_list_applications())
        return _parse_list_applications(response)

    def put_application(
        self,
        *,
        application_id: str,
        body: ApplicationInput | Mapping[str, Any] | None = None,
    ) -> Application:
        """Creates an application, or keeps the one with this ID (setting its Name if one is
        given).

        ``PUT /_mock/apps/{application-id}``
        (operation ``PutApplication``).

        Args:
            application_id: The application's ID, as the main API's path uses it.
            body: the request body (a ``ApplicationInput`` or a JSON object).

        Returns:
            The ``Application`` of the success response.

        Raises:
            BadRequestException: HTTP 400.
            ForbiddenException: HTTP 403.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = self._send(
            _build_put_application(
                application_id=application_id,
                body=body,
            )
        )
        return _parse_put_application(response)

    def delete_application(
        self,
        *,
        application_id: str,
    ) -> httpx.Headers:
        """Removes the application and everything under it.

        ``DELETE /_mock/apps/{application-id}``
        (operation ``DeleteApplication``).

        Args:
            application_id: The application's ID, as the main API's path uses it.

        Returns:
            The headers of the success response (it has no body).

        Raises:
            ForbiddenException: HTTP 403.
            NotFoundException: HTTP 404.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = self._send(
            _build_delete_application(
                application_id=application_id,
            )
        )
        return _parse_delete_application(response)

    def put_campaign(
        self,
        *,
        application_id: str,
        campaign_id: str,
        body: CampaignInput | Mapping[str, Any] | None = None,
    ) -> Campaign:
        """Creates a campaign in an existing application, or keeps the one with this ID.

        ``PUT /_mock/apps/{application-id}/campaigns/{campaign-id}``
        (operation ``PutCampaign``).

        A kept campaign takes the Name and TreatmentIds given; TreatmentIds that an activity of the
        campaign still carries cannot be removed (409).

        Args:
            application_id: The application's ID, as the main API's path uses it.
            campaign_id: The campaign's ID, as the main API's path uses it.
            body: the request body (a ``CampaignInput`` or a JSON object).

        Returns:
            The ``Campaign`` of the success response.

        Raises:
            BadRequestException: HTTP 400.
            ForbiddenException: HTTP 403.
            NotFoundException: HTTP 404.
            ConflictException: HTTP 409.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = self._send(
            _build_put_campaign(
                application_id=application_id,
                campaign_id=campaign_id,
                body=body,
            )
        )
        return _parse_put_campaign(response)

    def delete_campaign(
        self,
        *,
        application_id: str,
        campaign_id: str,
    ) -> httpx.Headers:
        """Removes the campaign and its activities.

        ``DELETE /_mock/apps/{application-id}/campaigns/{campaign-id}``
        (operation ``DeleteCampaign``).

        Args:
            application_id: The application's ID, as the main API's path uses it.
            campaign_id: The campaign's ID, as the main API's path uses it.

        Returns:
            The headers of the success response (it has no body).

        Raises:
            ForbiddenException: HTTP 403.
            NotFoundException: HTTP 404.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = self._send(
            _build_delete_campaign(
                application_id=application_id,
                campaign_id=campaign_id,
            )
        )
        return _parse_delete_campaign(response)

    def list_activities(
        self,
        *,
        application_id: str,
        campaign_id: str,
        page_size: str | None = None,
        token: str | None = None,
    ) -> ActivitiesPage:
        """Returns a page of the campaign's activities, as GetCampaignActivities does,
        without a signature.

        ``GET /_mock/apps/{application-id}/campaigns/{campaign-id}/activities``
        (operation ``ListActivities``).

        The same pages as the main API's `GetCampaignActivities` (the same reading of the store
        and the mock's clock, the same `NextToken`s, which either API accepts), under the control
        plane's access rules instead of the main API's `--auth`: what the web page at `/_mock/`
        reads, since a browser cannot sign with SigV4.

        Args:
            application_id: The application's ID, as the main API's path uses it.
            campaign_id: The campaign's ID, as the main API's path uses it.
            page_size: The most items in the page, as the main API's `page-size` (and its
                default and maximum).
            token: A `NextToken` of a previous page of this campaign (from either API).

        Returns:
            The ``ActivitiesPage`` of the success response.

        Raises:
            BadRequestException: HTTP 400.
            ForbiddenException: HTTP 403.
            NotFoundException: HTTP 404.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = self._send(
            _build_list_activities(
                application_id=application_id,
                campaign_id=campaign_id,
                page_size=page_size,
                token=token,
            )
        )
        return _parse_list_activities(response)

    def iter_list_activities_pages(
        self,
        *,
        application_id: str,
        campaign_id: str,
        page_size: str | None = None,
        token: str | None = None,
    ) -> Iterator[ActivitiesPage]:
        """Every page of ``ListActivities``, following ``token`` to the end.

        Stops when the page's token is null or missing; raises
        :class:`~pinpoint_admin_client.exceptions.PaginationError` if the server returns a token twice.
        Takes the arguments of :meth:`list_activities`
        (``token``: the page to start at).
        """
        seen: set[str] = set()
        next_token = token
        while True:
            if next_token is not None:
                seen.add(next_token)
            page = self.list_activities(
                application_id=application_id,
                campaign_id=campaign_id,
                page_size=page_size,
                token=next_token,
            )
            yield page
            found = page.next_token
            if not isinstance(found, str) or not found:
                return
            if found in seen:
                raise PaginationError("ListActivities", found)
            next_token = found

    def iter_list_activities(
        self,
        *,
        application_id: str,
        campaign_id: str,
        page_size: str | None = None,
        token: str | None = None,
    ) -> Iterator[ActivitiesPageItemItem]:
        """Every item (``item``) of every page of ``ListActivities``, in order.

        Takes the arguments of :meth:`list_activities`;
        see :meth:`iter_list_activities_pages`.
        """
        for page in self.iter_list_activities_pages(
            application_id=application_id,
            campaign_id=campaign_id,
            page_size=page_size,
            token=token,
        ):
            items = page.item
            yield from items

    def add_activities(
        self,
        *,
        application_id: str,
        campaign_id: str,
        body: ActivitiesInput | Mapping[str, Any],
    ) -> StoredActivities:
        """Appends activities to a campaign, after the ones it has.

        ``POST /_mock/apps/{application-id}/campaigns/{campaign-id}/activities``
        (operation ``AddActivities``).

        The body is an `ActivitiesResponse` of the main API, so a page saved from AWS can be posted
        as it is (its `NextToken` is ignored). Each item is checked against the main document's
        `ActivityResponse`; `ApplicationId` and `CampaignId` may be omitted (they must match the
        path when given) and a missing `Id` is generated. Nothing is stored unless every item is
        valid: a bad item is a 400 naming its JSON pointer, an `Id` the campaign has already (or
        one given twice) a 409.

        Args:
            application_id: The application's ID, as the main API's path uses it.
            campaign_id: The campaign's ID, as the main API's path uses it.
            body: the request body (a ``ActivitiesInput`` or a JSON object).

        Returns:
            The ``StoredActivities`` of the success response.

        Raises:
            BadRequestException: HTTP 400.
            ForbiddenException: HTTP 403.
            NotFoundException: HTTP 404.
            ConflictException: HTTP 409.
            PayloadTooLargeException: HTTP 413.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = self._send(
            _build_add_activities(
                application_id=application_id,
                campaign_id=campaign_id,
                body=body,
            )
        )
        return _parse_add_activities(response)

    def delete_activities(
        self,
        *,
        application_id: str,
        campaign_id: str,
    ) -> httpx.Headers:
        """Removes the campaign's activities (the campaign stays).

        ``DELETE /_mock/apps/{application-id}/campaigns/{campaign-id}/activities``
        (operation ``DeleteActivities``).

        NextTokens issued before stay valid: activities added later come after every position a
        token can name, so a walk never skips or repeats one.

        Args:
            application_id: The application's ID, as the main API's path uses it.
            campaign_id: The campaign's ID, as the main API's path uses it.

        Returns:
            The headers of the success response (it has no body).

        Raises:
            ForbiddenException: HTTP 403.
            NotFoundException: HTTP 404.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = self._send(
            _build_delete_activities(
                application_id=application_id,
                campaign_id=campaign_id,
            )
        )
        return _parse_delete_activities(response)

    def list_runs(
        self,
        *,
        application_id: str,
        campaign_id: str,
    ) -> RunList:
        """Lists the campaign's runs, oldest first, as they are by the mock's clock.

        ``GET /_mock/apps/{application-id}/campaigns/{campaign-id}/runs``
        (operation ``ListRuns``).

        Args:
            application_id: The application's ID, as the main API's path uses it.
            campaign_id: The campaign's ID, as the main API's path uses it.

        Returns:
            The ``RunList`` of the success response.

        Raises:
            ForbiddenException: HTTP 403.
            NotFoundException: HTTP 404.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = self._send(
            _build_list_runs(
                application_id=application_id,
                campaign_id=campaign_id,
            )
        )
        return _parse_list_runs(response)

    def create_run(
        self,
        *,
        application_id: str,
        campaign_id: str,
        body: RunInput | Mapping[str, Any],
    ) -> Run:
        """Starts a campaign run, whose activities progress on the mock's clock.

        ``POST /_mock/apps/{application-id}/campaigns/{campaign-id}/runs``
        (operation ``CreateRun``).

        A run is a schedule (the field names of Pinpoint's `Schedule`), a segment (endpoints
        and time zones), treatments, a delivery rate and a failure mode. From then on
        `GetCampaignActivities` answers what the run has done by the mock's clock at the moment
        of the request: one activity per occurrence and treatment, going PENDING ->
        INITIALIZING -> RUNNING -> COMPLETED (or PAUSED, CANCELLED), time zone after time zone
        with local-time delivery. The same clock gives the same answer.

        An occurrence appears (becomes an activity of the campaign, after every activity it has)
        when the previous occurrence starts; the first appears when the run is created. So a
        walk of NextTokens sees each activity exactly once while runs progress: a new one always
        comes after every position a token can name. The run's treatments are added to the
        campaign's TreatmentIds. A bad field is a 400 naming its JSON pointer.

        Args:
            application_id: The application's ID, as the main API's path uses it.
            campaign_id: The campaign's ID, as the main API's path uses it.
            body: the request body (a ``RunInput`` or a JSON object).

        Returns:
            The ``Run`` of the success response.

        Raises:
            BadRequestException: HTTP 400.
            ForbiddenException: HTTP 403.
            NotFoundException: HTTP 404.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = self._send(
            _build_create_run(
                application_id=application_id,
                campaign_id=campaign_id,
                body=body,
            )
        )
        return _parse_create_run(response)

    def get_run(
        self,
        *,
        application_id: str,
        campaign_id: str,
        run_id: str,
    ) -> Run:
        """Returns one run as it is by the mock's clock.

        ``GET /_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}``
        (operation ``GetRun``).

        Args:
            application_id: The application's ID, as the main API's path uses it.
            campaign_id: The campaign's ID, as the main API's path uses it.
            run_id: The run's ID, as CreateRun answered it.

        Returns:
            The ``Run`` of the success response.

        Raises:
            ForbiddenException: HTTP 403.
            NotFoundException: HTTP 404.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = self._send(
            _build_get_run(
                application_id=application_id,
                campaign_id=campaign_id,
                run_id=run_id,
            )
        )
        return _parse_get_run(response)

    def delete_run(
        self,
        *,
        application_id: str,
        campaign_id: str,
        run_id: str,
    ) -> httpx.Headers:
        """Removes the run and the activities it made.

        ``DELETE /_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}``
        (operation ``DeleteRun``).

        NextTokens issued before stay valid (positions are never given out again).

        Args:
            application_id: The application's ID, as the main API's path uses it.
            campaign_id: The campaign's ID, as the main API's path uses it.
            run_id: The run's ID, as CreateRun answered it.

        Returns:
            The headers of the success response (it has no body).

        Raises:
            ForbiddenException: HTTP 403.
            NotFoundException: HTTP 404.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = self._send(
            _build_delete_run(
                application_id=application_id,
                campaign_id=campaign_id,
                run_id=run_id,
            )
        )
        return _parse_delete_run(response)

    def pause_run(
        self,
        *,
        application_id: str,
        campaign_id: str,
        run_id: str,
    ) -> Run:
        """Pauses the run at the mock's clock now.

        ``POST /_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}/pause``
        (operation ``PauseRun``).

        While paused, every activity of the run that appeared and is not COMPLETED is PAUSED and
        its counts stand still; nothing starts. Resuming goes on where it stopped: an occurrence
        then ends later by the time it was paused. A run that is paused, cancelled or completed
        cannot be paused (409).

        Args:
            application_id: The application's ID, as the main API's path uses it.
            campaign_id: The campaign's ID, as the main API's path uses it.
            run_id: The run's ID, as CreateRun answered it.

        Returns:
            The ``Run`` of the success response.

        Raises:
            ForbiddenException: HTTP 403.
            NotFoundException: HTTP 404.
            ConflictException: HTTP 409.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = self._send(
            _build_pause_run(
                application_id=application_id,
                campaign_id=campaign_id,
                run_id=run_id,
            )
        )
        return _parse_pause_run(response)

    def resume_run(
        self,
        *,
        application_id: str,
        campaign_id: str,
        run_id: str,
    ) -> Run:
        """Resumes a paused run at the mock's clock now (409 when it is not paused).

        ``POST /_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}/resume``
        (operation ``ResumeRun``).

        Args:
            application_id: The application's ID, as the main API's path uses it.
            campaign_id: The campaign's ID, as the main API's path uses it.
            run_id: The run's ID, as CreateRun answered it.

        Returns:
            The ``Run`` of the success response.

        Raises:
            ForbiddenException: HTTP 403.
            NotFoundException: HTTP 404.
            ConflictException: HTTP 409.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = self._send(
            _build_resume_run(
                application_id=application_id,
                campaign_id=campaign_id,
                run_id=run_id,
            )
        )
        return _parse_resume_run(response)

    def cancel_run(
        self,
        *,
        application_id: str,
        campaign_id: str,
        run_id: str,
    ) -> Run:
        """Cancels the run at the mock's clock now.

        ``POST /_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}/cancel``
        (operation ``CancelRun``).

        Every activity of the run that appeared and is not COMPLETED becomes CANCELLED, with
        `End` the instant of the cancel and its counts frozen at what they were then (they never
        go down); no further occurrence appears. A cancelled or completed run cannot be
        cancelled (409).

        Args:
            application_id: The application's ID, as the main API's path uses it.
            campaign_id: The campaign's ID, as the main API's path uses it.
            run_id: The run's ID, as CreateRun answered it.

        Returns:
            The ``Run`` of the success response.

        Raises:
            ForbiddenException: HTTP 403.
            NotFoundException: HTTP 404.
            ConflictException: HTTP 409.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = self._send(
            _build_cancel_run(
                application_id=application_id,
                campaign_id=campaign_id,
                run_id=run_id,
            )
        )
        return _parse_cancel_run(response)

    def get_clock(
        self,
    ) -> Clock:
        """Returns the mock's clock.

        ``GET /_mock/clock``
        (operation ``GetClock``).

        Returns:
            The ``Clock`` of the success response.

        Raises:
            ForbiddenException: HTTP 403.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = self._send(_build_get_clock())
        return _parse_get_clock(response)

    def set_clock(
        self,
        *,
        body: ClockSetting | Mapping[str, Any],
    ) -> Clock:
        """Sets the clock to an instant, frozen or running, or back to real time.

        ``PUT /_mock/clock``
        (operation ``SetClock``).

        Everything time-based in the mock reads this clock. The SigV4 check keeps real time:
        clients sign with their own.

        Args:
            body: the request body (a ``ClockSetting`` or a JSON object).

        Returns:
            The ``Clock`` of the success response.

        Raises:
            BadRequestException: HTTP 400.
            ForbiddenException: HTTP 403.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = self._send(
            _build_set_clock(
                body=body,
            )
        )
        return _parse_set_clock(response)

    def advance_clock(
        self,
        *,
        body: ClockAdvance | Mapping[str, Any],
    ) -> Clock:
        """Moves the clock forward, frozen or not.

        ``POST /_mock/clock/advance``
        (operation ``AdvanceClock``).

        Args:
            body: the request body (a ``ClockAdvance`` or a JSON object).

        Returns:
            The ``Clock`` of the success response.

        Raises:
            BadRequestException: HTTP 400.
            ForbiddenException: HTTP 403.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = self._send(
            _build_advance_clock(
                body=body,
            )
        )
        return _parse_advance_clock(response)

    def list_faults(
        self,
    ) -> FaultList:
        """Lists the faults that are still armed.

        ``GET /_mock/faults``
        (operation ``ListFaults``).

        Returns:
            The ``FaultList`` of the success response.

        Raises:
            ForbiddenException: HTTP 403.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = self._send(_build_list_faults())
        return _parse_list_faults(response)

    def add_fault(
        self,
        *,
        body: FaultInput | Mapping[str, Any],
    ) -> Fault:
        """Makes the next requests of an operation fail, or wait, or both.

        ``POST /_mock/faults``
        (operation ``AddFault``).

        The next `Count` requests of `Operation` (an operationId of the main API), optionally only
        those for one application or campaign, wait `DelayMs` and then answer with `Status` and
        `ErrorType` in the AWS error shape (a 429 with `Retry-After`). A fault without `Status`
        only delays. When several faults match a request, the oldest is used. Faults count across
        every worker of the server.

        Args:
            body: the request body (a ``FaultInput`` or a JSON object).

        Returns:
            The ``Fault`` of the success response.

        Raises:
            BadRequestException: HTTP 400.
            ForbiddenException: HTTP 403.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = self._send(
            _build_add_fault(
                body=body,
            )
        )
        return _parse_add_fault(response)

    def clear_faults(
        self,
    ) -> httpx.Headers:
        """Disarms every fault.

        ``DELETE /_mock/faults``
        (operation ``ClearFaults``).

        Returns:
            The headers of the success response (it has no body).

        Raises:
            ForbiddenException: HTTP 403.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = self._send(_build_clear_faults())
        return _parse_clear_faults(response)


class AsyncPinpointAdminClient:
    """The asynchronous client of Pinpoint Mock Admin.

    Every operation of the spec is a method with keyword arguments that returns the model of its
    success response; error responses raise the exceptions of ``pinpoint_admin_client.exceptions``.
    Throttling (429), server errors (500, 502, 503, 504) and connection failures are retried with
    exponential backoff and full jitter, honouring ``Retry-After``.

    Args:
        base_url: the server; by default ``http://127.0.0.1:8080``
            with the variables filled in.
        region: the AWS Region, for the server URL.
        server_variables: values for other variables of the server URL.
        auth: any ``httpx.Auth``, e.g. ``pinpoint_admin_client.sigv4.SigV4Auth``.
        timeout: seconds (or an ``httpx.Timeout``) for each attempt.
        verify: TLS verification: True (httpx's CA bundle), False, or an ``ssl.SSLContext``.
        max_attempts: attempts per call, the first one included (1 disables retries).
        backoff_base: the first backoff cap in seconds; it doubles after every attempt.
        backoff_max: the largest wait in seconds, also the longest ``Retry-After`` honoured.
        headers: extra headers for every request.
        transport: an httpx transport; by default httpx's.
        sleep: how to wait between attempts (an async function).
    """

    def __init__(
        self,
        base_url: str | None = None,
        *,
        region: str = "us-east-1",
        server_variables: Mapping[str, str] | None = None,
        auth: httpx.Auth | None = None,
        timeout: float | httpx.Timeout | None = 10.0,
        verify: ssl.SSLContext | bool = True,
        max_attempts: int = 3,
        backoff_base: float = 0.25,
        backoff_max: float = 20.0,
        headers: Mapping[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        self.region = region
        self.base_url = base_url or _default_base_url(region, server_variables)
        self.retry = _runtime.RetryPolicy(max_attempts, backoff_base, backoff_max)
        self._sleep = sleep or _async_sleep
        self._origin = self.base_url.rstrip("/")
        self._http = _AsyncHttpClient(
            base_url=self.base_url,
            auth=auth,
            timeout=timeout,
            verify=verify,
            headers={**DEFAULT_HEADERS, **(headers or {})},
            transport=transport,
        )

    @property
    def http(self) -> httpx.AsyncClient:
        """The underlying httpx client (connection pool, auth, timeouts)."""
        return self._http

    async def aclose(self) -> None:
        """Close the connections."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def request(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, str] | Sequence[tuple[str, str]] | None = None,
        headers: Mapping[str, str] | None = None,
        json: Any = None,
    ) -> httpx.Response:
        """Send any request with this client's retries, auth and exceptions.

        ``url`` is relative to ``base_url`` and already percent-encoded; ``params`` are encoded
        here. An error status raises the exception the spec documents for it (any operation),
        else :class:`~pinpoint_admin_client.exceptions.ApiError`.
        """
        query = list(params.items()) if isinstance(params, Mapping) else list(params or ())
        call = _runtime.Call(
            method=method.upper(),
            url=_runtime.with_query(url, query),
            headers={**(headers or {}), **(_runtime.JSON_HEADERS if json is not None else {})},
            content=_runtime.json_body(json) if json is not None else None,
            errors=_ANY_ERRORS,
        )
        return await self._send(call)

    async def _send(self, call: _runtime.Call) -> httpx.Response:
        attempt = 0
        while True:
            attempt += 1
            request = self._http.build_request(
                call.method, self._origin + call.url, headers=call.headers, content=call.content
            )
            try:
                response = await self._http.send(
                    request, auth=None if call.anonymous else httpx.USE_CLIENT_DEFAULT
                )
            except httpx.TransportError as error:
                delay = self.retry.after_error(error, call, attempt)
                if delay is None:
                    raise
            else:
                if _runtime.is_success(response):
                    return response
                delay = self.retry.after_response(response, call, attempt)
                if delay is None:
                    raise _runtime.error_from_response(response, call.errors)
            await self._sleep(delay)

    async def get_health(
        self,
    ) -> Health:
        """Says that the server serves, with its version, store and clock.

        ``GET /_mock/health``
        (operation ``GetHealth``).

        Returns:
            The ``Health`` of the success response.

        Raises:
            ForbiddenException: HTTP 403.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = await self._send(_build_get_health())
        return _parse_get_health(response)

    async def reset_mock(
        self,
        *,
        demo: bool | None = None,
    ) -> ResetResult:
        """Empties every application, campaign, activity and fault, and puts the clock back
        to real time.

        ``POST /_mock/reset``
        (operation ``ResetMock``).

        NextTokens issued before a reset stay signed, but name campaigns that no longer exist
        (404) until they are added again; their activities are then walked from the start of
        what was added after the token, never twice.

        Args:
            demo: Add the demo data again after emptying (the spec's example IDs and
                activities).

        Returns:
            The ``ResetResult`` of the success response.

        Raises:
            BadRequestException: HTTP 400.
            ForbiddenException: HTTP 403.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = await self._send(
            _build_reset_mock(
                demo=demo,
            )
        )
        return _parse_reset_mock(response)

    async def list_applications(
        self,
    ) -> ApplicationList:
        """Lists the applications with their campaigns.

        ``GET /_mock/apps``
        (operation ``ListApplications``).

        Returns:
            The ``ApplicationList`` of the success response.

        Raises:
            ForbiddenException: HTTP 403.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = await self._send(_build_list_applications())
        return _parse_list_applications(response)

    async def put_application(
        self,
        *,
        application_id: str,
        body: ApplicationInput | Mapping[str, Any] | None = None,
    ) -> Application:
        """Creates an application, or keeps the one with this ID (setting its Name if one is
        given).

        ``PUT /_mock/apps/{application-id}``
        (operation ``PutApplication``).

        Args:
            application_id: The application's ID, as the main API's path uses it.
            body: the request body (a ``ApplicationInput`` or a JSON object).

        Returns:
            The ``Application`` of the success response.

        Raises:
            BadRequestException: HTTP 400.
            ForbiddenException: HTTP 403.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = await self._send(
            _build_put_application(
                application_id=application_id,
                body=body,
            )
        )
        return _parse_put_application(response)

    async def delete_application(
        self,
        *,
        application_id: str,
    ) -> httpx.Headers:
        """Removes the application and everything under it.

        ``DELETE /_mock/apps/{application-id}``
        (operation ``DeleteApplication``).

        Args:
            application_id: The application's ID, as the main API's path uses it.

        Returns:
            The headers of the success response (it has no body).

        Raises:
            ForbiddenException: HTTP 403.
            NotFoundException: HTTP 404.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = await self._send(
            _build_delete_application(
                application_id=application_id,
            )
        )
        return _parse_delete_application(response)

    async def put_campaign(
        self,
        *,
        application_id: str,
        campaign_id: str,
        body: CampaignInput | Mapping[str, Any] | None = None,
    ) -> Campaign:
        """Creates a campaign in an existing application, or keeps the one with this ID.

        ``PUT /_mock/apps/{application-id}/campaigns/{campaign-id}``
        (operation ``PutCampaign``).

        A kept campaign takes the Name and TreatmentIds given; TreatmentIds that an activity of the
        campaign still carries cannot be removed (409).

        Args:
            application_id: The application's ID, as the main API's path uses it.
            campaign_id: The campaign's ID, as the main API's path uses it.
            body: the request body (a ``CampaignInput`` or a JSON object).

        Returns:
            The ``Campaign`` of the success response.

        Raises:
            BadRequestException: HTTP 400.
            ForbiddenException: HTTP 403.
            NotFoundException: HTTP 404.
            ConflictException: HTTP 409.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = await self._send(
            _build_put_campaign(
                application_id=application_id,
                campaign_id=campaign_id,
                body=body,
            )
        )
        return _parse_put_campaign(response)

    async def delete_campaign(
        self,
        *,
        application_id: str,
        campaign_id: str,
    ) -> httpx.Headers:
        """Removes the campaign and its activities.

        ``DELETE /_mock/apps/{application-id}/campaigns/{campaign-id}``
        (operation ``DeleteCampaign``).

        Args:
            application_id: The application's ID, as the main API's path uses it.
            campaign_id: The campaign's ID, as the main API's path uses it.

        Returns:
            The headers of the success response (it has no body).

        Raises:
            ForbiddenException: HTTP 403.
            NotFoundException: HTTP 404.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = await self._send(
            _build_delete_campaign(
                application_id=application_id,
                campaign_id=campaign_id,
            )
        )
        return _parse_delete_campaign(response)

    async def list_activities(
        self,
        *,
        application_id: str,
        campaign_id: str,
        page_size: str | None = None,
        token: str | None = None,
    ) -> ActivitiesPage:
        """Returns a page of the campaign's activities, as GetCampaignActivities does,
        without a signature.

        ``GET /_mock/apps/{application-id}/campaigns/{campaign-id}/activities``
        (operation ``ListActivities``).

        The same pages as the main API's `GetCampaignActivities` (the same reading of the store
        and the mock's clock, the same `NextToken`s, which either API accepts), under the control
        plane's access rules instead of the main API's `--auth`: what the web page at `/_mock/`
        reads, since a browser cannot sign with SigV4.

        Args:
            application_id: The application's ID, as the main API's path uses it.
            campaign_id: The campaign's ID, as the main API's path uses it.
            page_size: The most items in the page, as the main API's `page-size` (and its
                default and maximum).
            token: A `NextToken` of a previous page of this campaign (from either API).

        Returns:
            The ``ActivitiesPage`` of the success response.

        Raises:
            BadRequestException: HTTP 400.
            ForbiddenException: HTTP 403.
            NotFoundException: HTTP 404.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = await self._send(
            _build_list_activities(
                application_id=application_id,
                campaign_id=campaign_id,
                page_size=page_size,
                token=token,
            )
        )
        return _parse_list_activities(response)

    async def iter_list_activities_pages(
        self,
        *,
        application_id: str,
        campaign_id: str,
        page_size: str | None = None,
        token: str | None = None,
    ) -> AsyncIterator[ActivitiesPage]:
        """Every page of ``ListActivities``, following ``token`` to the end.

        Stops when the page's token is null or missing; raises
        :class:`~pinpoint_admin_client.exceptions.PaginationError` if the server returns a token twice.
        Takes the arguments of :meth:`list_activities`
        (``token``: the page to start at).
        """
        seen: set[str] = set()
        next_token = token
        while True:
            if next_token is not None:
                seen.add(next_token)
            page = await self.list_activities(
                application_id=application_id,
                campaign_id=campaign_id,
                page_size=page_size,
                token=next_token,
            )
            yield page
            found = page.next_token
            if not isinstance(found, str) or not found:
                return
            if found in seen:
                raise PaginationError("ListActivities", found)
            next_token = found

    async def iter_list_activities(
        self,
        *,
        application_id: str,
        campaign_id: str,
        page_size: str | None = None,
        token: str | None = None,
    ) -> AsyncIterator[ActivitiesPageItemItem]:
        """Every item (``item``) of every page of ``ListActivities``, in order.

        Takes the arguments of :meth:`list_activities`;
        see :meth:`iter_list_activities_pages`.
        """
        async for page in self.iter_list_activities_pages(
            application_id=application_id,
            campaign_id=campaign_id,
            page_size=page_size,
            token=token,
        ):
            items = page.item
            for item in items:
                yield item

    async def add_activities(
        self,
        *,
        application_id: str,
        campaign_id: str,
        body: ActivitiesInput | Mapping[str, Any],
    ) -> StoredActivities:
        """Appends activities to a campaign, after the ones it has.

        ``POST /_mock/apps/{application-id}/campaigns/{campaign-id}/activities``
        (operation ``AddActivities``).

        The body is an `ActivitiesResponse` of the main API, so a page saved from AWS can be posted
        as it is (its `NextToken` is ignored). Each item is checked against the main document's
        `ActivityResponse`; `ApplicationId` and `CampaignId` may be omitted (they must match the
        path when given) and a missing `Id` is generated. Nothing is stored unless every item is
        valid: a bad item is a 400 naming its JSON pointer, an `Id` the campaign has already (or
        one given twice) a 409.

        Args:
            application_id: The application's ID, as the main API's path uses it.
            campaign_id: The campaign's ID, as the main API's path uses it.
            body: the request body (a ``ActivitiesInput`` or a JSON object).

        Returns:
            The ``StoredActivities`` of the success response.

        Raises:
            BadRequestException: HTTP 400.
            ForbiddenException: HTTP 403.
            NotFoundException: HTTP 404.
            ConflictException: HTTP 409.
            PayloadTooLargeException: HTTP 413.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = await self._send(
            _build_add_activities(
                application_id=application_id,
                campaign_id=campaign_id,
                body=body,
            )
        )
        return _parse_add_activities(response)

    async def delete_activities(
        self,
        *,
        application_id: str,
        campaign_id: str,
    ) -> httpx.Headers:
        """Removes the campaign's activities (the campaign stays).

        ``DELETE /_mock/apps/{application-id}/campaigns/{campaign-id}/activities``
        (operation ``DeleteActivities``).

        NextTokens issued before stay valid: activities added later come after every position a
        token can name, so a walk never skips or repeats one.

        Args:
            application_id: The application's ID, as the main API's path uses it.
            campaign_id: The campaign's ID, as the main API's path uses it.

        Returns:
            The headers of the success response (it has no body).

        Raises:
            ForbiddenException: HTTP 403.
            NotFoundException: HTTP 404.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = await self._send(
            _build_delete_activities(
                application_id=application_id,
                campaign_id=campaign_id,
            )
        )
        return _parse_delete_activities(response)

    async def list_runs(
        self,
        *,
        application_id: str,
        campaign_id: str,
    ) -> RunList:
        """Lists the campaign's runs, oldest first, as they are by the mock's clock.

        ``GET /_mock/apps/{application-id}/campaigns/{campaign-id}/runs``
        (operation ``ListRuns``).

        Args:
            application_id: The application's ID, as the main API's path uses it.
            campaign_id: The campaign's ID, as the main API's path uses it.

        Returns:
            The ``RunList`` of the success response.

        Raises:
            ForbiddenException: HTTP 403.
            NotFoundException: HTTP 404.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = await self._send(
            _build_list_runs(
                application_id=application_id,
                campaign_id=campaign_id,
            )
        )
        return _parse_list_runs(response)

    async def create_run(
        self,
        *,
        application_id: str,
        campaign_id: str,
        body: RunInput | Mapping[str, Any],
    ) -> Run:
        """Starts a campaign run, whose activities progress on the mock's clock.

        ``POST /_mock/apps/{application-id}/campaigns/{campaign-id}/runs``
        (operation ``CreateRun``).

        A run is a schedule (the field names of Pinpoint's `Schedule`), a segment (endpoints
        and time zones), treatments, a delivery rate and a failure mode. From then on
        `GetCampaignActivities` answers what the run has done by the mock's clock at the moment
        of the request: one activity per occurrence and treatment, going PENDING ->
        INITIALIZING -> RUNNING -> COMPLETED (or PAUSED, CANCELLED), time zone after time zone
        with local-time delivery. The same clock gives the same answer.

        An occurrence appears (becomes an activity of the campaign, after every activity it has)
        when the previous occurrence starts; the first appears when the run is created. So a
        walk of NextTokens sees each activity exactly once while runs progress: a new one always
        comes after every position a token can name. The run's treatments are added to the
        campaign's TreatmentIds. A bad field is a 400 naming its JSON pointer.

        Args:
            application_id: The application's ID, as the main API's path uses it.
            campaign_id: The campaign's ID, as the main API's path uses it.
            body: the request body (a ``RunInput`` or a JSON object).

        Returns:
            The ``Run`` of the success response.

        Raises:
            BadRequestException: HTTP 400.
            ForbiddenException: HTTP 403.
            NotFoundException: HTTP 404.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = await self._send(
            _build_create_run(
                application_id=application_id,
                campaign_id=campaign_id,
                body=body,
            )
        )
        return _parse_create_run(response)

    async def get_run(
        self,
        *,
        application_id: str,
        campaign_id: str,
        run_id: str,
    ) -> Run:
        """Returns one run as it is by the mock's clock.

        ``GET /_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}``
        (operation ``GetRun``).

        Args:
            application_id: The application's ID, as the main API's path uses it.
            campaign_id: The campaign's ID, as the main API's path uses it.
            run_id: The run's ID, as CreateRun answered it.

        Returns:
            The ``Run`` of the success response.

        Raises:
            ForbiddenException: HTTP 403.
            NotFoundException: HTTP 404.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = await self._send(
            _build_get_run(
                application_id=application_id,
                campaign_id=campaign_id,
                run_id=run_id,
            )
        )
        return _parse_get_run(response)

    async def delete_run(
        self,
        *,
        application_id: str,
        campaign_id: str,
        run_id: str,
    ) -> httpx.Headers:
        """Removes the run and the activities it made.

        ``DELETE /_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}``
        (operation ``DeleteRun``).

        NextTokens issued before stay valid (positions are never given out again).

        Args:
            application_id: The application's ID, as the main API's path uses it.
            campaign_id: The campaign's ID, as the main API's path uses it.
            run_id: The run's ID, as CreateRun answered it.

        Returns:
            The headers of the success response (it has no body).

        Raises:
            ForbiddenException: HTTP 403.
            NotFoundException: HTTP 404.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = await self._send(
            _build_delete_run(
                application_id=application_id,
                campaign_id=campaign_id,
                run_id=run_id,
            )
        )
        return _parse_delete_run(response)

    async def pause_run(
        self,
        *,
        application_id: str,
        campaign_id: str,
        run_id: str,
    ) -> Run:
        """Pauses the run at the mock's clock now.

        ``POST /_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}/pause``
        (operation ``PauseRun``).

        While paused, every activity of the run that appeared and is not COMPLETED is PAUSED and
        its counts stand still; nothing starts. Resuming goes on where it stopped: an occurrence
        then ends later by the time it was paused. A run that is paused, cancelled or completed
        cannot be paused (409).

        Args:
            application_id: The application's ID, as the main API's path uses it.
            campaign_id: The campaign's ID, as the main API's path uses it.
            run_id: The run's ID, as CreateRun answered it.

        Returns:
            The ``Run`` of the success response.

        Raises:
            ForbiddenException: HTTP 403.
            NotFoundException: HTTP 404.
            ConflictException: HTTP 409.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = await self._send(
            _build_pause_run(
                application_id=application_id,
                campaign_id=campaign_id,
                run_id=run_id,
            )
        )
        return _parse_pause_run(response)

    async def resume_run(
        self,
        *,
        application_id: str,
        campaign_id: str,
        run_id: str,
    ) -> Run:
        """Resumes a paused run at the mock's clock now (409 when it is not paused).

        ``POST /_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}/resume``
        (operation ``ResumeRun``).

        Args:
            application_id: The application's ID, as the main API's path uses it.
            campaign_id: The campaign's ID, as the main API's path uses it.
            run_id: The run's ID, as CreateRun answered it.

        Returns:
            The ``Run`` of the success response.

        Raises:
            ForbiddenException: HTTP 403.
            NotFoundException: HTTP 404.
            ConflictException: HTTP 409.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = await self._send(
            _build_resume_run(
                application_id=application_id,
                campaign_id=campaign_id,
                run_id=run_id,
            )
        )
        return _parse_resume_run(response)

    async def cancel_run(
        self,
        *,
        application_id: str,
        campaign_id: str,
        run_id: str,
    ) -> Run:
        """Cancels the run at the mock's clock now.

        ``POST /_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}/cancel``
        (operation ``CancelRun``).

        Every activity of the run that appeared and is not COMPLETED becomes CANCELLED, with
        `End` the instant of the cancel and its counts frozen at what they were then (they never
        go down); no further occurrence appears. A cancelled or completed run cannot be
        cancelled (409).

        Args:
            application_id: The application's ID, as the main API's path uses it.
            campaign_id: The campaign's ID, as the main API's path uses it.
            run_id: The run's ID, as CreateRun answered it.

        Returns:
            The ``Run`` of the success response.

        Raises:
            ForbiddenException: HTTP 403.
            NotFoundException: HTTP 404.
            ConflictException: HTTP 409.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = await self._send(
            _build_cancel_run(
                application_id=application_id,
                campaign_id=campaign_id,
                run_id=run_id,
            )
        )
        return _parse_cancel_run(response)

    async def get_clock(
        self,
    ) -> Clock:
        """Returns the mock's clock.

        ``GET /_mock/clock``
        (operation ``GetClock``).

        Returns:
            The ``Clock`` of the success response.

        Raises:
            ForbiddenException: HTTP 403.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = await self._send(_build_get_clock())
        return _parse_get_clock(response)

    async def set_clock(
        self,
        *,
        body: ClockSetting | Mapping[str, Any],
    ) -> Clock:
        """Sets the clock to an instant, frozen or running, or back to real time.

        ``PUT /_mock/clock``
        (operation ``SetClock``).

        Everything time-based in the mock reads this clock. The SigV4 check keeps real time:
        clients sign with their own.

        Args:
            body: the request body (a ``ClockSetting`` or a JSON object).

        Returns:
            The ``Clock`` of the success response.

        Raises:
            BadRequestException: HTTP 400.
            ForbiddenException: HTTP 403.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = await self._send(
            _build_set_clock(
                body=body,
            )
        )
        return _parse_set_clock(response)

    async def advance_clock(
        self,
        *,
        body: ClockAdvance | Mapping[str, Any],
    ) -> Clock:
        """Moves the clock forward, frozen or not.

        ``POST /_mock/clock/advance``
        (operation ``AdvanceClock``).

        Args:
            body: the request body (a ``ClockAdvance`` or a JSON object).

        Returns:
            The ``Clock`` of the success response.

        Raises:
            BadRequestException: HTTP 400.
            ForbiddenException: HTTP 403.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = await self._send(
            _build_advance_clock(
                body=body,
            )
        )
        return _parse_advance_clock(response)

    async def list_faults(
        self,
    ) -> FaultList:
        """Lists the faults that are still armed.

        ``GET /_mock/faults``
        (operation ``ListFaults``).

        Returns:
            The ``FaultList`` of the success response.

        Raises:
            ForbiddenException: HTTP 403.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = await self._send(_build_list_faults())
        return _parse_list_faults(response)

    async def add_fault(
        self,
        *,
        body: FaultInput | Mapping[str, Any],
    ) -> Fault:
        """Makes the next requests of an operation fail, or wait, or both.

        ``POST /_mock/faults``
        (operation ``AddFault``).

        The next `Count` requests of `Operation` (an operationId of the main API), optionally only
        those for one application or campaign, wait `DelayMs` and then answer with `Status` and
        `ErrorType` in the AWS error shape (a 429 with `Retry-After`). A fault without `Status`
        only delays. When several faults match a request, the oldest is used. Faults count across
        every worker of the server.

        Args:
            body: the request body (a ``FaultInput`` or a JSON object).

        Returns:
            The ``Fault`` of the success response.

        Raises:
            BadRequestException: HTTP 400.
            ForbiddenException: HTTP 403.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = await self._send(
            _build_add_fault(
                body=body,
            )
        )
        return _parse_add_fault(response)

    async def clear_faults(
        self,
    ) -> httpx.Headers:
        """Disarms every fault.

        ``DELETE /_mock/faults``
        (operation ``ClearFaults``).

        Returns:
            The headers of the success response (it has no body).

        Raises:
            ForbiddenException: HTTP 403.
            InternalServerErrorException: HTTP 500.
            ApiError: any other error status, or an error body that is not JSON.
        """
        response = await self._send(_build_clear_faults())
        return _parse_clear_faults(response)


__all__ = ["PinpointAdminClient", "AsyncPinpointAdminClient"]
