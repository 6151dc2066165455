"""The decision recorder by the keyboard: tags through the completer, Enter, drafts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tabletop.gui import settings
from tabletop.gui.console_window import ConsoleWindow

# Typed as a class types it: a decision tagged "query", then "que" in the next one's tags,
# and Enter while the completer's list is open. The key goes to the open list first, as a
# real key press does (the list holds the keyboard while it is shown).
COMPLETER_RUN = """
import json, sys
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from tabletop.gui import open_window
from tabletop.gui.app import application

app = application()
console = open_window(["run", sys.argv[1], "--session", sys.argv[2]])
console.show()
console.activateWindow()
app.processEvents()
console.actions_.next_inject.trigger()
recorder = console.recorder


def enter():
    app.processEvents()
    QTest.keyClick(QApplication.activePopupWidget() or QApplication.focusWidget(),
                   Qt.Key.Key_Return)
    app.processEvents()


def decision(text, tags):
    recorder.text_edit.setFocus()
    QTest.keyClicks(recorder.text_edit, text)
    recorder.tags_edit.setFocus()
    QTest.keyClicks(recorder.tags_edit, tags)
    app.processEvents()
    shown = QApplication.activePopupWidget() is not None
    enter()
    return shown


first = decision("Call Moscow", "query")
second = decision("Ask again", "que")
taken = recorder.tags_edit.text()
enter()
print(json.dumps({
    "popup": [first, second],
    "taken": taken,
    "tags": [list(d.tags) for d in console.controller.state.decision_list],
    "texts": [d.text for d in console.controller.state.decision_list],
    "left": recorder.text_edit.toPlainText(),
}))
console.close()
"""


def test_enter_on_a_tag_suggestion_takes_it_and_does_not_crash(
    tmp_path: Path, tabletop_home: Path, minimal_deck_path: Path
) -> None:
    env = {**os.environ, "TABLETOP_HOME": str(tabletop_home), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", COMPLETER_RUN, str(minimal_deck_path), str(tmp_path / "s")],
        env=env,
        text=True,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, f"the console died ({done.returncode}): {done.stderr[-2000:]}"
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["popup"] == [False, True]  # the known tag is offered the second time
    assert result["taken"] == "query"  # Enter on the suggestion took it …
    assert result["tags"] == [["query"], ["query"]]  # … and the next Enter recorded it
    assert result["texts"] == ["Call Moscow", "Ask again"]
    assert result["left"] == ""


def test_the_draft_is_cleared_in_the_step_that_records_it(
    qtbot: QtBot, console: ConsoleWindow
) -> None:
    console.actions_.next_inject.trigger()
    recorder = console.recorder
    console.activateWindow()
    recorder.text_edit.setFocus()
    qtbot.keyClicks(recorder.text_edit, "Call Moscow")
    console.controller.tick.emit()  # the draft is kept while typing
    key = settings.draft_key(console.controller.session_id, "decision")
    assert "Call Moscow" in settings.load_text(key)
    qtbot.keyClick(recorder.text_edit, Qt.Key.Key_Return)
    assert [d.text for d in console.controller.state.decision_list] == ["Call Moscow"]
    # no tick in between: a crash now must not bring the recorded text back as a draft
    assert "Call Moscow" not in settings.load_text(key)
    qtbot.keyClick(recorder.text_edit, Qt.Key.Key_Return)  # a second Enter records nothing
    assert len(console.controller.state.decision_list) == 1
    assert QApplication.focusWidget() is recorder.text_edit


def test_a_channel_chosen_means_a_message_and_stays_one_after_recording(
    qtbot: QtBot, console: ConsoleWindow
) -> None:
    console.actions_.next_inject.trigger()
    recorder = console.recorder
    recorder.select_team(2)
    assert recorder.kind_combo.currentData() == "action"
    assert recorder.select_channel("hotline")
    assert recorder.kind_combo.currentData() == "message"
    for text in ("Call Moscow", "Call Moscow again"):
        recorder.text_edit.setPlainText(text)
        recorder.record()
    decisions = console.controller.state.decision_list
    assert [(d.kind, d.channel) for d in decisions] == [("message", "hotline")] * 2
    assert recorder.current_channel() == "hotline"
    assert recorder.kind_combo.currentData() == "message"
    # no channel: an action again
    assert recorder.select_channel("")
    assert recorder.kind_combo.currentData() == "action"
    # a kind the user chose is kept while it fits the channel
    assert recorder.select_channel("public")
    recorder.kind_combo.setCurrentIndex(recorder.kind_combo.findData("statement"))
    recorder.text_edit.setPlainText("We know who did it")
    recorder.record()
    assert recorder.kind_combo.currentData() == "statement"
    assert console.controller.state.decision_list[-1].kind == "statement"


def test_the_log_shows_each_decisions_kind_and_tags(qtbot: QtBot, console: ConsoleWindow) -> None:
    from tabletop.gui.models import DETAIL_ROLE

    console.actions_.next_inject.trigger()
    controller = console.controller
    controller.record_decision(
        "us", "Call Moscow", kind="message", channel="hotline", tags=["query", "early"]
    )
    controller.record_decision("russia", "Deny it", kind="statement", channel="public")
    controller.record_decision("nato", "Raise readiness", escalation=1)
    model = console.log.model
    column = model.DECISION_COLUMN
    assert not console.log.table.isColumnHidden(column)
    details = [str(model.index(row, column).data(DETAIL_ROLE)) for row in range(3)]
    assert "Message" in details[0] and "Washington–Moscow hotline" in details[0]
    assert "early" in details[0] and "query" in details[0]
    assert "Public statement" in details[1]
    assert "Action" in details[2] and "+1" in details[2]


def test_a_draft_brought_back_is_carried_on_at_its_end(console: ConsoleWindow) -> None:
    """After a crash the draft comes back; the facilitator's next keys carry on where the
    text stopped, not before it."""
    recorder = console.recorder
    recorder.set_draft('{"team": "us", "text": "Call Moscow"}')
    recorder.text_edit.setFocus()
    recorder.text_edit.insertPlainText(" now")
    assert recorder.text_edit.toPlainText() == "Call Moscow now"
