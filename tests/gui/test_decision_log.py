"""The decision log as a facilitator reads it: outcomes as they stand, amend from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt

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
