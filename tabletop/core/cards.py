"""Printable inject cards for paper play: one page per inject, cut in two.

The top of each page is the players' card (title, scenario time, who it is
from and to, the narrative); the bottom is the facilitator's card for the same
inject (notes, discussion questions, expected actions, effects and where play
goes next). A dashed line marks the cut: in the middle when both sides fit
there, else where the side with more text gets the room it needs. Pages print
single-sided on A4 or US Letter, in the same Unicode font as the after-action
report.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    KeepInFrame,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from tabletop.core import i18n
from tabletop.core.deck.model import Deck, Inject, InjectType
from tabletop.core.deck.wording import describe_effects, describe_next
from tabletop.core.deck.writer import DeckWriteError
from tabletop.core.fonts import FontNames, markup, register_fonts, reproducible
from tabletop.core.i18n import _, ngettext
from tabletop.core.printing import PrintWriteError, write_printed

PAPERS = {"a4": A4, "letter": LETTER}
MARGIN = 12 * mm
GAP = 7 * mm  # space either side of the cut line
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
PLAYERS_BAND = colors.HexColor("#1d4e89")
FACILITATOR_BAND = colors.HexColor("#8a1c1c")


@dataclass(frozen=True)
class _Styles:
    band: ParagraphStyle
    badge: ParagraphStyle
    title: ParagraphStyle
    meta: ParagraphStyle
    narrative: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle

    @classmethod
    def make(cls, fonts: FontNames) -> _Styles:
        base = ParagraphStyle(
            "base", fontName=fonts.regular, fontSize=10, leading=13, textColor=INK
        )
        return cls(
            band=ParagraphStyle("band", base, textColor=colors.white, fontSize=9, leading=11),
            badge=ParagraphStyle(
                "badge",
                base,
                fontName=fonts.bold,
                textColor=colors.white,
                fontSize=10,
                leading=12,
                alignment=TA_RIGHT,
            ),
            title=ParagraphStyle(
                "title",
                base,
                fontName=fonts.bold,
                fontSize=17,
                leading=21,
                spaceBefore=6,
                spaceAfter=3,
            ),
            meta=ParagraphStyle(
                "meta", base, textColor=MUTED, fontSize=10, leading=13, spaceAfter=6
            ),
            narrative=ParagraphStyle("narrative", base, fontSize=13, leading=18, spaceAfter=6),
            heading=ParagraphStyle(
                "heading",
                base,
                fontName=fonts.bold,
                fontSize=10.5,
                leading=13,
                spaceBefore=5,
                spaceAfter=1,
            ),
            body=ParagraphStyle("body", base, fontSize=9.5, leading=12.5),
        )


def _text(value: str) -> str:
    """User text made safe for reportlab's paragraph markup, line breaks kept; any script
    prints as typed (see :mod:`tabletop.core.fonts`)."""
    return markup(value)


def _band(left: str, badge: str, colour: colors.Color, width: float, styles: _Styles) -> Table:
    table = Table(
        [[Paragraph(left, styles.band), Paragraph(badge, styles.badge)]],
        colWidths=[width * 0.62, width * 0.38],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), styles.band.fontName),
                ("BACKGROUND", (0, 0), (-1, -1), colour),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _bullets(items: Sequence[str], styles: _Styles, numbered: bool = False) -> list[Flowable]:
    """A bulleted or numbered list as hanging-indent paragraphs."""
    style = ParagraphStyle(
        "item", styles.body, leftIndent=14, bulletIndent=2, bulletFontName=styles.body.fontName
    )
    return [
        Paragraph(_text(item), style, bulletText=f"{n}." if numbered else "•")
        for n, item in enumerate(items, 1)
    ]


class CardBuilder:
    """Lays out the two halves of every inject's card."""

    def __init__(self, deck: Deck, width: float) -> None:
        self.deck = deck
        self.width = width
        self.fonts = register_fonts()
        self.styles = _Styles.make(self.fonts)

    def _where(self, index: int) -> str:
        count = len(self.deck.injects)
        where = _("Card {number} of {count}").format(number=index + 1, count=count)
        return f"{_text(where)} · {_text(self.deck.title)}"

    def _meta(self, inject: Inject) -> str:
        parts = []
        if inject.at is not None:
            parts.append(
                _text(_("Day {day} {time}").format(day=inject.at.day, time=inject.at.clock))
            )
        if inject.phase:
            parts.append(_text(inject.phase))
        if inject.sender:
            parts.append(_text(_("From: {sender}").format(sender=inject.sender)))
        teams = [self.deck.team(t).name if self.deck.has_team(t) else t for t in inject.to]
        parts.append(
            _text(_("To: {teams}").format(teams=", ".join(teams)) if teams else _("To: all teams"))
        )
        return " · ".join(parts)

    def players(self, index: int, inject: Inject) -> tuple[Table, list[Flowable]]:
        styles = self.styles
        badge = team_only_badge(self.deck, inject) if inject.private else _text(_("PLAYERS"))
        band = _band(self._where(index), badge, PLAYERS_BAND, self.width, styles)
        story: list[Flowable] = [
            Paragraph(_text(inject.title), styles.title),
            Paragraph(self._meta(inject), styles.meta),
            Paragraph(_text(inject.narrative), styles.narrative),
        ]
        return band, story

    def height(self, band: Table, story: list[Flowable]) -> float:
        """How tall a side is at its natural size."""
        total = band.wrap(self.width, 10**6)[1] + 2
        for flowable in story:
            total += flowable.wrap(self.width, 10**6)[1]
            total += flowable.getSpaceBefore() + flowable.getSpaceAfter()
        return total

    def fit(self, band: Table, story: list[Flowable], room: float) -> list[Flowable]:
        """The band at full width, the rest shrunk (never cut) to fit ``room``."""
        _, band_height = band.wrap(self.width, room)
        return [
            band,
            KeepInFrame(self.width, room - band_height - 2, story, mode="shrink", hAlign="LEFT"),
        ]

    def facilitator(self, index: int, inject: Inject) -> tuple[Table, list[Flowable]]:
        styles = self.styles
        deck = self.deck
        kinds = {
            InjectType.CONTINGENCY: _("contingency"),
            InjectType.ADAPTIVE: _("adaptive"),
        }
        kind = f" · {_text(kinds[inject.type])}" if inject.type in kinds else ""
        planned = (
            " · " + _text(_("{minutes} min").format(minutes=inject.duration))
            if inject.duration
            else ""
        )
        band = _band(
            f"{self._where(index)}{kind}{planned}",
            _text(_("FACILITATOR ONLY")),
            FACILITATOR_BAND,
            self.width,
            styles,
        )
        story: list[Flowable] = [
            Paragraph(
                _text(inject.title),
                ParagraphStyle("small-title", styles.title, fontSize=13, leading=16),
            ),
        ]

        def section(heading: str, *flowables: Flowable) -> None:
            story.append(Paragraph(_text(heading), styles.heading))
            story.extend(flowables)

        if inject.facilitator_notes:
            section(_("Notes"), Paragraph(_text(inject.facilitator_notes), styles.body))
        if inject.questions:
            section(_("Discussion questions"), *_bullets(inject.questions, styles, numbered=True))
        if inject.expected_actions:
            section(_("Expected actions"), *_bullets(inject.expected_actions, styles))
        effects = describe_effects(inject.effects, deck)
        if effects:
            section(_("When delivered"), Paragraph(_text(" · ".join(effects)), styles.body))
        ways = describe_next(inject, deck)
        section(
            _("What comes next"),
            *[
                Paragraph(f"{_text(when)} → <b>{_text(where)}</b>", styles.body)
                for when, where in ways
            ],
        )
        objectives = [deck.objective(o) for o in inject.objectives]
        if objectives:
            section(
                _("Objectives"), *_bullets([o.text for o in objectives if o is not None], styles)
            )
        if inject.sources:
            cited = []
            for ref in inject.sources:
                source = deck.source(ref.ref)
                title = source.title if source else ref.ref
                cited.append(", ".join(x for x in (title, ref.section, ref.note) if x))
            section(_("Sources"), *_bullets(cited, styles))
        return band, story


