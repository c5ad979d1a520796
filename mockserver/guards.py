"""The ``pinpoint_server`` guards of ``serve``: SigV4 (``--auth sigv4``) and ``--rate-limit``.

Guards run after routing and before the parameters are checked, as AWS authenticates and
throttles before it validates. The logic lives in ``mockserver.sigv4`` and ``mockserver.ratelimit``
(no HTTP types); these adapters only map its errors onto the generated app's error classes.
"""

from __future__ import annotations

from pinpoint_server import RequestContext  # type: ignore[import-not-found, unused-ignore]
from pinpoint_server.errors import (  # type: ignore[import-not-found, unused-ignore]
    ForbiddenException,
    TooManyRequestsException,
)

from mockserver.errors import ForbiddenError, ThrottledError
from mockserver.ratelimit import RateLimiter, caller_key
from mockserver.sigv4 import SigV4Verifier


class SigV4Guard:
    """Refuses, with 403 ForbiddenException, a request to a signed operation without a valid
    signature. An operation whose spec requires no security (the CORS preflight) passes."""

    def __init__(self, verifier: SigV4Verifier) -> None:
        self.verifier = verifier

    async def __call__(self, context: RequestContext) -> None:
        if not context.security:
            return
        try:
            self.verifier.verify(
                context.method,
                context.raw_path,
                context.query_string,
                context.headers,
                context.body,
            )
        except ForbiddenError as exc:
            raise ForbiddenException(exc.message) from None


class RateLimitGuard:
    """Refuses, with 429 TooManyRequestsException and Retry-After, a caller over its rate.

    CORS preflights pass untouched: the browser sends them on its own, and the spec declares no
    429 for OPTIONS.
    """

    def __init__(self, limiter: RateLimiter) -> None:
        self.limiter = limiter

    async def __call__(self, context: RequestContext) -> None:
        if context.method == "OPTIONS":
            return
        try:
            self.limiter.take(caller_key(context.headers, context.client))
        except ThrottledError as exc:
            raise TooManyRequestsException(
                exc.message, headers={"Retry-After": str(exc.retry_after)}
            ) from None
