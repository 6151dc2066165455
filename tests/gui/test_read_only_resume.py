"""Resuming a read-only session in the app: said at once, with a copy offered."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from support.readonly import read_only
from support.sessions import FakeClock, start_minimal

from tabletop.gui import navigation
from tabletop.gui.console_window import ConsoleWindow
from tabletop.gui.start_screen import StartWindow


class Questions(list[str]):
    def __init__(self, reply: QMessageBox.StandardButton) -> None:
        super().__init__()
        self.reply = reply


def _ask(monkeypatch: pytest.MonkeyPatch, reply: QMessageBox.StandardButton) -> Questions:
    asked = Questions(reply)

    def question(parent: QWidget, title: str, text: str, *a: Any, **k: Any) -> Any:
        asked.append(text)
        return asked.reply

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _recorded(folder: Path) -> Path:
    session = start_minimal(folder, FakeClock(), name="Read only")
    session.deliver_next()
    session.record_decision("us", "Call Moscow", kind="message", channel="hotline")
    session.close()
    return session.path


@pytest.fixture
def start(qtbot: QtBot) -> StartWindow:
    window = navigation.build_start_screen()
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_read_only_session_offers_a_copy_and_opens_it(
    qtbot: QtBot,
    start: StartWindow,
    tmp_path: Path,
    tabletop_home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = _recorded(tmp_path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    asked = _ask(monkeypatch, QMessageBox.StandardButton.Yes)
    with read_only(path):
        window = navigation.resume(path, replacing=start)
    assert len(asked) == 1 and "read-only" in asked[0]
    assert isinstance(window, ConsoleWindow)
    qtbot.addWidget(window)
    copy = window.controller.path
    assert copy != path and copy.parent == tabletop_home / "sessions"
    assert window.controller.state.name == "Read only"
    window.controller.record_decision("russia", "In the copy")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_declining_the_copy_leaves_everything_as_it_was(
    qtbot: QtBot,
    start: StartWindow,
    tmp_path: Path,
    tabletop_home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = _recorded(tmp_path)
    asked = _ask(monkeypatch, QMessageBox.StandardButton.No)
    with read_only(path):
        assert navigation.resume(path, replacing=start) is None
    assert len(asked) == 1
    assert not (tabletop_home / "sessions").exists() or not any(
        (tabletop_home / "sessions").iterdir()
    )
    assert not any(isinstance(w, ConsoleWindow) for w in navigation.open_windows())
