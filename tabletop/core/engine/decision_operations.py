"""Recording what teams decide: decisions, messages over channels, amendments, withdrawals.

:class:`DecisionOperations` is part of :class:`~tabletop.core.engine.session.Session`:
each method checks, records one event and returns the change, like every operation.
A decision over a channel is a message; the summary of its change says whether it got
through, as the fold found it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from tabletop.core.deck.model import ChannelStatus, ScenarioTime
from tabletop.core.deck.wording import channel_status
from tabletop.core.engine.operation import Change, OperationError, Operations
from tabletop.core.engine.records import DECISION_KINDS, DecisionRecord, Outcome
from tabletop.core.engine.team_view import party_list
from tabletop.core.i18n import _, ngettext


class DecisionOperations(Operations):
    """Decisions and messages: record, amend, withdraw; team-device submissions."""

    def record_decision(
        self,
        team: str,
        text: str,
        *,
        kind: str = "action",
        channel: str = "",
        recipients: Sequence[str] = (),
        tags: Iterable[str] = (),
        escalation: int = 0,
        submission: str = "",
        source: str = "",
    ) -> Change:
        """Record what a team decided; over a channel it is also a message with an outcome.

        ``submission`` is the idempotency key of a decision a team sent from its own
        device (``source="device"``): a key is recorded at most once.
        """
        self._require_live()
        state = self.state
        if not text.strip():
            raise OperationError(_("write what the team decided"))
        if kind not in DECISION_KINDS:
            raise OperationError(
                _("the kind of decision must be one of: {kinds}").format(
                    kinds=", ".join(DECISION_KINDS)
                )
            )
        self._check_route(team, kind, channel, recipients)
        if not -10 <= escalation <= 10:
            raise OperationError(_("a suggested escalation change is between -10 and +10"))
        if submission and submission in state.submissions:
            raise OperationError(
                _("this submission was already recorded as {decision}").format(
                    decision=state.submissions[submission]
                )
            )
        decision_id = f"D{state.decision_count + 1}"
        data: dict[str, Any] = {
            "decision": decision_id,
            "team": team,
            "text": text.strip(),
            "kind": kind,
            "channel": channel,
            "recipients": list(recipients),
            "tags": sorted({t.strip() for t in tags if t.strip()}),
            "escalation": int(escalation),
            "inject": state.current,
        }
        if submission:
            data["submission"] = submission
        if source:
            data["source"] = source
        was_open = channel and state.channels[channel].status is ChannelStatus.OPEN
        change = self._commit(
            "decision_recorded",
            data,
            _("Decision {decision} recorded").format(decision=decision_id),
        )
        decision = change.decision
        summary = change.summary
        if decision is not None and kind == "agree_channel":
            summary = self._agreement_summary(decision_id, channel, bool(was_open))
        elif decision is not None and decision.outcome is not None:
            summary = self._outcome_summary(decision)
        return Change(change.event, change.aspects, summary, decision)

    def _check_route(self, team: str, kind: str, channel: str, recipients: Sequence[str]) -> None:
        """Refuse a team, channel or recipient that cannot carry this decision."""
        state = self.state
        playing = {t.id for t in state.teams}
        if team not in playing:
            raise OperationError(_("there is no team '{team}' in this session").format(team=team))
        team_obj = state.team(team)
        if channel:
            if not self.deck.has_channel(channel):
                raise OperationError(
                    _("there is no channel '{channel}' in this deck").format(channel=channel)
                )
            chan = self.deck.channel(channel)
            if not chan.usable_by(team_obj):
                raise OperationError(
                    _("{team} is not a party to {channel} (its parties: {parties})").format(
                        team=team_obj.name, channel=chan.name, parties=", ".join(chan.parties)
                    )
                )
            for recipient in recipients:
                if recipient not in playing:
                    raise OperationError(
                        _("there is no team '{team}' to send to").format(team=recipient)
                    )
        elif kind == "agree_channel":
            raise OperationError(_("say which channel the team agrees to open"))

    def _outcome_summary(self, decision: DecisionRecord) -> str:
        outcome = decision.outcome
        assert outcome is not None
        chan_name = self.deck.channel(decision.channel).name
        arrives = ScenarioTime.from_minutes(outcome.arrives_at or 0)
        when = _("Day {day} {time}").format(day=arrives.day, time=arrives.clock)
        if outcome.status == Outcome.UNDELIVERABLE:
            if outcome.channel_status is ChannelStatus.CLOSED:
                reason = _("{channel} is closed").format(channel=chan_name)
            elif outcome.channel_status is ChannelStatus.PROPOSED:
                reason = _("{channel} is only proposed, not yet agreed").format(channel=chan_name)
            else:
                reason = outcome.reason
            return _("{decision}: NOT delivered – {reason}").format(
                decision=decision.id, reason=reason
            )
        if outcome.status == Outcome.DELAYED:
            return _("{decision}: delayed over {channel}, arrives {time}").format(
                decision=decision.id, channel=chan_name, time=when
            )
        return _("{decision}: delivered over {channel}, arrives {time}").format(
            decision=decision.id, channel=chan_name, time=when
        )

    def _agreement_summary(self, decision_id: str, channel: str, was_open: bool) -> str:
        state = self.state
        name = self.deck.channel(channel).name
        if state.channels[channel].status is ChannelStatus.OPEN and not was_open:
            return _("{decision}: {channel} is now OPEN – every party has agreed").format(
                decision=decision_id, channel=name
            )
        agreed, waiting = state.pending_agreement(channel)
        if state.channels[channel].status is not ChannelStatus.PROPOSED:
            status = channel_status(state.channel_status(channel).value)
            return _("{decision}: agreement recorded ({channel} is {status})").format(
                decision=decision_id, channel=name, status=status
            )
        return ngettext(
            "{decision}: agreement recorded; {channel} opens when {waiting} agrees too "
            "(agreed so far: {agreed})",
            "{decision}: agreement recorded; {channel} opens when {waiting} agree too "
            "(agreed so far: {agreed})",
            len(waiting),
        ).format(
            decision=decision_id,
            channel=name,
            waiting=party_list(waiting),
            agreed=party_list(agreed) if agreed else _("none"),
        )

    def submission_decision(self, key: str) -> DecisionRecord | None:
        """The decision a team device's submission was recorded as, if it was."""
        decision_id = self.state.submissions.get(key)
        return self.state.decisions.get(decision_id) if decision_id else None

    def return_submission(self, submission: str, team: str, text: str, note: str) -> Change:
        """Send a team's submitted decision back to its device with the facilitator's note."""
        if team not in {t.id for t in self.state.teams}:
            raise OperationError(_("there is no team '{team}' in this session").format(team=team))
        if not note.strip():
            raise OperationError(_("say why it goes back: the team reads your note"))
        if submission in self.state.submissions:
            raise OperationError(_("this submission was already recorded"))
        return self._commit(
            "submission_returned",
            {"submission": submission, "team": team, "text": text, "note": note.strip()},
            _("Returned to {team}").format(team=self.state.team_name(team)),
        )

    def send_message(
        self,
        team: str,
        channel: str,
        text: str,
        *,
        recipients: Sequence[str] = (),
        tags: Iterable[str] = (),
    ) -> Change:
        """Send a message over a channel (a decision of kind ``message``)."""
        if not channel:
            raise OperationError(_("choose the channel the message goes over"))
        return self.record_decision(
            team, text, kind="message", channel=channel, recipients=recipients, tags=tags
        )

    def _live_decision(self, decision_id: str) -> DecisionRecord:
        decision = self.state.decisions.get(decision_id)
        if decision is None:
            raise OperationError(_("there is no decision {decision}").format(decision=decision_id))
        if decision.withdrawn:
            raise OperationError(
                _("decision {decision} was withdrawn").format(decision=decision_id)
            )
        return decision

    def amend_decision(self, decision_id: str, **changes: Any) -> Change:
        """Correct a decision (kept as history): text, kind, tags, escalation, team, channel,
        recipients.

        A new team or channel re-sends the message as of the moment it was made:
        its outcome follows the channel's status then.
        """
        decision = self._live_decision(decision_id)
        allowed = {"text", "kind", "tags", "escalation", "team", "channel", "recipients"}
        unknown = set(changes) - allowed
        if unknown:
            raise OperationError(
                _(
                    "cannot amend {fields}; withdraw the decision and record a new one instead"
                ).format(fields=", ".join(sorted(unknown)))
            )
        clean: dict[str, Any] = {}
        for key, value in changes.items():
            if key == "text":
                if not str(value).strip():
                    raise OperationError(_("the amended text is empty"))
                value = str(value).strip()
            if key == "tags":
                value = sorted({str(t).strip() for t in value if str(t).strip()})
            if key == "recipients":
                value = [str(r) for r in value]
            if key == "kind" and value not in DECISION_KINDS:
                raise OperationError(_("unknown kind '{kind}'").format(kind=value))
            if key == "escalation":
                value = int(value)
            if key in ("team", "channel"):
                value = str(value or "")
            current = getattr(decision, key)
            if current != (tuple(value) if key in ("tags", "recipients") else value):
                clean[key] = value
        if not clean:
            raise OperationError(_("nothing to change"))
        routed = {"team", "channel", "recipients"} & clean.keys()
        kind = clean.get("kind", decision.kind)
        if routed or "kind" in clean:
            agreement = "agree_channel" in (decision.kind, kind)
            if agreement and (routed or kind != decision.kind):
                raise OperationError(
                    _(
                        "an agreement to open a channel cannot be moved to another team or "
                        "channel; withdraw it and record a new one"
                    )
                )
            self._check_route(
                clean.get("team", decision.team),
                kind,
                clean.get("channel", decision.channel),
                clean.get("recipients", decision.recipients),
            )
        change = self._commit(
            "decision_amended",
            {"decision": decision_id, "changes": clean},
            _("Decision {decision} amended").format(decision=decision_id),
        )
        amended = self.state.decisions[decision_id]
        if routed and amended.outcome is not None:
            summary = _("Decision {decision} amended – {outcome}").format(
                decision=decision_id, outcome=self._outcome_summary(amended)
            )
            return Change(change.event, change.aspects, summary, amended)
        return Change(change.event, change.aspects, change.summary, amended)

    def withdraw_decision(self, decision_id: str, reason: str = "") -> Change:
        """Withdraw a decision; it stays in the log, marked withdrawn."""
        self._live_decision(decision_id)
        return self._commit(
            "decision_withdrawn",
            {"decision": decision_id, "reason": reason.strip()},
            _("Decision {decision} withdrawn").format(decision=decision_id),
        )
