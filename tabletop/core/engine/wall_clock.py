"""The session's wall clock, which never goes back.

Every entry of the log is stamped with the wall time, and the story clock runs from
it. If the computer's clock is set back during a class (someone corrects it, or it
is synchronised), time as the session sees it goes on from where it was, at the pace
of the process's monotonic clock, until the wall clock catches up: the story clock
does not stop and no entry is stamped before the one recorded before it. A clock
set forward is taken as it is (it cannot be told from a lid that was closed).
"""

from __future__ import annotations

import datetime as _dt
import time
from collections.abc import Callable

Clock = Callable[[], _dt.datetime]


class SteadyClock:
    """``wall`` that never returns a time before one it returned (or ``floor``)."""

    def __init__(self, wall: Clock, floor: _dt.datetime | None = None) -> None:
        self.wall = wall
        self._last = floor
        self._ticks = time.monotonic()

    def __call__(self) -> _dt.datetime:
        now = self.wall()
        ticks = time.monotonic()
        last = self._last
        if last is not None and now < last:
            # set back: on from the last time given, by what the monotonic clock counted
            now = last + _dt.timedelta(seconds=max(0.0, ticks - self._ticks))
        self._last, self._ticks = now, ticks
        return now
