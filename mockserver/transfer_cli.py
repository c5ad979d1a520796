"""The ``import``, ``export`` and ``pull`` subcommands of ``pinpoint-mock``.

Results go to stdout (one line per file or campaign), the progress bar to stderr; a failure is
one ``error:`` line on stderr and exit status 2, and says what was stored before it.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO, Final

from mockserver.cli_values import positive_int
from mockserver.dbcheck import StoreUnavailableError, describe
from mockserver.errors import NotFoundError
from mockserver.pagination import DEFAULT_PAGE_SIZE
from mockserver.pull import PullError, make_client, pull
from mockserver.schema import SchemaTooNewError
from mockserver.storage import ActivityStore, db_argument, open_store
from mockserver.store import DEFAULT_DB_PATH
from mockserver.transfer import EXPORT_FORMATS, TransferError, export
from mockserver.transfer_import import FileImport, import_file

# A file this large (about 10,000 activities of JSON) gets a progress bar.
PROGRESS_BYTES: Final = 4 << 20


def _campaign_ref(text: str) -> tuple[str, str]:
    application_id, _, campaign_id = text.partition(":")
    if not application_id or not campaign_id:
        raise argparse.ArgumentTypeError(f"expected APPLICATION_ID:CAMPAIGN_ID, got {text!r}")
    return application_id, campaign_id


def add_transfer_commands(sub: Any) -> None:
    """Add ``import``, ``export`` and ``pull`` to the subparsers ``sub``."""
    db_help = f"SQLite file (default {DEFAULT_DB_PATH})"
    imp = sub.add_parser(
        "import",
        help="import activities saved from AWS",
        description="Import activities saved from AWS: boto3 get_campaign_activities responses"
        ' (one, several concatenated, or a JSON array), raw REST pages ({"Item": [...]}) or'
        " JSON Lines of ActivityResponse (a line may also hold a whole response or page)."
        " Applications and campaigns are created from the items; an Id already stored is"
        " replaced in place, so importing again changes nothing. One transaction per file: a"
        " bad item stores nothing of its file.",
    )
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    imp.add_argument("--db", type=db_argument, default=DEFAULT_DB_PATH, help=db_help)
    imp.add_argument("--app", help="ApplicationId of items without one")
    imp.add_argument("--campaign", help="CampaignId of items without one")
    imp.add_argument("--no-progress", action="store_true", help="no progress bar")

    exp = sub.add_parser(
        "export",
        help="write activities as JSON Lines or boto3-shaped pages",
        description="Write activities in API order: JSON Lines of ActivityResponse (jsonl), or"
        ' one boto3-shaped page a line ({"ActivitiesResponse": {"NextToken": ..., "Item": [...]}};'
        ' NextToken is the next page\'s number, "2", "3", ..., null on the last). Importing the'
        " output into an empty database and exporting again gives the same bytes.",
    )
    exp.add_argument("--db", type=db_argument, default=DEFAULT_DB_PATH, help=db_help)
    exp.add_argument(
        "--ids",
        nargs="+",
        type=_campaign_ref,
        metavar="APP:CAMPAIGN",
        help="campaigns to export (default: every campaign)",
    )
    exp.add_argument("--format", choices=EXPORT_FORMATS, default="jsonl", help="default jsonl")
    exp.add_argument(
        "--page-size",
        type=positive_int,
        default=DEFAULT_PAGE_SIZE,
        help=f"items per page of --format pages (default {DEFAULT_PAGE_SIZE})",
    )
    exp.add_argument("-o", "--output", type=Path, help="file to write (default stdout)")

    pul = sub.add_parser(
        "pull",
        help="copy activities from a server of the API",
        description="Copy every activity of the campaigns from any server that implements the"
        " API (another mock, a replacement service), page by page with the generated client."
        " One transaction per campaign; an Id already stored is replaced in place, so pulling"
        " again changes nothing.",
    )
    pul.add_argument("--endpoint", required=True, metavar="URL", help="the server's base URL")
    pul.add_argument("--ids", nargs="+", required=True, type=_campaign_ref, metavar="APP:CAMPAIGN")
    pul.add_argument(
        "--sigv4",
        action="store_true",
        help="sign with SigV4, with the credentials botocore finds (AWS_ACCESS_KEY_ID ...)",
    )
    pul.add_argument(
        "--region",
        default=os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or "us-east-1",
        help="signing Region for --sigv4 (default $AWS_REGION, else us-east-1)",
    )
    pul.add_argument(
        "--page-size", type=positive_int, help="items per request (the server's default)"
    )
    pul.add_argument("--db", type=db_argument, default=DEFAULT_DB_PATH, help=db_help)


def _error(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 2


@contextmanager
def _progress(path: Path, disabled: bool) -> Iterator[Callable[[int], None] | None]:
    """A byte-counting tqdm bar on stderr for a large file; None (no bar) otherwise."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    if disabled or size < PROGRESS_BYTES:
        yield None
        return
    from tqdm import tqdm

    with tqdm(total=size, unit="B", unit_scale=True, desc=path.name, file=sys.stderr) as bar:
        yield lambda done: bar.update(done - bar.n)