def team_only_badge(deck: Deck, inject: Inject) -> str:
    """The band's words on a team-only card: whose eyes it is for."""
    names = [deck.team(t).name if deck.has_team(t) else t for t in inject.to]
    return _text(_("ONLY FOR {teams}").format(teams=", ".join(names).upper()))


def _split(players: float, facilitator: float, total: float) -> float:
    """How much of the page the players' side gets; the facilitator's side gets the rest.

    Both halves are equal when both sides fit; otherwise the side with more to
    say gets the room the other does not need, so that little has to shrink.
    """
    half = total / 2
    if players <= half and facilitator <= half:
        return half
    if players + facilitator <= total:
        return total - facilitator if facilitator > half else players
    return min(players, half)


def _decorator(cut: float, cut_here: str, page: str) -> Callable[[Canvas, BaseDocTemplate], None]:
    def decorate(canvas: Canvas, document: BaseDocTemplate) -> None:
        """The cut line between the two sides, and the page's place in the deck."""
        width, _height = document.pagesize
        fonts = register_fonts()
        canvas.saveState()
        canvas.setStrokeColor(MUTED)
        canvas.setDash(4, 3)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, cut, width - MARGIN, cut)
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.regular, 7.5)
        canvas.drawString(MARGIN, cut + 2, f"✂ {cut_here}")
        canvas.drawRightString(
            width - MARGIN,
            MARGIN / 2,
            f"{document.title} · {page.format(page=canvas.getPageNumber())}",
        )
        canvas.restoreState()

    return decorate


