"""Workers of ``serve --workers N`` exit when their supervisor dies, even by kill -9.

uvicorn's supervisor stops its workers when it is stopped, but a supervisor killed with SIGKILL
cannot: its workers would keep the listening socket and answer on, and a restart on the port
would fail with "Address already in use". On Linux the kernel sends a worker SIGTERM when its
parent dies (``prctl(PR_SET_PDEATHSIG)``), which uvicorn answers with its graceful shutdown. The
parent may have died before the call: then the worker's parent is no longer the supervisor whose
PID the CLI left in the settings, and it exits at once. Elsewhere a thread watches the parent PID.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time
from typing import Final

PR_SET_PDEATHSIG: Final = 1
WATCH_INTERVAL_S: Final = 0.5


def _set_parent_death_signal(sig: int) -> bool:
    """Ask the kernel for ``sig`` when the parent dies; False where prctl is not there."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return bool(libc.prctl(PR_SET_PDEATHSIG, sig, 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


def _watch_parent(supervisor_pid: int) -> None:
    while os.getppid() == supervisor_pid:
        time.sleep(WATCH_INTERVAL_S)
    os.kill(os.getpid(), signal.SIGTERM)


def exit_with_parent(supervisor_pid: int) -> None:
    """Make this worker get SIGTERM once ``supervisor_pid`` (its parent) dies."""
    if not _set_parent_death_signal(signal.SIGTERM):
        threading.Thread(
            target=_watch_parent, args=(supervisor_pid,), name="parent-watch", daemon=True
        ).start()
    if os.getppid() != supervisor_pid:
        # The supervisor died before the signal was asked for: nobody would send it now.
        os._exit(1)
