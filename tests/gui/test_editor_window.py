"""The deck editor as a window among the app's windows: what opens with it, what it is called."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tabletop.gui import open_window
from tabletop.gui.editor import DeckEditorWindow
from tabletop.gui.start_screen import StartWindow

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)"),
]


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    yield


def _shown_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_new_deck_opens_the_editor_and_nothing_else(qtbot: QtBot) -> None:
    start = open_window([])
    assert isinstance(start, StartWindow)
    qtbot.addWidget(start)
    start.show()
    qtbot.waitExposed(start)
    new_deck = start.findChild(QPushButton, "newDeckButton")
    assert new_deck is not None
    qtbot.mouseClick(new_deck, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(isinstance(w, DeckEditorWindow) for w in _shown_windows()))
    QApplication.processEvents()
    shown = _shown_windows()
    strays = [w for w in shown if not isinstance(w, (StartWindow, DeckEditorWindow))]
    assert strays == [], [f"{type(w).__name__}: {getattr(w, 'text', str)()}" for w in strays]
    (editor,) = [w for w in shown if isinstance(w, DeckEditorWindow)]
    # the lists that start empty say so inside their tab
    for key in ("sources", "channels"):
        panel = editor.panels[key]
        assert panel.empty.window() is editor
        assert panel.empty.isVisibleTo(panel)
    editor.close()
