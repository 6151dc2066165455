"""Join cards: one printed page per team with its QR code and address, to put on its table.

The QR code is made with segno and drawn as vector squares, so it scans at
any print size. A card opens one team's view: it says so, so that teams keep
their own card to themselves. Cards are written in the session's language
(``language``; the language in force when it is not given).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import segno
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from tabletop.core import i18n
from tabletop.core.deck.writer import write_bytes_atomic
from tabletop.core.fonts import register_fonts
from tabletop.core.i18n import _

PAPERS = {"a4": A4, "letter": LETTER}
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
BAND = colors.HexColor("#1d4e89")


@dataclass(frozen=True)
class JoinCard:
    """What one team's card says."""

    team: str
    url: str


def qr_matrix(url: str) -> list[list[bool]]:
    """The QR code of an address as rows of dark (True) and light modules, no border."""
    code = segno.make(url, error="m", micro=False)
    return [[bool(module) for module in row] for row in code.matrix]


def _draw_qr(canvas: Canvas, url: str, x: float, y: float, size: float) -> None:
    matrix = qr_matrix(url)
    count = len(matrix)
    module = size / count
    canvas.setFillColor(colors.black)
    for row_number, row in enumerate(matrix):
        top = y + size - (row_number + 1) * module
        for column, dark in enumerate(row):
            if dark:
                canvas.rect(x + column * module, top, module, module, stroke=0, fill=1)


def render_join_cards(
    title: str, cards: Sequence[JoinCard], paper: str = "a4", language: str | None = None
) -> bytes:
    """The join cards as PDF bytes, one page per team, in ``language`` (the session's)."""
    with i18n.language(language):
        return _render(title, cards, paper)


def _render(title: str, cards: Sequence[JoinCard], paper: str) -> bytes:
    fonts = register_fonts()
    width, height = PAPERS[paper]
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), invariant=1)
    canvas.setTitle(_("Join cards: {title}").format(title=title))
    canvas.setAuthor("tabletop")
    margin = 18 * mm
    for card in cards:
        canvas.setFillColor(BAND)
        canvas.rect(0, height - 30 * mm, width, 30 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(fonts.bold, 24)
        canvas.drawString(margin, height - 17 * mm, card.team)
        canvas.setFont(fonts.regular, 11)
        canvas.drawString(margin, height - 25 * mm, title)
        size = min(width - 2 * margin, 120 * mm)
        top = height - 45 * mm
        _draw_qr(canvas, card.url, (width - size) / 2, top - size, size)
        canvas.setFillColor(INK)
        canvas.setFont(fonts.bold, 13)
        canvas.drawCentredString(width / 2, top - size - 12 * mm, card.url)
        lines = [
            _("1. Join the room's network (Wi-Fi: {blank}).").format(blank="_" * 30),
            _("2. Scan the code with the camera, or type the address above in a browser."),
            _("3. Keep the page open: it follows the exercise and reconnects by itself."),
            "",
            _("This card opens the view of {team} only. Keep it to your team.").format(
                team=card.team
            ),
        ]
        canvas.setFont(fonts.regular, 12)
        y = top - size - 26 * mm
        for line in lines:
            # a language whose sentences are longer wraps them within the margins
            for part in simpleSplit(line, fonts.regular, 12, width - 2 * margin) or [""]:
                canvas.drawString(margin, y, part)
                y -= 6 * mm
            y -= 1 * mm
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.regular, 8)
        footer = _(
            "Traffic is plain HTTP on the room's network; the page asks for nothing personal."
        )
        for n, part in enumerate(
            reversed(simpleSplit(footer, fonts.regular, 8, width - 2 * margin))
        ):
            canvas.drawString(margin, margin / 2 + n * 4 * mm, part)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write_join_cards(
    path: Path,
    title: str,
    cards: Sequence[JoinCard],
    paper: str = "a4",
    language: str | None = None,
) -> None:
    """Write the join cards atomically (in ``language``, the session's); raises
    DeckWriteError with a plain message."""
    write_bytes_atomic(path, render_join_cards(title, cards, paper, language))
