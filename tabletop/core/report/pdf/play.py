"""The sections about play itself: timeline, escalation, channels, teams, hot wash, conclusion."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from tabletop.core.i18n import _
from tabletop.core.report import labels, tables, words
from tabletop.core.report.model import (
    FacilitatorAction,
    ReportModel,
    Response,
    TimelineEntry,
)
from tabletop.core.report.pdf import charts
from tabletop.core.report.pdf.layout import Kit, opening, subheading
from tabletop.core.report.pdf.text import bold, escape


def _outcome(response: Response) -> str:
    word = words.outcome_mark(response.outcome)
    colour = "#a33a2c" if response.outcome == "undeliverable" else "#14283f"
    marked = f"<font color='{colour}'>{escape(word)}</font>"
    note = labels.short_note(response)
    if note:
        return " " + _("over {channel}: {outcome} ({note})").format(
            channel=escape(response.channel), outcome=marked, note=escape(note)
        )
    return " " + _("over {channel}: {outcome}").format(
        channel=escape(response.channel), outcome=marked
    )


def _response_line(response: Response, kit: Kit) -> Flowable:
    head = f"<b>{escape(response.decision)}</b> · {escape(response.team)} · {escape(response.kind)}"
    if response.channel:
        head += _outcome(response)
    if response.escalation:
        head += f" · {escape(labels.proposed(response.escalation))}"
    head += f" · {escape(response.when.scenario)}, {escape(response.when.wall)}"
    notes = []
    if response.withdrawn:
        notes.append(
            _("WITHDRAWN: {reason}").format(reason=response.withdrawn_reason)
            if response.withdrawn_reason
            else _("WITHDRAWN")
        )
    if response.amendments:
        notes.append(_("amended {n}×").format(n=response.amendments))
    if response.tags:
        notes.append(_("tags: {tags}").format(tags=", ".join(response.tags)))
    if notes:
        head += f" · <i>{escape('; '.join(notes))}</i>"
    return KeepTogether(
        [
            kit.para(head, kit.small.clone("response_head", leftIndent=12, spaceBefore=2)),
            kit.text(response.text, kit.body.clone("response_text", leftIndent=12, spaceAfter=5)),
        ]
    )


def _action_line(action: FacilitatorAction, kit: Kit) -> Flowable:
    facilitator = bold(_("Facilitator"))
    return kit.para(
        f"<font color='#5b3a8a'>{facilitator} · {escape(action.kind)}</font> · "
        f"{escape(action.text)} · {escape(action.when.scenario)}, {escape(action.when.wall)}",
        kit.small.clone("action_line", leftIndent=12, spaceBefore=2, spaceAfter=4),
    )


def _timeline_entry(entry: TimelineEntry, kit: Kit) -> list[Flowable]:
    title = entry.title
    if entry.status == "skipped":
        title = _("{title} (skipped)").format(title=entry.title)
    facts = [f"{escape(entry.when.scenario)} · {escape(entry.when.wall)}"]
    if entry.phase:
        facts.append(escape(entry.phase))
    if entry.sender:
        facts.append(escape(_("from {sender}").format(sender=entry.sender)))
    if entry.to:
        words = _("team-only card for {teams}") if entry.team_only else _("to {teams}")
        facts.append(escape(words.format(teams=entry.to)))
    out: list[Flowable] = [*subheading(title, kit), kit.para(" · ".join(facts), kit.muted)]
    if entry.reason:
        label = _("Reason for skipping:") if entry.status == "skipped" else _("How it came:")
        out.append(kit.para(f"<b>{escape(label)}</b> {escape(entry.reason)}", kit.small))
    if entry.effects:
        label = _("Effects:")
        out.append(kit.para(f"<b>{escape(label)}</b> {escape(entry.effects)}", kit.small))
    items = entry.items
    for item in items:
        if isinstance(item, Response):
            out.append(_response_line(item, kit))
        else:
            out.append(_action_line(item, kit))
    if not entry.responses and entry.status != "skipped":
        out.append(kit.text(_("No decision was recorded in answer to this inject."), kit.muted))
    return out


def timeline(model: ReportModel, kit: Kit) -> list[Flowable]:
    out = opening("timeline", kit, 0.25)
    if not model.timeline:
        out.append(kit.text(_("No inject was played."), kit.muted))
    for entry in model.timeline:
        out += _timeline_entry(entry, kit)
    return out


def escalation(model: ReportModel, kit: Kit) -> list[Flowable]:
    chart = model.escalation
    drawing = charts.escalation_drawing(chart, kit.width)
    lines = labels.escalation_key(chart)
    caption = kit.para("<br/>".join(escape(line) for line in lines), kit.caption)
    out = opening("escalation", kit, min(0.95, (drawing.height + 120) / kit.height))
    out.append(KeepTogether([drawing, caption]))
    if chart.thresholds:
        out += subheading(_("The ladder's thresholds"), kit)
        out.append(
            kit.table(
                [_("Level"), _("Threshold, as the facilitator announces it"), _("Crossed")],
                [(str(t.level), t.text or t.name, t.crossed or _("No")) for t in chart.thresholds],
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
    out += subheading(_("Messages per channel"), kit)
    out.append(
        kit.table(
            *tables.messages_per_channel(analysis),
            [0.25, 0.105, 0.105, 0.09, 0.07, 0.115, 0.10, 0.165],
            numeric=(3, 4, 5, 6, 7),
        )
    )
    out += subheading(_("Decisions that never got through"), kit)
    if analysis.failed:
        out.append(
            kit.table(
                [_("ID"), _("Team"), _("When"), _("Why it failed"), _("Text")],
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
        out.append(kit.text(_("Every message sent got through."), kit.muted))
    return out


def _how(response: Response) -> str:
    how = escape(response.kind)
    if response.channel:
        how += _outcome(response)
    if response.escalation:
        how += "; " + escape(labels.proposed(response.escalation))
    if response.withdrawn:
        withdrawn = bold(_("WITHDRAWN"))
        if response.withdrawn_reason:
            how += "<br/>" + _("{withdrawn}: {reason} (not counted)").format(
                withdrawn=withdrawn, reason=escape(response.withdrawn_reason)
            )
        else:
            how += "<br/>" + _("{withdrawn} (not counted)").format(withdrawn=withdrawn)
    if response.amendments:
        amended = _("amended {n}×").format(n=response.amendments)
        how += f"<br/><i>{escape(amended)}</i>"
    return how


def teams(model: ReportModel, kit: Kit) -> list[Flowable]:
    out = opening("teams", kit)
    for team in model.teams:
        out += subheading(team.team, kit)
        out.append(kit.text(labels.team_facts(team), kit.muted))
        if not team.decisions:
            out.append(kit.text(_("No decision was recorded."), kit.muted))
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
                [_("ID"), _("When"), _("How"), _("Decision (in answer to)")],
                rows,
                [0.07, 0.13, 0.27, 0.53],
            )
        )
    return out


def hotwash(model: ReportModel, kit: Kit) -> list[Flowable]:
    out = opening("hotwash", kit, 0.15)
    if model.hotwash:
        out.append(kit.fields([(f.label, f.value) for f in model.hotwash], label_share=0.32))
    else:
        out.append(kit.text(_("No hot wash answers were recorded."), kit.muted))
    return out


def conclusion(model: ReportModel, kit: Kit) -> list[Flowable]:
    out = opening("conclusion", kit, 0.15)
    out += [kit.text(paragraph) for paragraph in model.conclusion]
    return out
