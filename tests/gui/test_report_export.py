"""File → Export after-action report…: asked, built in the background, opened, errors told."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from tabletop.core.engine import Session, SessionSetup
from tabletop.core.report import export
from tabletop.core.report.sample import practice_session
from tabletop.gui import report_export
from tabletop.gui.report_export import ReportExport, SessionCopy, export_report_interactive

# The offscreen test platform cannot size or raise windows and says so; not the app's doing.
pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(
        r"This plugin does not support propagateSizeHints\(\)",
        r"This plugin does not support raise\(\)",
    ),
]


@pytest.fixture
def session(tmp_path: Path, minimal_deck_path: Path) -> Iterator[Session]:
    """A session still running, made through the core API."""
    setup = SessionSetup(name="Seminar 4: Baltic", facilitator="Ann Example")
    live, clock = practice_session(
        tmp_path / "live.tabletop", minimal_deck_path.read_text("utf-8"), setup
    )
    with live:
        clock.advance(5)
        live.deliver_next()
        live.send_message("us", "hotline", "We are not blaming anyone.")
        yield live


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    main = QMainWindow()
    qtbot.addWidget(main)
    return main


class Desktop:
    """Stands in for the system's file dialog and PDF viewer."""

    def __init__(
        self, monkeypatch: pytest.MonkeyPatch, answer: str, chosen: str = "PDF documents (*.pdf)"
    ) -> None:
        self.answer = answer
        self.chosen = chosen
        self.asked: list[tuple[Any, ...]] = []
        self.opened: list[QUrl] = []
        self.open_result = True
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._ask)
        monkeypatch.setattr(QDesktopServices, "openUrl", self._open)

    def _ask(self, *args: Any, **kwargs: Any) -> tuple[str, str]:
        self.asked.append(args)
        return self.answer, self.chosen

    def _open(self, url: QUrl) -> bool:
        self.opened.append(url)
        return self.open_result


def messages(window: QMainWindow) -> list[str]:
    return [box.text() for box in window.findChildren(QMessageBox, "reportExportMessage")]


def test_exports_in_the_background_and_opens_the_pdf(
    qtbot: QtBot,
    window: QMainWindow,
    session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    desktop = Desktop(monkeypatch, str(target))
    threads: list[int] = []
    real_export = export.export_state

    def spy(*args: Any, **kwargs: Any) -> export.ExportResult:
        threads.append(threading.get_ident())
        return real_export(*args, **kwargs)

    monkeypatch.setattr(report_export, "export_state", spy)
    export_report_interactive(window, session)
    job = window.findChild(ReportExport, "reportExport")
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=30_000) as finished:
        pass
    assert finished.args == [target]
    assert desktop.opened == [QUrl.fromLocalFile(str(target))]
    assert threads and threads[0] != threading.get_ident()  # not on the GUI thread
    text = PdfReader(str(target)).pages[0].extract_text() or ""
    assert "INTERIM REPORT" in text and "Seminar 4: Baltic" in text
    assert messages(window) == []
    assert not report_export.running_export(window)  # a new export may start


