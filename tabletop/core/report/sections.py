"""The report's sections, in order, as reportlab flowables.

Each function lays out one part of a :class:`ReportModel`. User text goes
through the kit (which escapes it); markup written here wraps only escaped
text.
"""

from __future__ import annotations

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Spacer,
)

from tabletop.core.report import appendices, charts, clock, cover
from tabletop.core.report.layout import Kit
from tabletop.core.report.model import (
    ReportModel,
    Response,
    TimelineEntry,
)
from tabletop.core.report.text import escape, shorten

OUTCOME_WORDS = {"delivered": "delivered", "delayed": "DELAYED", "undeliverable": "NOT DELIVERED"}
HAPPENED_LIMIT = 160  # characters of a decision quoted among the four questions
RATING_WORDS = {
    "P": "P: performed without challenges",
    "S": "S: performed with some challenges",
    "M": "M: performed with major challenges",
    "U": "U: unable to be performed",
}


def story(model: ReportModel, kit: Kit) -> list[Flowable]:
    """The whole document: cover, numbered sections, appendices."""
    parts: list[Flowable] = []
    parts += cover.cover(model, kit)
    for section in (
        overview,
        summary,
        timeline,
        escalation,
        channels,
        teams,
        objectives,
        observations,
        reviews,
        hotwash,
        plan,
    ):
        parts += section(model, kit)
    parts.append(PageBreak())
    for appendix in (appendices.event_log, appendices.participants, appendices.sources):
        parts += appendix(model, kit)
    return parts


# -- the numbered sections --------------------------------------------------------------


def overview(model: ReportModel, kit: Kit) -> list[Flowable]:
    return [
        kit.heading("1. Exercise overview"),
        kit.fields([(f.label, f.value) for f in model.overview]),
    ]


def summary(model: ReportModel, kit: Kit) -> list[Flowable]:
    out: list[Flowable] = [kit.heading("2. Executive summary")]
    out += [kit.text(paragraph) for paragraph in model.summary.paragraphs]
    out.append(Spacer(1, 4))
    out.append(
        kit.table(
            ["Key figure", "Value"],
            [(f.label, f.value) for f in model.summary.figures],
            [0.45, 0.55],
        )
    )
    return out


def _response_line(response: Response, kit: Kit, *, with_team: bool = True) -> list[Flowable]:
    head = f"<b>{escape(response.decision)}</b>"
    if with_team:
        head += f" · {escape(response.team)}"
    head += f" · {escape(response.kind)}"
    if response.channel:
        word = OUTCOME_WORDS.get(response.outcome, response.outcome or "recorded")
        colour = "#a33a2c" if response.outcome == "undeliverable" else "#14283f"
        head += f" over {escape(response.channel)}: <font color='{colour}'>{escape(word)}</font>"
        if response.outcome_note:
            head += f" ({escape(_short_note(response))})"
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
    indent = kit.body.clone("response_text", leftIndent=12, spaceAfter=5)
    return [
        kit.para(head, kit.small.clone("response_head", leftIndent=12, spaceBefore=2)),
        kit.text(response.text, indent),
    ]


def _timeline_entry(entry: TimelineEntry, kit: Kit) -> list[Flowable]:
    title = entry.title
    if entry.status == "skipped":
        title += " (skipped)"
    out: list[Flowable] = [kit.heading(title, 1)]
    facts = [f"{escape(entry.when.scenario)} · {escape(entry.when.wall)}"]
    if entry.phase:
        facts.append(escape(entry.phase))
    if entry.sender:
        facts.append(f"from {escape(entry.sender)}")
    if entry.to:
        facts.append(f"to {escape(entry.to)}")
    out.append(kit.para(" · ".join(facts), kit.muted))
    if entry.reason:
        label = "Reason for skipping" if entry.status == "skipped" else "How it came"
        out.append(kit.para(f"<b>{label}:</b> {escape(entry.reason)}", kit.small))
    if entry.effects:
        out.append(kit.para(f"<b>Effects:</b> {escape(entry.effects)}", kit.small))
    if entry.responses:
        for response in entry.responses:
            out += _response_line(response, kit)
    elif entry.status != "skipped":
        out.append(kit.text("No decision was recorded in answer to this inject.", kit.muted))
    return out


