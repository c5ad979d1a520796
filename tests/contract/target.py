"""In-process targets: ASGI apps that the schemathesis process serves itself, no socket involved.

``run.py --asgi module:function`` names one; the function gets a ``TargetSettings`` and returns an
ASGI app. ``mock_app`` is the real mock server app on a fresh database; ``variants`` wraps it.
"""

from __future__ import annotations

import importlib
import json
import os
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Final

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

TARGET_ENV: Final = "CONTRACT_ASGI_TARGET"
SETTINGS_ENV: Final = "CONTRACT_ASGI_SETTINGS"
DEFAULT_TARGET: Final = "tests.contract.target:mock_app"


@dataclass(frozen=True)
class TargetSettings:
    """What an in-process target needs: its database (a SQLite path or a PostgreSQL URL) and
    how it checks callers."""

    db: str
    auth: str = "none"
    credentials: str | None = None

    def to_env(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_env(cls) -> TargetSettings:
        return cls(**json.loads(os.environ[SETTINGS_ENV]))


def mock_app(settings: TargetSettings) -> ASGIApp:
    """The mock server's ASGI app on ``settings.db``, migrated and seeded like ``serve`` does,
    checking its own responses against the spec like ``serve --validate-responses``."""
    from mockserver.app import build_app
    from mockserver.config import ServeConfig
    from mockserver.seed import seed_demo
    from mockserver.storage import open_store

    if not settings.db.startswith("postgresql://"):
        Path(settings.db).parent.mkdir(parents=True, exist_ok=True)
    with open_store(settings.db) as store:
        seed_demo(store)
    config = ServeConfig(
        db=settings.db,
        auth=settings.auth,  # type: ignore[arg-type]
        credentials=settings.credentials,
        validate_responses=True,  # as `serve --validate-responses`: a violation is a 500
    )
    app: ASGIApp = build_app(config)
    return app


def load(target: str, settings: TargetSettings) -> ASGIApp:
    """Import ``module:function`` and build its app."""
    module_name, _, attribute = target.partition(":")
    if not attribute:
        raise ValueError(f"an ASGI target is 'module:function', got {target!r}")
    factory = getattr(importlib.import_module(module_name), attribute)
    app: ASGIApp = factory(settings)
    return app
