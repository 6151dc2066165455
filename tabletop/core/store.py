"""The session file: one SQLite file per session, an append-only event log.

The file embeds the text of the deck the session started from, so it is
self-contained. Every event is committed with ``synchronous=FULL`` before
:meth:`SessionFile.append` returns, so whatever the GUI shows as recorded is on
disk. The file is held with an exclusive lock while open: a second window or
process gets :class:`SessionInUse`; a killed process leaves no lock behind.

Reading a session without recording lives in :mod:`tabletop.core.snapshot`, the
listing in :mod:`tabletop.core.session_list`, recovery in :mod:`tabletop.core.salvage`.
See ``docs/session-file.md`` for the format.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import importlib
import os
import shutil
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tabletop import __version__
from tabletop.core import paths
from tabletop.core.digest import sha256
from tabletop.core.event_log import (
    UNREADABLE,
    ChecksumMismatch,
    Event,
    format_time,
    load_events,
    parse_time,
    utc_now,
)
from tabletop.core.session_errors import (
    NotASessionFile,
    SessionDamaged,
    SessionFileError,
    SessionInUse,
    SessionReadOnly,
    SessionTooNew,
    explain_os_error,
    plain,
)
from tabletop.core.session_places import (
    OPEN_HERE,
    SQLITE_MAGIC,
    check_header,
    check_name_length,
    file_identity,
    free_name,
    fsync_dir,
    new_session_path,
    open_in_this_process,
    writable,
)

# the entries of the log and the file's errors have modules of their own; a reader of
# the session file finds them here too
__all__ = [
    "APPLICATION_ID",
    "FORMAT",
    "FORMAT_VERSION",
    "SQLITE_MAGIC",
    "UNREADABLE",
    "ChecksumMismatch",
    "Event",
    "NotASessionFile",
    "SessionDamaged",
    "SessionFile",
    "SessionFileError",
    "SessionInUse",
    "SessionReadOnly",
    "SessionTooNew",
    "check_header",
    "connect_read_only",
    "format_time",
    "fsync_dir",
    "identify",
    "new_session_path",
    "open_in_this_process",
    "parse_time",
    "read_meta",
    "utc_now",
    "writable",
]

FORMAT = "tabletop-session"
FORMAT_VERSION = 1
APPLICATION_ID = 0x54544F50  # "TTOP": lets `file` and tools recognise a session file

# version -> function upgrading a connection from that version to the next one
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    seq    INTEGER PRIMARY KEY,
    type   TEXT NOT NULL,
    record TEXT NOT NULL
);
"""


def _text(data: bytes) -> str:
    """Stored text as a string; an invalid UTF-8 byte spoils one character, not the read."""
    return str(data, "utf-8", "replace")


def _connect(path: Path, *, create: bool = False) -> sqlite3.Connection:
    if not create and not path.exists():
        raise SessionFileError(plain("the file does not exist", path))
    conn = sqlite3.connect(str(path), timeout=0, isolation_level=None)
    conn.text_factory = _text
    return conn


def connect_read_only(path: Path, *, immutable: bool = False) -> sqlite3.Connection:
    """A read-only connection; ``immutable`` reads without any lock (or journal)."""
    where = Path(os.path.realpath(path)).as_uri()
    uri = f"{where}?mode=ro" + ("&immutable=1" if immutable else "")
    conn = sqlite3.connect(uri, uri=True, timeout=0, isolation_level=None)
    conn.text_factory = _text
    return conn


