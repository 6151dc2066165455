"""The fold's rules for the course of play: the start, injects, channels, escalation,
the clock and the end."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from tabletop.core.deck.model import ChannelStatus, Deck, Team
from tabletop.core.engine.folding import FoldBase, FoldError, integer_of
from tabletop.core.engine.records import ChannelState, InjectRecord, LevelChange
from tabletop.core.store import Event


def _effective_teams(deck: Deck, overrides: Iterable[dict[str, Any]]) -> tuple[Team, ...]:
    by_id = {o.get("id"): o for o in overrides if isinstance(o, dict)}
    teams = []
    for team in deck.teams:
        override = by_id.get(team.id)
        if override and override.get("absent"):
            continue  # a team this class does not field
        if override:
            team = replace(
                team,
                name=str(override.get("name") or team.name),
                participants=tuple(str(p) for p in override.get("participants") or ()),
            )
        teams.append(team)
    return tuple(teams)


class PlayRules(FoldBase):
    """The session, its injects, its channels, its level and its clock."""

    def _on_session_started(self, event: Event, data: dict[str, Any]) -> set[str]:
        state = self.state
        if state.started:
            raise FoldError("the session was already started")
        deck = state.deck
        state.started = True
        state.started_at = event.at
        state.name = str(data.get("name") or "")
        state.facilitator = str(data.get("facilitator") or "")
        state.date = str(data.get("date") or "")
        state.language = str(data.get("language") or deck.language or "")
        overview = data.get("overview")
        state.overview = dict(overview) if isinstance(overview, dict) else {}
        teams = data.get("teams") or ()
        state.teams = _effective_teams(deck, teams if isinstance(teams, list) else ())
        overrides = data.get("channels") or {}
        if not isinstance(overrides, dict):
            overrides = {}
        for channel in deck.channels:
            try:
                status = ChannelStatus(overrides.get(channel.id, channel.status))
            except ValueError:
                status = channel.status
            state.channels[channel.id] = ChannelState(channel.id, status, initial=status)
        for inject in deck.injects:
            state.injects[inject.id] = InjectRecord(inject.id)
        start = data.get("level")
        start = deck.ladder.start if start is None else integer_of(start, "the starting level")
        state.level = deck.ladder.clamp(start)
        state.beliefs = {team.id: state.level for team in state.teams}
        state.matches = dict.fromkeys(self._indexed, 0)
        state.levels.append(
            LevelChange(
                event.seq,
                event.at,
                deck.starts_at.total_minutes,
                state.level,
                "start",
                dict(state.beliefs),
            )
        )
        state.running = True
        state.anchor_scenario = float(deck.starts_at.total_minutes)
        state.anchor_wall = event.at
        return {"session", "injects", "channels", "escalation", "beliefs", "clock"}

    def _pass_inject(self, event: Event, data: dict[str, Any], status: str) -> InjectRecord:
        self._require_running()
        state = self.state
        trail = self.trail
        inject_id = str(data["inject"])
        record = state.injects.get(inject_id)
        if record is None:
            raise FoldError(f"unknown inject '{inject_id}'")
        if record.status != "pending":
            raise FoldError(f"inject '{inject_id}' was already {record.status}")
        trail.set(record, "status", status)
        trail.set(record, "seq", event.seq)
        trail.set(record, "at", event.at)
        trail.set(record, "chosen", bool(data.get("chosen")))
        trail.set(record, "via", str(data.get("via") or ""))
        trail.set(record, "reason", str(data.get("reason") or ""))
        trail.append(state.order, inject_id)
        return record

    def _on_inject_delivered(self, event: Event, data: dict[str, Any]) -> set[str]:
        state = self.state
        trail = self.trail
        record = self._pass_inject(event, data, "delivered")
        inject = state.deck.inject(record.id)
        now = state.scenario_at(event.at)
        aspects = {"injects", "clock"}
        if inject.at is not None and inject.at.total_minutes > now:
            now = float(inject.at.total_minutes)
            # what arrived while the story jumped forward lands before the inject's effects
            aspects |= self._settle(now, event)
        trail.set(state, "anchor_scenario", now)
        trail.set(state, "anchor_wall", event.at)
        trail.set(record, "scenario", now)
        for channel_id, status in inject.effects.channels:
            if channel_id in state.channels:
                self._set_channel(channel_id, status, event, f"inject {inject.id}")
                aspects.add("channels")
        if inject.effects.escalation:
            self._set_level(state.level + inject.effects.escalation, event, f"inject {inject.id}")
            aspects |= {"escalation", "beliefs"}
        return aspects

    def _on_inject_skipped(self, event: Event, data: dict[str, Any]) -> set[str]:
        record = self._pass_inject(event, data, "skipped")
        self.trail.set(record, "scenario", self.state.scenario_at(event.at))
        return {"injects"}

    # -- handlers: channels and escalation ---------------------------------------------

    def _on_channel_changed(self, event: Event, data: dict[str, Any]) -> set[str]:
        self._require_running()
        channel_id = str(data["channel"])
        if channel_id not in self.state.channels:
            raise FoldError(f"unknown channel '{channel_id}'")
        status = ChannelStatus(data["status"])
        self._set_channel(channel_id, status, event, str(data.get("reason") or "facilitator"))
        return {"channels", "beliefs"}

    def _on_escalation_adjudicated(self, event: Event, data: dict[str, Any]) -> set[str]:
        self._require_running()
        reason = str(data.get("reason") or "adjudicated")
        self._set_level(integer_of(data["level"], "the level"), event, reason)
        return {"escalation", "beliefs"}

    def _on_level_announced(self, event: Event, data: dict[str, Any]) -> set[str]:
        """The facilitator tells teams the real level: their beliefs are corrected."""
        self._require_running()
        state = self.state
        named = data.get("teams") or [t.id for t in state.teams]
        if not isinstance(named, list):
            raise FoldError("teams must be a list")
        scenario = state.scenario_at(event.at)
        for team_id in map(str, named):
            if team_id in state.beliefs:
                self.trail.put(state.beliefs, team_id, state.level)
            self.trail.put(state.last_announced, team_id, (state.level, scenario))
        change = LevelChange(
            event.seq, event.at, scenario, state.level, "announced", dict(state.beliefs)
        )
        self.trail.append(state.levels, change)
        self.trail.append(state.announced, change)
        return {"beliefs", "escalation"}

    # -- handlers: the clock, the hot wash, the end -------------------------------------

    def _on_clock_paused(self, event: Event, data: dict[str, Any]) -> set[str]:
        self._require_running()
        state = self.state
        trail = self.trail
        if not state.running:
            raise FoldError("the clock is already paused")
        trail.set(state, "anchor_scenario", state.scenario_at(event.at))
        trail.set(state, "anchor_wall", event.at)
        trail.set(state, "running", False)
        trail.set(state, "paused_since", event.at)
        trail.append(state.pauses, (event.at, None))
        return {"clock"}

    def _on_clock_resumed(self, event: Event, data: dict[str, Any]) -> set[str]:
        self._require_running()
        state = self.state
        trail = self.trail
        if state.running or state.paused_since is None:
            raise FoldError("the clock is not paused")
        paused = max(0.0, (event.at - state.paused_since).total_seconds())
        trail.set(state, "paused_seconds", state.paused_seconds + paused)
        trail.replace(state.pauses, -1, (state.paused_since, event.at))
        trail.set(state, "paused_since", None)
        trail.set(state, "running", True)
        trail.set(state, "anchor_wall", event.at)
        return {"clock"}

    def _on_session_ended(self, event: Event, data: dict[str, Any]) -> set[str]:
        self._require_running()
        state = self.state
        trail = self.trail
        if state.running:
            trail.set(state, "anchor_scenario", state.scenario_at(event.at))
        trail.set(state, "ended", True)
        trail.set(state, "ended_at", event.at)
        trail.set(state, "running", False)
        return {"session", "clock"}

    def _on_event_undone(self, event: Event, data: dict[str, Any]) -> set[str]:
        # the target was left out when the log was replayed or the trail rewound
        return set()
