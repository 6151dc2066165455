"""The team-device server in a worker thread with its own asyncio event loop.

The console's thread owns a :class:`TeamServer`. Every call it makes is safe
from that thread: work for the server is handed to the loop with
``call_soon_threadsafe``, and the submissions come back through a locked
queue plus a ``notify`` callback (the GUI passes a Qt signal's ``emit``, which
Qt delivers on the GUI thread). The server itself never writes the session.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import errno
import threading
from collections.abc import Callable, Iterable
from typing import Any

from aiohttp import web

from tabletop.core.i18n import _
from tabletop.teamnet.app import build_app
from tabletop.teamnet.hub import Device, Limits, TeamHub
from tabletop.teamnet.submissions import Submission, SubmissionQueue


class ServerError(Exception):
    """The server could not start; the message says why in plain words (for the facilitator,
    in the language in force on the console's thread)."""


class TeamServer:
    """Starts, feeds and stops the team-device web server."""

    def __init__(self, notify: Callable[[], None] = lambda: None, limits: Limits | None = None):
        self.queue = SubmissionQueue(notify)
        self.hub = TeamHub(self.queue, limits or Limits())
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._stopped = threading.Event()
        self.host = ""
        self.port = 0

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # -- starting and stopping ----------------------------------------------------------

    def start(
        self,
        host: str,
        port: int,
        codes: dict[str, str],
        views: dict[str, dict[str, Any]],
    ) -> int:
        """Listen on ``host:port`` (0: any free port); returns the port. Raises ServerError."""
        if self.running:
            return self.port
        ready: concurrent.futures.Future[int] = concurrent.futures.Future()
        self.hub.codes = dict(codes)
        self.hub.views = dict(views)
        self._stopped.clear()
        self._thread = threading.Thread(
            target=self._serve, args=(host, port, ready), name="team-devices", daemon=True
        )
        self._thread.start()
        try:
            self.port = ready.result(timeout=15)
        except OSError as exc:
            self._thread.join(timeout=5)
            self._thread = None
            raise ServerError(_explain(exc, host, port)) from None
        except concurrent.futures.TimeoutError:
            raise ServerError(_("the team-device server did not start in time")) from None
        self.host = host
        return self.port

    def _serve(self, host: str, port: int, ready: concurrent.futures.Future[int]) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            try:
                bound = loop.run_until_complete(self._open(host, port))
            except OSError as exc:
                ready.set_exception(exc)
                return
            ready.set_result(bound)
            loop.run_forever()
            loop.run_until_complete(self._close())
        finally:
            self._loop = None
            loop.close()
            self._stopped.set()

    async def _open(self, host: str, port: int) -> int:
        runner = web.AppRunner(
            build_app(self.hub), access_log=None, handle_signals=False, shutdown_timeout=1.0
        )
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        try:
            await site.start()
        except OSError:
            await runner.cleanup()
            raise
        self._runner = runner
        server = site._server
        sockets = getattr(server, "sockets", None) or []
        return int(sockets[0].getsockname()[1]) if sockets else port

    async def _close(self) -> None:
        await self.hub.close_all()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def stop(self) -> None:
        """Close every connection and stop listening (waits for the thread to end)."""
        loop, thread = self._loop, self._thread
        if loop is not None and thread is not None and thread.is_alive():
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout=10)
        self._thread = None

    # -- feeding it (from the console's thread) -------------------------------------------

    def _call(self, function: Callable[..., Any], *args: Any) -> None:
        loop = self._loop
        if loop is not None and self.running:
            # the loop may close meanwhile (the server is stopping): nothing to hand over then
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(function, *args)

    def publish(self, views: dict[str, dict[str, Any]]) -> None:
        """New views, computed by the console after a change (or as time passes)."""
        self._call(self.hub.update_views, views)

    def set_codes(self, codes: dict[str, str]) -> None:
        self._call(self.hub.set_codes, dict(codes))

    def end(self) -> None:
        """The session has ended: devices are told, and everything is refused from now on."""
        self._call(self.hub.end)

    def take_fresh(self) -> list[Submission]:
        return self.queue.take_fresh()

    def waiting(self) -> list[Submission]:
        return self.queue.waiting()

    def reopen(self, submission: Submission) -> None:
        """A submission whose recording or return was undone waits again (the team's page
        shows it waiting with the next view)."""
        self.queue.reopen(submission)

    def resolve(self, submissions: Iterable[tuple[str, str]]) -> None:
        """Submissions (team, key) were recorded or returned: they leave the queue for good,
        and each team concerned hears of it once."""
        teams = []
        for team, key in submissions:
            self.queue.resolve(team, key)
            if team not in teams:
                teams.append(team)
        for team in teams:
            self._call(self.hub.broadcast, team)

    def devices(self) -> dict[str, list[Device]]:
        return self.hub.devices()


def _explain(exc: OSError, host: str, port: int) -> str:
    if exc.errno == errno.EADDRINUSE:
        return _(
            "port {port} is already in use on this computer (another program, or another "
            "tabletop); stop it, or let tabletop choose a free port"
        ).format(port=port)
    if exc.errno in (errno.EADDRNOTAVAIL, errno.EACCES):
        return _("this computer cannot listen on {address} ({why})").format(
            address=f"{host}:{port}", why=exc.strerror
        )
    return _("the team-device server could not start: {why}").format(why=exc.strerror or exc)
