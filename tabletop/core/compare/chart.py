"""The comparison's chart: every section's escalation level over scenario time, on one axis.

Each section's line has its own colour, dash pattern and letter at its end,
so a black-and-white print still tells them apart. Lines that run together are
drawn a little apart so none hides another.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Group, Line, PolyLine, String
from reportlab.lib import colors

from tabletop.core.compare.model import Comparison
from tabletop.core.fonts import register_fonts
from tabletop.core.i18n import _
from tabletop.core.report.pdf.chart_kit import AXIS, GRID, INK, TimeAxis, fit_text

SECTION_COLOURS = (
    colors.HexColor("#14283f"),
    colors.HexColor("#c05621"),
    colors.HexColor("#2f855a"),
    colors.HexColor("#805ad5"),
    colors.HexColor("#b83280"),
    colors.HexColor("#2b6cb0"),
    colors.HexColor("#718096"),
    colors.HexColor("#975a16"),
)
SECTION_DASHES: tuple[tuple[float, ...] | None, ...] = (
    None,
    (5, 2),
    (1.5, 1.5),
    (7, 2, 1.5, 2),
    (9, 3),
    (2, 3),
    (4, 1, 1, 1),
    (12, 2),
)


def style_of(index: int) -> tuple[colors.Color, tuple[float, ...] | None]:
    return SECTION_COLOURS[index % len(SECTION_COLOURS)], SECTION_DASHES[
        index % len(SECTION_DASHES)
    ]


def escalation_drawing(comparison: Comparison, width: float, plot_height: float = 150) -> Drawing:
    """Each section's level over scenario time, with a legend naming the sections."""
    fonts = register_fonts()
    sections = comparison.sections
    levels = [level for level, _name in comparison.ladder] or [0, 10]
    lowest, highest = min(levels), max(levels)
    legend_rows = (len(sections) + 1) // 2
    bottom = 32.0 + legend_rows * 11
    height = bottom + plot_height + 10
    label_width = 118.0
    drawing = Drawing(width, height, initialFontName=fonts.regular)
    group = Group()
    start = min(s.start for s in sections)
    end = max(s.end for s in sections)
    axis = TimeAxis(start, end, label_width, width - 22)
    span = max(highest - lowest, 1)

    def y(level: float) -> float:
        return bottom + (level - lowest) / span * plot_height

    names = dict(comparison.ladder)
    for level in range(lowest, highest + 1):
        group.add(
            Line(axis.left, y(level), axis.right, y(level), strokeColor=GRID, strokeWidth=0.4)
        )
        label = fit_text(f"{level}  {names.get(level, '')}", fonts.regular, 6.3, label_width - 8)
        group.add(
            String(
                axis.left - 5,
                y(level) - 2.2,
                label,
                fontName=fonts.regular,
                fontSize=6.3,
                textAnchor="end",
                fillColor=AXIS,
            )
        )
    axis.draw(group, bottom, bottom + plot_height, fonts.regular)
    group.add(
        Line(axis.left, bottom, axis.left, bottom + plot_height, strokeColor=AXIS, strokeWidth=0.8)
    )
    for index, section in enumerate(sections):
        colour, dash = style_of(index)
        offset = (index - (len(sections) - 1) / 2) * 1.6  # lines that coincide stay visible
        points: list[float] = []
        steps = section.levels
        for i, step in enumerate(steps):
            upto = steps[i + 1].minute if i + 1 < len(steps) else section.end
            points += [axis.x(step.minute), y(step.level) + offset]
            points += [axis.x(upto), y(step.level) + offset]
        group.add(PolyLine(points, strokeColor=colour, strokeWidth=1.6, strokeDashArray=dash))
        group.add(
            String(
                points[-2] + 3,
                points[-1] - 2.5,
                section.label,
                fontName=fonts.bold,
                fontSize=7.5,
                fillColor=colour,
            )
        )
    column = (width - 10) / 2
    top = bottom - 30
    for index, section in enumerate(sections):
        colour, dash = style_of(index)
        lx = 6 + (index % 2) * column
        ly = top - (index // 2) * 11
        group.add(
            Line(
                lx,
                ly + 2.5,
                lx + 24,
                ly + 2.5,
                strokeColor=colour,
                strokeWidth=1.6,
                strokeDashArray=dash,
            )
        )
        text = _("{section} (peak {peak}, ends at {end})").format(
            section=section.title, peak=section.peak, end=section.final_level
        )
        group.add(
            String(
                lx + 29,
                ly,
                fit_text(text, fonts.regular, 7, column - 34),
                fontName=fonts.regular,
                fontSize=7,
                fillColor=INK,
            )
        )
    drawing.add(group)
    return drawing
