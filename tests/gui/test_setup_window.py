"""Session setup as the instructor uses it: Enter starts, nothing in the form is cut off."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
)
from pytestqt.qtbot import QtBot

from tabletop.core.deck.library import resolve_deck
from tabletop.gui import navigation
from tabletop.gui.console_window import ConsoleWindow
from tabletop.gui.setup_window import SessionSetupWindow

pytestmark = pytest.mark.gui

LONG_PATH = Path(
    "/home/instructor/Documents/Teaching/Crisis-Simulation-Seminar-2026/Autumn-term/"
    "week-07/baltic-snap-exercise-2026-11-22-0930.tabletop"
)


@pytest.fixture
def setup(qtbot: QtBot) -> SessionSetupWindow:
    window = navigation.open_setup(resolve_deck("baltic-snap-exercise"))
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def _consoles() -> list[ConsoleWindow]:
    return [w for w in navigation.open_windows() if isinstance(w, ConsoleWindow)]


def test_enter_in_the_session_name_starts_the_session(
    qtbot: QtBot, setup: SessionSetupWindow
) -> None:
    qtbot.mouseClick(setup.name_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(setup.name_edit, Qt.Key.Key_End)
    qtbot.keyClicks(setup.name_edit, " (group B)")
    qtbot.keyClick(setup.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(_consoles()), timeout=5000)
    assert _consoles()[0].controller.state.name.endswith("(group B)")


def test_enter_while_renaming_a_team_keeps_the_name_and_does_not_start(
    qtbot: QtBot, setup: SessionSetupWindow
) -> None:
    table = setup.team_table
    table.setFocus()
    table.setCurrentCell(0, 0)
    table.editItem(table.item(0, 0))
    editor = QApplication.focusWidget()
    assert editor is not None and table.state() == QAbstractItemView.State.EditingState
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "Estonia")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    assert table.item(0, 0).text() == "Estonia"
    assert not _consoles()
    # a second Enter, the cell no longer being edited, starts the session
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(_consoles()), timeout=5000)


def _text_fits(combo: QComboBox) -> bool:
    """Whether the entry a drop-down shows is drawn whole in its box."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    icon = combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
    width = QFontMetrics(combo.font()).horizontalAdvance(combo.currentText())
    return icon + width <= field.width()


def test_every_starting_status_is_shown_whole_changed_or_not(
    qtbot: QtBot, setup: SessionSetupWindow
) -> None:
    for channel_id, combo in setup.channel_combos.items():
        for index in range(combo.count()):
            combo.setCurrentIndex(index)  # what choosing it in the list does
            QApplication.processEvents()
            assert _text_fits(combo), f"{channel_id}: {combo.currentText()!r} is cut off"


def _label_fits(label: QLabel) -> bool:
    needed = label.fontMetrics().boundingRect(
        QRect(0, 0, label.contentsRect().width(), 100000),
        int(Qt.TextFlag.TextWordWrap),
        label.text(),
    )
    room = label.contentsRect()
    return needed.width() <= room.width() and needed.height() <= room.height()


@pytest.mark.parametrize("width", [900, 1100, 1280])
def test_the_session_file_path_is_shown_whole(
    qtbot: QtBot, setup: SessionSetupWindow, width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    setup.resize(width, 700)
    QApplication.processEvents()
    label = setup.path_label
    qtbot.waitUntil(lambda: _label_fits(label), timeout=2000)  # the default: a folder
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(LONG_PATH), ""))
    qtbot.mouseClick(setup.findChild(QPushButton, "sessionPathButton"), Qt.MouseButton.LeftButton)
    assert setup.session_path == LONG_PATH
    qtbot.waitUntil(lambda: _label_fits(label), timeout=2000)
    assert label.text().replace("\u200b", "") == str(LONG_PATH)
    assert label.toolTip() == str(LONG_PATH)


def test_two_teams_of_the_same_name_are_refused_with_a_reason(
    qtbot: QtBot, setup: SessionSetupWindow
) -> None:
    """Two teams renamed alike would be two identical entries in the console's team list,
    the escalation meter and the report: the setup says so instead of starting."""
    table = setup.team_table
    table.item(0, 0).setText("Table 1")
    table.item(1, 0).setText(" table 1 ")
    setup.start()
    assert not _consoles()
    assert setup.banner.isVisible()
    assert "Table 1" in setup.banner.text()
    # a team that sits the session out may keep any name
    table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
    setup.start()
    qtbot.waitUntil(lambda: bool(_consoles()), timeout=5000)
