"""The report's analyses: escalation over time, channel use and availability, objectives.

Each function reads the folded session state (through the builder, which knows
how to name things) and returns plain model objects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tabletop.core.deck.model import ChannelStatus
from tabletop.core.engine.state import (
    RATING_NAMES,
    RATINGS,
    LevelChange,
    Observation,
    Outcome,
    SessionState,
)
from tabletop.core.report import clock
from tabletop.core.report.model import (
    ChannelAnalysis,
    ChannelMark,
    ChannelRow,
    ChannelTrack,
    EscalationChart,
    InjectReview,
    LevelPoint,
    ObjectiveRating,
    ObservationItem,
    Response,
    StatusSpan,
    ThresholdMark,
)

if TYPE_CHECKING:
    from tabletop.core.report.build import ReportBuilder


def session_end(state: SessionState, start: float) -> float:
    """The last scenario minute the session reached (its end, or its latest event)."""
    if state.ended:
        end = state.anchor_scenario
    elif state.last_at is not None:
        end = state.scenario_at(state.last_at)
    else:
        end = start
    moments = [change.scenario for change in state.levels]
    moments += [d.scenario for d in state.decisions.values()]
    moments += [r.scenario for r in state.injects.values() if r.status != "pending"]
    return max([end, start, *moments])


# -- escalation ----------------------------------------------------------------------------


def escalation_chart(builder: ReportBuilder, start: float, end: float) -> EscalationChart:
    state, ladder = builder.state, builder.deck.ladder
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
            (f"{clock.scenario(crossed[rung.level].scenario)}" if rung.level in crossed else ""),
        )
        for rung in ladder.thresholds
    )
    closures = []
    for channel in builder.deck.channels:
        channel_state = state.channels.get(channel.id)
        if channel_state is None:
            continue
        previous = initial_status(state, channel.id)
        for change in channel_state.history:
            if previous.works and not change.status.works:
                closures.append(ChannelMark(change.scenario, channel.name, change.status.value))
            previous = change.status
    closures.sort(key=lambda mark: mark.minute)
    return EscalationChart(
        start=start,
        end=end,
        lowest=ladder.lowest,
        highest=ladder.highest,
        level_names=tuple((rung.level, rung.name) for rung in ladder.levels),
        teams=tuple(t.name for t in state.teams),
        points=points,
        thresholds=thresholds,
        closures=tuple(closures),
    )


def threshold_name(text: str, rung: str) -> str:
    """A threshold's short name: its announcement up to the first colon, else the rung's name.

    Ladders write thresholds as "Attribution and consultation: a government has…"."""
    head, colon, _rest = " ".join(text.split()).partition(":")
    return head if colon and len(head) <= 60 else rung


def widest_misperception(state: SessionState) -> tuple[str, int, int, LevelChange] | None:
    """The largest gap between a team's believed level and the real one, if any."""
    best: tuple[str, int, int, LevelChange] | None = None
    for change in state.levels:
        for team, believed in change.beliefs.items():
            gap = abs(believed - change.level)
            if gap and (best is None or gap > abs(best[1] - best[2])):
                best = (team, believed, change.level, change)
    return best


# -- channels ------------------------------------------------------------------------------


def initial_status(state: SessionState, channel_id: str) -> ChannelStatus:
    """A channel's status when the session started (the deck's, or the setup's override)."""
    channel = state.deck.channel(channel_id)
    for event in state.events:
        if event.type == "session_started":
            overrides = event.data.get("channels") or {}
            try:
                return ChannelStatus(overrides.get(channel_id, channel.status))
            except ValueError:
                break
    return channel.status


def channel_analysis(
    builder: ReportBuilder, responses: list[Response], start: float, end: float
) -> ChannelAnalysis:
    state = builder.state
    total = max(end - start, 0.0)
    rows, tracks = [], []
    live = [r for r in responses if not r.withdrawn]
    for channel in builder.deck.channels:
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
        if total > 0:
            available = f"{round(100 * works / total)} %"
        else:
            available = "100 %" if status.works else "0 %"
        sent = [r for r in live if r.outcome and r.channel == channel.name]
        rows.append(
            ChannelRow(
                channel=channel.name,
                kind=channel.kind,
                parties=", ".join(channel.parties).replace("*", "anyone"),
                start_status=initial_status(state, channel.id).label,
                end_status=channel_state.status.label,
                available=available,
                attempts=len(sent),
                delivered=sum(1 for r in sent if r.outcome == Outcome.DELIVERED),
                delayed=sum(1 for r in sent if r.outcome == Outcome.DELAYED),
                undeliverable=sum(1 for r in sent if r.outcome == Outcome.UNDELIVERABLE),
            )
        )
    failed = tuple(r for r in live if r.outcome == Outcome.UNDELIVERABLE)
    return ChannelAnalysis(start, end, tuple(rows), tuple(tracks), failed)