def timeline(model: ReportModel, kit: Kit) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(kit.height * 0.25), kit.heading("3. Timeline")]
    out.append(
        kit.text(
            "Each inject in the order it was played, with the decisions and messages that "
            "answered it. Times are given in scenario time and in wall-clock time (UTC).",
        )
    )
    if not model.timeline:
        out.append(kit.text("No inject was played.", kit.muted))
    for entry in model.timeline:
        out += _timeline_entry(entry, kit)
    return out


def escalation(model: ReportModel, kit: Kit) -> list[Flowable]:
    chart = model.escalation
    drawing = charts.escalation_drawing(chart, kit.width)
    out: list[Flowable] = [
        CondPageBreak(drawing.height + 80),
        kit.heading("4. Escalation"),
        kit.text(
            "The adjudicated escalation level over scenario time, with the level each team "
            "believed the situation to be at (drawn a hair apart, so that a belief equal to the "
            "real level stays visible along it). Dashed horizontal lines mark the ladder's "
            "thresholds; dotted vertical lines (C1, C2…) mark channels that stopped working.",
        ),
        drawing,
    ]
    lines = [
        f"Threshold at level {t.level}: {t.name}"
        + (f", crossed {t.crossed}" if t.crossed else ", not crossed")
        for t in chart.thresholds
    ]
    lines += [
        f"C{i}: {m.channel} {m.status}, {clock.scenario(m.minute)}"
        for i, m in enumerate(chart.closures, start=1)
    ]
    if not chart.closures:
        lines.append("No channel stopped working.")
    out.append(kit.para("<br/>".join(escape(line) for line in lines), kit.caption))
    if chart.thresholds:
        out.append(kit.heading("The ladder's thresholds", 1))
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
    out: list[Flowable] = [
        CondPageBreak(drawing.height + 80),
        kit.heading("5. Channel analysis"),
        kit.text("The status of each communication channel over scenario time."),
        drawing,
        Spacer(1, 8),
        kit.heading("Messages per channel", 1),
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
        ),
        kit.heading("Decisions that never got through", 1),
    ]
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


def _short_note(response: Response) -> str:
    """The outcome note without the channel's name, which the line already gives:
    "closed", "arrives Day 1 07:13"."""
    note = response.outcome_note
    prefix = f"{response.channel} is "
    if note.startswith(prefix):
        note = note[len(prefix) :]
        if note.startswith("degraded; "):
            note = note[len("degraded; ") :]
    return note


def _how(response: Response) -> str:
    """How a decision went out, as markup: kind, channel and what came of it."""
    how = escape(response.kind)
    if response.channel:
        word = OUTCOME_WORDS.get(response.outcome, response.outcome or "recorded")
        colour = "#a33a2c" if response.outcome == "undeliverable" else "#14283f"
        how += f" over {escape(response.channel)}: <font color='{colour}'>{escape(word)}</font>"
        if response.outcome_note:
            how += f" ({escape(_short_note(response))})"
    if response.escalation:
        how += f"; proposed escalation {response.escalation:+d}"
    if response.withdrawn:
        reason = f": {response.withdrawn_reason}" if response.withdrawn_reason else ""
        how += f"<br/><b>WITHDRAWN</b>{escape(reason)}"
    if response.amendments:
        how += f"<br/><i>amended {response.amendments}×</i>"
    return how


def teams(model: ReportModel, kit: Kit) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(kit.height * 0.2), kit.heading("6. Decisions by team")]
    for team in model.teams:
        out.append(kit.heading(team.team, 1))
        facts = (
            f"{clock.plural(len(team.decisions), 'decision')}; "
            f"{clock.plural(team.messages, 'message')} sent: "
            f"{team.delivered} delivered, {team.delayed} delayed, "
            f"{team.undeliverable} undeliverable."
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


def objectives(model: ReportModel, kit: Kit) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(kit.height * 0.2), kit.heading("7. Objectives")]
    out.append(
        kit.text(
            "Each objective carries the most severe P/S/M/U rating noted against it during the "
            "session (P performed without challenges, S with some challenges, M with major "
            "challenges, U unable to be performed).",
        )
    )
    if not model.objectives:
        out.append(kit.text("The deck states no objectives.", kit.muted))
        return out
    out.append(
        kit.table(
            ["Objective", "Capability", "Rating", "Observations"],
            [
                (
                    o.text,
                    o.capability or "—",
                    RATING_WORDS.get(o.rating, "Not rated"),
                    f"{clock.plural(o.strengths, 'strength')}, "
                    f"{clock.plural(o.improvements, 'area')} for improvement"
                    + (f"; ratings noted: {', '.join(o.ratings)}" if o.ratings else ""),
                )
                for o in model.objectives
            ],
            [0.40, 0.18, 0.20, 0.22],
        )
    )
    return out


