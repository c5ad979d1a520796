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

from pinpoint_admin_server import _validators
from pinpoint_admin_server.errors import BadRequestException
from pinpoint_admin_server.requests import (
    AddActivitiesRequest,
    AddFaultRequest,
    AdvanceClockRequest,
    CancelRunRequest,
    ClearFaultsRequest,
    CreateRunRequest,
    DeleteActivitiesRequest,
    DeleteApplicationRequest,
    DeleteCampaignRequest,
    DeleteRunRequest,
    GetClockRequest,
    GetHealthRequest,
    GetRunRequest,
    ListActivitiesRequest,
    ListApplicationsRequest,
    ListFaultsRequest,
    ListRunsRequest,
    PauseRunRequest,
    PutApplicationRequest,
    PutCampaignRequest,
    RequestContext,
    ResetMockRequest,
    ResumeRunRequest,
    SetClockRequest,
    _new_AddActivitiesRequest,
    _new_AddFaultRequest,
    _new_AdvanceClockRequest,
    _new_CancelRunRequest,
    _new_ClearFaultsRequest,
    _new_CreateRunRequest,
    _new_DeleteActivitiesRequest,
    _new_DeleteApplicationRequest,
    _new_DeleteCampaignRequest,
    _new_DeleteRunRequest,
    _new_GetClockRequest,
    _new_GetHealthRequest,
    _new_GetRunRequest,
    _new_ListActivitiesRequest,
    _new_ListApplicationsRequest,
    _new_ListFaultsRequest,
    _new_ListRunsRequest,
    _new_PauseRunRequest,
    _new_PutApplicationRequest,
    _new_PutCampaignRequest,
    _new_ResetMockRequest,
    _new_ResumeRunRequest,
    _new_SetClockRequest,
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


def bind_get_health(_groups: tuple[bytes, ...], _context: RequestContext) -> GetHealthRequest:
    """Bind ``GET /_mock/health`` (GetHealth).

    The path and query values of recent requests are kept (see ``_memo``).
    """
    return _new_GetHealthRequest(
        _context,
    )


_queries_reset_mock: dict[bytes, tuple[bool | None]] = {}


def _bind_query_reset_mock(_context: RequestContext) -> tuple[bool | None]:
    _query_values = _query(_context)
    _p1 = _one(_query_values, "demo")
    demo: bool | None = None
    if _p1 is not None:
        demo = _bool(_p1, "query", "demo")
    return (demo,)


def bind_reset_mock(_groups: tuple[bytes, ...], _context: RequestContext) -> ResetMockRequest:
    """Bind ``POST /_mock/reset`` (ResetMock).

    The path and query values of recent requests are kept (see ``_memo``).
    """
    _query_key = _context.query_string
    _query_params = _queries_reset_mock.get(_query_key)
    if _query_params is None:
        _query_params = _memo(
            _queries_reset_mock, _query_key, len(_query_key), _bind_query_reset_mock(_context)
        )
    (demo,) = _query_params
    return _new_ResetMockRequest(
        _context,
        demo,
    )


def bind_list_applications(
    _groups: tuple[bytes, ...], _context: RequestContext
) -> ListApplicationsRequest:
    """Bind ``GET /_mock/apps`` (ListApplications).

    The path and query values of recent requests are kept (see ``_memo``).
    """
    return _new_ListApplicationsRequest(
        _context,
    )


_valid_put_application_application_id = _validators.predicate(
    "PutApplication.path.application-id", formats=True
)
_paths_put_application: dict[tuple[bytes, ...], tuple[str]] = {}


def _bind_path_put_application(_groups: tuple[bytes, ...]) -> tuple[str]:
    application_id = _path(_groups[0], "application-id")
    if not _valid_put_application_application_id(application_id):
        _invalid("PutApplication.path.application-id", "path", "application-id", application_id)
    return (application_id,)


def bind_put_application(
    _groups: tuple[bytes, ...], _context: RequestContext
) -> PutApplicationRequest:
    """Bind ``PUT /_mock/apps/{application-id}`` (PutApplication).

    The path and query values of recent requests are kept (see ``_memo``).
    """
    _path_values = _paths_put_application.get(_groups)
    if _path_values is None:
        _path_values = _memo(
            _paths_put_application,
            _groups,
            len(_context.raw_path),
            _bind_path_put_application(_groups),
        )
    (application_id,) = _path_values
    return _new_PutApplicationRequest(
        application_id,
        _context,
        _body(_context, False, "PutApplication.body"),
    )


_valid_delete_application_application_id = _validators.predicate(
    "DeleteApplication.path.application-id", formats=True
)
_paths_delete_application: dict[tuple[bytes, ...], tuple[str]] = {}


def _bind_path_delete_application(_groups: tuple[bytes, ...]) -> tuple[str]:
    application_id = _path(_groups[0], "application-id")
    if not _valid_delete_application_application_id(application_id):
        _invalid("DeleteApplication.path.application-id", "path", "application-id", application_id)
    return (application_id,)


def bind_delete_application(
    _groups: tuple[bytes, ...], _context: RequestContext
) -> DeleteApplicationRequest:
    """Bind ``DELETE /_mock/apps/{application-id}`` (DeleteApplication).

    The path and query values of recent requests are kept (see ``_memo``).
    """
    _path_values = _paths_delete_application.get(_groups)
    if _path_values is None:
        _path_values = _memo(
            _paths_delete_application,
            _groups,
            len(_context.raw_path),
            _bind_path_delete_application(_groups),
        )
    (application_id,) = _path_values
    return _new_DeleteApplicationRequest(
        application_id,
        _context,
    )


_valid_put_campaign_application_id = _validators.predicate(
    "PutCampaign.path.application-id", formats=True
)
_valid_put_campaign_campaign_id = _validators.predicate(
    "PutCampaign.path.campaign-id", formats=True
)
_paths_put_campaign: dict[tuple[bytes, ...], tuple[str, str]] = {}


def _bind_path_put_campaign(_groups: tuple[bytes, ...]) -> tuple[str, str]:
    application_id = _path(_groups[0], "application-id")
    if not _valid_put_campaign_application_id(application_id):
        _invalid("PutCampaign.path.application-id", "path", "application-id", application_id)
    campaign_id = _path(_groups[1], "campaign-id")
    if not _valid_put_campaign_campaign_id(campaign_id):
        _invalid("PutCampaign.path.campaign-id", "path", "campaign-id", campaign_id)
    return (application_id, campaign_id)


def bind_put_campaign(_groups: tuple[bytes, ...], _context: RequestContext) -> PutCampaignRequest:
    """Bind ``PUT /_mock/apps/{application-id}/campaigns/{campaign-id}`` (PutCampaign).

    The path and query values of recent requests are kept (see ``_memo``).
    """
    _path_values = _paths_put_campaign.get(_groups)
    if _path_values is None:
        _path_values = _memo(
            _paths_put_campaign, _groups, len(_context.raw_path), _bind_path_put_campaign(_groups)
        )
    (application_id, campaign_id) = _path_values
    return _new_PutCampaignRequest(
        application_id,
        campaign_id,
        _context,
        _body(_context, False, "PutCampaign.body"),
    )


_valid_delete_campaign_application_id = _validators.predicate(
    "DeleteCampaign.path.application-id", formats=True
)
_valid_delete_campaign_campaign_id = _validators.predicate(
    "DeleteCampaign.path.campaign-id", formats=True
)
_paths_delete_campaign: dict[tuple[bytes, ...], tuple[str, str]] = {}


def _bind_path_delete_campaign(_groups: tuple[bytes, ...]) -> tuple[str, str]:
    application_id = _path(_groups[0], "application-id")
    if not _valid_delete_campaign_application_id(application_id):
        _invalid("DeleteCampaign.path.application-id", "path", "application-id", application_id)
    campaign_id = _path(_groups[1], "campaign-id")
    if not _valid_delete_campaign_campaign_id(campaign_id):
        _invalid("DeleteCampaign.path.campaign-id", "path", "campaign-id", campaign_id)
    return (application_id, campaign_id)


def bind_delete_campaign(
    _groups: tuple[bytes, ...], _context: RequestContext
) -> DeleteCampaignRequest:
    """Bind ``DELETE /_mock/apps/{application-id}/campaigns/{campaign-id}`` (DeleteCampaign).

    The path and query values of recent requests are kept (see ``_memo``).
    """
    _path_values = _paths_delete_campaign.get(_groups)
    if _path_values is None:
        _path_values = _memo(
            _paths_delete_campaign,
            _groups,
            len(_context.raw_path),
            _bind_path_delete_campaign(_groups),
        )
    (application_id, campaign_id) = _path_values
    return _new_DeleteCampaignRequest(
        application_id,
        campaign_id,
        _context,
    )


_valid_list_activities_application_id = _validators.predicate(
    "ListActivities.path.application-id", formats=True
)
_valid_list_activities_campaign_id = _validators.predicate(
    "ListActivities.path.campaign-id", formats=True
)
_valid_list_activities_token = _validators.predicate("ListActivities.query.token", formats=True)
_paths_list_activities: dict[tuple[bytes, ...], tuple[str, str]] = {}


def _bind_path_list_activities(_groups: tuple[bytes, ...]) -> tuple[str, str]:
    application_id = _path(_groups[0], "application-id")
    if not _valid_list_activities_application_id(application_id):
        _invalid("ListActivities.path.application-id", "path", "application-id", application_id)
    campaign_id = _path(_groups[1], "campaign-id")
    if not _valid_list_activities_campaign_id(campaign_id):
        _invalid("ListActivities.path.campaign-id", "path", "campaign-id", campaign_id)
    return (application_id, campaign_id)


_queries_list_activities: dict[bytes, tuple[str | None, str | None]] = {}


def _bind_query_list_activities(_context: RequestContext) -> tuple[str | None, str | None]:
    _query_values = _query(_context)
    page_size = _one(_query_values, "page-size")
    _p2 = _one(_query_values, "token")
    token: str | None = None
    if _p2 is not None:
        token = _p2
        if not _valid_list_activities_token(token):
            _invalid("ListActivities.query.token", "query", "token", token)
    return (page_size, token)


def bind_list_activities(
    _groups: tuple[bytes, ...], _context: RequestContext
) -> ListActivitiesRequest:
    """Bind ``GET /_mock/apps/{application-id}/campaigns/{campaign-id}/activities`` (ListActivities).

    The path and query values of recent requests are kept (see ``_memo``).
    """
    _path_values = _paths_list_activities.get(_groups)
    if _path_values is None:
        _path_values = _memo(
            _paths_list_activities,
            _groups,
            len(_context.raw_path),
            _bind_path_list_activities(_groups),
        )
    (application_id, campaign_id) = _path_values
    _query_key = _context.query_string
    _query_params = _queries_list_activities.get(_query_key)
    if _query_params is None:
        _query_params = _memo(
            _queries_list_activities,
            _query_key,
            len(_query_key),
            _bind_query_list_activities(_context),
        )
    (page_size, token) = _query_params
    return _new_ListActivitiesRequest(
        application_id,
        campaign_id,
        _context,
        page_size,
        token,
    )


_valid_add_activities_application_id = _validators.predicate(
    "AddActivities.path.application-id", formats=True
)
_valid_add_activities_campaign_id = _validators.predicate(
    "AddActivities.path.campaign-id", formats=True
)
_paths_add_activities: dict[tuple[bytes, ...], tuple[str, str]] = {}


def _bind_path_add_activities(_groups: tuple[bytes, ...]) -> tuple[str, str]:
    application_id = _path(_groups[0], "application-id")
    if not _valid_add_activities_application_id(application_id):
        _invalid("AddActivities.path.application-id", "path", "application-id", application_id)
    campaign_id = _path(_groups[1], "campaign-id")
    if not _valid_add_activities_campaign_id(campaign_id):
        _invalid("AddActivities.path.campaign-id", "path", "campaign-id", campaign_id)
    return (application_id, campaign_id)


def bind_add_activities(
    _groups: tuple[bytes, ...], _context: RequestContext
) -> AddActivitiesRequest:
    """Bind ``POST /_mock/apps/{application-id}/campaigns/{campaign-id}/activities`` (AddActivities).

    The path and query values of recent requests are kept (see ``_memo``).
    """
    _path_values = _paths_add_activities.get(_groups)
    if _path_values is None:
        _path_values = _memo(
            _paths_add_activities,
            _groups,
            len(_context.raw_path),
            _bind_path_add_activities(_groups),
        )
    (application_id, campaign_id) = _path_values
    return _new_AddActivitiesRequest(
        application_id,
        campaign_id,
        _body(_context, True, "AddActivities.body"),
        _context,
    )


_valid_delete_activities_application_id = _validators.predicate(
    "DeleteActivities.path.application-id", formats=True
)
_valid_delete_activities_campaign_id = _validators.predicate(
    "DeleteActivities.path.campaign-id", formats=True
)
_paths_delete_activities: dict[tuple[bytes, ...], tuple[str, str]] = {}


def _bind_path_delete_activities(_groups: tuple[bytes, ...]) -> tuple[str, str]:
    application_id = _path(_groups[0], "application-id")
    if not _valid_delete_activities_application_id(application_id):
        _invalid("DeleteActivities.path.application-id", "path", "application-id", application_id)
    campaign_id = _path(_groups[1], "campaign-id")
    if not _valid_delete_activities_campaign_id(campaign_id):
        _invalid("DeleteActivities.path.campaign-id", "path", "campaign-id", campaign_id)
    return (application_id, campaign_id)


def bind_delete_activities(
    _groups: tuple[bytes, ...], _context: RequestContext
) -> DeleteActivitiesRequest:
    """Bind ``DELETE /_mock/apps/{application-id}/campaigns/{campaign-id}/activities`` (DeleteActivities).

    The path and query values of recent requests are kept (see ``_memo``).
    """
    _path_values = _paths_delete_activities.get(_groups)
    if _path_values is None:
        _path_values = _memo(
            _paths_delete_activities,
            _groups,
            len(_context.raw_path),
            _bind_path_delete_activities(_groups),
        )
    (application_id, campaign_id) = _path_values
    return _new_DeleteActivitiesRequest(
        application_id,
        campaign_id,
        _context,
    )


_valid_list_runs_application_id = _validators.predicate(
    "ListRuns.path.application-id", formats=True
)
_valid_list_runs_campaign_id = _validators.predicate("ListRuns.path.campaign-id", formats=True)
_paths_list_runs: dict[tuple[bytes, ...], tuple[str, str]] = {}


def _bind_path_list_runs(_groups: tuple[bytes, ...]) -> tuple[str, str]:
    application_id = _path(_groups[0], "application-id")
    if not _valid_list_runs_application_id(application_id):
        _invalid("ListRuns.path.application-id", "path", "application-id", application_id)
    campaign_id = _path(_groups[1], "campaign-id")
    if not _valid_list_runs_campaign_id(campaign_id):
        _invalid("ListRuns.path.campaign-id", "path", "campaign-id", campaign_id)
    return (application_id, campaign_id)


def bind_list_runs(_groups: tuple[bytes, ...], _context: RequestContext) -> ListRunsRequest:
    """Bind ``GET /_mock/apps/{application-id}/campaigns/{campaign-id}/runs`` (ListRuns).

    The path and query values of recent requests are kept (see ``_memo``).
    """
    _path_values = _paths_list_runs.get(_groups)
    if _path_values is None:
        _path_values = _memo(
            _paths_list_runs, _groups, len(_context.raw_path), _bind_path_list_runs(_groups)
        )
    (application_id, campaign_id) = _path_values
    return _new_ListRunsRequest(
        application_id,
        campaign_id,
        _context,
    )


_valid_create_run_application_id = _validators.predicate(
    "CreateRun.path.application-id", formats=True
)
_valid_create_run_campaign_id = _validators.predicate("CreateRun.path.campaign-id", formats=True)
_paths_create_run: dict[tuple[bytes, ...], tuple[str, str]] = {}


def _bind_path_create_run(_groups: tuple[bytes, ...]) -> tuple[str, str]:
    application_id = _path(_groups[0], "application-id")
    if not _valid_create_run_application_id(application_id):
        _invalid("CreateRun.path.application-id", "path", "application-id", application_id)
    campaign_id = _path(_groups[1], "campaign-id")
    if not _valid_create_run_campaign_id(campaign_id):
        _invalid("CreateRun.path.campaign-id", "path", "campaign-id", campaign_id)
    return (application_id, campaign_id)


def bind_create_run(_groups: tuple[bytes, ...], _context: RequestContext) -> CreateRunRequest:
    """Bind ``POST /_mock/apps/{application-id}/campaigns/{campaign-id}/runs`` (CreateRun).

    The path and query values of recent requests are kept (see ``_memo``).
    """
    _path_values = _paths_create_run.get(_groups)
    if _path_values is None:
        _path_values = _memo(
            _paths_create_run, _groups, len(_context.raw_path), _bind_path_create_run(_groups)
        )
    (application_id, campaign_id) = _path_values
    return _new_CreateRunRequest(
        application_id,
        campaign_id,
        _body(_context, True, "CreateRun.body"),
        _context,
    )


_valid_get_run_application_id = _validators.predicate("GetRun.path.application-id", formats=True)
_valid_get_run_campaign_id = _validators.predicate("GetRun.path.campaign-id", formats=True)
_valid_get_run_run_id = _validators.predicate("GetRun.path.run-id", formats=True)
_paths_get_run: dict[tuple[bytes, ...], tuple[str, str, str]] = {}


def _bind_path_get_run(_groups: tuple[bytes, ...]) -> tuple[str, str, str]:
    application_id = _path(_groups[0], "application-id")
    if not _valid_get_run_application_id(application_id):
        _invalid("GetRun.path.application-id", "path", "application-id", application_id)
    campaign_id = _path(_groups[1], "campaign-id")
    if not _valid_get_run_campaign_id(campaign_id):
        _invalid("GetRun.path.campaign-id", "path", "campaign-id", campaign_id)
    run_id = _path(_groups[2], "run-id")
    if not _valid_get_run_run_id(run_id):
        _invalid("GetRun.path.run-id", "path", "run-id", run_id)
    return (application_id, campaign_id, run_id)


def bind_get_run(_groups: tuple[bytes, ...], _context: RequestContext) -> GetRunRequest:
    """Bind ``GET /_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}`` (GetRun).

    The path and query values of recent requests are kept (see ``_memo``).
    """
    _path_values = _paths_get_run.get(_groups)
    if _path_values is None:
        _path_values = _memo(
            _paths_get_run, _groups, len(_context.raw_path), _bind_path_get_run(_groups)
        )
    (application_id, campaign_id, run_id) = _path_values
    return _new_GetRunRequest(
        application_id,
        campaign_id,
        run_id,
        _context,
    )


_valid_delete_run_application_id = _validators.predicate(
    "DeleteRun.path.application-id", formats=True
)
_valid_delete_run_campaign_id = _validators.predicate("DeleteRun.path.campaign-id", formats=True)
_valid_delete_run_run_id = _validators.predicate("DeleteRun.path.run-id", formats=True)
_paths_delete_run: dict[tuple[bytes, ...], tuple[str, str, str]] = {}


def _bind_path_delete_run(_groups: tuple[bytes, ...]) -> tuple[str, str, str]:
    application_id = _path(_groups[0], "application-id")
    if not _valid_delete_run_application_id(application_id):
        _invalid("DeleteRun.path.application-id", "path", "application-id", application_id)
    campaign_id = _path(_groups[1], "campaign-id")
    if not _valid_delete_run_campaign_id(campaign_id):
        _invalid("DeleteRun.path.campaign-id", "path", "campaign-id", campaign_id)
    run_id = _path(_groups[2], "run-id")
    if not _valid_delete_run_run_id(run_id):
        _invalid("DeleteRun.path.run-id", "path", "run-id", run_id)
    return (application_id, campaign_id, run_id)


def bind_delete_run(_groups: tuple[bytes, ...], _context: RequestContext) -> DeleteRunRequest:
    """Bind ``DELETE /_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}`` (DeleteRun).

    The path and query values of recent requests are kept (see ``_memo``).
    """
    _path_values = _paths_delete_run.get(_groups)
    if _path_values is None:
        _path_values = _memo(
            _paths_delete_run, _groups, len(_context.raw_path), _bind_path_delete_run(_groups)
        )
    (application_id, campaign_id, run_id) = _path_values
    return _new_DeleteRunRequest(
        application_id,
        campaign_id,
        run_id,
        _context,
    )


_valid_pause_run_application_id = _validators.predicate(
    "PauseRun.path.application-id", formats=True
)
_valid_pause_run_campaign_id = _validators.predicate("PauseRun.path.campaign-id", formats=True)
_valid_pause_run_run_id = _validators.predicate("PauseRun.path.run-id", formats=True)
_paths_pause_run: dict[tuple[bytes, ...], tuple[str, str, str]] = {}


def _bind_path_pause_run(_groups: tuple[bytes, ...]) -> tuple[str, str, str]:
    application_id = _path(_groups[0], "application-id")
    if not _valid_pause_run_application_id(application_id):
        _invalid("PauseRun.path.application-id", "path", "application-id", application_id)
    campaign_id = _path(_groups[1], "campaign-id")
    if not _valid_pause_run_campaign_id(campaign_id):
        _invalid("PauseRun.path.campaign-id", "path", "campaign-id", campaign_id)
    run_id = _path(_groups[2], "run-id")
    if not _valid_pause_run_run_id(run_id):
        _invalid("PauseRun.path.run-id", "path", "run-id", run_id)
    return (application_id, campaign_id, run_id)


def bind_pause_run(_groups: tuple[bytes, ...], _context: RequestContext) -> PauseRunRequest:
    """Bind ``POST /_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}/pause`` (PauseRun).

    The path and query values of recent requests are kept (see ``_memo``).
    """
    _path_values = _paths_pause_run.get(_groups)
    if _path_values is None:
        _path_values = _memo(
            _paths_pause_run, _groups, len(_context.raw_path), _bind_path_pause_run(_groups)
        )
    (application_id, campaign_id, run_id) = _path_values
    return _new_PauseRunRequest(
        application_id,
        campaign_id,
        run_id,
        _context,
    )


_valid_resume_run_application_id = _validators.predicate(
    "ResumeRun.path.application-id", formats=True
)
_valid_resume_run_campaign_id = _validators.predicate("ResumeRun.path.campaign-id", formats=True)
_valid_resume_run_run_id = _validators.predicate("ResumeRun.path.run-id", formats=True)
_paths_resume_run: dict[tuple[bytes, ...], tuple[str, str, str]] = {}


def _bind_path_resume_run(_groups: tuple[bytes, ...]) -> tuple[str, str, str]:
    application_id = _path(_groups[0], "application-id")
    if not _valid_resume_run_application_id(application_id):
        _invalid("ResumeRun.path.application-id", "path", "application-id", application_id)
    campaign_id = _path(_groups[1], "campaign-id")
    if not _valid_resume_run_campaign_id(campaign_id):
        _invalid("ResumeRun.path.campaign-id", "path", "campaign-id", campaign_id)
    run_id = _path(_groups[2], "run-id")
    if not _valid_resume_run_run_id(run_id):
        _invalid("ResumeRun.path.run-id", "path", "run-id", run_id)
    return (application_id, campaign_id, run_id)


def bind_resume_run(_groups: tuple[bytes, ...], _context: RequestContext) -> ResumeRunRequest:
    """Bind ``POST /_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}/resume`` (ResumeRun).

    The path and query values of recent requests are kept (see ``_memo``).
    """
    _path_values = _paths_resume_run.get(_groups)
    if _path_values is None:
        _path_values = _memo(
            _paths_resume_run, _groups, len(_context.raw_path), _bind_path_resume_run(_groups)
        )
    (application_id, campaign_id, run_id) = _path_values
    return _new_ResumeRunRequest(
        application_id,
        campaign_id,
        run_id,
        _context,
    )


_valid_cancel_run_application_id = _validators.predicate(
    "CancelRun.path.application-id", formats=True
)
_valid_cancel_run_campaign_id = _validators.predicate("CancelRun.path.campaign-id", formats=True)
_valid_cancel_run_run_id = _validators.predicate("CancelRun.path.run-id", formats=True)
_paths_cancel_run: dict[tuple[bytes, ...], tuple[str, str, str]] = {}


def _bind_path_cancel_run(_groups: tuple[bytes, ...]) -> tuple[str, str, str]:
    application_id = _path(_groups[0], "application-id")
    if not _valid_cancel_run_application_id(application_id):
        _invalid("CancelRun.path.application-id", "path", "application-id", application_id)
    campaign_id = _path(_groups[1], "campaign-id")
    if not _valid_cancel_run_campaign_id(campaign_id):
        _invalid("CancelRun.path.campaign-id", "path", "campaign-id", campaign_id)
    run_id = _path(_groups[2], "run-id")
    if not _valid_cancel_run_run_id(run_id):
        _invalid("CancelRun.path.run-id", "path", "run-id", run_id)
    return (application_id, campaign_id, run_id)


def bind_cancel_run(_groups: tuple[bytes, ...], _context: RequestContext) -> CancelRunRequest:
    """Bind ``POST /_mock/apps/{application-id}/campaigns/{campaign-id}/runs/{run-id}/cancel`` (CancelRun).

    The path and query values of recent requests are kept (see ``_memo``).
    """
    _path_values = _paths_cancel_run.get(_groups)
    if _path_values is None:
        _path_values = _memo(
            _paths_cancel_run, _groups, len(_context.raw_path), _bind_path_cancel_run(_groups)
        )
    (application_id, campaign_id, run_id) = _path_values
    return _new_CancelRunRequest(
        application_id,
        campaign_id,
        run_id,
        _context,
    )


def bind_get_clock(_groups: tuple[bytes, ...], _context: RequestContext) -> GetClockRequest:
    """Bind ``GET /_mock/clock`` (GetClock).

    The path and query values of recent requests are kept (see ``_memo``).
    """
    return _new_GetClockRequest(
        _context,
    )


def bind_set_clock(_groups: tuple[bytes, ...], _context: RequestContext) -> SetClockRequest:
    """Bind ``PUT /_mock/clock`` (SetClock).

    The path and query values of recent requests are kept (see ``_memo``).
    """
    return _new_SetClockRequest(
        _body(_context, True, "SetClock.body"),
        _context,
    )


def bind_advance_clock(_groups: tuple[bytes, ...], _context: RequestContext) -> AdvanceClockRequest:
    """Bind ``POST /_mock/clock/advance`` (AdvanceClock).

    The path and query values of recent requests are kept (see ``_memo``).
    """
    return _new_AdvanceClockRequest(
        _body(_context, True, "AdvanceClock.body"),
        _context,
    )


def bind_list_faults(_groups: tuple[bytes, ...], _context: RequestContext) -> ListFaultsRequest:
    """Bind ``GET /_mock/faults`` (ListFaults).

    The path and query values of recent requests are kept (see ``_memo``).
    """
    return _new_ListFaultsRequest(
        _context,
    )


def bind_add_fault(_groups: tuple[bytes, ...], _context: RequestContext) -> AddFaultRequest:
    """Bind ``POST /_mock/faults`` (AddFault).

    The path and query values of recent requests are kept (see ``_memo``).
    """
    return _new_AddFaultRequest(
        _body(_context, True, "AddFault.body"),
        _context,
    )


def bind_clear_faults(_groups: tuple[bytes, ...], _context: RequestContext) -> ClearFaultsRequest:
    """Bind ``DELETE /_mock/faults`` (ClearFaults).

    The path and query values of recent requests are kept (see ``_memo``).
    """
    return _new_ClearFaultsRequest(
        _context,
    )
