"""The fold's rules for decisions and messages.

A decision over a channel is a message: it gets its outcome from the channel as it
stands (delivered after the channel's latency, delayed over a degraded one,
undeliverable over a closed or merely proposed one) and, if it will arrive, waits
in the queue of messages in transit. Every ``decision`` condition of the deck's
branches is kept counted as decisions arrive, are amended and withdrawn, so that
asking whether one holds costs a lookup.
"""

from __future__ import annotations

from typing import Any

from tabletop.core.deck.model import ChannelDirection, ChannelStatus, DecisionMade, Team
from tabletop.core.engine.folding import FoldBase, FoldError, integer_of
from tabletop.core.engine.records import (
    DECISION_KINDS,
    Amendment,
    DecisionRecord,
    MessageOutcome,
    Outcome,
    ReturnedSubmission,
)
from tabletop.core.store import Event


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


class DecisionRules(FoldBase):
    """Recording, amending and withdrawing decisions; sending messages."""

    # the indexed conditions by the (team, channel, kind) of a decision, see _candidates
    _by_route: dict[tuple[str, str, str], tuple[DecisionMade, ...]]
    # the teams a message that names none reaches, by (team, channel)
    _audiences: dict[tuple[str, str], tuple[str, ...]]

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
        escalation = integer_of(get("escalation") or 0, "the suggested escalation")
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
            trail.set(
                decision, "escalation", integer_of(changes["escalation"] or 0, "the escalation")
            )
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
