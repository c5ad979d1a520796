"""Custom schemathesis checks for the AWS conventions that no built-in check covers.

boto3 and the other AWS SDKs read the error code from ``X-Amzn-ErrorType`` and the request ID from
``x-amzn-RequestId``; a server can satisfy the spec's schemas and still break every SDK if those are
wrong. Some checks send follow-up requests ("probes": the remaining pages of a listing, an unknown
campaign) through the run's own transport, so they work in-process (ASGI), over HTTP and signed
alike; the probes are recorded as children of the case, so they appear in the reports.

Importing this module registers the checks (``tests.contract.hooks`` does, for the CLI).
"""

from __future__ import annotations

import json
import math
import os
import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

import schemathesis
from requests.structures import CaseInsensitiveDict
from schemathesis import Case as _Case
from schemathesis import CheckContext, Response

from tests.contract.names import ACCESS_KEY_ENV, AUTH_ENV

# Cases of any operation type; checks only read them.
Case = _Case[Any]

LIST_OPERATION: Final = "GetCampaignActivities"
# An ID that no Pinpoint project or campaign has: 32 hex digits, like the real ones.
UNKNOWN_ID: Final = "ffffffffffffffffffffffffffffffff"
# Page walks are probes on top of the generated cases; a few prove the property, more only cost.
MAX_WALKS: Final = 4
MAX_PAGES: Final = 400
REFERENCE_PAGE_SIZE: Final = "100"


# Helpers -----------------------------------------------------------------------------------------


def header(response: Response, name: str) -> str | None:
    """The first value of header ``name`` (any case), or None."""
    wanted = name.lower()
    for key, values in response.headers.items():
        if key.lower() == wanted and values:
            return values[0]
    return None


def request_header(response: Response, name: str) -> str | None:
    """The value of request header ``name`` as sent, or None."""
    value = response.request.headers.get(name)
    return value if isinstance(value, str) else None


def _ref_name(value: object) -> str | None:
    if isinstance(value, Mapping):
        ref = value.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/responses/"):
            return ref.rsplit("/", 1)[1]
    return None


def error_names(case: Case) -> dict[int, str]:
    """Status code -> AWS error name, as the spec's responses of this operation name them.

    The spec points every error status at a shared response named after the error type
    (``$ref: "#/components/responses/NotFoundException"``), so the name is the ref's last segment.
    """
    responses = case.operation.definition.raw.get("responses", {})
    names: dict[int, str] = {}
    for status, response in responses.items():
        name = _ref_name(response)
        if name is not None and str(status).isdigit():
            names[int(status)] = name
    return names


def declared_methods(case: Case) -> set[str]:
    """The HTTP methods the spec declares for this operation's path, upper case."""
    path_item = case.operation.schema.raw_schema["paths"][case.operation.path]
    verbs = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
    return {method.upper() for method in path_item if method in verbs}


def operation_id(case: Case) -> str | None:
    value = case.operation.definition.raw.get("operationId")
    return value if isinstance(value, str) else None


def is_positive(case: Case) -> bool:
    """Whether the case was generated as schema-valid data."""
    return case.meta is not None and case.meta.generation.mode.is_positive


def json_body(response: Response) -> Any:
    """The decoded JSON body; raises AssertionError when it is not JSON."""
    try:
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        raise AssertionError(f"the body is not JSON: {response.content[:200]!r}") from None


def aws_violations(case: Case, response: Response) -> Iterator[str]:
    """Every way ``response`` breaks the AWS conventions the SDKs rely on."""
    request_id = header(response, "x-amzn-RequestId")
    if not request_id:
        yield f"{response.status_code} response without an x-amzn-RequestId header"
    if response.status_code < 400:
        return
    expected = error_names(case).get(response.status_code)
    # AWS may append ":<namespace URL>" to the type; botocore keeps what is before the colon.
    error_type = header(response, "X-Amzn-ErrorType")
    actual = error_type.split(":", 1)[0] if error_type else None
    if not actual:
        yield f"{response.status_code} response without an X-Amzn-ErrorType header"
    elif expected is not None and actual != expected:
        yield f"X-Amzn-ErrorType is {actual!r}; the spec names status {response.status_code} {expected!r}"
    try:
        body = json_body(response)
    except AssertionError as exc:
        yield f"{response.status_code} error body: {exc}"
        return
    if not isinstance(body, dict):
        yield f"the error body is not a MessageBody object: {body!r}"
        return
    if not isinstance(body.get("Message"), str):
        yield f"the error body has no string Message: {body!r}"
    if not isinstance(body.get("RequestID"), str):
        yield f"the error body has no string RequestID: {body!r}"
    elif request_id and body["RequestID"] != request_id:
        yield f"body RequestID {body['RequestID']!r} differs from x-amzn-RequestId {request_id!r}"


