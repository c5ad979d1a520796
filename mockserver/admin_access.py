"""Who may call the control plane (``/_mock``): a guard of the generated admin app.

The control plane can empty the database, so it must not be open to a network by accident: on a
loopback listen address it is open; elsewhere (``0.0.0.0`` included) it is off unless the server
was given an admin token. A token, once given, is required on loopback too: the caller asked
for it. The token is compared in constant time.
"""

from __future__ import annotations

import hmac
from typing import Final

from pinpoint_admin_server import RequestContext  # type: ignore[import-not-found, unused-ignore]
from pinpoint_admin_server.errors import (  # type: ignore[import-not-found, unused-ignore]
    ForbiddenException,
)

from mockserver.config import is_loopback

_AUTHORIZATION: Final = b"authorization"
_SCHEME: Final = b"bearer"


def bearer_token(headers: tuple[tuple[bytes, bytes], ...]) -> bytes | None:
    """The token of the request's ``Authorization: Bearer <token>`` header, if it has one."""
    for name, value in headers:
        if name.lower() == _AUTHORIZATION:
            scheme, _, token = value.strip().partition(b" ")
            return token.strip() if scheme.lower() == _SCHEME else None
    return None


class AdminAccessGuard:
    """Refuses, with 403 ForbiddenException, a call the listen address and token do not allow."""

    def __init__(self, host: str, token: str | None) -> None:
        self.host = host
        self._token = None if token is None else token.encode("utf-8")
        self._open = self._token is None and is_loopback(host)

    async def __call__(self, context: RequestContext) -> None:
        if self._open:
            return
        if self._token is None:
            raise ForbiddenException(
                f"The control plane is off: the server listens on {self.host}, not on a"
                " loopback address. Start it with --admin-token (or PINPOINT_MOCK_ADMIN_TOKEN)"
                " and send Authorization: Bearer <token>."
            )
        given = bearer_token(context.headers)
        if given is None or not hmac.compare_digest(given, self._token):
            raise ForbiddenException(
                "The admin token is missing or wrong: send Authorization: Bearer <token>, the"
                " token the server was started with (--admin-token)."
            )
