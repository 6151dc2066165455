"""Session state as a pure fold of the deck and the event log.

``fold(deck, events)`` replays a session from nothing; ``Folder.apply`` takes
one more event. Both give the same state for the same inputs, whatever the
machine or the time of day: every time used comes from the events themselves.

The rules of the world live here:

* **Channels** start as the deck (and the session setup) says; inject effects
  and the facilitator change them; a *proposed* channel opens once every one of
  its parties has agreed in a recorded ``agree_channel`` decision.
* **Messages** are decisions sent over a channel. Over an open channel a message
  is *delivered* after the channel's latency; over a degraded one it is
  *delayed* (twice the latency, at least an hour); over a closed or merely
  proposed one it is *undeliverable*.
* **Escalation**: the facilitator adjudicates the level; injects move it. Each
  team also has the level it *believes* the other side is at. Under suspicion,
  a rise is read as reaching at least ``misperception`` rungs above the true
  level (worst-case reading; the gap does not compound), and a fall goes
  unnoticed. Only a message that arrives over a working channel
  corrects a team: it sets its recipients' belief to the actual level. Where
  channels are closed, the gap stays open.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from tabletop.core.deck.model import (
    ChannelDirection,
    ChannelStatus,
    Deck,
    Team,
)
from tabletop.core.store import Event

DEGRADED_FACTOR = 2
DEGRADED_MINIMUM = 60  # scenario minutes

DECISION_KINDS = ("action", "message", "statement", "agree_channel")
OBSERVATION_KINDS = ("strength", "improvement")
RATINGS = ("P", "S", "M", "U")
HOTWASH_FIELDS = ("supposed", "happened", "why", "sustain_improve", "notes")
RATING_NAMES = {
    "P": "Performed without challenges",
    "S": "Performed with some challenges",
    "M": "Performed with major challenges",
    "U": "Unable to be performed",
}
HOTWASH_QUESTIONS = {
    "supposed": "What was supposed to happen?",
    "happened": "What happened?",
    "why": "Why was there a difference?",
    "sustain_improve": "What should be sustained, and what improved?",
    "notes": "Other notes",
}


class Outcome:
    DELIVERED = "delivered"
    DELAYED = "delayed"
    UNDELIVERABLE = "undeliverable"


@dataclass
class MessageOutcome:
    """What happened to a message sent over a channel."""

    channel: str
    status: str  # Outcome.*
    channel_status: ChannelStatus
    sent_at: float  # scenario minutes
    arrives_at: float | None
    recipients: tuple[str, ...]
    arrived: bool = False
    reason: str = ""

    @property
    def got_through(self) -> bool:
        return self.status != Outcome.UNDELIVERABLE


@dataclass
class Amendment:
    seq: int
    at: _dt.datetime
    changes: dict[str, Any]


@dataclass
class DecisionRecord:
    """A team's decision, and the message it sent if it went over a channel."""

    id: str
    seq: int
    at: _dt.datetime
    scenario: float
    team: str
    text: str
    kind: str
    channel: str
    recipients: tuple[str, ...]
    tags: tuple[str, ...]
    escalation: int
    inject: str
    outcome: MessageOutcome | None = None
    withdrawn: bool = False
    withdrawn_reason: str = ""
    amendments: list[Amendment] = field(default_factory=list)


@dataclass
class InjectRecord:
    """Where one inject stands: pending, delivered or skipped."""

    id: str
    status: str = "pending"  # pending | delivered | skipped
    seq: int = 0
    at: _dt.datetime | None = None
    scenario: float = 0.0
    reason: str = ""
    chosen: bool = False
    via: str = ""


@dataclass
class ChannelChange:
    seq: int
    at: _dt.datetime
    scenario: float
    status: ChannelStatus
    cause: str


@dataclass
class ChannelState:
    id: str
    status: ChannelStatus
    history: list[ChannelChange] = field(default_factory=list)
    agreed: set[str] = field(default_factory=set)


@dataclass
class LevelChange:
    seq: int
    at: _dt.datetime
    scenario: float
    level: int
    cause: str
    beliefs: dict[str, int] = field(default_factory=dict)


