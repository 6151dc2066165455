"""Why a condition held or not at one moment of play, said as a fact of that moment.

Branch conditions and the tests of expected actions share one language. Here
each is evaluated against a state and explained in the past tense, naming
what decided it: "the NATO–Russia hotline was closed", "no team had recorded
a message over the hotline that got through".
"""

from __future__ import annotations

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
from tabletop.core.i18n import _
from tabletop.core.report import clock, words
from tabletop.core.report.analysis.naming import Names
from tabletop.core.value_class import value_class


@value_class
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


def _kind(kind: str) -> str:
    words = {
        "action": _("an action"),
        "message": _("a message"),
        "statement": _("a public statement"),
        "agree_channel": _("an agreement to open a channel"),
    }
    return words.get(kind, _("a decision"))


def _decision_words(test: DecisionMade, names: Names) -> str:
    """The decision a test looks for, as one noun phrase ("a message over the hotline that
    got through"); each qualifier is a whole pattern of its own, so a language puts it
    where its grammar wants it."""
    what = _kind(test.kind)
    if test.tag:
        what = _("{decision} tagged “{tag}”").format(decision=what, tag=test.tag)
    if test.channel:
        what = _("{decision} over {channel}").format(
            decision=what, channel=names.channel(test.channel)
        )
    if test.delivered is True:
        what = _("{decision} that got through").format(decision=what)
    elif test.delivered is False:
        what = _("{decision} that did not get through").format(decision=what)
    if test.since:
        what = _("{decision} after {inject}").format(decision=what, inject=names.quoted(test.since))
    return what


def explain(condition: Condition, state: SessionState, names: Names) -> Verdict:
    """Evaluate ``condition`` in ``state`` and say why it held or not."""
    if isinstance(condition, (EscalationAtLeast, EscalationAtMost)):
        level = state.level
        at_least = isinstance(condition, EscalationAtLeast)
        held = level >= condition.level if at_least else level <= condition.level
        if at_least:
            pattern = (
                _("the escalation level was {level}, at least {bound}")
                if held
                else _("the escalation level was {level}, below {bound}")
            )
        else:
            pattern = (
                _("the escalation level was {level}, at most {bound}")
                if held
                else _("the escalation level was {level}, above {bound}")
            )
        return Verdict(held, pattern.format(level=names.level(level), bound=condition.level))
    if isinstance(condition, ChannelStatusIs):
        channel = state.channels.get(condition.channel)
        status = channel.status if channel is not None else None
        held = status is not None and status in condition.statuses
        name = names.channel(condition.channel)
        if status is None:
            return Verdict(held, _("{channel} was not in play").format(channel=name))
        return Verdict(
            held,
            _("{channel} was {status}").format(channel=name, status=words.channel_status(status)),
        )
    if isinstance(condition, DecisionMade):
        found = matching_decisions(condition, state)
        what = _decision_words(condition, names)
        if found:
            ids = ", ".join(d.id for d in found[:3]) + (" …" if len(found) > 3 else "")
            if condition.by:
                why = _("{team} had recorded {decision} ({ids})").format(
                    team=names.team(condition.by), decision=what, ids=ids
                )
            else:
                why = _("a team had recorded {decision} ({ids})").format(decision=what, ids=ids)
            return Verdict(True, why, tuple(found))
        if condition.by:
            why = _("{team} had not recorded {decision}").format(
                team=names.team(condition.by), decision=what
            )
        else:
            why = _("no team had recorded {decision}").format(decision=what)
        return Verdict(False, why)
    if isinstance(condition, InjectDelivered):
        record = state.injects.get(condition.inject)
        held = record is not None and record.status == "delivered"
        pattern = _("{inject} had been delivered") if held else _("{inject} had not been delivered")
        return Verdict(held, pattern.format(inject=names.quoted(condition.inject)))
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
