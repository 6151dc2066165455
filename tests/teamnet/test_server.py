"""The server in its own thread, the join codes in the session file, limits and submissions."""

from __future__ import annotations

import asyncio
import socket
import threading
from typing import Any

import aiohttp
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tabletop.core.engine import Session
from tabletop.core.store import SessionFile
from tabletop.teamnet.codes import CODE_PATTERN, DeviceSettings, new_code
from tabletop.teamnet.guard import Lockout, RateLimiter
from tabletop.teamnet.hub import all_views
from tabletop.teamnet.server import ServerError, TeamServer
from tabletop.teamnet.submissions import (
    Route,
    Submission,
    SubmissionQueue,
    SubmissionRefused,
    parse_submission,
)

ROUTE = Route(channels=frozenset({"hotline"}), teams=frozenset({"russia"}))


def test_a_join_code_holds_128_random_bits() -> None:
    codes = {new_code() for _ in range(200)}
    assert len(codes) == 200
    assert all(CODE_PATTERN.fullmatch(c) and len(c) * 6 >= 128 for c in codes)


def test_codes_and_settings_live_in_the_session_file(session: Session) -> None:
    settings = DeviceSettings.from_meta(session.file.meta)
    assert settings == DeviceSettings()
    assert settings.ensure_codes(["nato", "us", "russia"])
    assert not settings.ensure_codes(["nato", "us", "russia"])
    settings.on, settings.port, settings.auto_accept = True, 8123, True
    settings.save(session.file)
    path = session.path
    session.close()
    with SessionFile.open(path) as file:
        again = DeviceSettings.from_meta(file.meta)
    assert again == settings
    old = again.codes["us"]
    assert again.revoke("us") != old and CODE_PATTERN.fullmatch(again.codes["us"])


@pytest.mark.parametrize(
    "stored",
    ["", "not json", "[1]", '{"codes": {"nato": "short"}, "port": 99999, "on": "yes"}'],
)
def test_odd_settings_read_as_the_defaults(stored: str) -> None:
    settings = DeviceSettings.from_meta({"team_devices": stored})
    assert settings.codes == {} and settings.port == 0 and not settings.on


def test_the_rate_limiter_refills_over_time() -> None:
    limiter = RateLimiter(rate=2, burst=3)
    assert [limiter.allow("a", 0.0) for _ in range(4)] == [True, True, True, False]
    assert limiter.allow("b", 0.0)  # another device has its own bucket
    assert not limiter.allow("a", 0.2)
    assert limiter.allow("a", 0.6)


def test_the_lockout_counts_failures_within_its_window() -> None:
    lockout = Lockout(attempts=3, window=10, duration=60)
    assert not lockout.fail("1.2.3.4", 0) and not lockout.fail("1.2.3.4", 1)
    assert not lockout.fail("1.2.3.4", 20)  # the first two have left the window
    assert not lockout.fail("1.2.3.4", 21)
    assert lockout.fail("1.2.3.4", 22)
    assert lockout.locked("1.2.3.4", 30) == 52
    assert lockout.locked("5.6.7.8", 30) == 0
    assert lockout.locked("1.2.3.4", 83) == 0


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(),
        lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
    )
)
def test_any_json_is_a_submission_or_a_plain_refusal(data: Any) -> None:
    try:
        submission = parse_submission(data, "nato", ROUTE)
    except SubmissionRefused as exc:
        assert str(exc)
    else:
        assert submission.text and submission.team == "nato"


def test_the_queue_keeps_one_submission_per_key() -> None:
    told = threading.Event()
    queue = SubmissionQueue(told.set)
    one = Submission(key="a" * 16, team="nato", kind="action", text="One")
    assert queue.add(one) == "waiting" and told.is_set()
    assert queue.add(one) == "waiting"
    # the same key from another team is another submission
    assert queue.add(Submission(key="a" * 16, team="us", kind="action", text="Two")) == "waiting"
    assert [s.text for s in queue.take_fresh()] == ["One", "Two"]
    assert queue.take_fresh() == []
    queue.resolve("nato", "a" * 16)
    assert queue.add(one) == "done"
    assert [s.team for s in queue.waiting()] == ["us"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_the_server_runs_in_its_own_thread_and_hands_submissions_over(
    session: Session, codes: dict[str, str]
) -> None:
    session.deliver_next()
    arrived = threading.Event()
    server = TeamServer(arrived.set)
    port = server.start("127.0.0.1", 0, codes, all_views(session.state, session.clock()))
    try:
        assert port > 0 and server.running
        assert any(t.name == "team-devices" for t in threading.enumerate())

        async def device() -> tuple[int, dict[str, Any]]:
            base = f"http://127.0.0.1:{port}/t/{codes['nato']}"
            async with (
                aiohttp.ClientSession() as http,
                http.post(
                    f"{base}/api/submit",
                    json={"key": "z" * 20, "kind": "action", "text": "Hold"},
                    headers={"Origin": f"http://127.0.0.1:{port}"},
                ) as response,
            ):
                return response.status, await response.json()

        status, answer = asyncio.run(device())
        assert status == 202 and answer["status"] == "waiting"
        assert arrived.wait(5)
        assert [(s.team, s.text) for s in server.take_fresh()] == [("nato", "Hold")]
    finally:
        server.stop()
    assert not server.running
    with socket.socket() as probe, pytest.raises(OSError):
        probe.settimeout(2)
        probe.connect(("127.0.0.1", port))  # nothing listens any more


def test_a_port_in_use_is_a_plain_error(session: Session, codes: dict[str, str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        server = TeamServer()
        with pytest.raises(ServerError, match=f"port {port} is already in use"):
            server.start("127.0.0.1", port, codes, {})
        assert not server.running
    server.stop()  # stopping a server that never started is harmless


def test_the_same_port_is_taken_again_after_a_restart(codes: dict[str, str]) -> None:
    port = _free_port()
    for _ in range(2):
        server = TeamServer()
        assert server.start("127.0.0.1", port, codes, {}) == port
        server.stop()
