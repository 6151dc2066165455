"""The inject deck as plain, immutable Python objects.

A :class:`Deck` is what a loaded and checked YAML file becomes. Everything is a
frozen dataclass holding tuples, so a deck can be shared between the engine,
the GUI and the report without anyone changing it underneath the others.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import field
from enum import Enum
from functools import cached_property

from tabletop.core.value_class import value_class

FORMAT = "tabletop-deck/1"
END = "end"  # a branch or ``next`` target that ends the exercise


class ChannelStatus(str, Enum):
    """Whether a channel can carry a message right now."""

    OPEN = "open"
    DEGRADED = "degraded"
    CLOSED = "closed"
    PROPOSED = "proposed"

    @property
    def works(self) -> bool:
        """Open and degraded channels carry messages; closed and proposed ones do not."""
        return self in (ChannelStatus.OPEN, ChannelStatus.DEGRADED)

    @property
    def label(self) -> str:
        return self.value.capitalize()


class InjectType(str, Enum):
    """Standard injects form the main line; the others are reached by branch or on demand."""

    STANDARD = "standard"
    CONTINGENCY = "contingency"
    ADAPTIVE = "adaptive"


class ChannelDirection(str, Enum):
    TWO_WAY = "two-way"
    ONE_WAY = "one-way"


@value_class(order=True)
class ScenarioTime:
    """A moment of story time: day N (from 1), minutes after midnight."""

    day: int = 1
    minute: int = 0

    @classmethod
    def from_minutes(cls, total: float) -> ScenarioTime:
        whole = int(total)
        return cls(day=whole // 1440 + 1, minute=whole % 1440)

    @classmethod
    def parse(cls, day: int, time: str) -> ScenarioTime:
        hours, minutes = time.split(":")
        return cls(day=day, minute=int(hours) * 60 + int(minutes))

    @property
    def total_minutes(self) -> int:
        """Minutes since day 1, 00:00."""
        return (self.day - 1) * 1440 + self.minute

    @property
    def clock(self) -> str:
        return f"{self.minute // 60:02d}:{self.minute % 60:02d}"

    def __str__(self) -> str:
        return f"Day {self.day} {self.clock}"


@value_class
class SourceRef:
    """A citation: which source document and which section of it."""

    ref: str
    section: str = ""
    note: str = ""


@value_class
class Source:
    """A document the deck's facts come from."""

    id: str
    title: str
    author: str = ""
    publisher: str = ""
    date: str = ""
    url: str = ""
    note: str = ""


@value_class
class Objective:
    """A learning objective, written as something observable."""

    id: str
    text: str
    capability: str = ""


@value_class
class Team:
    """A group of players with a role, e.g. the North Atlantic Council."""

    id: str
    name: str
    side: str
    parties: tuple[str, ...] = ()
    short: str = ""  # its tag on the meter and in the log ("" for the default)
    role: str = ""
    briefing: str = ""
    participants: tuple[str, ...] = ()

    @property
    def tag(self) -> str:
        """Its tag on the escalation meter and in the log (see :func:`team_tag`)."""
        return team_tag(self.name, self.id, self.short)


def team_tag(name: str, team_id: str, short: str = "") -> str:
    """A team's tag on the escalation meter and in the log: the deck's ``short`` name for it
    (translated with the deck), else its id if short, else its initials."""
    if short:
        return short
    if len(team_id) <= 6:
        return team_id.upper()
    initials = "".join(word[0] for word in name.split() if word[:1].isupper())
    return initials or team_id[:6].upper()


@value_class
class Channel:
    """A way for the parties to talk: the hotline, a military line, the OSCE …"""

    id: str
    name: str
    parties: tuple[str, ...]
    kind: str = ""
    status: ChannelStatus = ChannelStatus.OPEN
    latency: int = 0  # scenario minutes from sending to receipt when open
    direction: ChannelDirection = ChannelDirection.TWO_WAY
    carries: str = ""
    cannot_carry: str = ""
    notes: str = ""
    sources: tuple[SourceRef, ...] = ()

    ANYONE = "*"

    def usable_by(self, team: Team) -> bool:
        """Whether a team speaks for one of this channel's parties."""
        return self.ANYONE in self.parties or any(p in self.parties for p in team.parties)


