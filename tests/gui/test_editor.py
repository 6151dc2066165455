"""The deck editor through its widgets: edits, undo and redo, live problems, files."""

from __future__ import annotations

import copy
import shutil
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tabletop.core.deck.loader import load_deck, load_deck_text
from tabletop.core.msel import export_msel
from tabletop.gui.editor import DeckEditorWindow, open_deck_editor
from tabletop.gui.editor.condition_editor import ConditionEditor, ConditionRow
from tabletop.gui.editor.text_fields import TextAreaField, TextField

pytestmark = [
    pytest.mark.gui,
    # the offscreen platform cannot resize or raise windows and says so
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)"),
]


@pytest.fixture
def deck_file(tmp_path: Path, minimal_deck_path: Path) -> Path:
    target = tmp_path / "deck.yaml"
    shutil.copy(minimal_deck_path, target)
    return target


@pytest.fixture(autouse=True)
def no_unexpected_questions(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A question no test answers (closing a window after a test) discards the changes."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    yield


@pytest.fixture
def editor(qtbot: QtBot, deck_file: Path) -> DeckEditorWindow:
    window = open_deck_editor(None, deck_file)
    assert isinstance(window, DeckEditorWindow)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    _checked(qtbot, window)
    return window


def _checked(qtbot: QtBot, window: DeckEditorWindow) -> None:
    """Wait for the live check of the deck as it is now."""
    window.validator.check_now()
    qtbot.waitUntil(lambda: not window.validator.busy, timeout=5000)


def _type(widget: Any, text: str) -> None:
    """Type text as key presses (any script; QTest's keyClicks only knows Latin-1)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def _field(window: DeckEditorWindow, name: str) -> Any:
    for field in window.inject_form.fields:
        if field.widget.objectName() == name:
            return field
    raise AssertionError(f"no field {name}")


def _injects(window: DeckEditorWindow) -> list[str]:
    assert window.document is not None
    return [i["id"] for i in window.document.data["injects"]]


def test_typing_a_title_is_one_undo_step_and_drives_the_modified_marker(
    qtbot: QtBot, editor: DeckEditorWindow
) -> None:
    document = editor.document
    assert document is not None
    title: TextField = _field(editor, "injectTitle")
    assert not editor.isWindowModified()
    title.widget.selectAll()
    qtbot.keyClicks(title.widget, "Cable cut near Hanko")
    assert document.data["injects"][0]["title"] == "Cable cut near Hanko"
    assert editor.panels["injects"].list.item(0).text() == "1. Cable cut near Hanko"
    assert editor.isWindowModified()
    assert editor.windowTitle().startswith("deck.yaml[*]")
    editor.undo_action.trigger()  # one step undoes the whole typing
    assert document.data["injects"][0]["title"] == "Data cable severed in the Gulf of Finland"
    assert title.widget.text() == "Data cable severed in the Gulf of Finland"
    assert not editor.isWindowModified()
    editor.redo_action.trigger()
    assert title.widget.text() == "Cable cut near Hanko"
    assert editor.isWindowModified()


@pytest.mark.parametrize("next_field", ["injectPhase", "injectNarrative"])
def test_ctrl_z_in_another_text_field_undoes_the_last_change_to_the_deck(
    qtbot: QtBot, editor: DeckEditorWindow, next_field: str
) -> None:
    """Ctrl+Z with the cursor in a field is the deck's undo, not the field's own (empty) one."""
    document = editor.document
    assert document is not None
    editor.activateWindow()
    qtbot.waitActive(editor)
    title: TextField = _field(editor, "injectTitle")
    title.widget.setFocus()
    title.widget.selectAll()
    qtbot.keyClicks(title.widget, "Cable cut near Hanko")
    other = _field(editor, next_field)
    other.widget.setFocus()  # the author moves on to the next field, then thinks again
    qtbot.keyClick(other.widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert document.data["injects"][0]["title"] == "Data cable severed in the Gulf of Finland"
    assert title.widget.text() == "Data cable severed in the Gulf of Finland"
    assert not editor.isWindowModified()


def test_add_duplicate_delete_and_reorder_injects_all_undo(
    qtbot: QtBot, editor: DeckEditorWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = editor.document
    assert document is not None
    before = copy.deepcopy(document.data)
    panel = editor.panels["injects"]
    panel.select(0)
    qtbot.mouseClick(panel.buttons["add"], Qt.MouseButton.LeftButton)
    assert _injects(editor)[1] == "inject"
    assert panel.list.currentRow() == 1
    qtbot.mouseClick(panel.buttons["duplicate"], Qt.MouseButton.LeftButton)
    assert _injects(editor)[2] == "inject-copy"
    qtbot.mouseClick(panel.buttons["down"], Qt.MouseButton.LeftButton)
    assert _injects(editor)[3] == "inject-copy"
    panel.select(_injects(editor).index("talks-offer"))  # a branch and a next lead to it
    asked: list[str] = []

    def yes(_parent: Any, _title: str, text: str, *_rest: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    qtbot.mouseClick(panel.buttons["delete"], Qt.MouseButton.LeftButton)
    assert "2 branches or nexts lead to 'talks-offer'" in asked[0]
    assert "talks-offer" not in _injects(editor)
    assert len(panel.list.item(0).text()) > 0 and panel.list.count() == 5
    while document.stack.canUndo():
        document.stack.undo()
    assert document.data == before
    assert panel.list.count() == 4
    assert not editor.isWindowModified()


def test_dragging_an_inject_moves_it(qtbot: QtBot, editor: DeckEditorWindow) -> None:
    panel = editor.panels["injects"]
    view = panel.list
    panel.select(0)
    target = view.visualItemRect(view.item(2)).center()
    mime = QMimeData()
    event = QDropEvent(
        QPointF(target),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(event)
    # dropped on the third inject, it lands just before it
    assert _injects(editor) == ["tanker-seizure", "cable-cut", "talks-offer", "stalled"]
    assert view.currentItem().text() == "2. Data cable severed in the Gulf of Finland"
    editor.undo_action.trigger()
    assert _injects(editor)[0] == "cable-cut"


def test_branch_conditions_are_built_from_lists(qtbot: QtBot, editor: DeckEditorWindow) -> None:
    document = editor.document
    assert document is not None
    editor.panels["injects"].select(2)  # talks-offer has no branches
    before = copy.deepcopy(document.data)
    branches = editor.inject_form.branches
    qtbot.mouseClick(branches.add_button, Qt.MouseButton.LeftButton)
    assert document.data["injects"][2]["branches"] == [
        {"when": {"escalation_at_least": 3}, "goto": "end"}
    ]
    box = branches.boxes[0]
    row = _rows(box.condition)[0]
    row.kind.setCurrentIndex(row.kind.findData("channel_status"))
    row.kind.activated.emit(row.kind.currentIndex())
    assert document.data["injects"][2]["branches"][0]["when"] == {
        "channel_status": {"channel": "hotline", "is": "closed"}
    }
    box = branches.boxes[0]
    box.goto.setCurrentIndex(box.goto.findData("stalled"))
    box.goto.activated.emit(box.goto.currentIndex())
    assert document.data["injects"][2]["branches"][0]["goto"] == "stalled"
    box.condition.add_top()  # "Add a test": it must hold as well
    when = document.data["injects"][2]["branches"][0]["when"]
    assert list(when) == ["all"] and len(when["all"]) == 2
    group = _rows(branches.boxes[0].condition)[0]
    group.kind.setCurrentIndex(group.kind.findData("any"))
    group.kind.activated.emit(group.kind.currentIndex())
    when = document.data["injects"][2]["branches"][0]["when"]
    assert list(when) == ["any"] and len(when["any"]) == 2
    result = load_deck_text(_saved_text(editor))
    assert result.ok, [p.format() for p in result.problems]
    while document.stack.index() > 0:
        document.stack.undo()
    assert document.data == before


def _rows(condition: ConditionEditor) -> list[ConditionRow]:
    rows = []
    for item in condition.rows.values():
        widget = condition.itemWidget(item, 0)
        if isinstance(widget, ConditionRow):
            rows.append(widget)
    return rows


def _saved_text(editor: DeckEditorWindow) -> str:
    from tabletop.core.deck.writer import dump_deck

    assert editor.document is not None
    return dump_deck(editor.document.data)


def test_the_problem_list_is_live_and_clicking_a_problem_selects_the_field(
    qtbot: QtBot, editor: DeckEditorWindow
) -> None:
    assert editor.problems.list.count() == 0
    assert editor.problems.summary.text() == "No problems: the deck is valid."
    editor.panels["injects"].select(1)
    narrative: TextAreaField = _field(editor, "injectNarrative")
    narrative.widget.selectAll()
    qtbot.keyClick(narrative.widget, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: editor.problems.list.count() == 1, timeout=5000)
    item = editor.problems.list.item(0)
    assert (
        item.text() == "Error · Inject 2 · tanker-seizure › narrative: this field "
        "is empty; write something or remove the key"
    )
    editor.panels["injects"].select(3)
    editor.tabs.setCurrentIndex(0)
    editor.activateWindow()
    editor.problems.list.itemClicked.emit(item)
    assert editor.tabs.currentIndex() == editor.tab_keys.index("injects")
    assert editor.panels["injects"].list.currentRow() == 1
    qtbot.waitUntil(lambda: narrative.widget.hasFocus(), timeout=2000)
    editor.undo_action.trigger()
    qtbot.waitUntil(lambda: editor.problems.list.count() == 0, timeout=5000)


def test_a_duplicate_id_names_the_inject_that_has_it_not_a_line(
    qtbot: QtBot, editor: DeckEditorWindow
) -> None:
    """The editor has no lines to point at: the problem names the inject already using the id."""
    editor.panels["injects"].select(1)
    ident: TextField = _field(editor, "injectId")
    ident.widget.selectAll()
    qtbot.keyClicks(ident.widget, "cable-cut")
    qtbot.keyClick(ident.widget, Qt.Key.Key_Return)
    _checked(qtbot, editor)
    texts = [editor.problems.list.item(i).text() for i in range(editor.problems.list.count())]
    assert texts == [
        "Error · Inject 2 · cable-cut › id: duplicate inject id 'cable-cut': already used "
        "by inject 1; every id must be unique"
    ]


def test_a_problem_in_a_branch_selects_the_branch_target(
    qtbot: QtBot, tmp_path: Path, minimal_deck_path: Path
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        minimal_deck_path.read_text(encoding="utf-8").replace(
            "goto: talks-offer", "goto: talk-offer"
        ),
        encoding="utf-8",
    )
    window = open_deck_editor(None, broken)
    assert isinstance(window, DeckEditorWindow)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    _checked(qtbot, window)
    texts = [window.problems.list.item(i).text() for i in range(window.problems.list.count())]
    assert (
        "Error · Inject 1 · cable-cut › branches[0].goto: unknown inject 'talk-offer'; "
        "did you mean 'talks-offer'?" in texts
    )
    window.panels["injects"].select(3)
    window.activateWindow()
    window.next_problem()
    assert window.panels["injects"].list.currentRow() == 0
    box = window.inject_form.branches.boxes[0]
    qtbot.waitUntil(lambda: box.goto.hasFocus(), timeout=2000)
    assert box.goto.currentText() == "talk-offer (unknown)"


def test_save_writes_a_valid_deck_atomically_and_clears_the_marker(
    qtbot: QtBot, editor: DeckEditorWindow, deck_file: Path
) -> None:
    phase: TextField = _field(editor, "injectPhase")
    phase.widget.selectAll()
    _type(phase.widget, "Ход 1 — «начало»")
    assert editor.isWindowModified()
    editor.save_action.trigger()
    assert not editor.isWindowModified()
    result = load_deck(deck_file)
    assert result.ok
    assert result.deck is not None and result.deck.injects[0].phase == "Ход 1 — «начало»"
    assert "Ход 1 — «начало»" in deck_file.read_text(encoding="utf-8")
    assert deck_file.read_text(encoding="utf-8").startswith("# yaml-language-server:")
    assert [p.name for p in deck_file.parent.iterdir()] == ["deck.yaml"]


def test_closing_with_unsaved_changes_asks(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, deck_file: Path
) -> None:
    window = open_deck_editor(None, deck_file)  # closing deletes it, so qtbot does not own it
    assert isinstance(window, DeckEditorWindow)
    window.show()
    qtbot.waitExposed(window)
    title: TextField = _field(window, "injectTitle")
    qtbot.keyClicks(title.widget, "!")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    original = deck_file.read_text(encoding="utf-8")
    window.close()
    assert window.isVisible()  # Cancel: still editing
    with qtbot.waitSignal(window.destroyed, timeout=2000):
        window.close()  # Discard: closed and gone, the file as it was
    assert answers == []
    assert deck_file.read_text(encoding="utf-8") == original


def test_comments_the_editor_cannot_keep_are_announced_before_overwriting(
    qtbot: QtBot, tmp_path: Path, minimal_deck_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    commented = tmp_path / "commented.yaml"
    text = minimal_deck_path.read_text(encoding="utf-8").replace(
        "duration: 45", "duration: 45  # one class period\n# teams below: see the briefing"
    )
    commented.write_text(text, encoding="utf-8")
    window = open_deck_editor(None, commented)
    assert isinstance(window, DeckEditorWindow)
    qtbot.addWidget(window)
    assert "2 comments" in window.statusBar().currentMessage()
    asked: list[Path] = []
    answers = ["cancel", "overwrite"]

    def answer(target: Path) -> str:
        asked.append(target)
        return answers.pop(0)

    monkeypatch.setattr(window, "ask_about_comments", answer)
    window.save_action.trigger()
    assert commented.read_text(encoding="utf-8") == text  # cancelled: untouched
    window.save_action.trigger()
    assert asked == [commented, commented]
    saved = commented.read_text(encoding="utf-8")
    assert "# one class period" not in saved and saved.startswith("# yaml-language-server:")
    window.save_action.trigger()  # asked once per file only
    assert len(asked) == 2


def test_a_new_deck_from_the_template_is_valid_and_saves_as(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_deck_editor(None, None)
    assert isinstance(window, DeckEditorWindow)
    qtbot.addWidget(window)
    window.show()
    _checked(qtbot, window)
    assert window.problems.summary.text() == "No problems: the deck is valid."
    assert window.windowTitle().startswith("New deck")
    target = tmp_path / "my-deck"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.save_action.trigger()
    saved = tmp_path / "my-deck.yaml"
    assert load_deck(saved).ok
    assert window.windowTitle().startswith("my-deck.yaml")


def test_a_bundled_deck_is_saved_as_a_copy_in_the_users_decks(
    qtbot: QtBot, tabletop_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tabletop.core import paths

    bundled = paths.bundled_decks_dir() / "intro.yaml"
    shipped = bundled.read_text(encoding="utf-8")
    window = open_deck_editor(None, bundled)
    assert isinstance(window, DeckEditorWindow)
    qtbot.addWidget(window)
    qtbot.keyClicks(_field(window, "injectTitle").widget, "!")
    offered: list[str] = []

    def choose(_parent: Any, _caption: str, start: str, _filter: str) -> tuple[str, str]:
        offered.append(start)
        return start, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    window.save_action.trigger()
    copy_path = tabletop_home / "decks" / "intro.yaml"
    assert offered == [str(copy_path)]
    assert load_deck(copy_path).ok
    assert bundled.read_text(encoding="utf-8") == shipped
    assert window.windowTitle().startswith("intro.yaml")
    assert not window.is_bundled()


def test_try_it_saves_and_starts_a_session_window(
    qtbot: QtBot, editor: DeckEditorWindow, monkeypatch: pytest.MonkeyPatch, deck_file: Path
) -> None:
    started: list[Path] = []
    app_module = types.ModuleType("tabletop.gui.app")

    def start_session_window(path: Path, parent: Any = None) -> None:
        started.append(path)

    app_module.start_session_window = start_session_window  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "tabletop.gui.app", app_module)
    qtbot.keyClicks(_field(editor, "injectTitle").widget, "!")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    editor.try_action.trigger()
    assert started == [deck_file]
    assert load_deck(deck_file).deck.injects[0].title.endswith("!")  # type: ignore[union-attr]


def test_try_it_opens_the_session_setup_for_the_saved_deck(qtbot: QtBot, deck_file: Path) -> None:
    from tabletop.gui.setup_window import SessionSetupWindow

    editor = open_deck_editor(None, deck_file)  # closed below, so qtbot does not own it
    assert isinstance(editor, DeckEditorWindow)
    editor.show()
    editor.try_action.trigger()  # nothing to save: straight to the session setup
    setups = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, SessionSetupWindow) and w.isVisible()
    ]
    assert [w.deck_path for w in setups] == [deck_file]
    with qtbot.waitSignal(editor.destroyed, timeout=2000):
        editor.close()
    assert setups[0].isVisible()  # the session goes on without the editor


def test_try_it_refuses_a_deck_with_errors(
    qtbot: QtBot, editor: DeckEditorWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    title: TextField = _field(editor, "injectTitle")
    title.widget.selectAll()
    qtbot.keyClick(title.widget, Qt.Key.Key_Delete)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    editor.try_action.trigger()
    assert warned == [
        "The deck has 1 error; the problem list shows where. Fix it, then try it again."
    ]


def _confirm_import(qtbot: QtBot, answer_dialog: Any, seen: list[list[str]], accept: bool) -> None:
    """Let the import dialog finish its check, note its problems, then import or cancel."""
    from tabletop.gui.editor.msel_import_dialog import MselImportDialog

    def fill(dialog: Any) -> None:
        assert isinstance(dialog, MselImportDialog)
        qtbot.waitUntil(lambda: not dialog.busy and dialog.imported is not None)
        seen.append([dialog.problems.item(i).text() for i in range(dialog.problems.count())])
        if accept:
            dialog.import_button.click()
        else:
            dialog.reject()

    answer_dialog(fill)


def test_import_msel_replaces_the_injects_and_undo_brings_them_back(
    qtbot: QtBot,
    editor: DeckEditorWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer_dialog: Any,
) -> None:
    document = editor.document
    assert document is not None
    before = copy.deepcopy(document.data)
    other = copy.deepcopy(before)
    other["injects"] = other["injects"][1:3]
    other["injects"][0]["title"] = "From the spreadsheet"
    sheet = tmp_path / "msel.csv"
    export_msel(other, sheet)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sheet), ""))
    seen: list[list[str]] = []
    _confirm_import(qtbot, answer_dialog, seen, accept=True)
    editor.import_action.trigger()
    assert seen == [[]]  # tabletop's own export: every column named, nothing to say
    assert [i["title"] for i in document.data["injects"]] == [
        "From the spreadsheet",
        "An offer of talks",
    ]
    assert editor.panels["injects"].list.count() == 2
    assert editor.tabs.tabText(1) == "Injects (2)"
    editor.undo_action.trigger()
    assert document.data == before


def test_a_bad_msel_changes_nothing_and_lists_its_problems(
    qtbot: QtBot,
    editor: DeckEditorWindow,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer_dialog: Any,
) -> None:
    document = editor.document
    assert document is not None
    before = copy.deepcopy(document.data)
    sheet = data_dir / "msel" / "bad" / "bad-cells.csv"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sheet), ""))
    seen: list[list[str]] = []
    _confirm_import(qtbot, answer_dialog, seen, accept=False)
    editor.import_action.trigger()
    assert document.data == before
    assert any(
        "row 3, column C (Scenario time): 'Day x 25:00' is not a scenario time" in line
        for line in seen[0]
    )


def test_a_catalog_channel_changed_for_the_deck_and_back(
    qtbot: QtBot, editor: DeckEditorWindow
) -> None:
    document = editor.document
    assert document is not None
    editor.tabs.setCurrentIndex(editor.tab_keys.index("channels"))
    panel = editor.panels["channels"]
    panel.select(0)  # "hotline", a bare catalog id
    status = next(f.widget for f in panel.form.fields if f.widget.objectName() == "channelStatus")
    assert isinstance(status, QComboBox)
    status.setCurrentIndex(status.findData("degraded"))
    status.activated.emit(status.currentIndex())
    assert document.data["channels"][0] == {"ref": "hotline", "status": "degraded"}
    assert panel.list.item(0).text() == "Washington–Moscow hotline  ·  catalog, changed"
    editor.undo_action.trigger()
    assert document.data["channels"][0] == "hotline"


def test_a_file_that_is_not_yaml_opens_a_window_that_says_where(
    qtbot: QtBot, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: tabletop-deck/1\ntitle: [unclosed\n", encoding="utf-8")
    window = open_deck_editor(None, broken)
    qtbot.addWidget(window)
    assert isinstance(window, DeckEditorWindow)
    label = window.findChild(type(window.problems.summary), "openErrorLabel")
    assert label is not None
    assert "broken.yaml cannot be read as YAML" in label.text()
    assert ":3:1: error: YAML syntax error" in label.text()
    assert not window.save_action.isEnabled()


def test_clicking_the_problem_of_a_file_that_cannot_be_opened_is_harmless(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The window has no forms to go to: a click or Enter on its problem leaves it as it is."""
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: tabletop-deck/1\ntitle: [unclosed\n", encoding="utf-8")
    window = open_deck_editor(None, broken)
    qtbot.addWidget(window)
    assert isinstance(window, DeckEditorWindow)
    window.show()
    qtbot.waitExposed(window)
    item = window.problems.list.item(0)
    assert item.text().startswith("Error · Deck: YAML syntax error")
    window.problems.list.itemClicked.emit(item)  # raised AttributeError: no panels
    window.problems.list.itemActivated.emit(item)
    qtbot.wait(100)
    assert window.findChild(type(window.problems.summary), "openErrorLabel") is not None
    assert window.problems.list.count() == 1


def _evaluated_editor(qtbot: QtBot, tmp_path: Path) -> DeckEditorWindow:
    """The editor, shown, on a copy of the test deck whose expected actions have tests."""
    deck = tmp_path / "evaluated.yaml"
    shutil.copy(Path(__file__).parent.parent / "data" / "decks" / "evaluated.yaml", deck)
    window = open_deck_editor(None, deck)
    assert isinstance(window, DeckEditorWindow) and window.document is not None
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_correcting_the_text_of_a_checked_expected_action_keeps_its_test(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A typo fixed in the line of an expected action with a test must not drop the test."""
    window = _evaluated_editor(qtbot, tmp_path)
    window.panels["injects"].select(0)
    field: TextAreaField = next(
        f for f in window.inject_form.fields if f.rel == ("expected_actions",)
    )
    before = window.document.data["injects"][0]["expected_actions"][1]
    field.widget.setFocus()
    cursor = field.widget.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    field.widget.setTextCursor(cursor)
    _type(field.widget, " first")  # "… before the tanker is boarded first"
    cursor.movePosition(cursor.MoveOperation.Start)
    field.widget.setTextCursor(cursor)
    _type(field.widget, "New line")  # an action added above moves the others down
    qtbot.keyClick(field.widget, Qt.Key.Key_Return)
    actions = window.document.data["injects"][0]["expected_actions"]
    assert actions[0] == "New line"
    assert actions[1] == "Seek attribution before any enforcement step"
    assert actions[2] == {
        **before,
        "text": "Warn Moscow over the hotline before the tanker is boarded first",
    }


def test_renaming_a_team_renames_the_injects_and_tests_that_name_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """As an inject's id: a team's new id follows into To lists and decision tests."""
    window = _evaluated_editor(qtbot, tmp_path)
    document = window.document
    before = copy.deepcopy(document.data)
    panel = window.panels["teams"]
    window.tabs.setCurrentIndex(window.tab_keys.index("teams"))
    panel.select(1)  # us
    ident = next(f for f in panel.form.fields if f.widget.objectName() == "teamId")
    ident.widget.setFocus()
    ident.widget.selectAll()
    qtbot.keyClicks(ident.widget, "usa")
    qtbot.keyClick(ident.widget, Qt.Key.Key_Return)
    cable_cut = document.data["injects"][0]
    assert document.data["teams"][1]["id"] == "usa"
    assert cable_cut["to"] == ["nato", "usa"]
    assert cable_cut["expected_actions"][1]["test"]["decision"]["by"] == "usa"
    _checked(qtbot, window)
    assert window.problems.list.count() == 0
    document.stack.undo()  # one step brings every reference back
    assert document.data == before


def test_the_team_only_box_marks_an_inject_private_and_undo_clears_it(
    qtbot: QtBot, editor: DeckEditorWindow
) -> None:
    document = editor.document
    assert document is not None
    box = _field(editor, "injectPrivate").widget
    assert not box.isChecked() and "private" not in document.data["injects"][0]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(4, box.height() // 2))
    assert document.data["injects"][0]["private"] is True
    assert editor.isWindowModified()
    _checked(qtbot, editor)  # the first inject goes to nato: a valid team-only card
    assert not [p for p in editor.problems.problems if p.is_error]
    editor.undo_action.trigger()
    assert "private" not in document.data["injects"][0]
    assert not box.isChecked()


def test_a_team_s_short_name_is_edited_in_the_teams_tab_and_cleared_away(
    qtbot: QtBot, editor: DeckEditorWindow
) -> None:
    document = editor.document
    assert document is not None
    panel = editor.panels["teams"]
    panel.select(2)
    short = next(f for f in panel.form.fields if f.widget.objectName() == "teamShort")
    qtbot.keyClicks(short.widget, "Nga")
    assert document.data["teams"][2]["short"] == "Nga"
    assert "short: Nga" in _saved_text(editor)
    short.widget.selectAll()
    qtbot.keyClick(short.widget, Qt.Key.Key_Delete)
    assert "short" not in document.data["teams"][2]  # an empty tag is no tag, not ""


def test_typing_a_title_keeps_the_branches_on_screen_and_relabels_their_targets(
    qtbot: QtBot, editor: DeckEditorWindow
) -> None:
    # rebuilding every branch on each key grew with the deck: 170 ms a key at 3,000 injects
    from tabletop.core.deck.edits import set_value

    document = editor.document
    assert document is not None
    branches = editor.inject_form.branches
    editor.panels["injects"].select(0)  # cable-cut: one branch, to talks-offer
    boxes = list(branches.boxes)
    assert len(boxes) == 1
    qtbot.keyClicks(_field(editor, "injectTitle").widget, " near Hanko")
    assert document.data["injects"][0]["title"].endswith(" near Hanko")
    assert branches.boxes == boxes, "the branch was built again for a key typed in the title"
    # another inject's title is in the target lists: shown with its new title at once
    document.push(set_value(document.data, ("injects", 2, "title"), "Talks in Geneva", "Edit"))
    assert branches.boxes == boxes
    goto = boxes[0].goto
    assert goto.currentData() == "talks-offer"
    assert goto.currentText() == "Talks in Geneva (talks-offer)"
    follow = branches.follow.widget
    assert follow.itemText(follow.findData("talks-offer")) == "Talks in Geneva (talks-offer)"
    document.stack.undo()
    assert goto.currentText() == "An offer of talks (talks-offer)"


@pytest.mark.parametrize("where", ["branch label", "duration", "source section"])
def test_ctrl_z_in_any_box_of_the_editor_undoes_the_deck_s_last_change(
    qtbot: QtBot, editor: DeckEditorWindow, where: str
) -> None:
    """Not only the form's text fields: a branch's label, a number box, a source's section
    pass Ctrl+Z to the deck's Undo instead of keeping it for their own (empty) one."""
    from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit

    document = editor.document
    assert document is not None
    editor.activateWindow()
    qtbot.waitActive(editor)
    editor.panels["injects"].select(0)  # cable-cut: a branch, a duration, a source
    title: TextField = _field(editor, "injectTitle")
    title.widget.setFocus()
    title.widget.selectAll()
    qtbot.keyClicks(title.widget, "Cable cut near Hanko")
    if where == "branch label":
        box: QWidget = editor.inject_form.branches.boxes[0].label
    elif where == "duration":
        box = next(
            f.widget for f in editor.inject_form.fields if isinstance(f.widget, QAbstractSpinBox)
        )
    else:
        box = next(
            e
            for e in editor.inject_form.findChildren(QLineEdit)
            if e.text() == "On the brink" and e.isVisible()
        )
    box.setFocus()
    target = box.lineEdit() if isinstance(box, QAbstractSpinBox) else box  # type: ignore[attr-defined]
    qtbot.keyClick(target, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert document.data["injects"][0]["title"] == "Data cable severed in the Gulf of Finland"
