"""What the deck editor shows is what it saves: branch conditions edited part by part."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from support.editor_form import saved_data, shown_condition, window_mismatches

from tabletop.gui.editor import DeckEditorWindow, open_deck_editor
from tabletop.gui.editor.condition_editor import ConditionRow
from tabletop.gui.editor.forms import channel_ids

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)"),
]

# the parts of "a decision was recorded", each with the widget that sets it and two settings:
# another value, and "any" (the key left out)
PARTS: dict[str, tuple[str, Any, Any]] = {
    "by": ("Team", "russia", ""),
    "kind": ("Kind of decision", "message", ""),
    "channel": ("Channel", "nrc", ""),
    "delivered": ("Outcome", True, None),
    "tag": ("Tag", "hotline-call", ""),
}


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    yield


FULL_TEST = "{decision: {by: us, kind: action, channel: hotline, delivered: false, tag: call}}"


def _open(qtbot: QtBot, deck: Path) -> DeckEditorWindow:
    window = open_deck_editor(None, deck)
    assert isinstance(window, DeckEditorWindow)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def editor(qtbot: QtBot, tmp_path: Path, minimal_deck_path: Path) -> DeckEditorWindow:
    deck = tmp_path / "deck.yaml"
    shutil.copy(minimal_deck_path, deck)
    return _open(qtbot, deck)


@pytest.fixture
def full_editor(qtbot: QtBot, tmp_path: Path, minimal_deck_path: Path) -> DeckEditorWindow:
    """The editor on a deck whose first branch sets every part of a decision test."""
    deck = tmp_path / "deck.yaml"
    text = minimal_deck_path.read_text(encoding="utf-8")
    deck.write_text(text.replace("{decision: {by: us, channel: hotline}}", FULL_TEST))
    return _open(qtbot, deck)


def _decision_row(window: DeckEditorWindow) -> ConditionRow:
    """The first inject's branch: "a decision by us over the hotline"."""
    condition = window.inject_form.branches.boxes[0].condition
    rows = [condition.itemWidget(item, 0) for item in condition.rows.values()]
    (row,) = [r for r in rows if isinstance(r, ConditionRow)]
    return row


def _set_part(qtbot: QtBot, window: DeckEditorWindow, part: str, value: Any) -> None:
    name = PARTS[part][0]
    row = _decision_row(window)
    if part == "tag":
        (edit,) = [e for e in row.findChildren(QLineEdit) if e.accessibleName() == name]
        edit.selectAll()
        if value:
            qtbot.keyClicks(edit, value)
        else:
            qtbot.keyClick(edit, "\b")
        edit.editingFinished.emit()
        return
    (combo,) = [c for c in row.findChildren(QComboBox) if c.accessibleName() == name]
    index = combo.findData(value)
    assert index >= 0, (part, value)
    combo.setCurrentIndex(index)  # what choosing in the drop-down list does
    combo.activated.emit(index)


@pytest.mark.parametrize(("first", "second"), list(itertools.permutations(PARTS, 2)))
@pytest.mark.parametrize("setting", ["another value", "any"])
def test_each_part_of_a_decision_test_is_saved_as_shown_after_another_changes(
    qtbot: QtBot, full_editor: DeckEditorWindow, first: str, second: str, setting: str
) -> None:
    editor = full_editor
    assert editor.document is not None and editor.document.path is not None
    _set_part(qtbot, editor, first, PARTS[first][1 if setting == "another value" else 2])
    _set_part(qtbot, editor, second, PARTS[second][1])
    shown = shown_condition(editor.inject_form.branches.boxes[0].condition)
    editor.save_action.trigger()
    saved = saved_data(editor.document.path)
    assert saved["injects"][0]["branches"][0]["when"] == shown
    assert window_mismatches(editor, saved) == []


def test_any_team_then_another_channel_is_any_team_in_the_file(
    qtbot: QtBot, editor: DeckEditorWindow
) -> None:
    """A branch for a message from anyone over the NRC is saved as such, and fires so."""
    from tabletop.core.deck.loader import load_deck
    from tabletop.core.deck.model import DecisionMade

    assert editor.document is not None and editor.document.path is not None
    _set_part(qtbot, editor, "by", "")
    _set_part(qtbot, editor, "channel", "nrc")
    row = _decision_row(editor)
    shown = {c.accessibleName(): c.currentText() for c in row.findChildren(QComboBox)}
    assert shown["Team"] == "any team" and shown["Channel"] == "NATO–Russia Council"
    editor.save_action.trigger()
    deck = load_deck(editor.document.path).deck
    assert deck is not None
    # what Try it plays: any team's decision over the NRC takes the branch
    assert deck.inject("cable-cut").branches[0].when == DecisionMade(channel="nrc")


