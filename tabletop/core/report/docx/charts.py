"""The report's charts as PNG images for the Word document, drawn with Pillow.

Drawn from the model's chart data alone: the escalation levels and beliefs,
the channels' status spans, the deck's path, each over the stretches of story
time the model gives.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from tabletop.core import paths
from tabletop.core.i18n import _
from tabletop.core.report import clock, words
from tabletop.core.report.model import AxisSegment, ChannelAnalysis, DeckPath, EscalationChart
from tabletop.core.report.path_figure import figure_steps, grid

SCALE = 2  # pixels per point: sharp in print
INK = (27, 27, 27)
GRID = (217, 221, 227)
AXIS = (91, 100, 112)
RED = (163, 58, 44)
NAVY = (20, 40, 63)
GREEN = (47, 133, 90)
TEAMS = ((43, 108, 176), (192, 86, 33), (47, 133, 90), (128, 90, 213), (184, 50, 128))
STATUS = {
    "open": (63, 125, 88),
    "degraded": (227, 179, 65),
    "closed": (163, 58, 44),
    "proposed": (213, 217, 222),
}
PATH = {"delivered": (219, 232, 245), "skipped": (244, 227, 181), "not reached": (255, 255, 255)}


@lru_cache(maxsize=8)
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(paths.resources_dir() / "fonts" / name), size * SCALE)


def _fit(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: float) -> str:
    if draw.textlength(text, font=font) <= width:
        return text
    while text and draw.textlength(text + "…", font=font) > width:
        text = text[:-1]
    return text + "…"


class _Axis:
    def __init__(
        self, segments: Sequence[AxisSegment], start: float, end: float, left: float, right: float
    ):
        spans = [(s.start, max(s.end, s.start + 1)) for s in segments] or [
            (start, max(end, start + 10))
        ]
        gap = 10 * SCALE
        room = right - left - gap * (len(spans) - 1)
        total = sum(b - a for a, b in spans)
        widths = [max((b - a) / total * room, room / len(spans) / 5) for a, b in spans]
        k = room / sum(widths)
        self.spans, self.widths, self.offsets = spans, [w * k for w in widths], []
        x = left
        for w in self.widths:
            self.offsets.append(x)
            x += w + gap
        self.right = right

    def x(self, minute: float) -> float:
        for (a, b), x0, w in zip(self.spans, self.offsets, self.widths, strict=True):
            if minute <= b:
                return x0 + (max(minute, a) - a) / (b - a) * w
        return self.right

    def draw(self, draw: ImageDraw.ImageDraw, bottom: float, top: float) -> None:
        font = _font(7)
        labelled = -1e9  # where the last label ends: one that would overprint it is left out
        for (a, b), x0, w in zip(self.spans, self.offsets, self.widths, strict=True):
            draw.line([(x0, bottom), (x0 + w, bottom)], fill=AXIS, width=SCALE)
            for minute in (a, (a + b) / 2, b):
                x = self.x(minute)
                whole = int(minute)
                label = clock.scenario(whole)
                draw.line([(x, top), (x, bottom)], fill=GRID, width=1)
                half = draw.textlength(label, font=font) / 2
                if x - half < labelled + 3 * SCALE or x + half > self.right + 12 * SCALE:
                    continue
                labelled = x + half
                draw.text((x, bottom + 4 * SCALE), label, font=font, fill=AXIS, anchor="mt")
        for x0 in self.offsets[1:]:
            draw.text((x0 - 5 * SCALE, bottom), "//", font=font, fill=AXIS, anchor="mm")


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def escalation_png(chart: EscalationChart, width_pt: float = 480) -> bytes:
    width = int(width_pt * SCALE)
    legend_rows = (len(chart.teams) + 3) // 2
    plot_h = 190 * SCALE
    top, left, right = 14 * SCALE, 132 * SCALE, width - 14 * SCALE
    bottom = top + plot_h
    height = bottom + (30 + 14 * legend_rows) * SCALE
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    axis = _Axis(chart.segments, chart.start, chart.end, left, right)
    span = max(chart.highest - chart.lowest, 1)

    def y(level: float) -> float:
        return bottom - (level - chart.lowest) / span * plot_h

    names = dict(chart.level_names)
    thresholds = {t.level for t in chart.thresholds}
    small = _font(7)
    for level in range(chart.lowest, chart.highest + 1):
        draw.line([(left, y(level)), (right, y(level))], fill=GRID, width=1)
        label = _fit(draw, f"{level}  {names.get(level, '')}", small, left - 10 * SCALE)
        draw.text(
            (left - 5 * SCALE, y(level)),
            label,
            font=_font(7, level in thresholds),
            fill=RED if level in thresholds else AXIS,
            anchor="rm",
        )
        if level in thresholds:
            for x in range(int(left), int(right), 8 * SCALE):
                draw.line(
                    [(x, y(level)), (min(x + 5 * SCALE, right), y(level))], fill=RED, width=SCALE
                )
    axis.draw(draw, bottom, top)
    counters = {False: 0, True: 0}
    for mark in chart.closures:
        counters[mark.reopened] += 1
        cx = axis.x(mark.minute)
        colour = GREEN if mark.reopened else RED
        for yy in range(int(top), int(bottom), 4 * SCALE):
            draw.line([(cx, yy), (cx, yy + SCALE)], fill=colour, width=SCALE)
        tag = f"{'R' if mark.reopened else 'C'}{counters[mark.reopened]}"
        draw.text(
            (cx + 2 * SCALE, top + 8 * SCALE * (sum(counters.values()) % 4)),
            tag,
            font=_font(7, True),
            fill=colour,
        )
    minutes = [p.minute for p in chart.points]

    def steps(values: list[float]) -> list[tuple[float, float]]:
        out: list[tuple[float, float]] = []
        for i, (m, v) in enumerate(zip(minutes, values, strict=True)):
            upto = minutes[i + 1] if i + 1 < len(minutes) else chart.end
            out += [(axis.x(m), v), (axis.x(upto), v)]
        return out

    for index in range(len(chart.teams)):
        offset = (1 + index // 2) * 2 * SCALE * (1 if index % 2 == 0 else -1)
        points = steps([y(p.beliefs[index]) + offset for p in chart.points])
        if len(points) > 1:
            draw.line(points, fill=TEAMS[index % len(TEAMS)], width=SCALE)
    points = steps([y(p.level) for p in chart.points])
    if len(points) > 1:
        draw.line(points, fill=NAVY, width=3 * SCALE)
    entries = (
        [(_("Adjudicated level"), NAVY)]
        + [
            (_("Believed by {team}").format(team=t), TEAMS[i % len(TEAMS)])
            for i, t in enumerate(chart.teams)
        ]
        + [(_("Threshold"), RED)]
    )
    column = (width - 20 * SCALE) / 2
    for i, (label, colour) in enumerate(entries):
        lx = 10 * SCALE + (i % 2) * column
        ly = bottom + (26 + 14 * (i // 2)) * SCALE
        draw.line([(lx, ly), (lx + 22 * SCALE, ly)], fill=colour, width=2 * SCALE)
        draw.text(
            (lx + 27 * SCALE, ly),
            _fit(draw, label, small, column - 32 * SCALE),
            font=small,
            fill=INK,
            anchor="lm",
        )
    return _png(image)


def availability_png(analysis: ChannelAnalysis, width_pt: float = 480) -> bytes:
    width = int(width_pt * SCALE)
    row, bar = 15 * SCALE, 10 * SCALE
    left, right, top = 150 * SCALE, width - 14 * SCALE, 6 * SCALE
    bottom = top + row * max(len(analysis.tracks), 1)
    height = bottom + 44 * SCALE
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    axis = _Axis(analysis.segments, analysis.start, analysis.end, left, right)
    axis.draw(draw, bottom, top)
    font = _font(7)
    for index, track in enumerate(analysis.tracks):
        base = top + index * row + (row - bar) / 2
        draw.text(
            (left - 5 * SCALE, base + bar / 2),
            _fit(draw, track.channel, font, left - 10 * SCALE),
            font=font,
            fill=INK,
            anchor="rm",
        )
        for span in track.spans:
            x0 = axis.x(span.start)
            x1 = max(
                axis.x(span.end if span.end < analysis.end else analysis.end), x0 + 1.5 * SCALE
            )
            draw.rectangle([x0, base, x1, base + bar], fill=STATUS[span.status], outline="white")
    x: float = 6 * SCALE
    for status, fill in STATUS.items():
        draw.rectangle(
            [x, height - 14 * SCALE, x + 16 * SCALE, height - 6 * SCALE], fill=fill, outline=AXIS
        )
        label = words.channel_status_label(status)
        draw.text(
            (x + 20 * SCALE, height - 10 * SCALE),
            label,
            font=font,
            fill=INK,
            anchor="lm",
        )
        x += 30 * SCALE + draw.textlength(label, font=font) + 12 * SCALE
    return _png(image)


def path_png(path: DeckPath, width_pt: float = 480) -> bytes:
    width = int(width_pt * SCALE)
    steps = figure_steps(path.steps)
    columns, rows = grid(len(steps))
    gap = 10 * SCALE
    box_w, box_h = (width - gap * (columns - 1)) / columns, 24 * SCALE
    height = int(rows * (box_h + 12 * SCALE) + 4 * SCALE)
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    centres: dict[int, tuple[float, float]] = {}
    for index, step in enumerate(steps):
        x = (index % columns) * (box_w + gap)
        y = (index // columns) * (box_h + 12 * SCALE) + 2 * SCALE
        taken = step.status == "delivered"
        draw.rectangle(
            [x, y, x + box_w, y + box_h],
            fill=PATH.get(step.status, (255, 255, 255)),
            outline=NAVY if taken else AXIS,
            width=2 if taken else 1,
        )
        tag = f"{step.order}. " if step.order else ""
        draw.text(
            (x + 4 * SCALE, y + 3 * SCALE),
            _fit(draw, tag + step.title, _font(7, taken), box_w - 8 * SCALE),
            font=_font(7, taken),
            fill=INK,
        )
        draw.text(
            (x + 4 * SCALE, y + box_h - 10 * SCALE),
            words.path_status(step.status).lower(),
            font=_font(6),
            fill=AXIS,
        )
        if step.order:
            centres[step.order] = (x + box_w - 6 * SCALE, y + box_h / 2)
    ordered = [centres[n] for n in sorted(centres)]
    if len(ordered) > 1:
        draw.line(ordered, fill=RED, width=2)
    return _png(image)
