"""How the report names things: injects, channels, teams, moments and causes."""

from __future__ import annotations

import datetime as _dt

from tabletop.core.deck.model import Deck
from tabletop.core.engine.state import SessionState
from tabletop.core.report import clock
from tabletop.core.report.model import Moment


class Names:
    """Names and times as a reader of the report sees them (titles, not ids; UTC)."""

    def __init__(self, deck: Deck, state: SessionState) -> None:
        self.deck = deck
        self.state = state
        self.first_day = clock.utc(state.started_at).date() if state.started_at else None

    def wall(self, moment: _dt.datetime | None) -> str:
        return clock.wall(moment, self.first_day)

    def moment(self, scenario: float, at: _dt.datetime | None) -> Moment:
        return Moment(clock.scenario(scenario), self.wall(at))

    def inject(self, inject_id: str) -> str:
        if inject_id and self.deck.has_inject(inject_id):
            return self.deck.inject(inject_id).title
        return inject_id

    def quoted(self, inject_id: str) -> str:
        return f"“{self.inject(inject_id)}”"

    def channel(self, channel_id: str) -> str:
        if channel_id and self.deck.has_channel(channel_id):
            return self.deck.channel(channel_id).name
        return channel_id

    def team(self, team_id: str) -> str:
        return self.state.team_name(team_id)

    def level(self, level: int) -> str:
        return f"{level} ({self.deck.ladder.name_of(level)})"

    def cause(self, cause: str) -> str:
        """Why the level changed, in words: the engine writes ``inject ID`` for an inject."""
        if cause.startswith("inject "):
            inject_id = cause[len("inject ") :]
            if self.deck.has_inject(inject_id):
                return f"inject {self.quoted(inject_id)}"
        return cause