@value_class
class DegradedRule:
    """How much slower a degraded channel is: latency × factor, never under a minimum."""

    latency_factor: float = 4
    minimum: int = 60  # scenario minutes

    def delay(self, latency: int) -> float:
        """Scenario minutes a message takes over a degraded channel of this latency."""
        return max(latency * self.latency_factor, self.minimum)


@value_class
class EscalationLevel:
    """One rung of the escalation ladder."""

    level: int
    name: str
    description: str = ""
    threshold: str = ""  # what the facilitator announces when play reaches this rung
    kahn: str = ""  # the rung(s) of Kahn's ladder it stands for


@value_class
class Ladder:
    """The escalation ladder: named levels, a starting level, the misperception rule."""

    levels: tuple[EscalationLevel, ...]
    start: int = 0
    misperception: int = 1  # how many rungs too high a rise is read without a working channel

    @property
    def lowest(self) -> int:
        return self.levels[0].level if self.levels else 0

    @property
    def highest(self) -> int:
        return self.levels[-1].level if self.levels else 10

    def clamp(self, level: int) -> int:
        return max(self.lowest, min(self.highest, level))

    def get(self, level: int) -> EscalationLevel | None:
        for rung in self.levels:
            if rung.level == level:
                return rung
        return None

    def name_of(self, level: int) -> str:
        rung = self.get(level)
        return rung.name if rung else str(level)

    @property
    def thresholds(self) -> tuple[EscalationLevel, ...]:
        return tuple(rung for rung in self.levels if rung.threshold)


# -- branch conditions: structured data, never evaluated text ------------------------


@value_class
class EscalationAtLeast:
    level: int


@value_class
class EscalationAtMost:
    level: int


@value_class
class ChannelStatusIs:
    channel: str
    statuses: tuple[ChannelStatus, ...]


@value_class
class DecisionMade:
    """A team recorded a (not withdrawn) decision matching every given field."""

    by: str = ""
    tag: str = ""
    channel: str = ""
    kind: str = ""
    delivered: bool | None = None  # None: any outcome
    since: str = ""  # only decisions recorded after this inject was delivered


@value_class
class InjectDelivered:
    inject: str


@value_class
class AllOf:
    conditions: tuple[Condition, ...]


@value_class
class AnyOf:
    conditions: tuple[Condition, ...]


@value_class
class Not:
    condition: Condition


Condition = (
    EscalationAtLeast
    | EscalationAtMost
    | ChannelStatusIs
    | DecisionMade
    | InjectDelivered
    | AllOf
    | AnyOf
    | Not
)


def iter_conditions(condition: Condition) -> Iterator[Condition]:
    """The condition and every condition nested inside it."""
    yield condition
    if isinstance(condition, (AllOf, AnyOf)):
        for inner in condition.conditions:
            yield from iter_conditions(inner)
    elif isinstance(condition, Not):
        yield from iter_conditions(condition.condition)


@value_class
class Branch:
    """If ``when`` holds after this inject, go to ``goto`` (an inject id or ``end``)."""

    when: Condition
    goto: str
    label: str = ""


@value_class
class Expectation:
    """An expected action: what a well-prepared team would do, and how to check it.

    ``test`` is a condition in the branch-condition language that holds once
    recorded play meets the expectation; ``before`` names the inject by whose
    delivery it must be met. Without a test, only the facilitator's verdict
    can say whether it was met.
    """

    text: str
    test: Condition | None = None
    before: str = ""


@value_class
class Overview:
    """Exercise overview fields for the after-action report (HSEEP)."""

    mission_areas: tuple[str, ...] = ()
    core_capabilities: tuple[str, ...] = ()
    scenario_type: str = ""
    threat: str = ""
    sponsor: str = ""
    organisations: tuple[str, ...] = ()
    point_of_contact: str = ""
    evaluation_method: str = ""
    glossary: tuple[tuple[str, str], ...] = ()  # (acronym, meaning)


@value_class
class Effects:
    """What delivering an inject does to the world: escalation and channel statuses."""

    escalation: int = 0
    channels: tuple[tuple[str, ChannelStatus], ...] = ()

    @property
    def empty(self) -> bool:
        return not self.escalation and not self.channels