# -- observations, objectives and the four questions ----------------------------------------


class Observations:
    """The facilitator's observations, sorted into what the report's sections need."""

    def __init__(self, builder: ReportBuilder) -> None:
        self.builder = builder
        self.notes: list[Observation] = list(builder.state.observations)
        self.strengths = tuple(self.item(o) for o in self.notes if o.kind == "strength")
        self.improvements = tuple(self.item(o) for o in self.notes if o.kind == "improvement")

    def item(self, observation: Observation) -> ObservationItem:
        objective = self.builder.deck.objective(observation.objective)
        return ObservationItem(
            text=observation.text,
            rating=observation.rating,
            inject=self.builder.inject_title(observation.inject),
            objective=objective.text if objective else observation.objective,
            when=self.builder.wall(observation.at),
        )

    def objective_ratings(self) -> tuple[ObjectiveRating, ...]:
        """Each objective rated by the most severe P/S/M/U rating noted against it."""
        out = []
        for objective in self.builder.deck.objectives:
            mine = [o for o in self.notes if o.objective == objective.id]
            ratings = tuple(o.rating for o in mine if o.rating)
            worst = max(ratings, key=RATINGS.index) if ratings else ""
            out.append(
                ObjectiveRating(
                    id=objective.id,
                    text=objective.text,
                    capability=objective.capability,
                    rating=worst,
                    rating_name=RATING_NAMES.get(worst, "Not rated"),
                    strengths=sum(1 for o in mine if o.kind == "strength"),
                    improvements=sum(1 for o in mine if o.kind == "improvement"),
                    ratings=ratings,
                )
            )
        return tuple(out)

    def inject_reviews(self, responses: list[Response]) -> tuple[InjectReview, ...]:
        """The four after-action questions for each played inject that has expected actions."""
        builder = self.builder
        state, deck = builder.state, builder.deck
        reviews = []
        for inject_id in state.order:
            inject = deck.inject(inject_id)
            if not inject.expected_actions:
                continue
            record = state.injects[inject_id]
            mine = [r for r in responses if r.inject_id == inject_id and not r.withdrawn]
            happened = tuple(_happened(r) for r in mine)
            why: list[str] = []
            if record.status == "skipped":
                why.append(f"The inject was skipped: {record.reason}")
            elif not mine:
                why.append("No decision was recorded in answer to it.")
            answered = {r.team for r in mine}
            playing = {t.id for t in state.teams}  # a team may sit a session out
            for team_id in (t for t in inject.to if t in playing):
                name = state.team_name(team_id)
                if record.status == "delivered" and mine and name not in answered:
                    why.append(f"{name} recorded no decision, though it was addressed.")
            for r in mine:
                if r.outcome == Outcome.UNDELIVERABLE:
                    why.append(f"{r.decision} from {r.team} never got through: {r.outcome_note}.")
                elif r.outcome == Outcome.DELAYED:
                    why.append(f"{r.decision} from {r.team} was delayed: {r.outcome_note}.")
            notes = [o for o in self.notes if o.inject == inject_id]
            reviews.append(
                InjectReview(
                    title=inject.title,
                    when=str(builder.moment(record.scenario, record.at)),
                    supposed=inject.expected_actions,
                    happened=happened,
                    why=tuple(why),
                    sustain=tuple(_rated(o) for o in notes if o.kind == "strength"),
                    improve=tuple(_rated(o) for o in notes if o.kind == "improvement"),
                )
            )
        return tuple(reviews)


def _happened(response: Response) -> str:
    how = f"{response.team} ({response.kind.lower()}"
    if response.channel:
        how += f" over {response.channel}, {response.outcome or 'recorded'}"
    return f"{how}): {response.text}"


def _rated(observation: Observation) -> str:
    return f"{observation.text} [{observation.rating}]" if observation.rating else observation.text
