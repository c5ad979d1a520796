"""Logging of ``serve``: one access line per request at INFO, without a write per request.

The generated app logs each request (method, path, status, RequestID, milliseconds) to
``pinpoint_server.access``. Sent through a plain StreamHandler, each line would be a write system
call, a sizeable share of a request that takes ~100 us; here whole lines are collected and written
at most every FLUSH_INTERVAL_S (or once BUFFER_BYTES are waiting), by a daemon thread and at exit.
Each write holds whole lines and at most PIPE_BUF bytes, so the lines of several workers sharing
stdout never cut into each other, even on a pipe. ``--log-level warning`` turns the line off: the
app checks isEnabledFor first.

Each worker process calls ``configure_logging`` itself (uvicorn starts workers by importing the
app factory), so the settings are the same with one worker or several.
"""

from __future__ import annotations

import logging
import os
import select
import sys
import threading
import time
from typing import Final

ACCESS_LOGGER: Final = "pinpoint_server.access"
FLUSH_INTERVAL_S: Final = 0.2
BUFFER_BYTES: Final = 1 << 15
# Writes up to this size to a pipe are atomic (POSIX guarantees 512; Linux gives 4096).
ATOMIC_WRITE_BYTES: Final = getattr(select, "PIPE_BUF", 512)
_FORMAT: Final = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_LEVELS: Final = {
    "critical": logging.CRITICAL,
    "error": logging.ERROR,
    "warning": logging.WARNING,
    "info": logging.INFO,
    "debug": logging.DEBUG,
    "trace": logging.DEBUG,
}


def level_number(name: str) -> int:
    """The ``logging`` level of a ``--log-level`` choice (uvicorn's "trace" is DEBUG here)."""
    return _LEVELS[name]


class BufferedLineHandler(logging.Handler):
    """Collects formatted lines and writes them to a file descriptor in batches of whole lines,
    from a timer thread, so a request never waits for a write system call."""

    def __init__(self, fd: int, interval: float = FLUSH_INTERVAL_S) -> None:
        super().__init__()
        self.fd = fd
        self._lines: list[bytes] = []
        self._size = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._flush_periodically, args=(interval,), name="access-log", daemon=True
        )
        self._thread.start()

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = (self.format(record) + "\n").encode("utf-8", "backslashreplace")
        except Exception:
            self.handleError(record)
            return
        self._lines.append(line)
        self._size += len(line)
        if self._size >= BUFFER_BYTES:
            self._write()

    def flush(self) -> None:
        with self.lock:  # type: ignore[union-attr]  # created by Handler.__init__
            self._write()

    def _write(self) -> None:
        """Write the waiting lines (the lock held), in chunks of whole lines <= PIPE_BUF."""
        lines, self._lines, self._size = self._lines, [], 0
        chunk: list[bytes] = []
        size = 0
        for line in lines:
            if chunk and size + len(line) > ATOMIC_WRITE_BYTES:
                self._write_all(b"".join(chunk))
                chunk, size = [], 0
            chunk.append(line)
            size += len(line)
        if chunk:
            self._write_all(b"".join(chunk))

    def _write_all(self, data: bytes) -> None:
        view = memoryview(data)
        try:
            while view:
                view = view[os.write(self.fd, view) :]
        except OSError:
            pass  # stdout went away (a closed pipe): the lines are lost, the server goes on

    def _flush_periodically(self, interval: float) -> None:
        while not self._stop.wait(interval):
            self.flush()

    def close(self) -> None:
        self._stop.set()
        self.flush()
        super().close()


class AccessFormatter(logging.Formatter):
    """``2026-03-08 09:20:00,123 <message>``, with the date-time text made once a second:
    time.strftime per line would be a fifth of the line's cost."""

    def __init__(self) -> None:
        super().__init__()
        self._second = -1
        self._prefix = ""

    def format(self, record: logging.LogRecord) -> str:
        second = int(record.created)
        if second != self._second:
            self._second = second
            self._prefix = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(second))
        return f"{self._prefix},{int(record.msecs):03d} {record.getMessage()}"


def _access_handler() -> logging.Handler:
    """The buffered handler on (a duplicate of) stdout's descriptor; a plain StreamHandler when
    stdout has none (a test's capture)."""
    try:
        fd = os.dup(sys.stdout.fileno())
    except (AttributeError, OSError, ValueError):
        return logging.StreamHandler(sys.stdout)
    return BufferedLineHandler(fd)


_configured_handler: logging.Handler | None = None


def configure_logging(level: str) -> None:
    """Route the access log to stdout (buffered) and everything else to stderr, at ``level``.

    Idempotent per process; safe to call from the CLI and again from a worker's factory.
    """
    global _configured_handler
    number = level_number(level)
    # Every record would otherwise look up the calling frame and the thread, process and
    # multiprocessing names, which no format here prints (the logging HOWTO's "Optimization").
    logging._srcfile = None
    logging.logThreads = False
    logging.logProcesses = False
    logging.logMultiprocessing = False
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(handler)
    root.setLevel(number)
    logging.getLogger("mockserver").setLevel(number)
    logging.getLogger("pinpoint_server").setLevel(number)
    access = logging.getLogger(ACCESS_LOGGER)
    access.setLevel(number)
    access.propagate = False
    if _configured_handler is None:
        _configured_handler = _access_handler()
        _configured_handler.setFormatter(AccessFormatter())
        access.addHandler(_configured_handler)
