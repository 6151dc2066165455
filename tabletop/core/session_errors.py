"""What can go wrong with a session file, in words a facilitator can act on.

Every message starts with the file's name (:func:`plain`); :func:`explain_os_error` turns
what SQLite and the operating system say into one of these errors.
"""

from __future__ import annotations

from pathlib import Path


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


def plain(message: str, path: Path) -> str:
    """A message about a session file, as shown: the file's name first."""
    return f"{path.name}: {message}"


def explain_os_error(exc: BaseException, path: Path, doing: str) -> SessionFileError:
    """The error to show when ``doing`` something to the file at ``path`` failed with ``exc``."""
    text = str(exc).lower()
    read_only = "readonly" in text or "read-only" in text
    if isinstance(exc, PermissionError) or read_only or getattr(exc, "errno", None) == 30:
        return SessionFileError(
            plain(
                f"cannot {doing}: the folder or file is read-only. "
                "Choose a folder you can write to.",
                path,
            )
        )
    if isinstance(exc, FileNotFoundError):
        return SessionFileError(
            plain(f"cannot {doing}: the folder does not exist and cannot be made.", path)
        )
    if "disk is full" in text or "no space" in text or getattr(exc, "errno", None) == 28:
        return SessionFileError(
            plain(
                f"cannot {doing}: the disk is full. Free some space; "
                "everything recorded so far is safe.",
                path,
            )
        )
    if "i/o error" in text or getattr(exc, "errno", None) == 5:
        return SessionFileError(
            plain(
                f"cannot {doing}: the disk could not be written (disk I/O error). If the "
                "session is on a USB stick or an external disk, check that it is still "
                "plugged in; a disk can also turn read-only after an error. What was "
                "recorded before stays in the file as it was; once the disk works again, "
                "try again, or close the session and open it again from the start screen.",
                path,
            )
        )
    if "locked" in text or "busy" in text:
        return SessionInUse(
            plain(
                "this session is open in another tabletop window or process. Close it there first.",
                path,
            )
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return SessionDamaged(
            plain(
                f"the file is damaged ({exc}). Use 'tabletop recover' (or Recover in the "
                "start screen) to save every intact event into a new file.",
                path,
            )
        )
    return SessionFileError(plain(f"cannot {doing}: {exc}", path))
