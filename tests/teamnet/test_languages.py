"""Team pages in the session's language: the page, its words, its views and every refusal.

A class plays the bundled intro deck in Vietnamese or Russian (its companion
translations beside it); everything a device is sent is in that language, and
the page itself holds no words at all.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient
from reportlab.pdfbase.ttfonts import TTFont

from tabletop.core import i18n, paths
from tabletop.core.engine import Session, SessionSetup
from tabletop.teamnet.app import ASSETS
from tabletop.teamnet.codes import new_code
from tabletop.teamnet.hub import all_views
from tabletop.teamnet.join_cards import JoinCard, render_join_cards
from tabletop.teamnet.wording import latency_text, page_words
from tests.support.sessions import FakeClock
from tests.teamnet.conftest import make_hub, run_with_client

Client = TestClient[Any, Any]
INTRO = paths.bundled_decks_dir() / "intro.yaml"
STATIC = Path(__file__).resolve().parents[2] / "tabletop" / "teamnet" / "static"
KEY = "k" * 16

# words of each language the page must show (the glossaries' terms)
EXPECTED = {
    "vi": {"send": "Gửi cho người điều phối", "injects_heading": "Những gì đã xảy ra"},
    "ru": {"send": "Отправить ведущему", "injects_heading": "Что произошло"},
    "en": {"send": "Send to the facilitator", "injects_heading": "What has happened"},
}


def start_in(language: str, folder: Path, clock: FakeClock) -> Session:
    return Session.start(
        INTRO.read_text(encoding="utf-8"),
        setup=SessionSetup(name="Lớp A" if language == "vi" else "", language=language),
        path=folder / f"{language}.tabletop",
        deck_source=str(INTRO),
        clock=clock,
    )


@pytest.fixture(params=["vi", "ru"])
def played(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, Session]]:
    with start_in(request.param, tmp_path, FakeClock()) as session:
        yield request.param, session


@pytest.fixture
def intro_codes() -> dict[str, str]:
    return {team: new_code() for team in ("nato", "us", "russia")}


def english_words() -> dict[str, str]:
    with i18n.language("en"):
        return page_words()


def test_the_page_is_served_in_the_session_s_language_and_holds_no_words_of_its_own(
    played: tuple[str, Session], intro_codes: dict[str, str]
) -> None:
    language, session = played
    hub = make_hub(session, intro_codes)

    async def body(client: Client) -> str:
        return await (await client.get(f"/t/{intro_codes['nato']}")).text()

    page = run_with_client(hub, body)
    assert f'<html lang="{language}">' in page
    with i18n.language(language):
        words = page_words()
    for key in ("compose_heading", "send", "inbox_heading", "kind_label", "joining"):
        assert f">{words[key]}<" in page, key
    assert f'aria-label="{words["clock_label"]}"' in page
    # none of the English labels is left in the page served
    for key, english in english_words().items():
        if english != words[key] and len(english) > 3 and "{" not in english:
            assert f">{english}<" not in page, key
    # the page's own file has no text between its tags but the clock's dash
    raw = (STATIC / "team.html").read_text(encoding="utf-8")
    body_text = re.sub(r"<!--.*?-->|<[^>]+>", " ", raw.split("<body>")[1], flags=re.S)
    assert body_text.split() == ["—"]


def test_the_first_snapshot_carries_the_page_s_words_and_the_view_its_language(
    played: tuple[str, Session], intro_codes: dict[str, str]
) -> None:
    language, session = played
    session.deliver_next()
    hub = make_hub(session, intro_codes)

    async def body(client: Client) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
        base = f"/t/{intro_codes['us']}"
        snapshot = await (await client.get(f"{base}/api/view")).json()
        origin = {"Origin": f"http://{client.server.host}:{client.server.port}"}
        async with client.ws_connect(f"{base}/api/live", headers=origin) as socket:
            first = json.loads(await socket.receive_str())
            hub.update_views(all_views(session.state, session.clock()))
            hub.broadcast("us")
            later = json.loads(await socket.receive_str())
        return snapshot, first, later

    snapshot, first, later = run_with_client(hub, body)
    for message in (snapshot, first):
        assert message["words"]["send"] == EXPECTED[language]["send"]
        assert message["words"]["injects_heading"] == EXPECTED[language]["injects_heading"]
        assert message["view"]["language"] == language
    assert "words" not in later  # the words travel once per connection
    with i18n.language(language):
        assert first["words"] == page_words()
        clock = first["view"]["clock"]["label"]
        assert clock == i18n._("Day {day} {time}").format(day=1, time="04:10")
        # the deck's own texts are the class's translation
        assert first["view"]["injects"][0]["title"] != "A data cable goes dark"
        hotline = next(c for c in first["view"]["channels"] if c["id"] == "hotline")
        assert hotline["latency_text"] == latency_text(hotline["latency"])


def test_what_became_of_a_decision_is_said_in_the_session_s_language(tmp_path: Path) -> None:
    clock = FakeClock()
    with start_in("ru", tmp_path, clock) as session:
        session.deliver_next()
        session.record_decision("us", "Звоним в Кремль", kind="message", channel="hotline")
        session.record_decision("nato", "Через СРН", kind="message", channel="nrc")
        session.record_decision("nato", "По военной линии", kind="message", channel="mil-to-mil")
        views = all_views(session.state, session.clock())
        us = {d["text"]: d for d in views["us"]["decisions"]}
        nato = {d["text"]: d for d in views["nato"]["decisions"]}
        assert us["Звоним в Кремль"]["detail"].startswith("в пути, прибудет День 1, 04:")
        assert (
            nato["Через СРН"]["detail"].startswith("канал «")
            and "закрыт" in (nato["Через СРН"]["detail"])
        )
        assert "затруднён" in nato["По военной линии"]["detail"]
        assert views["us"]["decisions"][0]["recipients_text"]  # Babel's Russian list
        clock.advance(minutes=60)
        arrived = all_views(session.state, session.clock())["us"]["decisions"][0]
        assert arrived["status"] == "delivered" and arrived["detail"].startswith("прибыло День 1")


def test_an_english_session_says_it_as_it_always_did(tmp_path: Path) -> None:
    with start_in("", tmp_path, FakeClock()) as session:
        session.deliver_next()
        session.record_decision("us", "Call", kind="message", channel="hotline")
        view = all_views(session.state, session.clock())["us"]
        assert view["language"] == "en"
        assert view["decisions"][0]["detail"].startswith("in transit until Day 1 04:")


def test_refusals_are_in_the_session_s_language(
    played: tuple[str, Session], intro_codes: dict[str, str]
) -> None:
    language, session = played
    hub = make_hub(session, intro_codes)

    async def body(client: Client) -> dict[str, Any]:
        said: dict[str, Any] = {}
        origin = {"Origin": f"http://{client.server.host}:{client.server.port}"}
        wrong = await client.get(f"/t/{'x' * 22}")
        said["wrong page"] = (wrong.status, await wrong.text())
        wrong_api = await client.get(f"/t/{'y' * 22}/api/view")
        said["wrong api"] = (wrong_api.status, (await wrong_api.json())["error"])
        base = f"/t/{intro_codes['nato']}/api/submit"
        empty = await client.post(base, json={"key": KEY, "text": " "}, headers=origin)
        said["empty"] = (empty.status, (await empty.json())["error"])
        broken = await client.post(
            base, data=b"{", headers={**origin, "Content-Type": "application/json"}
        )
        said["broken"] = (broken.status, (await broken.json())["error"])
        welcome = await client.get("/")
        said["welcome"] = (welcome.status, await welcome.text())
        hub.end()
        ended = await client.get(f"/t/{intro_codes['nato']}")
        said["ended"] = (ended.status, await ended.text())
        return said

    said = run_with_client(hub, body)
    with i18n.language(language):
        invalid = i18n._(
            "this join code is not valid (it may have been replaced); scan the new one"
        )
        expected = {
            "wrong page": (404, invalid[:1].upper() + invalid[1:]),
            "wrong api": (404, invalid),
            "empty": (400, i18n._("write what your team decided")),
            "broken": (400, i18n._("the request is not valid JSON")),
            "welcome": (
                200,
                i18n._("This is a tabletop exercise. Scan your team's QR code to join."),
            ),
            "ended": (410, i18n._("the exercise has ended")[:1].upper()),
        }
    for name, (status, text) in expected.items():
        assert said[name][0] == status, name
        assert text in said[name][1], (name, said[name][1])
    for name in ("wrong page", "welcome", "ended"):
        assert f'<html lang="{language}">' in said[name][1], name
    assert "not valid" not in json.dumps(said, ensure_ascii=False)


def test_a_session_in_a_language_without_catalog_gets_english_words(tmp_path: Path) -> None:
    codes = {team: new_code() for team in ("nato", "us", "russia")}
    with Session.start(
        INTRO.read_text(encoding="utf-8"),
        setup=SessionSetup(language="de"),
        path=tmp_path / "de.tabletop",
        deck_source=str(INTRO),
        clock=FakeClock(),
    ) as session:
        hub = make_hub(session, codes)
        assert hub.language == "en"
        assert hub.words()["send"] == EXPECTED["en"]["send"]


def _used_keys() -> set[str]:
    """The word keys the page's HTML and script ask for."""
    script = (STATIC / "team.js").read_text(encoding="utf-8")
    page = (STATIC / "team.html").read_text(encoding="utf-8")
    keys = set(re.findall(r'data-(?:text|initial|label)="([a-z_]+)"', page))
    keys |= set(re.findall(r'\bt\("([a-z_]+)"[,)]', script))
    keys |= set(re.findall(r'setConnection\("([a-z_]+)"', script))
    kinds = re.search(r"const KIND_WORDS = \{(.*?)\};", script, re.S)
    assert kinds is not None
    keys |= set(re.findall(r':\s*"([a-z_]+)"', kinds.group(1)))
    for prefix in ("channel_", "status_"):
        assert f't("{prefix}" + c.status' in script
        keys |= {prefix + status for status in ("open", "degraded", "closed", "proposed")}
    for pair in re.findall(r'\? "([a-z_]+)" : "([a-z_]+)"', script):
        keys |= set(pair)
    return keys


