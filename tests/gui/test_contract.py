"""The automation and accessibility contract: object names, accessible names, shortcuts."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from tabletop.gui.console_window import ConsoleWindow

WIDGETS = (
    "injectTimeline",
    "currentInjectView",
    "nextInjectButton",
    "skipInjectButton",
    "channelBoard",
    "decisionTeamCombo",
    "decisionTextEdit",
    "decisionChannelCombo",
    "decisionEscalationSpin",
    "recordDecisionButton",
    "decisionLogTable",
    "escalationMeter",
    "pauseClockButton",
    "observationEdit",
    "addStrengthButton",
    "addImprovementButton",
    "projectorWindow",
    "decisionKindCombo",
    "decisionTagsEdit",
    "evaluationPanel",
    "evaluationInjectCombo",
    "observationObjectiveCombo",
)
ACTIONS = ("exportReportAction", "endSessionAction", "evaluateAction")
GUIDE = Path(__file__).resolve().parents[2] / "docs" / "facilitator-guide.md"


@pytest.mark.parametrize("name", WIDGETS)
def test_every_named_control_exists_once_with_an_accessible_name(
    console: ConsoleWindow, name: str
) -> None:
    if name == "projectorWindow":  # made when first shown (View > Projector)
        assert not any(w.objectName() == name for w in console.findChildren(QWidget))
        console.actions_.projector.setChecked(True)
    found = [w for w in [console, *console.findChildren(QWidget)] if w.objectName() == name]
    assert len(found) == 1, f"{name}: {len(found)} widgets"
    assert found[0].accessibleName(), f"{name} has no accessible name"


@pytest.mark.parametrize("name", ACTIONS)
def test_the_named_actions_are_in_the_menus_with_shortcuts(
    console: ConsoleWindow, name: str
) -> None:
    action = console.findChild(QAction, name)
    assert action is not None
    assert not action.shortcut().isEmpty()
    assert any(action in menu.actions() for menu in console.menus.values())


def test_menus_are_file_session_view_help(console: ConsoleWindow) -> None:
    titles = [a.text().replace("&", "") for a in console.menuBar().actions()]
    assert titles == ["File", "Session", "View", "Help"]


def test_frequent_actions_have_distinct_shortcuts_listed_in_help(console: ConsoleWindow) -> None:
    actions = console.actions_
    frequent = [
        actions.next_inject,
        actions.skip_inject,
        actions.deliver_inject,
        actions.pause_clock,
        actions.raise_level,
        actions.lower_level,
        actions.focus_decision,
        actions.record_decision,
        actions.add_strength,
        actions.add_improvement,
        actions.undo,
        actions.hotwash,
        actions.end_session,
        actions.projector,
        actions.projector_full,
        actions.export_report,
        *actions.team_actions[:3],
    ]
    assert all(not a.shortcut().isEmpty() for a in frequent)
    keys = Counter(a.shortcut().toString() for a in actions.all() if not a.shortcut().isEmpty())
    assert [k for k, n in keys.items() if n > 1] == []
    listed = {keys for keys, _what in console.shortcut_rows()}
    for action in frequent:
        assert action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) in listed


def test_the_help_dialog_lists_the_shortcuts(qtbot: QtBot, console: ConsoleWindow) -> None:
    from tabletop.gui.help import ShortcutsDialog

    console.actions_.shortcuts.trigger()
    dialog = console.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    table = dialog.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["F5"] == "Next inject"
    assert rows["Enter"].startswith("Record the decision")


def test_the_facilitator_guide_lists_every_shortcut(console: ConsoleWindow) -> None:
    guide = GUIDE.read_text(encoding="utf-8")
    for keys, what in console.shortcut_rows():
        portable = keys.replace("Meta", "Ctrl")
        if re.fullmatch(r"Ctrl\+[1-9]", portable):  # the teams, listed as one range
            assert "`Ctrl+1` … `Ctrl+9`" in guide
            continue
        assert f"`{portable}`" in guide, f"the guide does not list {keys} ({what})"


def test_buttons_say_what_they_do(console: ConsoleWindow) -> None:
    for button in console.findChildren(QAbstractButton):
        if button.isVisibleTo(console):
            assert button.text() or button.accessibleName() or button.toolTip(), button
