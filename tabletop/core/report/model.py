"""The after-action report as plain data: everything the PDF shows, before any layout.

:func:`tabletop.core.report.build.build_report` fills a :class:`ReportModel`
from a session; :mod:`tabletop.core.report.pdf` lays it out. Text here is the
text as typed, never markup: the renderer escapes it. Times are already written
out for a reader ("Day 1 06:40", "09:42 UTC"); chart data keeps numbers
(scenario minutes) because a chart needs positions, not words.
"""

from __future__ import annotations

import datetime as _dt

from tabletop.core.i18n import N_, _
from tabletop.core.value_class import value_class

MARKING = N_("FOR TRAINING AND EDUCATION ONLY")
INTERIM = "interim"
FINAL = "final"


@value_class
class Field:
    """One labelled line of a two-column table (overview, hot wash answers)."""

    label: str
    value: str


@value_class
class Moment:
    """When something happened, on both clocks."""

    scenario: str  # story time, e.g. "Day 1 06:40"
    wall: str  # classroom time, e.g. "09:42 UTC"

    def __str__(self) -> str:
        return f"{self.scenario} ({self.wall})"


# a message over a working channel that was due after the last minute play reached
IN_TRANSIT = "in transit"


@value_class
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
    # "delivered", "delayed", "undeliverable", IN_TRANSIT (over a working channel, but due
    # after the last minute play reached) or "" (no channel)
    outcome: str = ""
    outcome_note: str = ""  # e.g. "arrives Day 1 10:40" or "Hotline is closed"
    withdrawn: bool = False
    withdrawn_reason: str = ""
    amendments: int = 0
    escalation: int = 0  # the change the team proposed, if any
    tags: tuple[str, ...] = ()
    seq: int = 0  # its place in the session's log
    channel_status: str = ""  # the channel's status when it was sent (a code: open, closed …)
    arrives: str = ""  # when it arrives, in story time, if it does


@value_class
class FacilitatorAction:
    """Something the facilitator did during play: an adjudication, a channel change …"""

    seq: int
    when: Moment
    kind: str  # "Adjudication", "Channel change", "Level announced", "Clock"
    text: str  # what it did, with the reason given


@value_class
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
    actions: tuple[FacilitatorAction, ...] = ()  # the facilitator's, while it was current
    team_only: bool = False  # a card only the teams in ``to`` saw; never projected

    @property
    def items(self) -> tuple[Response | FacilitatorAction, ...]:
        """Decisions and the facilitator's actions in the order they were recorded."""
        merged: list[Response | FacilitatorAction] = [*self.responses, *self.actions]
        return tuple(sorted(merged, key=lambda item: item.seq))


@value_class
class KeyFigure:
    label: str
    value: str


@value_class
class ExecutiveSummary:
    """Sentences written from the data, the findings, and the figures behind them."""

    paragraphs: tuple[str, ...]
    figures: tuple[KeyFigure, ...]
    strengths: tuple[str, ...] = ()  # major strengths
    improvements: tuple[str, ...] = ()  # primary areas for improvement
    recommendations: tuple[str, ...] = ()
    definitions: tuple[Field, ...] = ()  # how each figure is counted


@value_class
class LevelPoint:
    """The escalation level and every team's belief from one scenario minute on."""

    minute: float
    level: int
    beliefs: tuple[int, ...]  # in the order of EscalationChart.teams


@value_class
class ThresholdMark:
    """A rung of the ladder with a threshold: its short name and what the facilitator announces."""

    level: int
    name: str  # e.g. "Attribution and consultation"
    text: str = ""  # the whole announcement
    crossed: str = ""  # when it was crossed, or "" if it never was


@value_class
class ChannelMark:
    """A channel stopping to work (or working again) at a scenario minute."""

    minute: float
    channel: str
    status: str
    reopened: bool = False  # True: it works again from here


@value_class
class AxisSegment:
    """A stretch of story time the chart's axis shows; gaps between segments are cut out."""

    start: float
    end: float


@value_class
class AxisMark:
    """An inject (or the start of a move) on the time axis."""

    minute: float
    label: str  # e.g. "3" (the inject's place in play) or "Move 2"
    move: bool = False


@value_class
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
    segments: tuple[AxisSegment, ...] = ()
    marks: tuple[AxisMark, ...] = ()


@value_class
class StatusSpan:
    start: float
    end: float
    status: str  # a ChannelStatus value


@value_class
class ChannelTrack:
    """One channel's status over the session, for the availability chart."""

    channel: str
    spans: tuple[StatusSpan, ...]


@value_class
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
    start: str = ""  # the statuses as codes (open, degraded, closed, proposed)
    end: str = ""


