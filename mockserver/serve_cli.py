"""``serve``: its options, the checks before it binds, and the run (see ``mockserver.launch``).

Every check that can fail runs before anything is printed or the database is touched: a bad
option or an address that cannot be bound is one ``error:`` line and exit status 2.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import socket
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mockserver.banner import banner
from mockserver.cli_values import port_number, positive_float, positive_int
from mockserver.config import ENV_VAR, TOKEN_ENV_VAR, ServeConfig, admin_access
from mockserver.credentials import CredentialsError, load_credentials
from mockserver.http_limits import (
    DEFAULT_HEADER_TIMEOUT_S,
    DEFAULT_IDLE_TIMEOUT_S,
    DEFAULT_MAX_HEADER_SIZE,
    EdgeLimits,
    default_max_connections,
)
from mockserver.launch import (
    ListenError,
    announce,
    bind,
    forget_ready_file,
    ready_info,
    start_listening,
)
from mockserver.logs import configure_logging
from mockserver.seed import seed_demo
from mockserver.sigv4 import region_name
from mockserver.storage import db_argument, open_store, redact
from mockserver.store import DEFAULT_DB_PATH

log = logging.getLogger("mockserver")


class UsageError(Exception):
    """A setting of ``serve`` that cannot work: the CLI prints ``error: <message>``, exits 2."""


def add_serve_arguments(serve: argparse.ArgumentParser) -> None:
    """The options of ``serve``."""
    serve.add_argument("--host", default="127.0.0.1", help="listen address (default %(default)s)")
    serve.add_argument(
        "--port",
        type=port_number,
        default=8080,
        help="listen port; 0 picks a free one (default %(default)s)",
    )
    serve.add_argument(
        "--db",
        type=db_argument,
        default=DEFAULT_DB_PATH,
        help="SQLite file or postgresql:// URL (default %(default)s)",
    )
    serve.add_argument(
        "--read-only",
        action="store_true",
        help="serve the database without writing to it (a read-only file, directory or mount):"
        " no migration and no demo data; the control plane's changes answer 403",
    )
    serve.add_argument(
        "--workers",
        type=positive_int,
        default=1,
        help="worker processes sharing the database (default %(default)s)",
    )
    serve.add_argument(
        "--auth",
        choices=("none", "sigv4"),
        default="none",
        help="sigv4: verify AWS Signature Version 4 (403 ForbiddenException otherwise;"
        " default %(default)s)",
    )
    serve.add_argument(
        "--credentials",
        type=Path,
        help="for --auth sigv4: a JSON object of access key ID -> secret, or an AWS"
        " shared-credentials INI file (default: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY)",
    )
    serve.add_argument(
        "--region",
        help="for --auth sigv4: the only Region a credential scope may name, as AWS refuses"
        " another (default: any)",
    )
    serve.add_argument(
        "--rate-limit",
        type=positive_float,
        metavar="R",
        help="requests per second per access key (else per client address) before 429, burst"
        " max(1, R); per worker process (default off)",
    )
    serve.add_argument(
        "--admin-token",
        metavar="TOKEN",
        default=os.environ.get(TOKEN_ENV_VAR) or None,
        help="the bearer token the control plane (/_mock) requires; without one it is open on"
        f" a loopback --host and off (403) elsewhere (default: ${TOKEN_ENV_VAR}, else none)",
    )
    serve.add_argument(
        "--ready-file",
        type=Path,
        metavar="PATH",
        help="once serving, write the ready line's JSON (url, port, pid, admin) to PATH",
    )
    serve.add_argument(
        "--validate-responses",
        action="store_true",
        help="check every response against the spec (a 500 on a violation); for tests",
    )
    add_limit_arguments(serve)
    serve.add_argument(
        "--log-level",
        choices=("critical", "error", "warning", "info", "debug", "trace"),
        default="info",
        help="info writes one access line per request to stdout (default %(default)s)",
    )


def add_limit_arguments(serve: argparse.ArgumentParser) -> None:
    """The HTTP edge's limits (``mockserver.http_limits``)."""
    serve.add_argument(
        "--max-header-size",
        type=positive_int,
        metavar="BYTES",
        default=DEFAULT_MAX_HEADER_SIZE,
        help="request line + headers, in all, before 431 (default %(default)s)",
    )
    serve.add_argument(
        "--header-timeout",
        type=positive_float,
        metavar="S",
        default=DEFAULT_HEADER_TIMEOUT_S,
        help="seconds a client has to send a request head before 408 (default %(default)s)",
    )
    serve.add_argument(
        "--idle-timeout",
        type=positive_float,
        metavar="S",
        default=DEFAULT_IDLE_TIMEOUT_S,
        help="seconds an idle keep-alive connection stays open, whole seconds"
        " (default %(default)s)",
    )
    serve.add_argument(
        "--max-connections",
        type=positive_int,
        metavar="N",
        help="open connections per worker; over it the oldest one still waiting for a request"
        " head is closed, else 503 (default min(1000, RLIMIT_NOFILE - 100))",
    )


