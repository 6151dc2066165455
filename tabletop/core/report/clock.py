"""How the report writes times, dates and counts, the same way on every machine.

Wall-clock times are printed in UTC: the report is a pure function of the
session file, so it must not depend on the time zone of the computer that
prints it. Dates, numbers and lists are written with Babel in the language
in force (:mod:`tabletop.core.i18n`).
"""

from __future__ import annotations

import datetime as _dt

from tabletop.core.deck.model import ScenarioTime
from tabletop.core.i18n import _, format_date, format_list


def utc(moment: _dt.datetime) -> _dt.datetime:
    return moment.astimezone(_dt.timezone.utc)


def scenario(minutes: float) -> str:
    """Story time, e.g. ``Day 1 06:40``."""
    time = ScenarioTime.from_minutes(minutes)
    return _("Day {day} {time}").format(day=time.day, time=time.clock)


def day(number: int) -> str:
    """``Day 2``: a day of story time, as a chart's axis names it."""
    return _("Day {day}").format(day=number)


def long_date(moment: _dt.datetime) -> str:
    """``22 November 2026`` in English, as the language in force writes a date."""
    return format_date(utc(moment), "long")


def short_date(moment: _dt.datetime) -> str:
    return format_date(utc(moment), "short")


def hour(moment: _dt.datetime) -> str:
    return f"{utc(moment):%H:%M}"


def wall(moment: _dt.datetime | None, first_day: _dt.date | None = None) -> str:
    """Classroom time, ``09:42 UTC``; with the date when it is not the session's first day."""
    if moment is None:
        return ""
    moment = utc(moment)
    if first_day is not None and moment.date() != first_day:
        return _("{date} {time} UTC").format(date=short_date(moment), time=hour(moment))
    return _("{time} UTC").format(time=hour(moment))


def span(start: _dt.datetime | None, end: _dt.datetime | None) -> str:
    """``22 November 2026, 09:30–11:45 UTC`` or the two ends in full over several days."""
    if start is None:
        return _("Not started")
    start = utc(start)
    if end is None:
        return _("{date}, from {time} UTC").format(date=long_date(start), time=hour(start))
    end = utc(end)
    if f"{end:%Y%m%d%H%M}" == f"{start:%Y%m%d%H%M}":
        return _("{date}, {time} UTC").format(date=long_date(start), time=hour(start))
    if end.date() == start.date():
        return _("{date}, {start}–{end} UTC").format(
            date=long_date(start), start=hour(start), end=hour(end)
        )
    return _("{start_date} {start} UTC – {end_date} {end} UTC").format(
        start_date=long_date(start), start=hour(start), end_date=long_date(end), end=hour(end)
    )


def duration(seconds: float) -> str:
    """``1 h 25 min``, ``40 min``, ``under a minute``."""
    minutes = round(seconds / 60.0)
    if minutes < 1:
        return _("under a minute")
    hours, minutes = divmod(minutes, 60)
    if not hours:
        return _("{minutes} min").format(minutes=minutes)
    if minutes:
        return _("{hours} h {minutes:02d} min").format(hours=hours, minutes=minutes)
    return _("{hours} h").format(hours=hours)


def listing(items: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c`` in the language in force."""
    return format_list(items)


def signed(value: int) -> str:
    return f"+{value}" if value > 0 else str(value)
