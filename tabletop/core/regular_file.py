"""Opening a file that must be a regular file, without ever waiting on a pipe or a device.

A deck, a session or a file to recover is read only if it is a regular file: the
file is opened without blocking (a pipe nobody writes to would otherwise hang the
open), then what was opened is checked, so a folder, a FIFO, ``/dev/zero`` or a
socket is refused before anything is read from it.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class NotRegularFile(OSError):
    """What was opened is a folder (``folder``), or a pipe, a device or a socket."""

    def __init__(self, path: Path, *, folder: bool) -> None:
        what = "a folder" if folder else "not a regular file (a pipe or a device)"
        super().__init__(f"{path}: {what}")
        self.folder = folder


@contextmanager
def opened_regular(path: Path) -> Iterator[tuple[int, os.stat_result]]:
    """The descriptor of the regular file at ``path`` (read-only) and its status.

    Raises :class:`NotRegularFile` for anything else, and the ``OSError`` the open
    gives (missing, not allowed, a link that loops …). The descriptor is closed on leaving.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(path, folder=stat.S_ISDIR(info.st_mode))
        yield fd, info
    finally:
        os.close(fd)
