"""``serve --rate-limit R``: a token bucket per caller, so clients can test their 429 handling.

Each caller gets R tokens a second and a burst of max(1, R). A request takes a token; without one it is
refused with 429 TooManyRequestsException and ``Retry-After``: whole seconds (at least 1, as the
header allows no fraction) until a token is back. The caller is, with ``--auth sigv4``, the access
key whose signature verified, and the client address for a request unsigned or failing the check
(so forged requests are throttled too); without auth, the key the Authorization header names,
else the client address.

The buckets live in the store, so one caller has ONE bucket however its requests spread: on
SQLite in a file beside the database (``<db>-buckets``, mockserver.buckets), shared by every
worker of the host; on PostgreSQL in a table of the database (mockserver.pg), shared by every
worker of every replica, refilled by the database server's clock so replicas on hosts whose
clocks differ still agree. A take is one statement (an UPSERT ... RETURNING). When the store
cannot answer, the request is let through: its own read fails with the store's 503 anyway.
``RateLimiter`` is the in-process bucket, for tests and a read-only SQLite file (whose
directory may not take the buckets file).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable
from typing import Final

from mockserver.dbcheck import StoreUnavailableError
from mockserver.errors import ThrottledError
from mockserver.storage import ActivityStore

# Buckets kept before the full ones (equivalent to no bucket) are swept out.
MAX_BUCKETS: Final = 65_536


class RateLimiter:
    """Token buckets by caller key; ``take`` admits a request or raises ThrottledError."""

    def __init__(
        self,
        rate: float,
        *,
        burst: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        max_buckets: int = MAX_BUCKETS,
    ) -> None:
        if not rate > 0:
            raise ValueError("the rate must be > 0")
        self.rate = float(rate)
        self.burst = float(max(1.0, rate) if burst is None else burst)
        if self.burst < 1:
            raise ValueError("the burst must be >= 1")
        self.clock = clock
        self.max_buckets = max_buckets
        # key -> (tokens, time of the last update); a new key starts full.
        self._buckets: dict[str, tuple[float, float]] = {}

    def take(self, key: str) -> None:
        """Spend one of ``key``'s tokens, or raise ThrottledError with the seconds to wait."""
        now = self.clock()
        state = self._buckets.get(key)
        if state is None:
            tokens = self.burst
        else:
            tokens = min(self.burst, state[0] + (now - state[1]) * self.rate)
        if tokens >= 1.0:
            if state is None and len(self._buckets) >= self.max_buckets:
                self._sweep(now)
            self._buckets[key] = (tokens - 1.0, now)
            return
        self._buckets[key] = (tokens, now)
        raise ThrottledError(max(1, math.ceil((1.0 - tokens) / self.rate)))

    def _sweep(self, now: float) -> None:
        """Forget the buckets that are full again; if none is, the oldest half."""
        full = [
            key
            for key, (tokens, updated) in self._buckets.items()
            if tokens + (now - updated) * self.rate >= self.burst
        ]
        if not full:
            by_age = sorted(self._buckets, key=lambda key: self._buckets[key][1])
            full = by_age[: len(by_age) // 2]
        for key in full:
            del self._buckets[key]


class SharedRateLimiter(RateLimiter):
    """Token buckets by caller key, kept by the store (see the module's docstring); a
    RateLimiter, so the guards take either."""

    def __init__(self, store: ActivityStore, rate: float, *, burst: float | None = None) -> None:
        super().__init__(rate, burst=burst)
        self.store = store

    def take(self, key: str) -> None:
        """Spend one of ``key``'s tokens, or raise ThrottledError with the seconds to wait."""
        try:
            wait = self.store.take_token(key, self.rate, self.burst)
        except StoreUnavailableError:
            return
        if wait > 0:
            raise ThrottledError(max(1, math.ceil(wait)))


def address_key(client: tuple[str, int] | None) -> str:
    """The bucket of a client address (its host: every port of one machine shares it)."""
    return "addr:" + (client[0] if client is not None else "unknown")


def caller_key(headers: Iterable[tuple[bytes, bytes]], client: tuple[str, int] | None) -> str:
    """Without --auth: the access key ID named in the Authorization header's Credential, else
    the client host. Unverified, as the mock trusts everything else without auth; with --auth
    sigv4 the guard charges the key whose signature verified instead (SignedRateLimitGuard).
    """
    for name, value in headers:
        if name == b"authorization" or name.lower() == b"authorization":
            start = value.find(b"Credential=")
            if start >= 0:
                start += len(b"Credential=")
                end = value.find(b"/", start)
                key = value[start : end if end >= 0 else len(value)].strip(b" ,")
                if key:
                    return "key:" + key.decode("latin-1")
            break
    return address_key(client)
