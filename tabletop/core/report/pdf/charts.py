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

from tabletop.core.fonts import register_fonts
from tabletop.core.i18n import _, pgettext
from tabletop.core.report import words
from tabletop.core.report.model import (
    ChannelAnalysis,
    DeckPath,
    EscalationChart,
)
from tabletop.core.report.path_figure import figure_steps, grid
from tabletop.core.report.pdf.chart_kit import (
    ACTUAL,
    AXIS,
    GRID,
    INK,
    MIN_BAR,
    OPENED,
    STATUS_FILL,
    STATUS_TEXT,
    TEAM_COLOURS,
    TEAM_DASHES,
    THRESHOLD,
    TimeAxis,
    fit_text,
    label_font,
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


def path_drawing(path: DeckPath, width: float) -> Drawing:
    """The deck's injects as boxes in the deck's order, shaded by what became of them, with
    the path of play drawn through them in the order played."""
    fonts = register_fonts()
    steps = figure_steps(path.steps)
    columns, rows = grid(len(steps))
    gap_x, gap_y = 10.0, 12.0
    box_w = (width - gap_x * (columns - 1)) / columns
    box_h = 24.0
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
