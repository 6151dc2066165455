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

import datetime as _dt
import errno
import importlib
import json
import os
import re
import shutil
import sqlite3
import stat
import sys
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from tabletop import __version__
from tabletop.core.digest import sha256
from tabletop.core.value_class import value_class

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


class SessionFileError(Exception):
    """A session file cannot be used; the message says why in plain words."""


class SessionInUse(SessionFileError):
    """Another window or process has the session open."""


class SessionDamaged(SessionFileError):
    """The file is damaged; :func:`recover` can salvage its intact events."""


class SessionReadOnly(SessionFileError):
    """The file (or its folder) cannot be written: it can be read or copied, not recorded into."""


class SessionTooNew(SessionFileError):
    """The file was written by a newer tabletop."""


class NotASessionFile(SessionFileError):
    """The file is not a tabletop session."""


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
        return f"{record}\t{_crc(record):08x}"

    @classmethod
    def from_stored(cls, text: str) -> Event:
        """An event from its stored text; ChecksumMismatch if it was changed on disk."""
        record, sep, crc = text.rpartition("\t")
        if not sep or len(crc) != 8 or f"{_crc(record):08x}" != crc:
            raise ChecksumMismatch("the event's checksum does not match")
        return cls.from_record(record)

    @classmethod
    def from_record(cls, text: str) -> Event:
        """An event from its JSON; ValueError saying why if it is not a well-formed one."""
        try:
            raw = json.loads(text)
        except (ValueError, RecursionError):
            raise ValueError("it is not JSON tabletop can read") from None
        if not isinstance(raw, dict) or not {"seq", "at", "type", "data"} <= raw.keys():
            raise ValueError("it is not an event record")
        seq, at, type_, data = raw["seq"], raw["at"], raw["type"], raw["data"]
        if not isinstance(seq, int) or isinstance(seq, bool) or not 0 < seq < 2**63:
            raise ValueError("its number is not a whole number")
        if not isinstance(type_, str) or not isinstance(data, dict):
            raise ValueError("it is not an event record")
        if not isinstance(at, str):
            raise ValueError("its time is not a time")
        try:
            moment = parse_time(at)
        except ValueError:
            raise ValueError("its time is not a time") from None
        if moment.tzinfo is None:
            raise ValueError("its time has no time zone")
        return cls(seq, moment, type_, data)


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


def _crc(record: str) -> int:
    return zlib.crc32(record.encode("utf-8"))


def _plain(message: str, path: Path) -> str:
    return f"{path.name}: {message}"


def _text(data: bytes) -> str:
    """Stored text as a string; an invalid UTF-8 byte spoils one character, not the read."""
    return str(data, "utf-8", "replace")


def _connect(path: Path, *, create: bool = False) -> sqlite3.Connection:
    if not create and not path.exists():
        raise SessionFileError(_plain("the file does not exist", path))
    conn = sqlite3.connect(str(path), timeout=0, isolation_level=None)
    conn.text_factory = _text
    return conn


def _connect_read_only(path: Path, *, immutable: bool = False) -> sqlite3.Connection:
    """A read-only connection; ``immutable`` reads without any lock (or journal)."""
    where = Path(os.path.realpath(path)).as_uri()
    uri = f"{where}?mode=ro" + ("&immutable=1" if immutable else "")
    conn = sqlite3.connect(uri, uri=True, timeout=0, isolation_level=None)
    conn.text_factory = _text
    return conn


