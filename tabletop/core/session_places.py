"""Where session files live and what a file must be to be one: its header checked
before SQLite opens it (never waiting on a pipe), its name (room for SQLite's journal
beside it, fresh names for new sessions), and which files this process holds open."""

from __future__ import annotations

import datetime as _dt
import errno
import os
import re
from pathlib import Path

from tabletop.core.event_log import utc_now
from tabletop.core.regular_file import NotRegularFile, opened_regular
from tabletop.core.session_errors import (
    NotASessionFile,
    SessionDamaged,
    SessionFileError,
    explain_os_error,
    plain,
)

SQLITE_MAGIC = b"SQLite format 3\x00"

# Files this process holds open, by (device, inode). Opening and closing a file
# with Python's open() would drop the POSIX locks SQLite holds on it for this
# process, so raw reads skip any file listed here.
OPEN_HERE: dict[tuple[int, int], Path] = {}


def file_identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def free_name(folder: Path, name: str) -> Path:
    """``folder/name``, or ``NAME-2.tabletop`` … when that is taken."""
    candidate = folder / name
    stem, suffix = os.path.splitext(name)
    n = 2
    while os.path.lexists(candidate):
        candidate = folder / f"{stem}-{n}{suffix}"
        n += 1
    return candidate


def open_in_this_process(path: Path) -> bool:
    """Whether this process has the session file open for recording."""
    key = file_identity(path)
    return key is not None and key in OPEN_HERE


def check_header(path: Path) -> None:
    if open_in_this_process(path):
        return  # it was sound when opened, and reading it raw would drop our lock
    head = _read_head(path)
    if head and not SQLITE_MAGIC.startswith(head[:16]):
        raise NotASessionFile(plain("this is not a tabletop session file", path))
    if len(head) < 100:
        if not head:
            raise SessionDamaged(
                plain("the file is empty (0 bytes): nothing can be read from it", path)
            )
        raise SessionDamaged(
            plain(
                "the file is cut short. Use 'tabletop recover' to save every intact event "
                "into a new file.",
                path,
            )
        )
    if head[:16] != SQLITE_MAGIC:
        raise NotASessionFile(plain("this is not a tabletop session file", path))


_JOURNAL = "-journal"  # SQLite's rollback journal: NAME.tabletop-journal beside the file


def check_name_length(path: Path, advice: str) -> None:
    """Refuse a name that leaves no room for its journal's name: SQLite could then make no
    journal beside the file, and every action would fail with 'unable to open database'."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        limit = os.pathconf(folder, "PC_NAME_MAX")
    except (AttributeError, OSError, ValueError):
        return  # no such question on this system (Windows): its own error will do
    if limit <= 0:
        return
    size = len(os.fsencode(path.name))
    room = limit - len(_JOURNAL)
    if size > room:
        raise SessionFileError(
            plain(
                f"the file name is too long ({size} bytes; this disk takes names of up to "
                f"{limit} bytes, and a session file needs {len(_JOURNAL)} more for the journal "
                f"SQLite writes beside it, so at most {room}). {advice}",
                path,
            )
        )


def writable(path: Path) -> bool:
    """Whether a session file can be recorded into: the file, and its folder (where the
    rollback journal of each commit is made), can be written."""
    folder = path.parent if str(path.parent) else Path(".")
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK | os.X_OK)


def _read_head(path: Path) -> bytes:
    """The first 100 bytes of a regular file; a pipe or a device is not a session (and is
    never waited on)."""
    try:
        with opened_regular(path) as (fd, _info):
            return os.read(fd, 100)
    except NotRegularFile:
        raise NotASessionFile(
            plain("this is not a tabletop session file (not a regular file)", path)
        ) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise SessionFileError(
                plain("this is a link that loops; it leads to no file", path)
            ) from None
        if isinstance(exc, FileNotFoundError) and os.path.islink(path):
            raise SessionFileError(
                plain("this is a link to a file that does not exist (moved or deleted?)", path)
            ) from None
        raise explain_os_error(exc, path, "open the session") from None


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
