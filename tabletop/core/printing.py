"""Writing a printed document (a report, inject cards) to disk: the one way it is done.

The bytes go to a temporary file in the target's folder, then replace the
target in one step, so an existing file is replaced whole or left as it was.
The new file gets the user's usual permissions (what the umask allows), not
the owner-only mode of a temporary file.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from tabletop.core.store import fsync_dir


def _set_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# read at import on the main thread: setting the umask to read it is process-wide
_STARTING_UMASK = _set_umask()


def usual_mode() -> int:
    """The permissions a new file gets: read and write for whom the umask allows."""
    try:  # Linux tells the current umask without changing it
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o666 & ~_STARTING_UMASK


class PrintWriteError(Exception):
    """The file could not be written; the message says why in plain words."""


def write_printed(data: bytes, target: Path, *, what: str = "document") -> None:
    """Replace ``target`` with ``data``; raises PrintWriteError with a plain message."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise PrintWriteError(f"{target}: the folder {folder} does not exist")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise PrintWriteError(
            f"{target}: cannot write in {folder}: {exc.strerror or exc}"
        ) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, usual_mode())
        os.replace(temp_name, target)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        if isinstance(exc, IsADirectoryError) or target.is_dir():
            raise PrintWriteError(f"{target}: is a folder; give a file name") from None
        raise PrintWriteError(f"{target}: cannot write the {what}: {exc.strerror or exc}") from None
    fsync_dir(folder)
