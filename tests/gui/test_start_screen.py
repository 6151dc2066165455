"""The start screen: decks to choose from, sessions to resume (first of all after a crash)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from pytestqt.qtbot import QtBot

from tabletop.core.deck.library import default_deck, list_decks
from tabletop.gui import open_window
from tabletop.gui.console_window import ConsoleWindow
from tabletop.gui.setup_window import SessionSetupWindow
from tabletop.gui.start_screen import ENTRY_ROLE, StartWindow


def _start(qtbot: QtBot) -> StartWindow:
    window = open_window([])
    assert isinstance(window, StartWindow)
    qtbot.addWidget(window)
    window.show()
    return window


def test_decks_are_listed_with_title_summary_duration_and_teams(
    qtbot: QtBot, user_deck: Path
) -> None:
    window = _start(qtbot)
    entries = {
        Path(window.deck_list.item(r).data(0x0100)): window.deck_list.item(r)
        for r in range(window.deck_list.count())
    }
    assert len(entries) == len(list_decks())
    title, summary, details = entries[user_deck].data(ENTRY_ROLE)
    assert title == "Cable cut, a test deck"
    assert summary == "A small deck the tests run through."
    assert "45 min" in details
    assert (
        "3 teams: North Atlantic Council, US National Security Council, Russian Security "
        "Council" in details
    )
    assert "your deck" in details


def test_the_default_deck_is_preselected(qtbot: QtBot, user_deck: Path) -> None:
    window = _start(qtbot)
    default = default_deck()
    assert default is not None
    assert window.selected_deck() == default.path


def test_a_deck_that_cannot_be_read_is_listed_but_cannot_be_started(
    qtbot: QtBot, tabletop_home: Path
) -> None:
    folder = tabletop_home / "decks"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "broken.yaml").write_text("title: [unclosed\n")
    window = _start(qtbot)
    assert window.select_deck(folder / "broken.yaml")
    _title, summary, _details = window.deck_list.currentItem().data(ENTRY_ROLE)
    assert summary.startswith("Cannot be used:") and "broken.yaml:" in summary
    assert not window.setup_button.isEnabled()


def test_setup_shows_a_deck_with_errors_and_does_not_start_it(
    qtbot: QtBot, tabletop_home: Path
) -> None:
    folder = tabletop_home / "decks"
    folder.mkdir(parents=True, exist_ok=True)
    deck = folder / "wrong.yaml"
    deck.write_text("format: tabletop-deck/1\nid: wrong\ntitle: Wrong\nteams: []\ninjects: []\n")
    from tabletop.gui.app import start_session_window

    window = start_session_window(deck)
    qtbot.addWidget(window)
    assert isinstance(window, SessionSetupWindow)
    assert not window.start_button.isEnabled()
    problems = window.findChild(type(window.centralWidget()), "setupProblems")
    assert problems is not None and "wrong.yaml:" in problems.toPlainText()


def _crash_in_the_middle(deck: Path, session: Path, home: Path) -> None:
    """A session recorded by a process that is then killed without closing anything."""
    script = textwrap.dedent(f"""
        import os, pathlib, signal
        from tabletop.core.engine import Session
        s = Session.start(pathlib.Path({str(deck)!r}).read_text(),
                          path=pathlib.Path({str(session)!r}))
        s.deliver_next()
        s.record_decision("us", "Call Moscow", channel="hotline")
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    env = {**os.environ, "TABLETOP_HOME": str(home)}
    done = subprocess.run([sys.executable, "-c", script], env=env, check=False)
    assert done.returncode == -signal.SIGKILL


def test_after_a_crash_the_unfinished_session_is_offered_and_resumes_where_it_was(
    qtbot: QtBot, minimal_deck_path: Path, tabletop_home: Path
) -> None:
    session = tabletop_home / "sessions" / "killed.tabletop"
    session.parent.mkdir(parents=True, exist_ok=True)
    _crash_in_the_middle(minimal_deck_path, session, tabletop_home)
    window = _start(qtbot)
    assert window.crash_box.isVisibleTo(window)
    assert "A session was not ended" in window.crash_label.text()
    window.crash_button.click()
    console = next(w for w in qtbot_windows() if isinstance(w, ConsoleWindow))
    qtbot.addWidget(console)
    assert console.controller.path == session
    assert console.controller.state.current == "cable-cut"
    assert console.log.model.rowCount() == 1
    assert console.timeline.status_of("talks-offer") == "Next"


def test_recent_sessions_include_ended_ones_and_files_elsewhere(
    qtbot: QtBot, minimal_deck_path: Path, tmp_path: Path, say_yes: list[str]
) -> None:
    elsewhere = tmp_path / "elsewhere.tabletop"
    console = open_window(["run", str(minimal_deck_path), "--session", str(elsewhere)])
    assert isinstance(console, ConsoleWindow)
    qtbot.addWidget(console)
    console.end_session()
    console.close()
    window = _start(qtbot)
    items = {
        Path(window.session_list.item(r).data(0x0100)): window.session_list.item(r)
        for r in range(window.session_list.count())
    }
    assert elsewhere.resolve() in items
    item = items[elsewhere.resolve()]
    assert "Ended" in item.data(ENTRY_ROLE)[2]
    window.session_list.setCurrentItem(item)
    assert window.resume_button.text() == "Open"
    assert not window.crash_box.isVisibleTo(window)


def qtbot_windows() -> list[object]:
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_a_team_can_sit_the_session_out(qtbot: QtBot, minimal_deck_path: Path) -> None:
    from PySide6.QtCore import Qt

    from tabletop.gui.app import start_session_window

    setup = start_session_window(minimal_deck_path)
    qtbot.addWidget(setup)
    assert isinstance(setup, SessionSetupWindow)
    setup.team_table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    setup.start()
    console = next(w for w in qtbot_windows() if isinstance(w, ConsoleWindow))
    qtbot.addWidget(console)
    assert [t.id for t in console.controller.state.teams] == ["us", "russia"]
    assert console.recorder.team_combo.count() == 2
    assert [b.team for b in console.escalation.meter.beliefs] == [
        "US National Security Council",
        "Russian Security Council",
    ]


def test_a_double_click_on_a_deck_opens_one_setup_window(qtbot: QtBot, user_deck: Path) -> None:
    """A double-click is how most people open a deck: it must set up one session, not two
    windows of the same setup stacked on each other."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tabletop.gui import navigation

    window = _start(qtbot)
    deck_list = window.deck_list
    rect = deck_list.visualItemRect(deck_list.currentItem())
    QTest.mouseClick(deck_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(deck_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    setups = [w for w in navigation.open_windows() if isinstance(w, SessionSetupWindow)]
    for setup in setups:
        qtbot.addWidget(setup)
    assert len(setups) == 1
