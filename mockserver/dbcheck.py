"""Why a database file cannot be used, in one sentence that says what to do.

``Store`` runs these checks when it opens a file, so every command (serve, seed, import, export,
pull) and every worker refuses the same files with the same words: a directory, a file that is
not SQLite, a truncated one, an SQLite file of another program (it is never taken over), a mock
database without its token secret, one written by a newer mock, a read-only file. The CLI prints
a StoreOpenError as one ``error:`` line and exits 2; ``describe`` words the SQLite errors that
can still happen later (a full disk while seeding, a file made read-only meanwhile).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from pathlib import Path
from typing import Final
from urllib.parse import quote

from mockserver.errors import MockServerError

log = logging.getLogger("mockserver")

# The first 100 bytes of an SQLite file (https://sqlite.org/fileformat.html#the_database_header).
_MAGIC: Final = b"SQLite format 3\x00"
_HEADER_SIZE: Final = 100
# The tables every mock database has (schema version 1 on); 'meta' holds the token secret.
REQUIRED_TABLES: Final = ("meta", "applications", "campaigns", "activities")
_NEW_FILE_HINT: Final = "pass --db a mock database, or a new file name to start afresh"


class StoreOpenError(Exception):
    """The database file cannot be used; the message names it, says why and what to do."""


class StoreReadOnlyError(MockServerError):
    """A write to a store opened read-only (``serve --read-only``): the control plane answers it
    403, as AWS answers a caller who may read but not write."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            f"This mock serves {path} read-only (serve --read-only): it cannot change it; restart"
            " the server without --read-only, on a writable file, to change the data."
        )


class StoreUnavailableError(MockServerError):
    """The store cannot answer now (PostgreSQL down or unreachable, the file replaced): served
    as an AWS-shaped 503, and the same request may succeed later."""


class StoreReplacedError(StoreUnavailableError):
    """The file at the store's path is not the one it opened (replaced, moved or deleted): its
    data is no longer what the path holds, so nothing is served from it (AWS-shaped 503)."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"The mock's database file {path} was replaced or deleted after the server opened"
            " it; restart the server to serve what the path holds now."
        )


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


class FileWatch:
    """Notices that the file at ``path`` is no longer the one opened (its device and inode), at
    most once per ``interval_s`` unless forced: one stat a second costs nothing per request.

    SQLite keeps reading a replaced file's old inode, and reopening the new one beside the old
    one's -wal and -shm (same names) could mix the two; so a store only says so.
    """

    def __init__(self, path: Path, interval_s: float = 1.0) -> None:
        self.path = path
        self.interval_s = interval_s
        self._identity = _identity(path)
        self._next = time.monotonic() + interval_s
        self.replaced = False

    def check(self, *, force: bool = False) -> bool:
        """Return True when the file was replaced (logged once when it is first noticed)."""
        now = time.monotonic()
        if force or now >= self._next:
            self._next = now + self.interval_s
            replaced = _identity(self.path) != self._identity
            if replaced and not self.replaced:
                log.error("%s", StoreReplacedError(self.path).message)
            self.replaced = replaced
        return self.replaced


def check_path(path: Path, *, read_only: bool) -> None:
    """Refuse what is not a database file before SQLite sees it. A writable store's missing
    parent directories are created (so ``--db .data/x.sqlite3`` works on a fresh clone)."""
    if path.is_dir():
        raise StoreOpenError(
            f"{path} is a directory, not a database file: pass --db a file path such as"
            f" {path / 'mock.sqlite3'}"
        )
    if not path.exists():
        if read_only:
            raise StoreOpenError(
                f"no mock database at {path}: run `seed` or `serve` with --db {path} first to"
                " create one, or pass the path of an existing one"
            )
        parent = path.parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError):
            raise StoreOpenError(
                f"cannot create {path}: a part of {parent} is a file, not a directory; pass --db"
                " a path in a directory"
            ) from None
        except OSError as exc:
            raise StoreOpenError(
                f"cannot create the directory {parent} for {path}: {exc.strerror or exc}; pass"
                " --db a path in a directory you can write"
            ) from None
        return
    if not path.is_file():
        raise StoreOpenError(f"{path} is not a regular file: {_NEW_FILE_HINT}")
    if not read_only and not os.access(path, os.W_OK):  # mode, immutable flag, read-only mount
        raise StoreOpenError(
            f"{path} is read-only: make it writable (chmod u+w, chattr -i, a writable mount);"
            " `serve --read-only` serves it and export reads it as it is"
        )
    try:
        with path.open("rb") as file:
            header = file.read(_HEADER_SIZE)
            size = file.seek(0, 2)
    except OSError as exc:
        raise StoreOpenError(
            f"cannot read {path}: {exc.strerror or exc}; check its permissions"
        ) from None
    _check_header(path, header, size)


def _check_header(path: Path, header: bytes, size: int) -> None:
    if size == 0:
        return  # SQLite's empty database: a new file
    if not header.startswith(_MAGIC):
        shown = header[:16].decode("ascii", "replace")
        raise StoreOpenError(
            f"{path} is not an SQLite database (it starts with {shown!r}): {_NEW_FILE_HINT}"
        )
    if size < _HEADER_SIZE:
        raise StoreOpenError(
            f"{path} is truncated ({size} bytes, less than an SQLite header): restore it from"
            f" a copy, or {_NEW_FILE_HINT}"
        )
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count is valid when "version-valid-for" equals the change counter (SQLite >=
    # 3.7.0 writes both); a WAL file never makes the main file shorter than this count says.
    if header[92:96] == header[24:28] and size < pages * page_size:
        raise StoreOpenError(
            f"{path} is truncated ({size:,} of {pages * page_size:,} bytes): restore it from a"
            f" copy, or {_NEW_FILE_HINT}"
        )


def check_contents(conn: sqlite3.Connection, path: Path, schema_version: int) -> int:
    """Return the file's schema version after checking that it is a mock database (or new);
    read only, so a refused file is left exactly as it was."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    tables = [
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name"
        )
    ]
    if version == 0:
        if tables:
            shown = ", ".join(tables[:5]) + (", ..." if len(tables) > 5 else "")
            raise StoreOpenError(
                f"{path} is an SQLite database of another program (tables {shown}; user_version"
                f" 0), not a mock database; it is left untouched: {_NEW_FILE_HINT}"
            )
        return version
    if version > schema_version:
        raise StoreOpenError(
            f"{path} was written by a newer mock server (schema version {version}; this one"
            f" knows {schema_version}): run that version, or {_NEW_FILE_HINT}"
        )
    missing = [name for name in REQUIRED_TABLES if name not in tables]
    secret = (
        None
        if missing
        else conn.execute("SELECT value FROM meta WHERE key = 'token_secret'").fetchone()
    )
    if missing or secret is None or len(bytes(secret[0])) < 16:
        what = f"its {', '.join(missing)} table(s)" if missing else "its token secret (meta)"
        raise StoreOpenError(
            f"{path} lacks {what}: it is damaged or not a mock database; restore it from a copy,"
            f" or {_NEW_FILE_HINT}"
        )
    return version


