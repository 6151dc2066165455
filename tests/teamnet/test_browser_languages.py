"""Teams join a Vietnamese and a Russian session in a real browser (the system's Chromium via
Playwright): every text of the page's own is in the session's language, on screen and in
every byte the browser received, and a pseudo-locale run shows that every such text comes
through the catalog.

The console is played by the test itself: it records a device's submission through the
session as the facilitator's queue does, and hands the server the views computed after it.

``TABLETOP_SCREENSHOTS=folder`` also saves a phone-sized team page in each language there
(``team-phone-vi.png``, ``team-phone-ru.png``).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tabletop.core import i18n, paths
from tabletop.core.engine import Session, SessionSetup
from tabletop.core.engine.team_view import submission_key
from tabletop.teamnet.codes import new_code
from tabletop.teamnet.hub import all_views
from tabletop.teamnet.server import TeamServer
from tabletop.teamnet.wording import page_words
from tests.support.sessions import FakeClock

CHROMIUM = Path("/usr/bin/chromium")
INTRO = paths.bundled_decks_dir() / "intro.yaml"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TYPED = {
    "vi": {
        "hotline": "Chúng tôi không liên quan đến sự cố cáp.",
        "closed": "Thông điệp này sẽ không bao giờ đến.",
    },
    "ru": {
        "hotline": "Мы не причастны к обрыву кабеля.",
        "closed": "Это сообщение никогда не дойдёт.",
    },
}

if not CHROMIUM.exists():
    reason = "the system's Chromium (/usr/bin/chromium) is not installed"
    if os.environ.get("CI"):
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason, allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")


class Traffic:
    """Every response body (with its address) and WebSocket frame a page received."""

    def __init__(self, page: Any) -> None:
        self.frames: list[str] = []
        self.bodies: list[tuple[str, str]] = []
        page.on("websocket", self._socket)
        page.on("response", self._response)

    def _socket(self, socket: Any) -> None:
        socket.on("framereceived", lambda payload: self.frames.append(str(payload)))

    def _response(self, response: Any) -> None:
        with contextlib.suppress(Exception):  # a redirect or an aborted request has no body
            self.bodies.append((response.url, response.text()))

    def said(self) -> list[str]:
        """Every text the laptop said to the page for people to read: the string values of
        every frame and answer (not the keys, nor codes such as a status or a kind) and the
        text and labels of the pages served (the script and the style sheet are code)."""
        texts: list[str] = []
        for body in self.frames + [b for url, b in self.bodies if "/assets/" not in url]:
            try:
                texts += _strings(json.loads(body))
            except ValueError:  # a page: its text between tags, and its labels
                texts += re.findall(r'aria-label="([^"]*)"', body)
                texts += re.sub(r"<[^>]*>", "\n", body).split("\n")
        return [t for t in texts if t.strip()]

    def raw(self) -> str:
        return "\n".join(self.frames + [body for _url, body in self.bodies])


CODES = ("type", "status", "kind", "id", "key", "language")


def _strings(value: Any) -> list[str]:
    """The string values in JSON data, those of code fields left out."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() if k not in CODES for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


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


class Room:
    """A session in a language with team devices on, the test acting as the console."""

    def __init__(self, language: str, folder: Path) -> None:
        self.language = language
        self.clock = FakeClock()
        self.session = Session.start(
            INTRO.read_text(encoding="utf-8"),
            setup=SessionSetup(language=language),
            path=folder / f"{language}.tabletop",
            deck_source=str(INTRO),
            clock=self.clock,
        )
        self.codes = {team.id: new_code() for team in self.session.state.teams}
        self.server = TeamServer()
        self.port = self.server.start("127.0.0.1", 0, self.codes, self.views())

    def views(self) -> dict[str, dict[str, Any]]:
        return all_views(self.session.state, self.session.clock())

    def publish(self) -> None:
        self.server.publish(self.views())

    def url(self, team: str) -> str:
        return f"http://127.0.0.1:{self.port}/t/{self.codes[team]}"

    def accept_all(self, count: int) -> None:
        """Record ``count`` submissions as the facilitator's queue does, once they came."""
        taken: list[Any] = []
        deadline = time.monotonic() + 10
        while len(taken) < count and time.monotonic() < deadline:
            taken += self.server.take_fresh()
            time.sleep(0.05)
        assert len(taken) == count, taken
        for submission in taken:
            self.session.record_decision(
                submission.team,
                submission.text,
                kind=submission.kind,
                channel=submission.channel,
                recipients=submission.recipients,
                submission=submission_key(submission.team, submission.key),
                source="device",
            )
        self.publish()
        self.server.resolve((s.team, s.key) for s in taken)

    def close(self) -> None:
        self.server.stop()
        self.session.close()


