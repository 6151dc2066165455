"""How the report writes times, dates and counts, the same way on every machine.

Wall-clock times are printed in UTC: the report is a pure function of the
session file, so it must not depend on the time zone of the computer that
prints it.
"""

from __future__ import annotations

import datetime as _dt

from tabletop.core.deck.model import ScenarioTime

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def utc(moment: _dt.datetime) -> _dt.datetime:
    return moment.astimezone(_dt.timezone.utc)


def scenario(minutes: float) -> str:
    """Story time, e.g. ``Day 1 06:40``."""
    return str(ScenarioTime.from_minutes(minutes))


def long_date(moment: _dt.datetime) -> str:
    """``22 November 2026`` (no locale involved)."""
    moment = utc(moment)
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"


def short_date(moment: _dt.datetime) -> str:
    moment = utc(moment)
    return f"{moment.day} {MONTHS[moment.month - 1][:3]}"


def wall(moment: _dt.datetime | None, first_day: _dt.date | None = None) -> str:
    """Classroom time, ``09:42 UTC``; with the date when it is not the session's first day."""
    if moment is None:
        return ""
    moment = utc(moment)
    clock = f"{moment:%H:%M} UTC"
    if first_day is not None and moment.date() != first_day:
        return f"{short_date(moment)} {clock}"
    return clock


def span(start: _dt.datetime | None, end: _dt.datetime | None) -> str:
    """``22 November 2026, 09:30–11:45 UTC`` or the two ends in full over several days."""
    if start is None:
        return "Not started"
    start = utc(start)
    if end is None:
        return f"{long_date(start)}, from {start:%H:%M} UTC"
    end = utc(end)
    if f"{end:%Y%m%d%H%M}" == f"{start:%Y%m%d%H%M}":
        return f"{long_date(start)}, {start:%H:%M} UTC"
    if end.date() == start.date():
        return f"{long_date(start)}, {start:%H:%M}–{end:%H:%M} UTC"
    return f"{long_date(start)} {start:%H:%M} UTC – {long_date(end)} {end:%H:%M} UTC"


def duration(seconds: float) -> str:
    """``1 h 25 min``, ``40 min``, ``under a minute``."""
    minutes = round(seconds / 60.0)
    if minutes < 1:
        return "under a minute"
    hours, minutes = divmod(minutes, 60)
    if not hours:
        return f"{minutes} min"
    return f"{hours} h {minutes:02d} min" if minutes else f"{hours} h"


def plural(count: int, one: str, many: str | None = None) -> str:
    """``1 inject``, ``3 injects``."""
    return f"{count} {one if count == 1 else (many or one + 's')}"


def listing(items: list[str], conjunction: str = "and") -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def signed(value: int) -> str:
    return f"+{value}" if value > 0 else str(value)
