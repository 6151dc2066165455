"""A whole class session driven through the widgets, then reopened from its file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from tabletop.core.deck.model import ChannelStatus
from tabletop.core.engine import open_state
from tabletop.gui import open_window
from tabletop.gui.console_window import ConsoleWindow
from tabletop.gui.dialogs import DeliverDialog, SkipDialog
from tabletop.gui.hotwash import HotwashWindow
from tabletop.gui.setup_window import SessionSetupWindow
from tabletop.gui.start_screen import StartWindow


def facts(window: ConsoleWindow) -> dict[str, Any]:
    """What a facilitator reads off the console, panel by panel."""
    log = window.log.model
    timeline = window.timeline
    state = window.controller.state
    meter = window.escalation.meter
    return {
        "title": window.windowTitle(),
        "timeline": {i.id: timeline.status_of(i.id) for i in state.deck.injects},
        "current": window.current.title.text(),
        "log": [
            [str(log.index(r, c).data()) for c in range(log.columnCount())]
            for r in range(log.rowCount())
        ],
        "channels": {cid: window.channels.status_text(cid) for cid in window.channels.buttons},
        "level": meter.level,
        "beliefs": [(b.team, b.level) for b in meter.beliefs],
        "observations": [
            window.observation_list.list.item(r).text()
            for r in range(window.observation_list.list.count())
        ],
        "next": window.play_bar.next_button.text(),
        "teams": [
            window.recorder.team_combo.itemText(i)
            for i in range(window.recorder.team_combo.count())
        ],
        "hotwash": dict(state.hotwash),
        "actions": [(a.issue, a.corrective_action, a.owner, a.due) for a in state.actions],
        "ended": state.ended,
    }


def click(qtbot: QtBot, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def record(qtbot: QtBot, window: ConsoleWindow, team: int, channel: str, text: str) -> None:
    """Choose the team with Ctrl+N, the channel, type the decision and press Enter."""
    recorder = window.recorder
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    recorder.text_edit.setFocus()
    qtbot.keyClick(recorder.text_edit, Qt.Key.Key_0 + team, Qt.KeyboardModifier.ControlModifier)
    assert recorder.team_combo.currentIndex() == team - 1
    if channel:
        assert recorder.select_channel(channel)
    qtbot.keyClicks(recorder.text_edit, text)
    qtbot.keyClick(recorder.text_edit, Qt.Key.Key_Return)


def test_a_whole_session_through_the_widgets(
    qtbot: QtBot,
    user_deck: Path,
    answer_dialog: Callable[..., None],
    say_yes: list[str],
) -> None:
    # -- start screen: the deck is listed; set up a session with it
    start = open_window([])
    assert isinstance(start, StartWindow)
    qtbot.addWidget(start)
    start.show()
    assert start.select_deck(user_deck)
    listed = start.deck_list.currentItem().toolTip()
    assert "Cable cut, a test deck" in listed and "45 min" in listed
    assert "North Atlantic Council" in listed
    click(qtbot, start.setup_button)
    setup = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, SessionSetupWindow) and w.isVisible()
    )
    qtbot.addWidget(setup)

    # -- setup: name, facilitator, a renamed team with participants, a channel's start
    setup.name_edit.setText("Spring seminar")
    setup.facilitator_edit.setText("Dr. Ivanova")
    setup.team_table.item(1, 0).setText("US NSC (table 2)")
    setup.team_table.item(1, 2).setText("Alice, Bob")
    # a team the class did not rename keeps the deck's name (in the language of play)
    assert setup.setup().teams[0] == {"id": "nato", "participants": []}
    assert setup.setup().teams[1]["name"] == "US NSC (table 2)"
    combo = setup.channel_combos["nrc"]
    combo.setCurrentIndex(combo.findData("degraded"))
    session_file = Path(setup.session_path or "")
    click(qtbot, setup.start_button)
    window = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, ConsoleWindow) and w.isVisible()
    )
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.activateWindow()
    qtbot.waitActive(window)
    session_file = window.controller.path
    assert window.windowTitle().startswith("Spring seminar")
    assert window.channels.status_text("nrc") == "Degraded"
    assert "US NSC (table 2)" in window.recorder.team_combo.itemText(1)
    assert window.timeline.status_of("cable-cut") == "Next"

    # -- the first inject
    click(qtbot, window.play_bar.next_button)
    assert window.current.title.text() == "Data cable severed in the Gulf of Finland"
    assert "Watch for who calls whom first" in window.current.view.toPlainText()
    assert window.timeline.status_of("cable-cut") == "Current"
    assert window.channels.status_text("mil-to-mil") == "Closed"  # the inject's effect
    assert window.escalation.meter.level == 2

    # -- decisions from the keyboard, one over a closed channel
    record(qtbot, window, 2, "hotline", "Call Moscow to ask who cut the cable")
    assert "D1 sent" in window.recorder.result_label.text()
    assert window.recorder.text_edit.toPlainText() == ""
    record(qtbot, window, 1, "cable-commission", "Propose a joint inspection of the cable")
    assert "closed" in window.recorder.channel_warning.text().lower()
    assert "NOT delivered" in window.recorder.result_label.text()
    assert window.recorder.result_badge.text() == "Not delivered"
    log = window.log.model
    assert log.rowCount() == 2
    assert log.index(1, log.OUTCOME_COLUMN).data() == "Not delivered"
    assert log.index(0, log.OUTCOME_COLUMN).data() == "In transit"  # a call takes 30 minutes
    assert "NOT delivered" in window.log.summary.text()

    # -- a channel changed in one action on the board
    window.channels.buttons["cable-commission"].status_actions[ChannelStatus.OPEN].trigger()
    assert window.channels.status_text("cable-commission") == "Open"
    assert window.controller.state.channel_status("cable-commission") is ChannelStatus.OPEN

    # -- amend and withdraw from the log
    window.log.select("D2")
    answer_dialog(
        lambda d: (d.text_edit.setPlainText("Propose a joint inspection, again"), d.accept())
    )
    click(qtbot, window.log.amend_button)
    assert log.index(1, 3).data() == "Propose a joint inspection, again"
    record(qtbot, window, 3, "", "Deny any involvement")
    window.log.select("D3")
    answer_dialog(lambda d: (d.reason.setText("recorded for the wrong team"), d.accept()))
    click(qtbot, window.log.withdraw_button)
    assert log.index(2, log.OUTCOME_COLUMN).data() == "Withdrawn"

    # -- adjudicate by clicking a rung of the meter
    meter = window.escalation.meter
    row_height = meter.height() / 11
    rung_four = QPoint(meter.width() // 2, int(row_height * (10 - 4) + row_height / 2))
    qtbot.mouseClick(meter, Qt.MouseButton.LeftButton, pos=rung_four)
    assert meter.level == 4
    assert window.escalation.level_label.text().startswith("Level 4")

    # -- pause and resume the clock
    click(qtbot, window.clock.pause_button)
    assert "PAUSED" in window.clock.scenario_caption.text()
    assert window.clock.pause_button.text() == "Resume clock"
    click(qtbot, window.clock.pause_button)
    assert window.clock.pause_button.text() == "Pause clock"

    # -- quick observations on the current inject
    bar = window.observation_bar
    qtbot.keyClicks(bar.edit, "NATO sought attribution before acting")
    click(qtbot, bar.strength_button)
    qtbot.keyClicks(bar.edit, "Nobody used the military line")
    bar.rating.setCurrentIndex(bar.rating.findData("S"))
    click(qtbot, bar.improvement_button)
    observations = window.controller.state.observations
    assert [(o.kind, o.rating, o.inject) for o in observations] == [
        ("strength", "", "cable-cut"),
        ("improvement", "S", "cable-cut"),
    ]

    # -- the branch: the hotline was used, so the offer of talks comes next
    assert window.play_bar.next_title.text() == "Next: An offer of talks"
    window.next_guard.clear()  # minutes after the first delivery, not a double press
    click(qtbot, window.play_bar.next_button)
    assert window.timeline.status_of("talks-offer") == "Current"

    # -- a contingency on demand, then skip the rest with a reason
    def deliver(dialog: QDialog) -> None:
        assert isinstance(dialog, DeliverDialog)
        dialog.select("stalled")
        dialog.accept()

    answer_dialog(deliver)
    click(qtbot, window.play_bar.deliver_button)
    assert window.current.title.text() == "A journalist calls"

    def skip(dialog: QDialog) -> None:
        assert isinstance(dialog, SkipDialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # a reason is required
        dialog.reason.setText("out of time")
        assert ok.isEnabled()
        dialog.accept()

    answer_dialog(skip)
    click(qtbot, window.play_bar.skip_button)
    assert window.timeline.status_of("tanker-seizure") == "Skipped"
    assert window.play_bar.next_button.text() == "Hot wash and end"

    # -- hot wash, then end
    click(qtbot, window.play_bar.next_button)
    hotwash = window.hotwash_window
    assert isinstance(hotwash, HotwashWindow) and hotwash.isVisible()
    for name, text in {
        "supposed": "Attribution, then a call",
        "happened": "A call, a lost proposal",
        "why": "A closed commission",
        "sustain_improve": "Use the hotline early; agree the incident line",
    }.items():
        hotwash.answers[name].setPlainText(text)
    hotwash.adders["improvement"].setText("Channel status was not checked")
    click(qtbot, hotwash.findChild(type(hotwash.end_button), "hotwash_improvement_add"))
    hotwash.issue_edit.setText("No incident line")
    hotwash.corrective_edit.setText("Propose the NATO–Russia incident hotline")
    hotwash.owner_edit.setText("Policy cell")
    click(qtbot, hotwash.findChild(type(hotwash.end_button), "addActionButton"))
    click(qtbot, hotwash.end_button)
    assert say_yes == ["End the session"]
    assert window.controller.ended
    assert hotwash.saved_marks["why"].text() == "saved"
    assert not window.recorder.record_button.isEnabled()
    assert not window.actions_.end_session.isEnabled()
    before = facts(window)
    assert before["hotwash"]["sustain_improve"].startswith("Use the hotline early")
    assert before["actions"][0][:3] == (
        "No incident line",
        "Propose the NATO–Russia incident hotline",
        "Policy cell",
    )

    # -- close, reopen the file: everything is as it was
    window.close()
    _deck, on_disk, _meta = open_state(session_file)
    assert on_disk.ended and len(on_disk.decisions) == 3 and len(on_disk.observations) == 3
    again = open_window(["resume", str(session_file)])
    assert isinstance(again, ConsoleWindow)
    qtbot.addWidget(again)
    again.resize(1280, 720)
    again.show()
    after = facts(again)
    assert after == before
