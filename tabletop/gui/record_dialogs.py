"""File → Export the record… and File → Compare sessions…: dialogs over core.record and
core.compare.

Both read session files through the read-only opener in a worker thread (the
session stays open for recording in this window meanwhile), then write one
file. The person chooses the file in a save dialog, which asks before
replacing one; a session file is never replaced, whatever it is called.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tabletop.core import paths
from tabletop.core.record import SUFFIXES
from tabletop.gui.language import QT_TRANSLATE_NOOP, translate, translated
from tabletop.gui.style import session_status

FORMAT_LABELS = {
    "evidence": QT_TRANSLATE_NOOP(
        "ExportRecordDialog",
        "Evidence package (ZIP): deck, event log, decisions, report and a manifest",
    ),
    "jsonl": QT_TRANSLATE_NOOP(
        "ExportRecordDialog", "Event log (JSON Lines): one event per line, for analysis tools"
    ),
    "csv": QT_TRANSLATE_NOOP(
        "ExportRecordDialog", "Decisions and messages (CSV): for a spreadsheet"
    ),
}
FILTERS = {
    "evidence": QT_TRANSLATE_NOOP("ExportRecordDialog", "Evidence package (*.zip)"),
    "jsonl": QT_TRANSLATE_NOOP("ExportRecordDialog", "JSON Lines (*.jsonl)"),
    "csv": QT_TRANSLATE_NOOP("ExportRecordDialog", "CSV (*.csv)"),
}
# what was written, for the message that says so
WRITTEN = {
    "evidence": QT_TRANSLATE_NOOP(
        "ExportRecordDialog",
        "Wrote a ZIP of the deck, the log, the decisions, the report and a manifest to "
        "{path} (%n event(s)).",
    ),
    "jsonl": QT_TRANSLATE_NOOP(
        "ExportRecordDialog", "Wrote the event log as JSON Lines to {path} (%n event(s))."
    ),
    "csv": QT_TRANSLATE_NOOP(
        "ExportRecordDialog",
        "Wrote the decisions and messages as CSV to {path} (%n event(s)).",
    ),
}


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    """One export or comparison, off the GUI thread."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # RecordError, CompareError, or a bug: said, never raised
            message = str(exc) or type(exc).__name__
            if type(exc).__name__ not in ("RecordError", "CompareError"):
                message = translate("RecordDialogs", "it could not be made ({problem})").format(
                    problem=f"{type(exc).__name__}: {exc}"
                )
            self.signals.failed.emit(message)
        else:
            self.signals.finished.emit(result)


class _Running(QObject):
    """A job with a busy indicator; ``done`` gives the result, or None when it failed."""

    done = Signal(object)

    def __init__(self, parent: QWidget, title: str, label: str, work: Callable[[], Any]) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.title = title
        self.job = _Job(work)
        self.progress = QProgressDialog(label, "", 0, 0, parent)
        self.progress.setObjectName("recordProgress")
        self.progress.setWindowTitle(title)
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.NonModal)
        self.progress.setMinimumDuration(400)
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)

    def start(self) -> None:
        self.progress.setValue(0)
        QThreadPool.globalInstance().start(self.job)

    def _finished(self, result: object) -> None:
        self.progress.reset()
        self.done.emit(result)

    def _failed(self, message: str) -> None:
        self.progress.reset()
        QMessageBox.warning(
            self.parent_widget,
            self.title,
            translate("RecordDialogs", "Nothing was written: {problem}").format(problem=message),
        )
        self.done.emit(None)


def _save_target(
    parent: QWidget, title: str, start: Path, filter_: str, suffix: str
) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, str(start), filter_)
    if not name:
        return None
    target = Path(name)
    if target.suffix.casefold() != suffix:
        target = target.with_name(target.name + suffix)
    return target


# -- export the record ---------------------------------------------------------------------


