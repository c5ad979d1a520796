"""The SQLite store's "a fault may be armed" byte: a file beside the database (``<db>-faults``),
mapped into every worker's memory, so a request with no armed fault costs one byte read.

The byte is written only inside a write transaction of the database, so the writes are ordered
as the commits are: it is set before a fault is committed and cleared only by a transaction that
finds the faults table empty. 0 therefore means that no fault was armed at the last commit that
touched faults; 1 means "perhaps", and the table is asked (see mockserver.faults).
"""

from __future__ import annotations

import mmap
import os


class ArmedFlag:
    """The shared byte of one database file."""

    def __init__(self, path: str) -> None:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if os.fstat(fd).st_size < 1:
                os.ftruncate(fd, 1)
            self._map = mmap.mmap(fd, 1)
        finally:
            os.close(fd)

    def __bool__(self) -> bool:
        return self._map[0] != 0

    def set(self, armed: bool) -> None:
        """Write the byte; call it only inside a write transaction of the database."""
        self._map[0] = int(armed)


class NeverArmed:
    """The flag of a read-only store: nothing can be armed (arming is a write), and there may be
    no writable directory for a flag file; faults a read-only file holds are not taken."""

    def __bool__(self) -> bool:
        return False

    def set(self, armed: bool) -> None:
        """Never called: every write of a read-only store fails first."""
