"""The console's side of team devices: starts the server, feeds it views, records submissions.

One writer: the server never touches the session. It hands each submission
over through a locked queue and a Qt signal emitted from its thread (Qt
delivers it here, on the GUI thread); accepting one records it through the
console's :class:`SessionController` like any decision, and only then are new
views computed and published. A device therefore hears "recorded" only after
the event is on disk.
"""

from __future__ import annotations

import datetime as _dt
import gc
import socket
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from tabletop.core.engine.operation import Change
from tabletop.core.engine.team_view import device_key, next_arrival, submission_key
from tabletop.core.store import SessionFileError
from tabletop.gui.language import translate
from tabletop.gui.session_controller import SessionController
from tabletop.teamnet.codes import DeviceSettings
from tabletop.teamnet.hub import Device, all_views
from tabletop.teamnet.server import ServerError, TeamServer
from tabletop.teamnet.submissions import Submission


def local_addresses() -> list[str]:
    """IPv4 addresses this computer is known by on its networks (loopback last)."""
    found: list[str] = []
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        infos = []
    for info in infos:
        address = str(info[4][0])
        if address not in found and not address.startswith("127."):
            found.append(address)
    return [*found, "127.0.0.1"]


class Arrivals(QObject):
    """Carries "a submission came" from the server's thread to the GUI thread."""

    arrived = Signal()


