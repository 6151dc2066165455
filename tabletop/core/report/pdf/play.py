"""The sections about play itself: timeline, escalation, channels, teams, hot wash, conclusion."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from tabletop.core.report import clock
from tabletop.core.report.model import FacilitatorAction, ReportModel, Response, TimelineEntry
from tabletop.core.report.pdf import charts
from tabletop.core.report.pdf.layout import Kit, opening, subheading
from tabletop.core.report.pdf.text import escape

OUTCOME_WORDS = {"delivered": "delivered", "delayed": "DELAYED", "undeliverable": "NOT DELIVERED"}


def _short_note(response: Response) -> str:
    """The outcome note without the channel's name, which the line already gives."""
    note = response.outcome_note
    prefix = f"{response.channel} is "
    if note.startswith(prefix):
        note = note[len(prefix) :]
        if note.startswith("degraded; "):
            note = note[len("degraded; ") :]
    return note


def _outcome(response: Response) -> str:
    word = OUTCOME_WORDS.get(response.outcome, response.outcome or "recorded")
    colour = "#a33a2c" if response.outcome == "undeliverable" else "#14283f"
    text = f" over {escape(response.channel)}: <font color='{colour}'>{escape(word)}</font>"
    if response.outcome_note:
        text += f" ({escape(_short_note(response))})"
    return text


def _response_line(response: Response, kit: Kit) -> Flowable:
    head = f"<b>{escape(response.decision)}</b> · {escape(response.team)} · {escape(response.kind)}"
    if response.channel:
        head += _outcome(response)
    if response.escalation:
        head += f" · proposed escalation {response.escalation:+d}"
    head += f" · {escape(response.when.scenario)}, {escape(response.when.wall)}"
    notes = []
    if response.withdrawn:
        notes.append(
            "WITHDRAWN" + (f": {response.withdrawn_reason}" if response.withdrawn_reason else "")
        )
    if response.amendments:
        notes.append(f"amended {response.amendments}×")
    if response.tags:
        notes.append("tags: " + ", ".join(response.tags))
    if notes:
        head += f" · <i>{escape('; '.join(notes))}</i>"
    return KeepTogether(
        [
            kit.para(head, kit.small.clone("response_head", leftIndent=12, spaceBefore=2)),
            kit.text(response.text, kit.body.clone("response_text", leftIndent=12, spaceAfter=5)),
        ]
    )


def _action_line(action: FacilitatorAction, kit: Kit) -> Flowable:
    return kit.para(
        f"<font color='#5b3a8a'><b>Facilitator</b> · {escape(action.kind)}</font> · "
        f"{escape(action.text)} · {escape(action.when.scenario)}, {escape(action.when.wall)}",
        kit.small.clone("action_line", leftIndent=12, spaceBefore=2, spaceAfter=4),
    )


def _timeline_entry(entry: TimelineEntry, kit: Kit) -> list[Flowable]:
    title = entry.title + (" (skipped)" if entry.status == "skipped" else "")
    facts = [f"{escape(entry.when.scenario)} · {escape(entry.when.wall)}"]
    if entry.phase:
        facts.append(escape(entry.phase))
    if entry.sender:
        facts.append(f"from {escape(entry.sender)}")
    if entry.to:
        facts.append(f"{'team-only card for' if entry.team_only else 'to'} {escape(entry.to)}")
    out: list[Flowable] = [*subheading(title, kit), kit.para(" · ".join(facts), kit.muted)]
    if entry.reason:
        label = "Reason for skipping" if entry.status == "skipped" else "How it came"
        out.append(kit.para(f"<b>{label}:</b> {escape(entry.reason)}", kit.small))
    if entry.effects:
        out.append(kit.para(f"<b>Effects:</b> {escape(entry.effects)}", kit.small))
    items = entry.items
    for item in items:
        if isinstance(item, Response):
            out.append(_response_line(item, kit))
        else:
            out.append(_action_line(item, kit))
    if not entry.responses and entry.status != "skipped":
        out.append(kit.text("No decision was recorded in answer to this inject.", kit.muted))
    return out


def timeline(model: ReportModel, kit: Kit) -> list[Flowable]:
    out = opening("timeline", kit, 0.25)
    if not model.timeline:
        out.append(kit.text("No inject was played.", kit.muted))
    for entry in model.timeline:
        out += _timeline_entry(entry, kit)
    return out