def render_cards(deck: Deck, paper: str = "a4", language: str | None = None) -> bytes:
    """The cards of a deck as PDF bytes; the same deck always gives the same bytes.

    The cards' own words (labels, headings, what comes next) are in ``language``,
    by default the deck's (a deck loaded with its translation is in that language)."""
    with i18n.language(language or deck.language):
        return _render_cards(deck, paper)


def _render_cards(deck: Deck, paper: str) -> bytes:
    pagesize = PAPERS[paper]
    width, height = pagesize
    total = height - 2 * MARGIN - 2 * GAP
    inner = width - 2 * MARGIN
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        title=_("Inject cards: {deck}").format(deck=deck.title),
        author="tabletop",
        subject=ngettext(
            "{n} inject card for paper play", "{n} inject cards for paper play", len(deck.injects)
        ).format(n=len(deck.injects)),
        lang=i18n.current_language(),
        creator="tabletop",
        # the date the cards were printed; a reproducible build (SOURCE_DATE_EPOCH) fixes it
        invariant=1 if reproducible() else 0,
        initialFontName=register_fonts().regular,  # no stray Helvetica in the file
    )
    builder = CardBuilder(deck, inner)
    templates: list[PageTemplate] = []
    story: list[Flowable] = []
    for index, inject in enumerate(deck.injects):
        players = builder.players(index, inject)
        facilitator = builder.facilitator(index, inject)
        top = _split(builder.height(*players), builder.height(*facilitator), total)
        bottom = total - top
        frames = [
            Frame(
                MARGIN,
                MARGIN + bottom + 2 * GAP,
                inner,
                top,
                id="players",
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            ),
            Frame(
                MARGIN,
                MARGIN,
                inner,
                bottom,
                id="facilitator",
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            ),
        ]
        name = f"card-{index}"
        decorate = _decorator(MARGIN + bottom + GAP, _("cut here"), _("page {page}"))
        templates.append(PageTemplate(name, frames, onPage=decorate))
        if index:
            story += [NextPageTemplate(name), FrameBreak()]
        story += builder.fit(*players, top)
        story.append(FrameBreak())
        story += builder.fit(*facilitator, bottom)
    if not templates:
        templates.append(PageTemplate("empty", [Frame(MARGIN, MARGIN, inner, total)]))
        story.append(Spacer(1, 1))
    document.addPageTemplates(templates)
    document.build(story)
    return buffer.getvalue()


def write_cards(deck: Deck, path: Path, paper: str = "a4", language: str | None = None) -> int:
    """Write the cards PDF atomically; returns the number of pages (one per inject).

    Raises DeckWriteError with a plain message if the file cannot be written.
    """
    try:
        write_printed(render_cards(deck, paper, language), Path(path), what="cards")
    except PrintWriteError as exc:
        raise DeckWriteError(str(exc)) from None
    return len(deck.injects)
