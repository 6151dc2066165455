"""The comparison as a PDF: one landscape page that says where the sections diverged and why,
then the detail side by side (path, channels, expected actions, decisions, objectives).

It uses the report's typography (:class:`tabletop.core.report.pdf.layout.Kit`):
escaped user text, repeated table headers, the bundled fonts, and
reportlab's invariant mode, so the same sessions give the same bytes.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from tabletop import __version__
from tabletop.core import i18n
from tabletop.core.compare.chart import escalation_drawing
from tabletop.core.compare.model import (
    DEFINITIONS,
    MET,
    NOT_MET,
    SKIPPED,
    STOPPED,
    Comparison,
    DecisionNote,
    Section,
    status_words,
)
from tabletop.core.i18n import _, ngettext, pgettext
from tabletop.core.report.pdf.layout import MUTED, NAVY, RULE, Heading, Kit
from tabletop.core.report.pdf.text import bold, escape

PAPERS = {"a4": landscape(A4), "letter": landscape(LETTER)}
MARGIN_SIDE = 15 * mm
MARGIN_TOP = 17 * mm
MARGIN_BOTTOM = 14 * mm
COLUMNS = 5  # sections side by side in one table; more go into a second table below
SHOWN = 4  # decisions listed in full per section and inject; more are counted


def _outcome(outcome: str) -> str:
    words = {
        "delivered": pgettext("comparison outcome", "got through"),
        "delayed": pgettext("comparison outcome", "delayed"),
        "undeliverable": pgettext("comparison outcome", "NOT through"),
    }
    return words.get(outcome, outcome)


def _kind(kind: str) -> str:
    words = {
        "action": pgettext("comparison decision kind", "action"),
        "message": pgettext("comparison decision kind", "message"),
        "statement": pgettext("comparison decision kind", "statement"),
        "agree_channel": pgettext("comparison decision kind", "agrees to open"),
    }
    return words.get(kind, kind)


class _Document(BaseDocTemplate):
    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            mark = flowable.bookmark
            self.canv.bookmarkPage(mark.key)
            self.canv.addOutlineEntry(mark.title, mark.key, level=mark.level, closed=False)


class ComparisonRenderer:
    """Lays out one comparison on landscape A4 or US Letter and returns the PDF's bytes."""

    def __init__(self, comparison: Comparison, paper: str = "a4") -> None:
        self.running_head = ""
        self.page_word = ""
        if paper not in PAPERS:
            raise ValueError(f"paper must be one of: {', '.join(PAPERS)}")
        self.comparison = comparison
        self.pagesize = PAPERS[paper]
        width, height = self.pagesize
        self.frame_width = width - 2 * MARGIN_SIDE
        self.frame_height = height - MARGIN_TOP - MARGIN_BOTTOM
        self.kit = Kit(self.frame_width, self.frame_height - 12)
        self.fonts = self.kit.fonts
        self.pages = 0

    # -- shares of the frame: a label column and one column per section --------------------

    def _tables(
        self, first: str, rows: list[list[Any]], label: float, numeric: tuple[int, ...] = ()
    ) -> list[Flowable]:
        """Tables of a label column and the sections' columns, at most COLUMNS sections each
        (more would be too narrow to read): one table per group of sections."""
        sections = self.comparison.sections
        out: list[Flowable] = []
        for start in range(0, len(sections), COLUMNS):
            group = sections[start : start + COLUMNS]
            share = (1 - label) / max(len(group), min(len(sections), COLUMNS))
            headers = [first, *(s.title for s in group)]
            widths = [label, *([share] * len(group))]
            body = [[row[0], *row[1 + start : 1 + start + len(group)]] for row in rows]
            if out:
                out.append(Spacer(1, 6))
            out.append(self.kit.table(headers, body, widths, numeric=numeric))
        return out

    # -- page 1 -----------------------------------------------------------------------------

    def _summary(self) -> list[Flowable]:
        kit, comparison = self.kit, self.comparison
        sections = comparison.sections
        heading = ngettext(
            "{n} class section of “{deck}”", "{n} class sections of “{deck}”", len(sections)
        ).format(n=len(sections), deck=comparison.deck_title)
        out: list[Flowable] = [kit.heading(heading)]
        for note in comparison.notes:
            out.append(kit.para(bold(escape(_("Note:")) + " ") + escape(note), kit.small))
        rows: list[list[Any]] = [
            [
                _("Session"),
                *(f"{s.file} · {s.status}" + (f" · {s.date}" if s.date else "") for s in sections),
            ],
            [_("Played (of the deck's injects)"), *(self._played(s) for s in sections)],
            [_("Decisions"), *(self._decisions(s) for s in sections)],
            [_("Messages that got through"), *(s.through_share for s in sections)],
            [_("Peak escalation"), *(self._peak(s) for s in sections)],
            [_("Widest belief gap"), *(self._gap(s) for s in sections)],
            [_("Expected actions met"), *(self._expected(s) for s in sections)],
        ]
        out += self._tables(_("Key figures"), rows, 0.18)
        out.append(Spacer(1, 4))
        out.append(kit.heading(_("Where they diverged"), 1))
        if not comparison.divergences:
            out.append(kit.text(_("Every section played the same injects in the same order.")))
        for divergence in comparison.divergences:
            parts = [self._way(*way) for way in divergence.ways]
            if divergence.after:
                sentence = _("After “{inject}”: {ways}.").format(
                    inject=escape(divergence.after), ways="; ".join(parts)
                )
            else:
                sentence = _("At the start: {ways}.").format(ways="; ".join(parts))
            out.append(kit.para(sentence, kit.body))
        width = self.frame_width
        out.append(escalation_drawing(comparison, width, plot_height=112))
        out.append(
            kit.text(
                _(
                    "Escalation over scenario time, one line per section (the letter at each "
                    "line's end names it). Lines that coincide are drawn slightly apart."
                ),
                kit.caption,
            )
        )
        return out

    @staticmethod
    def _way(labels: str, verb: str, title: str, why: str) -> str:
        """Where some sections went at a divergence, and why (markup, text escaped)."""
        who, title, why = bold(escape(labels)), escape(title), escape(why)
        if verb == STOPPED:
            return _("{sections} stopped: {why}").format(sections=who, why=why)
        if verb == SKIPPED:
            return _("{sections} skipped “{inject}”: {why}").format(
                sections=who, inject=title, why=why
            )
        return _("{sections} went to “{inject}”: {why}").format(sections=who, inject=title, why=why)

    @staticmethod
    def _played(section: Section) -> str:
        delivered = sum(1 for step in section.path if step.status == "delivered")
        skipped = len(section.path) - delivered
        if skipped:
            return _("{delivered} delivered, {skipped} skipped").format(
                delivered=delivered, skipped=skipped
            )
        return _("{delivered} delivered").format(delivered=delivered)

    @staticmethod
    def _decisions(section: Section) -> str:
        if section.withdrawn:
            return _("{n} ({withdrawn} withdrawn)").format(
                n=section.decisions, withdrawn=section.withdrawn
            )
        return str(section.decisions)

    def _peak(self, section: Section) -> str:
        name = dict(self.comparison.ladder).get(section.peak, "")
        if section.peak_when:
            return _("{level} {name} at {time}; ends at {end}").format(
                level=section.peak, name=name, time=section.peak_when, end=section.final_level
            )
        return _("{level} {name}; ends at {end}").format(
            level=section.peak, name=name, end=section.final_level
        )

    @staticmethod
    def _gap(section: Section) -> str:
        gap = section.widest_gap
        if gap is None:
            return _("none: every team knew the level")
        return _("{size} ({team} believed {believed} when it was {actual}, {time})").format(
            size=gap.size, team=gap.team, believed=gap.believed, actual=gap.actual, time=gap.when
        )

    @staticmethod
    def _expected(section: Section) -> str:
        if not section.expected_total:
            return _("none played")
        text = _("{n} of {total}").format(n=section.expected_met, total=section.expected_total)
        if section.expected_not_met:
            text += "; " + _("{n} not met").format(n=section.expected_not_met)
        if section.expected_not_assessed:
            text += "; " + _("{n} not assessed").format(n=section.expected_not_assessed)
        return text

    # -- the detail -------------------------------------------------------------------------

    def _paths(self) -> list[Flowable]:
        kit, comparison = self.kit, self.comparison
        out: list[Flowable] = [kit.heading(_("The path through the deck"))]
        out.append(
            kit.text(
                _(
                    "Each shared inject: its place in the section's path and its scenario time, "
                    "or why it was not played. The order of play and how it was reached follow."
                ),
                kit.muted,
            )
        )
        rows = [[row.title, *row.played] for row in comparison.injects]
        out += self._tables(_("Inject"), rows, 0.24)
        out.append(Spacer(1, 6))
        steps = max((len(s.path) for s in comparison.sections), default=0)
        order_rows = []
        for position in range(steps):
            cells = []
            for section in comparison.sections:
                if position < len(section.path):
                    step = section.path[position]
                    how = step.how or _("chosen")
                    if step.status == "delivered":
                        cells.append(
                            _("{inject} — {how}, {time}").format(
                                inject=step.title, how=how, time=step.when
                            )
                        )
                    else:
                        cells.append(
                            _("{inject} (skipped) — {how}, {time}").format(
                                inject=step.title, how=how, time=step.when
                            )
                        )
                else:
                    cells.append("")
            order_rows.append([str(position + 1), *cells])
        out += self._tables("#", order_rows, 0.04, numeric=(0,))
        return out

    def _channels(self) -> list[Flowable]:
        kit, comparison = self.kit, self.comparison
        out: list[Flowable] = [kit.heading(_("Channels and messages"))]
        names: list[str] = []
        for section in comparison.sections:
            for use in section.channels:
                if use.channel not in names:
                    names.append(use.channel)
        if not names:
            out.append(kit.text(_("No section sent a message over a channel.")))
            return out
        rows = []
        for name in names:
            cells = []
            for section in comparison.sections:
                found = next((u for u in section.channels if u.channel == name), None)
                if found is None:
                    cells.append(_("not used"))
                    continue
                text = _("{n} of {sent} got through").format(n=found.through, sent=found.sent)
                if found.delayed:
                    text += " " + _("({n} delayed)").format(n=found.delayed)
                if found.undeliverable:
                    text += "; " + _("{n} never did").format(n=found.undeliverable)
                cells.append(text)
            rows.append([name, *cells])
        rows.append([_("All channels"), *(s.through_share for s in comparison.sections)])
        out += self._tables(_("Channel"), rows, 0.24)
        return out

    def _expected_actions(self) -> list[Flowable]:
        kit, comparison = self.kit, self.comparison
        out: list[Flowable] = [kit.heading(_("Expected actions"))]
        if not comparison.expected:
            out.append(kit.text(_("No shared inject has expected actions.")))
            return out
        rows = []
        for action in comparison.expected:
            label = kit.para(
                f"{escape(action.text)}<br/><font color='#5b6470'>{escape(action.inject)}</font>",
                kit.cell,
            )
            cells: list[Any] = [label]
            for status in action.status:
                word = status_words(status)
                cells.append(word.upper() if status in (MET, NOT_MET) else word)
            rows.append(cells)
        out += self._tables(_("Expected action (inject)"), rows, 0.34)
        return out

    def _decisions_table(self) -> list[Flowable]:
        kit, comparison = self.kit, self.comparison
        out: list[Flowable] = [kit.heading(_("Decisions at each inject"))]
        rows = []
        for row in comparison.injects:
            if not any(row.decisions):
                continue
            cells: list[Any] = [row.title]
            for notes in row.decisions:
                cells.append(self._notes(notes))
            rows.append(cells)
        if not rows:
            out.append(kit.text(_("No section recorded a decision on a shared inject.")))
            return out
        out += self._tables(_("Inject"), rows, 0.16)
        return out

    def _notes(self, notes: tuple[DecisionNote, ...]) -> Paragraph | str:
        """A section's decisions at one inject: every one when few, else a count by team and
        the first few (the section's own report and exports list them all)."""
        if not notes:
            return "—"
        lines = []
        if len(notes) > SHOWN:
            teams: dict[str, int] = {}
            for note in notes:
                teams[note.team] = teams.get(note.team, 0) + 1
            messages = [n for n in notes if n.channel]
            through = sum(1 for n in messages if n.outcome in ("delivered", "delayed"))
            counts = ", ".join(f"{escape(team)} {count}" for team, count in teams.items())
            lines.append(
                _(
                    "{n} decisions ({teams}); {messages} messages, {through} got through. "
                    "The first {shown}:"
                ).format(
                    n=bold(str(len(notes))),
                    teams=counts,
                    messages=len(messages),
                    through=through,
                    shown=SHOWN,
                )
            )
        for note in notes[:SHOWN]:
            how = _kind(note.kind)
            if note.channel and note.outcome:
                how = _("{kind} over {channel}, {outcome}").format(
                    kind=how, channel=note.channel, outcome=_outcome(note.outcome)
                )
            elif note.channel:
                how = _("{kind} over {channel}").format(kind=how, channel=note.channel)
            lines.append(f"{bold(escape(note.team))} ({escape(how)}): {escape(note.text)}")
        return self.kit.para("<br/>".join(lines), self.kit.cell)

    def _objectives(self) -> list[Flowable]:
        kit, comparison = self.kit, self.comparison
        out: list[Flowable] = [kit.heading(_("Objectives: the evaluator's rating and those noted"))]
        if not comparison.objectives:
            out.append(kit.text(_("The deck has no learning objectives.")))
            return out
        rows = []
        for objective in comparison.objectives:
            cells: list[Any] = [objective.text]
            evaluated = objective.evaluated or ("",) * len(objective.ratings)
            for ratings, given in zip(objective.ratings, evaluated, strict=True):
                parts = [_("{rating} (evaluator)").format(rating=given)] if given else []
                if ratings:
                    parts.append(_("noted: {ratings}").format(ratings=", ".join(ratings)))
                cells.append("; ".join(parts) if parts else _("not rated"))
            rows.append(cells)
        out += self._tables(_("Objective"), rows, 0.34)
        out.append(
            kit.text(
                _(
                    "P: performed without challenges; S: with some challenges; M: with major "
                    "challenges; U: unable to be performed. The evaluator's rating comes first; "
                    "then every rating noted against the objective, in the order noted."
                ),
                kit.caption,
            )
        )
        return out

    def _definitions(self) -> list[Flowable]:
        kit = self.kit
        return [
            kit.heading(_("How the figures are counted")),
            kit.fields([(_(label), _(text)) for label, text in DEFINITIONS], 0.2),
        ]

    # -- building -----------------------------------------------------------------------------

    def _page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        canvas.saveState()
        canvas.setFont(self.fonts.regular, 7.5)
        canvas.setFillColor(NAVY)
        top = height - 10 * mm
        canvas.drawString(MARGIN_SIDE, top, self.running_head)
        canvas.drawRightString(width - MARGIN_SIDE, top, self.comparison.deck_title[:90])
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_SIDE, top - 2.5 * mm, width - MARGIN_SIDE, top - 2.5 * mm)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_SIDE, 7 * mm, f"tabletop {__version__}")
        canvas.drawRightString(width - MARGIN_SIDE, 7 * mm, self.page_word.format(page=doc.page))
        canvas.restoreState()

    def render(self) -> bytes:
        """The PDF's bytes, in the comparison's language."""
        with i18n.language(self.comparison.language):
            return self._render()

    def _render(self) -> bytes:
        self.running_head = _("Comparison of class sections")
        self.page_word = _("Page {page}")
        buffer = io.BytesIO()
        doc = _Document(
            buffer,
            pagesize=self.pagesize,
            leftMargin=MARGIN_SIDE,
            rightMargin=MARGIN_SIDE,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=_("Comparison of class sections: {deck}").format(deck=self.comparison.deck_title),
            author="tabletop",
            subject=_("Class sections of one deck side by side"),
            creator=f"tabletop {__version__}",
            invariant=1,
            initialFontName=self.fonts.regular,
            lang=self.comparison.language,
            displayDocTitle=1,
        )
        frame = Frame(
            MARGIN_SIDE,
            MARGIN_BOTTOM,
            self.frame_width,
            self.frame_height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates([PageTemplate("page", frames=[frame], onPage=self._page)])
        story: list[Flowable] = [*self._summary(), PageBreak()]
        for part in (
            self._paths,
            self._channels,
            self._expected_actions,
            self._decisions_table,
            self._objectives,
            self._definitions,
        ):
            story += part()
            story.append(Spacer(1, 6))

        class Outlined(Canvas):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                self.showOutline()

        doc.build(story, canvasmaker=Outlined)
        self.pages = doc.page
        return buffer.getvalue()


def render_comparison(comparison: Comparison, paper: str = "a4") -> tuple[bytes, int]:
    """The comparison as PDF bytes, and its number of pages."""
    renderer = ComparisonRenderer(comparison, paper)
    data = renderer.render()
    return data, renderer.pages
