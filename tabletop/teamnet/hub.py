"""The server's side of the room: which code opens which team, what each team may see now,
and which devices are connected.

A :class:`TeamHub` lives on the server's event loop. The console's thread
never touches it directly: it calls :class:`~tabletop.teamnet.server.TeamServer`,
which hands the work to the loop. Views arrive already computed (by the
console, from the state after each change) and are only passed on: the hub
never reads the session.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as _dt
import json
import secrets
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from tabletop.core import i18n
from tabletop.core.engine.records import SessionState
from tabletop.core.engine.team_view import all_team_views, catalog_key, session_language
from tabletop.teamnet.guard import Lockout, RateLimiter
from tabletop.teamnet.submissions import Route, SubmissionQueue
from tabletop.teamnet.wording import dress, page_words


def all_views(
    state: SessionState, now: _dt.datetime, teams: Iterable[str] | None = None
) -> dict[str, dict[str, Any]]:
    """The playing teams' views (all by default) at a moment, as plain data, in the
    session's language (each view says which: ``view["language"]``)."""
    with i18n.language(session_language(state)):
        return {
            team: dress(view.to_json()) for team, view in all_team_views(state, now, teams).items()
        }


@dataclass(frozen=True)
class Limits:
    """The server's limits; the defaults suit a classroom of a few dozen devices."""

    max_body: int = 16 * 1024  # bytes of a request body
    max_message: int = 4 * 1024  # bytes of a WebSocket message from a device
    requests_per_second: float = 10.0  # per device, sustained
    request_burst: float = 40.0
    submissions_per_second: float = 1.0  # per device, sustained
    submission_burst: float = 12.0
    failed_joins: int = 10  # wrong join codes from one address …
    failed_window: float = 60.0  # … within this many seconds …
    lockout: float = 300.0  # … lock it out for this long
    devices_per_team: int = 24
    heartbeat: float = 20.0  # seconds between WebSocket pings


@dataclass
class Device:
    """A connected device, as the facilitator's dialog lists it."""

    team: str
    device: str
    address: str


