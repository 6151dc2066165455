"""One line a person can read for each entry of a session's log."""

from __future__ import annotations

import json
from typing import Any

from tabletop.core.deck.model import Deck
from tabletop.core.store import Event


def describe_event(event: Event, deck: Deck) -> str:
    """One line a person can read for an event of the log."""
    data = event.data
    kind = event.type

    def title(inject_id: str) -> str:
        return deck.inject(inject_id).title if deck.has_inject(inject_id) else inject_id

    def team(team_id: object) -> str:
        ident = str(team_id)
        return deck.team(ident).name if deck.has_team(ident) else ident

    def channel(channel_id: object) -> str:
        ident = str(channel_id)
        return deck.channel(ident).name if deck.has_channel(ident) else ident

    if kind == "session_started":
        return f"Session started{': ' + data['name'] if data.get('name') else ''}"
    if kind == "inject_delivered":
        return f"Inject delivered: {title(str(data.get('inject')))}"
    if kind == "inject_skipped":
        return f"Inject skipped: {title(str(data.get('inject')))} ({data.get('reason', '')})"
    if kind == "decision_recorded":
        over = f" over {channel(data['channel'])}" if data.get("channel") else ""
        who = team(data.get("team"))
        return f"Decision {data.get('decision')} by {who}{over}: {data.get('text')}"
    if kind == "decision_amended":
        raw = data.get("changes")
        changes: dict[str, Any] = raw if isinstance(raw, dict) else {}
        shown = []
        for key, value in changes.items():
            if key == "team":
                value = team(value)
            elif key == "channel":
                value = channel(value) if value else "no channel"
            elif key == "recipients" and isinstance(value, list):
                value = ", ".join(team(r) for r in value) or "everyone on the channel"
            elif isinstance(value, list):
                value = ", ".join(map(str, value))
            shown.append(f"{key} → {value}")
        return f"Decision {data.get('decision')} amended: {'; '.join(shown) or json.dumps(changes)}"
    if kind == "decision_withdrawn":
        return f"Decision {data.get('decision')} withdrawn: {data.get('reason', '')}"
    if kind == "channel_changed":
        return f"{channel(data.get('channel'))} set to {data.get('status')}"
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
    if kind == "expectation_assessed":
        index = data.get("index")
        number = index + 1 if isinstance(index, int) else index
        verdict = str(data.get("verdict") or "").replace("_", " ") or "cleared"
        return f"Expected action {number} of {title(str(data.get('inject')))}: {verdict}"
    if kind == "objective_rated":
        found = deck.objective(str(data.get("objective")))
        what = found.text if found else str(data.get("objective"))
        return f"Objective rated {data.get('rating') or '(cleared)'}: {what}"
    if kind == "level_announced":
        listed = data.get("teams")
        named: list[Any] = listed if isinstance(listed, list) else []
        return "Real escalation level announced to " + (
            ", ".join(team(t) for t in named) or "every team"
        )
    if kind == "submission_returned":
        return f"Returned to {team(data.get('team'))}: {data.get('note', '')}"
    if kind == "event_undone":
        return f"Undid event {data.get('target')} ({data.get('type')})"
    return kind
