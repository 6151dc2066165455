"""Wording both renderers print the same way: table headings, keys, counts, marks.

The PDF and the Word document share nothing but the model and these sentences,
each written whole in the language in force.
"""

from __future__ import annotations

from tabletop.core.i18n import _, ngettext
from tabletop.core.report import clock, words
from tabletop.core.report.model import (
    IN_TRANSIT,
    EscalationChart,
    ExpectedAction,
    LogEntry,
    Response,
    TeamDecisions,
)


def short_note(response: Response) -> str:
    """The outcome note without the channel's name, which the line already gives: why a
    message never arrived, or when it arrives."""
    if response.outcome == "undeliverable":
        if response.channel_status == "closed":
            return words.channel_status("closed")
        if response.channel_status == "proposed":
            return _("only proposed, not yet agreed")
        return response.outcome_note
    if response.outcome == IN_TRANSIT:
        return response.outcome_note
    if response.arrives:
        return _("arrives {time}").format(time=response.arrives)
    return ""


def verdict_and_statement(expected: ExpectedAction) -> tuple[str, str]:
    """The verdict word and what follows it, so the verdict is printed once.

    A statement that opens with its verdict ("Not met by the delivery of …") gives
    ``("Not met", " by the delivery of …")``; one that does not gets ``": "`` before it.
    """
    word = words.verdict(expected.status)
    if expected.statement.startswith(word):
        return word, expected.statement[len(word) :]
    return word, _("{verdict}: {statement}").format(verdict="", statement=expected.statement)


def proposed(change: int) -> str:
    return _("proposed escalation {change}").format(change=f"{change:+d}")


def plan_headings() -> list[str]:
    """The HSEEP improvement plan's column headings (shared with the Word renderer)."""
    return [
        _("Core capability"),
        _("Issue / area for improvement"),
        _("Corrective action"),
        _("Capability element"),
        _("Primary responsible organisation"),
        _("Organisation POC"),
        _("Start date"),
        _("Completion date"),
    ]


def log_marks(entry: LogEntry) -> str:
    """What the event log adds to an entry that was undone or ignored (shared with Word)."""
    marks = ""
    if entry.undone:
        marks += " " + _("[undone later]")
    if entry.ignored:
        marks += " " + _("[ignored: {why}]").format(why=entry.ignored)
    return marks


def escalation_key(chart: EscalationChart) -> list[str]:
    """The chart's key: thresholds, channels that stopped (C1…) and worked again (R1…)."""
    lines = [
        (
            _("Threshold at level {level}: {name}, crossed {time}")
            if t.crossed
            else _("Threshold at level {level}: {name}, not crossed")
        ).format(level=t.level, name=t.name, time=t.crossed)
        for t in chart.thresholds
    ]
    closed = [m for m in chart.closures if not m.reopened]
    reopened = [m for m in chart.closures if m.reopened]
    lines += [
        _("C{n}: {channel} {status}, {time}").format(
            n=i,
            channel=m.channel,
            status=words.channel_status(m.status),
            time=clock.scenario(m.minute),
        )
        for i, m in enumerate(closed, start=1)
    ]
    lines += [
        _("R{n}: {channel} {status} again, {time}").format(
            n=i,
            channel=m.channel,
            status=words.channel_status(m.status),
            time=clock.scenario(m.minute),
        )
        for i, m in enumerate(reopened, start=1)
    ]
    if not closed:
        lines.append(_("No channel stopped working."))
    return lines


def team_facts(team: TeamDecisions) -> str:
    """A team's players and counts, in sentences."""
    counted = ngettext("{n} decision", "{n} decisions", team.counted).format(n=team.counted)
    if team.withdrawn:
        counted = _("{decisions} (and {n} withdrawn, not counted)").format(
            decisions=counted, n=team.withdrawn
        )
    facts = ngettext(
        "{decisions}; {n} message sent: {delivered} delivered, {delayed} delayed, "
        "{undeliverable} undeliverable.",
        "{decisions}; {n} messages sent: {delivered} delivered, {delayed} delayed, "
        "{undeliverable} undeliverable.",
        team.messages,
    ).format(
        decisions=counted,
        n=team.messages,
        delivered=team.delivered,
        delayed=team.delayed,
        undeliverable=team.undeliverable,
    )
    if team.participants:
        facts = _("Players: {players}. {facts}").format(
            players=", ".join(team.participants), facts=facts
        )
    return facts


def branch_test(label: str, held: bool, why: str) -> str:
    """A branch of a branch point, whether it held, and why."""
    pattern = _("{branch}: held ({why})") if held else _("{branch}: did not hold ({why})")
    return pattern.format(branch=label, why=why)