def escalation(model: ReportModel, kit: Kit) -> list[Flowable]:
    chart = model.escalation
    drawing = charts.escalation_drawing(chart, kit.width)
    lines = [
        f"Threshold at level {t.level}: {t.name}"
        + (f", crossed {t.crossed}" if t.crossed else ", not crossed")
        for t in chart.thresholds
    ]
    closed = [m for m in chart.closures if not m.reopened]
    reopened = [m for m in chart.closures if m.reopened]
    lines += [
        f"C{i}: {m.channel} {m.status}, {clock.scenario(m.minute)}"
        for i, m in enumerate(closed, start=1)
    ]
    lines += [
        f"R{i}: {m.channel} {m.status} again, {clock.scenario(m.minute)}"
        for i, m in enumerate(reopened, start=1)
    ]
    if not closed:
        lines.append("No channel stopped working.")
    caption = kit.para("<br/>".join(escape(line) for line in lines), kit.caption)
    out = opening("escalation", kit, min(0.95, (drawing.height + 120) / kit.height))
    out.append(KeepTogether([drawing, caption]))
    if chart.thresholds:
        out += subheading("The ladder's thresholds", kit)
        out.append(
            kit.table(
                ["Level", "Threshold, as the facilitator announces it", "Crossed"],
                [(str(t.level), t.text or t.name, t.crossed or "No") for t in chart.thresholds],
                [0.08, 0.72, 0.20],
                numeric=(0,),
            )
        )
    return out


def channels(model: ReportModel, kit: Kit) -> list[Flowable]:
    analysis = model.channels
    drawing = charts.availability_drawing(analysis, kit.width)
    out = opening("channels", kit, min(0.95, (drawing.height + 80) / kit.height))
    out.append(drawing)
    out.append(Spacer(1, 8))
    out += subheading("Messages per channel", kit)
    out.append(
        kit.table(
            ["Channel", "Start", "End", "Worked", "Sent", "Delivered", "Delayed", "Undeliverable"],
            [
                (
                    r.channel,
                    r.start_status,
                    r.end_status,
                    r.available,
                    str(r.attempts),
                    str(r.delivered),
                    str(r.delayed),
                    str(r.undeliverable),
                )
                for r in analysis.rows
            ],
            [0.25, 0.105, 0.105, 0.09, 0.07, 0.115, 0.10, 0.165],
            numeric=(3, 4, 5, 6, 7),
        )
    )
    out += subheading("Decisions that never got through", kit)
    if analysis.failed:
        out.append(
            kit.table(
                ["ID", "Team", "When", "Why it failed", "Text"],
                [
                    (
                        r.decision,
                        r.team,
                        f"{r.when.scenario}\n{r.when.wall}",
                        r.outcome_note,
                        r.text,
                    )
                    for r in analysis.failed
                ],
                [0.07, 0.18, 0.14, 0.26, 0.35],
            )
        )
    else:
        out.append(kit.text("Every message sent got through.", kit.muted))
    return out


def _how(response: Response) -> str:
    how = escape(response.kind)
    if response.channel:
        how += _outcome(response)
    if response.escalation:
        how += f"; proposed escalation {response.escalation:+d}"
    if response.withdrawn:
        reason = f": {response.withdrawn_reason}" if response.withdrawn_reason else ""
        how += f"<br/><b>WITHDRAWN</b>{escape(reason)} (not counted)"
    if response.amendments:
        how += f"<br/><i>amended {response.amendments}×</i>"
    return how


def teams(model: ReportModel, kit: Kit) -> list[Flowable]:
    out = opening("teams", kit)
    for team in model.teams:
        out += subheading(team.team, kit)
        facts = (
            f"{clock.plural(team.counted, 'decision')}"
            + (f" (and {team.withdrawn} withdrawn, not counted)" if team.withdrawn else "")
            + f"; {clock.plural(team.messages, 'message')} sent: {team.delivered} delivered, "
            f"{team.delayed} delayed, {team.undeliverable} undeliverable."
        )
        if team.participants:
            facts = f"Players: {', '.join(team.participants)}. " + facts
        out.append(kit.text(facts, kit.muted))
        if not team.decisions:
            out.append(kit.text("No decision was recorded.", kit.muted))
            continue
        rows = []
        for r in team.decisions:
            answer = f"<i>{escape(r.inject)}</i><br/>" if r.inject else ""
            rows.append(
                (
                    r.decision,
                    f"{r.when.scenario}\n{r.when.wall}",
                    kit.para(_how(r), kit.cell),
                    kit.para(answer + escape(r.text), kit.cell),
                )
            )
        out.append(
            kit.table(
                ["ID", "When", "How", "Decision (in answer to)"], rows, [0.07, 0.13, 0.27, 0.53]
            )
        )
    return out


def hotwash(model: ReportModel, kit: Kit) -> list[Flowable]:
    out = opening("hotwash", kit, 0.15)
    if model.hotwash:
        out.append(kit.fields([(f.label, f.value) for f in model.hotwash], label_share=0.32))
    else:
        out.append(kit.text("No hot wash answers were recorded.", kit.muted))
    return out


def conclusion(model: ReportModel, kit: Kit) -> list[Flowable]:
    out = opening("conclusion", kit, 0.15)
    out += [kit.text(paragraph) for paragraph in model.conclusion]
    return out
