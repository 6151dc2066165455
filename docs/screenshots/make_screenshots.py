"""Take the README's screenshots of the start screen, the console mid-session and the projector.

Run under a virtual X display at the smallest size the console must fit::

    Xvfb :91 -screen 0 1280x720x24 &
    DISPLAY=:91 QT_QPA_PLATFORM=xcb python docs/screenshots/make_screenshots.py

Each picture is grabbed from the X screen itself, as a person would see it. A
private TABLETOP_HOME is used, so no real sessions are touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
os.environ["TABLETOP_HOME"] = tempfile.mkdtemp(prefix="tabletop-shots-")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from tabletop.core.deck.model import ChannelStatus  # noqa: E402
from tabletop.gui import navigation, open_window  # noqa: E402
from tabletop.gui.console_window import ConsoleWindow  # noqa: E402


def settle(ms: int = 400) -> None:
    """Let the X server map, lay out and paint what was just shown."""
    app = QApplication.instance()
    assert app is not None
    loop_end = QTimer()
    loop_end.setSingleShot(True)
    loop_end.start(ms)
    while loop_end.isActive():
        app.processEvents()


def shoot(name: str, out: Path = HERE) -> None:
    screen = QGuiApplication.primaryScreen()
    screen.grabWindow(0).save(str(out / name))
    print(f"wrote {out / name}")


def fill_screen(window: QWidget) -> None:
    window.setGeometry(QGuiApplication.primaryScreen().availableGeometry())
    window.show()
    window.raise_()
    settle()


def earlier_sessions() -> None:
    """Two earlier classes: one ended, one left unfinished (as after a crash)."""
    from tabletop.core import paths
    from tabletop.core.deck.library import resolve_deck
    from tabletop.core.engine import Session, SessionSetup

    folder = paths.ensure_dir(paths.sessions_dir())
    for name, deck, ended in (("Monday seminar, group A", "gray-zone-escalation", True),
                              ("Tuesday seminar, group B", "baltic-snap-exercise", False)):
        text = resolve_deck(deck).read_text(encoding="utf-8")
        path = folder / f"{deck}.tabletop"
        with Session.start(text, setup=SessionSetup(name=name, facilitator="Dr. Ivanova"),
                           path=path) as session:
            session.deliver_next()
            session.deliver_next()
            if ended:
                session.end()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    earlier_sessions()
    start = open_window([])
    fill_screen(start)
    shoot("start.png", out)

    console = open_window(["run", "intro"])
    assert isinstance(console, ConsoleWindow)
    start.close()
    c = console.controller
    state = c.state
    c.deliver_next()
    c.record_decision(state.teams[1].id, "Call Moscow on the hotline: ask who owns the tanker",
                      kind="message", channel="hotline")
    c.record_decision(state.teams[0].id, "Ask for an incident call with the Russian General "
                      "Staff", kind="message", channel="nato-russia-hotline")
    c.note_observation("strength", "The US team checked the channel board before calling")
    c.deliver_next()
    c.record_decision(state.teams[2].id, "Deny any link to the tanker in a statement",
                      kind="statement", channel="public", escalation=1)
    c.adjudicate(min(state.level + 1, c.deck.ladder.highest), "statements harden")
    first = c.deck.channels[0].id
    if c.state.channel_status(first) is ChannelStatus.OPEN:
        c.set_channel_status(first, ChannelStatus.DEGRADED, "line noise")
    console.recorder.select_team(1)
    console.recorder.text_edit.setPlainText("Propose a joint investigation of the cable")
    fill_screen(console)
    console.log.table.selectRow(0)
    settle()
    shoot("console.png", out)

    projector = console.projector
    projector.setGeometry(QGuiApplication.primaryScreen().geometry())
    projector.showFullScreen()
    settle(600)
    shoot("projector.png", out)
    for window in navigation.open_windows():
        window.close()
    return 0


if __name__ == "__main__":
    from tabletop.gui.app import application

    application()
    sys.exit(main())
