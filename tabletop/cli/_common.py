"""Output helpers and exit codes shared by the sub-commands."""

from __future__ import annotations

import sys
from pathlib import Path

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def err(text: str) -> None:
    sys.stderr.write(text + "\n")


def table(rows: list[list[str]], headers: list[str]) -> None:
    """A plain text table with aligned columns."""
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    out("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    out("  ".join("-" * w for w in widths))
    for row in rows:
        out("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


def output_refused(target: Path, *, force: bool) -> bool:
    """Whether ``target`` may not be written (and why, on stderr), before any work is done.

    A plain file needs ``--force``; a session file, a folder or a disk is always refused
    (see :mod:`tabletop.core.output`).
    """
    from tabletop.core.output import OutputRefused, inspect_output

    try:
        inspect_output(target, force=force)
    except OutputRefused as exc:
        if exc.needs_force:
            err(
                f"tabletop: {target} already exists; choose another name "
                "or add --force to replace it"
            )
        else:
            err(f"tabletop: {exc}")
        return True
    return False


def not_a_session(path: Path) -> str | None:
    """Why ``path`` cannot be a session file to open, or None when it may be one."""
    if path.is_file():
        return None
    if path.is_dir():
        return f"tabletop: {path}: is a folder, not a session file"
    if path.exists():
        return f"tabletop: {path}: this is not a tabletop session file (not a regular file)"
    return f"tabletop: {path}: no such session file"