def fail_with(violations: list[str]) -> None:
    if violations:
        raise AssertionError("\n".join(violations))


# Probes ------------------------------------------------------------------------------------------


def send_probe(
    ctx: CheckContext,
    parent: Case,
    *,
    query: dict[str, str],
    path_parameters: dict[str, str] | None = None,
) -> Response:
    """Send a GET derived from ``parent`` (same credentials and transport) and record it.

    Recording uses ``ctx.internals`` the way schemathesis' own probing checks do (not a stable API,
    which is fine with the pinned version), so each probe lands in the reports under its parent.
    """
    probe = parent.derive(
        headers=CaseInsensitiveDict({"accept": "application/json"}), query=query, keep_auth=True
    )
    if path_parameters is not None:
        probe.path_parameters = {**parent.path_parameters, **path_parameters}
    kwargs = dict(ctx.internals.transport_kwargs or {})
    if parent.operation.app is not None:
        kwargs.setdefault("app", parent.operation.app)
    ctx.internals.record_case(parent_id=parent.id, case=probe)
    response: Response = parent.operation.schema.transport.send(probe, **kwargs)
    ctx.internals.record_response(case_id=probe.id, response=response)
    return response


@dataclass
class _ProbeBudget:
    """Run-wide state of the probing checks; checks may run on several worker threads."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    unknown_probed: bool = False
    walked_sizes: set[str | None] = field(default_factory=set)
    references: dict[tuple[str, str], list[str] | None] = field(default_factory=dict)

    def claim_unknown(self) -> bool:
        with self.lock:
            if self.unknown_probed:
                return False
            self.unknown_probed = True
            return True

    def claim_walk(self, page_size: str | None) -> bool:
        with self.lock:
            if page_size in self.walked_sizes or len(self.walked_sizes) >= MAX_WALKS:
                return False
            self.walked_sizes.add(page_size)
            return True


BUDGET = _ProbeBudget()


def _probe_eligible(case: Case, response: Response) -> bool:
    """A schema-valid listing that succeeded on its first page: probes start from there."""
    token = case.query.get("token") if case.query else None
    return (
        operation_id(case) == LIST_OPERATION
        and response.request.method == "GET"
        and response.status_code == 200
        and is_positive(case)
        and not token
    )


# Checks ------------------------------------------------------------------------------------------


@schemathesis.check
def aws_request_id(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """Every response carries ``x-amzn-RequestId`` (the SDKs log it and put it on exceptions)."""
    if not header(response, "x-amzn-RequestId"):
        raise AssertionError(f"{response.status_code} response without an x-amzn-RequestId header")
    return None


@schemathesis.check
def aws_error_shape(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """An error has the ``X-Amzn-ErrorType`` the spec gives its status and a MessageBody whose
    RequestID is the ``x-amzn-RequestId`` header: boto3 builds its exception from exactly these."""
    if response.status_code < 400:
        return True
    fail_with(list(aws_violations(case, response)))
    return None


@schemathesis.check
def allow_on_405(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """Every 405 lists the path's methods in ``Allow`` (RFC 9110), whatever phase produced it.

    schemathesis' ``unsupported_method`` only looks at the 405s of its own method probes.
    """
    if response.status_code != 405:
        return True
    allow = header(response, "Allow")
    if not allow:
        raise AssertionError(f"405 for {response.request.method} without an Allow header")
    advertised = {method.strip().upper() for method in allow.split(",") if method.strip()}
    expected = declared_methods(case)
    problems = []
    if advertised != expected:
        problems.append(f"Allow: {allow!r}; the spec declares {', '.join(sorted(expected))}")
    if response.request.method in advertised:
        problems.append(f"Allow lists {response.request.method}, which was just refused")
    fail_with(problems)
    return None


@schemathesis.check
def items_match_path(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """Every activity of a page belongs to the application and campaign in the path."""
    if operation_id(case) != LIST_OPERATION or response.status_code != 200:
        return True
    body = json_body(response)
    items = body.get("Item") if isinstance(body, dict) else None
    if not isinstance(items, list):
        return True  # response_schema_conformance reports that
    app = case.path_parameters.get("application-id")
    campaign = case.path_parameters.get("campaign-id")
    strays = [
        item.get("Id")
        for item in items
        if isinstance(item, dict)
        and (item.get("ApplicationId") != app or item.get("CampaignId") != campaign)
    ]
    if strays:
        raise AssertionError(f"activities of another application or campaign in the page: {strays}")
    return None


@schemathesis.check
class positive_400_by_design:  # the class name is the check's name in the reports
    """Narrows the config's "400 is acceptable" relaxation of ``positive_data_acceptance``.

    A schema-valid request may only get a 400 for a reason that schemathesis.toml lists under
    ``[checks.positive_400_by_design]``: it carries a parameter whose valid values only the server
    knows (``any_value``: a NextToken). Any other 400 to schema-valid data fails, as it would
    without the relaxation.
    """

    def __init__(self, any_value: Sequence[str] = ()) -> None:
        self.any_value = tuple(any_value)

    def after_response(self, ctx: CheckContext, response: Response, case: Case) -> bool | None:
        if response.status_code != 400 or not is_positive(case):
            return True
        query = case.query or {}
        if any(name in query for name in self.any_value):
            return None
        raise AssertionError(
            "a schema-valid request was refused with 400 for none of the reasons in"
            f" schemathesis.toml [checks.positive_400_by_design]: {response.content[:200]!r}"
        )


@schemathesis.check
def unknown_resource_not_found(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """An unknown campaign (in a known application) and an unknown application answer 404.

    The run pins real IDs, so generated cases never name a missing resource; once per run this
    probes both from the first successful listing.
    """
    if not _probe_eligible(case, response) or not BUDGET.claim_unknown():
        return True
    problems = []
    for name in ("campaign-id", "application-id"):
        probe = send_probe(ctx, case, query={}, path_parameters={name: UNKNOWN_ID})
        where = f"unknown {name} {UNKNOWN_ID}"
        if probe.status_code != 404:
            problems.append(f"{where}: {probe.status_code}, expected 404 NotFoundException")
        else:
            problems.extend(f"{where}: {issue}" for issue in aws_violations(case, probe))
    fail_with(problems)
    return None


def _page(response: Response, where: str) -> tuple[list[str], str | None]:
    """The activity IDs and the NextToken of a 200 page."""
    if response.status_code != 200:
        raise AssertionError(f"{where}: {response.status_code} {response.content[:200]!r}")
    body = json_body(response)
    if not isinstance(body, dict) or not isinstance(body.get("Item"), list):
        raise AssertionError(f"{where}: not an ActivitiesResponse: {body!r}"[:400])
    ids = [item.get("Id") for item in body["Item"] if isinstance(item, dict)]
    token = body.get("NextToken")
    return [str(i) for i in ids], token if isinstance(token, str) and token else None


def page_limit(page_size: str | None) -> int | None:
    """The most items a page may hold for ``page-size`` (None: no page-size sent).

    The pattern allows any number of digits; past 9 they exceed any real page, and ``int`` would
    refuse a 5,000-digit string anyway.
    """
    if page_size is None:
        return None
    return int(page_size) if len(page_size) <= 9 else 10**9


def _walk(
    ctx: CheckContext, case: Case, page_size: str | None, first: Response, max_pages: int
) -> tuple[list[str], bool]:
    """Follow NextTokens from page ``first``; return the IDs and whether the chain ended."""
    limit = page_limit(page_size)
    ids, token = _page(first, "page 1")
    pages = 1
    while token is not None:
        if pages >= max_pages:
            return ids, False
        pages += 1
        query = {"token": token} if page_size is None else {"page-size": page_size, "token": token}
        page_ids, token = _page(send_probe(ctx, case, query=query), f"page {pages}")
        if limit is not None and len(page_ids) > limit:
            raise AssertionError(f"page {pages}: {len(page_ids)} items for page-size {page_size}")
        ids.extend(page_ids)
    return ids, True


@schemathesis.check
def pagination_walk(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """Following NextToken neither repeats nor skips an activity and ends with a null NextToken.

    For a few page sizes per run (the first successful listing of each), walk the remaining pages
    with the same page-size and compare the IDs with one reference walk at page-size 100: same
    IDs in the same order, no duplicates, every page within its page-size.
    """
    if not _probe_eligible(case, response):
        return True
    page_size = (case.query or {}).get("page-size")
    limit = page_limit(page_size)
    first_ids, token = _page(response, "page 1")
    if limit is not None and len(first_ids) > limit:
        raise AssertionError(f"page 1: {len(first_ids)} items for page-size {page_size}")
    if token is None or not BUDGET.claim_walk(page_size):
        return True
    key = (case.path_parameters["application-id"], case.path_parameters["campaign-id"])
    with BUDGET.lock:
        known = key in BUDGET.references
    if not known:
        reference_first = send_probe(ctx, case, query={"page-size": REFERENCE_PAGE_SIZE})
        ids, ended = _walk(ctx, case, REFERENCE_PAGE_SIZE, reference_first, MAX_PAGES)
        with BUDGET.lock:
            BUDGET.references[key] = ids if ended else None
    with BUDGET.lock:
        reference = BUDGET.references[key]
    if reference is None:
        return True  # too many activities to walk cheaply; nothing is claimed
    # Twice the pages the IDs need at the first page's size: a chain that goes on is caught
    # without walking forever, and a server may still return some short pages.
    expected_pages = 2 * math.ceil(len(reference) / max(1, len(first_ids))) + 2
    if expected_pages > MAX_PAGES:
        return True
    ids, ended = _walk(ctx, case, page_size, response, expected_pages)
    problems = []
    if not ended:
        problems.append(f"no null NextToken after {expected_pages} pages of page-size {page_size}")
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        problems.append(f"activities repeated across pages: {duplicates[:10]}")
    if ended and ids != reference:
        missing = [i for i in reference if i not in ids]
        problems.append(
            f"page-size {page_size} walked {len(ids)} activities, page-size "
            f"{REFERENCE_PAGE_SIZE} walked {len(reference)}; skipped: {missing[:10]}"
        )
    fail_with(problems)
    return None


@schemathesis.check
def sigv4_accepted(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """With ``--auth sigv4``, a request that the harness signed is never refused as unauthorized.

    The AUTH=sigv4 runs would otherwise pass while every request got 403: 403 is a valid answer
    for schemathesis. Requests schemathesis sent unsigned on purpose (negative auth) are exempt.
    """
    if os.environ.get(AUTH_ENV) != "sigv4":
        return True
    if _signed_by_us(response) and response.status_code in (401, 403):
        raise AssertionError(
            f"a correctly signed request was refused: {response.status_code} "
            f"{header(response, 'X-Amzn-ErrorType')} {response.content[:200]!r}"
        )
    return None


def _signed_by_us(response: Response) -> bool:
    authorization = request_header(response, "Authorization") or ""
    access_key = os.environ.get(ACCESS_KEY_ENV, "")
    return bool(access_key) and authorization.startswith(
        f"AWS4-HMAC-SHA256 Credential={access_key}/"
    )


def _requires_signature(case: Case) -> bool:
    """Whether the spec declares SigV4 for the operation (OPTIONS declares ``security: []``)."""
    raw = case.operation.definition.raw
    security = raw.get("security", case.operation.schema.raw_schema.get("security", []))
    return any(requirement for requirement in security)


@schemathesis.check
def unsigned_request_forbidden(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """With ``--auth sigv4``, a request to a signed operation without our signature gets 403.

    Replaces ``missing_required_header`` for the Authorization header (see schemathesis.toml):
    AWS answers a missing or invalid signature with 403, where that check insists on 401.
    """
    if os.environ.get(AUTH_ENV) != "sigv4" or not _requires_signature(case):
        return True
    if _signed_by_us(response):
        return True
    if response.status_code != 403:
        raise AssertionError(
            f"a request without a valid signature got {response.status_code}, expected 403"
        )
    return None
