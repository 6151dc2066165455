"""The escalation chart's data and the widest gap between belief and fact."""

from __future__ import annotations

from tabletop.core.deck.model import ChannelStatus
from tabletop.core.engine.state import LevelChange, SessionState
from tabletop.core.report import clock
from tabletop.core.report.analysis import timeaxis
from tabletop.core.report.model import ChannelMark, EscalationChart, LevelPoint, ThresholdMark


def session_end(state: SessionState, start: float) -> float:
    """The last scenario minute the session reached (its end, or its latest event)."""
    if state.ended:
        end = state.anchor_scenario
    elif state.last_at is not None:
        end = state.scenario_at(state.last_at)
    else:
        end = start
    return max([end, start, *timeaxis.moments(state)])


def threshold_name(text: str, rung: str) -> str:
    """A threshold's short name: its announcement up to the first colon, else the rung's name.

    Ladders write thresholds as "Attribution and consultation: a government has…"."""
    head, colon, _rest = " ".join(text.split()).partition(":")
    return head if colon and len(head) <= 60 else rung


def initial_status(state: SessionState, channel_id: str) -> ChannelStatus:
    """A channel's status when the session started (the deck's, or the setup's override)."""
    channel = state.channels.get(channel_id)
    if channel is not None and channel.initial is not None:
        return channel.initial
    return state.deck.channel(channel_id).status


def channel_marks(state: SessionState) -> tuple[ChannelMark, ...]:
    """Every time a channel stopped working, and every time one worked again."""
    marks = []
    for channel in state.deck.channels:
        channel_state = state.channels.get(channel.id)
        if channel_state is None:
            continue
        previous = initial_status(state, channel.id)
        for change in channel_state.history:
            if previous.works and not change.status.works:
                marks.append(ChannelMark(change.scenario, channel.name, change.status.value))
            elif not previous.works and change.status.works:
                marks.append(
                    ChannelMark(change.scenario, channel.name, change.status.value, reopened=True)
                )
            previous = change.status
    marks.sort(key=lambda mark: mark.minute)
    return tuple(marks)


def escalation_chart(state: SessionState, start: float, end: float) -> EscalationChart:
    ladder = state.deck.ladder
    team_ids = [t.id for t in state.teams]
    points = tuple(
        LevelPoint(
            minute=change.scenario,
            level=change.level,
            beliefs=tuple(change.beliefs.get(t, change.level) for t in team_ids),
        )
        for change in state.levels
    )
    crossed = {c.level: c for c in state.thresholds_crossed}
    thresholds = tuple(
        ThresholdMark(
            rung.level,
            threshold_name(rung.threshold, rung.name),
            " ".join(rung.threshold.split()),
            clock.scenario(crossed[rung.level].scenario) if rung.level in crossed else "",
        )
        for rung in ladder.thresholds
    )
    return EscalationChart(
        start=start,
        end=end,
        lowest=ladder.lowest,
        highest=ladder.highest,
        level_names=tuple((rung.level, rung.name) for rung in ladder.levels),
        teams=tuple(t.name for t in state.teams),
        points=points,
        thresholds=thresholds,
        closures=channel_marks(state),
        segments=timeaxis.segments(state, start, end),
        marks=timeaxis.marks(state),
    )


def widest_misperception(state: SessionState) -> tuple[str, int, int, LevelChange] | None:
    """The largest gap between a team's believed level and the real one, if any."""
    best: tuple[str, int, int, LevelChange] | None = None
    for change in state.levels:
        for team, believed in change.beliefs.items():
            gap = abs(believed - change.level)
            if gap and (best is None or gap > abs(best[1] - best[2])):
                best = (team, believed, change.level, change)
    return best