class TeamHub:
    """Codes, views and live connections, owned by the server's event loop."""

    def __init__(self, queue: SubmissionQueue, limits: Limits) -> None:
        self.queue = queue
        self.limits = limits
        self.codes: dict[str, str] = {}  # team -> code
        self.views: dict[str, dict[str, Any]] = {}
        self._compared: dict[str, Any] = {}
        self._dirty: set[str] = set()
        self.sockets: dict[str, dict[web.WebSocketResponse, Device]] = {}
        self.ended = False
        self.lockout = Lockout(limits.failed_joins, limits.failed_window, limits.lockout)
        self.requests = RateLimiter(limits.requests_per_second, limits.request_burst)
        self.submissions = RateLimiter(limits.submissions_per_second, limits.submission_burst)
        self._device_lock = threading.Lock()
        self._devices: dict[str, list[Device]] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._words: tuple[Any, dict[str, str]] = (None, {})

    # -- who is who ---------------------------------------------------------------------

    def team_of(self, code: str) -> str | None:
        """The team a join code opens, compared in constant time."""
        found = None
        for team, known in self.codes.items():
            if secrets.compare_digest(known.encode(), code.encode()):
                found = team
        return found

    def route(self, team: str) -> Route:
        view = self.views.get(team) or {}
        return Route(
            channels=frozenset(str(c["id"]) for c in view.get("channels") or ()),
            teams=frozenset(str(t["id"]) for t in view.get("teams") or ()),
        )

    def resolved(self, team: str, key: str) -> str | None:
        """What became of a key according to the latest view: recorded, returned, or None."""
        view = self.views.get(team) or {}
        for decision in view.get("decisions") or ():
            if decision.get("key") == key:
                return "recorded"
        for returned in view.get("returned") or ():
            if returned.get("key") == key:
                return "returned"
        return None

    # -- the language --------------------------------------------------------------------

    @property
    def language(self) -> str:
        """The session's language, as the views say (English before there are any)."""
        for view in self.views.values():
            return str(view.get("language") or i18n.SOURCE_LANGUAGE)
        return i18n.SOURCE_LANGUAGE

    def speaking(self) -> contextlib.AbstractContextManager[str]:
        """A block in which messages to devices are written in the session's language."""
        return i18n.language(self.language)

    def words(self) -> dict[str, str]:
        """The team page's own words in the session's language."""
        with self.speaking():
            key = catalog_key()
            if self._words[0] != key:
                self._words = (key, page_words())
            return self._words[1]

    # -- what devices are sent ------------------------------------------------------------

    def payload(self, team: str, *, first: bool = False) -> str:
        """What a team's devices are sent: its view and its waiting submissions, and with a
        device's first snapshot (``first``) the page's words in the session's language."""
        view = self.views.get(team) or {}
        # a submission the view already shows as recorded or returned is no longer waiting,
        # even in the moment before the console has taken it off the queue
        done = {d.get("key") for d in view.get("decisions") or ()}
        done |= {r.get("key") for r in view.get("returned") or ()}
        message: dict[str, Any] = {
            "type": "view",
            "view": self.views.get(team),
            "pending": [s.to_json() for s in self.queue.waiting(team) if s.key not in done],
        }
        if first:
            message["words"] = self.words()
        return json.dumps(
            message,
            ensure_ascii=False,
            separators=(",", ":"),
        )

    def update_views(self, views: dict[str, dict[str, Any]]) -> None:
        """Take freshly computed views; send each team whose view changed its new one."""
        for team, view in views.items():
            clock = view.get("clock") or {}
            # the story time moves every second; the page runs its own clock between views
            compared = (
                {k: v for k, v in view.items() if k != "clock"},
                clock.get("running"),
                clock.get("scale"),
            )
            self.views[team] = view
            if compared != self._compared.get(team):
                self._compared[team] = compared
                self.broadcast(team)

    def broadcast(self, team: str) -> None:
        """Send a team's devices its view and queue soon; calls in one loop turn send once."""
        if not self.sockets.get(team):
            return
        if not self._dirty:
            asyncio.get_running_loop().call_soon(self._flush)
        self._dirty.add(team)

    def _flush(self) -> None:
        teams, self._dirty = self._dirty, set()
        for team in teams:
            sockets = self.sockets.get(team)
            if not sockets:
                continue
            text = self.payload(team)
            for socket in list(sockets):
                self._spawn(self._send(socket, text))

    def _spawn(self, coroutine: Any) -> None:
        task = asyncio.get_running_loop().create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    @staticmethod
    async def _send(socket: web.WebSocketResponse, text: str) -> None:
        if socket.closed:
            return
        # a device that went away meanwhile is unregistered by its own handler
        with contextlib.suppress(ConnectionError, RuntimeError):
            await socket.send_str(text)

    # -- codes, the end ---------------------------------------------------------------------

    def set_codes(self, codes: dict[str, str]) -> None:
        """New codes: devices of a team whose code changed are told and disconnected."""
        changed = [team for team, code in self.codes.items() if codes.get(team) != code]
        self.codes = dict(codes)
        for team in changed:
            self._close_team(team, {"type": "revoked"})

    def end(self) -> None:
        """The session has ended: tell every device, close every connection, refuse the rest."""
        self.ended = True
        for team in list(self.sockets):
            self._close_team(team, {"type": "ended"})

    def _close_team(self, team: str, message: dict[str, str]) -> None:
        text = json.dumps(message)
        for socket in list(self.sockets.get(team, {})):
            self._spawn(self._say_and_close(socket, text))

    @staticmethod
    async def _say_and_close(socket: web.WebSocketResponse, text: str) -> None:
        try:
            if not socket.closed:
                await socket.send_str(text)
            await socket.close(code=4000, message=b"closed by the facilitator")
        except (ConnectionError, RuntimeError):
            pass

    async def close_all(self) -> None:
        for team in list(self.sockets):
            for socket in list(self.sockets[team]):
                with contextlib.suppress(ConnectionError, RuntimeError):
                    await socket.close(code=1001, message=b"server stopped")

    # -- devices ---------------------------------------------------------------------------

    def connect(self, socket: web.WebSocketResponse, device: Device) -> None:
        self.sockets.setdefault(device.team, {})[socket] = device
        self._note_devices()

    def disconnect(self, socket: web.WebSocketResponse, team: str) -> None:
        self.sockets.get(team, {}).pop(socket, None)
        self._note_devices()

    def connected(self, team: str) -> int:
        return len(self.sockets.get(team, {}))

    def _note_devices(self) -> None:
        snapshot = {team: list(devices.values()) for team, devices in self.sockets.items()}
        with self._device_lock:
            self._devices = snapshot

    def devices(self) -> dict[str, list[Device]]:
        """The connected devices per team (safe to call from any thread)."""
        with self._device_lock:
            return {team: list(devices) for team, devices in self._devices.items()}