@pytest.fixture
def rooms(tmp_path: Path) -> Iterator[Callable[[str], Room]]:
    made: list[Room] = []

    def make(language: str) -> Room:
        room = Room(language, tmp_path)
        made.append(room)
        return room

    yield make
    for room in made:
        room.close()


def _wait(check: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("the page did not get there in time")
        time.sleep(0.05)


def _text(page: Any, selector: str) -> str:
    return str(page.text_content(selector) or "")


def _send(page: Any, channel: str, text: str) -> None:
    page.select_option("#kind", "message")
    page.select_option("#channel", channel)
    page.fill("#text", text)
    page.click("#send")


SHOWN = """() => {
  const parts = [document.title, document.body.innerText];
  for (const o of document.querySelectorAll("option")) parts.push(o.textContent);
  for (const n of document.querySelectorAll("[aria-label]")) {
    parts.push(n.getAttribute("aria-label"));
  }
  return parts.join("\\n");
}"""


OVERFLOWING = """() => {
  const width = document.documentElement.clientWidth;
  const out = [];
  for (const node of document.querySelectorAll("body *")) {
    const box = node.getBoundingClientRect();
    if (box.width && (box.right > width + 1 || node.scrollWidth > node.clientWidth + 1)
        && getComputedStyle(node).overflowX !== "auto") {
      out.push(node.tagName + "#" + node.id + "." + node.className + ": " +
               (node.textContent || "").slice(0, 40));
    }
  }
  return out;
}"""


def _play(room: Room, browser: Any) -> tuple[Any, Any, Traffic, Traffic]:
    """Russia and the US join; Russia sends over the open Washington–Moscow hotline and
    over the NATO–Russia military hotline, which is only proposed; the facilitator accepts
    both. The US reads the first once it has arrived, never the second."""
    words = _words(room.language)
    room.session.deliver_next()  # 04:10: the cable goes dark
    room.publish()
    russia, us = browser.new_page(), browser.new_page()
    seen_by_russia, seen_by_us = Traffic(russia), Traffic(us)
    russia.goto(room.url("russia"))
    us.goto(room.url("us"))
    names = {t.id: t.name for t in room.session.state.teams}
    _wait(lambda: _text(russia, "#team-name") == names["russia"])
    _wait(lambda: _text(us, "#connection") == words["live"])
    typed = TYPED[room.language]
    _send(russia, "hotline", typed["hotline"])
    _send(russia, "nato-russia-hotline", typed["closed"])
    _wait(lambda: _text(russia, "#submissions").count(words["waiting"]) == 2)
    room.accept_all(2)
    with i18n.language(room.language):
        until = i18n._("in transit until {time}").format(
            time=i18n._("Day {day} {time}").format(day=1, time="04:40")
        )
    _wait(lambda: until in _text(russia, "#submissions"))
    _wait(
        lambda: (
            words["not_delivered"].split("{id}")[1].split("{")[0] in _text(russia, "#submissions")
        )
    )
    assert typed["hotline"] not in _text(us, "#inbox")
    room.session.deliver_next()  # 06:30: the message has arrived
    room.publish()
    _wait(lambda: typed["hotline"] in _text(us, "#inbox"))
    assert words["inbox_from"].format(team=names["russia"]) in _text(us, "#inbox")
    assert typed["closed"] not in _text(us, "#inbox")
    return russia, us, seen_by_russia, seen_by_us


def _words(language: str) -> dict[str, str]:
    with i18n.language(language):
        return page_words()


@pytest.mark.parametrize("language", ["vi", "ru"])
def test_a_team_page_speaks_the_session_s_language(
    language: str, browser: Any, rooms: Callable[[str], Room]
) -> None:
    room = rooms(language)
    russia, us, seen_by_russia, seen_by_us = _play(room, browser)
    words = _words(language)
    english = _words("en")
    for page, traffic in ((russia, seen_by_russia), (us, seen_by_us)):
        assert page.evaluate("document.documentElement.lang") == language
        shown = page.evaluate(SHOWN)
        for key in ("compose_heading", "send", "inbox_heading", "channels_heading", "live"):
            assert words[key] in shown, key
        # no English text of the page's own is shown, nor sent
        said = "\n".join(traffic.said())
        raw = traffic.raw()
        for key, text in english.items():
            if text == words[key] or len(text) < 4:
                continue
            fixed = [part for part in re.split(r"\{\w+\}", text) if len(part.strip()) > 3]
            for part in fixed:
                assert part not in shown, (key, part)
                assert part not in said, (key, part)
        assert f'"send":"{words["send"]}"' in raw  # the words came with the first snapshot
        assert f'<html lang="{language}">' in raw
    # what a team types and the deck's texts are the class's own
    assert TYPED[language]["hotline"] in us.evaluate(SHOWN)
    # on a 360 px phone, nothing the language makes longer runs off the screen
    russia.set_viewport_size({"width": 360, "height": 780})
    time.sleep(0.2)
    assert russia.evaluate(OVERFLOWING) == []
    folder = os.environ.get("TABLETOP_SCREENSHOTS")
    if folder:
        _screenshots(room, browser, Path(folder), language)
    russia.close()
    us.close()


def _screenshots(room: Room, browser: Any, folder: Path, language: str) -> None:
    """The Russian team's page on a phone: its top, and its decisions and channels."""
    folder.mkdir(parents=True, exist_ok=True)
    page = browser.new_page()
    page.set_viewport_size({"width": 360, "height": 780})
    page.goto(room.url("russia"))
    words = _words(room.language)
    _wait(lambda: _text(page, "#connection") == words["live"])
    time.sleep(0.3)
    page.screenshot(path=str(folder / f"team-phone-{language}.png"))
    page.evaluate(
        "window.scrollTo(0, document.getElementById('submissions-panel').offsetTop"
        " - document.getElementById('top').offsetHeight - 8)"
    )
    time.sleep(0.3)
    page.screenshot(path=str(folder / f"team-phone-{language}-decisions.png"))
    page.close()


# -- a pseudo-locale: every text of the page's own through the catalog ----------------------


def _data_texts(view: dict[str, Any]) -> list[str]:
    """The texts of a view that are the deck's, the class's or the teams' own (not words of
    the page): titles, narratives, names, what teams typed and the facilitator's notes."""
    texts = [view["team"][k] for k in ("name", "role", "briefing")]
    texts += [view["exercise"]["title"], view["exercise"]["session"]]
    texts += [t["name"] for t in view["teams"]]
    for inject in view["injects"]:
        texts += [inject["title"], inject["narrative"], inject["phase"], inject["sender"]]
        texts += inject["to"]
    for message in view["inbox"]:
        texts += [message["text"], message["sender"], message["channel"]]
    texts += [c["name"] for c in view["channels"]]
    texts += [view["level"]["name"], view["level"]["announced_name"]]
    for decision in view["decisions"]:
        texts += [decision["text"], decision["channel"], decision["id"], *decision["recipients"]]
    for returned in view["returned"]:
        texts += [returned["text"], returned["note"]]
    return sorted((t for t in texts if t), key=len, reverse=True)


def test_under_a_pseudo_locale_every_text_of_the_page_comes_through_the_catalog(
    browser: Any, rooms: Callable[[str], Room]
) -> None:
    """With every message bracketed, accented and lengthened, nothing Latin is left on the
    page once the deck's and the teams' own texts are taken away: every label, button,
    status, notice and sentence the page shows came from the catalog."""
    from tests.core.test_report_languages import (
        CLOSE,
        OPEN,
        pseudo_translations,
        untranslated,
    )

    i18n.install("ru", pseudo_translations())
    try:
        room = rooms("ru")
        russia, us, _seen, _seen_too = _play(room, browser)
        room.session.return_submission(
            submission_key("us", "r" * 20), "us", "Вернуть это", "Слишком рано"
        )
        room.session.announce_level(["us"])
        room.publish()
        _wait(lambda: "Слишком рано" in _text(us, "#submissions"))
        for team, page in (("russia", russia), ("us", us)):
            shown = page.evaluate(SHOWN)
            assert shown.count(OPEN) > 30
            for text in _data_texts(room.views()[team]):
                shown = shown.replace(text, " ")
            # the team's own key and ids are not words; nor is the product's name in brackets
            left = untranslated(shown, set())
            assert left == [], (team, left)
            assert CLOSE in shown
    finally:
        i18n.uninstall("ru")
