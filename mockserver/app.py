"""The ASGI app of the mock server: the AWS API and, under ``/_mock``, the control plane.

Two generated apps behind one prefix test on the raw path: ``pinpoint_server`` with our
handlers (``mockserver.handler``) for everything AWS serves, ``pinpoint_admin_server`` with the
admin handlers (``mockserver.admin``) for ``/_mock...``, which can never collide with AWS's
``/v1/...``. ``factory`` is what uvicorn imports in each worker when there are several. The
workers open the database writable, as the control plane writes (the CLI has migrated it
already), or read-only with ``serve --read-only``.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any, Final

from pinpoint_admin_server import (  # type: ignore[import-not-found, unused-ignore]
    create_app as create_admin_app,
)
from pinpoint_server import Guard, create_app  # type: ignore[import-not-found, unused-ignore]

from mockserver.admin import AdminHandlers
from mockserver.admin_access import AdminAccessGuard
from mockserver.clock import MockClock
from mockserver.config import ServeConfig
from mockserver.credentials import load_credentials
from mockserver.faults import FaultTable
from mockserver.guards import (
    FaultGuard,
    RateLimitGuard,
    SignedRateLimitGuard,
    SigV4Guard,
    is_served,
    main_error_types,
    main_routes,
    missing_token,
    scope_reader,
)
from mockserver.handler import ActivitiesHandlers
from mockserver.logs import configure_logging
from mockserver.orphans import exit_with_parent
from mockserver.ratelimit import SharedRateLimiter
from mockserver.service import ActivitiesService
from mockserver.sigv4 import SigV4Verifier
from mockserver.storage import ActivityStore, open_store
from mockserver.web import WebApp, is_web_path

ADMIN_PREFIX: Final = b"/_mock"
Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class MockApp:
    """Sends ``/_mock...`` to the control plane (or its web page's paths to ``web``) and
    everything else to the AWS API."""

    def __init__(
        self,
        main: ASGIApp,
        admin: ASGIApp,
        store: ActivityStore,
        *,
        unsigned_unknown: ASGIApp | None = None,
        web: ASGIApp | None = None,
    ) -> None:
        self.main = main
        self.admin = admin
        self.web = web
        self.store = store
        # sigv4 mode: what answers an unsigned request that the API would answer 404 or 405.
        self.unsigned_unknown = unsigned_unknown

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # The access line is the HTTP edge's (mockserver.http_edge): nothing wraps send here.
        raw_path: bytes | None = scope.get("raw_path")
        if raw_path is None and "path" in scope:
            raw_path = scope["path"].encode()
        if raw_path is not None and raw_path.startswith(ADMIN_PREFIX):
            app = self.web if self.web is not None and is_web_path(raw_path) else self.admin
            await app(scope, receive, send)
        elif self.unsigned_unknown is not None and scope["type"] == "http":
            await self._signed_or_not(scope)(scope, receive, send)
        else:
            await self.main(scope, receive, send)

    def _signed_or_not(self, scope: Scope) -> ASGIApp:
        """The API, or the Missing Authentication Token answer for an unsigned request whose
        path or method the API does not serve (API Gateway answers those 403, not 404)."""
        assert self.unsigned_unknown is not None
        for name, _ in scope["headers"]:
            if name == b"authorization":
                return self.main
        if is_served(scope.get("raw_path") or scope["path"].encode(), scope["method"]):
            return self.main
        return self.unsigned_unknown


def build_guards(config: ServeConfig, store: ActivityStore) -> list[Guard]:
    """The guards ``config`` asks for: the signature first, so a forged request cannot spend
    the tokens of the key it names. The rate limit's buckets are the store's (shared by every
    worker and replica on it, see mockserver.ratelimit)."""
    limiter = None if config.rate_limit is None else SharedRateLimiter(store, config.rate_limit)
    if config.auth != "sigv4":
        return [] if limiter is None else [RateLimitGuard(limiter)]
    verifier = SigV4Verifier(load_credentials(config.credentials), region=config.region)
    return [SigV4Guard(verifier) if limiter is None else SignedRateLimitGuard(verifier, limiter)]


def build_app(config: ServeConfig) -> MockApp:
    """Return the ASGI3 app for ``config`` (logging is the caller's: see ``factory``)."""
    store = open_store(config.db, read_only=config.read_only)
    routes = main_routes()
    faults = FaultTable(store, [op for op, _ in routes], main_error_types())
    # Faults last: a request that the signature or the rate limit refuses spends no fault.
    fault_guard = FaultGuard(faults, {op: scope_reader(path) for op, path in routes})
    service = ActivitiesService(store)
    main = create_app(
        ActivitiesHandlers(service),
        guards=[*build_guards(config, store), fault_guard],
        validate_responses=config.validate_responses,
    )
    admin = create_admin_app(
        AdminHandlers(store, MockClock(store), faults, pages=service),
        guards=[AdminAccessGuard(config.host, config.admin_token)],
        validate_responses=config.validate_responses,
    )
    unsigned_unknown = missing_token if config.auth == "sigv4" else None
    return MockApp(main, admin, store, unsigned_unknown=unsigned_unknown, web=WebApp())


def factory() -> MockApp:
    """Build the app from the settings the CLI put in the environment (uvicorn factory)."""
    config = ServeConfig.from_env()
    if config.supervisor_pid is not None and config.supervisor_pid != os.getpid():
        exit_with_parent(config.supervisor_pid)
    configure_logging(config.log_level)
    app = build_app(config)
    freeze_startup_objects()
    return app


def freeze_startup_objects() -> None:
    """Move everything made while starting (modules, botocore's tables, the app) out of the
    cyclic garbage collector's sight: a full collection then walks only what requests left
    behind, not the ~30,000 objects of the imports each time (CPython's gc.freeze advice for
    servers)."""
    gc.collect()
    gc.freeze()