@pytest.mark.parametrize(
    ("name", "typed", "saved"),
    [("injectDuration", "25", 25), ("injectId", "cable-cut-2", "cable-cut-2")],
)
def test_save_keeps_what_is_being_typed(
    qtbot: QtBot, editor: DeckEditorWindow, name: str, typed: str, saved: Any
) -> None:
    """Ctrl+S with the cursor still in a number or an id saves what the field shows."""
    assert editor.document is not None and editor.document.path is not None
    editor.activateWindow()
    qtbot.waitActive(editor)
    (field,) = [f for f in editor.inject_form.fields if f.widget.objectName() == name]
    qtbot.mouseClick(field.widget, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field.widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field.widget, typed)
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.isWindowModified()
    assert saved_data(editor.document.path)["injects"][0][field.rel[0]] == saved
    assert window_mismatches(editor, saved_data(editor.document.path)) == []
    assert field.widget.hasFocus()  # the cursor stays where it was


def test_a_channel_change_shows_the_channel_it_saves(
    qtbot: QtBot, editor: DeckEditorWindow
) -> None:
    """Whatever channel is picked in a row of "When it is delivered", the file says the same."""
    assert editor.document is not None and editor.document.path is not None
    changes = editor.inject_form.channel_changes
    qtbot.mouseClick(changes.add_button, Qt.MouseButton.LeftButton)  # a second channel change
    for row in range(2):
        for option in range(len(channel_ids(editor.document))):
            combo = changes.row_widgets[row].findChildren(QComboBox)[0]
            if option >= combo.count():
                continue
            combo.setCurrentIndex(option)
            combo.activated.emit(option)
            qtbot.wait(1)
            editor.save_action.trigger()
            saved = saved_data(editor.document.path)
            assert window_mismatches(editor, saved) == [], combo.itemText(option)
            assert len(saved["injects"][0]["effects"]["channels"]) == 2


def _rows(editor: DeckEditorWindow) -> list[ConditionRow]:
    condition = editor.inject_form.branches.boxes[0].condition
    rows = [condition.itemWidget(item, 0) for item in condition.rows.values()]
    return [r for r in rows if isinstance(r, ConditionRow)]


def _choose(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


@pytest.mark.parametrize("group", ["not", "all", "any"])
def test_removing_the_last_test_of_a_group_leaves_nothing_the_form_cannot_show(
    qtbot: QtBot, editor: DeckEditorWindow, group: str
) -> None:
    """A "not" with nothing to negate has no "+ test" to refill it: it goes with its test."""
    assert editor.document is not None and editor.document.path is not None
    _choose(_rows(editor)[0].kind, group)  # the decision test becomes a group of one test
    QApplication.processEvents()
    inner = _rows(editor)[1]
    remove = next(b for b in inner.findChildren(QPushButton) if b.accessibleName() == "Remove test")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    editor.save_action.trigger()
    saved = saved_data(editor.document.path)
    assert window_mismatches(editor, saved) == []
    when = saved["injects"][0]["branches"][0]["when"]
    assert when == ({} if group == "not" else {group: []})


def test_a_source_cited_after_editing_another_injects_sources_is_shown(
    qtbot: QtBot, editor: DeckEditorWindow
) -> None:
    """Found by the round-trip harness: clear a citation's section on one inject, cite the
    same source on another inject; the new citation must be shown there."""
    assert editor.document is not None and editor.document.path is not None
    sources = editor.inject_form.sources
    (section,) = [
        e for e in sources.row_widgets[0].findChildren(QLineEdit) if e.accessibleName() == "Section"
    ]
    qtbot.mouseClick(section, Qt.MouseButton.LeftButton)
    section.selectAll()
    qtbot.keyClick(section, Qt.Key.Key_Backspace)  # the citation is now just the source
    editor.panels["injects"].select(2)  # an inject that cites nothing
    assert sources.row_widgets == []
    qtbot.mouseClick(sources.add_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    editor.save_action.trigger()
    saved = saved_data(editor.document.path)
    assert saved["injects"][2]["sources"] == [{"ref": "charap-2026"}]
    assert window_mismatches(editor, saved) == []
    assert len(sources.row_widgets) == 1
