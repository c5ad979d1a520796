"""Logging of ``serve``: one access line per request at INFO that never blocks serving.

The HTTP edge (``mockserver.http_cycle.EdgeCycle``, once a response is complete) hands each
request's fields to ``AccessLog.record``: one ``deque.append`` of a tuple of what the request
has already (two ``perf_counter`` readings, no wall-clock time, no text), no LogRecord, no
formatting, no lock. A daemon thread formats the lines every FLUSH_INTERVAL_S and writes them to stdout in chunks of whole lines of at most
PIPE_BUF bytes, so several workers sharing stdout never cut into each other's lines. It writes
only what the sink takes at once (``poll`` before each write): when stdout is a pipe nobody reads,
the lines are dropped and counted, and the next line written says how many were lost. At most
MAX_PENDING lines wait; past that, new ones are dropped (and counted) too. So a stuck stdout costs
log lines, never requests.

Each field is escaped (bytes outside printable ASCII as ``\\xNN``, a backslash as ``\\\\``) and cut
at MAX_FIELD_BYTES, so a path with ``%0A``, ESC or NUL cannot forge lines or send terminal
escapes. ``--log-level warning`` turns the line off. Each worker process calls
``configure_logging`` itself (uvicorn starts workers by importing the app factory).
"""

from __future__ import annotations

import atexit
import collections
import logging
import os
import re
import select
import sys
import threading
import time
from typing import Final, TextIO

ACCESS_LOGGER: Final = "pinpoint_server.access"
# The generated apps' own access loggers: silenced, the mock writes one line of its own.
GENERATED_ACCESS_LOGGERS: Final = ("pinpoint_server.access", "pinpoint_admin_server.access")
FLUSH_INTERVAL_S: Final = 0.2
MAX_PENDING: Final = 50_000
MAX_FIELD_BYTES: Final = 1024
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
# Printable ASCII but the backslash stays itself; everything else becomes \xNN.
_ESCAPES: Final = {
    byte: (chr(byte) if 0x21 <= byte <= 0x7E and byte != 0x5C else f"\\x{byte:02x}")
    for byte in range(256)
}
_ESCAPES[0x5C] = "\\\\"
# The bytes a field may hold as they are (printable ASCII but the backslash) map to themselves,
# the others to another byte: ``value.translate(_SAFE_TO_ITSELF) == value`` says a field needs
# no escape in one pass, with no copy when it does not (translate's delete argument would
# build its table anew on every call, a few times the cost of the scan).
_SAFE_TO_ITSELF: Final = bytes(
    byte if 0x21 <= byte <= 0x7E and byte != 0x5C else 0x21 if byte != 0x21 else 0x22
    for byte in range(256)
)
# Paths and query strings seen lately that need no escape (a client asks for few): one dict
# lookup instead of the translate-and-compare scan per field.
_CLEAN_KEPT: Final = 1024
_clean: dict[bytes, None] = {}
_WORD: Final = re.compile(r"[A-Za-z0-9.]{1,32}")
_WORDS_KEPT: Final = 64  # methods and versions seen, kept as they print (a client sends few)
# (perf_counter() when the head was read, perf_counter() when the answer was sent, method,
# raw path, query string, HTTP version, status, the x-amzn-RequestId header's value or None)
AccessEntry = tuple[float, float, str, bytes, bytes, str, int, bytes | None]


def level_number(name: str) -> int:
    """The ``logging`` level of a ``--log-level`` choice (uvicorn's "trace" is DEBUG here)."""
    return _LEVELS[name]


def escape(value: bytes) -> str:
    """``value`` as printable ASCII without spaces, cut at MAX_FIELD_BYTES (marked ``...``)."""
    if len(value) <= MAX_FIELD_BYTES and value.translate(_SAFE_TO_ITSELF) == value:
        return value.decode("ascii")  # the common case: one pass in C, nothing left over
    text = "".join([_ESCAPES[byte] for byte in value[:MAX_FIELD_BYTES]])
    return text + "..." if len(value) > MAX_FIELD_BYTES else text


def _escaped(value: bytes) -> bytes:
    """``escape(value)`` as bytes: ``value`` itself in the common case (no copy, no decode)."""
    if len(value) <= MAX_FIELD_BYTES and value.translate(_SAFE_TO_ITSELF) == value:
        return value
    return escape(value).encode("ascii")


_words: dict[str, bytes] = {}


def _word(text: str) -> bytes:
    """A method or HTTP version: itself when it is plain ASCII letters, digits and dots."""
    shown = _words.get(text)
    if shown is None:
        raw = text.encode("utf-8", "surrogateescape")
        shown = raw if _WORD.fullmatch(text) else _escaped(raw)
        if len(_words) < _WORDS_KEPT:
            _words[text] = shown
    return shown


def _cleaned(value: bytes) -> bytes:
    """``_escaped(value)``, remembering a value that needed no escape (see _clean)."""
    shown = _escaped(value)
    if shown is value:
        if len(_clean) >= _CLEAN_KEPT:
            _clean.clear()
        _clean[value] = None
    return shown


