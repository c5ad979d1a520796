"""How ``serve`` starts uvicorn: on a socket bound first, announcing when it serves.

The CLI binds the socket itself, before the banner, so that ``--port 0`` gives a real port to
print and a bind failure is one ``error:`` line rather than a uvicorn traceback after the
banner; it listens only once the database is ready, so a client that can connect finds it
migrated. uvicorn then serves that socket, in this process or in ``--workers`` processes
(which inherit it). Once every worker has started, the ready line goes to stdout and, with
``--ready-file``, the same JSON to a file (written to a temporary name, then renamed, so a
reader never sees half of it):

    pinpoint-mock ready {"url": "http://127.0.0.1:PORT", "port": PORT, "pid": PID, "admin": ...}
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import os
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

import uvicorn
from uvicorn.supervisors import Multiprocess

from mockserver.banner import base_url
from mockserver.config import ServeConfig
from mockserver.http_edge import EdgeProtocol
from mockserver.http_limits import EdgeLimits, default_max_connections

READY_PREFIX: Final = "pinpoint-mock ready "
BACKLOG: Final = 2048  # uvicorn's default
# How long the supervisor waits for each worker to start.
WORKER_START_TIMEOUT_S: Final = 60.0


class ListenError(OSError):
    """The address cannot be bound (taken, not ours, not an address)."""


def bind(host: str, port: int) -> socket.socket:
    """Bind a TCP socket on ``host``:``port`` (0: a free port), as uvicorn would, without
    listening yet: the port is ours, but a client is refused until ``start_listening``."""
    try:
        # As uvicorn does: IPv6 for an address with a colon, else IPv4 ("localhost" included).
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        infos = socket.getaddrinfo(host, port, family, socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        family, kind, proto, _, address = infos[0]
        sock = socket.socket(family, kind, proto)
    except OSError as exc:
        raise ListenError(f"cannot listen on {host}:{port}: {_reason(exc)}") from None
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError as exc:
        sock.close()
        raise ListenError(f"cannot listen on {host}:{port}: {_reason(exc)}") from None
    sock.set_inheritable(True)
    return sock


def start_listening(sock: socket.socket, host: str) -> None:
    """Accept connections on a bound socket (they queue until uvicorn serves them)."""
    try:
        sock.listen(BACKLOG)
    except OSError as exc:
        sock.close()
        raise ListenError(
            f"cannot listen on {host}:{sock.getsockname()[1]}: {_reason(exc)}"
        ) from None


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def ready_info(host: str, sock: socket.socket) -> dict[str, Any]:
    """What the ready line says: the URL a local client uses, the real port, the server's PID."""
    port: int = sock.getsockname()[1]
    url = base_url(host, port)
    return {"url": url, "port": port, "pid": os.getpid(), "admin": f"{url}/_mock"}


def announce(info: dict[str, Any], ready_file: Path | None) -> None:
    """Log uvicorn's usual start line, print the ready line, write the ready file (atomically)."""
    # uvicorn logs this itself only for sockets it binds.
    logging.getLogger("uvicorn.error").info(
        "Uvicorn running on %s (Press CTRL+C to quit)", info["url"]
    )
    text = json.dumps(info)
    print(READY_PREFIX + text, flush=True)
    if ready_file is not None:
        temporary = ready_file.with_name(f".{ready_file.name}.{os.getpid()}.tmp")
        temporary.write_text(text + "\n", encoding="utf-8")
        os.replace(temporary, ready_file)


def forget_ready_file(ready_file: Path | None) -> None:
    """Remove a ready file, so that a stale one never names a server that is gone."""
    if ready_file is not None:
        with contextlib.suppress(FileNotFoundError):
            ready_file.unlink()


def uvicorn_config(
    target: object, config: ServeConfig, limits: EdgeLimits | None = None
) -> uvicorn.Config:
    """The uvicorn settings of ``serve`` (``target``: the app, or the factory's import string),
    with the HTTP edge's ``limits`` (default: ``EdgeLimits`` under the file limit)."""
    if limits is None:
        limits = EdgeLimits(max_connections=default_max_connections())
    return uvicorn.Config(
        target,  # type: ignore[arg-type]
        factory=config.workers > 1,
        workers=config.workers,
        host=config.host,
        port=config.port,
        log_level=config.log_level,
        # None: no dictConfig, which would close the handlers configure_logging installed;
        # uvicorn's own loggers propagate to ours.
        log_config=None,
        loop="uvloop",
        # httptools' parser behind the limits uvicorn lacks (mockserver.http_edge).
        http=functools.partial(EdgeProtocol, limits=limits),  # type: ignore[arg-type]
        timeout_keep_alive=max(1, round(limits.idle_timeout)),
        ws="none",  # the API has no WebSocket: an Upgrade is ignored
        lifespan="off",
        access_log=False,  # the edge writes its own line, with the RequestID (http_cycle)
        server_header=False,  # AWS sent no "server: uvicorn"; uvicorn checks each header it sends
        # No X-Forwarded-For rewriting: a middleware per request, and the mock is not meant to
        # sit behind a proxy (the rate limit's client address is the peer's). Date stays: AWS
        # sent it.
        proxy_headers=False,
        backlog=BACKLOG,
    )


class AnnouncingServer(uvicorn.Server):
    """One uvicorn process that calls ``on_ready`` once it serves."""

    def __init__(self, config: uvicorn.Config, on_ready: Callable[[], None]) -> None:
        super().__init__(config)
        self._on_ready = on_ready

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        if self.started:
            self._on_ready()


class AnnouncingMultiprocess(Multiprocess):
    """uvicorn's supervisor of ``--workers`` processes; ``on_ready`` once every one serves."""

    def __init__(
        self, config: uvicorn.Config, sock: socket.socket, on_ready: Callable[[], None]
    ) -> None:
        super().__init__(config, sockets=[sock])
        self._on_ready = on_ready

    def init_processes(self) -> None:
        super().init_processes()
        started = [
            process.wait_until_ready(WORKER_START_TIMEOUT_S, self.should_exit)
            for process in self.processes
        ]
        if all(started) and not self.should_exit.is_set():
            self._on_ready()  # a worker that failed to start: no ready line (uvicorn says why)


def run(
    target: object,
    config: ServeConfig,
    sock: socket.socket,
    on_ready: Callable[[], None],
    limits: EdgeLimits | None = None,
) -> int:
    """Serve ``target`` on ``sock`` until a signal stops it; return the exit status."""
    settings = uvicorn_config(target, config, limits)
    if config.workers > 1:
        AnnouncingMultiprocess(settings, sock, on_ready).run()
        return 0
    server = AnnouncingServer(settings, on_ready)
    with contextlib.suppress(KeyboardInterrupt):
        server.run(sockets=[sock])
    if not server.started:
        print("error: the server did not start (see the log above)", file=sys.stderr)
        return 1
    return 0
