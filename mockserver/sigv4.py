"""AWS Signature Version 4 verification, recomputed with botocore's own signer.

Hand-rolling SigV4 on the server would test clients against our reading of the algorithm; using
``botocore.auth.SigV4Auth`` (the code boto3 signs with) on the request exactly as it arrived (raw
path and query string, the headers the client lists in SignedHeaders, the body's hash) makes a
mismatch mean the client signed something else. The checks run in AWS's order, each refusal
worded as AWS words it (403 ForbiddenException): a missing header, a malformed one, a credential
scope for another service or day, a timestamp more than 15 minutes off, an unknown key or session
token, then the signature, compared in constant time.

Only the Authorization header form is accepted (what the SDKs send); presigned query-string URLs
are refused as unsigned.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import time
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Final
from urllib.parse import quote_from_bytes, unquote_to_bytes

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.compat import HTTPHeaders
from botocore.credentials import Credentials as BotocoreCredentials

from mockserver.credentials import Credentials
from mockserver.errors import ForbiddenError

SERVICE: Final = "mobiletargeting"  # the spec's info.x-aws-signing-name
ALGORITHM: Final = "AWS4-HMAC-SHA256"
MAX_SKEW: Final = timedelta(minutes=15)
UNSIGNED_PAYLOAD: Final = "UNSIGNED-PAYLOAD"

MISSING_TOKEN: Final = "Missing Authentication Token"
INVALID_TOKEN: Final = "The security token included in the request is invalid."
TWO_AUTHORIZATIONS: Final = "The request carries more than one Authorization header."
MISMATCH: Final = (
    "The request signature we calculated does not match the signature you provided. Check your"
    " AWS Secret Access Key and signing method. Consult the service documentation for details."
)

_AMZ_DATE: Final = re.compile(r"[0-9]{8}T[0-9]{6}Z")
_AMZ_DATE_FORMAT: Final = "%Y%m%dT%H%M%SZ"
_REGION: Final = re.compile(r"[a-z]{2}(?:-[a-z]+)+-[0-9]{1,2}")
_SIGNATURE: Final = re.compile(r"[0-9a-f]{64}")
_SIGNED_HEADER: Final = re.compile(r"[!#$%&'*+\-.^_`|~0-9a-z]+")
_MAX_ECHO: Final = 200


def _echo(value: str) -> str:
    return value if len(value) <= _MAX_ECHO else value[:_MAX_ECHO] + "..."


class _ClientSignedHeaders(SigV4Auth):
    """SigV4Auth that canonicalizes the headers the client named, not the ones botocore picks.

    botocore leaves out User-Agent and a few more when it signs; a client that signed them anyway
    is right, and the server must verify what the client signed.
    """

    def __init__(
        self,
        credentials: BotocoreCredentials,
        service_name: str,
        region_name: str,
        signed_headers: tuple[str, ...],
    ) -> None:
        super().__init__(credentials, service_name, region_name)
        self._signed_headers = signed_headers

    def headers_to_sign(self, request: AWSRequest) -> HTTPHeaders:
        header_map = HTTPHeaders()
        for name in self._signed_headers:
            for value in request.headers.get_all(name) or ():
                header_map[name] = value
        return header_map


def _format(moment: datetime) -> str:
    return moment.strftime(_AMZ_DATE_FORMAT)


class SigV4Verifier:
    """Checks the SigV4 Authorization header of a request against a set of credentials."""

    def __init__(
        self,
        credentials: Credentials,
        *,
        service: str = SERVICE,
        max_skew: timedelta = MAX_SKEW,
        clock: Callable[[], float] = time.time,
        region: str | None = None,
    ) -> None:
        self.credentials = dict(credentials)
        self.service = service
        self.region = region
        self.max_skew = max_skew
        self.clock = clock

    def verify(
        self,
        method: str,
        raw_path: bytes,
        query_string: bytes,
        headers: Iterable[tuple[bytes, bytes]],
        body: bytes,
    ) -> str:
        """Return the access key ID that signed the request, or raise ForbiddenError."""
        values: dict[str, list[str]] = {}
        for raw_name, raw_value in headers:
            values.setdefault(raw_name.decode("latin-1").lower(), []).append(
                raw_value.decode("latin-1")
            )
        authorization = values.get("authorization")
        if not authorization or not authorization[0].strip():
            raise ForbiddenError(MISSING_TOKEN)
        if len(authorization) > 1:
            raise ForbiddenError(TWO_AUTHORIZATIONS)
        fields = _parse_authorization(authorization[0])
        amz_date = _one(values, "x-amz-date")
        if amz_date is not None:
            moment = _parse_amz_date(amz_date)
        else:
            # botocore signs with Date when the request has one, and AWS falls back to it.
            date = _one(values, "date")
            if date is None:
                raise ForbiddenError(
                    "Authorization header requires existence of either a 'X-Amz-Date' or a"
                    " 'Date' header. Authorization=" + _echo(authorization[0])
                )
            moment = _parse_http_date(date)
            amz_date = _format(moment)
        access_key, region = self._check_scope(fields["Credential"], amz_date)
        signed_headers = _parse_signed_headers(fields["SignedHeaders"])
        self._check_clock(moment)
        secret = self.credentials.get(access_key)
        if secret is None:
            raise ForbiddenError(INVALID_TOKEN)
        token = _one(values, "x-amz-security-token")
        if secret.session_token is None:
            if token is not None:
                raise ForbiddenError(INVALID_TOKEN)
        elif token is None or not hmac.compare_digest(
            token.encode("utf-8", "surrogateescape"),
            secret.session_token.encode("utf-8", "surrogateescape"),
        ):
            raise ForbiddenError(INVALID_TOKEN)
        content_sha256 = _one(values, "x-amz-content-sha256")
        if content_sha256 not in (None, UNSIGNED_PAYLOAD) and not hmac.compare_digest(
            content_sha256.encode("latin-1"), hashlib.sha256(body).hexdigest().encode("ascii")
        ):
            raise ForbiddenError(
                "The provided 'x-amz-content-sha256' header does not match what was computed."
            )
        provided = fields["Signature"]
        try:
            canonical, string_to_sign, expected = self._recompute(
                access_key,
                secret.secret_access_key,
                region,
                amz_date,
                signed_headers,
                method,
                raw_path,
                query_string,
                values,
                body,
            )
        except (UnicodeError, ValueError):
            # A path, query or header that no client could have signed as sent.
            raise ForbiddenError(MISMATCH) from None
        if not hmac.compare_digest(expected.encode("ascii"), provided.encode("ascii")):
            raise ForbiddenError(
                f"{MISMATCH}\n\nThe Canonical String for this request should have been\n"
                f"'{canonical}'\n\nThe String-to-Sign should have been\n'{string_to_sign}'\n"
            )
        return access_key

    def _check_scope(self, credential: str, amz_date: str) -> tuple[str, str]:
        """Return (access key ID, region) of ``KEY/YYYYMMDD/region/service/aws4_request``."""
        parts = credential.split("/")
        if len(parts) != 5 or not parts[0]:
            raise ForbiddenError(
                "Credential should be scoped to a valid region. Credential=" + _echo(credential)
            )
        access_key, day, region, service, terminator = parts
        if terminator != "aws4_request":
            raise ForbiddenError(
                "Credential should be scoped with a valid terminator: 'aws4_request', not"
                f" '{_echo(terminator)}'."
            )
        if service != self.service:
            raise ForbiddenError(
                f"Credential should be scoped to correct service: '{self.service}'."
            )
        if _REGION.fullmatch(region) is None or self.region not in (None, region):
            raise ForbiddenError(
                f"Credential should be scoped to a valid region, not '{_echo(region)}'."
            )
        if day != amz_date[:8]:
            raise ForbiddenError(
                "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date"
                f" from HTTP: '{_echo(day)}' != '{amz_date[:8]}', from '{amz_date}'."
            )
        return access_key, region

    def _check_clock(self, moment: datetime) -> None:
        now = datetime.fromtimestamp(int(self.clock()), UTC)
        if moment < now - self.max_skew:
            raise ForbiddenError(
                f"Signature expired: {_format(moment)} is now earlier than"
                f" {_format(now - self.max_skew)} ({_format(now)} - 15 min.)"
            )
        if moment > now + self.max_skew:
            raise ForbiddenError(
                f"Signature not yet current: {_format(moment)} is still later than"
                f" {_format(now + self.max_skew)} ({_format(now)} + 15 min.)"
            )

    def _recompute(
        self,
        access_key: str,
        secret: str,
        region: str,
        amz_date: str,
        signed_headers: tuple[str, ...],
        method: str,
        raw_path: bytes,
        query_string: bytes,
        values: Mapping[str, list[str]],
        body: bytes,
    ) -> tuple[str, str, str]:
        """Return botocore's canonical request, string to sign and signature for the request."""
        host = _one(values, "host") or "localhost"
        url = f"http://{host}{raw_path.decode('utf-8')}"
        if query_string:
            # botocore sorts the pairs of a URL's query as they are: give it them canonical.
            url += "?" + canonical_query(query_string)
        request = AWSRequest(method=method, url=url, data=body)
        for name in signed_headers:
            for value in values.get(name, ()):
                request.headers[name] = value  # an HTTPMessage: repeated lines are kept
        request.context["timestamp"] = amz_date
        signer = _ClientSignedHeaders(
            BotocoreCredentials(access_key, secret), self.service, region, signed_headers
        )
        canonical: str = signer.canonical_request(request)
        string_to_sign: str = signer.string_to_sign(request, canonical)
        signature: str = signer.signature(string_to_sign, request)
        return canonical, string_to_sign, signature


