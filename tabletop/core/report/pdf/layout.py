"""The report's typography and the building blocks its sections are made of.

:class:`Kit` holds the paragraph styles and makes headings (with their outline
entry), paragraphs of user text (always escaped), bullet lists and tables
whose header row repeats on every page and whose rows never overflow a page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle

from tabletop.core.fonts import register_fonts
from tabletop.core.report.model import section
from tabletop.core.report.pdf.text import escape

NAVY = colors.HexColor("#14283f")
ACCENT = colors.HexColor("#2b5a8a")
RULE = colors.HexColor("#b8c2cc")
STRIPE = colors.HexColor("#f1f4f7")
MUTED = colors.HexColor("#5b6470")
ALERT = colors.HexColor("#a33a2c")
HEADER_FILL = colors.HexColor("#e3e9f0")

CELL_PADDING = 4.0
# a word measured to fit exactly may still be cut by the last glyph's rounding
FIT_MARGIN = 0.96
# A table row taller than this share of the frame is cut into continuation
# rows, so one long text can never make a row that fits on no page.
MAX_ROW_SHARE = 0.45


@dataclass(frozen=True)
class Bookmark:
    """An outline (PDF bookmark) entry attached to a heading."""

    key: str
    title: str
    level: int


class Heading(Paragraph):
    """A heading paragraph that carries its outline entry."""

    def __init__(self, markup: str, style: ParagraphStyle, bookmark: Bookmark) -> None:
        super().__init__(markup, style)
        self.bookmark = bookmark


# the page template of landscape pages (the improvement plan)
WIDE = "wide"


class Kit:
    """Styles and helpers for one document of a given frame size."""

    def __init__(self, frame_width: float, frame_height: float) -> None:
        self.fonts = register_fonts()
        self.width = frame_width
        self.height = frame_height
        self.wide_width = frame_width  # on a landscape page (WIDE), as the renderer sets it
        self._keys = 0
        regular, bold = self.fonts.regular, self.fonts.bold
        self.body = ParagraphStyle(
            "body",
            fontName=regular,
            fontSize=9.5,
            leading=13,
            spaceAfter=5,
            alignment=TA_LEFT,
            splitLongWords=1,
        )
        self.small = ParagraphStyle(
            "small", parent=self.body, fontSize=8, leading=10.5, spaceAfter=0
        )
        self.cell = ParagraphStyle(
            "cell", parent=self.body, fontSize=8.3, leading=10.6, spaceAfter=0
        )
        self.cell_head = ParagraphStyle(
            "cell_head", parent=self.cell, fontName=bold, textColor=NAVY
        )
        self.cell_number = ParagraphStyle("cell_number", parent=self.cell, alignment=TA_RIGHT)
        self.muted = ParagraphStyle("muted", parent=self.small, textColor=MUTED)
        self.caption = ParagraphStyle(
            "caption", parent=self.small, textColor=MUTED, spaceBefore=3, spaceAfter=8
        )
        self.bullet = ParagraphStyle(
            "bullet",
            parent=self.body,
            leftIndent=12,
            bulletIndent=2,
            spaceAfter=2,
            bulletText="•",
            bulletFontName=regular,
        )
        self.h1 = ParagraphStyle(
            "h1",
            fontName=bold,
            fontSize=15,
            leading=19,
            textColor=NAVY,
            spaceBefore=14,
            spaceAfter=8,
            keepWithNext=1,
        )
        self.h2 = ParagraphStyle(
            "h2",
            fontName=bold,
            fontSize=11,
            leading=14,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        )
        self.h3 = ParagraphStyle(
            "h3",
            fontName=bold,
            fontSize=9.5,
            leading=12.5,
            textColor=NAVY,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        )
        self.paragraphs = 0
        self.tables = 0

    # -- text ---------------------------------------------------------------------------

    def para(self, markup: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph from markup the renderer wrote (user text already escaped)."""
        self.paragraphs += 1
        return Paragraph(markup, style or self.body)

    def text(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of user text, printed literally."""
        return self.para(escape(text), style)

    def heading(self, title: str, level: int = 0) -> Heading:
        """A section heading with an outline entry one level below its parent."""
        self._keys += 1
        style = (self.h1, self.h2, self.h3)[min(level, 2)]
        self.paragraphs += 1
        return Heading(escape(title), style, Bookmark(f"s{self._keys}", title, level))

    # -- tables -------------------------------------------------------------------------

    def table(
        self,
        headers: Sequence[str] | None,
        rows: Sequence[Sequence[str | Paragraph]],
        widths: Sequence[float],
        *,
        numeric: Sequence[int] = (),
        header_column: bool = False,
        wide: bool = False,
    ) -> Table:
        """A striped table; header row repeated on each page; ``widths`` are shares of the frame
        (of a landscape page's, ``wide``).

        Without ``headers`` the table has no header row (a form such as the overview).

        A cell given as ``str`` is user text and is escaped; a ``Paragraph`` is used as is.
        """
        col_widths = [(self.wide_width if wide else self.width) * share for share in widths]
        head = [
            self.para(escape(h), self._header_style(h, w - 2 * CELL_PADDING, i in numeric))
            for i, (h, w) in enumerate(zip(headers or (), col_widths, strict=False))
        ]
        body: list[list[Flowable | str]] = []
        logical: list[int] = []  # which source row each printed row belongs to
        styles = [
            self._column_style(
                [row[c] for row in rows if c < len(row) and isinstance(row[c], str)],
                w - 2 * CELL_PADDING,
                self.cell_number if c in numeric else self.cell,
            )
            for c, w in enumerate(col_widths)
        ]
        for index, row in enumerate(rows):
            cells = [
                cell if isinstance(cell, Paragraph) else self.text(cell, styles[column])
                for column, cell in enumerate(row)
            ]
            for piece in self._fit_row(cells, col_widths):
                body.append(piece)
                logical.append(index)
        self.tables += 1
        first = 1 if head else 0
        data = [head, *body] if head else body
        table = Table(data, colWidths=col_widths, repeatRows=first, hAlign="LEFT")
        style: list[tuple] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if head:
            style += [
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY),
            ]
        else:
            style.append(("LINEABOVE", (0, 0), (-1, 0), 0.8, NAVY))
        if len(logical) == len(rows):  # no row was cut: two commands stripe and rule them all
            style += [
                ("ROWBACKGROUNDS", (0, first), (-1, -1), [colors.white, STRIPE]),
                ("LINEBELOW", (0, first), (-1, -1), 0.3, RULE),
            ]
        else:
            for position, source in enumerate(logical):
                printed = position + first
                if source % 2 == 1:
                    style.append(("BACKGROUND", (0, printed), (-1, printed), STRIPE))
                last = position + 1 == len(logical) or logical[position + 1] != source
                if last:
                    style.append(("LINEBELOW", (0, printed), (-1, printed), 0.3, RULE))
        if header_column:
            style.append(("BACKGROUND", (0, first), (0, -1), HEADER_FILL))
        table.setStyle(self.table_style(style))
        return table

    def table_style(self, commands: list[tuple]) -> TableStyle:
        """A table style in the report's font (a table would otherwise set Helvetica,
        which would then be referenced, unembedded, by the PDF)."""
        return TableStyle([("FONT", (0, 0), (-1, -1), self.fonts.regular, 8.3), *commands])

    def _header_style(self, header: str, width: float, right: bool) -> ParagraphStyle:
        """The header style, smaller if a word of the header would not fit its column."""
        style = self.cell_head
        if right:
            style = style.clone("cell_head_right", alignment=TA_RIGHT)
        longest = max(
            (stringWidth(w, style.fontName, style.fontSize) for w in header.split()), default=0.0
        )
        room = width * FIT_MARGIN
        if longest <= room:
            return style
        size = max(style.fontSize * room / longest, 5.5)
        return style.clone("cell_head_small", fontSize=size, leading=size * 1.25)

    def _column_style(
        self, texts: list[str], width: float, style: ParagraphStyle
    ) -> ParagraphStyle:
        """A narrow column's style, smaller when a word would otherwise be cut in two
        ("Co|mmunications"); wide columns (and words too long for any size) keep theirs."""
        if width > self.width * 0.2 or not texts:
            return style
        longest = max(
            (stringWidth(w, style.fontName, style.fontSize) for t in texts for w in t.split()),
            default=0.0,
        )
        room = width * FIT_MARGIN
        if longest <= room:
            return style
        size = style.fontSize * room / longest
        if size < 6.0:
            return style  # a code or a URL: it is broken where the line ends
        return style.clone(f"{style.name}_narrow", fontSize=size, leading=size * 1.28)

    @staticmethod
    def _surely_fits(cell: Flowable, width: float, limit: float) -> bool:
        """A cheap upper bound on a paragraph's height: no glyph of DejaVu Sans is wider
        than its font size, and each line break may waste at most one more line."""
        if not isinstance(cell, Paragraph):
            return False
        style = cell.style
        text = getattr(cell, "text", None) or ""
        per_line = max(int(width // style.fontSize), 1)
        lines = len(text) // per_line + 2 * (text.count("<br/>") + 1)
        return lines * style.leading + style.spaceBefore + style.spaceAfter <= limit

    def _fit_row(self, cells: list[Flowable], widths: list[float]) -> list[list[Flowable | str]]:
        """The row, cut into continuation rows if it is too tall to fit a page."""
        limit = self.height * MAX_ROW_SHARE
        inner = [w - 2 * CELL_PADDING for w in widths]
        if all(self._surely_fits(cell, w, limit) for cell, w in zip(cells, inner, strict=True)):
            return [list(cells)]  # most rows: no need to lay them out twice
        heights = [cell.wrap(w, self.height)[1] for cell, w in zip(cells, inner, strict=True)]
        if max(heights) <= limit:
            return [list(cells)]
        columns: list[list[Flowable]] = []
        for cell, w in zip(cells, inner, strict=True):
            parts: list[Flowable] = []
            rest: Flowable | None = cell
            while rest is not None:
                _, h = rest.wrap(w, self.height)
                if h <= limit:
                    parts.append(rest)
                    break
                pieces = rest.split(w, limit)
                if len(pieces) < 2:  # cannot be cut further; leave it whole
                    parts.append(rest)
                    break
                parts.append(pieces[0])
                rest = pieces[1]
            columns.append(parts)
        depth = max(len(parts) for parts in columns)
        return [[parts[i] if i < len(parts) else "" for parts in columns] for i in range(depth)]

    def fields(self, fields: Sequence[tuple[str, str]], label_share: float = 0.27) -> Table:
        """A two-column table of labels and user-text values (the overview, the hot wash)."""
        rows = [(self.para(escape(label), self.cell_head), value) for label, value in fields]
        return self.table(None, rows, [label_share, 1 - label_share], header_column=True)


def opening(key: str, kit: Kit, room: float = 0.2) -> list[Flowable]:
    """A numbered section's heading and introduction, on a new page if little room is left."""
    title, intro = section(key)
    out: list[Flowable] = [CondPageBreak(kit.height * room), kit.heading(title)]
    if intro:
        out.append(kit.text(intro))
    return out


def subheading(title: str, kit: Kit, level: int = 1) -> list[Flowable]:
    """A heading that never ends a page alone: it moves on with room for a few lines."""
    return [CondPageBreak(110), kit.heading(title, level)]