class ExportRecordDialog(QDialog):
    """Choose what to export: the evidence package, the event log or the decisions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportRecordDialog")
        self.setWindowTitle(translate("ExportRecordDialog", "Export the session's record"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                translate(
                    "ExportRecordDialog",
                    "The record is read from the session file as it is now; recording can go on.",
                ),
                self,
            )
        )
        self.group = QButtonGroup(self)
        for key in ("evidence", "jsonl", "csv"):
            button = QRadioButton(translated("ExportRecordDialog", FORMAT_LABELS[key]), self)
            button.setObjectName(f"exportFormat_{key}")
            button.setProperty("format", key)
            self.group.addButton(button)
            layout.addWidget(button)
        self.group.buttons()[0].setChecked(True)
        paper_row = QHBoxLayout()
        self.paper = QComboBox(self)
        self.paper.setObjectName("exportPaper")
        self.paper.addItem(translate("ExportRecordDialog", "A4"), "a4")
        self.paper.addItem(translate("ExportRecordDialog", "US Letter"), "letter")
        label = QLabel(translate("ExportRecordDialog", "Report &paper:"), self)
        label.setBuddy(self.paper)
        paper_row.addWidget(label)
        paper_row.addWidget(self.paper)
        paper_row.addStretch(1)
        layout.addLayout(paper_row)
        self.group.buttonToggled.connect(
            lambda *_: self.paper.setEnabled(self.chosen_format() == "evidence")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("ExportRecordDialog", "&Export…")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_format(self) -> str:
        button = self.group.checkedButton()
        return str(button.property("format")) if button is not None else "evidence"

    def choose(self, fmt: str) -> None:
        for button in self.group.buttons():
            button.setChecked(button.property("format") == fmt)


def export_record_interactive(parent: QWidget, session_path: Path) -> _Running | None:
    """Ask what and where, then export in the background; says what was written."""
    from tabletop.core.record import export_record

    dialog = ExportRecordDialog(parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    fmt, paper = dialog.chosen_format(), str(dialog.paper.currentData())
    dialog.deleteLater()
    if not accepted:
        return None
    suffix = SUFFIXES[fmt]
    stem = (
        session_path.stem + {"evidence": "-evidence", "jsonl": "-events", "csv": "-decisions"}[fmt]
    )
    title = translate("ExportRecordDialog", "Export the session's record")
    target = _save_target(
        parent,
        title,
        session_path.with_name(stem + suffix),
        translated("ExportRecordDialog", FILTERS[fmt]),
        suffix,
    )
    if target is None:
        return None
    running = _Running(
        parent,
        title,
        translate("ExportRecordDialog", "Reading the session and writing the export…"),
        # the save dialog asked before replacing a file; a session file is still refused
        lambda: export_record(session_path, fmt, target, replace=True, paper=paper),
    )

    def done(result: object) -> None:
        if result is None:
            return
        events = int(getattr(result, "events", 0))
        text = translated("ExportRecordDialog", WRITTEN[fmt], events).format(path=target)
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
        box.setObjectName("exportRecordDone")
        fingerprint = getattr(result, "fingerprint", "")
        if fingerprint:
            box.setInformativeText(
                translate(
                    "ExportRecordDialog",
                    "Fingerprint of the package (the SHA-256 of its manifest):\n{fingerprint}\n"
                    "Keep it with the package; tabletop verify prints it again.",
                ).format(fingerprint=fingerprint)
            )
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    running.done.connect(done)
    running.start()
    return running


# -- compare sessions ------------------------------------------------------------------------


class CompareSessionsDialog(QDialog):
    """Pick the sessions to compare: those of this deck in the sessions folder, or any file."""

    def __init__(self, current: Path, deck_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareSessionsDialog")
        self.setWindowTitle(translate("CompareSessionsDialog", "Compare class sections"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                translate(
                    "CompareSessionsDialog",
                    "Tick the sessions to compare side by side (two or more, of the same deck). "
                    "Sessions still running can be compared; nothing is changed.",
                ),
                self,
                wordWrap=True,
            )
        )
        self.list = QListWidget(self)
        self.list.setObjectName("compareSessionList")
        self.list.setAccessibleName(translate("CompareSessionsDialog", "Sessions to compare"))
        layout.addWidget(self.list, 1)
        add = QPushButton(translate("CompareSessionsDialog", "&Add session files…"), self)
        add.setObjectName("compareAddFiles")
        add.clicked.connect(self._add_files)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.compare_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.compare_button.setText(translate("CompareSessionsDialog", "&Compare…"))
        self.compare_button.setObjectName("compareButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        self.list.itemChanged.connect(lambda *_: self._update())
        self._add(current, translate("CompareSessionsDialog", "this session"), checked=True)
        self._list_folder(current, deck_id)
        self._update()

    def _list_folder(self, current: Path, deck_id: str) -> None:
        from tabletop.core.store import list_sessions

        for summary in list_sessions(paths.sessions_dir()):
            if summary.deck_id != deck_id or _same(summary.path, current):
                continue
            when = summary.started[:16].replace("T", " ") if summary.started else ""
            detail = ", ".join(p for p in (summary.name, when, session_status(summary.status)) if p)
            self._add(summary.path, detail, checked=False)

    def _add(self, path: Path, detail: str, *, checked: bool) -> None:
        for row in range(self.list.count()):
            if _same(Path(self.list.item(row).data(Qt.ItemDataRole.UserRole)), path):
                self.list.item(row).setCheckState(Qt.CheckState.Checked)
                return
        item = QListWidgetItem(f"{path.name}  ·  {detail}" if detail else path.name)
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)

    def _add_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            translate("CompareSessionsDialog", "Add session files"),
            str(paths.sessions_dir()),
            translate("CompareSessionsDialog", "Sessions (*.tabletop)"),
        )
        for name in names:
            self._add(Path(name), "", checked=True)

    def _update(self) -> None:
        self.compare_button.setEnabled(len(self.chosen()) >= 2)

    def chosen(self) -> list[Path]:
        return [
            Path(self.list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b


def compare_interactive(parent: QWidget, current: Path, deck_id: str) -> _Running | None:
    """Ask which sessions and where, compare in the background, then open the PDF."""
    from tabletop.core.compare import write_comparison

    dialog = CompareSessionsDialog(current, deck_id, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    sessions = dialog.chosen()
    dialog.deleteLater()
    if not accepted or len(sessions) < 2:
        return None
    target = _save_target(
        parent,
        translate("CompareSessionsDialog", "Save the comparison"),
        paths.user_data_dir() / f"{deck_id}-sections.pdf",
        translate("CompareSessionsDialog", "PDF (*.pdf)"),
        ".pdf",
    )
    if target is None:
        return None
    title = translate("CompareSessionsDialog", "Compare class sections")
    many = len(sessions)
    running = _Running(
        parent,
        title,
        translate("CompareSessionsDialog", "Comparing %n section(s)…", "", many),
        lambda: write_comparison(sessions, target, replace=True),
    )

    def done(result: object) -> None:
        if result is None:
            return
        notes = getattr(result, "notes", ())
        if notes:
            QMessageBox.information(parent, title, "\n".join(notes))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    running.done.connect(done)
    running.start()
    return running
