"""What the figure of the path through the deck shows, the same in the PDF and in Word.

One box an inject, in the deck's order, on a grid of at most :data:`MAX_COLUMNS` by
:data:`MAX_ROWS` (a page, with boxes wide enough to name their inject). A deck with
more injects than that is drawn with every inject played (delivered or skipped) in
its own box and each run of injects not reached between them counted in one box;
the table beside the figure still lists every inject.
"""

from __future__ import annotations

from collections.abc import Sequence

from tabletop.core.i18n import npgettext
from tabletop.core.report.model import PathStep

MIN_COLUMNS = 4
MAX_COLUMNS = 8
MAX_ROWS = 14
MAX_BOXES = MAX_COLUMNS * MAX_ROWS
NOT_REACHED = ("not reached", "pending")


def figure_steps(steps: Sequence[PathStep]) -> tuple[PathStep, ...]:
    """The boxes of the figure for these steps (see the module's description)."""
    if len(steps) <= MAX_BOXES:
        return tuple(steps)
    boxes: list[PathStep] = []
    counts: list[int] = []  # how many injects each box stands for
    run: list[PathStep] = []

    def close_run() -> None:
        if len(run) == 1:
            boxes.append(run[0])
            counts.append(1)
        elif run:
            boxes.append(_counted(len(run), "not reached"))
            counts.append(len(run))
        run.clear()

    for step in steps:
        if step.status in NOT_REACHED:
            run.append(step)
        else:
            close_run()
            boxes.append(step)
            counts.append(1)
    close_run()
    if len(boxes) > MAX_BOXES:  # more injects played than a page holds: the rest counted
        rest = sum(counts[MAX_BOXES - 1 :])
        boxes[MAX_BOXES - 1 :] = [_counted(rest, "")]
    return tuple(boxes)


def _counted(count: int, status: str) -> PathStep:
    title = npgettext("a box of the path figure", "{count} inject", "{count} injects", count)
    title = title.format(count=count)
    return PathStep("", title, status, 0, "")


def grid(boxes: int) -> tuple[int, int]:
    """(columns, rows) of the figure for this many boxes."""
    columns = min(MAX_COLUMNS, max(MIN_COLUMNS, -(-boxes // MAX_ROWS)))
    return columns, max(1, -(-boxes // columns))
