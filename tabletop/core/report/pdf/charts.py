"""The report's charts, drawn with reportlab's own graphics (vector, selectable text).

Both charts share a time axis in scenario time. Lines and bars differ by dash
pattern or by a printed word as well as by colour, so a black-and-white print
still reads.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Group, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from tabletop.core.fonts import register_fonts, runs, visual_order
from tabletop.core.i18n import _, pgettext
from tabletop.core.report import clock, words
from tabletop.core.report.model import (
    AxisMark,
    AxisSegment,
    ChannelAnalysis,
    DeckPath,
    EscalationChart,
)
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


def _steps(minutes: Sequence[float], values: Sequence[float], end: float) -> list[float]:
    """Points of a step line: each value holds until the next change, the last until ``end``."""
    points: list[float] = []
    for i, (minute, value) in enumerate(zip(minutes, values, strict=True)):
        upto = minutes[i + 1] if i + 1 < len(minutes) else end
        points += [minute, value, upto, value]
    return points


def escalation_drawing(chart: EscalationChart, width: float) -> Drawing:
    """The adjudicated level and each team's believed level over scenario time."""
    fonts = register_fonts()
    teams = chart.teams
    legend_rows = (len(teams) + 3) // 2  # adjudicated level, teams, threshold; two a row
    plot_height = 190.0
    bottom = 58.0 + legend_rows * 12
    height = bottom + plot_height + 12
    label_width = 132.0
    drawing = Drawing(width, height, initialFontName=fonts.regular)
    group = Group()
    axis = TimeAxis(chart.start, chart.end, label_width, width - 14, chart.segments)
    levels = range(chart.lowest, chart.highest + 1)
    span = max(chart.highest - chart.lowest, 1)

    def y(level: float) -> float:
        return bottom + (level - chart.lowest) / span * plot_height

    names = dict(chart.level_names)
    thresholds = {t.level for t in chart.thresholds}
    for level in levels:
        group.add(
            Line(axis.left, y(level), axis.right, y(level), strokeColor=GRID, strokeWidth=0.4)
        )
        # a threshold rung's label is bold and red, matching its dashed line; the caption
        # under the chart names the threshold (labels inside the plot would hide the lines)
        font = fonts.bold if level in thresholds else fonts.regular
        label = fit_text(f"{level}  {names.get(level, '')}", font, 6.5, label_width - 8)
        group.add(
            String(
                axis.left - 5,
                y(level) - 2.3,
                label,
                fontName=font,
                fontSize=6.5,
                textAnchor="end",
                fillColor=THRESHOLD if level in thresholds else AXIS,
            )
        )
    axis.draw(group, bottom, bottom + plot_height, fonts.regular)
    group.add(
        Line(axis.left, bottom, axis.left, bottom + plot_height, strokeColor=AXIS, strokeWidth=0.8)
    )
    for level in sorted(thresholds):
        group.add(
            Line(
                axis.left,
                y(level),
                axis.right,
                y(level),
                strokeColor=THRESHOLD,
                strokeWidth=0.9,
                strokeDashArray=(5, 3),
            )
        )

    # C1, C2 … where a channel stopped working, R1 … where one worked again; a label moves
    # down a row when it would touch the one before
    rows_used: list[float] = []
    counters = {False: 0, True: 0}
    for mark in chart.closures:
        counters[mark.reopened] += 1
        label = f"{'R' if mark.reopened else 'C'}{counters[mark.reopened]}"
        colour = OPENED if mark.reopened else THRESHOLD
        cx = axis.x(mark.minute)
        group.add(
            Line(
                cx,
                bottom,
                cx,
                bottom + plot_height,
                strokeColor=colour,
                strokeWidth=0.7,
                strokeDashArray=(1, 2),
            )
        )
        near_end = cx + 14 > axis.right  # keep the label inside the plot
        row = 0
        while row < len(rows_used) and abs(rows_used[row] - cx) < 16:
            row += 1
        if row == len(rows_used):
            rows_used.append(cx)
        else:
            rows_used[row] = cx
        group.add(
            String(
                cx - 2 if near_end else cx + 2,
                bottom + plot_height - 8 - 8 * (row % 12),
                label,
                fontName=fonts.bold,
                fontSize=6.5,
                fillColor=colour,
                textAnchor="end" if near_end else "start",
            )
        )
    axis.draw_marks(group, chart.marks, bottom - 30, bottom + plot_height, fonts.regular)
    group.add(
        String(
            axis.left,
            bottom - 40,
            _("Scenario time (day, hour); numbers: injects in the order played"),
            fontName=fonts.regular,
            fontSize=6.5,
            fillColor=AXIS,
        )
    )
    group.add(
        String(
            6,
            bottom + plot_height + 4,
            _("Escalation level"),
            fontName=fonts.regular,
            fontSize=6.5,
            fillColor=AXIS,
        )
    )

    minutes = [p.minute for p in chart.points]
    if chart.points:
        for index in range(len(teams)):
            # beside the adjudicated line, never on it: a belief equal to the real level
            # stays visible as a thin line along the thick one
            offset = (1 + index // 2) * 2.0 * (1 if index % 2 == 0 else -1)
            values = [y(p.beliefs[index]) + offset for p in chart.points]
            steps = _steps(minutes, values, axis.end)
            xs = [axis.x(v) if i % 2 == 0 else v for i, v in enumerate(steps)]
            group.add(
                PolyLine(
                    xs,
                    strokeColor=TEAM_COLOURS[index % len(TEAM_COLOURS)],
                    strokeWidth=1.1,
                    strokeDashArray=TEAM_DASHES[index % len(TEAM_DASHES)],
                )
            )
        steps = _steps(minutes, [y(p.level) for p in chart.points], axis.end)
        xs = [axis.x(v) if i % 2 == 0 else v for i, v in enumerate(steps)]
        group.add(PolyLine(xs, strokeColor=ACTUAL, strokeWidth=2.4))

    Dash = tuple[float, ...] | None
    entries: list[tuple[str, colors.Color, float, Dash]] = [
        (_("Adjudicated level"), ACTUAL, 2.4, None)
    ]
    entries += [
        (
            _("Believed by {team}").format(team=team),
            TEAM_COLOURS[i % len(TEAM_COLOURS)],
            1.1,
            TEAM_DASHES[i % len(TEAM_DASHES)],
        )
        for i, team in enumerate(teams)
    ]
    entries.append((_("Threshold"), THRESHOLD, 0.9, (5, 3)))
    column = (width - 10) / 2
    top = bottom - 54
    for i, (label, colour, stroke, dash) in enumerate(entries):
        lx = 6 + (i % 2) * column
        ly = top - (i // 2) * 12
        group.add(
            Line(
                lx,
                ly + 2.5,
                lx + 22,
                ly + 2.5,
                strokeColor=colour,
                strokeWidth=stroke,
                strokeDashArray=dash,
            )
        )
        group.add(
            String(
                lx + 27,
                ly,
                fit_text(label, fonts.regular, 7, column - 32),
                fontName=label_font(label, fonts.regular),
                fontSize=7,
                fillColor=INK,
            )
        )
    drawing.add(group)
    return drawing


def availability_drawing(analysis: ChannelAnalysis, width: float) -> Drawing:
    """Each channel's status over scenario time, as a bar of coloured, labelled spans."""
    fonts = register_fonts()
    row, bar = 15.0, 10.0
    tracks = analysis.tracks
    bottom = 62.0
    height = bottom + row * max(len(tracks), 1) + 6
    label_width = 150.0
    drawing = Drawing(width, height, initialFontName=fonts.regular)
    group = Group()
    axis = TimeAxis(analysis.start, analysis.end, label_width, width - 14, analysis.segments)
    top = bottom + row * len(tracks)
    axis.draw(group, bottom, top, fonts.regular)
    axis.draw_marks(group, analysis.marks, bottom - 30, top, fonts.regular)
    for index, track in enumerate(tracks):
        base = top - (index + 1) * row + (row - bar) / 2
        label = fit_text(track.channel, fonts.regular, 7, label_width - 8)
        group.add(
            String(
                axis.left - 5,
                base + 2.5,
                label,
                fontName=label_font(label, fonts.regular),
                fontSize=7,
                textAnchor="end",
                fillColor=INK,
            )
        )
        for span in track.spans:
            # the last span runs to the axis' end (which is padded for a session that has
            # not moved in story time yet)
            last = span.end >= analysis.end
            x0, x1 = axis.x(span.start), axis.x(axis.end if last else span.end)
            if span.end <= span.start and not last:
                continue
            if x1 - x0 < MIN_BAR:  # a short stretch stays visible
                x1 = x0 + MIN_BAR
            group.add(
                Rect(
                    x0,
                    base,
                    x1 - x0,
                    bar,
                    fillColor=STATUS_FILL[span.status],
                    strokeColor=colors.white,
                    strokeWidth=0.5,
                )
            )
            word = words.channel_status(span.status)
            if x1 - x0 > stringWidth(word, fonts.regular, 6) + 6:
                group.add(
                    String(
                        (x0 + x1) / 2,
                        base + 2.6,
                        word,
                        fontName=fonts.regular,
                        fontSize=6,
                        textAnchor="middle",
                        fillColor=STATUS_TEXT[span.status],
                    )
                )
    legend_y = 6.0
    x = 6.0
    for status, fill in STATUS_FILL.items():
        group.add(Rect(x, legend_y, 16, 8, fillColor=fill, strokeColor=AXIS, strokeWidth=0.3))
        text = {
            "open": pgettext("channel status label", "Open"),
            "degraded": _("Degraded (delayed)"),
            "closed": pgettext("channel status label", "Closed"),
            "proposed": _("Proposed (not yet agreed)"),
        }[status]
        group.add(
            String(x + 20, legend_y + 1.5, text, fontName=fonts.regular, fontSize=7, fillColor=INK)
        )
        x += 26 + stringWidth(text, fonts.regular, 7) + 14
    drawing.add(group)
    return drawing


PATH_FILL = {
    "delivered": colors.HexColor("#dbe8f5"),
    "skipped": colors.HexColor("#f4e3b5"),
    "not reached": colors.white,
}


PATH_ROWS = 14  # a longer deck gets more, narrower columns: the figure fits a page


def path_drawing(path: DeckPath, width: float) -> Drawing:
    """The deck's injects as boxes in the deck's order, shaded by what became of them, with
    the path of play drawn through them in the order played."""
    fonts = register_fonts()
    steps = path.steps
    columns = max(4, -(-len(steps) // PATH_ROWS))
    gap_x, gap_y = 10.0, 12.0
    box_w = (width - gap_x * (columns - 1)) / columns
    box_h = 24.0
    rows = max(1, -(-len(steps) // columns))
    legend = 16.0
    height = rows * (box_h + gap_y) + legend
    drawing = Drawing(width, height, initialFontName=fonts.regular)
    group = Group()
    boxes = Group()  # drawn over the path of play, which shows between them
    centres: dict[int, tuple[float, float]] = {}
    for index, step in enumerate(steps):
        col, row = index % columns, index // columns
        x = col * (box_w + gap_x)
        y = height - (row + 1) * (box_h + gap_y) + gap_y / 2
        taken = step.status == "delivered"
        boxes.add(
            Rect(
                x,
                y,
                box_w,
                box_h,
                fillColor=PATH_FILL.get(step.status, colors.white),
                strokeColor=ACTUAL if taken else AXIS,
                strokeWidth=1.1 if taken else 0.5,
                strokeDashArray=None if step.status != "not reached" else (2, 2),
            )
        )
        tag = f"{step.order}. " if step.order else ""
        boxes.add(
            String(
                x + 4,
                y + box_h - 10,
                fit_text(
                    f"{tag}{step.title}", fonts.bold if taken else fonts.regular, 6.8, box_w - 8
                ),
                fontName=label_font(step.title, fonts.bold if taken else fonts.regular),
                fontSize=6.8,
                fillColor=INK,
            )
        )
        boxes.add(
            String(
                x + 4,
                y + 4,
                words.path_status(step.status).lower(),
                fontName=fonts.regular,
                fontSize=6,
                fillColor=AXIS,
            )
        )
        if step.order:
            centres[step.order] = (x + box_w - 6, y + box_h / 2)
    ordered = [centres[n] for n in sorted(centres)]
    if len(ordered) > 1:
        points: list[float] = []
        for cx, cy in ordered:
            points += [cx, cy]
        group.add(PolyLine(points, strokeColor=THRESHOLD, strokeWidth=0.9))
    group.add(boxes)
    for cx, cy in ordered if len(ordered) > 1 else ():
        group.add(Rect(cx - 1.6, cy - 1.6, 3.2, 3.2, fillColor=THRESHOLD, strokeColor=THRESHOLD))
    x = 0.0
    for status, fill in PATH_FILL.items():
        group.add(Rect(x, 3, 14, 8, fillColor=fill, strokeColor=AXIS, strokeWidth=0.4))
        group.add(
            String(
                x + 18,
                4,
                words.path_status(status),
                fontName=fonts.regular,
                fontSize=7,
                fillColor=INK,
            )
        )
        x += 30 + stringWidth(words.path_status(status), fonts.regular, 7) + 12
    group.add(Line(x, 7, x + 16, 7, strokeColor=THRESHOLD, strokeWidth=0.9))
    group.add(
        String(x + 20, 4, _("Order of play"), fontName=fonts.regular, fontSize=7, fillColor=INK)
    )
    drawing.add(group)
    return drawing
