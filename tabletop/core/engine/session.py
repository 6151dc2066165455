"""A running session: named operations that check, record durably, and say what changed.

Every operation either raises :class:`OperationError` (nothing is written) or
writes exactly one event to the session file, commits it to disk, applies it
to the state and returns a :class:`Change`. Views refresh from the change.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tabletop.core import paths
from tabletop.core.deck.catalog import catalog_from_texts, shipped_catalog_texts
from tabletop.core.deck.loader import load_deck_text
from tabletop.core.deck.model import ChannelStatus, Deck, ScenarioTime
from tabletop.core.engine.branching import NextInject, next_inject
from tabletop.core.engine.state import (
    ALL_ASPECTS,
    DECISION_KINDS,
    HOTWASH_FIELDS,
    OBSERVATION_KINDS,
    RATINGS,
    DecisionRecord,
    Folder,
    Outcome,
    SessionState,
    fold,
)
from tabletop.core.store import (
    Event,
    SessionFile,
    SessionFileError,
    new_session_path,
    read_snapshot,
    utc_now,
)

Clock = Callable[[], _dt.datetime]

_CATALOG_META = "catalog/"


class OperationError(Exception):
    """An operation that cannot be done now; the message says why. Nothing was written."""


@dataclass(frozen=True)
class Change:
    """What one operation did: the event written and the parts of the state it changed."""

    event: Event
    aspects: frozenset[str]
    summary: str
    decision: DecisionRecord | None = None

    def touches(self, *aspects: str) -> bool:
        return bool(self.aspects.intersection(aspects))


@dataclass
class SessionSetup:
    """What the facilitator sets before the first inject."""

    name: str = ""
    facilitator: str = ""
    date: str = ""
    teams: list[dict[str, Any]] = field(default_factory=list)  # {id, name, participants, absent}
    channels: dict[str, str] = field(default_factory=dict)  # channel id -> starting status
    level: int | None = None

    def to_event(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name": self.name,
            "facilitator": self.facilitator,
            "date": self.date,
            "teams": self.teams,
            "channels": self.channels,
        }
        if self.level is not None:
            data["level"] = self.level
        return data


def deck_from_meta(meta: dict[str, str], name: str) -> Deck:
    """The deck a session started from, with the catalog it embedded (``name`` for messages)."""
    texts = {
        key[len(_CATALOG_META) :]: value
        for key, value in meta.items()
        if key.startswith(_CATALOG_META)
    }
    try:
        catalog = catalog_from_texts(texts) if len(texts) == 3 else None
    except Exception as exc:  # a damaged embedded catalog: say so plainly
        raise SessionFileError(
            f"{name}: the channel catalog stored in the session cannot be read ({exc})"
        ) from None
    deck_text = meta.get("deck_text", "")
    result = load_deck_text(deck_text, f"{name} (embedded deck)", catalog=catalog, quick=True)
    if result.deck is None:
        first = result.errors[0].format() if result.errors else "unknown problem"
        raise SessionFileError(f"{name}: the deck stored in the session cannot be read: {first}")
    return result.deck


class Session:
    """A session file opened for recording, with its state kept up to date."""

    def __init__(self, deck: Deck, file: SessionFile, events: list[Event], clock: Clock) -> None:
        self.deck = deck
        self.file = file
        self.clock = clock
        self._folder = Folder.replay(deck, events)

    # -- opening and closing ------------------------------------------------------

    @classmethod
    def start(
        cls,
        deck_text: str,
        *,
        setup: SessionSetup | None = None,
        path: Path | None = None,
        deck_source: str = "",
        clock: Clock = utc_now,
    ) -> Session:
        """Create a session file for a deck and record the start."""
        result = load_deck_text(deck_text, deck_source or "<deck>", quick=True)
        if result.deck is None:
            first = result.errors[0].format() if result.errors else "unknown problem"
            raise OperationError(f"the deck has errors and cannot be run: {first}")
        deck = result.deck
        setup = setup or SessionSetup()
        _check_setup(deck, setup)
        if path is None:
            folder = paths.ensure_dir(paths.sessions_dir())
            path = new_session_path(folder, deck.id, clock())
        file = SessionFile.create(
            Path(path),
            deck_text,
            deck_id=deck.id,
            deck_title=deck.title,
            deck_source=deck_source,
            name=setup.name,
            created_at=clock(),
            extra_meta={_CATALOG_META + n: t for n, t in shipped_catalog_texts().items()},
        )
        try:
            session = cls(deck, file, [], clock)
            session._commit("session_started", setup.to_event(), "Session started")
        except BaseException:
            file.close()
            raise
        return session

    @classmethod
    def resume(cls, path: Path, clock: Clock = utc_now) -> Session:
        """Reopen a session file where it was left."""
        file = SessionFile.open(Path(path))
        try:
            deck = deck_from_meta(file.meta, file.path.name)
            events = file.events()
        except BaseException:
            file.close()
            raise
        return cls(deck, file, events, clock)

    def close(self) -> None:
        self.file.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return self.file.path

    @property
    def state(self) -> SessionState:
        return self._folder.state

    # -- reading ----------------------------------------------------------------

    def next_inject(self) -> NextInject:
        return next_inject(self.state)

    def scenario_now(self) -> ScenarioTime:
        return ScenarioTime.from_minutes(self.state.scenario_at(self.clock()))

    def elapsed_seconds(self) -> float:
        return self.state.elapsed_at(self.clock())

    # -- writing ----------------------------------------------------------------

    def _commit(self, type_: str, data: dict[str, Any], summary: str) -> Change:
        event = self.file.append(type_, data, at=self.clock())
        if type_ == "event_undone":
            # taking an event back changes the past: replay the whole log
            self._folder = Folder.replay(self.deck, [*self.state.events, event])
            aspects: set[str] = set(ALL_ASPECTS)
        else:
            aspects = self._folder.apply(event)
        decision = None
        if type_ == "decision_recorded":
            decision = self.state.decisions.get(str(data["decision"]))
        return Change(event, frozenset(aspects), summary, decision)

    def _require_live(self) -> None:
        if self.state.ended:
            raise OperationError("the session has ended; start a new one to continue play")

    def deliver_next(self) -> Change:
        """Deliver the inject the branches point to (the Next button)."""
        self._require_live()
        upcoming = self.next_inject()
        if upcoming.is_end:
            raise OperationError("there are no more injects: go to the hot wash and end")
        return self._deliver(upcoming.inject, chosen=False, via=upcoming.reason)

    def deliver(self, inject_id: str) -> Change:
        """Deliver a chosen inject now (for example a contingency inject on demand)."""
        self._require_live()
        return self._deliver(inject_id, chosen=True, via="chosen by the facilitator")

    def _deliver(self, inject_id: str, *, chosen: bool, via: str) -> Change:
        record = self._pending(inject_id)
        inject = self.deck.inject(record.id)
        return self._commit(
            "inject_delivered",
            {"inject": inject.id, "chosen": chosen, "via": via},
            f"Delivered: {inject.title}",
        )

    def _pending(self, inject_id: str) -> Any:
        record = self.state.injects.get(inject_id)
        if record is None:
            raise OperationError(f"there is no inject '{inject_id}' in this deck")
        if record.status != "pending":
            raise OperationError(
                f"'{self.deck.inject(inject_id).title}' was already {record.status}"
            )
        return record

    def skip(self, reason: str, inject_id: str | None = None) -> Change:
        """Skip an inject (the next one by default), with the facilitator's reason."""
        self._require_live()
        if not reason.strip():
            raise OperationError("give a reason for skipping: it goes into the report")
        if inject_id is None:
            upcoming = self.next_inject()
            if upcoming.is_end:
                raise OperationError("there are no more injects to skip")
            inject_id = upcoming.inject
        self._pending(inject_id)
        title = self.deck.inject(inject_id).title
        return self._commit(
            "inject_skipped", {"inject": inject_id, "reason": reason.strip()}, f"Skipped: {title}"
        )

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
    ) -> Change:
        """Record what a team decided; over a channel it is also a message with an outcome."""
        self._require_live()
        state = self.state
        if team not in {t.id for t in state.teams}:
            raise OperationError(f"there is no team '{team}' in this session")
        if not text.strip():
            raise OperationError("write what the team decided")
        if kind not in DECISION_KINDS:
            raise OperationError(
                f"the kind of decision must be one of: {', '.join(DECISION_KINDS)}"
            )
        team_obj = state.team(team)
        if channel:
            if not self.deck.has_channel(channel):
                raise OperationError(f"there is no channel '{channel}' in this deck")
            chan = self.deck.channel(channel)
            if not chan.usable_by(team_obj):
                raise OperationError(
                    f"{team_obj.name} is not a party to {chan.name} "
                    f"(its parties: {', '.join(chan.parties)})"
                )
            for recipient in recipients:
                if recipient not in {t.id for t in state.teams}:
                    raise OperationError(f"there is no team '{recipient}' to send to")
        elif kind == "agree_channel":
            raise OperationError("say which channel the team agrees to open")
        if not -10 <= escalation <= 10:
            raise OperationError("a suggested escalation change is between -10 and +10")
        decision_id = f"D{state.decision_count + 1}"
        data = {
            "decision": decision_id,
            "team": team,
            "text": text.strip(),
            "kind": kind,
            "channel": channel,
            "recipients": list(recipients),
            "tags": sorted({t.strip() for t in tags if t.strip()}),
            "escalation": int(escalation),
            "inject": state.current,
        }
        change = self._commit("decision_recorded", data, f"Decision {decision_id} recorded")
        decision = change.decision
        if decision is not None and decision.outcome is not None:
            outcome = decision.outcome
            chan_name = self.deck.channel(channel).name
            if outcome.status == Outcome.UNDELIVERABLE:
                summary = f"{decision_id}: NOT delivered – {outcome.reason}"
            elif outcome.status == Outcome.DELAYED:
                summary = (
                    f"{decision_id}: delayed over {chan_name}, arrives "
                    f"{ScenarioTime.from_minutes(outcome.arrives_at or 0)}"
                )
            else:
                summary = (
                    f"{decision_id}: delivered over {chan_name}, arrives "
                    f"{ScenarioTime.from_minutes(outcome.arrives_at or 0)}"
                )
            change = Change(change.event, change.aspects, summary, decision)
        return change

    def send_message(
        self,
        team: str,
        channel: str,
        text: str,
        *,
        recipients: Sequence[str] = (),
        tags: Iterable[str] = (),
    ) -> Change:
        """Send a message over a channel (a decision of kind ``message``)."""
        if not channel:
            raise OperationError("choose the channel the message goes over")
        return self.record_decision(
            team, text, kind="message", channel=channel, recipients=recipients, tags=tags
        )

    def _live_decision(self, decision_id: str) -> DecisionRecord:
        decision = self.state.decisions.get(decision_id)
        if decision is None:
            raise OperationError(f"there is no decision {decision_id}")
        if decision.withdrawn:
            raise OperationError(f"decision {decision_id} was withdrawn")
        return decision

    def amend_decision(self, decision_id: str, **changes: Any) -> Change:
        """Correct a decision's text, kind, tags or suggested escalation (kept as history)."""
        decision = self._live_decision(decision_id)
        allowed = {"text", "kind", "tags", "escalation"}
        unknown = set(changes) - allowed
        if unknown:
            raise OperationError(
                f"cannot amend {', '.join(sorted(unknown))}; withdraw the decision and record "
                "a new one instead"
            )
        clean: dict[str, Any] = {}
        for key, value in changes.items():
            if key == "text":
                if not str(value).strip():
                    raise OperationError("the amended text is empty")
                value = str(value).strip()
            if key == "tags":
                value = sorted({str(t).strip() for t in value if str(t).strip()})
            if key == "kind" and value not in DECISION_KINDS:
                raise OperationError(f"unknown kind '{value}'")
            if key == "escalation":
                value = int(value)
            if getattr(decision, key) != (tuple(value) if key == "tags" else value):
                clean[key] = value
        if not clean:
            raise OperationError("nothing to change")
        return self._commit(
            "decision_amended",
            {"decision": decision_id, "changes": clean},
            f"Decision {decision_id} amended",
        )

    def withdraw_decision(self, decision_id: str, reason: str = "") -> Change:
        """Withdraw a decision; it stays in the log, marked withdrawn."""
        self._live_decision(decision_id)
        return self._commit(
            "decision_withdrawn",
            {"decision": decision_id, "reason": reason.strip()},
            f"Decision {decision_id} withdrawn",
        )

    def set_channel_status(
        self, channel: str, status: ChannelStatus | str, reason: str = ""
    ) -> Change:
        """Open, degrade, close or propose a channel."""
        self._require_live()
        if channel not in self.state.channels:
            raise OperationError(f"there is no channel '{channel}' in this deck")
        try:
            status = ChannelStatus(status)
        except ValueError:
            raise OperationError(f"'{status}' is not a channel status") from None
        if self.state.channels[channel].status is status:
            raise OperationError(f"{self.deck.channel(channel).name} is already {status.value}")
        return self._commit(
            "channel_changed",
            {"channel": channel, "status": status.value, "reason": reason.strip()},
            f"{self.deck.channel(channel).name}: {status.value}",
        )

    def adjudicate(self, level: int, reason: str = "") -> Change:
        """Set the escalation level as the facilitator judges it."""
        self._require_live()
        ladder = self.deck.ladder
        if not ladder.lowest <= level <= ladder.highest:
            raise OperationError(
                f"the escalation level is between {ladder.lowest} and {ladder.highest}"
            )
        if level == self.state.level:
            raise OperationError(f"the level is already {level}")
        return self._commit(
            "escalation_adjudicated",
            {"level": int(level), "reason": reason.strip()},
            f"Escalation level {level}: {ladder.name_of(level)}",
        )

    def note_observation(
        self,
        kind: str,
        text: str,
        *,
        rating: str = "",
        inject: str | None = None,
        objective: str = "",
    ) -> Change:
        """A strength or an area for improvement, optionally rated P/S/M/U."""
        if kind not in OBSERVATION_KINDS:
            raise OperationError("an observation is a strength or an area for improvement")
        if not text.strip():
            raise OperationError("write the observation")
        if rating and rating not in RATINGS:
            raise OperationError("the rating is P, S, M or U")
        inject_id = self.state.current if inject is None else inject
        if inject_id and not self.deck.has_inject(inject_id):
            raise OperationError(f"there is no inject '{inject_id}'")
        if objective and self.deck.objective(objective) is None:
            raise OperationError(f"there is no objective '{objective}'")
        label = "Strength" if kind == "strength" else "Area for improvement"
        return self._commit(
            "observation_noted",
            {
                "observation": f"O{self.state.observation_count + 1}",
                "kind": kind,
                "text": text.strip(),
                "rating": rating,
                "inject": inject_id,
                "objective": objective,
            },
            f"{label} noted",
        )

    def pause_clock(self) -> Change:
        self._require_live()
        if not self.state.running:
            raise OperationError("the clock is already paused")
        return self._commit("clock_paused", {}, "Clock paused")

    def resume_clock(self) -> Change:
        self._require_live()
        if self.state.running:
            raise OperationError("the clock is running")
        return self._commit("clock_resumed", {}, "Clock resumed")

    def note_hotwash(self, field_name: str, text: str) -> Change:
        """Set one of the hot wash answers (the latest text wins; the log keeps all)."""
        if field_name not in HOTWASH_FIELDS:
            raise OperationError(f"unknown hot wash field '{field_name}'")
        if self.state.hotwash.get(field_name, "") == text.strip():
            raise OperationError("nothing to change")
        return self._commit(
            "hotwash_noted", {"field": field_name, "text": text.strip()}, "Hot wash noted"
        )

    def add_action(
        self,
        issue: str,
        corrective_action: str,
        *,
        capability: str = "",
        owner: str = "",
        start: str = "",
        due: str = "",
    ) -> Change:
        """An improvement-plan line: issue, corrective action, owner, dates."""
        if not issue.strip() or not corrective_action.strip():
            raise OperationError("an improvement action needs an issue and a corrective action")
        return self._commit(
            "action_added",
            {
                "action": f"A{self.state.action_count + 1}",
                "issue": issue.strip(),
                "corrective_action": corrective_action.strip(),
                "capability": capability.strip(),
                "owner": owner.strip(),
                "start": start.strip(),
                "due": due.strip(),
            },
            "Improvement action added",
        )

    def end(self) -> Change:
        """End the session; the hot wash and improvement plan can still be added."""
        self._require_live()
        return self._commit("session_ended", {}, "Session ended")

    def undoable(self) -> Event | None:
        """The latest event that Undo would take back."""
        skip = {"session_started", "event_undone"}
        for event in reversed(self.state.events):
            if event.type in skip or event.seq in self.state.undone:
                continue
            return event
        return None

    def undo_last(self) -> Change:
        """Take back the latest action: a new event, the old one stays in the log."""
        target = self.undoable()
        if target is None:
            raise OperationError("there is nothing to undo")
        return self._commit(
            "event_undone",
            {"target": target.seq, "type": target.type},
            f"Undone: {describe_event(target, self.deck)}",
        )


