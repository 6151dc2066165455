"""Making an after-action report file from a session: the one call the CLI and the GUI use.

The session is read with :func:`tabletop.core.engine.open_state`, so it may be
open for recording in another window. The PDF is written to a temporary file
beside the target and moved over it in one step: an existing report is either
replaced whole or left as it was (see :mod:`tabletop.core.output`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from tabletop.core.deck.model import Deck
from tabletop.core.engine.session import open_state
from tabletop.core.engine.state import SessionState
from tabletop.core.output import OutputError, write_output
from tabletop.core.report.build import build_report
from tabletop.core.report.model import ReportModel
from tabletop.core.report.pdf import PAPERS, RenderCancelled, ReportRenderer
from tabletop.core.store import SessionFileError

Progress = Callable[[float], "bool | None"]


class ReportError(Exception):
    """The report cannot be written; the message says why in plain words."""


@dataclass(frozen=True)
class ExportResult:
    """What was written, and what about the session a reader should know."""

    path: Path
    model: ReportModel
    pages: int
    problems: tuple[str, ...]  # entries the session's rules had to ignore, and the like


def session_problems(state: SessionState) -> tuple[str, ...]:
    """Things wrong with a session that the report still covers (listed in its event log)."""
    problems = []
    if not state.started:
        problems.append("the session was never started, so the report is nearly empty")
    problems += [f"entry {a.seq} was ignored: {a.message}" for a in state.anomalies]
    return tuple(problems)


def report_file_name(exercise: str) -> str:
    """A file name for an exercise's report, safe on any file system."""
    keep = "".join(c if c.isalnum() or c in " -_" else " " for c in exercise)
    stem = "-".join(keep.split())[:60] or "session"
    return f"{stem}-after-action-report.pdf"


def write_atomically(data: bytes, target: Path) -> None:
    """Write ``data`` to ``target`` whole (see :func:`tabletop.core.output.write_output`).

    An existing plain file is replaced (the caller has the user's consent); a session
    file, a folder or a disk never is.
    """
    try:
        write_output(Path(target), data, force=True)
    except OutputError as exc:
        raise ReportError(str(exc)) from None


def export_state(
    deck: Deck,
    state: SessionState,
    meta: Mapping[str, str],
    target: Path,
    *,
    paper: str = "a4",
    progress: Progress | None = None,
) -> ExportResult:
    """Build, render and write the report of a session already read into memory."""
    if paper not in PAPERS:
        raise ReportError(f"unknown paper size '{paper}': use {' or '.join(PAPERS)}")
    model = build_report(deck, state, meta)
    if progress is not None and progress(0.05) is False:
        raise RenderCancelled()

    def rendering(fraction: float) -> bool | None:
        return None if progress is None else progress(0.05 + 0.9 * fraction)

    renderer = ReportRenderer(model, paper, rendering)
    data = renderer.render()
    write_atomically(data, Path(target))
    if progress is not None:
        progress(1.0)
    return ExportResult(Path(target), model, renderer.pages, session_problems(state))


def export_session(
    session_path: Path,
    target: Path,
    *,
    paper: str = "a4",
    progress: Progress | None = None,
) -> ExportResult:
    """Read a session file (even one open elsewhere) and write its after-action report."""
    try:
        deck, state, meta = open_state(Path(session_path))
    except SessionFileError as exc:
        raise ReportError(str(exc)) from None
    return export_state(deck, state, meta, target, paper=paper, progress=progress)
