"""SigV4 verification in-process: requests signed by botocore, then changed one way at a time."""

from __future__ import annotations

import calendar
import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from unittest import mock
from urllib.parse import urlsplit

import pytest
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

from mockserver.credentials import Secret
from mockserver.errors import ForbiddenError
from mockserver.sigv4 import INVALID_TOKEN, MISMATCH, MISSING_TOKEN, SigV4Verifier

KEY = "AKIDUNITTEST0001"
SECRET = "unit/test+secret=0001"
TEMP_KEY = "ASIAUNITTEST0002"
TEMP_SECRET = "temporary-secret"
TOKEN = "session-token-value/with+chars=="
NOW = datetime(2026, 3, 8, 9, 20, 0, tzinfo=UTC)
URL = (
    "http://127.0.0.1:8080/v1/apps/4f5e0a3c9b2d4e6f8a1b3c5d7e9f0a2b"
    "/campaigns/7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f/activities"
)

Signed = tuple[str, bytes, bytes, list[tuple[bytes, bytes]], bytes]


def sign(
    url: str = URL,
    *,
    method: str = "GET",
    key: str = KEY,
    secret: str = SECRET,
    token: str | None = None,
    region: str = "us-east-1",
    service: str = "mobiletargeting",
    when: datetime = NOW,
    headers: dict[str, str] | None = None,
    body: bytes = b"",
) -> Signed:
    """Sign with botocore as boto3 does, then return the request as the server receives it."""
    request = AWSRequest(method=method, url=url, data=body, headers=headers or {})
    request.headers["Host"] = urlsplit(url).netloc
    with mock.patch("botocore.auth.get_current_datetime", return_value=when.replace(tzinfo=None)):
        SigV4Auth(Credentials(key, secret, token), service, region).add_auth(request)
    parts = urlsplit(url)
    wire = [
        (name.lower().encode("latin-1"), value.encode("latin-1"))
        for name, value in request.headers.items()
    ]
    return method, parts.path.encode(), parts.query.encode(), wire, body


def replace_header(signed: Signed, name: bytes, value: bytes | None) -> Signed:
    method, path, query, headers, body = signed
    kept = [(n, v) for n, v in headers if n != name]
    if value is not None:
        kept.append((name, value))
    return method, path, query, kept, body


@pytest.fixture
def verifier() -> Iterator[SigV4Verifier]:
    yield SigV4Verifier(
        {KEY: Secret(SECRET), TEMP_KEY: Secret(TEMP_SECRET, TOKEN)},
        clock=lambda: calendar.timegm(NOW.timetuple()),
    )


def refused(verifier: SigV4Verifier, signed: Signed) -> str:
    with pytest.raises(ForbiddenError) as info:
        verifier.verify(*signed)
    return info.value.message


def test_botocore_signatures_pass(verifier: SigV4Verifier) -> None:
    assert verifier.verify(*sign()) == KEY
    query = URL + "?page-size=5&token=AQAAAAAAAAAF.abc-def_ghi"
    assert verifier.verify(*sign(query)) == KEY
    # An encoded slash and UTF-8 in the IDs: signed as sent, double-encoded by SigV4.
    assert verifier.verify(*sign(URL.replace("4f5e0a3c", "a%2Fb%C3%A9"))) == KEY
    assert verifier.verify(*sign(region="eu-central-1")) == KEY
    assert verifier.verify(*sign(key=TEMP_KEY, secret=TEMP_SECRET, token=TOKEN)) == TEMP_KEY
    assert verifier.verify(*sign(method="POST", body=b'{"a": 1}')) == KEY


def test_headers_botocore_would_not_sign_are_verified_when_the_client_signed_them(
    verifier: SigV4Verifier,
) -> None:
    """A client may sign User-Agent; the server must recompute over what the client named."""
    method, path, query, headers, body = sign(headers={"X-Custom": "a  b"})
    assert verifier.verify(method, path, query, headers, body) == KEY
    # Whitespace inside a value is collapsed by SigV4, so a proxy re-spacing it does no harm.
    respaced = replace_header((method, path, query, headers, body), b"x-custom", b"  a b ")
    assert verifier.verify(*respaced) == KEY


def test_missing_authorization(verifier: SigV4Verifier) -> None:
    assert refused(verifier, replace_header(sign(), b"authorization", None)) == MISSING_TOKEN
    assert refused(verifier, replace_header(sign(), b"authorization", b"  ")) == MISSING_TOKEN


@pytest.mark.parametrize(
    ("authorization", "expected"),
    [
        (b"Basic dXNlcjpwYXNz", "requires 'Credential' parameter."),
        (b"AWS4-HMAC-SHA256 Credential=x", "requires 'Signature' parameter."),
        (b"AWS4-HMAC-SHA256 Signature=" + b"0" * 64, "requires 'Credential' parameter."),
        (b"AWS4-HMAC-SHA256", "requires 'SignedHeaders' parameter."),
    ],
)
def test_malformed_authorization(
    verifier: SigV4Verifier, authorization: bytes, expected: str
) -> None:
    message = refused(verifier, replace_header(sign(), b"authorization", authorization))
    assert expected in message and "Authorization=" in message


def test_credential_scope_is_checked(verifier: SigV4Verifier) -> None:
    assert refused(verifier, sign(service="pinpoint")) == (
        "Credential should be scoped to correct service: 'mobiletargeting'."
    )
    assert "valid region, not 'moon'" in refused(verifier, sign(region="moon"))
    # A scope whose date is not the X-Amz-Date's.
    _, _, _, headers, _ = sign()
    authorization = dict(headers)[b"authorization"].replace(b"/20260308/", b"/20260307/")
    message = refused(verifier, replace_header(sign(), b"authorization", authorization))
    assert message.startswith("Date in Credential scope does not match")


