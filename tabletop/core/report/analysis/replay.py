"""One replay of the session's log, keeping what the report needs from the past.

The folded state says where play ended; some of the report's answers need the
state at earlier moments: the story time of every log entry, which branch
conditions held when play moved on from an inject, and whether an expected
action had been met by the time its deadline inject was delivered. One pass
over the log gathers all of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tabletop.core.deck.model import Branch, Deck, Inject, InjectType
from tabletop.core.engine.state import Folder, SessionState, undone_targets
from tabletop.core.report.analysis.conditions import Verdict, explain
from tabletop.core.report.analysis.naming import Names
from tabletop.core.value_class import value_class


@value_class
class BranchCheck:
    """How play left one inject for the next: each branch of the inject it left, evaluated."""

    seq: int  # the log entry that delivered or skipped the next inject
    inject: str  # the inject that came (or was skipped)
    anchor: str  # the inject play moved on from ("" before the first)
    branches: tuple[tuple[Branch, Verdict], ...]
    chosen: bool
    via: str


@dataclass
class Past:
    """What the replay kept."""

    scenario: dict[int, float] = field(default_factory=dict)  # log entry -> story minutes
    checks: list[BranchCheck] = field(default_factory=list)
    # (inject, index) of an expected action with a deadline -> its test's verdict then
    deadlines: dict[tuple[str, int], Verdict] = field(default_factory=dict)


def anchor_of(state: SessionState) -> Inject | None:
    """The inject play goes on from: the latest passed one that moves the story along."""
    deck = state.deck
    for inject_id in reversed(state.order):
        inject = deck.inject(inject_id)
        if inject.type is not InjectType.CONTINGENCY or inject.branches or inject.next:
            return inject
    return None


def replay(deck: Deck, state: SessionState, names: Names) -> Past:
    """Replay the log once (undone entries left out, as the fold does)."""
    past = Past()
    due: dict[str, list[tuple[str, int]]] = {}
    for inject in deck.injects:
        for index, expectation in enumerate(inject.expectations):
            if expectation.test is not None and expectation.before:
                due.setdefault(expectation.before, []).append((inject.id, index))
    folder = Folder(deck)
    folder.trail.recording = False  # nothing here is ever undone
    folder.state.undone = undone_targets(state.events)
    live = folder.state
    for event in state.events:
        active = event.seq not in live.undone and live.started
        if active and event.type in ("inject_delivered", "inject_skipped"):
            data = event.data if isinstance(event.data, dict) else {}
            coming = str(data.get("inject") or "")
            if event.type == "inject_delivered":
                for inject_id, index in due.get(coming, ()):
                    test = deck.inject(inject_id).expectations[index].test
                    if test is not None and live.passed(inject_id):
                        past.deadlines[(inject_id, index)] = explain(test, live, names)
            anchor = anchor_of(live)
            branches = tuple(
                (branch, explain(branch.when, live, names))
                for branch in (anchor.branches if anchor is not None else ())
            )
            past.checks.append(
                BranchCheck(
                    event.seq,
                    coming,
                    anchor.id if anchor is not None else "",
                    branches,
                    bool(data.get("chosen")),
                    str(data.get("via") or ""),
                )
            )
        folder.apply(event)
        past.scenario[event.seq] = live.scenario_at(event.at) if live.started else 0.0
    return past
