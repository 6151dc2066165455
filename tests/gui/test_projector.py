"""The projector shows players what was delivered, never the facilitator's notes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from tabletop.core.deck.model import ChannelStatus
from tabletop.gui.console_window import ConsoleWindow

NOTES = ("SECRET-NOTE-1", "SECRET-NOTE-2", "Watch for who calls whom first")


def test_the_projector_never_shows_facilitator_notes_or_undelivered_injects(
    qtbot: QtBot, console: ConsoleWindow
) -> None:
    console.actions_.projector.trigger()
    projector = console.projector
    assert projector.isVisible() and projector.objectName() == "projectorWindow"
    deck = console.controller.deck
    assert "about to begin" in projector.visible_text()
    for inject in deck.injects:
        assert inject.title not in projector.visible_text()
        assert inject.narrative not in projector.visible_text()
    played = []
    for step in ("cable-cut", "stalled", "tanker-seizure", "talks-offer"):
        if step == "stalled":
            console.controller.deliver(step)  # a contingency, on demand
        else:
            assert console.controller.next_inject().inject == step
            console.next_guard.clear()  # deliveries a second apart, not a double press
            console.actions_.next_inject.trigger()
        played.append(step)
        shown = projector.visible_text()
        for note in NOTES:
            assert note not in shown
        for question in (q for inject in deck.injects for q in inject.questions):
            assert question not in shown
        current = deck.inject(step)
        assert current.title in shown and current.narrative in shown
        for inject in deck.injects:
            if inject.id not in played:
                assert inject.narrative not in shown, f"{inject.id} is not delivered yet"
        if current.facilitator_notes:
            # the console shows the notes the projector leaves out
            assert current.facilitator_notes in console.current.view.toPlainText()


def test_the_projector_follows_the_console_live(qtbot: QtBot, console: ConsoleWindow) -> None:
    console.actions_.projector.trigger()
    projector = console.projector
    console.actions_.next_inject.trigger()
    assert projector.title.text() == "Data cable severed in the Gulf of Finland"
    assert projector.level_name.text().startswith("Escalation 2")
    console.channels.buttons["hotline"].status_actions[ChannelStatus.CLOSED].trigger()
    assert projector._channel_badges["hotline"].text() == "Closed"
    console.escalation.step(+1)
    assert projector.level_name.text().startswith("Escalation 3")
    console.actions_.pause_clock.trigger()
    clock = projector.clock.text()
    assert clock == console.clock.scenario.text()


def test_full_screen_toggles_and_hiding_keeps_the_session(
    qtbot: QtBot, console: ConsoleWindow
) -> None:
    console.actions_.projector.trigger()
    projector = console.projector
    console.actions_.projector_full.trigger()
    assert projector.isFullScreen()
    console.actions_.projector_full.trigger()
    assert not projector.isFullScreen()
    projector.close()  # the window's close button only hides it
    assert not projector.isVisible()
    assert console.controller.is_open
    console.actions_.projector.setChecked(False)
    console.actions_.projector.setChecked(True)
    assert projector.isVisible()


def test_large_type_grows_with_the_window(qtbot: QtBot, console: ConsoleWindow) -> None:
    console.actions_.projector.trigger()
    projector = console.projector
    console.actions_.next_inject.trigger()
    projector.resize(800, 450)
    qtbot.wait(10)
    small = projector.title.font().pixelSize()
    projector.resize(1920, 1080)
    qtbot.wait(10)
    large = projector.title.font().pixelSize()
    assert large > small >= 20
    assert projector.narrative.fitted_size() >= 24


SECOND_SCREEN = """
import json
from tabletop.gui import open_window
from tabletop.gui.app import application

app = application()
console = open_window(["run", "intro"])
console.show()
app.processEvents()
console.actions_.projector.trigger()
app.processEvents()
projector = console.projector
print(json.dumps({"console": console.screen().name(), "projector": projector.screen().name(),
                  "full": projector.isFullScreen()}))
console.close()
"""


def test_with_a_second_screen_the_projector_opens_there_full_screen(
    tmp_path: Path, tabletop_home: Path
) -> None:
    screens = {
        "screens": [
            {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 720},
            {"name": "projector", "x": 1280, "y": 0, "width": 1920, "height": 1080},
        ]
    }
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(screens))
    env = {
        **os.environ,
        "TABLETOP_HOME": str(tabletop_home),
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
    }
    done = subprocess.run(
        [sys.executable, "-c", SECOND_SCREEN],
        env=env,
        text=True,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    placed = json.loads(done.stdout.strip().splitlines()[-1])
    assert placed == {"console": "laptop", "projector": "projector", "full": True}


def test_the_projector_never_takes_the_keyboard_from_the_console(
    qtbot: QtBot, console: ConsoleWindow
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)
    console.recorder.text_edit.setFocus()
    qtbot.keyClick(
        console,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    projector = console.projector
    qtbot.waitExposed(projector)
    qtbot.wait(50)
    assert projector.isVisible()
    assert QApplication.activeWindow() is console
    assert QApplication.focusWidget() is console.recorder.text_edit
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)  # F5 works at once
    assert console.controller.state.current == "cable-cut"
    console.actions_.projector_full.trigger()  # full screen and back: still the console's keys
    console.actions_.projector_full.trigger()
    qtbot.wait(50)
    assert QApplication.activeWindow() is console


def test_a_team_only_card_is_never_projected(qtbot: QtBot, session_path: Path) -> None:
    from tabletop.gui import open_window

    deck_path = Path(__file__).resolve().parents[1] / "data" / "decks" / "team-cards.yaml"
    window = open_window(["run", str(deck_path), "--session", str(session_path)])
    assert isinstance(window, ConsoleWindow)
    qtbot.addWidget(window)
    window.actions_.projector.trigger()
    projector = window.projector
    window.actions_.next_inject.trigger()  # cable-cut, public
    assert projector.title.text() == "Data cable severed in the Gulf of Finland"
    for _ in range(2):  # the Russian team's card, then the Allies' card
        window.next_guard.clear()  # deliveries minutes apart, not a double press
        window.actions_.next_inject.trigger()
        shown = projector.visible_text()
        assert "PRIVATE-" not in shown and "What the check is for" not in shown
        assert projector.title.text() == "Data cable severed in the Gulf of Finland"
    # the console, for the facilitator, is on the card the room cannot see
    assert "PRIVATE-WEST" in window.current.view.toPlainText()
    window.next_guard.clear()
    window.actions_.next_inject.trigger()  # talks-offer, public again
    assert projector.title.text() == "An offer of talks"


def test_the_projector_made_after_play_began_shows_the_room_where_it_is(
    qtbot: QtBot, console: ConsoleWindow
) -> None:
    # the players' window is made when first shown: what happened before must be on it
    console.actions_.next_inject.trigger()
    console.actions_.projector_hold.setChecked(True)
    console.actions_.projector.trigger()
    projector = console.projector
    assert projector.held and "Data cable severed" not in projector.visible_text()
    console.actions_.projector_hold.setChecked(False)
    assert "Data cable severed in the Gulf of Finland" in projector.visible_text()
