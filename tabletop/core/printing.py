"""Writing a printed document (a report, inject cards) to disk: the one way it is done.

The bytes go through :func:`tabletop.core.output.write_output`: to a temporary file in
the target's folder, then over the target in one step, so an existing file is replaced
whole or left as it was; a session file, a folder or a disk is never replaced, and a
pipe or a device is written into as a stream. The new file gets the user's usual
permissions (what the umask allows).
"""

from __future__ import annotations

from pathlib import Path

from tabletop.core.output import OutputError, OutputRefused, write_output


class PrintWriteError(Exception):
    """The file could not be written; the message says why in plain words."""


def write_printed(data: bytes, target: Path, *, what: str = "document") -> None:
    """Replace ``target`` with ``data``; raises PrintWriteError with a plain message."""
    try:
        write_output(Path(target), data, force=True)
    except OutputRefused as exc:
        raise PrintWriteError(str(exc)) from None
    except OutputError as exc:
        raise PrintWriteError(f"{target}: cannot write the {what}: {exc.reason}") from None
