"""Session state as a pure fold of the deck and the event log.

``fold(deck, events)`` replays a session from nothing; ``Folder.apply`` takes
one more event. Both give the same state for the same inputs, whatever the
machine or the time of day: every time used comes from the events themselves.

The rules of the world live here:

* **Channels** start as the deck (and the session setup) says; inject effects
  and the facilitator change them; a *proposed* channel opens once every one of
  its parties has agreed in a recorded ``agree_channel`` decision.
* **Messages** are decisions sent over a channel. Over an open channel a message
  is *delivered* after the channel's latency; over a degraded one it is
  *delayed* (the deck's degraded rule: four times the latency, at least an hour,
  unless the catalog or deck says otherwise); over a closed or merely proposed
  one it is *undeliverable*.
* **Escalation**: the facilitator adjudicates the level; injects move it. Each
  team also has the level it *believes* the other side is at. Under suspicion,
  a rise is read as reaching at least ``misperception`` rungs above the true
  level (worst-case reading; the gap does not compound), and a fall goes
  unnoticed. Only a message that arrives over a working channel corrects a
  team: it sets its recipients' belief to the level at the moment it arrives.
  Where channels are closed, the gap stays open.
* **Time**: everything happens in story order. Messages in transit wait in a
  queue ordered by arrival; before any event takes effect, every message that
  arrived by then reaches its recipients (an inject that moves the clock
  forward lets what arrived during the jump land first, then applies its
  effects).

Costs: applying one event is O(log n) in the messages in transit and O(1) in
the length of the log. Undo reverses the latest events from the fold's
:class:`~tabletop.core.engine.trail.Trail` instead of replaying the log.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from tabletop.core.collector import collector_paused
from tabletop.core.deck.model import (
    ChannelDirection,
    ChannelStatus,
    DecisionMade,
    Deck,
    Team,
    iter_conditions,
)
from tabletop.core.engine.records import (
    CAPABILITY_ELEMENTS,
    DECISION_KINDS,
    HOTWASH_FIELDS,
    HOTWASH_QUESTIONS,
    OBSERVATION_KINDS,
    RATING_NAMES,
    RATINGS,
    VERDICT_NAMES,
    VERDICTS,
    Amendment,
    Anomaly,
    Assessment,
    ChannelChange,
    ChannelState,
    DecisionRecord,
    ImprovementAction,
    InjectRecord,
    LevelChange,
    MessageOutcome,
    ObjectiveRating,
    Observation,
    Outcome,
    ReturnedSubmission,
    SessionState,
)
from tabletop.core.engine.trail import Trail
from tabletop.core.store import Event

__all__ = [
    "ALL_ASPECTS",
    "CAPABILITY_ELEMENTS",
    "DECISION_KINDS",
    "HOTWASH_FIELDS",
    "HOTWASH_QUESTIONS",
    "OBSERVATION_KINDS",
    "RATINGS",
    "RATING_NAMES",
    "VERDICTS",
    "VERDICT_NAMES",
    "Amendment",
    "Anomaly",
    "Assessment",
    "ChannelChange",
    "ChannelState",
    "DecisionRecord",
    "FoldError",
    "Folder",
    "ImprovementAction",
    "InjectRecord",
    "LevelChange",
    "MessageOutcome",
    "ObjectiveRating",
    "Observation",
    "Outcome",
    "ReturnedSubmission",
    "SessionState",
    "decision_matches",
    "fold",
    "undone_targets",
]

ALL_ASPECTS = frozenset(
    {
        "session",
        "injects",
        "channels",
        "escalation",
        "beliefs",
        "decisions",
        "clock",
        "observations",
        "hotwash",
        "evaluation",
    }
)

# a message waiting for its arrival: (arrives_at, seq of the event that sent it, decision, outcome)
_InTransit = tuple[float, int, DecisionRecord, MessageOutcome]


class FoldError(Exception):
    """An event makes no sense in the state it meets; the fold records and skips it."""


def decision_matches(test: DecisionMade, decision: DecisionRecord) -> bool:
    """Whether a decision has every field a ``decision`` condition asks for (``since`` aside)."""
    if test.by and decision.team != test.by:
        return False
    if test.tag and test.tag not in decision.tags:
        return False
    if test.channel and decision.channel != test.channel:
        return False
    if test.kind and decision.kind != test.kind:
        return False
    # only messages have an outcome: a plain action neither got through nor failed
    return test.delivered is None or (
        decision.outcome is not None and decision.outcome.got_through == test.delivered
    )


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


def _number(value: Any, what: str) -> int:
    """An integer from event data; bools and text are not numbers."""
    if value.__class__ is int:  # the common case, first (bool is not int's class)
        return int(value)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise FoldError(f"{what} is not a number")
    if value != value or value in (float("inf"), float("-inf")):
        raise FoldError(f"{what} is not a number")
    return int(value)


class Folder:
    """Applies events to a state one at a time, and can take the latest ones back."""

    def __init__(self, deck: Deck, *, trail_depth: int = 4096) -> None:
        self.state = SessionState(deck=deck)
        self.trail = Trail(trail_depth)
        self._transit: list[_InTransit] = []
        self._audiences: dict[tuple[str, str], tuple[str, ...]] = {}
        # every `decision` condition of the deck's branches, kept counted as decisions arrive
        self._indexed: tuple[DecisionMade, ...] = tuple(
            dict.fromkeys(
                condition
                for inject in deck.injects
                for branch in inject.branches
                for condition in iter_conditions(branch.when)
                if isinstance(condition, DecisionMade)
            )
        )
        # the indexed conditions by the (team, channel, kind) of a decision, see _candidates
        self._by_route: dict[tuple[str, str, str], tuple[DecisionMade, ...]] = {}
        # counted from zero, so a condition no decision has met yet is answered from the
        # count too (branching falls back to scanning every decision for an absent key)
        self.state.matches.update(dict.fromkeys(self._indexed, 0))

    @classmethod
    def replay(cls, deck: Deck, events: Iterable[Event]) -> Folder:
        """A folder whose state is the deck replayed through these events, undos honoured."""
        events = list(events)
        folder = cls(deck)
        folder.state.undone = undone_targets(events)
        keep = len(events) - folder.trail.depth
        folder.trail.recording = False
        # a replay creates many objects and frees none: the cyclic collector would only
        # rescan them again and again
        with collector_paused():
            for index, event in enumerate(events):
                if index == keep:
                    folder.trail.recording = True
                folder.apply(event)
        folder.trail.recording = True
        return folder

    # -- the fold -----------------------------------------------------------------

    def apply(self, event: Event) -> set[str]:
        """Apply one event; returns the aspects of the state it changed."""
        state = self.state
        trail = self.trail
        seq = event.seq
        type_ = event.type
        if trail.begin(seq):
            trail.append(state.events, event)
            trail.set(state, "last_seq", seq)
        else:  # a replay's older events: nothing to take back later
            state.events.append(event)
            state.last_seq = seq
        numbered = _NUMBERED.get(type_)
        if numbered is not None:
            # the highest decision, observation and action number ever given (undone too)
            data = event.data
            key, prefix, count = numbered
            ident = str(data.get(key) or "") if isinstance(data, dict) else ""
            digits = ident[1:]
            # isdecimal, not isdigit: "²" is a digit that int() does not read; and no more
            # digits than a number tabletop gives (int() refuses thousands of them)
            number = (
                int(digits)
                if ident[:1] == prefix and digits.isdecimal() and len(digits) <= _MAX_DIGITS
                else 0
            )
            current = getattr(state, count)
            trail.set(state, count, max(current + (0 if number else 1), number))
        if seq in state.undone:
            return set()
        handler = _HANDLERS.get(type_)
        if handler is None:
            trail.append(state.anomalies, Anomaly(seq, f"unknown event type '{type_}'"))
            return set()
        if not state.started and type_ != "session_started":
            trail.append(state.anomalies, Anomaly(seq, "event before the session started"))
            return set()
        data = event.data
        if not isinstance(data, dict):
            trail.append(state.anomalies, Anomaly(seq, f"{type_}: no data"))
            return set()
        try:
            if type_ in _UNSETTLED:
                aspects = handler(self, event, data)
            else:
                # messages that arrived by now reach their recipients first
                now = state.scenario_at(event.at)
                transit = self._transit
                if transit and transit[0][0] <= now:
                    aspects = self._settle(now, event)
                    aspects |= handler(self, event, data)
                else:
                    aspects = handler(self, event, data)
        except (FoldError, KeyError, ValueError, TypeError, AttributeError) as exc:
            trail.append(state.anomalies, Anomaly(seq, f"{type_}: {exc}"))
            return set()
        trail.set(state, "last_at", event.at)
        return aspects

    def undo(self, target: int, event: Event) -> None:
        """Take back event ``target`` (and record the ``event_undone`` entry ``event``).

        The events from the target on are reversed from the trail and applied
        again with the target left out. Raises LookupError when the trail no
        longer reaches back that far (the caller then replays the log).
        """
        if not self.trail.covers(target):
            raise LookupError(target)
        state = self.state
        tail: list[Event] = []
        for earlier in reversed(state.events):
            if earlier.seq < target:
                break
            tail.append(earlier)
        tail.reverse()
        self.trail.rewind(target)
        state.undone.add(target)
        for earlier in tail:
            self.apply(earlier)
        self.apply(event)

    # -- helpers ----------------------------------------------------------------

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

    # -- the index of decision conditions ---------------------------------------------

    def _counts(self, decision: DecisionRecord) -> list[DecisionMade]:
        """The indexed conditions this (active) decision satisfies."""
        if decision.withdrawn:
            return []
        injects = self.state.injects
        out = []
        for test in self._candidates(decision):
            if test.since:
                record = injects.get(test.since)
                if record is None or record.status != "delivered" or record.seq >= decision.seq:
                    continue
            if decision_matches(test, decision):
                out.append(test)
        return out

    def _candidates(self, decision: DecisionRecord) -> tuple[DecisionMade, ...]:
        """The indexed conditions whose team, channel and kind do not rule this decision out."""
        key = (decision.team, decision.channel, decision.kind)
        found = self._by_route.get(key)
        if found is None:
            found = tuple(
                test
                for test in self._indexed
                if (not test.by or test.by == decision.team)
                and (not test.channel or test.channel == decision.channel)
                and (not test.kind or test.kind == decision.kind)
            )
            self._by_route[key] = found
        return found

    def _recount(self, decision: DecisionRecord, before: list[DecisionMade]) -> None:
        matches = self.state.matches
        after = self._counts(decision)
        for test in before:
            self.trail.put(matches, test, matches.get(test, 0) - 1)
        for test in after:
            self.trail.put(matches, test, matches.get(test, 0) + 1)

    # -- handlers: the session and injects ----------------------------------------------

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
        start = deck.ladder.start if start is None else _number(start, "the starting level")
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

    # -- handlers: decisions and messages ---------------------------------------------

    def _outcome(
        self,
        team: Team,
        channel_id: str,
        recipients: tuple[str, ...],
        scenario: float,
        status: ChannelStatus,
    ) -> MessageOutcome:
        state = self.state
        channel = state.deck.channel(channel_id)
        if not recipients:
            recipients = self._everyone_on(team, channel_id)
        if status is ChannelStatus.OPEN:
            return MessageOutcome(
                channel_id,
                Outcome.DELIVERED,
                status,
                scenario,
                scenario + channel.latency,
                recipients,
            )
        if status is ChannelStatus.DEGRADED:
            return MessageOutcome(
                channel_id,
                Outcome.DELAYED,
                status,
                scenario,
                scenario + state.deck.degraded.delay(channel.latency),
                recipients,
                reason=f"{channel.name} is degraded",
            )
        why = "closed" if status is ChannelStatus.CLOSED else "only proposed, not yet agreed"
        return MessageOutcome(
            channel_id,
            Outcome.UNDELIVERABLE,
            status,
            scenario,
            None,
            recipients,
            reason=f"{channel.name} is {why}",
        )

    def _everyone_on(self, team: Team, channel_id: str) -> tuple[str, ...]:
        """The teams a message reaches when it names no recipient: all others on the channel."""
        key = (team.id, channel_id)
        found = self._audiences.get(key)
        if found is None:
            channel = self.state.deck.channel(channel_id)
            found = tuple(
                t.id
                for t in self.state.teams
                if t.id != team.id
                and (channel.direction is ChannelDirection.ONE_WAY or channel.usable_by(t))
            )
            self._audiences[key] = found
        return found

    def _send(
        self,
        decision: DecisionRecord,
        event: Event,
        status: ChannelStatus,
        team: Team | None = None,
    ) -> None:
        """Give a decision over a channel its outcome, and queue it if it will arrive
        (``team``: the decision's team, when the caller has it at hand)."""
        if team is None:
            team = self.state.team(decision.team)
        outcome = self._outcome(
            team, decision.channel, decision.recipients, decision.scenario, status
        )
        self.trail.set(decision, "outcome", outcome)
        if outcome.arrives_at is not None:
            self.trail.push(self._transit, (outcome.arrives_at, event.seq, decision, outcome))

    def _on_decision_recorded(self, event: Event, data: dict[str, Any]) -> set[str]:
        # the commonest event of a long log: written for speed, checks in the same order
        state = self.state
        if state.ended:
            raise FoldError("the session has ended")
        trail = self.trail
        get = data.get
        team = state.team(str(data["team"]))
        kind = str(get("kind") or "action")
        if kind not in DECISION_KINDS:
            raise FoldError(f"unknown decision kind '{kind}'")
        channel_id = str(get("channel") or "")
        if channel_id and channel_id not in state.channels:
            raise FoldError(f"unknown channel '{channel_id}'")
        decision_id = str(get("decision") or f"D{state.decision_count}")
        if decision_id in state.decisions:
            raise FoldError(f"decision {decision_id} was already recorded")
        recipients = get("recipients") or []
        tags = get("tags") or []
        if not isinstance(recipients, list) or not isinstance(tags, list):
            raise FoldError("recipients and tags must be lists")
        at = event.at
        # read in the order of the record's fields, so a bad one is the one named
        scenario = state.scenario_at(at)
        text = str(get("text") or "")
        recipients = tuple(map(str, recipients))
        tags = tuple(map(str, tags))
        escalation = _number(get("escalation") or 0, "the suggested escalation")
        # positional: keywords cost as much again as the rest of building it
        decision = DecisionRecord(
            decision_id,  # id
            event.seq,  # seq
            at,  # at
            scenario,  # scenario
            team.id,  # team
            text,  # text
            kind,  # kind
            channel_id,  # channel
            recipients,  # recipients
            tags,  # tags
            escalation,  # escalation
            str(get("inject") or state.current),  # inject
            None,  # outcome
            False,  # withdrawn
            "",  # withdrawn_reason
            [],  # amendments
            len(state.decision_list),  # row
            str(get("submission") or ""),  # submission
            str(get("source") or ""),  # source
        )
        if channel_id and kind == "agree_channel":
            aspects = self._agree(team, channel_id, event)
            aspects.add("decisions")
        else:
            aspects = {"decisions"}
            if channel_id:
                self._send(decision, event, state.channels[channel_id].status, team)
        trail.put(state.decisions, decision_id, decision)
        trail.append(state.decision_list, decision)
        if decision.submission:
            trail.put(state.submissions, decision.submission, decision_id)
        matches = state.matches
        for test in self._counts(decision):
            trail.put(matches, test, matches.get(test, 0) + 1)
        return aspects

    def _agree(self, team: Team, channel_id: str, event: Event) -> set[str]:
        state = self.state
        channel = state.deck.channel(channel_id)
        channel_state = state.channels[channel_id]
        for party in team.parties:
            if party in channel.parties:
                self.trail.add(channel_state.agreed, party)
        needed = {p for p in channel.parties if p != channel.ANYONE}
        if channel_state.status is ChannelStatus.PROPOSED and needed <= channel_state.agreed:
            names = ", ".join(sorted(needed))
            self._set_channel(channel_id, ChannelStatus.OPEN, event, f"agreed by {names}")
            return {"channels", "beliefs"}
        return {"channels"}

    def _decision(self, data: dict[str, Any]) -> DecisionRecord:
        decision_id = str(data["decision"])
        decision = self.state.decisions.get(decision_id)
        if decision is None:
            raise FoldError(f"unknown decision '{decision_id}'")
        if decision.withdrawn:
            raise FoldError(f"decision {decision_id} was withdrawn")
        return decision

    def _on_decision_amended(self, event: Event, data: dict[str, Any]) -> set[str]:
        state = self.state
        trail = self.trail
        decision = self._decision(data)
        changes = data.get("changes") or {}
        if not isinstance(changes, dict):
            raise FoldError("the changes are not a mapping")
        before = self._counts(decision)
        if "text" in changes:
            trail.set(decision, "text", str(changes["text"]))
        if "tags" in changes:
            trail.set(decision, "tags", tuple(str(t) for t in changes["tags"] or ()))
        if "escalation" in changes:
            trail.set(decision, "escalation", _number(changes["escalation"] or 0, "the escalation"))
        if "kind" in changes and changes["kind"] in DECISION_KINDS:
            trail.set(decision, "kind", str(changes["kind"]))
        resend = False
        if "team" in changes:
            team = state.team(str(changes["team"]))
            if team.id not in {t.id for t in state.teams}:
                raise FoldError(f"team '{team.id}' does not play in this session")
            trail.set(decision, "team", team.id)
            resend = True
        if "channel" in changes:
            channel_id = str(changes["channel"] or "")
            if channel_id and channel_id not in state.channels:
                raise FoldError(f"unknown channel '{channel_id}'")
            trail.set(decision, "channel", channel_id)
            resend = True
        if "recipients" in changes:
            trail.set(decision, "recipients", tuple(str(r) for r in changes["recipients"] or ()))
            resend = True
        if resend and decision.kind != "agree_channel":
            # sent over the channel as it stood when the decision was made
            if decision.channel:
                channel_state = state.channels[decision.channel]
                status = channel_state.status_at(decision.scenario)
                self._send(decision, event, status)
            else:
                trail.set(decision, "outcome", None)
        trail.append(decision.amendments, Amendment(event.seq, event.at, dict(changes)))
        self._recount(decision, before)
        return {"decisions"}

    def _on_decision_withdrawn(self, event: Event, data: dict[str, Any]) -> set[str]:
        decision = self._decision(data)
        before = self._counts(decision)
        self.trail.set(decision, "withdrawn", True)
        self.trail.set(decision, "withdrawn_reason", str(data.get("reason") or ""))
        self._recount(decision, before)
        return {"decisions"}

    def _on_submission_returned(self, event: Event, data: dict[str, Any]) -> set[str]:
        state = self.state
        team = state.team(str(data["team"]))
        self.trail.append(
            state.returned,
            ReturnedSubmission(
                submission=str(data.get("submission") or ""),
                team=team.id,
                text=str(data.get("text") or ""),
                note=str(data.get("note") or ""),
                seq=event.seq,
                at=event.at,
            ),
        )
        return {"decisions"}

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
        self._set_level(_number(data["level"], "the level"), event, reason)
        return {"escalation", "beliefs"}

    def _on_level_announced(self, event: Event, data: dict[str, Any]) -> set[str]:
        """The facilitator tells teams the real level: their beliefs are corrected."""
        self._require_running()
        state = self.state
        named = data.get("teams") or [t.id for t in state.teams]
        if not isinstance(named, list):
            raise FoldError("teams must be a list")
        for team_id in named:
            if str(team_id) in state.beliefs:
                self.trail.put(state.beliefs, str(team_id), state.level)
        change = LevelChange(
            event.seq,
            event.at,
            state.scenario_at(event.at),
            state.level,
            "announced",
            dict(state.beliefs),
        )
        self.trail.append(state.levels, change)
        self.trail.append(state.announced, change)
        return {"beliefs", "escalation"}

    # -- handlers: evaluation -------------------------------------------------------

    def _on_observation_noted(self, event: Event, data: dict[str, Any]) -> set[str]:
        state = self.state
        kind = str(data.get("kind"))
        if kind not in OBSERVATION_KINDS:
            raise FoldError(f"unknown observation kind '{kind}'")
        rating = str(data.get("rating") or "")
        if rating and rating not in RATINGS:
            raise FoldError(f"unknown rating '{rating}'")
        self.trail.append(
            state.observations,
            Observation(
                id=str(data.get("observation") or f"O{state.observation_count}"),
                seq=event.seq,
                at=event.at,
                kind=kind,
                text=str(data.get("text") or ""),
                rating=rating,
                inject=str(data.get("inject") or ""),
                objective=str(data.get("objective") or ""),
            ),
        )
        return {"observations"}

    def _on_expectation_assessed(self, event: Event, data: dict[str, Any]) -> set[str]:
        state = self.state
        inject = state.deck.inject(str(data["inject"]))
        index = _number(data.get("index"), "the expected action's number")
        if not 0 <= index < len(inject.expected_actions):
            raise FoldError(f"inject '{inject.id}' has no expected action {index + 1}")
        verdict = str(data.get("verdict") or "")
        key = f"{inject.id}#{index}"
        if not verdict:
            self.trail.remove(state.assessments, key)
            return {"evaluation"}
        if verdict not in VERDICTS:
            raise FoldError(f"unknown verdict '{verdict}'")
        self.trail.put(
            state.assessments,
            key,
            Assessment(
                inject=inject.id,
                index=index,
                verdict=verdict,
                seq=event.seq,
                at=event.at,
                note=str(data.get("note") or ""),
                decision=str(data.get("decision") or ""),
            ),
        )
        return {"evaluation"}

    def _on_objective_rated(self, event: Event, data: dict[str, Any]) -> set[str]:
        state = self.state
        objective = str(data["objective"])
        if state.deck.objective(objective) is None:
            raise FoldError(f"unknown objective '{objective}'")
        rating = str(data.get("rating") or "")
        if not rating:
            self.trail.remove(state.objective_ratings, objective)
            return {"evaluation"}
        if rating not in RATINGS:
            raise FoldError(f"unknown rating '{rating}'")
        self.trail.put(
            state.objective_ratings,
            objective,
            ObjectiveRating(objective, rating, event.seq, event.at, str(data.get("note") or "")),
        )
        return {"evaluation"}

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

    def _on_hotwash_noted(self, event: Event, data: dict[str, Any]) -> set[str]:
        key = str(data.get("field"))
        if key not in HOTWASH_FIELDS:
            raise FoldError(f"unknown hot wash field '{key}'")
        self.trail.put(self.state.hotwash, key, str(data.get("text") or ""))
        return {"hotwash"}

    def _on_action_added(self, event: Event, data: dict[str, Any]) -> set[str]:
        state = self.state

        def text(key: str) -> str:
            return str(data.get(key) or "")

        self.trail.append(
            state.actions,
            ImprovementAction(
                id=text("action") or f"A{state.action_count}",
                seq=event.seq,
                issue=text("issue"),
                corrective_action=text("corrective_action"),
                capability=text("capability"),
                owner=text("owner"),
                start=text("start"),
                due=text("due"),
                element=text("element"),
                poc=text("poc"),
                area=text("area"),
            ),
        )
        return {"hotwash"}

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


# the handler of each event type: Folder._on_<type>
_HANDLERS: dict[str, Any] = {
    name[len("_on_") :]: handler
    for name, handler in vars(Folder).items()
    if name.startswith("_on_")
}
# event types that take effect before the story clock moves (no arrivals settle first)
_UNSETTLED = frozenset({"session_started", "event_undone"})
# the longest number read from an id (D123): far beyond any session, far below int()'s limit
_MAX_DIGITS = 18
# event types that give a number: its data key, its prefix and the state's counter
_NUMBERED = {
    "decision_recorded": ("decision", "D", "decision_count"),
    "observation_noted": ("observation", "O", "observation_count"),
    "action_added": ("action", "A", "action_count"),
}


def undone_targets(events: Iterable[Event]) -> set[int]:
    """The events that later ``event_undone`` entries take back (odd entries are ignored)."""
    targets = set()
    for event in events:
        if event.type != "event_undone" or not isinstance(event.data, dict):
            continue
        target = event.data.get("target")
        if isinstance(target, int) and not isinstance(target, bool) and target < event.seq:
            targets.add(target)
    return targets


def fold(deck: Deck, events: Iterable[Event]) -> SessionState:
    """The state of a session: its deck, replayed through its events in order."""
    return Folder.replay(deck, events).state
