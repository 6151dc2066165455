"""Which inject comes next: branch conditions evaluated against the session state.

The rules are those of :mod:`tabletop.core.deck.flow`, applied to what has
actually happened. An inject is delivered at most once, so a branch or ``next``
that points at an inject already delivered or skipped is passed over; play
therefore always ends.
"""

from __future__ import annotations

from tabletop.core.deck import flow
from tabletop.core.deck.model import (
    END,
    AllOf,
    AnyOf,
    ChannelStatusIs,
    Condition,
    DecisionMade,
    EscalationAtLeast,
    EscalationAtMost,
    Inject,
    InjectDelivered,
    InjectType,
    Not,
)
from tabletop.core.engine.state import SessionState, decision_matches
from tabletop.core.value_class import value_class


def holds(condition: Condition, state: SessionState) -> bool:
    """Whether a branch condition is true in this state."""
    if isinstance(condition, EscalationAtLeast):
        return state.level >= condition.level
    if isinstance(condition, EscalationAtMost):
        return state.level <= condition.level
    if isinstance(condition, ChannelStatusIs):
        channel = state.channels.get(condition.channel)
        return channel is not None and channel.status in condition.statuses
    if isinstance(condition, DecisionMade):
        counted = state.matches.get(condition)
        if counted is not None:  # kept up to date by the fold
            return counted > 0
        after = 0
        if condition.since:
            record = state.injects.get(condition.since)
            if record is None or record.status != "delivered":
                return False
            after = record.seq
        return any(d.seq > after and _matches(condition, d) for d in state.active_decisions())
    if isinstance(condition, InjectDelivered):
        record = state.injects.get(condition.inject)
        return record is not None and record.status == "delivered"
    if isinstance(condition, AllOf):
        return all(holds(c, state) for c in condition.conditions)
    if isinstance(condition, AnyOf):
        return any(holds(c, state) for c in condition.conditions)
    if isinstance(condition, Not):
        return not holds(condition.condition, state)
    raise TypeError(f"unknown condition {condition!r}")


_matches = decision_matches


@value_class
class NextInject:
    """The inject play goes to next (or ``end``) and why."""

    inject: str
    reason: str
    anchor: str = ""

    @property
    def is_end(self) -> bool:
        return self.inject == END


def _anchor(state: SessionState) -> Inject | None:
    """The inject play continues from: the latest one passed on the story's line.

    A contingency inject delivered on demand does not move the story along
    unless it says where to go (a branch or a ``next``).
    """
    deck = state.deck
    for inject_id in reversed(state.order):
        inject = deck.inject(inject_id)
        if inject.type is not InjectType.CONTINGENCY or inject.branches or inject.next:
            return inject
    return None


def next_inject(state: SessionState) -> NextInject:
    """The inject the Next button delivers, resolved deterministically."""
    deck = state.deck
    anchor = _anchor(state)
    if anchor is None:
        start = flow.first_inject(deck)
        if start != END and not state.passed(start):
            return NextInject(start, "first inject")
        return _first_pending(state, "")
    for branch in anchor.branches:
        if holds(branch.when, state):
            if branch.goto == END:
                return NextInject(END, f"branch: {branch.label or 'ends the exercise'}", anchor.id)
            if not state.passed(branch.goto):
                return NextInject(branch.goto, f"branch: {branch.label or branch.goto}", anchor.id)
    if anchor.next:
        if anchor.next == END:
            return NextInject(END, "next: end", anchor.id)
        if not state.passed(anchor.next):
            return NextInject(anchor.next, "next", anchor.id)
        following = flow.following_standard(deck, anchor.next, _passed(state))
    else:
        following = flow.following_standard(deck, anchor.id, _passed(state))
    if following == END:
        return NextInject(END, "last inject", anchor.id)
    return NextInject(following, "in order", anchor.id)


def _passed(state: SessionState) -> set[str]:
    return {i for i, r in state.injects.items() if r.status != "pending"}


def _first_pending(state: SessionState, anchor: str) -> NextInject:
    for inject in state.deck.injects:
        if inject.type is InjectType.STANDARD and not state.passed(inject.id):
            return NextInject(inject.id, "in order", anchor)
    return NextInject(END, "last inject", anchor)
