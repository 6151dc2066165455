"""The decision log as a facilitator reads it: outcomes as they stand, amend from the keyboard."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tabletop.gui.console_window import ConsoleWindow


def test_a_message_on_its_way_is_in_transit_until_it_arrives(console: ConsoleWindow) -> None:
    controller = console.controller
    controller.deliver_next()  # day 1, 06:40
    recorder = console.recorder
    recorder.select_team(2)
    recorder.select_channel("hotline")
    recorder.kind_combo.setCurrentIndex(recorder.kind_combo.findData("message"))
    recorder.text_edit.setPlainText("Call Moscow")
    recorder.record()
    log = console.log.model
    outcome = log.index(0, log.OUTCOME_COLUMN)
    assert outcome.data() == "In transit"
    assert "arrives D1 07:10" in outcome.data(Qt.ItemDataRole.ToolTipRole)
    assert console.recorder.result_badge.text() == "In transit"
    assert "in transit, arrives D1 07:10" in console.recorder.result_label.text()
    controller.deliver_next()  # the story moves to day 2: the call has long arrived
    assert log.index(0, log.OUTCOME_COLUMN).data() == "Delivered"
    console.log.select("D1")
    assert "Arrived D1 07:10" in outcome.data(Qt.ItemDataRole.ToolTipRole)


def test_enter_on_a_row_amends_it_and_amend_can_move_it_to_another_team_and_channel(
    qtbot: QtBot, console: ConsoleWindow, answer_dialog: Callable[..., None]
) -> None:
    controller = console.controller
    controller.deliver_next()
    controller.record_decision("us", "Call Moscow", kind="message", channel="hotline")
    log = console.log
    log.select("D1")
    log.table.setFocus()
    seen: list[list[str]] = []

    def amend(dialog: QDialog) -> None:
        dialog.team_combo.setCurrentIndex(dialog.team_combo.findData("nato"))
        # only channels NATO is a party to are offered
        seen.append(
            [str(dialog.channel_combo.itemData(i)) for i in range(dialog.channel_combo.count())]
        )
        dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("nato-russia-hotline"))
        dialog.accept()

    answer_dialog(amend)
    qtbot.keyClick(log.table, Qt.Key.Key_Return)
    assert "hotline" not in seen[0] and "nato-russia-hotline" in seen[0]
    decision = controller.state.decisions["D1"]
    assert (decision.team, decision.channel) == ("nato", "nato-russia-hotline")
    model = log.model
    assert model.index(0, 2).data() == "NATO"
    assert model.index(0, model.OUTCOME_COLUMN).data() == "Not delivered"  # only proposed then
    assert model.index(0, 0).data() == "D1*"


def test_the_line_under_the_form_follows_an_amendment_of_its_decision(
    console: ConsoleWindow,
) -> None:
    """The line under the form says what became of the decision just recorded; once that
    decision is amended onto a closed channel it must not go on saying "in transit"."""
    controller = console.controller
    controller.deliver_next()
    recorder = console.recorder
    recorder.select_team(2)
    recorder.select_channel("hotline")
    recorder.text_edit.setPlainText("Call Moscow")
    recorder.record()
    assert "in transit" in recorder.result_label.text()
    assert controller.amend_decision("D1", channel="nrc")
    assert "NOT delivered" in recorder.result_label.text(), recorder.result_label.text()
    assert recorder.result_badge.text() == "Not delivered"
    assert controller.withdraw_decision("D1", "a mistake")
    assert recorder.result_badge.text() == "Withdrawn", recorder.result_badge.text()


def test_the_amend_dialog_shows_each_channel_s_status_as_the_amendment_will_use_it(
    qtbot: QtBot, console: ConsoleWindow
) -> None:
    """Moving a message to another channel sends it again as of the moment it was made: the
    dialog's channel list says, for each channel, the status it had then (a message moved
    onto a closed channel will not be delivered), as the recorder's list does."""
    from tabletop.core.deck.model import ChannelStatus
    from tabletop.gui.dialogs import AmendDialog

    controller = console.controller
    controller.deliver_next()
    controller.record_decision("us", "Call Moscow", kind="message", channel="hotline")
    assert controller.set_channel_status("hotline", ChannelStatus.CLOSED)  # later on
    dialog = AmendDialog(controller.state.decisions["D1"], controller.state, console)
    qtbot.addWidget(dialog)
    items = [dialog.channel_combo.itemText(i) for i in range(dialog.channel_combo.count())]
    assert "Washington–Moscow hotline — Open" in items, items  # open when D1 was made
    assert "NATO–Russia Council — Closed" in items, items