@dataclass
class Observation:
    id: str
    seq: int
    at: _dt.datetime
    kind: str
    text: str
    rating: str = ""
    inject: str = ""
    objective: str = ""


@dataclass
class ImprovementAction:
    id: str
    seq: int
    issue: str
    corrective_action: str
    capability: str = ""
    owner: str = ""
    start: str = ""
    due: str = ""


@dataclass
class Anomaly:
    """An event the fold had to ignore (for example after a recovery)."""

    seq: int
    message: str


@dataclass
class SessionState:
    """Everything about a session at one point of its log."""

    deck: Deck
    teams: tuple[Team, ...] = ()
    name: str = ""
    facilitator: str = ""
    date: str = ""
    started: bool = False
    started_at: _dt.datetime | None = None
    ended: bool = False
    ended_at: _dt.datetime | None = None
    last_at: _dt.datetime | None = None
    last_seq: int = 0
    injects: dict[str, InjectRecord] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    channels: dict[str, ChannelState] = field(default_factory=dict)
    level: int = 0
    levels: list[LevelChange] = field(default_factory=list)
    beliefs: dict[str, int] = field(default_factory=dict)
    thresholds_crossed: list[LevelChange] = field(default_factory=list)
    decisions: dict[str, DecisionRecord] = field(default_factory=dict)
    decision_count: int = 0
    in_transit: list[DecisionRecord] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)
    observation_count: int = 0
    hotwash: dict[str, str] = field(default_factory=dict)
    actions: list[ImprovementAction] = field(default_factory=list)
    action_count: int = 0
    anomalies: list[Anomaly] = field(default_factory=list)
    undone: set[int] = field(default_factory=set)
    events: list[Event] = field(default_factory=list)
    # clock
    running: bool = False
    anchor_scenario: float = 0.0
    anchor_wall: _dt.datetime | None = None
    paused_since: _dt.datetime | None = None
    paused_seconds: float = 0.0
    pauses: list[tuple[_dt.datetime, _dt.datetime | None]] = field(default_factory=list)

    # -- reading ----------------------------------------------------------------

    def team(self, team_id: str) -> Team:
        for team in self.teams:
            if team.id == team_id:
                return team
        return self.deck.team(team_id)

    def team_name(self, team_id: str) -> str:
        try:
            return self.team(team_id).name
        except KeyError:
            return team_id

    @property
    def current(self) -> str:
        """The inject delivered most recently (what the room is discussing)."""
        for inject_id in reversed(self.order):
            if self.injects[inject_id].status == "delivered":
                return inject_id
        return ""

    def passed(self, inject_id: str) -> bool:
        record = self.injects.get(inject_id)
        return record is not None and record.status != "pending"

    def delivered(self) -> list[str]:
        return [i for i in self.order if self.injects[i].status == "delivered"]

    def skipped(self) -> list[str]:
        return [i for i in self.order if self.injects[i].status == "skipped"]

    def active_decisions(self) -> list[DecisionRecord]:
        return [d for d in self.decisions.values() if not d.withdrawn]

    def channel_status(self, channel_id: str) -> ChannelStatus:
        return self.channels[channel_id].status

    def scenario_at(self, moment: _dt.datetime) -> float:
        """Scenario minutes at a wall-clock moment, by the clock's rules."""
        if not self.running or self.anchor_wall is None:
            return self.anchor_scenario
        seconds = max(0.0, (moment - self.anchor_wall).total_seconds())
        return self.anchor_scenario + seconds / 60.0 * self.deck.time_scale

    def elapsed_at(self, moment: _dt.datetime) -> float:
        """Exercise seconds at a moment: wall time since the start, pauses left out."""
        if self.started_at is None:
            return 0.0
        end = self.ended_at or moment
        paused = self.paused_seconds
        if self.paused_since is not None:
            paused += max(0.0, (end - self.paused_since).total_seconds())
        return max(0.0, (end - self.started_at).total_seconds() - paused)

    @property
    def peak(self) -> LevelChange | None:
        best: LevelChange | None = None
        for change in self.levels:
            if best is None or change.level > best.level:
                best = change
        return best


