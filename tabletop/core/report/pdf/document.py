"""The after-action report as a PDF: page templates, header and footer, outline, metadata.

:class:`ReportRenderer` lays out a :class:`ReportModel` (see
:mod:`tabletop.core.report.pdf.sections` for the sections themselves). The output
is reproducible: reportlab's invariant mode plus a creation date taken from
the session make the same model give the same bytes.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from tabletop import __version__
from tabletop.core import i18n
from tabletop.core.i18n import _
from tabletop.core.report.model import ReportModel
from tabletop.core.report.pdf.chart_kit import fit_text, label_font
from tabletop.core.report.pdf.layout import ALERT, MUTED, NAVY, RULE, WIDE, Heading, Kit
from tabletop.core.report.pdf.lazy_story import LazyStory
from tabletop.core.report.pdf.sections import story_sections
from tabletop.core.report.progress import Progress, RenderCancelled

PAPERS: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}
MARGIN_SIDE = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm


def _numbered_canvas(footer_font: str, pattern: str) -> type[Canvas]:
    """A canvas class that writes "Page X of Y" on each page as it goes.

    Y is not known until the end, so each page draws a form of its own that is
    filled in when the document is saved. Pages are written out as they are
    made (only their count is kept), and bookmarks point at the page they are on.
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            # each page's size, for its number (a landscape page is wider)
            self._page_sizes: dict[int, tuple[float, float]] = {}

        def showPage(self) -> None:
            self.doForm(f"pageNumber{self._pageNumber}")
            self._page_sizes[self._pageNumber] = (self._pagesize[0], self._pagesize[1])
            super().showPage()

        def save(self) -> None:
            total = self._pageNumber - 1
            for number in range(1, total + 1):
                width, height = self._page_sizes[number]
                # the form's box is its page's, or a wider page's number would be cut off
                self.beginForm(f"pageNumber{number}", 0, 0, width, height)
                self.setFont(footer_font, 7.5)
                self.setFillColor(MUTED)
                self.drawRightString(
                    width - MARGIN_SIDE, 10 * mm, pattern.format(page=number, pages=total)
                )
                self.endForm()
            super().save()

    return NumberedCanvas


class _ReportDocument(BaseDocTemplate):
    """Adds an outline entry for every heading as it is placed."""

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            mark = flowable.bookmark
            self.canv.bookmarkPage(mark.key)
            self.canv.addOutlineEntry(mark.title, mark.key, level=mark.level, closed=mark.level > 0)


def _body_frame(name: str, width: float, height: float) -> Frame:
    """The frame text flows in on a page of the report (upright or turned)."""
    return Frame(
        MARGIN_SIDE,
        MARGIN_BOTTOM,
        width,
        height,
        id=name,
        leftPadding=0,
        rightPadding=0,
        topPadding=6,
        bottomPadding=6,
    )