def _explain_os_error(exc: BaseException, path: Path, doing: str) -> SessionFileError:
    text = str(exc).lower()
    read_only = "readonly" in text or "read-only" in text
    if isinstance(exc, PermissionError) or read_only or getattr(exc, "errno", None) == 30:
        return SessionFileError(
            _plain(
                f"cannot {doing}: the folder or file is read-only. "
                "Choose a folder you can write to.",
                path,
            )
        )
    if isinstance(exc, FileNotFoundError):
        return SessionFileError(
            _plain(f"cannot {doing}: the folder does not exist and cannot be made.", path)
        )
    if "disk is full" in text or "no space" in text or getattr(exc, "errno", None) == 28:
        return SessionFileError(
            _plain(
                f"cannot {doing}: the disk is full. Free some space; "
                "everything recorded so far is safe.",
                path,
            )
        )
    if "locked" in text or "busy" in text:
        return SessionInUse(
            _plain(
                "this session is open in another tabletop window or process. Close it there first.",
                path,
            )
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return SessionDamaged(
            _plain(
                f"the file is damaged ({exc}). Use 'tabletop recover' (or Recover in the "
                "start screen) to save every intact event into a new file.",
                path,
            )
        )
    return SessionFileError(_plain(f"cannot {doing}: {exc}", path))


class SessionFile:
    """An open, locked session file."""

    def __init__(self, path: Path, conn: sqlite3.Connection, meta: dict[str, str]) -> None:
        self.path = path
        self._conn: sqlite3.Connection | None = conn
        self.meta = meta
        self._last_seq = 0
        self._identity = _identity(path)
        if self._identity is not None:
            _OPEN_HERE[self._identity] = path

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
            raise SessionFileError(_plain("a file with this name already exists", path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = _connect(path, create=True)
        except (OSError, sqlite3.Error) as exc:
            raise _explain_os_error(
                exc, path, f"create the session file in {path.parent}"
            ) from None
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
            raise _explain_os_error(
                exc, path, f"create the session file in {path.parent}"
            ) from None
        return cls(path, conn, meta)

    @classmethod
    def open(cls, path: Path) -> SessionFile:
        """Open an existing session for recording, locking it against other windows."""
        path = Path(path)
        if not path.is_file():
            raise SessionFileError(_plain("no such session file", path))
        if open_in_this_process(path):
            raise SessionInUse(
                _plain("this session is already open in this tabletop; switch to its window", path)
            )
        _check_header(path)
        if not writable(path):
            raise SessionReadOnly(
                _plain(
                    "the file or its folder is read-only, so nothing more can be recorded in "
                    "it. To carry on, open a copy: the app offers one, or copy the file into a "
                    "folder you can write to and resume the copy.",
                    path,
                )
            )
        try:
            conn = _connect(path)
        except (OSError, sqlite3.Error) as exc:
            raise _explain_os_error(exc, path, "open the session") from None
        try:
            cls._configure(conn)
            version = _identify(conn, path)
            if version < FORMAT_VERSION:
                conn.close()
                _migrate(path, version)
                conn = _connect(path)
                cls._configure(conn)
            check = conn.execute("PRAGMA quick_check").fetchone()
            if not check or check[0] != "ok":
                raise SessionDamaged(
                    _plain(
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
            raise _explain_os_error(exc, path, "open the session") from None
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
            raise SessionFileError(_plain("the session file is closed", self.path))
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
            raise _explain_os_error(exc, self.path, "read the session") from None
        out.extend(_load_events(rows, self.path))
        self._last_seq = out[-1].seq if out else 0
        return out

    def append(self, type_: str, data: dict[str, Any], at: _dt.datetime | None = None) -> Event:
        """Write one event durably; returns it once it is on disk."""
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
            raise _explain_os_error(exc, self.path, "record this") from None
        self._last_seq = event.seq
        # hand back what a reader of the file will see (tuples become lists, …)
        return Event.from_record(record)

    def set_meta(self, key: str, value: str) -> None:
        try:
            self.conn.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
        except (OSError, sqlite3.Error) as exc:
            raise _explain_os_error(exc, self.path, "save") from None
        self.meta[key] = value

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None
                if self._identity is not None:
                    _OPEN_HERE.pop(self._identity, None)

    def __enter__(self) -> SessionFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# An entry whose checksum matches but which is not a well-formed event (not written by
# tabletop) is read as an event of this type: the fold skips it and lists it as an anomaly.
UNREADABLE = "unreadable"
_EPOCH = _dt.datetime(1970, 1, 1, tzinfo=_dt.timezone.utc)


def _parse_row(seq: int, stored: object, path: Path) -> Event | str:
    """The event a row holds, or why it holds none; SessionDamaged if it changed on disk."""
    if not isinstance(stored, str):
        return "it is not text"
    record, sep, crc = stored.rpartition("\t")
    if not sep or len(crc) != 8 or f"{_crc(record):08x}" != crc:
        raise SessionDamaged(
            _plain(
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


_new = object.__new__
_fromisoformat = _dt.datetime.fromisoformat
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


def _load_events(rows: Iterable[tuple[int, object]], path: Path) -> list[Event]:
    """The events of these rows in order; an odd entry becomes an ``unreadable`` event
    (timed like the entry before it) so that every reader skips it the same way.

    Every row is checked and read as :func:`_parse_row` reads it. Rows as tabletop
    writes them (an intact checksum, a JSON object, a number that is the row's, a time
    with a zone) are decoded together and take a shorter way to the same event; any
    other row, and any row that fails on the way, goes through :func:`_parse_row`
    itself, which finds the damage or the reason the row holds no event.
    """
    rows = list(rows)
    crc32 = zlib.crc32
    new = _new
    fromisoformat = _fromisoformat
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
                # goes through _parse_row, which gives the same events and names the odd one)
                try:
                    raw = next(together)
                    if raw.__class__ is dict:
                        number = raw.get("seq")
                        at = raw.get("at")
                        type_ = raw.get("type")
                        data = raw.get("data")
                        if (
                            number.__class__ is int
                            and number == seq
                            and 0 < number < 2**63
                            and type_.__class__ is str
                            and data.__class__ is dict
                            and at.__class__ is str
                        ):
                            if at.endswith("Z"):
                                moment = fromisoformat(at[:-1] + "+00:00")
                            else:
                                moment = fromisoformat(at)
                            if moment.tzinfo is not None:
                                # what Event(seq, moment, type_, data) gives, without the
                                # frozen class's setattr per field
                                event = new(Event)
                                event.__dict__.update(seq=seq, at=moment, type=type_, data=data)
                except Exception:  # _parse_row says what is wrong with it
                    event = None
            if event is None:
                item = _parse_row(seq, stored, path)
                if isinstance(item, str):
                    odd.append((seq, item))
                else:
                    event = item
            append(event)
    if odd:
        reasons = iter(odd)
        return _events_of([(e.seq, e) if e is not None else next(reasons) for e in events])
    return events  # type: ignore[return-value]  # no row was odd: none is None


def _events_of(parsed: list[tuple[int, Event | str]]) -> list[Event]:
    """Rows read with :func:`_parse_row` as events (see :func:`_load_events`)."""
    at = next((item.at for _seq, item in parsed if isinstance(item, Event)), _EPOCH)
    events: list[Event] = []
    for seq, item in parsed:
        if isinstance(item, Event):
            at = item.at
            events.append(item)
        else:
            events.append(Event(seq, at, UNREADABLE, {"problem": item}))
    return events


def _load_event(seq: int, stored: object, path: Path) -> Event:
    return _load_events([(seq, stored)], path)[0]


def read_meta(conn: sqlite3.Connection) -> dict[str, str]:
    """The session's details; a row that is not text and text (never written so) is left out."""
    rows = conn.execute("SELECT key, value FROM meta")
    return {key: value for key, value in rows if isinstance(key, str) and isinstance(value, str)}


def _new_session_id() -> str:
    """128 random bits in hex, as long as a UUID's (the uuid module costs a start 3 ms)."""
    return os.urandom(16).hex()


def _sha256(text: str) -> str:
    return sha256(text.encode("utf-8")).hexdigest()


SQLITE_MAGIC = b"SQLite format 3\x00"

# Files this process holds open, by (device, inode). Opening and closing a file
# with Python's open() would drop the POSIX locks SQLite holds on it for this
# process, so raw reads skip any file listed here.
_OPEN_HERE: dict[tuple[int, int], Path] = {}


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def open_in_this_process(path: Path) -> bool:
    """Whether this process has the session file open for recording."""
    key = _identity(path)
    return key is not None and key in _OPEN_HERE


def _check_header(path: Path) -> None:
    if open_in_this_process(path):
        return  # it was sound when opened, and reading it raw would drop our lock
    head = _read_head(path)
    if head and not SQLITE_MAGIC.startswith(head[:16]):
        raise NotASessionFile(_plain("this is not a tabletop session file", path))
    if len(head) < 100:
        if not head:
            raise SessionDamaged(
                _plain("the file is empty (0 bytes): nothing can be read from it", path)
            )
        raise SessionDamaged(
            _plain(
                "the file is cut short. Use 'tabletop recover' to save every intact event "
                "into a new file.",
                path,
            )
        )
    if head[:16] != SQLITE_MAGIC:
        raise NotASessionFile(_plain("this is not a tabletop session file", path))


def writable(path: Path) -> bool:
    """Whether a session file can be recorded into: the file, and its folder (where the
    rollback journal of each commit is made), can be written."""
    folder = path.parent if str(path.parent) else Path(".")
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK | os.X_OK)


def _read_head(path: Path) -> bytes:
    """The first 100 bytes of a regular file; a pipe or a device is not a session (and is
    never waited on)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise SessionFileError(
                _plain("this is a link that loops; it leads to no file", path)
            ) from None
        if isinstance(exc, FileNotFoundError) and os.path.islink(path):
            raise SessionFileError(
                _plain("this is a link to a file that does not exist (moved or deleted?)", path)
            ) from None
        raise _explain_os_error(exc, path, "open the session") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotASessionFile(
                _plain("this is not a tabletop session file (not a regular file)", path)
            )
        return os.read(fd, 100)
    except OSError as exc:
        raise _explain_os_error(exc, path, "open the session") from None
    finally:
        os.close(fd)


def _identify(conn: sqlite3.Connection, path: Path) -> int:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if app_id != APPLICATION_ID:
        raise NotASessionFile(_plain("this is an SQLite file, but not a tabletop session", path))
    if version > FORMAT_VERSION:
        raise SessionTooNew(
            _plain(
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
                    _plain(f"no upgrade from session format {version} is known", path)
                )
            conn.execute("BEGIN IMMEDIATE")
            step(conn)
            version += 1
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
    except sqlite3.Error as exc:
        conn.close()
        shutil.copy2(backup, path)
        raise _explain_os_error(exc, path, "upgrade the session file") from None
    conn.close()


def new_session_path(folder: Path, deck_id: str, when: _dt.datetime | None = None) -> Path:
    """A fresh, readable file name: ``2026-11-22_0930_gray-zone.tabletop``."""
    when = (when or utc_now()).astimezone()
    stem = f"{when:%Y-%m-%d_%H%M}_{re.sub(r'[^A-Za-z0-9_.-]+', '-', deck_id)[:40]}"
    candidate = folder / f"{stem}.tabletop"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{n}.tabletop"
        n += 1
    return candidate


def fsync_dir(path: Path) -> None:
    """Make a new file's directory entry durable (POSIX only)."""
    if os.name != "posix":
        return
    fd = os.open(str(path), os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


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
