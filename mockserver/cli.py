"""``python -m mockserver``: ``seed`` adds synthetic data, ``serve`` runs the mock server.

Both open (create, migrate) the database and add the demo data to an empty one first, so either
can be the first command run on a fresh clone.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from mockserver.banner import banner
from mockserver.config import ENV_VAR, ServeConfig
from mockserver.credentials import CredentialsError, load_credentials
from mockserver.errors import ConflictError
from mockserver.logs import configure_logging
from mockserver.seed import seed_demo
from mockserver.store import DEFAULT_DB_PATH, Store
from mockserver.synthetic import seed_synthetic

log = logging.getLogger("mockserver")
# Below this many activities a progress bar is noise.
_PROGRESS_THRESHOLD = 10_000


def _non_negative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be >= 0, got {value}")
    return value


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be >= 1, got {value}")
    return value


def _positive_float(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be > 0, got {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of both subcommands."""
    parser = argparse.ArgumentParser(
        prog=None if Path(sys.argv[0]).name == "pinpoint-mock" else "python -m mockserver",
        description="The SQLite mock server of the Amazon Pinpoint Campaign Activities API.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    seed = sub.add_parser(
        "seed",
        help="add reproducible synthetic data",
        description="Add APPS applications, each with CAMPAIGNS campaigns of ACTIVITIES "
        "activities. The same --seed gives the same IDs and data; loading one seed twice into "
        "one database is refused (the IDs exist).",
    )
    seed.add_argument("--db", type=Path, default=DEFAULT_DB_PATH, help="SQLite file")
    seed.add_argument("--apps", type=_non_negative, default=1, help="applications (default 1)")
    seed.add_argument(
        "--campaigns", type=_non_negative, default=1, help="campaigns per application (default 1)"
    )
    seed.add_argument(
        "--activities", type=_non_negative, default=1_000, help="activities per campaign"
    )
    seed.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    seed.add_argument(
        "--no-demo", action="store_true", help="do not add the demo data to an empty database"
    )
    seed.add_argument("--no-progress", action="store_true", help="no progress bar")

    serve = sub.add_parser(
        "serve",
        help="run the mock server",
        description="Serve the database over HTTP with uvicorn, migrating it and adding the demo"
        " data to an empty one first. One access-log line per request goes to stdout at the"
        " default log level (info); --log-level warning turns it off.",
    )
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--db", type=Path, default=DEFAULT_DB_PATH, help="SQLite file")
    serve.add_argument(
        "--workers",
        type=_positive,
        default=1,
        help="worker processes sharing the database (default 1)",
    )
    serve.add_argument(
        "--auth",
        choices=("none", "sigv4"),
        default="none",
        help="sigv4: verify AWS Signature Version 4 (403 ForbiddenException otherwise)",
    )
    serve.add_argument(
        "--credentials",
        type=Path,
        help="for --auth sigv4: a JSON object of access key ID -> secret, or an AWS"
        " shared-credentials INI file (default: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY)",
    )
    serve.add_argument(
        "--rate-limit",
        type=_positive_float,
        metavar="R",
        help="requests per second per access key (else per client address) before 429, burst"
        " max(1, R); per worker process (default off)",
    )
    serve.add_argument(
        "--validate-responses",
        action="store_true",
        help="check every response against the spec (a 500 on a violation); for tests",
    )
    serve.add_argument(
        "--log-level",
        choices=("critical", "error", "warning", "info", "debug", "trace"),
        default="info",
    )
    return parser


def run_seed(args: argparse.Namespace) -> int:
    """Add the demo data if the database is empty, then the synthetic data."""
    total = args.apps * args.campaigns * args.activities
    with Store(args.db) as store:
        if not args.no_demo and seed_demo(store):
            print(f"added the demo data to {args.db}", file=sys.stderr)
        from tqdm import tqdm  # only the seed command needs it

        started = time.perf_counter()
        with tqdm(
            total=total,
            unit="activity",
            unit_scale=True,
            disable=args.no_progress or total < _PROGRESS_THRESHOLD,
        ) as bar:
            try:
                added = seed_synthetic(
                    store,
                    apps=args.apps,
                    campaigns=args.campaigns,
                    activities=args.activities,
                    seed=args.seed,
                    on_progress=bar.update,
                )
            except ConflictError as exc:
                print(
                    f"error: {exc}: seed {args.seed} is already in {args.db}; pass another --seed",
                    file=sys.stderr,
                )
                return 1
        elapsed = time.perf_counter() - started
    for app in added:
        for campaign_id in app.campaign_ids:
            print(f"{app.application_id} {campaign_id}")
    print(
        f"added {total:,} activities ({args.apps} application(s) x {args.campaigns}"
        f" campaign(s) x {args.activities:,}) in {elapsed:.1f} s",
        file=sys.stderr,
    )
    return 0


def run_serve(args: argparse.Namespace) -> int:
    """Check the settings, migrate and seed the database, print how to call it, run uvicorn."""
    if args.credentials is not None and args.auth != "sigv4":
        print("error: --credentials is for --auth sigv4", file=sys.stderr)
        return 2
    if args.auth == "sigv4":
        try:
            load_credentials(args.credentials)  # fail here, not in every worker
        except CredentialsError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    configure_logging(args.log_level)
    with Store(args.db) as store:
        if seed_demo(store):
            log.info("added the demo data to %s", args.db)
    config = ServeConfig(
        db=str(args.db),
        host=args.host,
        port=args.port,
        workers=args.workers,
        auth=args.auth,
        credentials=None if args.credentials is None else str(args.credentials),
        rate_limit=args.rate_limit,
        log_level=args.log_level,
        validate_responses=args.validate_responses,
    )
    os.environ[ENV_VAR] = config.to_env()  # read by each worker's factory
    # Imported here: it needs the generated package, which seed does not.
    app_module = importlib.import_module("mockserver.app")
    import uvicorn

    target: object = (
        app_module.build_app(config) if config.workers == 1 else "mockserver.app:factory"
    )
    if config.workers == 1:
        app_module.freeze_startup_objects()
    print(
        banner(config.host, config.port, config.db, auth=config.auth, workers=config.workers),
        flush=True,
    )
    uvicorn.run(
        target,  # type: ignore[arg-type]
        factory=config.workers > 1,
        workers=config.workers if config.workers > 1 else None,
        host=config.host,
        port=config.port,
        log_level=config.log_level,
        # None: no dictConfig, which would close the handlers configure_logging installed;
        # uvicorn's own loggers propagate to ours.
        log_config=None,
        loop="uvloop",
        http="httptools",
        lifespan="off",
        access_log=False,  # the app writes its own line, with the RequestID
        server_header=False,  # AWS sent no "server: uvicorn"; uvicorn checks each header it sends
        # No X-Forwarded-For rewriting: a middleware per request, and the mock is not meant to
        # sit behind a proxy (the rate limit's client address is the peer's). Date stays: AWS
        # sent it.
        proxy_headers=False,
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = build_parser().parse_args(argv)
    if args.command == "seed":
        return run_seed(args)
    return run_serve(args)
