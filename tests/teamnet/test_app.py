"""The team devices' web application through aiohttp's test client: access, limits, hostility."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import aiohttp
from aiohttp.test_utils import TestClient

from tabletop.core.engine import Session
from tabletop.core.engine.team_view import submission_key
from tabletop.teamnet.hub import all_views
from tests.teamnet.conftest import make_hub, run_with_client

Client = TestClient[Any, Any]
KEY = "k" * 16


def _origin(client: Client) -> dict[str, str]:
    return {"Origin": f"http://{client.server.host}:{client.server.port}"}


def _message(**fields: Any) -> dict[str, Any]:
    body = {"key": KEY, "kind": "message", "channel": "cable-commission", "text": "Divers ready"}
    body.update(fields)
    return body


def test_a_join_code_opens_its_teams_page_and_view_only(
    session: Session, codes: dict[str, str]
) -> None:
    session.deliver_next()
    session.deliver_next()  # the Russian team's card
    hub = make_hub(session, codes)

    async def body(client: Client) -> None:
        page = await client.get(f"/t/{codes['nato']}")
        assert page.status == 200 and page.content_type == "text/html"
        text = await page.text()
        assert "/assets/team.js" in text and "<script>" not in text
        nato = await (await client.get(f"/t/{codes['nato']}/api/view")).json()
        assert nato["view"]["team"]["id"] == "nato" and nato["pending"] == []
        russia = await (await client.get(f"/t/{codes['russia']}/api/view")).text()
        assert "PRIVATE-RUSSIA" in russia
        assert "PRIVATE-RUSSIA" not in json.dumps(nato)

    run_with_client(hub, body)


def test_every_answer_carries_the_security_headers(session: Session, codes: dict[str, str]) -> None:
    hub = make_hub(session, codes)

    async def body(client: Client) -> None:
        for path in (f"/t/{codes['us']}", "/assets/team.js", "/nowhere", f"/t/{'x' * 22}", "/"):
            response = await client.get(path)
            policy = response.headers["Content-Security-Policy"]
            assert "script-src 'self';" in policy and "unsafe-inline" not in policy
            assert "default-src 'none'" in policy and "frame-ancestors 'none'" in policy
            assert response.headers["X-Content-Type-Options"] == "nosniff"
            assert response.headers["Referrer-Policy"] == "no-referrer"
            assert response.headers["Cache-Control"] == "no-store"

    run_with_client(hub, body)


def test_nothing_is_listed_and_only_the_named_assets_are_served(
    session: Session, codes: dict[str, str]
) -> None:
    hub = make_hub(session, codes)

    async def body(client: Client) -> None:
        script = await client.get("/assets/team.js")
        assert script.status == 200 and script.content_type == "text/javascript"
        for path in (
            "/assets/",
            "/assets",
            "/assets/team.html",
            "/assets/..%2fcodes.py",
            "/assets/../app.py",
            "/static/team.js",
            "/t/",
            "/t",
        ):
            response = await client.get(path)
            assert response.status == 404, path

    run_with_client(hub, body)


def test_wrong_join_codes_lock_the_address_out(session: Session, codes: dict[str, str]) -> None:
    hub = make_hub(session, codes, failed_joins=5, failed_window=60, lockout=120)

    async def body(client: Client) -> None:
        page = await client.get(f"/t/{'B' * 22}")  # a person with a wrong card reads a sentence
        assert page.status == 404 and page.content_type == "text/html"
        assert "This join code is not valid" in await page.text()
        for n in range(4):
            wrong = await client.get(f"/t/{'A' * 21}{n}/api/view")
            assert wrong.status == 404
            assert "not valid" in (await wrong.json())["error"]
        # from now on even the right code is refused from this address, with a time to wait
        locked = await client.get(f"/t/{codes['nato']}/api/view")
        assert locked.status == 429
        assert int(locked.headers["Retry-After"]) > 100
        assert "wrong join codes" in (await locked.json())["error"]

    run_with_client(hub, body)


def test_a_submission_is_queued_once_whatever_the_retries(
    session: Session, codes: dict[str, str]
) -> None:
    session.deliver_next()
    hub = make_hub(session, codes)

    async def body(client: Client) -> None:
        url = f"/t/{codes['nato']}/api/submit"
        for _ in range(3):
            response = await client.post(url, json=_message(), headers=_origin(client))
            assert response.status == 202
            assert await response.json() == {"key": KEY, "status": "waiting"}
        assert [(s.team, s.key, s.text) for s in hub.queue.waiting()] == [
            ("nato", KEY, "Divers ready")
        ]
        snapshot = await (await client.get(f"/t/{codes['nato']}/api/view")).json()
        assert [p["key"] for p in snapshot["pending"]] == [KEY]
        # the console records it; the device learns it from the view, then from the answer
        session.record_decision(
            "nato",
            "Divers ready",
            kind="message",
            channel="cable-commission",
            submission=submission_key("nato", KEY),
            source="device",
        )
        hub.update_views(all_views(session.state, session.clock()))
        hub.queue.resolve("nato", KEY)
        again = await client.post(url, json=_message(), headers=_origin(client))
        assert again.status == 200 and (await again.json())["status"] == "recorded"
        assert hub.queue.waiting() == []

    run_with_client(hub, body)


def test_hostile_submissions_are_refused_in_plain_words(
    session: Session, codes: dict[str, str]
) -> None:
    session.deliver_next()
    hub = make_hub(session, codes, submission_burst=100)

    async def body(client: Client) -> None:
        url = f"/t/{codes['nato']}/api/submit"
        origin = _origin(client)

        async def post(data: Any = None, **kwargs: Any) -> tuple[int, str]:
            if data is not None:
                kwargs["json"] = data
            kwargs.setdefault("headers", origin)
            response = await client.post(url, **kwargs)
            return response.status, (await response.json()).get("error", "")

        big = "x" * (hub.limits.max_body + 1)
        assert (await post(_message(text=big)))[0] == 413
        raw = await client.post(
            url, data=b'{"key": "abc', headers={**origin, "Content-Type": "application/json"}
        )
        assert raw.status == 400 and "not valid JSON" in (await raw.json())["error"]
        form = await client.post(url, data={"text": "hi"}, headers=origin)
        assert form.status == 415
        cases = [
            (_message(key="short"), "key of 16 to 64"),
            (_message(kind="nuke"), "kind must be one of"),
            (_message(text="   "), "write what your team decided"),
            (_message(text="x" * 2001), "too long"),
            # the Washington–Moscow hotline is not NATO's
            (_message(channel="hotline"), "one of your team's channels"),
            (_message(recipients=["martians"]), "other teams"),
            (_message(recipients=["nato"]), "other teams"),
            (_message(escalation=True), "whole number"),
            (_message(escalation=99), "whole number"),
            (_message(tags=["x" * 41]), "tags"),
            (_message(kind="message", channel=""), "choose the channel"),
            ([1, 2, 3], "JSON object"),
        ]
        for data, words in cases:
            status, error = await post(data)
            assert status == 400 and words in error, (data, error)
        # a submission from another site's page is refused
        foreign = await client.post(url, json=_message(), headers={"Origin": "http://evil.example"})
        assert foreign.status == 403
        assert hub.queue.waiting() == []
        # script tags are text like any other: kept as written, never interpreted here
        status, _ = await post(_message(text="<script>alert(1)</script>"))
        assert status == 202
        assert hub.queue.waiting()[0].text == "<script>alert(1)</script>"

    run_with_client(hub, body)


def test_a_device_is_rate_limited(session: Session, codes: dict[str, str]) -> None:
    session.deliver_next()
    hub = make_hub(session, codes, submission_burst=3, submissions_per_second=0.01)

    async def body(client: Client) -> None:
        url = f"/t/{codes['nato']}/api/submit"
        statuses = []
        for n in range(5):
            response = await client.post(
                url, json=_message(key=f"key-{n:013d}"), headers=_origin(client)
            )
            statuses.append(response.status)
        assert statuses == [202, 202, 202, 429, 429]
        assert len(hub.queue.waiting()) == 3

    run_with_client(hub, body)


def test_another_teams_decision_is_out_of_reach(session: Session, codes: dict[str, str]) -> None:
    session.deliver_next()
    session.record_decision(
        "nato",
        "NATO-PRIVATE-ACTION",
        submission=submission_key("nato", KEY),
        source="device",
    )
    hub = make_hub(session, codes)

    async def body(client: Client) -> None:
        # the Russian team reuses NATO's key: it is a Russian submission of its own
        response = await client.post(
            f"/t/{codes['russia']}/api/submit",
            json=_message(text="Mine now", channel="hotline"),
            headers=_origin(client),
        )
        assert response.status == 202 and (await response.json())["status"] == "waiting"
        assert [s.team for s in hub.queue.waiting()] == ["russia"]
        russia = await (await client.get(f"/t/{codes['russia']}/api/view")).text()
        assert "NATO-PRIVATE-ACTION" not in russia and "D1" not in russia
        for path in ("/t/D1/api/view", f"/t/{codes['russia']}/api/decision/D1"):
            assert (await client.get(path)).status == 404

    run_with_client(hub, body)


def test_after_the_end_everything_is_refused(session: Session, codes: dict[str, str]) -> None:
    hub = make_hub(session, codes)

    async def body(client: Client) -> None:
        hub.end()
        for path in ("/", "/assets/team.js", f"/t/{codes['nato']}", f"/t/{codes['nato']}/api/view"):
            response = await client.get(path)
            assert response.status == 410, path
        response = await client.post(
            f"/t/{codes['nato']}/api/submit", json=_message(), headers=_origin(client)
        )
        assert response.status == 410

    run_with_client(hub, body)


def test_the_live_view_checks_the_origin_and_follows_changes(
    session: Session, codes: dict[str, str]
) -> None:
    hub = make_hub(session, codes)

    async def body(client: Client) -> None:
        url = f"/t/{codes['russia']}/api/live?device={'d' * 16}"
        for headers in ({}, {"Origin": "http://evil.example"}):
            try:
                await client.ws_connect(url, headers=headers)
            except aiohttp.WSServerHandshakeError as exc:
                assert exc.status == 403
            else:
                raise AssertionError("a connection from elsewhere was accepted")
        socket = await client.ws_connect(url, headers=_origin(client))
        first = json.loads((await socket.receive()).data)
        assert first["type"] == "view" and first["view"]["injects"] == []
        assert [d.team for d in hub.devices()["russia"]] == ["russia"]
        session.deliver_next()
        session.deliver_next()
        hub.update_views(all_views(session.state, session.clock()))
        update = json.loads((await socket.receive(timeout=5)).data)
        assert [i["id"] for i in update["view"]["injects"]] == ["kremlin-brief", "cable-cut"]
        # a view that did not change (the clock aside) is not sent again
        hub.update_views(all_views(session.state, session.clock()))
        try:
            extra = await socket.receive(timeout=0.3)
        except asyncio.TimeoutError:
            extra = None
        assert extra is None
        # revoking the team's code tells the device and closes the connection
        hub.set_codes({**codes, "russia": "R" * 22})
        revoked = json.loads((await socket.receive(timeout=5)).data)
        assert revoked == {"type": "revoked"}
        closing = await socket.receive(timeout=5)
        assert closing.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED)
        assert (await client.get(f"/t/{codes['russia']}/api/view")).status == 404
        await socket.close()

    run_with_client(hub, body)