def sqlite_uri(path: Path, query: str) -> str:
    """The SQLite URI of the file ``path`` with ``query`` (https://sqlite.org/uri.html)."""
    return f"file:{quote(str(path.absolute()))}?{query}"


def may_open_immutable(path: Path, exc: sqlite3.OperationalError) -> bool:
    """Whether a read-only open that SQLite refused (it cannot make the -shm file in a
    read-only directory) may read the file as immutable: only when no -wal file beside it holds
    commits that the file itself lacks."""
    if getattr(exc, "sqlite_errorname", "") != "SQLITE_CANTOPEN":
        return False
    try:
        return path.with_name(path.name + "-wal").stat().st_size == 0
    except FileNotFoundError:
        return True


def describe(path: Path | str, exc: Exception) -> str:
    """One sentence for an SQLite error on the database ``path``: what is wrong, what to do
    (another error as ``path: message``)."""
    if isinstance(exc, MockServerError):  # the store's own words (PostgreSQL's name no password)
        return exc.message
    if not isinstance(exc, sqlite3.Error):
        return f"{path}: {exc}"
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    if name == "SQLITE_FULL" or "disk is full" in text:
        return (
            f"{path}: the disk is full (or the process's file size limit was reached): free space"
            " or pass --db a path on another disk"
        )
    if name.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text:
        return (
            f"{path} is read-only (the file, its directory, or the file system): make it"
            " writable, SQLite also needs to write its -wal and -shm files beside it; or serve"
            " it with `serve --read-only`"
        )
    if name == "SQLITE_NOTADB" or "not a database" in text:
        return f"{path} is not an SQLite database: {_NEW_FILE_HINT}"
    if name == "SQLITE_CORRUPT" or "malformed" in text:
        return f"{path} is damaged ({text}): restore it from a copy, or {_NEW_FILE_HINT}"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return f"{path} is locked by another process ({text}): stop it or wait, then try again"
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        return f"cannot open {path} ({text}): check that it and its directory are accessible"
    if name.startswith("SQLITE_IOERR"):
        return (
            f"{path}: {text} ({name}): the disk may be full, over a file size limit or failing;"
            " free space or pass --db a path on another disk"
        )
    return f"{path}: {text}"
