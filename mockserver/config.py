"""The settings of ``serve``, passed to uvicorn's worker processes through the environment.

uvicorn starts each of several workers by importing an app factory by name, so the CLI cannot
hand them objects; it puts this dataclass, as JSON, in one environment variable that they read.
"""

from __future__ import annotations

import ipaddress
import json
import os
from dataclasses import asdict, dataclass
from typing import Final, Literal

ENV_VAR: Final = "PINPOINT_MOCK_CONFIG"
# Where serve reads the control plane's token when --admin-token is not given.
TOKEN_ENV_VAR: Final = "PINPOINT_MOCK_ADMIN_TOKEN"
AuthMode = Literal["none", "sigv4"]


@dataclass(frozen=True, slots=True)
class ServeConfig:
    """How the mock server serves: where its data is, how it checks and limits callers."""

    db: str = ".data/mock.sqlite3"
    host: str = "127.0.0.1"
    port: int = 8080
    workers: int = 1
    auth: AuthMode = "none"
    credentials: str | None = None
    rate_limit: float | None = None
    log_level: str = "info"
    # Check every response against the spec (a 500 on a violation): what the tests run with.
    validate_responses: bool = False
    # The bearer token of the control plane (/_mock); None: open on loopback, off elsewhere.
    admin_token: str | None = None
    # SigV4: the one Region a credential scope may name (None: any Region).
    region: str | None = None
    # Serve without ever writing the database (a read-only file, directory or mount).
    read_only: bool = False
    # The process that starts the --workers (see worker_env): they exit when it dies.
    supervisor_pid: int | None = None

    def to_env(self) -> str:
        """Return the JSON that from_env reads back."""
        return json.dumps(asdict(self))

    def worker_env(self) -> str:
        """``to_env`` with this process as the supervisor: what the CLI leaves for its workers."""
        return json.dumps({**asdict(self), "supervisor_pid": os.getpid()})

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> ServeConfig:
        """Read the settings the CLI left in the environment (defaults when there are none)."""
        raw = (os.environ if environ is None else environ).get(ENV_VAR)
        if not raw:
            return cls()
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise ValueError(f"{ENV_VAR} must hold a JSON object")
        auth = data.get("auth", "none")
        if auth not in ("none", "sigv4"):
            raise ValueError(f"unknown auth mode {auth!r}")
        defaults = cls()
        return cls(
            db=str(data.get("db", defaults.db)),
            host=str(data.get("host", defaults.host)),
            port=int(data.get("port", defaults.port)),
            workers=int(data.get("workers", defaults.workers)),
            auth=auth,
            credentials=None if data.get("credentials") is None else str(data["credentials"]),
            rate_limit=None if data.get("rate_limit") is None else float(data["rate_limit"]),
            log_level=str(data.get("log_level", defaults.log_level)),
            validate_responses=bool(data.get("validate_responses", False)),
            admin_token=None if data.get("admin_token") is None else str(data["admin_token"]),
            region=None if data.get("region") is None else str(data["region"]),
            read_only=bool(data.get("read_only", False)),
            supervisor_pid=(
                None if data.get("supervisor_pid") is None else int(data["supervisor_pid"])
            ),
        )


def is_loopback(host: str) -> bool:
    """Whether a listen address reaches this machine only: 127.0.0.0/8, ::1 or localhost."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def admin_access(host: str, token: str | None) -> str:
    """Who may call the control plane, in words (the banner's)."""
    if token is not None:
        return "with Authorization: Bearer <the --admin-token>"
    return "open (loopback)" if is_loopback(host) else "off: not loopback and no --admin-token"
