"""File → Export the record… and File → Compare sessions… in the console."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from support.sections import play_sections

from tabletop.core import paths
from tabletop.core.record.evidence import verify
from tabletop.gui.console_window import ConsoleWindow
from tabletop.gui.record_dialogs import CompareSessionsDialog, ExportRecordDialog

pytestmark = pytest.mark.gui

Answer = Callable[[Callable[[QDialog], Any]], None]


def _save_as(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))


def test_the_file_menu_offers_export_and_compare(console: ConsoleWindow) -> None:
    texts = [a.text().replace("&", "") for a in console.menus["file"].actions()]
    assert "Export the record…" in texts
    assert "Compare sessions…" in texts


@pytest.mark.parametrize("fmt", ["evidence", "jsonl", "csv"])
def test_export_the_record_writes_the_chosen_format(
    qtbot: QtBot,
    console: ConsoleWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer_dialog: Answer,
    fmt: str,
) -> None:
    console.controller.session.deliver_next()
    console.controller.session.record_decision("us", "Call Moscow")
    target = tmp_path / f"out.{ {'evidence': 'zip'}.get(fmt, fmt) }"
    _save_as(monkeypatch, target)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "open", lambda box: shown.append(box.text() + box.informativeText())
    )

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportRecordDialog)
        dialog.choose(fmt)
        dialog.accept()

    answer_dialog(choose)
    console.actions_.export_record.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert target.is_file()
    assert "Wrote" in shown[0] and str(target) in shown[0]
    if fmt == "evidence":
        result = verify(target.read_bytes())
        assert result.ok
        assert result.fingerprint in shown[0]
    elif fmt == "jsonl":
        lines = target.read_text(encoding="utf-8").splitlines()
        assert any(json.loads(line)["type"] == "decision_recorded" for line in lines)
    else:
        assert "Call Moscow" in target.read_text(encoding="utf-8-sig")
    # recording goes on in this window
    console.controller.session.record_decision("nato", "After the export")


def test_an_export_over_the_session_file_is_refused(
    qtbot: QtBot,
    console: ConsoleWindow,
    monkeypatch: pytest.MonkeyPatch,
    answer_dialog: Answer,
) -> None:
    session = console.controller.session.path
    before = session.read_bytes()
    disguised = session.with_name("class.zip")
    disguised.write_bytes(before)
    _save_as(monkeypatch, disguised)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    answer_dialog(lambda dialog: dialog.accept())
    console.actions_.export_record.trigger()
    qtbot.waitUntil(lambda: bool(warned), timeout=20000)
    assert "is a session file" in warned[0]
    assert disguised.read_bytes() == before


def test_compare_sessions_lists_this_decks_sessions_and_writes_the_pdf(
    qtbot: QtBot,
    console: ConsoleWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer_dialog: Answer,
) -> None:
    console.controller.session.deliver_next()
    others = play_sections(paths.sessions_dir())
    target = tmp_path / "sections.pdf"
    _save_as(monkeypatch, target)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    seen: list[list[str]] = []

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, CompareSessionsDialog)
        seen.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        assert not dialog.compare_button.isEnabled()  # only this session is ticked
        from PySide6.QtCore import Qt

        for row in (1, 2):
            dialog.list.item(row).setCheckState(Qt.CheckState.Checked)
        assert dialog.compare_button.isEnabled()
        dialog.accept()

    answer_dialog(choose)
    console.actions_.compare_sessions.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=30000)
    assert opened == [str(target)]
    assert target.read_bytes().startswith(b"%PDF")
    assert seen[0][0].endswith("this session")
    assert len(seen[0]) == 1 + len(others)
    assert all(".tabletop" in line for line in seen[0])
