"""Simulated team devices: what a team page does, over real HTTP and WebSocket (loopback only).

A :class:`SimDevice` joins with its team's join code, keeps a live connection
(reconnecting with backoff, as the page does), sends submissions with
idempotency keys and retries them until the server has them, and remembers
every view it received. :class:`LoopThread` runs devices on an asyncio loop of
their own, so GUI tests can drive them while Qt's loop keeps running.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
import threading
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any, TypeVar

import aiohttp

T = TypeVar("T")


class LoopThread:
    """An asyncio loop in a thread of its own; ``run`` waits for a coroutine's result."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    def run(self, coroutine: Coroutine[Any, Any, T], timeout: float = 30) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def spawn(self, coroutine: Coroutine[Any, Any, Any]) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=10)


def new_key() -> str:
    return secrets.token_urlsafe(16)


@dataclass
class Sent:
    """A submission a device made, and what it was told about it."""

    key: str
    body: dict[str, Any]
    acknowledged: bool = False  # the server answered 200/202: it has it
    in_flight: bool = False
    recorded_as: str = ""  # the decision id a view showed it recorded as
    sent_at: float = field(default_factory=time.perf_counter)


class SimDevice:
    """One phone or laptop of a team."""

    def __init__(self, base: str, code: str, name: str = "") -> None:
        self.base = base.rstrip("/")
        self.code = code
        self.device = name or new_key()
        self.http: aiohttp.ClientSession | None = None
        self.view: dict[str, Any] | None = None
        self.pending: list[dict[str, Any]] = []
        self.sent: dict[str, Sent] = {}
        self.raw: list[str] = []  # every text frame and body received, as received
        self.updates: list[tuple[float, dict[str, Any]]] = []  # (perf_counter, view)
        self.final = ""  # "ended" or "revoked"
        self.connected = asyncio.Event()
        self._live: asyncio.Task[None] | None = None
        self.listeners: list[Callable[[dict[str, Any]], None]] = []

    @property
    def origin(self) -> str:
        return self.base

    def _headers(self) -> dict[str, str]:
        return {"Origin": self.origin, "X-Tabletop-Device": self.device}

    async def open(self) -> None:
        self.http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=20))
        self._live = asyncio.get_running_loop().create_task(self._keep_live())

    async def close(self) -> None:
        if self._live is not None:
            self._live.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._live
        if self.http is not None:
            await self.http.close()

    async def _keep_live(self) -> None:
        attempt = 0
        url = f"{self.base}/t/{self.code}/api/live?device={self.device}"
        while not self.final:
            assert self.http is not None
            try:
                async with self.http.ws_connect(url, headers={"Origin": self.origin}) as socket:
                    attempt = 0
                    self.connected.set()
                    async for message in socket:
                        if message.type != aiohttp.WSMsgType.TEXT:
                            break
                        self.raw.append(message.data)
                        self._take(json.loads(message.data))
            except (aiohttp.ClientError, asyncio.TimeoutError, ConnectionError):
                pass
            self.connected.clear()
            if self.final:
                break
            attempt += 1
            await asyncio.sleep(min(2.0, 0.05 * 2**attempt))

    def _take(self, message: dict[str, Any]) -> None:
        if message.get("type") in ("ended", "revoked"):
            self.final = str(message["type"])
            return
        if message.get("type") != "view":
            return
        self.view = message["view"]
        self.pending = message.get("pending") or []
        self.updates.append((time.perf_counter(), self.view or {}))
        for decision in (self.view or {}).get("decisions") or ():
            sent = self.sent.get(decision.get("key", ""))
            if sent is not None and not sent.recorded_as:
                sent.recorded_as = decision["id"]
        waiting = {p["key"] for p in self.pending}
        resolved = {d.get("key") for d in (self.view or {}).get("decisions") or ()}
        resolved |= {r.get("key") for r in (self.view or {}).get("returned") or ()}
        for sent in self.sent.values():
            # what the server forgot (a restart) is sent again: the key makes that safe
            if sent.key not in waiting and sent.key not in resolved and not sent.in_flight:
                asyncio.get_running_loop().create_task(self.post(sent))
        for listener in self.listeners:
            listener(message)

    async def fetch_view(self) -> tuple[int, dict[str, Any]]:
        assert self.http is not None
        async with self.http.get(
            f"{self.base}/t/{self.code}/api/view", headers=self._headers()
        ) as response:
            text = await response.text()
            self.raw.append(text)
            return response.status, json.loads(text) if text else {}

    async def submit(self, body: dict[str, Any], key: str = "") -> Sent:
        sent = Sent(key or new_key(), body)
        self.sent[sent.key] = sent
        await self.post(sent)
        return sent

    async def post(self, sent: Sent, tries: int = 60) -> int:
        """Send (again) until the server has it; returns the last status."""
        assert self.http is not None
        if sent.in_flight:
            return 0
        sent.in_flight = True
        try:
            return await self._post(sent, tries)
        finally:
            sent.in_flight = False

    async def _post(self, sent: Sent, tries: int) -> int:
        assert self.http is not None
        status = 0
        for attempt in range(tries):
            try:
                async with self.http.post(
                    f"{self.base}/t/{self.code}/api/submit",
                    json={"key": sent.key, **sent.body},
                    headers=self._headers(),
                ) as response:
                    status = response.status
                    self.raw.append(await response.text())
            except (aiohttp.ClientError, asyncio.TimeoutError, ConnectionError):
                status = 0
            if status in (200, 202):
                sent.acknowledged = True
                return status
            if status in (400, 404, 410, 413, 415):
                return status
            await asyncio.sleep(min(2.0, 0.1 * 2**attempt))
        return status