def test_timestamps_more_than_15_minutes_off_are_refused(verifier: SigV4Verifier) -> None:
    assert verifier.verify(*sign(when=NOW - timedelta(minutes=14, seconds=59))) == KEY
    assert verifier.verify(*sign(when=NOW + timedelta(minutes=14, seconds=59))) == KEY
    assert refused(verifier, sign(when=NOW - timedelta(minutes=16))) == (
        "Signature expired: 20260308T090400Z is now earlier than 20260308T090500Z"
        " (20260308T092000Z - 15 min.)"
    )
    assert refused(verifier, sign(when=NOW + timedelta(minutes=16))) == (
        "Signature not yet current: 20260308T093600Z is still later than 20260308T093500Z"
        " (20260308T092000Z + 15 min.)"
    )
    bad_date = replace_header(sign(), b"x-amz-date", b"2026-03-08T09:20:00Z")
    assert refused(verifier, bad_date).startswith("Date must be in ISO-8601 'basic format'.")
    no_date = replace_header(sign(), b"x-amz-date", None)
    assert "'X-Amz-Date' or a 'Date' header" in refused(verifier, no_date)


def test_unknown_keys_and_session_tokens(verifier: SigV4Verifier) -> None:
    assert refused(verifier, sign(key="AKIDNOBODY")) == INVALID_TOKEN
    # A token on a key that has none, none on a key that has one, and a wrong one.
    assert refused(verifier, sign(token="anything")) == INVALID_TOKEN
    assert refused(verifier, sign(key=TEMP_KEY, secret=TEMP_SECRET)) == INVALID_TOKEN
    wrong = sign(key=TEMP_KEY, secret=TEMP_SECRET, token=TOKEN + "x")
    assert refused(verifier, wrong) == INVALID_TOKEN


def test_anything_changed_after_signing_is_a_mismatch(verifier: SigV4Verifier) -> None:
    method, path, query, headers, body = sign(URL + "?page-size=5")
    changed: list[Signed] = [
        sign(secret="not-the-secret"),
        ("DELETE", path, query, headers, body),
        (method, path.replace(b"4f5e", b"4f5f"), query, headers, body),
        (method, path, b"page-size=6", headers, body),
        (method, path, query, headers, b"a body"),
        replace_header((method, path, query, headers, body), b"host", b"example.com"),
    ]
    for request in changed:
        message = refused(verifier, request)
        assert message.startswith(MISMATCH)
        assert "The Canonical String for this request should have been" in message
    # A signature that is not 64 hex digits, and one off by a digit.
    authorization = dict(headers)[b"authorization"]
    for forged in (
        authorization[:-1],
        authorization[:-1] + (b"0" if authorization[-1:] != b"0" else b"1"),
    ):
        message = refused(
            verifier, replace_header(sign(URL + "?page-size=5"), b"authorization", forged)
        )
        assert message.startswith(MISMATCH)


def test_host_must_be_signed_and_content_hash_must_match(verifier: SigV4Verifier) -> None:
    headers = sign()[3]
    authorization = dict(headers)[b"authorization"].replace(b"host;", b"")
    message = refused(verifier, replace_header(sign(), b"authorization", authorization))
    assert message == "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization."
    lying = sign(headers={"X-Amz-Content-SHA256": hashlib.sha256(b"other").hexdigest()})
    assert "x-amz-content-sha256" in refused(verifier, lying)
    unsigned_payload = sign(headers={"X-Amz-Content-SHA256": "UNSIGNED-PAYLOAD"})
    assert verifier.verify(*unsigned_payload) == KEY


def test_undecodable_requests_are_a_mismatch_not_a_crash(verifier: SigV4Verifier) -> None:
    method, path, query, headers, body = sign()
    assert refused(verifier, (method, path + b"\xff", query, headers, body)) == MISMATCH
    # A raw byte in the query is canonicalized as %FF (SigV4's encoding), so it is compared.
    assert refused(verifier, (method, path, b"token=\xff", headers, body)).startswith(MISMATCH)


def test_query_pairs_are_compared_decoded_and_sorted(verifier: SigV4Verifier) -> None:
    method, path, _, headers, body = sign(URL + "?page-size=2&token=a%2Fb")
    for sent in (
        b"page%2Dsize=2&token=a%2Fb",
        b"token=a%2fb&page-size=2",
        b"page-size=2&&token=a/b",
    ):
        assert verifier.verify(method, path, sent, headers, body) == KEY
    assert refused(verifier, (method, path, b"page-size=3&token=a%2Fb", headers, body)).startswith(
        MISMATCH
    )


def test_date_header_region_and_one_authorization(verifier: SigV4Verifier) -> None:
    request = AWSRequest(method="GET", url=URL, headers={"Date": "x"})
    request.headers["Host"] = urlsplit(URL).netloc
    with mock.patch("botocore.auth.get_current_datetime", return_value=NOW.replace(tzinfo=None)):
        SigV4Auth(Credentials(KEY, SECRET), "mobiletargeting", "us-east-1").add_auth(request)
    assert "X-Amz-Date" not in request.headers
    wire = [(n.lower().encode(), v.encode()) for n, v in request.headers.items()]
    signed = ("GET", urlsplit(URL).path.encode(), b"", wire, b"")
    assert verifier.verify(*signed) == KEY
    pinned = SigV4Verifier({KEY: Secret(SECRET)}, clock=verifier.clock, region="eu-west-1")
    assert "us-east-1" in refused(pinned, signed)
    method, path, query, headers, body = sign()
    twice = [*headers, (b"authorization", dict(headers)[b"authorization"])]
    assert "more than one" in refused(verifier, (method, path, query, twice, body))
