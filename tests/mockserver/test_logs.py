"""The access log: whole lines, never blocking on a full sink, escaped and capped fields."""

from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path

from mockserver.logs import ATOMIC_WRITE_BYTES, MAX_FIELD_BYTES, AccessEntry, AccessLog, escape

RID = "0f0e0d0c-0b0a-4908-8706-050403020100"


def entry(path: bytes = b"/v1/apps/a/campaigns/c/activities", query: bytes = b"") -> AccessEntry:
    ended = time.perf_counter()
    return (ended - 0.00025, ended, "GET", path, query, "1.1", 200, RID.encode())


def test_lines_are_written_whole_on_flush_and_close(tmp_path: Path) -> None:
    path = tmp_path / "access.log"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    log = AccessLog(fd, interval=3600)
    try:
        log.record(entry())
        assert path.read_text() == ""  # nothing written per request
        log.flush()
        assert path.read_text().endswith(
            f'"GET /v1/apps/a/campaigns/c/activities HTTP/1.1" 200 {RID} 0.25ms\n'
        )
        for n in range(400):
            log.record(entry(query=b"page-size=%d&token=" % n + b"t" * (ATOMIC_WRITE_BYTES // 4)))
    finally:
        log.close()
        os.close(fd)
    lines = path.read_text().splitlines()
    assert len(lines) == 401 and all(line.count(" HTTP/1.1") == 1 for line in lines)
    assert [line.split("?page-size=")[1].split("&")[0] for line in lines[1:]] == [
        str(n) for n in range(400)
    ]


def test_a_full_pipe_drops_and_counts_lines_and_never_blocks() -> None:
    read_end, write_end = os.pipe()
    fcntl.fcntl(read_end, fcntl.F_SETFL, os.O_NONBLOCK)
    log = AccessLog(write_end, interval=3600)
    recorded = 0
    try:
        # Far more than a pipe holds (64 KiB on Linux) with nobody reading: each flush returns.
        for _ in range(50):
            for _ in range(100):
                log.record(entry())
                recorded += 1
            log.flush()
        assert log.dropped > 0
        received = b""
        while True:
            try:
                chunk = os.read(read_end, 1 << 16)
            except BlockingIOError:
                break
            received += chunk
        log.record(entry(b"/after"))
        recorded += 1
        log.flush()
        received += os.read(read_end, 1 << 16)
    finally:
        log.close()
        os.close(read_end)
        os.close(write_end)
    lines = received.decode("ascii").splitlines()
    notices = [line for line in lines if "lines dropped" in line]
    assert len(notices) == 1 and lines[-1].split('"')[1] == "GET /after HTTP/1.1"
    dropped = int(notices[0].split("access log: ")[1].split()[0])
    assert dropped > 0 and dropped + len(lines) - 1 == recorded  # every line written or counted


def test_control_characters_are_escaped_and_fields_capped() -> None:
    assert escape(b"/v1/a\nb\r\x1b[31m\x00\\ c") == "/v1/a\\x0ab\\x0d\\x1b[31m\\x00\\\\\\x20c"
    assert escape("été".encode()) == "\\xc3\\xa9t\\xc3\\xa9"
    long = escape(b"x" * (MAX_FIELD_BYTES * 64))
    assert long == "x" * MAX_FIELD_BYTES + "..."
    assert escape(b"/v1/apps/a%0A") == "/v1/apps/a%0A"
