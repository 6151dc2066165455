"""The Word document: HSEEP AAR/IP layout, real headings, editable tables, charts as images."""

from __future__ import annotations

import datetime as _dt
import io
import zipfile
from collections.abc import Callable, Sequence

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor
from docx.table import Table

from tabletop.core.report.docx import charts
from tabletop.core.report.model import (
    RATING_WORDS,
    SECTIONS,
    STATUS_WORDS,
    Finding,
    ReportModel,
    Response,
)
from tabletop.core.report.progress import Progress, RenderCancelled

PAPERS = {"a4": (Mm(210), Mm(297)), "letter": (Mm(215.9), Mm(279.4))}
MUTED = RGBColor(0x5B, 0x64, 0x70)
ALERT = RGBColor(0xA3, 0x3A, 0x2C)
_CONTROL = {c: " " for c in range(32) if c not in (9, 10)}


def _clean(text: str) -> str:
    """Text Word can hold: control characters other than tab and newline are dropped."""
    return str(text).translate(_CONTROL)


class DocxRenderer:
    def __init__(self, model: ReportModel, paper: str = "a4") -> None:
        self.model = model
        self.doc = Document()
        section = self.doc.sections[0]
        section.page_width, section.page_height = PAPERS[paper]
        section.orientation = WD_ORIENT.PORTRAIT
        for side in ("left_margin", "right_margin"):
            setattr(section, side, Cm(2))
        section.top_margin, section.bottom_margin = Cm(2.2), Cm(2)
        style = self.doc.styles["Normal"]
        style.font.name = "DejaVu Sans"
        style.font.size = Pt(9.5)
        self.width_pt = (PAPERS[paper][0] - Cm(4)) / 12700  # the page less both margins

    # -- building blocks -------------------------------------------------------------------

    def heading(self, text: str, level: int = 1) -> None:
        self.doc.add_heading(_clean(text), level)

    def para(self, text: str, *, muted: bool = False, bold_label: str = "") -> None:
        p = self.doc.add_paragraph()
        if bold_label:
            p.add_run(_clean(bold_label)).bold = True
        run = p.add_run(_clean(text))
        if muted:
            run.font.color.rgb = MUTED

    def bullets(self, items: Sequence[str], empty: str) -> None:
        if not items:
            self.para(empty, muted=True)
        for item in items:
            self.doc.add_paragraph(_clean(item), style="List Bullet")

    def table(
        self, headers: Sequence[str] | None, rows: Sequence[Sequence[str]], widths: Sequence[float]
    ) -> Table:
        columns = len(widths)
        table = self.doc.add_table(rows=0, cols=columns)
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        if headers:
            cells = table.add_row().cells
            for cell, text in zip(cells, headers, strict=True):
                cell.text = ""
                cell.paragraphs[0].add_run(_clean(text)).bold = True
            # the header row repeats on every page the table spans
            tr_pr = table.rows[0]._tr.get_or_add_trPr()
            header = OxmlElement("w:tblHeader")
            header.set(qn("w:val"), "true")
            tr_pr.append(header)
        for row in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, row, strict=True):
                cell.text = _clean(text)
        table.autofit = False
        for column, share in enumerate(widths):
            width = Pt(self.width_pt * share)
            table.columns[column].width = width  # the grid LibreOffice reads
            for cell in table.columns[column].cells:
                cell.width = width  # and each cell's, which Word reads
        self.doc.add_paragraph()
        return table

    def fields(self, fields: Sequence[tuple[str, str]]) -> None:
        table = self.table(None, [(label, value) for label, value in fields], [0.28, 0.72])
        for row in table.rows:
            for run in row.cells[0].paragraphs[0].runs:
                run.bold = True

    def image(self, data: bytes) -> None:
        self.doc.add_picture(io.BytesIO(data), width=Pt(self.width_pt))

    def opening(self, key: str) -> None:
        title, intro = SECTIONS[key]
        self.heading(title, 1)
        if intro:
            self.para(intro)

    # -- the document ----------------------------------------------------------------------

    def render(self, progress: Progress | None = None) -> bytes:
        model = self.model
        steps: list[Callable[[], None]] = [
            self.cover,
            self.overview,
            self.summary,
            self.capabilities,
            self.reviews,
            self.path,
            self.timeline,
            self.escalation,
            self.channels,
            self.teams,
            self.hotwash,
            self.conclusion,
            self.plan,
            self.participants,
            self.acronyms,
            self.event_log,
            self.sources,
        ]
        for number, step in enumerate(steps, start=1):
            step()
            if progress is not None and progress(number / len(steps)) is False:
                raise RenderCancelled()
        props = self.doc.core_properties
        props.title = model.info.title
        props.author = model.info.author
        props.subject = model.info.subject
        props.keywords = model.info.keywords
        props.created = props.modified = model.info.created.replace(tzinfo=None)
        props.last_modified_by = model.info.author
        props.language = model.language
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return _stable_zip(buffer.getvalue(), model.info.created)

    def cover(self) -> None:
        m = self.model
        self.doc.add_paragraph().add_run(m.marking).bold = True
        self.doc.add_paragraph("AFTER-ACTION REPORT / IMPROVEMENT PLAN")
        self.doc.add_heading(_clean(m.exercise), 0)
        self.para(m.deck_title, muted=True)
        badge = self.doc.add_paragraph().add_run(
            "FINAL REPORT" if not m.interim else "INTERIM REPORT: the session was still running"
        )
        badge.bold = True
        badge.font.color.rgb = ALERT if m.interim else RGBColor(0x14, 0x28, 0x3F)
        self.fields(
            [
                ("Exercise dates", m.dates),
                ("Facilitator", m.facilitator or "Not recorded"),
                ("Inject deck", f"{m.deck_title} ({m.deck_id})"),
                ("Session", m.session_id or "—"),
            ]
        )
        self.table(
            ["Reviewed and approved: exercise director (name)", "Signature", "Date"],
            [("", "", "")],
            [0.45, 0.33, 0.22],
        )
        self.doc.add_page_break()

    def overview(self) -> None:
        self.opening("overview")
        self.fields([(f.label, f.value) for f in self.model.overview])

    def summary(self) -> None:
        s = self.model.summary
        self.opening("summary")
        for paragraph in s.paragraphs:
            self.para(paragraph)
        for title, items, empty in (
            ("Major strengths", s.strengths, "No strength was noted or met."),
            ("Primary areas for improvement", s.improvements, "No area for improvement was found."),
            ("Recommendations", s.recommendations, "No recommendation was recorded."),
        ):
            self.heading(title, 2)
            self.bullets(items, empty)
        self.heading("Key figures", 2)
        self.table(["Key figure", "Value"], [(f.label, f.value) for f in s.figures], [0.5, 0.5])
        self.heading("How the figures are counted", 3)
        for d in s.definitions:
            self.para(d.value, bold_label=f"{d.label}: ")

    def _finding(self, finding: Finding) -> None:
        p = self.doc.add_paragraph(style="List Bullet")
        p.add_run(_clean(finding.text) + (f" [{finding.rating}]" if finding.rating else ""))
        p.add_run("\n" + _clean(finding.reference)).font.color.rgb = MUTED
        if finding.root_cause:
            p.add_run("\nRoot cause: ").bold = True
            p.add_run(_clean(finding.root_cause))

    def capabilities(self) -> None:
        m = self.model
        self.opening("capabilities")
        self.table(
            ["Objective", "Core capability", "Evaluator's rating", "Suggested by the data"],
            [
                (
                    o.text,
                    o.capability or "—",
                    RATING_WORDS.get(o.rating, "Not rated by the evaluator")
                    + (f"\n{o.note}" if o.note else ""),
                    RATING_WORDS.get(o.suggested, "No suggestion") + f"\n({o.basis})",
                )
                for o in m.objectives
            ],
            [0.34, 0.18, 0.22, 0.26],
        )
        for capability in m.capabilities:
            self.heading(capability.capability, 2)
            for objective in capability.objectives:
                rating = f" ({RATING_WORDS[objective.rating]})" if objective.rating else ""
                self.heading(objective.objective + rating, 3)
                self.para("Strengths", bold_label="")
                for f in objective.strengths:
                    self._finding(f)
                if not objective.strengths:
                    self.para("None recorded.", muted=True)
                self.para("Areas for improvement")
                for f in objective.improvements:
                    self._finding(f)
                if not objective.improvements:
                    self.para("None recorded.", muted=True)

    def reviews(self) -> None:
        self.opening("reviews")
        if not self.model.reviews:
            self.para("No inject with expected actions was played.", muted=True)
        for review in self.model.reviews:
            self.heading(review.title, 2)
            self.para(review.when, muted=True)
            supposed = "\n".join(
                f"{e.index + 1}. {e.text}\n{STATUS_WORDS[e.status]}: {e.statement}"
                + (f"\nTest: {e.test}" if e.test else "")
                for e in review.expected
            )
            sustain = [f"Sustain: {s}" for s in review.sustain] + [
                f"Improve: {s}" for s in review.improve
            ]
            self.table(
                None,
                [
                    ("What was supposed to happen?", supposed),
                    (
                        "What happened?",
                        "\n".join(f"• {h}" for h in review.happened) or "No decision was recorded.",
                    ),
                    (
                        "Why was there a difference?",
                        "\n".join(f"• {w}" for w in review.why)
                        or "The record shows no cause; see the hot wash.",
                    ),
                    (
                        "What should be sustained, and what improved?",
                        "\n".join(f"• {s}" for s in sustain)
                        or "No observation was noted on this inject.",
                    ),
                ],
                [0.28, 0.72],
            )

    def path(self) -> None:
        p = self.model.path
        self.opening("path")
        self.para(p.summary)
        self.image(charts.path_png(p, self.width_pt))
        self.table(
            ["#", "Inject", "What became of it"],
            [
                (str(s.order) if s.order else "—", s.title, f"{s.status.capitalize()}. {s.how}")
                for s in p.steps
            ],
            [0.06, 0.3, 0.64],
        )
        if p.branch_points:
            self.heading("Branch points", 2)
            for point in p.branch_points:
                self.para(point.sentence)
                self.bullets(
                    [
                        f"{label}: {'held' if held else 'did not hold'} ({why})"
                        for label, held, why in point.tests
                    ],
                    "",
                )

    @staticmethod
    def _response(r: Response) -> str:
        text = f"{r.decision} · {r.team} · {r.kind}"
        if r.channel:
            text += f" over {r.channel}: {r.outcome or 'recorded'}"
            if r.outcome_note:
                text += f" ({r.outcome_note})"
        text += f" · {r.when.scenario}, {r.when.wall}"
        if r.withdrawn:
            text += " · WITHDRAWN (not counted)" + (
                f": {r.withdrawn_reason}" if r.withdrawn_reason else ""
            )
        return text

    def timeline(self) -> None:
        self.opening("timeline")
        for entry in self.model.timeline:
            self.heading(entry.title + (" (skipped)" if entry.status == "skipped" else ""), 2)
            facts = [
                f"{entry.when.scenario} · {entry.when.wall}",
                entry.phase,
                entry.sender and f"from {entry.sender}",
                entry.to and f"{'team-only card for' if entry.team_only else 'to'} {entry.to}",
            ]
            self.para(" · ".join(f for f in facts if f), muted=True)
            if entry.reason:
                label = "Reason for skipping: " if entry.status == "skipped" else "How it came: "
                self.para(entry.reason, bold_label=label)
            if entry.effects:
                self.para(entry.effects, bold_label="Effects: ")
            for item in entry.items:
                if isinstance(item, Response):
                    self.para(self._response(item), muted=True)
                    self.para(item.text)
                else:
                    self.para(
                        f"{item.kind} · {item.text} · {item.when.scenario}, {item.when.wall}",
                        bold_label="Facilitator · ",
                    )

    def escalation(self) -> None:
        chart = self.model.escalation
        self.opening("escalation")
        self.image(charts.escalation_png(chart, self.width_pt))
        lines = [
            f"Threshold at level {t.level}: {t.name}"
            + (f", crossed {t.crossed}" if t.crossed else ", not crossed")
            for t in chart.thresholds
        ]
        self.bullets(lines, "The ladder has no thresholds.")

    def channels(self) -> None:
        a = self.model.channels
        self.opening("channels")
        self.image(charts.availability_png(a, self.width_pt))
        self.heading("Messages per channel", 2)
        self.table(
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
                for r in a.rows
            ],
            [0.25, 0.105, 0.105, 0.09, 0.07, 0.115, 0.10, 0.165],
        )
        self.heading("Decisions that never got through", 2)
        if a.failed:
            self.table(
                ["ID", "Team", "When", "Why it failed", "Text"],
                [
                    (
                        r.decision,
                        r.team,
                        f"{r.when.scenario}\n{r.when.wall}",
                        r.outcome_note,
                        r.text,
                    )
                    for r in a.failed
                ],
                [0.07, 0.18, 0.14, 0.26, 0.35],
            )
        else:
            self.para("Every message sent got through.", muted=True)

    def teams(self) -> None:
        self.opening("teams")
        for team in self.model.teams:
            self.heading(team.team, 2)
            self.para(
                f"{team.counted} decisions"
                + (f" (and {team.withdrawn} withdrawn, not counted)" if team.withdrawn else "")
                + f"; {team.messages} messages sent: {team.delivered} delivered, "
                f"{team.delayed} delayed, {team.undeliverable} undeliverable.",
                muted=True,
            )
            if team.decisions:
                self.table(
                    ["ID", "When", "How", "Decision (in answer to)"],
                    [
                        (
                            r.decision,
                            f"{r.when.scenario}\n{r.when.wall}",
                            self._response(r).split(" · ", 2)[-1],
                            (f"{r.inject}: " if r.inject else "") + r.text,
                        )
                        for r in team.decisions
                    ],
                    [0.07, 0.13, 0.27, 0.53],
                )

    def hotwash(self) -> None:
        self.opening("hotwash")
        if self.model.hotwash:
            self.fields([(f.label, f.value) for f in self.model.hotwash])
        else:
            self.para("No hot wash answers were recorded.", muted=True)

    def conclusion(self) -> None:
        self.opening("conclusion")
        for paragraph in self.model.conclusion:
            self.para(paragraph)
        self.doc.add_page_break()

    def plan(self) -> None:
        self.opening("plan")
        if not self.model.plan:
            self.para("No improvement action was recorded.", muted=True)
            return
        self.table(
            [
                "Core capability",
                "Issue / area for improvement",
                "Corrective action",
                "Capability element",
                "Primary responsible organisation",
                "Organisation POC",
                "Start date",
                "Completion date",
            ],
            [
                (
                    r.capability,
                    r.issue + (f"\n({r.answers})" if r.answers else ""),
                    r.corrective_action,
                    r.element,
                    r.responsible,
                    r.poc,
                    r.start,
                    r.completion,
                )
                for r in self.model.plan
            ],
            [0.12, 0.19, 0.19, 0.11, 0.12, 0.09, 0.09, 0.09],
        )

    def participants(self) -> None:
        self.opening("participants")
        self.table(
            ["Team or role", "Side", "Role", "People"],
            [
                (p.team, p.side or "—", p.role or "—", ", ".join(p.people) or "Not recorded")
                for p in self.model.participants
            ],
            [0.28, 0.12, 0.25, 0.35],
        )

    def acronyms(self) -> None:
        self.opening("acronyms")
        self.table(
            ["Acronym", "Meaning"], [(a.short, a.meaning) for a in self.model.acronyms], [0.2, 0.8]
        )

    def event_log(self) -> None:
        self.opening("log")
        rows = []
        for e in self.model.event_log:
            text = (
                e.text
                + (" [undone later]" if e.undone else "")
                + (f" [ignored: {e.ignored}]" if e.ignored else "")
            )
            rows.append((str(e.seq), e.wall, e.scenario, text))
        self.table(["#", "Wall clock", "Scenario", "Entry"], rows, [0.06, 0.14, 0.14, 0.66])

    def sources(self) -> None:
        self.opening("sources")
        if not self.model.sources:
            self.para("The injects played cite no sources.", muted=True)
            return
        self.table(
            ["Source", "Cited by"],
            [
                (s.citation + (f"\n{s.url}" if s.url else ""), "\n".join(s.cited_by))
                for s in self.model.sources
            ],
            [0.55, 0.45],
        )


def render_docx(model: ReportModel, paper: str = "a4", progress: Progress | None = None) -> bytes:
    """The report as a .docx file's bytes."""
    return DocxRenderer(model, paper).render(progress)


def _stable_zip(data: bytes, when: _dt.datetime) -> bytes:
    """The same package with every entry dated ``when``: python-docx dates them by the clock,
    so two exports of one session would differ in their bytes."""
    stamp = (max(when.year, 1980), when.month, when.day, when.hour, when.minute, when.second)
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()
