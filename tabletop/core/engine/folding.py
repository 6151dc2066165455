"""What every rule of the fold shares: its error, and the changes several events make.

The rules themselves are split by what they rule (:mod:`~tabletop.core.engine.play_rules`,
:mod:`~tabletop.core.engine.decision_rules`, :mod:`~tabletop.core.engine.evaluation_rules`);
:class:`~tabletop.core.engine.state.Folder` puts them together. Each rule is a method of
a :class:`FoldBase` and changes the state only through the fold's trail, so that
undo can reverse it.
"""

from __future__ import annotations

from typing import Any

from tabletop.core.deck.model import ChannelStatus, DecisionMade
from tabletop.core.engine.records import (
    ChannelChange,
    DecisionRecord,
    LevelChange,
    MessageOutcome,
    SessionState,
)
from tabletop.core.engine.trail import Trail
from tabletop.core.store import Event

# a message waiting for its arrival: (arrives_at, seq of the event that sent it, decision, outcome)
InTransit = tuple[float, int, DecisionRecord, MessageOutcome]


class FoldError(Exception):
    """An event makes no sense in the state it meets; the fold records and skips it."""


def integer_of(value: Any, what: str) -> int:
    """An integer from event data; bools and text are not numbers."""
    if value.__class__ is int:  # the common case, first (bool is not int's class)
        return int(value)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise FoldError(f"{what} is not a number")
    if value != value or value in (float("inf"), float("-inf")):
        raise FoldError(f"{what} is not a number")
    return int(value)


class FoldBase:
    """The fold's state and the changes that rules of several kinds make to it."""

    state: SessionState
    trail: Trail
    # messages on their way, a heap by arrival time
    _transit: list[InTransit]
    # every `decision` condition of the deck's branches (see DecisionRules)
    _indexed: tuple[DecisionMade, ...]

    def _set_level(self, level: int, event: Event, cause: str) -> None:
        state = self.state
        trail = self.trail
        ladder = state.deck.ladder
        level = ladder.clamp(level)
        previous = state.level
        delta = level - previous
        trail.set(state, "level", level)
        if delta > 0:
            for team in state.teams:
                believed = state.beliefs.get(team.id, previous)
                worst = max(believed + delta, level + ladder.misperception)
                trail.put(state.beliefs, team.id, ladder.clamp(worst))
        scenario = state.scenario_at(event.at)
        change = LevelChange(event.seq, event.at, scenario, level, cause, dict(state.beliefs))
        trail.append(state.levels, change)
        for rung in ladder.thresholds:
            if previous < rung.level <= level and not any(
                c.level >= rung.level for c in state.thresholds_crossed
            ):
                trail.append(
                    state.thresholds_crossed,
                    LevelChange(event.seq, event.at, scenario, rung.level, rung.threshold),
                )

    def _set_channel(
        self, channel_id: str, status: ChannelStatus, event: Event, cause: str
    ) -> None:
        state = self.state
        channel = state.channels[channel_id]
        if channel.status is status:
            return
        self.trail.set(channel, "status", status)
        self.trail.append(
            channel.history,
            ChannelChange(event.seq, event.at, state.scenario_at(event.at), status, cause),
        )

    def _settle(self, now: float, event: Event) -> set[str]:
        """Messages whose arrival time has come reach their recipients, in order of arrival."""
        state = self.state
        trail = self.trail
        transit = self._transit
        landed_at: float | None = None
        while transit and transit[0][0] <= now:
            arrives, _seq, decision, outcome = trail.pop(transit)
            if decision.withdrawn or decision.outcome is not outcome or outcome.arrived:
                continue  # withdrawn, or re-sent by an amendment
            if landed_at is not None and arrives != landed_at:
                self._note_arrivals(event, landed_at)
            landed_at = arrives
            trail.set(outcome, "arrived", True)
            for recipient in outcome.recipients:
                if recipient in state.beliefs:
                    trail.put(state.beliefs, recipient, state.level)
        if landed_at is None:
            return set()
        self._note_arrivals(event, landed_at)
        return {"beliefs", "decisions"}

    def _note_arrivals(self, event: Event, scenario: float) -> None:
        state = self.state
        self.trail.append(
            state.levels,
            LevelChange(
                event.seq, event.at, scenario, state.level, "messages arrived", dict(state.beliefs)
            ),
        )

    def _require_running(self) -> None:
        if self.state.ended:
            raise FoldError("the session has ended")
