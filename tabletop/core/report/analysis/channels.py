"""Channel use and availability over the session."""

from __future__ import annotations

from tabletop.core.deck.model import ChannelStatus
from tabletop.core.engine.state import SessionState
from tabletop.core.i18n import _
from tabletop.core.report import words
from tabletop.core.report.analysis import timeaxis
from tabletop.core.report.analysis.escalation import initial_status
from tabletop.core.report.analysis.figures import count_messages, share
from tabletop.core.report.model import (
    ChannelAnalysis,
    ChannelRow,
    ChannelTrack,
    Response,
    StatusSpan,
)


def channel_analysis(
    state: SessionState, responses: list[Response], start: float, end: float
) -> ChannelAnalysis:
    total = max(end - start, 0.0)
    rows, tracks = [], []
    for channel in state.deck.channels:
        channel_state = state.channels.get(channel.id)
        if channel_state is None:
            continue
        spans: list[StatusSpan] = []
        status, since = initial_status(state, channel.id), start
        for change in channel_state.history:
            at = min(max(change.scenario, start), end)
            if at > since:
                spans.append(StatusSpan(since, at, status.value))
            status, since = change.status, at
        spans.append(StatusSpan(since, max(end, since), status.value))
        tracks.append(ChannelTrack(channel.name, tuple(spans)))
        works = sum(s.end - s.start for s in spans if ChannelStatus(s.status).works)
        counts = count_messages([d for d in state.decision_list if d.channel == channel.id])
        got_through = counts.delivered + counts.delayed > 0
        first = initial_status(state, channel.id).value
        rows.append(
            ChannelRow(
                channel=channel.name,
                kind=channel.kind,
                parties=", ".join(channel.parties).replace("*", _("anyone")),
                start_status=words.channel_status_label(first),
                end_status=words.channel_status_label(channel_state.status.value),
                available=share(works, total, happened=got_through or status.works),
                attempts=counts.sent,
                delivered=counts.delivered,
                delayed=counts.delayed,
                undeliverable=counts.undeliverable,
                start=first,
                end=channel_state.status.value,
            )
        )
    failed = tuple(r for r in responses if not r.withdrawn and r.outcome == "undeliverable")
    return ChannelAnalysis(
        start,
        end,
        tuple(rows),
        tuple(tracks),
        failed,
        segments=timeaxis.segments(state, start, end),
        marks=timeaxis.marks(state),
    )
