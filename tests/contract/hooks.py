"""The schemathesis hooks module of the contract run (``hooks`` in schemathesis.toml).

Loaded by the schemathesis CLI at start-up. It registers the custom checks, signs every request
with SigV4 when ``CONTRACT_AUTH=sigv4``, and, when ``CONTRACT_ASGI_TARGET`` names an ASGI app,
serves the run in-process from that app instead of over the network.
"""

from __future__ import annotations

import os
from typing import Any

import schemathesis

from tests.contract import checks, names, target
from tests.contract.sigv4 import SigV4RequestsAuth

__all__ = ["checks"]

if os.environ.get(names.AUTH_ENV) == "sigv4":
    # The spec declares `security: []` for OPTIONS: a CORS preflight is never signed.
    # `set_from_requests` is public but attached at runtime, hence untyped.
    register = schemathesis.auth.set_from_requests  # type: ignore[attr-defined]
    register(SigV4RequestsAuth.from_env()).skip_for(method="OPTIONS")


@schemathesis.hook
def after_load_schema(context: schemathesis.HookContext, schema: Any) -> None:
    """Attach the in-process app, if any: schemathesis then calls it instead of the base URL."""
    name = os.environ.get(target.TARGET_ENV)
    if name:
        schema.app = target.load(name, target.TargetSettings.from_env())
