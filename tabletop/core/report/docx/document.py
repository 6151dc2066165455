"""The Word document: HSEEP AAR/IP layout, real headings, editable tables, charts as images."""

from __future__ import annotations

import datetime as _dt
import functools
import io
import math
import zipfile
from collections.abc import Callable, Sequence
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor
from docx.table import Table

from tabletop.core import i18n, paths
from tabletop.core.i18n import _
from tabletop.core.report import labels, tables, words
from tabletop.core.report.docx import charts
from tabletop.core.report.model import Finding, ReportModel, Response, section
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
        self.paper = PAPERS[paper]
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
            for cell, text, share in zip(cells, headers, widths, strict=True):
                cell.text = ""
                run = cell.paragraphs[0].add_run(_clean(text))
                run.bold = True
                run.font.size = _fitting_size([text], self.width_pt * share, bold=True)
            # the header row repeats on every page the table spans
            tr_pr = table.rows[0]._tr.get_or_add_trPr()
            header = OxmlElement("w:tblHeader")
            header.set(qn("w:val"), "true")
            tr_pr.append(header)
        sizes = [
            _fitting_size([row[c] for row in rows], self.width_pt * share)
            for c, share in enumerate(widths)
        ]
        for row in rows:
            cells = table.add_row().cells
            for cell, text, size in zip(cells, row, sizes, strict=True):
                cell.text = _clean(text)
                if size is not None:
                    for paragraph in cell.paragraphs:
                        for run in paragraph.runs:
                            run.font.size = size
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
        title, intro = section(key)
        self.heading(title, 1)
        if intro:
            self.para(intro)

    # -- the document ----------------------------------------------------------------------

    def render(self, progress: Progress | None = None) -> bytes:
        """The .docx file's bytes, in the report's language."""
        with i18n.language(self.model.language):
            return self._render(progress)

    def _render(self, progress: Progress | None) -> bytes:
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
        self.doc.add_paragraph(_("AFTER-ACTION REPORT / IMPROVEMENT PLAN"))
        self.doc.add_heading(_clean(m.exercise), 0)
        self.para(m.deck_title, muted=True)
        badge = self.doc.add_paragraph().add_run(
            _("FINAL REPORT")
            if not m.interim
            else _("INTERIM REPORT: the session was still running")
        )
        badge.bold = True
        badge.font.color.rgb = ALERT if m.interim else RGBColor(0x14, 0x28, 0x3F)
        self.fields(
            [
                (_("Exercise dates"), m.dates),
                (_("Facilitator"), m.facilitator or _("Not recorded")),
                (_("Inject deck"), _("{title} ({id})").format(title=m.deck_title, id=m.deck_id)),
                (_("Session"), m.session_id or "—"),
            ]
        )
        self.table(
            [_("Reviewed and approved: exercise director (name)"), _("Signature"), _("Date")],
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
            (_("Major strengths"), s.strengths, _("No strength was noted or met.")),
            (
                _("Primary areas for improvement"),
                s.improvements,
                _("No area for improvement was found."),
            ),
            (_("Recommendations"), s.recommendations, _("No recommendation was recorded.")),
        ):
            self.heading(title, 2)
            self.bullets(items, empty)
        self.heading(_("Key figures"), 2)
        self.table(
            [_("Key figure"), _("Value")], [(f.label, f.value) for f in s.figures], [0.5, 0.5]
        )
        self.heading(_("How the figures are counted"), 3)
        for d in s.definitions:
            self.para(d.value, bold_label=_("{label}: ").format(label=d.label))

    def _finding(self, finding: Finding) -> None:
        p = self.doc.add_paragraph(style="List Bullet")
        p.add_run(_clean(finding.text) + (f" [{finding.rating}]" if finding.rating else ""))
        p.add_run("\n" + _clean(finding.reference)).font.color.rgb = MUTED
        if finding.root_cause:
            p.add_run("\n" + _("Root cause:") + " ").bold = True
            p.add_run(_clean(finding.root_cause))

    def capabilities(self) -> None:
        m = self.model
        self.opening("capabilities")
        self.table(
            [
                _("Objective"),
                _("Core capability"),
                _("Evaluator's rating"),
                _("Suggested by the data"),
            ],
            [
                (
                    o.text,
                    o.capability or "—",
                    (words.rating_words(o.rating) or _("Not rated by the evaluator"))
                    + (f"\n{o.note}" if o.note else ""),
                    (words.rating_words(o.suggested) or _("No suggestion")) + f"\n({o.basis})",
                )
                for o in m.objectives
            ],
            [0.34, 0.18, 0.22, 0.26],
        )
        for capability in m.capabilities:
            self.heading(capability.capability, 2)
            for objective in capability.objectives:
                title = objective.objective
                if objective.rating:
                    title = _("{objective} ({rating})").format(
                        objective=title, rating=words.rating_words(objective.rating)
                    )
                self.heading(title, 3)
                self.para(_("Strengths"), bold_label="")
                for f in objective.strengths:
                    self._finding(f)
                if not objective.strengths:
                    self.para(_("None recorded."), muted=True)
                self.para(_("Areas for improvement"))
                for f in objective.improvements:
                    self._finding(f)
                if not objective.improvements:
                    self.para(_("None recorded."), muted=True)

    def reviews(self) -> None:
        self.opening("reviews")
        if not self.model.reviews:
            self.para(_("No inject with expected actions was played."), muted=True)
        for review in self.model.reviews:
            self.heading(review.title, 2)
            self.para(review.when, muted=True)
            supposed = "\n".join(
                f"{e.index + 1}. {e.text}\n"
                + "".join(labels.verdict_and_statement(e))
                + ("\n" + _("Test: {test}").format(test=e.test) if e.test else "")
                for e in review.expected
            )
            sustain = [_("Sustain: {text}").format(text=s) for s in review.sustain] + [
                _("Improve: {text}").format(text=s) for s in review.improve
            ]
            self.table(
                None,
                [
                    (words.hotwash_question("supposed"), supposed),
                    (
                        words.hotwash_question("happened"),
                        "\n".join(f"• {h}" for h in review.happened)
                        or _("No decision was recorded."),
                    ),
                    (
                        words.hotwash_question("why"),
                        "\n".join(f"• {w}" for w in review.why)
                        or _("The record shows no cause; see the hot wash."),
                    ),
                    (
                        words.hotwash_question("sustain_improve"),
                        "\n".join(f"• {s}" for s in sustain)
                        or _("No observation was noted on this inject."),
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
            *tables.injects_on_the_path(p),
            [0.06, 0.3, 0.64],
        )
        if p.branch_points:
            self.heading(_("Branch points"), 2)
            for point in p.branch_points:
                self.para(point.sentence)
                self.bullets(
                    [labels.branch_test(label, held, why) for label, held, why in point.tests],
                    "",
                )

    @staticmethod
    def _how(r: Response) -> str:
        """How a decision went out and what came of it."""
        text = r.kind
        if r.channel:
            note = labels.short_note(r)
            outcome = words.outcome(r.outcome)
            text += " " + (
                _("over {channel}: {outcome} ({note})").format(
                    channel=r.channel, outcome=outcome, note=note
                )
                if note
                else _("over {channel}: {outcome}").format(channel=r.channel, outcome=outcome)
            )
        if r.escalation:
            text += "; " + labels.proposed(r.escalation)
        if r.withdrawn:
            text += " · " + (
                _("WITHDRAWN (not counted): {reason}").format(reason=r.withdrawn_reason)
                if r.withdrawn_reason
                else _("WITHDRAWN (not counted)")
            )
        return text

    @classmethod
    def _response(cls, r: Response) -> str:
        return f"{r.decision} · {r.team} · {cls._how(r)} · {r.when.scenario}, {r.when.wall}"

    def timeline(self) -> None:
        self.opening("timeline")
        for entry in self.model.timeline:
            title = entry.title
            if entry.status == "skipped":
                title = _("{title} (skipped)").format(title=entry.title)
            self.heading(title, 2)
            facts = [
                f"{entry.when.scenario} · {entry.when.wall}",
                entry.phase,
                entry.sender and _("from {sender}").format(sender=entry.sender),
                entry.to
                and (
                    _("team-only card for {teams}") if entry.team_only else _("to {teams}")
                ).format(teams=entry.to),
            ]
            self.para(" · ".join(f for f in facts if f), muted=True)
            if entry.reason:
                label = (
                    _("Reason for skipping:") if entry.status == "skipped" else _("How it came:")
                )
                self.para(entry.reason, bold_label=label + " ")
            if entry.effects:
                self.para(entry.effects, bold_label=_("Effects:") + " ")
            for item in entry.items:
                if isinstance(item, Response):
                    self.para(self._response(item), muted=True)
                    self.para(item.text)
                else:
                    self.para(
                        f"{item.kind} · {item.text} · {item.when.scenario}, {item.when.wall}",
                        bold_label=_("Facilitator") + " · ",
                    )

    def escalation(self) -> None:
        chart = self.model.escalation
        self.opening("escalation")
        self.image(charts.escalation_png(chart, self.width_pt))
        self.bullets(labels.escalation_key(chart), "")

    def channels(self) -> None:
        a = self.model.channels
        self.opening("channels")
        self.image(charts.availability_png(a, self.width_pt))
        self.heading(_("Messages per channel"), 2)
        self.table(
            *tables.messages_per_channel(a),
            [0.22, 0.10, 0.10, 0.09, 0.08, 0.10, 0.13, 0.18],
        )
        self.heading(_("Decisions that never got through"), 2)
        if a.failed:
            self.table(
                [_("ID"), _("Team"), _("When"), _("Why it failed"), _("Text")],
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
            self.para(_("Every message sent got through."), muted=True)

    def teams(self) -> None:
        self.opening("teams")
        for team in self.model.teams:
            self.heading(team.team, 2)
            self.para(labels.team_facts(team), muted=True)
            if team.decisions:
                self.table(
                    [_("ID"), _("When"), _("How"), _("Decision (in answer to)")],
                    [
                        (
                            r.decision,
                            f"{r.when.scenario}\n{r.when.wall}",
                            self._how(r),
                            _("{inject}: {text}").format(inject=r.inject, text=r.text)
                            if r.inject
                            else r.text,
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
            self.para(_("No hot wash answers were recorded."), muted=True)

    def conclusion(self) -> None:
        self.opening("conclusion")
        for paragraph in self.model.conclusion:
            self.para(paragraph)
        if not self.model.plan:  # else the plan's landscape pages begin a new page
            self.doc.add_page_break()

    def _pages(self, orientation: WD_ORIENT) -> None:
        """Go on from a new page turned this way (a section of its own, margins kept)."""
        width, height = self.paper
        if orientation == WD_ORIENT.LANDSCAPE:
            width, height = height, width
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = orientation
        section.page_width, section.page_height = width, height
        self.width_pt = (width - Cm(4)) / 12700

    def plan(self) -> None:
        if not self.model.plan:
            self.opening("plan")
            self.para(_("No improvement action was recorded."), muted=True)
            return
        # eight columns, as HSEEP's own improvement plan: on landscape pages
        self._pages(WD_ORIENT.LANDSCAPE)
        self.opening("plan")
        self._plan_table()
        self._pages(WD_ORIENT.PORTRAIT)

    def _plan_table(self) -> None:
        self.table(
            labels.plan_headings(),
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
            [0.12, 0.18, 0.18, 0.11, 0.12, 0.10, 0.095, 0.095],
        )

    def participants(self) -> None:
        self.opening("participants")
        self.table(
            [_("Team or role"), _("Side"), _("Role"), _("People")],
            [
                (p.team, p.side or "—", p.role or "—", ", ".join(p.people) or _("Not recorded"))
                for p in self.model.participants
            ],
            [0.28, 0.12, 0.25, 0.35],
        )

    def acronyms(self) -> None:
        self.opening("acronyms")
        self.table(
            [_("Acronym"), _("Meaning")],
            [(a.short, a.meaning) for a in self.model.acronyms],
            [0.2, 0.8],
        )

    def event_log(self) -> None:
        self.opening("log")
        rows = []
        for e in self.model.event_log:
            rows.append((str(e.seq), e.wall, e.scenario, e.text + labels.log_marks(e)))
        self.table(
            ["#", _("Wall clock"), _("Scenario"), _("Entry")], rows, [0.06, 0.14, 0.14, 0.66]
        )

    def sources(self) -> None:
        self.opening("sources")
        if not self.model.sources:
            self.para(_("The injects played cite no sources."), muted=True)
            return
        self.table(
            [_("Source"), _("Cited by")],
            [
                (s.citation + (f"\n{s.url}" if s.url else ""), "\n".join(s.cited_by))
                for s in self.model.sources
            ],
            [0.55, 0.45],
        )


def _fitting_size(texts: Sequence[str], width_pt: float, *, bold: bool = False) -> Pt | None:
    """A smaller size for a narrow column whose widest word would not fit it at the
    document's 9.5 pt (Word would break the word letter by letter); None when it fits, or
    for a word too long for any readable size (a code, a web address). Words are measured
    in the document's font."""
    room = width_pt - 11  # the cell's margins, as Word and LibreOffice set them
    words = {word for text in texts for word in str(text).split() if len(word) <= 30}
    if not words:
        return None
    font = _measuring_font(bold)
    widest = max(font.getlength(word) for word in words) * 9.5 / _MEASURED_AT
    if widest <= room:
        return None
    size = 9.5 * room / widest
    return Pt(math.floor(size * 2) / 2) if size >= 6.0 else None


_MEASURED_AT = 100  # points: the size the document's font is measured at


@functools.cache
def _measuring_font(bold: bool) -> Any:
    """DejaVu Sans (bold), the document's font, for measuring words."""
    from PIL import ImageFont

    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(paths.resources_dir() / "fonts" / name), _MEASURED_AT)


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
