"""A real PostgreSQL server for tests: the Debian binaries, ``initdb`` into a temporary folder,
trust auth on a private unix socket folder and a free TCP port, stopped when the block ends.

Nothing is mocked: the mock's PostgreSQL store is tested against this server. As root, initdb
and postgres refuse to run, so they run as the ``postgres`` user (``runuser``) in a folder it
owns. A cluster whose pytest died without stopping it (SIGKILL) is stopped by the next session
(:func:`reap_stale`), so no postgres is left behind for long.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit

PREFIX = "pinpoint-pg-"
OWNER_FILE = "owner.pid"  # the pid of the process that started the cluster
SERVICE_USER = "postgres"
SUPERUSER = "postgres"
# Speed over durability: the OS never crashes under a test, so fsync buys nothing here.
# Acknowledged commits still survive a postgres crash (synchronous_commit stays on).
TEST_SETTINGS: Mapping[str, str] = {
    "fsync": "off",
    "full_page_writes": "off",
    "max_connections": "300",
    "timezone": "UTC",
}


class PostgresUnavailable(RuntimeError):
    """The PostgreSQL server binaries are not installed."""


def find_binaries() -> Path | None:
    """The folder holding initdb, postgres and psql: $POSTGRES_BIN if set, else the newest
    Debian version, else the one of initdb on PATH."""

    def version(path: str) -> tuple[int, ...]:
        return tuple(int(n) for n in re.findall(r"\d+", Path(path).parts[-3]))

    if "POSTGRES_BIN" in os.environ:
        candidates = [os.path.join(os.environ["POSTGRES_BIN"], "initdb")]
    else:
        candidates = sorted(
            glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=version, reverse=True
        )
        on_path = shutil.which("initdb")
        if on_path:
            candidates.append(str(Path(on_path).resolve()))
    for initdb in candidates:
        folder = Path(initdb).parent
        if all((folder / name).is_file() for name in ("postgres", "psql", "pg_isready")):
            return folder
    return None


def _as_root() -> bool:
    return os.geteuid() == 0


def _as_service(command: Sequence[str]) -> list[str]:
    """``command`` as the postgres user when we are root (initdb and postgres refuse root)."""
    return ["runuser", "-u", SERVICE_USER, "--", *command] if _as_root() else list(command)


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


def _alive(pid: int) -> bool:
    """Whether ``pid`` exists and is no zombie (a dead child not yet collected)."""
    try:
        if Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z":
            return False
    except (FileNotFoundError, IndexError):
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass
class PostgresServer:
    """One running cluster; ``url()`` names a database on it by TCP."""

    bin_dir: Path
    root: Path
    host: str
    port: int
    process: subprocess.Popen[bytes] | None = None
    databases: set[str] = field(default_factory=set)

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root / "socket"

    @property
    def log(self) -> Path:
        return self.root / "postgres.log"

    def url(self, database: str = "postgres", host: str | None = None) -> str:
        return f"postgresql://{SUPERUSER}@{host or self.host}:{self.port}/{database}"

    def socket_url(self, database: str = "postgres") -> str:
        """The URL of ``database`` through the unix socket (libpq's ``host=/folder``)."""
        return (
            f"postgresql://{SUPERUSER}@/{database}"
            f"?host={quote(str(self.socket_dir), safe='/')}&port={self.port}"
        )

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def postmaster_pid(self) -> int | None:
        """The postmaster's pid from its pid file (the started process may be runuser)."""
        try:
            first = (self.data_dir / "postmaster.pid").read_text().split("\n", 1)[0]
        except (FileNotFoundError, PermissionError):
            return None
        if not first.strip().isdigit():
            return None
        pid = int(first)
        # The pid file may outlive its postmaster, and the pid be another process's by now.
        try:
            command = Path(f"/proc/{pid}/cmdline").read_bytes()
        except FileNotFoundError:
            return None
        return pid if str(self.data_dir).encode() in command else None

    def psql(self, sql: str, database: str = "postgres", timeout: float = 60) -> str:
        """Run ``sql`` through the unix socket (a file: it works from any network namespace)."""
        command = [
            str(self.bin_dir / "psql"), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
            "-h", str(self.socket_dir), "-p", str(self.port), "-U", SUPERUSER,
            "-d", database, "-c", sql,
        ]  # fmt: skip
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"psql failed ({done.returncode}) on {sql!r}: {done.stderr}")
        return done.stdout.strip()

    def create_database(self, name: str | None = None) -> str:
        """A fresh, empty database (from template0: nothing a test left in template1); its URL."""
        name = name or f"t_{uuid.uuid4().hex[:16]}"
        self.psql(f'CREATE DATABASE "{name}" TEMPLATE template0')
        self.databases.add(name)
        return self.url(name)

    def drop_database(self, name_or_url: str) -> None:
        """Drop it, closing what still connects to it (a server that outlived its test)."""
        name = urlsplit(name_or_url).path.lstrip("/") if "://" in name_or_url else name_or_url
        self.psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.databases.discard(name)

    @contextlib.contextmanager
    def database(self) -> Iterator[str]:
        url = self.create_database()
        try:
            yield url
        finally:
            if self.running():
                self.drop_database(url)

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, timeout: float = 15.0) -> None:
        """Fast shutdown (SIGINT to the postmaster), then immediate, then SIGKILL."""
        pid = self.postmaster_pid()
        for sig in (signal.SIGINT, signal.SIGQUIT, signal.SIGKILL):
            if pid is None or not _alive(pid):
                break
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, sig)
            deadline = time.monotonic() + timeout
            while _alive(pid) and time.monotonic() < deadline:
                time.sleep(0.02)
        if self.process is not None:
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None


