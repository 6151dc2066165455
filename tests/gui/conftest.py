"""GUI test setup: pytest-qt runs offscreen (set in tests/conftest.py); Qt warnings fail tests."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tabletop.gui import language, navigation, open_window
from tabletop.gui.console_window import ConsoleWindow

pytestmark = pytest.mark.gui

# The tests read the interface in English whatever the machine's language; the tests of
# the languages themselves choose theirs.
os.environ[language.ENVIRONMENT] = "en"

# The offscreen platform cannot resize or raise windows and says so; that is a property of
# the test platform, not a problem of the app.
OFFSCREEN_NOTICES = (
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
)


def pytest_configure(config: pytest.Config) -> None:
    for notice in OFFSCREEN_NOTICES:
        config.addinivalue_line("qt_log_ignore", notice.replace("(", r"\(").replace(")", r"\)"))


@pytest.fixture(autouse=True)
def close_windows(qapp: QApplication) -> Iterator[None]:
    """Every window a test opened is closed (and its session file released) after it."""
    yield
    for window in navigation.open_windows():
        window.close()
    navigation._open_windows.clear()
    qapp.processEvents()


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """Each test starts in English (the catalogs loaded), and is left so after it."""
    if language.current_language() != "en" or not language._applied:
        language.apply("en")
    yield
    if language.current_language() != "en":
        language.apply("en")


@pytest.fixture
def user_deck(tabletop_home: Path, minimal_deck_path: Path) -> Path:
    """The test deck placed in the user's decks folder, so the start screen lists it."""
    folder = tabletop_home / "decks"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "minimal.yaml"
    shutil.copy(minimal_deck_path, target)
    return target


@pytest.fixture
def session_path(tmp_path: Path) -> Path:
    return tmp_path / "class.tabletop"


@pytest.fixture
def console(qtbot: QtBot, minimal_deck_path: Path, session_path: Path) -> ConsoleWindow:
    """The console on a new session of the test deck, shown at 1280×720."""
    window = open_window(["run", str(minimal_deck_path), "--session", str(session_path)])
    assert isinstance(window, ConsoleWindow)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def answer_dialog(qtbot: QtBot) -> Callable[[Callable[[QDialog], Any]], None]:
    """Arrange for the next modal dialog to be filled in by ``fill`` (which accepts it)."""

    def arrange(fill: Callable[[QDialog], Any]) -> None:
        def act() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, QDialog):
                QTimer.singleShot(20, act)
                return
            fill(dialog)

        QTimer.singleShot(0, act)

    return arrange


@pytest.fixture
def say_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Questions (QMessageBox.question) are answered Yes; their titles are collected."""
    asked: list[str] = []

    def question(parent: QWidget, title: str, *args: Any, **kwargs: Any) -> Any:
        asked.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked
