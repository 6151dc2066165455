"""Whether each expected action of a played inject was met, and why not.

The facilitator's (or an evaluator's) verdict comes first; where there is
none, the expected action's test is evaluated against the recorded play (at
the delivery of its ``before`` inject, else at the end). An expected action
with neither is *not assessed*: the report never claims a match it did not
check.
"""

from __future__ import annotations

from tabletop.core.deck.model import ChannelStatus, DecisionMade, Deck, iter_conditions
from tabletop.core.deck.wording import describe_condition
from tabletop.core.engine.state import DecisionRecord, Outcome, SessionState
from tabletop.core.i18n import _
from tabletop.core.report import clock, words
from tabletop.core.report.analysis.conditions import explain
from tabletop.core.report.analysis.naming import Names
from tabletop.core.report.analysis.replay import Past
from tabletop.core.report.model import ExpectedAction


def _decision_words(decision: DecisionRecord, names: Names) -> str:
    if decision.channel:
        outcome = decision.outcome.status if decision.outcome is not None else ""
        return _("{id} ({team}, over {channel}, {outcome})").format(
            id=decision.id,
            team=names.team(decision.team),
            channel=names.channel(decision.channel),
            outcome=words.outcome(outcome),
        )
    return _("{id} ({team})").format(id=decision.id, team=names.team(decision.team))


def inject_causes(deck: Deck, state: SessionState, inject_id: str, names: Names) -> list[str]:
    """What the data shows went against play on an inject: skips, silence, failed messages,
    channels that closed while it was current."""
    record = state.injects.get(inject_id)
    if record is None:
        return []
    if record.status == "skipped":
        return [_("The inject was skipped: {reason}").format(reason=record.reason)]
    if record.status != "delivered":
        return [_("The inject was never delivered.")]
    causes: list[str] = []
    mine = [d for d in state.decision_list if d.inject == inject_id and not d.withdrawn]
    if not mine:
        causes.append(_("No decision was recorded in answer to it."))
    playing = {t.id for t in state.teams}
    answered = {d.team for d in mine}
    inject = deck.inject(inject_id)
    for team in inject.to:
        if team in playing and team not in answered and mine:
            causes.append(
                _("{team} recorded no decision, though it was addressed.").format(
                    team=names.team(team)
                )
            )
    for d in mine:
        if d.outcome is None:
            continue
        if d.outcome.status == Outcome.UNDELIVERABLE:
            causes.append(
                _("{id} from {team} never got through: {reason}.").format(
                    id=d.id, team=names.team(d.team), reason=names.outcome_reason(d.outcome)
                )
            )
        elif d.outcome.status == Outcome.DELAYED:
            arrives = clock.scenario(d.outcome.arrives_at or d.scenario)
            causes.append(
                _("{id} from {team} was delayed: {reason}; it arrived {time}.").format(
                    id=d.id,
                    team=names.team(d.team),
                    reason=names.outcome_reason(d.outcome),
                    time=arrives,
                )
            )
    # channels that stopped working while this inject was the current one
    following = [
        state.injects[i].seq
        for i in state.order
        if state.injects[i].status == "delivered" and state.injects[i].seq > record.seq
    ]
    until = min(following) if following else None
    for channel_id, channel in state.channels.items():
        for change in channel.history:
            if change.seq < record.seq or (until is not None and change.seq >= until):
                continue
            if not change.status.works:
                causes.append(
                    _("{channel} became {status} at {time} ({cause}).").format(
                        channel=names.channel(channel_id),
                        status=words.channel_status(change.status.value),
                        time=clock.scenario(change.scenario),
                        cause=names.cause(change.cause),
                    )
                )
    return causes


def _channel_causes(test: object, state: SessionState, names: Names) -> list[str]:
    """Channels a test needs that did not work at the end of the session."""
    causes = []
    for condition in iter_conditions(test):  # type: ignore[arg-type]
        if isinstance(condition, DecisionMade) and condition.channel:
            channel = state.channels.get(condition.channel)
            if channel is not None and channel.status in (
                ChannelStatus.CLOSED,
                ChannelStatus.PROPOSED,
            ):
                causes.append(
                    _("{channel}, which it needs, was {status} at the end.").format(
                        channel=names.channel(condition.channel),
                        status=words.channel_status(channel.status.value),
                    )
                )
    return causes


def _met_statement(when: str, met_by: str) -> str:
    """The sentence for an expected action its test found met (``{inject}``, ``{why}``,
    ``{decisions}`` to fill in): by the delivery of its deadline inject, at the end because
    that inject never came, or by the end of the session."""
    if when == "before":
        if met_by:
            return _("Met by the delivery of {inject}, by its test: {why}; met by {decisions}.")
        return _("Met by the delivery of {inject}, by its test: {why}.")
    if when == "never":
        if met_by:
            return _(
                "Met (checked at the end: {inject} was never delivered), by its test: {why}; "
                "met by {decisions}."
            )
        return _("Met (checked at the end: {inject} was never delivered), by its test: {why}.")
    if when == "early":
        if met_by:
            return _(
                "Met (checked at the end: {inject} came before this inject), by its test: "
                "{why}; met by {decisions}."
            )
        return _("Met (checked at the end: {inject} came before this inject), by its test: {why}.")
    if met_by:
        return _("Met by the end of the session, by its test: {why}; met by {decisions}.")
    return _("Met by the end of the session, by its test: {why}.")


def _not_met_statement(when: str) -> str:
    if when == "before":
        return _("Not met by the delivery of {inject}, by its test: {why}.")
    if when == "never":
        return _("Not met (checked at the end: {inject} was never delivered), by its test: {why}.")
    if when == "early":
        return _(
            "Not met (checked at the end: {inject} came before this inject), by its test: {why}."
        )
    return _("Not met by the end of the session, by its test: {why}.")


def expected_actions(
    deck: Deck, state: SessionState, past: Past, names: Names, inject_id: str
) -> tuple[ExpectedAction, ...]:
    inject = deck.inject(inject_id)
    record = state.injects[inject_id]
    base_causes = inject_causes(deck, state, inject_id, names)
    out = []
    for index, expectation in enumerate(inject.expectations):
        test_words = (
            describe_condition(expectation.test, deck) if expectation.test is not None else ""
        )
        assessment = state.assessment(inject_id, index)
        decisions: tuple[str, ...] = ()
        note = ""
        causes: list[str] = []
        if record.status != "delivered":
            status, judged = "not_assessed", ""
            statement = _("Not assessed: the inject was skipped.")
        elif assessment is not None:
            status, judged, note = assessment.verdict, "the facilitator", assessment.note
            decisions = (assessment.decision,) if assessment.decision else ()
            if assessment.decision and assessment.decision in state.decisions:
                # a decision beside "not met" or "not observed" is only named: it met nothing
                pattern = (
                    _("{verdict}, as judged by the facilitator; met by {decision}.")
                    if status in ("met", "partly")
                    else _(
                        "{verdict}, as judged by the facilitator; the decision named: {decision}."
                    )
                )
                statement = pattern.format(
                    verdict=words.verdict(status),
                    decision=_decision_words(state.decisions[assessment.decision], names),
                )
            else:
                statement = _("{verdict}, as judged by the facilitator.").format(
                    verdict=words.verdict(status)
                )
        elif expectation.test is not None:
            deadline = past.deadlines.get((inject_id, index))
            if deadline is not None:
                verdict = deadline
                when = "before"
            else:
                verdict = explain(expectation.test, state, names)
                when = "end"
                if expectation.before:
                    # no verdict at the deadline: it never came, or came before this inject
                    deadline_record = state.injects.get(expectation.before)
                    came = deadline_record is not None and deadline_record.status == "delivered"
                    when = "early" if came else "never"
            judged = "its test"
            if verdict.held:
                status = "met"
                decisions = tuple(d.id for d in verdict.decisions)
                met_by = ", ".join(_decision_words(d, names) for d in verdict.decisions[:3])
                statement = _met_statement(when, met_by).format(
                    inject=names.quoted(expectation.before), why=verdict.why, decisions=met_by
                )
            else:
                status = "not_met"
                statement = _not_met_statement(when).format(
                    inject=names.quoted(expectation.before), why=verdict.why
                )
                causes += _channel_causes(expectation.test, state, names)
        else:
            status, judged = "not_assessed", ""
            statement = _(
                "Not assessed: it has no test in the deck and the facilitator gave no verdict."
            )
        if status in ("not_met", "partly", "not_observed", "not_assessed") and (
            record.status == "delivered"
        ):
            causes += base_causes
            if note:
                causes.append(_("The facilitator noted: {note}").format(note=note))
        out.append(
            ExpectedAction(
                inject_id=inject_id,
                inject=inject.title,
                index=index,
                text=expectation.text,
                status=status,
                judged_by=judged,
                statement=statement,
                decisions=decisions,
                note=note,
                test=test_words,
                causes=tuple(dict.fromkeys(causes)),
            )
        )
    return tuple(out)
