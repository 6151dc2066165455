"""The team devices' web application: one function builds it, one table holds its routes.

Every limit is a middleware, applied in this order to every request:

1. security headers on every answer (a strict Content-Security-Policy, no
   caching, no referrer, no framing);
2. an address that sent too many wrong join codes is turned away for a while;
3. after the session has ended, everything is refused;
4. a team's pages and API need its join code (a wrong one counts against the
   address), and each device is rate-limited.

There is no static directory: every file the page needs is listed in
:data:`ASSETS` and served from the package (the fonts from the app's own
resources), so nothing is listed or fetched from the internet.

Everything a device is told is in the session's language: the page is served
with its labels written in and ``<html lang>`` set, the first snapshot carries
the page's words, and every refusal is a sentence from the catalogs.
"""

from __future__ import annotations

import functools
import html
import json
import time
from collections.abc import Awaitable, Callable
from importlib import resources
from typing import Any

from aiohttp import WSMsgType, web

from tabletop.core import paths
from tabletop.core.i18n import _
from tabletop.teamnet.codes import CODE_PATTERN
from tabletop.teamnet.hub import Device, TeamHub
from tabletop.teamnet.submissions import KEY_PATTERN, SubmissionRefused, parse_submission
from tabletop.teamnet.wording import render_page

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

HUB = web.AppKey("hub", TeamHub)
TEAM = web.RequestKey("team", str)  # the team whose join code the request carries
ASSETS = {  # served name -> (file in tabletop/teamnet/static or the app's resources, type)
    "team.js": ("static/team.js", "text/javascript; charset=utf-8"),
    "team.css": ("static/team.css", "text/css; charset=utf-8"),
    # the bundled font: every Latin (Vietnamese too) and Cyrillic letter, for a device
    # whose own fonts lack some
    "sans.ttf": ("fonts/DejaVuSans.ttf", "font/ttf"),
    "sans-bold.ttf": ("fonts/DejaVuSans-Bold.ttf", "font/ttf"),
}
DEVICE_PATTERN = KEY_PATTERN


@functools.cache
def _static(name: str) -> bytes:
    """A file the page needs: the page's own (``static/…``) or one of the app's resources,
    read once (they do not change while the app runs; the loop serves every device)."""
    if name.startswith("static/"):
        return (resources.files("tabletop.teamnet") / name).read_bytes()
    return paths.resource(name).read_bytes()


def _error(status: int, message: str, **headers: str) -> web.Response:
    return web.json_response({"error": message}, status=status, headers=headers)


def _sentence_page(text: str, language: str) -> str:
    """A page of one sentence, for a person who opened an address in a browser."""
    return (
        f'<!doctype html><html lang="{html.escape(language)}"><meta charset=utf-8>'
        f"<title>tabletop</title><p>{html.escape(text)}"
    )


def _refusal(request: web.Request, status: int, message: str, **headers: str) -> web.Response:
    """A refusal as the asker reads it: JSON for the page's script, a sentence for a person."""
    if "/api/" in request.path:
        return _error(status, message, **headers)
    text = message[:1].upper() + message[1:] + "."
    return web.Response(
        text=_sentence_page(text, request.app[HUB].language),
        status=status,
        content_type="text/html",
        headers=headers,
    )


def _team(request: web.Request) -> str:
    """The team whose join code is in the path (the access middleware resolved it)."""
    team = request.get(TEAM)
    if team is None:
        raise web.HTTPNotFound()
    return team


def _device(request: web.Request) -> str:
    device = request.headers.get("X-Tabletop-Device") or request.query.get("device") or ""
    return device if DEVICE_PATTERN.fullmatch(device) else ""


# -- middlewares ------------------------------------------------------------------------------


def _secure(headers: Any, host: str) -> None:
    headers["Content-Security-Policy"] = (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        "font-src 'self'; "
        f"connect-src 'self' ws://{host}; base-uri 'none'; form-action 'none'; "
        "frame-ancestors 'none'"
    )
    headers["X-Content-Type-Options"] = "nosniff"
    headers["Referrer-Policy"] = "no-referrer"
    headers["X-Frame-Options"] = "DENY"
    headers["Cross-Origin-Opener-Policy"] = "same-origin"
    headers["Cross-Origin-Resource-Policy"] = "same-origin"
    headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
    headers["Cache-Control"] = "no-store"


@web.middleware
async def security_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        _secure(exc.headers, request.host)
        raise
    _secure(response.headers, request.host)
    return response


@web.middleware
async def lockout(request: web.Request, handler: Handler) -> web.StreamResponse:
    hub = request.app[HUB]
    wait = hub.lockout.locked(request.remote or "", time.monotonic())
    if wait:
        seconds = int(wait) + 1
        with hub.speaking():
            message = _(
                "too many wrong join codes from this address; try again in {seconds} s"
            ).format(seconds=seconds)
        return _refusal(request, 429, message, **{"Retry-After": str(seconds)})
    return await handler(request)


@web.middleware
async def session_ended(request: web.Request, handler: Handler) -> web.StreamResponse:
    hub = request.app[HUB]
    if hub.ended:
        with hub.speaking():
            return _refusal(request, 410, _("the exercise has ended"))
    return await handler(request)


