"""What the start screen and ``tabletop sessions`` show about each session file.

A file is read as :mod:`tabletop.core.snapshot` reads it (as a resume would see
it, never changed), and called damaged only when a resume would refuse it too.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, fields
from pathlib import Path

from tabletop.core.event_log import load_event
from tabletop.core.listing_cache import ListingCache, key_of
from tabletop.core.snapshot import read_consistently, recording_elsewhere
from tabletop.core.store import (
    APPLICATION_ID,
    FORMAT_VERSION,
    Event,
    NotASessionFile,
    SessionDamaged,
    SessionFileError,
    check_header,
    format_time,
)


@dataclass
class SessionSummary:
    """What the start screen and ``tabletop sessions`` show about a file."""

    path: Path
    session_id: str = ""
    name: str = ""
    deck_id: str = ""
    deck_title: str = ""
    started: str = ""
    last_event: str = ""
    events: int = 0
    status: str = "unknown"  # running, ended, in use, damaged, not a session, newer version
    detail: str = ""


def summarize(path: Path) -> SessionSummary:
    """Read what a listing needs without locking or changing the file."""
    summary = SessionSummary(path=Path(path))
    try:
        check_header(path)
    except SessionDamaged as exc:
        summary.status, summary.detail = "damaged", str(exc)
        return summary
    except NotASessionFile as exc:
        summary.status, summary.detail = "not a session", str(exc)
        return summary
    except SessionFileError as exc:
        summary.status, summary.detail = "unreadable", str(exc)
        return summary
    try:
        _result, live = read_consistently(summary.path, lambda conn: _read_summary(conn, summary))
    except (sqlite3.DatabaseError, ValueError, SessionDamaged) as exc:
        if recording_elsewhere(summary.path):
            live = True  # being written as fast as it is read: not ours to judge
        else:
            summary.status, summary.detail = "damaged", str(exc)
            return summary
    except (OSError, sqlite3.Error) as exc:
        summary.status, summary.detail = "unreadable", str(exc)
        return summary
    if live:
        summary.status = "in use"
        summary.detail = "open in another tabletop window"
    return summary


def _read_summary(conn: sqlite3.Connection, summary: SessionSummary) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id != APPLICATION_ID:
        summary.status = "not a session"
        return
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > FORMAT_VERSION:
        summary.status = "newer version"
        return
    rows = conn.execute(
        "SELECT key, value FROM meta WHERE key IN "
        "('session_id', 'name', 'deck_id', 'deck_title', 'created_at')"
    )
    meta = {key: value for key, value in rows if isinstance(value, str)}
    summary.session_id = meta.get("session_id", "")
    summary.name = meta.get("name", "")
    summary.deck_id = meta.get("deck_id", "")
    summary.deck_title = meta.get("deck_title", "")
    summary.started = meta.get("created_at", "")
    count, last = conn.execute("SELECT COUNT(*), MAX(seq) FROM events").fetchone()
    summary.events = int(count or 0)
    # a record is JSON, a tab and its checksum: it is read as an event, never by SQL's JSON
    ends = {
        int(row[0]) for row in conn.execute("SELECT seq FROM events WHERE type = 'session_ended'")
    }
    undone: set[int] = set()
    if ends:
        rows = conn.execute("SELECT seq, record FROM events WHERE type = 'event_undone'")
        for seq, stored in rows:
            undone.add(_undo_target(load_event(seq, stored, summary.path)))
    if last:
        row = conn.execute("SELECT seq, record FROM events WHERE seq = ?", (last,)).fetchone()
        summary.last_event = format_time(load_event(row[0], row[1], summary.path).at)
    summary.status = "ended" if ends - undone else "running"


def _undo_target(event: Event) -> int:
    """The seq an ``event_undone`` entry takes back (0 when it names none)."""
    target = event.data.get("target")
    return target if isinstance(target, int) and not isinstance(target, bool) else 0


# what may be remembered: a file at rest, read whole (a file in use, damaged or unreadable
# is read again each time, so a change of its state is never missed)
_SETTLED = ("running", "ended")


def list_sessions(folder: Path) -> list[SessionSummary]:
    """Every session file in a folder, newest first (a broken link is listed as unreadable).

    A file at rest is read again only when its size or time (or its journal's) changed:
    what the list shows is kept in the user cache (:mod:`tabletop.core.listing_cache`).
    """
    try:
        files = sorted(folder.glob("*.tabletop"), key=_modified, reverse=True)
    except OSError:
        return []  # no such folder, or one that cannot be read
    cache = ListingCache("sessions")
    present: set[str] = set()
    read_now: set[Path] = set()  # read afresh (summarize sees who has them open)

    def read(file: Path) -> SessionSummary:
        read_now.add(file)
        return summarize(file)

    out = []
    for path in files:
        key = key_of(path)
        if key is not None:
            present.add(key)
        summary = cache.get(
            path,
            read,
            _dump,
            _load,
            keep=lambda s: s.status in _SETTLED,
            also=(path.with_name(path.name + "-journal"),),
        )
        if path not in read_now and summary.status == "running" and recording_elsewhere(path):
            # remembered, and opened in a window since: opening a session does not change
            # it (an ended session is listed as ended wherever it is open)
            summary = summarize(path)
        summary.path = path
        out.append(summary)
    cache.save(present)
    return out


def _dump(summary: SessionSummary) -> dict[str, object]:
    return {f.name: str(getattr(summary, f.name)) for f in fields(summary)} | {
        "events": summary.events
    }


def _load(data: dict[str, object]) -> SessionSummary:
    summary = SessionSummary(path=Path(str(data["path"])))
    for f in fields(summary):
        if f.name not in ("path", "events"):
            setattr(summary, f.name, str(data[f.name]))
    summary.events = int(str(data["events"]))
    if summary.status not in _SETTLED:
        raise ValueError("not a settled summary")
    return summary


def _modified(path: Path) -> float:
    for look in (os.stat, os.lstat):
        try:
            return look(path).st_mtime
        except OSError:
            continue
    return 0.0
