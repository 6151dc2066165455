"""The console's keys do what they say wherever the cursor is: Undo, F5, Enter on the log."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tabletop.gui.console_window import ConsoleWindow
from tabletop.gui.hotwash import HotwashWindow


def _type_decision(qtbot: QtBot, console: ConsoleWindow, team: int, text: str) -> None:
    recorder = console.recorder
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)
    recorder.text_edit.setFocus()
    qtbot.keyClick(recorder.text_edit, Qt.Key.Key_0 + team, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(recorder.text_edit, text)
    qtbot.keyClick(recorder.text_edit, Qt.Key.Key_Return)


def test_ctrl_z_right_after_recording_undoes_the_decision(
    qtbot: QtBot, console: ConsoleWindow
) -> None:
    console.actions_.next_inject.trigger()
    _type_decision(qtbot, console, 2, "Call Moscow")
    assert len(console.controller.state.active_decisions()) == 1
    focus = QApplication.focusWidget()
    assert focus is console.recorder.text_edit
    qtbot.keyClick(focus, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert console.controller.state.active_decisions() == []
    assert console.log.model.rowCount() == 0


def test_the_undo_entry_names_the_team_and_channel(qtbot: QtBot, console: ConsoleWindow) -> None:
    console.actions_.next_inject.trigger()
    console.controller.record_decision("us", "Call Moscow", kind="message", channel="hotline")
    undo_text = console.actions_.undo.text()
    assert "US National Security Council" in undo_text and "by us" not in undo_text
    assert "Washington–Moscow hotline" in undo_text


def test_ctrl_z_while_typing_still_undoes_the_typing(qtbot: QtBot, console: ConsoleWindow) -> None:
    console.actions_.next_inject.trigger()
    recorder = console.recorder
    console.activateWindow()
    recorder.text_edit.setFocus()
    qtbot.keyClicks(recorder.text_edit, "Call")
    qtbot.keyClick(recorder.text_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert recorder.text_edit.toPlainText() == ""  # the field's own undo
    assert console.controller.state.current == "cable-cut"  # the delivery stays


def test_a_quick_double_f5_delivers_one_inject(qtbot: QtBot, console: ConsoleWindow) -> None:
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)
    qtbot.keyClick(console, Qt.Key.Key_F5)
    qtbot.keyClick(console, Qt.Key.Key_F5)
    assert console.controller.state.delivered() == ["cable-cut"]
    assert "twice" in console.statusBar().currentMessage()
    console.next_guard.clear()  # the pause between two deliveries has passed
    qtbot.keyClick(console, Qt.Key.Key_F5)
    assert console.controller.state.delivered() == ["cable-cut", "tanker-seizure"]


def test_f5_at_the_end_opens_the_hot_wash(qtbot: QtBot, console: ConsoleWindow) -> None:
    controller = console.controller
    while not controller.next_inject().is_end:
        controller.deliver_next()
    assert console.play_bar.next_button.text() == "Hot wash and end"
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)
    qtbot.keyClick(console, Qt.Key.Key_F5)
    assert isinstance(console.hotwash_window, HotwashWindow)
    assert console.hotwash_window.isVisible()


def test_ctrl_z_right_after_an_observation_or_a_decision_from_the_tags_takes_it_back(
    qtbot: QtBot, console: ConsoleWindow
) -> None:
    console.actions_.next_inject.trigger()
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)
    bar = console.observation_bar
    bar.edit.setFocus()
    qtbot.keyClicks(bar.edit, "NATO called first")
    qtbot.keyClick(
        bar.edit,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert len(console.controller.state.observations) == 1
    qtbot.keyClick(bar.edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert console.controller.state.observations == []
    assert bar.edit.text() == ""  # the text does not come back as if never recorded
    recorder = console.recorder
    recorder.text_edit.setPlainText("Call Moscow")
    recorder.tags_edit.setFocus()
    qtbot.keyClicks(recorder.tags_edit, "first")
    qtbot.keyClick(recorder.tags_edit, Qt.Key.Key_Return)
    assert len(console.controller.state.active_decisions()) == 1
    qtbot.keyClick(recorder.tags_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert console.controller.state.active_decisions() == []


def test_the_line_about_a_recorded_decision_says_when_it_was_taken_back(
    qtbot: QtBot, console: ConsoleWindow
) -> None:
    console.actions_.next_inject.trigger()
    _type_decision(qtbot, console, 1, "Raise readiness")
    assert console.recorder.result_label.text().startswith("D1 recorded")
    console.actions_.undo.trigger()
    assert console.recorder.result_label.text() == "D1 was taken back (undone)."
    assert console.recorder.result_badge.text() == ""


def test_undo_follows_every_kind_of_action(qtbot: QtBot, console: ConsoleWindow) -> None:
    controller = console.controller
    assert not console.actions_.undo.isEnabled()
    controller.toggle_clock()  # the first action of the session: a pause
    assert console.actions_.undo.isEnabled()
    assert "Clock paused" in console.actions_.undo.text()
    controller.toggle_clock()
    controller.deliver_next()
    controller.note_observation("strength", "Calm at the table")
    assert "Calm at the table" in console.actions_.undo.text()  # not the delivery before it
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)
    qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert controller.state.observations == []
    assert "Inject delivered" in console.actions_.undo.text()


def test_an_ampersand_in_what_was_typed_shows_in_the_menus(qtbot: QtBot, tmp_path: Path) -> None:
    """A team called "Policy & Plans" or a reason "dup & co" is shown as typed in Session →
    Choose team and in the Undo entry: an ampersand is not taken for a keyboard mnemonic
    (which would drop it and underline the next letter)."""
    from tabletop.core.engine.session import SessionSetup
    from tabletop.gui import navigation

    deck = Path(__file__).resolve().parents[1] / "data" / "decks" / "minimal.yaml"
    setup = SessionSetup(teams=[{"id": "us", "name": "Policy & Plans"}])
    session = navigation.start_session(deck, setup, session_path=tmp_path / "amp.tabletop")
    console = navigation.open_console(session)
    qtbot.addWidget(console)
    shown = [a.iconText() for a in console.actions_.team_actions if a.isVisible()]
    assert "Policy & Plans" in shown
    console.actions_.next_inject.trigger()
    record = console.controller.record_decision("nato", "Ask Tom & Jerry")
    assert record is not None
    assert "Ask Tom & Jerry" in console.actions_.undo.iconText()
