"""File → Export after-action report…: a PDF or Word file built off the GUI thread, then opened.

The session is copied on the GUI thread (deck, events, details), so recording
can go on while the report is made; a worker folds that copy and renders the
PDF, reporting progress through signals. Widgets are only touched on the GUI
thread. The file is written whole or not at all, never over a session file (see
:mod:`tabletop.core.output`).
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QLocale,
    QObject,
    QRunnable,
    QStandardPaths,
    Qt,
    QThreadPool,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from tabletop.core import i18n
from tabletop.core.deck.model import Deck
from tabletop.core.engine import Session, fold
from tabletop.core.output import OutputRefused, inspect_output
from tabletop.core.report.export import ExportResult, ReportError, export_state
from tabletop.core.report.progress import RenderCancelled
from tabletop.core.store import Event
from tabletop.gui.language import QT_TRANSLATE_NOOP, translate, translated

# in English, for the catalog: shown with translated("ReportExport", …)
TITLE = QT_TRANSLATE_NOOP("ReportExport", "Export after-action report")
PDF_FILTER = QT_TRANSLATE_NOOP("ReportExport", "PDF documents (*.pdf)")
DOCX_FILTER = QT_TRANSLATE_NOOP("ReportExport", "Word documents, editable (*.docx)")


def title() -> str:
    """The export's dialogs' title in the interface's language."""
    return translated("ReportExport", TITLE)


@dataclass(frozen=True)
class SessionCopy:
    """What the worker needs, taken from the session on the GUI thread."""

    deck: Deck
    events: tuple[Event, ...]
    meta: dict[str, str]
    exercise: str

    @classmethod
    def of(cls, session: Session) -> SessionCopy:
        state = session.state
        exercise = state.name or session.file.meta.get("name", "") or session.deck.title
        return cls(session.deck, tuple(state.events), dict(session.file.meta), exercise)


class _JobSignals(QObject):
    progress = Signal(int)  # percent
    finished = Signal(object)  # ExportResult
    failed = Signal(str)
    cancelled = Signal()


class ReportJob(QRunnable):
    """Folds the copied session and writes its report; runs on a pool thread."""

    def __init__(self, copy: SessionCopy, target: Path, paper: str, language: str = "") -> None:
        super().__init__()
        self.setAutoDelete(False)  # the export keeps it until it is done
        self.copy = copy
        self.target = target
        self.paper = paper
        self.language = language
        self.signals = _JobSignals()
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def _progress(self, fraction: float) -> bool:
        self.signals.progress.emit(int(fraction * 100))
        return not self._stop.is_set()

    def run(self) -> None:
        try:
            if self._stop.is_set():
                raise RenderCancelled()
            state = fold(self.copy.deck, self.copy.events)
            result = export_state(
                self.copy.deck,
                state,
                self.copy.meta,
                self.target,
                paper=self.paper,
                progress=self._progress,
                language=self.language or None,
            )
        except RenderCancelled:
            self.signals.cancelled.emit()
        except ReportError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # a bug must not take the console down: say it plainly
            self.signals.failed.emit(
                translate("ReportExport", "the report could not be made ({problem})").format(
                    problem=f"{type(exc).__name__}: {exc}"
                )
            )
        else:
            self.signals.finished.emit(result)


class ReportExport(QObject):
    """One export in progress: the worker, its progress dialog, and what happens at the end."""

    done = Signal(object)  # the report's Path, or None when it failed or was cancelled

    def __init__(
        self, parent: QWidget, copy: SessionCopy, target: Path, paper: str, language: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportExport")
        self.window = parent
        self.target = target
        self.closed = False
        self.job = ReportJob(copy, target, paper, language)
        self.dialog = QProgressDialog(
            translate("ReportExport", "Building the after-action report…"),
            translate("ReportExport", "Cancel"),
            0,
            100,
            parent,
        )
        self.dialog.setObjectName("reportExportProgress")
        self.dialog.setWindowTitle(title())
        # not modal: the copy is taken, so the facilitator may go on recording meanwhile
        self.dialog.setWindowModality(Qt.WindowModality.NonModal)
        self.dialog.setMinimumDuration(300)  # no flash for a small report
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self._cancel)
        signals = self.job.signals
        signals.progress.connect(self.dialog.setValue)
        signals.finished.connect(self._finished)
        signals.failed.connect(self._failed)
        signals.cancelled.connect(self._cancelled)

    def start(self) -> None:
        self.dialog.setValue(0)
        QThreadPool.globalInstance().start(self.job)

    def _cancel(self) -> None:
        self.dialog.setLabelText(translate("ReportExport", "Stopping…"))
        self.job.cancel()

    def _close(self, path: Path | None) -> None:
        self.closed = True
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        self.done.emit(path)
        self.deleteLater()

    def _finished(self, result: ExportResult) -> None:
        self._close(result.path)
        url = QUrl.fromLocalFile(str(result.path))
        if not QDesktopServices.openUrl(url):
            tell(
                self.window,
                QMessageBox.Icon.Information,
                translate(
                    "ReportExport",
                    "The after-action report was saved as {file}, but no program to show it "
                    "could be opened. Open the file from your file manager.",
                ).format(file=result.path),
            )
        elif result.problems:
            tell(
                self.window,
                QMessageBox.Icon.Information,
                translate(
                    "ReportExport",
                    "The report was made, but some entries of the session could not be "
                    "applied; the report's event log marks them as ignored.",
                ),
            )

    def _failed(self, message: str) -> None:
        self._close(None)
        tell(
            self.window,
            QMessageBox.Icon.Warning,
            translate(
                "ReportExport",
                "The after-action report could not be saved: {problem}\n\nThe session itself "
                "is not affected; try again, for example in another folder.",
            ).format(problem=message),
        )

    def _cancelled(self) -> None:
        self._close(None)