def _effective_teams(deck: Deck, overrides: Iterable[dict[str, Any]]) -> tuple[Team, ...]:
    by_id = {o.get("id"): o for o in overrides if isinstance(o, dict)}
    teams = []
    for team in deck.teams:
        override = by_id.get(team.id)
        if override and override.get("absent"):
            continue  # a team this class does not field
        if override:
            team = replace(
                team,
                name=str(override.get("name") or team.name),
                participants=tuple(str(p) for p in override.get("participants") or ()),
            )
        teams.append(team)
    return tuple(teams)


class FoldError(Exception):
    """An event makes no sense in the state it meets; the fold records and skips it."""


ALL_ASPECTS = frozenset(
    {
        "session",
        "injects",
        "channels",
        "escalation",
        "beliefs",
        "decisions",
        "clock",
        "observations",
        "hotwash",
    }
)


class Folder:
    """Applies events to a state one at a time."""

    def __init__(self, deck: Deck) -> None:
        self.state = SessionState(deck=deck)

    @classmethod
    def replay(cls, deck: Deck, events: Iterable[Event]) -> Folder:
        """A folder whose state is the deck replayed through these events, undos honoured."""
        events = list(events)
        folder = cls(deck)
        folder.state.undone = undone_targets(events)
        for event in events:
            folder.apply(event)
        return folder

    # -- the fold -----------------------------------------------------------------

    def apply(self, event: Event) -> set[str]:
        """Apply one event; returns the aspects of the state it changed."""
        state = self.state
        state.events.append(event)
        state.last_seq = event.seq
        if event.seq in state.undone:
            return set()
        handler = getattr(self, f"_on_{event.type}", None)
        if handler is None:
            state.anomalies.append(Anomaly(event.seq, f"unknown event type '{event.type}'"))
            return set()
        if not state.started and event.type != "session_started":
            state.anomalies.append(Anomaly(event.seq, "event before the session started"))
            return set()
        try:
            aspects: set[str] = set()
            if event.type not in ("session_started", "event_undone"):
                aspects |= self._settle(state.scenario_at(event.at), event)
            aspects |= handler(event, event.data)
        except (
            FoldError,
            LookupError,
            ValueError,
            TypeError,
            AttributeError,
            ArithmeticError,
        ) as exc:
            # data of a shape the rules cannot use (odd JSON in an entry): skipped, listed
            state.anomalies.append(Anomaly(event.seq, f"{event.type}: {exc}"))
            return set()
        state.last_at = event.at
        return aspects

    # -- helpers ----------------------------------------------------------------

    def _set_level(self, level: int, event: Event, cause: str) -> None:
        state = self.state
        ladder = state.deck.ladder
        level = ladder.clamp(level)
        previous = state.level
        delta = level - previous
        state.level = level
        if delta > 0:
            for team in state.teams:
                believed = state.beliefs.get(team.id, previous)
                worst = max(believed + delta, level + ladder.misperception)
                state.beliefs[team.id] = ladder.clamp(worst)
        scenario = state.scenario_at(event.at)
        change = LevelChange(event.seq, event.at, scenario, level, cause, dict(state.beliefs))
        state.levels.append(change)
        for rung in ladder.thresholds:
            if previous < rung.level <= level and not any(
                c.level >= rung.level for c in state.thresholds_crossed
            ):
                state.thresholds_crossed.append(
                    LevelChange(event.seq, event.at, scenario, rung.level, rung.threshold)
                )

    def _set_channel(
        self, channel_id: str, status: ChannelStatus, event: Event, cause: str
    ) -> None:
        state = self.state
        channel = state.channels[channel_id]
        if channel.status is status:
            return
        channel.status = status
        channel.history.append(
            ChannelChange(event.seq, event.at, state.scenario_at(event.at), status, cause)
        )

    def _settle(self, now: float, event: Event) -> set[str]:
        """Messages whose arrival time has come reach their recipients."""
        state = self.state
        aspects: set[str] = set()
        waiting: list[DecisionRecord] = []
        for decision in state.in_transit:
            outcome = decision.outcome
            if outcome is None or outcome.arrives_at is None or decision.withdrawn:
                continue
            if outcome.arrives_at > now:
                waiting.append(decision)
                continue
            outcome.arrived = True
            for recipient in outcome.recipients:
                state.beliefs[recipient] = state.level
            aspects |= {"beliefs", "decisions"}
        state.in_transit = waiting
        if aspects:
            state.levels.append(
                LevelChange(
                    event.seq, event.at, now, state.level, "messages arrived", dict(state.beliefs)
                )
            )
        return aspects

    def _require_running(self) -> None:
        if self.state.ended:
            raise FoldError("the session has ended")

    # -- handlers -------------------------------------------------------------------

    def _on_session_started(self, event: Event, data: dict[str, Any]) -> set[str]:
        state = self.state
        if state.started:
            raise FoldError("the session was already started")
        deck = state.deck
        state.started = True
        state.started_at = event.at
        state.name = str(data.get("name") or "")
        state.facilitator = str(data.get("facilitator") or "")
        state.date = str(data.get("date") or "")
        state.teams = _effective_teams(deck, data.get("teams") or ())
        overrides = data.get("channels") or {}
        for channel in deck.channels:
            status = ChannelStatus(overrides.get(channel.id, channel.status))
            state.channels[channel.id] = ChannelState(channel.id, status)
        for inject in deck.injects:
            state.injects[inject.id] = InjectRecord(inject.id)
        start = data.get("level")
        state.level = deck.ladder.clamp(int(start if start is not None else deck.ladder.start))
        state.beliefs = {team.id: state.level for team in state.teams}
        state.levels.append(
            LevelChange(
                event.seq,
                event.at,
                deck.starts_at.total_minutes,
                state.level,
                "start",
                dict(state.beliefs),
            )
        )
        state.running = True
        state.anchor_scenario = float(deck.starts_at.total_minutes)
        state.anchor_wall = event.at
        return {"session", "injects", "channels", "escalation", "beliefs", "clock"}

    def _pass_inject(self, event: Event, data: dict[str, Any], status: str) -> InjectRecord:
        self._require_running()
        state = self.state
        inject_id = str(data["inject"])
        record = state.injects.get(inject_id)
        if record is None:
            raise FoldError(f"unknown inject '{inject_id}'")
        if record.status != "pending":
            raise FoldError(f"inject '{inject_id}' was already {record.status}")
        record.status = status
        record.seq = event.seq
        record.at = event.at
        record.chosen = bool(data.get("chosen"))
        record.via = str(data.get("via") or "")
        record.reason = str(data.get("reason") or "")
        state.order.append(inject_id)
        return record

    def _on_inject_delivered(self, event: Event, data: dict[str, Any]) -> set[str]:
        state = self.state
        record = self._pass_inject(event, data, "delivered")
        inject = state.deck.inject(record.id)
        now = state.scenario_at(event.at)
        if inject.at is not None and inject.at.total_minutes > now:
            now = float(inject.at.total_minutes)
        state.anchor_scenario = now
        state.anchor_wall = event.at
        record.scenario = now
        aspects = {"injects", "clock"}
        for channel_id, status in inject.effects.channels:
            if channel_id in state.channels:
                self._set_channel(channel_id, status, event, f"inject {inject.id}")
                aspects.add("channels")
        if inject.effects.escalation:
            self._set_level(state.level + inject.effects.escalation, event, f"inject {inject.id}")
            aspects |= {"escalation", "beliefs"}
        aspects |= self._settle(now, event)
        return aspects

    def _on_inject_skipped(self, event: Event, data: dict[str, Any]) -> set[str]:
        record = self._pass_inject(event, data, "skipped")
        record.scenario = self.state.scenario_at(event.at)
        return {"injects"}

    def _outcome(
        self, team: Team, channel_id: str, recipients: tuple[str, ...], scenario: float
    ) -> MessageOutcome:
        state = self.state
        channel = state.deck.channel(channel_id)
        status = state.channels[channel_id].status
        if not recipients:
            recipients = tuple(
                t.id
                for t in state.teams
                if t.id != team.id
                and (channel.direction is ChannelDirection.ONE_WAY or channel.usable_by(t))
            )
        if status is ChannelStatus.OPEN:
            return MessageOutcome(
                channel_id,
                Outcome.DELIVERED,
                status,
                scenario,
                scenario + channel.latency,
                recipients,
            )
        if status is ChannelStatus.DEGRADED:
            delay = max(channel.latency * DEGRADED_FACTOR, DEGRADED_MINIMUM)
            return MessageOutcome(
                channel_id,
                Outcome.DELAYED,
                status,
                scenario,
                scenario + delay,
                recipients,
                reason=f"{channel.name} is degraded",
            )
        why = "closed" if status is ChannelStatus.CLOSED else "only proposed, not yet agreed"
        return MessageOutcome(
            channel_id,
            Outcome.UNDELIVERABLE,
            status,
            scenario,
            None,
            recipients,
            reason=f"{channel.name} is {why}",
        )

    def _on_decision_recorded(self, event: Event, data: dict[str, Any]) -> set[str]:
        self._require_running()
        state = self.state
        team = state.team(str(data["team"]))
        kind = str(data.get("kind") or "action")
        if kind not in DECISION_KINDS:
            raise FoldError(f"unknown decision kind '{kind}'")
        channel_id = str(data.get("channel") or "")
        if channel_id and channel_id not in state.channels:
            raise FoldError(f"unknown channel '{channel_id}'")
        state.decision_count += 1
        decision_id = str(data.get("decision") or f"D{state.decision_count}")
        scenario = state.scenario_at(event.at)
        recipients = tuple(str(r) for r in data.get("recipients") or ())
        decision = DecisionRecord(
            id=decision_id,
            seq=event.seq,
            at=event.at,
            scenario=scenario,
            team=team.id,
            text=str(data.get("text") or ""),
            kind=kind,
            channel=channel_id,
            recipients=recipients,
            tags=tuple(str(t) for t in data.get("tags") or ()),
            escalation=int(data.get("escalation") or 0),
            inject=str(data.get("inject") or state.current),
        )
        aspects = {"decisions"}
        if channel_id and kind == "agree_channel":
            aspects |= self._agree(team, channel_id, event)
        elif channel_id:
            decision.outcome = self._outcome(team, channel_id, recipients, scenario)
            if decision.outcome.arrives_at is not None:
                state.in_transit.append(decision)
        state.decisions[decision_id] = decision
        aspects |= self._settle(scenario, event)
        return aspects

    def _agree(self, team: Team, channel_id: str, event: Event) -> set[str]:
        state = self.state
        channel = state.deck.channel(channel_id)
        channel_state = state.channels[channel_id]
        channel_state.agreed.update(p for p in team.parties if p in channel.parties)
        needed = {p for p in channel.parties if p != channel.ANYONE}
        if channel_state.status is ChannelStatus.PROPOSED and needed <= channel_state.agreed:
            names = ", ".join(sorted(needed))
            self._set_channel(channel_id, ChannelStatus.OPEN, event, f"agreed by {names}")
            return {"channels", "beliefs"}
        return set()

    def _decision(self, data: dict[str, Any]) -> DecisionRecord:
        decision_id = str(data["decision"])
        decision = self.state.decisions.get(decision_id)
        if decision is None:
            raise FoldError(f"unknown decision '{decision_id}'")
        if decision.withdrawn:
            raise FoldError(f"decision {decision_id} was withdrawn")
        return decision

    def _on_decision_amended(self, event: Event, data: dict[str, Any]) -> set[str]:
        decision = self._decision(data)
        changes = dict(data.get("changes") or {})
        if "text" in changes:
            decision.text = str(changes["text"])
        if "tags" in changes:
            decision.tags = tuple(str(t) for t in changes["tags"] or ())
        if "escalation" in changes:
            decision.escalation = int(changes["escalation"] or 0)
        if "kind" in changes and changes["kind"] in DECISION_KINDS:
            decision.kind = str(changes["kind"])
        decision.amendments.append(Amendment(event.seq, event.at, changes))
        return {"decisions"}

    def _on_decision_withdrawn(self, event: Event, data: dict[str, Any]) -> set[str]:
        decision = self._decision(data)
        decision.withdrawn = True
        decision.withdrawn_reason = str(data.get("reason") or "")
        return {"decisions"}

    def _on_channel_changed(self, event: Event, data: dict[str, Any]) -> set[str]:
        self._require_running()
        channel_id = str(data["channel"])
        if channel_id not in self.state.channels:
            raise FoldError(f"unknown channel '{channel_id}'")
        status = ChannelStatus(data["status"])
        self._set_channel(channel_id, status, event, str(data.get("reason") or "facilitator"))
        return {"channels", "beliefs"}

    def _on_escalation_adjudicated(self, event: Event, data: dict[str, Any]) -> set[str]:
        self._require_running()
        reason = str(data.get("reason") or "adjudicated")
        self._set_level(int(data["level"]), event, reason)
        return {"escalation", "beliefs"}

    def _on_observation_noted(self, event: Event, data: dict[str, Any]) -> set[str]:
        state = self.state
        kind = str(data.get("kind"))
        if kind not in OBSERVATION_KINDS:
            raise FoldError(f"unknown observation kind '{kind}'")
        rating = str(data.get("rating") or "")
        if rating and rating not in RATINGS:
            raise FoldError(f"unknown rating '{rating}'")
        state.observation_count += 1
        state.observations.append(
            Observation(
                id=str(data.get("observation") or f"O{state.observation_count}"),
                seq=event.seq,
                at=event.at,
                kind=kind,
                text=str(data.get("text") or ""),
                rating=rating,
                inject=str(data.get("inject") or ""),
                objective=str(data.get("objective") or ""),
            )
        )
        return {"observations"}

    def _on_clock_paused(self, event: Event, data: dict[str, Any]) -> set[str]:
        self._require_running()
        state = self.state
        if not state.running:
            raise FoldError("the clock is already paused")
        state.anchor_scenario = state.scenario_at(event.at)
        state.anchor_wall = event.at
        state.running = False
        state.paused_since = event.at
        state.pauses.append((event.at, None))
        return {"clock"}

    def _on_clock_resumed(self, event: Event, data: dict[str, Any]) -> set[str]:
        self._require_running()
        state = self.state
        if state.running or state.paused_since is None:
            raise FoldError("the clock is not paused")
        state.paused_seconds += max(0.0, (event.at - state.paused_since).total_seconds())
        state.pauses[-1] = (state.paused_since, event.at)
        state.paused_since = None
        state.running = True
        state.anchor_wall = event.at
        return {"clock"}

    def _on_hotwash_noted(self, event: Event, data: dict[str, Any]) -> set[str]:
        key = str(data.get("field"))
        if key not in HOTWASH_FIELDS:
            raise FoldError(f"unknown hot wash field '{key}'")
        self.state.hotwash[key] = str(data.get("text") or "")
        return {"hotwash"}

    def _on_action_added(self, event: Event, data: dict[str, Any]) -> set[str]:
        state = self.state
        state.action_count += 1
        state.actions.append(
            ImprovementAction(
                id=str(data.get("action") or f"A{state.action_count}"),
                seq=event.seq,
                issue=str(data.get("issue") or ""),
                corrective_action=str(data.get("corrective_action") or ""),
                capability=str(data.get("capability") or ""),
                owner=str(data.get("owner") or ""),
                start=str(data.get("start") or ""),
                due=str(data.get("due") or ""),
            )
        )
        return {"hotwash"}

    def _on_session_ended(self, event: Event, data: dict[str, Any]) -> set[str]:
        self._require_running()
        state = self.state
        if state.running:
            state.anchor_scenario = state.scenario_at(event.at)
        state.ended = True
        state.ended_at = event.at
        state.running = False
        return {"session", "clock"}

    def _on_event_undone(self, event: Event, data: dict[str, Any]) -> set[str]:
        # handled by refolding (see fold); reaching here means a replay without it
        return set()


def undone_targets(events: Iterable[Event]) -> set[int]:
    """The events that later ``event_undone`` entries take back (an odd target names none)."""
    targets = (e.data.get("target") for e in events if e.type == "event_undone")
    return {t for t in targets if isinstance(t, int) and not isinstance(t, bool)}


def fold(deck: Deck, events: Iterable[Event]) -> SessionState:
    """The state of a session: its deck, replayed through its events in order."""
    return Folder.replay(deck, events).state
