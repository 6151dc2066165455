"""Making an after-action report file from a session: the one call the CLI and the GUI use.

The session is read with :func:`tabletop.core.engine.open_state`, so it may be
open for recording in another window. The report is a PDF or a Word document
(by the target's suffix), both from the same report model. It is written by
:func:`write_report_file` alone: to a temporary file beside the target, then
moved over it in one step, so an existing report is either replaced whole or
left as it was; the new file gets the user's usual permissions.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from tabletop.core import i18n
from tabletop.core.deck.model import Deck
from tabletop.core.engine.session import open_state
from tabletop.core.engine.state import SessionState
from tabletop.core.printing import PrintWriteError, write_printed
from tabletop.core.report.build import build_report
from tabletop.core.report.model import ReportModel
from tabletop.core.report.pdf import PAPERS, ReportRenderer
from tabletop.core.report.progress import Progress, RenderCancelled
from tabletop.core.store import SessionFileError

FORMATS = {".pdf": "pdf", ".docx": "docx"}


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


def report_file_name(exercise: str, suffix: str = ".pdf") -> str:
    """A file name for an exercise's report, safe on any file system."""
    keep = "".join(c if c.isalnum() or c in " -_" else " " for c in exercise)
    stem = "-".join(keep.split())[:60] or "session"
    return f"{stem}-after-action-report{suffix}"


def report_format(target: Path) -> str:
    """``pdf`` or ``docx`` from the target's suffix; a ReportError for anything else."""
    kind = FORMATS.get(Path(target).suffix.lower())
    if Path(target).is_dir():
        raise ReportError(f"{target}: is a folder; give a file name ending in .pdf or .docx")
    if kind is None:
        raise ReportError(
            f"{target}: the report is written as .pdf or .docx; give a file name ending in one"
        )
    return kind


def write_report_file(data: bytes, target: Path) -> None:
    """Write a report file: the one place the report reaches the disk."""
    write_atomically(data, target)


def write_atomically(data: bytes, target: Path) -> None:
    """Write ``data`` to ``target`` through a temporary file in the same folder."""
    try:
        write_printed(data, Path(target), what="report")
    except PrintWriteError as exc:
        message = str(exc)
        if message.endswith("is a folder; give a file name"):
            message += " ending in .pdf or .docx"
        raise ReportError(message) from None


def render(
    model: ReportModel, kind: str, paper: str, progress: Progress | None = None
) -> tuple[bytes, int]:
    """The report's bytes as a PDF or a Word document, and its page count (0 for DOCX)."""
    if kind == "docx":
        from tabletop.core.report.docx import render_docx

        return render_docx(model, paper, progress), 0
    renderer = ReportRenderer(model, paper, progress)
    data = renderer.render()
    return data, renderer.pages


def export_state(
    deck: Deck,
    state: SessionState,
    meta: Mapping[str, str],
    target: Path,
    *,
    paper: str = "a4",
    progress: Progress | None = None,
    language: str | None = None,
) -> ExportResult:
    """Build, render and write the report of a session already read into memory, in
    ``language`` (default: the language the session was played in)."""
    if paper not in PAPERS:
        raise ReportError(f"unknown paper size '{paper}': use {' or '.join(PAPERS)}")
    if language and i18n.normalise(language) not in i18n.available_languages():
        raise ReportError(
            f"no report language '{language}': use {', '.join(i18n.available_languages())}"
        )
    kind = report_format(Path(target))
    model = build_report(deck, state, meta, language=language)
    if progress is not None and progress(0.05) is False:
        raise RenderCancelled()

    def rendering(fraction: float) -> bool | None:
        return None if progress is None else progress(0.05 + 0.9 * fraction)

    data, pages = render(model, kind, paper, rendering)
    write_report_file(data, Path(target))
    if progress is not None:
        progress(1.0)
    return ExportResult(Path(target), model, pages, session_problems(state))


def export_session(
    session_path: Path,
    target: Path,
    *,
    paper: str = "a4",
    progress: Progress | None = None,
    language: str | None = None,
) -> ExportResult:
    """Read a session file (even one open elsewhere) and write its after-action report."""
    try:
        deck, state, meta = open_state(Path(session_path))
    except SessionFileError as exc:
        raise ReportError(str(exc)) from None
    return export_state(
        deck, state, meta, target, paper=paper, progress=progress, language=language
    )