def tell(parent: QWidget, icon: QMessageBox.Icon, text: str) -> QMessageBox:
    """A message that does not block the console (the class may still be playing)."""
    box = QMessageBox(icon, title(), text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("reportExportMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def default_paper() -> str:
    """US Letter where the locale measures in inches (the United States), A4 elsewhere."""
    if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return "letter"
    return "a4"


def _default_target(exercise: str) -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    base = Path(folder) if folder and Path(folder).is_dir() else Path.home()
    return base / report_file_name(exercise)


def report_file_name(exercise: str, suffix: str = ".pdf") -> str:
    """A file name for an exercise's report in the interface's language, safe on any file
    system (as the core's ``report_file_name``)."""
    keep = "".join(c if c.isalnum() or c in " -_" else " " for c in exercise)
    stem = "-".join(keep.split())
    if len(stem) > 60:  # cut at a word's end
        stem = stem[:61].rsplit("-", 1)[0] if "-" in stem[:61] else stem[:60]
    stem = stem or translate("ReportExport", "session")
    name = translate("ReportExport", "{exercise}-after-action-report").format(exercise=stem)
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in name) + suffix


def report_filters(session_language: str) -> dict[str, tuple[str, str]]:
    """The save dialog's filters, each with the format and the language it writes: the
    session's language first (the default), then every other language the report has."""
    filters = {
        translated("ReportExport", PDF_FILTER): (".pdf", session_language),
        translated("ReportExport", DOCX_FILTER): (".docx", session_language),
    }
    for code in i18n.available_languages():
        if code != session_language:
            name = i18n.LANGUAGES.get(code, code)
            pdf = translate("ReportExport", "PDF documents in {language} (*.pdf)")
            docx = translate("ReportExport", "Word documents in {language}, editable (*.docx)")
            filters[pdf.format(language=name)] = (".pdf", code)
            filters[docx.format(language=name)] = (".docx", code)
    return filters


def running_export(parent: QWidget) -> ReportExport | None:
    """The export this window has under way, if any."""
    for export in parent.findChildren(ReportExport, "reportExport"):
        if not export.closed:
            return export
    return None


def export_report_interactive(parent: QWidget, session: Session) -> None:
    """Ask where to save the session's after-action report, build it in the background,
    then open it in the system's PDF viewer."""
    running = running_export(parent)
    if running is not None:  # one export at a time per window
        running.dialog.show()
        running.dialog.raise_()
        return
    copy = SessionCopy.of(session)
    played_in = i18n.normalise(session.state.language or session.deck.language) or "en"
    filters = report_filters(played_in)
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent,
        title(),
        str(_default_target(copy.exercise)),
        ";;".join(filters),
    )
    if not chosen:
        return
    suffix, language = filters.get(chosen_filter, (".pdf", played_in))
    target = Path(chosen)
    confirmed = True  # the save dialog asks before naming an existing file
    if target.suffix.lower() not in (".pdf", ".docx"):
        target = target.with_name(target.name + suffix)
        confirmed = False
    if not may_write(parent, target, confirmed=confirmed):
        return
    ReportExport(parent, copy, target, default_paper(), language).start()


def may_write(parent: QWidget, target: Path, *, confirmed: bool) -> bool:
    """Whether the report may go to ``target``: never a session file, a folder or a disk;
    an existing file only once the user agreed (here, unless the save dialog asked)."""
    if not os.path.lexists(target):
        return True  # a folder that does not exist is told when the report is written
    try:
        inspect_output(target, force=True)
    except OutputRefused as exc:
        tell(
            parent,
            QMessageBox.Icon.Warning,
            translate("ReportExport", "The after-action report was not saved: {problem}.").format(
                problem=exc
            ),
        )
        return False
    if confirmed:
        return True
    answer = QMessageBox.question(
        parent,
        title(),
        translate("ReportExport", "{file} already exists. Replace it?").format(file=target.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
