"""What survives closing the console, and how it reaches the report and the deck editor."""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from tabletop.core.engine import Session
from tabletop.gui import open_window
from tabletop.gui.console_window import ConsoleWindow


def _reopen(qtbot: QtBot, path: Path) -> ConsoleWindow:
    window = open_window(["resume", str(path)])
    assert isinstance(window, ConsoleWindow)
    qtbot.addWidget(window)
    return window


def test_text_typed_but_not_recorded_comes_back(
    qtbot: QtBot, console: ConsoleWindow, session_path: Path
) -> None:
    console.recorder.text_edit.setPlainText("Half a thought about the hotline")
    console.observation_bar.edit.setText("The US table went quiet")
    console.close()
    again = _reopen(qtbot, session_path)
    assert again.recorder.text_edit.toPlainText() == "Half a thought about the hotline"
    assert again.observation_bar.edit.text() == "The US table went quiet"
    assert again.log.model.rowCount() == 0  # a draft is not a decision


def test_a_draft_is_kept_while_typing_not_only_on_close(
    qtbot: QtBot, console: ConsoleWindow, session_path: Path
) -> None:
    from tabletop.gui import settings

    console.recorder.text_edit.setPlainText("Call the")
    console.controller.tick.emit()  # once a second while the session is open
    key = settings.draft_key(console.controller.session_id, "decision")
    assert "Call the" in settings.load_text(key)


def test_panel_sizes_are_remembered(
    qtbot: QtBot, console: ConsoleWindow, session_path: Path
) -> None:
    splitter = console.splitters["main"]
    total = sum(splitter.sizes())
    splitter.setSizes([total - 420, 420])
    assert splitter.sizes()[1] == 420
    console.close()
    again = _reopen(qtbot, session_path)
    again.resize(1280, 720)
    again.show()
    qtbot.waitExposed(again)
    assert again.splitters["main"].sizes()[1] == 420  # the right column keeps its width


def test_hot_wash_answers_are_saved_when_the_window_closes(
    qtbot: QtBot, console: ConsoleWindow, session_path: Path
) -> None:
    hotwash = console.show_hotwash()
    hotwash.answers["why"].setPlainText("The commission was closed")
    assert hotwash.saved_marks["why"].text() == "not saved yet"
    console.close()
    with Session.resume(session_path) as session:
        assert session.state.hotwash["why"] == "The commission was closed"


def test_an_improvement_action_half_typed_in_the_hot_wash_comes_back(
    qtbot: QtBot, console: ConsoleWindow, session_path: Path
) -> None:
    hotwash = console.show_hotwash()
    hotwash.issue_edit.setText("No incident line")
    hotwash.adders["strength"].setText("Calm under pressure")
    console.close()
    again = _reopen(qtbot, session_path)
    reopened = again.show_hotwash()
    assert reopened.issue_edit.text() == "No incident line"
    assert reopened.adders["strength"].text() == "Calm under pressure"
    assert again.controller.state.actions == []


def test_a_hot_wash_answer_being_typed_comes_back_after_a_crash(
    qtbot: QtBot, console: ConsoleWindow, session_path: Path
) -> None:
    hotwash = console.show_hotwash()
    hotwash.answers["happened"].setPlainText("NATO called Moscow, and nobody answered")
    hotwash.adders["improvement"].setText("Test the hotline before class")
    console.controller.tick.emit()  # kept while typing, as the decision's draft is
    console.controller.close()  # as after kill -9: no closing handlers run
    again = _reopen(qtbot, session_path)
    reopened = again.show_hotwash()
    assert reopened.answers["happened"].toPlainText() == "NATO called Moscow, and nobody answered"
    assert reopened.saved_marks["happened"].text() == "not saved yet"
    assert reopened.adders["improvement"].text() == "Test the hotline before class"


def test_a_saved_hot_wash_answer_is_not_brought_back_as_a_draft(
    qtbot: QtBot, console: ConsoleWindow, session_path: Path
) -> None:
    hotwash = console.show_hotwash()
    hotwash.answers["happened"].setPlainText("First version")
    console.controller.tick.emit()
    assert hotwash.save_answers()
    hotwash.answers["happened"].setPlainText("")
    assert hotwash.save_answers()  # cleared on purpose, and saved so
    console.controller.tick.emit()
    console.controller.close()
    again = _reopen(qtbot, session_path)
    assert again.show_hotwash().answers["happened"].toPlainText() == ""


