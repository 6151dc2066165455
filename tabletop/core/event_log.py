"""The event log's entries: an :class:`Event`, its stored text, and rows read back as events.

Each row of the ``events`` table holds an event's canonical JSON, a tab and the CRC-32
of the JSON in hex. A row whose checksum does not match is damage
(:class:`~tabletop.core.session_errors.SessionDamaged`); a row with a good checksum that
holds no event tabletop can read becomes an ``unreadable`` event, which every reader
skips the same way.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tabletop.core.session_errors import SessionDamaged, plain
from tabletop.core.value_class import value_class


class ChecksumMismatch(ValueError):
    """A stored event whose text no longer matches its checksum."""


@value_class
class Event:
    """One entry of the log: its number, when it was recorded, what happened."""

    seq: int
    at: _dt.datetime
    type: str
    data: dict[str, Any]

    def record(self) -> str:
        """The canonical text stored for this event."""
        return json.dumps(
            {"seq": self.seq, "at": format_time(self.at), "type": self.type, "data": self.data},
            ensure_ascii=False,
            separators=(",", ":"),
            sort_keys=True,
        )

    def stored(self, record: str | None = None) -> str:
        """The record as stored: its JSON, a tab, and the CRC-32 of the JSON in hex."""
        record = self.record() if record is None else record
        return f"{record}\t{record_crc(record):08x}"

    @classmethod
    def from_stored(cls, text: str) -> Event:
        """An event from its stored text; ChecksumMismatch if it was changed on disk."""
        record, sep, crc = text.rpartition("\t")
        if not sep or len(crc) != 8 or f"{record_crc(record):08x}" != crc:
            raise ChecksumMismatch("the event's checksum does not match")
        return cls.from_record(record)

    @classmethod
    def from_record(cls, text: str) -> Event:
        """An event from its JSON; ValueError saying why if it is not a well-formed one."""
        try:
            raw = json.loads(text)
        except (ValueError, RecursionError):
            raise ValueError("it is not JSON tabletop can read") from None
        return event_from_raw(raw)


_new = object.__new__
_fromisoformat = _dt.datetime.fromisoformat


def event_from_raw(raw: Any) -> Event:
    """The event a decoded record holds; ValueError saying why when it holds none.

    The record as tabletop writes it takes the short way: exact types checked, the
    time read, the frozen event made without a setattr per field. Anything else is
    explained by :func:`_why_not_an_event`.
    """
    if raw.__class__ is dict:
        seq = raw.get("seq")
        at = raw.get("at")
        type_ = raw.get("type")
        data = raw.get("data")
        # (JSON gives no subclasses: exact classes are what isinstance would accept,
        # and a bool's class is not int)
        if (
            seq.__class__ is int
            and 0 < seq < 2**63
            and type_.__class__ is str
            and data.__class__ is dict
            and at.__class__ is str
        ):
            try:
                # Python 3.10's fromisoformat does not read the "Z"
                moment = _fromisoformat(at[:-1] + "+00:00" if at.endswith("Z") else at)
            except ValueError:
                moment = None
            if moment is not None and moment.tzinfo is not None:
                event: Event = _new(Event)
                event.__dict__.update(seq=seq, at=moment, type=type_, data=data)
                return event
    why = _why_not_an_event(raw)
    if why is None:  # an event after all, of classes JSON does not give
        return Event(raw["seq"], parse_time(raw["at"]), raw["type"], raw["data"])
    raise ValueError(why)


def _why_not_an_event(raw: Any) -> str | None:
    """Why a decoded record is not an event (the first thing wrong named), or None."""
    if not isinstance(raw, dict) or not {"seq", "at", "type", "data"} <= raw.keys():
        return "it is not an event record"
    seq, at, type_, data = raw["seq"], raw["at"], raw["type"], raw["data"]
    if not isinstance(seq, int) or isinstance(seq, bool) or not 0 < seq < 2**63:
        return "its number is not a whole number"
    if not isinstance(type_, str) or not isinstance(data, dict):
        return "it is not an event record"
    if not isinstance(at, str):
        return "its time is not a time"
    try:
        moment = parse_time(at)
    except ValueError:
        return "its time is not a time"
    if moment.tzinfo is None:
        return "its time has no time zone"
    return None


def format_time(moment: _dt.datetime) -> str:
    """UTC, ISO 8601, milliseconds: ``2026-11-22T09:30:00.000Z``."""
    moment = moment.astimezone(_dt.timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_time(text: str) -> _dt.datetime:
    if text.endswith("Z"):  # Python 3.10's fromisoformat does not read the "Z"
        text = text[:-1] + "+00:00"
    return _dt.datetime.fromisoformat(text)


def utc_now() -> _dt.datetime:
    return _dt.datetime.now(_dt.timezone.utc)


def record_crc(record: str) -> int:
    return zlib.crc32(record.encode("utf-8"))


UNREADABLE = "unreadable"
_EPOCH = _dt.datetime(1970, 1, 1, tzinfo=_dt.timezone.utc)


def parse_row(seq: int, stored: object, path: Path) -> Event | str:
    """The event a row holds, or why it holds none; SessionDamaged if it changed on disk."""
    if not isinstance(stored, str):
        return "it is not text"
    record, sep, crc = stored.rpartition("\t")
    if not sep or len(crc) != 8 or f"{record_crc(record):08x}" != crc:
        raise SessionDamaged(
            plain(
                f"event {seq} is damaged (its checksum does not match). Use 'tabletop "
                "recover' to save every intact event into a new file.",
                path,
            )
        )
    try:
        event = Event.from_record(record)
    except ValueError as exc:
        return str(exc)
    if event.seq != seq:
        return f"it says it is entry {event.seq}"
    return event


_BATCH = 256  # records decoded together (see _decode_together); more is slower (caches)


def _decode_together(records: list[str]) -> list[Any] | None:
    """What ``json.loads`` gives for each record, decoded in one call; None when they
    cannot be (one of them is not JSON, say: each is then decoded on its own).

    One call shares the keys every record repeats (json memoizes them within a call),
    which saves a third of the decoding. The records are joined as the items of one
    array, with an unguessable marker between each two, on lines of their own::

        [record1
        ,"marker",
        record2 …]

    No JSON token crosses a line break (a string may not hold a raw one), so each
    marker is a token of its own, written nowhere else (counted). If the array decodes
    with every marker an item of the array itself, no record reached over a marker:
    each record is exactly the one item between two markers, which is what it decodes
    to alone (json.loads too allows white space around a value). A record that is not
    one JSON value shifts or swallows a marker, or fails the whole array.
    """
    if not records:
        return []
    marker = os.urandom(16).hex()
    text = "[" + f'\n,"{marker}",\n'.join(records) + "]"
    if text.count(marker) != len(records) - 1:
        return None  # a record holds the marker itself
    try:
        items = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if len(items) != 2 * len(records) - 1 or items[1::2].count(marker) != len(records) - 1:
        return None
    return items[::2]


def load_events(rows: Iterable[tuple[int, object]], path: Path) -> list[Event]:
    """The events of these rows in order; an odd entry becomes an ``unreadable`` event
    (timed like the entry before it) so that every reader skips it the same way.

    Every row is checked and read as :func:`parse_row` reads it. Rows as tabletop
    writes them (an intact checksum, a JSON object, a number that is the row's, a time
    with a zone) are decoded together and take a shorter way to the same event; any
    other row, and any row that fails on the way, goes through :func:`parse_row`
    itself, which finds the damage or the reason the row holds no event.
    """
    rows = list(rows)
    crc32 = zlib.crc32
    events: list[Event | None] = []
    append = events.append
    odd: list[tuple[int, str]] = []  # (seq, why) of each row that holds no event, in order
    for first in range(0, len(rows), _BATCH):
        chunk = rows[first : first + _BATCH]
        records: list[str | None] = []  # each row's JSON, when its checksum matches
        for _seq, stored in chunk:
            record = None
            if stored.__class__ is str:
                text, sep, crc = stored.rpartition("\t")
                if sep and len(crc) == 8 and f"{crc32(text.encode('utf-8')):08x}" == crc:
                    record = text
            records.append(record)
        decoded = _decode_together([r for r in records if r is not None])
        together = iter(decoded) if decoded is not None else None
        for (seq, stored), record in zip(chunk, records, strict=True):
            event: Event | None = None
            if record is not None and together is not None:
                # (a batch that does not decode cleanly holds an odd row: every row of it
                # goes through parse_row, which gives the same events and names the odd one)
                try:
                    event = event_from_raw(next(together))
                    if event.seq != seq:
                        event = None
                except Exception:  # parse_row says what is wrong with it
                    event = None
            if event is None:
                item = parse_row(seq, stored, path)
                if isinstance(item, str):
                    odd.append((seq, item))
                else:
                    event = item
            append(event)
    if odd:
        reasons = iter(odd)
        return events_of([(e.seq, e) if e is not None else next(reasons) for e in events])
    return events  # type: ignore[return-value]  # no row was odd: none is None


def events_of(parsed: list[tuple[int, Event | str]]) -> list[Event]:
    """Rows read with :func:`parse_row` as events (see :func:`load_events`)."""
    at = next((item.at for _seq, item in parsed if isinstance(item, Event)), _EPOCH)
    events: list[Event] = []
    for seq, item in parsed:
        if isinstance(item, Event):
            at = item.at
            events.append(item)
        else:
            events.append(Event(seq, at, UNREADABLE, {"problem": item}))
    return events


def load_event(seq: int, stored: object, path: Path) -> Event:
    return load_events([(seq, stored)], path)[0]
