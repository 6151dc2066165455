"""The start screen's sessions: intact files are never called damaged; Recover asks first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from support.sessions import FakeClock, start_minimal

from tabletop.gui import open_window
from tabletop.gui.start_screen import ENTRY_ROLE, StartWindow


def _start(qtbot: QtBot) -> StartWindow:
    window = open_window([])
    assert isinstance(window, StartWindow)
    qtbot.addWidget(window)
    window.show()
    return window


def _statuses(window: StartWindow) -> dict[str, str]:
    items = (window.session_list.item(r) for r in range(window.session_list.count()))
    return {
        Path(item.data(Qt.ItemDataRole.UserRole)).name: str(item.data(ENTRY_ROLE)[2])
        for item in items
    }


def _select(window: StartWindow, name: str) -> Any:
    for row in range(window.session_list.count()):
        item = window.session_list.item(row)
        if Path(item.data(Qt.ItemDataRole.UserRole)).name == name:
            window.session_list.setCurrentItem(item)
            return item
    raise AssertionError(f"{name} is not listed")


@pytest.fixture
def sessions(tabletop_home: Path) -> Path:
    folder = tabletop_home / "sessions"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class Answers(list[tuple[str, str]]):
    """The questions asked (title, text); each is answered with the next of ``replies``."""

    def __init__(self) -> None:
        super().__init__()
        self.replies: list[QMessageBox.StandardButton] = []


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    asked = Answers()

    def question(parent: QWidget, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
        asked.append((title, text))
        return asked.replies.pop(0) if asked.replies else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    return asked


def _ended_with_undo(folder: Path) -> Path:
    session = start_minimal(folder, FakeClock(), name="Undo class")
    session.record_decision("us", "Call Moscow", kind="message", channel="hotline")
    session.undo_last()
    session.end()
    session.close()
    return session.path


def test_an_ended_session_that_used_undo_is_listed_as_ended_and_opens(
    qtbot: QtBot, sessions: Path
) -> None:
    _ended_with_undo(sessions)
    window = _start(qtbot)
    assert "Ended" in _statuses(window)["s.tabletop"]
    _select(window, "s.tabletop")
    assert window.resume_button.isEnabled()
    assert not window.recover_button.isVisible()


def _damaged(folder: Path) -> Path:
    path = _ended_with_undo(folder)
    damaged = folder / "cut.tabletop"
    data = path.read_bytes()
    damaged.write_bytes(data[: len(data) * 2 // 3])
    path.unlink()
    return damaged


@pytest.mark.parametrize("how", ["double-click", "button"])
def test_recover_asks_first_and_does_nothing_when_declined(
    qtbot: QtBot, sessions: Path, answers: Answers, how: str
) -> None:
    _damaged(sessions)
    window = _start(qtbot)
    item = _select(window, "cut.tabletop")
    assert "Damaged" in str(item.data(ENTRY_ROLE)[2])
    answers.replies.append(QMessageBox.StandardButton.No)
    if how == "double-click":
        window.session_list.itemDoubleClicked.emit(item)
    else:
        assert window.recover_button.isVisible()
        window.recover_button.click()
    assert len(answers) == 1
    assert "cut.tabletop" in answers[0][1]
    assert sorted(p.name for p in sessions.iterdir()) == ["cut.tabletop"]


def test_recover_when_confirmed_writes_a_copy_that_lists_as_intact(
    qtbot: QtBot, sessions: Path, answers: Answers
) -> None:
    _damaged(sessions)
    window = _start(qtbot)
    _select(window, "cut.tabletop")
    answers.replies.append(QMessageBox.StandardButton.Yes)
    window.recover_button.click()
    assert len(answers) == 1
    assert sorted(p.name for p in sessions.iterdir()) == ["cut-recovered.tabletop", "cut.tabletop"]
    statuses = _statuses(window)
    assert "Damaged" in statuses["cut.tabletop"]
    assert "Damaged" not in statuses["cut-recovered.tabletop"]


def test_broken_links_in_the_sessions_folder_do_not_stop_the_start_screen(
    qtbot: QtBot, sessions: Path
) -> None:
    _ended_with_undo(sessions)
    (sessions / "gone.tabletop").symlink_to(sessions / "nowhere.tabletop")
    (sessions / "loop.tabletop").symlink_to(sessions / "loop.tabletop")
    window = _start(qtbot)
    statuses = _statuses(window)
    assert "Ended" in statuses["s.tabletop"]
    assert "unreadable" in statuses["gone.tabletop"]
    _select(window, "loop.tabletop")
    assert not window.resume_button.isEnabled()
