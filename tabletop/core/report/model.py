"""The after-action report as plain data: everything the PDF shows, before any layout.

:func:`tabletop.core.report.build.build_report` fills a :class:`ReportModel`
from a session; :mod:`tabletop.core.report.pdf` lays it out. Text here is the
text as typed, never markup: the renderer escapes it. Times are already written
out for a reader ("Day 1 06:40", "09:42 UTC"); chart data keeps numbers
(scenario minutes) because a chart needs positions, not words.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

MARKING = "FOR TRAINING AND EDUCATION ONLY"
INTERIM = "interim"
FINAL = "final"


@dataclass(frozen=True)
class Field:
    """One labelled line of a two-column table (overview, hot wash answers)."""

    label: str
    value: str


@dataclass(frozen=True)
class Moment:
    """When something happened, on both clocks."""

    scenario: str  # story time, e.g. "Day 1 06:40"
    wall: str  # classroom time, e.g. "09:42 UTC"

    def __str__(self) -> str:
        return f"{self.scenario} ({self.wall})"


@dataclass(frozen=True)
class Response:
    """A team's decision as the report shows it: who, what, over which channel, what came of it."""

    decision: str  # its id, e.g. "D7"
    team: str  # the team's name
    kind: str  # "Action", "Message", "Public statement", "Agreement to open a channel"
    text: str
    when: Moment
    inject: str = ""  # title of the inject it answered
    inject_id: str = ""
    channel: str = ""  # channel name, empty for a decision that went over no channel
    outcome: str = ""  # "delivered", "delayed", "undeliverable" or ""
    outcome_note: str = ""  # e.g. "arrives Day 1 10:40" or "Hotline is closed"
    withdrawn: bool = False
    withdrawn_reason: str = ""
    amendments: int = 0
    escalation: int = 0  # the change the team proposed, if any
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class TimelineEntry:
    """One inject and the decisions that answered it."""

    inject_id: str
    title: str
    status: str  # "delivered" or "skipped"
    when: Moment
    phase: str = ""
    sender: str = ""
    to: str = ""
    reason: str = ""  # why it was skipped, or which branch led to it
    effects: str = ""  # e.g. "Escalation +1; Military-to-military channels: closed"
    responses: tuple[Response, ...] = ()


@dataclass(frozen=True)
class KeyFigure:
    label: str
    value: str


@dataclass(frozen=True)
class ExecutiveSummary:
    """Sentences written from the data, and the figures behind them."""

    paragraphs: tuple[str, ...]
    figures: tuple[KeyFigure, ...]


@dataclass(frozen=True)
class LevelPoint:
    """The escalation level and every team's belief from one scenario minute on."""

    minute: float
    level: int
    beliefs: tuple[int, ...]  # in the order of EscalationChart.teams


@dataclass(frozen=True)
class ThresholdMark:
    """A rung of the ladder with a threshold: its short name and what the facilitator announces."""

    level: int
    name: str  # e.g. "Attribution and consultation"
    text: str = ""  # the whole announcement
    crossed: str = ""  # when it was crossed, or "" if it never was


@dataclass(frozen=True)
class ChannelMark:
    """A channel closing (or otherwise stopping to work) at a scenario minute."""

    minute: float
    channel: str
    status: str


@dataclass(frozen=True)
class EscalationChart:
    """Data for the escalation chart: levels over scenario time."""

    start: float  # scenario minutes
    end: float
    lowest: int
    highest: int
    level_names: tuple[tuple[int, str], ...]
    teams: tuple[str, ...]
    points: tuple[LevelPoint, ...]
    thresholds: tuple[ThresholdMark, ...]
    closures: tuple[ChannelMark, ...]


@dataclass(frozen=True)
class StatusSpan:
    start: float
    end: float
    status: str  # a ChannelStatus value


@dataclass(frozen=True)
class ChannelTrack:
    """One channel's status over the session, for the availability chart."""

    channel: str
    spans: tuple[StatusSpan, ...]


@dataclass(frozen=True)
class ChannelRow:
    """A line of the channel table: use and outcomes of one channel."""

    channel: str
    kind: str
    parties: str
    start_status: str
    end_status: str
    available: str  # share of the session the channel worked, e.g. "75 %"
    attempts: int
    delivered: int
    delayed: int
    undeliverable: int


@dataclass(frozen=True)
class ChannelAnalysis:
    start: float
    end: float
    rows: tuple[ChannelRow, ...]
    tracks: tuple[ChannelTrack, ...]
    failed: tuple[Response, ...]  # messages that never got through


@dataclass(frozen=True)
class TeamDecisions:
    team: str
    side: str
    participants: tuple[str, ...]
    decisions: tuple[Response, ...]
    messages: int
    delivered: int
    delayed: int
    undeliverable: int


@dataclass(frozen=True)
class ObservationItem:
    """A strength or an area for improvement the facilitator noted."""

    text: str
    rating: str = ""  # P, S, M, U or ""
    inject: str = ""  # title
    objective: str = ""  # text
    when: str = ""


@dataclass(frozen=True)
class ObjectiveRating:
    """An objective with the P/S/M/U rating drawn from the observations about it."""

    id: str
    text: str
    capability: str
    rating: str  # P, S, M, U, or "" when nothing was rated
    rating_name: str
    strengths: int
    improvements: int
    ratings: tuple[str, ...]  # every rating noted, in order


@dataclass(frozen=True)
class InjectReview:
    """The four after-action questions for one inject that has expected actions."""

    title: str
    when: str
    supposed: tuple[str, ...]  # expected actions
    happened: tuple[str, ...]  # decisions
    why: tuple[str, ...]  # areas for improvement noted on it
    sustain: tuple[str, ...]  # strengths noted on it
    improve: tuple[str, ...]


@dataclass(frozen=True)
class PlanRow:
    """A line of the improvement plan."""

    issue: str
    corrective_action: str
    capability: str
    responsible: str
    start: str
    completion: str


@dataclass(frozen=True)
class LogEntry:
    seq: int
    wall: str
    scenario: str
    text: str
    undone: bool = False
    ignored: str = ""  # why the session's rules ignored it, if they did


@dataclass(frozen=True)
class Participant:
    team: str
    side: str
    role: str
    people: tuple[str, ...]


@dataclass(frozen=True)
class SourceEntry:
    id: str
    citation: str
    url: str
    cited_by: tuple[str, ...]


@dataclass(frozen=True)
class DocumentInfo:
    """PDF metadata; ``created`` comes from the session, so a rebuild gives the same bytes."""

    title: str
    author: str
    subject: str
    keywords: str
    created: _dt.datetime


@dataclass(frozen=True)
class ReportModel:
    """An after-action report / improvement plan, ready to lay out."""

    exercise: str
    deck_title: str
    deck_id: str
    status: str  # INTERIM or FINAL
    dates: str
    facilitator: str
    session_id: str
    info: DocumentInfo
    overview: tuple[Field, ...]
    summary: ExecutiveSummary
    timeline: tuple[TimelineEntry, ...]
    escalation: EscalationChart
    channels: ChannelAnalysis
    teams: tuple[TeamDecisions, ...]
    objectives: tuple[ObjectiveRating, ...]
    strengths: tuple[ObservationItem, ...]
    improvements: tuple[ObservationItem, ...]
    reviews: tuple[InjectReview, ...]
    hotwash: tuple[Field, ...]
    plan: tuple[PlanRow, ...]
    event_log: tuple[LogEntry, ...]
    participants: tuple[Participant, ...]
    sources: tuple[SourceEntry, ...]
    marking: str = MARKING

    @property
    def interim(self) -> bool:
        return self.status == INTERIM
