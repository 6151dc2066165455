"""The Qt item models over the session state behave as Qt expects and say what happened."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tabletop.gui.console_window import ConsoleWindow
from tabletop.gui.decision_log_model import DecisionLogModel
from tabletop.gui.models import BADGE_ROLE, ID_ROLE, InjectTimelineModel
from tabletop.gui.style import Badge


def _play(console: ConsoleWindow) -> None:
    controller = console.controller
    controller.deliver_next()
    controller.record_decision("us", "Call Moscow", kind="message", channel="hotline")
    controller.record_decision("nato", "Propose an inspection", channel="cable-commission")
    controller.record_decision("russia", "Deny it")
    controller.withdraw_decision("D3", "wrong team")


def test_the_timeline_model_passes_the_model_tester(
    qtmodeltester: Any, console: ConsoleWindow
) -> None:
    model = console.timeline.model
    assert isinstance(model, InjectTimelineModel)
    qtmodeltester.check(model)
    _play(console)
    qtmodeltester.check(model)


def test_the_decision_log_model_passes_the_model_tester(
    qtmodeltester: Any, console: ConsoleWindow
) -> None:
    model = console.log.model
    assert isinstance(model, DecisionLogModel)
    qtmodeltester.check(model)
    _play(console)
    qtmodeltester.check(model)
    assert model.rowCount() == 3


def test_statuses_are_badges_with_words(console: ConsoleWindow) -> None:
    _play(console)
    log = console.log.model
    outcomes = [log.index(row, log.OUTCOME_COLUMN).data(BADGE_ROLE) for row in range(3)]
    assert all(isinstance(b, Badge) for b in outcomes)
    assert [b.label for b in outcomes] == ["In transit", "Not delivered", "Withdrawn"]
    assert {b.shape for b in outcomes} == {"clock", "cross", "skip"}  # icons differ, not colour
    assert log.index(2, 3).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert "Not delivered: Joint cable repair commission is closed" in log.index(1, 0).data(
        Qt.ItemDataRole.ToolTipRole
    )
    timeline = console.timeline.model
    statuses = {
        timeline.index(r, 0).data(ID_ROLE): timeline.index(r, 1).data()
        for r in range(timeline.rowCount())
    }
    assert statuses == {
        "cable-cut": "Current",
        "tanker-seizure": "Pending",
        "talks-offer": "Next",
        "stalled": "Pending",
    }


def test_an_undone_decision_leaves_the_log(console: ConsoleWindow) -> None:
    _play(console)
    model = console.log.model
    console.actions_.undo.trigger()  # takes back the withdrawal
    assert model.index(2, model.OUTCOME_COLUMN).data() == "No message"
    console.actions_.undo.trigger()  # takes back the decision itself
    assert model.rowCount() == 2


def _console_with_russian_tag(qtbot: Any, minimal_deck_path: Any, folder: Any, tag: str) -> Any:
    """The console on the minimal deck whose Russian team is tagged ``tag``."""
    from tabletop.gui import open_window

    text = minimal_deck_path.read_text(encoding="utf-8")
    deck = folder / "tagged.yaml"
    deck.write_text(
        text.replace(
            "name: Russian Security Council", f"name: Russian Security Council\n    short: {tag}"
        ),
        encoding="utf-8",
    )
    console = open_window(["run", str(deck), "--session", str(folder / "tagged.tabletop")])
    assert isinstance(console, ConsoleWindow)
    qtbot.addWidget(console)
    return console


def test_a_team_s_short_name_tags_its_decisions_and_its_belief(
    qtbot: Any, minimal_deck_path: Any, tmp_path: Any
) -> None:
    """A deck may name each team's tag (`short`); the log and the meter use it, so a class
    played in Vietnamese reads `Nga`, not the id `RUSSIA`."""
    console = _console_with_russian_tag(qtbot, minimal_deck_path, tmp_path, "Nga")
    console.controller.deliver_next()
    console.controller.record_decision("russia", "Deny it")
    log = console.log.model
    assert log.index(0, 2).data() == "Nga"
    assert console.escalation.beliefs_label.text().split(" · ")[-1].startswith("Nga ")


def test_the_log_s_team_column_fits_the_longest_team_tag(
    qtbot: Any, minimal_deck_path: Any, tmp_path: Any
) -> None:
    console = _console_with_russian_tag(qtbot, minimal_deck_path, tmp_path, "Финляндия")
    table = console.log.table
    needed = table.fontMetrics().horizontalAdvance("Финляндия")
    assert table.columnWidth(2) >= needed + 8
