"""Writing an export or a comparison to the file a person named, without harming anything.

Every file this package writes goes through :func:`write_output`, which is
:func:`tabletop.core.output.write_output` with this package's error: a session
file is never overwritten, whatever its name; an existing file is replaced only
when the caller says so (``--force``, or the person confirmed in a dialog); a
folder or a disk never; a regular file is written whole through a temporary file
beside it; a device or a pipe (``-o /dev/stdout``) is written to as a stream.
"""

from __future__ import annotations

from pathlib import Path

from tabletop.core import output


class OutputError(Exception):
    """The output cannot be written where it was asked; the message says why and what to do."""


def write_output(path: Path, data: bytes, *, replace: bool = False) -> None:
    """Write ``data`` to ``path``; OutputError in plain words when it must not or cannot."""
    try:
        output.write_output(Path(path), data, force=replace)
    except output.OutputRefused as exc:
        if exc.needs_force:
            raise OutputError(
                f"{path}: already exists; choose another name or allow replacing it (--force)"
            ) from None
        raise OutputError(str(exc)) from None
    except output.OutputError as exc:
        raise OutputError(str(exc)) from None
