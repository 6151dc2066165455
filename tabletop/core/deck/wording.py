"""Branch conditions, effects and what comes next, said in plain words.

Printed inject cards and the deck editor show a facilitator what a branch
means without the YAML: "the escalation level is 5 (Armed clash) or higher".
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
    Deck,
    Effects,
    EscalationAtLeast,
    EscalationAtMost,
    Inject,
    InjectDelivered,
    Not,
)

DECISION_KINDS = {
    "action": "an action",
    "message": "a message",
    "statement": "a public statement",
    "agree_channel": "an agreement to open a channel",
}


def _channel(deck: Deck, channel_id: str) -> str:
    return deck.channel(channel_id).name if deck.has_channel(channel_id) else channel_id


def _team(deck: Deck, team_id: str) -> str:
    return deck.team(team_id).name if deck.has_team(team_id) else team_id


def _level(deck: Deck, level: int) -> str:
    rung = deck.ladder.get(level)
    return f"{level} ({rung.name})" if rung else str(level)


def describe_condition(condition: Condition, deck: Deck) -> str:
    """A branch condition as a sentence fragment: "the hotline is closed"."""
    if isinstance(condition, EscalationAtLeast):
        return f"the escalation level is {_level(deck, condition.level)} or higher"
    if isinstance(condition, EscalationAtMost):
        return f"the escalation level is {_level(deck, condition.level)} or lower"
    if isinstance(condition, ChannelStatusIs):
        statuses = " or ".join(s.value for s in condition.statuses)
        return f"the channel {_channel(deck, condition.channel)} is {statuses}"
    if isinstance(condition, DecisionMade):
        return _describe_decision(condition, deck)
    if isinstance(condition, InjectDelivered):
        title = (
            deck.inject(condition.inject).title
            if deck.has_inject(condition.inject)
            else condition.inject
        )
        return f"“{title}” has been delivered"
    if isinstance(condition, AllOf):
        return " and ".join(_nested(c, deck) for c in condition.conditions)
    if isinstance(condition, AnyOf):
        return " or ".join(_nested(c, deck) for c in condition.conditions)
    if isinstance(condition, Not):
        return f"not ({describe_condition(condition.condition, deck)})"
    raise TypeError(f"unknown condition {condition!r}")  # pragma: no cover


def _nested(condition: Condition, deck: Deck) -> str:
    text = describe_condition(condition, deck)
    return f"({text})" if isinstance(condition, (AllOf, AnyOf)) else text


def _describe_decision(test: DecisionMade, deck: Deck) -> str:
    who = _team(deck, test.by) if test.by else "a team"
    what = DECISION_KINDS.get(test.kind, "a decision")
    text = f"{who} has recorded {what}"
    if test.tag:
        text += f" tagged “{test.tag}”"
    if test.channel:
        text += f" over the {_channel(deck, test.channel)}"
    if test.delivered is True:
        text += " that got through"
    elif test.delivered is False:
        text += " that did not get through"
    return text


def describe_effects(effects: Effects, deck: Deck) -> list[str]:
    """What delivering an inject changes, one line per change."""
    lines: list[str] = []
    if effects.escalation:
        sign = "+" if effects.escalation > 0 else "−"
        lines.append(f"Escalation {sign}{abs(effects.escalation)}")
    for channel_id, status in effects.channels:
        lines.append(f"{_channel(deck, channel_id)}: {status.value}")
    return lines


def describe_target(target: str, deck: Deck) -> str:
    """An inject to go to, by its card number and title, or the end of the exercise."""
    if target == END:
        return "the end of the exercise"
    if not deck.has_inject(target):
        return target
    return f"card {deck.inject_index[target] + 1}: {deck.inject(target).title}"


def describe_next(inject: Inject, deck: Deck) -> list[tuple[str, str]]:
    """(when, where to) for each way play can go on from ``inject``, branches first."""
    ways = [
        (f"If {describe_condition(branch.when, deck)}", describe_target(branch.goto, deck))
        for branch in inject.branches
    ]
    fallback = flow.default_successor(deck, inject)
    ways.append(("Otherwise" if ways else "Next", describe_target(fallback, deck)))
    return ways