def observations(model: ReportModel, kit: Kit) -> list[Flowable]:
    out: list[Flowable] = [
        CondPageBreak(kit.height * 0.2),
        kit.heading("8. Strengths and areas for improvement"),
    ]
    for title, items, empty in (
        ("Strengths", model.strengths, "No strength was noted."),
        ("Areas for improvement", model.improvements, "No area for improvement was noted."),
    ):
        out.append(kit.heading(title, 1))
        if not items:
            out.append(kit.text(empty, kit.muted))
            continue
        out.append(
            kit.table(
                ["Observation", "Rating", "Inject", "Objective"],
                [(i.text, i.rating or "—", i.inject or "—", i.objective or "—") for i in items],
                [0.42, 0.10, 0.24, 0.24],
            )
        )
    return out


def _lines(items: list[str], empty: str, limit: int = 0) -> str:
    """Items as bullet lines of markup (each cut to ``limit`` characters if given)."""
    if not items:
        return f"<font color='#5b6470'>{escape(empty)}</font>"
    return "<br/>".join(f"• {escape(shorten(i, limit) if limit else i)}" for i in items)


def reviews(model: ReportModel, kit: Kit) -> list[Flowable]:
    out: list[Flowable] = [
        CondPageBreak(kit.height * 0.2),
        kit.heading("9. The four after-action questions, by inject"),
    ]
    out.append(
        kit.text(
            "For each inject that has expected actions: what was supposed to happen (the deck's "
            "expected actions), what happened (the decisions recorded, in short: section 3 has "
            "them in full), why there was a difference (what the session's data shows), and "
            "what to sustain and improve (the facilitator's observations).",
        )
    )
    if not model.reviews:
        out.append(kit.text("No inject with expected actions was played.", kit.muted))
    for review in model.reviews:
        out.append(kit.heading(review.title, 1))
        sustain = [f"Sustain: {s}" for s in review.sustain]
        improve = [f"Improve: {s}" for s in review.improve]
        answers = (
            ("What was supposed to happen?", _lines(list(review.supposed), "Not stated.")),
            (
                "What happened?",
                _lines(list(review.happened), "No decision was recorded.", HAPPENED_LIMIT),
            ),
            (
                "Why was there a difference?",
                _lines(list(review.why), "The data shows no gap; see the observations."),
            ),
            (
                "What should be sustained, and what improved?",
                _lines(sustain + improve, "No observation was noted on this inject."),
            ),
        )
        rows = [
            (kit.para(escape(question), kit.cell_head), kit.para(answer, kit.cell))
            for question, answer in answers
        ]
        out.append(kit.text(review.when, kit.muted))
        out.append(kit.table(None, rows, [0.27, 0.73], header_column=True))
    return out


def hotwash(model: ReportModel, kit: Kit) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(kit.height * 0.15), kit.heading("10. Hot wash")]
    if model.hotwash:
        out.append(kit.fields([(f.label, f.value) for f in model.hotwash], label_share=0.32))
    else:
        out.append(kit.text("No hot wash answers were recorded.", kit.muted))
    return out


def plan(model: ReportModel, kit: Kit) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(kit.height * 0.2), kit.heading("11. Improvement plan")]
    if not model.plan:
        out.append(
            kit.text(
                "No improvement action was recorded. The areas for improvement in section 8 are "
                "the starting point for one.",
                kit.muted,
            )
        )
        return out
    out.append(
        kit.table(
            [
                "Issue",
                "Corrective action",
                "Capability element",
                "Responsible",
                "Start",
                "Completion",
            ],
            [
                (
                    r.issue,
                    r.corrective_action,
                    r.capability or "—",
                    r.responsible or "—",
                    r.start or "—",
                    r.completion or "—",
                )
                for r in model.plan
            ],
            [0.20, 0.24, 0.15, 0.15, 0.13, 0.13],
        )
    )
    return out
