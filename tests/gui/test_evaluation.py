"""Evaluation during play: verdicts on expected actions, objective ratings, linked observations."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tabletop.gui import open_window
from tabletop.gui.console_window import ConsoleWindow


def _choose(combo: object, data: str) -> None:
    index = combo.findData(data)  # type: ignore[attr-defined]
    assert index >= 0, f"{data} is not offered"
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def test_the_facilitator_judges_expected_actions_and_rates_objectives(
    qtbot: QtBot, console: ConsoleWindow, session_path: Path
) -> None:
    controller = console.controller
    controller.deliver_next()
    controller.record_decision("us", "Call Moscow", kind="message", channel="hotline")
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)
    qtbot.keyClick(console, Qt.Key.Key_F8)  # to the evaluation of the current inject
    panel = console.evaluation
    assert panel.isVisible()
    assert panel.inject_id() == "cable-cut"
    rows = panel.expectations
    assert [r.label.text() for r in rows] == ["Seek attribution before any enforcement step"]
    row = rows[0]
    assert [row.met_by.itemData(i) for i in range(row.met_by.count())] == ["", "D1"]
    _choose(row.met_by, "D1")
    row.note.setText("asked Moscow before anything else")
    _choose(row.verdict, "met")
    assessment = controller.state.assessment("cable-cut", 0)
    assert assessment is not None
    assert (assessment.verdict, assessment.decision, assessment.note) == (
        "met",
        "D1",
        "asked Moscow before anything else",
    )
    objective = panel.objectives[0]
    assert objective.objective_id == "obj-communicate"
    objective.note.setText("the hotline at once")
    _choose(objective.rating, "S")
    rating = controller.state.objective_ratings["obj-communicate"]
    assert (rating.rating, rating.note) == ("S", "the hotline at once")
    assert "2 of 2" in console.inject_tabs.tabText(1)  # judged: one action, one objective
    # undo takes the rating back, and the panel shows it
    console.actions_.undo.trigger()
    assert objective.rating.currentData() == ""
    _choose(objective.rating, "S")
    # durable: the file holds them, the reopened console shows them
    console.close()
    again = open_window(["resume", str(session_path)])
    assert isinstance(again, ConsoleWindow)
    qtbot.addWidget(again)
    assert again.evaluation.expectations[0].verdict.currentData() == "met"
    assert again.evaluation.expectations[0].met_by.currentData() == "D1"
    assert again.evaluation.objectives[0].rating.currentData() == "S"


def test_an_earlier_inject_can_be_judged_and_clearing_a_verdict_is_recorded(
    qtbot: QtBot, console: ConsoleWindow
) -> None:
    controller = console.controller
    controller.deliver_next()
    controller.deliver("tanker-seizure")
    panel = console.evaluation
    assert panel.inject_id() == "tanker-seizure"  # follows the inject in front of the room
    _choose(panel.inject_combo, "cable-cut")
    _choose(panel.expectations[0].verdict, "not_met")
    assert controller.state.assessment("cable-cut", 0).verdict == "not_met"
    _choose(panel.expectations[0].verdict, "")
    assert controller.state.assessment("cable-cut", 0) is None


def test_an_observation_is_linked_to_the_current_injects_objective_by_default(
    qtbot: QtBot, console: ConsoleWindow
) -> None:
    controller = console.controller
    bar = console.observation_bar
    controller.deliver_next()  # cable-cut has the objective obj-communicate
    assert bar.objective.currentData() == "obj-communicate"
    bar.edit.setText("NATO used the hotline at once")
    _choose(bar.rating, "P")
    bar.add("strength")
    controller.deliver("tanker-seizure")  # no objective of its own
    assert bar.objective.currentData() == ""
    bar.edit.setText("Nobody checked the channel board")
    _choose(bar.objective, "obj-communicate")  # any objective can be chosen
    bar.add("improvement")
    observations = controller.state.observations
    assert [(o.objective, o.rating, o.inject) for o in observations] == [
        ("obj-communicate", "P", "cable-cut"),
        ("obj-communicate", "", "tanker-seizure"),
    ]
    # the evaluation panel shows what the observations suggest beside the rating
    _choose(console.evaluation.inject_combo, "cable-cut")
    assert "P" in console.evaluation.objectives[0].suggestion.text()


def test_reopening_a_session_keeps_the_note_of_a_verdict_that_names_a_decision(
    qtbot: QtBot, console: ConsoleWindow, session_path: Path
) -> None:
    """The note beside a verdict met by a decision is still there when the session is
    reopened (it was erased on opening: a new, empty-noted verdict was recorded before the
    Evaluation tab was ever shown)."""
    controller = console.controller
    controller.deliver_next()
    controller.record_decision("us", "Call Moscow", kind="message", channel="hotline")
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)
    qtbot.keyClick(console, Qt.Key.Key_F8)
    row = console.evaluation.expectations[0]
    _choose(row.verdict, "met")
    _choose(row.met_by, "D1")
    row.note.setText("asked Moscow before anything else")
    row.note.editingFinished.emit()
    note = "asked Moscow before anything else"
    assessment = controller.state.assessment("cable-cut", 0)
    assert assessment is not None and assessment.note == note
    console.close()

    again = open_window(["resume", str(session_path)])
    assert isinstance(again, ConsoleWindow)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    reopened = again.controller.state.assessment("cable-cut", 0)
    assert reopened is not None
    assert (reopened.verdict, reopened.decision, reopened.note) == ("met", "D1", note)
    again.toggle_evaluation()  # F8
    assert again.evaluation.expectations[0].note.text() == note
    assert again.controller.state.assessment("cable-cut", 0) == reopened  # nothing recorded


def test_the_wheel_never_sets_a_verdict_and_keyboard_steps_record_only_where_they_stop(
    qtbot: QtBot, console: ConsoleWindow
) -> None:
    """Scrolling the evaluation with the wheel over a verdict box scrolls, it does not judge;
    three presses of Down on a rating box record one rating, the last, not three (Undo
    would otherwise bring back one nobody chose)."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    controller = console.controller
    controller.deliver_next()
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)
    qtbot.keyClick(console, Qt.Key.Key_F8)
    panel = console.evaluation
    row = panel.expectations[0]
    before = len(controller.state.events)
    where = QPointF(5, 5)
    wheel = QWheelEvent(
        where,
        row.verdict.mapToGlobal(where),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(row.verdict, wheel)
    assert row.verdict.currentData() == ""
    assert len(controller.state.events) == before
    rating = panel.objectives[0].rating
    rating.setFocus()
    qtbot.waitUntil(rating.hasFocus)
    for _ in range(3):
        qtbot.keyClick(rating, Qt.Key.Key_Down)
    row.note.setFocus()  # the facilitator moves on
    qtbot.waitUntil(lambda: len(controller.state.events) > before, timeout=3000)
    qtbot.wait(50)
    rated = [e.data["rating"] for e in controller.state.events[before:]]
    assert rated == [rating.currentData()] and rated[0] != "", rated
    console.actions_.undo.trigger()
    assert rating.currentData() == ""