class ReportRenderer:
    """Lays out one report on A4 or US Letter paper and returns the PDF's bytes."""

    def __init__(
        self, model: ReportModel, paper: str = "a4", progress: Progress | None = None
    ) -> None:
        if paper not in PAPERS:
            raise ValueError(f"paper must be one of: {', '.join(PAPERS)}")
        self.model = model
        self.paper = paper
        self.pagesize = PAPERS[paper]
        self.progress = progress
        width, height = self.pagesize
        self.frame_width = width - 2 * MARGIN_SIDE
        self.frame_height = height - MARGIN_TOP - MARGIN_BOTTOM
        self.kit = Kit(self.frame_width, self.frame_height - 12)
        self.kit.wide_width = height - 2 * MARGIN_SIDE  # a landscape page's frame
        self.fonts = self.kit.fonts
        self.pages = 0
        self.watermark = "INTERIM"
        self.running_head = ""
        self.deck_line = ""
        self._story = LazyStory([])
        self._done = 0.0

    # -- page decoration ------------------------------------------------------------------

    def _marking(self, canvas: Canvas) -> None:
        width, height = canvas._pagesize
        canvas.setFont(self.fonts.bold, 7.5)
        canvas.setFillColor(ALERT)
        canvas.drawCentredString(width / 2, height - 11 * mm, self.model.marking)
        canvas.drawCentredString(width / 2, 5.5 * mm, self.model.marking)

    def _interim_watermark(self, canvas: Canvas) -> None:
        if not self.model.interim:
            return
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFont(self.fonts.bold, 72)
        canvas.setFillColor(RULE)
        canvas.setFillAlpha(0.18)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(50)
        canvas.drawCentredString(0, -20, self.watermark)
        canvas.restoreState()

    def _cover_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        self._marking(canvas)
        canvas.restoreState()

    def _over_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Drawn after the page's content: the INTERIM mark lies over tables, not under them."""
        canvas.saveState()
        self._interim_watermark(canvas)
        canvas.restoreState()

    def _body_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = canvas._pagesize  # a landscape page (the improvement plan) too
        frame_width = width - 2 * MARGIN_SIDE
        model = self.model
        canvas.saveState()
        self._marking(canvas)
        top = height - 17 * mm
        left = self.running_head
        canvas.setFont(self.fonts.regular, 7.5)
        canvas.setFillColor(NAVY)
        canvas.drawString(MARGIN_SIDE, top, left)
        room = frame_width - canvas.stringWidth(left, self.fonts.regular, 7.5) - 20
        name = fit_text(model.exercise, self.fonts.regular, 7.5, room)
        canvas.setFont(label_font(name, self.fonts.regular), 7.5)
        canvas.drawRightString(width - MARGIN_SIDE, top, name)
        canvas.setFont(self.fonts.regular, 7.5)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_SIDE, top - 2.5 * mm, width - MARGIN_SIDE, top - 2.5 * mm)
        canvas.line(MARGIN_SIDE, 14 * mm, width - MARGIN_SIDE, 14 * mm)
        canvas.setFont(self.fonts.regular, 7.5)
        canvas.setFillColor(MUTED)
        deck = fit_text(self.deck_line, self.fonts.regular, 7.5, frame_width * 0.6)
        canvas.drawString(MARGIN_SIDE, 10 * mm, deck)
        canvas.restoreState()

    # -- building ---------------------------------------------------------------------------

    def _report_progress(self, kind: str, value: int) -> None:
        if kind == "PROGRESS" and self.progress is not None:
            # the story is made a section at a time, so reportlab's count of what is left
            # says little: the story estimates; a progress bar must not go backwards
            self._done = max(self._done, min(self._story.fraction_done(), 1.0))
            carry_on = self.progress(self._done)
            if carry_on is False:
                raise RenderCancelled()

    def render(self) -> bytes:
        """The PDF's bytes, in the report's language."""
        with i18n.language(self.model.language):
            return self._render()

    def _render(self) -> bytes:
        model, info = self.model, self.model.info
        self.watermark = _("INTERIM")
        self.running_head = (
            _("After-action report / improvement plan · Interim")
            if model.interim
            else _("After-action report / improvement plan · Final")
        )
        self.deck_line = _("Deck: {title}").format(title=model.deck_title)
        buffer = io.BytesIO()
        doc = _ReportDocument(
            buffer,
            pagesize=self.pagesize,
            leftMargin=MARGIN_SIDE,
            rightMargin=MARGIN_SIDE,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=info.title,
            author=info.author,
            subject=info.subject,
            keywords=info.keywords,
            creator=f"tabletop {__version__}",
            invariant=1,
            # reportlab would otherwise reference (unembedded) Helvetica on every page
            initialFontName=self.fonts.regular,
            lang=model.language or "en",
            displayDocTitle=1,
        )
        width, height = self.pagesize
        frame = _body_frame("body", self.frame_width, self.frame_height)
        wide_frame = _body_frame(  # a landscape page's
            "wide", height - 2 * MARGIN_SIDE, width - MARGIN_TOP - MARGIN_BOTTOM
        )
        doc.addPageTemplates(
            [
                PageTemplate(
                    "cover", frames=[frame], onPage=self._cover_page, onPageEnd=self._over_page
                ),
                PageTemplate(
                    "body", frames=[frame], onPage=self._body_page, onPageEnd=self._over_page
                ),
                # the improvement plan's eight columns, as HSEEP's own plan has them
                PageTemplate(
                    WIDE,
                    frames=[wide_frame],
                    onPage=self._body_page,
                    onPageEnd=self._over_page,
                    pagesize=(self.pagesize[1], self.pagesize[0]),
                ),
            ]
        )
        doc.setProgressCallBack(self._report_progress)
        created = info.created
        stamp = f"D:{created:%Y%m%d%H%M%S}+00'00'"

        canvas_class = _numbered_canvas(self.fonts.regular, _("Page {page} of {pages}"))

        class DatedCanvas(canvas_class):  # type: ignore[misc, valid-type]
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                # the session's time, not the printing time: same file, same bytes
                self.setDateFormatter(lambda *_: stamp)
                self.showOutline()

        self._story = LazyStory(story_sections(model, self.kit))
        doc.build(self._story, canvasmaker=DatedCanvas)
        self.pages = doc.page
        return buffer.getvalue()


def render_report(model: ReportModel, paper: str = "a4", progress: Progress | None = None) -> bytes:
    """The report as PDF bytes. ``progress(fraction)`` may return False to cancel."""
    return ReportRenderer(model, paper, progress).render()