def edge_limits(args: argparse.Namespace) -> EdgeLimits:
    """The HTTP edge's limits that ``args`` ask for."""
    return EdgeLimits(
        max_header_size=args.max_header_size,
        header_timeout=args.header_timeout,
        idle_timeout=args.idle_timeout,
        max_connections=args.max_connections or default_max_connections(),
    )


def add_serve_command(sub: Any) -> None:
    """Add ``serve`` to the subcommands ``sub`` (argparse's subparsers action)."""
    serve = sub.add_parser(
        "serve",
        help="run the mock server",
        description="Serve the database over HTTP with uvicorn, migrating it and adding the demo"
        " data to an empty one first: the AWS API under /v1 and the control plane under /_mock."
        " Once it serves it prints one line 'pinpoint-mock ready {JSON}' with the url, port, pid"
        " and admin URL (also written to --ready-file). One access-log line per request goes to"
        " stdout at the default log level (info); --log-level warning turns it off.",
    )
    add_serve_arguments(serve)


def _check(args: argparse.Namespace) -> ServeConfig:
    """The settings of ``args``, or a UsageError; touches nothing."""
    if args.credentials is not None and args.auth != "sigv4":
        raise UsageError("--credentials is for --auth sigv4")
    if args.region is not None and (args.auth != "sigv4" or not region_name(args.region)):
        raise UsageError(
            f"--region {args.region!r}: a Region name (e.g. us-east-1), for --auth sigv4"
        )
    if args.auth == "sigv4":
        try:
            load_credentials(args.credentials)  # fail here, not in every worker
        except CredentialsError as exc:
            raise UsageError(str(exc)) from None
    if args.admin_token is not None and not args.admin_token.strip():
        raise UsageError("--admin-token must not be blank")
    return ServeConfig(
        db=str(args.db),
        host=args.host,
        port=args.port,
        workers=args.workers,
        auth=args.auth,
        credentials=None if args.credentials is None else str(args.credentials),
        rate_limit=args.rate_limit,
        log_level=args.log_level,
        validate_responses=args.validate_responses,
        admin_token=args.admin_token,
        region=args.region,
        read_only=args.read_only,
    )


def _prepare(args: argparse.Namespace) -> tuple[ServeConfig, socket.socket]:
    """Check the settings, bind the socket, migrate and seed the database, listen (in that
    order: a client that can connect finds the database ready)."""
    config = _check(args)
    forget_ready_file(args.ready_file)
    try:
        sock = bind(config.host, config.port)
    except ListenError as exc:
        raise UsageError(str(exc)) from None
    configure_logging(config.log_level)
    with open_store(args.db, read_only=config.read_only) as store:
        if not config.read_only and seed_demo(store):
            log.info("added the demo data to %s", redact(args.db))
    try:
        start_listening(sock, config.host)
    except ListenError as exc:
        raise UsageError(str(exc)) from None
    return config, sock


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="serve")
    add_serve_arguments(parser)
    return parser.parse_args(argv)


def build_uvicorn_server(argv: Sequence[str]) -> tuple[Any, socket.socket]:
    """A uvicorn Server of the app ``serve argv`` would serve (one worker, no banner) and its
    bound socket, for running in a thread: ``server.run(sockets=[sock])``."""
    import uvicorn

    from mockserver.launch import uvicorn_config

    args = _parse(argv)
    config, sock = _prepare(args)
    app_module = importlib.import_module("mockserver.app")
    settings = uvicorn_config(app_module.build_app(config), config, edge_limits(args))
    return uvicorn.Server(settings), sock


def run_serve(args: argparse.Namespace) -> int:
    """Check the settings, bind, migrate and seed the database, print how to call it, serve."""
    try:
        config, sock = _prepare(args)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    port: int = sock.getsockname()[1]
    os.environ[ENV_VAR] = config.worker_env()  # read by each worker's factory
    # Imported here: it needs the generated packages, which seed does not.
    app_module = importlib.import_module("mockserver.app")
    from mockserver.launch import run

    target: object = (
        app_module.build_app(config) if config.workers == 1 else "mockserver.app:factory"
    )
    if config.workers == 1:
        app_module.freeze_startup_objects()
    print(
        banner(
            config.host,
            port,
            redact(config.db),
            auth=config.auth,
            workers=config.workers,
            admin=admin_access(config.host, config.admin_token),
            read_only=config.read_only,
        ),
        flush=True,
    )
    info = ready_info(config.host, sock)
    try:
        return run(target, config, sock, lambda: announce(info, args.ready_file), edge_limits(args))
    finally:
        forget_ready_file(args.ready_file)
