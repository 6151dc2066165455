"""The bundled decks' checkable expected actions, played through the engine.

Each expected action that carries a test is played twice on a route that
reaches its inject: once where a team does what it asks (right after the
inject is delivered) and once where nobody does (with a near miss where the
test names one: the same message over a channel that does not deliver, the
same decision without its tag). Play then goes on to the inject named as its
deadline, and the after-action report's statement is read: met by which
decision, or not met and why.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from support.walker import Move, _attempt, falsify, replay, satisfy

from tabletop.core import paths
from tabletop.core.deck.loader import load_deck
from tabletop.core.deck.model import (
    AllOf,
    AnyOf,
    ChannelStatus,
    Condition,
    DecisionMade,
    Deck,
    Expectation,
    InjectType,
    Not,
    iter_conditions,
)
from tabletop.core.deck.translation import is_companion
from tabletop.core.engine import Session, holds
from tabletop.core.engine.state import DecisionRecord
from tabletop.core.report.analysis.expectations import expected_actions
from tabletop.core.report.analysis.naming import Names
from tabletop.core.report.analysis.replay import replay as replay_log
from tabletop.core.report.build import build_report
from tabletop.core.report.model import ExpectedAction

DECKS = sorted(p for p in paths.bundled_decks_dir().glob("*.yaml") if not is_companion(p))


@cache
def _deck(stem: str) -> Deck:
    result = load_deck(paths.bundled_decks_dir() / f"{stem}.yaml")
    assert result.deck is not None, [p.format() for p in result.problems]
    return result.deck


def _checked(deck: Deck) -> Iterator[tuple[str, int, Expectation]]:
    for inject in deck.injects:
        for index, expectation in enumerate(inject.expectations):
            if expectation.test is not None:
                yield inject.id, index, expectation


CASES = [
    pytest.param(p.stem, inject, index, id=f"{p.stem}:{inject}:{index + 1}")
    for p in DECKS
    for inject, index, _e in _checked(_deck(p.stem))
]


# -- the routes a class can take to each inject ---------------------------------------


def _deliver(inject_id: str) -> Move:
    def move(s: Session) -> None:
        s.deliver(inject_id)

    return move


def _deliver_next(s: Session) -> None:
    s.deliver_next()


@cache
def _routes(stem: str) -> dict[str, tuple[Move, ...]]:
    """For each inject, moves of a class that bring play to it (not yet delivered).

    Branches are forced as the deck walker forces them; the first route found
    to an inject is kept. A contingency inject is delivered on demand after the
    first inject of the deck.
    """
    deck = _deck(stem)
    found: dict[str, tuple[Move, ...]] = {}
    stack: list[list[Move]] = [[]]
    seen: set[tuple[str, str]] = set()
    while stack:
        moves = stack.pop()
        upcoming = replay(deck, moves).next_inject()
        if upcoming.is_end:
            continue
        current = upcoming.inject
        if current in found and len(found) == len(deck.injects):
            break
        found.setdefault(current, tuple(moves))
        moves = [*moves, _deliver_next]
        inject = deck.inject(current)
        for index in range(len(inject.branches) + 1):
            attempt = _attempt(deck, moves, current, index)
            if attempt is None:
                continue
            plan, target = attempt
            if (current, target) not in seen and target not in found:
                seen.add((current, target))
                stack.append(plan)
    first = (_deliver_next,)
    for inject in deck.injects:
        if inject.type is InjectType.CONTINGENCY:
            found[inject.id] = first
    return found


def _delivery(deck: Deck, inject_id: str) -> Move:
    if deck.inject(inject_id).type is InjectType.CONTINGENCY:
        return _deliver(inject_id)
    return _deliver_next


# -- what the report says ------------------------------------------------------------------


def _judged(session: Session, inject_id: str, index: int) -> ExpectedAction:
    deck, state = session.deck, session.state
    names = Names(deck, state)
    past = replay_log(deck, state, names)
    return expected_actions(deck, state, past, names, inject_id)[index]


def _play_to(session: Session, deadline: str) -> bool:
    """Deliver the next injects until the deadline inject is delivered or play ends."""
    if not deadline:  # by the end of the session
        while not session.next_inject().is_end:
            session.deliver_next()
        session.end()
        return False
    while not session.next_inject().is_end:
        record = session.state.injects.get(deadline)
        if record is not None and record.status == "delivered":
            return True
        session.deliver_next()
    record = session.state.injects.get(deadline)
    return record is not None and record.status == "delivered"


def _decision_words(session: Session, decision: DecisionRecord) -> str:
    """A decision as the report names it: id, team and, for a message, channel and outcome."""
    deck = session.deck
    team = next(t.name for t in session.state.teams if t.id == decision.team)
    if not decision.channel:
        return f"{decision.id} ({team})"
    outcome = decision.outcome.status if decision.outcome is not None else "recorded"
    return f"{decision.id} ({team}, over {deck.channel(decision.channel).name}, {outcome})"


def _positive(test: Condition) -> Iterator[DecisionMade]:
    """The decision tests a team meets by deciding (not those under a ``not``)."""
    if isinstance(test, DecisionMade):
        yield test
    elif isinstance(test, (AllOf, AnyOf)):
        for inner in test.conditions:
            yield from _positive(inner)
    elif isinstance(test, Not):
        return


@dataclass
class Play:
    session: Session
    reached_deadline: bool
    result: ExpectedAction


def _play(stem: str, inject_id: str, index: int, done: bool) -> Play:
    deck = _deck(stem)
    expectation = deck.inject(inject_id).expectations[index]
    assert expectation.test is not None
    route = _routes(stem)
    assert inject_id in route, f"no route of play reaches {inject_id}"
    session = replay(deck, [*route[inject_id], _delivery(deck, inject_id)])
    if done:
        steps = satisfy(expectation.test, session)
        assert steps is not None, "a class cannot do what the test asks"
    else:
        steps = falsify(expectation.test, session) or []
        steps += _near_miss(session, expectation.test)
    for step in steps:
        step(session)
    reached = _play_to(session, expectation.before)
    if reached:  # the deadline comes after the inject, never before it
        injects = session.state.injects
        assert injects[expectation.before].seq > injects[inject_id].seq
    return Play(session, reached, _judged(session, inject_id, index))


def _near_miss(session: Session, test: Condition) -> list[Move]:
    """What a team might record that looks like the expected action but is not it."""
    for wanted in _positive(test):
        team = wanted.by or ""
        if not team:
            continue
        if wanted.tag:  # the same decision, untagged

            def untagged(s: Session, w: DecisionMade = wanted, t: str = team) -> None:
                kind = w.kind or ("message" if w.channel else "action")
                s.record_decision(t, "near miss", kind=kind, channel=w.channel)

            return [untagged]
        if wanted.channel and wanted.delivered is True:  # the same message, lost

            def lost(s: Session, w: DecisionMade = wanted, t: str = team) -> None:
                if s.state.channel_status(w.channel).works:
                    s.set_channel_status(w.channel, ChannelStatus.CLOSED, "near miss")
                s.record_decision(t, "near miss", kind="message", channel=w.channel)

            return [lost]
    return []


def _when(deck: Deck, expectation: Expectation, play: Play) -> str:
    """When the report says the test was evaluated."""
    if not expectation.before:
        return " by the end of the session"
    title = f"“{deck.inject(expectation.before).title}”"
    if play.reached_deadline:
        return f" by the delivery of {title}"
    return f" (checked at the end: {title} was never delivered)"


# -- the tests -----------------------------------------------------------------------------


@pytest.mark.parametrize("path", DECKS, ids=[p.stem for p in DECKS])
def test_every_test_can_be_met_by_the_teams_it_names(path: Path) -> None:
    deck = _deck(path.stem)
    for inject_id, index, expectation in _checked(deck):
        where = f"{inject_id} #{index + 1}"
        assert expectation.test is not None
        if deck.inject(inject_id).type is InjectType.CONTINGENCY:
            # delivered on demand, perhaps after any deadline: checked at the end
            assert not expectation.before, where
        if expectation.before:
            assert expectation.before != inject_id, where
            assert deck.inject(expectation.before).type is not InjectType.CONTINGENCY, where
        notes = " ".join(i.facilitator_notes for i in deck.injects)
        for condition in iter_conditions(expectation.test):
            if not isinstance(condition, DecisionMade):
                continue
            if condition.by and condition.channel:
                team = next(t for t in deck.teams if t.id == condition.by)
                assert deck.channel(condition.channel).usable_by(team), where
            if condition.tag:  # the facilitator is told to give the tag
                assert condition.tag in notes, f"{where}: tag {condition.tag} in the notes"
            if condition.kind != "agree_channel":  # an agreement stands once made
                assert condition.since, f"{where}: only decisions after an inject count"


@pytest.mark.parametrize(("stem", "inject_id", "index"), CASES)
def test_the_report_says_who_met_it(stem: str, inject_id: str, index: int) -> None:
    play = _play(stem, inject_id, index, done=True)
    result = play.result
    assert (result.status, result.judged_by) == ("met", "its test"), result.statement
    assert result.decisions, result.statement
    state = play.session.state
    for decision_id in result.decisions[:3]:
        decision = state.decisions[decision_id]
        assert decision.seq > state.injects[inject_id].seq  # done after the inject
        assert _decision_words(play.session, decision) in result.statement
    deck = _deck(stem)
    expectation = deck.inject(inject_id).expectations[index]
    assert result.statement.startswith(f"Met{_when(deck, expectation, play)}, by its test: ")


@pytest.mark.parametrize(("stem", "inject_id", "index"), CASES)
def test_the_report_says_why_it_was_not_met(stem: str, inject_id: str, index: int) -> None:
    play = _play(stem, inject_id, index, done=False)
    result = play.result
    assert (result.status, result.judged_by) == ("not_met", "its test"), result.statement
    assert not result.decisions
    deck = _deck(stem)
    expectation = deck.inject(inject_id).expectations[index]
    assert expectation.test is not None
    assert result.statement.startswith(f"Not met{_when(deck, expectation, play)}, by its test: ")
    state = play.session.state
    for wanted in _positive(expectation.test):
        if wanted.by:  # the team the test waits for is named
            team = next(t.name for t in state.teams if t.id == wanted.by)
            assert f"{team} had not recorded" in result.statement
    lost = [  # a near miss that never got through is named as a cause
        d
        for d in state.decision_list
        if d.inject == inject_id and d.outcome is not None and not d.outcome.got_through
    ]
    for decision in lost:
        assert any(c.startswith(f"{decision.id} from ") for c in result.causes), result.causes
    assert not holds(expectation.test, state)  # nobody did it, then or later


@pytest.mark.parametrize("path", DECKS, ids=[p.stem for p in DECKS])
def test_a_silent_class_meets_no_checked_action(path: Path) -> None:
    """A class that records nothing: the report's checked actions are not met, with the
    team they waited for named, and the rest are left to the facilitator."""
    deck = _deck(path.stem)
    session = replay(deck, [])
    while not session.next_inject().is_end:
        session.deliver_next()
    session.end()
    report = build_report(deck, session.state, {})
    judged = [e for review in report.reviews for e in review.expected]
    assert judged
    checked = 0
    for e in judged:
        expectation = deck.inject(e.inject_id).expectations[e.index]
        if expectation.test is None:
            assert (e.status, e.judged_by) == ("not_assessed", ""), e.statement
            assert e.statement.startswith("Not assessed: it has no test in the deck")
            continue
        checked += 1
        assert (e.status, e.judged_by) == ("not_met", "its test"), e.statement
        assert e.statement.startswith("Not met") and not e.decisions
        assert "No decision was recorded in answer to it." in e.causes
        for wanted in _positive(expectation.test):
            if wanted.by:
                team = next(t.name for t in deck.teams if t.id == wanted.by)
                assert f"{team} had not recorded" in e.statement
    assert checked, "the main line has expected actions the report can check"


def test_the_deck_guide_counts_the_checked_actions() -> None:
    guide = (Path(__file__).resolve().parents[2] / "docs" / "decks.md").read_text("utf-8")
    said = {
        m.group(1): (int(m.group(2)), int(m.group(3)))
        for m in re.finditer(r"\*\*`([a-z-]+)`\*\*: (\d+) of (\d+) expected actions", guide)
    }
    counted = {}
    for path in DECKS:
        deck = _deck(path.stem)
        total = sum(len(i.expectations) for i in deck.injects)
        counted[deck.id] = (len(list(_checked(deck))), total)
    assert said == counted
