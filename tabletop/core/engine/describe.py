"""One line a person can read for each entry of a session's log."""

from __future__ import annotations

import json

from tabletop.core.deck.model import Deck
from tabletop.core.store import Event


def describe_event(event: Event, deck: Deck) -> str:
    """One line a person can read for an event of the log."""
    data = event.data
    kind = event.type

    def title(inject_id: str) -> str:
        return deck.inject(inject_id).title if deck.has_inject(inject_id) else inject_id

    if kind == "session_started":
        return f"Session started{': ' + data['name'] if data.get('name') else ''}"
    if kind == "inject_delivered":
        return f"Inject delivered: {title(str(data.get('inject')))}"
    if kind == "inject_skipped":
        return f"Inject skipped: {title(str(data.get('inject')))} ({data.get('reason', '')})"
    if kind == "decision_recorded":
        over = f" over {data['channel']}" if data.get("channel") else ""
        return f"Decision {data.get('decision')} by {data.get('team')}{over}: {data.get('text')}"
    if kind == "decision_amended":
        return f"Decision {data.get('decision')} amended: {json.dumps(data.get('changes'))}"
    if kind == "decision_withdrawn":
        return f"Decision {data.get('decision')} withdrawn: {data.get('reason', '')}"
    if kind == "channel_changed":
        return f"Channel {data.get('channel')} set to {data.get('status')}"
    if kind == "escalation_adjudicated":
        return f"Escalation adjudicated at {data.get('level')}: {data.get('reason', '')}"
    if kind == "observation_noted":
        return f"Observation ({data.get('kind')}): {data.get('text')}"
    if kind == "clock_paused":
        return "Clock paused"
    if kind == "clock_resumed":
        return "Clock resumed"
    if kind == "hotwash_noted":
        return f"Hot wash ({data.get('field')}): {data.get('text')}"
    if kind == "action_added":
        return f"Improvement action: {data.get('issue')} → {data.get('corrective_action')}"
    if kind == "session_ended":
        return "Session ended"
    if kind == "event_undone":
        return f"Undid event {data.get('target')} ({data.get('type')})"
    return kind
