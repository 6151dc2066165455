"""What the report's charts (and the comparison's) share: the palette, labels that fit,
and the time axis in scenario time."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Group, Line, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from tabletop.core.fonts import runs, visual_order
from tabletop.core.report import clock
from tabletop.core.report.model import AxisMark, AxisSegment
from tabletop.core.report.pdf.text import clean

INK = colors.HexColor("#1b1b1b")
GRID = colors.HexColor("#d9dde3")
AXIS = colors.HexColor("#5b6470")
THRESHOLD = colors.HexColor("#a33a2c")
ACTUAL = colors.HexColor("#14283f")
MOVE = colors.HexColor("#7a869a")
OPENED = colors.HexColor("#2f855a")
TEAM_COLOURS = (
    colors.HexColor("#2b6cb0"),
    colors.HexColor("#c05621"),
    colors.HexColor("#2f855a"),
    colors.HexColor("#805ad5"),
    colors.HexColor("#b83280"),
    colors.HexColor("#718096"),
)
TEAM_DASHES: tuple[tuple[float, ...], ...] = ((4, 2), (1.5, 1.5), (6, 2, 1.5, 2), (8, 3), (2, 3))
STATUS_FILL = {
    "open": colors.HexColor("#3f7d58"),
    "degraded": colors.HexColor("#e3b341"),
    "closed": colors.HexColor("#a33a2c"),
    "proposed": colors.HexColor("#d5d9de"),
}
STATUS_TEXT = {
    "open": colors.white,
    "degraded": INK,
    "closed": colors.white,
    "proposed": INK,
}
TICK_STEPS = (1, 2, 5, 10, 15, 30, 60, 120, 180, 240, 360, 720, 1440, 2880, 5760, 10080)
MIN_SPAN = 10.0  # minutes: a session that has not moved in story time is drawn over this
MIN_BAR = 1.5  # points: the narrowest status span drawn


def label_font(text: str, font: str) -> str:
    """The font a label is drawn in: a fallback font if the main one lacks a character."""
    for _font, _part in runs(text):
        if _font is not None:
            return _font
    return font


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """Text cut with an ellipsis so it fits ``width`` points (right-to-left text in visual
    order)."""
    text = visual_order(" ".join(clean(text).split()))
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


SEGMENT_GAP = 10.0  # points between two stretches of a cut axis


class TimeAxis:
    """Maps scenario minutes to x positions over one or more stretches of story time.

    Long quiet stretches are cut out (the model's segments); each stretch gets
    room in proportion to its length, but never less than a fifth of its share.
    """

    def __init__(
        self,
        start: float,
        end: float,
        left: float,
        right: float,
        segments: Sequence[AxisSegment] = (),
    ) -> None:
        if end - start < 1:
            end = start + MIN_SPAN
        self.start, self.end, self.left, self.right = start, end, left, right
        spans = [(s.start, max(s.end, s.start + 1)) for s in segments] or [(start, end)]
        spans[-1] = (spans[-1][0], max(spans[-1][1], end if len(spans) == 1 else spans[-1][1]))
        self.spans = spans
        room = right - left - SEGMENT_GAP * (len(spans) - 1)
        total = sum(b - a for a, b in spans)
        even = room / len(spans)
        widths = [max((b - a) / total * room, even / 5) for a, b in spans]
        scale = room / sum(widths)
        self.widths = [w * scale for w in widths]
        self.offsets = []
        x = left
        for w in self.widths:
            self.offsets.append(x)
            x += w + SEGMENT_GAP

    def x(self, minute: float) -> float:
        for (a, b), x0, w in zip(self.spans, self.offsets, self.widths, strict=True):
            if minute <= b:
                share = (max(minute, a) - a) / (b - a)
                return x0 + share * w
        return self.right

    def ticks(self, most: int = 8) -> list[float]:
        ticks: list[float] = []
        for (a, b), w in zip(self.spans, self.widths, strict=True):
            count = max(2, int(most * w / max(self.right - self.left, 1)))
            span = b - a
            step = next((s for s in TICK_STEPS if span / s <= count), TICK_STEPS[-1])
            while span / step > count:
                step *= 2
            tick = float(-(-a // step) * step)
            while tick <= b + 1e-6:
                ticks.append(tick)
                tick += step
        return ticks

    def draw(self, group: Group, bottom: float, top: float, font: str) -> None:
        for x0, w in zip(self.offsets, self.widths, strict=True):
            group.add(Line(x0, bottom, x0 + w, bottom, strokeColor=AXIS, strokeWidth=0.8))
        for x0 in self.offsets[1:]:  # the cut: two slanted strokes in the gap
            for dx in (-6.0, -3.0):
                group.add(
                    Line(
                        x0 + dx,
                        bottom - 3,
                        x0 + dx + 3,
                        bottom + 3,
                        strokeColor=AXIS,
                        strokeWidth=0.8,
                    )
                )
        labelled = -1e9
        for tick in self.ticks():
            x = self.x(tick)
            whole = int(tick)
            day, minute = whole // 1440 + 1, whole % 1440
            group.add(Line(x, bottom, x, top, strokeColor=GRID, strokeWidth=0.4))
            group.add(Line(x, bottom - 3, x, bottom, strokeColor=AXIS, strokeWidth=0.8))
            labels = (clock.day(day), f"{minute // 60:02d}:{minute % 60:02d}")
            room = max(stringWidth(text, font, 6.5) for text in labels) + 4
            if x - labelled < room:  # a tick just past a cut: its label would overprint
                continue
            labelled = x
            for dy, text in zip((11, 19), labels, strict=True):
                group.add(
                    String(
                        x,
                        bottom - dy,
                        text,
                        fontName=font,
                        fontSize=6.5,
                        textAnchor="middle",
                        fillColor=AXIS,
                    )
                )

    def draw_marks(
        self, group: Group, marks: Sequence[AxisMark], y: float, top: float, font: str
    ) -> None:
        """Injects (their number in play) on a line under the axis; moves as a faint line."""
        last_x = -100.0
        for mark in marks:
            x = self.x(mark.minute)
            if mark.move:
                group.add(
                    Line(
                        x, y + 8, x, top, strokeColor=MOVE, strokeWidth=0.6, strokeDashArray=(3, 2)
                    )
                )
                label = fit_text(mark.label, font, 6, 60)
                near_end = x + stringWidth(label, font, 6) + 4 > self.right
                group.add(
                    String(
                        x - 2 if near_end else x + 2,
                        y + 33,  # just above the axis, clear of the channel marks at the top
                        label,
                        fontName=font,
                        fontSize=6,
                        fillColor=MOVE,
                        textAnchor="end" if near_end else "start",
                    )
                )
                continue
            if x - last_x < 8:
                continue  # too close to the previous number to print
            last_x = x
            group.add(Line(x, y + 6, x, y + 9, strokeColor=INK, strokeWidth=0.6))
            group.add(
                String(
                    x,
                    y,
                    mark.label,
                    fontName=font,
                    fontSize=5.5,
                    textAnchor="middle",
                    fillColor=INK,
                )
            )
