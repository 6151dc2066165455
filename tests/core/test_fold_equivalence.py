"""The live state always equals a replay of the log from nothing.

A facilitator's random sequence of operations (delivering, skipping, deciding over
channels, amending, withdrawing, changing channels, adjudicating, announcing,
evaluating, pausing, undoing…) is applied to a session. After every step the
state the session keeps (updated one event at a time, undo taken back from the
fold's trail, branch conditions counted incrementally) must equal the state a
full replay of the recorded events gives, and the branch the engine picks must
be the one a scan of every decision gives.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import Any

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from support.state_digest import digest
from support.walker import MemoryFile

from tabletop.core.deck.loader import load_deck
from tabletop.core.deck.model import DecisionMade, iter_conditions
from tabletop.core.engine import OperationError, Session, SessionSetup, fold
from tabletop.core.engine.branching import holds
from tabletop.core.engine.state import decision_matches
from tabletop.core.paths import bundled_decks_dir

DECK = load_deck(bundled_decks_dir() / "gray-zone-escalation.yaml").deck
assert DECK is not None
TEAMS = [t.id for t in DECK.teams]
CHANNELS = [c.id for c in DECK.channels]
TAGS = ["attribution", "query", "deterrence", "restraint"]


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.timezone.utc)

    def __call__(self) -> dt.datetime:
        return self.now


class Facilitator(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.clock = Clock()
        self.session = Session(DECK, MemoryFile(), [], self.clock)  # type: ignore[arg-type]
        self.session._commit("session_started", SessionSetup().to_event(), "start")

    def attempt(self, operation: Any, *args: Any, **kwargs: Any) -> None:
        with contextlib.suppress(OperationError):
            operation(*args, **kwargs)

    @rule(minutes=st.integers(0, 400))
    def time_passes(self, minutes: int) -> None:
        self.clock.now += dt.timedelta(minutes=minutes)

    @rule()
    def deliver_next(self) -> None:
        self.attempt(self.session.deliver_next)

    @rule(index=st.integers(0, len(DECK.injects) - 1))
    def deliver_chosen(self, index: int) -> None:
        self.attempt(self.session.deliver, DECK.injects[index].id)

    @rule()
    def skip(self) -> None:
        self.attempt(self.session.skip, "running late")

    @rule(
        team=st.sampled_from(TEAMS),
        channel=st.sampled_from(["", *CHANNELS]),
        kind=st.sampled_from(["action", "message", "statement", "agree_channel"]),
        tags=st.lists(st.sampled_from(TAGS), max_size=2),
        escalation=st.integers(-2, 2),
    )
    def decide(self, team: str, channel: str, kind: str, tags: list[str], escalation: int) -> None:
        self.attempt(
            self.session.record_decision,
            team,
            "A decision",
            kind=kind,
            channel=channel,
            tags=tags,
            escalation=escalation,
        )

    @rule(
        pick=st.integers(0, 50),
        change=st.sampled_from(["text", "tags", "kind", "team", "channel", "recipients"]),
        value=st.integers(0, 50),
    )
    def amend(self, pick: int, change: str, value: int) -> None:
        decisions = self.session.state.decision_list
        if not decisions:
            return
        decision = decisions[pick % len(decisions)]
        options: dict[str, Any] = {
            "text": f"Amended {value}",
            "tags": [TAGS[value % len(TAGS)]],
            "kind": ["action", "message", "statement"][value % 3],
            "team": TEAMS[value % len(TEAMS)],
            "channel": ["", *CHANNELS][value % (len(CHANNELS) + 1)],
            "recipients": [TEAMS[value % len(TEAMS)]],
        }
        self.attempt(self.session.amend_decision, decision.id, **{change: options[change]})

    @rule(pick=st.integers(0, 50))
    def withdraw(self, pick: int) -> None:
        decisions = self.session.state.decision_list
        if decisions:
            self.attempt(self.session.withdraw_decision, decisions[pick % len(decisions)].id)

    @rule(
        channel=st.sampled_from(CHANNELS),
        status=st.sampled_from(["open", "degraded", "closed", "proposed"]),
    )
    def change_channel(self, channel: str, status: str) -> None:
        self.attempt(self.session.set_channel_status, channel, status, "facilitator")

    @rule(level=st.integers(0, 10))
    def adjudicate(self, level: int) -> None:
        self.attempt(self.session.adjudicate, level, "judged")

    @rule(teams=st.lists(st.sampled_from(TEAMS), max_size=2, unique=True))
    def announce(self, teams: list[str]) -> None:
        self.attempt(self.session.announce_level, teams)

    @rule(
        index=st.integers(0, len(DECK.injects) - 1),
        which=st.integers(0, 3),
        verdict=st.sampled_from(["", "met", "partly", "not_met", "not_observed"]),
    )
    def assess(self, index: int, which: int, verdict: str) -> None:
        self.attempt(self.session.assess_expectation, DECK.injects[index].id, which, verdict)

    @rule(which=st.integers(0, 10), rating=st.sampled_from(["", "P", "S", "M", "U"]))
    def rate(self, which: int, rating: str) -> None:
        if DECK.objectives:
            objective = DECK.objectives[which % len(DECK.objectives)].id
            self.attempt(self.session.rate_objective, objective, rating)

    @rule()
    def observe(self) -> None:
        self.attempt(self.session.note_observation, "strength", "Used the hotline")

    @rule()
    def pause_or_resume(self) -> None:
        if self.session.state.running:
            self.attempt(self.session.pause_clock)
        else:
            self.attempt(self.session.resume_clock)

    @rule()
    def undo(self) -> None:
        self.attempt(self.session.undo_last)

    @rule()
    def end(self) -> None:
        self.attempt(self.session.end)

    @invariant()
    def live_state_equals_a_replay(self) -> None:
        live = self.session.state
        replayed = fold(DECK, self.session.file.events)  # type: ignore[attr-defined]
        assert digest(live) == digest(replayed)

    @invariant()
    def counted_conditions_agree_with_a_scan(self) -> None:
        state = self.session.state
        for inject in DECK.injects:
            for branch in inject.branches:
                for condition in iter_conditions(branch.when):
                    if not isinstance(condition, DecisionMade):
                        continue
                    after = 0
                    if condition.since:
                        record = state.injects.get(condition.since)
                        if record is None or record.status != "delivered":
                            assert not holds(condition, state)
                            continue
                        after = record.seq
                    scanned = any(
                        d.seq > after and decision_matches(condition, d)
                        for d in state.active_decisions()
                    )
                    assert holds(condition, state) == scanned, condition

    @invariant()
    def decision_ids_are_never_reused(self) -> None:
        recorded = [
            e.data["decision"]
            for e in self.session.file.events  # type: ignore[attr-defined]
            if e.type == "decision_recorded"
        ]
        assert len(recorded) == len(set(recorded))


Facilitator.TestCase.settings = settings(max_examples=100, stateful_step_count=50, deadline=None)
TestFacilitator = Facilitator.TestCase
