"""One line a reader of the printed event log understands, with names rather than ids."""

from __future__ import annotations

from tabletop.core.deck.model import Deck
from tabletop.core.engine.session import describe_event
from tabletop.core.engine.state import SessionState
from tabletop.core.i18n import _, pgettext
from tabletop.core.report import words
from tabletop.core.store import Event


def _kind(kind: str) -> str:
    names = {
        "action": pgettext("decision kind, in a sentence", "action"),
        "message": pgettext("decision kind, in a sentence", "message"),
        "statement": pgettext("decision kind, in a sentence", "public statement"),
        "agree_channel": pgettext("decision kind, in a sentence", "agreement to open"),
    }
    return names.get(kind, kind)


def _event_name(kind: str) -> str:
    names = {
        "inject_delivered": pgettext("log entry", "inject delivery"),
        "inject_skipped": pgettext("log entry", "inject skip"),
        "decision_recorded": pgettext("log entry", "decision"),
        "decision_amended": pgettext("log entry", "amendment"),
        "decision_withdrawn": pgettext("log entry", "withdrawal"),
        "channel_changed": pgettext("log entry", "channel change"),
        "escalation_adjudicated": pgettext("log entry", "adjudication"),
        "observation_noted": pgettext("log entry", "observation"),
        "clock_paused": pgettext("log entry", "pause"),
        "clock_resumed": pgettext("log entry", "resumption"),
        "hotwash_noted": pgettext("log entry", "hot wash note"),
        "action_added": pgettext("log entry", "improvement action"),
        "session_ended": pgettext("log entry", "end of session"),
    }
    return names.get(kind, kind)


def describe(event: Event, deck: Deck, state: SessionState) -> str:
    """What an event of the log did, in words (falls back to the engine's own wording)."""
    try:
        return _describe(event, deck, state)
    except (LookupError, ValueError, TypeError, AttributeError, ArithmeticError):
        # an entry of an odd shape (the fold skipped it too): say so rather than fail
        return f"{event.type.replace('_', ' ')} (its details cannot be read)"


def _describe(event: Event, deck: Deck, state: SessionState) -> str:
    data = event.data
    kind = event.type

    def inject(key: str = "inject") -> str:
        inject_id = str(data.get(key) or "")
        return deck.inject(inject_id).title if deck.has_inject(inject_id) else inject_id

    def channel(key: str = "channel") -> str:
        channel_id = str(data.get(key) or "")
        return deck.channel(channel_id).name if deck.has_channel(channel_id) else channel_id

    def team(key: str = "team") -> str:
        return state.team_name(str(data.get(key) or ""))

    if kind == "session_started":
        name = str(data.get("name") or "")
        who = str(data.get("facilitator") or "")
        if name and who:
            return _("Session started: {name} (facilitator: {facilitator})").format(
                name=name, facilitator=who
            )
        if name:
            return _("Session started: {name}").format(name=name)
        if who:
            return _("Session started (facilitator: {facilitator})").format(facilitator=who)
        return _("Session started")
    if kind == "inject_delivered":
        return _("Inject delivered: {inject}").format(inject=inject())
    if kind == "inject_skipped":
        return _("Inject skipped: {inject}. Reason: {reason}").format(
            inject=inject(), reason=data.get("reason", "")
        )
    if kind == "decision_recorded":
        what = _kind(str(data.get("kind")))
        if data.get("channel"):
            pattern = _("{decision}, {kind} by {team} over {channel}: {text}")
        else:
            pattern = _("{decision}, {kind} by {team}: {text}")
        return pattern.format(
            decision=data.get("decision"),
            kind=what,
            team=team(),
            channel=channel(),
            text=data.get("text", ""),
        )
    if kind == "decision_amended":
        changes = data.get("changes") or {}
        parts = [f"{key} → {value}" for key, value in sorted(changes.items())]
        return _("{decision} amended: {changes}").format(
            decision=data.get("decision"), changes="; ".join(parts)
        )
    if kind == "decision_withdrawn":
        reason = data.get("reason") or _("no reason given")
        return _("{decision} withdrawn: {reason}").format(
            decision=data.get("decision"), reason=reason
        )
    if kind == "channel_changed":
        status = words.channel_status(str(data.get("status")))
        if data.get("reason"):
            return _("{channel} set to {status} ({reason})").format(
                channel=channel(), status=status, reason=data["reason"]
            )
        return _("{channel} set to {status}").format(channel=channel(), status=status)
    if kind == "escalation_adjudicated":
        level = data.get("level")
        name = deck.ladder.name_of(int(level)) if isinstance(level, int) else ""
        if data.get("reason"):
            return _("Escalation adjudicated at {level} ({name}): {reason}").format(
                level=level, name=name, reason=data["reason"]
            )
        return _("Escalation adjudicated at {level} ({name})").format(level=level, name=name)
    if kind == "observation_noted":
        label = words.observation_kind(str(data.get("kind")))
        if data.get("rating"):
            return _("{kind} [{rating}]: {text}").format(
                kind=label, rating=data["rating"], text=data.get("text", "")
            )
        return _("{kind}: {text}").format(kind=label, text=data.get("text", ""))
    if kind == "hotwash_noted":
        question = words.hotwash_question(str(data.get("field")))
        return _("Hot wash, {question} {text}").format(question=question, text=data.get("text", ""))
    if kind == "action_added":
        return _("Improvement action: {issue} → {action}").format(
            issue=data.get("issue", ""), action=data.get("corrective_action", "")
        )
    if kind == "event_undone":
        target = str(data.get("type") or "")
        return _("Undo of entry {number} ({kind})").format(
            number=data.get("target"), kind=_event_name(target)
        )
    return describe_event(event, deck)
