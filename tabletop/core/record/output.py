"""Writing an export or a comparison to the file a person named, without harming anything.

Every file this package writes goes through :func:`write_output`:

* a session file is never overwritten, whatever its name (it is recognised by
  its content: an SQLite database);
* an existing file is replaced only when the caller says so (``--force``, or
  the person confirmed in a dialog); a folder is never replaced;
* a regular file is written to a temporary file beside it and moved over it
  in one step, so a failure leaves the old file whole;
* a device or a pipe (``-o /dev/stdout``) is written to as a stream, never
  replaced.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from tabletop.core.store import fsync_dir

_SQLITE = b"SQLite format 3\x00"


class OutputError(Exception):
    """The output cannot be written where it was asked; the message says why and what to do."""


def is_session_file(path: Path) -> bool:
    """Whether ``path`` holds a tabletop session (an SQLite database), whatever its name."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(_SQLITE)) == _SQLITE
    except OSError:
        return False


def write_output(path: Path, data: bytes, *, replace: bool = False) -> None:
    """Write ``data`` to ``path``; OutputError in plain words when it must not or cannot."""
    path = Path(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise OutputError(f"{path}: cannot be written: {exc.strerror or exc}") from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise OutputError(f"{path}: is a folder; give a file name")
        if stat.S_ISCHR(info.st_mode) or stat.S_ISFIFO(info.st_mode):
            _stream(path, data)
            return
        if not stat.S_ISREG(info.st_mode):
            raise OutputError(f"{path}: is not a regular file; give another file name")
        if is_session_file(path):
            raise OutputError(
                f"{path}: is a session file; an export never replaces one. Give another name"
            )
        if not replace:
            raise OutputError(
                f"{path}: already exists; choose another name or allow replacing it (--force)"
            )
    _replace_atomically(path, data)


def _stream(path: Path, data: bytes) -> None:
    try:
        with open(path, "wb") as stream:
            stream.write(data)
    except OSError as exc:
        raise OutputError(f"{path}: cannot be written: {exc.strerror or exc}") from None


def _replace_atomically(path: Path, data: bytes) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"{path}: the folder {folder} does not exist")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write in {folder}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, 0o666 & ~_umask())
        os.replace(temp_name, path)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot be written: {exc.strerror or exc}") from None
    fsync_dir(folder)


def _umask() -> int:
    """The process's umask, read without changing it (os.umask would, for every thread)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022
