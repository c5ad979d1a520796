"""``make contract``: run schemathesis against the mock server, an in-process app or any URL.

    python -m tests.contract.run [--url URL] [--auth none|sigv4] [--examples N] [--seed S]
                                 [--ids APP:CAMPAIGN] [--db PATH|URL] [--report-dir DIR]
                                 [-- extra st args]

Without ``--url`` it starts the real mock server (``python -m mockserver serve``, a fresh
database, ``--validate-responses``) on a free loopback port, runs against it and stops it; its
store is a fresh SQLite file, or ``--db`` (a PostgreSQL URL of an empty database too); with
``--asgi module:function`` schemathesis serves that ASGI app in its own process (the tests use
it). The pinned schemathesis CLI runs in a subprocess with the config in ``schemathesis.toml``
(every relaxation of a check lives there) and the hooks in ``hooks.py``. Reports land in
``reports/contract/``: junit.xml, events.ndjson, run.json, summary.txt/.json and the local mock's
server.log. Exit code: the CLI's, or 1 when the summary finds a failure the CLI did not count.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from tests.contract import names, sigv4, summary, target
from tests.support.servers import APPLICATION_ID, CAMPAIGN_ID, mock_server

ROOT: Final = Path(__file__).resolve().parents[2]
SPEC: Final = ROOT / "spec" / "pinpoint-campaign-activities.yaml"
CONFIG: Final = Path(__file__).resolve().with_name("schemathesis.toml")
DEFAULT_REPORT_DIR: Final = ROOT / "reports" / "contract"
ASGI_BASE_URL: Final = "http://localhost"
# Every phase; stateful is skipped by schemathesis as "not applicable": the spec has no links.
PHASES: Final = "examples,coverage,fuzzing,stateful"
# With --auth none the run carries no credentials and the target is not expected to check them
# (the mock's default). schemathesis.toml documents these two under "--auth none": a config file
# cannot switch on a command-line option, so they are passed here, and only here.
UNAUTHENTICATED_ARGS: Final = (
    "--exclude-checks",
    "ignored_auth",
    "--generation-with-security-parameters",
    "false",
)
REPORT_FILES: Final = (
    "junit.xml",
    "events.ndjson",
    "run.json",
    "summary.json",
    "summary.txt",
    "schemathesis.toml",
    "server.log",
)


@dataclass(frozen=True)
class Options:
    """One contract run."""

    auth: str = "none"
    examples: int = 200
    seed: int = 20261030
    url: str | None = None
    ids: tuple[str, str] = (APPLICATION_ID, CAMPAIGN_ID)
    asgi: str | None = None
    report_dir: Path = DEFAULT_REPORT_DIR
    extra_args: tuple[str, ...] = ()
    quiet: bool = False
    # The local mock's --db: a SQLite path or a postgresql:// URL of an empty database; by
    # default a fresh SQLite file. The mock seeds the demo data into it either way.
    db: str | None = None

    @property
    def store(self) -> str:
        return "PostgreSQL" if (self.db or "").startswith("postgresql://") else "SQLite"

    @property
    def target_label(self) -> str:
        if self.url:
            return self.url
        if self.asgi:
            return f"in-process ASGI {self.asgi} ({self.store})"
        return f"mock server (python -m mockserver serve, {self.store})"


@dataclass
class Result:
    exit_code: int
    summary: summary.Summary
    report_dir: Path
    output: str = ""
    command: list[str] = field(default_factory=list)


def parse_ids(value: str) -> tuple[str, str]:
    app, sep, campaign = value.partition(":")
    if not sep or not app or not campaign:
        raise argparse.ArgumentTypeError(f"expected APPLICATION_ID:CAMPAIGN_ID, got {value!r}")
    return app, campaign


def effective_config(ids: tuple[str, str], destination: Path) -> Path:
    """Copy schemathesis.toml to ``destination`` with the pinned IDs replaced by ``ids``."""
    text = CONFIG.read_text(encoding="utf-8")
    for default, wanted in zip((APPLICATION_ID, CAMPAIGN_ID), ids, strict=True):
        pattern = re.compile(rf'^("path\.[a-z-]+-id" = )"{default}"$', re.MULTILINE)
        text, count = pattern.subn(rf'\g<1>"{wanted}"', text)
        if count != 1:
            raise RuntimeError(f"{CONFIG} must pin {default} exactly once in [parameters]")
    destination.write_text(text, encoding="utf-8")
    return destination


def write_credentials(path: Path, access_key: str, secret_key: str) -> Path:
    """A credentials file for ``mockserver serve --auth sigv4``: AWS shared-credentials format."""
    path.write_text(
        f"[default]\naws_access_key_id = {access_key}\naws_secret_access_key = {secret_key}\n",
        encoding="utf-8",
    )
    return path


def local_credentials() -> dict[str, str]:
    """Fresh credentials for a local mock in sigv4 mode, as the AWS_* environment variables."""
    return {
        "AWS_ACCESS_KEY_ID": "AKIACONTRACT" + secrets.token_hex(4).upper(),
        "AWS_SECRET_ACCESS_KEY": secrets.token_urlsafe(30),
        "AWS_REGION": "us-east-1",
    }


@contextlib.contextmanager
def serve(options: Options, workdir: Path, env: dict[str, str]) -> Iterator[str]:
    """Yield the base URL of the target, starting (and then stopping) a local one if needed.

    ``env`` receives the variables the schemathesis process needs for this target.
    """
    if options.url:
        yield options.url.rstrip("/")
        return
    credentials = None
    if options.auth == "sigv4":
        generated = local_credentials()
        env.update(generated)
        credentials = write_credentials(
            workdir / "credentials",
            generated["AWS_ACCESS_KEY_ID"],
            generated["AWS_SECRET_ACCESS_KEY"],
        )
    if options.asgi:
        settings = target.TargetSettings(
            db=options.db or str(workdir / "mock.sqlite3"),
            auth=options.auth,
            credentials=None if credentials is None else str(credentials),
        )
        env[target.TARGET_ENV] = options.asgi
        env[target.SETTINGS_ENV] = settings.to_env()
        yield ASGI_BASE_URL
        return
    args = [] if credentials is None else ["--auth", "sigv4", "--credentials", str(credentials)]
    log: Path | None = None
    try:
        with mock_server(workdir, *args, db=options.db) as server:
            log = server.log
            yield server.url
    finally:
        # Its log holds the traceback of any 500 (--validate-responses turns a response that
        # breaks the spec into one); the work directory is about to go.
        if log is not None and log.exists():
            shutil.copyfile(log, options.report_dir / "server.log")


def command(options: Options, base_url: str, config: Path) -> list[str]:
    """The ``st run`` command line."""
    directory = options.report_dir
    args = [
        sys.executable, "-m", "schemathesis.cli",
        "--config-file", str(config),
        "run", str(SPEC),
        "--url", base_url,
        "--phases", PHASES,
        "--mode", "all",
        "--seed", str(options.seed),
        "--max-examples", str(options.examples),
        "--output-sanitize", "false",
        "--report", "junit,ndjson,json",
        "--report-dir", str(directory),
        "--report-junit-path", str(directory / "junit.xml"),
        "--report-ndjson-path", str(directory / "events.ndjson"),
        "--report-json-path", str(directory / "run.json"),
    ]  # fmt: skip
    if options.auth == "none":
        args += UNAUTHENTICATED_ARGS
    return [*args, *options.extra_args]


def run(options: Options) -> Result:
    """Run the contract suite once and summarize it."""
    directory = options.report_dir
    directory.mkdir(parents=True, exist_ok=True)
    for name in REPORT_FILES:
        (directory / name).unlink(missing_ok=True)
    config = effective_config(options.ids, directory / "schemathesis.toml")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        names.AUTH_ENV: options.auth,
    }
    with (
        tempfile.TemporaryDirectory(prefix="contract-") as tmp,
        serve(options, Path(tmp), env) as url,
    ):
        argv = command(options, url, config)
        completed = subprocess.run(
            argv,
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE if options.quiet else None,
            stderr=subprocess.STDOUT if options.quiet else None,
            text=True,
            check=False,
        )
    result = summary.read(directory / "events.ndjson", directory / "run.json")
    result.target = options.target_label
    result.auth = options.auth
    result.max_examples = options.examples
    result.ids = ":".join(options.ids)
    if result.exit_code is None:
        result.exit_code = completed.returncode
    exit_code = completed.returncode or (0 if result.ok else 1)
    summary.write(result, directory)
    return Result(exit_code, result, directory, completed.stdout or "", argv)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m tests.contract.run",
        description="Fuzz a Campaign Activities server against the spec with schemathesis.",
        epilog="Arguments after '--' go to 'st run' unchanged (e.g. -- --max-failures 1).",
    )
    parser.add_argument("--url", help="base URL of the server (default: start the mock server)")
    parser.add_argument("--auth", choices=("none", "sigv4"), default="none")
    parser.add_argument("--examples", type=int, default=200, help="max examples per operation")
    parser.add_argument("--seed", type=int, default=20261030)
    parser.add_argument(
        "--ids",
        type=parse_ids,
        default=(APPLICATION_ID, CAMPAIGN_ID),
        metavar="APP:CAMPAIGN",
        help="an existing application and campaign (default: the spec's examples)",
    )
    parser.add_argument(
        "--asgi",
        metavar="MODULE:FUNCTION",
        help=f"serve this ASGI app in-process instead (e.g. {target.DEFAULT_TARGET})",
    )
    parser.add_argument(
        "--db",
        help="the local mock's store: a SQLite path or a postgresql:// URL of an empty "
        "database (default: a fresh SQLite file)",
    )
    parser.add_argument("--report-dir", type=Path, default=DEFAULT_REPORT_DIR)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    extra: list[str] = []
    if "--" in args_list:
        index = args_list.index("--")
        args_list, extra = args_list[:index], args_list[index + 1 :]
    args = build_parser().parse_args(args_list)
    if args.url and args.asgi:
        build_parser().error("--url and --asgi exclude each other")
    if args.url and args.db:
        build_parser().error("--db is the local mock's store: it excludes --url")
    if args.auth == "sigv4" and args.url:
        try:
            sigv4.credentials_from_env()
        except RuntimeError as exc:
            build_parser().error(str(exc))
    options = Options(
        auth=args.auth,
        examples=args.examples,
        seed=args.seed,
        url=args.url,
        ids=args.ids,
        asgi=args.asgi,
        report_dir=args.report_dir.resolve(),
        extra_args=tuple(extra),
        db=args.db,
    )
    result = run(options)
    print()
    print(result.summary.to_text(), end="")
    print(f"Reports: {result.report_dir}")
    return result.exit_code


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        sys.exit(main())
    sys.exit(130)
