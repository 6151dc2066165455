"""What a session's state is made of: injects, channels, decisions, beliefs, evaluation.

Plain mutable dataclasses filled in by the fold (:mod:`tabletop.core.engine.state`).
Views and the report read them; only the fold changes them.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import field
from typing import Any

from tabletop.core.deck.model import ChannelStatus, Deck, Team
from tabletop.core.store import Event
from tabletop.core.value_class import record_class

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
# how the facilitator (or an evaluator) judged an inject's expected action
VERDICTS = ("met", "partly", "not_met", "not_observed")
VERDICT_NAMES = {
    "met": "Met",
    "partly": "Partly met",
    "not_met": "Not met",
    "not_observed": "Not observed",
}
# HSEEP improvement-plan capability elements
CAPABILITY_ELEMENTS = ("Planning", "Organization", "Equipment", "Training", "Exercise")


class Outcome:
    DELIVERED = "delivered"
    DELAYED = "delayed"
    UNDELIVERABLE = "undeliverable"


@record_class
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

    def in_transit_at(self, scenario: float) -> bool:
        """Sent over a working channel, but not yet arrived at this story time."""
        return self.arrives_at is not None and not self.arrived and scenario < self.arrives_at


@record_class
class Amendment:
    seq: int
    at: _dt.datetime
    changes: dict[str, Any]


@record_class
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
    row: int = 0  # its place in SessionState.decision_list
    submission: str = ""  # the team device's idempotency key, if it came from one
    source: str = ""  # "device" when a team submitted it from its own device


@record_class
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


@record_class
class ChannelChange:
    seq: int
    at: _dt.datetime
    scenario: float
    status: ChannelStatus
    cause: str


@record_class
class ChannelState:
    id: str
    status: ChannelStatus
    history: list[ChannelChange] = field(default_factory=list)
    agreed: set[str] = field(default_factory=set)  # parties that agreed to open it
    initial: ChannelStatus | None = None  # when the session started

    def status_at(self, scenario: float) -> ChannelStatus:
        """The status at a story time, from the history."""
        status = self.initial or (self.history[0].status if self.history else self.status)
        for change in self.history:
            if change.scenario > scenario:
                break
            status = change.status
        return status


@record_class
class LevelChange:
    seq: int
    at: _dt.datetime
    scenario: float
    level: int
    cause: str
    beliefs: dict[str, int] = field(default_factory=dict)


@record_class
class Observation:
    id: str
    seq: int
    at: _dt.datetime
    kind: str
    text: str
    rating: str = ""
    inject: str = ""
    objective: str = ""


@record_class
class ImprovementAction:
    """A line of the improvement plan (HSEEP AAR/IP appendix A)."""

    id: str
    seq: int
    issue: str
    corrective_action: str
    capability: str = ""
    owner: str = ""  # primary responsible organisation
    start: str = ""  # ISO date, YYYY-MM-DD
    due: str = ""  # ISO date, the completion date
    element: str = ""  # one of CAPABILITY_ELEMENTS
    poc: str = ""  # the organisation's point of contact
    area: str = ""  # what it answers: an observation id (O3) or an expected action (inject#2)


@record_class
class Assessment:
    """The facilitator's verdict on one expected action of an inject."""

    inject: str
    index: int  # position in the inject's expected_actions
    verdict: str  # one of VERDICTS
    seq: int
    at: _dt.datetime
    note: str = ""
    decision: str = ""  # the decision that met it, if one did

    @property
    def key(self) -> str:
        return f"{self.inject}#{self.index}"


@record_class
class ObjectiveRating:
    """The evaluator's rating of a learning objective (P/S/M/U), with a note."""

    objective: str
    rating: str  # one of RATINGS
    seq: int
    at: _dt.datetime
    note: str = ""


@record_class
class ReturnedSubmission:
    """A decision a team submitted from its device, returned by the facilitator with a note."""

    submission: str
    team: str
    text: str
    note: str
    seq: int
    at: _dt.datetime


@record_class
class Anomaly:
    """An event the fold had to ignore (for example after a recovery)."""

    seq: int
    message: str


@record_class
class SessionState:
    """Everything about a session at one point of its log."""

    deck: Deck
    teams: tuple[Team, ...] = ()
    name: str = ""
    facilitator: str = ""
    date: str = ""
    language: str = ""
    overview: dict[str, Any] = field(default_factory=dict)
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
    announced: list[LevelChange] = field(default_factory=list)
    # the level last announced to each team, and when (story time): team id -> (level, minutes)
    last_announced: dict[str, tuple[int, float]] = field(default_factory=dict)
    thresholds_crossed: list[LevelChange] = field(default_factory=list)
    decisions: dict[str, DecisionRecord] = field(default_factory=dict)
    decision_list: list[DecisionRecord] = field(default_factory=list)
    # the highest number ever given (undone entries included): ids are never reused
    decision_count: int = 0
    observation_count: int = 0
    action_count: int = 0
    submissions: dict[str, str] = field(default_factory=dict)  # device key -> decision id
    returned: list[ReturnedSubmission] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)
    hotwash: dict[str, str] = field(default_factory=dict)
    actions: list[ImprovementAction] = field(default_factory=list)
    assessments: dict[str, Assessment] = field(default_factory=dict)  # "inject#index" -> latest
    objective_ratings: dict[str, ObjectiveRating] = field(default_factory=dict)
    anomalies: list[Anomaly] = field(default_factory=list)
    undone: set[int] = field(default_factory=set)
    events: list[Event] = field(default_factory=list)
    # the number of active decisions matching each indexed branch condition (see fold)
    matches: dict[Any, int] = field(default_factory=dict)
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

    def team_names(self) -> dict[str, str]:
        """Each playing team's name in this session, by id (the setup may rename them)."""
        return {team.id: team.name for team in self.teams}

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
        return [d for d in self.decision_list if not d.withdrawn]

    def channel_status(self, channel_id: str) -> ChannelStatus:
        return self.channels[channel_id].status

    def pending_agreement(self, channel_id: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """For a proposed channel: the parties that agreed so far, and those still to agree."""
        channel = self.deck.channel(channel_id)
        agreed = self.channels[channel_id].agreed
        needed = [p for p in channel.parties if p != channel.ANYONE]
        return (
            tuple(p for p in needed if p in agreed),
            tuple(p for p in needed if p not in agreed),
        )

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

    def assessment(self, inject_id: str, index: int) -> Assessment | None:
        return self.assessments.get(f"{inject_id}#{index}")

    @property
    def peak(self) -> LevelChange | None:
        best: LevelChange | None = None
        for change in self.levels:
            if best is None or change.level > best.level:
                best = change
        return best
