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
from tabletop.core.engine.records import VERDICT_NAMES
from tabletop.core.engine.state import DecisionRecord, Outcome, SessionState
from tabletop.core.report import clock
from tabletop.core.report.analysis.conditions import explain
from tabletop.core.report.analysis.naming import Names
from tabletop.core.report.analysis.replay import Past
from tabletop.core.report.model import ExpectedAction

STATUS_NAMES = {**VERDICT_NAMES, "not_assessed": "Not assessed"}


def _decision_words(decision: DecisionRecord, names: Names) -> str:
    text = f"{decision.id} ({names.team(decision.team)}"
    if decision.channel:
        outcome = decision.outcome.status if decision.outcome is not None else "recorded"
        text += f", over {names.channel(decision.channel)}, {outcome}"
    return text + ")"


def inject_causes(deck: Deck, state: SessionState, inject_id: str, names: Names) -> list[str]:
    """What the data shows went against play on an inject: skips, silence, failed messages,
    channels that closed while it was current."""
    record = state.injects.get(inject_id)
    if record is None:
        return []
    if record.status == "skipped":
        return [f"The inject was skipped: {record.reason}"]
    if record.status != "delivered":
        return ["The inject was never delivered."]
    causes: list[str] = []
    mine = [d for d in state.decision_list if d.inject == inject_id and not d.withdrawn]
    if not mine:
        causes.append("No decision was recorded in answer to it.")
    playing = {t.id for t in state.teams}
    answered = {d.team for d in mine}
    inject = deck.inject(inject_id)
    for team in inject.to:
        if team in playing and team not in answered and mine:
            causes.append(f"{names.team(team)} recorded no decision, though it was addressed.")
    for d in mine:
        if d.outcome is None:
            continue
        if d.outcome.status == Outcome.UNDELIVERABLE:
            causes.append(
                f"{d.id} from {names.team(d.team)} never got through: {d.outcome.reason}."
            )
        elif d.outcome.status == Outcome.DELAYED:
            arrives = clock.scenario(d.outcome.arrives_at or d.scenario)
            causes.append(
                f"{d.id} from {names.team(d.team)} was delayed: {d.outcome.reason}; it arrived "
                f"{arrives}."
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
                    f"{names.channel(channel_id)} became {change.status.value} at "
                    f"{clock.scenario(change.scenario)} ({names.cause(change.cause)})."
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
                    f"{names.channel(condition.channel)}, which it needs, was "
                    f"{channel.status.value} at the end."
                )
    return causes


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
            statement = "Not assessed: the inject was skipped."
        elif assessment is not None:
            status, judged, note = assessment.verdict, "the facilitator", assessment.note
            decisions = (assessment.decision,) if assessment.decision else ()
            statement = f"{STATUS_NAMES[status]}, as judged by the facilitator"
            if assessment.decision and assessment.decision in state.decisions:
                statement += (
                    f"; met by {_decision_words(state.decisions[assessment.decision], names)}"
                )
            statement += "."
        elif expectation.test is not None:
            deadline = past.deadlines.get((inject_id, index))
            when = ""
            if deadline is not None:
                verdict = deadline
                when = f" by the delivery of {names.quoted(expectation.before)}"
            else:
                verdict = explain(expectation.test, state, names)
                if expectation.before:
                    never = names.quoted(expectation.before)
                    when = f" (checked at the end: {never} was never delivered)"
                else:
                    when = " by the end of the session"
            judged = "its test"
            if verdict.held:
                status = "met"
                decisions = tuple(d.id for d in verdict.decisions)
                met_by = ", ".join(_decision_words(d, names) for d in verdict.decisions[:3])
                statement = f"Met{when}, by its test: {verdict.why}"
                statement += f"; met by {met_by}." if met_by else "."
            else:
                status = "not_met"
                statement = f"Not met{when}, by its test: {verdict.why}."
                causes += _channel_causes(expectation.test, state, names)
        else:
            status, judged = "not_assessed", ""
            statement = (
                "Not assessed: it has no test in the deck and the facilitator gave no verdict."
            )
        if status in ("not_met", "partly", "not_observed", "not_assessed") and (
            record.status == "delivered"
        ):
            causes += base_causes
            if note:
                causes.append(f"The facilitator noted: {note}")
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