def format_entry(entry: AccessEntry, prefix: bytes) -> bytes:
    """``<prefix> "GET /path HTTP/1.1" 200 <request id> 0.42ms [?query]``, one line of ASCII.

    The writer thread runs this for every request: the common case (known words, fields that
    need no escape) is checked inline, without a call per field."""
    started, ended, method, path, query, version, status, request_id = entry
    shown_method = _words.get(method) or _word(method)
    shown_version = _words.get(version) or _word(version)
    if path not in _clean:
        path = _cleaned(path)
    if request_id is None:
        request_id = b"-"
    elif request_id.translate(_SAFE_TO_ITSELF) != request_id or len(request_id) > MAX_FIELD_BYTES:
        request_id = _escaped(request_id)
    if not query:
        return b'%s "%s %s HTTP/%s" %d %s %.2fms\n' % (
            prefix, shown_method, path, shown_version, status, request_id,
            (ended - started) * 1000.0,
        )  # fmt: skip
    if query not in _clean:
        query = _cleaned(query)
    return b'%s "%s %s HTTP/%s" %d %s %.2fms ?%s\n' % (
        prefix, shown_method, path, shown_version, status, request_id,
        (ended - started) * 1000.0, query,
    )  # fmt: skip


class AccessLog:
    """The access lines waiting for the flusher thread, and the thread that writes them."""

    def __init__(
        self, fd: int | None, stream: TextIO | None = None, interval: float = FLUSH_INTERVAL_S
    ) -> None:
        self.fd = fd
        self.stream = stream
        self.enabled = True
        self.dropped = 0
        self._pending: collections.deque[AccessEntry] = collections.deque()
        self._second = -1
        self._stamp = b""
        self._ms = -1
        self._shown = b""
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(interval,), name="access-log", daemon=True
        )
        self._thread.start()

    def record(self, entry: AccessEntry) -> None:
        """Queue one request's line (called on the event loop: never blocks)."""
        if len(self._pending) >= MAX_PENDING:
            self.dropped += 1
        else:
            self._pending.append(entry)

    def _prefix(self, created: float) -> bytes:
        """``2026-12-04 18:00:00,123``: the local time of ``created``, to the millisecond."""
        ms = int(created * 1000)
        if ms != self._ms:  # a batch's lines are in order: many share their millisecond
            second = ms // 1000
            if second != self._second:
                self._second = second
                self._stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(second)).encode()
            self._ms = ms
            self._shown = b"%s,%03d" % (self._stamp, ms % 1000)
        return self._shown

    def _run(self, interval: float) -> None:
        while not self._stop.wait(interval):
            self.flush(wait=interval)

    def flush(self, wait: float = 0.0) -> None:
        """Write what is waiting; drop (and count) what the sink does not take within ``wait``."""
        pending = self._pending
        lines: list[bytes] = []
        wall = time.time() - time.perf_counter()  # what a perf_counter reading is in real time
        popleft, prefix, append = pending.popleft, self._prefix, lines.append
        for _ in range(len(pending)):  # what is there now; later lines wait for the next flush
            entry = popleft()
            append(format_entry(entry, prefix(wall + entry[1])))
        carried = 0
        if self.dropped and (lines or self._writable(0)):
            carried, self.dropped = self.dropped, 0
            notice = b"%s access log: %d lines dropped" % (self._prefix(time.time()), carried)
            lines.insert(0, notice + b" (the output was not being read)\n")
        start = 0  # the index of the chunk's first line
        size = 0
        for index, line in enumerate(lines):
            if index > start and size + len(line) > ATOMIC_WRITE_BYTES:
                if not self._write(b"".join(lines[start:index]), wait):
                    break
                start, size = index, 0
            size += len(line)
        else:
            if start == len(lines) or self._write(b"".join(lines[start:]), wait):
                return
        # lines[start:] were not written: count them (the notice stands for what it carried).
        if start == 0 and carried:
            self.dropped += carried + len(lines) - 1
        else:
            self.dropped += len(lines) - start

    def _writable(self, wait: float) -> bool:
        if self.fd is None:
            return True
        try:
            poller = select.poll()
            poller.register(self.fd, select.POLLOUT)
            return bool(poller.poll(int(wait * 1000)))
        except (OSError, ValueError):
            return False

    def _write(self, data: bytes, wait: float) -> bool:
        """Write ``data`` if the sink takes it now; False when it is full or gone."""
        if self.stream is not None:
            self.stream.write(data.decode("ascii"))
            self.stream.flush()
            return True
        if not self._writable(wait):
            return False
        assert self.fd is not None
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(self.fd, view) :]
                if view and not self._writable(wait):
                    return False
        except OSError:
            return False  # stdout went away (a closed pipe): the lines are lost
        return True

    def close(self) -> None:
        """Stop the thread and write what the sink takes at once (at exit, never waiting)."""
        self._stop.set()
        self._thread.join(1.0)
        self.flush()


_access_log: AccessLog | None = None


def access_log() -> AccessLog | None:
    """This process's access log once ``configure_logging`` made it, if INFO is on."""
    return _access_log if _access_log is not None and _access_log.enabled else None


def _open_access_log() -> AccessLog:
    """The access log on (a duplicate of) stdout's descriptor; on sys.stdout itself when it has
    none (a test's capture)."""
    try:
        log = AccessLog(os.dup(sys.stdout.fileno()))
    except (AttributeError, OSError, ValueError):
        log = AccessLog(None, sys.stdout)
    atexit.register(log.close)
    return log


def configure_logging(level: str) -> None:
    """Route the access log to stdout (buffered) and everything else to stderr, at ``level``.

    Idempotent per process; safe to call from the CLI and again from a worker's factory.
    """
    global _access_log
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
    logging.getLogger("pinpoint_admin_server").setLevel(number)
    for name in GENERATED_ACCESS_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    if _access_log is None:
        _access_log = _open_access_log()
    _access_log.enabled = number <= logging.INFO
