"""One line a person can read for each entry of a session's log."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from tabletop.core.deck.model import Deck
from tabletop.core.deck.wording import channel_status
from tabletop.core.i18n import _, pgettext
from tabletop.core.store import Event


def _verdict(verdict: object) -> str:
    words = {
        "met": pgettext("expected action, in a sentence", "met"),
        "partly": pgettext("expected action, in a sentence", "partly"),
        "not_met": pgettext("expected action, in a sentence", "not met"),
        "not_observed": pgettext("expected action, in a sentence", "not observed"),
        "": pgettext("expected action, in a sentence", "cleared"),
    }
    text = str(verdict or "")
    return words.get(text, text.replace("_", " "))


def _observation(kind: object) -> str:
    if kind == "strength":
        return pgettext("observation kind", "strength")
    if kind == "improvement":
        return pgettext("observation kind", "improvement")
    return str(kind)


def describe_event(event: Event, deck: Deck, names: Mapping[str, str] | None = None) -> str:
    """One line a person can read for an event of the log (``names``: the teams' names in
    this session, where its setup renamed them; the deck's names otherwise)."""
    data = event.data
    kind = event.type

    def title(inject_id: str) -> str:
        return deck.inject(inject_id).title if deck.has_inject(inject_id) else inject_id

    def team(team_id: object) -> str:
        ident = str(team_id)
        if names and ident in names:
            return names[ident]
        return deck.team(ident).name if deck.has_team(ident) else ident

    def channel(channel_id: object) -> str:
        ident = str(channel_id)
        return deck.channel(ident).name if deck.has_channel(ident) else ident

    if kind == "session_started":
        if data.get("name"):
            return _("Session started: {name}").format(name=data["name"])
        return _("Session started")
    if kind == "inject_delivered":
        return _("Inject delivered: {inject}").format(inject=title(str(data.get("inject"))))
    if kind == "inject_skipped":
        return _("Inject skipped: {inject} ({reason})").format(
            inject=title(str(data.get("inject"))), reason=data.get("reason", "")
        )
    if kind == "decision_recorded":
        who = team(data.get("team"))
        if data.get("channel"):
            return _("Decision {decision} by {team} over {channel}: {text}").format(
                decision=data.get("decision"),
                team=who,
                channel=channel(data["channel"]),
                text=data.get("text"),
            )
        return _("Decision {decision} by {team}: {text}").format(
            decision=data.get("decision"), team=who, text=data.get("text")
        )
    if kind == "decision_amended":
        raw = data.get("changes")
        changes: dict[str, Any] = raw if isinstance(raw, dict) else {}
        shown = []
        for key, value in changes.items():
            if key == "team":
                value = team(value)
            elif key == "channel":
                value = channel(value) if value else _("no channel")
            elif key == "recipients" and isinstance(value, list):
                value = ", ".join(team(r) for r in value) or _("everyone on the channel")
            elif isinstance(value, list):
                value = ", ".join(map(str, value))
            shown.append(f"{key} → {value}")
        return _("Decision {decision} amended: {changes}").format(
            decision=data.get("decision"), changes="; ".join(shown) or json.dumps(changes)
        )
    if kind == "decision_withdrawn":
        return _("Decision {decision} withdrawn: {reason}").format(
            decision=data.get("decision"), reason=data.get("reason", "")
        )
    if kind == "channel_changed":
        return _("{channel} set to {status}").format(
            channel=channel(data.get("channel")), status=channel_status(data.get("status"))
        )
    if kind == "escalation_adjudicated":
        return _("Escalation adjudicated at {level}: {reason}").format(
            level=data.get("level"), reason=data.get("reason", "")
        )
    if kind == "observation_noted":
        return _("Observation ({kind}): {text}").format(
            kind=_observation(data.get("kind")), text=data.get("text")
        )
    if kind == "clock_paused":
        if data.get("on_close") is True:
            return _("Clock paused: the session was closed")
        return _("Clock paused")
    if kind == "clock_resumed":
        return _("Clock resumed")
    if kind == "hotwash_noted":
        return _("Hot wash ({field}): {text}").format(
            field=data.get("field"), text=data.get("text")
        )
    if kind == "action_added":
        return _("Improvement action: {issue} → {action}").format(
            issue=data.get("issue"), action=data.get("corrective_action")
        )
    if kind == "session_ended":
        return _("Session ended")
    if kind == "expectation_assessed":
        index = data.get("index")
        number = index + 1 if isinstance(index, int) else index
        return _("Expected action {number} of {inject}: {verdict}").format(
            number=number,
            inject=title(str(data.get("inject"))),
            verdict=_verdict(data.get("verdict")),
        )
    if kind == "objective_rated":
        found = deck.objective(str(data.get("objective")))
        what = found.text if found else str(data.get("objective"))
        if data.get("rating"):
            return _("Objective rated {rating}: {objective}").format(
                rating=data["rating"], objective=what
            )
        return _("Objective rating cleared: {objective}").format(objective=what)
    if kind == "level_announced":
        listed = data.get("teams")
        named: list[Any] = listed if isinstance(listed, list) else []
        if named:
            return _("Real escalation level announced to {teams}").format(
                teams=", ".join(team(t) for t in named)
            )
        return _("Real escalation level announced to every team")
    if kind == "submission_returned":
        return _("Returned to {team}: {note}").format(
            team=team(data.get("team")), note=data.get("note", "")
        )
    if kind == "event_undone":
        return _("Undid event {number} ({kind})").format(
            number=data.get("target"), kind=data.get("type")
        )
    return kind
