"""A class rehearsed by real input: run by tests/gui/test_rehearsal.py on an X display.

Keys and clicks go through the X server and the window manager (xdotool), as a
person's do; the script only looks at the widgets and the session to check what
happened. A crash of the app is a crash of this script. Phases:

* ``play DECK FILE``: a session from the first inject to a half-typed decision,
  then it prints ``KILL NOW`` and waits to be killed with SIGKILL;
* ``resume FILE``: the session reopened after the kill, then ended and the app quit.
"""

from __future__ import annotations

import shlex
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget

from tabletop.core.engine import open_state
from tabletop.gui import open_window
from tabletop.gui.app import application
from tabletop.gui.console_window import ConsoleWindow

app = application()


def say(text: str) -> None:
    print(text, flush=True)


def pump(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)


def xdotool(*args: str) -> None:
    """Run xdotool while the app keeps handling events (and any dialog the keys open)."""
    script([*args])


def script(*commands: list[str], pause: float = 0.6) -> None:
    """Several xdotool commands in one process, ``pause`` seconds apart: a key that opens a
    dialog blocks this script inside the dialog's own event loop, so what is typed into the
    dialog must already be on its way."""
    shell = f" && sleep {pause} && ".join(shlex.join(["xdotool", *c]) for c in commands)
    process = subprocess.Popen(["sh", "-c", shell])
    while process.poll() is None:
        app.processEvents()
        time.sleep(0.005)
    assert process.returncode == 0, f"{shell} failed"
    pump(0.25)


def keys(*names: str) -> None:
    xdotool("key", "--delay", "60", *names)


def typed(text: str) -> None:
    xdotool("type", "--delay", "35", text)


def click(widget: QWidget, where: QPoint | None = None) -> None:
    point = widget.mapToGlobal(where if where is not None else widget.rect().center())
    xdotool("mousemove", "--sync", str(point.x()), str(point.y()), "click", "1")


def wait_until(check: Callable[[], bool], what: str, seconds: float = 8.0) -> None:
    end = time.monotonic() + seconds
    while not check():
        if time.monotonic() > end:
            raise AssertionError(f"timed out waiting for: {what}")
        app.processEvents()
        time.sleep(0.01)


def active_is(window: QWidget) -> bool:
    return QApplication.activeWindow() is window


def inside_screen(window: QWidget) -> bool:
    screen = window.screen().availableGeometry()
    frame: QRect = window.frameGeometry()
    return screen.contains(frame)


def open_console(args: list[str]) -> ConsoleWindow:
    window = open_window(args)
    assert isinstance(window, ConsoleWindow), window
    window.show()
    wait_until(window.isVisible, "the console shown")
    pump(0.5)
    xdotool("search", "--sync", "--onlyvisible", "--name", "— tabletop", "windowactivate", "--sync")
    wait_until(lambda: active_is(window), "the console active")
    return window


