"""One line a reader of the printed event log understands, with names rather than ids."""

from __future__ import annotations

from tabletop.core.deck.model import Deck
from tabletop.core.engine.session import describe_event
from tabletop.core.engine.state import HOTWASH_QUESTIONS, SessionState
from tabletop.core.store import Event

_KINDS = {
    "action": "action",
    "message": "message",
    "statement": "public statement",
    "agree_channel": "agreement to open",
}
_EVENT_NAMES = {
    "inject_delivered": "inject delivery",
    "inject_skipped": "inject skip",
    "decision_recorded": "decision",
    "decision_amended": "amendment",
    "decision_withdrawn": "withdrawal",
    "channel_changed": "channel change",
    "escalation_adjudicated": "adjudication",
    "observation_noted": "observation",
    "clock_paused": "pause",
    "clock_resumed": "resumption",
    "hotwash_noted": "hot wash note",
    "action_added": "improvement action",
    "session_ended": "end of session",
}


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
        text = "Session started" + (f": {name}" if name else "")
        return text + (f" (facilitator: {who})" if who else "")
    if kind == "inject_delivered":
        return f"Inject delivered: {inject()}"
    if kind == "inject_skipped":
        return f"Inject skipped: {inject()}. Reason: {data.get('reason', '')}"
    if kind == "decision_recorded":
        what = _KINDS.get(str(data.get("kind")), str(data.get("kind")))
        over = f" over {channel()}" if data.get("channel") else ""
        decision = data.get("decision")
        return f"{decision}, {what} by {team()}{over}: {data.get('text', '')}"
    if kind == "decision_amended":
        changes = data.get("changes") or {}
        parts = [f"{key} → {value}" for key, value in sorted(changes.items())]
        return f"{data.get('decision')} amended: {'; '.join(parts)}"
    if kind == "decision_withdrawn":
        reason = data.get("reason") or "no reason given"
        return f"{data.get('decision')} withdrawn: {reason}"
    if kind == "channel_changed":
        reason = f" ({data['reason']})" if data.get("reason") else ""
        return f"{channel()} set to {data.get('status')}{reason}"
    if kind == "escalation_adjudicated":
        level = data.get("level")
        name = deck.ladder.name_of(int(level)) if isinstance(level, int) else ""
        reason = f": {data['reason']}" if data.get("reason") else ""
        return f"Escalation adjudicated at {level} ({name}){reason}"
    if kind == "observation_noted":
        label = "Strength" if data.get("kind") == "strength" else "Area for improvement"
        rating = f" [{data['rating']}]" if data.get("rating") else ""
        return f"{label}{rating}: {data.get('text', '')}"
    if kind == "hotwash_noted":
        question = HOTWASH_QUESTIONS.get(str(data.get("field")), str(data.get("field")))
        return f"Hot wash, {question} {data.get('text', '')}"
    if kind == "action_added":
        return f"Improvement action: {data.get('issue', '')} → {data.get('corrective_action', '')}"
    if kind == "event_undone":
        target = str(data.get("type") or "")
        return f"Undo of entry {data.get('target')} ({_EVENT_NAMES.get(target, target)})"
    return describe_event(event, deck)