def test_the_page_asks_for_exactly_the_words_the_server_gives() -> None:
    with i18n.language("en"):
        given = set(page_words())
    used = _used_keys()
    assert used - given == set(), "the page asks for words the server does not give"
    assert given - used == set(), "words the page never shows"


def test_the_bundled_font_covers_every_letter_a_device_may_be_sent(
    played: tuple[str, Session], intro_codes: dict[str, str]
) -> None:
    """The page's last-resort font (served by the laptop) has every letter of the page's
    words and of the deck's translation in Vietnamese and Russian."""
    language, session = played
    hub = make_hub(session, intro_codes)
    text = json.dumps(hub.views, ensure_ascii=False) + json.dumps(hub.words(), ensure_ascii=False)
    for name in ("sans.ttf", "sans-bold.ttf"):
        font = TTFont(name, str(paths.resource(ASSETS[name][0])))
        covered = set(font.face.charToGlyph)
        missing = sorted({c for c in text if c.isprintable() and ord(c) not in covered})
        assert missing == [], (language, name, missing)
    css = (STATIC / "team.css").read_text(encoding="utf-8")
    assert 'url("/assets/sans.ttf")' in css and 'url("/assets/sans-bold.ttf")' in css
    assert re.search(r'font:[^;]*"tabletop sans",\s*sans-serif;', css)

    async def body(client: Client) -> tuple[int, str, str]:
        font = await client.get("/assets/sans.ttf")
        await font.read()
        return font.status, font.content_type, font.headers["Content-Security-Policy"]

    status, kind, policy = run_with_client(hub, body)
    assert status == 200 and kind == "font/ttf" and "font-src 'self'" in policy


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is absent")
@pytest.mark.parametrize("language", ["vi", "ru"])
def test_join_cards_are_printed_in_the_session_s_language(language: str, tmp_path: Path) -> None:
    pdf = render_join_cards(
        "Lớp A", [JoinCard("Hội đồng An ninh Nga", "http://10.0.0.2:8080/t/x")], language=language
    )
    target = tmp_path / "cards.pdf"
    target.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, check=True)
    text = " ".join(out.stdout.decode("utf-8").split())
    with i18n.language(language):
        for message in (
            "2. Scan the code with the camera, or type the address above in a browser.",
            "3. Keep the page open: it follows the exercise and reconnects by itself.",
        ):
            words = i18n._(message).split()
            assert " ".join(words[:6]) in text
    assert "Scan the code" not in text and "Keep the page open" not in text