class TeamDevices(QObject):
    """Team devices for one console: the server, its codes, the queue, auto-accept."""

    submissions_changed = Signal()  # a submission came, or left the queue
    status_changed = Signal()  # started or stopped
    devices_changed = Signal()  # a device connected or left

    def __init__(self, controller: SessionController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.settings = DeviceSettings.from_meta(controller.session.file.meta)
        self._arrivals = Arrivals(self)
        self._arrivals.arrived.connect(self._take_arrivals)
        self.server = TeamServer(self._arrivals.arrived.emit)
        self.address = ""  # the address shown in join URLs
        self._waiting: list[Submission] = []
        # submissions recorded or returned in this run, by their recorded key: an undo of
        # the recording or the return puts them back in the queue as they came
        self._resolved_here: dict[str, Submission] = {}
        self._devices: dict[str, list[tuple[str, str]]] = {}
        self._publish_timer = QTimer(self)
        self._publish_timer.setSingleShot(True)
        self._publish_timer.setInterval(0)
        self._publish_timer.timeout.connect(self.publish)
        self._everything = False  # a change waits to be published that concerns every team
        # the story time at which the views next change by themselves (a message arrives)
        self._next_arrival: float | None = None
        for signal in (
            controller.injects_changed,
            controller.channels_changed,
            controller.escalation_changed,
            controller.clock_changed,
        ):
            signal.connect(self._changed_for_all)
        controller.decisions_changed.connect(self._publish_timer.start)
        controller.changed.connect(self._requeue_undone)
        controller.session_changed.connect(self._session_changed)
        controller.tick.connect(self._tick)

    # -- the server ----------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.server.running

    @property
    def port(self) -> int:
        return self.server.port

    def start(self, host: str = "") -> str:
        """Start listening; returns "" or a plain message saying why it could not start.

        ``host`` is where to listen (default: as the session remembers, every network).
        """
        if self.running:
            return ""
        host = host or self.settings.host
        if self.controller.ended:
            return translate(
                "TeamDevices", "The session has ended: team devices cannot join any more."
            )
        state = self.controller.state
        self.settings.ensure_codes(t.id for t in state.teams)
        now = _now(self.controller)
        views = all_views(state, now)
        self._next_arrival = next_arrival(state, state.scenario_at(now))
        try:
            port = self.server.start(host, self.settings.port, self.settings.codes, views)
        except ServerError as exc:
            if not self.settings.port:
                return translate("TeamDevices", "Team devices could not start: {problem}.").format(
                    problem=exc
                )
            try:  # the port used before is taken: any free one will do (new URLs)
                port = self.server.start(host, 0, self.settings.codes, views)
            except ServerError as again:
                return translate("TeamDevices", "Team devices could not start: {problem}.").format(
                    problem=again
                )
        # what exists now (Qt's objects, the deck, the log) lives as long as the console: the
        # garbage collector need not walk it again on every full collection while devices
        # keep the views changing, which would stall the console for a tenth of a second
        gc.freeze()
        self.settings.on = True
        self.settings.host = host
        self.settings.port = port
        problem = self._save()
        if not self.address:
            self.address = "127.0.0.1" if host == "127.0.0.1" else local_addresses()[0]
        self.status_changed.emit()
        return problem

    def restore(self) -> str:
        """Start again if the server was on when the session was left ("" or a problem)."""
        if not self.settings.on or self.controller.ended:
            return ""
        port = self.settings.port
        problem = self.start()
        if not problem and port and self.port != port:
            problem = translate(
                "TeamDevices",
                "Team devices: port {old} was taken, so they now use port {new}; print new join "
                "cards or read the new addresses from Session → Team devices.",
            ).format(old=port, new=self.port)
        return problem

    def stop(self) -> None:
        """Stop the server; the session remembers it is off."""
        self.server.stop()
        self.settings.on = False
        self._save()
        self.status_changed.emit()
        self._note_devices()

    def shutdown(self) -> None:
        """The console is closing: stop the server, but remember whether it was on."""
        self._publish_timer.stop()
        self.server.stop()

    def _save(self) -> str:
        try:
            self.settings.save(self.controller.session.file)
        except SessionFileError as exc:
            return translate(
                "TeamDevices", "The team-device settings could not be saved: {problem}"
            ).format(problem=exc)
        return ""

    def join_url(self, team: str) -> str:
        address = self.address or local_addresses()[0]
        return f"http://{address}:{self.port}/t/{self.settings.codes.get(team, '')}"

    def revoke(self, team: str) -> None:
        """A new code for a team: its devices (and its old QR code) stop working."""
        self.settings.revoke(team)
        self._save()
        self.server.set_codes(self.settings.codes)
        self.status_changed.emit()

    def set_auto_accept(self, on: bool) -> None:
        self.settings.auto_accept = on
        self._save()
        if on:
            self._auto_accept()

    # -- views ---------------------------------------------------------------------------

    def _changed_for_all(self) -> None:
        self._everything = True
        self._publish_timer.start()

    def publish(self, teams: Iterable[str] | None = None) -> None:
        """Compute the teams' views (all by default) from the state as it is now and hand
        them to the server."""
        if teams is None:
            self._everything = False
        if self.running and self.controller.is_open:
            state = self.controller.state
            now = _now(self.controller)
            self.server.publish(all_views(state, now, teams))
            self._next_arrival = next_arrival(state, state.scenario_at(now))

    def _tick(self) -> None:
        # messages arrive as story time passes, with no event: once a second, see whether
        # the next one has (every view is the same until then)
        controller = self.controller
        if self.running and controller.is_open and controller.state.running:
            due = self._next_arrival
            if due is not None and controller.state.scenario_at(_now(controller)) >= due:
                self.publish()
        self._note_devices()

    def _session_changed(self) -> None:
        if self.controller.is_open and self.controller.ended and self.running:
            self.publish()
            self.server.end()

    def _note_devices(self) -> None:
        devices = self.server.devices() if self.running else {}
        summary = {t: [(d.device, d.address) for d in ds] for t, ds in devices.items() if ds}
        if summary != self._devices:
            self._devices = summary
            self.devices_changed.emit()

    def devices(self) -> dict[str, list[Device]]:
        return self.server.devices() if self.running else {}

    # -- submissions ---------------------------------------------------------------------

    def waiting(self) -> list[Submission]:
        return list(self._waiting)

    def _take_arrivals(self) -> None:
        fresh = self.server.take_fresh()
        if not fresh:
            return
        for submission in fresh:
            if self._already_resolved(submission):
                continue
            self._waiting.append(submission)
        self._auto_accept()
        self.submissions_changed.emit()

    def _already_resolved(self, submission: Submission) -> bool:
        """A retry of a key the session already recorded or returned: nothing more to do."""
        session = self.controller.session
        key = submission_key(submission.team, submission.key)
        returned = any(r.submission == key for r in session.state.returned)
        if session.submission_decision(key) is not None or returned:
            self.server.resolve([(submission.team, submission.key)])
            return True
        return False

    def _auto_accept(self) -> None:
        if not self.settings.auto_accept:
            return
        done = [s for s in self._waiting if s.kind == "message" and self._record(s, {}) is not None]
        if done:
            self._resolved(done)

    def accept(self, submission: Submission, **edits: Any) -> bool:
        """Record a submission (with the facilitator's edits) as the team's decision."""
        if submission not in self._waiting or self._record(submission, edits) is None:
            return False
        self._resolved([submission])
        return True

    def _record(self, submission: Submission, edits: dict[str, Any]) -> object | None:
        unknown = set(edits) - {"text", "kind", "channel", "recipients", "tags", "escalation"}
        if unknown:
            raise TypeError(f"cannot edit {', '.join(sorted(unknown))}")
        decision = self.controller.record_decision(
            submission.team,
            edits.get("text", submission.text),
            kind=edits.get("kind", submission.kind),
            channel=edits.get("channel", submission.channel),
            recipients=edits.get("recipients", submission.recipients),
            tags=edits.get("tags", submission.tags),
            escalation=edits.get("escalation", submission.escalation),
            submission=submission_key(submission.team, submission.key),
            source="device",
        )
        return decision

    def give_back(self, submission: Submission, note: str) -> bool:
        """Return a submission to its team with a note; nothing is recorded as decided."""
        if submission not in self._waiting:
            return False
        done = self.controller.return_submission(
            submission_key(submission.team, submission.key),
            submission.team,
            submission.text,
            note,
        )
        if done:
            self._resolved([submission])
        return done

    def _requeue_undone(self, change: Change) -> None:
        """Undo took back the recording or the return of a team's submission: that was the
        facilitator's choice, not the team's decision, which waits in the queue again."""
        event = change.event
        if event.type != "event_undone" or not isinstance(event.data, dict):
            return
        if event.data.get("type") not in ("decision_recorded", "submission_returned"):
            return
        target = event.data.get("target")
        undone = next((e for e in reversed(self.controller.state.events) if e.seq == target), None)
        data = undone.data if undone is not None and isinstance(undone.data, dict) else {}
        key = str(data.get("submission") or "")
        team = str(data.get("team") or "")
        if not key or not team or device_key(key) == "":
            return
        submission = self._resolved_here.get(key) or Submission(
            key=device_key(key),
            team=team,
            kind=str(data.get("kind") or "action"),
            text=str(data.get("text") or ""),
            channel=str(data.get("channel") or ""),
            recipients=tuple(str(r) for r in data.get("recipients") or ()),
            tags=tuple(str(t) for t in data.get("tags") or ()),
            escalation=int(data.get("escalation") or 0),
        )
        if any((s.team, s.key) == (submission.team, submission.key) for s in self._waiting):
            return
        self._waiting.append(submission)
        self.server.reopen(submission)
        self.publish([submission.team])
        self.submissions_changed.emit()

    def _resolved(self, submissions: list[Submission]) -> None:
        for submission in submissions:
            self._waiting.remove(submission)
            self._resolved_here[submission_key(submission.team, submission.key)] = submission
        # the new views (with the decisions or the notes) go out before the queue forgets them;
        # a message changes only its sender's and recipients' views, unless it opened a channel
        # or another change is waiting to be published
        teams: set[str] | None = set()
        for submission in submissions:
            decision = self.controller.session.submission_decision(
                submission_key(submission.team, submission.key)
            )
            if teams is None or (decision is not None and decision.kind == "agree_channel"):
                teams = None
                continue
            teams.add(submission.team)
            if decision is not None and decision.outcome is not None:
                teams.update(decision.outcome.recipients)
        if self._everything:
            teams = None
        self._publish_timer.stop()
        self.publish(teams)
        self.server.resolve((s.team, s.key) for s in submissions)
        self.submissions_changed.emit()


def _now(controller: SessionController) -> _dt.datetime:
    return controller.session.clock()
