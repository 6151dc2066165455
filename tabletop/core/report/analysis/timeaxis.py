"""Where play happened in story time: the stretches a chart's time axis shows.

A late epilogue (an inject three days on) would squeeze the rest of play into
the left edge of a chart; long empty stretches are cut out of the axis
instead, and the injects and the starts of moves are marked on it.
"""

from __future__ import annotations

import itertools

from tabletop.core.engine.state import SessionState
from tabletop.core.report.model import AxisMark, AxisSegment

MAX_SEGMENTS = 4
GAP_SHARE = 0.25  # a quiet stretch longer than this share of the session is cut out
MIN_GAP = 120.0  # story minutes: shorter quiet stretches are always shown


def moments(state: SessionState) -> list[float]:
    found = [change.scenario for change in state.levels]
    found += [d.scenario for d in state.decision_list]
    found += [r.scenario for r in state.injects.values() if r.status != "pending"]
    for channel in state.channels.values():
        found += [change.scenario for change in channel.history]
    return found


def segments(state: SessionState, start: float, end: float) -> tuple[AxisSegment, ...]:
    """The stretches of story time to draw, in order; one when play has no long gap."""
    points = sorted({start, end, *(m for m in moments(state) if start <= m <= end)})
    span = max(end - start, 1.0)
    limit = max(MIN_GAP, GAP_SHARE * span)
    gaps = sorted(
        ((b - a, i) for i, (a, b) in enumerate(itertools.pairwise(points))),
        reverse=True,
    )
    cuts = sorted(i for gap, i in gaps[: MAX_SEGMENTS - 1] if gap > limit)
    if not cuts:
        return (AxisSegment(start, end),)
    out = []
    first = 0
    for cut in cuts:
        out.append((points[first], points[cut]))
        first = cut + 1
    out.append((points[first], points[-1]))
    padded = []
    for a, b in out:
        pad = max(10.0, 0.04 * (b - a))
        padded.append(AxisSegment(max(start, a - pad), min(end, b + pad)))
    return tuple(padded)


def marks(state: SessionState) -> tuple[AxisMark, ...]:
    """Each delivered inject (by its place in play) and the start of each move."""
    out = []
    phase = None
    number = 0
    for inject_id in state.order:
        record = state.injects[inject_id]
        if record.status != "delivered":
            continue
        number += 1
        inject = state.deck.inject(inject_id)
        if inject.phase and inject.phase != phase and inject.type.value == "standard":
            out.append(AxisMark(record.scenario, inject.phase, move=True))
            phase = inject.phase
        out.append(AxisMark(record.scenario, str(number)))
    return tuple(out)
