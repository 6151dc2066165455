"""Writing an output file (a report, cards, a spreadsheet, a deck) without destroying anything.

Every file tabletop writes for the user goes through :func:`write_output`:

* a new file is written whole through a temporary file beside it, then put in place;
* an existing plain file is replaced the same way, and only when the caller says the user
  agreed (``force``: the command line's ``--force``, or a save dialog's confirmation);
* a session file is never replaced, whatever its name: it is recognised by its content
  (the SQLite header and tabletop's application id), and one being recorded in this
  process by its identity;
* a folder, a disk (block device) or a socket is refused;
* a pipe or a character device (``/dev/stdout``, a printer, ``/dev/null``) is written
  into as a stream; the node itself stays. A pipe nobody reads is refused at once
  instead of waiting.

Each refusal is an :class:`OutputRefused` with a plain message naming the file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tabletop.core import store

_JOURNAL_SUFFIXES = ("-journal", "-wal", "-shm")


class OutputError(Exception):
    """An output could not be written: ``path: reason``, in plain words."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason


class OutputRefused(OutputError):
    """The target must not be written to (``needs_force``: only the user's consent is missing)."""

    def __init__(self, path: Path | str, reason: str, *, needs_force: bool = False) -> None:
        super().__init__(path, reason)
        self.needs_force = needs_force


@dataclass(frozen=True)
class OutputTarget:
    """Where an output goes and how: ``new`` file, ``replace`` a plain file, or ``stream``."""

    path: Path  # the file to create or replace (a link's target), or the node to stream into
    how: str


def is_session_file(path: Path) -> bool:
    """Whether ``path`` holds a tabletop session (by its content, not its name).

    A file whose first bytes are SQLite's but too short to tell is taken as a session:
    it may be one cut short, and it is never worth replacing.
    """
    if store.open_in_this_process(path):
        return True  # reading it here would drop the lock this process holds on it
    try:
        with open(path, "rb") as handle:
            head = handle.read(100)
    except OSError:
        return False
    if not head.startswith(store.SQLITE_MAGIC[: len(head)]) or not head:
        return False
    if len(head) < 72:
        return True
    return int.from_bytes(head[68:72], "big") == store.APPLICATION_ID


def _is_session_journal(path: Path) -> bool:
    """A session's rollback journal (or WAL files): replacing it would lose what it guards."""
    name = path.name
    for suffix in _JOURNAL_SUFFIXES:
        if name.endswith(suffix):
            owner = path.with_name(name[: -len(suffix)])
            return owner.is_file() and is_session_file(owner)
    return False


def inspect_output(target: Path, *, force: bool) -> OutputTarget:
    """How ``target`` may be written, or OutputRefused saying why it may not."""
    target = Path(target)
    shown = str(target)
    try:
        st = os.stat(target)
    except FileNotFoundError:
        if os.path.islink(target):
            raise OutputRefused(
                shown, "is a link to a file that does not exist; choose another name"
            ) from None
        folder = target.parent if str(target.parent) else Path(".")
        if not folder.is_dir():
            raise OutputRefused(shown, f"the folder {folder} does not exist") from None
        return OutputTarget(target, "new")
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise OutputRefused(shown, "is a link that loops; choose another name") from None
        raise OutputRefused(shown, f"cannot be checked ({exc.strerror or exc})") from None
    mode = st.st_mode
    if stat.S_ISDIR(mode):
        raise OutputRefused(shown, "is a folder; give a file name")
    if stat.S_ISFIFO(mode) or stat.S_ISCHR(mode):
        return OutputTarget(target, "stream")
    if stat.S_ISBLK(mode):
        raise OutputRefused(shown, "is a disk device; tabletop never writes to a disk")
    if not stat.S_ISREG(mode):
        raise OutputRefused(shown, "is not a file tabletop can write to; choose another name")
    real = Path(os.path.realpath(target))
    if is_session_file(real):
        raise OutputRefused(
            shown,
            "is a session file; an output never replaces a session. Choose another name",
        )
    if _is_session_journal(real):
        raise OutputRefused(shown, "belongs to a session file (its journal); choose another name")
    if not force:
        raise OutputRefused(
            shown,
            "already exists; choose another name or agree to replace it",
            needs_force=True,
        )
    return OutputTarget(real, "replace")


def write_output(target: Path, data: bytes, *, force: bool) -> Path:
    """Write ``data`` to ``target`` as :func:`inspect_output` allows; returns the path written.

    A file is either written whole or left as it was.
    """
    where = inspect_output(target, force=force)
    if where.how == "stream":
        _stream(where.path, data)
    else:
        _replace(where, data, force=force)
    return where.path


def _stream(path: Path, data: bytes) -> None:
    flags = os.O_WRONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise OutputRefused(
                path, "is a pipe that no program is reading; start the reader first"
            ) from None
        raise OutputError(path, f"cannot be written: {exc.strerror or exc}") from None
    try:
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
    except BrokenPipeError:
        raise OutputError(path, "the program reading the pipe stopped") from None
    except OSError as exc:
        raise OutputError(path, f"cannot be written: {exc.strerror or exc}") from None
    finally:
        os.close(fd)


def usual_mode() -> int:
    """The permissions a new file gets: read and write for whom the umask allows.

    Linux tells the umask without changing it; ``os.umask`` would change it for every
    thread while it is read, so elsewhere the usual 022 is assumed.
    """
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o644


def _replace(where: OutputTarget, data: bytes, *, force: bool) -> None:
    target = where.path
    folder = target.parent if str(target.parent) else Path(".")
    mode = usual_mode()
    if where.how == "replace":
        with contextlib.suppress(OSError):
            mode = target.stat().st_mode & 0o777
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(target, f"cannot write in {folder}: {exc.strerror or exc}") from None
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp, mode)
        # the target may have changed while the output was made: judge it again
        again = inspect_output(target, force=force)
        if again.how == "new":
            _put_new(temp, target)
        else:
            os.replace(temp, again.path)
    except OutputRefused:
        temp.unlink(missing_ok=True)
        raise
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise OutputError(target, f"cannot be written: {exc.strerror or exc}") from None
    with contextlib.suppress(OSError):
        store.fsync_dir(folder)


def _put_new(temp: Path, target: Path) -> None:
    """Move a finished file to a name that did not exist, never over one that appeared since."""
    try:
        os.link(temp, target)
    except FileExistsError:
        raise OutputRefused(
            target,
            "appeared while the output was being made; nothing was replaced",
            needs_force=True,
        ) from None
    except OSError:
        # a file system without hard links (FAT, some network shares): rename instead
        os.replace(temp, target)
        return
    temp.unlink(missing_ok=True)
