"""AWS Signature Version 4 for the requests that schemathesis sends.

A ``requests`` auth object runs after the request is prepared, so it signs the exact URL and
headers that go on the wire (the ASGI transport of schemathesis is built on ``requests`` too).
The signing itself is botocore's ``SigV4Auth``, the code boto3 uses.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Final
from urllib.parse import quote, unquote_to_bytes, urlsplit, urlunsplit

import requests
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

SIGNING_NAME: Final = "mobiletargeting"  # the spec's info.x-aws-signing-name
DEFAULT_REGION: Final = "us-east-1"
# Hop-by-hop or client-managed headers: a proxy or the HTTP client may rewrite them after signing.
# (botocore leaves out user-agent, expect and x-amzn-trace-id by itself.)
UNSIGNED_HEADERS: Final = frozenset({"connection", "user-agent", "expect", "x-amzn-trace-id"})


def region_from_env(environ: Mapping[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    return env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION") or DEFAULT_REGION


def credentials_from_env(environ: Mapping[str, str] | None = None) -> Credentials:
    """The credentials in AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN."""
    env = os.environ if environ is None else environ
    access_key = env.get("AWS_ACCESS_KEY_ID")
    secret_key = env.get("AWS_SECRET_ACCESS_KEY")
    if not access_key or not secret_key:
        raise RuntimeError("--auth sigv4 needs AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY")
    return Credentials(access_key, secret_key, env.get("AWS_SESSION_TOKEN") or None)


def _encode(component: str) -> str:
    # requests writes a space as "+" (form encoding); SigV4 wants RFC 3986 "%20".
    return quote(unquote_to_bytes(component.replace("+", "%20")), safe="-_.~")


def canonical_query_url(url: str) -> str:
    """``url`` with its query re-encoded the way SigV4 canonicalizes it (same parameters).

    botocore signs a query taken from a URL as-is, so the URL sent must already be in the
    canonical encoding, or a server that canonicalizes what it received computes another
    signature. Empty ``&&`` pairs, which carry no parameter, are dropped.
    """
    parts = urlsplit(url)
    if not parts.query:
        return url
    pairs = []
    for pair in parts.query.split("&"):
        if not pair:
            continue
        key, _, value = pair.partition("=")
        pairs.append(f"{_encode(key)}={_encode(value)}")
    return urlunsplit(parts._replace(query="&".join(pairs)))


class SigV4RequestsAuth(requests.auth.AuthBase):
    """Signs each prepared request with SigV4 for ``mobiletargeting`` in ``region``."""

    def __init__(self, credentials: Credentials, region: str, service: str = SIGNING_NAME) -> None:
        self.credentials = credentials
        self.region = region
        self.service = service

    @classmethod
    def from_env(cls) -> SigV4RequestsAuth:
        return cls(credentials_from_env(), region_from_env())

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        assert request.url is not None and request.method is not None
        request.url = canonical_query_url(request.url)
        for name in ("Authorization", "X-Amz-Date", "X-Amz-Security-Token"):
            request.headers.pop(name, None)
        signed = {k: v for k, v in request.headers.items() if k.lower() not in UNSIGNED_HEADERS}
        aws_request = AWSRequest(
            method=request.method, url=request.url, headers=signed, data=request.body or b""
        )
        SigV4Auth(self.credentials, self.service, self.region).add_auth(aws_request)
        for name in ("Authorization", "X-Amz-Date", "X-Amz-Security-Token"):
            value = aws_request.headers.get(name)
            if value is not None:
                request.headers[name] = value
        return request
