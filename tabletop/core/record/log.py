"""A session's record for other tools: the event log as JSON Lines, decisions as CSV.

Both are made from what :func:`tabletop.core.engine.session.open_state` reads,
so they work on a session that is open in a console, and they change nothing.

**JSON Lines** (``events.jsonl``): one event per line, in the order recorded::

    {"seq": 7, "at": "2026-11-22T09:14:03.120Z", "type": "decision_recorded",
     "scenario": "Day 1 06:52", "team": "us", "inject": "cable-cut",
     "summary": "Decision D3 by us over hotline: Call the Kremlin",
     "undone": false, "ignored": "", "data": {…the event as stored…}}

``at`` is ISO 8601 in UTC; ``scenario`` is the story time when it happened;
``team`` and ``inject`` are ids (null when the event has none); ``undone``
says an undo took it back; ``ignored`` gives the reason when the session's
rules had to skip it.

**CSV** (``decisions.csv``): one row per decision, messages with their
outcome, for a spreadsheet: UTF-8 with a byte-order mark, and any cell that a
spreadsheet would run as a formula is guarded with a leading ``'``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from typing import Any

from tabletop.core.deck.model import Deck, ScenarioTime
from tabletop.core.engine.session import describe_event
from tabletop.core.engine.state import Folder, SessionState
from tabletop.core.msel.columns import neutralise
from tabletop.core.store import format_time

LOG_FIELDS = (
    "seq",
    "at",
    "type",
    "scenario",
    "team",
    "inject",
    "summary",
    "undone",
    "ignored",
    "data",
)

DECISION_COLUMNS = (
    "decision",
    "recorded_at",
    "scenario_time",
    "inject",
    "inject_title",
    "team",
    "team_name",
    "kind",
    "channel",
    "channel_name",
    "recipients",
    "text",
    "tags",
    "escalation",
    "outcome",
    "arrives_at",
    "outcome_reason",
    "withdrawn",
    "amendments",
)


def scenario_text(minutes: float) -> str:
    return str(ScenarioTime.from_minutes(minutes))


def log_entries(deck: Deck, state: SessionState) -> Iterator[dict[str, Any]]:
    """Each event of the session as a plain record (see the module's description)."""
    folder = Folder(deck)
    folder.state.undone = set(state.undone)
    ignored = {anomaly.seq: anomaly.message for anomaly in state.anomalies}
    decision_team: dict[str, str] = {}
    names = state.team_names()
    for event in state.events:
        folder.apply(event)
        scenario = folder.state.scenario_at(event.at)
        data = event.data
        team = data.get("team")
        if event.type == "decision_recorded" and isinstance(data.get("decision"), str):
            decision_team[data["decision"]] = str(team)
        elif event.type in ("decision_amended", "decision_withdrawn"):
            team = decision_team.get(str(data.get("decision")))
        inject = data.get("inject")
        yield {
            "seq": event.seq,
            "at": format_time(event.at),
            "type": event.type,
            "scenario": scenario_text(scenario),
            "team": team if isinstance(team, str) and team else None,
            "inject": inject if isinstance(inject, str) and inject else None,
            "summary": describe_event(event, deck, names),
            "undone": event.seq in state.undone,
            "ignored": ignored.get(event.seq, ""),
            "data": data,
        }


def jsonl_bytes(deck: Deck, state: SessionState) -> bytes:
    """The event log as JSON Lines (UTF-8, one event per line, ``\\n`` after each)."""
    lines = [
        json.dumps(entry, ensure_ascii=False, sort_keys=False, separators=(",", ":"))
        for entry in log_entries(deck, state)
    ]
    return ("".join(line + "\n" for line in lines)).encode("utf-8")


def decision_rows(deck: Deck, state: SessionState) -> Iterator[dict[str, Any]]:
    """One row per decision, in the order recorded, with its message's outcome."""
    channels = {channel.id: channel.name for channel in deck.channels}
    for decision in sorted(state.decisions.values(), key=lambda d: d.seq):
        outcome = decision.outcome
        title = deck.inject(decision.inject).title if deck.has_inject(decision.inject) else ""
        yield {
            "decision": decision.id,
            "recorded_at": format_time(decision.at),
            "scenario_time": scenario_text(decision.scenario),
            "inject": decision.inject,
            "inject_title": title,
            "team": decision.team,
            "team_name": state.team_name(decision.team),
            "kind": decision.kind,
            "channel": decision.channel,
            "channel_name": channels.get(decision.channel, decision.channel),
            "recipients": ", ".join(decision.recipients),
            "text": decision.text,
            "tags": ", ".join(decision.tags),
            "escalation": decision.escalation,
            "outcome": outcome.status if outcome else "",
            "arrives_at": (
                scenario_text(outcome.arrives_at)
                if outcome and outcome.arrives_at is not None
                else ""
            ),
            "outcome_reason": outcome.reason if outcome else "",
            "withdrawn": "yes" if decision.withdrawn else "",
            "amendments": len(decision.amendments),
        }


def csv_bytes(rows: Iterator[Mapping[str, Any]], columns: tuple[str, ...]) -> bytes:
    """Rows as CSV for a spreadsheet: BOM, CRLF, every text cell guarded against formulas."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(column)) for column in columns])
    return buffer.getvalue().encode("utf-8-sig")


def _cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, str):
        return neutralise(value)
    return value


def decisions_csv(deck: Deck, state: SessionState) -> bytes:
    return csv_bytes(decision_rows(deck, state), DECISION_COLUMNS)
