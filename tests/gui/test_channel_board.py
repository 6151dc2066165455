"""The channel board: statuses in colours that come from the status alone; agreements shown."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tabletop.core.deck.model import ChannelStatus
from tabletop.gui.channel_board import StatusButton
from tabletop.gui.console_window import ConsoleWindow


def test_badge_colours_come_from_the_status_alone(qtbot: QtBot, console: ConsoleWindow) -> None:
    board = console.channels
    fresh = {}
    for status in ChannelStatus:
        button = StatusButton(console.controller.deck.channel("nrc"), board)
        button.show_status(status)
        fresh[status] = button.styleSheet()
    button = board.buttons["nrc"]
    for status in (
        ChannelStatus.CLOSED,
        ChannelStatus.PROPOSED,
        ChannelStatus.OPEN,
        ChannelStatus.DEGRADED,
        ChannelStatus.PROPOSED,
        ChannelStatus.OPEN,
    ):
        button.status_actions[status].trigger()
        assert console.controller.state.channel_status("nrc") is status
        assert button.styleSheet() == fresh[status], f"{status.value} after a few changes"


def test_partial_agreements_are_shown_and_the_opening_announced(
    qtbot: QtBot, console: ConsoleWindow
) -> None:
    controller = console.controller
    board = console.channels
    controller.deliver_next()
    assert "Agreed so far" not in board.details_text("nato-russia-hotline")
    controller.record_decision(
        "nato", "We agree to the line", kind="agree_channel", channel="nato-russia-hotline"
    )
    shown = board.details_text("nato-russia-hotline")
    assert "Agreed so far: NATO and its member states" in shown
    assert "waiting for Russia" in shown
    assert board.status_text("nato-russia-hotline") == "Proposed"
    controller.record_decision(
        "russia", "We agree too", kind="agree_channel", channel="nato-russia-hotline"
    )
    assert board.status_text("nato-russia-hotline") == "Open"
    assert "Agreed so far" not in board.details_text("nato-russia-hotline")
    # the opening is announced where the facilitator looks, not only in the status bar
    assert console.banner.isVisible()
    assert "NATO–Russia" in console.banner.text() and "now OPEN" in console.banner.text()
