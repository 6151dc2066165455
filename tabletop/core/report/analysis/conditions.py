"""Why a condition held or not at one moment of play, said as a fact of that moment.

Branch conditions and the tests of expected actions share one language. Here
each is evaluated against a state and explained in the past tense, naming
what decided it: "the NATO–Russia hotline was closed", "no team had recorded
a message over the hotline that got through".
"""

from __future__ import annotations

from dataclasses import dataclass

from tabletop.core.deck.model import (
    AllOf,
    AnyOf,
    ChannelStatusIs,
    Condition,
    DecisionMade,
    EscalationAtLeast,
    EscalationAtMost,
    InjectDelivered,
    Not,
)
from tabletop.core.engine.state import DecisionRecord, SessionState, decision_matches
from tabletop.core.report import clock
from tabletop.core.report.analysis.naming import Names

KINDS = {
    "action": "an action",
    "message": "a message",
    "statement": "a public statement",
    "agree_channel": "an agreement to open a channel",
}


@dataclass(frozen=True)
class Verdict:
    """Whether a condition held, why (in words), and the decisions that made it hold."""

    held: bool
    why: str
    decisions: tuple[DecisionRecord, ...] = ()


def matching_decisions(
    test: DecisionMade, state: SessionState, before_seq: int | None = None
) -> list[DecisionRecord]:
    """Active decisions that satisfy a ``decision`` test (recorded before ``before_seq``)."""
    after = 0
    if test.since:
        record = state.injects.get(test.since)
        if record is None or record.status != "delivered":
            return []
        after = record.seq
    return [
        d
        for d in state.decision_list
        if not d.withdrawn
        and d.seq > after
        and (before_seq is None or d.seq < before_seq)
        and decision_matches(test, d)
    ]


def _decision_words(test: DecisionMade, names: Names) -> str:
    what = KINDS.get(test.kind, "a decision")
    if test.tag:
        what += f" tagged “{test.tag}”"
    if test.channel:
        what += f" over {names.channel(test.channel)}"
    if test.delivered is True:
        what += " that got through"
    elif test.delivered is False:
        what += " that did not get through"
    if test.since:
        what += f" after {names.quoted(test.since)}"
    return what


def explain(condition: Condition, state: SessionState, names: Names) -> Verdict:
    """Evaluate ``condition`` in ``state`` and say why it held or not."""
    if isinstance(condition, (EscalationAtLeast, EscalationAtMost)):
        level = state.level
        at_least = isinstance(condition, EscalationAtLeast)
        held = level >= condition.level if at_least else level <= condition.level
        bound = "at least" if at_least else "at most"
        relation = bound if held else ("below" if at_least else "above")
        return Verdict(
            held, f"the escalation level was {names.level(level)}, {relation} {condition.level}"
        )
    if isinstance(condition, ChannelStatusIs):
        channel = state.channels.get(condition.channel)
        status = channel.status if channel is not None else None
        held = status is not None and status in condition.statuses
        word = status.value if status is not None else "not in play"
        return Verdict(held, f"{names.channel(condition.channel)} was {word}")
    if isinstance(condition, DecisionMade):
        found = matching_decisions(condition, state)
        who = names.team(condition.by) if condition.by else "a team"
        what = _decision_words(condition, names)
        if found:
            ids = ", ".join(d.id for d in found[:3]) + (" …" if len(found) > 3 else "")
            return Verdict(True, f"{who} had recorded {what} ({ids})", tuple(found))
        nobody = names.team(condition.by) if condition.by else "no team"
        verb = "had not recorded" if condition.by else "had recorded"
        return Verdict(False, f"{nobody} {verb} {what}")
    if isinstance(condition, InjectDelivered):
        record = state.injects.get(condition.inject)
        held = record is not None and record.status == "delivered"
        verb = "had been delivered" if held else "had not been delivered"
        return Verdict(held, f"{names.quoted(condition.inject)} {verb}")
    if isinstance(condition, AllOf):
        parts = [explain(c, state, names) for c in condition.conditions]
        if all(p.held for p in parts):
            return Verdict(True, clock.listing([p.why for p in parts]), _joined(parts))
        return Verdict(False, clock.listing([p.why for p in parts if not p.held]))
    if isinstance(condition, AnyOf):
        parts = [explain(c, state, names) for c in condition.conditions]
        held_parts = [p for p in parts if p.held]
        if held_parts:
            return Verdict(True, clock.listing([p.why for p in held_parts]), _joined(held_parts))
        return Verdict(False, clock.listing([p.why for p in parts]))
    if isinstance(condition, Not):
        inner = explain(condition.condition, state, names)
        return Verdict(not inner.held, inner.why)
    raise TypeError(f"unknown condition {condition!r}")  # pragma: no cover


def _joined(parts: list[Verdict]) -> tuple[DecisionRecord, ...]:
    seen: dict[str, DecisionRecord] = {}
    for part in parts:
        for decision in part.decisions:
            seen.setdefault(decision.id, decision)
    return tuple(sorted(seen.values(), key=lambda d: d.seq))