def run_import(args: argparse.Namespace) -> int:
    """Import each file in its own transaction; stop at the first bad one."""
    done: list[FileImport] = []
    try:
        with open_store(args.db) as store:
            for position, path in enumerate(args.files):
                try:
                    with _progress(path, args.no_progress) as on_bytes:
                        result = import_file(
                            store,
                            path,
                            application_id=args.app,
                            campaign_id=args.campaign,
                            on_bytes=on_bytes,
                        )
                except TransferError as exc:
                    return _error(f"{exc}; {_kept(path, done, args.files[position + 1 :])}")
                done.append(result)
                print(result.summary(), flush=True)
    except (OSError, sqlite3.Error, SchemaTooNewError, StoreUnavailableError) as exc:
        return _error(describe(args.db, exc))
    return 0


def _kept(bad: Path, done: list[FileImport], rest: list[Path]) -> str:
    text = f"nothing of {bad} was stored"
    if done:
        text += f"; {', '.join(result.path for result in done)} stay imported"
    if rest:
        text += f"; not read: {', '.join(str(path) for path in rest)}"
    return text


def run_export(args: argparse.Namespace) -> int:
    """Write the export to ``-o`` (complete or not at all: a temporary file renamed) or stdout."""
    try:
        with open_store(args.db, read_only=True) as store:
            if args.output is None:
                try:
                    count = _export_to(store, sys.stdout.buffer, args)
                    sys.stdout.buffer.flush()
                except BrokenPipeError:  # `export | head`: the reader has what it wanted
                    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
                    return 1
            else:
                partial = args.output.with_name(args.output.name + ".partial")
                try:
                    with partial.open("wb") as out:
                        count = _export_to(store, out, args)
                    partial.replace(args.output)
                finally:
                    partial.unlink(missing_ok=True)
    except FileNotFoundError as exc:
        return _error(str(exc))
    except NotFoundError as exc:  # an --ids campaign that is not there
        return _error(exc.message)
    except (OSError, sqlite3.Error, SchemaTooNewError, StoreUnavailableError) as exc:
        return _error(describe(args.db, exc))
    print(f"exported {count:,} activities", file=sys.stderr)
    return 0


def _export_to(store: ActivityStore, out: BinaryIO, args: argparse.Namespace) -> int:
    return export(store, out, args.ids, fmt=args.format, page_size=args.page_size)


def run_pull(args: argparse.Namespace) -> int:
    """Pull each campaign in its own transaction; stop at the first that fails."""
    done: list[str] = []
    try:
        client = make_client(args.endpoint, sigv4=args.sigv4, region=args.region)
        with client, open_store(args.db) as store:
            for application_id, campaign_id in args.ids:
                try:
                    (result,) = pull(
                        store, client, [(application_id, campaign_id)], page_size=args.page_size
                    )
                except PullError as exc:
                    kept = f"; {', '.join(done)} stay pulled" if done else ""
                    return _error(f"{exc}; nothing of it was stored{kept}")
                done.append(f"{application_id}:{campaign_id}")
                print(result.summary(), flush=True)
    except PullError as exc:
        return _error(str(exc))
    except (OSError, sqlite3.Error, SchemaTooNewError, StoreUnavailableError) as exc:
        return _error(describe(args.db, exc))
    return 0


TRANSFER_COMMANDS: Final[dict[str, Callable[[argparse.Namespace], int]]] = {
    "import": run_import,
    "export": run_export,
    "pull": run_pull,
}
