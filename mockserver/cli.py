"""``python -m mockserver``: ``seed`` adds synthetic data, ``serve`` runs the mock server.

Both open (create, migrate) the database and add the demo data to an empty one first, so either
can be the first command run on a fresh clone.
"""

from __future__ import annotations

import argparse
import logging
import sqlite3
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from mockserver.cli_values import non_negative_int
from mockserver.dbcheck import StoreOpenError, StoreUnavailableError, describe
from mockserver.errors import ConflictError
from mockserver.seed import seed_demo
from mockserver.serve_cli import add_serve_command, run_serve
from mockserver.serve_cli import build_uvicorn_server as build_uvicorn_server  # for testing
from mockserver.storage import db_argument, open_store, redact
from mockserver.store import DEFAULT_DB_PATH
from mockserver.synthetic import seed_synthetic
from mockserver.transfer_cli import TRANSFER_COMMANDS, add_transfer_commands

log = logging.getLogger("mockserver")
# Below this many activities a progress bar is noise.
_PROGRESS_THRESHOLD = 10_000


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of both subcommands."""
    parser = argparse.ArgumentParser(
        prog=None if Path(sys.argv[0]).name == "pinpoint-mock" else "python -m mockserver",
        description="The mock server of the Amazon Pinpoint Campaign Activities API (SQLite or PostgreSQL).",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    seed = sub.add_parser(
        "seed",
        help="add reproducible synthetic data",
        description="Add APPS applications, each with CAMPAIGNS campaigns of ACTIVITIES "
        "activities. The same --seed gives the same IDs and data; loading one seed twice into "
        "one database is refused (the IDs exist).",
    )
    seed.add_argument(
        "--db", type=db_argument, default=DEFAULT_DB_PATH, help="SQLite file or postgresql:// URL"
    )
    seed.add_argument("--apps", type=non_negative_int, default=1, help="applications (default 1)")
    seed.add_argument(
        "--campaigns",
        type=non_negative_int,
        default=1,
        help="campaigns per application (default 1)",
    )
    seed.add_argument(
        "--activities",
        type=non_negative_int,
        default=1_000,
        help="activities per campaign (default 1000)",
    )
    seed.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    seed.add_argument(
        "--no-demo", action="store_true", help="do not add the demo data to an empty database"
    )
    seed.add_argument("--no-progress", action="store_true", help="no progress bar")

    add_serve_command(sub)
    add_transfer_commands(sub)
    return parser


def run_seed(args: argparse.Namespace) -> int:
    """Add the demo data if the database is empty, then the synthetic data (or the part of it
    an interrupted run of the same command left out)."""
    total = args.apps * args.campaigns * args.activities
    found: list[int] = []
    with open_store(args.db) as store:
        if not args.no_demo and seed_demo(store):
            print(f"added the demo data to {redact(args.db)}", file=sys.stderr)
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
                    on_found=found.append,
                )
            except ConflictError as exc:
                print(
                    f"error: {exc}: seed {args.seed} is already in {redact(args.db)}; pass another --seed",
                    file=sys.stderr,
                )
                return 2
            except (sqlite3.Error, StoreUnavailableError) as exc:
                print(
                    f"error: {describe(args.db, exc)}; the batches stored so far stay: the same"
                    " command again resumes the seed",
                    file=sys.stderr,
                )
                return 2
        elapsed = time.perf_counter() - started
    for app in added:
        for campaign_id in app.campaign_ids:
            print(f"application {app.application_id} campaign {campaign_id}")
    stored = sum(found)
    shape = f"{args.apps} application(s) x {args.campaigns} campaign(s) x {args.activities:,}"
    if found:
        print(
            f"resumed seed {args.seed}: {stored:,} of {total:,} activities ({shape}) were"
            f" stored already; added {total - stored:,} in {elapsed:.1f} s",
            file=sys.stderr,
        )
    else:
        print(f"added {total:,} activities ({shape}) in {elapsed:.1f} s", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status. A database that cannot be used is one
    ``error:`` line and exit status 2, whichever subcommand opened it (see mockserver.dbcheck)."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "seed":
            return run_seed(args)
        if args.command in TRANSFER_COMMANDS:
            return TRANSFER_COMMANDS[args.command](args)
        return run_serve(args)
    except StoreOpenError as exc:
        print(f"error: {exc}", file=sys.stderr)
    except StoreUnavailableError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
    except sqlite3.Error as exc:
        print(f"error: {describe(args.db, exc)}", file=sys.stderr)
    return 2
