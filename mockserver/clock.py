"""The mock's clock: real time unless a test sets, freezes or advances it.

It lives in the ``clock`` table (one row, id 1), not in a process, so every worker of a server
and every thread reads the same time. Real time by default; a set instant either stands still
(``frozen_at_ms``) or runs on from where it was set (``offset_ms`` from real time). Everything
time-based in the mock reads ``MockClock.now_ms``; the SigV4 skew check keeps real time, as
clients sign with theirs.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from mockserver.errors import ValidationError
from mockserver.storage import ActivityStore, ClockRow, StoreTransaction

# The instants the clock can say: the Unix epoch to the last millisecond of year 9999 (RFC
# 3339's four-digit years).
MIN_MS: Final = 0
MAX_MS: Final = 253_402_300_799_999


def real_ms() -> int:
    """Real time: milliseconds since the Unix epoch."""
    return time.time_ns() // 1_000_000


@dataclass(frozen=True, slots=True)
class ClockReading:
    """What the clock says, and how it runs."""

    now_ms: int
    frozen: bool
    real: bool


@dataclass(frozen=True, slots=True)
class _Setting:
    offset_ms: int = 0
    frozen_at_ms: int | None = None
    is_real: bool = True

    def reading(self, real: int) -> ClockReading:
        now = now_of(self.offset_ms, self.frozen_at_ms, real)
        if self.frozen_at_ms is not None:
            return ClockReading(now, frozen=True, real=False)
        return ClockReading(now, frozen=False, real=self.is_real)


def now_of(offset_ms: int, frozen_at_ms: int | None, real: int) -> int:
    """What a clock row says at the real time ``real``, without reading it again (the page
    service reads the row once per read snapshot, and asks this for every NextToken: plain
    arithmetic, no objects, as two frozen dataclasses cost 4 us a request)."""
    return real + offset_ms if frozen_at_ms is None else frozen_at_ms


def _check_range(now_ms: int) -> None:
    if not MIN_MS <= now_ms <= MAX_MS:
        raise ValidationError(
            "The mock's clock says instants from 1970-01-01T00:00:00.000Z to"
            " 9999-12-31T23:59:59.999Z only."
        )


class MockClock:
    """The clock of one store's mock; ``real`` is where real time comes from."""

    def __init__(self, store: ActivityStore, real: Callable[[], int] = real_ms) -> None:
        self.store = store
        self._real = real

    def reading(self) -> ClockReading:
        """What the clock says now."""
        return _setting(self.store.clock_row()).reading(self._real())

    def now_ms(self) -> int:
        """The mock's time: milliseconds since the Unix epoch."""
        return self.reading().now_ms

    def set(self, now_ms: int | None = None, *, frozen: bool = True) -> ClockReading:
        """Set the clock to ``now_ms`` (None: what it says now), standing still or running on."""
        with self.store.write() as tx:
            real = self._real()
            instant = _setting(tx.clock_row()).reading(real).now_ms if now_ms is None else now_ms
            _check_range(instant)
            setting = (
                _Setting(frozen_at_ms=instant, is_real=False)
                if frozen
                else _Setting(offset_ms=instant - real, is_real=False)
            )
            _save(tx, setting)
        return setting.reading(real)

    def set_real(self) -> ClockReading:
        """Back to real time."""
        with self.store.write() as tx:
            _save(tx, _Setting())
        return _Setting().reading(self._real())

    def advance(self, seconds: float) -> ClockReading:
        """Move the clock forward: a frozen instant moves, a running clock gains an offset."""
        step = round(seconds * 1000)
        with self.store.write() as tx:
            real = self._real()
            old = _setting(tx.clock_row())
            if old.frozen_at_ms is not None:
                setting = _Setting(frozen_at_ms=old.frozen_at_ms + step, is_real=False)
            else:
                setting = _Setting(offset_ms=old.offset_ms + step, is_real=old.is_real and not step)
            _check_range(setting.reading(real).now_ms)
            _save(tx, setting)
        return setting.reading(real)


def _setting(row: ClockRow | None) -> _Setting:
    if row is None:  # never set
        return _Setting()
    offset, frozen_at, is_real = row
    return _Setting(int(offset), None if frozen_at is None else int(frozen_at), bool(is_real))


def _save(tx: StoreTransaction, setting: _Setting) -> None:
    tx.save_clock(setting.offset_ms, setting.frozen_at_ms, setting.is_real)