def test_the_dialog_proposes_a_name_from_the_session(
    window: QMainWindow, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    desktop = Desktop(monkeypatch, "")  # the user cancels the dialog
    export_report_interactive(window, session)
    (args,) = desktop.asked
    assert args[1] == "Export after-action report"
    assert Path(args[2]).name == "Seminar-4-Baltic-after-action-report.pdf"
    assert "*.pdf" in args[3] and "*.docx" in args[3]
    assert desktop.opened == []
    assert not report_export.running_export(window)


def test_a_name_without_pdf_gets_the_suffix(
    qtbot: QtBot,
    window: QMainWindow,
    session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desktop = Desktop(monkeypatch, str(tmp_path / "for the director"))
    export_report_interactive(window, session)
    job = window.findChild(ReportExport, "reportExport")
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=30_000):
        pass
    assert (tmp_path / "for the director.pdf").read_bytes().startswith(b"%PDF-")
    assert len(desktop.opened) == 1


def test_the_word_format_can_be_chosen_and_is_built_off_the_gui_thread(
    qtbot: QtBot,
    window: QMainWindow,
    session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import docx

    desktop = Desktop(monkeypatch, str(tmp_path / "editable"), chosen=report_export.DOCX_FILTER)
    export_report_interactive(window, session)
    job = window.findChild(ReportExport, "reportExport")
    assert job is not None
    progress: list[int] = []
    job.job.signals.progress.connect(progress.append)
    with qtbot.waitSignal(job.done, timeout=30_000) as finished:
        pass
    assert finished.args == [tmp_path / "editable.docx"]
    document = docx.Document(str(tmp_path / "editable.docx"))
    assert any(p.text == "Appendix A. Improvement plan" for p in document.paragraphs)
    assert progress and progress[-1] == 100
    assert len(desktop.opened) == 1


def test_the_report_s_language_is_chosen_in_the_save_dialog(
    qtbot: QtBot,
    window: QMainWindow,
    session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The session's language is the first (default) filter; another language is one more
    filter away, and the report is then written in it."""
    desktop = Desktop(
        monkeypatch, str(tmp_path / "bao-cao"), chosen="PDF documents in Tiếng Việt (*.pdf)"
    )
    export_report_interactive(window, session)
    filters = desktop.asked[0][3].split(";;")
    assert filters[:2] == [report_export.PDF_FILTER, report_export.DOCX_FILTER]
    assert "Word documents in Русский, editable (*.docx)" in filters
    job = window.findChild(ReportExport, "reportExport")
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=30_000) as finished:
        pass
    assert finished.args == [tmp_path / "bao-cao.pdf"]
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "bao-cao.pdf").pages)
    assert "1. Tổng quan cuộc diễn tập" in text and "1. Exercise overview" not in text


def test_a_failure_is_told_in_plain_words_and_nothing_is_opened(
    qtbot: QtBot,
    window: QMainWindow,
    session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desktop = Desktop(monkeypatch, str(tmp_path / "missing folder" / "report.pdf"))
    export_report_interactive(window, session)
    job = window.findChild(ReportExport, "reportExport")
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=30_000) as finished:
        pass
    assert finished.args == [None]
    assert desktop.opened == []
    qtbot.waitUntil(lambda: bool(messages(window)))
    (text,) = messages(window)
    assert "could not be saved" in text and "does not exist" in text
    assert "Traceback" not in text
    assert session.state.events[-1].type == "decision_recorded"  # the session is untouched


def test_no_pdf_viewer_is_told_with_the_saved_path(
    qtbot: QtBot,
    window: QMainWindow,
    session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "report.pdf"
    desktop = Desktop(monkeypatch, str(target))
    desktop.open_result = False
    export_report_interactive(window, session)
    job = window.findChild(ReportExport, "reportExport")
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: bool(messages(window)))
    assert str(target) in messages(window)[0]
    assert target.is_file()


def test_progress_is_reported_up_to_completion(
    qtbot: QtBot,
    window: QMainWindow,
    session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    Desktop(monkeypatch, str(tmp_path / "report.pdf"))
    export_report_interactive(window, session)
    job = window.findChild(ReportExport, "reportExport")
    assert job is not None
    seen: list[int] = []
    job.job.signals.progress.connect(seen.append)
    with qtbot.waitSignal(job.done, timeout=30_000):
        pass
    assert seen and seen == sorted(seen) and seen[-1] == 100


def test_a_cancelled_export_writes_nothing(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    job = report_export.ReportJob(SessionCopy.of(session), tmp_path / "report.pdf", "a4")
    job.cancel()
    with qtbot.waitSignal(job.signals.cancelled, timeout=10_000):
        job.run()
    assert not (tmp_path / "report.pdf").exists()


def test_recording_goes_on_while_the_copy_is_reported(
    qtbot: QtBot,
    window: QMainWindow,
    session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "report.pdf"
    Desktop(monkeypatch, str(target))
    export_report_interactive(window, session)
    session.record_decision("russia", "Recorded after the export began.")
    job = window.findChild(ReportExport, "reportExport")
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=30_000):
        pass
    text = "".join(page.extract_text() or "" for page in PdfReader(str(target)).pages)
    assert "We are not blaming anyone." in text
    assert "Recorded after the export began." not in text  # the report is of the copy


def test_a_second_export_while_one_runs_asks_nothing(
    qtbot: QtBot,
    window: QMainWindow,
    session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desktop = Desktop(monkeypatch, str(tmp_path / "report.pdf"))
    export_report_interactive(window, session)
    export_report_interactive(window, session)  # before the first one is done
    assert len(desktop.asked) == 1
    job = window.findChild(ReportExport, "reportExport")
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=30_000):
        pass
    assert len(desktop.opened) == 1
