"""Export after-action report never writes over a session, and asks before replacing a file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tabletop.core.engine import Session
from tabletop.core.report.sample import practice_session
from tabletop.gui.report_export import ReportExport, export_report_interactive

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(
        r"This plugin does not support propagateSizeHints\(\)",
        r"This plugin does not support raise\(\)",
    ),
]


@pytest.fixture
def session(tmp_path: Path, minimal_deck_path: Path) -> Iterator[Session]:
    # named like a report, so that the save dialog could point at it
    live, clock = practice_session(tmp_path / "live.pdf", minimal_deck_path.read_text("utf-8"))
    with live:
        clock.advance(5)
        live.deliver_next()
        yield live


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    main = QMainWindow()
    qtbot.addWidget(main)
    return main


class Desktop:
    """The save dialog answers ``chosen``; questions are answered from ``replies``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, chosen: Path) -> None:
        self.chosen = chosen
        self.questions: list[str] = []
        self.replies: list[QMessageBox.StandardButton] = []
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
        monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
        monkeypatch.setattr(QMessageBox, "question", self._question)

    def _question(self, parent: QWidget, title: str, text: str, *a: Any, **k: Any) -> Any:
        self.questions.append(text)
        return self.replies.pop(0) if self.replies else QMessageBox.StandardButton.No


def _told(window: QMainWindow) -> list[str]:
    return [box.text() for box in window.findChildren(QMessageBox, "reportExportMessage")]


def _finish(qtbot: QtBot, window: QMainWindow) -> Any:
    job = window.findChild(ReportExport, "reportExport")
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=30_000) as done:
        pass
    return done.args[0]


def test_the_session_being_recorded_is_refused_as_a_target(
    window: QMainWindow, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    Desktop(monkeypatch, session.path)
    before = len(session.state.events)
    export_report_interactive(window, session)
    assert window.findChild(ReportExport, "reportExport") is None  # nothing is built
    (text,) = _told(window)
    assert "live.pdf" in text and "session" in text
    # the file is whole and recording goes on
    session.record_decision("us", "Still recording", kind="action")
    assert len(session.file.events()) == before + 1


def test_another_session_file_is_refused_whatever_its_name(
    window: QMainWindow, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other, _clock = practice_session(tmp_path / "other.tabletop")
    other.close()
    disguised = tmp_path / "yesterday.pdf"
    other.path.rename(disguised)
    before = disguised.read_bytes()
    Desktop(monkeypatch, disguised)
    export_report_interactive(window, session)
    assert window.findChild(ReportExport, "reportExport") is None
    (text,) = _told(window)
    assert "yesterday.pdf" in text and "session" in text
    assert disguised.read_bytes() == before


def test_a_folder_is_refused(
    window: QMainWindow, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "reports.pdf"
    folder.mkdir()
    Desktop(monkeypatch, folder)
    export_report_interactive(window, session)
    assert window.findChild(ReportExport, "reportExport") is None
    (text,) = _told(window)
    assert "folder" in text
    assert folder.is_dir() and not any(folder.iterdir())


def test_a_file_the_dialog_did_not_confirm_is_asked_about(
    qtbot: QtBot,
    window: QMainWindow,
    session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    existing = tmp_path / "for the director.pdf"
    existing.write_bytes(b"the report printed yesterday")
    # the user typed the name without .pdf, so the dialog confirmed nothing
    desktop = Desktop(monkeypatch, tmp_path / "for the director")
    export_report_interactive(window, session)
    assert len(desktop.questions) == 1 and "for the director.pdf" in desktop.questions[0]
    assert window.findChild(ReportExport, "reportExport") is None
    assert existing.read_bytes() == b"the report printed yesterday"
    desktop.replies.append(QMessageBox.StandardButton.Yes)
    export_report_interactive(window, session)
    assert _finish(qtbot, window) == existing
    assert existing.read_bytes().startswith(b"%PDF-")