class SessionFile:
    """An open, locked session file."""

    def __init__(self, path: Path, conn: sqlite3.Connection, meta: dict[str, str]) -> None:
        self.path = path
        self._conn: sqlite3.Connection | None = conn
        self.meta = meta
        self._last_seq = 0
        # (device, inode) of the file being recorded into: whether the name still leads to
        # it tells a file deleted, replaced or moved away while open (see _in_place)
        self._identity = file_identity(path)
        if self._identity is not None:
            OPEN_HERE[self._identity] = path

    # -- opening ------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        deck_text: str,
        *,
        deck_id: str,
        deck_title: str,
        deck_source: str = "",
        name: str = "",
        created_at: _dt.datetime | None = None,
        extra_meta: dict[str, str] | None = None,
    ) -> SessionFile:
        """Create a new session file (refusing to overwrite one) and lock it."""
        path = Path(path)
        if path.exists():
            raise SessionFileError(plain("a file with this name already exists", path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise explain_os_error(exc, path, f"create the session file in {path.parent}") from None
        check_name_length(path, "Choose a shorter name.")
        try:
            conn = _connect(path, create=True)
        except (OSError, sqlite3.Error) as exc:
            raise explain_os_error(exc, path, f"create the session file in {path.parent}") from None
        try:
            cls._configure(conn)
            conn.executescript(_SCHEMA)
            meta = {
                "format": FORMAT,
                "format_version": str(FORMAT_VERSION),
                "app_version": __version__,
                "session_id": _new_session_id(),
                "created_at": format_time(created_at or utc_now()),
                "name": name,
                "deck_id": deck_id,
                "deck_title": deck_title,
                "deck_source": deck_source,
                "deck_sha256": _sha256(deck_text),
                "deck_text": deck_text,
                **(extra_meta or {}),
            }
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", meta.items())
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {FORMAT_VERSION}")
            conn.execute("COMMIT")
            fsync_dir(path.parent)
        except (OSError, sqlite3.Error) as exc:
            conn.close()
            path.unlink(missing_ok=True)
            raise explain_os_error(exc, path, f"create the session file in {path.parent}") from None
        return cls(path, conn, meta)

    @classmethod
    def open(cls, path: Path) -> SessionFile:
        """Open an existing session for recording, locking it against other windows."""
        path = Path(path)
        if not path.is_file():
            raise SessionFileError(plain("no such session file", path))
        if open_in_this_process(path):
            raise SessionInUse(
                plain("this session is already open in this tabletop; switch to its window", path)
            )
        check_header(path)
        check_name_length(
            path, "Rename the file (or a copy of it) to a shorter name, then open it."
        )
        if not writable(path):
            raise SessionReadOnly(
                plain(
                    "the file or its folder is read-only, so nothing more can be recorded in "
                    "it. To carry on, open a copy: the app offers one, or copy the file into a "
                    "folder you can write to and resume the copy.",
                    path,
                )
            )
        try:
            conn = _connect(path)
        except (OSError, sqlite3.Error) as exc:
            raise explain_os_error(exc, path, "open the session") from None
        try:
            cls._configure(conn)
            version = identify(conn, path)
            if version < FORMAT_VERSION:
                conn.close()
                _migrate(path, version)
                conn = _connect(path)
                cls._configure(conn)
            check = conn.execute("PRAGMA quick_check").fetchone()
            if not check or check[0] != "ok":
                raise SessionDamaged(
                    plain(
                        "the file is damaged (the database check failed). Use "
                        "'tabletop recover' to save every intact event into a new file.",
                        path,
                    )
                )
            meta = read_meta(conn)
        except SessionFileError:
            conn.close()
            raise
        except sqlite3.Error as exc:
            conn.close()
            raise explain_os_error(exc, path, "open the session") from None
        session = cls(path, conn, meta)
        return session

    @staticmethod
    def _configure(conn: sqlite3.Connection) -> None:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
        if sys.platform == "darwin":
            # macOS's fsync() stops at the drive's cache; F_FULLFSYNC reaches the platter
            conn.execute("PRAGMA fullfsync = ON")
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        # take the lock now, so a second opener is refused before it reads anything
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")

    # -- reading and writing ----------------------------------------------------

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            raise SessionFileError(plain("the session file is closed", self.path))
        return self._conn

    @property
    def deck_text(self) -> str:
        return self.meta.get("deck_text", "")

    def events(self) -> list[Event]:
        """Every event in order; a record that fails its checksum means damage."""
        out: list[Event] = []
        conn = self.conn
        query = "SELECT seq, record FROM events ORDER BY seq"
        try:
            # sqlite3 reads good UTF-8 in C, a tenth of the time _text takes row by row;
            # a file with a broken character is read again the forgiving way
            conn.text_factory = str
            try:
                rows = conn.execute(query).fetchall()
            except sqlite3.OperationalError:
                conn.text_factory = _text
                rows = conn.execute(query).fetchall()
            finally:
                conn.text_factory = _text
        except sqlite3.Error as exc:
            raise explain_os_error(exc, self.path, "read the session") from None
        out.extend(load_events(rows, self.path))
        self._last_seq = out[-1].seq if out else 0
        return out

    def append(self, type_: str, data: dict[str, Any], at: _dt.datetime | None = None) -> Event:
        """Write one event durably; returns it once it is on disk."""
        self._check_in_place()
        if self._last_seq == 0:
            row = self.conn.execute("SELECT MAX(seq) FROM events").fetchone()
            self._last_seq = int(row[0] or 0)
        event = Event(self._last_seq + 1, at or utc_now(), type_, data)
        record = event.record()
        try:
            self.conn.execute(
                "INSERT INTO events(seq, type, record) VALUES (?, ?, ?)",
                (event.seq, type_, event.stored(record)),
            )
        except (OSError, sqlite3.Error) as exc:
            raise explain_os_error(exc, self.path, "record this") from None
        self._last_seq = event.seq
        # hand back what a reader of the file will see (tuples become lists, …)
        return Event.from_record(record)

    def set_meta(self, key: str, value: str) -> None:
        self._check_in_place()
        try:
            self.conn.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
        except (OSError, sqlite3.Error) as exc:
            raise explain_os_error(exc, self.path, "save") from None
        self.meta[key] = value

    def close(self) -> None:
        if self._conn is not None:
            # a file deleted or moved away since the last action is written back first:
            # closing the connection would drop the only copy of what it holds
            with contextlib.suppress(SessionFileError):
                self._check_in_place()
            try:
                self._conn.close()
            finally:
                self._conn = None
                if self._identity is not None:
                    OPEN_HERE.pop(self._identity, None)

    # -- a file deleted or moved away while open ------------------------------------

    def _in_place(self) -> bool:
        """Whether the session's name still leads to the file being recorded into (its
        inode stays taken while SQLite holds it open, so no other file can have it)."""
        if self._identity is None:
            return True
        try:
            now = os.stat(self.path)
        except FileNotFoundError:
            return False
        except OSError:
            return True  # let the write itself say what is wrong
        return (now.st_dev, now.st_ino) == self._identity

    def _check_in_place(self) -> None:
        """Before a write: a file deleted, replaced or moved away while open would take
        events that nobody could read again. Everything recorded so far is written into a
        new file (where the old one was, else in the sessions folder), recording goes on
        there, and the action is refused so the facilitator knows."""
        if self._conn is None or self._in_place():
            return
        old = self.path
        target = old
        if os.path.lexists(old) or not old.parent.is_dir():
            target = free_name(paths.ensure_dir(paths.sessions_dir()), old.name)
        try:
            self._write_copy(target)
        except (OSError, sqlite3.Error) as exc:
            problem = explain_os_error(exc, target, "write it back")
            raise SessionFileError(
                plain(
                    "the session file was deleted or moved while it was open, and it could "
                    f"not be written again in {target.parent} ({problem}). Keep this window "
                    "open: everything recorded so far is still held here. Free some space or "
                    "make the folder writable, then try again.",
                    old,
                )
            ) from None
        conn = self.conn
        self._conn = None
        conn.close()
        if self._identity is not None:
            OPEN_HERE.pop(self._identity, None)
        conn = _connect(target)
        self._configure(conn)
        self._conn = conn
        self.path = target
        self._identity = file_identity(target)
        if self._identity is not None:
            OPEN_HERE[self._identity] = target
        raise SessionFileError(
            plain(
                "the session file was deleted or moved while it was open. Everything "
                f"recorded so far has been written to {target}, and the session goes on "
                "there. Do this action again.",
                old,
            )
        )

    def _write_copy(self, target: Path) -> None:
        """A copy of the open database at ``target``, which must not exist yet."""
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        os.close(fd)
        try:
            copy = sqlite3.connect(str(target), isolation_level=None)
            try:
                copy.execute("PRAGMA synchronous = FULL")
                self.conn.backup(copy)
            finally:
                copy.close()
            fsync_dir(target.parent)
        except BaseException:
            target.unlink(missing_ok=True)
            raise

    def __enter__(self) -> SessionFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# An entry whose checksum matches but which is not a well-formed event (not written by
# tabletop) is read as an event of this type: the fold skips it and lists it as an anomaly.


def read_meta(conn: sqlite3.Connection) -> dict[str, str]:
    """The session's details; a row that is not text and text (never written so) is left out."""
    rows = conn.execute("SELECT key, value FROM meta")
    return {key: value for key, value in rows if isinstance(key, str) and isinstance(value, str)}


def _new_session_id() -> str:
    """128 random bits in hex, as long as a UUID's (the uuid module costs a start 3 ms)."""
    return os.urandom(16).hex()


def _sha256(text: str) -> str:
    return sha256(text.encode("utf-8")).hexdigest()


def identify(conn: sqlite3.Connection, path: Path) -> int:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if app_id != APPLICATION_ID:
        raise NotASessionFile(plain("this is an SQLite file, but not a tabletop session", path))
    if version > FORMAT_VERSION:
        raise SessionTooNew(
            plain(
                f"this session was written by a newer tabletop (format {version}; this "
                f"version reads up to {FORMAT_VERSION}). Update tabletop to open it.",
                path,
            )
        )
    return version


def _migrate(path: Path, version: int) -> None:
    """Upgrade a file step by step, keeping a copy of the original beside it."""
    backup = path.with_name(path.name + f".v{version}.bak")
    shutil.copy2(path, backup)
    conn = _connect(path)
    try:
        while version < FORMAT_VERSION:
            step = MIGRATIONS.get(version)
            if step is None:
                raise SessionFileError(
                    plain(f"no upgrade from session format {version} is known", path)
                )
            conn.execute("BEGIN IMMEDIATE")
            step(conn)
            version += 1
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
    except sqlite3.Error as exc:
        conn.close()
        shutil.copy2(backup, path)
        raise explain_os_error(exc, path, "upgrade the session file") from None
    conn.close()


# Names of the reading, listing and recovery modules, still importable from here.
_ELSEWHERE = {
    "Snapshot": "snapshot",
    "read_snapshot": "snapshot",
    "SessionSummary": "session_list",
    "summarize": "session_list",
    "list_sessions": "session_list",
    "Recovery": "salvage",
    "recover": "salvage",
    "write_recovered": "salvage",
    "recovered_path": "salvage",
}


def __getattr__(name: str) -> Any:
    module = _ELSEWHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"tabletop.core.{module}"), name)