@web.middleware
async def team_access(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Resolve the join code to a team (or refuse), then rate-limit the device."""
    hub = request.app[HUB]
    code = request.match_info.get("code")
    address = request.remote or ""
    now = time.monotonic()
    if code is not None:
        team = hub.team_of(code) if CODE_PATTERN.fullmatch(code) else None
        if team is None:
            hub.lockout.fail(address, now)
            with hub.speaking():
                message = _(
                    "this join code is not valid (it may have been replaced); scan the new one"
                )
            return _refusal(request, 404, message)
        request[TEAM] = team
    if not hub.requests.allow(f"{address}|{_device(request)}", now):
        with hub.speaking():
            message = _("too many requests from this device; slow down")
        return _error(429, message, **{"Retry-After": "2"})
    return await handler(request)


# -- handlers ---------------------------------------------------------------------------------


async def welcome(request: web.Request) -> web.Response:
    hub = request.app[HUB]
    with hub.speaking():
        text = _("This is a tabletop exercise. Scan your team's QR code to join.")
    return web.Response(text=_sentence_page(text, hub.language), content_type="text/html")


async def asset(request: web.Request) -> web.Response:
    name = request.match_info["name"]
    if name not in ASSETS:
        raise web.HTTPNotFound()
    filename, content_type = ASSETS[name]
    return web.Response(body=_static(filename), headers={"Content-Type": content_type})


async def team_page(request: web.Request) -> web.Response:
    """The team page, its labels written in the session's language."""
    hub = request.app[HUB]
    page = render_page(_static("static/team.html").decode("utf-8"), hub.words(), hub.language)
    return web.Response(text=page, content_type="text/html", charset="utf-8")


async def snapshot(request: web.Request) -> web.Response:
    """The team's view now, with the page's words (what a page that cannot keep a live
    connection open reads instead)."""
    hub = request.app[HUB]
    return web.Response(
        text=hub.payload(_team(request), first=True), content_type="application/json"
    )


async def submit(request: web.Request) -> web.Response:
    hub = request.app[HUB]
    with hub.speaking():
        return await _take_submission(request, hub)


async def _take_submission(request: web.Request, hub: TeamHub) -> web.Response:
    team = _team(request)
    origin = request.headers.get("Origin")
    if origin is not None and origin != f"http://{request.host}":
        return _error(403, _("submissions are taken only from this exercise's own page"))
    if request.content_type != "application/json":
        return _error(415, _("send the decision as JSON (Content-Type: application/json)"))
    device = _device(request)
    if not hub.submissions.allow(f"{request.remote}|{device}", time.monotonic()):
        return _error(429, _("too many submissions from this device; wait a moment"))
    try:
        data: Any = json.loads(await request.read())
    except web.HTTPRequestEntityTooLarge:
        return _error(
            413,
            _("the request is too large (at most {size} bytes)").format(size=hub.limits.max_body),
        )
    except (ValueError, UnicodeDecodeError):
        return _error(400, _("the request is not valid JSON"))
    try:
        submission = parse_submission(data, team, hub.route(team), device)
    except SubmissionRefused as exc:
        return _error(400, str(exc))
    resolved = hub.resolved(team, submission.key)
    if resolved is not None:
        return web.json_response({"key": submission.key, "status": resolved})
    status = hub.queue.add(submission)
    hub.broadcast(team)
    return web.json_response({"key": submission.key, "status": status}, status=202)


async def live(request: web.Request) -> web.StreamResponse:
    """The team's live view over a WebSocket: a snapshot at once, then every change."""
    hub = request.app[HUB]
    team = _team(request)
    if request.headers.get("Origin") != f"http://{request.host}":
        with hub.speaking():
            return _error(403, _("connections are taken only from this exercise's own page"))
    if hub.connected(team) >= hub.limits.devices_per_team:
        with hub.speaking():
            return _error(503, _("too many devices are connected for this team"))
    socket = web.WebSocketResponse(
        heartbeat=hub.limits.heartbeat, max_msg_size=hub.limits.max_message
    )
    await socket.prepare(request)
    device = Device(
        team=team,
        device=_device(request),
        address=request.remote or "",
    )
    hub.connect(socket, device)
    try:
        await socket.send_str(hub.payload(team, first=True))
        async for message in socket:
            if message.type == WSMsgType.TEXT and message.data == "ping":
                await socket.send_str('{"type":"pong"}')
            elif message.type == WSMsgType.ERROR:
                break
    finally:
        hub.disconnect(socket, team)
    return socket


ROUTES = [
    web.get("/", welcome),
    web.get("/assets/{name}", asset),
    web.get("/t/{code}", team_page),
    web.get("/t/{code}/api/view", snapshot),
    web.post("/t/{code}/api/submit", submit),
    web.get("/t/{code}/api/live", live),
]


def build_app(hub: TeamHub) -> web.Application:
    """The application: routes from :data:`ROUTES`, limits as middlewares."""
    app = web.Application(
        middlewares=[security_headers, lockout, session_ended, team_access],
        client_max_size=hub.limits.max_body,
    )
    app[HUB] = hub
    app.add_routes(ROUTES)
    return app