def play(deck: str, path: Path) -> None:
    window = open_console(["run", deck, "--session", str(path)])
    controller = window.controller
    assert inside_screen(window), f"the console opens past the screen: {window.frameGeometry()}"
    say("first inject (F5)")
    keys("F5")
    wait_until(lambda: controller.state.current == "cable-cut", "cable-cut delivered")

    say("a message from the US over the hotline, tagged, by the keyboard")
    keys("ctrl+2", "alt+c")
    typed("W")  # the Washington–Moscow hotline
    assert window.recorder.current_channel() == "hotline"
    assert window.recorder.kind_combo.currentData() == "message"
    keys("alt+d")
    typed("Call Moscow at once")
    keys("alt+a")
    typed("query")
    keys("Return")
    wait_until(lambda: len(controller.state.decision_list) == 1, "D1 recorded")
    first = controller.state.decision_list[0]
    assert (first.team, first.channel, first.kind, first.tags) == (
        "us",
        "hotline",
        "message",
        ("query",),
    )

    say("the next one from NATO: 'que' in the tags, Enter takes the suggestion")
    keys("ctrl+1", "alt+d")
    typed("Ask Moscow again")
    keys("alt+a")
    typed("que")
    pump(0.5)
    assert QApplication.activePopupWidget() is not None, "the tag suggestions are not shown"
    keys("Return")
    assert window.recorder.tags_edit.text() == "query"
    assert len(controller.state.decision_list) == 1  # taking a suggestion records nothing
    keys("Return")
    wait_until(lambda: len(controller.state.decision_list) == 2, "D2 recorded")
    assert controller.state.decision_list[1].tags == ("query",)
    assert window.recorder.text_edit.toPlainText() == ""
    keys("Return")  # a second Enter records nothing: the form was cleared with the draft
    pump(0.3)
    assert len(controller.state.decision_list) == 2

    say("Ctrl+Z right after recording takes D2 back")
    keys("ctrl+z")
    wait_until(lambda: len(controller.state.active_decisions()) == 1, "D2 undone")

    say("the projector opens and does not take the keyboard; F5 still works")
    keys("ctrl+shift+p")
    projector = window.projector
    wait_until(projector.isVisible, "the projector shown")
    pump(0.8)
    assert active_is(window), "the projector took the keyboard"
    before = projector.frameGeometry()
    keys("F11")
    wait_until(projector.isFullScreen, "the projector full screen")
    keys("F11")
    wait_until(lambda: not projector.isFullScreen(), "the projector back in its window")
    pump(0.8)
    assert inside_screen(projector), f"the projector left the screen: {projector.frameGeometry()}"
    assert projector.frameGeometry().size() == before.size(), "full screen and back resized it"
    window.next_guard.clear()
    keys("F5")
    wait_until(lambda: controller.state.current == "talks-offer", "the branch to the talks")
    assert "talks" in projector.title.text().lower()

    say("evaluate the inject by the keyboard (F8)")
    keys("F8")
    panel = window.evaluation
    wait_until(panel.isVisible, "the evaluation shown")
    assert panel.inject_id() == "talks-offer"
    keys("Down")  # the first verdict: Met
    wait_until(
        lambda: controller.state.assessment("talks-offer", 0) is not None, "the verdict recorded"
    )
    assert controller.state.assessment("talks-offer", 0).verdict == "met"
    keys("F8")

    keys("ctrl+shift+p")  # the projector hidden again: it stood over the log
    wait_until(lambda: not projector.isVisible(), "the projector hidden")

    say("amend D1 from the log: a click on the row, Enter, a new text, Enter")
    table = window.log.table
    model = window.log.model
    row_rect = table.visualRect(model.index(0, model.DECISION_COLUMN))
    click(table.viewport(), row_rect.center())
    wait_until(lambda: window.log.selected() is not None, "D1 selected")
    # the dialog opens on the text; Tab leaves it for the team, where Enter means OK
    script(
        ["key", "Return"],
        ["key", "ctrl+a"],
        ["type", "--delay", "30", "Call Moscow on the hotline at once"],
        ["key", "Tab", "Return"],
    )
    wait_until(
        lambda: controller.state.decisions["D1"].text == "Call Moscow on the hotline at once",
        "D1 amended",
    )

    say("skip the rest with a reason (F6)")
    script(["key", "F6"], ["type", "--delay", "30", "out of time"], ["key", "Return"])
    wait_until(lambda: len(controller.state.skipped()) == 1, "an inject skipped")

    say("a draft half typed for Russia, kept while typing; then the power goes")
    keys("ctrl+3", "alt+d")
    typed("Half a thought about the cable")
    pump(1.6)  # the draft is kept every second
    on_disk = open_state(path)[1]
    assert [d.id for d in on_disk.decision_list] == ["D1"]  # D2 was taken back
    say("KILL NOW")
    while True:
        pump(1.0)


def resume(path: Path) -> None:
    window = open_console(["resume", str(path)])
    controller = window.controller
    assert inside_screen(window)
    say("the draft is back under its team")
    recorder = window.recorder
    assert recorder.current_team() == "russia", recorder.current_team()
    assert recorder.text_edit.toPlainText() == "Half a thought about the cable"
    model = window.log.model
    assert [model.index(r, 0).data().rstrip("*") for r in range(model.rowCount())] == ["D1"]
    say("record it, then end the session (Ctrl+Shift+E, Y) and quit")
    keys("alt+d", "End", "Return")
    wait_until(lambda: len(controller.state.decision_list) == 2, "D3 recorded")
    assert controller.state.decision_list[1].id == "D3"  # D2 was undone, its id not reused
    script(["key", "ctrl+shift+e"], ["key", "y"])
    wait_until(lambda: controller.state.ended, "the session ended")
    xdotool("key", "ctrl+q")
    wait_until(lambda: not window.isVisible(), "the console closed")
    say("DONE")


if __name__ == "__main__":
    if sys.argv[1] == "play":
        play(sys.argv[2], Path(sys.argv[3]))
    else:
        resume(Path(sys.argv[2]))
