"""How the report names things: injects, channels, teams, moments and causes."""

from __future__ import annotations

import datetime as _dt

from tabletop.core.deck.model import ChannelStatus, Deck
from tabletop.core.engine.records import MessageOutcome
from tabletop.core.engine.state import SessionState
from tabletop.core.i18n import _, pgettext
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
        return _("“{title}”").format(title=self.inject(inject_id))

    def channel(self, channel_id: str) -> str:
        if channel_id and self.deck.has_channel(channel_id):
            return self.deck.channel(channel_id).name
        return channel_id

    def team(self, team_id: str) -> str:
        return self.state.team_name(team_id)

    def level(self, level: int) -> str:
        return _("{level} ({name})").format(level=level, name=self.deck.ladder.name_of(level))

    def outcome_reason(self, outcome: MessageOutcome) -> str:
        """Why a message was delayed or never arrived: the channel's status when it was sent."""
        name = self.channel(outcome.channel)
        if outcome.channel_status is ChannelStatus.DEGRADED:
            return _("{channel} is degraded").format(channel=name)
        if outcome.channel_status is ChannelStatus.CLOSED:
            return _("{channel} is closed").format(channel=name)
        if outcome.channel_status is ChannelStatus.PROPOSED:
            return _("{channel} is only proposed, not yet agreed").format(channel=name)
        return outcome.reason

    def cause(self, cause: str) -> str:
        """Why a level or a channel changed, in words: the engine writes ``inject ID`` for an
        inject, ``agreed by A, B`` for an agreement, ``facilitator`` or ``adjudicated`` for
        the facilitator's own change; anything else is the facilitator's reason as typed."""
        if cause.startswith("inject "):
            inject_id = cause[len("inject ") :]
            if self.deck.has_inject(inject_id):
                return _("inject {title}").format(title=self.quoted(inject_id))
        if cause.startswith("agreed by "):
            parties = [p.strip() for p in cause[len("agreed by ") :].split(",") if p.strip()]
            return _("agreed by {parties}").format(parties=", ".join(parties))
        if cause == "facilitator":
            return pgettext("cause of a change", "facilitator")
        if cause == "adjudicated":
            return pgettext("cause of a change", "adjudicated")
        return cause
