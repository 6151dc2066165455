"""The deck editor as a window among the app's windows: what opens with it, what it is called."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tabletop.gui import open_window
from tabletop.gui.editor import DeckEditorWindow, open_deck_editor
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
    # a list emptied by the user says so inside its tab, not in a window of its own
    panel = editor.panels["sources"]
    editor.tabs.setCurrentWidget(panel)
    while panel.list.count():
        qtbot.mouseClick(panel.buttons["delete"], Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert [w for w in _shown_windows() if not isinstance(w, (StartWindow, DeckEditorWindow))] == []
    assert panel.empty.window() is editor and panel.empty.isVisible()
    assert not panel.scroll_area.isVisible()
    editor.close()


def test_a_new_deck_saved_as_it_opens_is_valid_and_lint_clean(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The template teaches by example: 'tabletop lint' has nothing to say about it."""
    from tabletop.cli import main

    target = tmp_path / "new-deck.yaml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    editor = open_deck_editor(None, None)
    assert isinstance(editor, DeckEditorWindow)
    qtbot.addWidget(editor)
    editor.show()
    editor.save_action.trigger()
    assert target.exists()
    capsys.readouterr()
    assert main(["validate", "--strict", str(target)]) == 0
    out, err = capsys.readouterr()
    assert ": warning:" not in out + err, out + err
    assert "0 errors, 0 warnings" in err