@value_class
class Inject:
    """One event of the scenario delivered to the players."""

    id: str
    title: str
    narrative: str
    at: ScenarioTime | None = None
    phase: str = ""
    type: InjectType = InjectType.STANDARD
    sender: str = ""  # the ``from`` field: who the inject comes from in the story
    to: tuple[str, ...] = ()
    private: bool = False  # a team-only card: only the teams in ``to`` see it, never projected
    facilitator_notes: str = ""
    evaluator_notes: str = ""  # what an evaluator watches for; never projected
    questions: tuple[str, ...] = ()
    expected_actions: tuple[str, ...] = ()  # the texts of ``expectations``
    expectations: tuple[Expectation, ...] = ()
    objectives: tuple[str, ...] = ()
    effects: Effects = field(default_factory=Effects)
    branches: tuple[Branch, ...] = ()
    next: str = ""
    duration: int = 0  # class minutes planned for discussing it
    sources: tuple[SourceRef, ...] = ()

    def __post_init__(self) -> None:
        # either may be given: plain texts, or expectations with tests
        if self.expectations and not self.expected_actions:
            object.__setattr__(self, "expected_actions", tuple(e.text for e in self.expectations))
        elif self.expected_actions and not self.expectations:
            object.__setattr__(
                self, "expectations", tuple(Expectation(t) for t in self.expected_actions)
            )

    @property
    def projected(self) -> bool:
        """Whether the projector may show it: every inject but a team-only card."""
        return not self.private

    def seen_by(self, team_id: str) -> bool:
        """Whether a team's players see it once delivered: all see a public inject."""
        return not self.private or team_id in self.to


@value_class
class Deck:
    """A whole exercise: metadata, teams, channels, the escalation ladder, injects."""

    id: str
    title: str
    injects: tuple[Inject, ...]
    teams: tuple[Team, ...]
    channels: tuple[Channel, ...]
    ladder: Ladder
    summary: str = ""
    duration: int = 0  # class minutes, including the briefing and the hot wash
    play_time: int = 0  # minutes of play (the injects); 0 when the deck does not say
    audience: str = ""
    language: str = "en"
    version: str = ""
    authors: tuple[str, ...] = ()
    overview: Overview = field(default_factory=Overview)
    objectives: tuple[Objective, ...] = ()
    sources: tuple[Source, ...] = ()
    start: ScenarioTime | None = None
    time_scale: float = 1.0  # scenario minutes per wall minute while the clock runs
    degraded: DegradedRule = field(default_factory=DegradedRule)

    @property
    def planned_play(self) -> int:
        """Minutes of play the injects are planned to fill: ``play_time``, else ``duration``."""
        return self.play_time or self.duration

    @cached_property
    def inject_index(self) -> dict[str, int]:
        return {inject.id: i for i, inject in enumerate(self.injects)}

    @cached_property
    def standard_from(self) -> tuple[int, ...]:
        """For each position (and one past the end): the first standard inject at or after it."""
        out = [len(self.injects)] * (len(self.injects) + 1)
        for i in range(len(self.injects) - 1, -1, -1):
            out[i] = i if self.injects[i].type is InjectType.STANDARD else out[i + 1]
        return tuple(out)

    def inject(self, inject_id: str) -> Inject:
        return self.injects[self.inject_index[inject_id]]

    def has_inject(self, inject_id: str) -> bool:
        return inject_id in self.inject_index

    @cached_property
    def _teams(self) -> dict[str, Team]:
        return {team.id: team for team in self.teams}

    def team(self, team_id: str) -> Team:
        return self._teams[team_id]

    def has_team(self, team_id: str) -> bool:
        return team_id in self._teams

    @cached_property
    def _channels(self) -> dict[str, Channel]:
        return {channel.id: channel for channel in self.channels}

    def channel(self, channel_id: str) -> Channel:
        return self._channels[channel_id]

    def has_channel(self, channel_id: str) -> bool:
        return channel_id in self._channels

    def objective(self, objective_id: str) -> Objective | None:
        for objective in self.objectives:
            if objective.id == objective_id:
                return objective
        return None

    def source(self, source_id: str) -> Source | None:
        for source in self.sources:
            if source.id == source_id:
                return source
        return None

    @property
    def starts_at(self) -> ScenarioTime:
        """Story time when the session starts: the deck's start, else the first inject's."""
        if self.start is not None:
            return self.start
        for inject in self.injects:
            if inject.at is not None:
                return inject.at
        return ScenarioTime()
