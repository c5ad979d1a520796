"""The ASGI app of the mock server: the generated ``pinpoint_server`` app with our handlers.

``factory`` is what uvicorn imports in each worker. The workers open the database read-only
(query_only): the CLI has already migrated and seeded it before starting them.

TODO(http wiring phase): SigV4 and rate-limit guards; until then those options are refused.
"""

from __future__ import annotations

import logging

from pinpoint_server import App, create_app  # type: ignore[import-not-found, unused-ignore]

from mockserver.config import ServeConfig
from mockserver.handler import ActivitiesHandlers
from mockserver.service import ActivitiesService
from mockserver.store import Store


def build_app(config: ServeConfig) -> App:
    """Return the ASGI3 app for ``config``."""
    if config.auth != "none" or config.rate_limit is not None:
        raise NotImplementedError("--auth sigv4 and --rate-limit come with the HTTP wiring phase")
    # A line per request costs more than serving a page: access logs only when debugging. Set
    # here, not in the CLI, because each worker process builds its own app.
    verbose = config.log_level in ("debug", "trace")
    logging.getLogger("pinpoint_server.access").setLevel(
        logging.DEBUG if verbose else logging.WARNING
    )
    store = Store(config.db, read_only=True)
    return create_app(ActivitiesHandlers(ActivitiesService(store)))


def factory() -> App:
    """Build the app from the settings the CLI put in the environment (uvicorn factory)."""
    return build_app(ServeConfig.from_env())
