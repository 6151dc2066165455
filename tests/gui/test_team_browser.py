"""Two teams play from the team page in a real browser (the system's Chromium via Playwright).

Team A (the Russian Security Council) and team B (the North Atlantic Council)
join by their URLs. A sends a message over an open channel and one over a
closed channel; the facilitator accepts both in the console. B sees the first
only once it has arrived (story time), never the second, and never A's
team-only card: checked in B's page and in every byte B's browser received.

``TABLETOP_SCREENSHOTS=folder`` also saves a phone-sized and a laptop-sized
team page there.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tabletop.gui import open_window
from tabletop.gui.console_window import ConsoleWindow
from tabletop.gui.team_link import TeamDevices

CHROMIUM = Path("/usr/bin/chromium")
TEAM_CARDS = Path(__file__).resolve().parents[1] / "data" / "decks" / "team-cards.yaml"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
HOSTILE = '<img src=x onerror="document.title=1"><script>window.pwned=1</script> hold the line'

if not CHROMIUM.exists():
    reason = "the system's Chromium (/usr/bin/chromium) is not installed"
    if os.environ.get("CI"):
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason, allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")


class Traffic:
    """Every response body and WebSocket frame a page received."""

    def __init__(self, page: Any) -> None:
        self.chunks: list[str] = []
        page.on("websocket", self._socket)
        page.on("response", self._response)

    def _socket(self, socket: Any) -> None:
        socket.on("framereceived", lambda payload: self.chunks.append(str(payload)))

    def _response(self, response: Any) -> None:
        # a redirect or an aborted request has no body
        with contextlib.suppress(Exception):
            self.chunks.append(response.text())

    def holds(self, text: str) -> bool:
        return any(text in chunk for chunk in self.chunks)


@pytest.fixture
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        profile = tempfile.mkdtemp(prefix="tabletop-chromium-")
        context = playwright.chromium.launch_persistent_context(
            profile,
            executable_path=str(CHROMIUM),
            headless=True,
            args=FLAGS,
            viewport={"width": 1280, "height": 860},
        )
        yield context
        context.close()


def _wait(qtbot: QtBot, check: Callable[[], bool], timeout: float = 10.0) -> None:
    """Wait for a page condition while the console's event loop keeps running."""
    qtbot.waitUntil(check, timeout=int(timeout * 1000))


def _text(page: Any, selector: str) -> str:
    return str(page.text_content(selector) or "")


def test_two_teams_play_in_a_browser_and_see_only_what_reached_them(
    qtbot: QtBot, session_path: Path, browser: Any
) -> None:
    window = open_window(["run", str(TEAM_CARDS), "--session", str(session_path)])
    assert isinstance(window, ConsoleWindow)
    qtbot.addWidget(window)
    window.show()
    devices: TeamDevices = window.team_console.ensure()
    assert devices.start("127.0.0.1") == ""
    controller = window.controller
    controller.deliver_next()  # 06:40, public: a cable is cut

    a = browser.new_page()
    b = browser.new_page()
    seen_by_b = Traffic(b)
    a.goto(devices.join_url("russia"))
    b.goto(devices.join_url("nato"))
    _wait(qtbot, lambda: _text(a, "#team-name") == "Russian Security Council")
    _wait(qtbot, lambda: _text(b, "#team-name") == "North Atlantic Council")
    _wait(qtbot, lambda: _text(b, "#connection") == "live")
    _wait(qtbot, lambda: "Data cable severed" in _text(b, "#injects"))

    # A sends over the open cable commission (30 minutes) and over the closed NRC
    for channel, text in (
        ("cable-commission", "OPEN-LINE: our divers are not involved"),
        ("nrc", "CLOSED-LINE: this never arrives"),
    ):
        _send(a, channel, text)
    panel = window.team_console.panel
    assert panel is not None
    _wait(qtbot, lambda: panel.list.topLevelItemCount() == 2)
    _wait(qtbot, lambda: _text(a, "#submissions").count("Waiting for the facilitator") == 2)
    # the facilitator accepts both through the console
    for _ in range(2):
        panel.list.setCurrentItem(panel.list.topLevelItem(0))
        assert panel.accept_selected()
    decisions = {d.text: d for d in controller.state.decision_list}
    assert all(d.source == "device" for d in decisions.values())
    _wait(qtbot, lambda: "in transit until Day 1 07:10" in _text(a, "#submissions"))
    _wait(qtbot, lambda: "not delivered" in _text(a, "#submissions"))
    assert "closed" in _text(a, "#submissions")

    # B sees nothing yet: the message is still on its way
    qtbot.wait(1500)
    assert "OPEN-LINE" not in _text(b, "#inbox")
    assert not seen_by_b.holds("OPEN-LINE")

    # the story moves on to 07:30 with the Russian team's card: the message has arrived
    controller.deliver_next()
    _wait(qtbot, lambda: "OPEN-LINE" in _text(b, "#inbox"))
    assert "From Russian Security Council" in _text(b, "#inbox")
    assert "arrived Day 1 07:10" in _text(b, "#inbox")
    _wait(qtbot, lambda: "What the check is for" in _text(a, "#injects"))
    _wait(qtbot, lambda: "delivered (arrived" in _text(a, "#submissions"))
    folder = os.environ.get("TABLETOP_SCREENSHOTS")
    if folder:
        _screenshots(qtbot, browser, devices, Path(folder))

    # hostile text arrives as text: nothing in it runs or becomes an element
    _send(a, "cable-commission", HOSTILE)
    _wait(qtbot, lambda: panel.list.topLevelItemCount() == 1)
    assert panel.accept_selected()
    controller.deliver_next()  # 08:00: thirty minutes later, it has arrived
    _wait(qtbot, lambda: "hold the line" in _text(b, "#inbox"))
    assert HOSTILE in _text(b, "#inbox")
    assert b.evaluate("document.querySelectorAll('#inbox img, #inbox script').length") == 0
    assert b.evaluate("window.pwned === undefined && document.title !== '1'")

    # never in B's page nor in anything B's browser received: the closed-channel message,
    # A's team-only card, the facilitator's notes
    qtbot.wait(1500)
    for secret in ("CLOSED-LINE", "PRIVATE-RUSSIA", "What the check is for", "SECRET-NOTE"):
        assert secret not in b.content(), secret
        assert not seen_by_b.holds(secret), secret
    assert seen_by_b.holds("OPEN-LINE")  # the traffic was indeed captured
    a.close()
    b.close()


def _send(page: Any, channel: str, text: str) -> None:
    page.select_option("#kind", "message")
    page.select_option("#channel", channel)
    page.fill("#text", text)
    page.click("#send")


def _screenshots(qtbot: QtBot, browser: Any, devices: TeamDevices, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    shots = (("team-phone", "russia", (360, 780)), ("team-laptop", "nato", (1280, 860)))
    for name, team, size in shots:
        page = browser.new_page()
        page.set_viewport_size({"width": size[0], "height": size[1]})
        page.goto(devices.join_url(team))
        _wait(qtbot, lambda page=page: _text(page, "#connection") == "live")
        qtbot.wait(300)
        page.screenshot(path=str(folder / f"{name}.png"))
        page.close()