def _check_setup(deck: Deck, setup: SessionSetup) -> None:
    for team in setup.teams:
        if not deck.has_team(str(team.get("id"))):
            raise OperationError(f"there is no team '{team.get('id')}' in the deck")
    absent = {str(t.get("id")) for t in setup.teams if t.get("absent")}
    if absent >= {t.id for t in deck.teams}:
        raise OperationError("at least one team must play")
    for channel, status in setup.channels.items():
        if not deck.has_channel(channel):
            raise OperationError(f"there is no channel '{channel}' in the deck")
        try:
            ChannelStatus(status)
        except ValueError:
            raise OperationError(f"'{status}' is not a channel status") from None
    if setup.level is not None and not deck.ladder.lowest <= setup.level <= deck.ladder.highest:
        raise OperationError("the starting level is outside the ladder")


def describe_event(event: Event, deck: Deck) -> str:
    """One line a person can read for an event of the log."""
    data = event.data
    kind = event.type

    def title(inject_id: str) -> str:
        return deck.inject(inject_id).title if deck.has_inject(inject_id) else inject_id

    if kind == "session_started":
        return f"Session started{': ' + data['name'] if data.get('name') else ''}"
    if kind == "inject_delivered":
        return f"Inject delivered: {title(str(data.get('inject')))}"
    if kind == "inject_skipped":
        return f"Inject skipped: {title(str(data.get('inject')))} ({data.get('reason', '')})"
    if kind == "decision_recorded":
        over = f" over {data['channel']}" if data.get("channel") else ""
        return f"Decision {data.get('decision')} by {data.get('team')}{over}: {data.get('text')}"
    if kind == "decision_amended":
        return f"Decision {data.get('decision')} amended: {json.dumps(data.get('changes'))}"
    if kind == "decision_withdrawn":
        return f"Decision {data.get('decision')} withdrawn: {data.get('reason', '')}"
    if kind == "channel_changed":
        return f"Channel {data.get('channel')} set to {data.get('status')}"
    if kind == "escalation_adjudicated":
        return f"Escalation adjudicated at {data.get('level')}: {data.get('reason', '')}"
    if kind == "observation_noted":
        return f"Observation ({data.get('kind')}): {data.get('text')}"
    if kind == "clock_paused":
        return "Clock paused"
    if kind == "clock_resumed":
        return "Clock resumed"
    if kind == "hotwash_noted":
        return f"Hot wash ({data.get('field')}): {data.get('text')}"
    if kind == "action_added":
        return f"Improvement action: {data.get('issue')} → {data.get('corrective_action')}"
    if kind == "session_ended":
        return "Session ended"
    if kind == "event_undone":
        return f"Undid event {data.get('target')} ({data.get('type')})"
    return kind


def open_state(path: Path) -> tuple[Deck, SessionState, dict[str, str]]:
    """Read a session file without recording (reports, listings): deck, state, details.

    Works on a session that is open in another window too (a read-only snapshot).
    """
    snapshot = read_snapshot(Path(path))
    deck = deck_from_meta(snapshot.meta, Path(path).name)
    meta = {k: v for k, v in snapshot.meta.items() if not k.startswith(_CATALOG_META)}
    return deck, fold(deck, snapshot.events), meta
