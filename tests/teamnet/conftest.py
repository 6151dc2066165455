"""Team-device tests: a session on the team-cards deck, its views, and a hub to serve them."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from aiohttp.test_utils import TestClient, TestServer

from tabletop.core.engine import Session
from tabletop.teamnet.app import build_app
from tabletop.teamnet.codes import new_code
from tabletop.teamnet.hub import Limits, TeamHub, all_views
from tabletop.teamnet.submissions import SubmissionQueue
from tests.support.sessions import FakeClock

DATA = Path(__file__).resolve().parent.parent / "data"
TEAM_CARDS = DATA / "decks" / "team-cards.yaml"
T = TypeVar("T")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def session(tmp_path: Path, clock: FakeClock) -> Iterator[Session]:
    with Session.start(
        TEAM_CARDS.read_text(encoding="utf-8"), path=tmp_path / "devices.tabletop", clock=clock
    ) as session:
        yield session


@pytest.fixture
def codes() -> dict[str, str]:
    return {team: new_code() for team in ("nato", "us", "russia")}


def make_hub(session: Session, codes: dict[str, str], **limits: Any) -> TeamHub:
    hub = TeamHub(SubmissionQueue(), Limits(**limits))
    hub.codes = dict(codes)
    hub.views = all_views(session.state, session.clock())
    return hub


def run_with_client(hub: TeamHub, body: Callable[[TestClient[Any, Any]], Awaitable[T]]) -> T:
    """Run ``body`` against the app on a test server (aiohttp's test client)."""

    async def go() -> T:
        async with TestClient(TestServer(build_app(hub))) as client:
            return await body(client)

    return asyncio.run(go())
