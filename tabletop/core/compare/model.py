"""The comparison of class sections as plain data: what the PDF prints, tested on its own.

Every figure has one definition, stated in :data:`DEFINITIONS` and printed
with the comparison.
"""

from __future__ import annotations

from dataclasses import field

from tabletop.core.i18n import N_, _, format_percent, pgettext
from tabletop.core.value_class import value_class

DEFINITIONS: tuple[tuple[str, str], ...] = (
    (
        N_("Decisions"),
        N_("decisions recorded and not withdrawn (withdrawn ones are counted apart)"),
    ),
    (
        N_("Messages"),
        N_(
            "decisions sent over a channel and not withdrawn; one got through when it was "
            "delivered or delayed, and did not when its channel was closed or only proposed",
        ),
    ),
    (
        N_("Peak escalation"),
        N_(
            "the highest level the session reached, adjudicated or moved by an inject, and "
            "when it was first reached",
        ),
    ),
    (
        N_("Widest belief gap"),
        N_(
            "the largest difference between a team's believed level and the real one at any "
            "change of level",
        ),
    ),
    (
        N_("Expected actions met"),
        N_(
            "each expected action of an inject the section played is judged as in the "
            "after-action report: the facilitator's verdict (met, partly met, not met, not "
            "observed), else the deck's test for it, else not assessed; in the totals, partly "
            "met counts as not met and not observed as not assessed",
        ),
    ),
    (
        N_("Path"),
        N_(
            "the injects in the order the section played them; each says how play got there "
            "(a branch and its condition, the inject's next, the deck's order, or the "
            "facilitator's choice)",
        ),
    ),
)

MET = "met"
PARTLY = "partly met"
NOT_MET = "not met"
NOT_OBSERVED = "not observed"
NOT_ASSESSED = "not assessed"
NOT_PLAYED = "not played"
# where a section went at a divergence (codes; the renderer says them in words)
WENT_TO = "went to"
SKIPPED = "skipped"
STOPPED = "stopped"


def status_words(status: str) -> str:
    """An expected action's status in the comparison, in the language in force."""
    words = {
        MET: pgettext("expected action, in a sentence", "met"),
        PARTLY: pgettext("expected action, in a sentence", "partly met"),
        NOT_MET: pgettext("expected action, in a sentence", "not met"),
        NOT_OBSERVED: pgettext("expected action, in a sentence", "not observed"),
        NOT_ASSESSED: pgettext("expected action, in a sentence", "not assessed"),
        NOT_PLAYED: pgettext("expected action, in a sentence", "not played"),
    }
    return words.get(status, status)


@value_class
class LevelStep:
    minute: float  # scenario minutes since day 1 00:00
    level: int


@value_class
class BeliefGap:
    team: str  # the team's name
    believed: int
    actual: int
    when: str  # scenario time

    @property
    def size(self) -> int:
        return abs(self.believed - self.actual)


@value_class
class PathStep:
    inject: str  # id
    title: str
    status: str  # delivered | skipped
    when: str  # scenario time
    how: str  # "branch: The hotline was used", "in order", "chosen by the facilitator" …
    reason: str = ""  # why it was skipped


@value_class
class ChannelUse:
    channel: str  # name
    sent: int
    delivered: int
    delayed: int
    undeliverable: int

    @property
    def through(self) -> int:
        return self.delivered + self.delayed


@value_class
class DecisionNote:
    """One decision as the comparison prints it."""

    id: str
    team: str  # name
    kind: str
    channel: str  # name, "" for an action
    outcome: str  # delivered | delayed | undeliverable | ""
    text: str


@value_class
class ExpectedAction:
    inject: str
    text: str
    status: tuple[str, ...]  # one per section: MET, NOT_MET, NOT_ASSESSED or NOT_PLAYED


@value_class
class InjectRow:
    """One shared inject: what each section did with it."""

    inject: str
    title: str
    played: tuple[str, ...]  # per section: "delivered Day 1 06:40", "skipped", "not reached"
    decisions: tuple[tuple[DecisionNote, ...], ...]  # per section


@value_class
class ObjectiveRow:
    objective: str  # id
    text: str
    ratings: tuple[tuple[str, ...], ...]  # per section: the P/S/M/U ratings noted, in order
    evaluated: tuple[str, ...] = ()  # per section: the evaluator's own rating, or ""


@value_class
class Section:
    """One class section: a session of the deck."""

    label: str  # "A", "B" …
    name: str
    file: str
    facilitator: str
    date: str
    status: str  # ended | running | not started
    deck_version: str
    start: float
    end: float
    levels: tuple[LevelStep, ...]
    peak: int
    peak_when: str
    final_level: int
    widest_gap: BeliefGap | None
    path: tuple[PathStep, ...]
    decisions: int
    withdrawn: int
    channels: tuple[ChannelUse, ...]
    expected_met: int
    expected_not_met: int
    expected_not_assessed: int
    expected_total: int  # of the injects this section played

    @property
    def messages(self) -> int:
        return sum(c.sent for c in self.channels)

    @property
    def through(self) -> int:
        return sum(c.through for c in self.channels)

    @property
    def through_share(self) -> str:
        if not self.messages:
            return _("no messages")
        return _("{share} ({n} of {total})").format(
            share=format_percent(self.through / self.messages), n=self.through, total=self.messages
        )

    @property
    def title(self) -> str:
        return f"{self.label}: {self.name}"


@value_class
class Divergence:
    """A point where sections went different ways, and why each went where it did."""

    after: str  # the title of the inject they had all reached ("" at the start)
    # (section labels, "went to" | "skipped" | "stopped", the inject's title, why)
    ways: tuple[tuple[str, str, str, str], ...]


@value_class
class Comparison:
    deck_id: str
    deck_title: str
    ladder: tuple[tuple[int, str], ...]  # (level, name)
    sections: tuple[Section, ...]
    injects: tuple[InjectRow, ...]
    expected: tuple[ExpectedAction, ...]
    objectives: tuple[ObjectiveRow, ...]
    divergences: tuple[Divergence, ...]
    notes: tuple[str, ...] = field(default=())
    language: str = "en"  # the language its words are written in
