"""The report's figures, each defined once and used everywhere it is printed.

A decision counts when it was recorded and not withdrawn (withdrawn ones are
counted apart); a message is a counted decision sent over a channel; an
inject is delivered, skipped or not reached; a channel "worked" for the share
of the session's story time it was open or degraded. The report states these
definitions in its executive summary.
"""

from __future__ import annotations

from tabletop.core.engine.state import DecisionRecord, Outcome, SessionState
from tabletop.core.i18n import N_, format_percent
from tabletop.core.report.analysis.escalation import session_end
from tabletop.core.value_class import value_class

# (label, definition), marked for translation; translated where they are printed
DEFINITIONS = (
    (
        N_("Decisions"),
        N_("every decision recorded and not withdrawn; withdrawn decisions are counted apart"),
    ),
    (
        N_("Messages"),
        N_(
            "decisions sent over a channel: delivered (over an open channel), delayed (over a "
            "degraded one) or undeliverable (over a closed or merely proposed one)"
        ),
    ),
    (
        N_("Injects"),
        N_(
            "delivered, skipped by the facilitator (with a reason), or not reached (play never "
            "led to them)"
        ),
    ),
    (
        N_("Worked"),
        N_(
            "the share of the session's story time, from its start to its last entry, during "
            "which a channel was open or degraded"
        ),
    ),
)


@value_class
class MessageCounts:
    sent: int = 0
    delivered: int = 0
    delayed: int = 0
    undeliverable: int = 0
    # delivered or delayed, but due only after the last minute play reached: never arrived
    in_transit: int = 0


def in_transit_at_end(decision: DecisionRecord, end: float | None) -> bool:
    """A message over a working channel that was due only after ``end`` (the last scenario
    minute play reached): when play stopped it had not arrived."""
    outcome = decision.outcome
    return (
        end is not None
        and outcome is not None
        and outcome.got_through
        and outcome.arrives_at is not None
        and outcome.arrives_at > end
    )


def count_messages(decisions: list[DecisionRecord], end: float | None = None) -> MessageCounts:
    """Counts of the messages among counted (not withdrawn) decisions; with ``end``, also
    those that had not arrived by then."""
    sent = [d for d in decisions if not d.withdrawn and d.outcome is not None]
    return MessageCounts(
        len(sent),
        sum(1 for d in sent if d.outcome is not None and d.outcome.status == Outcome.DELIVERED),
        sum(1 for d in sent if d.outcome is not None and d.outcome.status == Outcome.DELAYED),
        sum(1 for d in sent if d.outcome is not None and d.outcome.status == Outcome.UNDELIVERABLE),
        sum(1 for d in sent if in_transit_at_end(d, end)),
    )


@value_class
class Figures:
    """Every count the report prints, computed once."""

    injects: int
    delivered: tuple[str, ...]
    skipped: tuple[str, ...]
    not_reached: tuple[str, ...]
    decisions: int  # counted: not withdrawn
    withdrawn: int
    by_team: tuple[tuple[str, int, int], ...]  # team id, counted decisions, withdrawn
    messages: MessageCounts
    messages_by_team: dict[str, MessageCounts]

    @classmethod
    def of(cls, state: SessionState) -> Figures:
        decisions = state.decision_list
        live = [d for d in decisions if not d.withdrawn]
        end = session_end(state, float(state.deck.starts_at.total_minutes))
        delivered = tuple(state.delivered())
        skipped = tuple(state.skipped())
        passed = set(delivered) | set(skipped)
        not_reached = tuple(i.id for i in state.deck.injects if i.id not in passed)
        by_team = tuple(
            (
                team.id,
                sum(1 for d in live if d.team == team.id),
                sum(1 for d in decisions if d.withdrawn and d.team == team.id),
            )
            for team in state.teams
        )
        return cls(
            injects=len(state.deck.injects),
            delivered=delivered,
            skipped=skipped,
            not_reached=not_reached,
            decisions=len(live),
            withdrawn=len(decisions) - len(live),
            by_team=by_team,
            messages=count_messages(decisions, end),
            messages_by_team={
                team.id: count_messages([d for d in decisions if d.team == team.id], end)
                for team in state.teams
            },
        )

    def team_decisions(self, team_id: str) -> int:
        return next((n for t, n, _ in self.by_team if t == team_id), 0)


def share(part: float, whole: float, *, happened: bool = False) -> str:
    """A share as a percentage; "<1 %" for a share that rounds to nothing but was not nothing
    (or that must have been something: a message went through)."""
    if whole <= 0:
        return format_percent(1.0 if part > 0 or happened else 0.0)
    value = part / whole
    if round(100 * value) == 0 and (part > 0 or happened):
        return format_percent(0.0, below_one=True)
    return format_percent(value)
