"""Shared helpers for core tests: a controllable clock and a started session."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tabletop.core.engine import Session, SessionSetup

DATA = Path(__file__).resolve().parent.parent / "data"
MINIMAL = DATA / "decks" / "minimal.yaml"


class FakeClock:
    """Wall time that only moves when a test moves it."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.timezone.utc)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, minutes: float = 0, seconds: float = 0) -> None:
        self.now += dt.timedelta(minutes=minutes, seconds=seconds)


def start_minimal(tmp: Path, clock: FakeClock, **setup: object) -> Session:
    return Session.start(
        MINIMAL.read_text(encoding="utf-8"),
        setup=SessionSetup(**setup),  # type: ignore[arg-type]
        path=tmp / "s.tabletop",
        deck_source=str(MINIMAL),
        clock=clock,
    )
