"""Every bundled deck can be run to the end through the console, and reopened as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tabletop.core.deck.library import list_decks
from tabletop.core.deck.model import ChannelStatus
from tabletop.gui import open_window
from tabletop.gui.console_window import ConsoleWindow
from tabletop.gui.setup_window import SessionSetupWindow
from tabletop.gui.start_screen import StartWindow

from .test_whole_session import facts

BUNDLED = [entry for entry in list_decks() if entry.origin == "bundled"]


@pytest.mark.parametrize("entry", BUNDLED, ids=[e.id for e in BUNDLED])
def test_a_bundled_deck_runs_from_the_start_screen_to_the_hot_wash(
    qtbot: QtBot, entry: object, say_yes: list[str]
) -> None:
    path: Path = entry.path  # type: ignore[attr-defined]
    start = open_window([])
    assert isinstance(start, StartWindow)
    qtbot.addWidget(start)
    assert start.select_deck(path)
    qtbot.mouseClick(start.setup_button, Qt.MouseButton.LeftButton)
    setup = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, SessionSetupWindow) and w.isVisible()
    )
    qtbot.addWidget(setup)
    qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    console = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, ConsoleWindow) and w.isVisible()
    )
    qtbot.addWidget(console)
    console.resize(1280, 720)
    console.actions_.projector.trigger()
    controller = console.controller
    deck = controller.deck
    notes = [i.facilitator_notes for i in deck.injects if i.facilitator_notes]
    recorder = console.recorder
    lost = 0
    delivered = 0
    while not controller.next_inject().is_end and delivered < len(deck.injects):
        console.next_guard.clear()  # one delivery after another, not a double click
        qtbot.mouseClick(console.play_bar.next_button, Qt.MouseButton.LeftButton)
        delivered += 1
        current = deck.inject(controller.state.current)
        assert console.current.title.text() == current.title
        shown = console.projector.visible_text()
        # a team-only card is never projected
        assert (current.narrative in shown) == current.projected
        assert not [n for n in notes if n in shown]
        for number, team in enumerate(controller.state.teams, start=1):
            recorder.select_team(number)
            channels = [
                recorder.channel_combo.itemData(i) for i in range(1, recorder.channel_combo.count())
            ]
            blocked = [c for c in channels if not controller.state.channel_status(c).works]
            channel = blocked[0] if blocked and not lost else (channels[0] if channels else "")
            recorder.select_channel(channel)
            recorder.text_edit.setPlainText(f"{team.name} acts on {current.id}")
            recorder.record()
            if channel in blocked:
                assert recorder.result_badge.text() == "Not delivered"
                lost += 1
        console.observation_bar.edit.setText(f"Discussion of {current.id} was lively")
        console.observation_bar.add("strength")
    assert delivered >= 1
    assert console.play_bar.next_button.text() in ("Hot wash and end", "Hot wash")
    # a channel changed by hand, the level adjudicated, the clock paused and resumed
    first = deck.channels[0].id
    other = next(s for s in ChannelStatus if s is not controller.state.channel_status(first))
    console.channels.buttons[first].status_actions[other].trigger()
    assert console.channels.status_text(first) == other.label
    level = controller.state.level
    if level < deck.ladder.highest:
        qtbot.mouseClick(console.escalation.raise_button, Qt.MouseButton.LeftButton)
        assert console.escalation.meter.level == level + 1
    qtbot.mouseClick(console.clock.pause_button, Qt.MouseButton.LeftButton)
    assert not controller.state.running
    qtbot.mouseClick(console.clock.pause_button, Qt.MouseButton.LeftButton)
    assert controller.state.running
    hotwash = console.show_hotwash()
    hotwash.answers["happened"].setPlainText("The class played every inject")
    hotwash.end_button.click()
    assert controller.ended and say_yes == ["End the session"]
    before = facts(console)
    session = controller.path
    console.close()
    again = open_window(["resume", str(session)])
    assert isinstance(again, ConsoleWindow)
    qtbot.addWidget(again)
    assert facts(again) == before