def initdb(bin_dir: Path, root: Path) -> None:
    """A new cluster in ``root``/data: trust auth, UTF8, owned by the user that will run it."""
    (root / "socket").mkdir()
    if _as_root():
        account = pwd.getpwnam(SERVICE_USER)
        for path in (root, root / "socket"):
            os.chown(path, account.pw_uid, account.pw_gid)
    command = [
        str(bin_dir / "initdb"), "-D", str(root / "data"), "-U", SUPERUSER, "--auth=trust",
        "-E", "UTF8", "--locale=C", "--no-sync",
    ]  # fmt: skip
    done = subprocess.run(
        _as_service(command), capture_output=True, text=True, timeout=120, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"initdb failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")


def allow_clients(server: PostgresServer, networks: Sequence[str]) -> None:
    """Trust TCP clients from ``networks`` too (CIDRs; another network namespace's hosts)."""
    lines = "".join(f"host all all {net} trust\n" for net in networks)
    with (server.data_dir / "pg_hba.conf").open("a", encoding="utf-8") as hba:
        hba.write(lines)


def start(
    server: PostgresServer,
    settings: Mapping[str, str] = TEST_SETTINGS,
    prefix: Sequence[str] = (),
    timeout: float = 60.0,
) -> None:
    """Start the postmaster (``prefix`` e.g. ``ip netns exec NS``) and wait until it accepts."""
    options = {
        "listen_addresses": server.host,
        "port": str(server.port),
        "unix_socket_directories": str(server.socket_dir),
        **settings,
    }
    command = [str(server.bin_dir / "postgres"), "-D", str(server.data_dir)]
    for key, value in options.items():
        command += ["-c", f"{key}={value}"]
    with server.log.open("ab") as sink:
        # Same process group as pytest: a Ctrl-C in the terminal reaches postgres too.
        server.process = subprocess.Popen(
            [*prefix, *_as_service(command)], stdout=sink, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )  # fmt: skip
    (server.root / OWNER_FILE).write_text(str(os.getpid()))
    deadline = time.monotonic() + timeout
    ready = [
        str(server.bin_dir / "pg_isready"), "-q", "-h", str(server.socket_dir),
        "-p", str(server.port), "-U", SUPERUSER,
    ]  # fmt: skip
    while True:
        if server.process.poll() is not None:
            code = server.process.returncode
            server.process = None
            raise RuntimeError(f"postgres exited with {code}:\n{server.log_text()[-3000:]}")
        if subprocess.run(ready, check=False, timeout=30).returncode == 0:
            return
        if time.monotonic() > deadline:
            server.stop()
            raise RuntimeError(f"postgres not ready within {timeout} s:\n{server.log_text()}")
        time.sleep(0.05)


def reap_stale(parent: Path | None = None) -> list[Path]:
    """Stop and remove the clusters of dead test sessions (pytest killed with SIGKILL)."""
    reaped = []
    for root in Path(parent or tempfile.gettempdir()).glob(f"{PREFIX}*"):
        try:
            owner = int((root / OWNER_FILE).read_text())
        except (FileNotFoundError, ValueError, PermissionError):
            continue
        if _alive(owner):
            continue
        stale = PostgresServer(bin_dir=Path(), root=root, host="", port=0)
        stale.stop()
        shutil.rmtree(root, ignore_errors=True)
        reaped.append(root)
    return reaped


@contextlib.contextmanager
def running_postgres(
    host: str = "127.0.0.1",
    *,
    port: int | None = None,
    settings: Mapping[str, str] = TEST_SETTINGS,
    networks: Sequence[str] = (),
    prefix: Sequence[str] = (),
    parent: Path | None = None,
) -> Iterator[PostgresServer]:
    """A fresh cluster listening on ``host``:``port`` until the block ends.

    The port is a free one by default; give one when ``prefix`` runs postgres in another
    network namespace (``host`` cannot be bound from here to find one).
    """
    bin_dir = find_binaries()
    if bin_dir is None:
        raise PostgresUnavailable(
            "PostgreSQL server binaries not found (looked for $POSTGRES_BIN, else "
            "/usr/lib/postgresql/*/bin/initdb and initdb on PATH); install the Debian "
            "package: apt-get install postgresql"
        )
    reap_stale(parent)
    root = Path(tempfile.mkdtemp(prefix=PREFIX, dir=parent))
    server = PostgresServer(bin_dir=bin_dir, root=root, host=host, port=port or 0)
    try:
        initdb(bin_dir, root)
        allow_clients(server, networks)
        for attempt in range(5):  # a free port may be taken before postgres binds it
            server.port = port or free_port(host)
            try:
                start(server, settings, prefix)
                break
            except RuntimeError:
                if port or attempt == 4 or "could not bind" not in server.log_text():
                    raise
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
