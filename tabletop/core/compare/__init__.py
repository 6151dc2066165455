"""Class sections that played the same deck, side by side: where they diverged and why.

:func:`compare` builds a plain :class:`~tabletop.core.compare.model.Comparison`
from sessions read with the read-only opener (so a session open in a console
can be compared, and no file changes); :mod:`tabletop.core.compare.pdf` lays
it out. :func:`write_comparison` does both and writes the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tabletop.core.compare.build import CompareError, compare, read_sessions
from tabletop.core.compare.model import Comparison
from tabletop.core.record.output import OutputError, write_output

__all__ = ["CompareError", "Comparison", "Written", "compare", "read_sessions", "write_comparison"]


@dataclass(frozen=True)
class Written:
    path: Path
    pages: int
    notes: tuple[str, ...]
    comparison: Comparison


def write_comparison(
    sessions: Sequence[Path],
    target: Path,
    *,
    replace: bool = False,
    paper: str = "a4",
    language: str | None = None,
) -> Written:
    """Compare the sessions and write the comparison as a PDF (CompareError in plain words),
    in ``language`` (default: the language the first section was played in)."""
    from tabletop.core.compare.pdf import render_comparison

    comparison = compare(read_sessions(sessions), language)
    data, pages = render_comparison(comparison, paper)
    try:
        write_output(Path(target), data, replace=replace)
    except OutputError as exc:
        raise CompareError(str(exc)) from None
    return Written(Path(target), pages, comparison.notes, comparison)
