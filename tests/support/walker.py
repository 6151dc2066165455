"""Walk a deck through the real engine, forcing each branch in turn.

At every inject with branches the walker tries to make each branch's
condition hold (and the earlier ones fail) with the moves a class could make:
adjudicating the level, changing a channel, recording or withdrawing
decisions. It then checks the engine really goes where the branch says and
carries on to the end. Sessions live in memory, so a walk is fast.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tabletop.core.deck.model import (
    END,
    AllOf,
    AnyOf,
    ChannelStatus,
    ChannelStatusIs,
    Condition,
    DecisionMade,
    Deck,
    EscalationAtLeast,
    EscalationAtMost,
    InjectDelivered,
    Not,
)
from tabletop.core.engine import OperationError, Session, holds
from tabletop.core.engine.session import SessionSetup
from tabletop.core.store import Event

Move = Callable[[Session], Any]


class MemoryFile:
    """Stands in for the session file: events kept in a list."""

    path = Path("memory.tabletop")

    def __init__(self) -> None:
        self.events: list[Event] = []
        self.meta: dict[str, str] = {}

    def append(self, type_: str, data: dict[str, Any], at: dt.datetime | None = None) -> Event:
        event = Event.from_record(
            Event(
                len(self.events) + 1, at or dt.datetime.now(dt.timezone.utc), type_, data
            ).record()
        )
        self.events.append(event)
        return event

    def close(self) -> None:
        pass


class TickingClock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.timezone.utc)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(minutes=3)
        return self.now


def new_session(deck: Deck) -> Session:
    session = Session(deck, MemoryFile(), [], TickingClock())  # type: ignore[arg-type]
    session._commit("session_started", SessionSetup().to_event(), "start")
    return session


def replay(deck: Deck, moves: list[Move]) -> Session:
    session = new_session(deck)
    for move in moves:
        move(session)
    return session


# -- making conditions true or false ------------------------------------------------


def _team_for(session: Session, channel: str, by: str) -> str | None:
    if by:
        return by
    teams = session.state.teams
    if channel:
        chan = session.deck.channel(channel)
        for team in teams:
            if chan.usable_by(team):
                return team.id
        return None
    return teams[0].id


def _set_channel(channel: str, status: ChannelStatus) -> Move:
    def move(s: Session) -> None:
        if s.state.channel_status(channel) is not status:
            s.set_channel_status(channel, status, "walk")

    return move


def _adjudicate(level: int) -> Move:
    def move(s: Session) -> None:
        if s.state.level != level:
            s.adjudicate(level, "walk")

    return move


def satisfy(cond: Condition, s: Session) -> list[Move] | None:
    """Moves that make the condition hold, or None if the walker cannot."""
    if isinstance(cond, EscalationAtLeast):
        return [] if s.state.level >= cond.level else [_adjudicate(cond.level)]
    if isinstance(cond, EscalationAtMost):
        return [] if s.state.level <= cond.level else [_adjudicate(cond.level)]
    if isinstance(cond, ChannelStatusIs):
        if s.state.channel_status(cond.channel) in cond.statuses:
            return []
        return [_set_channel(cond.channel, cond.statuses[0])]
    if isinstance(cond, DecisionMade):
        return _satisfy_decision(cond, s)
    if isinstance(cond, InjectDelivered):
        record = s.state.injects.get(cond.inject)
        return [] if record is not None and record.status == "delivered" else None
    if isinstance(cond, AllOf):
        return _sequence([lambda c=c: c for c in cond.conditions], s, satisfy)
    if isinstance(cond, AnyOf):
        for inner in cond.conditions:
            moves = _try(inner, s, satisfy)
            if moves is not None:
                return moves
        return None
    if isinstance(cond, Not):
        return falsify(cond.condition, s)
    raise TypeError(cond)


def _satisfy_decision(cond: DecisionMade, s: Session) -> list[Move] | None:
    if cond.since:
        record = s.state.injects.get(cond.since)
        if record is None or record.status != "delivered":
            return None
    deck = s.deck
    channel = cond.channel
    team = _team_for(s, channel, cond.by)
    if team is None:
        return None
    if not channel and cond.delivered is not None:
        team_obj = s.state.team(team)
        for candidate in deck.channels:
            if candidate.usable_by(team_obj) and candidate.direction.value == "two-way":
                channel = candidate.id
                break
        if not channel:
            return None
    moves: list[Move] = []
    if channel and cond.delivered is True and not s.state.channel_status(channel).works:
        moves.append(_set_channel(channel, ChannelStatus.OPEN))
    if channel and cond.delivered is False and s.state.channel_status(channel).works:
        moves.append(_set_channel(channel, ChannelStatus.CLOSED))
    kind = cond.kind or ("message" if channel else "action")
    tags = [cond.tag] if cond.tag else []

    def record(session: Session) -> None:
        session.record_decision(team, "walk decision", kind=kind, channel=channel, tags=tags)

    moves.append(record)
    return moves


def falsify(cond: Condition, s: Session) -> list[Move] | None:
    """Moves that make the condition fail, or None if the walker cannot."""
    if not holds(cond, s.state):
        return []
    ladder = s.deck.ladder
    if isinstance(cond, EscalationAtLeast):
        return [_adjudicate(cond.level - 1)] if cond.level - 1 >= ladder.lowest else None
    if isinstance(cond, EscalationAtMost):
        return [_adjudicate(cond.level + 1)] if cond.level + 1 <= ladder.highest else None
    if isinstance(cond, ChannelStatusIs):
        for status in (ChannelStatus.CLOSED, ChannelStatus.OPEN, ChannelStatus.DEGRADED):
            if status not in cond.statuses:
                return [_set_channel(cond.channel, status)]
        return None
    if isinstance(cond, DecisionMade):
        from tabletop.core.engine.branching import _matches

        targets = [d.id for d in s.state.active_decisions() if _matches(cond, d)]
        return [lambda session, d=d: session.withdraw_decision(d, "walk") for d in targets]
    if isinstance(cond, InjectDelivered):
        return None
    if isinstance(cond, AllOf):
        for inner in cond.conditions:
            moves = _try(inner, s, falsify)
            if moves is not None:
                return moves
        return None
    if isinstance(cond, AnyOf):
        return _sequence([lambda c=c: c for c in cond.conditions], s, falsify)
    if isinstance(cond, Not):
        return satisfy(cond.condition, s)
    raise TypeError(cond)


def _try(cond: Condition, s: Session, how: Callable[..., list[Move] | None]) -> list[Move] | None:
    moves = how(cond, s)
    if moves is None:
        return None
    probe = _clone(s)
    try:
        for move in moves:
            move(probe)
    except OperationError:
        return None
    want = how is satisfy
    return moves if holds(cond, probe.state) == want else None


def _sequence(
    parts: list[Callable[[], Condition]], s: Session, how: Callable[..., list[Move] | None]
) -> list[Move] | None:
    probe = _clone(s)
    out: list[Move] = []
    for part in parts:
        moves = how(part(), probe)
        if moves is None:
            return None
        try:
            for move in moves:
                move(probe)
        except OperationError:
            return None
        out += moves
    return out


def _clone(s: Session) -> Session:
    events = list(s.state.events)
    copy = Session(s.deck, MemoryFile(), events, TickingClock())  # type: ignore[arg-type]
    copy.file.events = list(events)  # type: ignore[attr-defined]
    copy.clock.now = s.clock()  # type: ignore[attr-defined]
    return copy


# -- the walk ------------------------------------------------------------------------


@dataclass
class WalkReport:
    deck: str
    covered: set[tuple[str, str]] = field(default_factory=set)
    wanted: set[tuple[str, str]] = field(default_factory=set)
    routes: list[list[str]] = field(default_factory=list)
    stuck: list[str] = field(default_factory=list)

    @property
    def missing(self) -> set[tuple[str, str]]:
        return self.wanted - self.covered


def _attempt(
    deck: Deck, moves: list[Move], current: str, index: int
) -> tuple[list[Move], str] | None:
    """Try to make branch ``index`` of ``current`` win (index == len: no branch wins)."""
    inject = deck.inject(current)
    session = replay(deck, moves)
    plan: list[Move] = []
    try:
        for earlier in inject.branches[:index]:
            steps = falsify(earlier.when, session)
            if steps is None:
                return None
            for step in steps:
                step(session)
            plan += steps
        if index < len(inject.branches):
            steps = satisfy(inject.branches[index].when, session)
            if steps is None:
                return None
            for step in steps:
                step(session)
            plan += steps
    except OperationError:
        return None
    upcoming = session.next_inject()
    return [*moves, *plan], upcoming.inject


def _deliver(s: Session) -> None:
    s.deliver_next()


def walk(deck: Deck, max_routes: int = 400) -> WalkReport:
    """Take every branch of the deck at least once and follow each route to its end.

    Each way out of an inject is explored the first time it is seen; after
    that only one way on is followed, so the walk stays small.
    """
    report = WalkReport(deck.id)
    for inject in deck.injects:
        for branch in inject.branches:
            report.wanted.add((inject.id, branch.goto))
    explored: set[tuple[str, str]] = set()
    stack: list[tuple[list[Move], list[str]]] = [([], [])]
    while stack and len(report.routes) < max_routes:
        moves, route = stack.pop()
        upcoming = replay(deck, moves).next_inject()
        if upcoming.is_end:
            report.routes.append(route)
            continue
        if len(route) > 3 * len(deck.injects):
            report.stuck.append(" → ".join(route))
            continue
        moves = [*moves, _deliver]
        current = upcoming.inject
        route = [*route, current]
        inject = deck.inject(current)
        children: dict[str, list[Move]] = {}
        for index in range(len(inject.branches) + 1):
            attempt = _attempt(deck, moves, current, index)
            if attempt is None:
                continue
            plan, target = attempt
            if index < len(inject.branches) and target == inject.branches[index].goto:
                report.covered.add((current, target))
            children.setdefault(target, plan)
        if not children:
            children[""] = moves
        for n, (target, plan) in enumerate(children.items()):
            if n == 0 or (current, target) not in explored:
                explored.add((current, target))
                stack.append((plan, route))
    return report


def deliver_each_contingency(deck: Deck) -> list[str]:
    """Deliver every contingency inject on demand after the first inject; returns failures."""
    failures = []
    for inject in deck.injects:
        if inject.type.value != "contingency":
            continue
        session = new_session(deck)
        session.deliver_next()
        before = session.next_inject().inject
        try:
            session.deliver(inject.id)
        except OperationError as exc:
            failures.append(f"{inject.id}: {exc}")
            continue
        after = session.next_inject().inject
        if not inject.next and not inject.branches and after != before and after != END:
            failures.append(f"{inject.id}: delivering it moved the story from {before} to {after}")
    return failures
