"""Times as people write them in an MSEL, read into the deck's scenario times.

A scenario time cell may hold any of these (``docs/msel.md``):

* ``Day 2 06:40`` (also ``D2 06:40``, ``Day 2, 6:40``; ``Tag 2``, ``Jour 2``,
  ``Día 2``, ``День 2``, ``Ngày 2`` …), or a clock time alone for day 1: ``06:40``,
  ``0640``, ``6h40``, ``9:30 AM``;
* a weekday and a time, ``Monday 9:30 AM`` (``Mo 09:30``, ``lundi 9h30`` …): the
  first weekday of the column is day 1 and the days count on from row to row;
* offsets from the start of the exercise: ``D+2 H+3 M+45`` (D+0 is the first
  day), ``T+01:30``, ``T+1000:00``;
* a date and time, ``2026-03-02 09:30`` or ``02.03.2026 09:30``, or a workbook's
  date cell: the earliest date of the column is day 1;
* an Excel serial number (a cell formatted as a number): a fraction of a day
  is a time of day, a number with a fraction from 1 on is elapsed days (1.25:
  day 2 06:00), a number above 20,000 a date; a duration cell (``[h]:mm``) is
  an offset from the start.

Reading happens per column, because weekdays and dates only mean a scenario day
once the whole column is seen. Offsets count from the deck's start time
(day 1 00:00 when it has none).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

MAX_DAY = 366
SERIAL_DATES_FROM = 20_000  # Excel serial 20,000 is 1954-10-03: below that, not a date
_EXCEL_EPOCH = _dt.datetime(1899, 12, 30)

EXAMPLES = "Day 1 06:40 (also read: 06:40, Monday 9:30 AM, D+2 H+3 M+45, T+01:30, a date)"


class TimeError(ValueError):
    """A time that cannot be read; the message says how to write it."""


# -- the moment a cell names ---------------------------------------------------------------


@dataclass(frozen=True)
class Moment:
    """What one cell says, before the column gives it a scenario day.

    ``kind`` is ``day`` (day and minute known), ``offset`` (minutes from the
    start), ``weekday`` (``day`` holds the weekday, 0 = Monday) or ``date``
    (``day`` holds the date's ordinal).
    """

    kind: str
    day: int
    minute: int


_DAY_WORDS = r"day|d|tag|jour|j|d[ií]a|день|den|dag|giorno|g|dzie[nń]|päivä|dia|ng[àa]y"
_CLOCK = (
    r"(?P<hour>\d{1,2})(?:\s*[:.h]\s*(?P<minute>\d{2})|(?P<minute4>\d{2})(?=\s|$|[a-zA-Z]))?"
    r"(?::(?P<second>\d{2}))?\s*(?P<ampm>[ap]\.?\s*m\.?)?(?:\s*(?:h|hrs?|uhr|z|l|local))?"
)
_SCENARIO = re.compile(
    rf"(?:(?:{_DAY_WORDS})\s*\.?\s*(?P<day>\d{{1,4}})\s*[,/;:]?\s*)?{_CLOCK}",
    re.IGNORECASE,
)
_DAY_ALONE = re.compile(rf"(?:{_DAY_WORDS})\s*\.?\s*(?P<day>\d{{1,4}})", re.IGNORECASE)
_PLUS = re.compile(
    r"(?:d\s*\+\s*(?P<d>\d{1,4}))?\s*,?\s*(?:h\s*\+\s*(?P<h>\d{1,6}))?\s*,?\s*"
    r"(?:m\s*\+\s*(?P<m>\d{1,7}))?",
    re.IGNORECASE,
)
_D_PLUS_CLOCK = re.compile(rf"d\s*\+\s*(?P<d>\d{{1,4}})\s*[,/;]?\s*{_CLOCK}", re.IGNORECASE)
_T_PLUS = re.compile(
    r"t\s*\+\s*(?P<hour>\d{1,6})(?:\s*[:.h]\s*(?P<minute>\d{2}))?(?::(?P<second>\d{2}))?",
    re.IGNORECASE,
)
_ISO = re.compile(
    r"(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})(?:[ T]+(?P<rest>.+))?", re.IGNORECASE
)
_DOTTED = re.compile(
    r"(?P<a>\d{1,2})[./](?P<b>\d{1,2})[./](?P<y>\d{4}|\d{2})(?:[ ,T]+(?P<rest>.+))?",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")

WEEKDAYS: dict[str, int] = {}
for _index, _names in enumerate(
    (
        "monday mon mo montag lundi lun lunes понедельник пн poniedziałek lunedì maandag",
        "tuesday tue tues tu di dienstag mardi mar martes вторник вт wtorek martedì dinsdag",
        "wednesday wed we mi mittwoch mercredi mer miércoles miercoles среда ср środa "
        "mercoledì woensdag",
        "thursday thu thur thurs th do donnerstag jeudi jeu jueves четверг чт czwartek "
        "giovedì donderdag",
        "friday fri fr freitag vendredi ven viernes пятница пт piątek venerdì vrijdag",
        "saturday sat sa samstag samedi sam sábado sabado суббота сб sobota sabato zaterdag",
        "sunday sun su so sonntag dimanche dim domingo воскресенье вс niedziela domenica zondag",
    )
):
    for _name in _names.split():
        WEEKDAYS[_name] = _index
_WEEKDAY = re.compile(r"(?P<name>[^\W\d_]+)\.?\s*,?\s*(?P<rest>.*)", re.IGNORECASE)


def _clock(match: re.Match[str], text: str) -> int:
    """Minutes after midnight from a clock match; TimeError if it is no time of day."""
    hour = int(match["hour"])
    minute_text = match["minute"] or match["minute4"]
    if minute_text is None and not match["ampm"]:
        raise TimeError(f"'{text}' is not a scenario time; write it like {EXAMPLES}")
    minute = int(minute_text or 0)
    if match["ampm"]:
        if not 1 <= hour <= 12:
            raise TimeError(f"'{text}' is not a time of day; with AM or PM the hour is 1 to 12")
        pm = match["ampm"].casefold().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    if hour > 23 or minute > 59 or int(match["second"] or 0) > 59:
        raise TimeError(f"'{text}' is not a time of day; the clock runs from 00:00 to 23:59")
    return hour * 60 + minute


def read_moment(value: Any) -> Moment:
    """What a scenario time cell names; TimeError saying how to write it."""
    if isinstance(value, _dt.datetime):
        return Moment("date", value.date().toordinal(), value.hour * 60 + value.minute)
    if isinstance(value, _dt.date):
        return Moment("date", value.toordinal(), 0)
    if isinstance(value, _dt.time):
        return Moment("day", 1, value.hour * 60 + value.minute)
    if isinstance(value, _dt.timedelta):
        return Moment("offset", 0, int(value.total_seconds() // 60))
    if isinstance(value, bool):
        raise TimeError(f"'{value}' is not a scenario time; write it like {EXAMPLES}")
    if isinstance(value, (int, float)):
        return _serial(float(value), str(value))
    text = " ".join(str(value).split())
    try:
        return _read_text(text)
    except TimeError:
        if _NUMBER.fullmatch(text):  # a serial number written out, as a CSV has it
            return _serial(float(text.replace(",", ".")), text)
        raise


# the last date a spreadsheet can hold (31 December 9999 as an Excel serial number)
_LAST_SERIAL_DATE = 2_958_465


def _serial(number: float, text: str) -> Moment:
    if 0 <= number < 1:
        minutes = round(number * 1440)
        return Moment("day", 1, min(minutes, 1439))
    if 1 <= number < MAX_DAY + 1 and not number.is_integer():
        # elapsed time as a number of days (a duration cell shown as a number): 1.25 is
        # a day and six hours after the start of day 1
        whole = int(number)
        return Moment("day", whole + 1, min(round((number - whole) * 1440), 1439))
    if SERIAL_DATES_FROM <= number <= _LAST_SERIAL_DATE:
        moment = _EXCEL_EPOCH + _dt.timedelta(days=number)
        moment = moment.replace(second=0, microsecond=0) + _dt.timedelta(
            minutes=round(moment.second / 60)
        )
        return Moment("date", moment.date().toordinal(), moment.hour * 60 + moment.minute)
    raise TimeError(f"'{text}' is a number, not a scenario time; write it like {EXAMPLES}")


def _read_text(text: str) -> Moment:
    match = _SCENARIO.fullmatch(text)
    if match is not None:
        day = int(match["day"]) if match["day"] else 1
        return Moment("day", day, _clock(match, text))
    match = _DAY_ALONE.fullmatch(text)
    if match is not None:
        return Moment("day", int(match["day"]), 0)
    match = _T_PLUS.fullmatch(text)
    if match is not None:
        minute = int(match["minute"] or 0)
        if minute > 59:
            raise TimeError(f"'{text}' is not an offset; write it like T+01:30")
        return Moment("offset", 0, int(match["hour"]) * 60 + minute)
    match = _D_PLUS_CLOCK.fullmatch(text)
    if match is not None:
        return Moment("offset", 0, int(match["d"]) * 1440 + _clock(match, text))
    match = _PLUS.fullmatch(text)
    if match is not None and (match["d"] or match["h"] or match["m"]):
        minutes = int(match["d"] or 0) * 1440 + int(match["h"] or 0) * 60 + int(match["m"] or 0)
        return Moment("offset", 0, minutes)
    match = _ISO.fullmatch(text)
    if match is not None:
        date = _date(int(match["y"]), int(match["mo"]), int(match["d"]), text)
        return Moment("date", date.toordinal(), _rest_clock(match["rest"], text))
    match = _DOTTED.fullmatch(text)
    if match is not None:
        # written day first (02.03.2026, 02/03/2026) unless that cannot be a date
        year = int(match["y"]) + (2000 if len(match["y"]) == 2 else 0)
        first, second = int(match["a"]), int(match["b"])
        day, month = (first, second) if second <= 12 else (second, first)
        date = _date(year, month, day, text)
        return Moment("date", date.toordinal(), _rest_clock(match["rest"], text))
    match = _WEEKDAY.fullmatch(text)
    if match is not None and match["name"].casefold() in WEEKDAYS:
        rest = match["rest"].strip()
        minute = 0
        if rest:
            clock = _SCENARIO.fullmatch(rest)
            if clock is None or clock["day"]:
                raise TimeError(f"'{text}' is not a scenario time; write it like {EXAMPLES}")
            minute = _clock(clock, text)
        return Moment("weekday", WEEKDAYS[match["name"].casefold()], minute)
    raise TimeError(f"'{text}' is not a scenario time; write it like {EXAMPLES}")


def _date(year: int, month: int, day: int, text: str) -> _dt.date:
    try:
        return _dt.date(year, month, day)
    except ValueError:
        raise TimeError(f"'{text}' is not a date; write it like 2026-03-02 09:30") from None


def _rest_clock(rest: str | None, text: str) -> int:
    if not rest:
        return 0
    clock = _SCENARIO.fullmatch(rest.strip())
    if clock is None or clock["day"]:
        raise TimeError(f"'{text}' is not a date and time; write it like 2026-03-02 09:30")
    return _clock(clock, text)


def looks_like_time(value: Any) -> bool:
    """Whether a cell reads as a scenario time (for proposing a column's field)."""
    if value is None or value == "" or isinstance(value, bool):
        return False
    try:
        read_moment(value)
    except TimeError:
        return False
    return True


# -- a whole column -----------------------------------------------------------------------


def scenario_times(
    values: Sequence[tuple[int, Any]], start: Mapping[str, Any] | None = None
) -> tuple[dict[int, dict[str, Any]], dict[int, str]]:
    """The scenario time of each row of a column: ``(times by row, problems by row)``.

    ``values`` are (row number, cell value) in row order; ``start`` is the deck's
    start time, from which offsets count.
    """
    origin = 0
    if isinstance(start, Mapping):
        try:
            origin = (int(start.get("day", 1)) - 1) * 1440 + _minute_of(str(start.get("time")))
        except (TypeError, ValueError):
            origin = 0
    moments: dict[int, Moment] = {}
    problems: dict[int, str] = {}
    for row, value in values:
        try:
            moments[row] = read_moment(value)
        except TimeError as exc:
            problems[row] = str(exc)
    dates = [m.day for m in moments.values() if m.kind == "date"]
    first_date = min(dates, default=0)
    times: dict[int, dict[str, Any]] = {}
    weekday_day = 0
    last_weekday = -1
    for row, moment in moments.items():
        if moment.kind == "day":
            total = (moment.day - 1) * 1440 + moment.minute
        elif moment.kind == "offset":
            total = origin + moment.minute
        elif moment.kind == "date":
            total = (moment.day - first_date) * 1440 + moment.minute
        else:  # a weekday: day 1 is the first, and the days count on from row to row
            if last_weekday < 0:
                weekday_day = 1
            else:
                weekday_day += (moment.day - last_weekday) % 7
            last_weekday = moment.day
            total = (weekday_day - 1) * 1440 + moment.minute
        day = total // 1440 + 1
        if not 1 <= day <= MAX_DAY:
            problems[row] = (
                f"this is day {day} of the scenario; scenario days count from Day 1 to "
                f"Day {MAX_DAY}"
            )
            continue
        minute = total % 1440
        times[row] = {"day": day, "time": f"{minute // 60:02d}:{minute % 60:02d}"}
    return times, problems


def _minute_of(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def parse_scenario_time(text: str) -> dict[str, Any]:
    """One scenario time on its own (day 1 for a clock time, offsets from Day 1 00:00)."""
    times, problems = scenario_times([(1, text)])
    if problems:
        raise TimeError(problems[1])
    return times[1]


def format_scenario_time(at: Mapping[str, Any]) -> str:
    return f"Day {at.get('day', 1)} {at.get('time', '')}".strip()


# -- class time (the Delivery time column) -------------------------------------------------

_OFFSET = re.compile(
    r"(?:t\s*)?\+?\s*(?P<hour>\d{1,6})\s*[:.h]\s*(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"\s*(?P<ampm>[ap]\.?\s*m\.?)?",
    re.IGNORECASE,
)


def parse_offset(value: Any) -> int:
    """Class time in minutes from ``0:10``, ``+0:10``, ``T+1:05``, ``09:10`` or ``9:10 AM``.

    Only differences between rows matter (they give the injects' durations), so
    a clock time, a date and time or a duration cell are all read as minutes.
    """
    if isinstance(value, _dt.datetime):
        return value.date().toordinal() * 1440 + value.hour * 60 + value.minute
    if isinstance(value, _dt.time):
        return value.hour * 60 + value.minute
    if isinstance(value, _dt.timedelta):
        return int(value.total_seconds() // 60)
    if isinstance(value, float) and (0 <= value < 1 or value >= SERIAL_DATES_FROM):
        return round(value * 1440)  # an Excel serial: days
    text = str(value).strip()
    match = _OFFSET.fullmatch(text)
    if match is None or int(match["minute"]) > 59:
        raise TimeError(
            f"'{text}' is not a delivery time; write it like 0:10 (hours:minutes from the start)"
        )
    hour = int(match["hour"])
    if match["ampm"]:
        if not 1 <= hour <= 12:
            raise TimeError(f"'{text}' is not a time of day; with AM or PM the hour is 1 to 12")
        hour = hour % 12 + (12 if match["ampm"].casefold().startswith("p") else 0)
    return hour * 60 + int(match["minute"])


def format_offset(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"
