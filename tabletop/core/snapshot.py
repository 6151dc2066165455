"""Reading a session without recording into it: as a resume would see it, changing nothing.

Reports, listings, recovery and copies read a session file this way. Three cases:

* Nobody has the file open: it is read through a read-only connection.
* Another window records into it (it holds SQLite's exclusive lock): the file is
  read as it stands on disk, without any lock. A commit may be half written at
  that moment; such a torn read is noticed (SQLite or a checksum finds a page or
  an entry it cannot make sense of) and taken again, so a good file is never
  judged by a torn read.
* A process died inside a commit and left a hot rollback journal: the next
  writer would roll the file back before reading. A reader must not change the
  user's file, so the file and its journal are copied into a private folder and
  SQLite rolls the copy back; the reader then sees exactly what a resume will.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from tabletop.core.event_log import Event, events_of, parse_row
from tabletop.core.session_errors import (
    SessionDamaged,
    SessionFileError,
    explain_os_error,
    plain,
)
from tabletop.core.store import check_header, connect_read_only, identify, read_meta

T = TypeVar("T")

JOURNAL_SUFFIX = "-journal"
# a torn read is taken again this many times (with a short, growing pause) before judging
TORN_READ_ATTEMPTS = 40


@dataclass
class Snapshot:
    """A session read without taking its lock: details and events as they are on disk."""

    meta: dict[str, str]
    events: list[Event]
    live: bool  # True when another window has it open


def journal_of(path: Path) -> Path:
    return path.with_name(path.name + JOURNAL_SUFFIX)


def _journal_size(path: Path) -> int:
    """The size of the file's rollback journal; -1 when there is none."""
    try:
        return os.stat(journal_of(path)).st_size
    except OSError:
        return -1


def _probe(path: Path) -> str:
    """``free`` (nobody holds it), ``live`` (another window records) or ``hot`` (a journal
    left by a process that died inside a commit must be rolled back first)."""
    conn = connect_read_only(path)
    try:
        conn.execute("PRAGMA schema_version").fetchone()  # needs a shared lock
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            return "live"
        if _journal_size(path) > 0:
            return "hot"
        raise
    finally:
        conn.close()
    return "free"


def recording_elsewhere(path: Path) -> bool:
    """Whether another window or process holds the session open for recording."""
    try:
        return _probe(Path(path)) == "live"
    except (OSError, sqlite3.Error):
        return False


@contextmanager
def rolled_back_copy(path: Path) -> Iterator[Path]:
    """A private copy of a session whose hot journal SQLite has rolled back."""
    with tempfile.TemporaryDirectory(prefix="tabletop-") as folder:
        copy = Path(folder) / "session.tabletop"
        shutil.copyfile(journal_of(path), journal_of(copy))
        shutil.copyfile(path, copy)
        conn = sqlite3.connect(str(copy), timeout=0, isolation_level=None)
        try:
            conn.execute("PRAGMA schema_version").fetchone()  # rolls the journal back
        finally:
            conn.close()
        yield copy


def read_consistently(path: Path, read: Callable[[sqlite3.Connection], T]) -> tuple[T, bool]:
    """Run ``read`` on the session as a resume would see it; its result, and whether the
    session is open in another window. SQLite and damage errors from ``read`` propagate."""
    path = Path(path)
    state = _probe(path)
    if state == "free":
        conn = connect_read_only(path)
        try:
            conn.execute("BEGIN")  # one shared lock for the whole read: one consistent state
            return read(conn), False
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc).lower():
                raise
            state = "live"  # a window opened it for recording in the meantime
        finally:
            conn.close()
    if state == "hot":
        with rolled_back_copy(path) as copy:
            conn = connect_read_only(copy)
            try:
                return read(conn), False
            finally:
                conn.close()
    return _read_live(path, read), True


def _read_live(path: Path, read: Callable[[sqlite3.Connection], T]) -> T:
    """Read a file another process is writing, taking a torn read again."""
    if isinstance(read, _LogReader):
        read.live = True
    failure: BaseException | None = None
    for attempt in range(TORN_READ_ATTEMPTS):
        if attempt:
            time.sleep(min(0.002 * attempt, 0.05))
        conn = connect_read_only(path, immutable=True)
        try:
            return read(conn)
        except (sqlite3.DatabaseError, SessionDamaged, ValueError) as exc:
            failure = exc  # most likely a commit half written while it was read
        finally:
            conn.close()
    assert failure is not None
    raise failure


class TornRead(ValueError):
    """What was read cannot be trusted: the file changed while it was read."""


class _LogReader:
    """Reads the details and the log; taken again after a torn read, it goes on after the
    last entry it read (the log only grows), so a retry costs the tail, not the file.

    A file being written may also be read with entries missing (the tree was changing
    under the read): tabletop numbers entries without gaps, so a gap met while the file
    is being written is read again, and believed only when it is there again.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.meta: dict[str, str] | None = None
        self.rows: list[tuple[int, Event | str]] = []
        self.suspect: set[tuple[int, int]] = set()
        self.live = False

    def __call__(self, conn: sqlite3.Connection) -> tuple[dict[str, str], list[Event]]:
        if self.meta is None:
            identify(conn, self.path)
            self.meta = read_meta(conn)
        if self.rows:
            query = "SELECT seq, record FROM events WHERE seq > ? ORDER BY seq"
            rows = conn.execute(query, (self.rows[-1][0],))
        else:
            rows = conn.execute("SELECT seq, record FROM events ORDER BY seq")
        for seq, stored in rows:
            before = self.rows[-1][0] if self.rows else 0
            if self.live and seq != before + 1 and (before, seq) not in self.suspect:
                self.suspect.add((before, seq))
                raise TornRead(f"entries {before + 1} to {seq - 1} were not found")
            self.rows.append((seq, parse_row(seq, stored, self.path)))
        return self.meta, events_of(self.rows)


def read_snapshot(path: Path) -> Snapshot:
    """Read a session for a report, even while another window records it."""
    path = Path(path)
    check_header(path)

    try:
        (meta, events), live = read_consistently(path, _LogReader(path))
    except SessionFileError:
        raise
    except (OSError, sqlite3.Error) as exc:
        raise explain_os_error(exc, path, "read the session") from None
    return Snapshot(meta, events, live)


def copy_session(path: Path, target: Path) -> Path:
    """A new, writable session file with everything ``path`` holds (as a resume would see it).

    The source is only read; ``target`` must not exist.
    """
    path, target = Path(path), Path(target)
    check_header(path)
    if target.exists():
        raise SessionFileError(plain("a file with this name already exists", target))

    def backup(conn: sqlite3.Connection) -> None:
        identify(conn, path)
        out = sqlite3.connect(str(target), isolation_level=None)
        try:
            conn.backup(out)
        finally:
            out.close()

    try:
        read_consistently(path, backup)
    except SessionFileError:
        target.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error) as exc:
        target.unlink(missing_ok=True)
        raise explain_os_error(exc, target, "copy the session") from None
    return target