def test_export_calls_the_report_export_with_the_running_session(
    qtbot: QtBot, console: ConsoleWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[QWidget, Session]] = []
    fake = types.ModuleType("tabletop.gui.report_export")
    fake.export_report_interactive = (  # type: ignore[attr-defined]
        lambda parent, session: calls.append((parent, session))
    )
    monkeypatch.setitem(sys.modules, "tabletop.gui.report_export", fake)
    console.findChild(type(console.actions_.export_report), "exportReportAction").trigger()
    assert calls == [(console, console.controller.session)]


def test_without_the_report_export_the_console_says_so(
    qtbot: QtBot, console: ConsoleWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "tabletop.gui.report_export", None)
    console.actions_.export_report.trigger()
    assert "not available" in console.banner.text()


def test_new_deck_opens_the_deck_editor(
    qtbot: QtBot, console: ConsoleWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Any] = []

    def open_deck_editor(parent: QWidget | None, path: Path | None) -> QMainWindow:
        opened.append(path)
        editor = QMainWindow()
        qtbot.addWidget(editor)
        return editor

    fake = types.ModuleType("tabletop.gui.editor")
    fake.open_deck_editor = open_deck_editor  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "tabletop.gui.editor", fake)
    console.actions_.new_deck.trigger()
    console.actions_.edit_deck.trigger()
    assert opened[0] is None
    assert opened[1] == Path(console.controller.session.file.meta["deck_source"])


def test_without_the_deck_editor_the_console_says_so(
    qtbot: QtBot, console: ConsoleWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "tabletop.gui.editor", None)
    console.actions_.new_deck.trigger()
    assert "deck editor is not available" in console.banner.text()


def test_after_a_crash_the_draft_comes_back_under_its_team_and_channel(
    qtbot: QtBot, console: ConsoleWindow, session_path: Path
) -> None:
    console.actions_.next_inject.trigger()
    recorder = console.recorder
    recorder.select_team(2)
    assert recorder.select_channel("hotline")
    recorder.kind_combo.setCurrentIndex(recorder.kind_combo.findData("statement"))
    recorder.text_edit.setPlainText("Tell Moscow we know who cut it")
    recorder.tags_edit.setText("attribution")
    recorder.escalation_spin.setValue(1)
    console.controller.tick.emit()  # kept while typing
    console.controller.close()  # as after kill -9: no closing handlers run
    again = _reopen(qtbot, session_path)
    form = again.recorder
    assert form.current_team() == "us"
    assert form.current_channel() == "hotline"
    assert form.kind_combo.currentData() == "statement"
    assert form.text_edit.toPlainText() == "Tell Moscow we know who cut it"
    assert form.tags_edit.text() == "attribution"
    assert form.escalation_spin.value() == 1


def test_a_draft_kept_by_an_earlier_version_as_plain_text_comes_back(
    qtbot: QtBot, console: ConsoleWindow, session_path: Path
) -> None:
    from tabletop.gui import settings

    key = settings.draft_key(console.controller.session_id, "decision")
    console.close()
    settings.save_text(key, "Half a thought")
    again = _reopen(qtbot, session_path)
    assert again.recorder.text_edit.toPlainText() == "Half a thought"


def test_the_clock_does_not_run_while_the_session_is_closed(
    qtbot: QtBot, console: ConsoleWindow, session_path: Path
) -> None:
    """A class closed with Ctrl+W on Monday and reopened on Wednesday goes on from where it
    stopped: the scenario clock and the exercise time do not count the days in between."""
    import datetime as dt

    console.controller.deliver_next()
    assert console.controller.state.running
    console.close()
    again = _reopen(qtbot, session_path)
    state = again.controller.state
    later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=2)
    assert not state.running, "the clock ran on while the session was closed"
    closed_at = state.last_at
    assert closed_at is not None
    assert state.scenario_at(later) == state.scenario_at(closed_at)
    assert state.elapsed_at(later) == pytest.approx(state.elapsed_at(closed_at))


def test_undo_after_reopening_takes_back_the_last_action_not_the_pause_closing_made(
    qtbot: QtBot, console: ConsoleWindow, session_path: Path
) -> None:
    """Undoing that pause would set the clock running through the days the session was
    closed: the first Ctrl+Z after reopening takes back what the facilitator last did."""
    console.controller.deliver_next()
    assert console.controller.record_decision("nato", "Convene the council")
    console.close()
    again = _reopen(qtbot, session_path)
    controller = again.controller
    assert "D1" in controller.undo_description(), controller.undo_description()
    assert controller.undo_last()
    state = controller.state
    assert state.decision_list == []  # the decision was taken back
    assert not state.running, "the clock runs again, through the days it was closed"