@value_class
class ChannelAnalysis:
    start: float
    end: float
    rows: tuple[ChannelRow, ...]
    tracks: tuple[ChannelTrack, ...]
    failed: tuple[Response, ...]  # messages that never got through
    segments: tuple[AxisSegment, ...] = ()
    marks: tuple[AxisMark, ...] = ()


@value_class
class TeamDecisions:
    team: str
    side: str
    participants: tuple[str, ...]
    decisions: tuple[Response, ...]  # every decision, withdrawn ones marked
    counted: int  # decisions not withdrawn
    withdrawn: int
    messages: int
    delivered: int
    delayed: int
    undeliverable: int


@value_class
class ObservationItem:
    """A strength or an area for improvement the facilitator noted."""

    text: str
    rating: str = ""  # P, S, M, U or ""
    inject: str = ""  # title
    objective: str = ""  # text
    when: str = ""


@value_class
class ObjectiveRating:
    """An objective with the evaluator's P/S/M/U rating and the rating the data suggests."""

    id: str
    text: str
    capability: str
    rating: str  # the evaluator's: P, S, M, U, or "" when not rated
    rating_name: str
    note: str  # the evaluator's note
    suggested: str  # what the observations and expected actions suggest, or ""
    suggested_name: str
    basis: str  # what the suggestion rests on
    strengths: int
    improvements: int


@value_class
class ExpectedAction:
    """One expected action of a played inject and whether it was met."""

    inject_id: str
    inject: str  # title
    index: int
    text: str
    status: str  # met | partly | not_met | not_observed | not_assessed
    judged_by: str  # "the facilitator", "its test" or ""
    statement: str  # the report's sentence about it
    decisions: tuple[str, ...] = ()  # ids of the decisions that met it
    note: str = ""
    test: str = ""  # the test in words, if it has one
    causes: tuple[str, ...] = ()  # why it was not met, from the data

    @property
    def key(self) -> str:
        return f"{self.inject_id}#{self.index}"


@value_class
class InjectReview:
    """The four after-action questions for one inject that has expected actions."""

    inject_id: str
    title: str
    when: str
    expected: tuple[ExpectedAction, ...]
    happened: tuple[str, ...]  # decisions
    why: tuple[str, ...]  # the causes the data shows, and the evaluators' notes
    sustain: tuple[str, ...]  # strengths noted on it
    improve: tuple[str, ...]


@value_class
class PathStep:
    """An inject of the deck and what became of it."""

    inject_id: str
    title: str
    status: str  # delivered | skipped | not reached
    order: int  # its place in play (1, 2 …), 0 when not reached
    how: str  # how it came (or why it was not reached)
    phase: str = ""


@value_class
class BranchPoint:
    """Where play could have gone several ways, and the condition that decided it."""

    inject_id: str
    title: str
    went_to: str  # the title of the inject that followed (or "the end")
    sentence: str  # "“Collision” came because …"
    tests: tuple[tuple[str, bool, str], ...]  # (branch label, held, why)


@value_class
class DeckPath:
    steps: tuple[PathStep, ...]
    branch_points: tuple[BranchPoint, ...]
    summary: str


@value_class
class Finding:
    """A strength or an area for improvement, with what it refers to and its root cause."""

    kind: str  # strength | improvement
    text: str
    reference: str  # e.g. "Inject “Collision at sea”; decision D26; observation O4"
    root_cause: str = ""
    rating: str = ""
    area: str = ""  # the id an improvement action answers: O4 or inject#index


@value_class
class ObjectiveAnalysis:
    objective: str  # its text ("" for findings tied to no objective)
    rating: str
    strengths: tuple[Finding, ...]
    improvements: tuple[Finding, ...]


@value_class
class CapabilityAnalysis:
    """HSEEP's analysis of capabilities: one core capability and its objectives."""

    capability: str
    objectives: tuple[ObjectiveAnalysis, ...]


@value_class
class PlanRow:
    """A line of the improvement plan (HSEEP AAR/IP appendix A)."""

    id: str
    capability: str
    issue: str  # the issue or area for improvement
    answers: str  # the area it answers, in words (observation or expected action)
    corrective_action: str
    element: str  # Planning, Organization, Equipment, Training, Exercise
    responsible: str  # primary responsible organisation
    poc: str
    start: str
    completion: str


@value_class
class LogEntry:
    seq: int
    wall: str
    scenario: str
    text: str
    undone: bool = False
    ignored: str = ""  # why the session's rules ignored it, if they did


@value_class
class Participant:
    team: str  # a team's name, or "Facilitator", "Controllers", "Evaluators"
    side: str
    role: str
    people: tuple[str, ...]