def region_name(text: str) -> bool:
    """Whether ``text`` is shaped like an AWS Region name (us-east-1, ap-southeast-2, ...)."""
    return _REGION.fullmatch(text) is not None


def canonical_query(query_string: bytes) -> str:
    """The SigV4 canonical query string: each name and value percent-decoded, then encoded
    with everything but ``A-Za-z0-9-_.~`` as %XX, the pairs sorted by name, then value.

    So ``page%2Dsize=5`` (which the server reads as ``page-size``) is ``page-size=5``, as the
    client signed it. ``+`` stays a literal plus (%2B): SigV4 gives it no meaning of space.
    """
    pairs: list[tuple[str, str]] = []
    for part in query_string.split(b"&"):
        if not part:
            continue
        name, _, value = part.partition(b"=")
        pairs.append((_encode(unquote_to_bytes(name)), _encode(unquote_to_bytes(value))))
    pairs.sort()
    return "&".join(f"{name}={value}" for name, value in pairs)


def _encode(value: bytes) -> str:
    return quote_from_bytes(value, safe="-_.~")


def _one(values: Mapping[str, list[str]], name: str) -> str | None:
    found = values.get(name)
    return None if not found else ",".join(found)


def _parse_authorization(header: str) -> dict[str, str]:
    """Split ``AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...``."""
    algorithm, _, rest = header.strip().partition(" ")
    fields: dict[str, str] = {}
    for part in rest.split(","):
        name, equals, value = part.strip().partition("=")
        if equals and name in ("Credential", "SignedHeaders", "Signature"):
            fields[name] = value.strip()
    missing = [
        f"Authorization header requires '{name}' parameter."
        for name in ("Credential", "Signature", "SignedHeaders")
        if not fields.get(name)
    ]
    if algorithm != ALGORITHM or missing:
        if algorithm != ALGORITHM and not missing:
            missing = [f"Unsupported authorization type: '{_echo(algorithm)}'."]
        raise ForbiddenError(" ".join(missing) + " Authorization=" + _echo(header))
    if _SIGNATURE.fullmatch(fields["Signature"]) is None:
        raise ForbiddenError(MISMATCH)
    return fields


def _parse_signed_headers(text: str) -> tuple[str, ...]:
    names = tuple(text.split(";"))
    if not all(_SIGNED_HEADER.fullmatch(name) for name in names):
        raise ForbiddenError(f"Invalid SignedHeaders: '{_echo(text)}'.")
    if "host" not in names:
        raise ForbiddenError(
            "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization."
        )
    return names


def _parse_http_date(value: str) -> datetime:
    """An RFC 9110 Date (``Thu, 03 Dec 2026 19:20:00 GMT``), as a UTC instant."""
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        moment = None
    if moment is None:
        raise ForbiddenError(f"Date must be an RFC 7231 HTTP date. Got '{_echo(value)}'.")
    # "-0000" (what botocore writes) parses without a zone: it means UTC too.
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _parse_amz_date(value: str) -> datetime:
    try:
        if _AMZ_DATE.fullmatch(value) is None:
            raise ValueError(value)
        return datetime.strptime(value, _AMZ_DATE_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        raise ForbiddenError(
            f"Date must be in ISO-8601 'basic format'. Got '{_echo(value)}'."
            " See http://en.wikipedia.org/wiki/ISO_8601"
        ) from None
