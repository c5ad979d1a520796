"""AWS Signature Version 4 for httpx, computed by botocore's maintained signer.

Generated from the OpenAPI document by ``python -m generator``; do not edit.

Install the extra: ``pip install "pinpoint-client[sigv4]"`` (it adds botocore). botocore is
imported when a ``SigV4Auth`` is created, so the client never pays for it unless it signs.

The signature covers exactly what httpx sends: the method, the percent-encoded path and query
of ``request.url`` as they go on the wire, the ``host`` and ``content-type`` headers, every
``x-amz-*`` header and the SHA-256 of the body.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Generator
from types import ModuleType
from typing import Any

import httpx

SIGNING_NAME: str | None = "mobiletargeting"
SIGNED_HEADERS = frozenset({"host", "content-type", "content-md5"})
COPIED_HEADERS = ("Authorization", "X-Amz-Date", "X-Amz-Security-Token")


class MissingCredentialsError(ValueError):
    """No AWS credentials were passed and none are in the environment."""


def _botocore(module: str) -> ModuleType:
    try:
        return importlib.import_module(f"botocore.{module}")
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            'SigV4 signing needs botocore: pip install "pinpoint-client[sigv4]"'
        ) from exc


class SigV4Auth(httpx.Auth):
    """Sign every request with AWS Signature Version 4.

    Args:
        region: the AWS Region of the endpoint; by default ``AWS_REGION`` or ``AWS_DEFAULT_REGION``.
        service: the signing name (``mobiletargeting`` for this API).
        access_key_id, secret_access_key, session_token: explicit credentials. Without them,
            ``credentials`` is used, else ``AWS_ACCESS_KEY_ID``, ``AWS_SECRET_ACCESS_KEY`` and
            ``AWS_SESSION_TOKEN`` from the environment.
        credentials: a botocore/boto3 credentials object (``boto3.Session().get_credentials()``),
            for the full provider chain and refreshing temporary credentials.
    """

    requires_request_body = True

    def __init__(
        self,
        region: str | None = None,
        *,
        service: str | None = SIGNING_NAME,
        access_key_id: str | None = None,
        secret_access_key: str | None = None,
        session_token: str | None = None,
        credentials: Any = None,
    ) -> None:
        resolved_region = (
            region or os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION")
        )
        if not resolved_region:
            raise ValueError("SigV4Auth needs a region (or AWS_REGION in the environment)")
        if not service:
            raise ValueError("SigV4Auth needs the service's signing name")
        self.region: str = resolved_region
        self.service: str = service
        self._auth = _botocore("auth")
        self._awsrequest = _botocore("awsrequest")
        botocore_credentials = _botocore("credentials")
        if access_key_id or secret_access_key:
            if not (access_key_id and secret_access_key):
                raise MissingCredentialsError("pass both access_key_id and secret_access_key")
            credentials = botocore_credentials.Credentials(
                access_key_id, secret_access_key, session_token
            )
        elif credentials is None:
            key = os.environ.get("AWS_ACCESS_KEY_ID")
            secret = os.environ.get("AWS_SECRET_ACCESS_KEY")
            if not (key and secret):
                raise MissingCredentialsError(
                    "no AWS credentials: pass access_key_id/secret_access_key or credentials=,"
                    " or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"
                )
            credentials = botocore_credentials.Credentials(
                key, secret, os.environ.get("AWS_SESSION_TOKEN") or None
            )
        self._credentials: Any = credentials

    def __repr__(self) -> str:
        return f"SigV4Auth(region={self.region!r}, service={self.service!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.sign(request)
        yield request

    def sign(self, request: httpx.Request) -> None:
        """Add ``Authorization``, ``X-Amz-Date`` (and ``X-Amz-Security-Token``) to ``request``."""
        credentials = self._credentials
        if hasattr(credentials, "get_frozen_credentials"):
            credentials = credentials.get_frozen_credentials()
        headers = {"host": request.headers.get("host") or request.url.netloc.decode("ascii")}
        for name, value in request.headers.items():
            lower = name.lower()
            if lower in SIGNED_HEADERS or (lower.startswith("x-amz-") and lower != "x-amz-date"):
                headers[lower] = value
        aws_request = self._awsrequest.AWSRequest(
            method=request.method, url=str(request.url), headers=headers, data=request.content
        )
        self._auth.SigV4Auth(credentials, self.service, self.region).add_auth(aws_request)
        for name in COPIED_HEADERS:
            value = aws_request.headers.get(name)
            if value is not None:
                request.headers[name] = value


__all__ = ["SIGNING_NAME", "MissingCredentialsError", "SigV4Auth"]
