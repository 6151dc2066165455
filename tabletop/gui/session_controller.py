"""The one owner of a running session in the GUI: every user action goes through it.

Each method calls one core operation. The core writes the event to disk and
commits it before returning, and only then does the controller announce the
change, so nothing is ever shown as recorded that is not on disk. A refused
operation (``OperationError``) or a file problem (``SessionFileError``: disk
full, read-only folder, a session open elsewhere) is announced in plain words
through :attr:`SessionController.failed` and never escapes as an exception.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from tabletop.core.deck.model import ChannelStatus, Deck
from tabletop.core.engine import Change, NextInject, OperationError, Session
from tabletop.core.engine.state import DecisionRecord, SessionState
from tabletop.core.store import SessionFileError
from tabletop.gui.language import translate
from tabletop.gui.style import sentence


class SessionController(QObject):
    """Runs operations on a :class:`Session` and turns what changed into signals."""

    changed = Signal(object)  # every Change, first: for views that update row by row
    injects_changed = Signal()  # delivered, skipped, or the next inject moved
    inject_delivered = Signal(str)  # the inject id now in front of the room
    channels_changed = Signal()
    escalation_changed = Signal()  # the adjudicated level or a team's believed level
    decisions_changed = Signal()
    decision_recorded = Signal(object, str)  # DecisionRecord, plain summary of its outcome
    clock_changed = Signal()  # paused, resumed, or scenario time jumped
    observations_changed = Signal()
    hotwash_changed = Signal()
    evaluation_changed = Signal()  # an expected action judged or an objective rated
    session_changed = Signal()  # started or ended
    tick = Signal()  # once a second, for clocks
    action_done = Signal(str)  # a plain summary of what was just recorded
    failed = Signal(str, bool)  # message, serious (a file problem rather than a refusal)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = session
        self._next: tuple[tuple[int, int], NextInject] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)
        self._timer.start()

    # -- reading ------------------------------------------------------------------

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("the session is closed")
        return self._session

    @property
    def is_open(self) -> bool:
        return self._session is not None

    @property
    def state(self) -> SessionState:
        return self.session.state

    @property
    def deck(self) -> Deck:
        return self.session.deck

    @property
    def path(self) -> Path:
        return self.session.path

    @property
    def session_id(self) -> str:
        return self.session.file.meta.get("session_id", "")

    @property
    def ended(self) -> bool:
        return self.state.ended

    def next_inject(self) -> NextInject:
        """The inject the branches select now (worked out once per change of the session)."""
        state = self.state
        key = (id(state), state.last_seq)
        if self._next is None or self._next[0] != key:
            self._next = (key, self.session.next_inject())
        return self._next[1]

    def scenario_minutes(self) -> float:
        """The scenario clock now, in minutes."""
        return self.state.scenario_at(self.session.clock())

    # -- running operations ----------------------------------------------------------

    def _run(self, operation: Callable[[], Change]) -> Change | None:
        if self._session is None:
            self.failed.emit(translate("SessionController", "The session is closed."), True)
            return None
        try:
            change = operation()
        except OperationError as exc:
            self.failed.emit(sentence(str(exc)), False)
            return None
        except SessionFileError as exc:
            self.failed.emit(
                translate(
                    "SessionController",
                    "{problem} Nothing was recorded for this action; everything recorded before "
                    "it is safe in the session file.",
                ).format(problem=sentence(str(exc))),
                True,
            )
            return None
        except (sqlite3.Error, OSError) as exc:
            self.failed.emit(
                translate(
                    "SessionController",
                    "The session file could not be written ({problem}). Nothing was recorded for "
                    "this action; everything recorded before it is safe.",
                ).format(problem=exc),
                True,
            )
            return None
        self._announce(change)
        return change

    def _announce(self, change: Change) -> None:
        aspects = change.aspects
        self.changed.emit(change)
        if "session" in aspects:
            self.session_changed.emit()
        # decisions, channels and the level can all change where the branches lead next
        if aspects & {"injects", "decisions", "channels", "escalation"}:
            self.injects_changed.emit()
        if change.event.type == "inject_delivered":
            self.inject_delivered.emit(str(change.event.data.get("inject", "")))
        if "channels" in aspects:
            self.channels_changed.emit()
        if aspects & {"escalation", "beliefs"}:
            self.escalation_changed.emit()
        if "decisions" in aspects:
            self.decisions_changed.emit()
        if change.decision is not None:
            self.decision_recorded.emit(change.decision, change.summary)
        if "clock" in aspects:
            self.clock_changed.emit()
        if "observations" in aspects:
            self.observations_changed.emit()
        if "hotwash" in aspects:
            self.hotwash_changed.emit()
        if "evaluation" in aspects:
            self.evaluation_changed.emit()
        self.action_done.emit(change.summary)

    # -- the operations -----------------------------------------------------------------

    def deliver_next(self) -> bool:
        return self._run(lambda: self.session.deliver_next()) is not None

    def deliver(self, inject_id: str) -> bool:
        return self._run(lambda: self.session.deliver(inject_id)) is not None

    def skip(self, reason: str, inject_id: str | None = None) -> bool:
        return self._run(lambda: self.session.skip(reason, inject_id)) is not None

    def record_decision(
        self,
        team: str,
        text: str,
        *,
        kind: str = "action",
        channel: str = "",
        recipients: Sequence[str] = (),
        tags: Iterable[str] = (),
        escalation: int = 0,
        submission: str = "",
        source: str = "",
    ) -> DecisionRecord | None:
        change = self._run(
            lambda: self.session.record_decision(
                team,
                text,
                kind=kind,
                channel=channel,
                recipients=recipients,
                tags=tags,
                escalation=escalation,
                submission=submission,
                source=source,
            )
        )
        return change.decision if change is not None else None

    def return_submission(self, submission: str, team: str, text: str, note: str) -> bool:
        """Send a team device's submission back with a note (nothing is recorded as decided)."""
        return (
            self._run(lambda: self.session.return_submission(submission, team, text, note))
            is not None
        )

    def announce_level(self, teams: Sequence[str] = ()) -> bool:
        """Tell teams (all by default) the real escalation level."""
        return self._run(lambda: self.session.announce_level(teams)) is not None

    def amend_decision(self, decision_id: str, **changes: object) -> bool:
        return self._run(lambda: self.session.amend_decision(decision_id, **changes)) is not None

    def withdraw_decision(self, decision_id: str, reason: str = "") -> bool:
        return self._run(lambda: self.session.withdraw_decision(decision_id, reason)) is not None

    def set_channel_status(self, channel: str, status: ChannelStatus, reason: str = "") -> bool:
        return (
            self._run(lambda: self.session.set_channel_status(channel, status, reason)) is not None
        )

    def adjudicate(self, level: int, reason: str = "") -> bool:
        return self._run(lambda: self.session.adjudicate(level, reason)) is not None

    def note_observation(
        self,
        kind: str,
        text: str,
        *,
        rating: str = "",
        inject: str | None = None,
        objective: str = "",
    ) -> bool:
        return (
            self._run(
                lambda: self.session.note_observation(
                    kind, text, rating=rating, inject=inject, objective=objective
                )
            )
            is not None
        )

    def toggle_clock(self) -> bool:
        if self.state.running:
            return self._run(lambda: self.session.pause_clock()) is not None
        return self._run(lambda: self.session.resume_clock()) is not None

    def note_hotwash(self, field_name: str, text: str) -> bool:
        if self.state.hotwash.get(field_name, "") == text.strip():
            return True  # already saved as it is
        return self._run(lambda: self.session.note_hotwash(field_name, text)) is not None

    def add_action(
        self,
        issue: str,
        corrective_action: str,
        *,
        capability: str = "",
        owner: str = "",
        start: str = "",
        due: str = "",
        element: str = "",
        poc: str = "",
        area: str = "",
    ) -> bool:
        return (
            self._run(
                lambda: self.session.add_action(
                    issue,
                    corrective_action,
                    capability=capability,
                    owner=owner,
                    start=start,
                    due=due,
                    element=element,
                    poc=poc,
                    area=area,
                )
            )
            is not None
        )

    def assess_expectation(
        self, inject: str, index: int, verdict: str, *, note: str = "", decision: str = ""
    ) -> bool:
        return (
            self._run(
                lambda: self.session.assess_expectation(
                    inject, index, verdict, note=note, decision=decision
                )
            )
            is not None
        )

    def rate_objective(self, objective: str, rating: str, *, note: str = "") -> bool:
        return (
            self._run(lambda: self.session.rate_objective(objective, rating, note=note)) is not None
        )

    def end(self) -> bool:
        return self._run(lambda: self.session.end()) is not None

    def undo_last(self) -> bool:
        return self._run(lambda: self.session.undo_last()) is not None

    def undo_description(self) -> str:
        """What Undo would take back, in words ("" when there is nothing)."""
        from tabletop.core.engine import describe_event

        if self._session is None:
            return ""
        event = self.session.undoable()
        if event is None:
            return ""
        if event.type == "decision_amended":  # its list of changes is too long for a menu
            return translate("SessionController", "Amendment of decision {decision}").format(
                decision=event.data.get("decision")
            )
        return describe_event(event, self.deck, self.state.team_names())

    # -- closing ---------------------------------------------------------------------

    def stop_clock_for_close(self) -> None:
        """Closing the console of a session still in play pauses its clock, so that the story
        and the exercise time go on from where they stopped when it is reopened (a crash
        records nothing: the class went on meanwhile). Quietly: nothing is lost if it cannot
        be written."""
        session = self._session
        if session is None or session.state.ended or not session.state.running:
            return
        with contextlib.suppress(OperationError, SessionFileError, sqlite3.Error, OSError):
            session.pause_clock(on_close=True)

    def close(self) -> None:
        """Release the session file (every event is already on disk)."""
        self._timer.stop()
        if self._session is not None:
            # nothing unsaved can be lost: each event was committed when it was recorded
            with contextlib.suppress(SessionFileError, sqlite3.Error, OSError):
                self._session.close()
            self._session = None
