"""The ASGI app of the mock server: the generated ``pinpoint_server`` app with our handlers.

``factory`` is what uvicorn imports in each worker when there are several. The workers open the
database read-only (query_only): the CLI has already migrated and seeded it before starting them.
"""

from __future__ import annotations

import gc

from pinpoint_server import App, Guard, create_app  # type: ignore[import-not-found, unused-ignore]

from mockserver.config import ServeConfig
from mockserver.credentials import load_credentials
from mockserver.guards import RateLimitGuard, SigV4Guard
from mockserver.handler import ActivitiesHandlers
from mockserver.logs import configure_logging
from mockserver.ratelimit import RateLimiter
from mockserver.service import ActivitiesService
from mockserver.sigv4 import SigV4Verifier
from mockserver.store import Store


def build_guards(config: ServeConfig) -> list[Guard]:
    """The guards ``config`` asks for: the signature first, so a forged request cannot spend
    the tokens of the key it names."""
    guards: list[Guard] = []
    if config.auth == "sigv4":
        guards.append(SigV4Guard(SigV4Verifier(load_credentials(config.credentials))))
    if config.rate_limit is not None:
        guards.append(RateLimitGuard(RateLimiter(config.rate_limit)))
    return guards


def build_app(config: ServeConfig) -> App:
    """Return the ASGI3 app for ``config`` (logging is the caller's: see ``factory``)."""
    store = Store(config.db, read_only=True)
    service = ActivitiesService(store)
    return create_app(
        ActivitiesHandlers(service),
        guards=build_guards(config),
        validate_responses=config.validate_responses,
    )


def factory() -> App:
    """Build the app from the settings the CLI put in the environment (uvicorn factory)."""
    config = ServeConfig.from_env()
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