@value_class
class Acronym:
    short: str
    meaning: str


@value_class
class SourceEntry:
    id: str
    citation: str
    url: str
    cited_by: tuple[str, ...]


@value_class
class DocumentInfo:
    """PDF metadata; ``created`` comes from the session, so a rebuild gives the same bytes."""

    title: str
    author: str
    subject: str
    keywords: str
    created: _dt.datetime


@value_class
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
    capabilities: tuple[CapabilityAnalysis, ...]
    objectives: tuple[ObjectiveRating, ...]
    reviews: tuple[InjectReview, ...]
    path: DeckPath
    timeline: tuple[TimelineEntry, ...]
    escalation: EscalationChart
    channels: ChannelAnalysis
    teams: tuple[TeamDecisions, ...]
    strengths: tuple[ObservationItem, ...]
    improvements: tuple[ObservationItem, ...]
    hotwash: tuple[Field, ...]
    conclusion: tuple[str, ...]
    plan: tuple[PlanRow, ...]
    participants: tuple[Participant, ...]
    acronyms: tuple[Acronym, ...]
    event_log: tuple[LogEntry, ...]
    sources: tuple[SourceEntry, ...]
    language: str = "en"
    marking: str = MARKING

    @property
    def interim(self) -> bool:
        return self.status == INTERIM


# The report's fixed wording, in one place for both renderers: each section's heading and
# the sentence that introduces it, in English (marked for translation; see :func:`section`).
SECTIONS: dict[str, tuple[str, str]] = {
    "overview": (N_("1. Exercise overview"), ""),
    "summary": (
        N_("2. Executive summary"),
        N_(
            "What happened, in figures drawn from the session's record, then the findings: "
            "major strengths, primary areas for improvement and recommendations.",
        ),
    ),
    "capabilities": (
        N_("3. Analysis of capabilities"),
        N_(
            "For each core capability and objective: the evaluator's P/S/M/U rating (P performed "
            "without challenges, S with some challenges, M with major challenges, U unable to be "
            "performed) beside the rating the data suggests, then the strengths and areas for "
            "improvement, each with what it refers to and, for an area, its root cause.",
        ),
    ),
    "reviews": (
        N_("4. The four after-action questions, by inject"),
        N_(
            "For each inject played that has expected actions: what was supposed to happen and "
            "whether it did (met, and by which decision; not met; or not assessed, with who "
            "judged it), what happened, why there was a difference (the causes the record "
            "shows), and what to sustain and improve.",
        ),
    ),
    "path": (
        N_("5. The path through the deck"),
        N_(
            "Every inject of the deck: delivered (in the order played), skipped, or not reached, "
            "and at each branch point the condition that sent play where it went.",
        ),
    ),
    "timeline": (
        N_("6. Timeline"),
        N_(
            "Each inject in the order it was played, with the decisions and messages that "
            "answered it and the facilitator's actions (adjudications, channel changes, "
            "announcements) with their reasons. Times are scenario time and wall-clock time (UTC).",
        ),
    ),
    "escalation": (
        N_("7. Escalation"),
        N_(
            "The adjudicated escalation level over scenario time, with the level each team "
            "believed the situation to be at. Dashed horizontal lines mark the ladder's "
            "thresholds; dotted vertical lines mark channels that stopped working (C1, C2…) or "
            "worked again (R1, R2…); numbers under the axis are the injects in the order played. "
            "Long quiet stretches of story time are cut out of the axis (marked //).",
        ),
    ),
    "channels": (
        N_("8. Channel analysis"),
        N_(
            "The status of each communication channel over scenario time.",
        ),
    ),
    "teams": (N_("9. Decisions by team"), ""),
    "hotwash": (N_("10. Hot wash"), ""),
    "conclusion": (N_("11. Conclusion"), ""),
    "plan": (
        N_("Appendix A. Improvement plan"),
        N_(
            "Each corrective action, the area for improvement it answers, its capability element "
            "and who carries it out, by when.",
        ),
    ),
    "participants": (N_("Appendix B. Participants"), ""),
    "acronyms": (N_("Appendix C. Acronyms"), ""),
    "log": (
        N_("Appendix D. Event log"),
        N_(
            "Every entry of the session file in order. Undone entries stay in the log.",
        ),
    ),
    "sources": (
        N_("Appendix E. Sources"),
        N_("The works the injects played and the channels draw on."),
    ),
}


def section(key: str) -> tuple[str, str]:
    """A section's heading and introduction in the language in force."""
    title, intro = SECTIONS[key]
    return _(title), _(intro) if intro else ""
