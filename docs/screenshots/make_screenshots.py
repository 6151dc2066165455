"""Take the README's screenshots of the start screen, the console mid-session and the projector.

Run under a virtual X display with a window manager, at the smallest size the
console must fit (console.png, console-1280.png, console-evaluation.png,
projector.png, start.png), then at 1920×1080 (console-1920.png)::

    Xvfb :91 -screen 0 1280x720x24 & DISPLAY=:91 openbox &
    DISPLAY=:91 QT_QPA_PLATFORM=xcb python docs/screenshots/make_screenshots.py
    Xvfb :92 -screen 0 1920x1080x24 & DISPLAY=:92 openbox &
    DISPLAY=:92 QT_QPA_PLATFORM=xcb python docs/screenshots/make_screenshots.py --console-only

``--console-only`` leaves the start screen out.

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
    for name, deck, ended in (
        ("Monday seminar, group A", "gray-zone-escalation", True),
        ("Tuesday seminar, group B", "baltic-snap-exercise", False),
    ):
        text = resolve_deck(deck).read_text(encoding="utf-8")
        path = folder / f"{deck}.tabletop"
        with Session.start(
            text, setup=SessionSetup(name=name, facilitator="Dr. Ivanova"), path=path
        ) as session:
            session.deliver_next()
            session.deliver_next()
            if ended:
                session.end()


def console_scene() -> ConsoleWindow:
    """The intro deck in its second inject: messages delivered, lost and in transit, a
    channel half agreed, a verdict and an observation linked to an objective."""
    console = open_window(["run", "intro"])
    assert isinstance(console, ConsoleWindow)
    c = console.controller
    state = c.state
    nato, us, russia = (t.id for t in state.teams[:3])
    c.deliver_next()
    c.record_decision(
        us,
        "Call Moscow on the hotline: ask who owns the tanker",
        kind="message",
        channel="hotline",
        tags=["attribution"],
    )
    c.record_decision(
        nato,
        "Ask for an incident call with the Russian General Staff",
        kind="message",
        channel="nato-russia-hotline",
        tags=["attribution"],
    )
    c.record_decision(
        nato,
        "Agree to open the military incident line",
        kind="agree_channel",
        channel="nato-russia-hotline",
    )
    c.note_observation(
        "strength",
        "The US team checked the channel board before calling",
        objective=state.deck.objectives[0].id,
    )
    c.deliver_next()
    c.record_decision(
        russia,
        "Deny any link to the tanker in a statement",
        kind="statement",
        channel="public",
        escalation=1,
        tags=["denial"],
    )
    c.adjudicate(min(state.level + 1, c.deck.ladder.highest), "statements harden")
    c.record_decision(
        us,
        "Tell Moscow the allies want the ship inspected",
        kind="message",
        channel="hotline",
        tags=["attribution", "inspection"],
    )
    c.assess_expectation(
        state.current, 1, "met", decision="D5", note="the US used the hotline and told the allies"
    )
    if c.state.channel_status("mil-to-mil") is ChannelStatus.OPEN:
        c.set_channel_status("mil-to-mil", ChannelStatus.DEGRADED, "line noise")
    console.recorder.select_team(1)
    console.recorder.text_edit.setPlainText("Propose a joint investigation of the cable")
    console.banner.dismiss()
    fill_screen(console)
    console.log.table.selectRow(3)
    settle()
    return console


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = Path(args[0]) if args else HERE
    console_only = "--console-only" in sys.argv
    width = QGuiApplication.primaryScreen().geometry().width()
    if not console_only:
        earlier_sessions()
        start = open_window([])
        fill_screen(start)
        shoot("start.png", out)
        start.close()

    console = console_scene()
    if width >= 1920:
        shoot("console-1920.png", out)
    else:
        shoot("console.png", out)
        shoot(f"console-{width}.png", out)
        console.toggle_evaluation()
        settle()
        shoot("console-evaluation.png", out)
        console.toggle_evaluation()
        projector = console.projector
        projector.setGeometry(QGuiApplication.primaryScreen().geometry())
        projector.set_full_screen(True)
        settle(600)
        shoot("projector.png", out)
    for window in navigation.open_windows():
        window.close()
    return 0


if __name__ == "__main__":
    from tabletop.gui.app import application

    application()
    sys.exit(main())
