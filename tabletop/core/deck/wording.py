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
from tabletop.core.i18n import _, pgettext


def _kind(kind: str) -> str:
    kinds = {
        "action": _("an action"),
        "message": _("a message"),
        "statement": _("a public statement"),
        "agree_channel": _("an agreement to open a channel"),
    }
    return kinds.get(kind, _("a decision"))


def channel_status(status: object) -> str:
    """``open``, ``degraded``, ``closed``, ``proposed`` as a word in a sentence."""
    words = {
        "open": pgettext("channel status", "open"),
        "degraded": pgettext("channel status", "degraded"),
        "closed": pgettext("channel status", "closed"),
        "proposed": pgettext("channel status", "proposed"),
    }
    key = str(getattr(status, "value", status))  # a ChannelStatus, or its value
    return words.get(key, key)


def _channel(deck: Deck, channel_id: str) -> str:
    return deck.channel(channel_id).name if deck.has_channel(channel_id) else channel_id


def _team(deck: Deck, team_id: str) -> str:
    return deck.team(team_id).name if deck.has_team(team_id) else team_id


def _level(deck: Deck, level: int) -> str:
    rung = deck.ladder.get(level)
    return _("{level} ({name})").format(level=level, name=rung.name) if rung else str(level)


def describe_condition(condition: Condition, deck: Deck) -> str:
    """A branch condition as a sentence fragment: "the hotline is closed"."""
    if isinstance(condition, EscalationAtLeast):
        return _("the escalation level is {level} or higher").format(
            level=_level(deck, condition.level)
        )
    if isinstance(condition, EscalationAtMost):
        return _("the escalation level is {level} or lower").format(
            level=_level(deck, condition.level)
        )
    if isinstance(condition, ChannelStatusIs):
        statuses = pgettext("joins alternatives", " or ").join(
            channel_status(s.value) for s in condition.statuses
        )
        return _("the channel {channel} is {statuses}").format(
            channel=_channel(deck, condition.channel), statuses=statuses
        )
    if isinstance(condition, DecisionMade):
        return _describe_decision(condition, deck)
    if isinstance(condition, InjectDelivered):
        title = (
            deck.inject(condition.inject).title
            if deck.has_inject(condition.inject)
            else condition.inject
        )
        return _("“{title}” has been delivered").format(title=title)
    if isinstance(condition, AllOf):
        return pgettext("joins conditions", " and ").join(
            _nested(c, deck) for c in condition.conditions
        )
    if isinstance(condition, AnyOf):
        return pgettext("joins alternatives", " or ").join(
            _nested(c, deck) for c in condition.conditions
        )
    if isinstance(condition, Not):
        return _("not ({condition})").format(
            condition=describe_condition(condition.condition, deck)
        )
    raise TypeError(f"unknown condition {condition!r}")  # pragma: no cover


def _nested(condition: Condition, deck: Deck) -> str:
    text = describe_condition(condition, deck)
    return f"({text})" if isinstance(condition, (AllOf, AnyOf)) else text


def _describe_decision(test: DecisionMade, deck: Deck) -> str:
    what = _kind(test.kind)
    if test.tag:
        what = _("{decision} tagged “{tag}”").format(decision=what, tag=test.tag)
    if test.channel:
        what = _("{decision} over the {channel}").format(
            decision=what, channel=_channel(deck, test.channel)
        )
    if test.delivered is True:
        what = _("{decision} that got through").format(decision=what)
    elif test.delivered is False:
        what = _("{decision} that did not get through").format(decision=what)
    if test.by:
        return _("{team} has recorded {decision}").format(team=_team(deck, test.by), decision=what)
    return _("a team has recorded {decision}").format(decision=what)


def describe_effects(effects: Effects, deck: Deck) -> list[str]:
    """What delivering an inject changes, one line per change."""
    lines: list[str] = []
    if effects.escalation:
        sign = "+" if effects.escalation > 0 else "−"
        lines.append(_("Escalation {change}").format(change=f"{sign}{abs(effects.escalation)}"))
    for channel_id, status in effects.channels:
        lines.append(
            _("{channel}: {status}").format(
                channel=_channel(deck, channel_id), status=channel_status(status.value)
            )
        )
    return lines


def describe_target(target: str, deck: Deck) -> str:
    """An inject to go to, by its card number and title, or the end of the exercise."""
    if target == END:
        return _("the end of the exercise")
    if not deck.has_inject(target):
        return target
    return _("card {number}: {title}").format(
        number=deck.inject_index[target] + 1, title=deck.inject(target).title
    )


def describe_next(inject: Inject, deck: Deck) -> list[tuple[str, str]]:
    """(when, where to) for each way play can go on from ``inject``, branches first."""
    ways = [
        (
            _("If {condition}").format(condition=describe_condition(branch.when, deck)),
            describe_target(branch.goto, deck),
        )
        for branch in inject.branches
    ]
    fallback = flow.default_successor(deck, inject)
    ways.append((_("Otherwise") if ways else _("Next"), describe_target(fallback, deck)))
    return ways
