"""Join cards: one printed page per team with its QR code and address, to put on its table.

The QR code is made with segno and drawn as vector squares, so it scans at
any print size. A card opens one team's view: it says so, so that teams keep
their own card to themselves.
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
from reportlab.pdfgen.canvas import Canvas

from tabletop.core.deck.writer import write_bytes_atomic
from tabletop.core.fonts import register_fonts

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


def render_join_cards(title: str, cards: Sequence[JoinCard], paper: str = "a4") -> bytes:
    """The join cards as PDF bytes, one page per team."""
    fonts = register_fonts()
    width, height = PAPERS[paper]
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), invariant=1)
    canvas.setTitle(f"Join cards: {title}")
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
            "1. Join the room's network (Wi-Fi: ______________________________).",
            "2. Scan the code with the camera, or type the address above in a browser.",
            "3. Keep the page open: it follows the exercise and reconnects by itself.",
            "",
            f"This card opens the view of {card.team} only. Keep it to your team.",
        ]
        canvas.setFont(fonts.regular, 12)
        y = top - size - 26 * mm
        for line in lines:
            canvas.drawString(margin, y, line)
            y -= 7 * mm
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.regular, 8)
        canvas.drawString(
            margin,
            margin / 2,
            "Traffic is plain HTTP on the room's network; the page asks for nothing personal.",
        )
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write_join_cards(path: Path, title: str, cards: Sequence[JoinCard], paper: str = "a4") -> None:
    """Write the join cards atomically; raises DeckWriteError with a plain message."""
    write_bytes_atomic(path, render_join_cards(title, cards, paper))
